"""`kg serve`: a SPARQL endpoint over the store, run by the `oxigraph` server binary.

Read-only by default, with the union of the article graphs as the default graph. While a
read-only server runs, kg holds the store's write lock so that no writer changes the files
under it (oxigraph calls reading beside a writer undefined behaviour).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import IO

from kg.errors import ServeError, StoreError
from kg.lock import SERVE_READ_ONLY, SERVE_WRITABLE, holding, locked_error

LISTENING = re.compile(r"Listening for requests at (\S+)")
STARTUP_SECONDS = 60.0
LOCK_FILE = "LOCK"  # RocksDB's lock file; writers take an fcntl lock on it


def oxigraph_binary() -> str:
    """The `oxigraph` installed beside this Python (the venv's bin), else the one on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.exists():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise ServeError("the oxigraph server binary is not installed: pip install oxigraph")
    return found


def server_command(location: Path, *, bind: str, read_only: bool) -> list[str]:
    """The oxigraph command line for one store."""
    mode = "serve-read-only" if read_only else "serve"
    return [oxigraph_binary(), mode, "--location", str(location), "--bind", bind,
            "--union-default-graph"]


def serve_store(location: Path, *, bind: str = "127.0.0.1:7878", read_only: bool = True,
                echo: Callable[[str], None] | None = None) -> None:
    """Serve `location` until Ctrl-C or SIGTERM, then stop the server and return normally."""
    if not (location / "CURRENT").is_file():
        raise StoreError(f"no store at {location}: run `kg ingest` first or pass -l/--location")
    with _write_lock(location, hold=read_only), _stop_on_signals():
        # Its own session: Ctrl-C reaches kg only, and kg stops the server in order.
        process = subprocess.Popen(server_command(location, bind=bind, read_only=read_only),
                                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, start_new_session=True)
        with _terminating(process):
            assert process.stderr is not None
            lines = _lines(process.stderr)
            try:
                url = _wait_listening(process, lines, location)
                with contextlib.ExitStack() as held:
                    if not read_only:  # the server now holds the lock; name kg serve for it
                        held.enter_context(holding(location, SERVE_WRITABLE))
                    (echo or _print_now)(_banner(url, read_only=read_only))
                    code = process.wait()
            except KeyboardInterrupt:
                return  # Ctrl-C or SIGTERM at any moment: stop the server, exit cleanly
            raise ServeError(f"the oxigraph server stopped by itself (exit {code}): "
                             f"{_error_line(lines) or 'no message'}")


def _banner(url: str, *, read_only: bool) -> str:
    if read_only:
        return (f"SPARQL endpoint {url}/query (read-only, union of all graphs; "
                f"Graph Store at {url}/store). Ctrl-C stops it.")
    return (f"SPARQL endpoint {url}/query (writable, union of all graphs; updates at "
            f"{url}/update, Graph Store at {url}/store). Ctrl-C stops it.")


def _print_now(line: str) -> None:
    print(line, flush=True)  # a parent reading our stdout through a pipe sees the URL at once


@contextlib.contextmanager
def _write_lock(location: Path, *, hold: bool) -> Iterator[None]:
    """Fail with one line if a writer holds the store; with `hold`, keep writers out meanwhile.

    The lock is RocksDB's own fcntl lock on `LOCK`, so `kg ingest` (pyoxigraph) sees it too.
    """
    try:
        handle = os.open(location / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        raise StoreError(f"cannot open store {location}: {e.strerror}") from None
    try:
        try:
            fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise locked_error(location, serving=True) from None
        if not hold:
            fcntl.lockf(handle, fcntl.LOCK_UN)
            yield
            return
        with holding(location, SERVE_READ_ONLY):
            yield
    finally:
        os.close(handle)  # closing releases the lock


def stop_process(process: subprocess.Popen[bytes], *, timeout: float = 20.0) -> None:
    """SIGTERM, so that the server closes its store cleanly; SIGKILL if it hangs."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def _terminating(process: subprocess.Popen[bytes]) -> Iterator[None]:
    try:
        yield
    finally:
        stop_process(process)


@contextlib.contextmanager
def _stop_on_signals() -> Iterator[None]:
    """SIGTERM (and SIGHUP) stop the server like Ctrl-C does: cleanly, exit status 0."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = {sig: signal.signal(sig, interrupt) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _lines(stream: IO[bytes]) -> queue.Queue[str | None]:
    """The server's stderr lines, read by a thread so that waiting can time out."""
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        with stream:
            for raw in stream:
                lines.put(raw.decode("utf-8", "replace").rstrip())
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return lines


def _wait_listening(process: subprocess.Popen[bytes], lines: queue.Queue[str | None],
                    location: Path) -> str:
    """The URL the server listens at, or a one-line error with the server's own reason."""
    seen: list[str] = []
    while True:
        try:
            line = lines.get(timeout=STARTUP_SECONDS)
        except queue.Empty:
            raise ServeError(
                f"the oxigraph server did not start within {STARTUP_SECONDS:.0f} s") from None
        if line is None:
            process.wait()
            reason = next((s for s in seen if s.startswith("Error")), seen[0] if seen else "")
            if "lock" in reason.lower():
                raise locked_error(location, serving=True)
            raise ServeError(f"the oxigraph server failed to start: {reason or 'no message'}")
        found = LISTENING.search(line)
        if found:
            return found.group(1).rstrip("/")
        seen.append(line)


def _error_line(lines: queue.Queue[str | None]) -> str:
    while True:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            return ""
        if line is None:
            return ""
        if line.startswith("Error"):
            return line
