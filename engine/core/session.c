/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Workshop sessions: the record of what a group did with a story.
 * Layer: core, plain data: no SDL calls and no Lua.
 * Invariant: a Session owns every string it holds (copies: the story's view
 * strings die at its next call), and records nothing personal -- no names, no
 * typed text; only the story's own words, counts and times. The report
 * written from the record is session_report.c's. */

#include "attune/session.h"
#include "attune/alloc.h"
#include "attune/log.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- the record -------------------------------------------------------- */

static void effect_free(SessionPersonEffect *e)
{
    attune_free(e->kind);
    attune_free(e->inner);
    memset(e, 0, sizeof *e);
}

static void decision_free(SessionDecision *d)
{
    attune_free(d->beat);
    attune_free(d->speaker);
    attune_free(d->said);
    attune_free(d->cue);
    attune_free(d->reflect);
    attune_free(d->inner);
    attune_free(d->why);
    for (int i = 0; i < d->n_options && i < STORY_MAX_CHOICES; i++) {
        attune_free(d->options[i].text);
        attune_free(d->options[i].kind);
        attune_free(d->options[i].id);
        attune_free(d->options[i].to);
        attune_free(d->options[i].other);
    }
    attune_free(d->to);
    for (int i = 0; i < d->n_people && i < STORY_MAX_PEOPLE; i++)
        effect_free(&d->people[i]);
    memset(d, 0, sizeof *d);
}

static void road_free(SessionRoad *r)
{
    for (int i = 0; i < r->n_steps; i++) {
        attune_free(r->steps[i].text);
        attune_free(r->steps[i].kind);
        attune_free(r->steps[i].inner);
        attune_free(r->steps[i].id);
        attune_free(r->steps[i].to);
        for (int k = 0; k < r->steps[i].n_people && k < STORY_MAX_PEOPLE; k++)
            effect_free(&r->steps[i].people[k]);
    }
    attune_free(r->steps);
    attune_free(r->ending);
    memset(r, 0, sizeof *r);
}

/* `now` as ms since the session began (never negative). */
static long long since_start(const Session *s, long long now)
{
    return now > s->started_at ? now - s->started_at : 0;
}

static void touch(Session *s, long long now)
{
    if (now > s->last_at)
        s->last_at = now;
}

/* Credit the running pause's time up to `now`: to the pending decision, else
 * to the last one while its feedback is up, else to the session. */
static void pause_flush(Session *s, long long now)
{
    if (s->pause_started < 0)
        return;
    long long d = now - s->pause_started;
    if (d > 0) {
        if (s->pending)
            s->current.discussion_ms += d;
        else if (!s->finished && s->n_decisions > 0)
            s->decisions[s->n_decisions - 1].discussion_ms += d;
        else
            s->discussion_ms += d;
    }
    s->pause_started = now;
}

/* A copy of `text` for the record (NULL for NULL). Out of memory, the text
 * is left out (the report shows it empty) and the log says so: the record
 * of the votes and decisions, which no text can replace, goes on. */
static char *keep(const char *text)
{
    char *copy = str_dup(text);
    if (text && !copy)
        log_error("session", "out of memory: a text is left out of the record");
    return copy;
}

/* ---- two people on stage ----------------------------------------------- */

int session_person_index(const Session *s, const char *id)
{
    for (int i = 0; s && id && i < s->n_people && i < STORY_MAX_PEOPLE; i++)
        if (s->people[i].id && strcmp(s->people[i].id, id) == 0)
            return i;
    return -1;
}

/* View `v`'s person who is the session's person `k` (by id, else by place). */
static const StoryPerson *view_person(const Session *s, const StoryView *v, int k)
{
    if (!v || v->n_people != s->n_people || k < 0 || k >= v->n_people)
        return NULL;
    for (int i = 0; i < v->n_people && i < STORY_MAX_PEOPLE; i++)
        if (v->people[i].id && s->people[k].id && strcmp(v->people[i].id, s->people[k].id) == 0)
            return &v->people[i];
    return &v->people[k];
}

/* The session's index of step person `p`, the `i`-th of the step's. */
static int step_person_index(const Session *s, const StoryStepPerson *p, int i)
{
    int k = session_person_index(s, p->id);
    return k >= 0 ? k : i < s->n_people ? i : -1;
}

/* Whom answer `c` of view `v` is to, as an id: the view names the person
 * (or says "both" in the game's language); the session keeps the id. */
static char *choice_to(const Session *s, const StoryView *v, const StoryChoiceView *c)
{
    if (!c->to || s->n_people == 0)
        return NULL;
    for (int k = 0; k < s->n_people; k++) {
        const StoryPerson *p = view_person(s, v, k);
        if (p && p->name && strcmp(p->name, c->to) == 0)
            return keep(s->people[k].id);
        if (p && p->id && strcmp(p->id, c->to) == 0)
            return keep(s->people[k].id);
    }
    return keep("both");
}

/* Step person `p`'s effect into `e` (whose before stands when `have_before`). */
static void effect_from_step(SessionPersonEffect *e, const StoryStepPerson *p, bool have_before)
{
    attune_free(e->kind);
    attune_free(e->inner);
    e->kind = keep(p->kind);
    e->inner = keep(p->inner);
    e->connection_after = p->connection;
    e->dconn = p->dconn;
    if (!have_before)
        e->connection_before = p->connection - p->dconn;
    e->opened = p->opened;
    e->deepened = p->deepened;
    e->repaired = p->repaired;
}

void session_init(Session *s, const StoryInfo *info, const StoryView *v, long long now)
{
    memset(s, 0, sizeof *s);
    s->pause_started = -1;
    if (info) {
        s->story_id = keep(info->id);
        s->story_title = keep(info->title);
        s->relationship = keep(info->relationship);
        if (info->kinds)
            s->kinds = *info->kinds;
    }
    if (v) {
        s->connection_start = v->connection;
        s->steadiness_start = v->steadiness;
        if (v->n_people == STORY_MAX_PEOPLE) {
            for (int k = 0; k < v->n_people; k++) {
                const StoryPerson *p = &v->people[k];
                s->people[k].id = keep(p->id);
                s->people[k].name = keep(p->name);
                s->people[k].connection_start = s->people[k].connection_end = p->connection;
            }
            s->n_people = v->n_people;
        }
    }
    s->connection_end = s->connection_start;
    s->started_at = s->last_at = now;
    time_t t = time(NULL);
    struct tm tmv;
    if (localtime_r(&t, &tmv))
        strftime(s->date, sizeof s->date, "%Y-%m-%d", &tmv);
    if (v && !v->is_ending && v->n_choices > 0)
        session_begin_beat(s, v, now);
}

void session_free(Session *s)
{
    if (!s)
        return;
    attune_free(s->story_id);
    attune_free(s->story_title);
    attune_free(s->relationship);
    for (int i = 0; i < s->n_people && i < STORY_MAX_PEOPLE; i++) {
        attune_free(s->people[i].id);
        attune_free(s->people[i].name);
    }
    for (int i = 0; i < s->n_decisions; i++)
        decision_free(&s->decisions[i]);
    attune_free(s->decisions);
    if (s->pending)
        decision_free(&s->current);
    for (int i = 0; i < s->n_roads; i++)
        road_free(&s->roads[i]);
    attune_free(s->roads);
    attune_free(s->ending_title);
    attune_free(s->ending_verdict);
    attune_free(s->ending_text);
    memset(s, 0, sizeof *s);
    s->pause_started = -1;
}

void session_begin_beat(Session *s, const StoryView *v, long long now)
{
    if (!s || !v || v->is_ending || s->finished)
        return;
    touch(s, now);
    pause_flush(s, now);
    /* The same beat again while it is pending (back from a road not taken,
     * or shown twice): the votes restart, its timings carry on. */
    bool same =
        s->pending && s->current.beat && v->beat_id && strcmp(s->current.beat, v->beat_id) == 0;
    long long shown = same ? s->current.shown_at : since_start(s, now);
    long long talk = same ? s->current.discussion_ms : 0;
    long long timer = same ? s->current.vote_timer_ms : 0;
    if (s->pending)
        decision_free(&s->current);
    SessionDecision *d = &s->current;
    d->number = s->n_decisions + 1;
    d->beat = keep(v->beat_id);
    d->speaker = keep(v->speaker);
    d->said = keep(v->text);
    d->cue = keep(v->cue);
    d->reflect = keep(v->reflect);
    d->n_options = v->n_choices < 0                   ? 0
                   : v->n_choices > STORY_MAX_CHOICES ? STORY_MAX_CHOICES
                                                      : v->n_choices;
    for (int i = 0; i < d->n_options; i++) {
        d->options[i].text = keep(v->choices[i].text);
        d->options[i].kind = keep(v->choices[i].kind);
        d->options[i].id = keep(v->choices[i].id);
        d->options[i].votes = 0;
        d->options[i].phone = 0;
        d->options[i].to = choice_to(s, v, &v->choices[i]);
        d->options[i].other = s->n_people ? keep(v->choices[i].other) : NULL;
    }
    for (int k = 0; k < s->n_people; k++) {
        const StoryPerson *p = view_person(s, v, k);
        d->people[k].present = p ? p->present : true;
        d->people[k].connection_before = d->people[k].connection_after =
            p ? p->connection : s->people[k].connection_end;
    }
    d->n_people = s->n_people;
    d->chosen = -1;
    d->by = SESSION_BY_MAJORITY;
    d->connection_before = d->connection_after = v->connection;
    d->steadiness_before = d->steadiness_after = v->steadiness;
    d->shown_at = shown;
    d->discussion_ms = talk;
    d->vote_timer_ms = timer;
    s->pending = true;
}

/* The pending decision's option `i`, or NULL when there is none. */
static SessionOption *pending_option(Session *s, int i)
{
    if (!s || !s->pending || i < 0 || i >= s->current.n_options)
        return NULL;
    return &s->current.options[i];
}

int session_vote_add(Session *s, int option)
{
    SessionOption *o = pending_option(s, option);
    if (!o)
        return -1;
    if (o->votes < INT_MAX)
        o->votes++;
    return o->votes;
}

int session_vote_remove(Session *s, int option)
{
    SessionOption *o = pending_option(s, option);
    if (!o)
        return -1;
    if (o->votes > o->phone) /* a phone's vote is the phone's to take back */
        o->votes--;
    return o->votes;
}

void session_vote_clear(Session *s)
{
    if (!s || !s->pending)
        return;
    for (int i = 0; i < s->current.n_options; i++) {
        SessionOption *o = &s->current.options[i];
        o->votes = o->phone;
    }
}

void session_phone_votes(Session *s, const int *counts, int n)
{
    if (!s || !s->pending || !counts)
        return;
    for (int i = 0; i < s->current.n_options; i++) {
        SessionOption *o = &s->current.options[i];
        int p = i < n && counts[i] > 0 ? counts[i] : 0;
        long long keyed = (long long)o->votes - o->phone;
        if (keyed < 0)
            keyed = 0;
        long long t = keyed + p;
        o->votes = t > INT_MAX ? INT_MAX : (int)t;
        o->phone = p;
    }
}

int session_decision_votes(const SessionDecision *d)
{
    long long t = 0;
    for (int i = 0; i < d->n_options; i++)
        t += d->options[i].votes > 0 ? d->options[i].votes : 0;
    return t > INT_MAX ? INT_MAX : (int)t;
}

int session_decision_phone_votes(const SessionDecision *d)
{
    long long t = 0;
    for (int i = 0; i < d->n_options; i++)
        t += d->options[i].phone > 0 ? d->options[i].phone : 0;
    return t > INT_MAX ? INT_MAX : (int)t;
}

int session_vote_total(const Session *s)
{
    return s && s->pending ? session_decision_votes(&s->current) : 0;
}

int session_majority(const int *votes, int n, int *tied, int *n_tied)
{
    if (n_tied)
        *n_tied = 0;
    if (!votes || n <= 0)
        return -1;
    int top = 0, first = -1, count = 0;
    for (int i = 0; i < n; i++)
        if (votes[i] > top)
            top = votes[i];
    if (top <= 0)
        return -1;
    for (int i = 0; i < n; i++) {
        if (votes[i] != top)
            continue;
        if (first < 0)
            first = i;
        if (tied)
            tied[count] = i;
        count++;
    }
    if (n_tied)
        *n_tied = count;
    return count == 1 ? first : -1;
}

void session_decide(Session *s, int option, SessionDecidedBy by, const StoryStep *step,
                    long long now)
{
    if (!pending_option(s, option))
        return;
    touch(s, now);
    pause_flush(s, now);
    if (s->n_decisions == s->cap_decisions) {
        int cap = s->cap_decisions ? s->cap_decisions * 2 : 16;
        SessionDecision *grown = attune_realloc(s->decisions, (size_t)cap * sizeof *grown);
        if (!grown) {
            log_error("session", "out of memory: decision %d is not recorded", s->current.number);
            return;
        }
        s->decisions = grown;
        s->cap_decisions = cap;
    }
    SessionDecision *d = &s->current;
    d->chosen = option;
    d->by = by == SESSION_BY_TIE_BREAK || by == SESSION_BY_FACILITATOR ? by : SESSION_BY_MAJORITY;
    d->decided_at = since_start(s, now);
    if (d->decided_at < d->shown_at)
        d->decided_at = d->shown_at;
    if (step) {
        d->connection_after = step->connection;
        d->steadiness_after = step->steadiness;
        d->dconn = step->dconn;
        d->opened = step->opened;
        d->deepened = step->deepened;
        d->repaired = step->repaired;
        d->inner = keep(step->inner);
        d->why = keep(step->why);
        if (!d->options[option].kind)
            d->options[option].kind = keep(step->kind);
        if (d->n_people > 0 && step->n_people > 0) {
            d->to = keep(step->to);
            d->took_sides = step->took_sides;
            for (int i = 0; i < step->n_people && i < STORY_MAX_PEOPLE; i++) {
                int k = step_person_index(s, &step->people[i], i);
                if (k < 0 || k >= d->n_people)
                    continue;
                effect_from_step(&d->people[k], &step->people[i], true);
                s->people[k].connection_end = step->people[i].connection;
            }
        }
    }
    s->connection_end = d->connection_after;
    ATTUNE_ASSERT(s->n_decisions < s->cap_decisions);
    s->decisions[s->n_decisions++] = *d;
    memset(&s->current, 0, sizeof s->current);
    s->pending = false;
}

void session_mark_revealed(Session *s)
{
    if (s && s->n_decisions > 0)
        s->decisions[s->n_decisions - 1].revealed = true;
}

void session_note_vote_timer(Session *s, long long ms)
{
    if (s && s->pending)
        s->current.vote_timer_ms = ms > 0 ? ms : 0;
}

void session_pause_begin(Session *s, long long now)
{
    if (!s || s->pause_started >= 0 || now < 0)
        return;
    touch(s, now);
    s->pause_started = now;
}

void session_pause_end(Session *s, long long now)
{
    if (!s || s->pause_started < 0)
        return;
    touch(s, now);
    pause_flush(s, now);
    s->pause_started = -1;
}

void session_add_road(Session *s, int from, int option, const StoryStep *steps, int n,
                      const char *ending, long long ms)
{
    if (!s || from < 0 || from >= s->n_decisions || option < 0 ||
        option >= s->decisions[from].n_options || n < 0 || (n > 0 && !steps))
        return;
    if (s->n_roads == s->cap_roads) {
        int cap = s->cap_roads ? s->cap_roads * 2 : 4;
        SessionRoad *grown = attune_realloc(s->roads, (size_t)cap * sizeof *grown);
        if (!grown) {
            log_error("session", "out of memory: a road not taken is not recorded");
            return;
        }
        s->roads = grown;
        s->cap_roads = cap;
    }
    SessionRoad r = {.from = from, .option = option, .ms = ms > 0 ? ms : 0};
    if (n > 0) {
        r.steps = attune_calloc((size_t)n, sizeof *r.steps);
        if (!r.steps) {
            log_error("session", "out of memory: a road not taken is not recorded");
            return;
        }
    }
    r.n_steps = n;
    for (int i = 0; i < n; i++) {
        r.steps[i].text = keep(steps[i].text);
        r.steps[i].kind = keep(steps[i].kind);
        r.steps[i].inner = keep(steps[i].inner);
        r.steps[i].id = keep(steps[i].choice_id);
        r.steps[i].connection = steps[i].connection;
        r.steps[i].dconn = steps[i].dconn;
        r.steps[i].opened = steps[i].opened;
        r.steps[i].repaired = steps[i].repaired;
        if (s->n_people > 0 && steps[i].n_people > 0) {
            SessionRoadStep *rs = &r.steps[i];
            rs->to = keep(steps[i].to);
            rs->n_people = s->n_people;
            for (int j = 0; j < steps[i].n_people && j < STORY_MAX_PEOPLE; j++) {
                int k = step_person_index(s, &steps[i].people[j], j);
                if (k >= 0 && k < rs->n_people) {
                    effect_from_step(&rs->people[k], &steps[i].people[j], false);
                    rs->people[k].present = rs->people[k].kind != NULL;
                }
            }
        }
    }
    r.ending = keep(ending);
    ATTUNE_ASSERT(s->n_roads < s->cap_roads);
    s->roads[s->n_roads++] = r;
}

void session_note_resumed(Session *s, const char *hhmm)
{
    if (!s || !hhmm)
        return;
    int i = s->n_resumed < SESSION_MAX_RESUMED ? s->n_resumed++ : SESSION_MAX_RESUMED - 1;
    str_copy(s->resumed[i], hhmm, sizeof s->resumed[i]);
}

void session_finish(Session *s, const StoryView *v, long long now)
{
    if (!s)
        return;
    touch(s, now);
    pause_flush(s, now);
    if (s->pending) {
        decision_free(&s->current);
        s->pending = false;
    }
    s->finished = true;
    s->ended_at = now;
    if (!v)
        return;
    s->connection_end = v->connection;
    for (int k = 0; k < s->n_people; k++) {
        const StoryPerson *p = view_person(s, v, k);
        if (p)
            s->people[k].connection_end = p->connection;
    }
    if (v->is_ending) {
        attune_free(s->ending_title);
        attune_free(s->ending_verdict);
        attune_free(s->ending_text);
        s->ending_title = keep(v->title);
        s->ending_verdict = keep(v->verdict);
        s->ending_text = keep(v->text);
    }
}
