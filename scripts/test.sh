#!/usr/bin/env bash
# One command on a fresh Debian 12: install what is missing, build with warnings as errors, and
# run every test: static analysis of shared/ (cppcheck, clang-tidy), the libFuzzer targets (a
# short run each, clang), the whole ctest suite (unit, store, CLI, documents, apps, crash), then
# the same suite again under AddressSanitizer + UBSan (the asan preset; MOTCUA_ASAN=0 skips it).
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
# The asan build and suite add about 25 minutes on 2 cores (docs/performance.md); CI allows 90.
if [[ ${MOTCUA_ASAN:-1} != 0 ]]; then
  cmake --preset asan
  cmake --build --preset asan
  ctest --preset asan
fi
