"""Tests of kg/push/: test_<m>.py for kg/push/<m>.py, test_push.py for the package itself
(kg/push/__init__.py, push_store)."""
