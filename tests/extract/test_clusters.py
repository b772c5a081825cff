"""Word clusters as classifier features (kg.extract.clusters, kg.extract.candidates)."""

from __future__ import annotations

import json

from kg.extract import clusters
from kg.extract.candidates import _context_features


def test_common_words_have_clusters_and_rare_ones_none() -> None:
    assert clusters.cluster("defeated") is not None
    assert clusters.cluster("election") is not None
    assert clusters.cluster("xqzzv") is None


def test_the_table_is_a_partition_into_k_clusters() -> None:
    data = json.loads(clusters.CLUSTERS_FILE.read_text(encoding="utf-8"))
    ids = set(data["clusters"].values())
    assert ids <= set(range(data["k"])) and len(ids) == data["k"]
    assert len(data["clusters"]) > 10_000


def test_context_words_bring_their_clusters() -> None:
    """The word after a name is a feature, and so is its cluster: a verb seen only in this
    text still shares the cluster feature of its neighbours in meaning."""
    text = "Handel defeated Ossoff in the runoff."
    feats = _context_features(text, 0, len("Handel"))
    assert "R1:defeated" in feats
    assert f"cR1:{clusters.cluster('defeated')}" in feats
