"""The extractor the rule tests share: loaded once for the session."""

from __future__ import annotations

import pytest

from kg.extract import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The relation rules alone: what they propose is what the learned classifier judges
    (tests/extract/test_classifier.py covers the decisions)."""
    return Extractor(learned=False)
