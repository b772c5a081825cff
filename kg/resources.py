"""Where the package's data files are, in a checkout and in an installed wheel alike.

ontology/ and queries/ live at the top of the checkout; pyproject.toml maps them into the package
as `kg.ontology` and `kg.queries`, so the same lookup finds them in an editable install, a wheel,
or a plain checkout on sys.path.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent


def package_dir(name: str) -> Path:
    """The folder of the data package `kg.<name>` (ontology, queries, extract.data)."""
    spec = importlib.util.find_spec(f"kg.{name}")
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            if Path(location).is_dir():
                return Path(location)
    fallback = _CHECKOUT / name.replace(".", "/")
    if fallback.is_dir():
        return fallback
    raise FileNotFoundError(f"kg's data folder kg.{name} is missing from the installation")
