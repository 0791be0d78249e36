/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Progress: what a player has done in one story across all plays: the
 * endings reached, the answers chosen before, the beats seen, how often it
 * was played. Layer: core. Kept in "<dir>progress-<story id>.txt", a
 * checked text file written atomically; a damaged one is set aside as
 * *.corrupt and progress starts again empty, never a crash. */
#ifndef ATTUNE_PROGRESS_H
#define ATTUNE_PROGRESS_H

#include <stdbool.h>
#include <stdint.h>

enum {
    PROGRESS_MAX_ID = 127,         /* longest id (beat, choice, ending) in bytes */
    PROGRESS_MAX_TITLE = 255,      /* longest ending title in bytes */
    PROGRESS_MAX_ENTRIES = 100000, /* beats + choices + endings, all told */
    PROGRESS_MAX_ENDINGS = 1000,
};

typedef struct Progress Progress;

/* The progress of story `story_id` (letters a-z, digits, '_' and '-') kept in
 * folder `dir` (may be NULL: nothing kept). Empty when there is no file, or
 * when it was damaged (then set aside, and logged). A bad story id gives an
 * empty progress that refuses to be saved. NULL only when out of memory.
 * Caller frees with progress_destroy(). */
Progress *progress_load(const char *dir, const char *story_id);
/* NULL is a no-op. */
void progress_destroy(Progress *p);
/* Write it to "<dir>progress-<story id>.txt" atomically. False (logged) when
 * the folder is not writable, or the story id or the file found at load was
 * unusable (so that a file we could not read is never overwritten). */
bool progress_save(Progress *p, const char *dir);

const char *progress_story_id(const Progress *p);

/* Marks. Ids are 1..PROGRESS_MAX_ID bytes with no control characters; other
 * ids, and marks beyond PROGRESS_MAX_ENTRIES (or PROGRESS_MAX_ENDINGS), are
 * ignored. */
void progress_mark_seen(Progress *p, const char *beat_id);
bool progress_seen(const Progress *p, const char *beat_id);
int progress_seen_count(const Progress *p);

void progress_mark_chosen(Progress *p, const char *choice_id);
bool progress_chosen(const Progress *p, const char *choice_id);
int progress_chosen_count(const Progress *p);

/* Reaching an ending again counts it again; a non-empty `title` (cut to
 * PROGRESS_MAX_TITLE bytes, on one line) replaces the one kept. */
void progress_mark_ending(Progress *p, const char *ending_id, const char *title);
/* Endings in the order they were first reached; out of range gives NULL/0. */
int progress_ending_count(const Progress *p);
const char *progress_ending_id(const Progress *p, int i);
const char *progress_ending_title(const Progress *p, int i);
int progress_ending_times(const Progress *p, int i);
/* Index of `ending_id`, or -1 when it was never reached. */
int progress_ending_find(const Progress *p, const char *ending_id);

/* A play began or reached an ending, at `now` (seconds since the epoch). */
void progress_start_play(Progress *p, int64_t now);
void progress_finish_play(Progress *p, int64_t now);
int progress_plays_started(const Progress *p);
int progress_plays_finished(const Progress *p);
/* 0 when never played. */
int64_t progress_last_played(const Progress *p);

#endif
