"""The sentence encoder: shipped with the package, loaded offline, once, by name."""

from __future__ import annotations

import pytest

from newsfuse.errors import ModelNotFound
from newsfuse.similarity import DEFAULT_ENCODER, ENCODERS, EncoderLoader


def test_default_encoder_loads_once_and_encodes():
    enc = ENCODERS.get()
    assert enc is ENCODERS.get(DEFAULT_ENCODER)
    v = enc.encode(["Firefighters put out the blaze on Monday.",
                    "Crews brought the fire under control on Monday.",
                    "The central bank raised interest rates."])
    assert v.shape[0] == 3
    sims = v @ v.T
    assert abs(float(sims[0, 0]) - 1.0) < 1e-4  # unit length
    assert sims[0, 1] > sims[0, 2] + 0.2  # a paraphrase is nearer than another topic


def test_none_turns_the_encoder_off():
    assert ENCODERS.get("none") is None


def test_unknown_encoder_is_a_coded_error():
    with pytest.raises(ModelNotFound) as err:
        EncoderLoader().get("no_such_encoder_package")
    assert "NF201" in str(err.value)
