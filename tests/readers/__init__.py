"""Tests of kg/readers/: test_<m>.py for kg/readers/<m>.py, test_readers.py for the package itself
(kg/readers/__init__.py, iter_articles). reading.py holds the files they read and how."""
