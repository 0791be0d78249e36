/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Play a story in the terminal: the same state the window shows, numbered
 * answers read from a stream. Scriptable: `printf '1\n2\n' | attune play
 * --text DIR`. Layer: the program (story.h only; no SDL window). */
#ifndef ATTUNE_PLAY_TEXT_H
#define ATTUNE_PLAY_TEXT_H

#include "attune/route.h"

#include <stdint.h>
#include <stdio.h>

/* Play the story in `dir`, writing to `out`: first the answers of `road`
 * (may be NULL; --path, --kinds), then those read from `in`, each line a
 * number shown, an answer id or a kind (route.h). Returns the exit code: 0
 * when the story reached an ending or the input ended, 1 on a story error
 * (reported on stderr as file:line), 2 when a step of `road` names no answer
 * or an ambiguous one (a typed line that does is asked again). */
int play_text_run(const char *dir, const char *lib_dir, uint64_t seed, const Route *road, FILE *in,
                  FILE *out);

#endif
