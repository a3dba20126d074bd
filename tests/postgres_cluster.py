"""A throw-away PostgreSQL with PostGIS for the tests, from Debian's packages.

:func:`start_cluster` runs ``initdb`` and ``pg_ctl`` into a temporary
folder, listening on a free loopback port (and a socket in that folder
only). PostgreSQL refuses to run as root: as root the server runs as the
``postgres`` user the Debian packages create (through ``runuser``, else
``su``); otherwise as the current user. :func:`missing` says why a cluster
cannot be started here (no binaries, no PostGIS, no user to run as), for a
clear skip — or a failure where ``GEO_REQUIRE_POSTGIS=1`` (CI).
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shlex
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

#: Set to 1 (CI does) to make a missing PostgreSQL/PostGIS a failure instead of a skip.
REQUIRE_ENV = "GEO_REQUIRE_POSTGIS"
#: Where to find initdb and pg_ctl when they are not in Debian's place.
BINDIR_ENV = "GEO_PG_BINDIR"
INSTALL_HINT = ("apt-get install postgresql-15 postgresql-15-postgis-3 (Debian bookworm), or set "
                f"{BINDIR_ENV} to a folder holding initdb and pg_ctl")


def bindir() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``: ``$GEO_PG_BINDIR``, Debian's newest, or the ``PATH``'s."""
    if os.environ.get(BINDIR_ENV):
        return Path(os.environ[BINDIR_ENV])
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _run_as() -> str | None:
    """The user to run the server as: ``postgres`` when we are root, else ``None`` (ourselves)."""
    return "postgres" if os.geteuid() == 0 else None


def missing() -> str | None:
    """Why a PostGIS cluster cannot be started here, or ``None`` when it can."""
    folder = bindir()
    if folder is None or not (folder / "initdb").exists() or not (folder / "pg_ctl").exists():
        return f"PostgreSQL's initdb/pg_ctl not found; {INSTALL_HINT}"
    pg_config = folder / "pg_config"
    sharedir = None
    if pg_config.exists():
        sharedir = subprocess.run([str(pg_config), "--sharedir"], capture_output=True, text=True).stdout.strip()
    if not sharedir:  # Debian's layout
        sharedir = f"/usr/share/postgresql/{folder.parent.name}"
    if not Path(sharedir, "extension", "postgis.control").exists():
        return f"PostGIS is not installed for the PostgreSQL in {folder} (no {sharedir}/extension/postgis.control); " \
               + INSTALL_HINT
    user = _run_as()
    if user is not None:
        try:
            pwd.getpwnam(user)
        except KeyError:
            return f"running as root and there is no '{user}' user to run PostgreSQL as (it refuses root)"
        if not (shutil.which("runuser") or shutil.which("su")):
            return "running as root and neither runuser nor su is there to run PostgreSQL as 'postgres'"
    return None


@dataclass
class Cluster:
    """A running server: its folder, port, superuser and password."""

    root: Path
    port: int
    user: str
    password: str
    run_as: str | None

    def url(self, database: str = "postgres") -> str:
        """A connection URL on loopback (TCP, password)."""
        return f"postgresql://{self.user}:{self.password}@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        """Stop the server (fast shutdown) and remove its folder."""
        try:
            _run([str(bindir() / "pg_ctl"), "-D", str(self.root / "data"), "-m", "fast", "-w", "stop"],
                 self.run_as, timeout=60)
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def _run(args: list[str], user: str | None, *, timeout: float = 120) -> subprocess.CompletedProcess:
    if user is not None:
        if shutil.which("runuser"):
            args = ["runuser", "-u", user, "--", *args]
        else:
            args = ["su", "-s", "/bin/sh", user, "-c", shlex.join(args)]
    result = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"{shlex.join(args)} failed ({result.returncode}): {result.stderr.strip() or result.stdout}")
    return result


def start_cluster(port: int) -> Cluster:
    """initdb into a new temporary folder and start the server on ``127.0.0.1:port``.

    For speed the server runs with ``fsync=off`` (a test cluster: the
    service's transactions are the same; only a machine crash would lose them).
    """
    folder = bindir()
    user = _run_as()
    root = Path(tempfile.mkdtemp(prefix="geo-postgres-"))
    password = secrets.token_hex(16)
    try:
        (root / "pw").write_text(password + "\n", encoding="utf-8")
        if user is not None:
            entry = pwd.getpwnam(user)
            for path in (root, root / "pw"):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        os.chmod(root, 0o700)
        _run([str(folder / "initdb"), "-D", str(root / "data"), "-U", "geo", "--pwfile", str(root / "pw"),
              "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync"], user)
        options = (f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                   "-c full_page_writes=off -c max_connections=40 -c shared_buffers=32MB")
        _run([str(folder / "pg_ctl"), "-D", str(root / "data"), "-l", str(root / "server.log"), "-o", options,
              "-w", "-t", "60", "start"], user)
    except BaseException:
        log = root / "server.log"
        detail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        if detail:
            raise RuntimeError(f"PostgreSQL did not start; its log ends:\n{detail}") from None
        raise
    return Cluster(root=root, port=port, user="geo", password=password, run_as=user)


def create_template(cluster: Cluster, name: str = "geo_template") -> str:
    """A database with PostGIS to copy test databases from (``CREATE DATABASE … TEMPLATE``)."""
    import psycopg

    with psycopg.connect(cluster.url(), autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    with psycopg.connect(cluster.url(name), autocommit=True) as con:
        con.execute("CREATE EXTENSION postgis")
    return name


def create_database(cluster: Cluster, template: str) -> str:
    """A new database copied from ``template``; its URL."""
    import psycopg

    name = f"geo_{int(time.monotonic() * 1e6):x}_{secrets.token_hex(3)}"
    with psycopg.connect(cluster.url(), autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return cluster.url(name)
