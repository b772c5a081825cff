"""The tests mirror the package: the tests of kg/<m>.py are in tests/test_<m>.py, those of
kg/<pkg>/<m>.py in tests/<pkg>/test_<m>.py, and those of a package's own __init__.py in
tests/<pkg>/test_<pkg>.py (tests/readers/test_readers.py is kg/readers/__init__.py).

Files about one behaviour across modules stay here under its name: test_cli.py and
test_cli_update.py (the real `kg` command end to end), test_crash.py, test_election_scope.py,
test_fuzz.py, test_injection.py, test_layers.py, test_query_equivalence.py, test_readme.py,
test_toy_relation.py. The shared helpers (browser.py, export_data.py, graph_sample.py, jena.py,
pushdata.py, servers.py) and data/ are here too; tests import them as `tests.<helper>`.
"""
