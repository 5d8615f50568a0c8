"""JSON Schemas of newsfuse's outputs, and validation against them."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from ..errors import SchemaViolation


@lru_cache(maxsize=None)
def load_schema(name: str = "dossier") -> dict:
    """The packaged JSON Schema ``<name>.schema.json`` (a fixed file: caching cannot go stale)."""
    return json.loads(resources.files(__name__).joinpath(f"{name}.schema.json").read_text("utf-8"))


def validate(data: dict, name: str = "dossier") -> None:
    """Raise ``SchemaViolation`` (NF401) listing every way ``data`` breaks the schema."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(load_schema(name), format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        lines = [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in errors[:20]]
        raise SchemaViolation(f"output breaks the {name} schema:\n  " + "\n  ".join(lines))
