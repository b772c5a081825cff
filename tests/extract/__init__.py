"""Tests of kg/extract/: test_<m>.py for kg/extract/<m>.py, test_extract.py for the package itself
(kg/extract/__init__.py, the Extractor). small_texts.py runs texts of our own through it."""
