/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* What the binding's two files share: the Story itself and the steps of a
 * load. Private to engine/script/ (story.c runs a story, story_tools.c the
 * writer's tools over it). Layer: the script binding. */
#ifndef ATTUNE_STORY_INTERNAL_H
#define ATTUNE_STORY_INTERNAL_H

#include "attune/story_tools.h"
#include "sandbox.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Strings owned by a view or a step, freed together. `failed` is set when
 * a string could not be kept (out of memory) and stays set until the pool
 * is freed: a reader fills a whole view, then asks once (as ferror). */
typedef struct StrPool {
    char **items;
    int n, cap;
    bool failed;
} StrPool;

enum { STORY_NAMED_MAX = 128 };
/* The largest story.lua or included file, and music file, a story may have. */
#define STORY_FILE_MAX (16u * 1024 * 1024)
#define STORY_MUSIC_MAX (64u * 1024 * 1024)

struct Story {
    Sandbox sb;
    char dir[1024];
    char lib_dir[1024];
    char file[1100]; /* the story file, as shown in messages */
    uint64_t seed;
    int run_ref;    /* registry ref of the runtime's Run object */
    int story_ref;  /* registry ref of the finished story table (for the tools) */
    StoryRef *refs; /* story_refs() results */
    StrPool refs_pool;
    int n_refs;
    const char *source; /* story text given directly (story_load_text), or NULL */
    size_t source_len;
    StoryInfo info;
    StrPool info_pool;
    Kinds kinds; /* rules.lua's kinds: info.kinds points here */
    StoryView view;
    StrPool view_pool;
    StoryStep *steps;
    StrPool step_pool;
    int n_steps, cap_steps;
    /* The pictures and music the story named, and where each was found
     * (NULL: refused or missing): looked up once, and a refusal reported
     * once, not at every step. */
    struct {
        char *name, *path;
    } named[STORY_NAMED_MAX];
    int n_named;
    int warnings;  /* warnings printed by bind_print_diags (for check's summary) */
    char lang[16]; /* the translation it was loaded with ("" for the English) */
};

/* Run `fn` inside one protected call (story.c, "guard"): its return value,
 * or `failed` when the Lua API ran out of memory (with `err` set). */
typedef int (*GuardedFn)(Story *s, void *ctx, StoryError *err);
int bind_guard(Story *s, GuardedFn fn, void *ctx, int failed, StoryError *err);

/* A new, empty Story for `dir` (its sandbox open), or NULL. */
Story *bind_new(const char *dir, const char *lib_dir, uint64_t seed);
void bind_destroy(Story *s);
/* Load the library and declare the story, leaving the story table on top;
 * every diagnostic printed to `out` when given, errors counted in *errors. */
bool bind_declare(Story *s, StoryError *err, FILE *out, int *errors);
/* Push the story's files as the engine compiled them: a list of
 * { name = "story.lua" (relative to the story's folder), src = text },
 * story.lua first, the others by name. */
void bind_push_sources(Story *s);
/* Start the declared story (on top of the stack) as story_load does. */
bool bind_start(Story *s, StoryError *err);
/* The error on top of the stack into `err` (file, line, message). */
void bind_report(Story *s, StoryError *err);
void bind_set_error(StoryError *err, const char *file, int line, const char *msg);
/* Print the diagnostics list on top of the stack; fill `first` with the
 * first error. Returns how many errors. */
int bind_print_diags(Story *s, lua_State *L, FILE *out, StoryError *first);
/* Fields of the table at `idx`: a string kept in `pool`, an integer. */
const char *bind_field_str(lua_State *L, int idx, const char *key, StrPool *pool);
int bind_field_int(lua_State *L, int idx, const char *key);
void bind_pool_free(StrPool *p);

#endif
