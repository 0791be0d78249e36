/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The kinds of answer, as scripts/lib/attune/rules.lua names them: each
 * kind's label ("Attuning") and whether it counts as attuned. Layer: C
 * engine, plain data (no SDL, no Lua). rules.lua owns every word and flag
 * here: engine/script/story.c copies them into a Kinds once a story is
 * loaded (story_info()->kinds), and the session keeps a copy for its record
 * and report. Nothing in C knows a kind by name. */
#ifndef ATTUNE_KINDS_H
#define ATTUNE_KINDS_H

#include <stdbool.h>

enum { KINDS_MAX = 16, KINDS_ID_MAX = 32, KINDS_LABEL_MAX = 64 };

/* How the rules count a kind: attuned (rules.ATTUNED), a miss that opens a
 * rupture (rules.MISATTUNED), or neither (`steady`: about the helper, not the
 * relationship). What the screens draw for a kind follows it. */
typedef enum KindTone { KIND_NEITHER, KIND_ATTUNED, KIND_MISSED } KindTone;

typedef struct Kind {
    char id[KINDS_ID_MAX];       /* "attune_boundary" */
    char label[KINDS_LABEL_MAX]; /* "Attuning, holding a limit" */
    KindTone tone;
} Kind;

/* A fixed-size table, so it is copied by assignment and never allocates. */
typedef struct Kinds {
    int n;
    Kind kind[KINDS_MAX];
} Kinds;

/* Add kind `id` with its label. False (nothing added) when the table is full
 * or the id or label is empty or too long for it. */
bool kinds_add(Kinds *k, const char *id, const char *label, KindTone tone);

/* The label of `kind`; the kind id itself when `k` does not know it (a record
 * read back from an older save or session, a NULL table); "" for NULL. Never
 * NULL; valid while `k` and `kind` are. */
const char *kinds_label(const Kinds *k, const char *kind);
/* Whether `kind` counts as attuned; false for an unknown kind and for NULL. */
bool kinds_attuned(const Kinds *k, const char *kind);
/* How the rules count `kind`; KIND_NEITHER for an unknown kind and for NULL. */
KindTone kinds_tone(const Kinds *k, const char *kind);

#endif
