/* Screens: title, beat, feedback, ending with debrief, and story error.
 * Layer: C engine. Everything is laid out in fractions of the output size, so
 * it scales from 320x240 to 4K and reflows for 4:3. Meters always pair a
 * colour with a word, a number and a shape. */
#include "attune/screens.h"
#include "attune/log.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* The palette (see shared look-and-feel): dusk teal panels, cream text. */
static const SDL_Color PANEL = {22, 48, 58, 236};
static const SDL_Color PANEL_SOFT = {22, 48, 58, 200};
static const SDL_Color CARD = {30, 62, 74, 236};
static const SDL_Color CARD_HOVER = {44, 84, 96, 245};
static const SDL_Color CARD_OFF = {34, 44, 50, 210};
static const SDL_Color CREAM = {246, 238, 222, 255};
static const SDL_Color MUTED = {206, 196, 178, 255};
static const SDL_Color DIM = {150, 146, 136, 255};
static const SDL_Color AMBER = {238, 184, 104, 255};
static const SDL_Color SAGE = {150, 196, 160, 255};
static const SDL_Color CLAY = {214, 128, 104, 255};
static const SDL_Color TRACK = {255, 255, 255, 48};

static int px_of(float frac, int h, int min_px)
{
    int p = (int)lroundf(frac * (float)h);
    return p < min_px ? min_px : p;
}

int screens_dialogue_px(int w, int h)
{
    /* >= 3.5% of the height; on very wide, short windows follow the width. */
    int by_h = px_of(0.042f, h, 14);
    int by_w = px_of(0.030f, w, 14);
    return by_h < by_w ? by_h : by_w;
}

static SDL_FRect frect(float x, float y, float w, float h)
{
    SDL_FRect r = {x, y, w, h};
    return r;
}

static const char *kind_label(const char *kind)
{
    static const struct {
        const char *kind, *label;
    } labels[] = {
        {"attune", "Attuning"},          {"attune_boundary", "Attuning, holding a limit"},
        {"fix", "Fixing"},               {"rescue", "Rescuing"},
        {"dismiss", "Dismissing"},       {"enmesh", "Getting swept up"},
        {"withdraw", "Withdrawing"},     {"repair", "Repairing"},
        {"steady", "Steadying yourself"},
    };
    for (size_t i = 0; kind && i < sizeof labels / sizeof labels[0]; i++)
        if (strcmp(kind, labels[i].kind) == 0)
            return _(labels[i].label);
    return kind ? kind : "";
}

/* Put `s` in curly quotes into `out`, unless it already starts with a quote. */
static void quoted(char *out, size_t n, const char *s)
{
    s = s ? s : "";
    bool has = s[0] == '"' || strncmp(s, "\u201c", strlen("\u201c")) == 0 ||
               strncmp(s, "\u2018", strlen("\u2018")) == 0;
    snprintf(out, n, has ? "%s" : "\u201c%s\u201d", s);
}

static bool kind_attuned(const char *kind)
{
    return kind && (strcmp(kind, "attune") == 0 || strcmp(kind, "attune_boundary") == 0 ||
                    strcmp(kind, "repair") == 0 || strcmp(kind, "steady") == 0);
}

/* A small shape for a kind: a full disc for attuned, a broken ring for
 * misattuned, so the debrief never relies on colour alone. */
static void kind_mark(SDL_Renderer *r, float cx, float cy, float rad, const char *kind)
{
    if (kind_attuned(kind)) {
        render_disc(r, cx, cy, rad, SAGE);
    } else {
        render_arc(r, cx, cy, rad, rad * 0.42f, 20, 160, CLAY);
        render_arc(r, cx, cy, rad, rad * 0.42f, 200, 340, CLAY);
    }
}

static void meter_lines(const StoryView *v, char (*lines)[160], int *rows)
{
    snprintf(lines[0], 160, "**%s**%s%s", v->state_word ? v->state_word : "",
             v->name ? " · " : "", v->name ? v->name : "");
    snprintf(lines[1], 160, "%s", _("connection"));
    snprintf(lines[2], 160, "%s %d%s", _("you"), v->steadiness, v->flooded ? _(" · flooded") : "");
    snprintf(lines[3], 160,
             v->open_ruptures == 1 ? _("%d open rupture") : _("%d open ruptures"),
             v->open_ruptures);
    *rows = v->open_ruptures > 0 ? 4 : 3;
}

/* ---- layout shared by drawing and hit-testing ---- */

typedef struct BeatLayout {
    SDL_FRect box;         /* the text box */
    SDL_FRect meters;      /* top-right panel */
    SDL_FRect portrait;    /* where the person stands */
    float col_x, col_w;    /* the answers' column */
    int dialogue_px, answer_px, small_px;
    int choice_px;         /* the answers' size after fitting them */
    float box_need;        /* height the box's text needs (it may be clipped) */
    bool compact_meters;   /* small windows: the meters as one row */
    bool answers_overflow; /* the answers do not fit even at the smallest size */
    int n;                 /* answers */
    SDL_FRect cards[STORY_MAX_CHOICES];
} BeatLayout;

/* The meters as one row, for small windows: the same facts, in words. */
static void meter_row(const StoryView *v, char *out, size_t n)
{
    char rupt[48] = "";
    if (v->open_ruptures > 0)
        snprintf(rupt, sizeof rupt, v->open_ruptures == 1 ? " · %d rupture" : " · %d ruptures",
                 v->open_ruptures);
    snprintf(out, n, "**%d** · **%s**%s%s · %s %d%s%s", v->connection,
             v->state_word ? v->state_word : "", v->name ? " · " : "", v->name ? v->name : "",
             _("you"), v->steadiness, v->flooded ? _(" flooded") : "", rupt);
}

/* The meters panel: tall enough for its rows, wide enough for its widest line. */
static void meters_size(Screens *s, const StoryView *v, BeatLayout *L, float W, float margin)
{
    char lines[4][160];
    int rows, sp = L->small_px, lh = text_line_height(s->text, sp), widest = 0;
    if (L->compact_meters) {
        char row[200];
        meter_row(v, row, sizeof row);
        text_measure(s->text, row, sp, 100000, TEXT_REGULAR, NULL, &widest);
        float pad = (float)sp * 0.5f, ring = (float)lh * 0.8f;
        float w = pad + ring + pad + (float)widest + pad * 1.5f;
        L->meters = frect(W - margin - w, margin * 0.6f, w, (float)lh + 2 * pad);
        return;
    }
    meter_lines(v, lines, &rows);
    for (int i = 0; i < rows; i++) {
        int lw = 0;
        text_measure(s->text, lines[i], sp, 100000, TEXT_REGULAR, NULL, &lw);
        if (i >= 2)
            lw += (int)((float)lh * 0.36f * 2.6f);
        if (lw > widest)
            widest = lw;
    }
    float pad = (float)sp * 0.6f;
    float h = (float)(lh * rows) + 2 * pad;
    float rad = h * 0.5f - pad;
    float w = pad + 2 * rad + pad + (float)widest + pad * 1.5f;
    L->meters = frect(W - margin - w, margin, w, h);
}

/* Padding inside the text box, from the type size so it scales with it. */
static float box_pad(const BeatLayout *L) { return (float)L->dialogue_px * 0.75f; }

static int box_text_width(const BeatLayout *L) { return (int)(L->box.w - 2 * box_pad(L)); }

static int feedback_px(const BeatLayout *L) { return L->answer_px ? L->answer_px : L->small_px; }

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
                                      NULL) + (float)sp / 3;
        if (f->why)
            fb += (float)text_measure(s->text, f->why, feedback_px(L), tw, TEXT_REGULAR, NULL,
                                      NULL);
    }
    return fmaxf(line, fb);
}

static void beat_layout(Screens *s, const UiModel *m, int w, int h, BeatLayout *L)
{
    memset(L, 0, sizeof *L);
    float W = (float)w, H = (float)h;
    float margin = fminf(W, H) * 0.035f;
    float aspect = W / H;
    L->dialogue_px = screens_dialogue_px(w, h);
    /* Relative sizes with absolute floors: on the smallest windows legibility
     * wins over proportion. */
    L->small_px = px_of(0.024f, h, 10);
    L->answer_px = px_of(0.031f, h, 11);
    L->compact_meters = h < 480;
    if (L->answer_px > L->dialogue_px)
        L->answer_px = L->dialogue_px;
    L->box = frect(margin, 0, W - 2 * margin, 0);
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
    float ph = H * (wide ? 0.80f : 0.74f);
    L->portrait = frect(W * (wide ? 0.07f : -0.05f), H * 0.95f - ph, ph * 0.8f, ph);
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
    int min_px = px_of(0.022f, h, 11);
    int apx = L->answer_px;
    bool widened = false;
    float pad = 0, gap = 0, heights[STORY_MAX_CHOICES];
    for (;;) {
        pad = (float)apx * 0.55f;
        gap = (float)apx * 0.45f;
        float total = 0;
        int text_w = (int)(L->col_w - 2 * pad - (float)apx * 1.9f);
        for (int i = 0; i < L->n; i++) {
            heights[i] = (float)text_measure(s->text, v->choices[i].text, apx, text_w,
                                             TEXT_REGULAR, NULL, NULL) +
                         2 * pad;
            total += heights[i] + (i ? gap : 0);
        }
        if (total > bottom - top && apx <= min_px && !widened && L->col_x > W * 0.3f) {
            /* Still too tall at the smallest size: give the answers more width. */
            widened = true;
            L->col_x = W * 0.3f;
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
                L->cards[i] = frect(L->col_x, y, L->col_w, heights[i]);
                y += heights[i] + gap;
            }
            break;
        }
        apx--;
    }
    L->choice_px = apx;
}

/* ---- pieces ---- */



static void draw_background(Screens *s, const char *path, int w, int h, bool rupture)
{
    SDL_FRect all = frect(0, 0, (float)w, (float)h);
    /* The room is rasterised at half size and scaled up smoothly: it reads as
     * softly out of focus behind the person, and costs a quarter of the time
     * and memory of a full-size one (~27 ms instead of ~104 ms at 1080p). */
    if (!path || !images_draw(s->images, path, all, true, 0.5f, 255))
        render_gradient(s->renderer, all, (SDL_Color){70, 58, 52, 255},
                        (SDL_Color){34, 30, 32, 255});
    /* An open rupture is felt as a change in light: a cool, dim wash. */
    if (rupture)
        render_fill(s->renderer, all, (SDL_Color){20, 30, 48, 70});
}

/* The meters: connection as an arc with its number, their state as a word,
 * your steadiness as a breathing circle, open ruptures as broken rings. */
static void draw_meters(Screens *s, const StoryView *v, const BeatLayout *L)
{
    SDL_Renderer *r = s->renderer;
    SDL_FRect p = L->meters;
    int sp = L->small_px, lh = text_line_height(s->text, sp), rows;
    if (L->compact_meters) {
        char row[200];
        meter_row(v, row, sizeof row);
        float pad = (float)sp * 0.5f, rad = (float)lh * 0.4f;
        render_round_rect(r, p, p.h * 0.3f, PANEL_SOFT);
        float cx = p.x + pad + rad, cy = p.y + p.h / 2;
        render_arc(r, cx, cy, rad, rad * 0.35f, 0, 360, TRACK);
        render_arc(r, cx, cy, rad, rad * 0.35f, 0, 3.6f * (float)v->connection, AMBER);
        text_draw(s->text, row, sp, (int)(cx + rad + pad), (int)(p.y + pad), 100000, TEXT_REGULAR,
                  CREAM, -1);
        return;
    }
    char lines[4][160];
    meter_lines(v, lines, &rows);
    float pad = (float)sp * 0.6f;
    render_round_rect(r, p, p.h * 0.2f, PANEL_SOFT);
    float rad = p.h * 0.5f - pad;
    float cx = p.x + pad + rad, cy = p.y + p.h / 2;
    render_arc(r, cx, cy, rad, rad * 0.24f, 0, 360, TRACK);
    render_arc(r, cx, cy, rad, rad * 0.24f, 0, 3.6f * (float)v->connection, AMBER);
    char num[16];
    snprintf(num, sizeof num, "%d", v->connection);
    int nw = 0;
    text_measure(s->text, num, sp, 1000, TEXT_STRONG, NULL, &nw);
    text_draw(s->text, num, sp, (int)(cx - (float)nw / 2), (int)(cy - (float)lh / 2), 1000,
              TEXT_STRONG, CREAM, -1);
    float tx = cx + rad + pad;
    int y = (int)(p.y + pad);
    text_draw(s->text, lines[0], sp, (int)tx, y, 100000, TEXT_REGULAR, CREAM, -1);
    text_draw(s->text, lines[1], sp, (int)tx, y + lh, 100000, TEXT_REGULAR, MUTED, -1);
    float br = (float)lh * 0.36f, indent = br * 2.6f;
    float my = (float)(y + 2 * lh) + (float)lh / 2;
    float level = 0.25f + 0.75f * (float)v->steadiness / 100.0f;
    render_arc(r, tx + br, my, br, br * 0.2f, 0, 360, TRACK);
    render_disc(r, tx + br, my, br * level, v->flooded ? CLAY : SAGE);
    text_draw(s->text, lines[2], sp, (int)(tx + indent), y + 2 * lh, 100000, TEXT_REGULAR, MUTED,
              -1);
    if (rows > 3) {
        my += (float)lh;
        render_arc(r, tx + br, my, br, br * 0.35f, 30, 150, CLAY);
        render_arc(r, tx + br, my, br, br * 0.35f, 210, 330, CLAY);
        text_draw(s->text, lines[3], sp, (int)(tx + indent), y + 3 * lh, 100000, TEXT_REGULAR,
                  CREAM, -1);
    }
}

static void draw_portrait(Screens *s, const StoryView *v, const BeatLayout *L)
{
    if (v->portrait)
        images_draw(s->images, v->portrait, L->portrait, false, 1.0f, 255);
}

/* The text box: speaker, line (typewriter), cue in italics. */
static void draw_box(Screens *s, const StoryView *v, const BeatLayout *L, int reveal)
{
    SDL_FRect b = L->box;
    float pad = box_pad(L);
    int x = (int)(b.x + pad), y = (int)(b.y + pad);
    int tw = box_text_width(L);
    if (v->speaker) {
        y += text_draw(s->text, v->speaker, L->small_px, x, y, tw, TEXT_STRONG, AMBER, -1);
        y += L->small_px / 4;
    }
    int chars = text_char_count(s->text, v->text, L->dialogue_px, tw, TEXT_REGULAR);
    y += text_draw(s->text, v->text, L->dialogue_px, x, y, tw, TEXT_REGULAR, CREAM, reveal);
    if (v->cue && (reveal < 0 || reveal >= chars)) {
        y += L->dialogue_px / 3;
        text_draw(s->text, v->cue, feedback_px(L), x, y, tw, TEXT_ITALIC, MUTED, -1);
    }
}

static void draw_choices(Screens *s, const UiModel *m, const BeatLayout *L)
{
    SDL_Renderer *r = s->renderer;
    const StoryView *v = m->view;
    int apx = L->choice_px;
    for (int i = 0; i < L->n; i++) {
        SDL_FRect c = L->cards[i];
        bool on = v->choices[i].enabled;
        bool hot = (i == m->focus || i == m->hover) && on;
        render_round_rect(r, c, (float)apx * 0.6f, !on ? CARD_OFF : hot ? CARD_HOVER : CARD);
        if (i == m->focus) {
            /* Focus: an outline and a marker, not colour alone. */
            render_round_outline(r, c, (float)apx * 0.6f, fmaxf(2.0f, (float)apx * 0.11f), AMBER);
            render_fill(r, frect(c.x + (float)apx * 0.18f, c.y + c.h * 0.22f,
                                 fmaxf(3.0f, (float)apx * 0.14f), c.h * 0.56f), AMBER);
        }
        float pad = (float)apx * 0.55f;
        char key[8];
        snprintf(key, sizeof key, "%d", i + 1);
        text_draw(s->text, key, apx, (int)(c.x + pad + (float)apx * 0.25f), (int)(c.y + pad),
                  apx * 2, TEXT_STRONG, on ? AMBER : DIM, -1);
        int tx = (int)(c.x + pad + (float)apx * 1.5f);
        int tw = (int)(c.w - 2 * pad - (float)apx * 1.9f);
        text_draw(s->text, v->choices[i].text, apx, tx, (int)(c.y + pad), tw, TEXT_REGULAR,
                  on ? CREAM : DIM, -1);
    }
    /* While flooded, say why the attuned answers are out of reach. */
    if (v->flooded && L->n > 0) {
        const char *hint = NULL;
        for (int i = 0; i < L->n; i++)
            if (!v->choices[i].enabled && v->choices[i].hint)
                hint = v->choices[i].hint;
        if (hint) {
            SDL_FRect first = L->cards[0];
            int hh = text_measure(s->text, hint, L->small_px, (int)first.w, TEXT_ITALIC, NULL,
                                  NULL);
            text_draw(s->text, hint, L->small_px, (int)first.x,
                      (int)(first.y - (float)hh - (float)L->small_px * 0.4f), (int)first.w,
                      TEXT_ITALIC, CREAM, -1);
        }
    }
}

static void draw_prompt(Screens *s, const char *msg, SDL_FRect b, int px)
{
    int w = 0;
    text_measure(s->text, msg, px, 2000, TEXT_ITALIC, NULL, &w);
    text_draw(s->text, msg, px, (int)(b.x + b.w - (float)w - (float)px),
              (int)(b.y + b.h - (float)text_line_height(s->text, px) - (float)px * 0.5f), 2000,
              TEXT_ITALIC, DIM, -1);
}

/* After a choice: what the player did, what landed inside, and why. */
static void draw_feedback(Screens *s, const StoryView *v, const BeatLayout *L)
{
    const StoryStep *f = &v->feedback;
    SDL_Renderer *r = s->renderer;
    SDL_FRect b = L->box;
    float pad = box_pad(L);
    int x = (int)(b.x + pad), y = (int)(b.y + pad);
    int tw = box_text_width(L);
    int sp = L->small_px, lh = text_line_height(s->text, sp);
    kind_mark(r, (float)x + (float)sp * 0.45f, (float)y + (float)lh / 2, (float)sp * 0.42f,
              f->kind);
    char head[256];
    const char *result = f->repaired  ? _(" · the rupture is repaired")
                         : f->opened ? _(" · a rupture opened")
                                     : "";
    snprintf(head, sizeof head, "**%s**%s · %s %+d", kind_label(f->kind), result,
             _("connection"), f->dconn);
    y += text_draw(s->text, head, sp, x + sp + sp / 2, y, tw - sp * 2, TEXT_REGULAR,
                   kind_attuned(f->kind) ? SAGE : AMBER, -1);
    y += sp / 3;
    if (f->inner) {
        char inner[600];
        quoted(inner, sizeof inner, f->inner);
        y += text_draw(s->text, inner, L->dialogue_px, x, y, tw, TEXT_ITALIC, CREAM, -1);
        y += sp / 3;
    }
    if (f->why)
        text_draw(s->text, f->why, feedback_px(L), x, y, tw, TEXT_REGULAR, MUTED, -1);
    draw_prompt(s, _("Enter or click to go on"), b, sp);
}

/* The parts of a beat that stay still while its line is revealed. */
static void draw_still(Screens *s, const StoryView *v, const BeatLayout *L, int w, int h)
{
    draw_background(s, v->background, w, h, v->open_ruptures > 0);
    draw_portrait(s, v, L);
    draw_meters(s, v, L);
    render_round_rect(s->renderer, L->box, box_pad(L) * 0.6f, PANEL);
}

/* Draw the still parts once into a texture and copy it every frame, so a
 * typewriter frame costs one opaque copy and a few runs of text. */
static void draw_scene(Screens *s, const StoryView *v, const BeatLayout *L, int w, int h)
{
    SDL_Renderer *r = s->renderer;
    char key[sizeof s->scene_key];
    snprintf(key, sizeof key, "%dx%d|%s|%s|%s|%s|%d|%d|%d|%d|%d|%u", w, h, v->beat_id,
             v->background ? v->background : "", v->portrait ? v->portrait : "",
             v->state ? v->state : "", v->connection, v->steadiness, v->open_ruptures,
             v->flooded, (int)L->box.h, images_generation(s->images));
    if (s->scene && (s->scene_w != w || s->scene_h != h)) {
        SDL_DestroyTexture(s->scene);
        s->scene = NULL;
    }
    if (!s->scene) {
        s->scene = SDL_CreateTexture(r, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, w, h);
        s->scene_w = w;
        s->scene_h = h;
        s->scene_key[0] = '\0';
        if (s->scene)
            SDL_SetTextureBlendMode(s->scene, SDL_BLENDMODE_NONE);
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
}

void screens_release(Screens *s)
{
    if (s->scene)
        SDL_DestroyTexture(s->scene);
    s->scene = NULL;
    s->scene_key[0] = '\0';
}

static void draw_beat(Screens *s, const UiModel *m, int w, int h)
{
    const StoryView *v = m->view;
    BeatLayout L;
    beat_layout(s, m, w, h, &L);
    draw_scene(s, v, &L, w, h);
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
    if (m->reveal < 0 || m->reveal >= screens_reveal_total(s, m, w, h))
        draw_choices(s, m, &L);
}

int screens_beat_fit(Screens *s, const StoryView *v, int w, int h, char *why, size_t n)
{
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
        int need = text_measure(s->text, v->title, px_of(0.06f, h, 14), tw, TEXT_STRONG, NULL, NULL) +
                   text_measure(s->text, v->text, screens_dialogue_px(w, h), tw, TEXT_REGULAR, NULL,
                                NULL);
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
        snprintf(why, n, "its %d answers do not fit above the text box at %dx%d, even at the "
                         "smallest type", v->n_choices, w, h);
        return 2;
    }
    return 0;
}

int screens_reveal_total(Screens *s, const UiModel *m, int w, int h)
{
    if (!m->view || !m->view->text)
        return 0;
    BeatLayout L;
    beat_layout(s, m, w, h, &L);
    return text_char_count(s->text, m->view->text, L.dialogue_px, box_text_width(&L),
                           TEXT_REGULAR);
}

/* ---- the ending and its debrief ---- */

static void draw_chart(Screens *s, const Story *story, SDL_FRect c, int sp)
{
    SDL_Renderer *r = s->renderer;
    int n = story_history_count(story);
    render_round_rect(r, c, (float)sp * 0.5f, (SDL_Color){255, 255, 255, 18});
    for (int k = 1; k < 4; k++)
        render_fill(r, frect(c.x, c.y + c.h * (float)k / 4, c.w, 1), TRACK);
    if (n == 0)
        return;
    float dx = c.w / (float)(n + 1);
    float px = c.x, py = c.y + c.h * 0.5f; /* start: 50 */
    for (int i = 0; i < n; i++) {
        const StoryStep *st = story_history(story, i);
        float x = c.x + dx * (float)(i + 1);
        float y = c.y + c.h * (1.0f - (float)st->connection / 100.0f);
        /* a thick segment as a thin quad */
        float len = hypotf(x - px, y - py), t = fmaxf(2.0f, (float)sp * 0.14f);
        float nx = -(y - py) / len * t / 2, ny = (x - px) / len * t / 2;
        SDL_Vertex vtx[4] = {{{px + nx, py + ny}, AMBER, {0, 0}},
                             {{x + nx, y + ny}, AMBER, {0, 0}},
                             {{x - nx, y - ny}, AMBER, {0, 0}},
                             {{px - nx, py - ny}, AMBER, {0, 0}}};
        int idx[6] = {0, 1, 2, 0, 2, 3};
        SDL_RenderGeometry(r, NULL, vtx, 4, idx, 6);
        px = x;
        py = y;
    }
    for (int i = 0; i < n; i++) {
        const StoryStep *st = story_history(story, i);
        float x = c.x + dx * (float)(i + 1);
        float y = c.y + c.h * (1.0f - (float)st->connection / 100.0f);
        kind_mark(r, x, y, (float)sp * 0.36f, st->kind);
    }
}

static void draw_ending(Screens *s, const UiModel *m, int w, int h)
{
    const StoryView *v = m->view;
    SDL_Renderer *r = s->renderer;
    draw_background(s, v->background, w, h, false);
    float W = (float)w, H = (float)h, margin = fminf(W, H) * 0.04f;
    SDL_FRect p = frect(margin, margin, W - 2 * margin, H - 2 * margin);
    render_round_rect(r, p, margin * 0.6f, PANEL);
    int sp = px_of(0.026f, h, 9), dp = screens_dialogue_px(w, h);
    int x = (int)(p.x + margin), tw = (int)(p.w - 2 * margin);
    int y = (int)(p.y + margin * 0.8f);
    y += text_draw(s->text, v->title ? v->title : _("The end"), px_of(0.06f, h, 14), x, y, tw,
                   TEXT_STRONG, AMBER, -1);
    y += sp / 2;
    y += text_draw(s->text, v->text, dp, x, y, tw, TEXT_REGULAR, CREAM, -1);
    y += sp;
    int ruptures = 0, repairs = 0, n = story_history_count(m->story);
    for (int i = 0; i < n; i++) {
        const StoryStep *st = story_history(m->story, i);
        ruptures += st->opened;
        repairs += st->repaired;
    }
    char line[256];
    snprintf(line, sizeof line,
             _("**Connection %d** · %d choices · %d ruptures opened · %d repaired · %d left open"),
             v->connection, n, ruptures, repairs, v->open_ruptures);
    y += text_draw(s->text, line, sp, x, y, tw, TEXT_REGULAR, CREAM, -1);
    y += sp / 2;
    /* Left: the connection chart; right: the timeline of choices. */
    float top = (float)y, bottom = p.y + p.h - margin * 1.4f;
    float chart_w = p.w * 0.34f;
    text_draw(s->text, _("Connection over the story"), sp, x, (int)top, (int)chart_w,
              TEXT_ITALIC, MUTED, -1);
    int lh = text_line_height(s->text, sp);
    draw_chart(s, m->story, frect((float)x, top + (float)lh * 1.2f, chart_w,
                                  fmaxf(10.0f, bottom - top - (float)lh * 1.4f)), sp);
    int lx = (int)((float)x + chart_w + margin), lw = (int)(p.x + p.w - margin) - lx;
    int ly = (int)top;
    int skip = m->scroll;
    for (int i = 0; i < n; i++) {
        if (skip > 0) {
            skip--;
            continue;
        }
        const StoryStep *st = story_history(m->story, i);
        char entry[1400], said[1200];
        quoted(said, sizeof said, st->text);
        snprintf(entry, sizeof entry, "**%s**%s — %s", kind_label(st->kind),
                 st->opened ? _(" (rupture)") : st->repaired ? _(" (repair)") : "", said);
        int eh = text_measure(s->text, entry, sp, lw - sp * 2, TEXT_REGULAR, NULL, NULL);
        int wh = st->why ? text_measure(s->text, st->why, sp, lw - sp * 2, TEXT_ITALIC, NULL,
                                        NULL)
                         : 0;
        if ((float)(ly + eh + wh) > bottom) {
            text_draw(s->text, _("… (Down for more)"), sp, lx, ly, lw, TEXT_ITALIC, DIM, -1);
            break;
        }
        kind_mark(r, (float)lx + (float)sp * 0.45f, (float)ly + (float)lh / 2, (float)sp * 0.4f,
                  st->kind);
        ly += text_draw(s->text, entry, sp, lx + sp * 3 / 2, ly, lw - sp * 2, TEXT_REGULAR, CREAM,
                        -1);
        if (st->why)
            ly += text_draw(s->text, st->why, sp, lx + sp * 3 / 2, ly, lw - sp * 2, TEXT_ITALIC,
                            MUTED, -1);
        ly += sp / 2;
    }
    draw_prompt(s, _("Enter: back to the title · Up, Down: scroll"), p, sp);
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
        p = px_of(0.032f * scale, h, 12);
        dp = px_of(0.024f * scale, h, 10);
        pad = (float)p * 0.38f;
        gap = (float)p * 0.4f;
        tw = (int)(cw - (float)p * 1.4f);
        total = 0;
        for (int i = 0; i < m->n_items; i++) {
            float ch = 2 * pad + (float)text_line_height(s->text, p);
            if (m->items[i].detail)
                ch += (float)text_measure(s->text, m->items[i].detail, dp, tw, TEXT_REGULAR,
                                          NULL, NULL);
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
    if (y + total > bottom)
        y = fmaxf(H * 0.03f, bottom - total); /* still too tall: over the name */
    for (int i = 0; i < m->n_items; i++) {
        cards[i] = frect(x, y, cw, heights[i]);
        y += heights[i] + gap;
    }
    *px = p;
    *detail_px = dp;
}

static void draw_title(Screens *s, const UiModel *m, int w, int h)
{
    char path[1200];
    snprintf(path, sizeof path, "%s/assets/images/title.svg", s->data_dir ? s->data_dir : ".");
    draw_background(s, path, w, h, false);
    SDL_FRect cards[SCREENS_MAX_ITEMS];
    int p, dp;
    title_layout(s, m, w, h, cards, &p, &dp);
    float x = m->n_items ? cards[0].x : (float)w * 0.5f;
    int big = px_of(0.11f, h, 20);
    text_draw(s->text, "Attune", big, (int)x, (int)((float)h * 0.08f), w, TEXT_STRONG, CREAM, -1);
    text_draw(s->text, _("*Stories for learning to meet a feeling before fixing it*"),
              px_of(0.03f, h, 9), (int)x, (int)((float)h * 0.08f) + big * 13 / 10,
              (int)((float)w - x - (float)h * 0.05f), TEXT_REGULAR, MUTED, -1);
    for (int i = 0; i < m->n_items; i++) {
        SDL_FRect c = cards[i];
        bool hot = i == m->focus || i == m->hover;
        render_round_rect(s->renderer, c, (float)p * 0.5f, hot ? CARD_HOVER : CARD);
        if (i == m->focus) {
            render_round_outline(s->renderer, c, (float)p * 0.5f, fmaxf(2.0f, (float)p * 0.1f),
                                 AMBER);
            render_fill(s->renderer, frect(c.x + (float)p * 0.25f, c.y + c.h * 0.25f,
                                           fmaxf(3.0f, (float)p * 0.14f), c.h * 0.5f),
                        AMBER);
        }
        int tx = (int)(c.x + (float)p * 0.8f), tw = (int)(c.w - (float)p * 1.4f);
        int ty = (int)(c.y + (float)p * 0.38f);
        ty += text_draw(s->text, m->items[i].label, p, tx, ty, tw, TEXT_STRONG, CREAM, -1);
        if (m->items[i].detail)
            ty += text_draw(s->text, m->items[i].detail, dp, tx, ty, tw, TEXT_REGULAR, MUTED, -1);
        if (m->items[i].more && i == m->focus)
            text_draw(s->text, m->items[i].more, dp, tx, ty + dp * 2 / 5, tw, TEXT_REGULAR, CREAM,
                      -1);
    }
    if (m->notice) {
        int np = px_of(0.024f, h, 8);
        text_draw(s->text, m->notice, np, (int)((float)h * 0.05f),
                  (int)((float)h * 0.93f) - np, (int)((float)w * 0.9f), TEXT_ITALIC, CREAM, -1);
    }
}

static void draw_error(Screens *s, const UiModel *m, int w, int h)
{
    draw_background(s, NULL, w, h, false);
    float W = (float)w, H = (float)h, margin = fminf(W, H) * 0.08f;
    SDL_FRect p = frect(margin, margin, W - 2 * margin, H - 2 * margin);
    render_round_rect(s->renderer, p, margin * 0.3f, PANEL);
    int sp = px_of(0.03f, h, 9);
    int x = (int)(p.x + margin * 0.6f), tw = (int)(p.w - margin * 1.2f);
    int y = (int)(p.y + margin * 0.5f);
    y += text_draw(s->text, _("This story has a problem"), px_of(0.055f, h, 14), x, y, tw,
                   TEXT_STRONG, AMBER, -1);
    y += sp;
    if (m->error) {
        char where[400];
        if (m->error->line > 0)
            snprintf(where, sizeof where, "%s:%d", m->error->file, m->error->line);
        else
            snprintf(where, sizeof where, "%s", m->error->file);
        y += text_draw(s->text, where, sp, x, y, tw, TEXT_STRONG, CREAM, -1);
        y += sp / 2;
        y += text_draw(s->text, m->error->message, sp, x, y, tw, TEXT_REGULAR, CREAM, -1);
        y += sp;
    }
    text_draw(s->text,
              _("Your saves and settings are untouched. The story's writer can see the "
                "details on the terminal or with *attune check*."),
              px_of(0.025f, h, 8), x, y, tw, TEXT_ITALIC, MUTED, -1);
    draw_prompt(s, m->can_reload ? _("F5 or R: try again (after fixing the story) · Enter: back "
                                     "to the title")
                                 : _("Enter: back to the title"),
                p, px_of(0.025f, h, 8));
}

/* A quiet banner at the top left for what the player should know (a save
 * that could not be written, a story that changed since the save). */
static void draw_notice(Screens *s, const char *notice, int w, int h)
{
    int sp = px_of(0.024f, h, 10);
    float margin = fminf((float)w, (float)h) * 0.035f;
    int maxw = (int)((float)w * 0.5f);
    int tw = 0;
    int th = text_measure(s->text, notice, sp, maxw, TEXT_ITALIC, NULL, &tw);
    SDL_FRect b = {margin, margin, (float)tw + (float)sp * 1.6f, (float)th + (float)sp};
    render_round_rect(s->renderer, b, (float)sp * 0.5f, (SDL_Color){70, 40, 32, 235});
    text_draw(s->text, notice, sp, (int)(b.x + (float)sp * 0.8f), (int)(b.y + (float)sp * 0.5f),
              maxw, TEXT_ITALIC, CREAM, -1);
}

void screens_draw(Screens *s, const UiModel *m, int w, int h)
{
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
    }
    if (m->notice && m->screen != SCREEN_TITLE)
        draw_notice(s, m->notice, w, h);
}

int screens_item_count(const UiModel *m)
{
    switch (m->screen) {
    case SCREEN_TITLE:
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
