/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The stage's presenter: the facilitator's view of workshop mode (notes,
 * kinds, why, where each answer leads, the tally, the keys), in its own
 * window or as the overlay beside the room's view; stage_draw_presenter.
 * Layer: UI, part of the stage (stage_internal.h). */
#include "attune/i18n.h"
#include "attune/log.h"
#include "stage_internal.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* ---- the presenter ---- */

/* Denser type, for a laptop at arm's length: body text ~2.8% of the
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
    t.body = px_at(0.028f * k, b, sc, 12);
    t.small = px_at(0.024f * k, b, sc, 11);
    t.head = px_at(0.036f, b, sc, 14);
    t.big = px_at(0.062f, b, sc, 18);
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
    case STAGE_PHONES:
        return _("The room sees how to join by phone");
    }
    return "";
}

/* "A–D", "A and B", "A": the letters of n answers. */
static void letters(char *out, size_t n, int count, char first)
{
    if (count <= 1)
        snprintf(out, n, "%c", first);
    else if (count == 2)
        /* TRANSLATORS: two answers' letters, "A and B". */
        snprintf(out, n, _("%c and %c"), first, first + 1);
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
                   "\u00b7 **Space** the room\u2019s next page \u00b7 **Return** confirm \u00b7 "
                   "**%s** pick directly \u00b7 **T** timer "
                   "\u00b7 **+ \u2212** 30 s \u00b7 **P** pause \u00b7 %s \u00b7 **J** phones "
                   "\u00b7 **Esc** menu \u00b7 **F1** keys"),
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
        snprintf(out, n,
                 _("**Up, Down** choose \u00b7 **Return** go with it \u00b7 **1** resume "
                   "\u00b7 **2** start afresh"));
        break;
    case STAGE_PHONES:
        snprintf(out, n,
                 _("**Return**, **J** or **Esc** back to the session \u00b7 the phones stay "
                   "on (**Esc**, then the menu, turns them off)"));
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
    const Theme *theme = ui_theme();
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
    /* The session's time in words ("9 min", "1 h 05"): "0:09" read as seconds. */
    long long min = m->session_ms > 0 ? m->session_ms / 60000 : 0;
    char st[32];
    if (min < 60)
        snprintf(st, sizeof st, _("%lld min"), min);
    else
        snprintf(st, sizeof st, _("%lld h %02lld"), min / 60, min % 60);
    float sw = fmaxf((float)width_of(s, st, t->head, TEXT_STRONG),
                     (float)width_of(s, _("session"), t->small, TEXT_REGULAR));
    right -= sw;
    put(s, st, t->head, right, hd.y, sw + (float)t->head, TEXT_STRONG, theme->text);
    put(s, _("session"), t->small, right, hd.y + (float)line_h(s, t->head), sw + (float)t->small,
        TEXT_REGULAR, theme->muted);
    float lw = right - hd.x - (float)t->body;
    char title[400], where[300], cut[600];
    snprintf(title, sizeof title, "%s", m->story_title ? m->story_title : _("Workshop"));
    put(s, one_line(s, title, t->head, lw, TEXT_STRONG, cut, sizeof cut), t->head, hd.x, hd.y,
        lw + (float)t->head, TEXT_STRONG, theme->text);
    int dn = decision_number(m);
    bool over_beat =
        (m->phase == STAGE_MENU || m->phase == STAGE_KEYS) && beat_like(m->paused_from);
    if (dn > 0 && !m->side_road && (beat_like(m->phase) || over_beat))
        snprintf(where, sizeof where, _("Decision %d \u00b7 %s"), dn, phase_words(m));
    else
        snprintf(where, sizeof where, "%s", phase_words(m));
    if (m->room_pages > 1 && (beat_like(m->phase) || over_beat)) {
        /* a long beat: which of its pages the room has up */
        size_t at = strlen(where);
        char az[32];
        letters(az, sizeof az, m->room_count, (char)('A' + m->room_first));
        if (m->room_count > 0)
            snprintf(where + at, sizeof where - at,
                     _(" \u00b7 room sees answers %s (page %d of %d)"), az, m->room_page + 1,
                     m->room_pages);
        else
            snprintf(where + at, sizeof where - at, _(" \u00b7 room sees the line (page %d of %d)"),
                     m->room_page + 1, m->room_pages);
    }
    if (m->phones_on && !m->side_road && (m->phase == STAGE_BEAT || m->phase == STAGE_TIE)) {
        /* how many of the phones have voted: the facilitator waits for them */
        size_t at = strlen(where);
        if (m->phones_joined > 0)
            snprintf(where + at, sizeof where - at, _(" \u00b7 %d of %d phones voted"),
                     m->phones_voted, m->phones_joined);
        else
            snprintf(where + at, sizeof where - at, "%s", _(" \u00b7 no phone has joined yet"));
    }
    put(s, one_line(s, where, t->body, lw, TEXT_STRONG, cut, sizeof cut), t->body, hd.x,
        hd.y + (float)line_h(s, t->head), lw + (float)t->body, TEXT_STRONG, theme->accent);
    render_fill(s->renderer,
                ui_rect(P->R.x + P->pad, hd.y + hd.h + P->gap * 0.45f, P->R.w - 2 * P->pad,
                        fmaxf(1.0f, theme->outline)),
                theme->track);
}

/* The beat as the facilitator reads it: the line, and what is for them. */
static float pres_moment(Screens *s, const StageModel *m, const PresType *t, float x, float y,
                         float w, bool draw)
{
    const Theme *theme = ui_theme();
    const char *speaker, *text, *cue;
    line_of(m, &speaker, &text, &cue);
    const StoryView *v = m->view;
    float y0 = y, sg = (float)t->small * 0.35f;
    if (m->phase == STAGE_DISCUSS) {
        y +=
            put_or_measure(s, draw, _("Discussion"), t->small, x, y, w, TEXT_STRONG, theme->accent);
        y += put_or_measure(s, draw, m->question ? m->question : _("Talk it over"), t->head, x, y,
                            w, TEXT_REGULAR, theme->text);
        y += (float)t->body * 0.8f;
    }
    if (speaker)
        y += put_or_measure(s, draw, speaker, t->small, x, y, w, TEXT_STRONG, theme->accent);
    y += put_or_measure(s, draw, text, t->body, x, y, w, TEXT_REGULAR, theme->text);
    if (cue)
        y +=
            put_or_measure(s, draw, cue, t->small, x, y + sg * 0.5f, w, TEXT_ITALIC, theme->muted) +
            sg * 0.5f;
    if (m->phase == STAGE_CHOSEN && m->chosen >= 0) {
        char c[200];
        snprintf(c, sizeof c,
                 _("**Chosen: %c.** R reveals the inner voice, the why and the meters."),
                 stage_letter(m->chosen));
        y += (float)t->body * 0.5f;
        y += put_or_measure(s, draw, c, t->body, x, y, w, TEXT_REGULAR, theme->text);
    }
    if (m->phase == STAGE_REVEALED && m->step && m->step->n_people > 0) {
        /* two people: what it did to each, each one's inner voice, and the
         * rules' sentence (taking sides, a rupture with whom) */
        char pl[800], pi[1400];
        y += (float)t->body * 0.5f;
        for (int k = 0; stage_reveal_person(m, k, pl, sizeof pl, pi, sizeof pi); k++) {
            y += put_or_measure(s, draw, pl, t->body, x, y, w, TEXT_REGULAR, theme->text);
            if (pi[0])
                y += put_or_measure(s, draw, pi, t->small, x, y, w, TEXT_REGULAR, theme->text);
            y += sg;
        }
        if (m->step->rule)
            y += put_or_measure(s, draw, m->step->rule, t->small, x, y + sg, w, TEXT_REGULAR,
                                theme->muted) +
                 sg;
    } else if (m->phase == STAGE_REVEALED) {
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
        y += put_or_measure(s, draw, e, t->body, x, y, w, TEXT_REGULAR, theme->text);
    }
    if (v && v->note) {
        y += (float)t->body * 0.7f;
        y += put_or_measure(s, draw, _("Your note"), t->small, x, y, w, TEXT_STRONG, theme->accent);
        y += put_or_measure(s, draw, v->note, t->body, x, y, w, TEXT_REGULAR, theme->text);
    }
    if (v && v->reflect && m->phase != STAGE_DISCUSS) {
        y += (float)t->body * 0.7f;
        y += put_or_measure(s, draw, _("To ask the room"), t->small, x, y, w, TEXT_STRONG,
                            theme->accent);
        y += put_or_measure(s, draw, v->reflect, t->body, x, y, w, TEXT_ITALIC, theme->text);
        y += put_or_measure(s, draw, _("P to pause and discuss"), t->small, x, y + sg, w,
                            TEXT_REGULAR, theme->muted) +
             sg;
    }
    return y - y0;
}

/* One answer in the facilitator's table: height at width w; drawn at c. */
static float pres_answer(Screens *s, const StageModel *m, const PresType *t, int i, SDL_FRect c,
                         bool draw)
{
    const Theme *theme = ui_theme();
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
    y += put_or_measure(s, draw, ch->text, t->body, tx, y, tw, TEXT_REGULAR, theme->text);
    char line[1400];
    float mr = (float)t->small * 0.32f, kx = tx + mr * 2 + (float)t->small * 0.4f;
    char to[700];
    stage_answer_to(m->view, ch, true, to, sizeof to);
    if (to[0]) {
        /* two people: whom it is to, its kind, what it is to the other */
        snprintf(line, sizeof line, "%s%s%s", to, ch->why ? " \u2014 " : "",
                 ch->why ? ch->why : "");
        if (draw && ch->kind)
            ui_kind_mark(s->renderer, tx + mr, y + (float)line_h(s, t->small) / 2, mr, ch->tone);
        y +=
            put_or_measure(s, draw, line, t->small, kx, y, tx + tw - kx, TEXT_REGULAR, theme->text);
    } else if (ch->kind || ch->why) {
        snprintf(line, sizeof line, "**%s**%s%s", ch->label, ch->why ? " \u2014 " : "",
                 ch->why ? ch->why : "");
        if (draw && ch->kind)
            ui_kind_mark(s->renderer, tx + mr, y + (float)line_h(s, t->small) / 2, mr, ch->tone);
        y +=
            put_or_measure(s, draw, line, t->small, kx, y, tx + tw - kx, TEXT_REGULAR, theme->text);
    }
    if (m->phase == STAGE_REVEALED && ch->inner) {
        char q[1300];
        ui_quoted(q, sizeof q, ch->inner);
        snprintf(line, sizeof line, _("inner voice: *%s*"), q);
        y +=
            put_or_measure(s, draw, line, t->small, kx, y, tx + tw - kx, TEXT_REGULAR, theme->text);
    }
    if (ch->next && !t->brief) {
        snprintf(line, sizeof line, _("leads to: %s"), ch->next);
        y += put_or_measure(s, draw, line, t->small, kx, y, tx + tw - kx, TEXT_REGULAR,
                            theme->muted);
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
        y += put_or_measure(s, draw, tag, t->small, kx, y, tx + tw - kx, TEXT_REGULAR,
                            theme->accent);
    float hgt = fmaxf(y - c.y, bs) + pad;
    if (draw) {
        int v = votes_of(m, i), total = votes_total(m);
        char vt[16];
        snprintf(vt, sizeof vt, "%d", v);
        float nx = c.x + c.w - pad - (float)width_of(s, vt, t->body, TEXT_STRONG);
        put(s, vt, t->body, nx, c.y + pad, vw, TEXT_STRONG, v ? theme->text : theme->dim);
        float bw = vw - (float)t->small * 0.5f, bh = fmaxf(3.0f, (float)t->small * 0.25f);
        float bx = c.x + c.w - pad - bw, by = c.y + pad + (float)line_h(s, t->body);
        if (total > 0) {
            render_round_rect(s->renderer, ui_rect(bx, by, bw, bh), bh / 2, theme->track);
            if (v > 0)
                render_round_rect(s->renderer,
                                  ui_rect(bx, by, fmaxf(bh, bw * (float)v / (float)total), bh),
                                  bh / 2, theme->accent);
        }
    }
    return hgt;
}

static float pres_table(Screens *s, const StageModel *m, const PresType *t, SDL_FRect r, bool draw)
{
    const Theme *theme = ui_theme();
    float y = r.y;
    int total = votes_total(m);
    char head[120], vt[48];
    votes_words(vt, sizeof vt, total);
    int phone = 0;
    for (int i = 0; m->phone_votes && i < answer_count(m); i++)
        phone += m->phone_votes[i];
    if (phone > 0)
        snprintf(head, sizeof head, _("Answers \u00b7 %s (%d from phones)"), vt, phone);
    else
        snprintf(head, sizeof head, _("Answers \u00b7 %s"), vt);
    y += put_or_measure(s, draw, head, t->small, r.x, y, r.w, TEXT_STRONG, theme->muted);
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
static void decision_line(const Session *se, const Kinds *kinds, const SessionDecision *d, int i,
                          char *out, size_t n)
{
    const SessionOption *o = chosen_option(d);
    int len =
        snprintf(out, n, _("**%d** \u00b7 %c %s \u00b7 votes "), d->number > 0 ? d->number : i + 1,
                 o ? stage_letter(d->chosen) : '?', o ? kinds_label(kinds, o->kind) : "");
    for (int k = 0; k < option_count(d) && len > 0 && (size_t)len < n; k++)
        len += snprintf(out + len, n - (size_t)len, "%s%d", k ? "\u2013" : "",
                        d->options[k].votes > 0 ? d->options[k].votes : 0);
    char dc[16], two[600];
    stage_decision_people(se, d, two, sizeof two);
    if (two[0]) {
        /* two people: whom it was to and what it did to each */
        if (len > 0 && (size_t)len < n)
            snprintf(out + len, n - (size_t)len, " \u00b7 %s", two);
        return;
    }
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
    const Theme *theme = ui_theme();
    float y = r.y, lh = (float)line_h(s, t->small), mr = (float)t->small * 0.32f;
    y += put(s, _("The decisions"), t->small, r.x, y, r.w, TEXT_STRONG, theme->muted);
    int n = n_decisions(m), fit = (int)((r.y + r.h - y) / lh);
    int first = n > fit ? n - fit + 1 : 0;
    if (first > 0) {
        char more[64];
        snprintf(more, sizeof more, _("\u2026 %d earlier"), first);
        y += put(s, more, t->small, r.x, y, r.w, TEXT_ITALIC, theme->dim);
    }
    for (int i = first; i < n; i++) {
        const SessionDecision *d = decision(m, i);
        const SessionOption *o = chosen_option(d);
        char line[900];
        decision_line(sess(m), kinds_of(m), d, i, line, sizeof line);
        if (o)
            ui_kind_mark(s->renderer, r.x + mr, y + lh / 2, mr, kinds_tone(kinds_of(m), o->kind));
        float tx = r.x + mr * 2 + (float)t->small * 0.5f;
        put(s, line, t->small, tx, y, 100000, TEXT_REGULAR, theme->text);
        y += lh;
    }
}

/* The ending, the debrief, the export: where the session stands. */
static float pres_summary(Screens *s, const StageModel *m, const PresType *t, float x, float y,
                          float w, bool draw)
{
    const Theme *theme = ui_theme();
    float y0 = y, ex, ey;
    if (m->phase == STAGE_EXPORT) {
        if (m->saved_html || m->saved_json) {
            y += put_or_measure(s, draw, _("**Saved.**"), t->body, x, y, w, TEXT_REGULAR,
                                theme->good);
            if (m->saved_html)
                y += path_put(s, m->saved_html, t->small, x, y, w, TEXT_REGULAR, theme->text, draw,
                              &ex, &ey);
            if (m->saved_json)
                y += path_put(s, m->saved_json, t->small, x, y, w, TEXT_REGULAR, theme->text, draw,
                              &ex, &ey);
        } else {
            y += put_or_measure(s, draw, _("Folder:"), t->small, x, y, w, TEXT_STRONG,
                                theme->accent);
            y +=
                path_put(s, m->folder, t->body, x, y, w, TEXT_REGULAR, theme->text, draw, &ex, &ey);
            if (m->export_error) {
                char e[900], esc[800];
                escape_stars(m->export_error, esc, sizeof esc);
                snprintf(e, sizeof e, _("**Not saved:** %s"), esc);
                y += put_or_measure(s, draw, e, t->small, x, y, w, TEXT_REGULAR, theme->bad);
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
            y += put_or_measure(s, draw, title, t->head, x, y, w, TEXT_STRONG, theme->accent);
            if (verdict) {
                char vt[300];
                snprintf(vt, sizeof vt, "*%s*", i18n_verdict(verdict));
                y += put_or_measure(s, draw, vt, t->small, x, y, w, TEXT_REGULAR, theme->muted);
            }
            y += (float)t->body * 0.5f;
        }
    }
    if (m->phase == STAGE_DEBRIEF) {
        char pg[200];
        snprintf(pg, sizeof pg, _("On the projector: page %d of the debrief"), m->page + 1);
        y += put_or_measure(s, draw, pg, t->body, x, y, w, TEXT_REGULAR, theme->text);
        y += (float)t->body * 0.5f;
    }
    Totals tt = totals(m);
    char l[1200], decisions[96], ties[96], opened[96];
    long long talk = tt.talk_ms / 60000;
    /* TRANSLATORS: the presenter's totals: "**5 decisions**: ..." */
    snprintf(decisions, sizeof decisions, P_("**%d decision**", "**%d decisions**", tt.n), tt.n);
    snprintf(ties, sizeof ties, P_("%d tie broken", "%d ties broken", tt.by_tie), tt.by_tie);
    snprintf(opened, sizeof opened, P_("%d rupture opened", "%d ruptures opened", tt.ruptures),
             tt.ruptures);
    /* TRANSLATORS: the presenter's totals at the ending. %1$s is "**5
     * decisions**", %3$s "1 tie broken", %7$s "2 ruptures opened"; the
     * others are numbers (%8$d ruptures repaired, %10$lld minutes). Keep
     * the three lines; reorder with the %N$ forms. */
    snprintf(l, sizeof l,
             _("%s: %d by vote, %s, %d picked by you\n"
               "**Connection %d to %d** \u00b7 %s \u00b7 %d repaired\n"
               "Votes cast: %d \u00b7 discussion: %lld min \u00b7 roads not taken: %d"),
             decisions, tt.by_vote, ties, tt.by_you, tt.start, tt.end, opened, tt.repairs, tt.votes,
             talk, road_count(m));
    char conn[700];
    int ruptures = 0, repairs = 0;
    if (stage_people_totals(se, conn, sizeof conn, &ruptures, &repairs)) {
        /* two people: each one's connection, and the ruptures with each */
        snprintf(opened, sizeof opened, P_("%d rupture opened", "%d ruptures opened", ruptures),
                 ruptures);
        /* TRANSLATORS: the presenter's totals at the ending, with two
         * people: as the one above, the second line's %4$s is each one's
         * connection ("Maya 62 to 70 · Theo 62 to 45"). */
        snprintf(l, sizeof l,
                 _("%s: %d by vote, %s, %d picked by you\n"
                   "**%s** \u00b7 %s \u00b7 %d repaired\n"
                   "Votes cast: %d \u00b7 discussion: %lld min \u00b7 roads not taken: %d"),
                 decisions, tt.by_vote, ties, tt.by_you, conn, opened, repairs, tt.votes, talk,
                 road_count(m));
    }
    y += put_or_measure(s, draw, l, t->body, x, y, w, TEXT_REGULAR, theme->text);
    return y - y0;
}

static void pres_menu(Screens *s, const StageModel *m, const PresType *t, float x, float y, float w)
{
    const Theme *theme = ui_theme();
    int n = m->n_menu < 0 ? 0 : m->n_menu > STAGE_MAX_MENU ? STAGE_MAX_MENU : m->n_menu;
    float lh = (float)line_h(s, t->body), pad = (float)t->body * 0.35f;
    for (int i = 0; i < n; i++) {
        SDL_FRect c = ui_rect(x, y, w, lh + 2 * pad);
        ui_card(s->renderer, c, t->body, i == m->focus, false, true);
        put(s, m->menu[i], t->body, x + (float)t->body * 0.9f, y + pad, w - (float)t->body * 1.2f,
            i == m->focus ? TEXT_STRONG : TEXT_REGULAR, theme->text);
        y += c.h + pad;
    }
}

/* The road not taken, for the facilitator: each decision with all its
 * answers and what the group chose; the focus kept in view. */
static void pres_roads(Screens *s, const StageModel *m, const Pres *P)
{
    const Theme *theme = ui_theme();
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
        put(s, _("No decisions yet."), t->body, b.x, b.y, b.w, TEXT_ITALIC, theme->muted);
    for (int i = first; i < n && i < first + fits; i++) {
        const SessionDecision *d = decision(m, i);
        SDL_FRect c = ui_rect(b.x, b.y + (float)(i - first) * (row_h + gap), b.w, row_h);
        ui_card(s->renderer, c, t->body, i == m->focus, false, true);
        char said[1300], cut[1400], opts[900];
        ui_quoted(said, sizeof said, d->said);
        snprintf(cut, sizeof cut, "%d", d->number > 0 ? d->number : i + 1);
        float nx = c.x + (float)t->body * 0.8f;
        float nw = (float)width_of(s, "88", t->body, TEXT_STRONG) + (float)t->body * 0.6f;
        put(s, cut, t->body, nx, c.y + pad, nw + 4, TEXT_STRONG, theme->accent);
        put(s,
            one_line(s, said, t->body, c.w - nw - (float)t->body * 1.4f, TEXT_REGULAR, cut,
                     sizeof cut),
            t->body, nx + nw, c.y + pad, 100000, TEXT_REGULAR, theme->text);
        int len = 0;
        opts[0] = '\0';
        for (int k = 0; k < option_count(d) && len >= 0 && (size_t)len < sizeof opts; k++)
            len += snprintf(opts + len, sizeof opts - (size_t)len,
                            k == d->chosen ? _("%s**%c %s (%d, chosen)**") : "%s%c %s (%d)",
                            k ? "  \u00b7  " : "", stage_letter(k),
                            kinds_label(kinds_of(m), d->options[k].kind), d->options[k].votes);
        clip_to(s, ui_rect(c.x, c.y, c.w - pad, c.h), P->w, P->h);
        put(s, opts, t->small, nx + nw, c.y + pad + (float)line_h(s, t->body), 100000, TEXT_REGULAR,
            theme->muted);
        clip_to(s, b, P->w, P->h);
    }
    SDL_RenderSetClipRect(s->renderer, NULL);
}

void pres_draw(Screens *s, const StageModel *m, SDL_FRect R, int w, int h)
{
    const Theme *theme = ui_theme();
    Pres P;
    pres_frame(s, m, R, w, h, &P);
    render_fill(s->renderer, R, opaque(theme->panel));
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
        render_round_rect(s->renderer, P.side, P.side.h * 0.3f, theme->notice);
        put(s, line, t->small, P.side.x + (float)t->small * 0.6f,
            P.side.y + (P.side.h - (float)line_h(s, t->small)) / 2, P.side.w - (float)t->small,
            TEXT_REGULAR, theme->text);
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
        y += put(s, m->resume_note, t->body, rest.x, y, rest.w, TEXT_ITALIC, theme->text);
        for (int i = 0; i < m->n_menu && i < STAGE_MAX_MENU; i++) {
            y += (float)t->small * 0.8f;
            y += put(s, m->menu[i], t->small, rest.x, y, rest.w, TEXT_STRONG, theme->accent);
            y += put(s, m->menu_detail[i], t->small, rest.x, y, rest.w, TEXT_REGULAR, theme->muted);
        }
        break;
    }
    case STAGE_PHONES:
        clip_to(s, b, w, h);
        phones_join_put(s, m, b, t->head, t->body);
        break;
    default:
        clip_to(s, ui_rect(b.x, b.y, lw, wide ? b.h : b.h * 0.55f), w, h);
        pres_summary(s, m, t, b.x, b.y, lw, true);
        clip_to(s, rest, w, h);
        pres_decisions(s, m, t, rest);
        break;
    }
    clip_to(s, R, w, h);
    if (P.notice.h > 0)
        put(s, m->notice, t->small, P.notice.x, P.notice.y, P.notice.w, TEXT_ITALIC, theme->accent);
    put(s, P.keys, t->small, P.footer.x, P.footer.y, P.footer.w, TEXT_REGULAR, theme->muted);
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
