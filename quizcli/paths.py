"""Where things live: the bank, the user's data, the cache, the workspace."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
SCHEMA_DIR = PACKAGE_DIR / "schema"


def shipped_bank() -> Path:
    """The bank that ships with quizcli: inside the wheel, or the repository root in a checkout."""
    inside = PACKAGE_DIR / "_bank"
    if (inside / "questions").is_dir():
        return inside
    return PACKAGE_DIR.parent


def resolve_bank(option: str | Path | None) -> Path:
    """The bank folder from --bank, then $QUIZ_BANK, then the shipped bank."""
    chosen = option or os.environ.get("QUIZ_BANK") or None
    return Path(chosen).expanduser().resolve() if chosen else shipped_bank()


def _home_override() -> Path | None:
    home = os.environ.get("QUIZ_HOME")
    return Path(home).expanduser() if home else None


def data_dir() -> Path:
    """Where progress lives ($QUIZ_HOME overrides the platform's user data directory)."""
    home = _home_override()
    if home is not None:
        return home
    import platformdirs

    return Path(platformdirs.user_data_dir("quizcli", appauthor=False))


def cache_dir() -> Path:
    """Disposable caches: the parsed bank, expected outputs of hidden suites."""
    home = _home_override()
    if home is not None:
        return home / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir("quizcli", appauthor=False))


def config_file() -> Path:
    """The user's config.toml."""
    home = _home_override()
    if home is not None:
        return home / "config.toml"
    import platformdirs

    return Path(platformdirs.user_config_dir("quizcli", appauthor=False)) / "config.toml"


def workspace_dir() -> Path:
    """Where `quiz start` writes solution files unless --dir says otherwise."""
    env = os.environ.get("QUIZ_WORKSPACE")
    if env:
        return Path(env).expanduser()
    return data_dir() / "workspace"
