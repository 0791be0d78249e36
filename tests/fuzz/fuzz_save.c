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
        if (e.n_path != d.n_path || e.seed != d.seed || strcmp(e.story_id, d.story_id) != 0)
            abort();
        save_data_clear(&e);
        free(again);
    }
    save_data_clear(&d);
    return 0;
}
