"""The package's imports: no module imports itself round a circle, and the lower layers
(reading and extraction, the data model) never import the higher ones (ingest, store, query, ...).

Imports are read with `ast` from every kg/**/*.py, those inside functions included, so a lazy
import that only hides a dependency still counts.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "kg"

LOWER = ("kg.readers", "kg.extract", "kg.relations", "kg.schema", "kg.prefixes", "kg.model",
         "kg.contests")
HIGHER = (
    "kg.articlework",
    "kg.ingest",
    "kg.parallel",
    "kg.store",
    "kg.query",
    "kg.export",
    "kg.push",
    "kg.cli",
    "kg.serve",
)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def module_files() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imported(module: str, path: Path, modules: set[str]) -> Iterator[str]:
    """The kg modules `module` imports, wherever in the file the import statement stands."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            # `from kg import store` imports the module kg.store; `from kg.x import name` kg.x.
            names = [f"{base}.{alias.name}" for alias in node.names]
            names = [name if name in modules else base for name in names]
        else:
            continue
        for name in names:
            while name and name not in modules:  # `import kg.extract.x.y` -> nearest module
                name = name.rpartition(".")[0]
            if name and name != module:
                yield name


def import_graph() -> dict[str, set[str]]:
    files = module_files()
    modules = set(files)
    return {module: set(imported(module, path, modules)) for module, path in files.items()}


def in_layer(module: str, layer: tuple[str, ...]) -> bool:
    return any(module == top or module.startswith(top + ".") for top in layer)


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_sees_the_package() -> None:
    graph = import_graph()
    assert "kg.build" in graph["kg.facts"] or "kg.schema" in graph["kg.facts"]
    assert "kg.store" in graph["kg.articlework"]
    assert "kg.extract" in graph["kg.articlework"]  # an import inside a method
    assert "kg.readers" in graph["kg.ingest"]  # `from kg.readers import ...` inside a function


def test_no_import_circle() -> None:
    assert circles(import_graph()) == []


def test_the_circle_finder_finds_circles() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(graph) == [["a", "b", "c"]]


def test_no_lower_layer_imports_a_higher_one() -> None:
    upward = sorted(
        f"{module} -> {target}"
        for module, targets in import_graph().items()
        if in_layer(module, LOWER)
        for target in targets
        if in_layer(target, HIGHER)
    )
    assert upward == []


def test_the_read_side_does_not_import_the_writer() -> None:
    assert "kg.build" not in import_graph()["kg.facts"]


def test_lexicons_and_office_labels_are_leaves_their_users_import() -> None:
    """The word lists and the office labels are defined once, in modules that import no other
    extraction module, so every extractor can import them without a circle."""
    graph = import_graph()
    assert graph["kg.extract.lexicons"] == set()
    assert graph["kg.extract.office_labels"] == {"kg.extract.lexicons"}
    for user in ("kg.extract.elections", "kg.extract.offices", "kg.extract.party",
                 "kg.extract.gazetteer"):
        assert "kg.extract.lexicons" in graph[user], user
    for user in ("kg.extract.elections", "kg.extract.offices", "kg.extract.candidates"):
        assert "kg.extract.office_labels" in graph[user], user
