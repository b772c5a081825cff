"""Headless Chromium driven over the DevTools protocol, for the HTML export tests.

Opens a page, records every request the page makes and every console error or uncaught
exception, evaluates JavaScript in it and takes screenshots. Needs /usr/bin/chromium and the
`websocket-client` package; `missing_reason()` says why a test must skip.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--remote-allow-origins=*", "--window-size=1400,900", "--hide-scrollbars",
)


def missing_reason() -> str | None:
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        return f"{CHROMIUM} is not installed"
    try:
        import websocket  # noqa: F401
    except ImportError:
        return "websocket-client is not installed"
    return None


@dataclass
class Page:
    """One tab: send DevTools commands, collect the events they cause."""

    socket: Any
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    _next_id: int = 0

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        self.socket.send(json.dumps({"id": self._next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self._next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return dict(message.get("result", {}))
            self._record(message)

    def _record(self, message: dict[str, Any]) -> None:
        method, params = message.get("method"), message.get("params", {})
        if method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])
        elif method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            self.errors.append(details.get("exception", {}).get("description")
                               or details.get("text", "exception"))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            self.errors.append(" ".join(str(a.get("value", a.get("description")))
                                        for a in params.get("args", [])))
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            self.errors.append(params["entry"].get("text", "log error"))

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression!r}: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def wait_for(self, expression: str, *, timeout: float = 60.0) -> Any:
        """Poll `expression` until it is truthy (and return it), or fail after `timeout`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.2)
        raise TimeoutError(f"{expression!r} still false after {timeout} s; errors: "
                           f"{self.errors}")

    def open(self, url: str) -> None:
        for domain in ("Page", "Network", "Runtime", "Log"):
            self.send(f"{domain}.enable")
        self.send("Page.navigate", url=url)

    def click(self, x: float, y: float) -> None:
        """A left click at viewport coordinates, as a reader's mouse makes it."""
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left",
                      clickCount=1)

    def screenshot(self, path: Path) -> bytes:
        data = base64.b64decode(self.send("Page.captureScreenshot", format="png")["data"])
        path.write_bytes(data)
        return data


def _devtools_port(profile: Path, process: subprocess.Popen[bytes], timeout: float) -> int:
    port_file = profile / "DevToolsActivePort"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"chromium exited with {process.returncode}")
        if port_file.exists():
            lines = port_file.read_text().split()
            if lines:
                return int(lines[0])
        time.sleep(0.1)
    raise TimeoutError("chromium did not open its DevTools port")


@contextmanager
def chromium_page(*, timeout: float = 30.0) -> Iterator[Page]:
    """A fresh headless Chromium (own profile, no background networking) with one tab."""
    import websocket

    # Chromium's helper processes may still write to the profile as it shuts down: the whole
    # process group is ended, and a file they leave behind does not fail the test.
    with tempfile.TemporaryDirectory(prefix="kg-chromium-", ignore_cleanup_errors=True) as tmp:
        profile = Path(tmp)
        process = subprocess.Popen(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--remote-debugging-port=0",
             "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            port = _devtools_port(profile, process, timeout)
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list",
                                        timeout=timeout) as response:
                targets = json.load(response)
            url = next(t["webSocketDebuggerUrl"] for t in targets if t["type"] == "page")
            socket = websocket.create_connection(url, timeout=timeout, suppress_origin=True)
            try:
                yield Page(socket)
            finally:
                socket.close()
        finally:
            _end_group(process)


def _end_group(process: subprocess.Popen[bytes]) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=10)
            break
        except subprocess.TimeoutExpired:
            continue
    time.sleep(0.2)  # let the group's last writes land before the profile is removed


def screenshot(page_file: Path, out: Path, *, show_relation: str | None = None) -> None:
    """Screenshot an exported page once drawn, optionally with one edge's details open."""
    with chromium_page() as page:
        page.open(page_file.resolve().as_uri())
        page.wait_for("document.body && document.body.dataset.ready === '1'")
        if show_relation is not None:
            page.evaluate(f"(() => {{ const i = allEdges.findIndex(e => e.relation === "
                          f"{json.dumps(show_relation)}); if (i >= 0) {{ "
                          f"network.selectEdges([i]); showEdge(i); }} }})()")
        page.screenshot(out)


if __name__ == "__main__":
    # python tests/browser.py seeds.html docs/screenshot.png [RELATION]
    import sys

    screenshot(Path(sys.argv[1]), Path(sys.argv[2]),
               show_relation=sys.argv[3] if len(sys.argv) > 3 else None)
