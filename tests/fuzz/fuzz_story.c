/* libFuzzer target: a story's text loaded through the sandbox and the
 * story library, then played for a few choices. Invariants: nothing
 * crashes or hangs (the sandbox's limits hold), and every failure comes
 * back as a StoryError with a message. */
#include "attune/paths.h"
#include "attune/story.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char lib[1200];

static double seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!lib[0]) {
        if (!paths_init())
            abort();
        paths_join(lib, sizeof lib, paths_data_dir(), "scripts/lib/attune");
    }
    StoryError err;
    memset(&err, 0, sizeof err);
    Story *s = story_load_text("/nonexistent/fuzz", (const char *)data, size, lib, size, &err);
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
        if (!story_choose(s, pick, &err) && err.line != -1)
            break;
    }
    story_destroy(s);
    return 0;
}
