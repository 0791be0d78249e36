/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Workshop resume: the record a workshop keeps in the save folder after each
 * decision, reveal, pause and road (workshop-last.txt, beside the report's
 * workshop-last.json and .html), read back after a crash or a power cut so
 * the session can go on from its last decision.
 * Layer: core, plain data and the story's C API (no SDL, no Lua).
 * The record holds what the story cannot give again -- the seed, the answer
 * chosen at each decision by its stable id, the votes, who decided, what was
 * revealed, the timings and pauses, the roads not taken by their answers'
 * ids -- and nothing personal. Resuming plays the answers through the story
 * again, so every word in the restored session is the story's own.
 * The format is one fact a line ("decision 3 the-line steady-1 majority 1
 * ..."), words %-escaped; a line the writer did not finish (no newline) is
 * not read, and what comes before it stands. */
#ifndef ATTUNE_RESUME_H
#define ATTUNE_RESUME_H

#include "attune/session.h"
#include "attune/story.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A session is offered for resuming this long after its last record. */
enum { RESUME_MAX_AGE_S = 24 * 60 * 60 };

typedef struct ResumeDecision {
    char *beat, *chosen; /* the beat's id and the chosen answer's id */
    SessionDecidedBy by;
    bool revealed;
    long long shown_at, decided_at, discussion_ms, vote_timer_ms; /* ms, as in Session */
    int n_votes;
    int votes[STORY_MAX_CHOICES];
    int phone[STORY_MAX_CHOICES]; /* of those, from phones */
} ResumeDecision;

typedef struct ResumeRoad {
    int from;     /* the decision (index) it left the group's road at */
    long long ms; /* how long the detour took */
    int n_ids;
    char **ids; /* the answers taken on it, the first the one tried instead */
} ResumeRoad;

typedef struct ResumeRecord {
    char *story_id, *story_title;
    uint64_t seed;
    char date[32];           /* the day the session began */
    long long saved;         /* when the record was written (seconds since 1970) */
    long long elapsed_ms;    /* the session's length then */
    long long discussion_ms; /* pauses outside any decision */
    int phones_joined;       /* the most phones joined, 0 when none */
    int n_resumed;
    char resumed[SESSION_MAX_RESUMED][8];
    bool finished; /* an ending was reached or the facilitator ended it */
    bool complete; /* the record's last line was read: nothing was cut */
    int n_decisions;
    ResumeDecision *decisions;
    int n_roads;
    ResumeRoad *roads;
} ResumeRecord;

/* The record of session `s` (its story run with `seed`), written at `now`
 * on the session's clock and `saved` (seconds since 1970); `finished` when it
 * is not to be resumed. The session's length is taken to `now` (or to its
 * last event, when later): a road not taken, say, is time spent too. A new
 * string (caller frees), or NULL when out of memory. */
char *resume_record_text(const Session *s, uint64_t seed, bool finished, long long now,
                         long long saved);

/* Read a record from `text` (len bytes). Lines it does not know are skipped;
 * the first damaged line, and anything after it, is not read. False when it
 * is not a record at all (no header) or memory ran out. */
bool resume_parse(const char *text, size_t len, ResumeRecord *r);
/* The same from the file at `path` (a regular file of at most 4 MB). */
bool resume_load(const char *path, ResumeRecord *r);
void resume_record_free(ResumeRecord *r);

/* Whether `r` is worth offering at `now` (seconds since 1970): unfinished, at
 * least one decision, at most RESUME_MAX_AGE_S old (and not from the future
 * by more than a minute: a clock set back does not bring old ones back). */
bool resume_offerable(const ResumeRecord *r, long long now);

/* Rebuild the session of record `r` on `story` (just loaded from `dir` with
 * the record's seed; `lib_dir` as for story_load): each decision's answer is
 * chosen again and recorded with its votes, timings and pauses; each road
 * not taken is played again on its own copy of the story. The clock goes on
 * from the record's length at `now`: the time the interruption took is not
 * counted. On success `s` holds the session (session_free it), the story
 * stands just after the last decision, and *held (when given) is a copy of
 * the view that decision was made on (free it). False with `why` (size n) in
 * words when the story no longer plays the same (a beat or an answer is
 * gone); `s` is then empty. */
bool resume_restore(const ResumeRecord *r, Story *story, const char *dir, const char *lib_dir,
                    Session *s, StoryView **held, long long now, char *why, size_t n);

#endif
