/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Roads left through rewind. Layer: core. Every string is a copy owned
 * here, so a road outlives the Lua state it was read from. */
#include "attune/roads.h"
#include "attune/alloc.h"
#include "attune/log.h"

#include <stdlib.h>
#include <string.h>

static void road_free(Road *rd)
{
    for (int i = 0; i < rd->n; i++) {
        attune_free(rd->ids[i]);
        attune_free(rd->text[i]);
        attune_free(rd->kind[i]);
    }
    attune_free(rd->ids);
    attune_free(rd->text);
    attune_free(rd->kind);
    attune_free(rd->connection);
    attune_free(rd->ending);
    memset(rd, 0, sizeof *rd);
}

void roads_clear(Roads *r)
{
    for (int i = 0; i < r->n; i++)
        road_free(&r->road[i]);
    memset(r, 0, sizeof *r);
}

/* Is road `a` (n answers) the same as, or the start of, road `b`? */
static bool road_prefix(char *const *a, int n, const Road *b)
{
    if (n > b->n)
        return false;
    for (int i = 0; i < n; i++)
        if (strcmp(a[i], b->ids[i]) != 0)
            return false;
    return true;
}

bool roads_keep(Roads *r, const Story *s)
{
    int n = story_history_count(s);
    if (n == 0)
        return true;
    if (n > SAVE_MAX_PATH)
        n = SAVE_MAX_PATH; /* as much as a save can hold */
    Road rd;
    memset(&rd, 0, sizeof rd);
    rd.ids = attune_calloc((size_t)n, sizeof *rd.ids);
    rd.text = attune_calloc((size_t)n, sizeof *rd.text);
    rd.kind = attune_calloc((size_t)n, sizeof *rd.kind);
    rd.connection = attune_calloc((size_t)n, sizeof *rd.connection);
    if (!rd.ids || !rd.text || !rd.kind || !rd.connection) {
        road_free(&rd);
        return false;
    }
    for (int i = 0; i < n; i++) {
        const StoryStep *st = story_history(s, i);
        rd.ids[i] = str_dup(st->choice_id ? st->choice_id : "");
        rd.text[i] = str_dup(st->text ? st->text : "");
        rd.kind[i] = str_dup(st->kind ? st->kind : "");
        rd.connection[i] = st->connection;
        rd.n = i + 1;
        if (!rd.ids[i] || !rd.text[i] || !rd.kind[i]) {
            road_free(&rd);
            return false;
        }
    }
    const StoryView *v = story_view(s);
    if (v->is_ending)
        rd.ending = str_dup(v->title ? v->title : v->beat_id);
    /* A road already kept, or one that only goes part of the way of a kept one. */
    for (int i = 0; i < r->n; i++)
        if (road_prefix(rd.ids, rd.n, &r->road[i])) {
            road_free(&rd);
            return true;
        }
    /* A kept road that this one goes further along replaces it. */
    for (int i = 0; i < r->n; i++)
        if (road_prefix(r->road[i].ids, r->road[i].n, &rd)) {
            /* ...and it is now the newest: the last to be dropped. */
            road_free(&r->road[i]);
            memmove(&r->road[i], &r->road[i + 1], (size_t)(r->n - i - 1) * sizeof r->road[0]);
            r->road[r->n - 1] = rd;
            return true;
        }
    if (r->n == ROADS_MAX) {
        road_free(&r->road[0]);
        memmove(&r->road[0], &r->road[1], (size_t)(ROADS_MAX - 1) * sizeof r->road[0]);
        r->n--;
    }
    ATTUNE_ASSERT(r->n < ROADS_MAX);
    r->road[r->n++] = rd;
    return true;
}

int roads_fork(const Roads *r, int i, const char *const *ids, int n)
{
    ATTUNE_ASSERT(r != NULL && i >= 0 && i < r->n && (n == 0 || ids != NULL));
    const Road *rd = &r->road[i];
    int k = 0;
    while (k < n && k < rd->n && strcmp(ids[k], rd->ids[k]) == 0)
        k++;
    return k;
}

const UiRoad *roads_to_ui(Roads *r, const Story *s, int *n)
{
    int len = story_history_count(s);
    const char *ids[SAVE_MAX_PATH];
    if (len > SAVE_MAX_PATH)
        len = SAVE_MAX_PATH;
    for (int i = 0; i < len; i++)
        ids[i] = story_history(s, i)->choice_id;
    int k = 0;
    for (int i = 0; i < r->n; i++) {
        const Road *rd = &r->road[i];
        int fork = roads_fork(r, i, ids, len);
        if (fork >= rd->n)
            continue; /* the road now taken goes the same way */
        r->ui[k] = (UiRoad){fork,
                            rd->n,
                            rd->connection,
                            (const char *const *)rd->kind,
                            (const char *const *)rd->text,
                            rd->ending};
        k++;
    }
    *n = k;
    return r->ui;
}

void roads_to_save(const Roads *r, SaveData *d)
{
    while (d->n_roads > 0)
        save_data_drop_road(d, d->n_roads - 1);
    for (int i = 0; i < r->n; i++)
        save_data_add_road(d, (const char *const *)r->road[i].ids, r->road[i].n);
}

void roads_from_save(Roads *r, const SaveData *d, const char *lib_dir)
{
    roads_clear(r);
    for (int i = 0; i < d->n_roads; i++) {
        StoryError err;
        Story *s = story_load(d->story_dir, lib_dir, d->seed, &err);
        if (!s)
            return;
        char *ids[SAVE_MAX_PATH];
        char *copy = str_dup(d->roads[i]);
        int n = copy ? save_road_split(copy, ids, SAVE_MAX_PATH) : 0;
        if (n > SAVE_MAX_PATH)
            n = -1; /* longer than a save can hold: not from a real save */
        int done = n > 0 ? story_replay(s, (const char *const *)ids, n, &err) : -1;
        if (n > 0 && done == n)
            roads_keep(r, s);
        else
            log_debug("roads", "a road of the save no longer exists in the story; left out");
        attune_free(copy);
        story_destroy(s);
    }
}
