#!/bin/bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Set up, build, and run every test twice: a normal build, then one under
# AddressSanitizer and UndefinedBehaviorSanitizer; then each fuzz target for
# a short, bounded time. Headless: no display and no sound card are needed.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh --test
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy

log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo "== build and test"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATTUNE_TESTS=ON -DATTUNE_WERROR=ON >/dev/null
cmake --build build -j "$(nproc)"
ctest --test-dir build --output-on-failure -j "$(nproc)" | tee -a "$log"

echo "== build and test under AddressSanitizer + UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DATTUNE_SANITIZE=ON -DATTUNE_TESTS=ON -DATTUNE_WERROR=ON >/dev/null
cmake --build build-asan -j "$(nproc)"
ctest --test-dir build-asan --output-on-failure -j "$(nproc)" | tee -a "$log"

echo "== fuzz each target for a short, bounded time (tools/fuzz.sh SECONDS for longer)"
tools/fuzz.sh "${ATTUNE_FUZZ_SECONDS:-15}"

# One closing line for the whole run: every CTest test of both builds, and
# the four fuzz targets (a failure anywhere above has already stopped us).
tests=$(sed -n 's/.*tests failed out of \([0-9]*\).*/\1/p' "$log" | awk '{s += $1} END {print s + 4}')
echo "test.sh: $tests passed, 0 failed"
