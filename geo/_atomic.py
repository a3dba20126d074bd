"""Atomic writes: a crash leaves the last good file, or the last good folder of outputs, in place."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["atomic_path", "write_text_atomic", "write_bytes_atomic", "atomic_directory", "clean_leftovers",
           "FolderLock"]


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; move it over ``target`` on success.

    The temporary file lives in the same folder, so the final ``os.replace``
    is atomic on POSIX file systems. On any exception the temporary file is
    removed and ``target`` is left untouched.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> with atomic_path(out) as tmp:
    ...     _ = tmp.write_text("hello")
    >>> out.read_text()
    'hello'
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    # The temporary name keeps the target's extension: GDAL picks drivers by it.
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.stem}.", suffix=f".tmp{target.suffix}", dir=target.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_current_umask())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text_atomic(target: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` (UTF-8) to ``target`` atomically and return the path."""
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(target)


def write_bytes_atomic(target: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``target`` atomically and return the path."""
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
    return Path(target)


# --- a folder of outputs replaced as one ------------------------------------------------------

_RENAME_EXCHANGE = 2  # linux/fs.h


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically with Linux ``renameat2(RENAME_EXCHANGE)``; False where unsupported."""
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


def _siblings(target: Path, kind: str) -> list[Path]:
    return sorted(target.parent.glob(f".{target.name}.{kind}-*"))


def clean_leftovers(target: str | os.PathLike[str]) -> list[Path]:
    """Remove what an interrupted :func:`atomic_directory` left beside ``target``; return it.

    A staging folder is never the output (a run killed while writing it); an
    old folder is the previous output, put back if the target is missing (a
    run killed between the two renames of the fallback swap), else removed.
    """
    import shutil

    target = Path(target)
    removed = []
    for old in _siblings(target, "old"):
        if not target.exists():
            os.replace(old, target)
            continue
        shutil.rmtree(old, ignore_errors=True)
        removed.append(old)
    for staging in _siblings(target, "staging"):
        shutil.rmtree(staging, ignore_errors=True)
        removed.append(staging)
    return removed


@contextlib.contextmanager
def atomic_directory(target: str | os.PathLike[str], *, own: Iterable[str] = ()) -> Iterator[Path]:
    """Yield a staging folder beside ``target``; on success it becomes ``target`` in one step.

    Everything written into the staging folder replaces ``target`` together:
    with ``renameat2(RENAME_EXCHANGE)`` (Linux) the swap is one atomic call,
    so a kill leaves either the old folder or the new one, never a mix;
    elsewhere two renames are used and :func:`clean_leftovers` repairs the
    gap at the next run. Entries of ``target`` that this run did not write
    and that are not named in ``own`` (outputs of an earlier run in other
    formats, which would not match the new set) -- a user's own files -- are
    carried over as hard links (copies across file systems). On any exception the staging folder is
    removed and ``target`` is untouched.
    """
    import shutil

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.staging-", dir=target.parent))
    try:
        yield staging
        if target.is_dir():
            produced = {p.name for p in staging.iterdir()}
            for entry in target.iterdir():
                if entry.name in produced or entry.name in own:
                    continue
                destination = staging / entry.name
                if entry.is_dir() and not entry.is_symlink():
                    shutil.copytree(entry, destination, symlinks=True, copy_function=_link_or_copy)
                else:
                    _link_or_copy(entry, destination)
            os.chmod(staging, 0o777 & ~_current_umask())
            if _exchange(staging, target):
                shutil.rmtree(staging, ignore_errors=True)  # now holds the old outputs
            else:
                old = staging.with_name(staging.name.replace(".staging-", ".old-"))
                os.replace(target, old)
                os.replace(staging, target)
                shutil.rmtree(old, ignore_errors=True)
        else:
            if target.exists() or target.is_symlink():
                raise FileExistsError(f"{target} exists and is not a folder")
            os.chmod(staging, 0o777 & ~_current_umask())
            os.replace(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _link_or_copy(source: str | os.PathLike[str], destination: str | os.PathLike[str]) -> None:
    import shutil

    try:
        os.link(source, destination, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, destination, follow_symlinks=False)


class FolderLock:
    """An exclusive lock on an output folder (``flock`` on ``.<name>.lock`` beside it).

    Raises
    ------
    BlockingIOError
        When another process holds it; the message names the folder.
    """

    def __init__(self, target: str | os.PathLike[str]) -> None:
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        self.path = target.parent / f".{target.name}.lock"
        self.target = target
        self._fd: int | None = None

    def __enter__(self) -> "FolderLock":
        import fcntl

        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise BlockingIOError(f"another geo run is writing into {self.target}; wait for it to finish") from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        import fcntl

        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
