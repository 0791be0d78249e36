/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Screens: title, beat, feedback, ending with debrief, and story error.
 * Layer: UI. Everything is laid out in fractions of the output size, so
 * it scales from 320x240 to 4K and reflows for 4:3. Meters always pair a
 * colour with a word, a number and a shape. The entry for every screen
 * (screens.h): the menus and pages go to menus.c; both draw with ui.c. */
#include "attune/screens.h"
#include "attune/i18n.h"
#include "attune/log.h"
#include "menus.h"
#include "ui.h"

#include <limits.h>
#include <stdint.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

int screens_dialogue_px(int w, int h)
{
    /* >= 3.5% of the height; on very wide, short windows follow the width. */
    int by_h = ui_px(0.042f, h, 14);
    int by_w = ui_px(0.030f, w, 14);
    return by_h < by_w ? by_h : by_w;
}

/* ---- layout shared by drawing and hit-testing ---- */

typedef struct BeatLayout {
    SDL_FRect box;      /* the text box */
    SDL_FRect meters;   /* top-right panel */
    SDL_FRect portrait; /* where the person stands */
    float col_x, col_w; /* the answers' column */
    int dialogue_px, answer_px, small_px;
    int choice_px;         /* the answers' size after fitting them */
    float box_need;        /* height the box's text needs (it may be clipped) */
    bool compact_meters;   /* small windows: the meters as one row */
    bool answers_overflow; /* the answers do not fit even at the smallest size */
    bool side;             /* the person and their line on the left, the answers beside them */
    float line_scale;      /* the text size the line was laid out at */
    int step;              /* STEP_WHOLE, or which step of a beat in two steps */
    bool steps;            /* the beat is shown in two steps (UiModel.beat_step) */
    int n;                 /* answers */
    SDL_FRect cards[STORY_MAX_CHOICES];
} BeatLayout;

static void meters_size(Screens *s, const StoryView *v, BeatLayout *L, float W, float margin)
{
    float mw, mh;
    ui_meters_size(s, v, L->small_px, L->compact_meters, &mw, &mh);
    L->meters = ui_rect(W - margin - mw, L->compact_meters ? margin * 0.6f : margin, mw, mh);
}

/* Padding inside the text box, from the type size so it scales with it. */
static float box_pad(const BeatLayout *L)
{
    return (float)L->dialogue_px * 0.75f;
}

static int box_text_width(const BeatLayout *L)
{
    return (int)(L->box.w - 2 * box_pad(L));
}

static int feedback_px(const BeatLayout *L)
{
    return L->answer_px ? L->answer_px : L->small_px;
}

/* The player's answer as a spoken line: "**You:** “…”". */
static void spoken(char *out, size_t n, const char *text)
{
    char q[1200];
    ui_quoted(q, sizeof q, text);
    snprintf(out, n, "%s %s", _("**You:**"), q);
}

/* With two people, what an answer did to each: one headline each, and
 * their inner voices, each with their name. */
bool screens_pair_feedback(const StoryStep *f, char *head, size_t hn, char *inner, size_t in)
{
    bool touched = false;
    for (int i = 0; i < f->n_people; i++)
        touched = touched || f->people[i].kind != NULL;
    if (!touched)
        return false; /* (head and inner as they were: the one-person words) */
    head[0] = inner[0] = '\0';
    for (int i = 0; i < f->n_people; i++) {
        const StoryStepPerson *p = &f->people[i];
        size_t at = strlen(head);
        if (!p->kind) {
            /* TRANSLATORS: with two people, one the answer left alone: their name. */
            snprintf(head + at, hn - at, _("%s%s: not touched by it"), at ? "\n" : "", p->name);
            continue;
        }
        const char *result = p->repaired   ? _(" · the rupture is repaired")
                             : p->deepened ? _(" · the rupture deepened")
                             : p->opened   ? _(" · a rupture opened")
                                           : "";
        /* TRANSLATORS: with two people, what an answer did to one: their
         * name, the kind, what happened to a rupture, "connection", the change. */
        snprintf(head + at, hn - at, _("%s%s: **%s**%s · %s %+d"), at ? "\n" : "", p->name,
                 p->label, result, _("connection"), p->dconn);
    }
    for (int i = 0; i < f->n_people; i++) {
        const StoryStepPerson *p = &f->people[i];
        if (!p->inner)
            continue;
        size_t at = strlen(inner);
        /* TRANSLATORS: with two people, an inner voice with whose it is. */
        snprintf(inner + at, in - at, _("%s**%s:** %s"), at ? "\n" : "", p->name, p->inner);
    }
    return true;
}

/* Height of what the box holds: the line with speaker and cue, or the
 * feedback after a choice (the larger, so the box does not jump; side by
 * side the box holds the line only: the feedback has its own layout). */
static float box_content(Screens *s, const StoryView *v, const BeatLayout *L)
{
    int tw = box_text_width(L), sp = L->small_px;
    float line = 0, fb = 0;
    if (v->speaker)
        line += (float)text_line_height(s->text, sp) + (float)sp / 4;
    line += (float)text_measure(s->text, v->text, L->dialogue_px, tw, TEXT_REGULAR, NULL, NULL);
    if (v->cue)
        line += (float)L->dialogue_px / 3 +
                (float)text_measure(s->text, v->cue, feedback_px(L), tw, TEXT_ITALIC, NULL, NULL);
    if (v->has_feedback && !L->side) {
        const StoryStep *f = &v->feedback;
        fb = (float)text_line_height(s->text, sp) * 2 + (float)sp;
        char phead[1200], pinner[4200];
        const char *inner_text = f->inner;
        if (screens_pair_feedback(f, phead, sizeof phead, pinner, sizeof pinner)) {
            inner_text = pinner[0] ? pinner : NULL;
            fb = (float)text_measure(s->text, phead, sp, tw - sp * 2, TEXT_REGULAR, NULL, NULL) +
                 (float)text_line_height(s->text, sp) + (float)sp;
        }
        if (f->text) {
            char said[1300];
            spoken(said, sizeof said, f->text);
            fb += (float)text_measure(s->text, said, feedback_px(L), tw, TEXT_REGULAR, NULL, NULL) +
                  (float)sp / 3;
        }
        if (inner_text)
            fb += (float)text_measure(s->text, inner_text, L->dialogue_px, tw - sp, TEXT_REGULAR,
                                      NULL, NULL) +
                  (float)sp / 3;
        if (f->steady)
            fb += (float)sp / 3 +
                  (float)text_measure(s->text, f->steady, sp, tw, TEXT_REGULAR, NULL, NULL);
        if (f->why)
            fb +=
                (float)text_measure(s->text, f->why, feedback_px(L), tw, TEXT_REGULAR, NULL, NULL);
        if (f->rule)
            fb += (float)sp / 3 +
                  (float)text_measure(s->text, f->rule, sp, tw, TEXT_ITALIC, NULL, NULL);
    }
    return fmaxf(line, fb);
}

/* A beat whole, or in two steps: its line alone, then its answers under a
 * one-line strip of the line (the strip is the text box). */
enum { STEP_WHOLE, STEP_LINE, STEP_ANSWERS };

/* Where a notice goes: top left (over a beat), bottom left (over a menu,
 * clear of its heading), top right (over an ending, clear of its title). */
typedef enum NoticePlace { NOTICE_TOP_LEFT, NOTICE_BOTTOM_LEFT, NOTICE_TOP_RIGHT } NoticePlace;
static SDL_FRect notice_rect(Screens *s, const char *notice, int w, int h, NoticePlace where);

static void beat_layout_at(Screens *s, const UiModel *m, int w, int h, int floor_px,
                           float answer_scale, bool side, int step, BeatLayout *L);

/* Set while `attune check` measures a beat: the whole layout, never steps. */
static bool whole_only;

/* The beat at the player's text size when it fits. When the line or the
 * answers would not fit the window at that size, the line comes back
 * towards the default size (never under it) while the answers keep the
 * player's size as far as they can; above the default a second arrangement
 * is tried too, the person and their line side by side with a tall column
 * of answers. Of the layouts that fit, the one with the largest answers
 * (with a larger line when the answers are nearly as large). The answers
 * are never smaller than at the default size (`floor`) on the same window.
 * At the default size the layout is the one `attune check` measures. */
static void beat_layout_search(Screens *s, const UiModel *m, int w, int h, BeatLayout *L)
{
    float want = ui_scale();
    int floor_px = 0;
    if (want > 1.0f) {
        ui_set_scale(1.0f);
        beat_layout_at(s, m, w, h, 0, 1.0f, false, STEP_WHOLE, L);
        floor_px = L->choice_px;
    }
    /* The text sizes of the settings, so a larger one tries every size a
     * smaller one does, and never ends with smaller answers. */
    static const float SIZES[] = {1.75f, 1.5f, 1.3f, 1.15f, 1.0f};
    /* Side by side only on a beat's answers, above the default size. */
    bool try_side = want > 1.0f && m->screen == SCREEN_BEAT && m->view && !m->view->is_ending &&
                    m->view->n_choices > 0;
    ui_set_scale(want);
    int most = ui_px(0.031f, h, 11), dpx = screens_dialogue_px(w, h);
    most = most < dpx ? most : dpx; /* no layout gives larger answers */
    BeatLayout t;
    bool have = false;
    for (int i = -1; i < (int)(sizeof SIZES / sizeof SIZES[0]); i++) {
        float sc = i < 0 ? want : SIZES[i];
        if (i >= 0 && sc >= want)
            continue;
        for (int k = 0; k < (try_side ? 2 : 1); k++) {
            ui_set_scale(sc);
            beat_layout_at(s, m, w, h, floor_px, want, k == 1, STEP_WHOLE, &t);
            bool fits = !t.answers_overflow && t.box_need <= (float)h * 0.55f;
            /* A smaller line only for notably larger answers. */
            bool better = !have || (t.line_scale >= L->line_scale
                                        ? t.choice_px > L->choice_px
                                        : (float)t.choice_px > (float)L->choice_px * 1.05f);
            if (fits && better) {
                *L = t;
                have = true;
            }
        }
        if (sc <= 1.0f || (have && (L->n == 0 || L->choice_px >= most)))
            break;
    }
    if (!have) { /* nothing fits: the default size, as `attune check` sees it */
        ui_set_scale(1.0f);
        beat_layout_at(s, m, w, h, floor_px, 1.0f, false, STEP_WHOLE, L);
    }
    /* Two steps when the answers together with the line stay well under the
     * size asked: the line alone, at the largest size its box holds; then
     * the answers, at the size asked as far as they fit. Only when the
     * answers come out larger so. */
    /* (at the default size, only when the beat does not fit whole at all:
     * a 4:3 window and a beat of six long answers) */
    bool can_step = !whole_only && m->screen == SCREEN_BEAT && m->view && !m->view->is_ending &&
                    m->view->n_choices > 0 &&
                    (want > 1.0f ? !have || (float)L->choice_px < (float)most * 0.9f : !have);
    if (can_step) {
        /* the strip and the meters at the size asked or smaller, whichever
         * leaves the answers largest (so a larger size never gives smaller) */
        BeatLayout ans, t2;
        bool got = false;
        for (int i = -1; i < (int)(sizeof SIZES / sizeof SIZES[0]); i++) {
            float sc = i < 0 ? want : SIZES[i];
            if (i >= 0 && sc >= want)
                continue;
            ui_set_scale(sc);
            beat_layout_at(s, m, w, h, floor_px, want, false, STEP_ANSWERS, &t2);
            if (!t2.answers_overflow && (!got || t2.choice_px > ans.choice_px)) {
                ans = t2;
                got = true;
            }
            if (sc <= 1.0f || (got && ans.choice_px >= most))
                break;
        }
        if (got && ans.choice_px > L->choice_px) {
            if (m->beat_step == 1) {
                *L = ans;
            } else {
                for (int i = -1; i < (int)(sizeof SIZES / sizeof SIZES[0]); i++) {
                    float sc = i < 0 ? want : SIZES[i];
                    if (i >= 0 && sc >= want)
                        continue;
                    ui_set_scale(sc);
                    beat_layout_at(s, m, w, h, floor_px, want, false, STEP_LINE, L);
                    if (L->box_need <= L->box.h + 0.5f || sc <= 1.0f)
                        break;
                }
            }
            L->steps = true;
        }
    }
    ui_set_scale(want);
}

/* beat_layout_search tries dozens of layouts above the default size, each
 * measuring every answer at new type sizes (fonts opened anew, ~50 ms at
 * 175 %): its result is remembered by all it depends on, so a frame, a
 * hit test and the typewriter's count share one search. */
enum { LAYOUT_MEMO = 8 };
static struct {
    uint64_t key;
    BeatLayout L;
} memo[LAYOUT_MEMO];
static unsigned memo_next;

static uint64_t mix(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) {
        h ^= b[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static uint64_t mix_str(uint64_t h, const char *str)
{
    return str ? mix(h, str, strlen(str) + 1) : mix(h, "\xff", 1);
}

static uint64_t mix_int(uint64_t h, long long v)
{
    return mix(h, &v, sizeof v);
}

static uint64_t layout_key(const Screens *s, const UiModel *m, int w, int h)
{
    float sc = ui_scale();
    uint64_t k = mix(14695981039346656037ULL, &sc, sizeof sc);
    const void *who[2] = {(const void *)s, (const void *)s->text};
    k = mix(k, who, sizeof who);
    long long ints[] = {
        w, h, text_family(s->text), s->high_contrast, s->hide_meters, m->screen, m->beat_step};
    k = mix(k, ints, sizeof ints);
    k = mix_str(k, m->notice);
    k = mix_int(k, whole_only);
    const StoryView *v = m->view;
    if (!v)
        return k;
    long long vi[] = {v->is_ending, v->connection, v->steadiness,  v->open_ruptures,
                      v->flooded,   v->n_choices,  v->has_feedback};
    k = mix(k, vi, sizeof vi);
    const char *vs[] = {v->speaker, v->text, v->cue, v->name, v->state, v->state_word};
    for (size_t i = 0; i < sizeof vs / sizeof vs[0]; i++)
        k = mix_str(k, vs[i]);
    for (int i = 0; i < v->n_choices && i < STORY_MAX_CHOICES; i++) {
        k = mix_str(mix_str(k, v->choices[i].text), v->choices[i].hint);
        k = mix_int(k, v->choices[i].enabled);
    }
    for (int i = 0; i < v->n_people; i++) {
        const StoryPerson *p = &v->people[i];
        k = mix_str(mix_str(k, p->name), p->state_word);
        k = mix_int(mix_int(mix_int(k, p->connection), p->open_ruptures), p->present);
    }
    for (int i = 0; i < v->n_choices && i < STORY_MAX_CHOICES; i++)
        k = mix_str(k, v->choices[i].to);
    if (v->has_feedback) {
        const StoryStep *f = &v->feedback;
        for (int i = 0; i < f->n_people; i++)
            k = mix_str(mix_str(mix_str(k, f->people[i].inner), f->people[i].label),
                        f->people[i].name);
        const char *fs[] = {f->text, f->inner, f->why, f->steady, f->rule, f->label, f->state_word};
        for (size_t i = 0; i < sizeof fs / sizeof fs[0]; i++)
            k = mix_str(k, fs[i]);
        long long fi[] = {f->connection, f->steadiness, f->dconn,   f->open_ruptures,
                          f->opened,     f->deepened,   f->repaired};
        k = mix(k, fi, sizeof fi);
    }
    return k;
}

static void beat_layout(Screens *s, const UiModel *m, int w, int h, BeatLayout *L)
{
    uint64_t key = layout_key(s, m, w, h);
    for (int i = 0; i < LAYOUT_MEMO; i++)
        if (memo[i].key == key) {
            *L = memo[i].L;
            return;
        }
    beat_layout_search(s, m, w, h, L);
    memo[memo_next % LAYOUT_MEMO].key = key;
    memo[memo_next % LAYOUT_MEMO].L = *L;
    memo_next++;
}

/* When the answers' column covers the person (widened over them), the
 * person moves where no card is: left of the column or above its cards,
 * whichever lets them stand taller, shrunk to fit; left out when under an
 * eighth of the height. */
static void clear_person(BeatLayout *L, float W, float H, float margin)
{
    SDL_FRect p = L->portrait;
    if (L->n == 0 || L->col_x >= p.x + p.w)
        return;
    float first = L->cards[0].y, gap = margin * 0.6f;
    /* a: left of the column, its feet behind the text box like the usual */
    float aw = L->col_x - gap - margin, ah = fminf((L->box.y - margin) / 0.8f, H * 0.8f);
    float a = fminf(ah, aw / 0.8f);
    /* b: in the column over the cards, left of the meters */
    float bw = fminf(L->meters.x - gap, W - margin) - L->col_x, bh = first - gap - margin;
    float b = fminf(bh, bw / 0.8f);
    float ph = fmaxf(a, b);
    if (ph < H / 8) {
        L->portrait = ui_rect(0, 0, 0, 0);
        return;
    }
    float pw = ph * 0.8f;
    if (a >= b)
        L->portrait = ui_rect(margin + (aw - pw) / 2, fminf(L->box.y + ph * 0.2f, H) - ph, pw, ph);
    else
        L->portrait = ui_rect(L->col_x + (bw - pw) / 2, first - gap - ph, pw, ph);
}

/* The answers' cards at size apx in the column: their heights, and all
 * of them with the gaps between. */
static float cards_height(Screens *s, const StoryView *v, const BeatLayout *L, int apx,
                          float *heights)
{
    float pad = (float)apx * 0.55f, gap = (float)apx * 0.45f, total = 0;
    int text_w = (int)(L->col_w - 2 * pad - (float)apx * 1.9f);
    for (int i = 0; i < L->n; i++) {
        char buf[1400];
        heights[i] = (float)text_measure(s->text, ui_choice_text(&v->choices[i], buf, sizeof buf),
                                         apx, text_w, TEXT_REGULAR, NULL, NULL) +
                     2 * pad;
        total += heights[i] + (i ? gap : 0);
    }
    return total;
}

/* One layout: the line (and all but the answers) at the current ui_scale(),
 * the answers from the player's size `answer_scale` down to `floor_px`.
 * `side`: the person and their line on the left, the answers in a column
 * from under the meters to the foot on the right. */
static void beat_layout_at(Screens *s, const UiModel *m, int w, int h, int floor_px,
                           float answer_scale, bool side, int step, BeatLayout *L)
{
    memset(L, 0, sizeof *L);
    L->step = step;
    float W = (float)w, H = (float)h;
    float margin = fminf(W, H) * 0.035f;
    float aspect = W / H;
    float line_scale = ui_scale();
    L->side = side;
    L->line_scale = line_scale;
    L->dialogue_px = screens_dialogue_px(w, h);
    /* Relative sizes with absolute floors: on the smallest windows legibility
     * wins over proportion. */
    L->small_px = ui_px(0.024f, h, 10);
    L->answer_px = ui_px(0.031f, h, 11);
    L->compact_meters = h < 480 || step == STEP_ANSWERS; /* (one row: room for the answers) */
    if (L->answer_px > L->dialogue_px)
        L->answer_px = L->dialogue_px;
    /* The answers' own size: the player's, when the line is smaller. */
    ui_set_scale(answer_scale);
    int card_px = ui_px(0.031f, h, 11), card_max = screens_dialogue_px(w, h);
    ui_set_scale(line_scale);
    if (card_px > card_max)
        card_px = card_max;
    /* Side by side: the line's column, a little over a third of the width. */
    float lw = W * 0.38f - margin;
    L->box = ui_rect(margin, 0, side ? lw : W - 2 * margin, 0);
    float content = m->view ? box_content(s, m->view, L) : 0;
    L->box_need = content + 2 * box_pad(L);
    if (step == STEP_LINE) /* a line under it for the way on to the answers */
        L->box_need += (float)text_line_height(s->text, L->small_px);
    /* As tall as its text, within limits: text beyond is clipped (only a
     * story's text function can produce that much; `check` flags long lines). */
    L->box.h = fminf(fmaxf(L->box_need, H * (side ? 0.2f : 0.24f)), H * 0.55f);
    if (step == STEP_ANSWERS) { /* the line as a strip, one line high */
        L->box.h = (float)text_line_height(s->text, L->small_px) + (float)L->small_px * 1.3f;
        L->box_need = L->box.h;
    }
    L->box.y = H - margin - L->box.h;
    if (m->view)
        meters_size(s, m->view, L, W, margin);
    /* 16:9 and wider: the person left of centre, the answers on the right.
     * Narrower (4:3, 5:4): the person moves to the left edge and the answers
     * start further left, so they never cover the face. */
    bool wide = aspect >= 1.5f;
    L->portrait = ui_portrait_rect(w, h);
    L->col_x = wide ? W * 0.47f : W * 0.42f;
    if (side) {
        /* The person stands over their line, the lowest fifth behind it. */
        float ph = fminf((L->box.y - margin) / 0.8f, H * 0.8f), pw = ph * 0.8f;
        if (pw > lw) {
            pw = lw;
            ph = pw / 0.8f;
        }
        L->portrait = ui_rect(margin + (lw - pw) / 2, L->box.y + ph * 0.2f - ph, pw, ph);
        L->col_x = margin + lw + margin * 1.2f;
    }
    if (step == STEP_LINE && aspect >= 1.3f && m->view) {
        /* The line alone: the person on the left, whole, and the line
         * beside them as tall as it needs, under the meters. */
        float pcol = W * 0.38f - margin;
        L->box.x = margin + pcol + margin;
        L->box.w = W - margin - L->box.x;
        /* (and a line under it for the way on to the answers) */
        L->box_need = box_content(s, m->view, L) + 2 * box_pad(L) +
                      (float)text_line_height(s->text, L->small_px);
        float avail = H - margin - (L->meters.y + L->meters.h + margin * 0.6f);
        L->box.h = fminf(fmaxf(L->box_need, H * 0.24f), avail);
        L->box.y = H - margin - L->box.h;
        float ph = fminf(H - margin, pcol / 0.8f), pw = ph * 0.8f;
        L->portrait = ui_rect(margin + (pcol - pw) / 2, H - ph, pw, ph);
    }
    L->col_w = W - margin - L->col_x;
    if (!m->view || m->view->is_ending || step == STEP_LINE)
        return;
    const StoryView *v = m->view;
    L->n = v->n_choices;
    /* Answers a little smaller than the dialogue; shrink (never under 2.2%)
     * until they fit between the meters and the text box. */
    float top = L->meters.y + L->meters.h + margin * 0.6f;
    if (step == STEP_ANSWERS && m->notice) {
        /* the answers full width: under the notice at the top left too */
        ui_set_scale(answer_scale); /* (drawn at the player's size) */
        SDL_FRect nb = notice_rect(s, m->notice, w, h, NOTICE_TOP_LEFT);
        ui_set_scale(line_scale);
        top = fmaxf(top, nb.y + nb.h + margin * 0.4f);
    }
    float bottom = side ? H - margin : L->box.y - margin * 0.5f;
    /* While flooded, the line that says why sits over the first card: room
     * for it under the meters (at the widest the column may take). */
    const char *fh = NULL;
    for (int i = 0; v->flooded && i < v->n_choices && i < STORY_MAX_CHOICES; i++)
        if (!v->choices[i].enabled && v->choices[i].hint)
            fh = v->choices[i].hint;
    if (fh)
        top +=
            (float)text_measure(s->text, fh, L->small_px, (int)L->col_w, TEXT_ITALIC, NULL, NULL) +
            (float)L->small_px * 0.4f;
    int min_px = floor_px > 0 ? floor_px : ui_px(0.022f, h, 11);
    int start_px = card_px > L->answer_px ? card_px : L->answer_px;
    start_px = start_px > min_px ? start_px : min_px;
    float room = bottom - top, heights[STORY_MAX_CHOICES];
    int apx = start_px;
    if (step == STEP_ANSWERS) {
        /* The answers' own step: as wide a column as makes them larger (the
         * person moves clear of it, clear_person). */
        float cols[3] = {L->col_x, fminf(L->col_x, W * 0.3f), margin};
        int best = -1;
        for (int c = 0; c < 3; c++) {
            float cw = W - margin - cols[c], keep = L->col_w;
            L->col_w = cw;
            int lo = 0;
            for (int px = start_px; px >= min_px; px--)
                if (cards_height(s, v, L, px, heights) <= room) {
                    lo = px;
                    break;
                }
            L->col_w = keep;
            if (lo > best + 1 || (best < 0 && lo > 0)) {
                best = lo;
                L->col_x = cols[c];
                L->col_w = cw;
            }
            if (best >= start_px)
                break;
        }
        apx = best > 0 ? best : min_px;
    }
    for (;;) {
        if (cards_height(s, v, L, apx, heights) <= room)
            break;
        if (apx > min_px && cards_height(s, v, L, min_px, heights) <= room) {
            /* The largest size between that fits (lo fits, hi does not). */
            int lo = min_px, hi = apx;
            while (hi - lo > 1) {
                int mid = lo + (hi - lo) / 2;
                if (cards_height(s, v, L, mid, heights) <= room)
                    lo = mid;
                else
                    hi = mid;
            }
            apx = lo;
            break;
        }
        apx = min_px;
        if (side || L->col_x <= margin + 1)
            break;
        /* Still too tall at the smallest size: give the answers more
         * width -- first over the person's shoulder, then all of it. */
        L->col_x = L->col_x > W * 0.3f ? W * 0.3f : margin;
        L->col_w = W - margin - L->col_x;
        apx = start_px;
    }
    float total = cards_height(s, v, L, apx, heights), gap = (float)apx * 0.45f;
    L->answers_overflow = total > room;
    float y = bottom - total;
    if (y < top * 0.5f)
        y = top * 0.5f;
    for (int i = 0; i < L->n; i++) {
        L->cards[i] = ui_rect(L->col_x, y, L->col_w, heights[i]);
        y += heights[i] + gap;
    }
    L->choice_px = apx;
    clear_person(L, W, H, margin);
}

/* ---- pieces ---- */

static void draw_meters(Screens *s, const StoryView *v, const BeatLayout *L, float anim)
{
    ui_meters(s, v, L->meters, L->small_px, L->compact_meters, anim);
}

static void draw_portrait(Screens *s, const StoryView *v, const BeatLayout *L)
{
    ui_portraits(s, v, L->portrait, false, L->box.y);
}

/* The text box: speaker, line (typewriter), cue in italics. */
static void draw_box(Screens *s, const StoryView *v, const BeatLayout *L, int reveal)
{
    const Theme *theme = ui_theme();
    SDL_FRect b = L->box;
    float pad = box_pad(L);
    int x = (int)(b.x + pad), y = (int)(b.y + pad);
    int tw = box_text_width(L);
    if (v->speaker) {
        y += text_draw(s->text, v->speaker, L->small_px, x, y, tw, TEXT_STRONG, theme->accent, -1);
        y += L->small_px / 4;
    }
    int chars = text_char_count(s->text, v->text, L->dialogue_px, tw, TEXT_REGULAR);
    y += text_draw(s->text, v->text, L->dialogue_px, x, y, tw, TEXT_REGULAR, theme->text, reveal);
    if (v->cue && (reveal < 0 || reveal >= chars)) {
        y += L->dialogue_px / 3;
        text_draw(s->text, v->cue, feedback_px(L), x, y, tw, TEXT_ITALIC, theme->muted, -1);
    }
}

/* The answers' step of a beat in two steps: its line as one strip,
 * "Maya: “I'm not doing it…”", and the way back to the whole line. */
static void draw_strip(Screens *s, const StoryView *v, const BeatLayout *L)
{
    const Theme *theme = ui_theme();
    SDL_FRect b = L->box;
    int sp = L->small_px;
    float pad = (float)sp * 0.65f;
    const char *back = _("Left: the whole line");
    float bw = (float)width_of(s, back, sp, TEXT_ITALIC);
    float x = b.x + pad, y = b.y + (b.h - (float)text_line_height(s->text, sp)) / 2;
    float room = b.w - 2 * pad - bw - (float)sp * 1.5f;
    char plain[1300], said[1400], cut[1500];
    ui_quoted(plain, sizeof plain, v->text ? v->text : "");
    if (v->speaker) {
        float ww = (float)width_of(s, v->speaker, sp, TEXT_STRONG) + (float)sp * 0.5f;
        text_draw(s->text, v->speaker, sp, (int)x, (int)y, (int)ww + sp, TEXT_STRONG, theme->accent,
                  -1);
        x += ww;
        room -= ww;
    }
    snprintf(said, sizeof said, "%s", plain);
    text_draw(s->text, one_line(s, said, sp, room, TEXT_REGULAR, cut, sizeof cut), sp, (int)x,
              (int)y, (int)room + sp, TEXT_REGULAR, theme->text, -1);
    text_draw(s->text, back, sp, (int)(b.x + b.w - pad - bw), (int)y, (int)bw + sp, TEXT_ITALIC,
              theme->muted, -1);
}

static void draw_choices(Screens *s, const UiModel *m, const BeatLayout *L)
{
    const Theme *theme = ui_theme();
    SDL_Renderer *r = s->renderer;
    const StoryView *v = m->view;
    int apx = L->choice_px;
    for (int i = 0; i < L->n; i++) {
        SDL_FRect c = L->cards[i];
        bool on = v->choices[i].enabled;
        bool hot = (i == m->focus || i == m->hover) && on;
        /* Focus: an outline and a marker, not colour alone. */
        ui_card(r, c, apx, i == m->focus && on, hot, on);
        float pad = (float)apx * 0.55f;
        char key[8];
        snprintf(key, sizeof key, "%d", i + 1);
        text_draw(s->text, key, apx, (int)(c.x + pad + (float)apx * 0.25f), (int)(c.y + pad),
                  apx * 2, TEXT_STRONG, on ? theme->accent : theme->dim, -1);
        if (m->chosen_before[i]) {
            /* Chosen in an earlier play, or before a rewind: a ring beside
             * the key (a shape, so it does not rely on colour), large and
             * bold enough to read at a glance. */
            float lh = (float)text_line_height(s->text, apx);
            bool tall = c.h - 2 * pad > lh * 1.5f;
            float rr = (float)apx * (tall ? 0.38f : 0.3f);
            float rx = c.x + pad + (float)apx * (tall ? 0.55f : 1.15f);
            float ry = c.y + pad + lh * (tall ? 1.5f : 0.5f);
            render_arc(r, rx, ry, rr, fmaxf(2.0f, rr * 0.36f), 0, 360,
                       on ? theme->text : theme->dim);
        }
        int tx = (int)(c.x + pad + (float)apx * 1.5f);
        int tw = (int)(c.w - 2 * pad - (float)apx * 1.9f);
        char buf[1400];
        text_draw(s->text, ui_choice_text(&v->choices[i], buf, sizeof buf), apx, tx,
                  (int)(c.y + pad), tw, TEXT_REGULAR, on ? theme->text : theme->dim, -1);
    }
    /* While flooded, say why the attuned answers are out of reach. */
    if (v->flooded && L->n > 0) {
        const char *hint = NULL;
        for (int i = 0; i < L->n; i++)
            if (!v->choices[i].enabled && v->choices[i].hint)
                hint = v->choices[i].hint;
        if (hint) {
            SDL_FRect first = L->cards[0];
            int hw = (int)first.w;
            int hh = text_measure(s->text, hint, L->small_px, hw, TEXT_ITALIC, NULL, NULL);
            float top = first.y - (float)hh - (float)L->small_px * 0.4f;
            /* beside the meters (a long row with two people), not under them */
            if (!s->hide_meters && L->meters.x > first.x && top < L->meters.y + L->meters.h &&
                L->meters.x < first.x + first.w) {
                hw = (int)(L->meters.x - first.x - (float)L->small_px * 0.6f);
                hh = text_measure(s->text, hint, L->small_px, hw, TEXT_ITALIC, NULL, NULL);
                top = first.y - (float)hh - (float)L->small_px * 0.4f;
            }
            text_draw(s->text, hint, L->small_px, (int)first.x, (int)top, hw, TEXT_ITALIC,
                      theme->text, -1);
        }
    }
}

/* After a choice: what the player did, what landed inside, and why. */
static void draw_feedback(Screens *s, const StoryView *v, const BeatLayout *L)
{
    const Theme *theme = ui_theme();
    const StoryStep *f = &v->feedback;
    SDL_Renderer *r = s->renderer;
    SDL_FRect b = L->box;
    float pad = box_pad(L);
    int x = (int)(b.x + pad), y = (int)(b.y + pad);
    int tw = box_text_width(L);
    int sp = L->small_px, lh = text_line_height(s->text, sp);
    ui_kind_mark(r, (float)x + (float)sp * 0.45f, (float)y + (float)lh / 2, (float)sp * 0.42f,
                 f->tone);
    char head[1200], move[64];
    const char *result = f->repaired   ? _(" · the rupture is repaired")
                         : f->deepened ? _(" · the rupture deepened")
                         : f->opened   ? _(" · a rupture opened")
                                       : "";
    if (f->dconn == 0 && f->connection >= 100)
        snprintf(move, sizeof move, "%s", _("connection at its top"));
    else
        snprintf(move, sizeof move, "%s %+d", _("connection"), f->dconn);
    snprintf(head, sizeof head, "**%s**%s · %s", f->label, result, move);
    char pinner[4200];
    const char *inner_text = f->inner;
    if (screens_pair_feedback(f, head, sizeof head, pinner, sizeof pinner)) {
        inner_text = pinner[0] ? pinner : NULL;
    }
    y += text_draw(s->text, head, sp, x + sp + sp / 2, y, tw - sp * 2, TEXT_REGULAR,
                   ui_kind_colour(f->tone), -1);
    y += sp / 3;
    if (f->text) { /* what you said, as a spoken line */
        char said[1300];
        spoken(said, sizeof said, f->text);
        y += text_draw(s->text, said, feedback_px(L), x, y, tw, TEXT_REGULAR, theme->text, -1);
        y += sp / 3;
    }
    if (inner_text) {
        /* The inner voice in its own style, not a cue's italics: upright,
         * beside a bar in the kind's colour. */
        int ih = text_draw(s->text, inner_text, L->dialogue_px, x + sp, y, tw - sp, TEXT_REGULAR,
                           theme->text, -1);
        render_fill(r, ui_rect((float)x, (float)y, fmaxf(3.0f, (float)sp * 0.18f), (float)ih),
                    ui_kind_colour(f->tone));
        y += ih + sp / 3;
    }
    if (f->why)
        y += text_draw(s->text, f->why, feedback_px(L), x, y, tw, TEXT_REGULAR, theme->muted, -1);
    if (f->steady) { /* why your steadiness moved, from the rules */
        y += sp / 3;
        y += text_draw(s->text, f->steady, sp, x, y, tw, TEXT_REGULAR, theme->text, -1);
    }
    if (f->rule)
        text_draw(s->text, f->rule, sp, x, y + sp / 3, tw, TEXT_ITALIC, theme->muted, -1);
    ui_prompt(s, _("Enter or click to go on"), b, sp);
}

/* The parts of a beat that stay still while its line is revealed. */
static void draw_still(Screens *s, const StoryView *v, const BeatLayout *L, int w, int h)
{
    const Theme *theme = ui_theme();
    ui_room(s, v->background, w, h, v->open_ruptures > 0);
    draw_portrait(s, v, L);
    render_round_rect(s->renderer, L->box, box_pad(L) * 0.6f, theme->panel);
}

/* Draw the still parts once into a texture and copy it every frame, so a
 * typewriter frame costs one opaque copy and a few runs of text. */
static void draw_scene(Screens *s, const StoryView *v, const BeatLayout *L, int w, int h,
                       float fade)
{
    SDL_Renderer *r = s->renderer;
    if (s->prev_scene && fade <= 0.0f) {
        SDL_DestroyTexture(s->prev_scene);
        s->prev_scene = NULL;
    }
    char key[sizeof s->scene_key];
    char who[1200] = "";
    for (int i = 0; i < v->n_people; i++) {
        size_t at = strlen(who);
        snprintf(who + at, sizeof who - at, "|%s,%d",
                 v->people[i].portrait ? v->people[i].portrait : "", v->people[i].present);
    }
    snprintf(key, sizeof key, "%dx%d|%s|%s%s|%s|%d|%d,%d|%d,%d,%d|%d|%u", w, h,
             v->background ? v->background : "", v->portrait ? v->portrait : "", who,
             v->state ? v->state : "", v->open_ruptures > 0, (int)L->box.h, (int)L->box.w,
             (int)L->portrait.x, (int)L->portrait.y, (int)L->portrait.h, s->high_contrast,
             images_generation(s->images));
    if (s->scene && (s->scene_w != w || s->scene_h != h)) {
        SDL_DestroyTexture(s->scene);
        s->scene = NULL;
    }
    /* NOTE: the very first scene is drawn straight to the window while its
     * pictures are previews: making the window-sized texture (8 MB at
     * 1080p, cleared) and copying it cost the first frame ~10 ms, and it
     * would be composed again when the full-size pictures come anyway. */
    if (!s->scene && !s->prev_scene && (!s->drawn_direct || images_previews(s->images) > 0)) {
        s->drawn_direct = true;
        draw_still(s, v, L, w, h);
        return;
    }
    if (!s->scene) {
        /* Opaque, in the window's format: each frame copies it as it is. */
        s->scene = SDL_CreateTexture(r, render_opaque_format(r), SDL_TEXTUREACCESS_TARGET, w, h);
        s->scene_w = w;
        s->scene_h = h;
        s->scene_key[0] = '\0';
        if (s->scene)
            SDL_SetTextureBlendMode(s->scene, SDL_BLENDMODE_NONE);
    }
    if (s->scene && strcmp(key, s->scene_key) != 0 && fade > 0.0f && s->scene_key[0] &&
        !s->prev_scene) {
        /* A new scene while fading: the old one fades out over it. */
        s->prev_scene = s->scene;
        s->scene = SDL_CreateTexture(r, render_opaque_format(r), SDL_TEXTUREACCESS_TARGET, w, h);
        if (s->scene)
            SDL_SetTextureBlendMode(s->scene, SDL_BLENDMODE_NONE);
        SDL_SetTextureBlendMode(s->prev_scene, SDL_BLENDMODE_BLEND);
    }
    if (s->scene && strcmp(key, s->scene_key) != 0) {
        if (SDL_SetRenderTarget(r, s->scene) == 0) {
            SDL_SetRenderDrawColor(r, 20, 18, 20, 255);
            SDL_RenderClear(r);
            draw_still(s, v, L, w, h);
            SDL_SetRenderTarget(r, NULL);
            log_debug("screens", "scene composed");
            str_copy(s->scene_key, key, sizeof s->scene_key);
        } else {
            SDL_DestroyTexture(s->scene);
            s->scene = NULL;
        }
    }
    if (s->scene)
        SDL_RenderCopy(r, s->scene, NULL, NULL);
    else
        draw_still(s, v, L, w, h); /* no render targets here: draw it all */
    if (s->prev_scene && fade > 0.0f) {
        SDL_SetTextureAlphaMod(s->prev_scene, (Uint8)lroundf(255.0f * fminf(fade, 1.0f)));
        SDL_RenderCopy(r, s->prev_scene, NULL, NULL);
    }
}

bool screens_open(Screens *s, SDL_Renderer *r, const char *font_dir, const char *data_dir,
                  bool async)
{
    s->renderer = r;
    s->data_dir = data_dir;
    s->text = r ? text_create(r, font_dir) : NULL;
    s->images = r ? images_create(r, async) : NULL;
    return s->text && s->images;
}

void screens_close(Screens *s)
{
    if (s->scene)
        SDL_DestroyTexture(s->scene);
    if (s->prev_scene)
        SDL_DestroyTexture(s->prev_scene);
    s->scene = s->prev_scene = NULL;
    s->scene_key[0] = '\0';
    text_destroy(s->text);
    images_destroy(s->images);
    s->text = NULL;
    s->images = NULL;
}

/* A gentle picture cue after a rupture or a repair: a ring that widens and
 * fades around the connection meter -- whole and warm for a repair, broken
 * and cool for a rupture (a shape, not colour alone). */
static void draw_cue(Screens *s, const StoryView *v, const BeatLayout *L, float anim)
{
    const Theme *theme = ui_theme();
    SDL_FRect p = L->meters;
    float base = L->compact_meters ? p.h * 0.5f : p.h * 0.5f;
    float cx = p.x + base, cy = p.y + p.h / 2;
    float rad = base * (1.0f + 0.9f * anim);
    SDL_Color c = v->feedback.repaired ? theme->accent : theme->bad;
    c.a = (Uint8)lroundf(200.0f * (1.0f - anim));
    float thick = fmaxf(2.0f, base * 0.12f);
    if (v->feedback.repaired) {
        render_arc(s->renderer, cx, cy, rad, thick, 0, 360, c);
    } else {
        for (int k = 0; k < 4; k++)
            render_arc(s->renderer, cx, cy, rad, thick, (float)k * 90 + 15, (float)k * 90 + 65, c);
    }
}

static void draw_beat(Screens *s, const UiModel *m, int w, int h)
{
    const StoryView *v = m->view;
    /* The feedback shows what the answer did: their face and state, and your
     * steadiness, just after it, not yet the next beat's (its pressure and
     * its own state come with its line). */
    StoryView after;
    if (m->screen == SCREEN_FEEDBACK && v->has_feedback) {
        after = *v;
        after.steadiness = v->feedback.steadiness;
        after.flooded = v->feedback.flooded;
        after.state = v->feedback.state ? v->feedback.state : v->state;
        after.state_word = v->feedback.state_word ? v->feedback.state_word : v->state_word;
        if (v->feedback_portrait)
            after.portrait = v->feedback_portrait;
        for (int i = 0; i < v->n_people && i < v->feedback.n_people; i++) {
            const StoryStepPerson *fp = &v->feedback.people[i];
            StoryPerson *ap = &after.people[i];
            ap->connection = fp->connection;
            ap->open_ruptures = fp->open_ruptures;
            ap->state = fp->state ? fp->state : ap->state;
            ap->state_word = fp->state_word ? fp->state_word : ap->state_word;
            if (ap->feedback_portrait)
                ap->portrait = ap->feedback_portrait;
            /* they were there when it was said */
            ap->present = ap->present || fp->kind != NULL;
        }
        v = &after;
    }
    BeatLayout L;
    beat_layout(s, m, w, h, &L);
    draw_scene(s, v, &L, w, h, m->fade);
    /* 0 is "not animating" too, so a model from memset draws still. */
    float anim = m->screen == SCREEN_FEEDBACK && m->anim > 0.0f ? m->anim : 1.0f;
    if (!s->hide_meters) {
        draw_meters(s, v, &L, anim);
        if (m->screen == SCREEN_FEEDBACK && v->has_feedback && anim < 1.0f &&
            (v->feedback.repaired || v->feedback.opened))
            draw_cue(s, v, &L, anim);
    }
    if (m->screen == SCREEN_FEEDBACK && v->has_feedback) {
        SDL_Rect fclip = {(int)L.box.x, (int)L.box.y, (int)L.box.w, (int)L.box.h};
        SDL_RenderSetClipRect(s->renderer, &fclip);
        draw_feedback(s, v, &L);
        SDL_RenderSetClipRect(s->renderer, NULL);
        return;
    }
    SDL_Rect clip = {(int)L.box.x, (int)L.box.y, (int)L.box.w, (int)L.box.h};
    SDL_RenderSetClipRect(s->renderer, &clip);
    if (L.step == STEP_ANSWERS)
        draw_strip(s, v, &L);
    else
        draw_box(s, v, &L, m->reveal);
    SDL_RenderSetClipRect(s->renderer, NULL);
    /* Key hints in the box's corner, when the line leaves room for them. */
    int hp = ui_px(0.02f, h, 9);
    if (L.step == STEP_LINE) {
        /* the line alone: its answers are the next step */
        if (m->reveal < 0 || m->reveal >= screens_reveal_total(s, m, w, h))
            ui_prompt(s, _("Enter or click: your answers"), L.box, L.small_px);
    } else if (L.step == STEP_ANSWERS) {
        /* (the strip says the way back) */
    } else if (L.box.h - L.box_need >= (float)text_line_height(s->text, hp)) {
        char hint[200];
        snprintf(hint, sizeof hint, "%s%s%s", m->glossary_hint ? "G: " : "",
                 m->glossary_hint ? m->glossary_hint : "",
                 m->glossary_hint ? _(" · Esc: menu") : _("Esc: menu · H: history · Z: take back"));
        ui_prompt(s, hint, L.box, hp);
    }
    if (m->reveal < 0 || m->reveal >= screens_reveal_total(s, m, w, h))
        draw_choices(s, m, &L);
}

int screens_beat_fit(Screens *s, const StoryView *v, int w, int h, char *why, size_t n)
{
    ui_begin(s);
    UiModel m;
    memset(&m, 0, sizeof m);
    m.screen = SCREEN_BEAT;
    m.view = v;
    m.reveal = -1;
    m.focus = m.hover = -1;
    BeatLayout L;
    whole_only = true; /* what a beat needs whole, as the rules of `check` ask */
    beat_layout(s, &m, w, h, &L);
    whole_only = false;
    float max_box = (float)h * 0.55f;
    if (v->is_ending) {
        /* The ending's title and text above its debrief: half the screen. */
        int tw = (int)((float)w - fminf((float)w, (float)h) * 0.16f);
        int need =
            text_measure(s->text, v->title, ui_px(0.06f, h, 14), tw, TEXT_STRONG, NULL, NULL) +
            text_measure(s->text, v->text, screens_dialogue_px(w, h), tw, TEXT_REGULAR, NULL, NULL);
        if ((float)need > (float)h * 0.5f) {
            snprintf(why, n, "its title and text need %d px but an ending has %d px at %dx%d", need,
                     (int)((float)h * 0.5f), w, h);
            return 1;
        }
        return 0;
    }
    if (L.box_need > max_box) {
        snprintf(why, n, "its line and cue need %d px but the text box holds %d px at %dx%d",
                 (int)L.box_need, (int)max_box, w, h);
        return 1;
    }
    if (L.answers_overflow) {
        snprintf(why, n,
                 "its %d answers do not fit above the text box at %dx%d, even at the "
                 "smallest type",
                 v->n_choices, w, h);
        return 2;
    }
    return 0;
}

int screens_reveal_total(Screens *s, const UiModel *m, int w, int h)
{
    ui_begin(s);
    if (!m->view || !m->view->text)
        return 0;
    BeatLayout L;
    beat_layout(s, m, w, h, &L);
    return text_char_count(s->text, m->view->text, L.dialogue_px, box_text_width(&L), TEXT_REGULAR);
}

bool screens_beat_steps(Screens *s, const UiModel *m, int w, int h)
{
    ui_begin(s);
    if (m->screen != SCREEN_BEAT || !m->view || m->view->is_ending || m->view->n_choices == 0)
        return false;
    BeatLayout L;
    beat_layout(s, m, w, h, &L);
    return L.steps;
}

int screens_answer_px(Screens *s, const UiModel *m, int w, int h)
{
    ui_begin(s);
    if (m->screen != SCREEN_BEAT || !m->view || m->view->is_ending || m->view->n_choices == 0)
        return 0;
    BeatLayout L;
    beat_layout(s, m, w, h, &L);
    return L.choice_px;
}

SDL_FRect screens_portrait_rect(Screens *s, const UiModel *m, int w, int h)
{
    ui_begin(s);
    if ((m->screen != SCREEN_BEAT && m->screen != SCREEN_FEEDBACK) || !m->view ||
        m->view->is_ending || !m->view->portrait)
        return ui_rect(0, 0, 0, 0);
    BeatLayout L;
    beat_layout(s, m, w, h, &L);
    return L.portrait;
}

/* ---- the ending and its debrief ---- */

/* The debrief is in pages: the first holds the ending, its numbers and the
 * connection chart (the workshop's, ui_chart); the next hold the choices,
 * in two columns where the width allows, or side by side with the road
 * left (C). The same pages are drawn on screen and into the picture. */
enum { DEBRIEF_MAX_PAGES = 256, DEBRIEF_STEPS = 512, DEBRIEF_ROADS = 16 };

typedef struct Debrief {
    SDL_FRect panel;
    float margin;
    int w, h, sp, lh;
    int list_px;     /* the choices' type size: a little smaller, so a page holds six */
    int x, tw;       /* the panel's text column */
    int top, bottom; /* a list page's rows: under its heading, over the footer */
    int cols, col_w, col_gap;
    const UiRoad *other;              /* side by side with this road left, or NULL */
    int from, n_rows;                 /* rows from step `from`; with `other`, pairs of steps */
    int n_pages;                      /* the first page and the list's */
    int first[DEBRIEF_MAX_PAGES + 1]; /* list page k (1-based)'s first row; [n_pages]: n_rows */
} Debrief;

/* One entry of a list: kind mark, kind, what was said, and why. Returns its
 * height with the gap after it; draws only when `draw`. */
static int entry_put(Screens *s, int x, int y, int w, int sp, const char *label, KindTone tone,
                     const char *mark, const char *text, const char *why, bool draw)
{
    const Theme *theme = ui_theme();
    char entry[1400], said[1200];
    ui_quoted(said, sizeof said, text ? text : "");
    snprintf(entry, sizeof entry, "**%s**%s — %s", label ? label : "", mark, said);
    int tw = w - sp * 2, tx = x + sp * 3 / 2;
    if (!draw) {
        int h = text_measure(s->text, entry, sp, tw, TEXT_REGULAR, NULL, NULL);
        if (why)
            h += text_measure(s->text, why, sp, tw, TEXT_ITALIC, NULL, NULL);
        return h + sp / 2;
    }
    int lh = text_line_height(s->text, sp);
    ui_kind_mark(s->renderer, (float)x + (float)sp * 0.45f, (float)y + (float)lh / 2,
                 (float)sp * 0.4f, tone);
    int h = text_draw(s->text, entry, sp, tx, y, tw, TEXT_REGULAR, theme->text, -1);
    if (why)
        h += text_draw(s->text, why, sp, tx, y + h, tw, TEXT_ITALIC, theme->muted, -1);
    return h + sp / 2;
}

/* Step `i` of this play as an entry: a mended rupture has the rules'
 * sentence (which miss it mended) with its why; "(deepened)" says the rest. */
static int step_put(Screens *s, const UiModel *m, int i, int x, int y, int w, int sp, bool draw)
{
    const StoryStep *st = story_history(m->story, i);
    char why[1400];
    bool told = st->rule && st->repaired;
    if (told)
        snprintf(why, sizeof why, "%s%s%s", st->why ? st->why : "", st->why ? " " : "", st->rule);
    return entry_put(s, x, y, w, sp, st->label, st->tone, screens_step_mark(st), st->text,
                     told ? why : st->why, draw);
}

/* Step `i` of the road left as an entry (its kind and what was said). */
static int road_step_put(Screens *s, const UiModel *m, const UiRoad *rd, int i, int x, int y, int w,
                         int sp, bool draw)
{
    const Kinds *kinds = story_info(m->story)->kinds;
    return entry_put(s, x, y, w, sp, kinds_label(kinds, rd->kind[i]),
                     kinds_tone(kinds, rd->kind[i]), "", rd->text[i], NULL, draw);
}

/* Row `r` of the list: one step, or with a road beside it, the pair. */
static int row_put(Screens *s, const UiModel *m, const Debrief *D, int r, int x, int y, bool draw)
{
    int n = story_history_count(m->story), i = D->from + r;
    if (!D->other)
        return i < n ? step_put(s, m, i, x, y, D->col_w, D->list_px, draw) : 0;
    int half = (D->col_w - D->col_gap) / 2, h1 = 0, h2 = 0;
    if (i < n)
        h1 = step_put(s, m, i, x, y, half, D->list_px, draw);
    if (i < D->other->n)
        h2 = road_step_put(s, m, D->other, i, x + half + D->col_gap, y, half, D->list_px, draw);
    return h1 > h2 ? h1 : h2;
}

static const UiRoad *compared_road(const UiModel *m)
{
    return m->compare && m->n_roads > 0 ? &m->roads[m->n_roads - 1] : NULL;
}

static void debrief_layout(Screens *s, const UiModel *m, int w, int h, Debrief *D)
{
    memset(D, 0, sizeof *D);
    float W = (float)w, H = (float)h;
    D->w = w;
    D->h = h;
    D->margin = fminf(W, H) * 0.04f;
    D->panel = ui_rect(D->margin, D->margin, W - 2 * D->margin, H - 2 * D->margin);
    D->sp = ui_px(0.026f, h, 9);
    D->lh = text_line_height(s->text, D->sp);
    D->list_px = ui_px(0.023f, h, 9);
    D->x = (int)(D->panel.x + D->margin);
    D->tw = (int)(D->panel.w - 2 * D->margin);
    /* Under the page's title and its heading; above the key hints. */
    int title_px = ui_px(0.045f, h, 12);
    D->top = (int)(D->panel.y + D->margin * 0.8f) + text_line_height(s->text, title_px) +
             D->lh * 2 + D->sp / 2;
    D->bottom = (int)(D->panel.y + D->panel.h) - D->lh - D->sp;
    D->other = compared_road(m);
    D->col_gap = (int)D->margin;
    /* Two columns of choices when each can hold about 34 characters; the
     * roads side by side take the width as one pair of columns. */
    D->cols = !D->other && D->tw >= D->list_px * 34 ? 2 : 1;
    D->col_w = (D->tw - D->col_gap * (D->cols - 1)) / D->cols;
    int n = m->story ? story_history_count(m->story) : 0;
    D->from = D->other ? D->other->fork : 0;
    if (D->from > n)
        D->from = n;
    int last = n;
    if (D->other && D->other->n > last)
        last = D->other->n;
    D->n_rows = last - D->from;
    D->n_pages = 1;
    int r = 0;
    while (r < D->n_rows && D->n_pages <= DEBRIEF_MAX_PAGES) {
        D->first[D->n_pages++] = r;
        for (int c = 0; c < D->cols && r < D->n_rows; c++) {
            int y = D->top, placed = 0;
            while (r < D->n_rows) {
                int rh = row_put(s, m, D, r, 0, 0, false);
                /* The first row of a column is always placed (clipped if it
                 * must be): one taller than the page would never be seen. */
                if (placed > 0 && y + rh - D->list_px / 2 > D->bottom)
                    break;
                y += rh;
                r++;
                placed++;
            }
        }
    }
    D->first[D->n_pages] = r;
}

int screens_ending_pages(Screens *s, const UiModel *m, int w, int h)
{
    if (m->screen != SCREEN_ENDING || !m->view || w <= 0 || h <= 0)
        return 1;
    ui_begin(s);
    Debrief D;
    debrief_layout(s, m, w, h, &D);
    return D.n_pages;
}

/* The chart's data from this play and the roads left through rewind. */
typedef struct SoloChart {
    UiChart chart;
    int conn[DEBRIEF_STEPS];
    UiMark mark[DEBRIEF_STEPS];
    UiChartRoad roads[DEBRIEF_ROADS];
    int pconn[2][DEBRIEF_STEPS]; /* with two people: each one's line */
    UiMark pmark[2][DEBRIEF_STEPS];
} SoloChart;

static void solo_chart(const UiModel *m, SoloChart *sc)
{
    UiChart *ch = &sc->chart;
    memset(ch, 0, sizeof *ch);
    int n = story_history_count(m->story);
    /* where the play began: before its first step */
    const StoryStep *s0 = n > 0 ? story_history(m->story, 0) : NULL;
    ch->start = s0 ? s0->connection - s0->dconn : 50;
    ch->n = n < DEBRIEF_STEPS ? n : DEBRIEF_STEPS;
    for (int i = 0; i < ch->n; i++) {
        const StoryStep *st = story_history(m->story, i);
        sc->conn[i] = st->connection;
        sc->mark[i] = st->repaired                 ? UI_MARK_REPAIR
                      : st->opened || st->deepened ? UI_MARK_RUPTURE
                                                   : UI_MARK_STEP;
    }
    ch->connection = sc->conn;
    ch->mark = sc->mark;
    const StoryStep *first = ch->n > 0 ? story_history(m->story, 0) : NULL;
    if (first && first->n_people == 2) {
        /* Two people: a line each, with each one's ruptures and repairs.
         * (Roads left through rewind are not drawn: they kept one number.) */
        for (int L = 0; L < 2; L++) {
            ch->name[L] = first->people[L].name ? first->people[L].name : "";
            ch->start2[L] = first->people[L].connection - first->people[L].dconn;
            for (int i = 0; i < ch->n; i++) {
                const StoryStepPerson *p = &story_history(m->story, i)->people[L];
                sc->pconn[L][i] = p->connection;
                sc->pmark[L][i] = p->repaired                ? UI_MARK_REPAIR
                                  : p->opened || p->deepened ? UI_MARK_RUPTURE
                                                             : UI_MARK_STEP;
            }
            ch->conn2[L] = sc->pconn[L];
            ch->mark2[L] = sc->pmark[L];
        }
    }
    for (int k = 0; k < m->n_roads && ch->n_roads < DEBRIEF_ROADS && !ch->name[1]; k++) {
        const UiRoad *rd = &m->roads[k];
        if (rd->fork > rd->n)
            continue;
        UiChartRoad *o = &sc->roads[ch->n_roads++];
        o->from = rd->fork;
        o->before = rd->fork == 0       ? ch->start
                    : rd->fork <= ch->n ? sc->conn[rd->fork - 1]
                                        : rd->connection[rd->fork - 1];
        o->n = rd->n - rd->fork;
        o->connection = rd->connection + rd->fork;
        o->label = NULL;
    }
    ch->roads = sc->roads;
    ch->words[0] = _("a choice");
    ch->words[1] = _("a rupture opened or deepened");
    ch->words[2] = _("a repair");
    ch->words[3] = _("a road you left through rewind");
}

/* A caption for a picture the player keeps: what, and when. */
static void picture_caption(Screens *s, const UiModel *m, SDL_FRect p, int sp)
{
    char cap[300], when[64];
    time_t t = time(NULL);
    struct tm tmv;
    when[0] = '\0';
    if (localtime_r(&t, &tmv))
        /* TRANSLATORS: a date (strftime: %d day, %B month, %Y year), "14 March
         * 2026"; write your language's order. */
        /* xgettext:no-c-format */
        i18n_strftime(when, sizeof when, _("%d %B %Y"), &tmv);
    const StoryInfo *in = story_info(m->story);
    snprintf(cap, sizeof cap, "Attune · %s · %s", in->title ? in->title : in->id, when);
    ui_prompt(s, cap, p, sp);
}

/* The first page: the ending, what the play added up to, and the chart. */
static void ending_page(Screens *s, const UiModel *m, const Debrief *D, int y)
{
    const Theme *theme = ui_theme();
    const StoryView *v = m->view;
    SDL_FRect p = D->panel;
    int sp = D->sp, x = D->x, tw = D->tw, dp = screens_dialogue_px(D->w, D->h);
    /* A long ending gets smaller type, so the chart keeps at least a third
     * of the panel below it. */
    float room = p.h * 0.2f;
    while (dp > sp &&
           (float)text_measure(s->text, v->text, dp, tw, TEXT_REGULAR, NULL, NULL) > room)
        dp = dp * 9 / 10 > sp ? dp * 9 / 10 : sp;
    y += text_draw(s->text, v->text, dp, x, y, tw, TEXT_REGULAR, theme->text, -1);
    y += sp / 2;
    DebriefCounts c;
    screens_debrief_counts(m->story, v, &c);
    int ruptures = c.ruptures;
    char line[1200];
    /* TRANSLATORS: the debrief's summary: the connection at the ending, then
     * "5 choices", "2 ruptures opened", "1 repaired", "1 left open". To
     * reorder, write %1$d, %2$s, %3$s, %4$s, %5$s. */
    if (v->n_people == 2)
        /* TRANSLATORS: the debrief's summary with two people: each name and
         * connection at the ending, then the counts as above. */
        snprintf(line, sizeof line, _("**%s %d · %s %d** · %s · %s · %s · %s"), v->people[0].name,
                 v->people[0].connection, v->people[1].name, v->people[1].connection, c.choices,
                 c.opened, c.repaired, c.left);
    else
        snprintf(line, sizeof line, _("**Connection %d** · %s · %s · %s · %s"), v->connection,
                 c.choices, c.opened, c.repaired, c.left);
    y += text_draw(s->text, line, sp, x, y, tw, TEXT_REGULAR, theme->text, -1);
    /* Why this ending, and how ruptures were counted, in plain words. */
    char rule[900];
    snprintf(rule, sizeof rule, "%s%s%s", v->reason ? v->reason : "",
             v->reason && ruptures > 0 ? " " : "",
             ruptures > 0 ? _("A miss opens a rupture; another before you meet them again "
                              "deepens it; a repair mends the one it names.")
                          : "");
    if (rule[0])
        y += text_draw(s->text, rule, sp, x, y, tw, TEXT_ITALIC, theme->muted, -1);
    if (m->n_endings_total > 0 && m->n_endings_reached > 0) {
        int len = snprintf(line, sizeof line, _("Endings reached in this story (%d of %d): "),
                           m->n_endings_reached, m->n_endings_total);
        for (int i = 0; i < m->n_endings_reached && len > 0 && (size_t)len < sizeof line; i++)
            len += snprintf(line + len, sizeof line - (size_t)len, "%s*%s*", i ? ", " : "",
                            m->endings_reached[i]);
        y += text_draw(s->text, line, sp, x, y, tw, TEXT_REGULAR, theme->muted, -1);
    }
    y += sp / 2;
    /* The roads left, in one line under the key. */
    char roads[1400] = "";
    int len = 0;
    for (int k = 0; k < m->n_roads && len >= 0 && (size_t)len < sizeof roads; k++)
        len += snprintf(
            roads + len, sizeof roads - (size_t)len, _("%sLeft at choice %d: connection %d%s%s"),
            k ? " · " : "", m->roads[k].fork + 1,
            m->roads[k].n > 0 ? m->roads[k].connection[m->roads[k].n - 1] : 50,
            m->roads[k].ending ? _(", ending ") : "", m->roads[k].ending ? m->roads[k].ending : "");
    SoloChart sc;
    solo_chart(m, &sc);
    float key_h = ui_chart_key(s, &sc.chart, (float)x, 0, (float)tw, sp, false);
    float roads_h =
        roads[0] ? (float)text_measure(s->text, roads, sp, tw, TEXT_ITALIC, NULL, NULL) : 0;
    text_draw(s->text, _("Connection over the story"), sp, x, y, tw, TEXT_ITALIC, theme->muted, -1);
    y += D->lh;
    float bottom = (float)D->bottom;
    float chart_h = bottom - (float)y - key_h - roads_h - (float)sp * 0.6f;
    if (chart_h < (float)D->lh * 3)
        chart_h = (float)D->lh * 3; /* never a strip: the key goes lower instead */
    ui_chart(s, &sc.chart, ui_rect((float)x, (float)y, (float)tw, chart_h), sp);
    float ky = (float)y + chart_h + (float)sp * 0.3f;
    ky += ui_chart_key(s, &sc.chart, (float)x, ky, (float)tw, sp, true);
    if (roads[0])
        text_draw(s->text, roads, sp, x, (int)ky, tw, TEXT_ITALIC, theme->muted, -1);
}

/* A page of the choices: in columns, or this road beside the one left. */
static void list_page(Screens *s, const UiModel *m, Debrief *D, int page)
{
    const Theme *theme = ui_theme();
    int sp = D->sp, first = D->first[page], end = D->first[page + 1];
    int n = story_history_count(m->story);
    char head[200];
    int hy = D->top - D->lh - D->sp / 2;
    if (!D->other) {
        snprintf(head, sizeof head, _("**Your choices** · %d to %d of %d"), first + 1, end, n);
        text_draw(s->text, head, sp, D->x, hy, D->tw, TEXT_REGULAR, theme->accent, -1);
    } else {
        int half = (D->col_w - D->col_gap) / 2;
        snprintf(head, sizeof head, _("**This road**, from choice %d"), D->from + 1);
        text_draw(s->text, head, sp, D->x, hy, half, TEXT_REGULAR, theme->accent, -1);
        snprintf(head, sizeof head, _("**The road you left**, from choice %d"), D->from + 1);
        text_draw(s->text, head, sp, D->x + half + D->col_gap, hy, half, TEXT_REGULAR, theme->muted,
                  -1);
    }
    SDL_Rect clip = {D->x, D->top, D->tw, D->bottom - D->top};
    SDL_RenderSetClipRect(s->renderer, &clip);
    int c = 0, y = D->top, placed = 0;
    for (int r = first; r < end; r++) {
        int rh = row_put(s, m, D, r, 0, 0, false);
        if (placed > 0 && y + rh - D->list_px / 2 > D->bottom && c + 1 < D->cols) {
            c++;
            y = D->top;
            placed = 0;
        }
        row_put(s, m, D, r, D->x + c * (D->col_w + D->col_gap), y, true);
        y += rh;
        placed++;
    }
    SDL_RenderSetClipRect(s->renderer, NULL);
    s->timeline_drawn = end - first;
    if (D->other && end >= D->n_rows && D->other->ending) {
        int half = (D->col_w - D->col_gap) / 2;
        snprintf(head, sizeof head, _("*It ended: %s*"), D->other->ending);
        if (y + D->lh <= D->bottom)
            text_draw(s->text, head, sp, D->x + half + D->col_gap, y, half, TEXT_REGULAR,
                      theme->muted, -1);
    }
}

static void draw_ending(Screens *s, const UiModel *m, int w, int h)
{
    const Theme *theme = ui_theme();
    const StoryView *v = m->view;
    ui_room(s, v->background, w, h, false);
    Debrief D;
    debrief_layout(s, m, w, h, &D);
    SDL_FRect p = D.panel;
    render_round_rect(s->renderer, p, D.margin * 0.6f, theme->panel);
    int page = m->page < 0 ? 0 : m->page >= D.n_pages ? D.n_pages - 1 : m->page;
    int y = (int)(p.y + D.margin * 0.8f);
    int title_px = page == 0 ? ui_px(0.06f, h, 14) : ui_px(0.045f, h, 12);
    y += text_draw(s->text, v->title ? v->title : _("The end"), title_px, D.x, y, D.tw, TEXT_STRONG,
                   theme->accent, -1);
    y += D.sp / 2;
    s->timeline_drawn = 0;
    if (page == 0)
        ending_page(s, m, &D, y);
    else
        list_page(s, m, &D, page);
    if (m->picture) {
        picture_caption(s, m, p, D.sp);
        return;
    }
    char hint[400];
    snprintf(hint, sizeof hint,
             m->n_roads > 0 ? _("Page %d of %d · Down, Up: pages · E: save as a picture · "
                                "C: compare roads · Z: take back · Enter: title")
                            : _("Page %d of %d · Down, Up: pages · E: save as a picture · "
                                "Z: take back a choice · Enter: title"),
             page + 1, D.n_pages);
    ui_prompt(s, hint, p, D.sp);
}

/* ---- title and error ---- */

/* Menu cards on the right (centred on narrow windows), each as tall as its
 * label and wrapped detail; the type shrinks (to a floor) until they all fit
 * under the game's name. */
static void title_layout(Screens *s, const UiModel *m, int w, int h, SDL_FRect *cards, int *px,
                         int *detail_px)
{
    float W = (float)w, H = (float)h;
    float cw = fminf(W * 0.46f, H * 1.0f);
    float x = W - cw - fminf(W, H) * 0.07f;
    if (W / H < 1.5f) {
        cw = W * 0.84f;
        x = (W - cw) / 2;
    }
    float top = H * (W / H < 1.5f ? 0.30f : 0.31f), bottom = H * 0.97f;
    int tw = 0, p = 0, dp = 0;
    float pad = 0, gap = 0, total = 0, heights[SCREENS_MAX_ITEMS];
    for (float scale = 1.0f; scale >= 0.6f; scale -= 0.05f) {
        p = ui_px(0.032f * scale, h, 12);
        dp = ui_px(0.024f * scale, h, 10);
        pad = (float)p * 0.38f;
        gap = (float)p * 0.4f;
        tw = (int)(cw - (float)p * 1.4f);
        total = 0;
        for (int i = 0; i < m->n_items; i++) {
            float ch = 2 * pad + (float)text_line_height(s->text, p);
            if (m->items[i].detail)
                ch += (float)text_measure(s->text, m->items[i].detail, dp, tw, TEXT_REGULAR, NULL,
                                          NULL);
            if (m->items[i].more && i == m->focus)
                ch += (float)dp * 0.4f + (float)text_measure(s->text, m->items[i].more, dp, tw,
                                                             TEXT_REGULAR, NULL, NULL);
            heights[i] = ch;
            total += ch + (i ? gap : 0);
        }
        if (top + total <= bottom)
            break;
    }
    float y = top;
    if (y + total > bottom) {
        /* Still too tall: up into the name's room, but never over all of it
         * (the game's name stays, smaller), and then down to the edge. */
        float name = H * 0.08f + (float)text_line_height(s->text, (int)fmaxf(12.0f, H * 0.05f));
        y = fmaxf(name, bottom - total);
        if (y + total > H)
            y = fmaxf(H * 0.03f, H - total);
    }
    for (int i = 0; i < m->n_items; i++) {
        cards[i] = ui_rect(x, y, cw, heights[i]);
        y += heights[i] + gap;
    }
    *px = p;
    *detail_px = dp;
}

static void draw_title(Screens *s, const UiModel *m, int w, int h)
{
    const Theme *theme = ui_theme();
    char path[1200];
    snprintf(path, sizeof path, "%s/assets/images/title.svg", s->data_dir ? s->data_dir : ".");
    ui_room(s, path, w, h, false);
    SDL_FRect cards[SCREENS_MAX_ITEMS];
    int p, dp;
    title_layout(s, m, w, h, cards, &p, &dp);
    float x = m->n_items ? cards[0].x : (float)w * 0.5f;
    /* The name and the line under it, in the room the menu leaves (large
     * text on a small window: a smaller name, and no line). */
    float top = (float)h * 0.08f, room = (m->n_items ? cards[0].y : (float)h) - top;
    int big = ui_px(0.11f, h, 20), sub = ui_px(0.03f, h, 9);
    int sub_w = (int)((float)w - x - (float)h * 0.05f);
    int sub_h =
        text_measure(s->text, _("*Stories for learning to meet a feeling before fixing it*"), sub,
                     sub_w, TEXT_REGULAR, NULL, NULL);
    bool with_sub = (float)(big * 13 / 10 + sub_h) <= room;
    int lh = text_line_height(s->text, big);
    if (!with_sub && (float)lh > room) /* as large as the room allows: never gone */
        big = (int)fmaxf(12.0f, (float)big * room / (float)lh);
    if ((float)text_line_height(s->text, big) <= room + (float)big * 0.1f)
        text_draw(s->text, "Attune", big, (int)x, (int)top, w, TEXT_STRONG, theme->text, -1);
    if (with_sub)
        text_draw(s->text, _("*Stories for learning to meet a feeling before fixing it*"), sub,
                  (int)x, (int)top + big * 13 / 10, sub_w, TEXT_REGULAR, theme->muted, -1);
    for (int i = 0; i < m->n_items; i++) {
        SDL_FRect c = cards[i];
        ui_card(s->renderer, c, p, i == m->focus, i == m->hover, !m->items[i].disabled);
        int tx = (int)(c.x + (float)p * 0.8f), tw = (int)(c.w - (float)p * 1.4f);
        int ty = (int)(c.y + (float)p * 0.38f);
        ty += text_draw(s->text, m->items[i].label, p, tx, ty, tw, TEXT_STRONG, theme->text, -1);
        if (m->items[i].detail)
            ty += text_draw(s->text, m->items[i].detail, dp, tx, ty, tw, TEXT_REGULAR, theme->muted,
                            -1);
        if (m->items[i].more && i == m->focus)
            text_draw(s->text, m->items[i].more, dp, tx, ty + dp * 2 / 5, tw, TEXT_REGULAR,
                      theme->text, -1);
    }
    if (m->notice) {
        /* In the room left of the menu, its last line where one line was:
         * a notice as wide as the window ran under the menu's last card. */
        int np = ui_px(0.024f, h, 8), nx = (int)((float)h * 0.05f);
        int nw = m->n_items ? (int)x - 2 * nx : (int)((float)w * 0.9f);
        if (nw < w / 3)
            nw = (int)((float)w * 0.9f); /* no room beside it: under it, as before */
        int nh = text_measure(s->text, m->notice, np, nw, TEXT_ITALIC, NULL, NULL);
        text_draw(s->text, m->notice, np, nx,
                  (int)((float)h * 0.93f) - np - nh + text_line_height(s->text, np), nw,
                  TEXT_ITALIC, theme->text, -1);
    }
}

static void draw_error(Screens *s, const UiModel *m, int w, int h)
{
    const Theme *theme = ui_theme();
    ui_room(s, NULL, w, h, false);
    float W = (float)w, H = (float)h, margin = fminf(W, H) * 0.08f;
    SDL_FRect p = ui_rect(margin, margin, W - 2 * margin, H - 2 * margin);
    render_round_rect(s->renderer, p, margin * 0.3f, theme->panel);
    int sp = ui_px(0.03f, h, 9);
    int x = (int)(p.x + margin * 0.6f), tw = (int)(p.w - margin * 1.2f);
    int y = (int)(p.y + margin * 0.5f);
    y += text_draw(s->text, _("This story has a problem"), ui_px(0.055f, h, 14), x, y, tw,
                   TEXT_STRONG, theme->accent, -1);
    y += sp;
    if (m->error) {
        char where[400];
        if (m->error->line > 0)
            snprintf(where, sizeof where, "%s:%d", m->error->file, m->error->line);
        else
            snprintf(where, sizeof where, "%s", m->error->file);
        y += text_draw(s->text, where, sp, x, y, tw, TEXT_STRONG, theme->text, -1);
        y += sp / 2;
        y += text_draw(s->text, m->error->message, sp, x, y, tw, TEXT_REGULAR, theme->text, -1);
        y += sp;
    }
    text_draw(s->text,
              _("Your saves and settings are untouched. The story's writer can see the "
                "details on the terminal or with *attune check*."),
              ui_px(0.025f, h, 8), x, y, tw, TEXT_ITALIC, theme->muted, -1);
    ui_prompt(s,
              m->can_reload && m->watching
                  ? _("Save the story to try again (F5 or R now) · Enter: back to the title")
              : m->can_reload ? _("F5 or R: try again (after fixing the story) · Enter: back "
                                  "to the title")
                              : _("Enter: back to the title"),
              p, ui_px(0.025f, h, 8));
}

/* A quiet banner at the top left for what the player should know (a save
 * that could not be written, a story that changed since the save): where it
 * goes (NoticePlace), and drawn. */
static int notice_width(int w, NoticePlace where)
{
    /* at the top left, clear of the meters at the top right */
    return (int)((float)w * (where == NOTICE_TOP_LEFT ? 0.42f : 0.5f));
}

static SDL_FRect notice_rect(Screens *s, const char *notice, int w, int h, NoticePlace where)
{
    int sp = ui_px(0.024f, h, 10);
    float margin = fminf((float)w, (float)h) * 0.035f;
    int maxw = notice_width(w, where);
    int tw = 0;
    int th = text_measure(s->text, notice, sp, maxw, TEXT_ITALIC, NULL, &tw);
    SDL_FRect b = {margin, margin, (float)tw + (float)sp * 1.6f, (float)th + (float)sp};
    if (where == NOTICE_BOTTOM_LEFT)
        b.y = (float)h - margin * 0.4f - b.h;
    else if (where == NOTICE_TOP_RIGHT)
        b.x = (float)w - margin - b.w;
    return b;
}

static void draw_notice(Screens *s, const char *notice, bool calm, int w, int h, NoticePlace where)
{
    const Theme *theme = ui_theme();
    int sp = ui_px(0.024f, h, 10);
    int maxw = notice_width(w, where);
    SDL_FRect b = notice_rect(s, notice, w, h, where);
    /* A warning on the notice's warm red; news (a file saved, who you are in
     * the story) on a card's calm colour. */
    render_round_rect(s->renderer, b, (float)sp * 0.5f, calm ? theme->card : theme->notice);
    text_draw(s->text, notice, sp, (int)(b.x + (float)sp * 0.8f), (int)(b.y + (float)sp * 0.5f),
              maxw, TEXT_ITALIC, theme->text, -1);
}

void screens_draw(Screens *s, const UiModel *m, int w, int h)
{
    const Theme *theme = ui_theme();
    ui_begin(s);
    images_update(s->images);
    SDL_SetRenderDrawColor(s->renderer, 20, 18, 20, 255);
    SDL_RenderClear(s->renderer);
    switch (m->screen) {
    case SCREEN_TITLE:
        draw_title(s, m, w, h);
        break;
    case SCREEN_BEAT:
    case SCREEN_FEEDBACK:
        if (m->view)
            draw_beat(s, m, w, h);
        break;
    case SCREEN_ENDING:
        if (m->view)
            draw_ending(s, m, w, h);
        break;
    case SCREEN_ERROR:
        draw_error(s, m, w, h);
        break;
    case SCREEN_MENU:
    case SCREEN_READER:
    case SCREEN_BREATHE:
        if (m->over_beat && m->view) {
            /* The story stays in sight, dimmed, behind the menu. */
            UiModel under = *m;
            under.screen = m->view->is_ending ? SCREEN_ENDING : SCREEN_BEAT;
            under.reveal = -1;
            under.focus = under.hover = -1;
            under.notice = NULL;
            under.fade = 0;
            if (m->view->is_ending)
                draw_ending(s, &under, w, h);
            else
                draw_beat(s, &under, w, h);
            render_fill(s->renderer, ui_rect(0, 0, (float)w, (float)h), theme->backdrop);
        }
        menus_draw(s, m, w, h);
        break;
    }
    if (m->notice && m->screen != SCREEN_TITLE)
        draw_notice(s, m->notice, m->notice_calm, w, h,
                    m->screen == SCREEN_ENDING ? NOTICE_TOP_RIGHT
                    : m->screen == SCREEN_BEAT || m->screen == SCREEN_FEEDBACK ||
                            m->screen == SCREEN_ERROR
                        ? NOTICE_TOP_LEFT
                        : NOTICE_BOTTOM_LEFT);
}

int screens_item_count(const UiModel *m)
{
    switch (m->screen) {
    case SCREEN_TITLE:
    case SCREEN_MENU:
    case SCREEN_READER:
        return m->n_items;
    case SCREEN_BEAT:
        return m->view ? m->view->n_choices : 0;
    default:
        return 0;
    }
}

int screens_hit(Screens *s, const UiModel *m, int w, int h, int x, int y)
{
    SDL_FPoint pt = {(float)x, (float)y};
    ui_begin(s);
    if (m->screen == SCREEN_MENU || m->screen == SCREEN_READER || m->screen == SCREEN_BREATHE)
        return menus_hit(s, m, w, h, x, y);
    if (m->screen == SCREEN_TITLE) {
        SDL_FRect cards[SCREENS_MAX_ITEMS];
        int p, dp;
        title_layout(s, m, w, h, cards, &p, &dp);
        for (int i = 0; i < m->n_items; i++)
            if (SDL_PointInFRect(&pt, &cards[i]))
                return i;
        return -1;
    }
    if (m->screen == SCREEN_BEAT && m->view && !m->view->is_ending) {
        BeatLayout L;
        beat_layout(s, m, w, h, &L);
        for (int i = 0; i < L.n; i++)
            if (SDL_PointInFRect(&pt, &L.cards[i]))
                return i;
    }
    return -1;
}

int screens_max_scroll(Screens *s, const UiModel *m, int w, int h)
{
    ui_begin(s);
    return m->screen == SCREEN_READER ? menus_max_scroll(s, m, w, h) : 0;
}

void screens_debrief_counts(const Story *s, const StoryView *v, DebriefCounts *c)
{
    int n = story_history_count(s);
    c->ruptures = c->repairs = 0;
    for (int i = 0; i < n; i++) {
        const StoryStep *st = story_history(s, i);
        if (st->n_people > 0) {
            /* two people: each one's ruptures and repairs (an answer to
             * both can open or mend one with each) */
            for (int k = 0; k < st->n_people; k++) {
                c->ruptures += st->people[k].opened;
                c->repairs += st->people[k].repaired;
            }
            continue;
        }
        c->ruptures += st->opened;
        c->repairs += st->repaired;
    }
    snprintf(c->choices, sizeof c->choices, P_("%d choice", "%d choices", n), n);
    snprintf(c->opened, sizeof c->opened,
             P_("%d rupture opened", "%d ruptures opened", c->ruptures), c->ruptures);
    /* TRANSLATORS: ruptures mended, in the debrief's summary line. */
    snprintf(c->repaired, sizeof c->repaired, P_("%d repaired", "%d repaired", c->repairs),
             c->repairs);
    /* TRANSLATORS: ruptures still open at the ending. */
    snprintf(c->left, sizeof c->left, P_("%d left open", "%d left open", v->open_ruptures),
             v->open_ruptures);
}

const char *screens_step_mark(const StoryStep *st)
{
    if (st->took_sides)
        /* TRANSLATORS: a step of the debrief with two people: attuned to
         * one, a miss for the other. */
        return _(" (took sides)");
    return st->opened     ? _(" (rupture)")
           : st->deepened ? _(" (deepened)")
           : st->repaired ? _(" (repair)")
                          : "";
}

void screens_quoted(char *out, size_t n, const char *s)
{
    ui_quoted(out, n, s);
}
