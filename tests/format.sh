#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Every C file of the engine and the tests is as .clang-format formats it.
# Checked with Debian 12's clang-format (14): another major version formats
# a few constructs differently, so with another one this test is skipped
# (77), not failed. To format: git ls-files '*.c' '*.h' | xargs clang-format -i
set -eu
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null 2>&1 || { echo "format: no clang-format; skipped"; exit 77; }
major=$(clang-format --version | sed -n 's/.*version \([0-9]*\).*/\1/p')
if [ "$major" != 14 ]; then
    echo "format: clang-format $major, not 14; skipped"
    exit 77
fi
files=$(git ls-files 'engine/*.c' 'engine/*.h' 'include/*.h' 'tests/*.c' 'tests/fuzz/*.c' 2>/dev/null ||
        find engine include tests -name '*.[ch]' -not -path '*/fixtures/*')
# shellcheck disable=SC2086
if ! clang-format --dry-run -Werror $files; then
    echo "format: the files above differ from .clang-format; run clang-format -i on them"
    exit 1
fi
echo "format: $(echo "$files" | wc -w) files as .clang-format has them"
