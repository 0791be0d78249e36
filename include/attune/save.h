/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Saves: the player's place in a story, written atomically and checked.
 * Layer: core. A save is data, never code: the story id, the seed, and
 * the path of stable choice ids, replayed on load (so saves survive edits to
 * the story). Format: magic, version, sequence, length, CRC32, payload.
 * Version 2 adds what the save screen shows and the roads tried by rewind;
 * version 1 files still load (the new fields come back empty). Version 3 is
 * version 2 without its limits (512 answers, 256 KiB): it is written only
 * for a play too long for them, so that an older Attune leaves such a save
 * alone as "another version" instead of cutting it or calling it damaged. */
#ifndef ATTUNE_SAVE_H
#define ATTUNE_SAVE_H

#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>

enum {
    SAVE_MAX_PATH = 512, /* ids in one abandoned road (and in a format 2 play) */
    SAVE_MAX_ROADS = 8,
    /* Answers in one play. A real play is 20 to 80; this is far beyond any
     * play a person sits through, yet small enough to read back at once
     * (ids of SAVE_MAX_ID bytes: under 1 MiB). Past it the player is told. */
    SAVE_MAX_STEPS = 10000,
    SAVE_GENERATIONS = 3, /* autosaves of ours kept, newest first */
    /* Names autosave-0.sav .. autosave-15.sav: the generations rotate over
     * them, stepping around any name that holds what is not ours to
     * overwrite (a save of another version, a folder, an unreadable file). */
    SAVE_AUTOSAVE_NAMES = 16,
    SAVE_SLOTS = 6,          /* manual slots are numbered 1..SAVE_SLOTS */
    SAVE_FORMAT_VERSION = 3, /* the newest read and written; see above */
    /* The longest id (story, beat, choice) a save holds, in bytes. The
     * story DSL refuses longer ids at load (scripts/lib/attune/story.lua is
     * given this number as lib.MAX_ID), so every id a story can reach fits. */
    SAVE_MAX_ID = 64
};

typedef enum SaveStatus {
    SAVE_OK = 0,
    SAVE_ERR_MISSING,   /* no file */
    SAVE_ERR_IO,        /* could not read or write */
    SAVE_ERR_TRUNCATED, /* shorter than its header says */
    SAVE_ERR_CORRUPT,   /* bad magic, checksum or payload */
    SAVE_ERR_VERSION,   /* written by a newer or unknown version */
    SAVE_ERR_MEMORY,    /* out of memory while reading: the file is left as it is */
} SaveStatus;

typedef struct SaveData {
    char story_id[128];
    char story_dir[1024];
    char story_title[128]; /* for the save screen; may be empty */
    char beat[128];        /* id of the beat the player is at; may be empty */
    char beat_label[256];  /* a few words of that beat, see save_data_set_label() */
    uint64_t seed;
    int64_t time;      /* seconds since the epoch, when it was written */
    uint64_t sequence; /* grows with every write; the newest wins */
    int n_path;
    char **path; /* n_path stable choice ids; owned, see save_data_clear() */
    int cap_path;
    /* Roads abandoned through rewind, oldest first. Each is one owned string:
     * the whole path of choice ids of that road, separated by '\n'. */
    int n_roads;
    char *roads[SAVE_MAX_ROADS];
} SaveData;

/* Free the path and road strings and zero the struct. */
void save_data_clear(SaveData *d);
/* Append a choice id (copied), growing the path. False when it already
 * holds SAVE_MAX_STEPS ids or out of memory. */
bool save_data_push(SaveData *d, const char *choice_id);
/* Set beat_label from a line of story text: its first words, on one line,
 * cut at a word with "…" when long. NULL or "" leaves it empty. */
void save_data_set_label(SaveData *d, const char *text);

/* Record an abandoned road: `n` (1..SAVE_MAX_PATH) choice ids, copied. False
 * when the roads are full, or an id fails save_id_ok. */
bool save_data_add_road(SaveData *d, const char *const *ids, int n);
/* Forget road `i` (freed; later roads move down one). Out of range: no-op. */
void save_data_drop_road(SaveData *d, int i);
/* Split a road into its ids, in place: pass a copy you own (its '\n' become
 * NUL), and keep it alive while using `ids`. Stores at most `max` pointers;
 * returns how many ids the road holds. */
int save_road_split(char *road_copy, char **ids, int max);

/* True when `id` is an id a save holds: 1..SAVE_MAX_ID bytes of valid UTF-8
 * with no control character (C0, DEL, C1, U+2028, U+2029), so on one line. */
bool save_id_ok(const char *id);

/* Encode `d` into a new buffer (caller frees); its length in *len. NULL when
 * save_decode could not read it back: an id (story, beat, step, road) that
 * fails save_id_ok, another field that holds a newline or fills its array,
 * counts out of range, a payload over the limit; or out of memory. So
 * whatever is written can be read. */
unsigned char *save_encode(const SaveData *d, size_t *len);
/* Decode a buffer (any bytes: this is fuzzed). On success fills `d` (clear
 * it with save_data_clear); on failure `d` is left empty. */
SaveStatus save_decode(const unsigned char *buf, size_t len, SaveData *d);

/* The CRC-32 (as zlib computes it) of `len` bytes. */
uint32_t save_crc32(const void *buf, size_t len);

/* Write `buf` to `path` atomically: temp file in the same folder, fsync,
 * rename, fsync of the folder. The old file stays intact on any failure. */
bool save_write_atomic(const char *path, const unsigned char *buf, size_t len);

/* Move a damaged file aside to "<path>.corrupt" (or "<path>.corrupt-N" when
 * that is taken), so that it is kept and never overwritten. False (logged)
 * when it cannot be moved. */
bool save_set_aside(const char *path);

/* Autosave into the rotating generations in folder `dir`: sets d->sequence
 * (one more than the newest save of ours that decodes whole; a header whose
 * checksum fails counts for nothing) and d->time. The rule of the rotation:
 * of the names autosave-0..SAVE_AUTOSAVE_NAMES-1, write the first empty one
 * while fewer than SAVE_GENERATIONS saves of ours exist, else the one
 * holding our oldest save. A damaged file on the way is first set aside as
 * *.corrupt; a name holding a save of another version, something that is not
 * a file, or a file that cannot be read is never written: it is stepped
 * around, and reported once (log and save_take_notice). The sequence never
 * wraps: at UINT64_MAX our saves are renumbered 1..n, oldest first (each
 * rewrite atomic, so a kill midway still leaves the newest on top).
 * False (logged) when the folder is not writable or no name is left. */
bool save_autosave(const char *dir, SaveData *d);

/* Load the newest valid autosave generation in `dir`. Damaged ones are
 * renamed to *.corrupt and counted in *damaged; ones from another version
 * of Attune, folders and unreadable files are left as they are (reported
 * once, see save_take_notice); none is ever deleted or overwritten. Returns
 * SAVE_OK or SAVE_ERR_MISSING. */
SaveStatus save_load_latest(const char *dir, SaveData *d, int *damaged);

/* A sentence for the player about the save folder that has not been given
 * yet (a name stepped around by the rotation, a slot left alone), copied
 * into `out`; false when there is none. Each such name is reported once per
 * run of the game. */
bool save_take_notice(char *out, size_t n);

/* Keep a copy of `d` out of the autosave rotation, as "<dir>story-changed-
 * <sequence>.sav" (-2, -3... when that name holds another save), for a play
 * whose story has changed since (its Continue cannot reach its place, and
 * later autosaves would overwrite it). The same save kept twice is one file.
 * Its file name into `name`. False (logged) when it cannot be written. */
bool save_keep_changed(const char *dir, const SaveData *d, char *name, size_t n);

/* Write manual slot `slot` (1..SAVE_SLOTS) as "<dir>slot-<slot>.sav",
 * atomically, replacing what it held: sets d->sequence (one more than any
 * valid slot's) and d->time. A slot holding a save of another version, a
 * folder or an unreadable file is left as it is (a notice says so). False
 * (logged) when it cannot be written. */
bool save_slot_write(const char *dir, int slot, SaveData *d);
/* Read manual slot `slot` into `d` (clear it with save_data_clear). A damaged
 * slot is set aside as *.corrupt and reported (SAVE_ERR_CORRUPT or
 * SAVE_ERR_TRUNCATED); one from another version is left as it is
 * (SAVE_ERR_VERSION). SAVE_ERR_MISSING for an empty slot or a bad number. */
SaveStatus save_slot_read(const char *dir, int slot, SaveData *d);
/* Empty slot `slot`. True when it is empty afterwards. */
bool save_slot_delete(const char *dir, int slot);

const char *save_status_text(SaveStatus s);

#endif
