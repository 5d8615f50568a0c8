"""Imports every stage module, so that each registers its stages with the pipeline."""

from . import analyse, clean, stories  # noqa: F401
from .fusion import attribution, claims, entities, quantities, quotes, reuse, summary, timeline  # noqa: F401
