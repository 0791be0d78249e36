/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The stage's layout search: a beat on the projector (BEAT, TIE, CHOSEN,
 * REVEALED) laid out by trying sizes and arrangements in order until one
 * fits, the try found remembered for the next frame; and the beat drawn
 * from the layout found. Layer: UI, part of the stage
 * (stage_internal.h). The search is a pure function of the model and the
 * size, so drawing and hit-testing agree. */
#include "attune/i18n.h"
#include "attune/log.h"
#include "stage_internal.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* ---- the projector: the layouts to try ---- */

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
    int page;   /* PAGE_WHOLE, or one of a long beat's two pages */
} Try;

enum { WIDEN_SIDE = 3 };

/* The answers a page shows: `count` from `first` (count -1: all). */
typedef struct Sub {
    int first, count;
} Sub;

/* A beat whole; or, when it does not fit whole at the room's sizes, its
 * line (the person, the line, the cue) and then its answers (or its
 * reveal) under the line in one line. */
enum { PAGE_WHOLE = 0, PAGE_BRIEF = 1, PAGE_LINE = 2 };

static int tries_at(Try *out, int max, bool wide, int base, int page);

/* Every layout of a page of kind `page`: in the projector's theme at the
 * room's sizes first, then at the ordinary ones (only when none fits: what
 * is too long even for a page of its own is shown smaller, not cut off). */
static int tries(Try *out, int max, bool wide, int page)
{
    int n = tries_at(out, max, wide, 0, page);
    if (ui_light())
        n += tries_at(out + n, max - n, wide, ROOM_LEVELS, page);
    return n;
}

static int tries_at(Try *out, int max, bool wide, int base, int page)
{
    int n = 0;
    float user = ui_scale();
    float scales[2] = {user, 1.0f};
    int ns = user > 1.01f ? 2 : 1;
    for (int k = 0; k < ns; k++)
        for (int lv = 0; wide && page != PAGE_LINE && lv <= LEVEL_FLOOR && n < max; lv++)
            out[n++] = (Try){base + lv, WIDEN_SIDE, scales[k], 1, false, page};
    for (int k = 0; k < ns; k++)
        for (int wd = 0; wd < 3; wd++)
            for (int lv = 0; lv <= LEVEL_FLOOR && n < max; lv++)
                out[n++] = (Try){base + lv, wd, scales[k], 1, false, page};
    for (int lv = LEVEL_FLOOR + 1; lv < LEVELS && n < max; lv++)
        out[n++] = (Try){base + lv, 2, 1.0f, 1, false, page};
    /* Many answers: two or three columns of cards across the width; then
     * the same with the clock and the line made smaller. */
    for (int lv = LEVEL_FLOOR; lv < LEVELS && n < max; lv++)
        out[n++] = (Try){base + lv, 2, 1.0f, 2, false, page};
    for (int lv = LEVEL_FLOOR + 1; lv < LEVELS && n < max; lv++)
        out[n++] = (Try){base + lv, 2, 1.0f, 3, false, page};
    for (int c = 2; c <= 3 && n < max; c++)
        out[n++] = (Try){base + LEVELS - 1, 2, 1.0f, c, true, page};
    return n;
}

/* ---- the projector: layout of a beat (BEAT, TIE, CHOSEN, REVEALED) ---- */

float notice_room(Screens *s, const StageModel *m, int w, int h)
{
    int lines = (m->notice && *m->notice ? 1 : 0) + (phones_strip_on(m) ? 1 : 0);
    if (!lines)
        return 0;
    int px = proj_type(w, h, LEVEL_FLOOR, 1.0f).small;
    return (float)line_h(s, px) * 1.5f * (float)lines;
}

/* The banners over a beat: a road not taken; a tie. */
void banners(const StageModel *m, Layout *L)
{
    L->n_banners = 0;
    if (m->side_road) {
        char kind[200] = "";
        if (m->side_group_kind)
            snprintf(kind, sizeof kind, _(" (the group chose %s)"),
                     kinds_label(kinds_of(m), m->side_group_kind));
        snprintf(L->banner_text[L->n_banners], sizeof L->banner_text[0],
                 m->presenter_window
                     ? _("**Road not taken** \u2014 from decision %d%s")
                     : _("**Road not taken** \u2014 from decision %d%s  \u00b7  N returns to the "
                         "group"),
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
                     /* TRANSLATORS: after the tied letters ("A and C"). */
                     P_(", %d vote each \u2014 the facilitator decides",
                        ", %d votes each \u2014 the facilitator decides", v),
                     v);
        L->banner_px[L->n_banners++] = L->ty.answer;
    }
}

/* The timer: a ring that empties as the time goes, the minutes and
 * seconds large (digits at `px`), and its label with `extra` under it to
 * their right (at `sp`). Its size; drawn from (x, y) when `draw`. */
void countdown(Screens *s, const StageModel *m, int px, int sp, const char *extra, float x, float y,
               bool draw, float *w, float *h)
{
    const Theme *theme = ui_theme();
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
    float th = fmaxf(2.0f, rr * 0.22f) * theme->outline;
    render_arc(s->renderer, cx, cy, rr, th, 0, 360, theme->track);
    float frac = m->timer_total_s > 0 ? (float)m->timer_left_s / (float)m->timer_total_s : 0;
    frac = fminf(fmaxf(frac, 0.0f), 1.0f);
    if (frac > 0)
        render_arc(s->renderer, cx, cy, rr, th, 0, 360.0f * frac, theme->accent);
    float dx = x + ring + gap;
    put(s, digits, px, dx, y, dw + (float)px, TEXT_STRONG, up ? theme->accent : theme->text);
    float lx = dx + dw + gap, ly = cy - (float)(more ? 2 * sl : sl) / 2;
    put(s, label, sp, lx, ly, lw + 1, TEXT_REGULAR, up ? theme->accent : theme->muted);
    if (more)
        put(s, extra, sp, lx, ly + (float)sl, lw + 1, TEXT_STRONG, theme->text);
}

/* The widest count a beat keeps room for, and the first count over it:
 * two digits, or three when phones vote (a room of them reaches 100). */
static const char *widest_count(const StageModel *m)
{
    return m->phones_on ? _("888 votes") : _("88 votes");
}

static int count_room(const StageModel *m)
{
    return m->phones_on ? 1000 : 100;
}

/* The top-left panel: on a beat, the timer and the votes in; once chosen,
 * the group's answer. Its size (0 when there is nothing to show), and
 * drawn at L->clock when `draw`. */
static void clock_put(Screens *s, const StageModel *m, Layout *L, bool draw, float *w, float *h)
{
    const Theme *theme = ui_theme();
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
            render_round_rect(s->renderer, c, pad, theme->panel);
            put(s, head, t->head, c.x + pad, c.y + pad, tw + 1, TEXT_REGULAR, theme->text);
            put(s, quiet, t->small, c.x + pad, c.y + pad + hh, tw + 1, TEXT_REGULAR, theme->muted);
        }
        return;
    }
    if (m->phase != STAGE_BEAT && m->phase != STAGE_TIE)
        return;
    int total = votes_total(m);
    char vt[64] = "";
    /* with phones voting the count is up from the start ("0 votes"): the
     * room sees the phones' votes arrive, and the layout stays put */
    if (total > 0 || m->phones_on)
        votes_words(vt, sizeof vt, total);
    if (!m->timer_on) {
        if (total <= 0 && !m->phones_on)
            return;
        /* as wide as two digits' count at least, so the layout does not
         * move while the votes come in */
        *w = fmaxf((float)width_of(s, vt, t->answer, TEXT_STRONG),
                   (float)width_of(s, widest_count(m), t->answer, TEXT_STRONG)) +
             2 * pad;
        *h = (float)line_h(s, t->answer) + 2 * pad;
        if (draw) {
            render_round_rect(s->renderer, L->clock, pad, theme->panel);
            put(s, vt, t->answer, L->clock.x + pad, L->clock.y + pad, *w, TEXT_STRONG, theme->text);
        }
        return;
    }
    float tw, th, ww, wh;
    countdown(s, m, t->clock, t->small, vt, 0, 0, false, &tw, &th);
    if ((total > 0 || m->phones_on) && total < count_room(m)) { /* likewise */
        countdown(s, m, t->clock, t->small, widest_count(m), 0, 0, false, &ww, &wh);
        tw = fmaxf(tw, ww);
        th = fmaxf(th, wh);
    }
    *w = tw + 2 * pad;
    *h = th + 2 * pad * 0.6f;
    if (!draw)
        return;
    render_round_rect(s->renderer, L->clock, pad, theme->panel);
    countdown(s, m, t->clock, t->small, vt, L->clock.x + pad, L->clock.y + pad * 0.6f, true, &tw,
              &th);
}

/* The line on screen: what the group answers (in REVEALED, what it
 * answered, as the story recorded it). */
void line_of(const StageModel *m, const char **speaker, const char **text, const char **cue)
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
    return L->brief ? (float)L->ty.small * 0.4f : (float)L->ty.line * 0.55f;
}

/* The box's speaker, line and cue: their height at the box's width. */
static float box_put(Screens *s, const StageModel *m, const Layout *L, bool draw)
{
    const Theme *theme = ui_theme();
    const char *speaker, *text, *cue;
    line_of(m, &speaker, &text, &cue);
    float pad = box_pad(L), x = L->box.x + pad, y = L->box.y + pad;
    float tw = L->box.w - 2 * pad, y0 = y;
    if (L->brief) {
        /* the answers' page of a long beat: who speaks and the line's
         * first words, in one line (the room read it on the page before) */
        int sp = L->ty.small;
        float sw = 0;
        if (speaker) {
            char who[300];
            snprintf(who, sizeof who, "%s  ", speaker);
            sw = fminf((float)width_of(s, who, sp, TEXT_STRONG), tw * 0.4f);
            if (draw)
                put(s, one_line(s, who, sp, sw, TEXT_STRONG, who, sizeof who), sp, x, y, sw + 1,
                    TEXT_STRONG, theme->accent);
            sw += (float)sp * 0.4f;
        }
        char said[1300], cut[1300];
        ui_quoted(said, sizeof said, text ? text : "");
        if (draw)
            put(s, one_line(s, said, sp, tw - sw, TEXT_REGULAR, cut, sizeof cut), sp, x + sw, y,
                tw - sw + 1, TEXT_REGULAR, theme->text);
        return (float)line_h(s, sp);
    }
    /* Once revealed, the line steps back for what landed inside. */
    bool quiet = m->phase == STAGE_REVEALED || L->tight;
    int lp = quiet ? L->ty.answer : L->ty.line, cp = quiet ? L->ty.small : L->ty.answer;
    if (ui_light())
        cp = L->ty.small; /* the room's sizes are large already: the cue under the line */
    if (speaker) {
        y += put_or_measure(s, draw, speaker, L->ty.small, x, y, tw, TEXT_STRONG, theme->accent);
        y += (float)L->ty.small * 0.15f;
    }
    y += put_or_measure(s, draw, text, lp, x, y, tw, TEXT_REGULAR, theme->text);
    if (cue) {
        y += (float)lp * 0.2f;
        y += put_or_measure(s, draw, cue, cp, x, y, tw, TEXT_ITALIC, theme->muted);
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
    const Theme *theme = ui_theme();
    const StoryChoiceView *ch = &m->view->choices[i];
    CardGeo g = card_geo(L, c);
    int apx = L->ty.answer, sp = L->ty.small;
    char tagbuf[400];
    const char *tag = card_tag(m, i, tagbuf, sizeof tagbuf);
    char tobuf[1400];
    const char *text = ui_choice_text(ch, tobuf, sizeof tobuf);
    float th = height_of(s, text, apx, g.text_w, TEXT_REGULAR);
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
    put(s, text, apx, g.text_x, ty, g.text_w, TEXT_REGULAR, dim ? theme->dim : theme->text);
    if (tag)
        put(s, tag, sp, g.text_x, ty + th + (float)sp * 0.2f, g.text_w, TEXT_ITALIC,
            dim ? theme->dim : theme->accent);
    int total = votes_total(m);
    if (L->votes_col && total > 0) {
        char vt[48];
        int v = votes_of(m, i);
        votes_words(vt, sizeof vt, v);
        float vw = (float)width_of(s, vt, sp, TEXT_STRONG);
        float vx = c.x + c.w - g.pad - vw, lh = (float)line_h(s, sp);
        float vy = g.count_below ? top + content + (g.bar_room - lh) * 0.5f + g.pad * 0.12f
                                 : top + (content - lh) / 2;
        put(s, vt, sp, vx, vy, vw + (float)sp, TEXT_STRONG,
            dim && v == 0 ? theme->dim : theme->text);
        /* The bar: its share of the votes, along the card's foot. */
        float bx = b.x, bw = c.x + c.w - g.pad - bx - (g.count_below ? vw + (float)sp * 0.6f : 0);
        float bh = fmaxf(3.0f, (float)apx * 0.2f);
        float by = top + content + (g.bar_room - bh) * 0.5f + g.pad * 0.12f;
        render_round_rect(s->renderer, ui_rect(bx, by, bw, bh), bh / 2, theme->track);
        if (v > 0)
            render_round_rect(s->renderer,
                              ui_rect(bx, by, fmaxf(bh, bw * (float)v / (float)total), bh), bh / 2,
                              theme->accent);
    }
    return hgt;
}

/* The reveal: the answer, its kind, the inner voice, the why, and what
 * it did to a rupture. Height at width `w`; drawn in r when `draw`. */
static float reveal_put(Screens *s, const StageModel *m, const Layout *L, SDL_FRect r, bool draw)
{
    const Theme *theme = ui_theme();
    Reveal rv = reveal_of(m);
    const PType *t = &L->ty;
    float pad = (float)t->answer * 0.6f, x = r.x + pad, tw = r.w - 2 * pad, y = r.y + pad;
    if (draw)
        render_round_rect(s->renderer, r, pad * 0.8f, theme->panel);
    /* The group's answer, small beside its letter. */
    float bs = (float)t->small * 1.5f;
    char said[1300];
    ui_quoted(said, sizeof said, rv.text);
    float sw = tw - bs - (float)t->small * 0.6f;
    char cut[1300];
    if (L->brief) /* a long reveal: the answer the room just chose, in one line */
        memmove(said, one_line(s, said, t->small, sw, TEXT_REGULAR, cut, sizeof cut),
                strlen(cut) + 1);
    float sh = height_of(s, said, t->small, sw, TEXT_REGULAR);
    if (draw) {
        if (valid_answer(m, m->chosen))
            letter_badge(s, ui_rect(x, y, bs, bs), m->chosen, t->small, true);
        put(s, said, t->small, x + bs + (float)t->small * 0.6f, y, sw, TEXT_REGULAR, theme->muted);
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
            ui_kind_colour(rv.tone));
    }
    if (rv.kind)
        y += kh + (float)t->small * 0.3f;
    bool pair = m->step && m->step->n_people > 0;
    if (pair) {
        /* Two people: what it did to each, and each one's inner voice. */
        for (int k = 0; k < m->step->n_people; k++) {
            char line[1200], inner[1600];
            if (!stage_reveal_person(m, k, line, sizeof line, inner, sizeof inner))
                continue;
            y += put_or_measure(s, draw, line, t->small, x, y, tw, TEXT_REGULAR, theme->text);
            if (inner[0]) {
                y += (float)t->small * 0.15f;
                y += put_or_measure(s, draw, inner, t->answer, x + (float)t->small, y,
                                    tw - (float)t->small, TEXT_REGULAR, theme->text);
            }
            y += (float)t->small * 0.4f;
        }
    } else if (rv.inner) {
        char inner[1300];
        ui_quoted(inner, sizeof inner, rv.inner);
        y += put_or_measure(s, draw, inner, t->line, x, y, tw, TEXT_ITALIC, theme->text);
        y += (float)t->small * 0.4f;
    }
    if (rv.why) {
        y += put_or_measure(s, draw, rv.why, t->answer, x, y, tw, TEXT_REGULAR, theme->muted);
        y += (float)t->small * 0.3f;
    }
    if (pair && rv.rule) {
        /* the rules' sentence: taking sides, and whom a rupture is with */
        y += put_or_measure(s, draw, rv.rule, t->small, x, y, tw, TEXT_ITALIC, theme->muted);
        y += (float)t->small * 0.3f;
    } else if (rv.opened || rv.deepened || rv.repaired) {
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
                            rv.repaired ? theme->good : theme->bad);
    }
    return y + pad - r.y;
}

static bool overlaps_x(SDL_FRect a, SDL_FRect b)
{
    return a.w > 0 && a.x < b.x + b.w && b.x < a.x + a.w;
}

/* The projector's theme: the person where no card, reveal or clock covers
 * them -- left of the column, or above the cards in it, whichever lets
 * them stand taller -- shrunk to fit, and left out when under an eighth of
 * the height. `top` is the first row under the banners. */
static void place_person(Layout *L, float top)
{
    SDL_FRect was = L->portrait;
    float first = L->col.y + L->col.h; /* the top of the cards, or of the reveal */
    for (int i = 0; i < L->n; i++)
        first = fminf(first, L->cards[i].y);
    if (L->reveal.h > 0)
        first = fminf(first, L->reveal.y);
    float ax0 = L->margin, ax1 = L->col.x - L->gap, ay0 = top, ay1 = L->box.y;
    if (L->clock.w > 0 && L->clock.x < ax1 && L->clock.y < L->col.y)
        ay0 = fmaxf(ay0, L->clock.y + L->clock.h + L->gap);
    if (L->clock.w > 0 && L->clock.x < ax1 && L->clock.y >= L->col.y)
        ay1 = fminf(ay1, L->clock.y - L->gap); /* the clock at the foot */
    if (L->change.w > 0 && L->change.x < ax1 && L->change.y >= L->col.y)
        ay1 = fminf(ay1, L->change.y - L->gap); /* the change at the foot */
    else if (L->change.w > 0 && L->change.x < ax1)
        ay0 = fmaxf(ay0, L->change.y + L->change.h + L->gap);
    float bx0 = L->col.x, bx1 = L->col.x + L->col.w, by0 = L->col.y, by1 = first - L->gap;
    float ah = fminf(ay1 - ay0, (ax1 - ax0) / 0.8f), bh = fminf(by1 - by0, (bx1 - bx0) / 0.8f);
    bool a = ah >= bh;
    float ph = fminf(a ? ah : bh, was.h);
    if (ph < L->H / 8) {
        L->portrait = ui_rect(0, 0, 0, 0);
        return;
    }
    float pw = ph * 0.8f, x0 = a ? ax0 : bx0, x1 = a ? ax1 : bx1, y1 = a ? ay1 : by1;
    L->portrait = ui_rect(x0 + (x1 - x0 - pw) / 2, y1 - ph, pw, ph);
}

/* Lay out try t. With `probe`, give up as soon as it cannot fit (the
 * search only needs to know that; `miss` is then not the whole miss). */
static void layout_try(Screens *s, const StageModel *m, int w, int h, Try t, Sub sub, bool probe,
                       Layout *L)
{
    memset(L, 0, sizeof *L);
    float W = (float)w, H = (float)h;
    L->W = W;
    L->H = H;
    L->ty = proj_type(w, h, t.level, t.scale);
    L->tight = t.tight;
    L->brief = t.page == PAGE_BRIEF;
    L->line_only = t.page == PAGE_LINE;
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
        /* (with two people each one's meters show their own change) */
        if (m->phase == STAGE_REVEALED && m->step && m->step->n_people == 0) {
            float cw = (float)width_of(s, _("connection \u221288"), L->ty.small, TEXT_STRONG) +
                       (float)L->ty.small * 2.2f;
            L->change = ui_rect(L->meters.x - L->gap - cw, y, cw, mh);
            if (L->change.x < L->margin) /* no room beside them: under them (or at the foot) */
                L->change = ui_rect(W - L->margin - cw, y + mh + L->gap, cw, mh);
        }
    }
    L->side = t.widen == WIDEN_SIDE;
    /* the left column, when side by side (narrower in the projector's
     * theme: its answers are larger and need the width) */
    float split = ui_light() ? 0.34f : 0.40f;
    float lw = W * split - L->margin;
    float side_w = W * (1.0f - split) - L->margin * 2.2f;
    L->clock_max_w = L->side ? fmaxf(side_w - L->meters.w - L->gap, side_w * 0.6f) : W * 0.5f;
    float side_x = L->margin + lw + L->margin * 1.2f; /* the answers, when side by side */
    float cw, ch;
    clock_put(s, m, L, false, &cw, &ch);
    if (cw > 0) {
        /* Side by side: over the answers, beside the meters (or under
         * them when both do not fit); else in the top-left corner. */
        L->clock = ui_rect(L->side ? side_x : L->margin, y, cw, ch);
        float right = L->change.w > 0 ? L->change.x : L->meters.x;
        if (L->meters.w > 0 && L->clock.x + cw > right - L->gap)
            L->clock.y = L->meters.y + L->meters.h + L->gap; /* under them: never over them */
    }
    /* An answers' page across the width: the clock at the foot, beside the
     * line in one line, so the answers have the height. */
    bool foot = L->brief && !L->side && cw > 0;
    /* Likewise the reveal's change when it has no room beside the meters. */
    bool change_foot = L->brief && !L->side && L->change.w > 0 && L->change.y > y;
    if (change_foot) {
        cw = L->change.w;
        ch = L->change.h;
        foot = true;
    }
    /* The line: at the foot, across the width or in the left column. */
    L->box = ui_rect(L->margin, 0, L->side ? lw : W - 2 * L->margin, 0);
    if (foot) {
        L->box.x += cw + L->gap;
        L->box.w -= cw + L->gap;
    }
    float need = box_put(s, m, L, false) + 2 * box_pad(L);
    float most = H * (L->side ? 0.62f : L->line_only ? 0.66f : 0.5f);
    L->box.h = fminf(foot ? fmaxf(need, ch) : need, most);
    L->box.y = L->bottom - L->box.h;
    if (foot && change_foot)
        L->change = ui_rect(L->margin, L->box.y + L->box.h - ch, cw, ch);
    else if (foot)
        L->clock = ui_rect(L->margin, L->box.y + L->box.h - ch, cw, ch);
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
    SDL_FRect none = ui_rect(0, 0, 0, 0);
    SDL_FRect status[3] = {L->meters, change_foot ? none : L->change,
                           foot && !change_foot ? none : L->clock};
    for (int k = 0; k < 3; k++)
        if (overlaps_x(status[k], col))
            top = fmaxf(top, status[k].y + status[k].h + L->gap);
    col.y = top;
    col.h = fmaxf((L->side ? L->bottom : L->box.y - L->gap) - top, 1.0f);
    L->col = col;
    if (!m->view || m->view->is_ending)
        return;
    if (L->line_only) {
        if (ui_light() && !L->side)
            place_person(L, y);
        return; /* the line's page: the answers come on the next */
    }
    if (m->phase == STAGE_REVEALED) {
        float rh = reveal_put(s, m, L, ui_rect(col.x, 0, col.w, 0), false);
        L->overflow = L->overflow || rh > col.h;
        L->miss += fmaxf(0.0f, rh - col.h);
        L->reveal = ui_rect(col.x, fmaxf(col.y, col.y + col.h - rh), col.w, rh);
        if (ui_light() && !L->side)
            place_person(L, y);
        return;
    }
    int all = answer_count(m);
    L->first = sub.count < 0 ? 0 : sub.first < 0 ? 0 : sub.first > all ? all : sub.first;
    L->n = sub.count < 0 ? all - L->first : sub.count < all - L->first ? sub.count : all - L->first;
    L->votes_col = m->phase == STAGE_BEAT || m->phase == STAGE_TIE || votes_total(m) > 0;
    L->votes_w = (float)width_of(s, widest_count(m), L->ty.small, TEXT_STRONG);
    for (int i = 0; i < all; i++) {
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
            rh = fmaxf(rh, card_put(s, m, L, L->first + k, ui_rect(col.x, 0, card_w, 0), false));
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
    if (ui_light() && !L->side)
        place_person(L, y);
}

/* Try ts[from..n) in order: the first that fits; when none does, the one
 * that misses by least (measured whole). Its index. */
static int search(Screens *s, const StageModel *m, int w, int h, Layout *L, const Try *ts, int n,
                  int from, Sub sub)
{
    int start = from < n ? from : n - 1;
    for (int i = start; i < n; i++) {
        layout_try(s, m, w, h, ts[i], sub, true, L);
        if (!L->overflow)
            return i;
    }
    /* None fits: measure each whole. */
    int best = n - 1;
    float least = 1e30f;
    for (int i = start; i < n; i++) {
        layout_try(s, m, w, h, ts[i], sub, false, L);
        if (L->miss < least) {
            least = L->miss;
            best = i;
        }
    }
    layout_try(s, m, w, h, ts[best], sub, false, L);
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

/* A count as wide as the layout cares: none, one it keeps room for
 * (widest_count), or its number of digits past that. */
static int digits(const StageModel *m, int n)
{
    if (n <= 0 && !m->phones_on)
        return 0;
    if (n < count_room(m))
        return 1;
    int d = 0;
    for (; n > 0; n /= 10)
        d++;
    return d;
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
    k = mix_int(mix_int(k, m->presenter_window), phones_strip_on(m));
    k = mix_str(k, m->side_group_kind);
    k = mix_int(mix_int(k, lroundf(m->anim * 1000)), ui_light());
    const StoryView *v = m->view;
    if (v) {
        k = mix_str(mix_str(mix_str(mix_str(k, v->beat_id), v->speaker), v->text), v->cue);
        k = mix_str(mix_str(k, v->name), v->state_word);
        k = mix_int(mix_int(mix_int(k, v->connection), v->steadiness), v->open_ruptures);
        for (int i = 0; i < v->n_people; i++)
            k = mix_int(mix_str(mix_str(k, v->people[i].name), v->people[i].state_word),
                        v->people[i].present + 2 * v->people[i].connection);
        k = mix_int(mix_int(k, v->flooded), answer_count(m));
        for (int i = 0; i < answer_count(m); i++) {
            const StoryChoiceView *c = &v->choices[i];
            k = mix_str(mix_str(mix_str(mix_str(k, c->text), c->hint), c->id), c->to);
            /* the counts only as wide as they are: a layout is searched
             * again when a count gains a digit, not at every vote (phones
             * send hundreds in a few seconds) */
            k = mix_int(mix_int(k, c->enabled), digits(m, votes_of(m, i)));
        }
        k = mix_int(k, digits(m, votes_total(m)));
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

/* search(), remembered: a page of kind `page` showing answers `sub`. */
static int first_fit(Screens *s, const StageModel *m, int w, int h, Layout *L, int from, int page,
                     Sub sub)
{
    Try ts[128];
    int n = tries(ts, 128, (float)w / (float)h >= 1.45f, page);
    uint64_t key = layout_key(s, m, w, h, from);
    key = mix_int(mix_int(mix_int(key, page), sub.first), sub.count);
    for (int k = 0; k < MEMOS; k++)
        if (memos[k].key == key && memos[k].index >= 0 && memos[k].index < n) {
            layout_try(s, m, w, h, ts[memos[k].index], sub, false, L);
            if (!L->overflow || !memos[k].fits)
                return memos[k].index;
        }
    int found = search(s, m, w, h, L, ts, n, from, sub);
    memos[memo_next++ % MEMOS] = (Memo){key, found, !L->overflow};
    return found;
}

/* Does a page of kind `page` showing answers `sub` fit at the room's sizes
 * in some layout? */
static bool room_fits(Screens *s, const StageModel *m, int w, int h, int page, Sub sub)
{
    Try ts[64];
    Layout L;
    int n = tries_at(ts, 64, (float)w / (float)h >= 1.45f, 0, page);
    for (int i = 0; i < n; i++) {
        layout_try(s, m, w, h, ts[i], sub, true, &L);
        if (!L.overflow)
            return true;
    }
    return false;
}

/* How the projector's theme shows a beat: whole when it fits at the room's
 * sizes; else its line on a page, then its answers `per` to a page, as few
 * pages as fit, shared out evenly (A-C and D-E rather than A-D and E). A
 * reveal is whole, or under the line in one line. Planned as the vote goes
 * at its widest (a running timer, two-digit counts), so the pages do not
 * change while the room votes; remembered. */
typedef struct Plan {
    uint64_t key;
    int pages, per, reveal_page;
} Plan;

enum { PLANS = 8 };
static Plan plans[PLANS];
static unsigned plan_next;

static Plan plan_of(Screens *s, const StageModel *m, int w, int h)
{
    int n = answer_count(m);
    Plan P = {0, 1, n > 0 ? n : 1, PAGE_WHOLE};
    if (!ui_light() || !m->view || m->view->is_ending)
        return P;
    static const int many[STORY_MAX_CHOICES] = {88, 88, 88, 88, 88, 88, 88, 88, 88};
    StageModel b = *m;
    bool reveal = m->phase == STAGE_REVEALED;
    if (!reveal) {
        b.phase = STAGE_BEAT;
        b.n_tied = 0;
        b.chosen = -1;
        b.focus = -1;
        b.votes = many;
        b.timer_on = b.timer_running = true;
        b.timer_left_s = b.timer_total_s = 599;
        b.timer_label = NULL;
    }
    b.anim = 1.0f;
    b.beat_page = 0;
    /* planned without a notice (the facilitator's passing hint, never
     * drawn with a presenter window), so one never changes the pages: while
     * it shows, a full page may take the smaller type */
    b.notice = NULL;
    uint64_t key = mix_int(layout_key(s, &b, w, h, -1), 0x91a7);
    for (int k = 0; k < PLANS; k++)
        if (plans[k].key == key)
            return plans[k];
    P.key = key;
    Sub all = {0, -1};
    if (reveal) {
        if (!room_fits(s, &b, w, h, PAGE_WHOLE, all))
            P.reveal_page = PAGE_BRIEF;
    } else if (!room_fits(s, &b, w, h, PAGE_WHOLE, all)) {
        for (int per = n; per >= 1; per--) {
            bool ok = true;
            for (int f = 0; f < n && ok; f += per)
                ok = room_fits(s, &b, w, h, PAGE_BRIEF, (Sub){f, per});
            if (!ok)
                continue;
            int pages = (n + per - 1) / per, even = (n + pages - 1) / pages;
            for (int f = 0; f < n && ok && even < per; f += even)
                ok = room_fits(s, &b, w, h, PAGE_BRIEF, (Sub){f, even});
            P.per = ok ? even : per;
            P.pages = 1 + pages;
            break;
        }
        /* when not even one answer fits a page, the beat is shown whole, smaller */
    }
    plans[plan_next++ % PLANS] = P;
    return P;
}

int beat_pages(Screens *s, const StageModel *m, int w, int h)
{
    if (m->phase == STAGE_REVEALED)
        return 1;
    return plan_of(s, m, w, h).pages;
}

/* The page of a long beat shown: the facilitator's (StageModel.beat_page);
 * in a tie or once chosen, one that holds a tied answer or the chosen. */
static int page_shown(const StageModel *m, Plan P)
{
    int p = m->beat_page < 0 ? 0 : m->beat_page >= P.pages ? P.pages - 1 : m->beat_page;
    int want[STORY_MAX_CHOICES], nw = 0;
    if (m->phase == STAGE_CHOSEN && m->chosen >= 0)
        want[nw++] = m->chosen;
    for (int i = 0; m->phase == STAGE_TIE && i < m->n_tied && i < STORY_MAX_CHOICES; i++)
        want[nw++] = m->tied[i];
    if (m->phase == STAGE_BEAT)
        return p;
    for (int i = 0; i < nw; i++)
        if (p >= 1 && want[i] / P.per == p - 1)
            return p;
    return nw > 0 ? 1 + want[0] / P.per : p < 1 ? 1 : p;
}

/* A beat keeps one layout while the group votes and decides: each phase
 * starts from the one the beat needs with its timer on, so the type does
 * not jump when the timer starts or the answer is chosen. The reveal is a
 * new picture, as large as it can be. A long beat in the projector's theme
 * is shown in pages instead (plan_of), each at the room's sizes. */
void stage_layout(Screens *s, const StageModel *m, int w, int h, Layout *L)
{
    Sub all = {0, -1};
    Plan P = plan_of(s, m, w, h);
    if (m->phase == STAGE_REVEALED) {
        first_fit(s, m, w, h, L, 0, P.reveal_page, all);
        L->page = 0;
        L->pages = 1;
        return;
    }
    if (P.pages > 1) {
        int p = page_shown(m, P);
        if (p == 0)
            first_fit(s, m, w, h, L, 0, PAGE_LINE, all);
        else
            first_fit(s, m, w, h, L, 0, PAGE_BRIEF, (Sub){(p - 1) * P.per, P.per});
        L->page = p;
        L->pages = P.pages;
        return;
    }
    StageModel b = *m;
    b.phase = STAGE_BEAT;
    b.n_tied = 0;
    b.timer_on = true;
    int from = first_fit(s, &b, w, h, L, 0, PAGE_WHOLE, all);
    if (m->phase != STAGE_BEAT || !m->timer_on || m->n_tied)
        first_fit(s, m, w, h, L, from, PAGE_WHOLE, all);
    L->page = 0;
    L->pages = 1;
}

/* ---- the projector: drawing a beat ---- */

void draw_banner(Screens *s, const Layout *L, int k)
{
    const Theme *theme = ui_theme();
    SDL_FRect b = L->banner[k];
    int px = L->banner_px[k];
    float pad = (float)px * 0.45f;
    render_round_rect(s->renderer, b, pad, opaque(theme->panel));
    render_round_outline(s->renderer, b, pad, fmaxf(2.0f, (float)px * 0.08f) * theme->outline,
                         theme->accent);
    put(s, L->banner_text[k], px, b.x + pad, b.y + pad, b.w - 2 * pad, TEXT_REGULAR, theme->text);
}

/* REVEALED: the connection's change beside the meters, as a sign, a
 * number and a triangle pointing the way it went. */
static void draw_change(Screens *s, const StageModel *m, const Layout *L)
{
    const Theme *theme = ui_theme();
    SDL_FRect c = L->change;
    if (c.w <= 0 || !m->step)
        return;
    int sp = L->ty.small, d = m->step->dconn;
    char t[64], dc[16];
    signed_text(dc, sizeof dc, d);
    snprintf(t, sizeof t, _("connection **%s**"), dc);
    render_round_rect(s->renderer, c, c.h * 0.3f, theme->panel_soft);
    float a = (float)sp * 0.34f, tx = c.x + (float)sp * 0.5f;
    SDL_Color col = d > 0 ? theme->good : d < 0 ? theme->bad : theme->muted;
    if (d != 0)
        triangle(s->renderer, tx + a, c.y + c.h / 2, a, d > 0 ? 0 : 2, col);
    else
        render_fill(s->renderer, ui_rect(tx, c.y + c.h / 2 - a * 0.2f, a * 2, a * 0.4f), col);
    put(s, t, sp, tx + a * 2 + (float)sp * 0.4f, c.y + (c.h - (float)line_h(s, sp)) / 2, c.w,
        TEXT_REGULAR, theme->text);
}

void draw_beat(Screens *s, const StageModel *m, int w, int h)
{
    const Theme *theme = ui_theme();
    const StoryView *v = m->view;
    Layout L;
    stage_layout(s, m, w, h, &L);
    ui_room(s, v->background, w, h, v->open_ruptures > 0);
    /* The reveal shows the face the answer left, not the one it was given to. */
    if (v->n_people == 2) {
        /* Two people: both faces, and after the answer the faces it left. */
        StoryView pv = *v;
        bool after = m->phase == STAGE_REVEALED && m->after && m->after->n_people == 2;
        for (int i = 0; after && i < 2; i++)
            pv.people[i].feedback_portrait = m->after->people[i].feedback_portrait;
        pv.has_feedback = after && m->step;
        if (pv.has_feedback)
            pv.feedback = *m->step;
        ui_portraits(s, &pv, L.portrait, after, L.box.y);
    } else {
        const char *face = m->phase == STAGE_REVEALED && m->face ? m->face : v->portrait;
        if (face && L.portrait.w > 0)
            images_draw(s->images, face, L.portrait, false, 1.0f, 255);
    }
    for (int k = 0; k < L.n_banners; k++)
        draw_banner(s, &L, k);
    StoryView mv = meter_view(m);
    ui_meters(s, &mv, L.meters, L.ty.small, true, 1.0f);
    draw_change(s, m, &L);
    float cw, ch;
    if (L.clock.w > 0)
        clock_put(s, m, &L, true, &cw, &ch);
    render_round_rect(s->renderer, L.box, box_pad(&L) * 0.6f, theme->panel);
    clip_to(s, L.box, w, h);
    box_put(s, m, &L, true);
    SDL_RenderSetClipRect(s->renderer, NULL);
    clip_to(s, ui_rect(0, L.col.y, L.W, L.col.h), w, h);
    if (m->phase == STAGE_REVEALED) {
        reveal_put(s, m, &L, L.reveal, true);
    } else {
        for (int i = 0; i < L.n; i++)
            card_put(s, m, &L, L.first + i, L.cards[i], true);
    }
    SDL_RenderSetClipRect(s->renderer, NULL);
}
