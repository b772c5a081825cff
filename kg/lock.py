"""Who holds a store's write lock: a small file in the store naming the kg command and its PID.

RocksDB's own lock only says that the store is taken; this file lets the next command say by
whom (an ingest, an update, a read-only or a writable `kg serve`) and what to do about it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import StoreLockedError

HOLDER_FILE = "kg-writer.pid"
SERVE_READ_ONLY = "kg serve"
SERVE_WRITABLE = "kg serve --writable"
GENERIC_WRITER = "kg"


@dataclass(frozen=True)
class LockHolder:
    """A live kg process that holds the store's lock, and the command it runs."""

    pid: int
    command: str

    def describe(self) -> str:
        if self.command == SERVE_READ_ONLY:
            return f"a read-only `kg serve` (PID {self.pid})"
        if self.command == GENERIC_WRITER:
            return f"a kg writer (PID {self.pid})"
        return f"`{self.command}` (PID {self.pid})"


@contextlib.contextmanager
def holding(location: Path, command: str) -> Iterator[None]:
    """Record this process as the lock holder while the block runs; call it only once the
    lock is taken, so the file never names anyone but the real holder."""
    path = location / HOLDER_FILE
    record = f"{os.getpid()}\n{command}\n"
    path.write_text(record, encoding="utf-8")
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            if path.read_text(encoding="utf-8") == record:
                path.unlink()


def lock_holder(location: Path) -> LockHolder | None:
    """The kg process the holder file names, if it is still running; else None (a process
    that is not kg holds the lock, or a killed kg left the file behind)."""
    try:
        lines = (location / HOLDER_FILE).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    if not lines or not lines[0].strip().isdigit():
        return None
    pid = int(lines[0])
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass  # alive, owned by another user
    command = lines[1].strip() if len(lines) > 1 and lines[1].strip() else GENERIC_WRITER
    return LockHolder(pid, command)


def locked_error(location: Path, *, serving: bool = False) -> StoreLockedError:
    """The one-line error for a store whose lock another process holds, naming that process
    and what to do; `serving` is for `kg serve`, else the caller wants to write."""
    holder = lock_holder(location)
    if holder is None:
        who = ("another process (not a running kg command: an `oxigraph` server or a program "
               "that opened the store)")
        return StoreLockedError(f"store {location} is locked by {who}: stop it or wait for it "
                                "to finish")
    prefix = f"store {location} is locked by {holder.describe()}"
    if holder.command == SERVE_READ_ONLY:
        if serving:
            return StoreLockedError(f"{prefix}, which already serves it: query that server, "
                                    "or stop it (Ctrl-C) before serving again")
        return StoreLockedError(f"{prefix}, which keeps writers out while it serves: stop it "
                                "(Ctrl-C), write, then serve again")
    if holder.command == SERVE_WRITABLE:
        if serving:
            return StoreLockedError(f"{prefix}: query that server, or stop it (Ctrl-C) first")
        return StoreLockedError(f"{prefix}: send updates to its /update endpoint, or stop it "
                                "(Ctrl-C) first")
    if serving:
        return StoreLockedError(f"{prefix}, which is writing to it; serving it now could read "
                                "half-written files: wait for it to finish")
    return StoreLockedError(f"{prefix}, which is writing to it: wait for it to finish, or "
                            "query it with read-only commands")
