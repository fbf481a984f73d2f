#!/usr/bin/env bash
# One command on a fresh Debian 12: install what is missing, build with warnings as errors, and
# run every test through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
