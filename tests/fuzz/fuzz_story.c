/* libFuzzer target: a story's text loaded through the sandbox and the
 * story library, then played for a few choices. Invariants: nothing
 * crashes or hangs (the sandbox's limits hold), and every failure comes
 * back as a StoryError with a message. */
#include "attune/paths.h"
#include "attune/story.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char lib[1200];

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
    /* Play: the answer picked at each step comes from the input's bytes. */
    for (int step = 0; step < 24 && !story_view(s)->is_ending; step++) {
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
