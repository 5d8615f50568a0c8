"""Run configuration and the context object handed to every stage."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from .ingest.common import DEFAULT_MAX_BYTES
from .nlp import MODELS, ModelLoader
from .similarity import ENCODERS, EncoderLoader

#: The full pipeline, in order (checked when built: see newsfuse.pipeline).
DEFAULT_STAGES: tuple[str, ...] = (
    "clean",
    "analyse",
    "stories",
    "entities",
    "reuse",
    "attribution",
    "timeline",
    "quotes",
    "quantities",
    "claims",
    "summary",
)


@dataclass
class Config:
    model: str | None = None  # spaCy pipeline name; None: best installed
    encoder: str | None = None  # sentence encoder (newsfuse.similarity); None: the default, "none": parse only
    max_bytes: int = DEFAULT_MAX_BYTES
    batch_size: int = 32
    n_process: int = 1
    stages: tuple[str, ...] = DEFAULT_STAGES
    options: dict[str, Any] = field(default_factory=dict)  # per-stage settings


@dataclass
class Context:
    """What a stage may use besides its input records: settings, models, a progress hook."""

    config: Config = field(default_factory=Config)
    models: ModelLoader = MODELS
    encoders: EncoderLoader = ENCODERS
    progress: Callable[[str, int], None] | None = None

    @property
    def nlp(self) -> Any:
        return self.models.get(self.config.model)

    @property
    def encoder(self) -> Any:
        return self.encoders.get(self.config.encoder)

    @property
    def model_name(self) -> str:
        return self.models.resolve(self.config.model)
