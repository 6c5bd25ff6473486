"""User settings from config.toml and the environment."""

from __future__ import annotations

import os
import tomllib
from functools import cache

from quizcli import paths
from quizcli.errors import QuizError

LANGUAGES = ("en", "zh")


@cache
def load_config() -> dict:
    """The parsed config.toml, or {} when there is none."""
    path = paths.config_file()
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise QuizError(f"{path}: cannot read config: {exc}") from None


def _locale_language() -> str | None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else None
    return None


def resolve_language(option: str | None) -> str:
    """--lang, then config `lang`, then $QUIZ_LANG, then the locale, then English."""
    for candidate in (option, load_config().get("lang"), os.environ.get("QUIZ_LANG")):
        if candidate:
            lang = str(candidate).lower()
            if lang not in LANGUAGES:
                raise QuizError(f"unknown language '{candidate}': choose one of {', '.join(LANGUAGES)}")
            return lang
    return _locale_language() or "en"
