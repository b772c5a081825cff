"""Push targets (kg.push.targets): the endpoints of each server kind, from a base or a full URL."""

from __future__ import annotations

import pytest

from kg.errors import PushError
from kg.push.targets import Endpoints, get_target


def test_target_endpoints_accept_base_or_full_urls() -> None:
    oxigraph, virtuoso = get_target("oxigraph"), get_target("virtuoso")
    for url in ("http://h:7878", "http://h:7878/", "http://h:7878/store", "http://h:7878/query"):
        assert oxigraph.endpoints(url, authenticated=False, query_url=None) == Endpoints(
            "http://h:7878/store", "http://h:7878/query", "http://h:7878/update")
    assert virtuoso.endpoints("http://h:8890/sparql", authenticated=True,
                              query_url=None).gsp == "http://h:8890/sparql-graph-crud-auth"
    with pytest.raises(PushError, match="not an http"):
        oxigraph.endpoints("ftp://h", authenticated=False, query_url=None)
