/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The story port: story.h's functions, passed on to the installed binding.
 * Layer: core (no SDL, no Lua). Invariant: every call but story_load and
 * story_load_text is made on a Story that a binding returned, so the binding
 * is there; the two loads fail with a message when none is. */
#include "attune/story.h"
#include "attune/alloc.h"
#include "attune/log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const StoryBinding *bound;
static StoryOrder order = STORY_ORDER_SHUFFLED;

void story_set_order(StoryOrder o)
{
    order = o;
}

StoryOrder story_order(void)
{
    return order;
}

void story_bind(const StoryBinding *b)
{
    bound = b;
}

static Story *unbound(const char *dir, StoryError *err)
{
    if (err) {
        memset(err, 0, sizeof *err);
        snprintf(err->file, sizeof err->file, "%s", dir ? dir : "");
        snprintf(err->message, sizeof err->message,
                 "no story binding is installed (story_bind was not called)");
    }
    return NULL;
}

Story *story_load(const char *dir, const char *lib_dir, uint64_t seed, StoryError *err)
{
    return bound ? bound->load(dir, lib_dir, seed, err) : unbound(dir, err);
}

Story *story_load_text(const char *dir, const char *text, size_t len, const char *lib_dir,
                       uint64_t seed, StoryError *err)
{
    return bound ? bound->load_text(dir, text, len, lib_dir, seed, err) : unbound(dir, err);
}

void story_destroy(Story *s)
{
    if (s) {
        ATTUNE_ASSERT(bound);
        bound->destroy(s);
    }
}

const StoryInfo *story_info(const Story *s)
{
    return bound->info(s);
}

uint64_t story_seed(const Story *s)
{
    return bound->seed(s);
}

const char *story_dir(const Story *s)
{
    return bound->dir(s);
}

const StoryView *story_view(const Story *s)
{
    return bound->view(s);
}

bool story_choose(Story *s, int index, StoryError *err)
{
    return bound->choose(s, index, err);
}

bool story_goto(Story *s, const char *id, StoryError *err)
{
    return bound->go_to(s, id, err);
}

int story_replay(Story *s, const char *const *ids, int n, StoryError *err)
{
    return bound->replay(s, ids, n, err);
}

int story_history_count(const Story *s)
{
    return bound->history_count(s);
}

const StoryStep *story_history(const Story *s, int i)
{
    return bound->history(s, i);
}

/* The address of every string of a view, for story_view_copy(). */
enum { VIEW_STRINGS = 31 + 11 * STORY_MAX_CHOICES + 13 * STORY_MAX_PEOPLE };

static int view_strings(StoryView *v, const char **out[VIEW_STRINGS])
{
    const char **fixed[] = {
        &v->beat_id,
        &v->speaker,
        &v->text,
        &v->cue,
        &v->background,
        &v->portrait,
        &v->music,
        &v->name,
        &v->state,
        &v->state_word,
        &v->title,
        &v->verdict,
        &v->reflect,
        &v->note,
        &v->feedback.beat,
        &v->feedback.choice_id,
        &v->feedback.text,
        &v->feedback.kind,
        &v->feedback.inner,
        &v->feedback.why,
        &v->feedback.speaker,
        &v->feedback.said,
        &v->feedback.cue,
        &v->feedback.state,
        &v->feedback.state_word,
        &v->feedback.rule,
        &v->feedback.steady,
        &v->reason,
        &v->feedback_portrait,
        &v->feedback.label,
        &v->feedback.to,
    };
    int n = 0;
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
        out[n++] = fixed[i];
    for (int i = 0; i < STORY_MAX_CHOICES; i++) {
        StoryChoiceView *c = &v->choices[i];
        out[n++] = &c->text;
        out[n++] = &c->hint;
        out[n++] = &c->id;
        out[n++] = &c->kind;
        out[n++] = &c->why;
        out[n++] = &c->inner;
        out[n++] = &c->next;
        out[n++] = &c->label;
        out[n++] = &c->to;
        out[n++] = &c->other;
        out[n++] = &c->other_label;
    }
    for (int i = 0; i < STORY_MAX_PEOPLE; i++) {
        StoryPerson *p = &v->people[i];
        out[n++] = &p->id;
        out[n++] = &p->name;
        out[n++] = &p->state;
        out[n++] = &p->state_word;
        out[n++] = &p->portrait;
        out[n++] = &p->feedback_portrait;
        StoryStepPerson *sp = &v->feedback.people[i];
        out[n++] = &sp->id;
        out[n++] = &sp->name;
        out[n++] = &sp->kind;
        out[n++] = &sp->label;
        out[n++] = &sp->inner;
        out[n++] = &sp->state;
        out[n++] = &sp->state_word;
    }
    ATTUNE_ASSERT(n == VIEW_STRINGS);
    return n;
}

StoryView *story_view_copy(const StoryView *v)
{
    ATTUNE_ASSERT(v != NULL);
    StoryView tmp = *v;
    const char **fields[VIEW_STRINGS];
    int n = view_strings(&tmp, fields);
    size_t len = sizeof tmp;
    for (int i = 0; i < n; i++)
        if (*fields[i])
            len += strlen(*fields[i]) + 1;
    StoryView *c = attune_malloc(len);
    if (!c)
        return NULL;
    *c = *v;
    n = view_strings(c, fields);
    char *p = (char *)(c + 1);
    for (int i = 0; i < n; i++)
        if (*fields[i]) {
            size_t k = strlen(*fields[i]) + 1;
            memcpy(p, *fields[i], k);
            *fields[i] = p;
            p += k;
        }
    return c;
}
