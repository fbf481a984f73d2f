#!/usr/bin/env bash
# One command on a fresh Debian 12: install what is missing, build with warnings as errors, and
# run every test through ctest — static analysis of shared/ (cppcheck, clang-tidy), the libFuzzer targets (a short run each, clang) and then the
# whole suite (unit, store, CLI, documents, apps, crash safety).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
cmake --preset dev >/dev/null   # compile commands for the static analysis
scripts/lint.sh
cmake -S tests/fuzz -B build/fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build/fuzz
ctest --test-dir build/fuzz -j2 --output-on-failure
ctest --preset ci
