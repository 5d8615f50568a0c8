"""The dossier JSON is a contract: real output validates; a renamed field does not."""

from __future__ import annotations

import copy

import pytest

from newsfuse.errors import SchemaViolation
from newsfuse.schema import load_schema, validate


def test_seeds_dossier_validates(seeds_dossier):
    data = seeds_dossier.to_dict()
    validate(data)
    assert data["schema_version"] == "1"
    by_id = {a["id"][:3]: a for a in data["articles"]}
    assert by_id["000"]["date"] == "2024-12-07" and by_id["000"]["date_origin"] == "header"
    assert by_id["004"]["credits"] == ["BGNES"]
    assert "tokens" not in by_id["000"] and "raw" not in by_id["000"]


def test_examples_dossier_validates(examples_dossier):
    validate(examples_dossier.to_dict())


def test_renamed_or_missing_field_is_caught(seeds_dossier):
    data = seeds_dossier.to_dict()
    broken = copy.deepcopy(data)
    broken["articles"][0]["headline"] = broken["articles"][0].pop("title")
    with pytest.raises(SchemaViolation) as exc:
        validate(broken)
    assert exc.value.code == "NF401" and "title" in str(exc.value)
    broken = copy.deepcopy(data)
    broken["story"].pop("first_date")
    with pytest.raises(SchemaViolation):
        validate(broken)


def test_every_dossier_field_is_in_the_schema():
    import dataclasses

    from newsfuse.model import Dossier

    props = load_schema()["properties"]
    for f in dataclasses.fields(Dossier):
        assert f.name in props, f.name
