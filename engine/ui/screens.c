/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Screens: title, beat, feedback, ending with debrief, and story error.
 * Layer: UI. Everything is laid out in fractions of the output size, so
 * it scales from 320x240 to 4K and reflows for 4:3. Meters always pair a
 * colour with a word, a number and a shape. The entry for every screen
 * (screens.h): the menus and pages go to menus.c; both draw with ui.c. */
#include "attune/screens.h"
#include "attune/log.h"
#include "menus.h"
#include "ui.h"

#include <limits.h>
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

/* Height of what the box holds: the line with speaker and cue, or the
 * feedback after a choice (the larger, so the box does not jump). */
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
    if (v->has_feedback) {
        const StoryStep *f = &v->feedback;
        fb = (float)text_line_height(s->text, sp) * 2 + (float)sp;
        if (f->inner)
            fb += (float)text_measure(s->text, f->inner, L->dialogue_px, tw, TEXT_ITALIC, NULL,
                                      NULL) +
                  (float)sp / 3;
        if (f->why)
            fb +=
                (float)text_measure(s->text, f->why, feedback_px(L), tw, TEXT_REGULAR, NULL, NULL);
        if (f->rule)
            fb += (float)sp / 3 +
                  (float)text_measure(s->text, f->rule, sp, tw, TEXT_ITALIC, NULL, NULL);
    }
    return fmaxf(line, fb);
}

static void beat_layout_at(Screens *s, const UiModel *m, int w, int h, int floor_px, BeatLayout *L);

/* The beat at the player's text size when it fits. When the line or the
 * answers would not fit the window at that size, the answers shrink first,
 * then everything does (never under the default); of the layouts that fit,
 * the one with the largest answers. The answers are never smaller than at
 * the default size (`floor`): a larger text size must not make them smaller,
 * only the line and the rest come back towards the default. */
static void beat_layout(Screens *s, const UiModel *m, int w, int h, BeatLayout *L)
{
    float want = ui_scale();
    int floor_px = 0;
    if (want > 1.0f) {
        ui_set_scale(1.0f);
        beat_layout_at(s, m, w, h, 0, L);
        floor_px = L->choice_px;
    }
    /* The text sizes of the settings, so a larger one tries every size a
     * smaller one does, and never ends with smaller answers. */
    static const float SIZES[] = {1.75f, 1.5f, 1.3f, 1.15f, 1.0f};
    BeatLayout t;
    bool have = false;
    for (int i = -1; i < (int)(sizeof SIZES / sizeof SIZES[0]); i++) {
        float sc = i < 0 ? want : SIZES[i];
        if (i >= 0 && sc >= want)
            continue;
        ui_set_scale(sc);
        beat_layout_at(s, m, w, h, floor_px, &t);
        bool fits = !t.answers_overflow && t.box_need <= (float)h * 0.55f;
        if (fits && (!have || t.choice_px > L->choice_px)) {
            *L = t;
            have = true;
        }
        if (sc <= 1.0f || (have && t.n == 0)) {
            if (!have)
                *L = t;
            break;
        }
        /* Smaller sizes cannot give larger answers than these. */
        if (have && ui_px(0.031f, h, 11) <= L->choice_px)
            break;
    }
    ui_set_scale(want);
}

static void beat_layout_at(Screens *s, const UiModel *m, int w, int h, int floor_px, BeatLayout *L)
{
    memset(L, 0, sizeof *L);
    float W = (float)w, H = (float)h;
    float margin = fminf(W, H) * 0.035f;
    float aspect = W / H;
    L->dialogue_px = screens_dialogue_px(w, h);
    /* Relative sizes with absolute floors: on the smallest windows legibility
     * wins over proportion. */
    L->small_px = ui_px(0.024f, h, 10);
    L->answer_px = ui_px(0.031f, h, 11);
    L->compact_meters = h < 480;
    if (L->answer_px > L->dialogue_px)
        L->answer_px = L->dialogue_px;
    L->box = ui_rect(margin, 0, W - 2 * margin, 0);
    float content = m->view ? box_content(s, m->view, L) : 0;
    L->box_need = content + 2 * box_pad(L);
    /* As tall as its text, within limits: text beyond is clipped (only a
     * story's text function can produce that much; `check` flags long lines). */
    L->box.h = fminf(fmaxf(content + 2 * box_pad(L), H * 0.24f), H * 0.55f);
    L->box.y = H - margin - L->box.h;
    if (m->view)
        meters_size(s, m->view, L, W, margin);
    /* 16:9 and wider: the person left of centre, the answers on the right.
     * Narrower (4:3, 5:4): the person moves to the left edge and the answers
     * start further left, so they never cover the face. */
    bool wide = aspect >= 1.5f;
    L->portrait = ui_portrait_rect(w, h);
    L->col_x = wide ? W * 0.47f : W * 0.42f;
    L->col_w = W - margin - L->col_x;
    if (!m->view || m->view->is_ending)
        return;
    const StoryView *v = m->view;
    L->n = v->n_choices;
    /* Answers a little smaller than the dialogue; shrink (never under 2.2%)
     * until they fit between the meters and the text box. */
    float top = L->meters.y + L->meters.h + margin * 0.6f;
    float bottom = L->box.y - margin * 0.5f;
    int min_px = floor_px > 0 ? floor_px : ui_px(0.022f, h, 11);
    int apx = L->answer_px > min_px ? L->answer_px : min_px;
    bool widened = false;
    float pad = 0, gap = 0, heights[STORY_MAX_CHOICES];
    for (;;) {
        pad = (float)apx * 0.55f;
        gap = (float)apx * 0.45f;
        float total = 0;
        int text_w = (int)(L->col_w - 2 * pad - (float)apx * 1.9f);
        for (int i = 0; i < L->n; i++) {
            heights[i] = (float)text_measure(s->text, v->choices[i].text, apx, text_w, TEXT_REGULAR,
                                             NULL, NULL) +
                         2 * pad;
            total += heights[i] + (i ? gap : 0);
        }
        if (total > bottom - top && apx <= min_px && L->col_x > margin + 1) {
            /* Still too tall at the smallest size: give the answers more
             * width -- first over the person's shoulder, then all of it. */
            L->col_x = widened ? margin : fminf(L->col_x, W * 0.3f);
            widened = true;
            L->col_w = W - margin - L->col_x;
            apx = L->answer_px;
            continue;
        }
        if (total <= bottom - top || apx <= min_px) {
            L->answers_overflow = total > bottom - top;
            float y = bottom - total;
            if (y < top * 0.5f)
                y = top * 0.5f;
            for (int i = 0; i < L->n; i++) {
                L->cards[i] = ui_rect(L->col_x, y, L->col_w, heights[i]);
                y += heights[i] + gap;
            }
            break;
        }
        apx--;
    }
    L->choice_px = apx;
}

/* ---- pieces ---- */

static void draw_meters(Screens *s, const StoryView *v, const BeatLayout *L, float anim)
{
    ui_meters(s, v, L->meters, L->small_px, L->compact_meters, anim);
}

static void draw_portrait(Screens *s, const StoryView *v, const BeatLayout *L)
{
    if (v->portrait)
        images_draw(s->images, v->portrait, L->portrait, false, 1.0f, 255);
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
            /* Chosen in an earlier play: a small ring beside the key (a
             * shape, so it does not rely on colour). */
            float lh = (float)text_line_height(s->text, apx);
            float rr = (float)apx * 0.16f;
            bool tall = c.h - 2 * pad > lh * 1.5f;
            float rx = c.x + pad + (float)apx * (tall ? 0.52f : 1.05f);
            float ry = c.y + pad + lh * (tall ? 1.45f : 0.3f);
            render_arc(r, rx, ry, rr, fmaxf(1.5f, rr * 0.4f), 0, 360,
                       on ? theme->muted : theme->dim);
        }
        int tx = (int)(c.x + pad + (float)apx * 1.5f);
        int tw = (int)(c.w - 2 * pad - (float)apx * 1.9f);
        text_draw(s->text, v->choices[i].text, apx, tx, (int)(c.y + pad), tw, TEXT_REGULAR,
                  on ? theme->text : theme->dim, -1);
    }
    /* While flooded, say why the attuned answers are out of reach. */
    if (v->flooded && L->n > 0) {
        const char *hint = NULL;
        for (int i = 0; i < L->n; i++)
            if (!v->choices[i].enabled && v->choices[i].hint)
                hint = v->choices[i].hint;
        if (hint) {
            SDL_FRect first = L->cards[0];
            int hh =
                text_measure(s->text, hint, L->small_px, (int)first.w, TEXT_ITALIC, NULL, NULL);
            text_draw(s->text, hint, L->small_px, (int)first.x,
                      (int)(first.y - (float)hh - (float)L->small_px * 0.4f), (int)first.w,
                      TEXT_ITALIC, theme->text, -1);
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
    char head[256], move[64];
    const char *result = f->repaired   ? _(" · the rupture is repaired")
                         : f->deepened ? _(" · the rupture deepened")
                         : f->opened   ? _(" · a rupture opened")
                                       : "";
    if (f->dconn == 0 && f->connection >= 100)
        snprintf(move, sizeof move, "%s", _("connection at its top"));
    else
        snprintf(move, sizeof move, "%s %+d", _("connection"), f->dconn);
    snprintf(head, sizeof head, "**%s**%s · %s", f->label, result, move);
    y += text_draw(s->text, head, sp, x + sp + sp / 2, y, tw - sp * 2, TEXT_REGULAR,
                   ui_kind_colour(f->tone), -1);
    y += sp / 3;
    if (f->inner) {
        char inner[600];
        ui_quoted(inner, sizeof inner, f->inner);
        y += text_draw(s->text, inner, L->dialogue_px, x, y, tw, TEXT_ITALIC, theme->text, -1);
        y += sp / 3;
    }
    if (f->why)
        y += text_draw(s->text, f->why, feedback_px(L), x, y, tw, TEXT_REGULAR, theme->muted, -1);
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
    snprintf(key, sizeof key, "%dx%d|%s|%s|%s|%d|%d|%d|%u", w, h,
             v->background ? v->background : "", v->portrait ? v->portrait : "",
             v->state ? v->state : "", v->open_ruptures > 0, (int)L->box.h, s->high_contrast,
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
    draw_box(s, v, &L, m->reveal);
    SDL_RenderSetClipRect(s->renderer, NULL);
    /* Key hints in the box's corner, when the line leaves room for them. */
    int hp = ui_px(0.02f, h, 9);
    if (L.box.h - L.box_need >= (float)text_line_height(s->text, hp)) {
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
    beat_layout(s, &m, w, h, &L);
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

int screens_answer_px(Screens *s, const UiModel *m, int w, int h)
{
    ui_begin(s);
    if (m->screen != SCREEN_BEAT || !m->view || m->view->is_ending || m->view->n_choices == 0)
        return 0;
    BeatLayout L;
    beat_layout(s, m, w, h, &L);
    return L.choice_px;
}

/* ---- the ending and its debrief ---- */

/* The connection over the story: this play as a solid line with a mark per
 * answer; each road left through rewind as a dashed line from where it parted. */
static void draw_chart(Screens *s, const UiModel *m, SDL_FRect c, int sp)
{
    const Theme *theme = ui_theme();
    SDL_Renderer *r = s->renderer;
    const Story *story = m->story;
    int n = story_history_count(story);
    int most = n;
    for (int k = 0; k < m->n_roads; k++)
        if (m->roads[k].n > most)
            most = m->roads[k].n;
    render_round_rect(r, c, (float)sp * 0.5f, (SDL_Color){255, 255, 255, 18});
    for (int k = 1; k < 4; k++)
        render_fill(r, ui_rect(c.x, c.y + c.h * (float)k / 4, c.w, 1), theme->track);
    if (most == 0)
        return;
    float dx = c.w / (float)(most + 1);
    float t = fmaxf(2.0f, (float)sp * 0.14f);
    enum { MAXP = 513 };
    SDL_FPoint pts[MAXP];
    SDL_Color road_c = theme->muted;
    for (int k = 0; k < m->n_roads; k++) {
        const UiRoad *rd = &m->roads[k];
        int np = 0;
        for (int i = rd->fork - 1; i < rd->n && np < MAXP; i++) {
            int conn = i < 0 ? 50 : rd->connection[i];
            if (i >= 0 && i < rd->fork && i < n)
                conn = story_history(story, i)->connection;
            pts[np++] =
                (SDL_FPoint){c.x + dx * (float)(i + 1), c.y + c.h * (1.0f - (float)conn / 100.0f)};
        }
        ui_chart_line(r, pts, np, t * 0.7f, t * 2.5f, road_c);
        for (int i = rd->fork; i < rd->n; i++) {
            float x = c.x + dx * (float)(i + 1);
            float y = c.y + c.h * (1.0f - (float)rd->connection[i] / 100.0f);
            render_arc(r, x, y, (float)sp * 0.26f, fmaxf(1.5f, (float)sp * 0.09f), 0, 360, road_c);
        }
    }
    int np = 0;
    pts[np++] = (SDL_FPoint){c.x, c.y + c.h * 0.5f}; /* the start: 50 */
    for (int i = 0; i < n && np < MAXP; i++)
        pts[np++] =
            (SDL_FPoint){c.x + dx * (float)(i + 1),
                         c.y + c.h * (1.0f - (float)story_history(story, i)->connection / 100.0f)};
    ui_chart_line(r, pts, np, t, 0, theme->accent);
    for (int i = 0; i < n && i + 1 < MAXP; i++)
        ui_kind_mark(r, pts[i + 1].x, pts[i + 1].y, (float)sp * 0.36f,
                     story_history(story, i)->tone);
}

/* One entry of a timeline: kind mark, kind, what was said, and why. Returns
 * its height, or -1 when it does not fit above `bottom` (nothing drawn). */
static int timeline_entry(Screens *s, int x, int y, int w, int sp, int bottom, const char *label,
                          KindTone tone, const char *mark, const char *text, const char *why)
{
    const Theme *theme = ui_theme();
    char entry[1400], said[1200];
    ui_quoted(said, sizeof said, text);
    snprintf(entry, sizeof entry, "**%s**%s — %s", label, mark, said);
    int eh = text_measure(s->text, entry, sp, w - sp * 2, TEXT_REGULAR, NULL, NULL);
    int wh = why ? text_measure(s->text, why, sp, w - sp * 2, TEXT_ITALIC, NULL, NULL) : 0;
    if (y + eh + wh > bottom)
        return -1;
    int lh = text_line_height(s->text, sp);
    ui_kind_mark(s->renderer, (float)x + (float)sp * 0.45f, (float)y + (float)lh / 2,
                 (float)sp * 0.4f, tone);
    int h =
        text_draw(s->text, entry, sp, x + sp * 3 / 2, y, w - sp * 2, TEXT_REGULAR, theme->text, -1);
    if (why)
        h += text_draw(s->text, why, sp, x + sp * 3 / 2, y + h, w - sp * 2, TEXT_ITALIC,
                       theme->muted, -1);
    return h + sp / 2;
}

/* The timeline of this play, from step `from`, scrolled by m->scroll.
 * Returns how many entries it drew. */
static int draw_timeline(Screens *s, const UiModel *m, int x, int y, int w, int bottom, int sp,
                         int from)
{
    const Theme *theme = ui_theme();
    int n = story_history_count(m->story), skip = m->scroll, drawn = 0;
    for (int i = from; i < n; i++) {
        if (skip-- > 0)
            continue;
        const StoryStep *st = story_history(m->story, i);
        /* A deepened or a mended rupture: the rules' sentence says which. */
        char why[1400];
        bool told = st->rule && (st->deepened || st->repaired);
        if (told)
            snprintf(why, sizeof why, "%s %s", st->why ? st->why : "", st->rule);
        const char *mark = screens_step_mark(st);
        int eh = timeline_entry(s, x, y, w, sp, bottom, st->label, st->tone, mark, st->text,
                                told ? why : st->why);
        /* The first entry on a page is always drawn, shorter if it must be:
         * one too tall for the list would otherwise never be seen. */
        if (eh < 0 && drawn == 0 && told)
            eh = timeline_entry(s, x, y, w, sp, bottom, st->label, st->tone, mark, st->text,
                                st->why);
        if (eh < 0 && drawn == 0)
            eh = timeline_entry(s, x, y, w, sp, bottom, st->label, st->tone, mark, st->text, NULL);
        if (eh < 0 && drawn == 0)
            eh = timeline_entry(s, x, y, w, sp, INT_MAX, st->label, st->tone, mark, st->text, NULL);
        if (eh < 0) {
            text_draw(s->text,
                      m->picture ? _("… (continued on the next page)") : _("… (Down for more)"), sp,
                      x, y, w, TEXT_ITALIC, theme->dim, -1);
            break;
        }
        y += eh;
        drawn++;
    }
    return drawn;
}

/* A caption for a picture the player keeps: what, and when. */
static void picture_caption(Screens *s, const UiModel *m, SDL_FRect p, int sp)
{
    char cap[300], when[64];
    time_t t = time(NULL);
    struct tm tmv;
    when[0] = '\0';
    if (localtime_r(&t, &tmv))
        strftime(when, sizeof when, "%d %B %Y", &tmv);
    const StoryInfo *in = story_info(m->story);
    snprintf(cap, sizeof cap, "Attune · %s · %s", in->title ? in->title : in->id, when);
    ui_prompt(s, cap, p, sp);
}

static void draw_ending(Screens *s, const UiModel *m, int w, int h)
{
    const Theme *theme = ui_theme();
    const StoryView *v = m->view;
    SDL_Renderer *r = s->renderer;
    ui_room(s, v->background, w, h, false);
    float W = (float)w, H = (float)h, margin = fminf(W, H) * 0.04f;
    SDL_FRect p = ui_rect(margin, margin, W - 2 * margin, H - 2 * margin);
    render_round_rect(r, p, margin * 0.6f, theme->panel);
    int sp = ui_px(0.026f, h, 9), dp = screens_dialogue_px(w, h);
    int x = (int)(p.x + margin), tw = (int)(p.w - 2 * margin);
    int y = (int)(p.y + margin * 0.8f);
    y += text_draw(s->text, v->title ? v->title : _("The end"), ui_px(0.06f, h, 14), x, y, tw,
                   TEXT_STRONG, theme->accent, -1);
    y += sp / 2;
    if (m->picture && (m->page > 0 || m->scroll > 0)) {
        /* A further page of a saved picture: the rest of the timeline,
         * across the whole panel. */
        int from = m->compare && m->n_roads > 0 ? m->roads[m->n_roads - 1].fork : 0;
        s->timeline_drawn =
            draw_timeline(s, m, x, y, tw, (int)(p.y + p.h - margin * 1.4f), sp, from);
        picture_caption(s, m, p, sp);
        return;
    }
    /* A long ending (and the misses left open, named under it) gets smaller
     * type, so the chart and the timeline keep room below it. */
    float room = p.h * 0.36f;
    while (dp > sp &&
           (float)text_measure(s->text, v->text, dp, tw, TEXT_REGULAR, NULL, NULL) > room)
        dp = dp * 9 / 10 > sp ? dp * 9 / 10 : sp;
    y += text_draw(s->text, v->text, dp, x, y, tw, TEXT_REGULAR, theme->text, -1);
    y += sp;
    int ruptures = 0, repairs = 0, n = story_history_count(m->story);
    for (int i = 0; i < n; i++) {
        const StoryStep *st = story_history(m->story, i);
        ruptures += st->opened;
        repairs += st->repaired;
    }
    char line[1200];
    snprintf(line, sizeof line, _("**Connection %d** · %d %s · %d %s · %d repaired · %d left open"),
             v->connection, n, n == 1 ? _("choice") : _("choices"), ruptures,
             ruptures == 1 ? _("rupture opened") : _("ruptures opened"), repairs, v->open_ruptures);
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
    /* Left: the connection chart and its key; right: the timeline of choices. */
    float top = (float)y, bottom = p.y + p.h - margin * 1.4f;
    float chart_w = p.w * 0.34f;
    int lh = text_line_height(s->text, sp);
    text_draw(s->text, _("Connection over the story"), sp, x, (int)top, (int)chart_w, TEXT_ITALIC,
              theme->muted, -1);
    float key_h = 0;
    char key[1400] = "";
    if (m->n_roads > 0) {
        int len = snprintf(key, sizeof key, "%s",
                           _("Solid: this play. Dashed: the roads you left through rewind."));
        for (int k = 0; k < m->n_roads && len > 0 && (size_t)len < sizeof key; k++)
            len += snprintf(key + len, sizeof key - (size_t)len,
                            _("\nLeft at choice %d: connection %d%s%s"), m->roads[k].fork + 1,
                            m->roads[k].n > 0 ? m->roads[k].connection[m->roads[k].n - 1] : 50,
                            m->roads[k].ending ? _(", ending ") : "",
                            m->roads[k].ending ? m->roads[k].ending : "");
        key_h = (float)text_measure(s->text, key, sp, (int)chart_w, TEXT_REGULAR, NULL, NULL);
    }
    float chart_h = fmaxf(10.0f, bottom - top - (float)lh * 1.4f - key_h - (key_h > 0 ? sp : 0));
    draw_chart(s, m, ui_rect((float)x, top + (float)lh * 1.2f, chart_w, chart_h), sp);
    if (key_h > 0)
        text_draw(s->text, key, sp, x, (int)(top + (float)lh * 1.2f + chart_h + (float)sp / 2),
                  (int)chart_w, TEXT_REGULAR, theme->muted, -1);
    int lx = (int)((float)x + chart_w + margin), lw = (int)(p.x + p.w - margin) - lx;
    const UiRoad *other = m->compare && m->n_roads > 0 ? &m->roads[m->n_roads - 1] : NULL;
    if (!other) {
        s->timeline_drawn = draw_timeline(s, m, lx, (int)top, lw, (int)bottom, sp, 0);
    } else {
        /* Side by side, from where the two roads parted. */
        int cw = (lw - (int)margin) / 2, rx = lx + cw + (int)margin;
        int ty = (int)top;
        char head[160];
        snprintf(head, sizeof head, _("**This road**, from choice %d"), other->fork + 1);
        int h1 = text_draw(s->text, head, sp, lx, ty, cw, TEXT_REGULAR, theme->accent, -1);
        snprintf(head, sizeof head, _("**The road you left**, from choice %d"), other->fork + 1);
        int h2 = text_draw(s->text, head, sp, rx, ty, cw, TEXT_REGULAR, theme->muted, -1);
        ty += (h1 > h2 ? h1 : h2) + sp / 2;
        s->timeline_drawn = draw_timeline(s, m, lx, ty, cw, (int)bottom, sp, other->fork);
        int oy = ty, skip = m->scroll;
        for (int i = other->fork; i < other->n; i++) {
            if (skip-- > 0)
                continue;
            const Kinds *kinds = story_info(m->story)->kinds;
            int eh =
                timeline_entry(s, rx, oy, cw, sp, (int)bottom, kinds_label(kinds, other->kind[i]),
                               kinds_tone(kinds, other->kind[i]), "", other->text[i], NULL);
            if (eh < 0)
                break;
            oy += eh;
        }
        if (other->ending && oy + lh < (int)bottom) {
            snprintf(head, sizeof head, _("*It ended: %s*"), other->ending);
            text_draw(s->text, head, sp, rx, oy, cw, TEXT_REGULAR, theme->muted, -1);
        }
    }
    if (m->picture) {
        picture_caption(s, m, p, sp);
        return;
    }
    ui_prompt(s,
              m->n_roads > 0 ? _("E: save as a picture · C: compare roads · Z: take back · "
                                 "Enter: title")
                             : _("E: save as a picture · Z: take back a choice · Up, Down: "
                                 "scroll · Enter: title"),
              p, sp);
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
              m->can_reload ? _("F5 or R: try again (after fixing the story) · Enter: back "
                                "to the title")
                            : _("Enter: back to the title"),
              p, ui_px(0.025f, h, 8));
}

/* A quiet banner at the top left for what the player should know (a save
 * that could not be written, a story that changed since the save). */
/* Where a notice goes: top left (over a beat), bottom left (over a menu,
 * clear of its heading), top right (over an ending, clear of its title). */
typedef enum NoticePlace { NOTICE_TOP_LEFT, NOTICE_BOTTOM_LEFT, NOTICE_TOP_RIGHT } NoticePlace;

static void draw_notice(Screens *s, const char *notice, int w, int h, NoticePlace where)
{
    const Theme *theme = ui_theme();
    int sp = ui_px(0.024f, h, 10);
    float margin = fminf((float)w, (float)h) * 0.035f;
    int maxw = (int)((float)w * 0.5f);
    int tw = 0;
    int th = text_measure(s->text, notice, sp, maxw, TEXT_ITALIC, NULL, &tw);
    SDL_FRect b = {margin, margin, (float)tw + (float)sp * 1.6f, (float)th + (float)sp};
    if (where == NOTICE_BOTTOM_LEFT)
        b.y = (float)h - margin * 0.4f - b.h;
    else if (where == NOTICE_TOP_RIGHT)
        b.x = (float)w - margin - b.w;
    render_round_rect(s->renderer, b, (float)sp * 0.5f, theme->notice);
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
        draw_notice(s, m->notice, w, h,
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

const char *screens_step_mark(const StoryStep *st)
{
    return st->opened     ? _(" (rupture)")
           : st->deepened ? _(" (deepened)")
           : st->repaired ? _(" (repair)")
                          : "";
}

void screens_quoted(char *out, size_t n, const char *s)
{
    ui_quoted(out, n, s);
}
