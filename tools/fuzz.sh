#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Build the libFuzzer targets with clang and run each one for SECONDS
# (default 20): first over the committed seeds (regressions), then
# exploring. Fails on any crash, hang or leak; the input that caused it is
# written to build-fuzz/crash-<target>-*. Usage: tools/fuzz.sh [SECONDS]
set -eu
secs=${1:-20}
cd "$(dirname "$0")/.."
CC=clang cmake -S . -B build-fuzz -DATTUNE_FUZZ=ON -DATTUNE_WERROR=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build build-fuzz -j "$(nproc)"
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy ATTUNE_DATA_DIR="$PWD"
export ASAN_OPTIONS=fast_unwind_on_malloc=0
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp"
# Stacks with names: clang's symbolizer is llvm-symbolizer-NN on Debian when
# the llvm package (which adds the plain name) is not installed.
for s in llvm-symbolizer llvm-symbolizer-14 llvm-symbolizer-15 llvm-symbolizer-16; do
    if command -v "$s" >/dev/null 2>&1; then
        ASAN_SYMBOLIZER_PATH=$(command -v "$s")
        export ASAN_SYMBOLIZER_PATH
        break
    fi
done
# Story seeds are the stories themselves (shipped and fixtures), copied here.
python3 tools/make-fuzz-seeds.py --stories build-fuzz/seeds-story
for target in save text story phones; do
    bin=build-fuzz/tests/fuzz/fuzz_$target
    seeds=tests/fuzz/corpus/$target
    [ "$target" = story ] && seeds=build-fuzz/seeds-story
    work=build-fuzz/corpus-$target
    mkdir -p "$work"
    extra=""
    case $target in
        story) extra="-dict=tests/fuzz/lua.dict -max_len=65536 -close_fd_mask=2" ;;
        phones) extra="-dict=tests/fuzz/phones.dict -max_len=1024" ;;
        *) extra="-max_len=4096" ;;
    esac
    echo "== fuzz_$target: the seeds, then ${secs}s of exploring"
    # shellcheck disable=SC2086
    "$bin" -runs=0 $extra "$seeds" 2>&1 | tail -n 2
    # shellcheck disable=SC2086
    "$bin" -max_total_time="$secs" -timeout=5 -rss_limit_mb=1024 -print_final_stats=1 \
        -artifact_prefix="build-fuzz/crash-$target-" $extra "$work" "$seeds" 2>&1 |
        grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss|==[0-9]+==|SUMMARY|artifact)" || true
    if ls build-fuzz/crash-$target-* >/dev/null 2>&1; then
        # The whole report (the stack of a leak, say), from the input again.
        for c in build-fuzz/crash-$target-*; do
            echo "== $c, run again:"
            # shellcheck disable=SC2086
            "$bin" $extra "$c" 2>&1 | tail -n 60 || true
        done
        echo "fuzz_$target found a problem: $(ls build-fuzz/crash-$target-*)" >&2
        exit 1
    fi
done
echo "fuzz: no crash, hang or leak found"
