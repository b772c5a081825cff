"""A small SPARQL 1.1 Graph Store Protocol client: PUT/POST graphs, run updates and selects.

Transient failures (connection drops, 429/502/503/504, Virtuoso deadlocks) are retried with
exponential backoff; anything else becomes one `PushError` line with the HTTP status and the
server's own message.
"""

from __future__ import annotations

import html
import re
import time
from dataclasses import dataclass
from typing import Any

import requests
from requests.auth import AuthBase, HTTPBasicAuth, HTTPDigestAuth

from kg.errors import PushError
from kg.push.targets import Endpoints

N_TRIPLES = "application/n-triples"
N_QUADS = "application/n-quads"
SPARQL_JSON = "application/sparql-results+json"
TRANSIENT_STATUS = frozenset({408, 429, 502, 503, 504})
# Virtuoso reports a lock conflict between concurrent writers as a 500 carrying SR172.
TRANSIENT_MESSAGE = re.compile(r"SR172|deadlock", re.IGNORECASE)
AUTH_HINT = " (check --user, --password or KG_PUSH_PASSWORD, and --auth basic|digest)"
TIMEOUT = (10.0, 300.0)  # connect, read: a large graph can take a while to index remotely


def make_auth(user: str | None, password: str | None, scheme: str) -> AuthBase | None:
    """requests' auth object for `basic` or `digest`, or None without a user."""
    if user is None:
        return None
    if scheme == "basic":
        return HTTPBasicAuth(user, password or "")
    if scheme == "digest":
        return HTTPDigestAuth(user, password or "")
    raise PushError(f"unknown auth scheme {scheme!r}; choose basic or digest")


@dataclass(frozen=True)
class GraphStoreClient:
    """One session against one store's endpoints, with retry and error translation."""

    endpoints: Endpoints
    graph_param: str
    session: requests.Session
    retries: int = 4
    backoff: float = 0.5

    def put_graph(self, graph: str, body: bytes) -> None:
        """Replace `graph` with the N-Triples in `body` (GSP PUT)."""
        self._send("PUT", self.endpoints.gsp, params={self.graph_param: graph}, data=body,
                   headers={"Content-Type": N_TRIPLES})

    def post_quads(self, body: bytes) -> None:
        """Add the N-Quads in `body` to the store, each quad into its own graph."""
        self._send("POST", self.endpoints.gsp, data=body, headers={"Content-Type": N_QUADS})

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 update."""
        if self.endpoints.update is None:
            raise PushError("this target has no SPARQL update endpoint")
        self._send("POST", self.endpoints.update, data=sparql.encode("utf-8"),
                   headers={"Content-Type": "application/sparql-update"})

    def select(self, sparql: str) -> list[dict[str, Any]]:
        """Run a SPARQL SELECT; the JSON result bindings."""
        response = self._send("POST", self.endpoints.query, data={"query": sparql},
                              headers={"Accept": SPARQL_JSON})
        try:
            bindings: list[dict[str, Any]] = response.json()["results"]["bindings"]
        except (ValueError, KeyError, TypeError) as e:
            raise PushError(f"{self.endpoints.query}: not a SPARQL JSON result ({e})") from None
        return bindings

    def _send(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        for attempt in range(self.retries + 1):
            last = attempt == self.retries
            try:
                response = self.session.request(method, url, timeout=TIMEOUT, **kwargs)
            except requests.ConnectionError as e:
                if last:
                    raise PushError(f"cannot reach {url}: {_connection_reason(e)}") from None
            except requests.Timeout:
                if last:
                    raise PushError(f"{method} {url}: no answer in {TIMEOUT[1]:.0f} s") from None
            else:
                if response.ok:
                    return response
                message = server_message(response)
                transient = response.status_code in TRANSIENT_STATUS or (
                    response.status_code == 500 and TRANSIENT_MESSAGE.search(message))
                if last or not transient:
                    hint = AUTH_HINT if response.status_code == 401 else ""
                    raise PushError(f"{method} {url}: HTTP {response.status_code} "
                                    f"{response.reason}: {message}{hint}")
            time.sleep(self.backoff * 2**attempt)
        raise AssertionError("unreachable: the last attempt returns or raises")


def server_message(response: requests.Response, *, limit: int = 300) -> str:
    """The server's error text on one line: HTML tags dropped, whitespace folded, truncated."""
    text = response.text
    if "<" in text and ">" in text:
        text = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = " ".join(text.split()) or "(empty response)"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _connection_reason(error: requests.ConnectionError) -> str:
    """`Connection refused` rather than urllib3's nested repr of the pool and socket."""
    found = re.search(r"\[Errno -?\d+\] ([^'\")\]]+)", str(error))
    if found:
        return found.group(1).strip()
    return str(error).splitlines()[0][:200]
