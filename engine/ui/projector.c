/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The stage's projector: the room's view of workshop mode. Over the beat
 * (layout.c): the discussion pause, the road not taken, the menu, the key
 * map, the export, the ending and the debrief for the room; and the public
 * entry points stage_draw_projector and stage_hit. Layer: UI, part of
 * the stage (stage_internal.h). */
#include "attune/i18n.h"
#include "attune/log.h"
#include "attune/utf8.h"
#include "menus.h"
#include "stage_internal.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

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
    const Theme *theme = ui_theme();
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
    render_fill(s->renderer, ui_rect(0, 0, (float)w, (float)h), theme->backdrop);
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
    const Theme *theme = ui_theme();
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
    y += put_centred(s, label, sp, cx, y, tw, TEXT_ITALIC, theme->muted) + (float)sp;
    y += put_centred(s, q, qpx, cx, y, tw, TEXT_REGULAR, theme->text);
    if (ch > 0)
        countdown(s, m, cpx, sp, NULL, cx - cw / 2, y + (float)sp * 1.5f, true, &cw, &ch);
    SDL_RenderSetClipRect(s->renderer, NULL);
}

/* "more" with a triangle, centred in strip b: a list cut off there. */
static void more_hint(Screens *s, SDL_FRect b, int px, bool up)
{
    const Theme *theme = ui_theme();
    const char *word = _("more");
    float a = (float)px * 0.36f, gap = (float)px * 0.45f;
    float tw = (float)width_of(s, word, px, TEXT_ITALIC);
    float x = b.x + (b.w - (2 * a + gap + tw)) / 2, cy = b.y + b.h / 2;
    triangle(s->renderer, x + a, cy, a, up ? 0 : 2, theme->muted);
    put(s, word, px, x + 2 * a + gap, cy - (float)line_h(s, px) / 2, tw + 4, TEXT_ITALIC,
        theme->muted);
}

/* ---- the road not taken: the list of past decisions ---- */

typedef struct RoadsLayout {
    SDL_FRect panel;
    int head, row, small;
    float pad, row_h, gap, head_y, sub_y, list_y, list_bottom, hint_h;
    int n, first, count;
} RoadsLayout;

static const char *roads_sub(const StageModel *m)
{
    /* the keys only where the facilitator reads them from this screen */
    return m->presenter_window
               ? _("Pick a decision, then another answer")
               : _("Pick a decision, then another answer \u00b7 N or Esc: back to the group");
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
    R->list_y = R->sub_y + height_of(s, roads_sub(m), R->small, iw, TEXT_ITALIC) + R->pad * 0.5f;
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
    const Theme *theme = ui_theme();
    draw_under(s, m, w, h);
    RoadsLayout R;
    roads_layout(s, m, w, h, &R);
    panel(s, R.panel, R.pad * 0.5f);
    clip_to(s, R.panel, w, h);
    float x = R.panel.x + R.pad, iw = R.panel.w - 2 * R.pad;
    put(s, _("The road not taken"), R.head, x, R.head_y, iw, TEXT_STRONG, theme->text);
    put(s, roads_sub(m), R.small, x, R.sub_y, iw, TEXT_ITALIC, theme->muted);
    if (R.n == 0)
        put(s, _("No decisions yet."), R.row, x, R.list_y, iw, TEXT_ITALIC, theme->muted);
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
        put(s, said, R.row, tx, c.y + rp, tw + 1, TEXT_REGULAR, theme->text);
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
            theme->muted);
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

/* TRANSLATORS: the facilitator's keyboard map: the keys' names as printed
 * on keyboards in your language, and what each does. */
static const KeyRow KEYMAP[] = {
    {"A B C D", N_("add one vote for that answer")},
    {N_("Shift + A\u2013D"), N_("take one vote away")},
    {N_("Backspace"), N_("clear the votes of this beat")},
    {N_("Space"), N_("a long beat on the projector: its line, then its answers, page by page")},
    {N_("Return"), N_("confirm the group\u2019s answer; on a tie, press the letter to go with")},
    {N_("1\u20139 or a click"), N_("pick that answer directly")},
    {"T", N_("start or stop the timer: the vote\u2019s, or in a pause its countdown")},
    {N_("+ and \u2212"), N_("the timer 30 seconds longer or shorter")},
    {"P", N_("a discussion pause, from anywhere, its countdown running; P again ends it")},
    {"L", N_("the projector\u2019s theme: light (for a room) or dark")},
    {N_("R or Return"), N_("reveal after the group\u2019s choice; Return again goes on")},
    {"N", N_("the road not taken; N again returns to the group")},
    {N_("Left, Right"), N_("the debrief\u2019s pages")},
    {"X", N_("export the report")},
    {"O", N_("the presenter\u2019s overlay (one display)")},
    {"J", N_("votes from phones: how to join (turns them on); off in the menu")},
    {"F1", N_("this keyboard map")},
    {"F11", N_("fullscreen on or off")},
    {N_("Esc"), N_("the menu")},
};
enum { N_KEYS = sizeof KEYMAP / sizeof KEYMAP[0] };

/* The key map in `cols` columns inside r at type px: its height; drawn
 * when `draw`. */
float keys_put(Screens *s, SDL_FRect r, int px, int cols, bool draw)
{
    const Theme *theme = ui_theme();
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
                                     TEXT_STRONG, theme->accent);
            float b = put_or_measure(s, draw, _(KEYMAP[i].what), px, x + kw, y, cw - kw,
                                     TEXT_REGULAR, theme->text);
            y += fmaxf(a, b) + (float)px * 0.35f;
        }
        tallest = fmaxf(tallest, y - r.y);
    }
    return tallest;
}

static void draw_keys(Screens *s, const StageModel *m, int w, int h)
{
    const Theme *theme = ui_theme();
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
    put(s, _("Keyboard map"), head, x, y, iw, TEXT_STRONG, theme->text);
    y += (float)line_h(s, head) * 1.2f;
    keys_put(s, ui_rect(x, y, iw, 0), px, cols, true);
    ui_prompt(s, _("F1 or Esc: close"), p, sp);
    SDL_RenderSetClipRect(s->renderer, NULL);
}

/* ---- export: the folder, then where the report went ---- */

/* A path broken across lines of `width` between characters (after a "/"
 * where one is near): its height; drawn when `draw`. *end_x, *end_y: where
 * its last line ends (for a text cursor). */
float path_put(Screens *s, const char *path, int px, float x, float y, float width, TextStyle st,
               SDL_Color c, bool draw, float *end_x, float *end_y)
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
    const Theme *theme = ui_theme();
    float y0 = y, ex, ey;
    y += put_or_measure(s, draw, _("Export the report"), head, x, y, tw, TEXT_STRONG, theme->text);
    y += (float)sp * 0.6f;
    if (m->saved_html || m->saved_json) {
        y += put_or_measure(s, draw, _("**Saved.** Two files, with no names and nothing personal:"),
                            tp, x, y, tw, TEXT_REGULAR, theme->text);
        const char *labels[2] = {_("The page, to open or print (HTML)"), _("The data (JSON)")};
        const char *paths[2] = {m->saved_html, m->saved_json};
        for (int k = 0; k < 2; k++) {
            if (!paths[k])
                continue;
            y += (float)sp * 0.6f;
            y += put_or_measure(s, draw, labels[k], sp, x, y, tw, TEXT_ITALIC, theme->muted);
            y += path_put(s, paths[k], tp, x, y, tw, TEXT_STRONG, theme->text, draw, &ex, &ey);
        }
        y += (float)sp * 0.8f;
        y += put_or_measure(s, draw, _("Any key closes this"), sp, x, y, tw, TEXT_ITALIC,
                            theme->dim);
        return y - y0;
    }
    y += put_or_measure(s, draw, _("The report goes to this folder; type to change it."), sp, x, y,
                        tw, TEXT_ITALIC, theme->muted);
    y += (float)sp * 0.3f;
    /* The field: the folder, with a cursor where the typing goes. */
    float fp = (float)tp * 0.45f;
    float fh = path_put(s, m->folder, tp, x + fp, y + fp, tw - 2 * fp, TEXT_REGULAR, theme->text,
                        false, &ex, &ey);
    if (draw) {
        SDL_FRect fr = ui_rect(x, y, tw, fh + 2 * fp);
        render_round_rect(s->renderer, fr, fp, theme->card);
        render_round_outline(s->renderer, fr, fp, fmaxf(2.0f, (float)tp * 0.08f) * theme->outline,
                             theme->accent);
        path_put(s, m->folder, tp, x + fp, y + fp, tw - 2 * fp, TEXT_REGULAR, theme->text, true,
                 &ex, &ey);
        float cw = fmaxf(2.0f, (float)tp * 0.08f);
        render_fill(s->renderer,
                    ui_rect(fminf(ex + cw, x + tw - fp), ey + (float)tp * 0.15f, cw,
                            (float)line_h(s, tp) - (float)tp * 0.3f),
                    theme->accent);
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
                            tw - r * 2 - (float)sp * 0.5f, TEXT_REGULAR, theme->bad);
        y += (float)sp * 0.4f;
    }
    y += put_or_measure(s, draw,
                        _("An HTML page with the chart, and a JSON file. No names, nothing "
                          "personal."),
                        sp, x, y, tw, TEXT_ITALIC, theme->muted);
    y += (float)sp * 0.5f;
    y += put_or_measure(s, draw, _("**Return** saves the report here \u00b7 **Esc** cancels"), sp,
                        x, y, tw, TEXT_REGULAR, theme->text);
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
    const Theme *theme = ui_theme();
    const StoryView *v = m->view;
    const Session *se = sess(m);
    const char *title = v && v->title            ? v->title
                        : se && se->ending_title ? se->ending_title
                                                 : _("The end");
    const char *verdict = v && v->verdict ? v->verdict : se ? se->ending_verdict : NULL;
    const char *text = v && v->is_ending ? v->text : se ? se->ending_text : NULL;
    float y0 = y;
    y += put_or_measure(s, draw, title, head, x, y, tw, TEXT_STRONG, theme->accent);
    if (verdict) {
        char vt[300];
        snprintf(vt, sizeof vt, "*%s*", i18n_verdict(verdict));
        y += put_or_measure(s, draw, vt, sp, x, y, tw, TEXT_REGULAR, theme->muted);
    }
    y += (float)sp * 0.7f;
    y += put_or_measure(s, draw, text, tp, x, y, tw, TEXT_REGULAR, theme->text);
    Totals t = totals(m);
    if (!m->side_road && t.n > 0) {
        char sum[1200], decisions[96], opened[96];
        snprintf(decisions, sizeof decisions, P_("%d decision", "%d decisions", t.n), t.n);
        snprintf(opened, sizeof opened, P_("%d rupture opened", "%d ruptures opened", t.ruptures),
                 t.ruptures);
        char conn[700];
        int ruptures = 0, repairs = 0;
        if (stage_people_totals(se, conn, sizeof conn, &ruptures, &repairs)) {
            /* two people: each one's connection, the ruptures with each */
            snprintf(opened, sizeof opened, P_("%d rupture opened", "%d ruptures opened", ruptures),
                     ruptures);
            /* TRANSLATORS: the ending with two people: "5 decisions · Maya
             * 62 to 70 · Theo 62 to 45 · 2 ruptures opened, 1 repaired";
             * reorder with %1$s, %2$s, %3$s, %4$d. */
            snprintf(sum, sizeof sum, _("%s \u00b7 %s \u00b7 %s, %d repaired"), decisions, conn,
                     opened, repairs);
        } else {
            /* TRANSLATORS: "5 decisions · connection 40 to 70 · 2 ruptures
             * opened, 1 repaired"; reorder with %1$s, %2$d, %3$d, %4$s, %5$d. */
            snprintf(sum, sizeof sum, _("%s \u00b7 connection %d to %d \u00b7 %s, %d repaired"),
                     decisions, t.start, t.end, opened, t.repairs);
        }
        y += (float)sp * 0.8f;
        y += put_or_measure(s, draw, sum, sp, x, y, tw, TEXT_REGULAR, theme->muted);
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

/* ---- two people on stage: the words (stage_internal.h) ---- */

/* `name` with its asterisks escaped, so a name is never read as markup. */
static const char *plain_name(const char *name, char *out, size_t n)
{
    escape_stars(name ? name : "?", out, n);
    return out;
}

void stage_answer_to(const StoryView *v, const StoryChoiceView *c, bool strong, char *out, size_t n)
{
    if (!out || n == 0)
        return;
    out[0] = '\0';
    if (!v || !c || !c->to || v->n_people < 2)
        return;
    const char *b = strong ? "**" : "";
    char to[300], other[300] = "";
    plain_name(c->to, to, sizeof to);
    if (c->other) {
        for (int k = 0; k < v->n_people && k < STORY_MAX_PEOPLE; k++)
            if (v->people[k].name && strcmp(v->people[k].name, c->to) != 0)
                plain_name(v->people[k].name, other, sizeof other);
    }
    if (other[0])
        /* TRANSLATORS: the presenter, with two people on stage: whom an
         * answer is to and its kind, then what it is to the other one
         * ("to Kojo · Attuning; to Esi: Dismissing"). The first and the
         * fourth %s are markup (bold or nothing). */
        snprintf(out, n, _("%sto %s \u00b7 %s%s; to %s: %s"), b, to, c->label ? c->label : "", b,
                 other, c->other_label ? c->other_label : "");
    else
        /* TRANSLATORS: the presenter, with two people on stage: whom an
         * answer is to and its kind ("to both · Attuning"); the first and
         * the last %s are markup (bold or nothing). */
        snprintf(out, n, _("%sto %s \u00b7 %s%s"), b, to, c->label ? c->label : "", b);
}

bool stage_reveal_person(const StageModel *m, int k, char *line, size_t n, char *inner, size_t ni)
{
    if (line && n)
        line[0] = '\0';
    if (inner && ni)
        inner[0] = '\0';
    const StoryStep *st = m ? m->step : NULL;
    if (!st || !line || !inner || k < 0 || k >= st->n_people || k >= STORY_MAX_PEOPLE)
        return false;
    const StoryStepPerson *p = &st->people[k];
    /* Before the answer, and on stage: the beat's view (held while revealed). */
    int before = p->connection - p->dconn;
    bool here = true;
    const StoryView *v = m->view;
    for (int i = 0; v && i < v->n_people && i < STORY_MAX_PEOPLE; i++)
        if (v->people[i].id && p->id && strcmp(v->people[i].id, p->id) == 0) {
            before = v->people[i].connection;
            here = v->people[i].present;
        }
    char nm[300], dc[16];
    plain_name(p->name, nm, sizeof nm);
    if (!p->kind && !here)
        /* TRANSLATORS: the reveal, with two people: one who was not on stage; name, connection. */
        snprintf(line, n, _("**%s** was not there \u00b7 connection %d"), nm, p->connection);
    else if (!p->kind)
        /* TRANSLATORS: the reveal, with two people: one the answer left alone; name, connection. */
        snprintf(line, n, _("**%s**: not touched \u00b7 connection %d"), nm, p->connection);
    else {
        signed_text(dc, sizeof dc, p->dconn);
        /* TRANSLATORS: the reveal, with two people: what the answer did to
         * one: name, kind, connection before and after, the change. */
        int len = snprintf(line, n, _("**%s**: %s \u00b7 connection %d to %d (%s)"), nm,
                           p->label ? p->label : "", before, p->connection, dc);
        const char *r = p->repaired   ? _(" \u00b7 the rupture is repaired")
                        : p->deepened ? _(" \u00b7 the rupture deepened")
                        : p->opened   ? _(" \u00b7 a rupture opened")
                                      : "";
        if (len > 0 && (size_t)len < n)
            snprintf(line + len, n - (size_t)len, "%s", r);
    }
    if (p->inner) {
        char q[1300];
        ui_quoted(q, sizeof q, p->inner);
        snprintf(inner, ni, _("inner voice: *%s*"), q);
    }
    return true;
}

/* Person k's name in session `se`, stars escaped. */
static const char *session_name(const Session *se, int k, char *out, size_t n)
{
    return plain_name(k >= 0 && k < se->n_people ? se->people[k].name : NULL, out, n);
}

void stage_decision_people(const Session *se, const SessionDecision *d, char *out, size_t n)
{
    if (!out || n == 0)
        return;
    out[0] = '\0';
    if (!se || !d || se->n_people != 2 || d->n_people != 2)
        return;
    char nm[300], dc[16];
    int len = 0, k = session_person_index(se, d->to);
    if (k >= 0)
        /* TRANSLATORS: whom a decision's answer was to, in the workshop's lists. */
        len = snprintf(out, n, _("to %s"), session_name(se, k, nm, sizeof nm));
    else if (d->to)
        len = snprintf(out, n, "%s", _("to both"));
    for (int p = 0; p < 2 && len >= 0 && (size_t)len < n; p++) {
        const SessionPersonEffect *e = &d->people[p];
        session_name(se, p, nm, sizeof nm);
        const char *sep = len > 0 ? " \u00b7 " : "";
        if (!e->kind && !e->present)
            /* TRANSLATORS: one of two people, off stage at a decision. */
            len += snprintf(out + len, n - (size_t)len, _("%s%s not there"), sep, nm);
        else if (!e->kind)
            /* TRANSLATORS: one of two people, whom a decision's answer left alone. */
            len += snprintf(out + len, n - (size_t)len, _("%s%s not touched"), sep, nm);
        else {
            signed_text(dc, sizeof dc, e->dconn);
            len += snprintf(out + len, n - (size_t)len, "%s%s %s", sep, nm, dc);
            const char *r = e->repaired   ? _(", repaired")
                            : e->deepened ? _(", the rupture deepened")
                            : e->opened   ? _(", a rupture opened")
                                          : "";
            if (len >= 0 && (size_t)len < n)
                len += snprintf(out + len, n - (size_t)len, "%s", r);
        }
    }
    if (len >= 0 && (size_t)len < n && d->took_sides)
        snprintf(out + len, n - (size_t)len, "%s", _(" (taking sides)"));
}

bool stage_people_totals(const Session *se, char *conn, size_t n, int *ruptures, int *repairs)
{
    if (!se || se->n_people != 2)
        return false;
    int r = 0, m = 0;
    for (int i = 0; i < se->n_decisions; i++)
        for (int k = 0; k < se->decisions[i].n_people && k < STORY_MAX_PEOPLE; k++) {
            r += se->decisions[i].people[k].opened;
            m += se->decisions[i].people[k].repaired;
        }
    if (ruptures)
        *ruptures = r;
    if (repairs)
        *repairs = m;
    if (conn && n) {
        char a[300], b[300];
        /* TRANSLATORS: each of two people's connection from the start to
         * now: "Maya 62 to 70 · Theo 62 to 45". */
        snprintf(conn, n, _("%s %d to %d \u00b7 %s %d to %d"), session_name(se, 0, a, sizeof a),
                 se->people[0].connection_start, se->people[0].connection_end,
                 session_name(se, 1, b, sizeof b), se->people[1].connection_start,
                 se->people[1].connection_end);
    }
    return true;
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
    const Kinds *kinds;     /* kinds_of(m) */
    const Session *session; /* sess(m) */
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
    const Theme *theme = ui_theme();
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
        put(s, said, rp, tx, y, x + w - tx, TEXT_REGULAR, theme->text);
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
        put(s, cut, sp, lx, iy, 100000, ls, chosen ? theme->accent : theme->text);
        put(s, vt, sp, right - vw, iy, vw + (float)sp, TEXT_STRONG, v ? theme->text : theme->muted);
        float bx = mx, bw = right - bx, by = iy + lh + (float)sp * 0.05f;
        render_round_rect(s->renderer, ui_rect(bx, by, bw, bar), bar / 2, theme->track);
        if (v > 0 && total > 0)
            render_round_rect(s->renderer,
                              ui_rect(bx, by, fmaxf(bar, bw * (float)v / (float)total), bar),
                              bar / 2, theme->accent);
    }
    y += row_h * (float)n;
    if (D->session && D->session->n_people == 2) {
        /* two people: whom the answer was to and what it did to each */
        char two[700];
        stage_decision_people(D->session, d, two, sizeof two);
        if (two[0])
            y += put_or_measure(s, draw, two, sp, tx, y, x + w - tx, TEXT_REGULAR, theme->muted);
    }
    return y - y0 + (float)rp * 0.6f;
}

static float question_put(Screens *s, const Debrief *D, int k, const char *q, float x, float y,
                          float w, bool draw)
{
    const Theme *theme = ui_theme();
    char num[16];
    snprintf(num, sizeof num, "%d", k + 1);
    int tp = D->text;
    float bs = (float)line_h(s, tp) * 0.8f, tx = x + bs + (float)tp * 0.5f;
    if (draw)
        badge(s, ui_rect(x, y + ((float)line_h(s, tp) - bs) / 2, bs, bs), num,
              (int)lroundf((float)tp * 0.65f), true);
    return put_or_measure(s, draw, q, tp, tx, y, x + w - tx, TEXT_REGULAR, theme->text) +
           (float)tp * 0.6f;
}

static float road_put(Screens *s, const StageModel *m, const Debrief *D, const SessionRoad *rd,
                      float x, float y, float w, bool draw)
{
    const Theme *theme = ui_theme();
    const SessionDecision *d = decision(m, rd->from);
    const SessionOption *g = chosen_option(d);
    const SessionOption *o =
        d && rd->option >= 0 && rd->option < option_count(d) ? &d->options[rd->option] : NULL;
    char head[400], detail[1200];
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
    int len;
    const Session *se = sess(m);
    if (se && se->n_people == 2 && d && d->n_people == 2) {
        /* two people: each one's connection along the road */
        int to[2] = {d->people[0].connection_before, d->people[1].connection_before};
        for (int k = 0; k < rd->n_steps && rd->steps; k++)
            for (int p = 0; p < 2 && p < rd->steps[k].n_people; p++)
                to[p] = rd->steps[k].people[p].connection_after;
        char a[300], b[300];
        escape_stars(se->people[0].name ? se->people[0].name : "?", a, sizeof a);
        escape_stars(se->people[1].name ? se->people[1].name : "?", b, sizeof b);
        /* TRANSLATORS: a road not taken in the room's debrief, with two
         * people: its steps, then each one's name and connection where it
         * left and where it went. */
        len = snprintf(detail, sizeof detail,
                       P_("%d step \u00b7 %s %d to %d \u00b7 %s %d to %d",
                          "%d steps \u00b7 %s %d to %d \u00b7 %s %d to %d", rd->n_steps),
                       rd->n_steps, a, d->people[0].connection_before, to[0], b,
                       d->people[1].connection_before, to[1]);
    } else {
        len = snprintf(detail, sizeof detail,
                       P_("%d step \u00b7 connection %d to %d",
                          "%d steps \u00b7 connection %d to %d", rd->n_steps),
                       rd->n_steps, conn_from, conn_to);
    }
    if (len > 0 && (size_t)len < sizeof detail && opened)
        len +=
            snprintf(detail + len, sizeof detail - (size_t)len,
                     P_(" \u00b7 %d rupture opened", " \u00b7 %d ruptures opened", opened), opened);
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
    y += put_or_measure(s, draw, head, D->text, tx, y, x + w - tx, TEXT_REGULAR, theme->text);
    y += put_or_measure(s, draw, detail, D->small, tx, y, x + w - tx, TEXT_REGULAR, theme->muted);
    return y - y0 + (float)D->text * 0.6f;
}

int road_count(const StageModel *m)
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
    D->session = sess(m);
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

/* The connection over the session, drawn by the chart both debriefs share
 * (ui_chart): the group's road solid, with a mark at each decision (a
 * broken ring where a rupture opened, a filled disc where one was
 * repaired); each road not taken dashed from where it left. */
enum { CHART_STEPS = 512, CHART_ROADS = 8 };

typedef struct ChartData {
    UiChart chart;
    int conn[CHART_STEPS];
    UiMark mark[CHART_STEPS];
    UiChartRoad roads[CHART_ROADS];
    int road_conn[CHART_ROADS][CHART_STEPS];
    char letters[CHART_ROADS][2];
    int pconn[2][CHART_STEPS]; /* with two people: each one's line */
    UiMark pmark[2][CHART_STEPS];
} ChartData;

static void chart_data(const StageModel *m, ChartData *cd)
{
    const Session *se = sess(m);
    UiChart *ch = &cd->chart;
    memset(ch, 0, sizeof *ch);
    ch->start = se ? se->connection_start : 50;
    int n = n_decisions(m);
    ch->n = n < CHART_STEPS ? n : CHART_STEPS;
    for (int i = 0; i < ch->n; i++) {
        const SessionDecision *d = &se->decisions[i];
        cd->conn[i] = d->connection_after;
        cd->mark[i] = d->repaired && !d->opened  ? UI_MARK_REPAIR
                      : d->opened || d->repaired ? UI_MARK_RUPTURE
                                                 : UI_MARK_STEP;
    }
    ch->connection = cd->conn;
    ch->mark = cd->mark;
    if (se && se->n_people == 2) {
        /* Two people: a line each (solid and dashed, named), with each one's
         * ruptures and repairs. The roads not taken are told on their pages. */
        for (int L = 0; L < 2; L++) {
            ch->name[L] = se->people[L].name ? se->people[L].name : "";
            ch->start2[L] = se->people[L].connection_start;
            for (int i = 0; i < ch->n; i++) {
                const SessionPersonEffect *p = &se->decisions[i].people[L];
                cd->pconn[L][i] = p->connection_after;
                cd->pmark[L][i] = p->repaired && !p->opened  ? UI_MARK_REPAIR
                                  : p->opened || p->deepened ? UI_MARK_RUPTURE
                                                             : UI_MARK_STEP;
            }
            ch->conn2[L] = cd->pconn[L];
            ch->mark2[L] = cd->pmark[L];
        }
    }
    for (int k = 0; k < road_count(m) && ch->n_roads < CHART_ROADS && !ch->name[1]; k++) {
        const SessionRoad *rd = &se->roads[k];
        const SessionDecision *d = decision(m, rd->from);
        UiChartRoad *out = &cd->roads[ch->n_roads];
        out->from = rd->from;
        out->before = d ? d->connection_before : ch->start;
        out->n = 0;
        for (int j = 0; j < rd->n_steps && rd->steps && j < CHART_STEPS; j++)
            cd->road_conn[ch->n_roads][out->n++] = rd->steps[j].connection;
        out->connection = cd->road_conn[ch->n_roads];
        cd->letters[ch->n_roads][0] = stage_letter(rd->option);
        cd->letters[ch->n_roads][1] = '\0';
        out->label = cd->letters[ch->n_roads];
        ch->n_roads++;
    }
    ch->roads = cd->roads;
    ch->words[0] = _("a decision");
    ch->words[1] = _("a rupture opened");
    ch->words[2] = _("repaired");
    ch->words[3] = _("a road not taken");
}

static void draw_debrief(Screens *s, const StageModel *m, int w, int h)
{
    const Theme *theme = ui_theme();
    Debrief D;
    debrief_layout(s, m, w, h, &D);
    ui_room(s, m->view ? m->view->background : NULL, w, h, false);
    render_fill(s->renderer, ui_rect(0, 0, (float)w, (float)h), theme->backdrop);
    panel(s, D.panel, D.pad * 0.5f);
    clip_to(s, D.panel, w, h);
    int pg = m->page < 0 ? 0 : m->page >= D.n_pages ? D.n_pages - 1 : m->page;
    const DPage *p = &D.pages[pg];
    float x = D.panel.x + D.pad, iw = D.panel.w - 2 * D.pad;
    float y = D.panel.y + D.pad * 0.7f;
    char sub[400];
    snprintf(sub, sizeof sub, _("Debrief \u00b7 %s"), m->story_title ? m->story_title : "");
    y += put(s, sub, D.small, x, y, iw, TEXT_ITALIC, theme->muted);
    put(s, page_title(p->kind), D.head, x, y, iw, TEXT_STRONG, theme->text);
    SDL_FRect b = D.body;
    float cw = (b.w - D.col_gap * (float)(D.cols - 1)) / (float)D.cols;
    if (p->kind == PAGE_CHART) {
        Totals t = totals(m);
        char line[1200], decisions[96], opened[96];
        snprintf(decisions, sizeof decisions, P_("%d decision", "%d decisions", t.n), t.n);
        snprintf(opened, sizeof opened, P_("%d rupture opened", "%d ruptures opened", t.ruptures),
                 t.ruptures);
        /* TRANSLATORS: the room's debrief: "**Connection 40 to 70** · 5
         * decisions · 2 ruptures opened · 1 repaired"; reorder with %1$d,
         * %2$d, %3$s, %4$s, %5$d. */
        char conn[700];
        int ruptures = 0, repairs = 0, len;
        if (stage_people_totals(sess(m), conn, sizeof conn, &ruptures, &repairs)) {
            /* two people: each one's connection, the ruptures with each */
            snprintf(opened, sizeof opened, P_("%d rupture opened", "%d ruptures opened", ruptures),
                     ruptures);
            /* TRANSLATORS: the room's debrief with two people: "**Maya 62
             * to 70 · Theo 62 to 45** · 5 decisions · 2 ruptures opened ·
             * 1 repaired"; reorder with %1$s, %2$s, %3$s, %4$d. */
            len = snprintf(line, sizeof line, _("**%s** \u00b7 %s \u00b7 %s \u00b7 %d repaired"),
                           conn, decisions, opened, repairs);
        } else {
            len = snprintf(line, sizeof line,
                           _("**Connection %d to %d** \u00b7 %s \u00b7 %s \u00b7 %d repaired"),
                           t.start, t.end, decisions, opened, t.repairs);
        }
        if (road_count(m) > 0 && len > 0 && (size_t)len < sizeof line)
            snprintf(line + len, sizeof line - (size_t)len,
                     P_(" \u00b7 %d road not taken", " \u00b7 %d roads not taken", road_count(m)),
                     road_count(m));
        float ty = b.y + put(s, line, D.text, b.x, b.y, b.w, TEXT_REGULAR, theme->text);
        float key_h = (float)line_h(s, D.small) * 2.2f;
        ChartData cd;
        chart_data(m, &cd);
        ui_chart(s, &cd.chart,
                 ui_rect(b.x, ty + (float)D.small * 0.5f, b.w,
                         b.y + b.h - ty - key_h - (float)D.small * 0.5f),
                 D.small);
        ui_chart_key(s, &cd.chart, b.x, b.y + b.h - key_h + (float)D.small * 0.4f, b.w, D.small,
                     true);
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
    triangle(s->renderer, ix - a * 1.6f, cy, a, 3, pg > 0 ? theme->text : theme->track);
    put(s, ind, sp, ix, iy, iw2 + (float)sp, TEXT_STRONG, theme->text);
    triangle(s->renderer, ix + iw2 + a * 1.6f, cy, a, 1,
             pg + 1 < D.n_pages ? theme->text : theme->track);
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
    case STAGE_PHONES:
        phones_draw_join(s, m, w, h);
        break;
    }
}

/* A quiet line at the foot of the room's view, `up` lines above the foot. */
static void foot_line(Screens *s, const char *text, int w, int h, int up, TextStyle st,
                      SDL_Color bg)
{
    const Theme *theme = ui_theme();
    float W = (float)w, H = (float)h, margin = fminf(W, H) * 0.03f;
    int px = proj_type(w, h, LEVEL_FLOOR, 1.0f).small;
    float lh = (float)line_h(s, px), pad = (float)px * 0.6f;
    char cut[900];
    one_line(s, text, px, W - 2 * margin - 2 * pad, st, cut, sizeof cut);
    float tw = (float)width_of(s, cut, px, st);
    float y = H - margin * 0.6f - lh * 1.25f - (float)up * lh * 1.5f;
    SDL_FRect b = ui_rect((W - tw) / 2 - pad, y, tw + 2 * pad, lh * 1.25f);
    render_round_rect(s->renderer, b, b.h * 0.3f, opaque(bg));
    put(s, cut, px, b.x + pad, b.y + (b.h - lh) / 2, tw + (float)px, st, theme->text);
}

/* The notice, and under it the phones' line while they vote. */
static void draw_notice(Screens *s, const StageModel *m, int w, int h)
{
    const Theme *theme = ui_theme();
    bool strip = phones_strip_on(m);
    if (strip) {
        char line[400];
        phones_strip_text(m, line, sizeof line);
        foot_line(s, line, w, h, 0, TEXT_REGULAR, theme->panel);
    }
    if (m->notice && *m->notice)
        foot_line(s, m->notice, w, h, strip ? 1 : 0, TEXT_ITALIC, theme->notice);
}

/* A facilitator's page: with a presenter window it is drawn there, never
 * over the room's view. */
static bool facilitators(StagePhase p)
{
    return p == STAGE_MENU || p == STAGE_KEYS || p == STAGE_EXPORT || p == STAGE_RESUME;
}

/* What the projector shows of `m`: with a presenter window, the room's
 * view without the facilitator's pages, notices or key hints. */
static StageModel room_model(const StageModel *m)
{
    StageModel u = *m;
    if (!m->presenter_window)
        return u;
    u.notice = NULL;
    u.overlay = false;
    if (facilitators(u.phase)) {
        u.phase = facilitators(m->room) ? STAGE_RESUME : m->room;
        u.focus = -1;
        if (u.phase == STAGE_DISCUSS && (facilitators(u.paused_from) || u.paused_from == u.phase))
            u.paused_from = STAGE_BEAT;
    }
    return u;
}

/* The theme the projector draws in (after ui_begin). */
static void projector_begin(Screens *s, const StageModel *m)
{
    ui_begin(s);
    if (m->projector_theme)
        ui_use_projector();
}

void stage_draw_projector(Screens *s, const StageModel *m, int w, int h)
{
    if (!s || !m || w <= 0 || h <= 0)
        return;
    projector_begin(s, m);
    const Theme *theme = ui_theme();
    StageModel room = room_model(m);
    m = &room;
    if (m->presenter_window && m->phase == STAGE_RESUME) {
        /* the facilitator decides on the presenter; the room sees the room */
        images_update(s->images);
        SDL_RenderSetClipRect(s->renderer, NULL);
        frame_fill(s, w, h);
        ui_room(s, m->view ? m->view->background : NULL, w, h, false);
        return;
    }
    images_update(s->images);
    SDL_RenderSetClipRect(s->renderer, NULL);
    frame_fill(s, w, h);
    if (!m->overlay) {
        draw_phase(s, m, w, h);
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
        render_fill(s->renderer, ui_rect(R.x, 0, fmaxf(2.0f, theme->outline * 2), (float)h),
                    theme->accent);
    }
    SDL_RenderSetClipRect(s->renderer, NULL);
}

bool stage_measure(Screens *s, const StageModel *m, int w, int h, StageMeasure *out)
{
    memset(out, 0, sizeof *out);
    if (!s || !m || w <= 0 || h <= 0 || !m->view || m->view->is_ending ||
        (m->phase != STAGE_BEAT && m->phase != STAGE_TIE && m->phase != STAGE_CHOSEN &&
         m->phase != STAGE_REVEALED))
        return false;
    projector_begin(s, m);
    StageModel room = room_model(m);
    Layout L;
    stage_layout(s, &room, m->overlay ? stage_width(m, w, h) : w, h, &L);
    out->answer_px = L.ty.answer;
    out->small_px = L.ty.small;
    out->line_px = L.tight || m->phase == STAGE_REVEALED ? L.ty.answer : L.ty.line;
    out->fits = !L.overflow;
    out->room_sizes = L.ty.room;
    out->line_only = L.line_only;
    out->brief = L.brief;
    out->first_card = L.first;
    out->page = L.page;
    out->pages = L.pages;
    out->portrait = m->view->portrait ? L.portrait : ui_rect(0, 0, 0, 0);
    out->reveal = L.reveal;
    out->meters = L.meters;
    out->n_cards = L.n;
    memcpy(out->cards, L.cards, sizeof out->cards);
    ui_begin(s);
    return true;
}

int stage_beat_pages(Screens *s, const StageModel *m, int w, int h)
{
    if (!s || !m || w <= 0 || h <= 0 || !m->view || m->view->is_ending)
        return 1;
    projector_begin(s, m);
    StageModel room = room_model(m);
    int n = beat_pages(s, &room, m->overlay ? stage_width(m, w, h) : w, h);
    ui_begin(s);
    return n;
}

int stage_hit(Screens *s, const StageModel *m, int w, int h, int x, int y)
{
    if (!s || !m || w <= 0 || h <= 0 || x < 0 || y < 0 || x >= w || y >= h)
        return -1;
    if (m->presenter_window && facilitators(m->phase))
        return -1; /* not on the projector: nothing there to click */
    projector_begin(s, m);
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
                return L.first + i;
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
