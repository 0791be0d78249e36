/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* libFuzzer target: a story's text loaded through the sandbox and the
 * story library, then played for a few choices. Invariants: nothing
 * crashes or hangs, every failure comes back as a StoryError with a
 * message, and the game's own time limits hold: the sandbox runs each seed
 * with the limits the game uses, so a load or an answer that takes longer
 * than they allow is a finding (abort), however it got past them. */
#include "attune/paths.h"
#include "attune/story_tools.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char lib[1200];

/* The limits the game promises (engine/script/sandbox.h): a whole load
 * within 1.5 s, an answer within two calls of 250 ms (the choice and the
 * view after it); each with room for this sanitizer build, where unwinding
 * an endless recursion (freeing a million call records) took up to 0.5 s
 * past the limit. */
#define LOAD_LIMIT_S 2.5
#define ANSWER_LIMIT_S 1.0

static void within(double took, double limit, const char *what, size_t size)
{
    if (took <= limit)
        return;
    fprintf(stderr,
            "fuzz_story: %s took %.2f s, over the %.1f s the game allows (input of %zu bytes)\n",
            what, took, limit, size);
    abort();
}

static double seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!lib[0]) {
        story_bind(story_lua_binding());
        if (!paths_init())
            abort();
        paths_join(lib, sizeof lib, paths_data_dir(), "scripts/lib/attune");
    }
    StoryError err;
    memset(&err, 0, sizeof err);
    double t0 = seconds();
    Story *s = story_load_text("/nonexistent/fuzz", (const char *)data, size, lib, size, &err);
    within(seconds() - t0, LOAD_LIMIT_S, "loading", size);
    if (!s) {
        if (!err.message[0])
            abort(); /* a failure must say what is wrong */
        return 0;
    }
    /* Play: the answer picked at each step comes from the input's bytes.
     * NOTE: each call into the story is bounded by the sandbox (250 ms), but
     * 24 steps of two calls each could add up past libFuzzer's 5 s timeout
     * for a story whose text functions use most of that budget: the play
     * stops after 2 s, so a timeout still means one call that never ends. */
    double start = seconds();
    for (int step = 0; step < 24 && !story_view(s)->is_ending && seconds() - start < 2.0; step++) {
        const StoryView *v = story_view(s);
        if (v->n_choices == 0)
            break;
        int pick = size ? data[step % size] % v->n_choices : 0;
        double t1 = seconds();
        bool chosen = story_choose(s, pick, &err);
        within(seconds() - t1, ANSWER_LIMIT_S, "an answer", size);
        if (!chosen && err.line != -1)
            break;
    }
    story_destroy(s);
    return 0;
}
