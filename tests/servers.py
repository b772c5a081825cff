"""Real triplestore servers as session fixtures: `oxigraph serve` and Virtuoso 7 on 127.0.0.1.

Each server gets a temp folder and free ports; a missing binary skips the tests that need it.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest
import requests

from kg import serve
from kg.errors import ServeError
from kg.serve import stop_process

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
VIRTUOSO_DB = "/var/lib/virtuoso-opensource-7/db"


@dataclass(frozen=True)
class Server:
    """A running server: its base URL, and the SQL port and login for Virtuoso."""

    url: str
    process: subprocess.Popen[bytes]
    folder: Path
    isql_port: int | None = None
    user: str | None = None
    password: str | None = None
    drain: threading.Thread | None = None


def oxigraph_binary() -> str:
    """kg serve's own `oxigraph`; skips the test when it is not installed."""
    try:
        return serve.oxigraph_binary()
    except ServeError as e:
        pytest.skip(str(e))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_oxigraph(folder: Path, *, read_only: bool = False) -> Server:
    """`oxigraph serve` on a free port, ready once it prints that it is listening."""
    oxigraph_binary()  # skips without it
    process = subprocess.Popen(
        serve.server_command(folder, bind=f"127.0.0.1:{free_port()}", read_only=read_only),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert process.stderr is not None
    line = process.stderr.readline().decode("utf-8", "replace")
    found = serve.LISTENING.search(line)
    if not found:
        process.kill()
        raise RuntimeError(f"oxigraph did not start: {line}{process.stderr.read().decode()}")
    # Keep draining stderr so that a chatty server can never block on a full pipe.
    drain = threading.Thread(target=_drain, args=(process.stderr,), daemon=True)
    drain.start()
    return Server(url=found.group(1).rstrip("/"), process=process, folder=folder, drain=drain)


def _drain(stream: IO[bytes]) -> None:
    with stream:
        stream.read()


def stop(server: Server) -> None:
    stop_process(server.process, timeout=30)
    if server.drain is not None:
        server.drain.join(timeout=10)


def virtuoso_ini(folder: Path, *, sql_port: int, http_port: int) -> str:
    """Debian's virtuoso.ini with database files in `folder` and both ports on 127.0.0.1."""
    lines, section = [], ""
    for line in VIRTUOSO_INI.read_text(encoding="utf-8").splitlines():
        header = re.match(r"\s*\[(\w+)\]", line)
        section = header.group(1) if header else section
        key = line.split("=", 1)[0].strip() if "=" in line and not line.startswith(";") else ""
        if key == "ServerPort" and section == "Parameters":
            line = f"ServerPort = 127.0.0.1:{sql_port}"
        elif key == "ServerPort" and section == "HTTPServer":
            line = f"ServerPort = 127.0.0.1:{http_port}"
        elif key == "DirsAllowed":
            line = f"{line.split(';')[0].rstrip()}, {folder}"
        lines.append(line.replace(VIRTUOSO_DB, str(folder)))
    return "\n".join(lines) + "\n"


def start_virtuoso(folder: Path, *, timeout: float = 60.0) -> Server:
    """A fresh Virtuoso database in `folder` (login dba/dba), ready when /sparql answers."""
    binary = shutil.which("virtuoso-t")
    if binary is None or not VIRTUOSO_INI.exists():
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource)")
    folder.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(virtuoso_ini(folder, sql_port=sql_port, http_port=http_port), encoding="utf-8")
    with (folder / "server.out").open("wb") as log:  # the child keeps its own descriptor
        process = subprocess.Popen([binary, "+foreground", "+configfile", str(ini)], cwd=folder,
                                   stdout=log, stderr=subprocess.STDOUT)
    server = Server(url=f"http://127.0.0.1:{http_port}", process=process, folder=folder,
                    isql_port=sql_port, user="dba", password="dba")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"virtuoso-t exited: {(folder / 'server.out').read_text()[-2000:]}")
        try:
            if requests.get(server.url + "/sparql", timeout=2).status_code == 200:
                return server
        except requests.ConnectionError:
            pass
        time.sleep(0.2)
    stop(server)
    raise RuntimeError(f"Virtuoso did not answer within {timeout} s")


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    server = start_oxigraph(tmp_path_factory.mktemp("oxigraph"))
    yield server
    stop(server)


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    yield server
    stop(server)
