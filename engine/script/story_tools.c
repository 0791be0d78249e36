/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The writer's tools over a loaded story: `attune check` (every diagnostic,
 * then what only the whole graph shows), what a story refers to, the graph
 * and the simulator -- each a call into scripts/lib/attune/tools.lua under
 * one protected call. Layer: the script binding. */
#include "story_internal.h"
#include "attune/alloc.h"
#include "attune/log.h"

#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The checks of story_check_load, under bind_guard(): the number of errors. */
static int check_guarded(Story *s, void *ctx, StoryError *err)
{
    FILE *out = ctx;
    int errors = 0;
    if (!bind_declare(s, err, out, &errors)) {
        if (errors == 0) {
            if (out)
                fprintf(out, "%s:%d: error: %s\n", err->file, err->line, err->message);
            errors = 1;
        }
        return errors;
    }
    /* What only the whole graph shows: lib.tools.deep_check(story). The
     * library's own checks over the whole graph, not a load the game makes:
     * past the load's ceiling, on the tools' budget (SANDBOX_TOOL_*). */
    sandbox_ceiling(&s->sb, 0);
    lua_State *L = s->sb.L;
    int story = lua_gettop(L);
    lua_getfield(L, LUA_REGISTRYINDEX, "attune.lib"); /* stack: story lib */
    lua_getfield(L, -1, "tools");                     /* stack: story lib tools */
    lua_getfield(L, -1, "deep_check");                /* stack: story lib tools deep_check */
    lua_pushvalue(L, story);                          /* stack: ... deep_check story */
    sandbox_arm(&s->sb, SANDBOX_TOOL_INSTRUCTIONS, SANDBOX_TOOL_MS);
    if (sandbox_pcall(&s->sb, 1, 1) != LUA_OK) { /* stack: story lib tools message */
        bind_report(s, err);
        if (out)
            fprintf(out, "%s:%d: error: %s\n", err->file, err->line, err->message);
        errors++;
    } else { /* stack: story lib tools diags */
        errors += bind_print_diags(s, L, out, NULL);
        lua_pop(L, 1);
    }
    /* No errors: start it, for the checks that play it (and for the caller). */
    lua_settop(L, story); /* stack: story */
    if (errors == 0 && !bind_start(s, err)) {
        if (out)
            fprintf(out, "%s:%d: error: %s\n", err->file, err->line, err->message);
        errors++;
    }
    return errors;
}

Story *story_check_load(const char *dir, const char *lib_dir, void *out_file, int *errors_out)
{
    return story_check_load_counted(dir, lib_dir, out_file, errors_out, NULL);
}

Story *story_check_load_counted(const char *dir, const char *lib_dir, void *out_file,
                                int *errors_out, int *warnings_out)
{
    FILE *out = out_file;
    Story *s = bind_new(dir, lib_dir, 1);
    *errors_out = 0;
    if (warnings_out)
        *warnings_out = 0;
    if (!s) {
        if (out)
            fprintf(out, "%s: error: out of memory\n", dir);
        *errors_out = 1;
        return NULL;
    }
    StoryError err;
    sandbox_ceiling(&s->sb, SANDBOX_WHOLE_LOAD_MS);
    int errors = bind_guard(s, check_guarded, out, -1, &err);
    if (errors < 0) { /* the Lua API ran out of memory between the checks */
        if (out)
            fprintf(out, "%s:%d: error: %s\n", err.file, err.line, err.message);
        errors = 1;
    }
    sandbox_ceiling(&s->sb, 0);
    *errors_out = errors;
    if (warnings_out)
        *warnings_out = s->warnings;
    if (errors) {
        bind_destroy(s);
        return NULL;
    }
    return s;
}

int story_check(const char *dir, const char *lib_dir, void *out_file)
{
    int errors = 0;
    bind_destroy(story_check_load(dir, lib_dir, out_file, &errors));
    return errors;
}

/* Call lib.tools.<name>(story, ...) with `nargs` arguments already pushed,
 * under a budget big enough for a whole simulation. */
static int call_tool(Story *s, const char *name, int nargs, int nres)
{
    lua_State *L = s->sb.L;
    ATTUNE_ASSERT(s->story_ref != LUA_NOREF && lua_gettop(L) >= nargs);
    lua_getfield(L, LUA_REGISTRYINDEX, "attune.lib"); /* stack: args lib */
    lua_getfield(L, -1, "tools");                     /* stack: args lib tools */
    lua_getfield(L, -1, name);                        /* stack: args lib tools fn */
    lua_remove(L, -2);                                /* stack: args lib fn */
    lua_remove(L, -2);                                /* stack: args fn */
    lua_rawgeti(L, LUA_REGISTRYINDEX, s->story_ref);  /* stack: args fn story */
    lua_rotate(L, -2 - nargs, 2);                     /* stack: fn story args */
    /* Tools play the story thousands of times: minutes, not milliseconds.
     * The simulator re-arms for each play (lib.rearm). */
    sandbox_arm(&s->sb, 4000000000L, 600000);
    return sandbox_pcall(&s->sb, nargs + 1, nres);
}

static int refs_guarded(Story *s, void *ctx, StoryError *err)
{
    const StoryRef **out = ctx;
    lua_State *L = s->sb.L;
    if (call_tool(s, "refs", 0, 1) != LUA_OK) { /* stack: message */
        bind_report(s, err);
        return -1;
    }
    /* stack: refs */
    bind_pool_free(&s->refs_pool);
    attune_free(s->refs);
    int n = (int)lua_rawlen(L, -1);
    s->refs = attune_calloc((size_t)(n ? n : 1), sizeof *s->refs);
    s->n_refs = 0;
    for (int i = 1; s->refs && i <= n; i++) {
        lua_rawgeti(L, -1, i);
        int t = lua_gettop(L);
        ATTUNE_ASSERT(s->n_refs < n);
        StoryRef *r = &s->refs[s->n_refs++];
        r->what = bind_field_str(L, t, "what", &s->refs_pool);
        r->id = bind_field_str(L, t, "id", &s->refs_pool);
        r->value = bind_field_str(L, t, "value", &s->refs_pool);
        r->file = bind_field_str(L, t, "file", &s->refs_pool);
        r->line = bind_field_int(L, t, "line");
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    if (!s->refs || s->refs_pool.failed) {
        log_error("story", "out of memory listing what '%s' refers to", s->file);
        return -1;
    }
    *out = s->refs;
    return s->n_refs;
}

int story_refs(Story *s, const StoryRef **out)
{
    ATTUNE_ASSERT(s != NULL && out != NULL);
    *out = NULL;
    StoryError err;
    return bind_guard(s, refs_guarded, out, -1, &err);
}

static int graph_guarded(Story *s, void *ctx, StoryError *err)
{
    char **dot = ctx;
    lua_State *L = s->sb.L;
    if (call_tool(s, "graph", 0, 1) != LUA_OK) { /* stack: message */
        bind_report(s, err);
        return 0;
    }
    *dot = str_dup(lua_tostring(L, -1)); /* stack: text */
    lua_pop(L, 1);
    if (!*dot)
        bind_set_error(err, s->file, 0, "out of memory");
    return *dot != NULL;
}

char *story_graph(Story *s, StoryError *err)
{
    ATTUNE_ASSERT(s != NULL);
    char *dot = NULL;
    bind_guard(s, graph_guarded, &dot, 0, err);
    return dot;
}

typedef struct Voice {
    int warnings;
    FILE *out;
} Voice;

static int voice_guarded(Story *s, void *ctx, StoryError *err)
{
    Voice *v = ctx;
    lua_State *L = s->sb.L;
    if (call_tool(s, "voice", 0, 2) != LUA_OK) { /* stack: message */
        bind_report(s, err);
        return 0;
    }
    /* stack: report diags. The table first, then its warnings. */
    log_puts(v->out, lua_tostring(L, -2));
    int before = s->warnings;
    bind_print_diags(s, L, v->out, NULL);
    v->warnings = s->warnings - before;
    lua_pop(L, 2);
    return 1;
}

bool story_voice(Story *s, void *out_file, int *warnings, StoryError *err)
{
    ATTUNE_ASSERT(s != NULL && out_file != NULL && warnings != NULL);
    Voice v = {0, out_file};
    bool ok = bind_guard(s, voice_guarded, &v, 0, err) == 1;
    *warnings = v.warnings;
    return ok;
}

typedef struct Simulation {
    const char *strategy;
    int runs;
    uint64_t seed;
    bool full, *passed;
    long long *choices;
    char *report;
} Simulation;

static int simulate_guarded(Story *s, void *ctx, StoryError *err)
{
    Simulation *m = ctx;
    lua_State *L = s->sb.L;
    lua_pushstring(L, m->strategy);                                /* stack: strategy */
    lua_pushinteger(L, m->runs);                                   /* stack: strategy runs */
    lua_pushinteger(L, (lua_Integer)(m->seed & 0x7FFFFFFFFFFFLL)); /* ... seed */
    lua_pushboolean(L, m->full);                                   /* ... seed full */
    if (call_tool(s, "simulate", 4, 3) != LUA_OK) {                /* stack: message */
        bind_report(s, err);
        return 0;
    }
    /* stack: report passed choices */
    m->report = str_dup(lua_tostring(L, -3));
    *m->passed = lua_toboolean(L, -2);
    *m->choices = (long long)lua_tointeger(L, -1);
    lua_pop(L, 3);
    if (!m->report)
        bind_set_error(err, s->file, 0, "out of memory");
    return m->report != NULL;
}

void story_cancel_on(const atomic_bool *flag)
{
    sandbox_cancel_on(flag);
}

char *story_simulate(Story *s, const char *strategy, int runs, uint64_t seed, bool full,
                     bool *passed, long long *choices, StoryError *err)
{
    ATTUNE_ASSERT(s != NULL && strategy != NULL && passed != NULL && choices != NULL);
    Simulation m = {strategy, runs, seed, full, passed, choices, NULL};
    bind_guard(s, simulate_guarded, &m, 0, err);
    return m.report;
}

typedef struct RoadSearch {
    const char *target;
    char **steps;
    int n;
} RoadSearch;

static int road_guarded(Story *s, void *ctx, StoryError *err)
{
    RoadSearch *r = ctx;
    lua_State *L = s->sb.L;
    lua_pushstring(L, r->target);               /* stack: target */
    if (call_tool(s, "road", 1, 2) != LUA_OK) { /* stack: message */
        bind_report(s, err);
        return -1;
    }
    if (lua_isnil(L, -2)) { /* stack: nil why */
        bind_set_error(err, s->file, -1, lua_isstring(L, -1) ? lua_tostring(L, -1) : "no road");
        lua_pop(L, 2);
        return -1;
    }
    lua_pop(L, 1); /* stack: path */
    int n = (int)lua_rawlen(L, -1);
    r->steps = attune_calloc((size_t)(n ? n : 1), sizeof *r->steps);
    for (int i = 1; r->steps && i <= n; i++) {
        lua_rawgeti(L, -1, i); /* stack: path step */
        lua_rawgeti(L, -1, 1); /* stack: path step beat */
        lua_rawgeti(L, -2, 2); /* stack: path step beat id */
        const char *beat = lua_tostring(L, -2), *id = lua_tostring(L, -1);
        size_t len = strlen(beat ? beat : "") + strlen(id ? id : "") + 2;
        char *step = attune_malloc(len);
        if (step)
            snprintf(step, len, "%s:%s", beat ? beat : "", id ? id : "");
        r->steps[r->n++] = step;
        lua_pop(L, 3); /* stack: path */
        if (!step)
            break;
    }
    lua_pop(L, 1);
    if (!r->steps || (r->n && !r->steps[r->n - 1])) {
        bind_set_error(err, s->file, 0, "out of memory");
        return -1;
    }
    return r->n;
}

int story_road(Story *s, const char *target, char ***steps, StoryError *err)
{
    ATTUNE_ASSERT(s != NULL && target != NULL && steps != NULL);
    RoadSearch r = {target, NULL, 0};
    int n = bind_guard(s, road_guarded, &r, -1, err);
    if (n < 0) {
        story_road_free(r.steps, r.n);
        r.steps = NULL;
    }
    *steps = r.steps;
    return n;
}

void story_road_free(char **steps, int n)
{
    for (int i = 0; steps && i < n; i++)
        attune_free(steps[i]);
    attune_free(steps);
}

/* lib.translate.<fn>(files, ...) with `nargs` more arguments already pushed:
 * the files of the story first (bind_push_sources). */
static int call_translate(Story *s, const char *fn, int nargs, int nres)
{
    lua_State *L = s->sb.L;
    bind_push_sources(s);                             /* stack: args files */
    lua_rotate(L, -1 - nargs, 1);                     /* stack: files args */
    lua_getfield(L, LUA_REGISTRYINDEX, "attune.lib"); /* stack: files args lib */
    lua_getfield(L, -1, "translate");
    lua_getfield(L, -1, fn); /* stack: files args lib translate fn */
    lua_remove(L, -2);
    lua_remove(L, -2);            /* stack: files args fn */
    lua_rotate(L, -2 - nargs, 1); /* stack: fn files args */
    sandbox_arm(&s->sb, SANDBOX_TOOL_INSTRUCTIONS, SANDBOX_TOOL_MS);
    return sandbox_pcall(&s->sb, nargs + 1, nres);
}

typedef struct Extract {
    const char *lang, *old, *old_shown;
    size_t old_len;
    FILE *out;
    char *summary;
    size_t summary_size;
    char *text;
} Extract;

static int extract_guarded(Story *s, void *ctx, StoryError *err)
{
    Extract *x = ctx;
    lua_State *L = s->sb.L;
    lua_pushstring(L, s->info.id ? s->info.id : "story");
    lua_pushstring(L, x->lang);
    if (x->old)
        lua_pushlstring(L, x->old, x->old_len);
    else
        lua_pushnil(L);
    lua_pushstring(L, x->old_shown ? x->old_shown : "");
    if (call_translate(s, "extract_text", 4, 3) != LUA_OK) { /* stack: message */
        bind_report(s, err);
        return 0;
    } /* stack: text summary diags */
    bind_print_diags(s, L, x->out, NULL);
    str_copy(x->summary, lua_tostring(L, -2) ? lua_tostring(L, -2) : "", x->summary_size);
    size_t len = 0;
    const char *t = lua_tolstring(L, -3, &len);
    x->text = attune_malloc(len + 1);
    if (!x->text) {
        bind_set_error(err, s->file, 0, "out of memory");
        return 0;
    }
    memcpy(x->text, t, len + 1);
    return 1;
}

char *story_translate_extract(Story *s, const char *lang, const char *old, size_t old_len,
                              const char *old_shown, void *out_file, char *summary,
                              size_t summary_size, StoryError *err)
{
    ATTUNE_ASSERT(s != NULL && lang != NULL && out_file != NULL && summary != NULL);
    Extract x = {lang, old, old_shown, old_len, out_file, summary, summary_size, NULL};
    summary[0] = '\0';
    if (bind_guard(s, extract_guarded, &x, 0, err) != 1) {
        attune_free(x.text);
        return NULL;
    }
    return x.text;
}

typedef struct TranslateCheck {
    const char *lang, *po, *po_shown;
    size_t po_len;
    FILE *out;
    char *summary;
    size_t summary_size;
    int errors, warnings;
} TranslateCheck;

static int translate_check_guarded(Story *s, void *ctx, StoryError *err)
{
    TranslateCheck *c = ctx;
    lua_State *L = s->sb.L;
    lua_pushlstring(L, c->po, c->po_len);
    lua_pushstring(L, c->po_shown);
    lua_pushstring(L, s->dir);
    lua_pushstring(L, c->lang);
    if (call_translate(s, "check_text", 4, 3) != LUA_OK) { /* stack: message */
        bind_report(s, err);
        return -1;
    } /* stack: diags summary work */
    int work = (int)lua_tointeger(L, -1);
    str_copy(c->summary, lua_tostring(L, -2) ? lua_tostring(L, -2) : "", c->summary_size);
    lua_pop(L, 2);
    int before = s->warnings;
    c->errors = bind_print_diags(s, L, c->out, NULL);
    c->warnings = s->warnings - before;
    lua_pop(L, 1);
    return work;
}

int story_translate_check(Story *s, const char *lang, const char *po, size_t po_len,
                          const char *po_shown, void *out_file, char *summary, size_t summary_size,
                          int *errors, int *warnings, StoryError *err)
{
    ATTUNE_ASSERT(s != NULL && lang != NULL && po != NULL && out_file != NULL && errors != NULL &&
                  warnings != NULL);
    TranslateCheck c = {lang, po, po_shown, po_len, out_file, summary, summary_size, 0, 0};
    summary[0] = '\0';
    int work = bind_guard(s, translate_check_guarded, &c, -1, err);
    *errors = c.errors;
    *warnings = c.warnings;
    return work;
}
