/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Menus and pages: the pause menu, settings, the story library and save slots
 * (SCREEN_MENU), the glossary and the history (SCREEN_READER), and "pause and
 * breathe" (SCREEN_BREATHE). Layer: UI, drawn with the toolkit (ui.c);
 * screens.c sends these screens here, and nothing here calls back into it.
 * Every layout is a pure function of the model and the window size, shared by
 * drawing and hit-testing, so a click lands on what is drawn; lists scroll to
 * keep the focus in view, and a long page draws only the lines that show. */
#include "attune/i18n.h"
#include "attune/log.h"
#include "attune/alloc.h"
#include "menus.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* ---- shared pieces ---- */

/* Type sizes, from the window's height (or its width when that is narrower
 * than 4:3) and the player's text size. */
typedef struct Type {
    int head, sub, item, row, detail, foot;
} Type;

static int type_base(int w, int h)
{
    int by_w = (int)((float)w * 0.75f);
    return by_w < h ? by_w : h;
}

static Type type_for(int w, int h)
{
    int b = type_base(w, h);
    Type t;
    /* The heading is large already: the player's text size grows it less. */
    int cap = (int)lroundf(0.075f * (float)b);
    t.head = ui_px(0.052f, b, 16);
    if (t.head > cap && cap >= 16)
        t.head = cap;
    t.sub = ui_px(0.027f, b, 10);
    t.item = ui_px(0.032f, b, 12);
    t.row = ui_px(0.027f, b, 11);
    t.detail = ui_px(0.025f, b, 10);
    t.foot = ui_px(0.023f, b, 10);
    return t;
}

static int line_h(Screens *s, int px)
{
    return text_line_height(s->text, px);
}

static int text_width(Screens *s, const char *str, int px, TextStyle st)
{
    int w = 0;
    text_measure(s->text, str, px, 1 << 20, st, NULL, &w);
    return w;
}

/* The panel every menu and page sits on; in high contrast it gets a rim so it
 * stands apart from the dimmed scene behind it. */
static void panel_draw(Screens *s, SDL_FRect p, float rad)
{
    const Theme *theme = ui_theme();
    SDL_Color c = theme->panel;
    c.a = 255; /* the scene behind must not show through the words */
    render_round_rect(s->renderer, p, rad, c);
    if (theme->outline > 1.0f)
        render_round_outline(s->renderer, p, rad, theme->outline, theme->dim);
}

/* The title picture behind a menu opened from the title (none over a beat:
 * screens.c has drawn the dimmed beat already). */
static void backdrop(Screens *s, const UiModel *m, int w, int h)
{
    if (m->over_beat && m->view)
        return;
    char path[1200];
    snprintf(path, sizeof path, "%s/assets/images/title.svg", s->data_dir ? s->data_dir : ".");
    ui_background(s, path, w, h);
    render_fill(s->renderer, ui_rect(0, 0, (float)w, (float)h), (SDL_Color){0, 0, 0, 40});
}

/* A small solid arrow head centred at (cx, cy), `a` from centre to tip;
 * dir: 0 up, 1 right, 2 down, 3 left. A shape, so it needs no glyph. */
static void arrow(SDL_Renderer *r, float cx, float cy, float a, int dir, SDL_Color c)
{
    static const float tip[4][2] = {{0, -1}, {1, 0}, {0, 1}, {-1, 0}};
    float tx = tip[dir][0], ty = tip[dir][1];
    float bx = cx - tx * a * 0.6f, by = cy - ty * a * 0.6f; /* middle of the base */
    SDL_Vertex v[3] = {
        {{cx + tx * a, cy + ty * a}, c, {0, 0}},
        {{bx + ty * a * 0.95f, by - tx * a * 0.95f}, c, {0, 0}},
        {{bx - ty * a * 0.95f, by + tx * a * 0.95f}, c, {0, 0}},
    };
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    SDL_RenderGeometry(r, NULL, v, 3, NULL, 0);
}

/* "more" with an arrow, centred in strip `b`: items are cut off there. */
static void more_hint(Screens *s, SDL_FRect b, int px, bool up)
{
    const Theme *theme = ui_theme();
    const char *word = _("more");
    int tw = text_width(s, word, px, TEXT_ITALIC), lh = line_h(s, px);
    float a = (float)px * 0.36f, gap = (float)px * 0.45f;
    float x = b.x + (b.w - (2 * a + gap + (float)tw)) / 2, cy = b.y + b.h / 2;
    arrow(s->renderer, x + a, cy, a, up ? 0 : 2, theme->muted);
    text_draw(s->text, word, px, (int)(x + 2 * a + gap), (int)(cy - (float)lh / 2), tw + 4,
              TEXT_ITALIC, theme->muted, -1);
}

/* A list that scrolls to keep its focus in view: where each item is, and
 * which are shown (whole ones only, and the focus even when it is taller
 * than the list). */
typedef struct ListView {
    SDL_FRect view; /* where the items show */
    float ind_h;    /* the "more" strips above and below it, when cut */
    bool above, below;
    SDL_FRect item[SCREENS_MAX_ITEMS];
    bool shown[SCREENS_MAX_ITEMS];
} ListView;

/* Lay out `n` items (heights `hs`, `gap` apart) across x..x+w from `top`,
 * in at most `room` of height. When they do not all fit, the list scrolls by
 * whole items so the focused one sits near its middle, and strips for the
 * "more" hints (type size `hint_px`) are kept above and below. Returns the
 * height used, strips included. */
static float list_fit(Screens *s, const float *hs, int n, float gap, float x, float w, float top,
                      float room, int focus, int hint_px, ListView *lv)
{
    float tops[SCREENS_MAX_ITEMS], t = 0;
    for (int i = 0; i < n; i++) {
        tops[i] = t;
        t += hs[i] + gap;
    }
    float total = n ? t - gap : 0, vh = total;
    lv->ind_h = 0;
    int first = 0;
    if (total > room) {
        lv->ind_h = (float)line_h(s, hint_px);
        vh = fmaxf(room - 2 * lv->ind_h, 1.0f);
        if (focus >= 0 && focus < n) {
            /* The item nearest the centred offset comes first... */
            float want = fmaxf(0, fminf(tops[focus] + hs[focus] / 2 - vh / 2, total - vh));
            while (first + 1 <= focus && tops[first + 1] <= want + hs[first + 1] / 2)
                first++;
            /* ...as long as the focus still fits under it. */
            while (first < focus && tops[focus] + hs[focus] - tops[first] > vh)
                first++;
            /* Near the end, the last items fill the view: no blank under them. */
            while (first > 0 && total - tops[first - 1] <= vh)
                first--;
        }
    }
    float off = n ? tops[first] : 0;
    lv->view = ui_rect(x, top + lv->ind_h, w, vh);
    lv->above = first > 0;
    lv->below = false;
    float bottom = 0;
    for (int i = 0; i < n; i++) {
        float y = tops[i] - off;
        lv->item[i] = ui_rect(x, lv->view.y + y, w, hs[i]);
        lv->shown[i] = i >= first && (i == focus || y + hs[i] <= vh + 0.5f);
        lv->below = lv->below || (i > first && !lv->shown[i]);
        if (lv->shown[i])
            bottom = fmaxf(bottom, y + hs[i]);
    }
    /* Cut by whole items: the list ends where its last one does, so the hint
     * under it sits right there. */
    if (lv->ind_h > 0)
        lv->view.h = fminf(vh, fmaxf(bottom, 1.0f));
    return vh + 2 * lv->ind_h;
}

/* Move a laid-out list so its strips start at `top`. */
static void list_move(ListView *lv, int n, float top)
{
    float dy = top + lv->ind_h - lv->view.y;
    lv->view.y += dy;
    for (int i = 0; i < n; i++)
        lv->item[i].y += dy;
}

static void list_hints(Screens *s, const ListView *lv, int px)
{
    SDL_FRect v = lv->view;
    if (lv->above)
        more_hint(s, ui_rect(v.x, v.y - lv->ind_h, v.w, lv->ind_h), px, true);
    if (lv->below)
        more_hint(s, ui_rect(v.x, v.y + v.h, v.w, lv->ind_h), px, false);
}

static int list_hit(const ListView *lv, int n, SDL_FPoint pt)
{
    if (!SDL_PointInFRect(&pt, &lv->view))
        return -1;
    for (int i = 0; i < n; i++)
        if (lv->shown[i] && SDL_PointInFRect(&pt, &lv->item[i]))
            return i;
    return -1;
}

static float foot_height(Screens *s, const char *msg, int px, float w)
{
    return msg ? (float)text_measure(s->text, msg, px, (int)w, TEXT_ITALIC, NULL, NULL) : 0;
}

/* Key hints at `y` across x..x+w: right-aligned (centred with `centre`) when
 * they fit on one line, as ui_prompt() does; wrapped otherwise, so they
 * never run off a narrow panel. */
static void foot_draw(Screens *s, const char *msg, int px, float x, float y, float w, bool centre)
{
    const Theme *theme = ui_theme();
    if (!msg)
        return;
    int lines = 0, tw = 0;
    text_measure(s->text, msg, px, (int)w, TEXT_ITALIC, &lines, &tw);
    float tx = lines > 1 ? x : centre ? x + (w - (float)tw) / 2 : x + w - (float)tw;
    text_draw(s->text, msg, px, (int)tx, (int)y, (int)w, TEXT_ITALIC, theme->dim, -1);
}

/* ---- SCREEN_MENU ---- */

typedef struct MenuLayout {
    SDL_FRect panel;
    Type ty;
    int px; /* the items' type size (ty.detail: their details') */
    int help_px;
    float pad_x, pad_y, radius, gap;
    float x, w; /* the inner column */
    float head_y, sub_y, head_h, sub_gap;
    float list_w;   /* the items' width */
    float value_w;  /* MENU_VALUES: the value column, arrows included */
    bool side_help; /* the help beside the focused row, not under the list */
    SDL_FRect help;
    float foot_y, foot_h;
    int n;
    ListView list;
} MenuLayout;

static bool has_value_column(const UiModel *m)
{
    return m->menu_style == MENU_VALUES;
}

/* Settings show their help beside the rows on a wide panel, and inside the
 * focused row on a narrow one; other menus under the list. */
static bool help_inline(const UiModel *m, const MenuLayout *L)
{
    return m->menu_style == MENU_VALUES && !L->side_help;
}

static const char *item_detail(const TitleItem *it)
{
    /* Disabled is said in words too, never by dimming alone. */
    return it->detail ? it->detail : it->disabled ? _("Not available") : NULL;
}

/* Padding above and below an item's text: settings are a compact table,
 * the pause menu a column of buttons, stories and slots roomier cards. */
static float item_pad(const UiModel *m, int px)
{
    return (float)px * (m->menu_style == MENU_VALUES ? 0.22f
                        : m->menu_style == MENU_LIST ? 0.3f
                                                     : 0.36f);
}

/* A value with an arrow on each side, so it reads as "Left/Right change
 * this". Arrows are bright on the focused row, quiet elsewhere. */
static void value_draw(Screens *s, const MenuLayout *L, const char *value, float right, float y,
                       bool focus, bool on)
{
    const Theme *theme = ui_theme();
    int px = L->px, lh = line_h(s, px);
    float a = (float)px * 0.34f, gap = (float)px * 0.45f;
    float x0 = right - L->value_w, cy = y + (float)lh / 2;
    SDL_Color ac = focus ? theme->accent : theme->dim;
    if (on) {
        arrow(s->renderer, x0 + a, cy, a, 3, ac);
        arrow(s->renderer, right - a, cy, a, 1, ac);
    }
    float inner = L->value_w - 4 * a - 2 * gap;
    int tw = text_width(s, value, px, TEXT_STRONG);
    float tx = x0 + 2 * a + gap + fmaxf(0, (inner - (float)tw) / 2);
    text_draw(s->text, value, px, (int)tx, (int)y, (int)inner + 1, TEXT_STRONG,
              on ? theme->text : theme->dim, -1);
}

/* Measure item `i` as a card of width c.w (its height), and draw it at `c`
 * when `draw`: one code path, so the layout and the picture cannot drift. */
static float item_put(Screens *s, const UiModel *m, const MenuLayout *L, int i, SDL_FRect c,
                      bool draw)
{
    const Theme *theme = ui_theme();
    const TitleItem *it = &m->items[i];
    int px = L->px, dp = L->ty.detail;
    bool on = !it->disabled, focus = i == m->focus, hover = i == m->hover;
    float pad_y = item_pad(m, px);
    int tx = (int)(c.x + (float)px * 1.05f), right = (int)(c.x + c.w - (float)px * 0.8f);
    int tw = right - tx, lw = tw;
    if (has_value_column(m))
        lw = tw - (int)L->value_w - px / 2;
    TextStyle ls = m->menu_style == MENU_VALUES ? TEXT_REGULAR : TEXT_STRONG;
    const char *detail = item_detail(it);
    SDL_Color fg = on ? theme->text : theme->dim, quiet = on ? theme->muted : theme->dim;
    int lines = 0, label_w = 0;
    float lh = (float)text_measure(s->text, it->label, px, lw, ls, &lines, &label_w);
    /* The pause menu keeps a short detail on the label's line, at the right. */
    int dw = detail && m->menu_style == MENU_LIST ? text_width(s, detail, dp, TEXT_ITALIC) : 0;
    bool beside = dw > 0 && lines <= 1 && label_w + px + dw <= tw;
    float y = c.y + pad_y;
    if (draw) {
        /* Settings rows are plain lines of a table until focused or hovered. */
        if (m->menu_style != MENU_VALUES || focus || hover)
            ui_card(s->renderer, c, px, focus, hover && on, on);
        text_draw(s->text, it->label, px, tx, (int)y, lw, ls, fg, -1);
        if (beside)
            text_draw(s->text, detail, dp, right - dw, (int)y + (line_h(s, px) - line_h(s, dp)) / 2,
                      dw + 4, TEXT_ITALIC, quiet, -1);
        if (has_value_column(m) && it->value)
            value_draw(s, L, it->value, (float)right, y, focus, on);
    }
    if (has_value_column(m) && it->value)
        lh = fmaxf(lh, (float)line_h(s, px));
    y += lh;
    if (detail && !beside) {
        TextStyle ds = m->menu_style == MENU_CARDS ? TEXT_REGULAR : TEXT_ITALIC;
        y += (float)(draw ? text_draw(s->text, detail, dp, tx, (int)y, lw, ds, quiet, -1)
                          : text_measure(s->text, detail, dp, lw, ds, NULL, NULL));
    }
    if (focus && it->more) {
        y += (float)dp * 0.35f;
        y += (float)(draw ? text_draw(s->text, it->more, dp, tx, (int)y, lw, TEXT_REGULAR, fg, -1)
                          : text_measure(s->text, it->more, dp, lw, TEXT_REGULAR, NULL, NULL));
    }
    /* Narrow settings: the help opens under the focused row, inside it. */
    if (focus && m->help && help_inline(m, L)) {
        int hp = dp;
        y += (float)dp * 0.2f;
        y += (float)(draw ? text_draw(s->text, m->help, hp, tx, (int)y, tw, TEXT_ITALIC,
                                      theme->muted, -1)
                          : text_measure(s->text, m->help, hp, tw, TEXT_ITALIC, NULL, NULL));
    }
    return y + pad_y - c.y;
}

/* The heights around the list at the panel's current width: heading and
 * subheading, the help (under the list, unless beside it), the key hints. */
static void menu_chrome(Screens *s, const UiModel *m, MenuLayout *L, float *header, float *help_h,
                        float *help_need, float *foot_h)
{
    float head_h =
        (float)text_measure(s->text, m->heading, L->ty.head, (int)L->w, TEXT_STRONG, NULL, NULL);
    float sub_h =
        (float)text_measure(s->text, m->subheading, L->ty.sub, (int)L->w, TEXT_ITALIC, NULL, NULL);
    L->sub_gap = (float)L->ty.sub * 0.25f;
    L->head_h = head_h;
    *header = head_h + (m->subheading ? L->sub_gap + sub_h : 0) + (float)L->ty.item * 0.65f;
    float help_w = L->side_help ? L->w - L->list_w - L->pad_x * 0.8f : L->w;
    *help_need =
        (float)text_measure(s->text, m->help, L->help_px, (int)help_w, TEXT_ITALIC, NULL, NULL);
    *help_h = 0;
    if (m->help && !L->side_help && !help_inline(m, L))
        *help_h = (float)L->ty.item * 0.5f + *help_need;
    L->foot_h = foot_height(s, m->footer, L->ty.foot, L->w);
    *foot_h = m->footer ? (float)L->ty.item * 0.5f + L->foot_h : 0;
}

/* The pause menu's widest item on one line, at the current type size. */
static float list_col_need(Screens *s, const UiModel *m, const MenuLayout *L)
{
    float need = 0;
    for (int i = 0; i < L->n; i++) {
        const char *d = item_detail(&m->items[i]);
        need =
            fmaxf(need, (float)text_width(s, m->items[i].label, L->px, TEXT_STRONG) +
                            (d ? (float)(L->px + text_width(s, d, L->ty.detail, TEXT_ITALIC)) : 0) +
                            (float)L->px * 1.9f);
    }
    return need;
}

/* Set the items' type to `k` times its size and measure them all in one
 * column (heights into hs); returns the total height. */
static float menu_measure(Screens *s, const UiModel *m, MenuLayout *L, int px0, int dp0, float k,
                          float *hs)
{
    L->px = (int)fmaxf(10.0f, lroundf((float)px0 * k));
    L->ty.detail = (int)fmaxf(10.0f, lroundf((float)dp0 * k));
    L->gap = m->menu_style == MENU_VALUES ? 0 : (float)L->px * 0.28f;
    L->value_w = 0;
    if (m->menu_style == MENU_VALUES) {
        /* As wide as the widest value, but never more than 40% of the row. */
        float widest = 0;
        for (int i = 0; i < L->n; i++)
            widest = fmaxf(widest, (float)text_width(s, m->items[i].value, L->px, TEXT_STRONG));
        float arrows = (float)L->px * (4 * 0.34f + 2 * 0.45f);
        L->value_w = fminf(widest + arrows, L->list_w * 0.4f);
    }
    float total = 0;
    for (int i = 0; i < L->n; i++) {
        hs[i] = item_put(s, m, L, i, ui_rect(0, 0, L->list_w, 0), false);
        total += hs[i] + (i ? L->gap : 0);
    }
    return total;
}

/* The "more" hints' type: the key hints', or the items' details' when the
 * items had to get smaller. */
static int hint_px(const MenuLayout *L)
{
    return L->ty.detail < L->ty.foot ? L->ty.detail : L->ty.foot;
}

/* Do any four rows in a row (or all `n`) fit in `room`, with the strips for
 * the "more" hints (type size `hint_px`) when the list scrolls? */
static bool shows_rows(Screens *s, const float *hs, int n, float gap, float room, int hint_px)
{
    int want = n < 4 ? n : 4;
    float worst = 0;
    for (int i = 0; i + want <= n; i++) {
        float t = 0;
        for (int j = i; j < i + want; j++)
            t += hs[j] + (j > i ? gap : 0);
        worst = fmaxf(worst, t);
    }
    return worst + 2 * (float)line_h(s, hint_px) <= room;
}

static void menu_layout(Screens *s, const UiModel *m, int w, int h, MenuLayout *L)
{
    memset(L, 0, sizeof *L);
    float W = (float)w, H = (float)h, margin = fminf(W, H) * 0.03f;
    L->ty = type_for(w, h);
    L->n = m->n_items < 0 ? 0 : m->n_items > SCREENS_MAX_ITEMS ? SCREENS_MAX_ITEMS : m->n_items;
    int focus = m->focus >= 0 && m->focus < L->n ? m->focus : -1;
    bool list = m->menu_style == MENU_LIST;
    /* Thirteen settings fit a 16:9 or 4:3 window at the default text size. */
    int px0 = m->menu_style == MENU_VALUES ? L->ty.row : L->ty.item, dp0 = L->ty.detail;
    L->px = px0;
    L->help_px = dp0;
    L->pad_x = fmaxf((float)L->ty.item * 1.1f, margin * 1.2f);
    L->pad_y = fmaxf((float)L->ty.item * 0.75f, margin * 0.8f);
    L->radius = (float)L->ty.item * 0.8f;
    float max_w = W - 2 * margin, col_gap = (float)L->ty.item * 0.8f;
    float pw = list                           ? H * 0.8f
               : m->menu_style == MENU_VALUES ? fmaxf(H * 1.3f, W * 0.55f)
                                              : fmaxf(H * 1.2f, W * 0.5f);
    if (list) {
        /* As wide as its longest line needs: items, subheading, key hints. */
        pw = fmaxf(pw, list_col_need(s, m, L) + 2 * L->pad_x);
        pw = fmaxf(pw, (float)text_width(s, m->subheading, L->ty.sub, TEXT_ITALIC) + 2 * L->pad_x);
        pw = fmaxf(pw, (float)text_width(s, m->footer, L->ty.foot, TEXT_ITALIC) + 2 * L->pad_x);
    }
    pw = fminf(pw, max_w);
    L->w = pw - 2 * L->pad_x;
    /* Settings on a wide panel: the help beside the rows, so all thirteen
     * fit; on a narrow one (small window, large text), under them. */
    L->side_help = m->menu_style == MENU_VALUES && L->w >= (float)px0 * 36;
    L->list_w = L->side_help ? L->w * 0.62f : L->w;
    float header, help_h, help_need, foot_h;
    menu_chrome(s, m, L, &header, &help_h, &help_need, &foot_h);
    float room = H - 2 * margin - 2 * L->pad_y - header - help_h - foot_h;
    /* Fit the items: in one column; the pause menu in two when the window is
     * wide enough; then in smaller type (never under 90% of the default
     * size, nor under 3/4 of the player's); and what still does not fit
     * scrolls.
     * NOTE: few sizes are tried: each new size opens fonts and lays out text. */
    float heights[SCREENS_MAX_ITEMS];
    float total = menu_measure(s, m, L, px0, dp0, 1.0f, heights);
    int cols = 1;
    if (total > room && list && L->n >= 4) {
        float col_w = list_col_need(s, m, L), two = 0;
        int rows = (L->n + 1) / 2;
        for (int r = 0; r < rows; r++) {
            float a = item_put(s, m, L, r, ui_rect(0, 0, col_w, 0), false);
            float b =
                r + rows < L->n ? item_put(s, m, L, r + rows, ui_rect(0, 0, col_w, 0), false) : 0;
            two += fmaxf(a, b) + (r ? L->gap : 0);
        }
        if (two <= room && 2 * col_w + col_gap <= max_w - 2 * L->pad_x) {
            cols = 2;
            L->w = fmaxf(L->w, 2 * col_w + col_gap);
            L->list_w = (L->w - col_gap) / 2;
            pw = L->w + 2 * L->pad_x;
            menu_chrome(s, m, L, &header, &help_h, &help_need, &foot_h);
            total = menu_measure(s, m, L, px0, dp0, 1.0f, heights);
            total = two;
        }
    }
    float k = 1.0f;
    if (total > room && cols == 1) {
        float smallest = fmaxf(0.75f, 0.9f / ui_scale());
        k = fmaxf(smallest, fminf(1.0f, room / total));
        for (int tries = 0; tries < 3; tries++) {
            total = menu_measure(s, m, L, px0, dp0, k, heights);
            if (total <= room || k <= smallest)
                break;
            k = fmaxf(smallest, k - 0.05f);
        }
    }
    /* Large text on a small window: a list that scrolls still shows four
     * rows (or all it has). First the panel's own padding goes down to the
     * window's margin; then the items' type, never under the default size. */
    if (cols == 1 && total > room && !shows_rows(s, heights, L->n, L->gap, room, hint_px(L))) {
        float was = L->pad_y;
        L->pad_y = margin * 0.8f;
        room += 2 * (was - L->pad_y);
        float smallest = fmaxf(0.5f, 1.0f / ui_scale());
        while (total > room && !shows_rows(s, heights, L->n, L->gap, room, hint_px(L)) &&
               k > smallest) {
            k = fmaxf(smallest, k - 0.08f);
            total = menu_measure(s, m, L, px0, dp0, k, heights);
        }
    }
    L->x = (W - pw) / 2 + L->pad_x;
    float used;
    if (cols == 2) {
        /* Down the first column, then the second, in rows of equal height. */
        int rows = (L->n + 1) / 2;
        float y = 0;
        L->list.view = ui_rect(L->x, 0, L->w, total);
        for (int r = 0; r < rows; r++) {
            float rh = fmaxf(heights[r], r + rows < L->n ? heights[r + rows] : 0);
            L->list.item[r] = ui_rect(L->x, y, L->list_w, rh);
            L->list.shown[r] = true;
            if (r + rows < L->n) {
                L->list.item[r + rows] = ui_rect(L->x + L->list_w + col_gap, y, L->list_w, rh);
                L->list.shown[r + rows] = true;
            }
            y += rh + L->gap;
        }
        used = total;
    } else {
        used = list_fit(s, heights, L->n, L->gap, L->x, L->list_w, 0, room, focus, hint_px(L),
                        &L->list);
    }
    if (L->side_help)
        used = fmaxf(used, help_need);
    float ph = 2 * L->pad_y + header + used + help_h + foot_h;
    L->panel = ui_rect((W - pw) / 2, fmaxf(margin, (H - ph) / 2), pw, ph);
    L->head_y = L->panel.y + L->pad_y;
    L->sub_y = L->head_y + L->head_h + L->sub_gap;
    float list_top = L->panel.y + L->pad_y + header;
    list_move(&L->list, L->n, list_top);
    if (L->side_help) {
        /* Level with the focused row, as far down as it still fits. */
        float help_x = L->x + L->list_w + L->pad_x * 0.8f;
        float y = focus >= 0 && L->list.shown[focus] ? L->list.item[focus].y : L->list.view.y;
        y = fmaxf(list_top, fminf(y, list_top + used - help_need));
        L->help = ui_rect(help_x, y, L->x + L->w - help_x, help_need);
    } else {
        const ListView *lv = &L->list;
        float y = lv->view.y + lv->view.h + lv->ind_h + (float)L->ty.item * 0.5f;
        L->help = ui_rect(L->x, y, L->w, help_h);
    }
    L->foot_y = L->panel.y + L->panel.h - L->pad_y - L->foot_h;
}

static void draw_menu(Screens *s, const UiModel *m, int w, int h)
{
    const Theme *theme = ui_theme();
    MenuLayout L;
    menu_layout(s, m, w, h, &L);
    SDL_Renderer *r = s->renderer;
    panel_draw(s, L.panel, L.radius);
    text_draw(s->text, m->heading, L.ty.head, (int)L.x, (int)L.head_y, (int)L.w, TEXT_STRONG,
              theme->text, -1);
    text_draw(s->text, m->subheading, L.ty.sub, (int)L.x, (int)L.sub_y, (int)L.w, TEXT_ITALIC,
              theme->muted, -1);
    const ListView *lv = &L.list;
    /* Clip to the list (a focused item taller than it is cut, not spilled),
     * widened a little so focus outlines stay whole. */
    SDL_Rect clip = {(int)floorf(lv->view.x - 2), (int)floorf(lv->view.y - 2),
                     (int)ceilf(lv->view.w + 4), (int)ceilf(lv->view.h + 4)};
    SDL_RenderSetClipRect(r, &clip);
    for (int i = 0; i < L.n; i++) {
        if (!lv->shown[i])
            continue;
        SDL_FRect c = lv->item[i];
        item_put(s, m, &L, i, c, true);
        /* A hairline between the rows of the settings table. */
        bool next = i + 1 < L.n && lv->shown[i + 1];
        if (m->menu_style == MENU_VALUES && next && i != m->focus && i + 1 != m->focus &&
            i != m->hover && i + 1 != m->hover)
            render_fill(
                r, ui_rect(c.x + (float)L.px * 0.6f, c.y + c.h, c.w - (float)L.px * 1.2f, 1.0f),
                theme->track);
    }
    SDL_RenderSetClipRect(r, NULL);
    list_hints(s, lv, hint_px(&L));
    if (m->help && !help_inline(m, &L)) {
        SDL_FRect hb = L.help;
        if (L.side_help) /* a quiet rule ties it to the rows */
            render_fill(r, ui_rect(hb.x - L.pad_x * 0.4f, hb.y, fmaxf(1.0f, theme->outline), hb.h),
                        theme->track);
        text_draw(s->text, m->help, L.help_px, (int)hb.x, (int)hb.y, (int)hb.w, TEXT_ITALIC,
                  theme->muted, -1);
    }
    foot_draw(s, m->footer, L.ty.foot, L.x, L.foot_y, L.w, false);
}

static int menu_hit(Screens *s, const UiModel *m, int w, int h, SDL_FPoint pt)
{
    MenuLayout L;
    menu_layout(s, m, w, h, &L);
    return list_hit(&L.list, L.n, pt);
}

/* ---- SCREEN_READER ---- */

/* The markup style in force after `n` bytes of `s`, NUL-terminated (the
 * rules of text.c: no markup inside a [[link]]). */
static int style_after(const char *s, size_t n, int style)
{
    bool ital = (style & TEXT_ITALIC) != 0, strong = (style & TEXT_STRONG) != 0;
    for (size_t i = 0; i < n; i++) {
        bool open = s[i] == '[' && i + 1 < n && s[i + 1] == '[';
        const char *close = open ? strstr(s + i + 2, "]]") : NULL;
        if (close && (size_t)(close - s) < n) {
            i = (size_t)(close - s) + 1;
        } else if (s[i] == '\\' && i + 1 < n && s[i + 1] == '*') {
            i++;
        } else if (s[i] == '*') {
            if (i + 1 < n && s[i + 1] == '*') {
                strong = !strong;
                i++;
            } else {
                ital = !ital;
            }
        }
    }
    return (ital ? TEXT_ITALIC : 0) | (strong ? TEXT_STRONG : 0);
}

/* Measure a page, and draw the part of it between clip_top and clip_bottom
 * when `draw`. A long page is laid out in chunks of whole paragraphs (split
 * at "\n", carrying the markup across), each cached by text.c: a frame then
 * draws only the chunks in sight, and no single layout grows past what
 * text.c keeps of one (a 40-choice history is ~15 KB). Returns the height. */
static int page_walk(Screens *s, const char *body, int px, int width, int x, int y0, int clip_top,
                     int clip_bottom, bool draw)
{
    const Theme *theme = ui_theme();
    if (!body)
        return 0;
    size_t len = strlen(body), target = len / 24 > 1500 ? len / 24 : 1500;
    char stack[4096], *buf = stack;
    size_t cap = sizeof stack;
    int style = TEXT_REGULAR, lh = line_h(s, px), y = y0;
    size_t at = 0;
    for (;;) {
        size_t end = at + target < len ? at + target : len;
        for (;;) {
            while (end < len && body[end] != '\n')
                end++;
            /* Never between a "[[" and its "]]": a link is laid out whole. */
            const char *open = NULL, *close = NULL;
            for (const char *q = body + at; (q = strstr(q, "[[")) && q < body + end; q += 2)
                open = q;
            if (open)
                close = strstr(open + 2, "]]");
            if (!close || close < body + end)
                break;
            end = (size_t)(close - body) + 2;
        }
        size_t n = end - at;
        if (n + 1 > cap) {
            char *nb = attune_malloc(n + 1);
            if (!nb)
                break;
            if (buf != stack)
                attune_free(buf);
            buf = nb;
            cap = n + 1;
        }
        memcpy(buf, body + at, n);
        buf[n] = '\0';
        /* An empty chunk is the empty line a final "\n" leaves. */
        int ch = n ? text_measure(s->text, buf, px, width, (TextStyle)style, NULL, NULL) : lh;
        if (draw && n && y + ch > clip_top && y < clip_bottom)
            text_draw(s->text, buf, px, x, y, width, (TextStyle)style, theme->text, -1);
        y += ch;
        style = style_after(buf, n, style);
        if (end >= len)
            break;
        at = end + 1;
    }
    if (buf != stack)
        attune_free(buf);
    return y - y0;
}

typedef struct PageLayout {
    SDL_FRect panel;
    Type ty;
    int body_px, topic_px, title_px, lh;
    float pad, x, w; /* the inner column */
    float head_y, foot_y;
    /* the topics (glossary) */
    int n;
    ListView topics;
    /* the page */
    float page_x, page_w, title_y;
    SDL_FRect view; /* whole lines of the page */
    int lines, shown, scroll, max_scroll;
    SDL_FRect up, down; /* the scroll arrows' targets */
} PageLayout;

static void page_layout(Screens *s, const UiModel *m, int w, int h, PageLayout *L)
{
    memset(L, 0, sizeof *L);
    float W = (float)w, H = (float)h, margin = fminf(W, H) * 0.03f;
    int b = type_base(w, h);
    L->ty = type_for(w, h);
    L->body_px = ui_px(0.030f, b, 11);
    L->topic_px = ui_px(0.026f, b, 10);
    L->title_px = ui_px(0.036f, b, 13);
    L->lh = line_h(s, L->body_px);
    L->panel = ui_rect(margin, margin, W - 2 * margin, H - 2 * margin);
    L->pad = fmaxf(margin, (float)L->body_px * 0.9f);
    L->x = L->panel.x + L->pad;
    L->w = L->panel.w - 2 * L->pad;
    L->head_y = L->panel.y + L->pad * 0.8f;
    float top =
        L->head_y +
        (float)text_measure(s->text, m->heading, L->ty.head, (int)L->w, TEXT_STRONG, NULL, NULL) +
        L->pad * 0.5f;
    float foot_h = foot_height(s, m->footer, L->ty.foot, L->w);
    L->foot_y = L->panel.y + L->panel.h - L->pad * 0.7f - foot_h;
    float bottom = m->footer ? L->foot_y - L->pad * 0.5f : L->panel.y + L->panel.h - L->pad;
    float gutter = (float)L->body_px * 1.7f; /* the scroll arrows' column */
    L->n = m->n_items < 0 ? 0 : m->n_items > SCREENS_MAX_ITEMS ? SCREENS_MAX_ITEMS : m->n_items;
    if (L->n > 0) {
        float tw = fminf(fmaxf(L->w * 0.28f, (float)L->topic_px * 8), L->w * 0.4f);
        float hs[SCREENS_MAX_ITEMS], gap = (float)L->topic_px * 0.15f;
        float rpad = (float)L->topic_px * 0.35f;
        int label_w = (int)(tw - (float)L->topic_px * 1.6f);
        for (int i = 0; i < L->n; i++)
            hs[i] = (float)text_measure(s->text, m->items[i].label, L->topic_px, label_w,
                                        TEXT_REGULAR, NULL, NULL) +
                    2 * rpad;
        int focus = m->focus >= 0 && m->focus < L->n ? m->focus : -1;
        list_fit(s, hs, L->n, gap, L->x, tw, top, bottom - top, focus, L->ty.foot, &L->topics);
        L->page_x = L->x + tw + L->pad * 1.2f;
        L->page_w = L->x + L->w - gutter - L->page_x;
    } else {
        /* The whole width, but lines no longer than is comfortable to read. */
        L->page_w = fminf(L->w - 2 * gutter, (float)L->body_px * 40);
        L->page_x = L->x + (L->w - L->page_w) / 2;
    }
    L->title_y = top;
    float vy = top;
    if (m->body_title)
        vy += (float)text_measure(s->text, m->body_title, L->title_px, (int)L->page_w, TEXT_STRONG,
                                  NULL, NULL) +
              (float)L->body_px * 0.5f;
    L->shown = (int)((bottom - vy) / (float)L->lh);
    if (L->shown < 1)
        L->shown = 1;
    L->view = ui_rect(L->page_x, vy, L->page_w, (float)(L->shown * L->lh));
    L->lines = page_walk(s, m->body, L->body_px, (int)L->page_w, 0, 0, 0, 0, false) / L->lh;
    L->max_scroll = L->lines > L->shown ? L->lines - L->shown : 0;
    L->scroll = m->scroll < 0 || m->scroll > L->max_scroll ? L->max_scroll : m->scroll;
    float side = fminf(gutter, (float)L->lh * 1.2f);
    float ax = L->page_x + L->page_w + (gutter - side) / 2 + (float)L->body_px * 0.3f;
    L->up = ui_rect(ax, L->view.y, side, side);
    L->down = ui_rect(ax, L->view.y + L->view.h - side, side, side);
}

static void draw_reader(Screens *s, const UiModel *m, int w, int h)
{
    const Theme *theme = ui_theme();
    PageLayout L;
    page_layout(s, m, w, h, &L);
    SDL_Renderer *r = s->renderer;
    panel_draw(s, L.panel, (float)L.ty.item * 0.8f);
    text_draw(s->text, m->heading, L.ty.head, (int)L.x, (int)L.head_y, (int)L.w, TEXT_STRONG,
              theme->text, -1);
    if (L.n > 0) {
        int tp = L.topic_px;
        const ListView *lv = &L.topics;
        SDL_Rect clip = {(int)lv->view.x - 2, (int)lv->view.y - 2, (int)lv->view.w + 4,
                         (int)lv->view.h + 4};
        SDL_RenderSetClipRect(r, &clip);
        for (int i = 0; i < L.n; i++) {
            if (!lv->shown[i])
                continue;
            SDL_FRect c = lv->item[i];
            bool on = !m->items[i].disabled, focus = i == m->focus, hover = i == m->hover;
            if (focus || hover)
                ui_card(r, c, tp, focus, hover && on, on);
            text_draw(s->text, m->items[i].label, tp, (int)(c.x + (float)tp * 1.0f),
                      (int)(c.y + (float)tp * 0.35f), (int)(c.w - (float)tp * 1.6f),
                      focus ? TEXT_STRONG : TEXT_REGULAR, on ? theme->text : theme->dim, -1);
        }
        SDL_RenderSetClipRect(r, NULL);
        list_hints(s, lv, L.ty.foot);
        /* A quiet rule between the topics and the page. */
        float rx = lv->view.x + lv->view.w + L.pad * 0.6f;
        render_fill(
            r, ui_rect(rx, L.title_y, fmaxf(1.0f, theme->outline), L.view.y + L.view.h - L.title_y),
            theme->track);
    }
    text_draw(s->text, m->body_title, L.title_px, (int)L.page_x, (int)L.title_y, (int)L.page_w,
              TEXT_STRONG, theme->text, -1);
    /* Clipped above and below (the page scrolls by whole lines), not at its
     * sides: the last glyph of a line may reach a pixel or two past the
     * width it was wrapped to, and was cut there at 640x360. */
    SDL_Rect clip = {(int)L.x, (int)L.view.y, (int)ceilf(L.w), (int)L.view.h};
    SDL_RenderSetClipRect(r, &clip);
    int y0 = (int)L.view.y - L.scroll * L.lh;
    page_walk(s, m->body, L.body_px, (int)L.page_w, (int)L.page_x, y0, (int)L.view.y,
              (int)(L.view.y + L.view.h), true);
    SDL_RenderSetClipRect(r, NULL);
    if (L.max_scroll > 0) {
        /* Arrows where there is more, and between them where the page is. */
        float a = L.up.w * 0.3f, cx = L.up.x + L.up.w / 2;
        float t0 = L.up.y + L.up.h + a * 0.6f, t1 = L.down.y - a * 0.6f;
        float tw = fmaxf(2.0f, (float)L.body_px * 0.12f) * theme->outline;
        render_round_rect(r, ui_rect(cx - tw / 2, t0, tw, t1 - t0), tw / 2, theme->track);
        float frac = (float)L.shown / (float)L.lines;
        float th = fmaxf((t1 - t0) * frac, (float)L.lh * 0.8f);
        float pos = (float)L.scroll / (float)L.max_scroll;
        float ty = t0 + (t1 - t0 - th) * pos;
        render_round_rect(r, ui_rect(cx - tw, ty, tw * 2, th), tw, theme->muted);
        if (L.scroll > 0)
            arrow(r, cx, L.up.y + L.up.h / 2, a, 0, theme->text);
        if (L.scroll < L.max_scroll)
            arrow(r, cx, L.down.y + L.down.h / 2, a, 2, theme->text);
    }
    foot_draw(s, m->footer, L.ty.foot, L.x, L.foot_y, L.w, false);
}

static int reader_hit(Screens *s, const UiModel *m, int w, int h, SDL_FPoint pt)
{
    PageLayout L;
    page_layout(s, m, w, h, &L);
    if (L.scroll > 0 && SDL_PointInFRect(&pt, &L.up))
        return MENUS_HIT_UP;
    if (L.scroll < L.max_scroll && SDL_PointInFRect(&pt, &L.down))
        return MENUS_HIT_DOWN;
    return L.n > 0 ? list_hit(&L.topics, L.n, pt) : -1;
}

/* ---- SCREEN_BREATHE ---- */

/* In for 4 s, out for 6 s: how open the circle is (0..1) at `anim` through
 * one cycle, eased so the turn at each end is soft. */
static float breath_open(float anim, bool *in)
{
    float t = fmodf(fmaxf(anim, 0.0f), 1.0f) * 10.0f;
    *in = t < 4.0f;
    float x = *in ? t / 4.0f : 1.0f - (t - 4.0f) / 6.0f;
    return 0.5f - 0.5f * cosf(x * (float)M_PI);
}

static void draw_breathe(Screens *s, const UiModel *m, int w, int h)
{
    const Theme *theme = ui_theme();
    SDL_Renderer *r = s->renderer;
    float W = (float)w, H = (float)h, margin = fminf(W, H) * 0.04f;
    Type ty = type_for(w, h);
    int words_px = ui_px(0.038f, type_base(w, h), 14);
    float pw = fminf(W - 2 * margin, fmaxf(H * 1.05f, W * 0.45f));
    SDL_FRect p = ui_rect((W - pw) / 2, margin, pw, H - 2 * margin);
    float pad = fmaxf(margin, (float)ty.item);
    panel_draw(s, p, (float)ty.item * 0.8f);
    float cx = p.x + p.w / 2, tw = p.w - 2 * pad;
    float y = p.y + pad * 0.8f;
    int hw = 0;
    y += (float)text_measure(s->text, m->heading, ty.head, (int)tw, TEXT_STRONG, NULL, &hw);
    text_draw(s->text, m->heading, ty.head, (int)(cx - (float)hw / 2), (int)(p.y + pad * 0.8f),
              (int)tw, TEXT_STRONG, theme->text, -1);
    if (m->subheading) {
        int sw = 0,
            sh = text_measure(s->text, m->subheading, ty.sub, (int)tw, TEXT_ITALIC, NULL, &sw);
        text_draw(s->text, m->subheading, ty.sub, (int)(cx - (float)sw / 2), (int)y, (int)tw,
                  TEXT_ITALIC, theme->muted, -1);
        y += (float)sh;
    }
    float foot_h = foot_height(s, m->footer, ty.foot, tw);
    float foot_y = p.y + p.h - pad * 0.7f - foot_h;
    bool still = m->anim >= 1.0f, in = true;
    float open = still ? 1.0f : breath_open(m->anim, &in);
    const char *words = still ? _("Breathe in for four, out for six")
                        : in  ? _("Breathe in…")
                              : _("…and out");
    int ww = 0, wh = text_measure(s->text, words, words_px, (int)tw, TEXT_ITALIC, NULL, &ww);
    float words_y = foot_y - (float)pad * 0.6f - (float)wh;
    /* The circle fills the space between the heading and the words. */
    float top = y + pad * 0.5f, bottom = words_y - pad * 0.5f;
    /* (Its halo reaches 15% further than the circle.) */
    float rmax = fmaxf(4.0f, fminf((bottom - top) / 2 / 1.15f, tw * 0.3f));
    float cy = (top + bottom) / 2;
    float rmin = rmax * 0.4f, rad = rmin + (rmax - rmin) * open;
    SDL_Color g = theme->good;
    /* A faint ring shows how far the breath goes; a soft halo, then the disc. */
    render_arc(r, cx, cy, rmax, fmaxf(1.5f, rmax * 0.015f) * theme->outline, 0, 360, theme->track);
    for (int k = 3; k >= 1; k--)
        render_disc(r, cx, cy, rad * (1.0f + 0.05f * (float)k), (SDL_Color){g.r, g.g, g.b, 34});
    render_disc(r, cx, cy, rad, (SDL_Color){g.r, g.g, g.b, 180});
    render_disc(r, cx, cy, rad * 0.62f, (SDL_Color){255, 255, 255, 22});
    text_draw(s->text, words, words_px, (int)(cx - (float)ww / 2), (int)words_y, (int)tw,
              TEXT_ITALIC, theme->text, -1);
    foot_draw(s, m->footer, ty.foot, p.x + pad, foot_y, tw, true);
}

/* ---- entry points ---- */

void menus_draw(Screens *s, const UiModel *m, int w, int h)
{
    if (w <= 0 || h <= 0)
        return;
    backdrop(s, m, w, h);
    switch (m->screen) {
    case SCREEN_MENU:
        draw_menu(s, m, w, h);
        break;
    case SCREEN_READER:
        draw_reader(s, m, w, h);
        break;
    case SCREEN_BREATHE:
        draw_breathe(s, m, w, h);
        break;
    default:
        break;
    }
}

int menus_hit(Screens *s, const UiModel *m, int w, int h, int x, int y)
{
    SDL_FPoint pt = {(float)x, (float)y};
    if (w <= 0 || h <= 0)
        return -1;
    if (m->screen == SCREEN_MENU)
        return menu_hit(s, m, w, h, pt);
    if (m->screen == SCREEN_READER)
        return reader_hit(s, m, w, h, pt);
    return -1;
}

int menus_max_scroll(Screens *s, const UiModel *m, int w, int h)
{
    if (m->screen != SCREEN_READER || w <= 0 || h <= 0)
        return 0;
    PageLayout L;
    page_layout(s, m, w, h, &L);
    return L.max_scroll;
}
