"""Where each kind of triplestore keeps its Graph Store Protocol and SPARQL endpoints.

A target turns the URL the user typed into concrete endpoints and says how to replace graphs.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from kg.errors import PushError


@dataclass(frozen=True)
class Endpoints:
    """The concrete URLs one push talks to."""

    gsp: str
    query: str
    update: str | None


@dataclass(frozen=True)
class Target:
    """How one family of stores lays out its endpoints and replaces a graph.

    `strategy` is `put` (one GSP PUT per graph: replace semantics from the protocol itself) or
    `drop-post` (one SPARQL `DROP SILENT GRAPH` per batch, then one N-Quads POST per batch:
    two requests for a whole batch, and still idempotent because the graphs are emptied first).
    """

    name: str
    graph_param: str
    strategy: str
    default_auth: str
    # Paths stripped from the URL so that `http://host:port/sparql` works as well as the base.
    known_paths: tuple[str, ...] = ()

    def endpoints(self, url: str, *, authenticated: bool, query_url: str | None) -> Endpoints:
        """Endpoints for a user-given URL; a base URL and any of the store's own paths work."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise PushError(f"{url}: not an http(s) URL")
        if self.name == "generic":
            return Endpoints(gsp=url, query=query_url or url, update=None)
        base = _strip_known_path(url, self.known_paths)
        if self.name == "oxigraph":
            return Endpoints(gsp=f"{base}/store", query=query_url or f"{base}/query",
                             update=f"{base}/update")
        crud = "/sparql-graph-crud-auth" if authenticated else "/sparql-graph-crud"
        return Endpoints(gsp=base + crud, query=query_url or f"{base}/sparql",
                         update=f"{base}/sparql-auth" if authenticated else f"{base}/sparql")


def _strip_known_path(url: str, paths: tuple[str, ...]) -> str:
    base = url.split("?", 1)[0].rstrip("/")
    for path in sorted(paths, key=len, reverse=True):
        if base.endswith(path):
            return base[: -len(path)]
    return base


TARGETS = {
    # Oxigraph answers DROP + N-Quads POST in two requests per batch (measured: see
    # benchmarks/push.py); one PUT per graph costs a round trip per article.
    "oxigraph": Target("oxigraph", graph_param="graph", strategy="drop-post",
                       default_auth="basic", known_paths=("/store", "/query", "/update")),
    # Virtuoso 7.2's graph CRUD endpoint takes application/n-triples and replaces on PUT;
    # its SPARQL update parser is far slower on large INSERT DATA than its GSP loader.
    "virtuoso": Target("virtuoso", graph_param="graph-uri", strategy="put",
                       default_auth="digest",
                       known_paths=("/sparql", "/sparql-auth", "/sparql-graph-crud",
                                    "/sparql-graph-crud-auth")),
    # Any SPARQL 1.1 Graph Store Protocol endpoint: GraphDB, Blazegraph, Fuseki, Stardog...
    "generic": Target("generic", graph_param="graph", strategy="put", default_auth="basic"),
}


def get_target(name: str) -> Target:
    """The target called `name`, or a one-line error listing the known ones."""
    try:
        return TARGETS[name]
    except KeyError:
        raise PushError(f"unknown target {name!r}; choose one of {', '.join(TARGETS)}") from None
