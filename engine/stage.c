/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The stage: workshop mode's two views of one moment, drawn from a plain
 * StageModel -- the projector (the room: large type, answers lettered A-D,
 * vote bars, the meters; nothing held back shows before it is revealed) and
 * the presenter (the facilitator: notes, kinds, why, where each answer
 * leads, the tally, the keys). Layer: C engine, beside screens.c and
 * menus.c, in their theme. Every layout is a pure function of the model and
 * the size, shared by drawing and hit-testing, and nothing is drawn outside
 * (0, 0, w, h): the frame is filled, never cleared. */
#include "attune/stage.h"
#include "attune/log.h"
#include "attune/markup.h"
#include "attune/utf8.h"
#include "ui.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define TH (ui_theme())

char stage_letter(int i)
{
    return (char)('A' + i);
}

/* ---- small helpers ---- */

static int line_h(Screens *s, int px)
{
    return text_line_height(s->text, px);
}

static int width_of(Screens *s, const char *str, int px, TextStyle st)
{
    int w = 0;
    if (str && *str)
        text_measure(s->text, str, px, 1 << 20, st, NULL, &w);
    return w;
}

static float height_of(Screens *s, const char *str, int px, float width, TextStyle st)
{
    if (!str || !*str)
        return 0;
    return (float)text_measure(s->text, str, px, (int)fmaxf(width, 1.0f), st, NULL, NULL);
}

/* Draw `str` wrapped to `width` at (x, y); returns its height. */
static float put(Screens *s, const char *str, int px, float x, float y, float width, TextStyle st,
                 SDL_Color c)
{
    if (!str || !*str)
        return 0;
    return (float)text_draw(s->text, str, px, (int)x, (int)y, (int)fmaxf(width, 1.0f), st, c, -1);
}

/* Draw or measure: one code path, so the layout and the picture agree. */
static float put_or_measure(Screens *s, bool draw, const char *str, int px, float x, float y,
                            float width, TextStyle st, SDL_Color c)
{
    return draw ? put(s, str, px, x, y, width, st, c) : height_of(s, str, px, width, st);
}

static bool point_in(SDL_FRect r, int x, int y)
{
    SDL_FPoint p = {(float)x, (float)y};
    return r.w > 0 && r.h > 0 && SDL_PointInFRect(&p, &r);
}

/* Clip to `r` (whole pixels, inside the frame w x h). */
static void clip_to(Screens *s, SDL_FRect r, int w, int h)
{
    int x0 = (int)fmaxf(0, floorf(r.x)), y0 = (int)fmaxf(0, floorf(r.y));
    int x1 = (int)fminf((float)w, ceilf(r.x + r.w)), y1 = (int)fminf((float)h, ceilf(r.y + r.h));
    SDL_Rect c = {x0, y0, x1 > x0 ? x1 - x0 : 0, y1 > y0 ? y1 - y0 : 0};
    SDL_RenderSetClipRect(s->renderer, &c);
}

/* "m:ss" */
static void clock_text(char *out, size_t n, int secs)
{
    if (secs < 0)
        secs = 0;
    snprintf(out, n, "%d:%02d", secs / 60, secs % 60);
}

/* `in` with its asterisks escaped, so text drawn from a path or a typed
 * folder is never read as markup. */
static void escape_stars(const char *in, char *out, size_t n)
{
    size_t o = 0;
    for (const char *p = in ? in : ""; *p && o + 3 < n; p++) {
        if (*p == '*')
            out[o++] = '\\';
        out[o++] = *p;
    }
    out[n ? (o < n ? o : n - 1) : 0] = '\0';
}

/* `in` as plain words on one line of `width`: cut at a word, with "…",
 * when it is longer. */
static const char *one_line(Screens *s, const char *in, int px, float width, TextStyle st,
                            char *out, size_t n)
{
    char plain[1200], buf[1300];
    markup_plain(in ? in : "", plain, sizeof plain);
    escape_stars(plain, out, n);
    if ((float)width_of(s, out, px, st) <= width)
        return out;
    /* The longest run of whole words that fits with the ellipsis. */
    size_t len = strlen(plain), cuts[256];
    int nc = 0;
    for (size_t i = 1; i < len && nc < 256; i++)
        if (plain[i] == ' ' && plain[i - 1] != ' ')
            cuts[nc++] = i;
    int lo = 0, hi = nc - 1, best = -1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        char cut[1200];
        memcpy(cut, plain, cuts[mid]);
        cut[cuts[mid]] = '\0';
        escape_stars(cut, buf, sizeof buf - 4);
        strcat(buf, "\u2026");
        if ((float)width_of(s, buf, px, st) <= width) {
            best = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    size_t keep = best >= 0 ? cuts[best] : 0;
    if (best < 0) {
        /* Not even one word: whole characters of it. */
        size_t i = 0;
        while (i < len) {
            size_t k = i;
            utf8_next(plain, len, &k);
            char cut[1200];
            memcpy(cut, plain, k);
            cut[k] = '\0';
            escape_stars(cut, buf, sizeof buf - 4);
            strcat(buf, "\u2026");
            if ((float)width_of(s, buf, px, st) > width)
                break;
            i = k;
        }
        keep = i;
    }
    plain[keep] = '\0';
    escape_stars(plain, buf, sizeof buf - 4);
    snprintf(out, n, "%s\u2026", buf);
    return out;
}

static int answer_count(const StageModel *m)
{
    if (!m->view || m->view->is_ending)
        return 0;
    int n = m->view->n_choices;
    return n < 0 ? 0 : n > STORY_MAX_CHOICES ? STORY_MAX_CHOICES : n;
}

static int votes_of(const StageModel *m, int i)
{
    return m->votes && i >= 0 && i < answer_count(m) && m->votes[i] > 0 ? m->votes[i] : 0;
}

static bool valid_answer(const StageModel *m, int i)
{
    return i >= 0 && i < answer_count(m);
}

/* "+6", "−8" (a real minus sign), "0". */
static void signed_text(char *out, size_t n, int v)
{
    snprintf(out, n, v > 0 ? "+%d" : v < 0 ? "\u2212%d" : "%d", v < 0 ? -v : v);
}

static int votes_total(const StageModel *m)
{
    int t = 0;
    for (int i = 0; i < answer_count(m); i++)
        t += votes_of(m, i);
    return t;
}

static bool is_tied(const StageModel *m, int i)
{
    for (int k = 0; k < m->n_tied && k < STORY_MAX_CHOICES; k++)
        if (m->tied[k] == i)
            return true;
    return false;
}

static void votes_words(char *out, size_t n, int v)
{
    snprintf(out, n, v == 1 ? _("%d vote") : _("%d votes"), v);
}

static SDL_Color kind_colour(KindTone tone)
{
    return tone == KIND_ATTUNED ? TH->good : tone == KIND_MISSED ? TH->accent : TH->text;
}

/* The rules' kinds (each one's label, which count as attuned): the session's
 * copy of the story's. */
static const Kinds *kinds_of(const StageModel *m)
{
    return m->session ? &m->session->kinds : NULL;
}

static SDL_Color opaque(SDL_Color c)
{
    c.a = 255;
    return c;
}

/* The panel menus and pages sit on: opaque, with a rim in high contrast. */
static void panel(Screens *s, SDL_FRect p, float rad)
{
    render_round_rect(s->renderer, p, rad, opaque(TH->panel));
    if (TH->outline > 1.0f)
        render_round_outline(s->renderer, p, rad, TH->outline, TH->dim);
}

/* A letter on a rounded square: an answer's key, readable across a room. */
static void badge(Screens *s, SDL_FRect b, const char *label, int px, bool on)
{
    render_round_rect(s->renderer, b, b.w * 0.2f, on ? TH->text : TH->dim);
    int lw = width_of(s, label, px, TEXT_STRONG), lh = line_h(s, px);
    text_draw(s->text, label, px, (int)lroundf(b.x + (b.w - (float)lw) / 2),
              (int)lroundf(b.y + (b.h - (float)lh) / 2 - (float)px * 0.02f), (int)b.w + px,
              TEXT_STRONG, opaque(TH->panel), -1);
}

static void letter_badge(Screens *s, SDL_FRect b, int i, int px, bool on)
{
    char t[2] = {stage_letter(i), '\0'};
    badge(s, b, t, px, on);
}

/* A small solid triangle pointing up (dir 0), right (1), down (2) or left (3). */
static void triangle(SDL_Renderer *r, float cx, float cy, float a, int dir, SDL_Color c)
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

/* A rupture opened: a broken ring. A repair: a filled disc. */
static void rupture_mark(SDL_Renderer *r, float cx, float cy, float rad, bool repaired)
{
    if (repaired) {
        render_disc(r, cx, cy, rad, TH->good);
        return;
    }
    float t = fmaxf(1.5f, rad * 0.38f);
    for (int k = 0; k < 4; k++)
        render_arc(r, cx, cy, rad, t, (float)k * 90 + 15, (float)k * 90 + 70, TH->bad);
}

static int stage_width(const StageModel *m, int w, int h);

/* ---- the session ---- */

static const Session *sess(const StageModel *m)
{
    return m->session && m->session->n_decisions >= 0 &&
                   (m->session->n_decisions == 0 || m->session->decisions)
               ? m->session
               : NULL;
}

static int n_decisions(const StageModel *m)
{
    return sess(m) ? m->session->n_decisions : 0;
}

static const SessionDecision *decision(const StageModel *m, int i)
{
    return i >= 0 && i < n_decisions(m) ? &m->session->decisions[i] : NULL;
}

static int option_count(const SessionDecision *d)
{
    return d->n_options < 0                   ? 0
           : d->n_options > STORY_MAX_CHOICES ? STORY_MAX_CHOICES
                                              : d->n_options;
}

static const SessionOption *chosen_option(const SessionDecision *d)
{
    return d && d->chosen >= 0 && d->chosen < option_count(d) ? &d->options[d->chosen] : NULL;
}

/* The decision being shown: the one pending, or the last one decided. */
static int decision_number(const StageModel *m)
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

typedef struct Totals {
    int n, ruptures, repairs, by_vote, by_tie, by_you, votes;
    int start, end;
    long long talk_ms;
} Totals;

static Totals totals(const StageModel *m)
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

typedef struct Reveal {
    const char *text, *kind, *inner, *why, *rule;
    const char *label; /* the kind's, as the rules name it */
    KindTone tone;
    int dconn, before, after;
    bool has_change, opened, deepened, repaired;
} Reveal;

static Reveal reveal_of(const StageModel *m)
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
static StoryView meter_view(const StageModel *m)
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

/* Sizes from the height, or from the width when narrower than 4:3. Five
 * levels: the first three keep the floors for a room (the line >= 4.5% of
 * the height, answers >= 3.5%); the last two go under them, toward 2.6%,
 * only when nothing else fits. */
typedef struct PType {
    int line, answer, small, head, clock;
} PType;

enum { LEVEL_FLOOR = 2, LEVELS = 5 };

static const float LEVEL_FRAC[LEVELS][3] = {
    {0.054f, 0.043f, 0.031f}, {0.050f, 0.040f, 0.029f}, {0.046f, 0.036f, 0.027f},
    {0.042f, 0.031f, 0.027f}, {0.038f, 0.027f, 0.026f},
};

static int base_of(float w, float h)
{
    float b = fminf(h, w * 0.75f);
    return (int)fmaxf(b, 1.0f);
}

static int px_at(float frac, int base, float scale, int min_px)
{
    int p = (int)lroundf(frac * (float)base * scale);
    return p < min_px ? min_px : p;
}

static PType proj_type(int w, int h, int level, float scale)
{
    int b = base_of((float)w, (float)h);
    level = level < 0 ? 0 : level >= LEVELS ? LEVELS - 1 : level;
    PType t;
    t.line = px_at(LEVEL_FRAC[level][0], b, scale, 13);
    t.answer = px_at(LEVEL_FRAC[level][1], b, scale, 11);
    t.small = px_at(LEVEL_FRAC[level][2], b, scale, 10);
    t.head = px_at(level <= 1 ? 0.062f : 0.054f, b, scale, 15);
    t.clock = px_at(0.085f, b, fminf(scale, 1.3f), 18);
    return t;
}

/* The order layouts are tried in: on a wide screen first the person and
 * their line on the left, the answers in a tall column on the right; then
 * the line across the foot with the answers' column above it at its place,
 * over the person's shoulder, then across the whole width -- each at the
 * player's text size, then the default, from the largest type down to the
 * floors; last, under the floors across the width. */
typedef struct Try {
    int level, widen;
    float scale;
    int cols;   /* the answers in one column, or in two or three (many answers) */
    bool tight; /* last resort: a smaller clock and a quieter line */
} Try;

enum { WIDEN_SIDE = 3 };

static int tries(Try *out, int max, bool wide)
{
    int n = 0;
    float user = ui_scale();
    float scales[2] = {user, 1.0f};
    int ns = user > 1.01f ? 2 : 1;
    for (int k = 0; k < ns; k++)
        for (int lv = 0; wide && lv <= LEVEL_FLOOR && n < max; lv++)
            out[n++] = (Try){lv, WIDEN_SIDE, scales[k], 1, false};
    for (int k = 0; k < ns; k++)
        for (int wd = 0; wd < 3; wd++)
            for (int lv = 0; lv <= LEVEL_FLOOR && n < max; lv++)
                out[n++] = (Try){lv, wd, scales[k], 1, false};
    for (int lv = LEVEL_FLOOR + 1; lv < LEVELS && n < max; lv++)
        out[n++] = (Try){lv, 2, 1.0f, 1, false};
    /* Many answers: two or three columns of cards across the width; then
     * the same with the clock and the line made smaller. */
    for (int lv = LEVEL_FLOOR; lv < LEVELS && n < max; lv++)
        out[n++] = (Try){lv, 2, 1.0f, 2, false};
    for (int lv = LEVEL_FLOOR + 1; lv < LEVELS && n < max; lv++)
        out[n++] = (Try){lv, 2, 1.0f, 3, false};
    for (int c = 2; c <= 3 && n < max; c++)
        out[n++] = (Try){LEVELS - 1, 2, 1.0f, c, true};
    return n;
}

/* ---- the projector: layout of a beat (BEAT, TIE, CHOSEN, REVEALED) ---- */

typedef struct Layout {
    PType ty;
    float W, H, margin, gap;
    int n_banners;
    SDL_FRect banner[2];
    char banner_text[2][600];
    int banner_px[2];
    SDL_FRect clock;    /* top left: the timer and the votes, or the group's answer */
    SDL_FRect meters;   /* top right */
    SDL_FRect change;   /* REVEALED: the connection's change, beside the meters */
    SDL_FRect box;      /* the line, at the bottom */
    SDL_FRect col;      /* the answers' column, or the reveal */
    SDL_FRect reveal;   /* REVEALED: the panel in the column */
    SDL_FRect portrait; /* where the person stands */
    bool side;          /* the person and the line on the left, the answers right */
    bool tight;         /* the last resort: a smaller clock, a quieter line */
    int cols;           /* the answers' columns */
    float clock_max_w;  /* the widest the top-left panel may be */
    float bottom;       /* above the notice */
    int n;
    SDL_FRect cards[STORY_MAX_CHOICES];
    bool votes_col; /* the cards keep room for vote counts and bars */
    float votes_w;
    bool overflow;
    float miss; /* how far it does not fit, in pixels */
} Layout;

static float notice_room(Screens *s, const StageModel *m, int w, int h)
{
    if (!m->notice || !*m->notice)
        return 0;
    int px = proj_type(w, h, LEVEL_FLOOR, 1.0f).small;
    return (float)line_h(s, px) * 1.5f;
}

/* The banners over a beat: a road not taken; a tie. */
static void banners(const StageModel *m, Layout *L)
{
    L->n_banners = 0;
    if (m->side_road) {
        char kind[200] = "";
        if (m->side_group_kind)
            snprintf(kind, sizeof kind, _(" (the group chose %s)"),
                     kinds_label(kinds_of(m), m->side_group_kind));
        snprintf(L->banner_text[L->n_banners], sizeof L->banner_text[0],
                 _("**Road not taken** \u2014 from decision %d%s  \u00b7  N returns to the group"),
                 m->side_from, kind);
        L->banner_px[L->n_banners++] = L->ty.small;
    }
    if (m->phase == STAGE_TIE && m->n_tied > 0) {
        char *t = L->banner_text[L->n_banners];
        size_t cap = sizeof L->banner_text[0];
        int len = snprintf(t, cap, "%s", _("**A tie:** "));
        int n = m->n_tied < STORY_MAX_CHOICES ? m->n_tied : STORY_MAX_CHOICES;
        for (int k = 0; k < n && len > 0 && (size_t)len < cap; k++)
            len += snprintf(t + len, cap - (size_t)len, "%s%c",
                            k == 0       ? ""
                            : k == n - 1 ? _(" and ")
                                         : ", ",
                            stage_letter(m->tied[k]));
        int v = votes_of(m, m->tied[0]);
        if (len > 0 && (size_t)len < cap)
            snprintf(t + len, cap - (size_t)len,
                     v == 1 ? _(", %d vote each \u2014 the facilitator decides")
                            : _(", %d votes each \u2014 the facilitator decides"),
                     v);
        L->banner_px[L->n_banners++] = L->ty.answer;
    }
}

/* The timer: a ring that empties as the time goes, the minutes and
 * seconds large (digits at `px`), and its label with `extra` under it to
 * their right (at `sp`). Its size; drawn from (x, y) when `draw`. */
static void countdown(Screens *s, const StageModel *m, int px, int sp, const char *extra, float x,
                      float y, bool draw, float *w, float *h)
{
    char digits[32], label[128];
    bool up = m->timer_left_s <= 0;
    clock_text(digits, sizeof digits, m->timer_left_s);
    const char *name = m->timer_label ? m->timer_label : _("Timer");
    if (up)
        snprintf(label, sizeof label, "%s", _("**Time**"));
    else if (!m->timer_running)
        snprintf(label, sizeof label, _("%s \u00b7 paused"), name);
    else
        snprintf(label, sizeof label, "%s", name);
    bool more = extra && *extra;
    int cl = line_h(s, px), sl = line_h(s, sp);
    float gap = (float)sp * 0.55f, ring = (float)cl * 0.62f;
    float dw = fmaxf((float)width_of(s, "0:00", px, TEXT_STRONG),
                     (float)width_of(s, digits, px, TEXT_STRONG));
    float lw = fmaxf((float)width_of(s, label, sp, TEXT_REGULAR),
                     (float)width_of(s, extra, sp, TEXT_STRONG));
    *w = ring + gap + dw + gap + lw;
    *h = (float)cl;
    if (!draw)
        return;
    float cx = x + ring / 2, cy = y + (float)cl / 2, rr = ring / 2;
    float th = fmaxf(2.0f, rr * 0.22f) * TH->outline;
    render_arc(s->renderer, cx, cy, rr, th, 0, 360, TH->track);
    float frac = m->timer_total_s > 0 ? (float)m->timer_left_s / (float)m->timer_total_s : 0;
    frac = fminf(fmaxf(frac, 0.0f), 1.0f);
    if (frac > 0)
        render_arc(s->renderer, cx, cy, rr, th, 0, 360.0f * frac, TH->accent);
    float dx = x + ring + gap;
    put(s, digits, px, dx, y, dw + (float)px, TEXT_STRONG, up ? TH->accent : TH->text);
    float lx = dx + dw + gap, ly = cy - (float)(more ? 2 * sl : sl) / 2;
    put(s, label, sp, lx, ly, lw + 1, TEXT_REGULAR, up ? TH->accent : TH->muted);
    if (more)
        put(s, extra, sp, lx, ly + (float)sl, lw + 1, TEXT_STRONG, TH->text);
}

/* The top-left panel: on a beat, the timer and the votes in; once chosen,
 * the group's answer. Its size (0 when there is nothing to show), and
 * drawn at L->clock when `draw`. */
static void clock_put(Screens *s, const StageModel *m, Layout *L, bool draw, float *w, float *h)
{
    const PType *t = &L->ty;
    float pad = (float)t->small * 0.55f;
    *w = *h = 0;
    if (m->phase == STAGE_CHOSEN) {
        char head[200];
        if (valid_answer(m, m->chosen))
            snprintf(head, sizeof head, _("The group chose **%c**"), stage_letter(m->chosen));
        else
            snprintf(head, sizeof head, "%s", _("The group has chosen"));
        const char *quiet = _("*The inner voice and why will be revealed*");
        float tw = fmaxf((float)width_of(s, head, t->head, TEXT_REGULAR),
                         (float)width_of(s, quiet, t->small, TEXT_REGULAR));
        tw = fminf(tw, L->clock_max_w);
        float hh = height_of(s, head, t->head, tw + 1, TEXT_REGULAR);
        float qh = height_of(s, quiet, t->small, tw + 1, TEXT_REGULAR);
        *w = tw + 2 * pad;
        *h = hh + qh + 2 * pad;
        if (draw) {
            SDL_FRect c = L->clock;
            render_round_rect(s->renderer, c, pad, TH->panel);
            put(s, head, t->head, c.x + pad, c.y + pad, tw + 1, TEXT_REGULAR, TH->text);
            put(s, quiet, t->small, c.x + pad, c.y + pad + hh, tw + 1, TEXT_REGULAR, TH->muted);
        }
        return;
    }
    if (m->phase != STAGE_BEAT && m->phase != STAGE_TIE)
        return;
    int total = votes_total(m);
    char vt[64] = "";
    if (total > 0)
        votes_words(vt, sizeof vt, total);
    if (!m->timer_on) {
        if (total <= 0)
            return;
        *w = (float)width_of(s, vt, t->answer, TEXT_STRONG) + 2 * pad;
        *h = (float)line_h(s, t->answer) + 2 * pad;
        if (draw) {
            render_round_rect(s->renderer, L->clock, pad, TH->panel);
            put(s, vt, t->answer, L->clock.x + pad, L->clock.y + pad, *w, TEXT_STRONG, TH->text);
        }
        return;
    }
    float tw, th;
    countdown(s, m, t->clock, t->small, vt, 0, 0, false, &tw, &th);
    *w = tw + 2 * pad;
    *h = th + 2 * pad * 0.6f;
    if (!draw)
        return;
    render_round_rect(s->renderer, L->clock, pad, TH->panel);
    countdown(s, m, t->clock, t->small, vt, L->clock.x + pad, L->clock.y + pad * 0.6f, true, &tw,
              &th);
}

/* The line on screen: what the group answers (in REVEALED, what it
 * answered, as the story recorded it). */
static void line_of(const StageModel *m, const char **speaker, const char **text, const char **cue)
{
    const StoryView *v = m->view;
    *speaker = v ? v->speaker : NULL;
    *text = v ? v->text : NULL;
    *cue = v ? v->cue : NULL;
    if (m->phase == STAGE_REVEALED && m->step && m->step->said) {
        *speaker = m->step->speaker;
        *text = m->step->said;
        *cue = m->step->cue;
    }
}

static float box_pad(const Layout *L)
{
    return (float)L->ty.line * 0.55f;
}

/* The box's speaker, line and cue: their height at the box's width. */
static float box_put(Screens *s, const StageModel *m, const Layout *L, bool draw)
{
    const char *speaker, *text, *cue;
    line_of(m, &speaker, &text, &cue);
    float pad = box_pad(L), x = L->box.x + pad, y = L->box.y + pad;
    float tw = L->box.w - 2 * pad, y0 = y;
    /* Once revealed, the line steps back for what landed inside. */
    bool quiet = m->phase == STAGE_REVEALED || L->tight;
    int lp = quiet ? L->ty.answer : L->ty.line, cp = quiet ? L->ty.small : L->ty.answer;
    if (speaker) {
        y += put_or_measure(s, draw, speaker, L->ty.small, x, y, tw, TEXT_STRONG, TH->accent);
        y += (float)L->ty.small * 0.15f;
    }
    y += put_or_measure(s, draw, text, lp, x, y, tw, TEXT_REGULAR, TH->text);
    if (cue) {
        y += (float)lp * 0.2f;
        y += put_or_measure(s, draw, cue, cp, x, y, tw, TEXT_ITALIC, TH->muted);
    }
    return y - y0;
}

/* What marks a card beyond its answer: the group's answer where a road
 * not taken starts; why it is closed. */
static const char *card_tag(const StageModel *m, int i, char *buf, size_t n)
{
    const StoryChoiceView *c = &m->view->choices[i];
    if (!c->enabled) {
        snprintf(buf, n, _("Not open now%s%s"), c->hint ? ": " : "", c->hint ? c->hint : "");
        return buf;
    }
    if (m->side_road && m->side_from >= 1) {
        const SessionDecision *d = decision(m, m->side_from - 1);
        const SessionOption *o = chosen_option(d);
        if (o && o->id && c->id && strcmp(o->id, c->id) == 0 && d->beat && m->view->beat_id &&
            strcmp(d->beat, m->view->beat_id) == 0) {
            snprintf(buf, n, "%s", _("The group chose this one"));
            return buf;
        }
    }
    return NULL;
}

typedef struct CardGeo {
    float pad, badge, text_x, text_w, bar_room;
    bool count_below; /* narrow cards: the count at the end of the bar */
} CardGeo;

static CardGeo card_geo(const Layout *L, SDL_FRect c)
{
    CardGeo g;
    float apx = (float)L->ty.answer;
    g.pad = apx * (L->tight ? 0.28f : 0.42f);
    g.badge = apx * 1.34f;
    g.text_x = c.x + g.pad + apx * 0.3f + g.badge + apx * 0.5f;
    g.count_below = L->votes_col && L->cols > 1;
    float right =
        c.x + c.w - g.pad - (L->votes_col && !g.count_below ? L->votes_w + apx * 0.5f : 0);
    g.text_w = fmaxf(right - g.text_x, apx * 4);
    g.bar_room = !L->votes_col ? 0 : g.count_below ? (float)L->ty.small * 1.45f : apx * 0.4f;
    return g;
}

/* One answer card: its height at c.w, and drawn at c when `draw`. */
static float card_put(Screens *s, const StageModel *m, const Layout *L, int i, SDL_FRect c,
                      bool draw)
{
    const StoryChoiceView *ch = &m->view->choices[i];
    CardGeo g = card_geo(L, c);
    int apx = L->ty.answer, sp = L->ty.small;
    char tagbuf[400];
    const char *tag = card_tag(m, i, tagbuf, sizeof tagbuf);
    float th = height_of(s, ch->text, apx, g.text_w, TEXT_REGULAR);
    float tgh = tag ? (float)sp * 0.2f + height_of(s, tag, sp, g.text_w, TEXT_ITALIC) : 0;
    float content = fmaxf(th + tgh, g.badge);
    float hgt = content + 2 * g.pad + g.bar_room;
    if (!draw)
        return hgt;
    float extra = fmaxf(0.0f, c.h - hgt) / 2; /* a card in a row of taller ones */
    bool tie = m->phase == STAGE_TIE, chosen = m->phase == STAGE_CHOSEN;
    bool marked = (tie && is_tied(m, i)) || (chosen && i == m->chosen) ||
                  (m->phase == STAGE_BEAT && i == m->focus);
    bool dim = !ch->enabled || (tie && !is_tied(m, i)) || (chosen && i != m->chosen);
    /* Marked: an outline and a marker at the left edge, not colour alone. */
    ui_card(s->renderer, c, apx, marked, false, !dim);
    float top = c.y + g.pad + extra;
    SDL_FRect b =
        ui_rect(c.x + g.pad + (float)apx * 0.3f, top + (content - g.badge) / 2, g.badge, g.badge);
    letter_badge(s, b, i, (int)lroundf((float)apx * 1.02f), !dim);
    float ty = top + (content - th - tgh) / 2;
    put(s, ch->text, apx, g.text_x, ty, g.text_w, TEXT_REGULAR, dim ? TH->dim : TH->text);
    if (tag)
        put(s, tag, sp, g.text_x, ty + th + (float)sp * 0.2f, g.text_w, TEXT_ITALIC,
            dim ? TH->dim : TH->accent);
    int total = votes_total(m);
    if (L->votes_col && total > 0) {
        char vt[48];
        int v = votes_of(m, i);
        votes_words(vt, sizeof vt, v);
        float vw = (float)width_of(s, vt, sp, TEXT_STRONG);
        float vx = c.x + c.w - g.pad - vw, lh = (float)line_h(s, sp);
        float vy = g.count_below ? top + content + (g.bar_room - lh) * 0.5f + g.pad * 0.12f
                                 : top + (content - lh) / 2;
        put(s, vt, sp, vx, vy, vw + (float)sp, TEXT_STRONG, dim && v == 0 ? TH->dim : TH->text);
        /* The bar: its share of the votes, along the card's foot. */
        float bx = b.x, bw = c.x + c.w - g.pad - bx - (g.count_below ? vw + (float)sp * 0.6f : 0);
        float bh = fmaxf(3.0f, (float)apx * 0.2f);
        float by = top + content + (g.bar_room - bh) * 0.5f + g.pad * 0.12f;
        render_round_rect(s->renderer, ui_rect(bx, by, bw, bh), bh / 2, TH->track);
        if (v > 0)
            render_round_rect(s->renderer,
                              ui_rect(bx, by, fmaxf(bh, bw * (float)v / (float)total), bh), bh / 2,
                              TH->accent);
    }
    return hgt;
}

/* The reveal: the answer, its kind, the inner voice, the why, and what
 * it did to a rupture. Height at width `w`; drawn in r when `draw`. */
static float reveal_put(Screens *s, const StageModel *m, const Layout *L, SDL_FRect r, bool draw)
{
    Reveal rv = reveal_of(m);
    const PType *t = &L->ty;
    float pad = (float)t->answer * 0.6f, x = r.x + pad, tw = r.w - 2 * pad, y = r.y + pad;
    if (draw)
        render_round_rect(s->renderer, r, pad * 0.8f, TH->panel);
    /* The group's answer, small beside its letter. */
    float bs = (float)t->small * 1.5f;
    char said[1300];
    ui_quoted(said, sizeof said, rv.text);
    float sw = tw - bs - (float)t->small * 0.6f;
    float sh = height_of(s, said, t->small, sw, TEXT_REGULAR);
    if (draw) {
        if (valid_answer(m, m->chosen))
            letter_badge(s, ui_rect(x, y, bs, bs), m->chosen, t->small, true);
        put(s, said, t->small, x + bs + (float)t->small * 0.6f, y, sw, TEXT_REGULAR, TH->muted);
    }
    y += fmaxf(sh, bs) + (float)t->small * 0.5f;
    /* The kind: a word and a shape. */
    const char *label = rv.label;
    float mr = (float)t->head * 0.3f;
    float kw = tw - mr * 2 - (float)t->head * 0.4f;
    float kh = height_of(s, label, t->head, kw, TEXT_STRONG);
    if (draw && rv.kind) {
        ui_kind_mark(s->renderer, x + mr, y + (float)line_h(s, t->head) / 2, mr, rv.tone);
        put(s, label, t->head, x + mr * 2 + (float)t->head * 0.4f, y, kw, TEXT_STRONG,
            kind_colour(rv.tone));
    }
    if (rv.kind)
        y += kh + (float)t->small * 0.3f;
    if (rv.inner) {
        char inner[1300];
        ui_quoted(inner, sizeof inner, rv.inner);
        y += put_or_measure(s, draw, inner, t->line, x, y, tw, TEXT_ITALIC, TH->text);
        y += (float)t->small * 0.4f;
    }
    if (rv.why) {
        y += put_or_measure(s, draw, rv.why, t->answer, x, y, tw, TEXT_REGULAR, TH->muted);
        y += (float)t->small * 0.3f;
    }
    if (rv.opened || rv.deepened || rv.repaired) {
        char cue[1200];
        if (rv.repaired) /* the rules' sentence names the miss it mended */
            snprintf(cue, sizeof cue, "%s%s%s", _("**The rupture is repaired.**"),
                     rv.rule ? " " : "", rv.rule ? rv.rule : "");
        else
            snprintf(cue, sizeof cue, "%s",
                     rv.deepened
                         ? _("**The rupture deepened** \u2014 still one break to mend, not two")
                         : _("**A rupture opened** \u2014 it can still be repaired"));
        float cr = (float)t->small * 0.42f;
        y += (float)t->small * 0.2f;
        if (draw)
            rupture_mark(s->renderer, x + cr, y + (float)line_h(s, t->small) / 2, cr, rv.repaired);
        y += put_or_measure(s, draw, cue, t->small, x + cr * 2 + (float)t->small * 0.5f, y,
                            tw - cr * 2 - (float)t->small * 0.5f, TEXT_REGULAR,
                            rv.repaired ? TH->good : TH->bad);
    }
    return y + pad - r.y;
}

static bool overlaps_x(SDL_FRect a, SDL_FRect b)
{
    return a.w > 0 && a.x < b.x + b.w && b.x < a.x + a.w;
}

/* Lay out try t. With `probe`, give up as soon as it cannot fit (the
 * search only needs to know that; `miss` is then not the whole miss). */
static void layout_try(Screens *s, const StageModel *m, int w, int h, Try t, bool probe, Layout *L)
{
    memset(L, 0, sizeof *L);
    float W = (float)w, H = (float)h;
    L->W = W;
    L->H = H;
    L->ty = proj_type(w, h, t.level, t.scale);
    L->tight = t.tight;
    L->cols = t.cols < 1 ? 1 : t.cols > 3 ? 3 : t.cols;
    if (t.tight)
        L->ty.clock = L->ty.head;
    L->margin = fminf(W, H) * 0.03f;
    L->gap = L->margin * 0.6f;
    float y = L->margin;
    L->bottom = H - L->margin - notice_room(s, m, w, h);
    /* Banners across the top. */
    banners(m, L);
    for (int k = 0; k < L->n_banners; k++) {
        int px = L->banner_px[k];
        float pad = (float)px * 0.45f;
        float bh = height_of(s, L->banner_text[k], px, W - 2 * L->margin - 2 * pad, TEXT_REGULAR);
        L->banner[k] = ui_rect(L->margin, y, W - 2 * L->margin, bh + 2 * pad);
        y += L->banner[k].h + L->gap;
    }
    /* The status row: the meters on the right, the clock on the left. */
    if (m->view) {
        StoryView mv = meter_view(m);
        float mw, mh;
        ui_meters_size(s, &mv, L->ty.small, true, &mw, &mh);
        L->meters = ui_rect(W - L->margin - mw, y, mw, mh);
        if (m->phase == STAGE_REVEALED && m->step) {
            float cw = (float)width_of(s, _("connection \u221288"), L->ty.small, TEXT_STRONG) +
                       (float)L->ty.small * 2.2f;
            L->change = ui_rect(L->meters.x - L->gap - cw, y, cw, mh);
        }
    }
    L->side = t.widen == WIDEN_SIDE;
    float lw = W * 0.40f - L->margin; /* the left column, when side by side */
    float side_w = W * 0.6f - L->margin * 2.2f;
    L->clock_max_w = L->side ? fmaxf(side_w - L->meters.w - L->gap, side_w * 0.6f) : W * 0.5f;
    float side_x = L->margin + lw + L->margin * 1.2f; /* the answers, when side by side */
    float cw, ch;
    clock_put(s, m, L, false, &cw, &ch);
    if (cw > 0) {
        /* Side by side: over the answers, beside the meters (or under
         * them when both do not fit); else in the top-left corner. */
        L->clock = ui_rect(L->side ? side_x : L->margin, y, cw, ch);
        if (L->side && side_x + cw > L->meters.x - L->gap)
            L->clock.y = L->meters.y + L->meters.h + L->gap;
    }
    /* The line: at the foot, across the width or in the left column. */
    L->box = ui_rect(L->margin, 0, L->side ? lw : W - 2 * L->margin, 0);
    float need = box_put(s, m, L, false) + 2 * box_pad(L);
    float most = H * (L->side ? 0.62f : 0.5f);
    L->box.h = fminf(need, most);
    L->box.y = L->bottom - L->box.h;
    L->overflow = need > most;
    L->miss = fmaxf(0.0f, need - most);
    if (probe && L->overflow)
        return;
    SDL_FRect col;
    if (L->side) {
        col = ui_rect(side_x, y, W - L->margin - side_x, 0);
        /* The person stands over their line, shoulders tucked behind it. */
        float ph = fmaxf(L->box.y - y, 1.0f) / 0.96f, pw = ph * 0.8f;
        if (pw > lw) {
            pw = lw;
            ph = pw / 0.8f;
        }
        L->portrait = ui_rect(L->margin + (lw - pw) / 2, L->box.y - ph * 0.96f, pw, ph);
    } else {
        /* The column: at its place, over the person's shoulder, or the width. */
        bool wide = W / H >= 1.5f;
        float xs[3] = {W * (wide ? 0.45f : 0.40f), W * (wide ? 0.30f : 0.25f), L->margin};
        float cx = xs[t.widen < 0 ? 0 : t.widen > 2 ? 2 : t.widen];
        col = ui_rect(cx, y, W - L->margin - cx, 0);
        L->portrait = ui_portrait_rect(w, h);
    }
    float top = y;
    SDL_FRect status[3] = {L->meters, L->change, L->clock};
    for (int k = 0; k < 3; k++)
        if (overlaps_x(status[k], col))
            top = fmaxf(top, status[k].y + status[k].h + L->gap);
    col.y = top;
    col.h = fmaxf((L->side ? L->bottom : L->box.y - L->gap) - top, 1.0f);
    L->col = col;
    if (!m->view || m->view->is_ending)
        return;
    if (m->phase == STAGE_REVEALED) {
        float rh = reveal_put(s, m, L, ui_rect(col.x, 0, col.w, 0), false);
        L->overflow = L->overflow || rh > col.h;
        L->miss += fmaxf(0.0f, rh - col.h);
        L->reveal = ui_rect(col.x, fmaxf(col.y, col.y + col.h - rh), col.w, rh);
        return;
    }
    L->n = answer_count(m);
    L->votes_col = m->phase == STAGE_BEAT || m->phase == STAGE_TIE || votes_total(m) > 0;
    L->votes_w = (float)width_of(s, _("88 votes"), L->ty.small, TEXT_STRONG);
    for (int i = 0; i < L->n; i++) {
        char vt[48];
        votes_words(vt, sizeof vt, votes_of(m, i));
        L->votes_w = fmaxf(L->votes_w, (float)width_of(s, vt, L->ty.small, TEXT_STRONG));
    }
    /* Cards in rows of `cols` (A B, C D... across), each row as tall as
     * its tallest, the rows together at the foot of the column. */
    int cols = L->cols;
    float gap = (float)L->ty.answer * 0.36f, total = 0, hs[STORY_MAX_CHOICES];
    float card_w = (col.w - gap * (float)(cols - 1)) / (float)cols;
    for (int i = 0; i < L->n; i += cols) {
        float rh = 0;
        for (int k = i; k < i + cols && k < L->n; k++)
            rh = fmaxf(rh, card_put(s, m, L, k, ui_rect(col.x, 0, card_w, 0), false));
        for (int k = i; k < i + cols && k < L->n; k++)
            hs[k] = rh;
        total += rh + (i ? gap : 0);
        if (probe && total > col.h) {
            L->overflow = true;
            return;
        }
    }
    L->overflow = L->overflow || total > col.h;
    L->miss += fmaxf(0.0f, total - col.h);
    float cy = fmaxf(col.y, col.y + col.h - total);
    for (int i = 0; i < L->n; i++) {
        L->cards[i] = ui_rect(col.x + (float)(i % cols) * (card_w + gap), cy, card_w, hs[i]);
        if (i % cols == cols - 1 || i == L->n - 1)
            cy += hs[i] + gap;
    }
}

/* Try ts[from..n) in order: the first that fits; when none does, the one
 * that misses by least (measured whole). Its index. */
static int search(Screens *s, const StageModel *m, int w, int h, Layout *L, const Try *ts, int n,
                  int from)
{
    int start = from < n ? from : n - 1;
    for (int i = start; i < n; i++) {
        layout_try(s, m, w, h, ts[i], true, L);
        if (!L->overflow)
            return i;
    }
    /* None fits: measure each whole. */
    int best = n - 1;
    float least = 1e30f;
    for (int i = start; i < n; i++) {
        layout_try(s, m, w, h, ts[i], false, L);
        if (L->miss < least) {
            least = L->miss;
            best = i;
        }
    }
    layout_try(s, m, w, h, ts[best], false, L);
    return best;
}

/* The search measures many sizes of the same words; a frame (and a
 * click) usually asks again for what it asked last time. So the try found
 * is remembered under a hash of everything the layout reads, and used again
 * when it still fits (else the search runs again). */
typedef struct Memo {
    uint64_t key;
    int index;
    bool fits; /* when it did not, it is kept all the same */
} Memo;

enum { MEMOS = 16 };
static Memo memos[MEMOS];
static unsigned memo_next;

static uint64_t mix(uint64_t k, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        k = (k ^ b[i]) * 1099511628211ULL;
    return k;
}

static uint64_t mix_str(uint64_t k, const char *str)
{
    return str ? mix(k, str, strlen(str) + 1) : mix(k, "\x01", 1);
}

static uint64_t mix_int(uint64_t k, long long v)
{
    return mix(k, &v, sizeof v);
}

static uint64_t layout_key(Screens *s, const StageModel *m, int w, int h, int from)
{
    uint64_t k = 14695981039346656037ULL;
    const void *text = s->text;
    k = mix(k, &text, sizeof text);
    k = mix_int(mix_int(mix_int(mix_int(k, w), h), from), lroundf(ui_scale() * 1000));
    k = mix_int(mix_int(mix_int(k, m->phase), m->chosen), m->n_tied);
    for (int i = 0; i < m->n_tied && i < STORY_MAX_CHOICES; i++)
        k = mix_int(k, m->tied[i]);
    k = mix_int(mix_int(mix_int(k, m->timer_on), m->timer_running), m->timer_left_s);
    k = mix_str(k, m->timer_label);
    k = mix_int(mix_int(mix_int(k, m->side_road), m->side_from), m->notice != NULL);
    k = mix_str(k, m->side_group_kind);
    k = mix_int(k, lroundf(m->anim * 1000));
    const StoryView *v = m->view;
    if (v) {
        k = mix_str(mix_str(mix_str(mix_str(k, v->beat_id), v->speaker), v->text), v->cue);
        k = mix_str(mix_str(k, v->name), v->state_word);
        k = mix_int(mix_int(mix_int(k, v->connection), v->steadiness), v->open_ruptures);
        k = mix_int(mix_int(k, v->flooded), answer_count(m));
        for (int i = 0; i < answer_count(m); i++) {
            const StoryChoiceView *c = &v->choices[i];
            k = mix_str(mix_str(mix_str(k, c->text), c->hint), c->id);
            k = mix_int(mix_int(k, c->enabled), votes_of(m, i));
        }
    }
    const StoryStep *st = m->step;
    if (st) {
        k = mix_str(mix_str(mix_str(mix_str(k, st->said), st->speaker), st->cue), st->text);
        k = mix_str(mix_str(mix_str(mix_str(k, st->kind), st->inner), st->why), st->state);
        k = mix_int(mix_int(mix_int(k, st->connection), st->dconn), st->steadiness);
        k = mix_int(mix_int(mix_int(k, st->open_ruptures), st->opened), st->repaired);
        k = mix_int(k, st->deepened);
    }
    const SessionOption *o = chosen_option(decision(m, m->side_from - 1));
    if (m->side_road && o)
        k = mix_str(mix_str(k, o->id), decision(m, m->side_from - 1)->beat);
    return k;
}

/* search(), remembered. */
static int first_fit(Screens *s, const StageModel *m, int w, int h, Layout *L, int from)
{
    Try ts[40];
    int n = tries(ts, 40, (float)w / (float)h >= 1.45f);
    uint64_t key = layout_key(s, m, w, h, from);
    for (int k = 0; k < MEMOS; k++)
        if (memos[k].key == key && memos[k].index >= 0 && memos[k].index < n) {
            layout_try(s, m, w, h, ts[memos[k].index], false, L);
            if (!L->overflow || !memos[k].fits)
                return memos[k].index;
        }
    int found = search(s, m, w, h, L, ts, n, from);
    memos[memo_next++ % MEMOS] = (Memo){key, found, !L->overflow};
    return found;
}

/* A beat keeps one layout while the group votes and decides: each phase
 * starts from the one the beat needs with its timer on, so the type does
 * not jump when the timer starts or the answer is chosen. The reveal is a
 * new picture, as large as it can be. */
static void stage_layout(Screens *s, const StageModel *m, int w, int h, Layout *L)
{
    if (m->phase == STAGE_REVEALED) {
        first_fit(s, m, w, h, L, 0);
        return;
    }
    StageModel b = *m;
    b.phase = STAGE_BEAT;
    b.n_tied = 0;
    b.timer_on = true;
    int from = first_fit(s, &b, w, h, L, 0);
    if (m->phase != STAGE_BEAT || !m->timer_on || m->n_tied)
        first_fit(s, m, w, h, L, from);
}

/* ---- the projector: drawing a beat ---- */

static void draw_banner(Screens *s, const Layout *L, int k)
{
    SDL_FRect b = L->banner[k];
    int px = L->banner_px[k];
    float pad = (float)px * 0.45f;
    render_round_rect(s->renderer, b, pad, opaque(TH->panel));
    render_round_outline(s->renderer, b, pad, fmaxf(2.0f, (float)px * 0.08f) * TH->outline,
                         TH->accent);
    put(s, L->banner_text[k], px, b.x + pad, b.y + pad, b.w - 2 * pad, TEXT_REGULAR, TH->text);
}

/* REVEALED: the connection's change beside the meters, as a sign, a
 * number and a triangle pointing the way it went. */
static void draw_change(Screens *s, const StageModel *m, const Layout *L)
{
    SDL_FRect c = L->change;
    if (c.w <= 0 || !m->step)
        return;
    int sp = L->ty.small, d = m->step->dconn;
    char t[64], dc[16];
    signed_text(dc, sizeof dc, d);
    snprintf(t, sizeof t, _("connection **%s**"), dc);
    render_round_rect(s->renderer, c, c.h * 0.3f, TH->panel_soft);
    float a = (float)sp * 0.34f, tx = c.x + (float)sp * 0.5f;
    SDL_Color col = d > 0 ? TH->good : d < 0 ? TH->bad : TH->muted;
    if (d != 0)
        triangle(s->renderer, tx + a, c.y + c.h / 2, a, d > 0 ? 0 : 2, col);
    else
        render_fill(s->renderer, ui_rect(tx, c.y + c.h / 2 - a * 0.2f, a * 2, a * 0.4f), col);
    put(s, t, sp, tx + a * 2 + (float)sp * 0.4f, c.y + (c.h - (float)line_h(s, sp)) / 2, c.w,
        TEXT_REGULAR, TH->text);
}

static void draw_beat(Screens *s, const StageModel *m, int w, int h)
{
    const StoryView *v = m->view;
    Layout L;
    stage_layout(s, m, w, h, &L);
    ui_room(s, v->background, w, h, v->open_ruptures > 0);
    if (v->portrait)
        images_draw(s->images, v->portrait, L.portrait, false, 1.0f, 255);
    for (int k = 0; k < L.n_banners; k++)
        draw_banner(s, &L, k);
    StoryView mv = meter_view(m);
    ui_meters(s, &mv, L.meters, L.ty.small, true, 1.0f);
    draw_change(s, m, &L);
    float cw, ch;
    if (L.clock.w > 0)
        clock_put(s, m, &L, true, &cw, &ch);
    render_round_rect(s->renderer, L.box, box_pad(&L) * 0.6f, TH->panel);
    clip_to(s, L.box, w, h);
    box_put(s, m, &L, true);
    SDL_RenderSetClipRect(s->renderer, NULL);
    clip_to(s, ui_rect(0, L.col.y, L.W, L.col.h), w, h);
    if (m->phase == STAGE_REVEALED) {
        reveal_put(s, m, &L, L.reveal, true);
    } else {
        for (int i = 0; i < L.n; i++)
            card_put(s, m, &L, i, L.cards[i], true);
    }
    SDL_RenderSetClipRect(s->renderer, NULL);
}

/* ---- the projector: pages over the stage ---- */

/* The frame every page sits in: margins, and the room above the notice. */
typedef struct Frame {
    float W, H, margin, bottom;
    int base;
} Frame;

static Frame frame_of(Screens *s, const StageModel *m, int w, int h)
{
    Frame f;
    f.W = (float)w;
    f.H = (float)h;
    f.margin = fminf(f.W, f.H) * 0.03f;
    f.bottom = f.H - f.margin - notice_room(s, m, w, h);
    f.base = base_of(f.W, f.H);
    return f;
}

static int fpx(const Frame *f, float frac, int min_px)
{
    return px_at(frac, f->base, ui_scale(), min_px);
}

static bool lane_phase(StagePhase p)
{
    return p == STAGE_BEAT || p == STAGE_TIE || p == STAGE_CHOSEN || p == STAGE_REVEALED ||
           p == STAGE_ENDING || p == STAGE_DEBRIEF;
}

static void draw_phase(Screens *s, const StageModel *m, int w, int h);

/* The lane's own screen, dimmed, under a pause, a list or the menu. */
static void draw_under(Screens *s, const StageModel *m, int w, int h)
{
    StageModel u = *m;
    u.notice = NULL;
    u.overlay = false;
    u.timer_on = false;
    u.focus = -1;
    u.phase = m->paused_from;
    if (lane_phase(u.phase) && (m->view || u.phase == STAGE_DEBRIEF))
        draw_phase(s, &u, w, h);
    else
        ui_room(s, m->view ? m->view->background : NULL, w, h, false);
    render_fill(s->renderer, ui_rect(0, 0, (float)w, (float)h), TH->backdrop);
}

/* A block of text centred as a whole at cx. */
static float put_centred(Screens *s, const char *str, int px, float cx, float y, float width,
                         TextStyle st, SDL_Color c)
{
    int tw = 0;
    text_measure(s->text, str, px, (int)width, st, NULL, &tw);
    return put(s, str, px, cx - (float)tw / 2, y, width, st, c);
}

static void draw_discuss(Screens *s, const StageModel *m, int w, int h)
{
    draw_under(s, m, w, h);
    Frame f = frame_of(s, m, w, h);
    const char *q = m->question && *m->question ? m->question : _("Talk it over");
    const char *label = _("Discussion");
    int sp = fpx(&f, 0.032f, 11), cpx = fpx(&f, 0.11f, 20);
    float pw = fminf(f.W - 2 * f.margin, fmaxf(f.W * 0.8f, f.H));
    float pad = fmaxf(f.margin, (float)sp * 1.2f), tw = pw - 2 * pad;
    float room = f.bottom - f.margin - 2 * pad;
    float cw = 0, ch = 0;
    if (m->timer_on)
        countdown(s, m, cpx, sp, NULL, 0, 0, false, &cw, &ch);
    int qpx = 0;
    float qh = 0, lh = (float)line_h(s, sp);
    /* The question as large as the room allows. */
    for (float frac = 0.080f; frac >= 0.040f; frac -= 0.008f) {
        qpx = fpx(&f, frac, 13);
        qh = height_of(s, q, qpx, tw, TEXT_REGULAR);
        if (lh + (float)sp + qh + (ch > 0 ? (float)sp * 1.5f + ch : 0) <= room)
            break;
    }
    float total = lh + (float)sp + qh + (ch > 0 ? (float)sp * 1.5f + ch : 0);
    float ph = fminf(total + 2 * pad, f.bottom - f.margin);
    SDL_FRect p = ui_rect((f.W - pw) / 2, f.margin + (f.bottom - f.margin - ph) / 2, pw, ph);
    panel(s, p, pad * 0.6f);
    clip_to(s, p, w, h);
    float cx = p.x + p.w / 2, y = p.y + pad;
    y += put_centred(s, label, sp, cx, y, tw, TEXT_ITALIC, TH->muted) + (float)sp;
    y += put_centred(s, q, qpx, cx, y, tw, TEXT_REGULAR, TH->text);
    if (ch > 0)
        countdown(s, m, cpx, sp, NULL, cx - cw / 2, y + (float)sp * 1.5f, true, &cw, &ch);
    SDL_RenderSetClipRect(s->renderer, NULL);
}

/* "more" with a triangle, centred in strip b: a list cut off there. */
static void more_hint(Screens *s, SDL_FRect b, int px, bool up)
{
    const char *word = _("more");
    float a = (float)px * 0.36f, gap = (float)px * 0.45f;
    float tw = (float)width_of(s, word, px, TEXT_ITALIC);
    float x = b.x + (b.w - (2 * a + gap + tw)) / 2, cy = b.y + b.h / 2;
    triangle(s->renderer, x + a, cy, a, up ? 0 : 2, TH->muted);
    put(s, word, px, x + 2 * a + gap, cy - (float)line_h(s, px) / 2, tw + 4, TEXT_ITALIC,
        TH->muted);
}

/* ---- the road not taken: the list of past decisions ---- */

typedef struct RoadsLayout {
    SDL_FRect panel;
    int head, row, small;
    float pad, row_h, gap, head_y, sub_y, list_y, list_bottom, hint_h;
    int n, first, count;
} RoadsLayout;

static const char *roads_sub(void)
{
    return _("Pick a decision, then another answer \u00b7 N or Esc: back to the group");
}

static void roads_layout(Screens *s, const StageModel *m, int w, int h, RoadsLayout *R)
{
    memset(R, 0, sizeof *R);
    Frame f = frame_of(s, m, w, h);
    R->head = fpx(&f, 0.056f, 15);
    R->row = fpx(&f, 0.040f, 12);
    R->small = fpx(&f, 0.029f, 10);
    R->panel = ui_rect(f.margin, f.margin, f.W - 2 * f.margin, f.bottom - f.margin);
    R->pad = fmaxf(f.margin, (float)R->row * 0.7f);
    float iw = R->panel.w - 2 * R->pad;
    R->head_y = R->panel.y + R->pad * 0.8f;
    R->sub_y = R->head_y + (float)line_h(s, R->head);
    R->list_y = R->sub_y + height_of(s, roads_sub(), R->small, iw, TEXT_ITALIC) + R->pad * 0.5f;
    R->list_bottom = R->panel.y + R->panel.h - R->pad * 0.8f;
    R->gap = (float)R->row * 0.3f;
    R->row_h = (float)(line_h(s, R->row) + line_h(s, R->small)) + (float)R->row * 0.7f;
    R->n = n_decisions(m);
    float room = R->list_bottom - R->list_y;
    int fits = (int)((room + R->gap) / (R->row_h + R->gap));
    if (fits < R->n) {
        R->hint_h = (float)line_h(s, R->small);
        fits = (int)((room - 2 * R->hint_h + R->gap) / (R->row_h + R->gap));
    }
    fits = fits < 1 ? 1 : fits;
    R->count = R->n < fits ? R->n : fits;
    int focus = m->focus >= 0 && m->focus < R->n ? m->focus : R->n - 1;
    R->first = focus - R->count / 2;
    if (R->first > R->n - R->count)
        R->first = R->n - R->count;
    if (R->first < 0)
        R->first = 0;
}

static SDL_FRect roads_row(const RoadsLayout *R, int i)
{
    return ui_rect(R->panel.x + R->pad,
                   R->list_y + R->hint_h + (float)(i - R->first) * (R->row_h + R->gap),
                   R->panel.w - 2 * R->pad, R->row_h);
}

static void draw_roads(Screens *s, const StageModel *m, int w, int h)
{
    draw_under(s, m, w, h);
    RoadsLayout R;
    roads_layout(s, m, w, h, &R);
    panel(s, R.panel, R.pad * 0.5f);
    clip_to(s, R.panel, w, h);
    float x = R.panel.x + R.pad, iw = R.panel.w - 2 * R.pad;
    put(s, _("The road not taken"), R.head, x, R.head_y, iw, TEXT_STRONG, TH->text);
    put(s, roads_sub(), R.small, x, R.sub_y, iw, TEXT_ITALIC, TH->muted);
    if (R.n == 0)
        put(s, _("No decisions yet."), R.row, x, R.list_y, iw, TEXT_ITALIC, TH->muted);
    for (int i = R.first; i < R.first + R.count; i++) {
        const SessionDecision *d = decision(m, i);
        SDL_FRect c = roads_row(&R, i);
        ui_card(s->renderer, c, R.row, i == m->focus, false, true);
        float rp = (float)R.row * 0.35f, bs = (float)line_h(s, R.row) * 0.95f;
        char num[16], said[1400], quoted_said[1300], detail[400];
        snprintf(num, sizeof num, "%d", d->number > 0 ? d->number : i + 1);
        float bx = c.x + rp + (float)R.row * 0.3f;
        badge(s, ui_rect(bx, c.y + (c.h - bs) / 2, bs, bs), num, (int)lroundf((float)R.row * 0.8f),
              true);
        float tx = bx + bs + (float)R.row * 0.5f, tw = c.x + c.w - rp - tx;
        ui_quoted(quoted_said, sizeof quoted_said, d->said);
        one_line(s, quoted_said, R.row, tw, TEXT_REGULAR, said, sizeof said);
        put(s, said, R.row, tx, c.y + rp, tw + 1, TEXT_REGULAR, TH->text);
        const SessionOption *o = chosen_option(d);
        int others = option_count(d) - 1;
        char others_t[64];
        snprintf(others_t, sizeof others_t,
                 others == 1   ? _("1 other answer")
                 : others <= 0 ? _("no other answer")
                               : _("%d other answers"),
                 others);
        snprintf(detail, sizeof detail, _("The group chose **%c** \u00b7 %s \u00b7 %s"),
                 o ? stage_letter(d->chosen) : '?', o ? kinds_label(kinds_of(m), o->kind) : "",
                 others_t);
        float dy = c.y + rp + (float)line_h(s, R.row), mr = (float)R.small * 0.36f;
        if (o)
            ui_kind_mark(s->renderer, tx + mr, dy + (float)line_h(s, R.small) / 2, mr,
                         kinds_tone(kinds_of(m), o->kind));
        put(s, detail, R.small, tx + mr * 2 + (float)R.small * 0.45f, dy, tw, TEXT_REGULAR,
            TH->muted);
    }
    SDL_FRect top = ui_rect(x, R.list_y, iw, R.hint_h);
    SDL_FRect bot = ui_rect(x, roads_row(&R, R.first + R.count).y - R.gap, iw, R.hint_h);
    if (R.first > 0)
        more_hint(s, top, R.small, true);
    if (R.first + R.count < R.n)
        more_hint(s, bot, R.small, false);
    SDL_RenderSetClipRect(s->renderer, NULL);
}

/* ---- the menu: the pause menu's own look (menus.c) ---- */

static void menu_model(const StageModel *m, UiModel *u)
{
    memset(u, 0, sizeof *u);
    u->screen = SCREEN_MENU;
    u->menu_style = MENU_LIST;
    u->over_beat = true;
    u->view = m->view;
    u->heading = _("Workshop");
    u->subheading = m->story_title;
    u->footer = _("Up, Down: choose \u00b7 Return: open \u00b7 Esc: back to the session");
    if (m->phase == STAGE_RESUME) {
        /* The first thing on the projector after a crash: the same panel as
         * the menu, each choice with a line saying what it keeps. */
        u->heading = _("Resume the workshop?");
        u->subheading = m->resume_note;
        u->footer = _("Up, Down: choose \u00b7 Return: go with it");
        u->menu_style = MENU_CARDS;
    }
    int n = m->n_menu < 0 ? 0 : m->n_menu > STAGE_MAX_MENU ? STAGE_MAX_MENU : m->n_menu;
    u->n_items = n;
    for (int i = 0; i < n; i++) {
        u->items[i].label = m->menu[i] ? m->menu[i] : "";
        if (m->phase == STAGE_RESUME)
            u->items[i].detail = m->menu_detail[i];
    }
    u->focus = m->focus;
    u->hover = -1;
}

static void draw_menu(Screens *s, const StageModel *m, int w, int h)
{
    draw_under(s, m, w, h);
    UiModel u;
    menu_model(m, &u);
    clip_to(s, ui_rect(0, 0, (float)w, frame_of(s, m, w, h).bottom), w, h);
    menus_draw(s, &u, w, h);
    SDL_RenderSetClipRect(s->renderer, NULL);
}

/* ---- the keyboard map ---- */

typedef struct KeyRow {
    const char *keys, *what;
} KeyRow;

static const KeyRow KEYMAP[] = {
    {"A B C D", "add one vote for that answer"},
    {"Shift + A\u2013D", "take one vote away"},
    {"Backspace", "clear the votes of this beat"},
    {"Return", "confirm the group\u2019s answer; on a tie, press the letter to go with"},
    {"1\u20139 or a click", "pick that answer directly"},
    {"T", "start or stop the timer"},
    {"+ and \u2212", "the timer 30 seconds longer or shorter"},
    {"P", "a discussion pause, from anywhere"},
    {"R or Return", "reveal after the group\u2019s choice; Return again goes on"},
    {"N", "the road not taken; N again returns to the group"},
    {"Left, Right", "the debrief\u2019s pages"},
    {"X", "export the report"},
    {"O", "the presenter\u2019s overlay (one display)"},
    {"F1", "this keyboard map"},
    {"F11", "fullscreen on or off"},
    {"Esc", "the menu"},
};
enum { N_KEYS = sizeof KEYMAP / sizeof KEYMAP[0] };

/* The key map in `cols` columns inside r at type px: its height; drawn
 * when `draw`. */
static float keys_put(Screens *s, SDL_FRect r, int px, int cols, bool draw)
{
    float colgap = (float)px * 1.5f, cw = (r.w - colgap * (float)(cols - 1)) / (float)cols;
    float kw = 0;
    for (int i = 0; i < N_KEYS; i++)
        kw = fmaxf(kw, (float)width_of(s, _(KEYMAP[i].keys), px, TEXT_STRONG));
    kw = fminf(kw + (float)px * 0.8f, cw * 0.45f);
    int per = (N_KEYS + cols - 1) / cols;
    float tallest = 0;
    for (int c = 0; c < cols; c++) {
        float y = r.y, x = r.x + (float)c * (cw + colgap);
        for (int i = c * per; i < (c + 1) * per && i < N_KEYS; i++) {
            float a = put_or_measure(s, draw, _(KEYMAP[i].keys), px, x, y, kw - (float)px * 0.5f,
                                     TEXT_STRONG, TH->accent);
            float b = put_or_measure(s, draw, _(KEYMAP[i].what), px, x + kw, y, cw - kw,
                                     TEXT_REGULAR, TH->text);
            y += fmaxf(a, b) + (float)px * 0.35f;
        }
        tallest = fmaxf(tallest, y - r.y);
    }
    return tallest;
}

static void draw_keys(Screens *s, const StageModel *m, int w, int h)
{
    draw_under(s, m, w, h);
    Frame f = frame_of(s, m, w, h);
    int head = fpx(&f, 0.054f, 15), sp = fpx(&f, 0.027f, 10);
    float pw = f.W - 2 * f.margin, pad = fmaxf(f.margin, (float)head * 0.6f);
    float iw = pw - 2 * pad;
    float room = f.bottom - f.margin - 2 * pad - (float)line_h(s, head) - (float)line_h(s, sp) * 2;
    int cols = f.W / f.H >= 1.2f ? 2 : 1, px = 0;
    float kh = 0;
    for (float frac = 0.036f; frac >= 0.022f; frac -= 0.003f) {
        px = fpx(&f, frac, 10);
        kh = keys_put(s, ui_rect(0, 0, iw, 0), px, cols, false);
        if (kh <= room)
            break;
    }
    float ph = fminf(2 * pad + (float)line_h(s, head) * 1.2f + kh + (float)line_h(s, sp) * 1.8f,
                     f.bottom - f.margin);
    SDL_FRect p = ui_rect(f.margin, f.margin + (f.bottom - f.margin - ph) / 2, pw, ph);
    panel(s, p, pad * 0.5f);
    clip_to(s, p, w, h);
    float x = p.x + pad, y = p.y + pad;
    put(s, _("Keyboard map"), head, x, y, iw, TEXT_STRONG, TH->text);
    y += (float)line_h(s, head) * 1.2f;
    keys_put(s, ui_rect(x, y, iw, 0), px, cols, true);
    ui_prompt(s, _("F1 or Esc: close"), p, sp);
    SDL_RenderSetClipRect(s->renderer, NULL);
}

/* ---- export: the folder, then where the report went ---- */

/* A path broken across lines of `width` between characters (after a "/"
 * where one is near): its height; drawn when `draw`. *end_x, *end_y: where
 * its last line ends (for a text cursor). */
static float path_put(Screens *s, const char *path, int px, float x, float y, float width,
                      TextStyle st, SDL_Color c, bool draw, float *end_x, float *end_y)
{
    const char *p = path ? path : "";
    size_t len = strlen(p), at = 0;
    float lh = (float)line_h(s, px), y0 = y;
    *end_x = x;
    *end_y = y;
    if (len == 0)
        return lh;
    enum { MAXB = 2048 };
    size_t bounds[MAXB];
    while (at < len) {
        int nb = 0;
        for (size_t i = at; i < len && nb < MAXB;) {
            utf8_next(p, len, &i);
            bounds[nb++] = i;
        }
        char chunk[MAXB * 2], esc[MAXB * 4];
        int lo = 0, hi = nb - 1, best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) / 2;
            size_t n = bounds[mid] - at < sizeof chunk - 1 ? bounds[mid] - at : sizeof chunk - 1;
            memcpy(chunk, p + at, n);
            chunk[n] = '\0';
            escape_stars(chunk, esc, sizeof esc);
            if ((float)width_of(s, esc, px, st) <= width) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        /* Break after a "/" in the line's second half, else after a "-",
         * "_" or "." in its last third, else where it is full. */
        size_t end = bounds[best];
        bool found = end >= len;
        for (int pass = 0; pass < 2 && !found; pass++)
            for (int k = best; k > (pass ? best * 2 / 3 : best / 2) && !found; k--) {
                char ch = p[bounds[k] - 1];
                if (pass ? (ch == '-' || ch == '_' || ch == '.') : ch == '/') {
                    end = bounds[k];
                    found = true;
                }
            }
        size_t n = end - at < sizeof chunk - 1 ? end - at : sizeof chunk - 1;
        memcpy(chunk, p + at, n);
        chunk[n] = '\0';
        escape_stars(chunk, esc, sizeof esc);
        if (draw)
            put(s, esc, px, x, y, width + (float)px * 2, st, c);
        *end_x = x + (float)width_of(s, esc, px, st);
        *end_y = y;
        at = end;
        y += lh;
    }
    return y - y0;
}

static float export_put(Screens *s, const StageModel *m, float x, float y, float tw, int head,
                        int tp, int sp, bool draw)
{
    float y0 = y, ex, ey;
    y += put_or_measure(s, draw, _("Export the report"), head, x, y, tw, TEXT_STRONG, TH->text);
    y += (float)sp * 0.6f;
    if (m->saved_html || m->saved_json) {
        y += put_or_measure(s, draw, _("**Saved.** Two files, with no names and nothing personal:"),
                            tp, x, y, tw, TEXT_REGULAR, TH->text);
        const char *labels[2] = {_("The page, to open or print (HTML)"), _("The data (JSON)")};
        const char *paths[2] = {m->saved_html, m->saved_json};
        for (int k = 0; k < 2; k++) {
            if (!paths[k])
                continue;
            y += (float)sp * 0.6f;
            y += put_or_measure(s, draw, labels[k], sp, x, y, tw, TEXT_ITALIC, TH->muted);
            y += path_put(s, paths[k], tp, x, y, tw, TEXT_STRONG, TH->text, draw, &ex, &ey);
        }
        y += (float)sp * 0.8f;
        y += put_or_measure(s, draw, _("Any key closes this"), sp, x, y, tw, TEXT_ITALIC, TH->dim);
        return y - y0;
    }
    y += put_or_measure(s, draw, _("The report goes to this folder; type to change it."), sp, x, y,
                        tw, TEXT_ITALIC, TH->muted);
    y += (float)sp * 0.3f;
    /* The field: the folder, with a cursor where the typing goes. */
    float fp = (float)tp * 0.45f;
    float fh = path_put(s, m->folder, tp, x + fp, y + fp, tw - 2 * fp, TEXT_REGULAR, TH->text,
                        false, &ex, &ey);
    if (draw) {
        SDL_FRect fr = ui_rect(x, y, tw, fh + 2 * fp);
        render_round_rect(s->renderer, fr, fp, TH->card);
        render_round_outline(s->renderer, fr, fp, fmaxf(2.0f, (float)tp * 0.08f) * TH->outline,
                             TH->accent);
        path_put(s, m->folder, tp, x + fp, y + fp, tw - 2 * fp, TEXT_REGULAR, TH->text, true, &ex,
                 &ey);
        float cw = fmaxf(2.0f, (float)tp * 0.08f);
        render_fill(s->renderer,
                    ui_rect(fminf(ex + cw, x + tw - fp), ey + (float)tp * 0.15f, cw,
                            (float)line_h(s, tp) - (float)tp * 0.3f),
                    TH->accent);
    }
    y += fh + 2 * fp + (float)sp * 0.6f;
    if (m->export_error) {
        char err[900], esc[800];
        escape_stars(m->export_error, esc, sizeof esc);
        snprintf(err, sizeof err, _("**Not saved:** %s"), esc);
        float r = (float)sp * 0.36f;
        if (draw)
            rupture_mark(s->renderer, x + r, y + (float)line_h(s, sp) / 2, r, false);
        y += put_or_measure(s, draw, err, sp, x + r * 2 + (float)sp * 0.5f, y,
                            tw - r * 2 - (float)sp * 0.5f, TEXT_REGULAR, TH->bad);
        y += (float)sp * 0.4f;
    }
    y += put_or_measure(s, draw,
                        _("An HTML page with the chart, and a JSON file. No names, nothing "
                          "personal."),
                        sp, x, y, tw, TEXT_ITALIC, TH->muted);
    y += (float)sp * 0.5f;
    y += put_or_measure(s, draw, _("**Return** saves the report here \u00b7 **Esc** cancels"), sp,
                        x, y, tw, TEXT_REGULAR, TH->text);
    return y - y0;
}

static void draw_export(Screens *s, const StageModel *m, int w, int h)
{
    draw_under(s, m, w, h);
    Frame f = frame_of(s, m, w, h);
    float pw = fminf(f.W - 2 * f.margin, fmaxf(f.W * 0.75f, f.H * 1.2f));
    int head = fpx(&f, 0.054f, 15), tp = 0, sp = 0;
    float pad = fmaxf(f.margin, (float)head * 0.6f), tw = pw - 2 * pad, need = 0;
    for (int lv = 0; lv < LEVELS; lv++) {
        PType t = proj_type(w, h, lv, ui_scale());
        tp = t.answer;
        sp = t.small;
        need = export_put(s, m, 0, 0, tw, head, tp, sp, false);
        if (need + 2 * pad <= f.bottom - f.margin)
            break;
    }
    float ph = fminf(need + 2 * pad, f.bottom - f.margin);
    SDL_FRect p = ui_rect((f.W - pw) / 2, f.margin + (f.bottom - f.margin - ph) / 2, pw, ph);
    panel(s, p, pad * 0.5f);
    clip_to(s, p, w, h);
    export_put(s, m, p.x + pad, p.y + pad, tw, head, tp, sp, true);
    SDL_RenderSetClipRect(s->renderer, NULL);
}

/* ---- the ending ---- */

/* The banner of a road not taken over a page: its height (0 without). */
static float side_banner(Screens *s, const StageModel *m, int w, int h, bool draw)
{
    if (!m->side_road)
        return 0;
    Layout L;
    memset(&L, 0, sizeof L);
    L.ty = proj_type(w, h, LEVEL_FLOOR, 1.0f);
    StageModel u = *m;
    u.phase = STAGE_ENDING; /* the road's banner only */
    banners(&u, &L);
    float margin = fminf((float)w, (float)h) * 0.03f, W = (float)w;
    float pad = (float)L.banner_px[0] * 0.45f;
    float bh =
        height_of(s, L.banner_text[0], L.banner_px[0], W - 2 * margin - 2 * pad, TEXT_REGULAR);
    L.banner[0] = ui_rect(margin, margin, W - 2 * margin, bh + 2 * pad);
    if (draw)
        draw_banner(s, &L, 0);
    return L.banner[0].h + margin * 0.6f;
}

static float ending_put(Screens *s, const StageModel *m, float x, float y, float tw, int head,
                        int tp, int sp, bool draw)
{
    const StoryView *v = m->view;
    const Session *se = sess(m);
    const char *title = v && v->title            ? v->title
                        : se && se->ending_title ? se->ending_title
                                                 : _("The end");
    const char *verdict = v && v->verdict ? v->verdict : se ? se->ending_verdict : NULL;
    const char *text = v && v->is_ending ? v->text : se ? se->ending_text : NULL;
    float y0 = y;
    y += put_or_measure(s, draw, title, head, x, y, tw, TEXT_STRONG, TH->accent);
    if (verdict) {
        char vt[300];
        snprintf(vt, sizeof vt, "*%s*", verdict);
        y += put_or_measure(s, draw, vt, sp, x, y, tw, TEXT_REGULAR, TH->muted);
    }
    y += (float)sp * 0.7f;
    y += put_or_measure(s, draw, text, tp, x, y, tw, TEXT_REGULAR, TH->text);
    Totals t = totals(m);
    if (!m->side_road && t.n > 0) {
        char sum[400];
        snprintf(sum, sizeof sum,
                 _("%d decisions \u00b7 connection %d to %d \u00b7 %d %s opened, %d repaired"), t.n,
                 t.start, t.end, t.ruptures, t.ruptures == 1 ? _("rupture") : _("ruptures"),
                 t.repairs);
        y += (float)sp * 0.8f;
        y += put_or_measure(s, draw, sum, sp, x, y, tw, TEXT_REGULAR, TH->muted);
    }
    return y - y0;
}

static void draw_ending(Screens *s, const StageModel *m, int w, int h)
{
    Frame f = frame_of(s, m, w, h);
    ui_room(s, m->view ? m->view->background : NULL, w, h, false);
    float top = f.margin + side_banner(s, m, w, h, true);
    float pw = fminf(f.W - 2 * f.margin, fmaxf(f.W * 0.62f, f.H * 1.05f));
    int head = 0, tp = 0, sp = 0;
    float pad = 0, tw = 0, need = 0, room = f.bottom - top;
    for (int lv = 0; lv < LEVELS; lv++) {
        PType t = proj_type(w, h, lv, ui_scale());
        head = t.head;
        tp = t.answer;
        sp = t.small;
        pad = fmaxf(f.margin, (float)head * 0.7f);
        tw = pw - 2 * pad;
        need = ending_put(s, m, 0, 0, tw, head, tp, sp, false) + 2 * pad;
        if (need <= room)
            break;
    }
    float ph = fminf(need, room);
    SDL_FRect p = ui_rect((f.W - pw) / 2, top + (room - ph) / 2, pw, ph);
    panel(s, p, pad * 0.5f);
    clip_to(s, p, w, h);
    ending_put(s, m, p.x + pad, p.y + pad, tw, head, tp, sp, true);
    SDL_RenderSetClipRect(s->renderer, NULL);
}

/* ---- the debrief for the room ---- */

enum { PAGE_CHART, PAGE_DECISIONS, PAGE_QUESTIONS, PAGE_ROADS };
enum { MAX_PAGES = 96, MAX_QUESTIONS = 256 };

typedef struct DPage {
    int kind, first, count;
} DPage;

typedef struct Debrief {
    Frame f;
    SDL_FRect panel, body;
    int head, text, row, small;
    float pad, col_gap;
    int cols;
    int n_questions;
    int questions[MAX_QUESTIONS]; /* decisions whose question is asked first there */
    int n_pages;
    DPage pages[MAX_PAGES];
    const Kinds *kinds; /* kinds_of(m) */
} Debrief;

static const char *page_title(int kind)
{
    switch (kind) {
    case PAGE_CHART:
        return _("How the connection went");
    case PAGE_DECISIONS:
        return _("The decisions");
    case PAGE_QUESTIONS:
        return _("Questions to take away");
    default:
        return _("Roads not taken");
    }
}

/* One decision: what was said, then every answer with its letter, kind,
 * votes as a bar and a number; the group's answer outlined and named. */
static float decision_put(Screens *s, const Debrief *D, const SessionDecision *d, int idx, float x,
                          float y, float w, bool draw)
{
    float y0 = y;
    int rp = D->row, sp = D->small;
    char num[16], quoted[1300], said[1300];
    snprintf(num, sizeof num, "%d", d->number > 0 ? d->number : idx + 1);
    ui_quoted(quoted, sizeof quoted, d->said);
    float bs = (float)line_h(s, rp) * 0.9f, tx = x + bs + (float)rp * 0.45f;
    /* About two lines of what was said: enough to recall the moment, so
     * that two decisions share a column (the report has it whole). */
    one_line(s, quoted, rp, (x + w - tx) * 1.75f, TEXT_REGULAR, said, sizeof said);
    float sh = height_of(s, said, rp, x + w - tx, TEXT_REGULAR);
    if (draw) {
        badge(s, ui_rect(x, y + ((float)line_h(s, rp) - bs) / 2, bs, bs), num,
              (int)lroundf((float)rp * 0.75f), true);
        put(s, said, rp, tx, y, x + w - tx, TEXT_REGULAR, TH->text);
    }
    y += sh + (float)rp * 0.25f;
    int total = 0, n = option_count(d);
    for (int k = 0; k < n; k++)
        total += d->options[k].votes > 0 ? d->options[k].votes : 0;
    float lh = (float)line_h(s, sp), bar = fmaxf(3.0f, (float)sp * 0.2f);
    float row_h = lh + bar + (float)sp * 0.55f;
    for (int k = 0; k < n && draw; k++) {
        const SessionOption *o = &d->options[k];
        bool chosen = k == d->chosen;
        SDL_FRect r = ui_rect(tx - (float)sp * 0.5f, y + (float)k * row_h,
                              x + w - tx + (float)sp * 0.5f, row_h - (float)sp * 0.12f);
        if (chosen)
            ui_card(s->renderer, r, sp, true, false, true);
        float ix = r.x + (float)sp * 0.55f, iy = r.y + (float)sp * 0.15f;
        float lb = lh * 0.86f;
        letter_badge(s, ui_rect(ix, iy + (lh - lb) / 2, lb, lb), k, (int)lroundf((float)sp * 0.8f),
                     true);
        float mr = (float)sp * 0.34f, mx = ix + lb + (float)sp * 0.45f;
        ui_kind_mark(s->renderer, mx + mr, iy + lh / 2, mr, kinds_tone(D->kinds, o->kind));
        char vt[48], label[300];
        int v = o->votes > 0 ? o->votes : 0;
        votes_words(vt, sizeof vt, v);
        float vw = (float)width_of(s, vt, sp, TEXT_STRONG), right = r.x + r.w - (float)sp * 0.4f;
        snprintf(label, sizeof label, chosen ? _("%s \u00b7 chosen") : "%s",
                 kinds_label(D->kinds, o->kind));
        float lx = mx + mr * 2 + (float)sp * 0.4f;
        char cut[400];
        TextStyle ls = chosen ? TEXT_STRONG : TEXT_REGULAR;
        one_line(s, label, sp, right - vw - (float)sp - lx, ls, cut, sizeof cut);
        put(s, cut, sp, lx, iy, 100000, ls, chosen ? TH->accent : TH->text);
        put(s, vt, sp, right - vw, iy, vw + (float)sp, TEXT_STRONG, v ? TH->text : TH->muted);
        float bx = mx, bw = right - bx, by = iy + lh + (float)sp * 0.05f;
        render_round_rect(s->renderer, ui_rect(bx, by, bw, bar), bar / 2, TH->track);
        if (v > 0 && total > 0)
            render_round_rect(s->renderer,
                              ui_rect(bx, by, fmaxf(bar, bw * (float)v / (float)total), bar),
                              bar / 2, TH->accent);
    }
    y += row_h * (float)n;
    return y - y0 + (float)rp * 0.6f;
}

static float question_put(Screens *s, const Debrief *D, int k, const char *q, float x, float y,
                          float w, bool draw)
{
    char num[16];
    snprintf(num, sizeof num, "%d", k + 1);
    int tp = D->text;
    float bs = (float)line_h(s, tp) * 0.8f, tx = x + bs + (float)tp * 0.5f;
    if (draw)
        badge(s, ui_rect(x, y + ((float)line_h(s, tp) - bs) / 2, bs, bs), num,
              (int)lroundf((float)tp * 0.65f), true);
    return put_or_measure(s, draw, q, tp, tx, y, x + w - tx, TEXT_REGULAR, TH->text) +
           (float)tp * 0.6f;
}

static float road_put(Screens *s, const StageModel *m, const Debrief *D, const SessionRoad *rd,
                      float x, float y, float w, bool draw)
{
    const SessionDecision *d = decision(m, rd->from);
    const SessionOption *g = chosen_option(d);
    const SessionOption *o =
        d && rd->option >= 0 && rd->option < option_count(d) ? &d->options[rd->option] : NULL;
    char head[400], detail[600];
    snprintf(head, sizeof head,
             _("From decision %d: **%c** (%s) instead of the group\u2019s **%c** (%s)"),
             rd->from + 1, o ? stage_letter(rd->option) : '?',
             o ? kinds_label(kinds_of(m), o->kind) : "?", g ? stage_letter(d->chosen) : '?',
             g ? kinds_label(kinds_of(m), g->kind) : "?");
    int opened = 0, repaired = 0, conn_from = d ? d->connection_before : 50;
    int conn_to = conn_from;
    for (int k = 0; k < rd->n_steps && rd->steps; k++) {
        opened += rd->steps[k].opened;
        repaired += rd->steps[k].repaired;
        conn_to = rd->steps[k].connection;
    }
    int len = snprintf(detail, sizeof detail,
                       rd->n_steps == 1 ? _("%d step \u00b7 connection %d to %d")
                                        : _("%d steps \u00b7 connection %d to %d"),
                       rd->n_steps, conn_from, conn_to);
    if (len > 0 && (size_t)len < sizeof detail && opened)
        len += snprintf(detail + len, sizeof detail - (size_t)len, _(" \u00b7 %d %s opened"),
                        opened, opened == 1 ? _("rupture") : _("ruptures"));
    if (len > 0 && (size_t)len < sizeof detail && repaired)
        len +=
            snprintf(detail + len, sizeof detail - (size_t)len, _(" \u00b7 %d repaired"), repaired);
    if (len > 0 && (size_t)len < sizeof detail && rd->ending)
        snprintf(detail + len, sizeof detail - (size_t)len, _(" \u00b7 it ended: *%s*"),
                 rd->ending);
    float y0 = y, mr = (float)D->text * 0.3f, tx = x + mr * 2 + (float)D->text * 0.45f;
    if (draw && o)
        ui_kind_mark(s->renderer, x + mr, y + (float)line_h(s, D->text) / 2, mr,
                     kinds_tone(D->kinds, o->kind));
    y += put_or_measure(s, draw, head, D->text, tx, y, x + w - tx, TEXT_REGULAR, TH->text);
    y += put_or_measure(s, draw, detail, D->small, tx, y, x + w - tx, TEXT_REGULAR, TH->muted);
    return y - y0 + (float)D->text * 0.6f;
}

static int road_count(const StageModel *m)
{
    const Session *se = sess(m);
    return se && se->roads && se->n_roads > 0 ? se->n_roads : 0;
}

static float block_height(Screens *s, const StageModel *m, const Debrief *D, int kind, int i,
                          float w)
{
    switch (kind) {
    case PAGE_DECISIONS:
        return decision_put(s, D, decision(m, i), i, 0, 0, w, false);
    case PAGE_QUESTIONS:
        return question_put(s, D, i, decision(m, D->questions[i])->reflect, 0, 0, w, false);
    default:
        return road_put(s, m, D, &m->session->roads[i], 0, 0, w, false);
    }
}

/* The space after each block: the last in a column needs none of it. */
static float block_gap(const Debrief *D, int kind)
{
    return (float)(kind == PAGE_DECISIONS ? D->row : D->text) * 0.6f;
}

/* Flow `n` blocks of `kind` into pages of `cols` columns. */
static void paginate(Screens *s, const StageModel *m, Debrief *D, int kind, int n, int cols)
{
    float cw = (D->body.w - D->col_gap * (float)(cols - 1)) / (float)cols;
    int i = 0;
    while (i < n && D->n_pages < MAX_PAGES) {
        DPage *p = &D->pages[D->n_pages++];
        p->kind = kind;
        p->first = i;
        p->count = 0;
        for (int c = 0; c < cols && i < n; c++) {
            float used = 0;
            while (i < n) {
                float bh = block_height(s, m, D, kind, i, cw);
                if (used > 0 && used + bh - block_gap(D, kind) > D->body.h)
                    break;
                used += bh;
                i++;
                p->count++;
            }
        }
    }
}

static void debrief_layout(Screens *s, const StageModel *m, int w, int h, Debrief *D)
{
    memset(D, 0, sizeof *D);
    D->kinds = kinds_of(m);
    Frame f = frame_of(s, m, w, h);
    D->f = f;
    D->head = fpx(&f, 0.052f, 15);
    D->text = fpx(&f, 0.040f, 12);
    D->row = fpx(&f, 0.036f, 11);
    D->small = fpx(&f, 0.030f, 10);
    D->panel = ui_rect(f.margin, f.margin, f.W - 2 * f.margin, f.bottom - f.margin);
    D->pad = fmaxf(f.margin, (float)D->text * 0.7f);
    float top = D->panel.y + D->pad * 0.7f + (float)line_h(s, D->small) +
                (float)line_h(s, D->head) + D->pad * 0.4f;
    float bottom = D->panel.y + D->panel.h - D->pad * 0.5f - (float)line_h(s, D->small) * 1.2f;
    D->body = ui_rect(D->panel.x + D->pad, top, D->panel.w - 2 * D->pad, fmaxf(bottom - top, 1));
    D->col_gap = D->pad * 1.2f;
    D->cols = D->body.w >= (float)D->small * 32 ? 2 : 1;
    D->pages[D->n_pages++] = (DPage){PAGE_CHART, 0, 0};
    paginate(s, m, D, PAGE_DECISIONS, n_decisions(m), D->cols);
    for (int i = 0; i < n_decisions(m) && D->n_questions < MAX_QUESTIONS; i++) {
        const char *q = decision(m, i)->reflect;
        bool seen = !q || !*q;
        for (int k = 0; k < D->n_questions && !seen; k++)
            seen = strcmp(decision(m, D->questions[k])->reflect, q) == 0;
        if (!seen)
            D->questions[D->n_questions++] = i;
    }
    paginate(s, m, D, PAGE_QUESTIONS, D->n_questions, 1);
    paginate(s, m, D, PAGE_ROADS, road_count(m), 1);
}

int stage_debrief_pages(Screens *s, const StageModel *m, int w, int h)
{
    if (w <= 0 || h <= 0)
        return 1;
    ui_begin(s);
    Debrief D;
    debrief_layout(s, m, stage_width(m, w, h), h, &D);
    return D.n_pages < 1 ? 1 : D.n_pages;
}

/* The connection over the session: the group's road solid, with a mark
 * at each decision (a broken ring where a rupture opened, a filled disc
 * where one was repaired); each road not taken dashed from where it left. */
static void draw_chart(Screens *s, const StageModel *m, SDL_FRect c, int sp)
{
    SDL_Renderer *r = s->renderer;
    const Session *se = sess(m);
    int n = n_decisions(m), most = n;
    for (int k = 0; k < road_count(m); k++) {
        const SessionRoad *rd = &se->roads[k];
        if (rd->from + rd->n_steps > most)
            most = rd->from + rd->n_steps;
    }
    render_round_rect(r, c, (float)sp * 0.5f, (SDL_Color){255, 255, 255, 18});
    float lw = (float)width_of(s, "100", sp, TEXT_REGULAR) + (float)sp * 0.6f;
    float lh = (float)line_h(s, sp), mark = (float)sp * 0.42f;
    SDL_FRect p = ui_rect(c.x + lw, c.y + lh * 0.6f, c.w - lw - mark * 2.5f, c.h - lh * 1.9f);
    for (int k = 0; k <= 4; k++) {
        float y = p.y + p.h * (float)k / 4;
        render_fill(r, ui_rect(p.x, y, p.w, fmaxf(1.0f, TH->outline)), TH->track);
        if (k % 2 == 0) {
            char t[8];
            snprintf(t, sizeof t, "%d", 100 - k * 25);
            put(s, t, sp, c.x + lw - (float)sp * 0.3f - (float)width_of(s, t, sp, TEXT_REGULAR),
                y - lh / 2, lw, TEXT_REGULAR, TH->muted);
        }
    }
    float dx = p.w / (float)(most > 0 ? most : 1);
#define PT_Y(conn)                                                                                 \
    (p.y + p.h * (1.0f - (float)((conn) < 0 ? 0 : (conn) > 100 ? 100 : (conn)) / 100.0f))
    float t = fmaxf(2.0f, (float)sp * 0.14f) * TH->outline;
    enum { MAXP = 513 };
    SDL_FPoint pts[MAXP];
    for (int k = 0; k < road_count(m); k++) {
        const SessionRoad *rd = &se->roads[k];
        const SessionDecision *d = decision(m, rd->from);
        int np = 0;
        pts[np++] = (SDL_FPoint){p.x + dx * (float)rd->from,
                                 PT_Y(d ? d->connection_before : se->connection_start)};
        for (int j = 0; j < rd->n_steps && rd->steps && np < MAXP; j++)
            pts[np++] =
                (SDL_FPoint){p.x + dx * (float)(rd->from + 1 + j), PT_Y(rd->steps[j].connection)};
        ui_chart_line(r, pts, np, t * 0.8f, t * 2.5f, TH->muted);
        for (int j = 1; j < np; j++)
            render_arc(r, pts[j].x, pts[j].y, mark * 0.6f, fmaxf(1.5f, mark * 0.22f), 0, 360,
                       TH->muted);
        char lt[2] = {stage_letter(rd->option), '\0'};
        SDL_FPoint e = pts[np - 1];
        put(s, lt, sp, e.x + mark, e.y - lh, lw, TEXT_STRONG, TH->muted);
    }
    int np = 0;
    pts[np++] = (SDL_FPoint){p.x, PT_Y(se ? se->connection_start : 50)};
    for (int i = 0; i < n && np < MAXP; i++)
        pts[np++] =
            (SDL_FPoint){p.x + dx * (float)(i + 1), PT_Y(se->decisions[i].connection_after)};
    ui_chart_line(r, pts, np, t, 0, TH->accent);
    render_disc(r, pts[0].x, pts[0].y, mark * 0.45f, TH->text);
    for (int i = 0; i + 1 < np; i++) {
        const SessionDecision *d = &se->decisions[i];
        SDL_FPoint q = pts[i + 1];
        if (d->opened || d->repaired) {
            render_disc(r, q.x, q.y, mark * 1.15f, opaque(TH->panel));
            rupture_mark(r, q.x, q.y, mark, d->repaired && !d->opened);
        } else {
            render_disc(r, q.x, q.y, mark * 0.45f, TH->text);
        }
    }
    /* The decisions' numbers along the foot, as many as fit. */
    float nw = (float)width_of(s, "88", sp, TEXT_REGULAR) * 1.6f;
    int every = dx > 0 ? (int)ceilf(nw / dx) : 1;
    every = every < 1 ? 1 : every;
    for (int i = 0; i < n; i++) {
        if ((i + 1) % every != 0 && i != 0)
            continue;
        char t2[16];
        snprintf(t2, sizeof t2, "%d", i + 1);
        float tw = (float)width_of(s, t2, sp, TEXT_REGULAR);
        put(s, t2, sp, p.x + dx * (float)(i + 1) - tw / 2, p.y + p.h + lh * 0.25f, tw + (float)sp,
            TEXT_REGULAR, TH->muted);
    }
#undef PT_Y
}

/* The chart's key: the shapes and what they mean. */
static void chart_key(Screens *s, const StageModel *m, float x, float y, float w, int sp)
{
    SDL_Renderer *r = s->renderer;
    float lh = (float)line_h(s, sp), mark = (float)sp * 0.42f, cy = y + lh / 2, cx = x;
    const char *words[4] = {_("a decision"), _("a rupture opened"), _("repaired"),
                            _("a road not taken")};
    int n = road_count(m) > 0 ? 4 : 3;
    for (int k = 0; k < n; k++) {
        float tw = (float)width_of(s, words[k], sp, TEXT_REGULAR);
        float need = mark * 3 + tw + (float)sp * 1.5f;
        if (cx + need > x + w && cx > x) {
            cx = x;
            cy += lh;
        }
        if (k == 0)
            render_disc(r, cx + mark, cy, mark * 0.45f, TH->text);
        else if (k == 1 || k == 2)
            rupture_mark(r, cx + mark, cy, mark, k == 2);
        else {
            SDL_FPoint ln[2] = {{cx, cy}, {cx + mark * 2.4f, cy}};
            ui_chart_line(r, ln, 2, fmaxf(2.0f, (float)sp * 0.11f), (float)sp * 0.3f, TH->muted);
        }
        float off = k == 3 ? mark * 2.4f + (float)sp * 0.4f : mark * 2 + (float)sp * 0.4f;
        put(s, words[k], sp, cx + off, cy - lh / 2, tw + (float)sp, TEXT_REGULAR, TH->muted);
        cx += off + tw + (float)sp * 1.2f;
    }
}

static void draw_debrief(Screens *s, const StageModel *m, int w, int h)
{
    Debrief D;
    debrief_layout(s, m, w, h, &D);
    ui_room(s, m->view ? m->view->background : NULL, w, h, false);
    render_fill(s->renderer, ui_rect(0, 0, (float)w, (float)h), TH->backdrop);
    panel(s, D.panel, D.pad * 0.5f);
    clip_to(s, D.panel, w, h);
    int pg = m->page < 0 ? 0 : m->page >= D.n_pages ? D.n_pages - 1 : m->page;
    const DPage *p = &D.pages[pg];
    float x = D.panel.x + D.pad, iw = D.panel.w - 2 * D.pad;
    float y = D.panel.y + D.pad * 0.7f;
    char sub[400];
    snprintf(sub, sizeof sub, _("Debrief \u00b7 %s"), m->story_title ? m->story_title : "");
    y += put(s, sub, D.small, x, y, iw, TEXT_ITALIC, TH->muted);
    put(s, page_title(p->kind), D.head, x, y, iw, TEXT_STRONG, TH->text);
    SDL_FRect b = D.body;
    float cw = (b.w - D.col_gap * (float)(D.cols - 1)) / (float)D.cols;
    if (p->kind == PAGE_CHART) {
        Totals t = totals(m);
        char line[600];
        int len = snprintf(line, sizeof line,
                           _("**Connection %d to %d** \u00b7 %d %s \u00b7 %d %s opened \u00b7 "
                             "%d repaired"),
                           t.start, t.end, t.n, t.n == 1 ? _("decision") : _("decisions"),
                           t.ruptures, t.ruptures == 1 ? _("rupture") : _("ruptures"), t.repairs);
        if (road_count(m) > 0 && len > 0 && (size_t)len < sizeof line)
            snprintf(line + len, sizeof line - (size_t)len,
                     road_count(m) == 1 ? _(" \u00b7 %d road not taken")
                                        : _(" \u00b7 %d roads not taken"),
                     road_count(m));
        float ty = b.y + put(s, line, D.text, b.x, b.y, b.w, TEXT_REGULAR, TH->text);
        float key_h = (float)line_h(s, D.small) * 2.2f;
        draw_chart(s, m,
                   ui_rect(b.x, ty + (float)D.small * 0.5f, b.w,
                           b.y + b.h - ty - key_h - (float)D.small * 0.5f),
                   D.small);
        chart_key(s, m, b.x, b.y + b.h - key_h + (float)D.small * 0.4f, b.w, D.small);
    } else {
        int cols = p->kind == PAGE_DECISIONS ? D.cols : 1;
        float ccw = p->kind == PAGE_DECISIONS ? cw : b.w;
        int c = 0;
        float y2 = b.y;
        for (int i = p->first; i < p->first + p->count; i++) {
            float bh = block_height(s, m, &D, p->kind, i, ccw);
            if (y2 > b.y && y2 + bh - block_gap(&D, p->kind) > b.y + b.h && c + 1 < cols) {
                c++;
                y2 = b.y;
            }
            float bx = b.x + (float)c * (ccw + D.col_gap);
            if (p->kind == PAGE_DECISIONS)
                decision_put(s, &D, decision(m, i), i, bx, y2, ccw, true);
            else if (p->kind == PAGE_QUESTIONS)
                question_put(s, &D, i, decision(m, D.questions[i])->reflect, bx, y2, ccw, true);
            else
                road_put(s, m, &D, &m->session->roads[i], bx, y2, ccw, true);
            y2 += bh;
        }
    }
    /* Where we are: "2 / 4", with triangles toward the pages either side. */
    char ind[32];
    snprintf(ind, sizeof ind, "%d / %d", pg + 1, D.n_pages);
    int sp = D.small;
    float iw2 = (float)width_of(s, ind, sp, TEXT_STRONG), a = (float)sp * 0.32f;
    float ix = D.panel.x + D.panel.w - D.pad - iw2 - a * 3;
    float iy = D.panel.y + D.panel.h - D.pad * 0.4f - (float)line_h(s, sp);
    float cy = iy + (float)line_h(s, sp) / 2;
    triangle(s->renderer, ix - a * 1.6f, cy, a, 3, pg > 0 ? TH->text : TH->track);
    put(s, ind, sp, ix, iy, iw2 + (float)sp, TEXT_STRONG, TH->text);
    triangle(s->renderer, ix + iw2 + a * 1.6f, cy, a, 1, pg + 1 < D.n_pages ? TH->text : TH->track);
    SDL_RenderSetClipRect(s->renderer, NULL);
}

/* ---- the presenter ---- */

/* Denser type, for a laptop at arm's length: body text ~2.6% of the
 * height (of the width when narrower than square: an overlay), stepped
 * down by `k` when a beat's answers need the room. */
typedef struct PresType {
    int body, small, head, big;
    bool brief; /* no room: the answers without where they lead */
} PresType;

static PresType pres_type(SDL_FRect R, float k)
{
    int b = (int)fmaxf(fminf(R.w, R.h), 1.0f);
    float sc = ui_scale();
    PresType t;
    t.body = px_at(0.026f * k, b, sc, 10);
    t.small = px_at(0.022f * k, b, sc, 9);
    t.head = px_at(0.034f, b, sc, 12);
    t.big = px_at(0.060f, b, sc, 16);
    t.brief = false;
    return t;
}

static bool beat_like(StagePhase p)
{
    return p == STAGE_BEAT || p == STAGE_TIE || p == STAGE_CHOSEN || p == STAGE_REVEALED ||
           p == STAGE_DISCUSS;
}

static const char *phase_words(const StageModel *m)
{
    switch (m->phase) {
    case STAGE_BEAT:
        return _("The group votes");
    case STAGE_TIE:
        return _("A tie: you decide");
    case STAGE_CHOSEN:
        return _("Chosen, not yet revealed");
    case STAGE_REVEALED:
        return _("Revealed");
    case STAGE_DISCUSS:
        return _("Discussion pause");
    case STAGE_ROADS:
        return _("The road not taken: pick a decision");
    case STAGE_ENDING:
        return _("The ending");
    case STAGE_DEBRIEF:
        return _("Debrief");
    case STAGE_EXPORT:
        return _("Export the report");
    case STAGE_MENU:
        return _("Menu");
    case STAGE_KEYS:
        return _("Keyboard map");
    case STAGE_RESUME:
        return _("Resume the workshop?");
    }
    return "";
}

/* "A–D", "A and B", "A": the letters of n answers. */
static void letters(char *out, size_t n, int count, char first)
{
    if (count <= 1)
        snprintf(out, n, "%c", first);
    else if (count == 2)
        snprintf(out, n, "%c and %c", first, first + 1);
    else
        snprintf(out, n, "%c\u2013%c", first, first + count - 1);
}

/* The keys that do something now (see the keymap), for the footer. */
static void keys_now(const StageModel *m, char *out, size_t n)
{
    int na = answer_count(m);
    char az[32], num[32], tied[64] = "";
    letters(az, sizeof az, na > 0 ? na : 4, 'A');
    letters(num, sizeof num, na > 0 ? na : 4, '1');
    const char *back = m->side_road ? _("**N** back to the group") : _("**N** road not taken");
    switch (m->phase) {
    case STAGE_BEAT:
        snprintf(out, n,
                 _("**%s** add a vote \u00b7 **Shift+%s** take one away \u00b7 **Backspace** clear "
                   "\u00b7 **Return** confirm \u00b7 **%s** pick directly \u00b7 **T** timer "
                   "\u00b7 **+ \u2212** 30 s \u00b7 **P** pause \u00b7 %s \u00b7 **Esc** "
                   "menu \u00b7 **F1** keys"),
                 az, az, num, back);
        break;
    case STAGE_TIE:
        for (int k = 0, len = 0;
             k < m->n_tied && k < STORY_MAX_CHOICES && len >= 0 && (size_t)len < sizeof tied; k++)
            len += snprintf(tied + len, sizeof tied - (size_t)len, "%s%c", k ? _(" or ") : "",
                            stage_letter(m->tied[k]));
        snprintf(out, n,
                 _("**%s** go with that answer \u00b7 **Esc** back to voting \u00b7 **%s** pick "
                   "any \u00b7 **P** pause"),
                 tied, num);
        break;
    case STAGE_CHOSEN:
        snprintf(out, n, _("**R** or **Return** reveal \u00b7 **P** pause \u00b7 **Esc** menu"));
        break;
    case STAGE_REVEALED:
        snprintf(out, n, _("**Return** next beat \u00b7 **P** pause \u00b7 %s \u00b7 **Esc** menu"),
                 back);
        break;
    case STAGE_DISCUSS:
        snprintf(out, n,
                 _("**P** or **Return** end the pause \u00b7 **T** start or stop the timer \u00b7 "
                   "**+ \u2212** 30 s"));
        break;
    case STAGE_ROADS:
        snprintf(out, n,
                 _("**Up, Down** choose \u00b7 **Return** play from that decision \u00b7 **N** or "
                   "**Esc** back"));
        break;
    case STAGE_ENDING:
        snprintf(out, n,
                 m->side_road ? _("**Return** or **N** back to the group \u00b7 **Esc** menu")
                              : _("**Return** the debrief \u00b7 **N** road not taken \u00b7 **X** "
                                  "export \u00b7 **Esc** menu"));
        break;
    case STAGE_DEBRIEF:
        snprintf(out, n,
                 _("**Left, Right** pages \u00b7 **N** road not taken \u00b7 **X** export \u00b7 "
                   "**Esc** menu"));
        break;
    case STAGE_EXPORT:
        snprintf(out, n,
                 m->saved_html || m->saved_json
                     ? _("Any key closes this")
                     : _("Type the folder \u00b7 **Return** save \u00b7 **Esc** cancel"));
        break;
    case STAGE_MENU:
        snprintf(out, n, _("**Up, Down** choose \u00b7 **Return** open \u00b7 **Esc** back"));
        break;
    case STAGE_KEYS:
        snprintf(out, n, _("**F1** or **Esc** close"));
        break;
    case STAGE_RESUME:
        snprintf(out, n, _("**Up, Down** choose \u00b7 **Return** go with it \u00b7 **1** resume "
                           "\u00b7 **2** start afresh"));
        break;
    }
}

typedef struct Pres {
    SDL_FRect R; /* the whole presenter */
    PresType ty;
    float pad, gap;
    SDL_FRect header, side, body, notice, footer;
    char keys[600];
    int w, h; /* the frame, for clipping */
} Pres;

static void pres_frame(Screens *s, const StageModel *m, SDL_FRect R, int w, int h, Pres *P)
{
    memset(P, 0, sizeof *P);
    P->R = R;
    P->w = w;
    P->h = h;
    P->ty = pres_type(R, 1.0f);
    P->pad = fmaxf(fminf(R.w, R.h) * 0.025f, (float)P->ty.body * 0.6f);
    P->gap = (float)P->ty.body * 0.6f;
    float iw = R.w - 2 * P->pad, x = R.x + P->pad, y = R.y + P->pad * 0.8f;
    float hh = fmaxf((float)(line_h(s, P->ty.head) + line_h(s, P->ty.body)),
                     m->timer_on ? (float)line_h(s, P->ty.big) : 0);
    P->header = ui_rect(x, y, iw, hh);
    y += hh + P->gap;
    if (m->side_road) {
        P->side = ui_rect(x, y, iw, (float)line_h(s, P->ty.small) * 1.5f);
        y += P->side.h + P->gap * 0.5f;
    }
    keys_now(m, P->keys, sizeof P->keys);
    float fh = height_of(s, P->keys, P->ty.small, iw, TEXT_REGULAR);
    P->footer = ui_rect(x, R.y + R.h - P->pad * 0.7f - fh, iw, fh);
    float bottom = P->footer.y - P->gap * 0.6f;
    if (m->notice && *m->notice) {
        float nh = height_of(s, m->notice, P->ty.small, iw, TEXT_ITALIC);
        P->notice = ui_rect(x, bottom - nh, iw, nh);
        bottom = P->notice.y - P->gap * 0.5f;
    }
    P->body = ui_rect(x, y, iw, fmaxf(bottom - y, 1.0f));
}

static void pres_header(Screens *s, const StageModel *m, const Pres *P)
{
    const PresType *t = &P->ty;
    SDL_FRect hd = P->header;
    float right = hd.x + hd.w;
    if (m->timer_on) {
        float cw, ch;
        countdown(s, m, t->big, t->small, NULL, 0, 0, false, &cw, &ch);
        right -= cw;
        countdown(s, m, t->big, t->small, NULL, right, hd.y, true, &cw, &ch);
        right -= (float)t->body * 1.2f;
    }
    /* The session's time: hours and minutes. */
    long long min = m->session_ms > 0 ? m->session_ms / 60000 : 0;
    char st[32];
    snprintf(st, sizeof st, "%lld:%02lld", min / 60, min % 60);
    float sw = fmaxf((float)width_of(s, st, t->head, TEXT_STRONG),
                     (float)width_of(s, _("session"), t->small, TEXT_REGULAR));
    right -= sw;
    put(s, st, t->head, right, hd.y, sw + (float)t->head, TEXT_STRONG, TH->text);
    put(s, _("session"), t->small, right, hd.y + (float)line_h(s, t->head), sw + (float)t->small,
        TEXT_REGULAR, TH->muted);
    float lw = right - hd.x - (float)t->body;
    char title[400], where[300], cut[600];
    snprintf(title, sizeof title, "%s", m->story_title ? m->story_title : _("Workshop"));
    put(s, one_line(s, title, t->head, lw, TEXT_STRONG, cut, sizeof cut), t->head, hd.x, hd.y,
        lw + (float)t->head, TEXT_STRONG, TH->text);
    int dn = decision_number(m);
    bool over_beat =
        (m->phase == STAGE_MENU || m->phase == STAGE_KEYS) && beat_like(m->paused_from);
    if (dn > 0 && !m->side_road && (beat_like(m->phase) || over_beat))
        snprintf(where, sizeof where, _("Decision %d \u00b7 %s"), dn, phase_words(m));
    else
        snprintf(where, sizeof where, "%s", phase_words(m));
    put(s, one_line(s, where, t->body, lw, TEXT_STRONG, cut, sizeof cut), t->body, hd.x,
        hd.y + (float)line_h(s, t->head), lw + (float)t->body, TEXT_STRONG, TH->accent);
    render_fill(s->renderer,
                ui_rect(P->R.x + P->pad, hd.y + hd.h + P->gap * 0.45f, P->R.w - 2 * P->pad,
                        fmaxf(1.0f, TH->outline)),
                TH->track);
}

/* The beat as the facilitator reads it: the line, and what is for them. */
static float pres_moment(Screens *s, const StageModel *m, const PresType *t, float x, float y,
                         float w, bool draw)
{
    const char *speaker, *text, *cue;
    line_of(m, &speaker, &text, &cue);
    const StoryView *v = m->view;
    float y0 = y, sg = (float)t->small * 0.35f;
    if (m->phase == STAGE_DISCUSS) {
        y += put_or_measure(s, draw, _("Discussion"), t->small, x, y, w, TEXT_STRONG, TH->accent);
        y += put_or_measure(s, draw, m->question ? m->question : _("Talk it over"), t->head, x, y,
                            w, TEXT_REGULAR, TH->text);
        y += (float)t->body * 0.8f;
    }
    if (speaker)
        y += put_or_measure(s, draw, speaker, t->small, x, y, w, TEXT_STRONG, TH->accent);
    y += put_or_measure(s, draw, text, t->body, x, y, w, TEXT_REGULAR, TH->text);
    if (cue)
        y += put_or_measure(s, draw, cue, t->small, x, y + sg * 0.5f, w, TEXT_ITALIC, TH->muted) +
             sg * 0.5f;
    if (m->phase == STAGE_CHOSEN && m->chosen >= 0) {
        char c[200];
        snprintf(c, sizeof c,
                 _("**Chosen: %c.** R reveals the inner voice, the why and the meters."),
                 stage_letter(m->chosen));
        y += (float)t->body * 0.5f;
        y += put_or_measure(s, draw, c, t->body, x, y, w, TEXT_REGULAR, TH->text);
    }
    if (m->phase == STAGE_REVEALED) {
        Reveal rv = reveal_of(m);
        char e[300], dc[16];
        signed_text(dc, sizeof dc, rv.dconn);
        int len = rv.has_change ? snprintf(e, sizeof e, _("**Connection %d to %d (%s)**"),
                                           rv.before, rv.after, dc)
                                : snprintf(e, sizeof e, "**%s**", rv.label);
        if (len > 0 && (size_t)len < sizeof e && (rv.opened || rv.repaired))
            snprintf(e + len, sizeof e - (size_t)len, "%s",
                     rv.repaired ? _(" \u00b7 the rupture is repaired")
                                 : _(" \u00b7 a rupture opened"));
        y += (float)t->body * 0.5f;
        y += put_or_measure(s, draw, e, t->body, x, y, w, TEXT_REGULAR, TH->text);
    }
    if (v && v->note) {
        y += (float)t->body * 0.7f;
        y += put_or_measure(s, draw, _("Your note"), t->small, x, y, w, TEXT_STRONG, TH->accent);
        y += put_or_measure(s, draw, v->note, t->body, x, y, w, TEXT_REGULAR, TH->text);
    }
    if (v && v->reflect && m->phase != STAGE_DISCUSS) {
        y += (float)t->body * 0.7f;
        y += put_or_measure(s, draw, _("To ask the room"), t->small, x, y, w, TEXT_STRONG,
                            TH->accent);
        y += put_or_measure(s, draw, v->reflect, t->body, x, y, w, TEXT_ITALIC, TH->text);
        y += put_or_measure(s, draw, _("P to pause and discuss"), t->small, x, y + sg, w,
                            TEXT_REGULAR, TH->muted) +
             sg;
    }
    return y - y0;
}

/* One answer in the facilitator's table: height at width w; drawn at c. */
static float pres_answer(Screens *s, const StageModel *m, const PresType *t, int i, SDL_FRect c,
                         bool draw)
{
    const StoryChoiceView *ch = &m->view->choices[i];
    float pad = (float)t->small * 0.45f, bs = (float)line_h(s, t->body) * 0.9f;
    float vw = (float)width_of(s, "888", t->body, TEXT_STRONG) + (float)t->small;
    float tx = c.x + pad + (float)t->small * 0.3f + bs + (float)t->small * 0.5f;
    float tw = c.x + c.w - pad - vw - tx;
    float y = c.y + pad;
    bool chosen = (m->phase == STAGE_CHOSEN || m->phase == STAGE_REVEALED) && i == m->chosen;
    bool tied = m->phase == STAGE_TIE && is_tied(m, i);
    if (draw) {
        ui_card(s->renderer, c, t->body, chosen || tied, false, ch->enabled);
        letter_badge(s, ui_rect(c.x + pad + (float)t->small * 0.3f, y, bs, bs), i,
                     (int)lroundf((float)t->body * 0.85f), ch->enabled);
    }
    y += put_or_measure(s, draw, ch->text, t->body, tx, y, tw, TEXT_REGULAR, TH->text);
    char line[1400];
    float mr = (float)t->small * 0.32f, kx = tx + mr * 2 + (float)t->small * 0.4f;
    if (ch->kind || ch->why) {
        snprintf(line, sizeof line, "**%s**%s%s", ch->label,
                 ch->why ? " \u2014 " : "", ch->why ? ch->why : "");
        if (draw && ch->kind)
            ui_kind_mark(s->renderer, tx + mr, y + (float)line_h(s, t->small) / 2, mr, ch->tone);
        y += put_or_measure(s, draw, line, t->small, kx, y, tx + tw - kx, TEXT_REGULAR, TH->text);
    }
    if (m->phase == STAGE_REVEALED && ch->inner) {
        char q[1300];
        ui_quoted(q, sizeof q, ch->inner);
        snprintf(line, sizeof line, _("inner voice: *%s*"), q);
        y += put_or_measure(s, draw, line, t->small, kx, y, tx + tw - kx, TEXT_REGULAR, TH->text);
    }
    if (ch->next && !t->brief) {
        snprintf(line, sizeof line, _("leads to: %s"), ch->next);
        y += put_or_measure(s, draw, line, t->small, kx, y, tx + tw - kx, TEXT_REGULAR, TH->muted);
    }
    const char *tag = chosen && m->side_road ? _("**Chosen on this road**")
                      : chosen               ? _("**The group\u2019s answer**")
                      : tied                 ? _("**Tied**")
                                             : NULL;
    char hint[400];
    if (!ch->enabled) {
        snprintf(hint, sizeof hint, _("Not open now%s%s"), ch->hint ? ": " : "",
                 ch->hint ? ch->hint : "");
        tag = hint;
    }
    if (tag)
        y += put_or_measure(s, draw, tag, t->small, kx, y, tx + tw - kx, TEXT_REGULAR, TH->accent);
    float hgt = fmaxf(y - c.y, bs) + pad;
    if (draw) {
        int v = votes_of(m, i), total = votes_total(m);
        char vt[16];
        snprintf(vt, sizeof vt, "%d", v);
        float nx = c.x + c.w - pad - (float)width_of(s, vt, t->body, TEXT_STRONG);
        put(s, vt, t->body, nx, c.y + pad, vw, TEXT_STRONG, v ? TH->text : TH->dim);
        float bw = vw - (float)t->small * 0.5f, bh = fmaxf(3.0f, (float)t->small * 0.25f);
        float bx = c.x + c.w - pad - bw, by = c.y + pad + (float)line_h(s, t->body);
        if (total > 0) {
            render_round_rect(s->renderer, ui_rect(bx, by, bw, bh), bh / 2, TH->track);
            if (v > 0)
                render_round_rect(s->renderer,
                                  ui_rect(bx, by, fmaxf(bh, bw * (float)v / (float)total), bh),
                                  bh / 2, TH->accent);
        }
    }
    return hgt;
}

static float pres_table(Screens *s, const StageModel *m, const PresType *t, SDL_FRect r, bool draw)
{
    float y = r.y;
    int total = votes_total(m);
    char head[120], vt[48];
    votes_words(vt, sizeof vt, total);
    snprintf(head, sizeof head, _("Answers \u00b7 %s"), vt);
    y += put_or_measure(s, draw, head, t->small, r.x, y, r.w, TEXT_STRONG, TH->muted);
    y += (float)t->small * 0.3f;
    for (int i = 0; i < answer_count(m); i++) {
        float hgt = pres_answer(s, m, t, i, ui_rect(r.x, y, r.w, 0), false);
        if (draw)
            pres_answer(s, m, t, i, ui_rect(r.x, y, r.w, hgt), true);
        y += hgt + (float)t->small * 0.35f;
    }
    return y - r.y;
}

/* The beat: the moment and the answers, side by side or one over the other. */
static void pres_beat(Screens *s, const StageModel *m, Pres *P)
{
    SDL_FRect b = P->body;
    bool wide = P->R.w / P->R.h >= 1.3f;
    PresType t = P->ty;
    float lw = wide ? b.w * 0.36f : b.w, colgap = wide ? P->pad : 0;
    SDL_FRect left = ui_rect(b.x, b.y, lw, b.h);
    SDL_FRect right = wide ? ui_rect(b.x + lw + colgap, b.y, b.w - lw - colgap, b.h) : b;
    for (int pass = 0; pass < 4; pass++) {
        t = pres_type(P->R, pass < 3 ? 1.0f - 0.1f * (float)pass : 0.8f);
        t.brief = pass == 3;
        float lh = pres_moment(s, m, &t, 0, 0, lw, false);
        float th = answer_count(m) ? pres_table(s, m, &t, ui_rect(0, 0, right.w, 0), false) : 0;
        bool fits = wide ? lh <= b.h && th <= b.h : lh + P->gap + th <= b.h;
        if (fits)
            break;
    }
    if (!wide) {
        float lh = pres_moment(s, m, &t, 0, 0, lw, false);
        left.h = fminf(lh, b.h);
        right = ui_rect(b.x, b.y + left.h + P->gap, b.w,
                        fmaxf(b.y + b.h - left.y - left.h - P->gap, 1));
    }
    clip_to(s, left, P->w, P->h);
    pres_moment(s, m, &t, left.x, left.y, left.w, true);
    clip_to(s, right, P->w, P->h);
    if (answer_count(m))
        pres_table(s, m, &t, right, true);
    SDL_RenderSetClipRect(s->renderer, NULL);
}

/* A decision in one line for the facilitator: letter, kind, the split. */
static void decision_line(const Kinds *kinds, const SessionDecision *d, int i, char *out,
                          size_t n)
{
    const SessionOption *o = chosen_option(d);
    int len =
        snprintf(out, n, _("**%d** \u00b7 %c %s \u00b7 votes "), d->number > 0 ? d->number : i + 1,
                 o ? stage_letter(d->chosen) : '?', o ? kinds_label(kinds, o->kind) : "");
    for (int k = 0; k < option_count(d) && len > 0 && (size_t)len < n; k++)
        len += snprintf(out + len, n - (size_t)len, "%s%d", k ? "\u2013" : "",
                        d->options[k].votes > 0 ? d->options[k].votes : 0);
    char dc[16];
    signed_text(dc, sizeof dc, d->dconn);
    if (len > 0 && (size_t)len < n)
        len += snprintf(out + len, n - (size_t)len, _(" \u00b7 connection %s"), dc);
    if (len > 0 && (size_t)len < n && (d->opened || d->repaired))
        snprintf(out + len, n - (size_t)len, "%s",
                 d->repaired ? _(" \u00b7 repaired") : _(" \u00b7 rupture"));
}

/* Every decision so far, one a line, from the newest that fit. */
static void pres_decisions(Screens *s, const StageModel *m, const PresType *t, SDL_FRect r)
{
    float y = r.y, lh = (float)line_h(s, t->small), mr = (float)t->small * 0.32f;
    y += put(s, _("The decisions"), t->small, r.x, y, r.w, TEXT_STRONG, TH->muted);
    int n = n_decisions(m), fit = (int)((r.y + r.h - y) / lh);
    int first = n > fit ? n - fit + 1 : 0;
    if (first > 0) {
        char more[64];
        snprintf(more, sizeof more, _("\u2026 %d earlier"), first);
        y += put(s, more, t->small, r.x, y, r.w, TEXT_ITALIC, TH->dim);
    }
    for (int i = first; i < n; i++) {
        const SessionDecision *d = decision(m, i);
        const SessionOption *o = chosen_option(d);
        char line[300];
        decision_line(kinds_of(m), d, i, line, sizeof line);
        if (o)
            ui_kind_mark(s->renderer, r.x + mr, y + lh / 2, mr,
                         kinds_tone(kinds_of(m), o->kind));
        float tx = r.x + mr * 2 + (float)t->small * 0.5f;
        put(s, line, t->small, tx, y, 100000, TEXT_REGULAR, TH->text);
        y += lh;
    }
}

/* The ending, the debrief, the export: where the session stands. */
static float pres_summary(Screens *s, const StageModel *m, const PresType *t, float x, float y,
                          float w, bool draw)
{
    float y0 = y, ex, ey;
    if (m->phase == STAGE_EXPORT) {
        if (m->saved_html || m->saved_json) {
            y += put_or_measure(s, draw, _("**Saved.**"), t->body, x, y, w, TEXT_REGULAR, TH->good);
            if (m->saved_html)
                y += path_put(s, m->saved_html, t->small, x, y, w, TEXT_REGULAR, TH->text, draw,
                              &ex, &ey);
            if (m->saved_json)
                y += path_put(s, m->saved_json, t->small, x, y, w, TEXT_REGULAR, TH->text, draw,
                              &ex, &ey);
        } else {
            y += put_or_measure(s, draw, _("Folder:"), t->small, x, y, w, TEXT_STRONG, TH->accent);
            y += path_put(s, m->folder, t->body, x, y, w, TEXT_REGULAR, TH->text, draw, &ex, &ey);
            if (m->export_error) {
                char e[900], esc[800];
                escape_stars(m->export_error, esc, sizeof esc);
                snprintf(e, sizeof e, _("**Not saved:** %s"), esc);
                y += put_or_measure(s, draw, e, t->small, x, y, w, TEXT_REGULAR, TH->bad);
            }
        }
        y += (float)t->body * 0.8f;
    }
    const StoryView *v = m->view;
    const Session *se = sess(m);
    if (m->phase == STAGE_ENDING || m->phase == STAGE_DEBRIEF || (se && se->ending_title)) {
        const char *title = v && v->is_ending && v->title ? v->title
                            : se && se->ending_title      ? se->ending_title
                                                          : NULL;
        const char *verdict = v && v->is_ending ? v->verdict : se ? se->ending_verdict : NULL;
        if (title) {
            y += put_or_measure(s, draw, title, t->head, x, y, w, TEXT_STRONG, TH->accent);
            if (verdict) {
                char vt[300];
                snprintf(vt, sizeof vt, "*%s*", verdict);
                y += put_or_measure(s, draw, vt, t->small, x, y, w, TEXT_REGULAR, TH->muted);
            }
            y += (float)t->body * 0.5f;
        }
    }
    if (m->phase == STAGE_DEBRIEF) {
        char pg[200];
        snprintf(pg, sizeof pg, _("On the projector: page %d of the debrief"), m->page + 1);
        y += put_or_measure(s, draw, pg, t->body, x, y, w, TEXT_REGULAR, TH->text);
        y += (float)t->body * 0.5f;
    }
    Totals tt = totals(m);
    char l[600];
    long long talk = tt.talk_ms / 60000;
    snprintf(l, sizeof l,
             _("**%d decisions**: %d by vote, %d %s, %d picked by you\n"
               "**Connection %d to %d** \u00b7 %d %s opened \u00b7 %d repaired\n"
               "Votes cast: %d \u00b7 discussion: %lld min \u00b7 roads not taken: %d"),
             tt.n, tt.by_vote, tt.by_tie, tt.by_tie == 1 ? _("tie broken") : _("ties broken"),
             tt.by_you, tt.start, tt.end, tt.ruptures,
             tt.ruptures == 1 ? _("rupture") : _("ruptures"), tt.repairs, tt.votes, talk,
             road_count(m));
    y += put_or_measure(s, draw, l, t->body, x, y, w, TEXT_REGULAR, TH->text);
    return y - y0;
}

static void pres_menu(Screens *s, const StageModel *m, const PresType *t, float x, float y, float w)
{
    int n = m->n_menu < 0 ? 0 : m->n_menu > STAGE_MAX_MENU ? STAGE_MAX_MENU : m->n_menu;
    float lh = (float)line_h(s, t->body), pad = (float)t->body * 0.35f;
    for (int i = 0; i < n; i++) {
        SDL_FRect c = ui_rect(x, y, w, lh + 2 * pad);
        ui_card(s->renderer, c, t->body, i == m->focus, false, true);
        put(s, m->menu[i], t->body, x + (float)t->body * 0.9f, y + pad, w - (float)t->body * 1.2f,
            i == m->focus ? TEXT_STRONG : TEXT_REGULAR, TH->text);
        y += c.h + pad;
    }
}

/* The road not taken, for the facilitator: each decision with all its
 * answers and what the group chose; the focus kept in view. */
static void pres_roads(Screens *s, const StageModel *m, const Pres *P)
{
    const PresType *t = &P->ty;
    SDL_FRect b = P->body;
    int n = n_decisions(m);
    float lh = (float)line_h(s, t->small), pad = (float)t->small * 0.35f;
    float row_h = (float)line_h(s, t->body) + lh + 2 * pad, gap = pad;
    int fits = (int)((b.h + gap) / (row_h + gap));
    fits = fits < 1 ? 1 : fits;
    int focus = m->focus >= 0 && m->focus < n ? m->focus : n - 1;
    int first = focus - fits / 2;
    first = first > n - fits ? n - fits : first;
    first = first < 0 ? 0 : first;
    clip_to(s, b, P->w, P->h);
    if (n == 0)
        put(s, _("No decisions yet."), t->body, b.x, b.y, b.w, TEXT_ITALIC, TH->muted);
    for (int i = first; i < n && i < first + fits; i++) {
        const SessionDecision *d = decision(m, i);
        SDL_FRect c = ui_rect(b.x, b.y + (float)(i - first) * (row_h + gap), b.w, row_h);
        ui_card(s->renderer, c, t->body, i == m->focus, false, true);
        char said[1300], cut[1400], opts[900];
        ui_quoted(said, sizeof said, d->said);
        snprintf(cut, sizeof cut, "%d", d->number > 0 ? d->number : i + 1);
        float nx = c.x + (float)t->body * 0.8f;
        float nw = (float)width_of(s, "88", t->body, TEXT_STRONG) + (float)t->body * 0.6f;
        put(s, cut, t->body, nx, c.y + pad, nw + 4, TEXT_STRONG, TH->accent);
        put(s,
            one_line(s, said, t->body, c.w - nw - (float)t->body * 1.4f, TEXT_REGULAR, cut,
                     sizeof cut),
            t->body, nx + nw, c.y + pad, 100000, TEXT_REGULAR, TH->text);
        int len = 0;
        opts[0] = '\0';
        for (int k = 0; k < option_count(d) && len >= 0 && (size_t)len < sizeof opts; k++)
            len += snprintf(opts + len, sizeof opts - (size_t)len,
                            k == d->chosen ? "%s**%c %s (%d, chosen)**" : "%s%c %s (%d)",
                            k ? "  \u00b7  " : "", stage_letter(k),
                            kinds_label(kinds_of(m), d->options[k].kind), d->options[k].votes);
        clip_to(s, ui_rect(c.x, c.y, c.w - pad, c.h), P->w, P->h);
        put(s, opts, t->small, nx + nw, c.y + pad + (float)line_h(s, t->body), 100000, TEXT_REGULAR,
            TH->muted);
        clip_to(s, b, P->w, P->h);
    }
    SDL_RenderSetClipRect(s->renderer, NULL);
}

static void pres_draw(Screens *s, const StageModel *m, SDL_FRect R, int w, int h)
{
    Pres P;
    pres_frame(s, m, R, w, h, &P);
    render_fill(s->renderer, R, opaque(TH->panel));
    clip_to(s, R, w, h);
    pres_header(s, m, &P);
    const PresType *t = &P.ty;
    if (m->side_road) {
        char kind[200] = "", line[400];
        if (m->side_group_kind)
            snprintf(kind, sizeof kind, _(" (the group chose %s)"),
                     kinds_label(kinds_of(m), m->side_group_kind));
        snprintf(line, sizeof line,
                 _("**On a road not taken**, from decision %d%s \u00b7 N: back to the group"),
                 m->side_from, kind);
        render_round_rect(s->renderer, P.side, P.side.h * 0.3f, TH->notice);
        put(s, line, t->small, P.side.x + (float)t->small * 0.6f,
            P.side.y + (P.side.h - (float)line_h(s, t->small)) / 2, P.side.w - (float)t->small,
            TEXT_REGULAR, TH->text);
    }
    SDL_FRect b = P.body;
    bool wide = R.w / R.h >= 1.3f;
    float lw = wide ? b.w * 0.42f : b.w;
    SDL_FRect rest = wide ? ui_rect(b.x + lw + P.pad, b.y, b.w - lw - P.pad, b.h)
                          : ui_rect(b.x, b.y + b.h * 0.55f, b.w, b.h * 0.45f);
    switch (m->phase) {
    case STAGE_BEAT:
    case STAGE_TIE:
    case STAGE_CHOSEN:
    case STAGE_REVEALED:
    case STAGE_DISCUSS:
        if (m->view && !m->view->is_ending)
            pres_beat(s, m, &P);
        else
            pres_summary(s, m, t, b.x, b.y, lw, true);
        break;
    case STAGE_ROADS:
        pres_roads(s, m, &P);
        break;
    case STAGE_KEYS:
        clip_to(s, b, w, h);
        keys_put(s, b, t->small, wide ? 2 : 1, true);
        break;
    case STAGE_MENU:
        clip_to(s, ui_rect(b.x, b.y, lw, b.h), w, h);
        pres_menu(s, m, t, b.x, b.y, lw);
        clip_to(s, rest, w, h);
        pres_decisions(s, m, t, rest);
        break;
    case STAGE_RESUME: {
        /* no decisions yet to list: what was interrupted, and what each
         * choice does, beside them */
        clip_to(s, ui_rect(b.x, b.y, lw, b.h), w, h);
        pres_menu(s, m, t, b.x, b.y, lw);
        clip_to(s, rest, w, h);
        float y = rest.y;
        y += put(s, m->resume_note, t->body, rest.x, y, rest.w, TEXT_ITALIC, TH->text);
        for (int i = 0; i < m->n_menu && i < STAGE_MAX_MENU; i++) {
            y += (float)t->small * 0.8f;
            y += put(s, m->menu[i], t->small, rest.x, y, rest.w, TEXT_STRONG, TH->accent);
            y += put(s, m->menu_detail[i], t->small, rest.x, y, rest.w, TEXT_REGULAR, TH->muted);
        }
        break;
    }
    default:
        clip_to(s, ui_rect(b.x, b.y, lw, wide ? b.h : b.h * 0.55f), w, h);
        pres_summary(s, m, t, b.x, b.y, lw, true);
        clip_to(s, rest, w, h);
        pres_decisions(s, m, t, rest);
        break;
    }
    clip_to(s, R, w, h);
    if (P.notice.h > 0)
        put(s, m->notice, t->small, P.notice.x, P.notice.y, P.notice.w, TEXT_ITALIC, TH->accent);
    put(s, P.keys, t->small, P.footer.x, P.footer.y, P.footer.w, TEXT_REGULAR, TH->muted);
    SDL_RenderSetClipRect(s->renderer, NULL);
}

/* ---- entry points ---- */

static void draw_phase(Screens *s, const StageModel *m, int w, int h)
{
    switch (m->phase) {
    case STAGE_BEAT:
    case STAGE_TIE:
    case STAGE_CHOSEN:
    case STAGE_REVEALED:
        if (m->view && !m->view->is_ending)
            draw_beat(s, m, w, h);
        else
            draw_ending(s, m, w, h);
        break;
    case STAGE_DISCUSS:
        draw_discuss(s, m, w, h);
        break;
    case STAGE_ROADS:
        draw_roads(s, m, w, h);
        break;
    case STAGE_ENDING:
        draw_ending(s, m, w, h);
        break;
    case STAGE_DEBRIEF:
        draw_debrief(s, m, w, h);
        break;
    case STAGE_EXPORT:
        draw_export(s, m, w, h);
        break;
    case STAGE_MENU:
    case STAGE_RESUME:
        draw_menu(s, m, w, h);
        break;
    case STAGE_KEYS:
        draw_keys(s, m, w, h);
        break;
    }
}

/* A quiet line at the foot of the room's view. */
static void draw_notice(Screens *s, const StageModel *m, int w, int h)
{
    Frame f = frame_of(s, m, w, h);
    int px = proj_type(w, h, LEVEL_FLOOR, 1.0f).small;
    float lh = (float)line_h(s, px), pad = (float)px * 0.6f;
    char cut[900];
    one_line(s, m->notice, px, f.W - 2 * f.margin - 2 * pad, TEXT_ITALIC, cut, sizeof cut);
    float tw = (float)width_of(s, cut, px, TEXT_ITALIC);
    SDL_FRect b =
        ui_rect((f.W - tw) / 2 - pad, f.H - f.margin * 0.6f - lh * 1.25f, tw + 2 * pad, lh * 1.25f);
    render_round_rect(s->renderer, b, b.h * 0.3f, opaque(TH->notice));
    put(s, cut, px, b.x + pad, b.y + (b.h - lh) / 2, tw + (float)px, TEXT_ITALIC, TH->text);
}

/* With the presenter's overlay, the room's view keeps the left part. */
static int stage_width(const StageModel *m, int w, int h)
{
    if (!m->overlay)
        return w;
    float W = (float)w, ow = W * (W / (float)h >= 1.5f ? 0.45f : 0.55f);
    return (int)lroundf(W - ow);
}

static void frame_fill(Screens *s, int w, int h)
{
    /* Filled, not cleared: SDL_RenderClear would reach past (w, h). */
    render_fill(s->renderer, ui_rect(0, 0, (float)w, (float)h), (SDL_Color){20, 18, 20, 255});
}

void stage_draw_projector(Screens *s, const StageModel *m, int w, int h)
{
    if (!s || !m || w <= 0 || h <= 0)
        return;
    ui_begin(s);
    images_update(s->images);
    SDL_RenderSetClipRect(s->renderer, NULL);
    frame_fill(s, w, h);
    if (!m->overlay) {
        draw_phase(s, m, w, h);
        if (m->notice && *m->notice)
            draw_notice(s, m, w, h);
    } else {
        /* The room's view in what the panel leaves, the panel beside it. */
        int sw = stage_width(m, w, h);
        StageModel u = *m;
        u.notice = NULL;
        clip_to(s, ui_rect(0, 0, (float)sw, (float)h), w, h);
        draw_phase(s, &u, sw, h);
        SDL_FRect R = ui_rect((float)sw, 0, (float)(w - sw), (float)h);
        pres_draw(s, m, R, w, h);
        clip_to(s, R, w, h);
        render_fill(s->renderer, ui_rect(R.x, 0, fmaxf(2.0f, TH->outline * 2), (float)h),
                    TH->accent);
    }
    SDL_RenderSetClipRect(s->renderer, NULL);
}

void stage_draw_presenter(Screens *s, const StageModel *m, int w, int h)
{
    if (!s || !m || w <= 0 || h <= 0)
        return;
    ui_begin(s);
    images_update(s->images);
    SDL_RenderSetClipRect(s->renderer, NULL);
    frame_fill(s, w, h);
    pres_draw(s, m, ui_rect(0, 0, (float)w, (float)h), w, h);
}

int stage_hit(Screens *s, const StageModel *m, int w, int h, int x, int y)
{
    if (!s || !m || w <= 0 || h <= 0 || x < 0 || y < 0 || x >= w || y >= h)
        return -1;
    ui_begin(s);
    if (m->overlay) {
        w = stage_width(m, w, h);
        if (x >= w)
            return -1;
    }
    switch (m->phase) {
    case STAGE_BEAT:
    case STAGE_TIE: {
        if (!m->view || m->view->is_ending)
            return -1;
        Layout L;
        stage_layout(s, m, w, h, &L);
        for (int i = 0; i < L.n; i++)
            if (point_in(L.cards[i], x, y) && y >= (int)L.col.y && (float)y < L.col.y + L.col.h)
                return i;
        return -1;
    }
    case STAGE_ROADS: {
        RoadsLayout R;
        roads_layout(s, m, w, h, &R);
        for (int i = R.first; i < R.first + R.count; i++)
            if (point_in(roads_row(&R, i), x, y))
                return i;
        return -1;
    }
    case STAGE_MENU:
    case STAGE_RESUME: {
        UiModel u;
        menu_model(m, &u);
        return menus_hit(s, &u, w, h, x, y);
    }
    default:
        return -1;
    }
}
