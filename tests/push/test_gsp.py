"""The Graph Store Protocol client (kg.push.gsp): retries on a busy server, gives up with the
last status, never retries a permanent failure, and keeps server messages to one short line."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import requests

from kg.errors import PushError
from kg.push.gsp import GraphStoreClient, server_message
from kg.push.targets import Endpoints


class FlakyHandler(BaseHTTPRequestHandler):
    """Answers 503 `failures` times, then 204; or a permanent 400 for graph `bad`."""

    failures = 2
    seen: list[str] = []

    def do_PUT(self) -> None:  # noqa: N802 - http.server's naming
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        FlakyHandler.seen.append(self.path)
        if "bad" in self.path:
            self._answer(400, b"<html><body><h1>Bad</h1><p>parse error at line 3</p></body></html>")
        elif FlakyHandler.seen.count(self.path) <= self.failures:
            self._answer(503, b"busy")
        else:
            self._answer(204, b"")

    def _answer(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet test output
        pass


@pytest.fixture
def flaky_server() -> Iterator[str]:
    FlakyHandler.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FlakyHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/gsp"
    server.shutdown()
    server.server_close()


def client_for(url: str, *, retries: int) -> GraphStoreClient:
    return GraphStoreClient(Endpoints(gsp=url, query=url, update=None), "graph",
                            requests.Session(), retries=retries, backoff=0.01)


def test_transient_failures_are_retried(flaky_server: str) -> None:
    client_for(flaky_server, retries=2).put_graph("http://e/g", b"")
    assert len(FlakyHandler.seen) == 3


def test_retries_run_out_with_the_last_status(flaky_server: str) -> None:
    with pytest.raises(PushError, match=r"HTTP 503 Service Unavailable: busy$"):
        client_for(flaky_server, retries=1).put_graph("http://e/g", b"")
    assert len(FlakyHandler.seen) == 2


def test_permanent_failure_is_not_retried_and_html_is_flattened(flaky_server: str) -> None:
    with pytest.raises(PushError, match=r"HTTP 400 Bad Request: Bad parse error at line 3$"):
        client_for(flaky_server, retries=3).put_graph("http://e/bad", b"")
    assert len(FlakyHandler.seen) == 1


def test_server_message_is_one_short_line() -> None:
    response = requests.models.Response()
    response._content = b"<html><style>p{}</style><p>a &amp; b</p>\n\n<p>" + b"x" * 500 + b"</p>"
    message = server_message(response)
    assert message.startswith("a & b x") and len(message) == 300 and "\n" not in message
