"""Every error kg reports to a user. The CLI prints each as one line and exits non-zero."""

from __future__ import annotations


class KgError(Exception):
    """Base class: a problem the user can fix, reported as one line without a traceback."""

    exit_code = 1


class InputError(KgError):
    """An input file or record that cannot be read; the message starts with `file:line:`."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class StoreLockedError(KgError):
    """Another process holds the store's write lock."""


class StoreError(KgError):
    """The store cannot be opened or written."""


class QueryError(KgError):
    """A SPARQL query that does not parse or cannot run; the message carries line and column."""


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
