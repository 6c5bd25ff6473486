"""Checking records against the published JSON Schema (the single source of truth)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from quizcli.paths import SCHEMA_DIR
from quizcli.yamlsource import Document

QUESTION_SCHEMA = SCHEMA_DIR / "question.schema.json"
TOPIC_SCHEMA = SCHEMA_DIR / "topic.schema.json"


@cache
def _validator(schema_path: Path):
    import jsonschema  # imported only when some file has to be (re)checked

    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _field(path) -> str:
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out or "record"


def _describe(error) -> tuple[list, str, bool]:
    """(path to blame, message, blame the key line) for one jsonschema error."""
    path = list(error.absolute_path)
    where = _field(path)
    v = error.validator
    if v == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        return path + extra[:1], f"unknown key '{'.'.join(map(str, path + extra[:1]))}'", True
    if v == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        field = ".".join(map(str, path + [missing]))
        return path, f"missing required field '{field}'", False
    if v == "not" and isinstance(error.instance, str):  # propertyNames: a field of the other kind
        message = f"field '{error.instance}' does not belong in this kind of record"
        return path + [error.instance], message, True
    if v == "enum":
        allowed = ", ".join(map(str, error.validator_value))
        return path, f"field '{where}': {error.instance!r} is not one of: {allowed}", False
    if v == "const":
        return path, f"field '{where}': must be {error.validator_value!r}", False
    if v == "type":
        got = type(error.instance).__name__
        return path, f"field '{where}': expected {error.validator_value}, got {got}", False
    if v == "pattern":
        if path and path[-1] in ("en", "zh"):
            return path, f"field '{where}': translation is empty", False
        return path, f"field '{where}': {error.instance!r} does not match {error.validator_value}", False
    if v == "minLength":
        if path and path[-1] in ("en", "zh"):
            return path, f"field '{where}': translation is empty", False
        return path, f"field '{where}': must not be empty", False
    if v == "minItems":
        return path, f"field '{where}': needs at least {error.validator_value} item(s)", False
    if v == "uniqueItems":
        return path, f"field '{where}': items must be unique", False
    return path, f"field '{where}': {error.message}", False


def check(doc: Document, schema_path: Path = QUESTION_SCHEMA) -> list[tuple[int, str]]:
    """All schema problems of a document as (line, message), in document order."""
    out = []
    for error in _validator(schema_path).iter_errors(doc.data):
        nested = error.validator in ("allOf", "if", "then") and error.context
        errors = error.context if nested else [error]
        for err in errors:
            path, message, key = _describe(err)
            out.append((doc.line_of(path, key=key), message))
    out.extend((line, f"duplicate key '{name}'") for line, name in doc.duplicates)
    return sorted(set(out))
