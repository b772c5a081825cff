"""Every error and warning kg reports to a user. The CLI prints each as one line; an error
exits non-zero, a warning does not."""

from __future__ import annotations

from dataclasses import dataclass


class KgError(Exception):
    """Base class: a problem the user can fix, reported as one line without a traceback."""

    exit_code = 1


class InputError(KgError):
    """An input file or record that cannot be read; the message starts with `file:line:`."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


@dataclass(frozen=True)
class InputWarning:
    """Input that was stored, but not quite as written (a date that does not parse, a guessed
    encoding, a text split into sections); printed as `Warning: file:line: reason`."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


class StoreLockedError(KgError):
    """Another process holds the store's write lock."""


class StoreError(KgError):
    """The store cannot be opened or written."""


class QueryError(KgError):
    """A SPARQL query that does not parse or cannot run; the message carries line and column."""


class WrongQueryKindError(QueryError):
    """An update given to `kg query`, or a query given to `kg update`."""


class UnknownParameterError(QueryError):
    """A `-p NAME VALUE` whose `?NAME` the query does not have (or cannot bind)."""


class UnknownPrefixError(QueryError):
    """A prefixed name whose prefix is neither predefined nor declared in the query."""


class UnknownQueryError(KgError):
    """A named query that is not in queries/."""


class ValidationFailedError(KgError):
    """The store does not conform to the SHACL shapes."""


class ExportError(KgError):
    """An export that cannot be written."""


class PushError(KgError):
    """A remote store that refuses or cannot be reached; carries the HTTP status and message."""


class ServeError(KgError):
    """The SPARQL server cannot be started."""


class SchedulerError(KgError):
    """A Dask scheduler (`kg ingest --scheduler`) that cannot be reached."""


class ModelError(KgError):
    """The trained relation model is missing or unreadable; the message says how to rebuild it."""
