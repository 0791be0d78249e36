/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* A route through a story, as a writer names it on a command line or in a
 * script: the answers to give, one step each, by the number shown, by the
 * answer's id or by its kind, each maybe after its beat ("kitchen:attune").
 * Layer: core (story.h's plain data only). The one reader of a road for
 * every command that follows one: play --text, render, the game's input
 * scripts. */
#ifndef ATTUNE_ROUTE_H
#define ATTUNE_ROUTE_H

#include "attune/story.h"
#include "attune/strbuf.h"

#include <stdbool.h>
#include <stddef.h>

enum { ROUTE_MAX_STEPS = 4096 };

/* What a step may name. */
typedef enum RouteWhat {
    ROUTE_ANY,     /* a number shown, an answer id or a kind (--path, typed lines) */
    ROUTE_KINDS,   /* a kind only (--kinds) */
    ROUTE_NUMBERS, /* a number shown only (--choices) */
} RouteWhat;

typedef struct Route {
    RouteWhat what;
    int n;
    char **step; /* each step as written, blanks around it trimmed */
} Route;

/* Read `spec`, steps separated by commas ("kitchen:attune, snap:repair").
 * False with why (size wn) on an empty step or too many; `r` is then empty.
 * Free with route_free(). */
bool route_parse(Route *r, const char *spec, RouteWhat what, char *why, size_t wn);
void route_free(Route *r);

/* The display index (0-based) of the answer that `step` names in view `v`,
 * read as `what` says:
 *   "3"              the answer shown third (not after a beat);
 *   "kitchen.reflect" an answer's id;
 *   "attune"         the one answer of that kind (two of it: ambiguous);
 *   "kitchen:X"      X (an id, the id "kitchen.X", or a kind) at beat
 *                    kitchen: the play must be there.
 * `kinds` (may be NULL) tells a misspelt kind from a kind the beat lacks.
 * -1 with why (size wn) when it names no answer, an ambiguous one or one out
 * of reach; why then lists what the beat offers (number, id, kind). */
int route_find(const StoryView *v, const Kinds *kinds, const char *step, RouteWhat what, char *why,
               size_t wn);

/* The step that names answer `index` of `v` again, for a road to print and
 * give back: "kitchen:attune" when its kind is the only one of it there,
 * else "kitchen:reflect" for an id "kitchen.reflect", else "kitchen:ID". */
void route_name(const StoryView *v, int index, char *out, size_t n);

typedef enum RouteResult {
    ROUTE_OK,
    ROUTE_BAD_STEP,    /* a step named no answer, an ambiguous or unavailable one: why */
    ROUTE_STORY_ERROR, /* the story failed: err */
} RouteResult;

/* Give the answers of `r` to `s`, from where it is, step after step. Each
 * step taken is added to `road` (may be NULL) as route_name gives it, after
 * " → " when `road` is not empty. On ROUTE_BAD_STEP, why (size wn) says which
 * step and what the beat offers. */
RouteResult route_follow(Story *s, const Route *r, StrBuf *road, char *why, size_t wn,
                         StoryError *err);

#endif
