/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Routes: answers named by number, id or kind, found in a story's view.
 * Layer: core (no SDL, no Lua; the story only through story.h). Invariant:
 * a step names exactly one answer on screen or none; nothing is guessed, and
 * every refusal lists what the beat offers, so the writer can name it. */
#include "attune/route.h"
#include "attune/alloc.h"
#include "attune/log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void route_free(Route *r)
{
    for (int i = 0; r && i < r->n; i++)
        attune_free(r->step[i]);
    if (r) {
        attune_free(r->step);
        r->step = NULL;
        r->n = 0;
    }
}

static bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool route_parse(Route *r, const char *spec, RouteWhat what, char *why, size_t wn)
{
    memset(r, 0, sizeof *r);
    r->what = what;
    int cap = 1;
    for (const char *p = spec; *p; p++)
        cap += *p == ',';
    if (cap > ROUTE_MAX_STEPS) {
        snprintf(why, wn, "%d steps; a road has at most %d", cap, ROUTE_MAX_STEPS);
        return false;
    }
    r->step = attune_calloc((size_t)cap, sizeof *r->step);
    if (!r->step) {
        snprintf(why, wn, "out of memory");
        return false;
    }
    for (const char *p = spec;;) {
        size_t len = strcspn(p, ",");
        const char *a = p, *b = p + len;
        while (a < b && is_blank(*a))
            a++;
        while (b > a && is_blank(b[-1]))
            b--;
        if (a == b) {
            snprintf(why, wn, "step %d is empty (two commas, or one at an end?)", r->n + 1);
            route_free(r);
            return false;
        }
        char *s = attune_malloc((size_t)(b - a) + 1);
        if (!s) {
            snprintf(why, wn, "out of memory");
            route_free(r);
            return false;
        }
        memcpy(s, a, (size_t)(b - a));
        s[b - a] = '\0';
        r->step[r->n++] = s;
        if (!p[len])
            break;
        p += len + 1;
    }
    return true;
}

static bool all_digits(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (*s < '0' || *s > '9')
            return false;
    return true;
}

/* What the beat offers, for a refusal: "1 kitchen.3 (attune), 2 ...". */
static void offers(const StoryView *v, char *out, size_t n)
{
    size_t used = 0;
    out[0] = '\0';
    for (int i = 0; i < v->n_choices && used < n; i++) {
        const StoryChoiceView *c = &v->choices[i];
        int k = snprintf(out + used, n - used, "%s%d %s (%s%s)", i ? ", " : "", i + 1,
                         c->id ? c->id : "?", c->kind ? c->kind : "no kind",
                         c->enabled ? "" : ", out of reach");
        if (k < 0)
            break;
        used += (size_t)k;
    }
}

/* `why` = what went wrong + "; beat 'x' offers: ...". */
static int refuse(const StoryView *v, char *why, size_t wn, const char *what)
{
    char list[600];
    offers(v, list, sizeof list);
    snprintf(why, wn, "%s; beat '%s' offers: %s", what, v->beat_id ? v->beat_id : "?", list);
    return -1;
}

static int reachable(const StoryView *v, int i, char *why, size_t wn)
{
    if (v->choices[i].enabled)
        return i;
    char what[300];
    snprintf(what, sizeof what, "answer '%s' is out of reach here (%s)", v->choices[i].id,
             v->choices[i].hint ? v->choices[i].hint : "not available");
    return refuse(v, why, wn, what);
}

static bool known_kind(const Kinds *kinds, const char *k)
{
    for (int i = 0; kinds && i < kinds->n; i++)
        if (strcmp(kinds->kind[i].id, k) == 0)
            return true;
    return false;
}

static void kind_list(const Kinds *kinds, char *out, size_t n)
{
    size_t used = 0;
    out[0] = '\0';
    for (int i = 0; kinds && i < kinds->n && used < n; i++) {
        int k = snprintf(out + used, n - used, "%s%s", i ? ", " : "", kinds->kind[i].id);
        if (k < 0)
            break;
        used += (size_t)k;
    }
}

/* The answer `ans` names at the beat: an id, the id "<beat>.<ans>", or a kind. */
static int find_answer(const StoryView *v, const Kinds *kinds, const char *ans, RouteWhat what,
                       char *why, size_t wn)
{
    if (what == ROUTE_ANY) {
        for (int i = 0; i < v->n_choices; i++)
            if (v->choices[i].id && strcmp(v->choices[i].id, ans) == 0)
                return reachable(v, i, why, wn);
        size_t bl = strlen(v->beat_id);
        for (int i = 0; i < v->n_choices; i++) {
            const char *id = v->choices[i].id;
            if (id && strncmp(id, v->beat_id, bl) == 0 && id[bl] == '.' &&
                strcmp(id + bl + 1, ans) == 0)
                return reachable(v, i, why, wn);
        }
    }
    int found = -1, count = 0;
    char ids[400] = "";
    size_t used = 0;
    for (int i = 0; i < v->n_choices; i++) {
        if (!v->choices[i].kind || strcmp(v->choices[i].kind, ans) != 0)
            continue;
        if (count++ == 0)
            found = i;
        int k = snprintf(ids + used, sizeof ids - used, "%s%s", count > 1 ? ", " : "",
                         v->choices[i].id);
        if (k > 0 && (size_t)k < sizeof ids - used)
            used += (size_t)k;
    }
    char what_s[700];
    if (count == 1)
        return reachable(v, found, why, wn);
    if (count > 1) {
        char name[200];
        const char *id = v->choices[found].id;
        size_t bl = strlen(v->beat_id);
        snprintf(name, sizeof name, "%s:%s", v->beat_id,
                 strncmp(id, v->beat_id, bl) == 0 && id[bl] == '.' ? id + bl + 1 : id);
        snprintf(what_s, sizeof what_s,
                 "%d answers at beat '%s' are %s (%s): name one by its id, e.g. %s", count,
                 v->beat_id, ans, ids, name);
        return refuse(v, why, wn, what_s);
    }
    if (what == ROUTE_KINDS && kinds && !known_kind(kinds, ans)) {
        char list[400];
        kind_list(kinds, list, sizeof list);
        snprintf(what_s, sizeof what_s, "'%s' is not a kind (the kinds: %s)", ans, list);
        return refuse(v, why, wn, what_s);
    }
    if (known_kind(kinds, ans))
        snprintf(what_s, sizeof what_s, "beat '%s' has no %s answer", v->beat_id, ans);
    else
        snprintf(what_s, sizeof what_s, "beat '%s' has no answer '%s' (by id or kind)", v->beat_id,
                 ans);
    return refuse(v, why, wn, what_s);
}

int route_find(const StoryView *v, const Kinds *kinds, const char *step, RouteWhat what, char *why,
               size_t wn)
{
    if (v->is_ending) {
        snprintf(why, wn, "the story has already ended (at '%s')", v->beat_id ? v->beat_id : "?");
        return -1;
    }
    if (all_digits(step) && what != ROUTE_KINDS) {
        long n = strlen(step) > 4 ? 0 : strtol(step, NULL, 10);
        if (n < 1 || n > v->n_choices) {
            char what_s[200];
            snprintf(what_s, sizeof what_s, "there is no answer %s (the beat shows %d)", step,
                     v->n_choices);
            return refuse(v, why, wn, what_s);
        }
        return reachable(v, (int)n - 1, why, wn);
    }
    if (what == ROUTE_NUMBERS) {
        snprintf(why, wn, "'%s' is not a number (use --path for ids and kinds)", step);
        return -1;
    }
    /* An answer id may hold a ':' itself: the whole step first. */
    if (what == ROUTE_ANY)
        for (int i = 0; i < v->n_choices; i++)
            if (v->choices[i].id && strcmp(v->choices[i].id, step) == 0)
                return reachable(v, i, why, wn);
    const char *ans = step;
    size_t bl = strlen(v->beat_id);
    if (strncmp(step, v->beat_id, bl) == 0 && step[bl] == ':') {
        ans = step + bl + 1;
    } else if (strchr(step, ':')) {
        char what_s[300];
        snprintf(what_s, sizeof what_s, "the play is at beat '%s', not at '%.*s'", v->beat_id,
                 (int)(strchr(step, ':') - step), step);
        return refuse(v, why, wn, what_s);
    }
    return find_answer(v, kinds, ans, what, why, wn);
}

void route_name(const StoryView *v, int index, char *out, size_t n)
{
    const StoryChoiceView *c = &v->choices[index];
    int same = 0;
    for (int i = 0; c->kind && i < v->n_choices; i++)
        same += v->choices[i].kind && strcmp(v->choices[i].kind, c->kind) == 0;
    size_t bl = strlen(v->beat_id);
    const char *id = c->id ? c->id : "?";
    if (same == 1)
        snprintf(out, n, "%s:%s", v->beat_id, c->kind);
    else if (strncmp(id, v->beat_id, bl) == 0 && id[bl] == '.' && id[bl + 1])
        snprintf(out, n, "%s:%s", v->beat_id, id + bl + 1);
    else
        snprintf(out, n, "%s:%s", v->beat_id, id);
}

RouteResult route_follow(Story *s, const Route *r, StrBuf *road, char *why, size_t wn,
                         StoryError *err)
{
    for (int k = 0; k < r->n; k++) {
        const StoryView *v = story_view(s);
        char what[1000];
        int i = route_find(v, story_info(s)->kinds, r->step[k], r->what, what, sizeof what);
        if (i >= 0) {
            char name[200];
            route_name(v, i, name, sizeof name);
            if (!story_choose(s, i, err)) {
                if (err->line != -1)
                    return ROUTE_STORY_ERROR;
                snprintf(what, sizeof what, "%s", err->message);
                i = -1;
            } else if (road) {
                if (road->len)
                    strbuf_puts(road, " \u2192 ");
                strbuf_puts(road, name);
            }
        }
        if (i < 0) {
            snprintf(why, wn, "step %d ('%s'): %s%s%s%s", k + 1, r->step[k], what,
                     road && road->len ? " (the road so far: " : "",
                     road && road->len ? road->p : "", road && road->len ? ")" : "");
            return ROUTE_BAD_STEP;
        }
    }
    return ROUTE_OK;
}
