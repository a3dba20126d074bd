"""The bearer token that guards ``POST /articles``.

The token comes from ``--token-file FILE`` or else the environment variable
``GEO_SERVE_TOKEN`` (:func:`load_token`); with neither, ingest is off.
Tokens are compared in constant time (:func:`token_matches`).

Examples
--------
>>> token_matches("Bearer s3cret-token-of-some-length", "s3cret-token-of-some-length")
True
>>> token_matches("Basic abc", "s3cret-token-of-some-length")
False
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Mapping
from pathlib import Path

from geo.exceptions import ConfigurationError

__all__ = ["MIN_TOKEN_LENGTH", "TOKEN_ENV", "load_token", "token_matches"]

#: The environment variable holding the token.
TOKEN_ENV = "GEO_SERVE_TOKEN"
#: Shorter tokens are refused: they can be guessed.
MIN_TOKEN_LENGTH = 16


def load_token(*, token_file: Path | None = None, environ: Mapping[str, str] | None = None) -> str | None:
    """The configured token: ``token_file``'s first line, else ``$GEO_SERVE_TOKEN``, else ``None``.

    Raises
    ------
    ConfigurationError
        The file cannot be read, or the token is shorter than :data:`MIN_TOKEN_LENGTH`
        or holds whitespace.
    """
    environ = os.environ if environ is None else environ
    if token_file is not None:
        try:
            lines = Path(token_file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise ConfigurationError(f"cannot read the token file {token_file}: {error}") from error
        token, where = (lines[0].strip() if lines else ""), f"the token file {token_file}"
    elif environ.get(TOKEN_ENV):
        token, where = environ[TOKEN_ENV].strip(), f"${TOKEN_ENV}"
    else:
        return None
    if len(token) < MIN_TOKEN_LENGTH or any(c.isspace() for c in token):
        raise ConfigurationError(f"{where} holds a token of {len(token)} characters; expected "
                                 f"{MIN_TOKEN_LENGTH} or more, without spaces")
    return token


def token_matches(authorization: str | None, token: str) -> bool:
    """Whether an ``Authorization`` header value is ``Bearer <token>`` (constant-time compare)."""
    if not authorization:
        return False
    scheme, _, given = authorization.partition(" ")
    if scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8"))
