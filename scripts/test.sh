#!/usr/bin/env bash
# One command on a fresh Debian 12: install what is missing, build with warnings as errors, and
# run every test: static analysis of shared/ (cppcheck, clang-tidy), the libFuzzer targets (a
# short run each, clang), then the whole ctest suite (unit, store, CLI, documents, apps, crash).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
scripts/lint.sh build/ci
cmake -S tests/fuzz -B build/fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build/fuzz
ctest --test-dir build/fuzz -j2 --output-on-failure
ctest --preset ci
