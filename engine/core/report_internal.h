/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* What the two report writers share (session_report.c): a growing string,
 * story prose without markup, whole seconds, and the group's choices
 * counted. Layer: core, plain data (no SDL, no Lua). Private to
 * session_report.c, report_json.c and report_html.c. */
#ifndef ATTUNE_REPORT_INTERNAL_H
#define ATTUNE_REPORT_INTERNAL_H

#include "attune/log.h"
#include "attune/session.h"
#include "attune/strbuf.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Story prose as it reads, without *emphasis* and [[link]] markup (caller
 * frees); NULL for NULL, or when out of memory (then *oom is set). */
char *report_prose(const char *s, bool *oom);

/* Whether an ending was reached (and recorded). */
bool report_has_ending(const Session *s);
/* Milliseconds as whole seconds, rounded. */
long long report_secs(long long ms);
/* The session's length: from its start to the ending, or to the last thing done. */
long long report_session_ms(const Session *s);

/* What the group chose, counted. */
typedef struct Tally {
    int attuned, opened, repaired;
    int n_kinds;
    const char *kinds[64];
    int counts[64];
} Tally;
void report_tally(const Session *s, Tally *t);
/* With two people: the ruptures opened with each and the repairs of each
 * (into arrays of STORY_MAX_PEOPLE). The tally's opened and repaired are
 * their sums then. */
void report_person_counts(const Session *s, int *opened, int *repaired);

#endif
