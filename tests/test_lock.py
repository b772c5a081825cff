"""While `kg ingest` writes, readers query a read-only view and a second writer is told who
holds the lock: one line, no traceback, no hang."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
KG = shutil.which("kg")
TIMEOUT = 120

pytestmark = pytest.mark.skipif(KG is None, reason="the `kg` command is not installed")


def kg(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    assert KG is not None
    return subprocess.run(
        [KG, *args], input=stdin, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )


def wait_for(path: Path) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not path.exists():
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.05)


def test_reader_and_second_writer_while_ingest_runs(tmp_path: Path) -> None:
    location = tmp_path / "store"
    first = kg("ingest", str(EXAMPLES / "000_3b53e3438b27af4f.txt"), "-l", str(location), "-q")
    assert first.returncode == 0, first.stderr
    # `kg ingest -` holds the write lock while it waits for stdin: a writer caught mid-run.
    assert KG is not None
    writer = subprocess.Popen(
        [KG, "ingest", "-", "-l", str(location), "-q", "--format", "text"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        wait_for(location / "kg-writer.pid")
        assert (location / "kg-writer.pid").read_text() == f"{writer.pid}\nkg ingest\n"

        stats = kg("stats", "-l", str(location))
        assert stats.returncode == 0, stats.stderr
        query = kg("query", "SELECT (COUNT(*) AS ?n) { ?a a kg:Article }", "-l", str(location),
                   "--format", "csv")
        assert query.returncode == 0, query.stderr
        assert query.stdout.split() == ["n", "1"]

        second = kg("ingest", str(EXAMPLES), "-l", str(location))
        assert second.returncode == 1
        assert second.stderr.strip().splitlines() == [
            f"Error: store {location} is locked by `kg ingest` (PID {writer.pid}), which is "
            "writing to it: wait for it to finish, or query it with read-only commands"
        ]
        assert "Traceback" not in second.stderr

        text = (EXAMPLES / "001_decd0acf880a9682.txt").read_text(encoding="utf-8")
        out, err = writer.communicate(text, timeout=TIMEOUT)
        assert writer.returncode == 0, err
    finally:
        if writer.returncode is None:  # failed before its communicate(): kill, close the pipes
            writer.kill()
            writer.communicate(timeout=TIMEOUT)
    assert not (location / "kg-writer.pid").exists()
    after = kg("query", "SELECT (COUNT(*) AS ?n) { ?a a kg:Article }", "-l", str(location),
               "--format", "csv")
    assert after.stdout.split() == ["n", "2"]


def test_stale_pid_file_after_a_kill_does_not_block_the_next_writer(tmp_path: Path) -> None:
    location = tmp_path / "store"
    assert KG is not None
    writer = subprocess.Popen(
        [KG, "ingest", "-", "-l", str(location), "-q", "--format", "text"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    wait_for(location / "kg-writer.pid")
    writer.kill()
    writer.communicate(timeout=TIMEOUT)
    assert (location / "kg-writer.pid").exists()  # SIGKILL leaves it; the OS lock is gone
    run = kg("ingest", str(EXAMPLES / "000_3b53e3438b27af4f.txt"), "-l", str(location), "-q")
    assert run.returncode == 0, run.stderr
    assert not (location / "kg-writer.pid").exists()
