#!/usr/bin/env bash
# Set up kg in ./.venv and run it on the bundled sample articles: ingest, a query, a summary.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[dev]'
export KG_LOCATION=${KG_LOCATION:-kg-store}
.venv/bin/kg ingest examples/articles
echo
echo "== kg query candidates -p election 'cd:6'"
.venv/bin/kg query candidates -p election "cd:6"
echo
echo "== kg stats"
.venv/bin/kg stats
