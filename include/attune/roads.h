/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Roads: the plays a player left through rewind, kept so the history and
 * the debrief can show both roads. Layer: core. A road is a copy of the
 * steps of a play (what was said, its kind, the connection after it) and the
 * stable ids of its answers; the road now taken is the story's own history. */
#ifndef ATTUNE_ROADS_H
#define ATTUNE_ROADS_H

#include "attune/save.h"
#include "attune/ui_model.h"
#include "attune/story.h"

enum { ROADS_MAX = 8 };

typedef struct Road {
    int n;
    char **ids;  /* stable answer ids */
    char **text; /* what the player said */
    char **kind;
    int *connection; /* after each answer */
    char *ending;    /* the ending's title it reached, or NULL */
} Road;

typedef struct Roads {
    int n;
    Road road[ROADS_MAX];
    /* for roads_to_ui: the shared part with the road now taken */
    UiRoad ui[ROADS_MAX];
} Roads;

/* Forget every road. */
void roads_clear(Roads *r);

/* Keep the play of `s` so far as a road left behind. A road equal to one
 * already kept, or to the start of one, is not kept twice; when all
 * ROADS_MAX are taken the oldest goes. False only when out of memory. */
bool roads_keep(Roads *r, const Story *s);

/* How many answers road `i` shares with the path `ids` (n of them). */
int roads_fork(const Roads *r, int i, const char *const *ids, int n);

/* The roads for the debrief, measured against the road now taken in `s`;
 * the result stays valid until `r` changes. */
const UiRoad *roads_to_ui(Roads *r, const Story *s, int *n);

/* Store the roads' answer ids in a save, and rebuild the roads from one by
 * replaying each in a fresh copy of the story (story folder `dir`, library
 * `lib_dir`). Roads that no longer replay (the story changed) are dropped. */
void roads_to_save(const Roads *r, SaveData *d);
void roads_from_save(Roads *r, const SaveData *d, const char *lib_dir);

#endif
