"""Test-wide setup: subprocess runs of `kg` use this interpreter's environment.

CI calls `.venv/bin/python -m pytest` without activating the venv, so the venv's `bin/` is put
first on PATH; a `kg` elsewhere on the machine must never be the one a test runs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_BIN = str(Path(sys.executable).parent)
if os.environ.get("PATH", "").split(os.pathsep)[0] != _BIN:
    os.environ["PATH"] = _BIN + os.pathsep + os.environ.get("PATH", "")
