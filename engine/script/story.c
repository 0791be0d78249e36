/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The bridge between the engine and a story: loads the story library and a
 * story into a sandbox, asks the runtime for the view as a Lua table, and
 * copies it into plain C data. Layer: the script binding (the only C with a
 * lua_State). Invariant: after a failed call the C view is left as it was;
 * the caller shows the error and drops the story. */
#include "attune/story_tools.h"
#include "attune/alloc.h"
#include "attune/log.h"
#include "attune/paths.h"
#include "attune/picture_limits.h"
#include "attune/save.h"
#include "attune/utf8.h"
#include "sandbox.h"

#include <ctype.h>
#include <limits.h>
#include <lauxlib.h>
#include <libintl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "story_internal.h"

static const char *pool_add(StrPool *p, const char *s)
{
    if (!s)
        return NULL;
    if (p->n == p->cap) {
        int cap = p->cap ? p->cap * 2 : 32;
        char **ni = attune_realloc(p->items, (size_t)cap * sizeof *ni);
        if (!ni) {
            p->failed = true;
            return NULL;
        }
        p->items = ni;
        p->cap = cap;
    }
    char *d = str_dup(s);
    if (!d) {
        p->failed = true;
        return NULL;
    }
    ATTUNE_ASSERT(p->n < p->cap);
    p->items[p->n++] = d;
    return d;
}

static void pool_clear(StrPool *p)
{
    for (int i = 0; i < p->n; i++)
        attune_free(p->items[i]);
    p->n = 0;
}

void bind_pool_free(StrPool *p)
{
    pool_clear(p);
    attune_free(p->items);
    p->items = NULL;
    p->failed = false;
    p->cap = 0;
}

/* Whether `file` and the `n` bytes at `other` name the same file, either
 * possibly cut by Lua to "...tail" (short_src). */
static bool same_file(const char *file, const char *other, size_t n)
{
    size_t fl = strlen(file);
    if (fl == n)
        return strncmp(file, other, n) == 0;
    if (fl > 3 && strncmp(file, "...", 3) == 0 && fl - 3 < n)
        return strncmp(file + 3, other + n - (fl - 3), fl - 3) == 0;
    if (n > 3 && strncmp(other, "...", 3) == 0 && n - 3 < fl)
        return strncmp(other + 3, file + fl - (n - 3), n - 3) == 0;
    return false;
}

/* Fill `err` from a Lua message "file:line: text" (or plain text). */
static void error_from_message(StoryError *err, const char *msg, const char *fallback_file)
{
    if (!err)
        return;
    memset(err, 0, sizeof *err);
    if (!msg)
        msg = "unknown error";
    /* Only the first line: the rest is the traceback, for stderr. */
    size_t first = strcspn(msg, "\n");
    const char *colon = NULL;
    for (const char *p = msg; p < msg + first; p++) {
        if (*p != ':' || !isdigit((unsigned char)p[1]))
            continue;
        const char *q = p + 1;
        while (isdigit((unsigned char)*q))
            q++;
        if (*q == ':') {
            colon = p;
            break;
        }
    }
    if (colon) {
        size_t fl = (size_t)(colon - msg);
        if (fl >= sizeof err->file)
            fl = sizeof err->file - 1;
        memcpy(err->file, msg, fl);
        err->file[fl] = '\0';
        err->line = atoi(colon + 1);
        const char *text = strchr(colon + 1, ':') + 1;
        while (*text == ' ')
            text++;
        /* coroutine.wrap puts the caller's position in front of an error
         * from inside the coroutine ("f:6: f:4: boom", the outer one cut to
         * "...tail" when the path is long): keep the innermost position of
         * the same file, where the error was, and its full file name. */
        for (;;) {
            const char *q = text;
            while (q < msg + first && *q != ':')
                q++;
            size_t il = (size_t)(q - text);
            if (q >= msg + first || !isdigit((unsigned char)q[1]) ||
                !same_file(err->file, text, il))
                break;
            const char *r = q + 1;
            while (isdigit((unsigned char)*r))
                r++;
            if (*r != ':')
                break;
            if (il > strlen(err->file) && il < sizeof err->file) {
                memcpy(err->file, text, il);
                err->file[il] = '\0';
            }
            err->line = atoi(q + 1);
            text = r + 1;
            while (*text == ' ')
                text++;
        }
        size_t tl = (size_t)(msg + first - text);
        if (tl >= sizeof err->message)
            tl = sizeof err->message - 1;
        memcpy(err->message, text, tl);
        err->message[tl] = '\0';
    } else {
        str_copy(err->file, fallback_file, sizeof err->file);
        size_t tl = first < sizeof err->message ? first : sizeof err->message - 1;
        memcpy(err->message, msg, tl);
        err->message[tl] = '\0';
    }
}

void bind_set_error(StoryError *err, const char *file, int line, const char *msg)
{
    if (!err)
        return;
    memset(err, 0, sizeof *err);
    str_copy(err->file, file, sizeof err->file);
    err->line = line;
    str_copy(err->message, msg, sizeof err->message);
}

/* Report a failed pcall: the message (with traceback) to stderr for the
 * writer, its first line into `err` for the player. Pops the message. */
void bind_report(Story *s, StoryError *err)
{
    lua_State *L = s->sb.L;
    const char *msg = lua_tostring(L, -1);
    log_error("story", "%s", msg ? msg : "(no message)");
    error_from_message(err, msg, s->file);
    lua_pop(L, 1);
}

/* Load scripts/lib/attune/<name>.lua with the library table as its argument
 * and store its result in lib[name]. Expects lib on top of the stack. */
static bool load_lib_module(Story *s, const char *name, StoryError *err)
{
    lua_State *L = s->sb.L;
    char path[1200], shown[64];
    snprintf(shown, sizeof shown, "lib/attune/%s.lua", name);
    if (!paths_join(path, sizeof path, s->lib_dir, shown + 11)) {
        bind_set_error(err, shown, 0, "path too long");
        return false;
    }
    if (sandbox_load_file(&s->sb, path, shown) != LUA_OK) {
        bind_report(s, err);
        return false;
    }
    lua_pushvalue(L, -2);
    sandbox_arm(&s->sb, SANDBOX_LOAD_INSTRUCTIONS, SANDBOX_LOAD_MS);
    if (sandbox_pcall(&s->sb, 1, 1) != LUA_OK) {
        bind_report(s, err);
        return false;
    }
    lua_setfield(L, -2, name);
    return true;
}

/* Longest text handed to the engine (bytes). Text computed by a story's
 * function can be anything; beyond this it is cut at a character boundary
 * and ended with "…", so no text can swamp the layout. */
enum { STORY_TEXT_MAX = 4000 };

const char *bind_field_str(lua_State *L, int idx, const char *key, StrPool *pool)
{
    const char *r = NULL;
    if (lua_getfield(L, idx, key) == LUA_TSTRING) {
        size_t len = 0;
        const char *v = lua_tolstring(L, -1, &len);
        if (len <= STORY_TEXT_MAX && strlen(v) == len) {
            r = pool_add(pool, v);
        } else {
            char cut[STORY_TEXT_MAX + 8];
            size_t n = strnlen(v, len < STORY_TEXT_MAX ? len : STORY_TEXT_MAX);
            n = utf8_boundary(v, n); /* back to the start of a character */
            memcpy(cut, v, n);
            memcpy(cut + n, "…", sizeof "…");
            r = pool_add(pool, cut);
        }
    }
    lua_pop(L, 1);
    return r;
}

/* An integer field: 0 when absent or not a number. A story's function can
 * compute anything, so a float is cut toward zero, NaN is 0 and every value
 * is clamped to int before a cast that would overflow (undefined in C). */
int bind_field_int(lua_State *L, int idx, const char *key)
{
    int isnum = 0;
    lua_getfield(L, idx, key);
    lua_Integer v = lua_tointegerx(L, -1, &isnum);
    if (!isnum) {
        lua_Number f = lua_tonumberx(L, -1, &isnum);
        v = !isnum || f != f           ? 0
            : f >= (lua_Number)INT_MAX ? INT_MAX
            : f <= (lua_Number)INT_MIN ? INT_MIN
                                       : (lua_Integer)f;
    }
    lua_pop(L, 1);
    return v > INT_MAX ? INT_MAX : v < INT_MIN ? INT_MIN : (int)v;
}

static bool field_bool(lua_State *L, int idx, const char *key)
{
    lua_getfield(L, idx, key);
    bool b = lua_toboolean(L, -1);
    lua_pop(L, 1);
    return b;
}

/* A file the story names, by the one folder rule (paths_resolve_inside):
 * in the story's folder first, then in the game's `assets` folder. A file in
 * the story's folder that is refused (a link out of it, a pipe, too large)
 * is not looked for elsewhere: the writer meant that one. */
static bool find_named(const Story *s, const char *rel, const char *assets, size_t max, char *out,
                       size_t n, char *why, size_t wn)
{
    bool missing = false;
    if (strstr(rel, "..")) {
        snprintf(why, wn, "names a file outside the story's folder ('..')");
        return false;
    }
    if (paths_resolve_inside(s->dir, rel, max, out, n, why, wn, &missing))
        return true;
    if (!missing)
        return false;
    char dir[1200];
    if (paths_join(dir, sizeof dir, paths_data_dir(), assets) &&
        paths_resolve_inside(dir, rel, max, out, n, why, wn, &missing))
        return true;
    if (missing)
        snprintf(why, wn, "not found (looked in the story's folder and %s)", assets);
    return false;
}

bool story_find_image(const Story *s, const char *rel, char *out, size_t n, char *why, size_t wn)
{
    if (!rel || !*rel || rel[0] == '/') {
        snprintf(why, wn, "is not a path inside the story's folder");
        return false;
    }
    return find_named(s, rel, "assets/images", PICTURE_MAX_BYTES, out, n, why, wn);
}

bool story_find_music(const Story *s, const char *name, char *out, size_t n, char *why, size_t wn)
{
    char file[300];
    if (!name || !*name || strchr(name, '/') || strlen(name) > 200) {
        snprintf(why, wn, "is not the name of a music file (a .ogg file, without '.ogg')");
        return false;
    }
    snprintf(file, sizeof file, "%s.ogg", name);
    return find_named(s, file, "assets/audio", STORY_MUSIC_MAX, out, n, why, wn);
}

/* Where a picture or music the story names is, looked up once per name. */
static const char *resolve_named(Story *s, const char *what, const char *rel, StrPool *pool)
{
    if (!rel || !*rel)
        return NULL;
    char key[300];
    snprintf(key, sizeof key, "%s:%s", what, rel);
    for (int i = 0; i < s->n_named; i++)
        if (strcmp(s->named[i].name, key) == 0)
            return pool_add(pool, s->named[i].path);
    char path[PATH_MAX], why[PATH_MAX + 200];
    bool music = strcmp(what, "music") == 0;
    bool ok = music ? story_find_music(s, rel, path, sizeof path, why, sizeof why)
                    : story_find_image(s, rel, path, sizeof path, why, sizeof why);
    if (!ok)
        log_error("story", "%s: %s '%s' %s; the story goes on without it", s->file, what, rel, why);
    if (s->n_named < STORY_NAMED_MAX) {
        /* Out of memory: remember nothing, and look it up again next time. */
        char *name = str_dup(key);
        char *found = ok ? str_dup(path) : NULL;
        if (name && (found || !ok)) {
            s->named[s->n_named].name = name;
            s->named[s->n_named].path = found;
            s->n_named++;
        } else {
            attune_free(name);
            attune_free(found);
        }
    }
    return ok ? pool_add(pool, path) : NULL;
}

static const char *resolve_image(Story *s, const char *rel, StrPool *pool)
{
    return resolve_named(s, "picture", rel, pool);
}

static const char *resolve_music(Story *s, const char *name, StrPool *pool)
{
    return resolve_named(s, "music", name, pool);
}

/* Read a history/feedback step table at `idx`. */
static void read_step(lua_State *L, int idx, StoryStep *st, StrPool *pool, const Kinds *kinds)
{
    memset(st, 0, sizeof *st);
    st->beat = bind_field_str(L, idx, "beat", pool);
    st->choice_id = bind_field_str(L, idx, "choice", pool);
    st->text = bind_field_str(L, idx, "text", pool);
    st->kind = bind_field_str(L, idx, "kind", pool);
    st->inner = bind_field_str(L, idx, "inner", pool);
    st->why = bind_field_str(L, idx, "why", pool);
    st->speaker = bind_field_str(L, idx, "speaker", pool);
    st->said = bind_field_str(L, idx, "said", pool);
    st->cue = bind_field_str(L, idx, "cue", pool);
    st->state = bind_field_str(L, idx, "state", pool);
    st->state_word = bind_field_str(L, idx, "state_word", pool);
    st->connection = bind_field_int(L, idx, "connection");
    st->steadiness = bind_field_int(L, idx, "steadiness");
    st->dconn = bind_field_int(L, idx, "dconn");
    st->open_ruptures = bind_field_int(L, idx, "open_ruptures");
    st->opened = field_bool(L, idx, "opened");
    st->repaired = field_bool(L, idx, "repaired");
    st->deepened = field_bool(L, idx, "deepened");
    st->flooded = field_bool(L, idx, "flooded");
    st->rule = bind_field_str(L, idx, "rule", pool);
    st->steadiness_before = bind_field_int(L, idx, "steadiness_before");
    st->steady = bind_field_str(L, idx, "steady", pool);
    st->label = kinds_label(kinds, st->kind);
    st->tone = kinds_tone(kinds, st->kind);
    st->to = bind_field_str(L, idx, "to", pool);
    st->took_sides = field_bool(L, idx, "took_sides");
    if (lua_getfield(L, idx, "people") == LUA_TTABLE) { /* stack: step people */
        int n = (int)lua_rawlen(L, -1);
        if (n > STORY_MAX_PEOPLE)
            n = STORY_MAX_PEOPLE;
        for (int i = 0; i < n; i++) {
            lua_rawgeti(L, -1, i + 1); /* stack: step people person */
            int p = lua_gettop(L);
            StoryStepPerson *sp = &st->people[i];
            sp->id = bind_field_str(L, p, "id", pool);
            sp->name = bind_field_str(L, p, "name", pool);
            sp->kind = bind_field_str(L, p, "kind", pool);
            sp->label = sp->kind ? kinds_label(kinds, sp->kind) : "";
            sp->tone = kinds_tone(kinds, sp->kind);
            sp->inner = bind_field_str(L, p, "inner", pool);
            sp->state = bind_field_str(L, p, "state", pool);
            sp->state_word = bind_field_str(L, p, "state_word", pool);
            sp->connection = bind_field_int(L, p, "connection");
            sp->dconn = bind_field_int(L, p, "dconn");
            sp->open_ruptures = bind_field_int(L, p, "open_ruptures");
            sp->opened = field_bool(L, p, "opened");
            sp->deepened = field_bool(L, p, "deepened");
            sp->repaired = field_bool(L, p, "repaired");
            lua_pop(L, 1);
        }
        st->n_people = n;
    }
    lua_pop(L, 1);
}

/* Call run:<method>(args...) under the call budget. The Run object and the
 * method are pushed here; `nargs` arguments must already be on the stack. */
static int call_run(Story *s, const char *method, int nargs, int nres)
{
    lua_State *L = s->sb.L;
    ATTUNE_ASSERT(s->run_ref != LUA_NOREF && lua_gettop(L) >= nargs);
    lua_rawgeti(L, LUA_REGISTRYINDEX, s->run_ref); /* stack: args run */
    lua_getfield(L, -1, method);                   /* stack: args run fn */
    lua_insert(L, -2 - nargs);                     /* stack: fn args run */
    lua_insert(L, -1 - nargs);                     /* stack: fn run args */
    sandbox_arm(&s->sb, SANDBOX_CALL_INSTRUCTIONS, SANDBOX_CALL_MS);
    return sandbox_pcall(&s->sb, nargs + 1, nres);
}

/* Refresh the C view from run:view(). */
static bool refresh_view(Story *s, StoryError *err)
{
    lua_State *L = s->sb.L;
    if (call_run(s, "view", 0, 1) != LUA_OK) {
        bind_report(s, err);
        return false;
    }
    StrPool fresh = {0};
    StoryView v;
    memset(&v, 0, sizeof v);
    int t = lua_gettop(L);      /* stack: view */
    lua_getfield(L, t, "kind"); /* stack: view kind */
    v.is_ending = lua_isstring(L, -1) && strcmp(lua_tostring(L, -1), "ending") == 0;
    lua_pop(L, 1);
    v.beat_id = bind_field_str(L, t, "beat", &fresh);
    v.speaker = bind_field_str(L, t, "speaker", &fresh);
    v.text = bind_field_str(L, t, "text", &fresh);
    v.cue = bind_field_str(L, t, "cue", &fresh);
    v.name = bind_field_str(L, t, "name", &fresh);
    v.state = bind_field_str(L, t, "state", &fresh);
    v.state_word = bind_field_str(L, t, "state_word", &fresh);
    v.title = bind_field_str(L, t, "title", &fresh);
    v.verdict = bind_field_str(L, t, "verdict", &fresh);
    v.reason = bind_field_str(L, t, "reason", &fresh);
    v.reflect = bind_field_str(L, t, "reflect", &fresh);
    v.note = bind_field_str(L, t, "note", &fresh);
    lua_getfield(L, t, "background");
    v.background = resolve_image(s, lua_tostring(L, -1), &fresh);
    lua_pop(L, 1);
    lua_getfield(L, t, "portrait");
    v.portrait = resolve_image(s, lua_tostring(L, -1), &fresh);
    lua_pop(L, 1);
    lua_getfield(L, t, "feedback_portrait");
    v.feedback_portrait = resolve_image(s, lua_tostring(L, -1), &fresh);
    lua_pop(L, 1);
    lua_getfield(L, t, "music");
    v.music = resolve_music(s, lua_tostring(L, -1), &fresh);
    lua_pop(L, 1);
    v.connection = bind_field_int(L, t, "connection");
    v.steadiness = bind_field_int(L, t, "steadiness");
    v.open_ruptures = bind_field_int(L, t, "open_ruptures");
    v.flooded = field_bool(L, t, "flooded");
    if (lua_getfield(L, t, "choices") == LUA_TTABLE) {
        int n = (int)lua_rawlen(L, -1); /* stack: view choices */
        if (n > STORY_MAX_CHOICES)
            n = STORY_MAX_CHOICES;
        for (int i = 0; i < n; i++) {
            lua_rawgeti(L, -1, i + 1); /* stack: view choices choice */
            int c = lua_gettop(L);
            v.choices[i].text = bind_field_str(L, c, "text", &fresh);
            v.choices[i].enabled = field_bool(L, c, "enabled");
            v.choices[i].hint = bind_field_str(L, c, "hint", &fresh);
            v.choices[i].id = bind_field_str(L, c, "id", &fresh);
            v.choices[i].kind = bind_field_str(L, c, "kind", &fresh);
            v.choices[i].why = bind_field_str(L, c, "why", &fresh);
            v.choices[i].inner = bind_field_str(L, c, "inner", &fresh);
            v.choices[i].next = bind_field_str(L, c, "next", &fresh);
            v.choices[i].label = kinds_label(&s->kinds, v.choices[i].kind);
            v.choices[i].tone = kinds_tone(&s->kinds, v.choices[i].kind);
            v.choices[i].to = bind_field_str(L, c, "to", &fresh);
            v.choices[i].other = bind_field_str(L, c, "other", &fresh);
            if (v.choices[i].other) {
                v.choices[i].other_label = kinds_label(&s->kinds, v.choices[i].other);
                v.choices[i].other_tone = kinds_tone(&s->kinds, v.choices[i].other);
            }
            if (!v.choices[i].text)
                v.choices[i].text = pool_add(&fresh, "…");
            lua_pop(L, 1);
        }
        v.n_choices = n;
    }
    lua_pop(L, 1);
    if (lua_getfield(L, t, "people") == LUA_TTABLE) { /* stack: view people */
        int n = (int)lua_rawlen(L, -1);
        if (n > STORY_MAX_PEOPLE)
            n = STORY_MAX_PEOPLE;
        for (int i = 0; i < n; i++) {
            lua_rawgeti(L, -1, i + 1); /* stack: view people person */
            int p = lua_gettop(L);
            StoryPerson *vp = &v.people[i];
            vp->id = bind_field_str(L, p, "id", &fresh);
            vp->name = bind_field_str(L, p, "name", &fresh);
            vp->state = bind_field_str(L, p, "state", &fresh);
            vp->state_word = bind_field_str(L, p, "state_word", &fresh);
            vp->connection = bind_field_int(L, p, "connection");
            vp->open_ruptures = bind_field_int(L, p, "open_ruptures");
            vp->present = field_bool(L, p, "present");
            lua_getfield(L, p, "portrait");
            vp->portrait = resolve_image(s, lua_tostring(L, -1), &fresh);
            lua_pop(L, 1);
            lua_getfield(L, p, "feedback_portrait");
            vp->feedback_portrait = resolve_image(s, lua_tostring(L, -1), &fresh);
            lua_pop(L, 2); /* stack: view people */
        }
        v.n_people = n;
    }
    lua_pop(L, 1);
    if (lua_getfield(L, t, "feedback") == LUA_TTABLE) { /* stack: view feedback */
        v.has_feedback = true;
        read_step(L, lua_gettop(L), &v.feedback, &fresh, &s->kinds);
    }
    lua_pop(L, 2);      /* stack: (as before the call) */
    if (fresh.failed) { /* the old view stays */
        bind_pool_free(&fresh);
        bind_set_error(err, s->file, 0, "out of memory");
        return false;
    }
    bind_pool_free(&s->view_pool);
    s->view_pool = fresh;
    s->view = v;
    return true;
}

/* Append history steps the runtime has that C does not yet. False when
 * out of memory: the steps copied so far stay, the rest are not. */
static bool sync_history(Story *s)
{
    lua_State *L = s->sb.L;
    lua_rawgeti(L, LUA_REGISTRYINDEX, s->run_ref);
    lua_getfield(L, -1, "history");
    int n = (int)lua_rawlen(L, -1);
    for (int i = s->n_steps; i < n; i++) {
        if (s->n_steps == s->cap_steps) {
            int cap = s->cap_steps ? s->cap_steps * 2 : 32;
            StoryStep *ns = attune_realloc(s->steps, (size_t)cap * sizeof *ns);
            if (!ns)
                break;
            s->steps = ns;
            s->cap_steps = cap;
        }
        lua_rawgeti(L, -1, i + 1); /* stack: run history step */
        read_step(L, lua_gettop(L), &s->steps[s->n_steps], &s->step_pool, &s->kinds);
        lua_pop(L, 1); /* stack: run history */
        if (s->step_pool.failed)
            break; /* this step is not counted; its strings go with the pool */
        s->n_steps++;
    }
    lua_pop(L, 2); /* stack: (as it was) */
    return s->n_steps == n;
}

/* Copy the fields read_info needs into a plain table. The info table is the
 * writer's own `story { ... }` table and may carry metamethods (__index), so
 * it is read here, under sandbox_pcall and its budget; read straight from C
 * after the call, a looping __index hung the game and an erroring one
 * panicked Lua and aborted it (fixtures hostile-info-loop, hostile-info-error). */
static int copy_info(lua_State *L)
{
    static const char *const keys[] = {"id",           "title", "relationship", "summary",
                                       "content_note", "you",   "minutes",      NULL};
    lua_newtable(L);
    for (const char *const *k = keys; *k; k++) {
        lua_getfield(L, 1, *k);
        lua_setfield(L, -2, *k);
    }
    return 1;
}

/* Fill the Kinds (upvalue 1) from rules.kind_table(), the one list of the
 * kinds, their labels and which count as attuned. Run under sandbox_pcall,
 * like copy_info: the library's tables are read under the budget too. */
static int read_kinds(lua_State *L)
{
    Kinds *k = lua_touserdata(L, lua_upvalueindex(1));
    lua_getfield(L, LUA_REGISTRYINDEX, "attune.lib"); /* lib */
    lua_getfield(L, -1, "rules");                     /* lib rules */
    lua_getfield(L, -1, "kind_table");                /* lib rules kind_table */
    lua_call(L, 0, 1);                                /* lib rules list */
    luaL_checktype(L, -1, LUA_TTABLE);
    int n = (int)luaL_len(L, -1);
    for (int i = 1; i <= n; i++) {
        lua_geti(L, -1, i);           /* list entry */
        lua_getfield(L, -1, "id");    /* list entry id */
        lua_getfield(L, -2, "label"); /* list entry id label */
        lua_getfield(L, -3, "tone");  /* list entry id label tone */
        const char *id = lua_tostring(L, -3), *label = lua_tostring(L, -2);
        const char *tone = lua_tostring(L, -1);
        KindTone t = !tone                          ? KIND_NEITHER
                     : strcmp(tone, "attuned") == 0 ? KIND_ATTUNED
                     : strcmp(tone, "missed") == 0  ? KIND_MISSED
                                                    : KIND_NEITHER;
        if (!kinds_add(k, id, label, t))
            return luaL_error(L,
                              "rules.kind_table(): kind %d has no id or label, or there are "
                              "more than %d kinds",
                              i, (int)KINDS_MAX);
        lua_pop(L, 4); /* list */
    }
    return 0;
}

static void read_info(Story *s, lua_State *L, int idx)
{
    StoryInfo *in = &s->info;
    in->id = bind_field_str(L, idx, "id", &s->info_pool);
    in->title = bind_field_str(L, idx, "title", &s->info_pool);
    in->relationship = bind_field_str(L, idx, "relationship", &s->info_pool);
    in->summary = bind_field_str(L, idx, "summary", &s->info_pool);
    in->content_note = bind_field_str(L, idx, "content_note", &s->info_pool);
    in->you = bind_field_str(L, idx, "you", &s->info_pool);
    in->minutes = bind_field_int(L, idx, "minutes");
}

enum { STORY_MAX_INCLUDES = 64 };

/* The largest story file whose text is kept for the checks' messages
 * (lib.source): a real story is far smaller; a larger one keeps its
 * messages at the beats' lines. */
enum { STORY_SOURCE_KEPT = 1 << 20 };

/* The text of line `line` (1-based) of `buf`: its start, and its length
 * in *n (without the line break). NULL past the end. */
static const char *line_of(const char *buf, size_t len, int line, size_t *n)
{
    const char *p = buf, *end = buf + len;
    for (int l = 1; l < line; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return NULL;
        p = nl + 1;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *n = (size_t)((nl ? nl : end) - p);
    return p;
}

/* The last character of a line's code: before a `--` comment that is not
 * inside a quoted string, and before trailing spaces. 0 for a line with no
 * code (blank, or only a comment). */
static char last_code_char(const char *p, size_t n)
{
    char quote = 0, last = 0;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (quote) {
            if (c == '\\')
                i++;
            else if (c == quote)
                quote = 0;
            last = c;
        } else if (c == '-' && i + 1 < n && p[i + 1] == '-') {
            break;
        } else if (c == '"' || c == '\'') {
            quote = c;
            last = c;
        } else if (!isspace((unsigned char)c)) {
            last = c;
        }
    }
    return last;
}

/* Lua reports a comma missing between two fields of a table as a brace
 * never closed: "'}' expected (to close '{' at line 5) near 'why'", at the
 * line of the word after the gap. When that word starts its line and the
 * code line before it ends a field without a comma, the message on top of
 * the stack becomes "missing comma after line 11? (Lua: ...)"; when it is
 * inside its line, "missing comma before 'why' on line 12?". A brace really
 * left open (Lua stops at the next beat, ending or the end of the file)
 * keeps Lua's words. */
static void syntax_hint(lua_State *L, const char *buf, size_t len)
{
    const char *msg = lua_tostring(L, -1);
    const char *what = msg ? strstr(msg, ": '}' expected") : NULL;
    if (!what)
        return;
    const char *d = what;
    while (d > msg && isdigit((unsigned char)d[-1]))
        d--;
    if (d == what || d == msg || d[-1] != ':')
        return;
    int line = atoi(d);
    const char *near = strstr(what, " near '");
    const char *close = near ? strrchr(near + 7, '\'') : NULL;
    if (!close)
        return;
    near += 7;
    char tok[64];
    size_t tl = (size_t)(close - near);
    if (tl == 0 || tl >= sizeof tok)
        return;
    memcpy(tok, near, tl);
    tok[tl] = '\0';
    static const char *const opens_anew[] = {"<eof>", "beat",    "ending", "character",
                                             "story", "include", "local",  "function",
                                             "end",   "return",  NULL};
    for (const char *const *w = opens_anew; *w; w++)
        if (strcmp(tok, *w) == 0)
            return;
    size_t n = 0;
    const char *text = line_of(buf, len, line, &n);
    if (!text)
        return;
    size_t lead = 0;
    while (lead < n && isspace((unsigned char)text[lead]))
        lead++;
    char hint[160];
    if (n - lead >= tl && strncmp(text + lead, tok, tl) == 0) {
        /* The word starts its line: the comma belongs at the end of the
         * last line of code before it. */
        int prev = line - 1;
        char last = 0;
        for (; prev >= 1; prev--) {
            size_t pn = 0;
            const char *pt = line_of(buf, len, prev, &pn);
            if (pt && (last = last_code_char(pt, pn)) != 0)
                break;
        }
        if (prev < 1 || strchr(",;{([=", last))
            return;
        snprintf(hint, sizeof hint, "missing comma after line %d?", prev);
    } else {
        snprintf(hint, sizeof hint, "missing comma before '%s' on line %d?", tok, line);
    }
    lua_pushfstring(L, "%s (Lua: %s)", hint, what + 2);
    /* stack: message hint-text; put the file and line back in front */
    lua_pushlstring(L, msg, (size_t)(what + 2 - msg)); /* stack: message hint prefix */
    lua_rotate(L, -2, 1);                              /* stack: message prefix hint */
    lua_concat(L, 2);                                  /* stack: message new */
    lua_remove(L, -2);                                 /* stack: new */
}

/* Compile the story text `buf` as the chunk `name` (stack: + chunk or
 * message), keeping the text in the registry's "attune.sources" for
 * lib.source, and naming a missing comma where Lua sees an unclosed brace
 * (syntax_hint). Returns the Lua status. */
/* The language stories load in (story_set_language). */
static char story_lang[16];

void story_set_language(const char *code)
{
    story_lang[0] = '\0';
    if (!code || !*code || strcmp(code, "en") == 0 || strcmp(code, "C") == 0)
        return;
    /* a plain code only ("de", "pt_BR"): it names a file in the story */
    size_t n = 0;
    for (; code[n] && n + 1 < sizeof story_lang; n++)
        if (!isalnum((unsigned char)code[n]) && code[n] != '_' && code[n] != '-')
            break;
    memcpy(story_lang, code, n);
    story_lang[n] = '\0';
}

const char *story_language(void)
{
    return story_lang;
}

const char *story_loaded_language(const Story *s)
{
    return s ? s->lang : "";
}

/* The string at lightuserdata 1, length 2 (under lua_pcall). */
static int l_push_text(lua_State *L)
{
    lua_pushlstring(L, lua_touserdata(L, 1), (size_t)lua_tointeger(L, 2));
    return 1;
}

/* translate.apply(text, catalogue, file) on the text at lightuserdata 1,
 * length 2, with the catalogue at 3 and the file's name in the story's
 * folder ("story.lua", "scenes/garden.lua") at lightuserdata 4: run under
 * lua_pcall, so running out of memory midway is an error returned, never a
 * jump past the caller's buffer. */
static int l_apply_translation(lua_State *L)
{
    const char *buf = lua_touserdata(L, 1);
    size_t len = (size_t)lua_tointeger(L, 2);
    lua_pushstring(L, lua_touserdata(L, 4));
    lua_replace(L, 4);
    lua_getfield(L, LUA_REGISTRYINDEX, "attune.lib");
    lua_getfield(L, -1, "translate");
    lua_getfield(L, -1, "apply"); /* stack: buf len cat file lib translate apply */
    lua_pushlstring(L, buf, len);
    lua_pushvalue(L, 3);
    lua_pushvalue(L, 4);
    lua_call(L, 3, 1);
    if (!lua_isstring(L, -1))
        return luaL_error(L, "no text");
    return 1;
}

/* With a translation loaded (registry "attune.catalogue"), push the text
 * of `buf` with its lines translated (lib.translate.apply), every line kept
 * where it was; else push nothing and return false. A failure leaves the
 * English, logged. */
static bool translated_source(Story *s, const char *buf, size_t len, const char *name)
{
    /* its name in the story's folder: ids of an included file's lines start with it */
    size_t dlen = strlen(s->dir);
    const char *rel =
        strncmp(name, s->dir, dlen) == 0 && name[dlen] == '/' ? name + dlen + 1 : "story.lua";
    lua_State *L = s->sb.L;
    if (!lua_checkstack(L, 8))
        return false;
    if (lua_getfield(L, LUA_REGISTRYINDEX, "attune.catalogue") != LUA_TTABLE) {
        lua_pop(L, 1);
        return false;
    } /* stack: cat */
    lua_pushcfunction(L, l_apply_translation);
    lua_pushlightuserdata(L, (void *)buf);
    lua_pushinteger(L, (lua_Integer)len);
    lua_pushvalue(L, -4); /* stack: cat f buf len cat */
    lua_pushlightuserdata(L, (void *)rel);
    if (lua_pcall(L, 4, 1, 0) != LUA_OK) {
        log_error("story", "%s: the translation could not be applied: %s", s->file,
                  lua_isstring(L, -1) ? lua_tostring(L, -1) : "error");
        lua_pop(L, 2);
        return false;
    } /* stack: cat text */
    lua_remove(L, -2);
    return true;
}

static int load_source(Story *s, const char *buf, size_t len, const char *name)
{
    lua_State *L = s->sb.L;
    int rc;
    if (translated_source(s, buf, len, name)) { /* stack: text */
        size_t tlen = 0;
        const char *t = lua_tolstring(L, -1, &tlen);
        rc = sandbox_load_buffer(&s->sb, t, tlen, name); /* stack: text chunk|message */
        lua_remove(L, -2);
    } else {
        rc = sandbox_load_buffer(&s->sb, buf, len, name);
    }
    if (rc == LUA_ERRSYNTAX) {
        syntax_hint(L, buf, len);
    } else if (rc == LUA_OK && len <= STORY_SOURCE_KEPT) {
        if (lua_getfield(L, LUA_REGISTRYINDEX, "attune.sources") != LUA_TTABLE) {
            lua_pop(L, 1);
            lua_newtable(L);
            lua_pushvalue(L, -1);
            lua_setfield(L, LUA_REGISTRYINDEX, "attune.sources");
        } /* stack: chunk sources */
        lua_pushlstring(L, buf, len);
        lua_setfield(L, -2, name);
        lua_pop(L, 1); /* stack: chunk */
    }
    return rc;
}

/* Load a file of the story that paths_resolve_inside() passed, as the chunk
 * `name`: read through paths_read_regular, so it is checked again on the
 * open file (still a plain file, not swapped for a pipe or a link). Pushes
 * the chunk or an error message; returns the Lua status. */
static int load_story_file(Story *s, const char *path, const char *name)
{
    char why[300];
    size_t len = 0;
    char *buf = paths_read_regular(path, STORY_FILE_MAX, &len, why, sizeof why);
    if (!buf) {
        lua_pushfstring(s->sb.L, "%s: %s", name, why);
        return LUA_ERRFILE;
    }
    /* The text as a Lua string, made under a protected call and `buf` freed
     * at once: nothing after can jump past it (out of memory in Lua raises). */
    lua_State *L = s->sb.L;
    lua_pushcfunction(L, l_push_text);
    lua_pushlightuserdata(L, buf);
    lua_pushinteger(L, (lua_Integer)len);
    int rc = lua_pcall(L, 2, 1, 0); /* stack: text | message */
    attune_free(buf);
    if (rc != LUA_OK)
        return rc;
    const char *text = lua_tolstring(L, -1, &len);
    rc = load_source(s, text, len, name); /* stack: text chunk|message */
    lua_remove(L, -2);
    return rc;
}

/* include "scenes/garden.lua": run another file of the story in the same
 * environment. Only files inside the story's own folder: a relative path of
 * plain names, no "..", and no symlink that leads out. Upvalues: the Story,
 * the story's environment, the set of files already included. */
static int l_story_include(lua_State *L)
{
    const char *rel = luaL_checkstring(L, 1);
    Story *s = lua_touserdata(L, lua_upvalueindex(1));
    size_t n = strlen(rel);
    bool ok = n > 4 && n < 200 && rel[0] != '/' && strcmp(rel + n - 4, ".lua") == 0 &&
              !strstr(rel, "..") && !strstr(rel, "//");
    for (const char *c = rel; ok && *c; c++)
        ok = isalnum((unsigned char)*c) || strchr("_-./", *c);
    if (!ok)
        return luaL_error(L,
                          "include \"%s\": name a .lua file inside the story's folder, "
                          "e.g. include \"scenes/garden.lua\"",
                          rel);
    char path[PATH_MAX], why[PATH_MAX + 200];
    bool missing = false;
    if (!paths_resolve_inside(s->dir, rel, STORY_FILE_MAX, path, sizeof path, why, sizeof why,
                              &missing))
        return luaL_error(L, "include \"%s\": %s", rel,
                          missing ? "there is no such file in the story's folder" : why);
    /* Upvalues: the story, its environment, the files included so far. */
    lua_getfield(L, lua_upvalueindex(3), rel); /* stack: rel included[rel] */
    if (lua_toboolean(L, -1))
        return luaL_error(L, "include \"%s\": this file is already included (an include loop?)",
                          rel);
    lua_pop(L, 1); /* stack: rel */
    if (lua_rawlen(L, lua_upvalueindex(3)) >= STORY_MAX_INCLUDES)
        return luaL_error(L, "include: more than %d files", STORY_MAX_INCLUDES);
    lua_pushboolean(L, 1);                     /* stack: rel true */
    lua_setfield(L, lua_upvalueindex(3), rel); /* stack: rel; included[rel] = true */
    lua_pushboolean(L, 1);                     /* stack: rel true; counted in #included */
    lua_rawseti(L, lua_upvalueindex(3), (lua_Integer)lua_rawlen(L, lua_upvalueindex(3)) + 1);
    char name[1400];
    snprintf(name, sizeof name, "%s/%s", s->dir, rel);
    if (load_story_file(s, path, name) != LUA_OK) /* stack: rel chunk|message */
        return lua_error(L);
    lua_pushvalue(L, lua_upvalueindex(2)); /* stack: rel chunk env */
    if (!lua_setupvalue(L, -2, 1))         /* stack: rel chunk (_ENV = env) */
        lua_pop(L, 1);
    lua_call(L, 0, 0); /* stack: rel */
    return 0;
}

/* Print the diagnostics list on top of the stack ({level, file, line, msg}
 * each) to `out` as file:line: level: message; fill `first` (when given)
 * with the first error. Returns how many errors. Leaves the list. */
int bind_print_diags(Story *s, lua_State *L, FILE *out, StoryError *first)
{
    int errors = 0;
    int n = (int)lua_rawlen(L, -1);
    for (int i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, i);
        int d = lua_gettop(L);
        lua_getfield(L, d, "level");
        lua_getfield(L, d, "file");
        lua_getfield(L, d, "line");
        lua_getfield(L, d, "msg");
        const char *level = lua_tostring(L, -4), *file = lua_tostring(L, -3);
        int line = (int)lua_tointeger(L, -2);
        const char *msg = lua_tostring(L, -1);
        bool is_error = level && strcmp(level, "error") == 0;
        if (out) /* escaped: a message may quote the story's text */
            log_printf(out, "%s:%d: %s: %s\n", file ? file : "?", line, level ? level : "?",
                       msg ? msg : "?");
        if (is_error && first && errors == 0)
            bind_set_error(first, file ? file : s->file, line, msg ? msg : "?");
        errors += is_error;
        s->warnings += level && strcmp(level, "warning") == 0;
        lua_pop(L, 5);
    }
    return errors;
}

/* lib.rearm(instructions, ms): a fresh budget, for the trusted library only
 * (no story can reach `lib`). The simulator gives each play its own, so a
 * story's endless loop is caught within one play however many plays were
 * asked for, and a long simulation is not cut short by one budget for all. */
static int l_lib_rearm(lua_State *L)
{
    lua_Integer n = luaL_checkinteger(L, 1), ms = luaL_checkinteger(L, 2);
    luaL_argcheck(L, n > 0 && n <= 4000000000LL, 1, "instructions out of range");
    luaL_argcheck(L, ms > 0 && ms <= 600000, 2, "milliseconds out of range");
    sandbox_arm((Sandbox *)lua_touserdata(L, lua_upvalueindex(1)), (long)n, (int)ms);
    return 0;
}

/* lib.set_env(chunk, env): make `env` the _ENV of a compiled story chunk.
 * For the trusted library only (story.declare, which builds the env; no
 * story can reach `lib`), since the sandbox has no debug.setupvalue. */
static int l_lib_set_env(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TFUNCTION);
    luaL_checktype(L, 2, LUA_TTABLE);
    lua_settop(L, 2);
    if (!lua_setupvalue(L, 1, 1)) /* pops env into the chunk's first upvalue, _ENV */
        lua_pop(L, 1);
    return 0;
}

/* lib.source(file): the text of a story file compiled for this story (kept
 * by load_source), or nil. For the trusted library only: the checks read
 * it for the lines of a beat's answers (story.answer_lines). */
static int l_lib_source(lua_State *L)
{
    luaL_checkstring(L, 1);
    if (lua_getfield(L, LUA_REGISTRYINDEX, "attune.sources") != LUA_TTABLE)
        return 0;
    lua_pushvalue(L, 1);
    lua_rawget(L, -2);
    return 1;
}

/* lib.gettext(s), lib.ngettext(one, many, n): the interface's translation
 * (GNU gettext, domain "attune") for the library's own sentences -- the
 * kinds' names, the rules' explanations. For the trusted library only: a
 * story's lines are translated by its own .po (lib.translate). */
static int l_lib_gettext(lua_State *L)
{
    const char *s = luaL_checkstring(L, 1);
    lua_pushstring(L, *s ? dgettext("attune", s) : s);
    return 1;
}

static int l_lib_ngettext(lua_State *L)
{
    const char *one = luaL_checkstring(L, 1), *many = luaL_checkstring(L, 2);
    lua_Integer n = luaL_checkinteger(L, 3);
    unsigned long un = n < 0 ? 0ul : (unsigned long)n;
    lua_pushstring(L, dngettext("attune", one, many, un));
    return 1;
}

/* Push {instructions, ms}. */
static void push_limit(lua_State *L, long instructions, int ms)
{
    lua_createtable(L, 2, 0);
    lua_pushinteger(L, instructions);
    lua_rawseti(L, -2, 1);
    lua_pushinteger(L, ms);
    lua_rawseti(L, -2, 2);
}

/* With a language set (story_set_language), read the story's
 * translations/<lang>.po into the catalogue its files are translated with
 * (registry "attune.catalogue"). No file: the English, quietly. A file the
 * library cannot read: the English, with its problems as warnings on `out`
 * (check) or in the log. */
static void load_translation(Story *s, FILE *out)
{
    lua_State *L = s->sb.L;
    s->lang[0] = '\0';
    if (!story_lang[0])
        return;
    char rel[64], path[PATH_MAX], why[PATH_MAX + 200], shown[1200];
    /* "pt_BR": translations/pt_BR.po, else translations/pt.po */
    char lang[sizeof story_lang];
    str_copy(lang, story_lang, sizeof lang);
    bool missing = false;
    for (;;) {
        snprintf(rel, sizeof rel, "translations/%s.po", lang);
        if (paths_resolve_inside(s->dir, rel, STORY_FILE_MAX, path, sizeof path, why, sizeof why,
                                 &missing))
            break;
        size_t cut = strcspn(lang, "_-");
        if (!missing || !lang[cut]) {
            if (!missing)
                log_error("story", "%s/%s: %s", s->dir, rel, why);
            return;
        }
        lang[cut] = '\0';
    }
    size_t len = 0;
    char *buf = paths_read_regular(path, STORY_FILE_MAX, &len, why, sizeof why);
    if (!buf) {
        log_error("story", "%s/%s: %s", s->dir, rel, why);
        return;
    }
    snprintf(shown, sizeof shown, "%s/%s", s->dir, rel);
    /* The text onto the stack under a protected call: out of memory there
     * must not jump past `buf`. */
    lua_pushcfunction(L, l_push_text);
    lua_pushlightuserdata(L, buf);
    lua_pushinteger(L, (lua_Integer)len);
    int pushed = lua_pcall(L, 2, 1, 0); /* stack: text | message */
    attune_free(buf);
    if (pushed != LUA_OK) {
        log_error("story", "%s: %s", shown, lua_isstring(L, -1) ? lua_tostring(L, -1) : "error");
        lua_pop(L, 1);
        return;
    }
    lua_getfield(L, LUA_REGISTRYINDEX, "attune.lib"); /* stack: text lib */
    lua_getfield(L, -1, "translate");
    lua_getfield(L, -1, "load"); /* stack: text lib translate load */
    lua_rotate(L, -4, -1);       /* stack: lib translate load text */
    lua_pushstring(L, shown);
    lua_pushstring(L, lang); /* stack: lib translate load text file lang */
    sandbox_arm(&s->sb, SANDBOX_LOAD_INSTRUCTIONS, SANDBOX_LOAD_MS);
    if (sandbox_pcall(&s->sb, 3, 2) != LUA_OK) { /* stack: lib translate message */
        log_error("story", "%s: %s", shown, lua_tostring(L, -1));
        lua_pop(L, 3);
        return;
    } /* stack: lib translate catalogue|nil diags */
    int n = (int)lua_rawlen(L, -1);
    for (int i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, i);
        lua_getfield(L, -1, "line");
        lua_getfield(L, -2, "msg");
        int line = (int)lua_tointeger(L, -2);
        const char *msg = lua_tostring(L, -1);
        if (out)
            log_printf(out, "%s:%d: warning: %s\n", shown, line, msg ? msg : "?");
        else
            log_error("story", "%s:%d: %s", shown, line, msg ? msg : "?");
        s->warnings += out != NULL;
        lua_pop(L, 3);
    }
    lua_pop(L, 1); /* stack: lib translate catalogue|nil */
    if (lua_istable(L, -1)) {
        str_copy(s->lang, lang, sizeof s->lang);
        lua_setfield(L, LUA_REGISTRYINDEX, "attune.catalogue");
    } else {
        lua_pop(L, 1);
    }
    lua_pop(L, 2);
}

void bind_push_sources(Story *s)
{
    lua_State *L = s->sb.L;
    lua_newtable(L); /* stack: list */
    int list = lua_gettop(L);
    if (lua_getfield(L, LUA_REGISTRYINDEX, "attune.sources") != LUA_TTABLE) {
        lua_pop(L, 1);
        return;
    } /* stack: list sources */
    size_t dlen = strlen(s->dir);
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, -2)) { /* stack: list sources name src */
        const char *name = lua_tostring(L, -2);
        if (name && strncmp(name, s->dir, dlen) == 0 && name[dlen] == '/' && lua_isstring(L, -1)) {
            lua_createtable(L, 0, 2);
            lua_pushstring(L, name + dlen + 1);
            lua_setfield(L, -2, "name");
            lua_pushvalue(L, -2);
            lua_setfield(L, -2, "src");
            lua_rawseti(L, list, ++n);
        }
        lua_pop(L, 1); /* stack: list sources name */
    }
    lua_pop(L, 1); /* stack: list */
    /* story.lua first, then by name: a stable order for the .po */
    for (int i = 2; i <= n; i++)
        for (int j = i; j > 1; j--) {
            lua_rawgeti(L, list, j - 1);
            lua_rawgeti(L, list, j);
            lua_getfield(L, -2, "name");
            lua_getfield(L, -2, "name");
            const char *a = lua_tostring(L, -2), *b = lua_tostring(L, -1);
            bool a_main = strcmp(a, "story.lua") == 0, b_main = strcmp(b, "story.lua") == 0;
            bool swap = b_main || (!a_main && strcmp(a, b) > 0);
            lua_pop(L, 2); /* stack: list t[j-1] t[j] */
            if (!swap) {
                lua_pop(L, 2);
                break;
            }
            lua_rawseti(L, list, j - 1);
            lua_rawseti(L, list, j);
        }
}

/* Load the library and declare the story: C reads and compiles the files
 * (the folder rule is the engine's), and story.declare in Lua does the rest
 * (scripts/lib/attune/story.lua). On success leaves the finished story table
 * on top; otherwise fills err. When `out` is given, every diagnostic is
 * printed there and the count of errors returned in *errors. */
bool bind_declare(Story *s, StoryError *err, FILE *out, int *errors)
{
    lua_State *L = s->sb.L;
    lua_newtable(L); /* stack: lib */
    int lib = lua_gettop(L);
    lua_pushlightuserdata(L, &s->sb);
    lua_pushcclosure(L, l_lib_rearm, 1);
    lua_setfield(L, lib, "rearm");
    lua_pushcfunction(L, l_lib_set_env);
    lua_setfield(L, lib, "set_env");
    lua_pushcfunction(L, l_lib_source);
    lua_setfield(L, lib, "source");
    lua_pushcfunction(L, l_lib_gettext);
    lua_setfield(L, lib, "gettext");
    lua_pushcfunction(L, l_lib_ngettext);
    lua_setfield(L, lib, "ngettext");
    lua_pushinteger(L, SAVE_MAX_ID); /* ids the DSL allows are ids a save holds */
    lua_setfield(L, lib, "MAX_ID");
    static const char *const modules[] = {"translate", "rules", "story", "tells",
                                          "runtime",   "tools", NULL};
    for (const char *const *m = modules; *m; m++)
        if (!load_lib_module(s, *m, err))
            return false;
    lua_pushvalue(L, lib);
    lua_setfield(L, LUA_REGISTRYINDEX, "attune.lib");
    load_translation(s, out);

    char path[PATH_MAX], why[PATH_MAX + 200];
    bool missing = false;
    if (!s->source && !paths_resolve_inside(s->dir, "story.lua", STORY_FILE_MAX, path, sizeof path,
                                            why, sizeof why, &missing)) {
        char msg[sizeof why + 40];
        snprintf(msg, sizeof msg, "story.lua %s", why);
        bind_set_error(err, s->file, 0, missing ? "no story.lua in this folder" : msg);
        if (out && !missing)
            log_printf(out, "%s:0: error: %s\n", s->file, msg);
        if (errors && !missing)
            (*errors)++;
        return false;
    }
    /* story, diags = lib.story.bind_declare(chunk, env, include, file, limits) */
    lua_getfield(L, lib, "story");  /* stack: lib story */
    lua_getfield(L, -1, "declare"); /* stack: lib story declare */
    int loaded = s->source ? load_source(s, s->source, s->source_len, s->file)
                           : load_story_file(s, path, s->file);
    if (loaded != LUA_OK) { /* stack: lib story declare message */
        bind_report(s, err);
        if (out)
            log_printf(out, "%s:%d: error: %s\n", err->file, err->line, err->message);
        if (errors)
            (*errors)++;
        return false;
    }
    sandbox_push_env(&s->sb); /* stack: lib story declare chunk env */
    /* include "file.lua": more of the story, from its own folder only. */
    lua_pushlightuserdata(L, s);
    lua_pushvalue(L, -2);
    lua_newtable(L);                         /* the files included so far */
    lua_pushcclosure(L, l_story_include, 3); /* stack: ... chunk env include */
    lua_pushstring(L, s->file);
    lua_createtable(L, 0, 2);
    push_limit(L, SANDBOX_CALL_INSTRUCTIONS, SANDBOX_CALL_MS);
    lua_setfield(L, -2, "call");
    push_limit(L, SANDBOX_LOAD_INSTRUCTIONS, SANDBOX_LOAD_MS);
    lua_setfield(L, -2, "load"); /* stack: lib story declare chunk env include file limits */
    sandbox_arm(&s->sb, SANDBOX_CALL_INSTRUCTIONS, SANDBOX_CALL_MS);
    if (sandbox_pcall(&s->sb, 5, 2) != LUA_OK) {
        bind_report(s, err);
        if (out)
            log_printf(out, "%s:%d: error: %s\n", err->file, err->line, err->message);
        if (errors)
            (*errors)++;
        return false;
    }
    /* stack: lib story result diags. Print them all (check), keep the first error. */
    int n_errors = bind_print_diags(s, L, out, err);
    if (errors)
        *errors += n_errors;
    lua_pop(L, 1); /* stack: lib story result */
    if (lua_isnil(L, -1)) {
        if (n_errors == 0)
            bind_set_error(err, s->file, 0, "the story did not load");
        return false;
    }
    return true;
}

/* Pushing a string, reading a field or taking a reference can each raise a
 * memory error, and outside a protected call that error reaches the panic
 * function, which aborts the game. So every public entry below that uses
 * the Lua API runs its work through bind_guard(), one protected call around it,
 * as lua.c runs its main through pmain: running out of memory there gives
 * up that one operation, with `err` set, and the state stays usable. */
typedef struct Guarded {
    Story *s;
    GuardedFn fn;
    void *ctx;
    StoryError *err;
    int result;
} Guarded;

static int guarded(lua_State *L)
{
    Guarded *g = lua_touserdata(L, 1);
    lua_settop(L, 0); /* stack: (this call's own, empty) */
    g->result = g->fn(g->s, g->ctx, g->err);
    return 0;
}

/* fn(s, ctx, err) under a protected call; its result, or `failed` (with
 * err set) when the Lua API raised out of it. The stack is left as it was. */
int bind_guard(Story *s, GuardedFn fn, void *ctx, int failed, StoryError *err)
{
    lua_State *L = s->sb.L;
    ATTUNE_ASSERT(L != NULL);
    int top = lua_gettop(L);
    Guarded g = {s, fn, ctx, err, failed};
    lua_pushcfunction(L, guarded);  /* stack: ... guarded (allocates nothing) */
    lua_pushlightuserdata(L, &g);   /* stack: ... guarded g */
    int rc = lua_pcall(L, 1, 0, 0); /* stack: ... [message] */
    if (rc != LUA_OK) {
        const char *msg = rc == LUA_ERRMEM ? "out of memory" : lua_tostring(L, -1);
        log_error("story", "%s: %s", s->file, msg ? msg : "error");
        bind_set_error(err, s->file, 0, msg ? msg : "error");
        g.result = failed;
    }
    lua_settop(L, top); /* stack: ... */
    return g.result;
}

Story *bind_new(const char *dir, const char *lib_dir, uint64_t seed)
{
    Story *s = attune_calloc(1, sizeof *s);
    if (!s)
        return NULL;
    str_copy(s->dir, dir, sizeof s->dir);
    size_t n = strlen(s->dir);
    while (n > 1 && s->dir[n - 1] == '/')
        s->dir[--n] = '\0';
    str_copy(s->lib_dir, lib_dir, sizeof s->lib_dir);
    snprintf(s->file, sizeof s->file, "%s/story.lua", s->dir);
    s->seed = seed;
    s->run_ref = LUA_NOREF;
    s->story_ref = LUA_NOREF;
    if (!sandbox_open(&s->sb, SANDBOX_MEMORY_CAP)) {
        attune_free(s);
        return NULL;
    }
    return s;
}

static int declare_and_start(Story *s, void *ctx, StoryError *err)
{
    (void)ctx;
    return bind_declare(s, err, NULL, NULL) && bind_start(s, err);
}

static Story *load(const char *dir, const char *text, size_t len, const char *lib_dir,
                   uint64_t seed, StoryError *err)
{
    Story *s = bind_new(dir, lib_dir, seed);
    if (!s) {
        bind_set_error(err, dir, 0, "out of memory");
        return NULL;
    }
    s->source = text;
    s->source_len = len;
    sandbox_ceiling(&s->sb, SANDBOX_WHOLE_LOAD_MS);
    if (!bind_guard(s, declare_and_start, NULL, false, err)) {
        bind_destroy(s);
        return NULL;
    }
    sandbox_ceiling(&s->sb, 0);
    return s;
}

/* After bind_declare(): keep the story table, read its card, make the runtime's
 * Run and the first view. False with `err` on a story error. */
bool bind_start(Story *s, StoryError *err)
{
    lua_State *L = s->sb.L;
    int story = lua_gettop(L);
    lua_pushvalue(L, story);
    s->story_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_pushcfunction(L, copy_info);
    lua_getfield(L, story, "info");
    sandbox_arm(&s->sb, SANDBOX_CALL_INSTRUCTIONS, SANDBOX_CALL_MS);
    if (sandbox_pcall(&s->sb, 1, 1) != LUA_OK) {
        bind_report(s, err);
        return false;
    }
    read_info(s, L, lua_gettop(L));
    lua_pop(L, 1);
    if (s->info_pool.failed) {
        bind_set_error(err, s->file, 0, "out of memory");
        return false;
    }
    memset(&s->kinds, 0, sizeof s->kinds);
    lua_pushlightuserdata(L, &s->kinds);
    lua_pushcclosure(L, read_kinds, 1);
    sandbox_arm(&s->sb, SANDBOX_CALL_INSTRUCTIONS, SANDBOX_CALL_MS);
    if (sandbox_pcall(&s->sb, 0, 0) != LUA_OK) {
        bind_report(s, err);
        return false;
    }
    s->info.kinds = &s->kinds;
    /* run = lib.runtime.new(story, seed, { authored = ... }) */
    lua_getfield(L, LUA_REGISTRYINDEX, "attune.lib");
    lua_getfield(L, -1, "runtime");
    lua_getfield(L, -1, "new");
    lua_pushvalue(L, story);
    lua_pushinteger(L, (lua_Integer)s->seed);
    lua_createtable(L, 0, 1);
    lua_pushboolean(L, story_order() == STORY_ORDER_AUTHORED);
    lua_setfield(L, -2, "authored");
    sandbox_arm(&s->sb, SANDBOX_CALL_INSTRUCTIONS, SANDBOX_CALL_MS);
    if (sandbox_pcall(&s->sb, 3, 1) != LUA_OK) {
        bind_report(s, err);
        return false;
    }
    s->run_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_settop(L, 0);
    s->source = NULL; /* only needed while declaring */
    return refresh_view(s, err);
}

static Story *bound_load(const char *dir, const char *lib_dir, uint64_t seed, StoryError *err)
{
    return load(dir, NULL, 0, lib_dir, seed, err);
}

static Story *bound_load_text(const char *dir, const char *text, size_t len, const char *lib_dir,
                              uint64_t seed, StoryError *err)
{
    return load(dir, text, len, lib_dir, seed, err);
}

void bind_destroy(Story *s)
{
    if (!s)
        return;
    sandbox_close(&s->sb);
    bind_pool_free(&s->view_pool);
    bind_pool_free(&s->info_pool);
    bind_pool_free(&s->step_pool);
    bind_pool_free(&s->refs_pool);
    attune_free(s->refs);
    attune_free(s->steps);
    for (int i = 0; i < s->n_named; i++) {
        attune_free(s->named[i].name);
        attune_free(s->named[i].path);
    }
    attune_free(s);
}

static const StoryInfo *bound_info(const Story *s)
{
    return &s->info;
}

static uint64_t bound_seed(const Story *s)
{
    return s->seed;
}

static const char *bound_dir(const Story *s)
{
    return s->dir;
}

static const StoryView *bound_view(const Story *s)
{
    return &s->view;
}

static int bound_history_count(const Story *s)
{
    return s->n_steps;
}

static const StoryStep *bound_history(const Story *s, int i)
{
    ATTUNE_ASSERT(s != NULL && s->n_steps <= s->cap_steps);
    return (i >= 0 && i < s->n_steps) ? &s->steps[i] : NULL;
}

/* Run `method` with one argument already pushed; returns 1 chosen, 0 refused
 * (message in err, line -1), -1 story error. */
static int choose_with(Story *s, const char *method, StoryError *err)
{
    lua_State *L = s->sb.L;
    if (call_run(s, method, 1, 2) != LUA_OK) {
        bind_report(s, err);
        return -1;
    }
    if (!lua_toboolean(L, -2)) {
        bind_set_error(err, s->file, -1,
                       lua_isstring(L, -1) ? lua_tostring(L, -1) : "not available");
        lua_pop(L, 2);
        return 0;
    }
    lua_pop(L, 2);
    if (!sync_history(s)) {
        bind_set_error(err, s->file, 0, "out of memory");
        return -1;
    }
    return refresh_view(s, err) ? 1 : -1;
}

/* What to choose: an answer's index, or an id for `method`. */
typedef struct Choice {
    const char *method, *id;
    int index;
} Choice;

static int choose_guarded(Story *s, void *ctx, StoryError *err)
{
    const Choice *c = ctx;
    if (c->id)
        lua_pushstring(s->sb.L, c->id); /* stack: id */
    else
        lua_pushinteger(s->sb.L, c->index + 1); /* stack: index (1-based) */
    return choose_with(s, c->method, err);
}

static bool bound_choose(Story *s, int index, StoryError *err)
{
    ATTUNE_ASSERT(s != NULL);
    if (index < 0 || index >= s->view.n_choices) {
        bind_set_error(err, s->file, -1, "no such answer");
        return false;
    }
    Choice c = {"choose", NULL, index};
    return bind_guard(s, choose_guarded, &c, -1, err) == 1;
}

static bool bound_goto(Story *s, const char *id, StoryError *err)
{
    ATTUNE_ASSERT(s != NULL && id != NULL);
    Choice c = {"jump", id, 0};
    return bind_guard(s, choose_guarded, &c, -1, err) == 1;
}

static int bound_replay(Story *s, const char *const *ids, int n, StoryError *err)
{
    ATTUNE_ASSERT(s != NULL && (n == 0 || ids != NULL));
    for (int i = 0; i < n; i++) {
        ATTUNE_ASSERT(ids[i] != NULL);
        Choice c = {"choose_id", ids[i], 0};
        int r = bind_guard(s, choose_guarded, &c, -1, err);
        if (r < 0)
            return -1;
        if (r == 0) {
            log_error("save", "the story changed: stopped replaying at '%s' (%s)", ids[i],
                      err ? err->message : "");
            return i;
        }
    }
    return n;
}

static const StoryBinding lua_binding = {
    .load = bound_load,
    .load_text = bound_load_text,
    .destroy = bind_destroy,
    .info = bound_info,
    .seed = bound_seed,
    .dir = bound_dir,
    .view = bound_view,
    .choose = bound_choose,
    .go_to = bound_goto,
    .replay = bound_replay,
    .history_count = bound_history_count,
    .history = bound_history,
};

const StoryBinding *story_lua_binding(void)
{
    return &lua_binding;
}
