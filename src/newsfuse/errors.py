"""The one error hierarchy of newsfuse.

Every error carries a stable code (``NF`` + three digits) so that scripts and users can
match on it; the message says what went wrong and, where it helps, what to do.

Codes by family:
    NF1xx  input (a file or record that cannot become an article)
    NF2xx  models (spaCy pipelines)
    NF3xx  pipeline construction and stage contracts
    NF4xx  output and schema
    NF5xx  usage (bad arguments to the API or CLI)
"""

from __future__ import annotations


class NewsfuseError(Exception):
    """Base class of every error newsfuse raises on purpose."""

    code = "NF000"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


# -- input -----------------------------------------------------------------------------
class InputError(NewsfuseError):
    """An input (file, line, record) that cannot be turned into an article.

    Input errors never abort a batch: the ingest stage turns them into ``Rejection``
    records, so that every input is accounted for.
    """

    code = "NF100"


class InputMissing(InputError):
    code = "NF101"


class InputUnreadable(InputError):
    code = "NF102"


class NotText(InputError):
    code = "NF103"


class EmptyArticle(InputError):
    code = "NF104"


class BadJSON(InputError):
    code = "NF105"


class TooLarge(InputError):
    code = "NF106"


class DuplicateArticle(InputError):
    code = "NF107"


class UnsupportedFormat(InputError):
    code = "NF108"


# -- models ----------------------------------------------------------------------------
class ModelError(NewsfuseError):
    code = "NF200"


class ModelNotFound(ModelError):
    code = "NF201"


# -- pipeline --------------------------------------------------------------------------
class PipelineError(NewsfuseError):
    code = "NF300"


class UnknownStage(PipelineError):
    code = "NF301"


class MissingRequirement(PipelineError):
    code = "NF302"


class StageFailed(PipelineError):
    code = "NF303"


# -- output ----------------------------------------------------------------------------
class OutputError(NewsfuseError):
    code = "NF400"


class SchemaViolation(OutputError):
    code = "NF401"


# -- usage -----------------------------------------------------------------------------
class UsageError(NewsfuseError):
    code = "NF500"
