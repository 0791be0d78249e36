/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The toolkit every screen draws with (ui.h): the two themes, the player's
 * text size, type sizes, cards, key hints, the room behind a beat, the
 * meters, kind marks and chart lines. Layer: UI. It knows no
 * screen: screens.c, menus.c and the stage files call it, never the reverse. */
#include "attune/i18n.h"
#include "attune/log.h"
#include "attune/markup.h"
#include "attune/utf8.h"
#include "ui.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* The themes (see shared look-and-feel): dusk teal panels and cream text;
 * or near-black panels, pure white text and thicker outlines. */
static const Theme THEME_CALM = {
    .panel = {22, 48, 58, 236},
    .panel_soft = {22, 48, 58, 200},
    .card = {30, 62, 74, 236},
    .card_hover = {44, 84, 96, 245},
    .card_off = {34, 44, 50, 210},
    .text = {246, 238, 222, 255},
    .muted = {206, 196, 178, 255},
    .dim = {150, 146, 136, 255},
    .accent = {238, 184, 104, 255},
    .good = {150, 196, 160, 255},
    .bad = {214, 128, 104, 255},
    .track = {255, 255, 255, 48},
    .notice = {70, 40, 32, 235},
    .backdrop = {12, 16, 20, 150},
    .outline = 1.0f,
};
static const Theme THEME_CONTRAST = {
    .panel = {0, 0, 0, 250},
    .panel_soft = {0, 0, 0, 240},
    .card = {16, 16, 16, 250},
    .card_hover = {48, 48, 48, 255},
    .card_off = {0, 0, 0, 235},
    .text = {255, 255, 255, 255},
    .muted = {255, 255, 255, 255},
    .dim = {190, 190, 190, 255},
    .accent = {255, 221, 0, 255},
    .good = {120, 230, 140, 255},
    .bad = {255, 150, 120, 255},
    .track = {255, 255, 255, 110},
    .notice = {0, 0, 0, 250},
    .backdrop = {0, 0, 0, 215},
    .outline = 1.8f,
};

/* The projector's: a light room, near-black text and large type (the
 * stage's sizes follow ui_light()). Every colour text is drawn in keeps at
 * least 7:1 against every surface it sits on (panel, card, dimmed card,
 * notice), and all surfaces are opaque so that ratio is what the room sees:
 * tests/test_projector.c measures it from these numbers. */
static const Theme THEME_PROJECTOR = {
    .panel = {250, 248, 243, 255},
    .panel_soft = {250, 248, 243, 255},
    .card = {255, 255, 255, 255},
    .card_hover = {240, 236, 226, 255},
    .card_off = {232, 231, 228, 255},
    .text = {16, 18, 22, 255},
    .muted = {38, 42, 48, 255},
    .dim = {58, 60, 64, 255},
    .accent = {110, 52, 0, 255},
    .good = {0, 84, 40, 255},
    .bad = {140, 20, 10, 255},
    .track = {0, 0, 0, 70},
    .notice = {255, 244, 214, 255},
    .backdrop = {250, 248, 243, 150},
    .outline = 1.6f,
};

static const Theme *theme = &THEME_CALM;
static float text_scale = 1.0f;

void ui_begin(const Screens *s)
{
    theme = s->high_contrast ? &THEME_CONTRAST : &THEME_CALM;
    text_scale = s->text_scale > 0.5f ? s->text_scale : 1.0f;
}

const Theme *ui_theme(void)
{
    return theme;
}

void ui_use_projector(void)
{
    theme = &THEME_PROJECTOR;
}

bool ui_light(void)
{
    return theme == &THEME_PROJECTOR;
}

/* WCAG 2 relative luminance of an sRGB colour. */
static double luminance(SDL_Color c)
{
    double ch[3] = {c.r / 255.0, c.g / 255.0, c.b / 255.0};
    for (int i = 0; i < 3; i++)
        ch[i] = ch[i] <= 0.04045 ? ch[i] / 12.92 : pow((ch[i] + 0.055) / 1.055, 2.4);
    return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
}

double ui_contrast(SDL_Color a, SDL_Color b)
{
    double la = luminance(a), lb = luminance(b);
    return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

float ui_scale(void)
{
    return text_scale;
}

void ui_set_scale(float scale)
{
    text_scale = scale;
}

int ui_px(float frac, int h, int min_px)
{
    int p = (int)lroundf(frac * (float)h * text_scale);
    return p < min_px ? min_px : p;
}

SDL_FRect ui_rect(float x, float y, float w, float h)
{
    SDL_FRect r = {x, y, w, h};
    return r;
}

void ui_quoted(char *out, size_t n, const char *s)
{
    s = s ? s : "";
    /* Already quoted, or an action in brackets that quotes its own words:
     * "(Shake your head.) “Don’t worry.”" is not wrapped again. */
    bool has = s[0] == '"' || s[0] == '(' || strncmp(s, "\u201c", strlen("\u201c")) == 0 ||
               strncmp(s, "\u2018", strlen("\u2018")) == 0 ||
               strncmp(s, "\u201e", strlen("\u201e")) == 0 || /* „ */
               strncmp(s, "\u00ab", strlen("\u00ab")) == 0;   /* « */
    /* The language's own quotation marks: “…” and ‘…’ in English. */
    /* TRANSLATORS: opening quotation mark around a line someone says
     * (German „, Spanish «). */
    const char *lq = C_("quote", "\u201c");
    /* TRANSLATORS: closing quotation mark (German “, Spanish »). */
    const char *rq = C_("quote", "\u201d");
    /* TRANSLATORS: opening quotation mark inside a quotation (German ‚,
     * Spanish “). */
    const char *ilq = C_("inner quote", "\u2018");
    /* TRANSLATORS: closing quotation mark inside a quotation (German ‘,
     * Spanish ”). */
    const char *irq = C_("inner quote", "\u2019");
    size_t llq = strlen(lq), lrq = strlen(rq);
    if (has || n < llq + lrq + 6) {
        snprintf(out, n, "%s", s);
        return;
    }
    /* Quotes inside quotes become the inner ones: “the word ‘should’”. */
    bool open = false;
    memcpy(out, lq, llq);
    size_t o = llq;
    const char *p = s;
    while (*p && o + 5 + lrq < n) { /* room for a 4-byte mark or letter, the close, NUL */
        const char *rep = NULL;
        size_t skip = 1;
        if (strncmp(p, "\u201c", 3) == 0 || strncmp(p, "\u201d", 3) == 0) {
            rep = p[2] == '\x9c' ? ilq : irq;
            skip = 3;
        } else if (*p == '"') {
            rep = open ? irq : ilq;
            open = !open;
        }
        if (rep && strlen(rep) <= 4) {
            memcpy(out + o, rep, strlen(rep));
            o += strlen(rep);
            p += skip;
        } else {
            out[o++] = *p++;
        }
    }
    if (*p) { /* cut short: never in the middle of a character */
        out[o] = *p;
        o = utf8_boundary(out, o);
    }
    memcpy(out + o, rq, lrq);
    out[o + lrq] = '\0';
}

void ui_kind_mark(SDL_Renderer *r, float cx, float cy, float rad, KindTone tone)
{
    if (tone == KIND_ATTUNED) {
        render_disc(r, cx, cy, rad, theme->good);
    } else if (tone == KIND_MISSED) {
        render_arc(r, cx, cy, rad, rad * 0.42f, 20, 160, theme->bad);
        render_arc(r, cx, cy, rad, rad * 0.42f, 200, 340, theme->bad);
    } else {
        render_arc(r, cx, cy, rad * 0.85f, rad * 0.3f, 0, 360, theme->muted);
    }
}

SDL_Color ui_kind_colour(KindTone tone)
{
    return tone == KIND_ATTUNED ? theme->good : tone == KIND_MISSED ? theme->accent : theme->text;
}

void ui_card(SDL_Renderer *r, SDL_FRect c, int px, bool focus, bool hover, bool enabled)
{
    float rad = (float)px * 0.55f;
    render_round_rect(r, c, rad,
                      !enabled           ? theme->card_off
                      : (focus || hover) ? theme->card_hover
                                         : theme->card);
    if (!focus)
        return;
    render_round_outline(r, c, rad, fmaxf(2.0f, (float)px * 0.11f) * theme->outline, theme->accent);
    render_fill(r,
                ui_rect(c.x + (float)px * 0.2f, c.y + c.h * 0.22f,
                        fmaxf(3.0f, (float)px * 0.14f) * theme->outline, c.h * 0.56f),
                theme->accent);
}

static void meter_lines(const StoryView *v, char (*lines)[160], int *rows)
{
    snprintf(lines[0], 160, "**%s**%s%s", v->state_word ? v->state_word : "", v->name ? " · " : "",
             v->name ? v->name : "");
    snprintf(lines[1], 160, "%s", _("connection"));
    snprintf(lines[2], 160, "%s %d%s", _("you"), v->steadiness, v->flooded ? _(" · flooded") : "");
    snprintf(lines[3], 160, P_("%d open rupture", "%d open ruptures", v->open_ruptures),
             v->open_ruptures);
    *rows = v->open_ruptures > 0 ? 4 : 3;
}

/* The meters as one row, for small windows: the same facts, in words. */
static void meter_row(const StoryView *v, char *out, size_t n)
{
    char rupt[48] = "";
    if (v->open_ruptures > 0)
        /* TRANSLATORS: the end of the one-row meters: the ruptures still
         * open, after a separator " · ". */
        snprintf(rupt, sizeof rupt, P_(" · %d rupture", " · %d ruptures", v->open_ruptures),
                 v->open_ruptures);
    snprintf(out, n, "**%d** · **%s**%s%s · %s %d%s%s", v->connection,
             v->state_word ? v->state_word : "", v->name ? " · " : "", v->name ? v->name : "",
             _("you"), v->steadiness, v->flooded ? _(" flooded") : "", rupt);
}

/* With two people: a line for each ("**60** Kojo · on edge · 1 open
 * rupture", "(not here)" when off stage), and one for you. */
static void pair_lines(const StoryView *v, char (*lines)[160])
{
    for (int i = 0; i < 2; i++) {
        const StoryPerson *p = &v->people[i];
        char rupt[64] = "";
        if (p->open_ruptures > 0)
            snprintf(rupt, sizeof rupt,
                     P_(" · %d open rupture", " · %d open ruptures", p->open_ruptures),
                     p->open_ruptures);
        /* TRANSLATORS: one of two people's meters: connection, name, state,
         * " · 1 open rupture" or nothing, " · not here" or nothing. */
        snprintf(lines[i], 160, _("**%d** %s · %s%s%s"), p->connection, p->name ? p->name : "",
                 p->state_word ? p->state_word : "", rupt, p->present ? "" : _(" · not here"));
    }
    snprintf(lines[2], 160, "%s %d%s", _("you"), v->steadiness, v->flooded ? _(" · flooded") : "");
}

/* The same in one row, for small windows: a long name cut (at about a
 * dozen characters) so the row keeps to the window. */
static void pair_row(Screens *s, const StoryView *v, int sp, char *out, size_t n)
{
    StoryView sv = *v;
    char names[2][200];
    for (int i = 0; i < 2; i++)
        if (sv.people[i].name)
            sv.people[i].name = one_line(s, sv.people[i].name, sp, (float)sp * 6.5f, TEXT_REGULAR,
                                         names[i], sizeof names[i]);
    char lines[3][160];
    pair_lines(&sv, lines);
    snprintf(out, n, "%s  |  %s  |  %s", lines[0], lines[1], lines[2]);
}

/* The meters panel: tall enough for its rows, wide enough for its widest line. */
void ui_meters_size(Screens *s, const StoryView *v, int sp, bool compact, float *out_w,
                    float *out_h)
{
    char lines[4][160];
    int rows, lh = text_line_height(s->text, sp), widest = 0;
    if (v->n_people == 2) {
        float pad = (float)sp * 0.5f, ring = (float)lh * 0.8f;
        if (compact) {
            char row[520];
            pair_row(s, v, sp, row, sizeof row);
            text_measure(s->text, row, sp, 100000, TEXT_REGULAR, NULL, &widest);
            *out_w = pad + (float)widest + pad * 1.5f;
            *out_h = (float)lh + 2 * pad;
            return;
        }
        pair_lines(v, lines);
        for (int i = 0; i < 3; i++) {
            int lw = 0;
            text_measure(s->text, lines[i], sp, 100000, TEXT_REGULAR, NULL, &lw);
            if (lw > widest)
                widest = lw;
        }
        *out_w = pad + ring + pad + (float)widest + pad * 1.5f;
        *out_h = (float)lh * 3.3f + 2 * pad;
        return;
    }
    if (compact) {
        char row[200];
        meter_row(v, row, sizeof row);
        text_measure(s->text, row, sp, 100000, TEXT_REGULAR, NULL, &widest);
        float pad = (float)sp * 0.5f, ring = (float)lh * 0.8f;
        *out_w = pad + ring + pad + (float)widest + pad * 1.5f;
        *out_h = (float)lh + 2 * pad;
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
    *out_w = pad + 2 * rad + pad + (float)widest + pad * 1.5f;
    *out_h = h;
}

SDL_FRect ui_portrait_rect(int w, int h)
{
    float W = (float)w, H = (float)h;
    bool wide = W / H >= 1.5f;
    float ph = H * (wide ? 0.80f : 0.74f);
    return ui_rect(W * (wide ? 0.07f : -0.05f), H * 0.95f - ph, ph * 0.8f, ph);
}

void ui_room(Screens *s, const char *path, int w, int h, bool rupture)
{
    SDL_FRect all = ui_rect(0, 0, (float)w, (float)h);
    /* The room is rasterised at half size and scaled up smoothly: it reads as
     * softly out of focus behind the person, and costs a quarter of the time
     * and memory of a full-size one (~27 ms instead of ~104 ms at 1080p). */
    if (!path || !images_draw(s->images, path, all, true, 0.5f, 255))
        render_gradient(s->renderer, all, (SDL_Color){70, 58, 52, 255},
                        (SDL_Color){34, 30, 32, 255});
    /* An open rupture is felt as a change in light: a cool, dim wash. */
    if (rupture)
        render_fill(s->renderer, all, (SDL_Color){20, 30, 48, 70});
    /* The projector's theme: the room as a pale wash, so the frame is light
     * and the person (drawn over it) stands out. */
    if (theme == &THEME_PROJECTOR)
        render_fill(s->renderer, all, (SDL_Color){250, 248, 243, 175});
}

void ui_background(Screens *s, const char *path, int w, int h)
{
    ui_room(s, path, w, h, false);
}

/* The meters: connection as an arc with its number, their state as a word,
 * your steadiness as a breathing circle, open ruptures as broken rings. */
void ui_meters(Screens *s, const StoryView *v, SDL_FRect p, int sp, bool compact, float anim)
{
    SDL_Renderer *r = s->renderer;
    /* After a choice the connection moves from where it was to where it is. */
    StoryView shown = *v;
    if (anim < 1.0f && v->has_feedback) {
        float from = (float)(v->connection - v->feedback.dconn);
        shown.connection = (int)lroundf(from + (float)v->feedback.dconn * anim);
    }
    if (v->n_people == 2 && anim < 1.0f && v->has_feedback) {
        for (int i = 0; i < 2 && i < v->feedback.n_people; i++) {
            float from = (float)(v->people[i].connection - v->feedback.people[i].dconn);
            shown.people[i].connection =
                (int)lroundf(from + (float)v->feedback.people[i].dconn * anim);
        }
    }
    v = &shown;
    int lh = text_line_height(s->text, sp), rows;
    if (v->n_people == 2) {
        /* Two people: a ring and a line for each, then your steadiness. In
         * a single row (small windows) the same facts in words. */
        float pad = (float)sp * 0.5f;
        render_round_rect(r, p, fminf(p.h * 0.2f, (float)lh * 0.6f), theme->panel_soft);
        if (compact) {
            char row[520];
            pair_row(s, v, sp, row, sizeof row);
            text_draw(s->text, row, sp, (int)(p.x + pad), (int)(p.y + pad), 100000, TEXT_REGULAR,
                      theme->text, -1);
            return;
        }
        char pl[3][160];
        pair_lines(v, pl);
        float rad = (float)lh * 0.4f, step = (float)lh * 1.1f;
        float cx = p.x + pad + rad, tx = cx + rad + pad;
        for (int i = 0; i < 3; i++) {
            float cy = p.y + pad + step * (float)i + (float)lh / 2;
            if (i < 2) {
                const StoryPerson *q = &v->people[i];
                render_arc(r, cx, cy, rad, rad * 0.35f, 0, 360, theme->track);
                render_arc(r, cx, cy, rad, rad * 0.35f, 0, 3.6f * (float)q->connection,
                           q->present ? theme->accent : theme->muted);
                if (q->open_ruptures > 0) {
                    render_arc(r, cx, cy, rad * 0.45f, rad * 0.2f, 30, 150, theme->bad);
                    render_arc(r, cx, cy, rad * 0.45f, rad * 0.2f, 210, 330, theme->bad);
                }
            } else {
                float level = 0.25f + 0.75f * (float)v->steadiness / 100.0f;
                render_arc(r, cx, cy, rad, rad * 0.2f, 0, 360, theme->track);
                render_disc(r, cx, cy, rad * level, v->flooded ? theme->bad : theme->good);
            }
            text_draw(s->text, pl[i], sp, (int)tx, (int)(cy - (float)lh / 2), 100000, TEXT_REGULAR,
                      i < 2 && v->people[i].present ? theme->text : theme->muted, -1);
        }
        return;
    }
    if (compact) {
        char row[200];
        meter_row(v, row, sizeof row);
        float pad = (float)sp * 0.5f, rad = (float)lh * 0.4f;
        render_round_rect(r, p, p.h * 0.3f, theme->panel_soft);
        float cx = p.x + pad + rad, cy = p.y + p.h / 2;
        render_arc(r, cx, cy, rad, rad * 0.35f, 0, 360, theme->track);
        render_arc(r, cx, cy, rad, rad * 0.35f, 0, 3.6f * (float)v->connection, theme->accent);
        text_draw(s->text, row, sp, (int)(cx + rad + pad), (int)(p.y + pad), 100000, TEXT_REGULAR,
                  theme->text, -1);
        return;
    }
    char lines[4][160];
    meter_lines(v, lines, &rows);
    float pad = (float)sp * 0.6f;
    render_round_rect(r, p, p.h * 0.2f, theme->panel_soft);
    float rad = p.h * 0.5f - pad;
    float cx = p.x + pad + rad, cy = p.y + p.h / 2;
    render_arc(r, cx, cy, rad, rad * 0.24f, 0, 360, theme->track);
    render_arc(r, cx, cy, rad, rad * 0.24f, 0, 3.6f * (float)v->connection, theme->accent);
    char num[16];
    snprintf(num, sizeof num, "%d", v->connection);
    int nw = 0;
    text_measure(s->text, num, sp, 1000, TEXT_STRONG, NULL, &nw);
    text_draw(s->text, num, sp, (int)(cx - (float)nw / 2), (int)(cy - (float)lh / 2), 1000,
              TEXT_STRONG, theme->text, -1);
    float tx = cx + rad + pad;
    int y = (int)(p.y + pad);
    text_draw(s->text, lines[0], sp, (int)tx, y, 100000, TEXT_REGULAR, theme->text, -1);
    text_draw(s->text, lines[1], sp, (int)tx, y + lh, 100000, TEXT_REGULAR, theme->muted, -1);
    float br = (float)lh * 0.36f, indent = br * 2.6f;
    float my = (float)(y + 2 * lh) + (float)lh / 2;
    float level = 0.25f + 0.75f * (float)v->steadiness / 100.0f;
    render_arc(r, tx + br, my, br, br * 0.2f, 0, 360, theme->track);
    render_disc(r, tx + br, my, br * level, v->flooded ? theme->bad : theme->good);
    text_draw(s->text, lines[2], sp, (int)(tx + indent), y + 2 * lh, 100000, TEXT_REGULAR,
              theme->muted, -1);
    if (rows > 3) {
        my += (float)lh;
        render_arc(r, tx + br, my, br, br * 0.35f, 30, 150, theme->bad);
        render_arc(r, tx + br, my, br, br * 0.35f, 210, 330, theme->bad);
        text_draw(s->text, lines[3], sp, (int)(tx + indent), y + 3 * lh, 100000, TEXT_REGULAR,
                  theme->text, -1);
    }
}

void ui_portraits(Screens *s, const StoryView *v, SDL_FRect p, bool feedback, float floor_y)
{
    if (p.w <= 0 || p.h <= 0)
        return;
    if (v->n_people != 2) {
        const char *face = feedback && v->feedback_portrait ? v->feedback_portrait : v->portrait;
        if (face)
            images_draw(s->images, face, p, false, 1.0f, 255);
        return;
    }
    /* Who stands here: the people present, and after an answer anyone it
     * touched (they were there when it was said). */
    int on[2], n = 0;
    for (int i = 0; i < 2; i++) {
        bool touched = feedback && v->has_feedback && i < v->feedback.n_people &&
                       v->feedback.people[i].kind != NULL;
        if (v->people[i].present || touched)
            on[n++] = i;
    }
    if (n == 0)
        return;
    float scale = n == 2 ? 0.8f : 1.0f;
    float pw = p.w * scale, ph = p.h * scale;
    /* two side by side, a little overlapping, centred on the one place */
    float total = n == 2 ? pw * 1.75f : pw;
    float x0 = p.x + (p.w - total) / 2;
    int sp = (int)fmaxf(12.0f, p.h * 0.045f);
    for (int k = 0; k < n; k++) {
        const StoryPerson *q = &v->people[on[k]];
        const char *face = feedback && q->feedback_portrait ? q->feedback_portrait : q->portrait;
        SDL_FRect r = ui_rect(x0 + (float)k * pw * 0.75f, p.y + p.h - ph, pw, ph);
        if (face)
            images_draw(s->images, face, r, false, 1.0f, 255);
        if (n == 2 && q->name) {
            /* the name on a plate at their chest: who is who, in words */
            int tw = 0, lh = text_line_height(s->text, sp);
            text_measure(s->text, q->name, sp, 10000, TEXT_STRONG, NULL, &tw);
            float bw = (float)tw + (float)sp, bh = (float)lh * 1.15f;
            SDL_FRect plate = ui_rect(r.x + (r.w - bw) / 2, r.y + r.h * 0.6f, bw, bh);
            /* above the text box, never under it (it shows through) */
            if (floor_y > 0 && plate.y + plate.h > floor_y - (float)sp * 0.3f)
                plate.y = floor_y - (float)sp * 0.3f - plate.h;
            if (plate.y < r.y + r.h * 0.3f)
                continue; /* no room on them: the meters name them */
            render_round_rect(s->renderer, plate, bh * 0.4f, theme->panel);
            text_draw(s->text, q->name, sp, (int)(plate.x + (float)sp / 2),
                      (int)(plate.y + (bh - (float)lh) / 2), 10000, TEXT_STRONG, theme->text, -1);
        }
    }
}

const char *ui_choice_text(const StoryChoiceView *c, char *buf, size_t n)
{
    if (!c->to || !c->text)
        return c->text;
    /* TRANSLATORS: an answer's card with two people on stage: whom it is to
     * (a name, or "both"), then the answer. Keep the asterisks (italics). */
    snprintf(buf, n, _("*To %s:* %s"), c->to, c->text);
    return buf;
}

void ui_prompt(Screens *s, const char *msg, SDL_FRect b, int px)
{
    int w = 0;
    text_measure(s->text, msg, px, 2000, TEXT_ITALIC, NULL, &w);
    text_draw(s->text, msg, px, (int)(b.x + b.w - (float)w - (float)px),
              (int)(b.y + b.h - (float)text_line_height(s->text, px) - (float)px * 0.5f), 2000,
              TEXT_ITALIC, theme->dim, -1);
}

/* A line through points as thick quads; dashed when `dash` > 0 (segment length). */
void ui_chart_line(SDL_Renderer *r, const SDL_FPoint *pts, int n, float t, float dash, SDL_Color c)
{
    for (int i = 1; i < n; i++) {
        float x0 = pts[i - 1].x, y0 = pts[i - 1].y, x1 = pts[i].x, y1 = pts[i].y;
        float len = hypotf(x1 - x0, y1 - y0);
        if (len < 0.5f)
            continue;
        float ux = (x1 - x0) / len, uy = (y1 - y0) / len;
        float nx = -uy * t / 2, ny = ux * t / 2;
        float step = dash > 0 ? dash : len;
        for (float d = 0; d<len; d += dash> 0 ? 2 * step : len) {
            float e = fminf(d + step, len);
            float ax = x0 + ux * d, ay = y0 + uy * d, bx = x0 + ux * e, by = y0 + uy * e;
            SDL_Vertex vtx[4] = {{{ax + nx, ay + ny}, c, {0, 0}},
                                 {{bx + nx, by + ny}, c, {0, 0}},
                                 {{bx - nx, by - ny}, c, {0, 0}},
                                 {{ax - nx, ay - ny}, c, {0, 0}}};
            int idx[6] = {0, 1, 2, 0, 2, 3};
            SDL_RenderGeometry(r, NULL, vtx, 4, idx, 6);
        }
    }
}

void ui_rupture_mark(SDL_Renderer *r, float cx, float cy, float rad, bool repaired)
{
    if (repaired) {
        render_disc(r, cx, cy, rad, theme->good);
        return;
    }
    float t = fmaxf(1.5f, rad * 0.38f);
    for (int k = 0; k < 4; k++)
        render_arc(r, cx, cy, rad, t, (float)k * 90 + 15, (float)k * 90 + 70, theme->bad);
}

static int chart_width_of(Screens *s, const char *str, int px)
{
    int w = 0;
    text_measure(s->text, str, px, 1 << 20, TEXT_REGULAR, NULL, &w);
    return w;
}

static SDL_Color chart_opaque(SDL_Color c)
{
    c.a = 255;
    return c;
}

void ui_chart(Screens *s, const UiChart *ch, SDL_FRect c, int sp)
{
    SDL_Renderer *r = s->renderer;
    int n = ch->n, most = n;
    for (int k = 0; k < ch->n_roads; k++)
        if (ch->roads[k].from + ch->roads[k].n > most)
            most = ch->roads[k].from + ch->roads[k].n;
    render_round_rect(r, c, (float)sp * 0.5f, (SDL_Color){255, 255, 255, 18});
    /* The plot inside the box: room for the values on the left, the steps'
     * numbers under it, and half a mark all round, so no mark spills over. */
    float lw = (float)chart_width_of(s, "100", sp) + (float)sp * 0.6f;
    float lh = (float)text_line_height(s->text, sp), mark = (float)sp * 0.42f;
    SDL_FRect p = ui_rect(c.x + lw, c.y + lh * 0.6f, c.w - lw - mark * 2.5f, c.h - lh * 1.9f);
    if (p.w < 4 || p.h < 4)
        return;
    for (int k = 0; k <= 4; k++) {
        float y = p.y + p.h * (float)k / 4;
        render_fill(r, ui_rect(p.x, y, p.w, fmaxf(1.0f, theme->outline)), theme->track);
        if (k % 2 == 0) {
            char t[8];
            snprintf(t, sizeof t, "%d", 100 - k * 25);
            text_draw(s->text, t, sp,
                      (int)(c.x + lw - (float)sp * 0.3f - (float)chart_width_of(s, t, sp)),
                      (int)(y - lh / 2), (int)lw, TEXT_REGULAR, theme->muted, -1);
        }
    }
    float dx = p.w / (float)(most > 0 ? most : 1);
#define PT_Y(conn)                                                                                 \
    (p.y + p.h * (1.0f - (float)((conn) < 0 ? 0 : (conn) > 100 ? 100 : (conn)) / 100.0f))
    float t = fmaxf(2.0f, (float)sp * 0.14f) * theme->outline;
    enum { MAXP = 513 };
    SDL_FPoint pts[MAXP];
    for (int k = 0; k < ch->n_roads; k++) {
        const UiChartRoad *rd = &ch->roads[k];
        int np = 0;
        pts[np++] = (SDL_FPoint){p.x + dx * (float)rd->from, PT_Y(rd->before)};
        for (int j = 0; j < rd->n && np < MAXP; j++)
            pts[np++] = (SDL_FPoint){p.x + dx * (float)(rd->from + 1 + j), PT_Y(rd->connection[j])};
        ui_chart_line(r, pts, np, t * 0.8f, t * 2.5f, theme->muted);
        for (int j = 1; j < np; j++)
            render_arc(r, pts[j].x, pts[j].y, mark * 0.8f, fmaxf(2.0f, mark * 0.32f), 0, 360,
                       theme->muted);
        if (rd->label && rd->label[0]) {
            SDL_FPoint e = pts[np - 1];
            text_draw(s->text, rd->label, sp, (int)(e.x + mark), (int)(e.y - lh), (int)lw,
                      TEXT_STRONG, theme->muted, -1);
        }
    }
    /* One line, or with two people one each: the first solid, the second
     * dashed, each named at its end (never colour alone). */
    int lines = ch->name[1] ? 2 : 1;
    float end_y[2] = {0, 0};
    for (int L = 0; L < lines; L++) {
        const int *conn = lines == 2 ? ch->conn2[L] : ch->connection;
        const UiMark *mk_of = lines == 2 ? ch->mark2[L] : ch->mark;
        int start = lines == 2 ? ch->start2[L] : ch->start;
        SDL_Color col = L == 0 ? theme->accent : theme->good;
        int np = 0;
        pts[np++] = (SDL_FPoint){p.x, PT_Y(start)};
        for (int i = 0; i < n && np < MAXP; i++)
            pts[np++] = (SDL_FPoint){p.x + dx * (float)(i + 1), PT_Y(conn[i])};
        ui_chart_line(r, pts, np, t, L == 0 ? 0 : t * 2.2f, col);
        render_disc(r, pts[0].x, pts[0].y, mark * 0.45f, theme->text);
        for (int i = 0; i + 1 < np; i++) {
            SDL_FPoint q = pts[i + 1];
            UiMark mk = mk_of ? mk_of[i] : UI_MARK_STEP;
            if (mk != UI_MARK_STEP) {
                render_disc(r, q.x, q.y, mark * 1.15f, chart_opaque(theme->panel));
                ui_rupture_mark(r, q.x, q.y, mark, mk == UI_MARK_REPAIR);
            } else {
                render_disc(r, q.x, q.y, mark * 0.45f, theme->text);
            }
        }
        end_y[L] = pts[np - 1].y;
    }
    if (lines == 2) {
        /* the names at the right of each line's end, apart when they meet */
        float y0 = end_y[0], y1 = end_y[1];
        if (fabsf(y0 - y1) < lh) {
            float mid = (y0 + y1) / 2;
            bool first_up = y0 <= y1;
            y0 = mid + (first_up ? -lh * 0.55f : lh * 0.55f);
            y1 = mid + (first_up ? lh * 0.55f : -lh * 0.55f);
        }
        float ex = p.x + dx * (float)n + mark * 1.6f;
        float ys[2] = {y0, y1};
        for (int L = 0; L < 2; L++) {
            float nx = fminf(ex, c.x + c.w - (float)chart_width_of(s, ch->name[L], sp) - mark);
            text_draw(s->text, ch->name[L], sp, (int)nx, (int)(ys[L] - lh / 2),
                      chart_width_of(s, ch->name[L], sp) + sp, TEXT_STRONG,
                      L == 0 ? theme->accent : theme->good, -1);
        }
    }
    /* The steps' numbers along the foot, as many as fit. */
    float nw = (float)chart_width_of(s, "88", sp) * 1.6f;
    int every = dx > 0 ? (int)ceilf(nw / dx) : 1;
    every = every < 1 ? 1 : every;
    for (int i = 0; i < most; i++) {
        if ((i + 1) % every != 0 && i != 0)
            continue;
        char t2[16];
        snprintf(t2, sizeof t2, "%d", i + 1);
        float tw = (float)chart_width_of(s, t2, sp);
        text_draw(s->text, t2, sp, (int)(p.x + dx * (float)(i + 1) - tw / 2),
                  (int)(p.y + p.h + lh * 0.25f), (int)(tw + (float)sp), TEXT_REGULAR, theme->muted,
                  -1);
    }
#undef PT_Y
}

float ui_chart_key(Screens *s, const UiChart *ch, float x, float y, float w, int sp, bool draw)
{
    SDL_Renderer *r = s->renderer;
    float lh = (float)text_line_height(s->text, sp), mark = (float)sp * 0.42f;
    float cy = y + lh / 2, cx = x;
    int n = ch->n_roads > 0 ? 4 : 3;
    if (ch->name[1]) {
        /* two people: first what each line is */
        for (int L = 0; L < 2; L++) {
            float tw = (float)chart_width_of(s, ch->name[L], sp), off = mark * 3 + (float)sp * 0.4f;
            if (draw) {
                SDL_FPoint ln[2] = {{cx, cy}, {cx + mark * 3, cy}};
                float th = fmaxf(2.0f, (float)sp * 0.14f) * theme->outline;
                ui_chart_line(r, ln, 2, th, L == 0 ? 0 : th * 2.2f,
                              L == 0 ? theme->accent : theme->good);
                text_draw(s->text, ch->name[L], sp, (int)(cx + off), (int)(cy - lh / 2),
                          (int)(tw + (float)sp), TEXT_STRONG, theme->text, -1);
            }
            cx += off + tw + (float)sp * 1.2f;
        }
    }
    for (int k = 0; k < n; k++) {
        const char *word = ch->words[k] ? ch->words[k] : "";
        float tw = (float)chart_width_of(s, word, sp);
        float off = k == 3 ? mark * 2.4f + (float)sp * 0.4f : mark * 2 + (float)sp * 0.4f;
        if (cx + off + tw > x + w && cx > x) {
            cx = x;
            cy += lh;
        }
        if (draw) {
            if (k == 0)
                render_disc(r, cx + mark, cy, mark * 0.45f, theme->text);
            else if (k == 1 || k == 2)
                ui_rupture_mark(r, cx + mark, cy, mark, k == 2);
            else {
                SDL_FPoint ln[2] = {{cx, cy}, {cx + mark * 2.4f, cy}};
                ui_chart_line(r, ln, 2, fmaxf(2.0f, (float)sp * 0.11f), (float)sp * 0.3f,
                              theme->muted);
            }
            text_draw(s->text, word, sp, (int)(cx + off), (int)(cy - lh / 2), (int)(tw + (float)sp),
                      TEXT_REGULAR, theme->muted, -1);
        }
        cx += off + tw + (float)sp * 1.2f;
    }
    return cy + lh / 2 - y;
}

/* ---- one line of text ---- */

int width_of(Screens *s, const char *str, int px, TextStyle st)
{
    int w = 0;
    if (str && *str)
        text_measure(s->text, str, px, 1 << 20, st, NULL, &w);
    return w;
}

/* `in` with its asterisks escaped, so text drawn from a path or a typed
 * folder is never read as markup. */
void escape_stars(const char *in, char *out, size_t n)
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
const char *one_line(Screens *s, const char *in, int px, float width, TextStyle st, char *out,
                     size_t n)
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
