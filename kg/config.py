"""Where the store lives: `-l/--location`, else `$KG_LOCATION`, else `./kg-store`."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_LOCATION = Path("kg-store")
LOCATION_ENV = "KG_LOCATION"


def store_location(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The store folder: the explicit option wins, then the environment, then the default."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(LOCATION_ENV)
    return Path(env) if env else DEFAULT_LOCATION
