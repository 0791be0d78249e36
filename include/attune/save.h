/* Saves: the player's place in a story, written atomically and checked.
 * Layer: C engine. A save is data, never code: the story id, the seed, and
 * the path of stable choice ids, replayed on load (so saves survive edits to
 * the story). Format: magic, version, sequence, length, CRC32, payload. */
#ifndef ATTUNE_SAVE_H
#define ATTUNE_SAVE_H

#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>

enum { SAVE_MAX_PATH = 512, SAVE_GENERATIONS = 3, SAVE_FORMAT_VERSION = 1 };

typedef enum SaveStatus {
    SAVE_OK = 0,
    SAVE_ERR_MISSING,   /* no file */
    SAVE_ERR_IO,        /* could not read or write */
    SAVE_ERR_TRUNCATED, /* shorter than its header says */
    SAVE_ERR_CORRUPT,   /* bad magic, checksum or payload */
    SAVE_ERR_VERSION,   /* written by a newer or unknown version */
} SaveStatus;

typedef struct SaveData {
    char story_id[128];
    char story_dir[1024];
    uint64_t seed;
    int64_t time;       /* seconds since the epoch, when it was written */
    uint64_t sequence;  /* grows with every write; the newest wins */
    int n_path;
    char *path[SAVE_MAX_PATH]; /* stable choice ids; owned, see save_data_clear() */
} SaveData;

/* Free the path strings and zero the struct. */
void save_data_clear(SaveData *d);
/* Append a choice id (copied). False when the path is full. */
bool save_data_push(SaveData *d, const char *choice_id);

/* Encode `d` into a new buffer (caller frees); its length in *len. */
unsigned char *save_encode(const SaveData *d, size_t *len);
/* Decode a buffer. On success fills `d` (clear it with save_data_clear). */
SaveStatus save_decode(const unsigned char *buf, size_t len, SaveData *d);

/* Write `buf` to `path` atomically: temp file in the same folder, fsync,
 * rename, fsync of the folder. The old file stays intact on any failure. */
bool save_write_atomic(const char *path, const unsigned char *buf, size_t len);

/* Autosave into the rotating generations in folder `dir`: sets d->sequence
 * and d->time. False (logged) when the folder is not writable. */
bool save_autosave(const char *dir, SaveData *d);

/* Load the newest valid autosave generation in `dir`. Unreadable ones are
 * counted in *damaged: damaged ones are renamed to *.corrupt, ones from
 * another version of Attune are left as they are; none is ever deleted or
 * overwritten. Returns SAVE_OK or SAVE_ERR_MISSING. */
SaveStatus save_load_latest(const char *dir, SaveData *d, int *damaged);

const char *save_status_text(SaveStatus s);

#endif
