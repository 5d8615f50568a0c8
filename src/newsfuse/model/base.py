"""Serialisation shared by every record of the data model.

Records are plain dataclasses. ``to_dict`` turns one into JSON-ready data, leaving out
fields marked ``internal`` (analysis data that the dossier does not publish, such as tokens).
"""

from __future__ import annotations

import dataclasses
from typing import Any

INTERNAL = {"internal": True}


def internal(**kwargs: Any) -> Any:
    """A dataclass field kept on the record but left out of published output."""
    return dataclasses.field(metadata=INTERNAL, **kwargs)


def to_dict(value: Any) -> Any:
    """Recursively convert records, lists and dicts into JSON-ready data."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {}
        for f in dataclasses.fields(value):
            if f.metadata.get("internal"):
                continue
            out[f.name] = to_dict(getattr(value, f.name))
        return out
    if isinstance(value, (list, tuple)):
        return [to_dict(v) for v in value]
    if isinstance(value, dict):
        return {k: to_dict(v) for k, v in value.items()}
    return value
