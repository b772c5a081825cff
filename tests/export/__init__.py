"""Tests of kg/export/: test_<m>.py for kg/export/<m>.py."""
