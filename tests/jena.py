"""Apache Jena `riot --validate` from Debian's libapache-jena-java jars, for the RDF export tests.

Debian relocates Jena's bundled xerces to the package `xerces` but leaves its message bundles
under `org/apache/jena/ext/xerces/`, so riot dies with MissingResourceException (or "internal
error") unless those `.properties` files are copied to `xerces/` on the classpath. Debian also
lacks a JSON-P provider for Jena's JSON-LD 1.1 parser, so JSON-LD is checked as JSON-LD 1.0.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import zipfile
from functools import cache
from pathlib import Path

JAVA_DIR = Path("/usr/share/java")
_JARS = (
    "jena-base", "jena-core", "jena-arq", "jena-iri", "jena-cmds", "jena-shacl", "jena-shex",
    "jena-rdfconnection", "jena-dboe-base", "jena-dboe-index", "jena-dboe-storage",
    "jena-dboe-transaction", "jena-dboe-trans-data", "jena-tdb", "jena-tdb2",
    "slf4j-api", "slf4j-simple", "commons-lang3", "commons-io", "commons-codec",
    "commons-compress", "commons-csv", "commons-cli", "commons-logging", "dexx.collection",
    "jsonld-java", "titanium-json-ld", "jakarta.json-api", "jackson-core", "jackson-databind",
    "jackson-annotations", "httpclient", "httpclient-cache", "httpcore", "gson", "guava",
    "thrift", "protobuf",
)
_BUNDLES = "org/apache/jena/ext/xerces/"
SYNTAX = {".jsonld": "jsonld10"}


def missing_reason() -> str | None:
    """Why riot cannot run here, or None when it can."""
    if shutil.which("java") is None:
        return "java is not installed"
    absent = [j for j in _JARS if not (JAVA_DIR / f"{j}.jar").is_file()]
    if absent:
        return f"Jena jars missing from {JAVA_DIR}: {', '.join(absent[:4])}"
    return None


@cache
def _classpath() -> str:
    """The jars plus a temporary folder holding the xerces message bundles where Debian's
    relocated classes look for them."""
    bundles = Path(tempfile.mkdtemp(prefix="kg-jena-"))
    with zipfile.ZipFile(JAVA_DIR / "jena-core.jar") as jar:
        for name in jar.namelist():
            if name.startswith(_BUNDLES) and name.endswith(".properties"):
                target = bundles / "xerces" / name[len(_BUNDLES):]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(jar.read(name))
    return ":".join([str(bundles), *(str(JAVA_DIR / f"{j}.jar") for j in _JARS)])


def riot_validate(path: Path) -> subprocess.CompletedProcess[str]:
    """Run `riot --validate` on `path`; returncode 0 means Jena accepts the file."""
    command = ["java", "-cp", _classpath(), "riotcmd.riot", "--validate"]
    if path.suffix in SYNTAX:
        command.append(f"--syntax={SYNTAX[path.suffix]}")
    # stdin closed: under pytest, java otherwise waits on the inherited descriptor.
    return subprocess.run([*command, str(path)], stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=600, check=False)
