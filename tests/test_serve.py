"""kg serve: a real oxigraph server over the store, stopped by signals without a traceback."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from kg.errors import StoreError
from kg.serve import serve_store
from kg.store import open_store
from tests.servers import free_port, oxigraph_binary

ROOT = Path(__file__).resolve().parent.parent
EX = "http://example.org/"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"  # no GRAPH: needs the union default graph
URL_LINE = re.compile(r"SPARQL endpoint (http://\S+)/query")


@pytest.fixture
def location(tmp_path: Path) -> Path:
    """A store with three triples in two article graphs."""
    oxigraph_binary()  # skips without the server binary
    folder = tmp_path / "store"
    with open_store(folder) as store:
        store.extend(ox.Quad(ox.NamedNode(EX + s), ox.NamedNode(EX + "p"), ox.Literal(o),
                             ox.NamedNode(EX + g))
                     for s, o, g in (("a", "1", "g1"), ("b", "2", "g1"), ("c", "3", "g2")))
    return folder


def kg_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "kg.cli", *args]


class Serving:
    """`kg serve` in a child process, with the URL it printed."""

    def __init__(self, location: Path, *extra: str) -> None:
        bind = f"127.0.0.1:{free_port()}"
        self.process = subprocess.Popen(kg_command("serve", "-l", str(location), "--bind", bind,
                                                   *extra),
                                        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True)
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        found = URL_LINE.search(line)
        if not found:
            self.process.kill()
            _, err = self.process.communicate()
            raise AssertionError(f"kg serve printed {line!r}; stderr: {err}")
        self.url = found.group(1)

    def stop(self, sig: int = signal.SIGINT) -> tuple[int, str]:
        self.process.send_signal(sig)
        _, err = self.process.communicate(timeout=30)
        return self.process.returncode, err


@pytest.fixture
def serving(location: Path) -> Iterator[Serving]:
    server = Serving(location)
    yield server
    if server.process.poll() is None:
        server.stop()


def count(url: str) -> int:
    response = requests.post(url + "/query", data={"query": COUNT},
                             headers={"Accept": "application/sparql-results+json"}, timeout=30)
    response.raise_for_status()
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def update(url: str, sparql: str) -> requests.Response:
    return requests.post(url + "/update", data=sparql.encode(),
                         headers={"Content-Type": "application/sparql-update"}, timeout=30)


def open_writer(location: Path) -> subprocess.CompletedProcess[str]:
    """Try to open the store for writing from another process, as `kg ingest` would."""
    code = textwrap.dedent(f"""
        from pathlib import Path
        from kg.store import open_store
        with open_store(Path({str(location)!r})):
            pass
    """)
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)


def test_read_only_server_answers_over_the_union_and_refuses_updates(serving: Serving) -> None:
    assert count(serving.url) == 3
    refused = update(serving.url, f"INSERT DATA {{ <{EX}x> <{EX}p> 'x' }}")
    assert refused.status_code >= 400
    assert count(serving.url) == 3


def test_ctrl_c_stops_the_server_cleanly(serving: Serving) -> None:
    code, err = serving.stop(signal.SIGINT)
    assert code == 0
    assert "Traceback" not in err
    with pytest.raises(requests.ConnectionError):
        count(serving.url)


def test_sigterm_stops_the_server_cleanly(serving: Serving) -> None:
    code, err = serving.stop(signal.SIGTERM)
    assert (code, "Traceback" in err) == (0, False)


def test_writers_are_kept_out_while_serving_read_only(serving: Serving, location: Path) -> None:
    blocked = open_writer(location)
    assert blocked.returncode != 0 and "locked" in blocked.stderr
    serving.stop()
    assert open_writer(location).returncode == 0  # the lock goes with the server


def test_writable_server_takes_updates_into_the_store(location: Path) -> None:
    server = Serving(location, "--writable")
    try:
        done = update(server.url, f"INSERT DATA {{ GRAPH <{EX}g3> {{ <{EX}x> <{EX}p> 'x' }} }}")
        assert done.status_code == 204, done.text
        assert count(server.url) == 4
    finally:
        assert server.stop()[0] == 0
    with open_store(location, read_only=True) as store:
        assert len(store) == 4


@pytest.mark.parametrize("extra", [(), ("--writable",)])
def test_store_locked_by_a_writer_is_a_one_line_error(location: Path,
                                                      extra: tuple[str, ...]) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from pathlib import Path
            from kg.store import open_store
            with open_store(Path({str(location)!r})):
                print("locked", flush=True)
                time.sleep(60)
        """)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    with holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
            done = subprocess.run(kg_command("serve", "-l", str(location), "--bind",
                                             f"127.0.0.1:{free_port()}", *extra),
                                  cwd=ROOT, capture_output=True, text=True, timeout=60)
        finally:
            holder.kill()
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: store ") and "locked" in lines[0]


def test_missing_store_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        serve_store(tmp_path / "nothing")


def test_busy_port_reports_the_server_reason(serving: Serving, tmp_path: Path) -> None:
    other = tmp_path / "other"
    with open_store(other):
        pass
    bind = serving.url.removeprefix("http://")
    done = subprocess.run(kg_command("serve", "-l", str(other), "--bind", bind), cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert re.fullmatch(r"Error: the oxigraph server failed to start: .*[Aa]ddr.*in use.*\n",
                        done.stderr), done.stderr


def test_server_process_goes_away_with_kg_serve(location: Path) -> None:
    server = Serving(location)
    children = subprocess.run(["pgrep", "-P", str(server.process.pid)], capture_output=True,
                              text=True).stdout.split()
    assert len(children) == 1
    server.stop()
    assert not os.path.exists(f"/proc/{children[0]}")


def test_writer_is_told_a_read_only_serve_holds_the_lock(serving: Serving, location: Path,
                                                         tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Karen Handel won.\n", encoding="utf-8")
    done = subprocess.run(kg_command("ingest", str(article), "-l", str(location)), cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"Error: store {location} is locked by a read-only `kg serve` (PID "
        f"{serving.process.pid}), which keeps writers out while it serves: stop it (Ctrl-C), "
        "write, then serve again"]
    update = subprocess.run(kg_command("update", "CLEAR ALL", "-l", str(location)), cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert update.returncode == 1 and "a read-only `kg serve`" in update.stderr
    assert count(serving.url) == 3


def test_second_serve_names_the_read_only_serve(serving: Serving, location: Path) -> None:
    done = subprocess.run(kg_command("serve", "-l", str(location), "--bind",
                                     f"127.0.0.1:{free_port()}"),
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"Error: store {location} is locked by a read-only `kg serve` (PID "
        f"{serving.process.pid}), which already serves it: query that server, or stop it "
        "(Ctrl-C) before serving again"]


def test_writer_is_told_a_writable_serve_holds_the_lock(location: Path) -> None:
    server = Serving(location, "--writable")
    try:
        done = subprocess.run(kg_command("update", "CLEAR ALL", "-l", str(location)), cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
    finally:
        assert server.stop()[0] == 0
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"Error: store {location} is locked by `kg serve --writable` (PID "
        f"{server.process.pid}): send updates to its /update endpoint, or stop it (Ctrl-C) "
        "first"]
    assert not (location / "kg-writer.pid").exists()
