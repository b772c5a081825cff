"""The on-disk store: atomic replace, crash leftovers, lock reporting."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import StoreError, StoreLockedError
from kg.store import STAGING_SUFFIX, ArticleGraph, open_store, replace, stored_hashes, write_new

HASH = ox.NamedNode("https://w3id.org/kg-elections/ontology#contentHash")
P = ox.NamedNode("http://example.org/p")


def article_graph(iri: str, content_hash: str, values: list[str]) -> ArticleGraph:
    g = ox.NamedNode(iri)
    quads = [ox.Quad(g, HASH, ox.Literal(content_hash), g)]
    quads += [ox.Quad(g, P, ox.Literal(v), g) for v in values]
    return ArticleGraph(iri=iri, content_hash=content_hash, quads=quads)


def test_write_then_replace_keeps_one_version(tmp_path: Path) -> None:
    with open_store(tmp_path / "s") as store:
        write_new(store, [article_graph("http://example.org/a", "h1", ["x", "y"])])
        replace(store, article_graph("http://example.org/a", "h2", ["z"]))
        assert stored_hashes(store) == {"http://example.org/a": "h2"}
        values = {q.object.value for q in store.quads_for_pattern(None, P, None, None)}
        assert values == {"z"}
        assert [g.value for g in store.named_graphs()] == ["http://example.org/a"]
        del store


def test_leftover_staging_graph_is_dropped_and_old_version_kept(tmp_path: Path) -> None:
    location = tmp_path / "s"
    with open_store(location) as store:
        write_new(store, [article_graph("http://example.org/a", "h1", ["old"])])
        staged = article_graph("http://example.org/a" + STAGING_SUFFIX, "h2", ["new"])
        write_new(store, [staged])  # as if the process died before the swap
        del store  # pyoxigraph releases the lock when the last reference goes
    with open_store(location) as store:
        assert stored_hashes(store) == {"http://example.org/a": "h1"}
        assert len(list(store.named_graphs())) == 1


def test_second_writer_is_told_who_holds_the_lock(tmp_path: Path) -> None:
    location = tmp_path / "s"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; from kg.store import open_store\n"
         "with open_store(Path(sys.argv[1])):\n"
         "    print('ready', flush=True); time.sleep(30)", str(location)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLockedError, match=rf"locked by a kg writer \(PID {holder.pid}\)"):
            with open_store(location):
                pass
        with open_store(location, read_only=True) as view:  # readers still get in
            assert list(view.named_graphs()) == []
    finally:
        holder.kill()
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()


def test_read_only_open_of_missing_store_says_so(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        with open_store(tmp_path / "missing", read_only=True):
            pass
