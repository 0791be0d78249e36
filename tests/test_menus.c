/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Screenshot tests of the menus and pages (engine/ui/menus.c): the pause menu,
 * settings, save slots and story cards, the glossary and the history, and
 * "pause and breathe", drawn off-screen with the shipped font and the
 * software renderer at 1280x720 and 640x360 (and 1024x768, 1920x1080), in
 * the calm and the high-contrast theme and at the largest text size. The
 * checks are properties of pixels found through hit-testing: the focus
 * outline in the focused card and in no other, text in every card, nothing
 * drawn outside the panel over a beat, the focus kept in view, the page
 * scrolled to its end. A PNG is written on failure, and for every screen
 * when ATTUNE_SHOT_DIR is set. */
#include "attune/story_tools.h"
#include "attune/paths.h"
#include "attune/screens.h"
#include "../engine/ui/menus.h" /* menus_hit, and the toolkit (ui.h) */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <SDL.h>
#include <SDL_image.h>
#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Variant {
    int w, h;
    bool contrast;
    float scale;
    const char *tag;
} Variant;

static const Variant VARIANTS[] = {
    {1280, 720, false, 1.0f, "calm"},          {640, 360, false, 1.0f, "calm"},
    {1280, 720, true, 1.0f, "contrast"},       {640, 360, true, 1.0f, "contrast"},
    {1280, 720, false, 1.75f, "large"},        {640, 360, false, 1.75f, "large"},
    {640, 360, true, 1.75f, "contrast-large"}, {1024, 768, false, 1.0f, "calm"},
    {1920, 1080, false, 1.0f, "calm"},
};
enum { N_VARIANTS = sizeof VARIANTS / sizeof VARIANTS[0] };

typedef struct Canvas {
    SDL_Surface *surf;
    Screens sc;
    int w, h;
    const Variant *v;
} Canvas;

static char lib[1200], story_path[1200];
static Story *story;

static void canvas_open(Canvas *c, const Variant *v)
{
    memset(c, 0, sizeof *c);
    c->v = v;
    c->w = v->w;
    c->h = v->h;
    c->surf = SDL_CreateRGBSurfaceWithFormat(0, c->w, c->h, 32, SDL_PIXELFORMAT_ARGB8888);
    char fonts[1200];
    paths_join(fonts, sizeof fonts, paths_data_dir(), "assets/fonts");
    screens_open(&c->sc, SDL_CreateSoftwareRenderer(c->surf), fonts, paths_data_dir(), false);
    c->sc.high_contrast = v->contrast;
    c->sc.text_scale = v->scale;
    assert_non_null(c->sc.text);
    ui_begin(&c->sc);
}

static void canvas_close(Canvas *c)
{
    screens_close(&c->sc);
    SDL_DestroyRenderer(c->sc.renderer);
    SDL_FreeSurface(c->surf);
}

static void draw(Canvas *c, const UiModel *m)
{
    screens_draw(&c->sc, m, c->w, c->h);
    SDL_RenderPresent(c->sc.renderer);
    ui_begin(&c->sc); /* the theme the test compares colours with */
}

static int hit(Canvas *c, const UiModel *m, int x, int y)
{
    return screens_hit(&c->sc, m, c->w, c->h, x, y);
}

static Uint32 pixel(const Canvas *c, int x, int y)
{
    return ((const Uint32 *)c->surf->pixels)[y * (c->surf->pitch / 4) + x];
}

static bool near(Uint32 p, SDL_Color k, int tol)
{
    int r = (int)((p >> 16) & 255), g = (int)((p >> 8) & 255), b = (int)(p & 255);
    return abs(r - k.r) <= tol && abs(g - k.g) <= tol && abs(b - k.b) <= tol;
}

/* Pixels in `a` of the colour `k` (within a small tolerance). */
static long count_colour(const Canvas *c, SDL_Rect a, SDL_Color k)
{
    long n = 0;
    for (int y = a.y < 0 ? 0 : a.y; y < a.y + a.h && y < c->h; y++)
        for (int x = a.x < 0 ? 0 : a.x; x < a.x + a.w && x < c->w; x++)
            n += near(pixel(c, x, y), k, 14);
    return n;
}

static int lum(int r, int g, int b)
{
    return (r * 30 + g * 59 + b * 11) / 100;
}

/* Pixels of text of colour `k` on a card: thin strokes, anti-aliased at
 * small sizes, seldom reach the full colour, so: at least half-way from the
 * card's brightness to the text's. */
static long count_text(const Canvas *c, SDL_Rect a, SDL_Color k)
{
    SDL_Color bg = ui_theme()->card;
    int lb = lum(bg.r, bg.g, bg.b), limit = lb + (lum(k.r, k.g, k.b) - lb) / 2;
    long n = 0;
    for (int y = a.y < 0 ? 0 : a.y; y < a.y + a.h && y < c->h; y++)
        for (int x = a.x < 0 ? 0 : a.x; x < a.x + a.w && x < c->w; x++) {
            Uint32 p = pixel(c, x, y);
            n += lum((int)((p >> 16) & 255), (int)((p >> 8) & 255), (int)(p & 255)) >= limit;
        }
    return n;
}

static void shot(Canvas *c, const char *name, bool ok)
{
    const char *dir = getenv("ATTUNE_SHOT_DIR");
    char path[1400];
    if (dir && *dir) {
        snprintf(path, sizeof path, "%s/%s-%dx%d-%s.png", dir, name, c->w, c->h, c->v->tag);
        IMG_SavePNG(c->surf, path);
    }
    if (!ok) {
        snprintf(path, sizeof path, "menus-%s-%dx%d-%s.png", name, c->w, c->h, c->v->tag);
        IMG_SavePNG(c->surf, path);
        fail_msg("screen '%s' at %dx%d (%s) failed; see %s", name, c->w, c->h, c->v->tag, path);
    }
}

/* Where each item answers the pointer along a vertical line at x (ANY: at
 * three, for menus in two columns), and a horizontal one through the middle
 * of each: empty boxes for hidden ones. */
enum { ANY = -1 };
static void item_boxes(Canvas *c, const UiModel *m, int x, SDL_Rect *out)
{
    int y0[SCREENS_MAX_ITEMS], y1[SCREENS_MAX_ITEMS], at[SCREENS_MAX_ITEMS];
    for (int i = 0; i < SCREENS_MAX_ITEMS; i++) {
        y0[i] = y1[i] = -1;
        out[i] = (SDL_Rect){0, 0, 0, 0};
    }
    int xs[3] = {x, x, x};
    if (x == ANY) {
        xs[0] = c->w / 2;
        xs[1] = c->w * 36 / 100;
        xs[2] = c->w * 64 / 100;
    }
    /* Every other row (items are taller than that), then their exact edges;
     * the two side lines only when the middle one found nothing. */
    bool found = false;
    for (int k = 0; k < 3 && (k == 0 || (x == ANY && !found)); k++)
        for (int y = 0; y < c->h; y += 2) {
            int i = hit(c, m, xs[k], y);
            if (i >= 0 && i < SCREENS_MAX_ITEMS && (y0[i] < 0 || at[i] == xs[k])) {
                if (y0[i] < 0)
                    y0[i] = y;
                y1[i] = y;
                at[i] = xs[k];
                found = found || k == 0;
            }
        }
    for (int i = 0; i < SCREENS_MAX_ITEMS; i++) {
        if (y0[i] < 0)
            continue;
        while (y0[i] > 0 && hit(c, m, at[i], y0[i] - 1) == i)
            y0[i]--;
        while (y1[i] + 1 < c->h && hit(c, m, at[i], y1[i] + 1) == i)
            y1[i]++;
    }
    int lx0 = -1, lx1 = -1, lat = -1; /* items in one column share their sides */
    for (int i = 0; i < SCREENS_MAX_ITEMS; i++) {
        if (y0[i] < 0)
            continue;
        int cy = (y0[i] + y1[i]) / 2, x0 = at[i], x1 = at[i];
        if (lat == at[i] && hit(c, m, lx0, cy) == i && hit(c, m, lx1, cy) == i &&
            (lx0 == 0 || hit(c, m, lx0 - 1, cy) != i) &&
            (lx1 == c->w - 1 || hit(c, m, lx1 + 1, cy) != i)) {
            x0 = lx0;
            x1 = lx1;
        } else {
            while (x0 > 0 && hit(c, m, x0 - 1, cy) == i)
                x0--;
            while (x1 + 1 < c->w && hit(c, m, x1 + 1, cy) == i)
                x1++;
        }
        lx0 = x0;
        lx1 = x1;
        lat = at[i];
        out[i] = (SDL_Rect){x0, y0[i], x1 - x0 + 1, y1[i] - y0[i] + 1};
    }
}

static SDL_Rect item_box(Canvas *c, const UiModel *m, int x, int want)
{
    SDL_Rect all[SCREENS_MAX_ITEMS];
    item_boxes(c, m, x, all);
    return all[want];
}

/* Any point where the pointer hits `want` in a region, or false. */
static bool find_hit(Canvas *c, const UiModel *m, int want, float fx0, float fx1, SDL_Point *at)
{
    int step = c->h / 60 > 4 ? c->h / 60 : 4;
    for (int y = 0; y < c->h; y += step)
        for (int x = (int)(fx0 * (float)c->w); x < (int)(fx1 * (float)c->w); x += step)
            if (hit(c, m, x, y) == want) {
                if (at)
                    *at = (SDL_Point){x, y};
                return true;
            }
    return false;
}

/* The first y where the pointer at column x hits `want`, or -1. */
static int column_hit(Canvas *c, const UiModel *m, int x, int want)
{
    for (int y = 0; y < c->h; y += 3) /* the arrows' targets are taller */
        if (hit(c, m, x, y) == want)
            return y;
    return -1;
}

/* The focus outline (accent) is in the focused item's box, in no other
 * visible item's box; every visible item shows text (of its colour). */
static bool check_focus(Canvas *c, const UiModel *m, int x, const char *what)
{
    const Theme *th = ui_theme();
    bool ok = true;
    int visible = 0;
    SDL_Rect boxes[SCREENS_MAX_ITEMS];
    item_boxes(c, m, x, boxes);
    for (int i = 0; i < m->n_items; i++) {
        SDL_Rect b = boxes[i];
        if (b.w <= 0)
            continue;
        visible++;
        /* (Boxes are shrunk by 2 px: rows that touch share an edge.) */
        SDL_Rect in = {b.x + 2, b.y + 2, b.w - 4, b.h - 4};
        long accent = count_colour(c, i == m->focus ? b : in, th->accent);
        SDL_Color fg = m->items[i].disabled ? th->dim : th->text;
        long text = count_text(c, b, fg);
        bool good = i == m->focus ? accent >= b.w + b.h : accent <= 2;
        if (!good || text < 8) {
            print_message("%s item %d at %d,%d %dx%d: accent %ld, text %ld\n", what, i, b.x, b.y,
                          b.w, b.h, accent, text);
            ok = false;
        }
        /* Its middle answers with its index. */
        if (hit(c, m, b.x + b.w / 2, b.y + b.h / 2) != i)
            ok = false;
    }
    SDL_Rect f = m->focus >= 0 ? boxes[m->focus] : (SDL_Rect){0, 0, 1, 1};
    if (f.w <= 0) {
        print_message("%s: the focused item %d is not in view\n", what, m->focus);
        ok = false;
    }
    return ok && visible > 0;
}

/* The beat as it shows under a menu: drawn, then dimmed by the backdrop. */
static SDL_Surface *beat_dimmed(Canvas *c)
{
    UiModel m;
    memset(&m, 0, sizeof m);
    m.screen = SCREEN_BEAT;
    m.view = story_view(story);
    m.story = story;
    m.reveal = -1;
    m.focus = m.hover = -1;
    draw(c, &m);
    SDL_Surface *out = SDL_DuplicateSurface(c->surf);
    SDL_Color k = ui_theme()->backdrop;
    Uint32 *px = out->pixels;
    for (int y = 0; y < c->h; y++)
        for (int x = 0; x < c->w; x++) {
            Uint32 p = px[y * (out->pitch / 4) + x], q = 0xff000000u;
            for (int sh = 0; sh <= 16; sh += 8) {
                int ch = (int)((p >> sh) & 255);
                int kc = sh == 16 ? k.r : sh == 8 ? k.g : k.b;
                q |= (Uint32)((kc * k.a + ch * (255 - k.a)) / 255) << sh;
            }
            px[y * (out->pitch / 4) + x] = q;
        }
    return out;
}

/* Over a beat, everything the menu draws is one panel well inside the
 * window: the pixels that differ from the dimmed beat fill one box (a
 * rounded panel's), with the dimmed beat showing all around it. */
static bool check_panel_only(Canvas *c, const UiModel *m, const char *what)
{
    SDL_Surface *ref = beat_dimmed(c);
    draw(c, m);
    int x0 = c->w, y0 = c->h, x1 = -1, y1 = -1;
    const Uint32 *a = ref->pixels;
    for (int y = 0; y < c->h; y++)
        for (int x = 0; x < c->w; x++) {
            Uint32 p = a[y * (ref->pitch / 4) + x], q = pixel(c, x, y);
            SDL_Color k = {(Uint8)(p >> 16), (Uint8)(p >> 8), (Uint8)p, 255};
            if (!near(q, k, 6)) {
                x0 = x < x0 ? x : x0;
                x1 = x > x1 ? x : x1;
                y0 = y < y0 ? y : y0;
                y1 = y > y1 ? y : y1;
            }
        }
    long changed = 0, all = 0;
    for (int y = y0; y <= y1; y++)
        for (int x = x0; x <= x1; x++) {
            Uint32 p = a[y * (ref->pitch / 4) + x];
            SDL_Color k = {(Uint8)(p >> 16), (Uint8)(p >> 8), (Uint8)p, 255};
            changed += !near(pixel(c, x, y), k, 6);
            all++;
        }
    SDL_FreeSurface(ref);
    float mx = 0.01f * (float)c->w, my = 0.01f * (float)c->h;
    double fill = all ? (double)changed / (double)all : 0;
    /* (Near-black panels over a dimmed scene differ from it too little to
     * fill the box in the high-contrast theme: there the box alone counts.) */
    bool ok = x1 > x0 && (float)x0 > mx && (float)y0 > my && (float)x1 < (float)c->w - mx &&
              (float)y1 < (float)c->h - my && (c->v->contrast || fill > 0.96);
    if (!ok)
        print_message("%s: drawn over %d,%d..%d,%d, %.3f of it changed\n", what, x0, y0, x1, y1,
                      fill);
    return ok;
}

static UiModel base_model(ScreenId screen, bool over_beat)
{
    UiModel m;
    memset(&m, 0, sizeof m);
    m.screen = screen;
    m.focus = m.hover = -1;
    m.reveal = -1;
    m.anim = 1;
    m.over_beat = over_beat;
    if (over_beat) {
        m.view = story_view(story);
        m.story = story;
    }
    return m;
}

/* ---- models ---- */

static UiModel pause_menu(void)
{
    static const char *labels[] = {
        "Resume",           "Save", "Load", "Settings", "Glossary", "History", "Pause and breathe",
        "Back to the title"};
    UiModel m = base_model(SCREEN_MENU, true);
    m.menu_style = MENU_LIST;
    m.heading = "Paused";
    m.subheading = "Homework Night · at the kitchen table";
    m.footer = "Up, Down: choose · Enter: open · Esc: back to the story";
    m.n_items = 8;
    for (int i = 0; i < 8; i++)
        m.items[i] = (TitleItem){labels[i], NULL, NULL, NULL, false};
    m.items[1].detail = "saved 2 min ago";
    m.items[2].disabled = true;
    m.items[2].detail = "No saves yet";
    m.focus = 3;
    return m;
}

static UiModel settings_menu(int focus)
{
    static const char *rows[13][3] = {
        {"Text speed", "Normal", "How fast the words appear. Instant shows each line at once."},
        {"Go on by itself", "Off", "After a line is read, the story goes on without a key."},
        {"Skip lines seen before", "Off", "Lines you read in an earlier play show at once."},
        {"Music", "70%", "The soft music under every scene."},
        {"Sounds", "80%", "Room sounds, breathing and the small sounds of each moment."},
        {"Full screen", "Off", "Fill the whole screen, or play in a window."},
        {"Text size", "100%", "Larger text everywhere. The layout makes room for it."},
        {"Easier-to-read font", "Off", "A font some people with dyslexia find easier to read."},
        {"High contrast", "Off", "Black panels, white text and thick outlines."},
        {"Reduce motion", "Off", "No fades, no moving circle, no typewriter."},
        {"Learning feedback", "On",
         "After each choice: what landed inside the other person, "
         "and why. Turn it off to just play."},
        {"Meters", "On", "Connection, their state and your steadiness, top right."},
        {"Read aloud", "Off", "The computer reads every line aloud (needs espeak-ng)."},
    };
    UiModel m = base_model(SCREEN_MENU, false);
    m.menu_style = MENU_VALUES;
    m.heading = "Settings";
    m.footer = "Up, Down: choose · Left, Right: change · Esc: back";
    m.n_items = 13;
    for (int i = 0; i < 13; i++)
        m.items[i] = (TitleItem){rows[i][0], NULL, NULL, rows[i][1], false};
    m.items[12].disabled = true;
    m.items[12].detail = "Not installed";
    m.focus = focus;
    m.help = rows[focus][2];
    return m;
}

static UiModel save_slots(bool over_beat)
{
    UiModel m = base_model(SCREEN_MENU, over_beat);
    m.menu_style = MENU_CARDS;
    m.heading = "Load";
    m.subheading = "Pick up a story where you left it.";
    m.footer = "Up, Down: choose · Enter: load · Esc: back";
    m.n_items = 5;
    m.items[0] = (TitleItem){"Slot 1", "Homework Night · at the kitchen table · today 19:40", NULL,
                             NULL, false};
    m.items[1] = (TitleItem){"Slot 2", "The Long Drive · at the school gate · yesterday 08:12",
                             "Connection 62 · 7 choices made · 1 rupture open", NULL, false};
    m.items[2] = (TitleItem){"Slot 3", "Empty", NULL, NULL, true};
    m.items[3] = (TitleItem){"Slot 4", "Homework Night · the bedroom door · 3 March",
                             "Connection 40 · 11 choices made", NULL, false};
    m.items[4] = (TitleItem){"Slot 5", "Empty", NULL, NULL, true};
    m.focus = 1;
    return m;
}

static UiModel library(int n, int focus)
{
    static const char *names[] = {"Homework Night", "The Long Drive", "First Session",
                                  "Lights Out",     "The Phone Call", "Sunday Visit"};
    static char details[12][120];
    UiModel m = base_model(SCREEN_MENU, false);
    m.menu_style = MENU_CARDS;
    m.heading = "Stories";
    m.subheading = "Each one is a single evening, about ten minutes long.";
    m.footer = "Up, Down: choose · Enter: play · Esc: back";
    m.n_items = n;
    for (int i = 0; i < n; i++) {
        snprintf(details[i], sizeof details[i], "%s · about %d minutes · %d of 4 endings reached",
                 i % 2 ? "parent and teen" : "parent and child", 10 + i, i % 5);
        m.items[i] = (TitleItem){names[i % 6], details[i],
                                 "Maya is nine and stuck on a page of sums; it is late and you "
                                 "are tired too. *Content note:* raised voices.",
                                 NULL, false};
    }
    m.focus = focus;
    return m;
}

static const char *TOPICS[] = {
    "Attunement",      "Co-regulation",   "Rupture",           "Repair",     "Window of tolerance",
    "Flooding",        "Fight or flight", "Shutdown (freeze)", "Validation", "Bids for connection",
    "Holding a limit", "Fixing",          "Rescuing",          "Dismissing"};

static UiModel glossary(bool over_beat)
{
    UiModel m = base_model(SCREEN_READER, over_beat);
    m.heading = "Glossary";
    m.footer = "Up, Down: topic · Page Up, Page Down: scroll · Esc: back";
    m.n_items = 14;
    for (int i = 0; i < 14; i++)
        m.items[i] = (TitleItem){TOPICS[i], NULL, NULL, NULL, false};
    m.focus = 4;
    m.body_title = TOPICS[4];
    m.body = "The *window of tolerance* is the range of arousal in which a person can think, "
             "feel and stay in contact at the same time.\n\n"
             "Above it, a body goes into **fight or flight**: a racing heart, a loud voice, "
             "hands that cannot stay still. Below it, into **shutdown**: a flat face, a far-"
             "away look, a quiet that is not calm.\n\n"
             "Nobody learns while outside their window. So the first job is to help the other "
             "person back inside it, *before* any teaching or fixing.\n\n"
             "*In the stories:* the word beside their face says where they are.";
    m.scroll = 0;
    return m;
}

static char history_text[20000];

static UiModel history(int scroll)
{
    if (!history_text[0]) {
        size_t at = 0;
        /* A 40-choice play: about 15 KB, with markup enough that one layout
         * of it all would need more runs than text.c keeps (so the end shows
         * only because the page is laid out in chunks). */
        for (int i = 1; i <= 40; i++)
            at += (size_t)snprintf(history_text + at, sizeof history_text - at,
                                   "**%d. Maya:** *\"I can't do it. I'm just stupid at "
                                   "maths.\"* She pushes the page away and stares at the "
                                   "fridge. The pencil rolls off the table.\n"
                                   "**You:** \"That page looks like it has been fighting you "
                                   "all evening. I'm here.\"\n"
                                   "*Attuning* — she felt **met** before being [[helped|fix]]: "
                                   "*naming* the feeling first lets her stay in the room. "
                                   "**Connection %d**, *steadiness %d*.\n\n",
                                   i, 40 + i, 60 + i / 2);
        snprintf(history_text + at, sizeof history_text - at, "**The end of the history.**");
    }
    UiModel m = base_model(SCREEN_READER, true);
    m.heading = "History";
    m.body_title = "Homework Night, so far";
    m.footer = "Up, Down, Page Up, Page Down: scroll · Esc: back";
    m.body = history_text;
    m.scroll = scroll;
    return m;
}

static UiModel breathe(float anim, bool over_beat)
{
    UiModel m = base_model(SCREEN_BREATHE, over_beat);
    m.heading = "Pause and breathe";
    m.subheading = "Nothing is waiting. Take as long as you like.";
    m.footer = "Enter or Esc: back when you are ready";
    m.anim = anim;
    return m;
}

/* ---- tests ---- */

static int setup(void **state)
{
    (void)state;
    assert_true(paths_init());
    assert_int_equal(TTF_Init(), 0);
    paths_join(lib, sizeof lib, paths_data_dir(), "scripts/lib/attune");
    paths_join(story_path, sizeof story_path, paths_data_dir(), "scripts/stories/homework-night");
    StoryError err;
    story = story_load(story_path, lib, 3, &err);
    assert_non_null(story);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    story_destroy(story);
    return 0;
}

static void pause_menu_over_beat(void **state)
{
    (void)state;
    for (int k = 0; k < N_VARIANTS; k++) {
        Canvas c;
        canvas_open(&c, &VARIANTS[k]);
        UiModel m = pause_menu();
        bool ok = check_panel_only(&c, &m, "pause");
        ok = check_focus(&c, &m, ANY, "pause") && ok;
        ok = hit(&c, &m, 2, 2) == -1 && ok;
        shot(&c, "pause", ok);
        /* Hover lightens a card without the focus outline. */
        SDL_Rect b = {0, 0, 0, 0};
        for (int i = 0; i < m.n_items && b.w == 0; i++)
            if (i != m.focus && !m.items[i].disabled) {
                m.hover = i;
                b = item_box(&c, &m, ANY, i);
            }
        draw(&c, &m);
        shot(&c, "pause-hover", b.w > 0 && count_colour(&c, b, ui_theme()->accent) <= 2);
        canvas_close(&c);
    }
}

static void settings_scroll_to_focus(void **state)
{
    (void)state;
    for (int k = 0; k < N_VARIANTS; k++) {
        Canvas c;
        canvas_open(&c, &VARIANTS[k]);
        for (int f = 0; f < 13; f += 6) {
            UiModel m = settings_menu(f);
            draw(&c, &m);
            bool ok = check_focus(&c, &m, ANY, "settings");
            char name[32];
            snprintf(name, sizeof name, "settings-%d", f);
            shot(&c, name, ok);
        }
        /* The last of 13 rows, focused, is in view and answers the pointer. */
        UiModel m = settings_menu(12);
        draw(&c, &m);
        SDL_Rect last = item_box(&c, &m, ANY, 12);
        bool ok = last.w > 0 && hit(&c, &m, last.x + last.w / 2, last.y + last.h / 2) == 12 &&
                  last.y + last.h <= c.h;
        /* At the smallest window the rows do not all fit: the first is out of view. */
        if (c.h <= 360)
            ok = ok && item_box(&c, &m, ANY, 0).w == 0;
        /* The help sits beside the rows, over none of them; or, on a narrow
         * panel, inside the focused row, which grows to hold it. */
        SDL_Rect rows[SCREENS_MAX_ITEMS], bare[SCREENS_MAX_ITEMS];
        item_boxes(&c, &m, ANY, rows);
        SDL_Surface *with = SDL_DuplicateSurface(c.surf);
        m.help = NULL;
        draw(&c, &m);
        item_boxes(&c, &m, ANY, bare);
        if (rows[12].h > bare[12].h) {
            ok = ok && rows[12].h >= bare[12].h + 8;
        } else {
            SDL_Rect help = {c.w, c.h, -1, -1};
            for (int y = 0; y < c.h; y++)
                for (int x = 0; x < c.w; x++)
                    if (pixel(&c, x, y) != ((Uint32 *)with->pixels)[y * (with->pitch / 4) + x]) {
                        help.x = x < help.x ? x : help.x;
                        help.y = y < help.y ? y : help.y;
                        help.w = x > help.w ? x : help.w; /* right, for now */
                        help.h = y > help.h ? y : help.h; /* bottom */
                    }
            help.w -= help.x - 1;
            help.h -= help.y - 1;
            ok = ok && help.w > 0;
            for (int i = 0; i < 13; i++) {
                SDL_Rect none;
                if (rows[i].w > 0 && SDL_IntersectRect(&rows[i], &help, &none)) {
                    print_message("settings: the help %d,%d %dx%d overlaps row %d\n", help.x,
                                  help.y, help.w, help.h, i);
                    ok = false;
                }
            }
        }
        SDL_FreeSurface(with);
        shot(&c, "settings-last", ok);
        canvas_close(&c);
    }
}

static void cards_slots_and_library(void **state)
{
    (void)state;
    for (int k = 0; k < N_VARIANTS; k++) {
        Canvas c;
        canvas_open(&c, &VARIANTS[k]);
        UiModel m = save_slots(true);
        bool ok = check_panel_only(&c, &m, "slots");
        ok = check_focus(&c, &m, ANY, "slots") && ok;
        /* `more` shows under the focused card only: it is the tallest. Empty
         * slots are dimmed: no text there in the full text colour. */
        SDL_Rect b[SCREENS_MAX_ITEMS];
        item_boxes(&c, &m, ANY, b);
        for (int i = 0; i < 5; i++)
            if (i != 1 && b[i].w > 0 && b[i].h >= b[1].h)
                ok = false;
        if (b[2].w > 0 && count_colour(&c, b[2], ui_theme()->text) > 0 &&
            ui_theme()->text.r != ui_theme()->dim.r)
            ok = false;
        shot(&c, "slots", ok);

        /* Twelve stories: the last one focused stays in view. */
        m = library(12, 11);
        draw(&c, &m);
        ok = check_focus(&c, &m, ANY, "library");
        shot(&c, "library-last", ok);
        m = library(4, 0);
        draw(&c, &m);
        shot(&c, "library", check_focus(&c, &m, ANY, "library"));
        canvas_close(&c);
    }
}

static void glossary_topics_and_page(void **state)
{
    (void)state;
    for (int k = 0; k < N_VARIANTS; k++) {
        Canvas c;
        canvas_open(&c, &VARIANTS[k]);
        UiModel m = glossary(k % 2 == 0);
        draw(&c, &m);
        /* The topics are on the left: find the focused one, then check them. */
        SDL_Point at = {0, 0};
        bool ok = find_hit(&c, &m, m.focus, 0.0f, 0.5f, &at);
        ok = ok && check_focus(&c, &m, at.x, "glossary");
        /* The page is on the right of the topics, with text on it. */
        SDL_Rect t = item_box(&c, &m, at.x, m.focus);
        SDL_Rect page = {t.x + t.w, 0, c.w - (t.x + t.w), c.h};
        long text = count_text(&c, page, ui_theme()->text);
        ok = ok && text > (long)c.w * c.h / 400;
        /* A short page does not scroll at the default text size: no arrows. */
        if (c.v->scale <= 1.0f && c.w * 9 == c.h * 16)
            ok = ok && screens_max_scroll(&c.sc, &m, c.w, c.h) == 0 &&
                 !find_hit(&c, &m, MENUS_HIT_DOWN, 0.4f, 1.0f, NULL);
        if (m.over_beat)
            ok = check_panel_only(&c, &m, "glossary") && ok;
        else
            draw(&c, &m);
        shot(&c, "glossary", ok);
        canvas_close(&c);
    }
}

static void history_scrolls_to_its_end(void **state)
{
    (void)state;
    for (int k = 0; k < N_VARIANTS; k++) {
        Canvas c;
        canvas_open(&c, &VARIANTS[k]);
        UiModel m = history(-1);
        int max = screens_max_scroll(&c.sc, &m, c.w, c.h);
        bool ok = max > 0;
        /* -1 is the end: the same picture as the largest scroll. */
        draw(&c, &m);
        SDL_Surface *end = SDL_DuplicateSurface(c.surf);
        m.scroll = max;
        draw(&c, &m);
        bool same = memcmp(end->pixels, c.surf->pixels, (size_t)end->pitch * (size_t)c.h) == 0;
        ok = ok && same;
        /* At the end there is more above (an up arrow), none below; the last
         * lines are drawn, right down to the bottom of the page. */
        SDL_Point up = {0, 0};
        ok = ok && find_hit(&c, &m, MENUS_HIT_UP, 0.5f, 1.0f, &up) &&
             column_hit(&c, &m, up.x, MENUS_HIT_DOWN) < 0;
        long low = count_colour(&c, (SDL_Rect){0, (int)(c.h * 0.70f), c.w, (int)(c.h * 0.18f)},
                                ui_theme()->text);
        ok = ok && low > (long)c.w * c.h / 2000 && strlen(history_text) > 14000;
        if (!ok)
            print_message("history end: max %d, same %d, up at %d,%d, text low %ld\n", max, same,
                          up.x, up.y, low);
        ok = check_panel_only(&c, &m, "history") && ok;
        shot(&c, "history-end", ok);
        /* The top: a down arrow, no up arrow, and a different picture. */
        m.scroll = 0;
        draw(&c, &m);
        int down = column_hit(&c, &m, up.x, MENUS_HIT_DOWN);
        ok = memcmp(end->pixels, c.surf->pixels, (size_t)end->pitch * (size_t)c.h) != 0 &&
             down > up.y && column_hit(&c, &m, up.x, MENUS_HIT_UP) < 0;
        shot(&c, "history-top", ok);
        SDL_FreeSurface(end);
        /* Timing of a frame of the big page, for information (a cached frame). */
        m.scroll = max / 2;
        draw(&c, &m);
        Uint64 t0 = SDL_GetPerformanceCounter();
        draw(&c, &m);
        double ms = (double)(SDL_GetPerformanceCounter() - t0) * 1000.0 /
                    (double)SDL_GetPerformanceFrequency();
        print_message("history (%zu bytes, %d lines of scroll) at %dx%d %s: %.1f ms a frame\n",
                      strlen(history_text), max, c.w, c.h, c.v->tag, ms);
        canvas_close(&c);
    }
}

/* Pixels of the breathing circle (the theme's calm green). */
static long circle_pixels(Canvas *c)
{
    long n = 0;
    for (int y = 0; y < c->h; y++)
        for (int x = 0; x < c->w; x++) {
            Uint32 p = pixel(c, x, y);
            int r = (int)((p >> 16) & 255), g = (int)((p >> 8) & 255), b = (int)(p & 255);
            n += g > r + 25 && g > b + 15 && g > 120;
        }
    return n;
}

static void breathe_circle_follows_the_breath(void **state)
{
    (void)state;
    for (int k = 0; k < N_VARIANTS; k++) {
        Canvas c;
        canvas_open(&c, &VARIANTS[k]);
        /* Almost fully in (3.9 s of 10) against fully out (the start). */
        UiModel m = breathe(0.39f, true);
        bool ok = check_panel_only(&c, &m, "breathe");
        long open = circle_pixels(&c);
        shot(&c, "breathe-in", ok);
        SDL_Surface *in = SDL_DuplicateSurface(c.surf);
        m = breathe(0.0f, true);
        draw(&c, &m);
        long closed = circle_pixels(&c);
        shot(&c, "breathe-start", closed > 0);
        /* Breathing out, the words change (the circle is about as open). */
        m = breathe(0.79f, false);
        draw(&c, &m);
        shot(&c, "breathe-out", circle_pixels(&c) > closed && circle_pixels(&c) < open);
        /* Reduce motion: still, full, with the instruction in words. */
        m = breathe(1.0f, true);
        draw(&c, &m);
        long still = circle_pixels(&c);
        long diff = 0;
        for (int y = 0; y < c.h; y++)
            for (int x = 0; x < c.w; x++)
                diff += pixel(&c, x, y) != ((Uint32 *)in->pixels)[y * (in->pitch / 4) + x];
        SDL_FreeSurface(in);
        ok = open > closed * 3 && still > closed * 3 && diff > 0;
        if (!ok)
            print_message("breathe: open %ld closed %ld still %ld\n", open, closed, still);
        shot(&c, "breathe-still", ok);
        assert_int_equal(hit(&c, &m, c.w / 2, c.h / 2), -1);
        canvas_close(&c);
    }
}

/* Hostile models: no items, no text at all, a focus out of range, a page of
 * one enormous word. Nothing crashes and nothing hits. */
static void odd_models_draw_safely(void **state)
{
    (void)state;
    Canvas c;
    canvas_open(&c, &VARIANTS[1]);
    for (int style = MENU_LIST; style <= MENU_CARDS; style++) {
        UiModel m = base_model(SCREEN_MENU, false);
        m.menu_style = (MenuStyle)style;
        draw(&c, &m);
        assert_int_equal(hit(&c, &m, c.w / 2, c.h / 2), -1);
        m = settings_menu(3);
        m.menu_style = (MenuStyle)style;
        m.focus = 99;
        draw(&c, &m);
        m.n_items = SCREENS_MAX_ITEMS;
        for (int i = 13; i < SCREENS_MAX_ITEMS; i++)
            m.items[i] = (TitleItem){"More", NULL, NULL, "x", false};
        m.focus = SCREENS_MAX_ITEMS - 1;
        draw(&c, &m);
        assert_true(item_box(&c, &m, ANY, SCREENS_MAX_ITEMS - 1).w > 0);
    }
    static char word[30000];
    memset(word, 'w', sizeof word - 1);
    UiModel m = base_model(SCREEN_READER, false);
    m.body = word;
    m.scroll = -1;
    draw(&c, &m);
    assert_true(screens_max_scroll(&c.sc, &m, c.w, c.h) > 0);
    /* Long pages with a "[[" never closed, and a link across many lines. */
    static char links[24000];
    for (int k = 0; k < 2; k++) {
        size_t at = (size_t)snprintf(links, sizeof links, "%s", k ? "[[a link\n" : "[[ open\n");
        while (at + 40 < sizeof links - 8)
            at += (size_t)snprintf(links + at, sizeof links - at, "*a line* of **the page**\n");
        snprintf(links + at, sizeof links - at, "%s", k ? "]] end" : "end");
        m.body = links;
        m.scroll = -1;
        draw(&c, &m);
        assert_true(screens_max_scroll(&c.sc, &m, c.w, c.h) > 100);
    }
    m.body = "";
    m.n_items = 3;
    m.focus = -1;
    draw(&c, &m);
    assert_int_equal(screens_max_scroll(&c.sc, &m, c.w, c.h), 0);
    m = breathe(-3.0f, false);
    m.heading = NULL;
    m.footer = NULL;
    draw(&c, &m);
    canvas_close(&c);
}

int main(void)
{
    story_bind(story_lua_binding());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(pause_menu_over_beat),
        cmocka_unit_test(settings_scroll_to_focus),
        cmocka_unit_test(cards_slots_and_library),
        cmocka_unit_test(glossary_topics_and_page),
        cmocka_unit_test(history_scrolls_to_its_end),
        cmocka_unit_test(breathe_circle_follows_the_breath),
        cmocka_unit_test(odd_models_draw_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
