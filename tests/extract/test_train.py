"""Training the relation classifier (python -m kg.extract.train)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.extract import classifier

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))


@pytest.mark.skipif(not (SHARED / "tools" / "score-facts").exists(),
                    reason="needs ../shared/tools/score-facts to label training candidates")
def test_training_is_deterministic(tmp_path: Path) -> None:
    """Same corpus, same seed: the same model bytes (a small sample keeps this quick)."""
    outs = []
    for n in (1, 2):
        out = tmp_path / f"m{n}.json.gz"
        run = subprocess.run(
            [sys.executable, "-m", "kg.extract.train", "--train-docs", "24", "--dev-docs", "6",
             "--out", str(out), "--shared", str(SHARED)],
            capture_output=True, text=True, timeout=600, cwd=ROOT)
        assert run.returncode == 0, run.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    model = classifier.load(tmp_path / "m1.json.gz")
    assert "candidacy" in model.weights
