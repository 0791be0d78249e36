/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The stage: workshop mode's two views of one moment, drawn from a plain
 * StageModel -- the projector (the room: large type, answers lettered A-D,
 * vote bars, the meters; nothing held back shows before it is revealed) and
 * the presenter (the facilitator: notes, kinds, why, where each answer
 * leads, the tally, the keys). Layer: UI, beside screens.c and
 * menus.c, in their theme. Every layout is a pure function of the model and
 * the size, shared by drawing and hit-testing, and nothing is drawn outside
 * (0, 0, w, h): the frame is filled, never cleared. This file holds what
 * the stage's other files share (stage_internal.h): small drawing helpers,
 * the session's numbers and the projector's type sizes. */
#include "attune/i18n.h"
#include "attune/log.h"
#include "attune/markup.h"
#include "attune/utf8.h"
#include "stage_internal.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

char stage_letter(int i)
{
    return (char)('A' + i);
}

/* ---- small helpers ---- */

int line_h(Screens *s, int px)
{
    return text_line_height(s->text, px);
}

float height_of(Screens *s, const char *str, int px, float width, TextStyle st)
{
    if (!str || !*str)
        return 0;
    return (float)text_measure(s->text, str, px, (int)fmaxf(width, 1.0f), st, NULL, NULL);
}

/* Draw `str` wrapped to `width` at (x, y); returns its height. */
float put(Screens *s, const char *str, int px, float x, float y, float width, TextStyle st,
          SDL_Color c)
{
    if (!str || !*str)
        return 0;
    return (float)text_draw(s->text, str, px, (int)x, (int)y, (int)fmaxf(width, 1.0f), st, c, -1);
}

/* Draw or measure: one code path, so the layout and the picture agree. */
float put_or_measure(Screens *s, bool draw, const char *str, int px, float x, float y, float width,
                     TextStyle st, SDL_Color c)
{
    return draw ? put(s, str, px, x, y, width, st, c) : height_of(s, str, px, width, st);
}

bool point_in(SDL_FRect r, int x, int y)
{
    SDL_FPoint p = {(float)x, (float)y};
    return r.w > 0 && r.h > 0 && SDL_PointInFRect(&p, &r);
}

/* Clip to `r` (whole pixels, inside the frame w x h). */
void clip_to(Screens *s, SDL_FRect r, int w, int h)
{
    int x0 = (int)fmaxf(0, floorf(r.x)), y0 = (int)fmaxf(0, floorf(r.y));
    int x1 = (int)fminf((float)w, ceilf(r.x + r.w)), y1 = (int)fminf((float)h, ceilf(r.y + r.h));
    SDL_Rect c = {x0, y0, x1 > x0 ? x1 - x0 : 0, y1 > y0 ? y1 - y0 : 0};
    SDL_RenderSetClipRect(s->renderer, &c);
}

/* "m:ss" */
void clock_text(char *out, size_t n, int secs)
{
    if (secs < 0)
        secs = 0;
    snprintf(out, n, "%d:%02d", secs / 60, secs % 60);
}

int answer_count(const StageModel *m)
{
    if (!m->view || m->view->is_ending)
        return 0;
    int n = m->view->n_choices;
    return n < 0 ? 0 : n > STORY_MAX_CHOICES ? STORY_MAX_CHOICES : n;
}

int votes_of(const StageModel *m, int i)
{
    return m->votes && i >= 0 && i < answer_count(m) && m->votes[i] > 0 ? m->votes[i] : 0;
}

bool valid_answer(const StageModel *m, int i)
{
    return i >= 0 && i < answer_count(m);
}

/* "+6", "−8" (a real minus sign), "0". */
void signed_text(char *out, size_t n, int v)
{
    snprintf(out, n, v > 0 ? "+%d" : v < 0 ? "\u2212%d" : "%d", v < 0 ? -v : v);
}

int votes_total(const StageModel *m)
{
    int t = 0;
    for (int i = 0; i < answer_count(m); i++)
        t += votes_of(m, i);
    return t;
}

bool is_tied(const StageModel *m, int i)
{
    for (int k = 0; k < m->n_tied && k < STORY_MAX_CHOICES; k++)
        if (m->tied[k] == i)
            return true;
    return false;
}

void votes_words(char *out, size_t n, int v)
{
    snprintf(out, n, P_("%d vote", "%d votes", v), v);
}

/* The rules' kinds (each one's label, how they count): the session's copy of
 * the story's. */
const Kinds *kinds_of(const StageModel *m)
{
    return m->session ? &m->session->kinds : NULL;
}

SDL_Color opaque(SDL_Color c)
{
    c.a = 255;
    return c;
}

/* The panel menus and pages sit on: opaque, with a rim in high contrast. */
void panel(Screens *s, SDL_FRect p, float rad)
{
    const Theme *theme = ui_theme();
    render_round_rect(s->renderer, p, rad, opaque(theme->panel));
    if (theme->outline > 1.0f)
        render_round_outline(s->renderer, p, rad, theme->outline, theme->dim);
}

/* A letter on a rounded square: an answer's key, readable across a room. */
void badge(Screens *s, SDL_FRect b, const char *label, int px, bool on)
{
    const Theme *theme = ui_theme();
    render_round_rect(s->renderer, b, b.w * 0.2f, on ? theme->text : theme->dim);
    int lw = width_of(s, label, px, TEXT_STRONG), lh = line_h(s, px);
    text_draw(s->text, label, px, (int)lroundf(b.x + (b.w - (float)lw) / 2),
              (int)lroundf(b.y + (b.h - (float)lh) / 2 - (float)px * 0.02f), (int)b.w + px,
              TEXT_STRONG, opaque(theme->panel), -1);
}

void letter_badge(Screens *s, SDL_FRect b, int i, int px, bool on)
{
    char t[2] = {stage_letter(i), '\0'};
    badge(s, b, t, px, on);
}

/* A small solid triangle pointing up (dir 0), right (1), down (2) or left (3). */
void triangle(SDL_Renderer *r, float cx, float cy, float a, int dir, SDL_Color c)
{
    static const float tip[4][2] = {{0, -1}, {1, 0}, {0, 1}, {-1, 0}};
    float tx = tip[dir & 3][0], ty = tip[dir & 3][1];
    float bx = cx - tx * a * 0.6f, by = cy - ty * a * 0.6f;
    SDL_Vertex v[3] = {
        {{cx + tx * a, cy + ty * a}, c, {0, 0}},
        {{bx + ty * a, by - tx * a}, c, {0, 0}},
        {{bx - ty * a, by + tx * a}, c, {0, 0}},
    };
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    SDL_RenderGeometry(r, NULL, v, 3, NULL, 0);
}

/* A rupture opened: a broken ring. A repair: a filled disc (ui.c's, which
 * both debriefs' chart uses). */
void rupture_mark(SDL_Renderer *r, float cx, float cy, float rad, bool repaired)
{
    ui_rupture_mark(r, cx, cy, rad, repaired);
}

/* ---- the session ---- */

const Session *sess(const StageModel *m)
{
    return m->session && m->session->n_decisions >= 0 &&
                   (m->session->n_decisions == 0 || m->session->decisions)
               ? m->session
               : NULL;
}

int n_decisions(const StageModel *m)
{
    return sess(m) ? m->session->n_decisions : 0;
}

const SessionDecision *decision(const StageModel *m, int i)
{
    return i >= 0 && i < n_decisions(m) ? &m->session->decisions[i] : NULL;
}

int option_count(const SessionDecision *d)
{
    return d->n_options < 0                   ? 0
           : d->n_options > STORY_MAX_CHOICES ? STORY_MAX_CHOICES
                                              : d->n_options;
}

const SessionOption *chosen_option(const SessionDecision *d)
{
    return d && d->chosen >= 0 && d->chosen < option_count(d) ? &d->options[d->chosen] : NULL;
}

/* The decision being shown: the one pending, or the last one decided. */
int decision_number(const StageModel *m)
{
    const Session *se = sess(m);
    if (!se)
        return 0;
    if (m->phase == STAGE_BEAT || m->phase == STAGE_TIE ||
        ((m->phase == STAGE_DISCUSS || m->phase == STAGE_MENU || m->phase == STAGE_KEYS) &&
         (m->paused_from == STAGE_BEAT || m->paused_from == STAGE_TIE)))
        return se->pending && se->current.number > 0 ? se->current.number : se->n_decisions + 1;
    return se->n_decisions;
}

Totals totals(const StageModel *m)
{
    Totals t;
    memset(&t, 0, sizeof t);
    const Session *se = sess(m);
    t.start = t.end = se ? se->connection_start : 50;
    if (!se)
        return t;
    t.n = se->n_decisions;
    t.talk_ms = se->discussion_ms;
    for (int i = 0; i < t.n; i++) {
        const SessionDecision *d = &se->decisions[i];
        t.ruptures += d->opened;
        t.repairs += d->repaired;
        t.by_vote += d->by == SESSION_BY_MAJORITY;
        t.by_tie += d->by == SESSION_BY_TIE_BREAK;
        t.by_you += d->by == SESSION_BY_FACILITATOR;
        t.talk_ms += d->discussion_ms;
        for (int k = 0; k < option_count(d); k++)
            t.votes += d->options[k].votes > 0 ? d->options[k].votes : 0;
        t.end = d->connection_after;
    }
    if (se->ending_title && se->connection_end)
        t.end = se->connection_end;
    return t;
}

/* ---- what the answer did (REVEALED) ---- */

Reveal reveal_of(const StageModel *m)
{
    Reveal r;
    memset(&r, 0, sizeof r);
    r.label = "";
    const StoryView *v = m->view;
    if (v && m->chosen >= 0 && m->chosen < answer_count(m)) {
        const StoryChoiceView *c = &v->choices[m->chosen];
        r.text = c->text;
        r.kind = c->kind;
        r.label = c->label;
        r.tone = c->tone;
        r.inner = c->inner;
        r.why = c->why;
    }
    if (m->step) {
        const StoryStep *st = m->step;
        r.text = st->text ? st->text : r.text;
        r.kind = st->kind ? st->kind : r.kind;
        r.label = st->kind ? st->label : r.label;
        r.tone = st->kind ? st->tone : r.tone;
        r.inner = st->inner ? st->inner : r.inner;
        r.why = st->why ? st->why : r.why;
        r.dconn = st->dconn;
        r.after = st->connection;
        r.before = st->connection - st->dconn;
        r.has_change = true;
        r.opened = st->opened;
        r.deepened = st->deepened;
        r.repaired = st->repaired;
        r.rule = st->rule;
    }
    return r;
}

/* The meters as they stand: in REVEALED, moving from before to after. */
StoryView meter_view(const StageModel *m)
{
    StoryView v = *m->view;
    v.has_feedback = false;
    if (m->phase == STAGE_REVEALED && m->step) {
        const StoryStep *st = m->step;
        float a = fminf(fmaxf(m->anim, 0.0f), 1.0f);
        int before = st->connection - st->dconn;
        v.connection = (int)lroundf((float)before + (float)st->dconn * a);
        v.steadiness = (int)lroundf((float)m->view->steadiness +
                                    (float)(st->steadiness - m->view->steadiness) * a);
        if (a >= 0.5f) {
            v.open_ruptures = st->open_ruptures;
            v.state_word = st->state_word ? st->state_word : m->view->state_word;
        }
    }
    return v;
}

/* ---- the projector: type sizes ---- */

static const float LEVEL_FRAC[LEVELS][3] = {
    {0.054f, 0.043f, 0.031f}, {0.050f, 0.040f, 0.029f}, {0.046f, 0.036f, 0.027f},
    {0.042f, 0.031f, 0.027f}, {0.038f, 0.027f, 0.026f},
};

/* The projector's theme, for the back row of a room: an answer's cap height
 * (Open Sans: 0.714 of the size) >= 3.2% of the frame's height and the
 * meters and vote counts >= 2.8% at every level, so the search never goes
 * under them (tests/test_projector.c measures it). */
static const float LEVEL_FRAC_ROOM[LEVELS][3] = {
    {0.054f, 0.050f, 0.042f}, {0.050f, 0.048f, 0.041f},  {0.048f, 0.047f, 0.041f},
    {0.047f, 0.046f, 0.041f}, {0.046f, 0.0455f, 0.041f},
};

int base_of(float w, float h)
{
    float b = fminf(h, w * 0.75f);
    return (int)fmaxf(b, 1.0f);
}

int px_at(float frac, int base, float scale, int min_px)
{
    int p = (int)lroundf(frac * (float)base * scale);
    return p < min_px ? min_px : p;
}

PType proj_type(int w, int h, int level, float scale)
{
    int b = base_of((float)w, (float)h);
    /* the projector's theme: its room sizes, then (ROOM_LEVELS on) the
     * ordinary ones as a last resort, so a long beat is never cut off */
    bool room = ui_light() && level < ROOM_LEVELS;
    level = level >= ROOM_LEVELS ? level - ROOM_LEVELS : level;
    level = level < 0 ? 0 : level >= LEVELS ? LEVELS - 1 : level;
    PType t;
    if (room && scale < 1.0f)
        scale = 1.0f; /* never under the room's sizes */
    const float *f = room ? LEVEL_FRAC_ROOM[level] : LEVEL_FRAC[level];
    t.line = px_at(f[0], b, scale, 13);
    t.answer = px_at(f[1], b, scale, 11);
    t.small = px_at(f[2], b, scale, 10);
    t.head = px_at(level <= 1 ? 0.062f : 0.054f, b, scale, 15);
    t.clock = px_at(0.085f, b, fminf(scale, 1.3f), 18);
    t.room = room;
    if (room)
        t.clock = t.head; /* the room's type is large already: the timer gives it room */
    return t;
}

/* ---- the frame ---- */

/* With the presenter's overlay, the room's view keeps the left part. */
int stage_width(const StageModel *m, int w, int h)
{
    if (!m->overlay)
        return w;
    float W = (float)w, ow = W * (W / (float)h >= 1.5f ? 0.45f : 0.55f);
    return (int)lroundf(W - ow);
}

void frame_fill(Screens *s, int w, int h)
{
    /* Filled, not cleared: SDL_RenderClear would reach past (w, h). */
    render_fill(s->renderer, ui_rect(0, 0, (float)w, (float)h), (SDL_Color){20, 18, 20, 255});
}
