/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* libFuzzer target: the save decoder. Any bytes must decode to a clean
 * refusal or to data that encodes and decodes again to the same thing. */
#include "attune/save.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    SaveData d;
    if (save_decode(data, size, &d) != SAVE_OK)
        return 0;
    size_t len = 0;
    unsigned char *again = save_encode(&d, &len);
    if (again) {
        SaveData e;
        if (save_decode(again, len, &e) != SAVE_OK)
            abort(); /* what we wrote, we must read */
        if (e.n_path != d.n_path || e.seed != d.seed || e.time != d.time ||
            e.sequence != d.sequence || e.n_roads != d.n_roads ||
            strcmp(e.story_id, d.story_id) != 0 || strcmp(e.story_dir, d.story_dir) != 0 ||
            strcmp(e.story_title, d.story_title) != 0 || strcmp(e.beat, d.beat) != 0 ||
            strcmp(e.beat_label, d.beat_label) != 0)
            abort(); /* and read it as it was */
        for (int i = 0; i < d.n_path; i++)
            if (strcmp(e.path[i], d.path[i]) != 0)
                abort();
        for (int i = 0; i < d.n_roads; i++)
            if (strcmp(e.roads[i], d.roads[i]) != 0)
                abort();
        save_data_clear(&e);
        free(again);
    }
    save_data_clear(&d);
    return 0;
}
