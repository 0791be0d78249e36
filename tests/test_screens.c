/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Screenshot tests: draw real screens of the shipped story off-screen at two
 * sizes with the shipped font and the software renderer, and check
 * properties of the pixels (not blank, text in the text box, answers
 * visible, typewriter hiding text). A PNG is written only on failure. */
#include "attune/story_tools.h"
#include "attune/export.h"
#include "attune/paths.h"
#include "attune/screens.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <SDL.h>
#include <SDL_image.h>
#include <SDL_ttf.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct Canvas {
    SDL_Surface *surf;
    Screens sc;
    int w, h;
} Canvas;

static char lib[1200], story_path[1200];

static void canvas_open(Canvas *c, int w, int h)
{
    memset(c, 0, sizeof *c);
    c->w = w;
    c->h = h;
    c->surf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    char fonts[1200];
    paths_join(fonts, sizeof fonts, paths_data_dir(), "assets/fonts");
    screens_open(&c->sc, SDL_CreateSoftwareRenderer(c->surf), fonts, paths_data_dir(), false);
    assert_non_null(c->sc.text);
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
}

/* Fraction of pixels in a region (fractions of the canvas) that match. */
typedef bool (*PixelTest)(Uint8 r, Uint8 g, Uint8 b);

static double share(Canvas *c, float x0, float y0, float x1, float y1, PixelTest t)
{
    long hit = 0, all = 0;
    const Uint32 *px = c->surf->pixels;
    int pitch = c->surf->pitch / 4;
    for (int y = (int)(y0 * (float)c->h); y < (int)(y1 * (float)c->h); y++)
        for (int x = (int)(x0 * (float)c->w); x < (int)(x1 * (float)c->w); x++) {
            Uint32 p = px[y * pitch + x];
            hit += t((Uint8)(p >> 16), (Uint8)(p >> 8), (Uint8)p);
            all++;
        }
    return all ? (double)hit / (double)all : 0;
}

/* Cream text on the dark panels. */
static bool is_text(Uint8 r, Uint8 g, Uint8 b)
{
    return r > 200 && g > 190 && b > 170;
}
/* The dusk-teal panel and cards. */
static bool is_panel(Uint8 r, Uint8 g, Uint8 b)
{
    return r < 70 && g > 35 && g < 100 && b > 45 && b < 110 && b > r;
}

static double luminance_spread(Canvas *c)
{
    double sum = 0, sq = 0;
    long n = 0;
    const Uint32 *px = c->surf->pixels;
    for (int i = 0; i < c->w * c->h; i += 7) {
        double l = 0.3 * ((px[i] >> 16) & 255) + 0.59 * ((px[i] >> 8) & 255) + 0.11 * (px[i] & 255);
        sum += l;
        sq += l * l;
        n++;
    }
    double mean = sum / (double)n;
    return sqrt(sq / (double)n - mean * mean);
}

static void keep_on_failure(Canvas *c, const char *name, bool ok)
{
    if (!ok) {
        char path[256];
        snprintf(path, sizeof path, "screens-%s-%dx%d.png", name, c->w, c->h);
        IMG_SavePNG(c->surf, path);
        fail_msg("screen '%s' at %dx%d failed; see %s", name, c->w, c->h, path);
    }
}

static int setup(void **state)
{
    (void)state;
    assert_true(paths_init());
    assert_int_equal(TTF_Init(), 0);
    paths_join(lib, sizeof lib, paths_data_dir(), "scripts/lib/attune");
    paths_join(story_path, sizeof story_path, paths_data_dir(), "scripts/stories/homework-night");
    return 0;
}

static void beat_at(int w, int h)
{
    StoryError err;
    Story *s = story_load(story_path, lib, 3, &err);
    assert_non_null(s);
    Canvas c;
    canvas_open(&c, w, h);
    UiModel m;
    memset(&m, 0, sizeof m);
    m.screen = SCREEN_BEAT;
    m.view = story_view(s);
    m.story = s;
    m.focus = m.hover = -1;

    /* Fully revealed: a picture, text in the box, answers on cards. */
    m.reveal = -1;
    draw(&c, &m);
    double spread = luminance_spread(&c);
    double box_text = share(&c, 0.05f, 0.70f, 0.95f, 0.95f, is_text);
    double box_panel = share(&c, 0.05f, 0.70f, 0.95f, 0.95f, is_panel);
    double col_text = share(&c, 0.50f, 0.22f, 0.96f, 0.64f, is_text);
    (void)col_text;
    double col_panel = share(&c, 0.50f, 0.22f, 0.96f, 0.64f, is_panel);
    print_message("%dx%d: spread %.1f, box text %.3f panel %.3f, answers text %.3f panel %.3f\n", w,
                  h, spread, box_text, box_panel, col_text, col_panel);
    keep_on_failure(&c, "beat",
                    spread > 20 && box_text > 0.008 && box_panel > 0.4 && col_panel > 0.2);

    /* Mid-typewriter: less text, and no answers yet. */
    SDL_Surface *full = SDL_DuplicateSurface(c.surf);
    m.reveal = 3;
    draw(&c, &m);
    double box_text_early = share(&c, 0.05f, 0.70f, 0.95f, 0.95f, is_text);
    print_message("reveal 3: box text %.4f\n", box_text_early);
    /* The answers appear only once the line is complete: in their column the
     * revealed frame differs from this one (the cards) and adds text. */
    long changed = 0, new_text = 0, all = 0;
    const Uint32 *a = full->pixels, *b = c.surf->pixels;
    for (int y = (int)(0.22f * (float)h); y < (int)(0.64f * (float)h); y++)
        for (int x = (int)(0.50f * (float)w); x < (int)(0.96f * (float)w); x++) {
            Uint32 pa = a[y * full->pitch / 4 + x], pb = b[y * c.surf->pitch / 4 + x];
            changed += pa != pb;
            new_text += is_text((Uint8)(pa >> 16), (Uint8)(pa >> 8), (Uint8)pa) &&
                        !is_text((Uint8)(pb >> 16), (Uint8)(pb >> 8), (Uint8)pb);
            all++;
        }
    print_message("answers: %.3f of the column changed, %.4f new text\n",
                  (double)changed / (double)all, (double)new_text / (double)all);
    SDL_FreeSurface(full);
    keep_on_failure(&c, "reveal",
                    box_text_early < box_text / 3 && (double)changed / (double)all > 0.2 &&
                        (double)new_text / (double)all > 0.003);

    /* Answers can be hit where they are drawn. */
    m.reveal = -1;
    int hits = 0;
    for (int y = 0; y < h; y += 4)
        if (screens_hit(&c.sc, &m, w, h, (int)(0.75f * (float)w), y) >= 0)
            hits++;
    assert_true(hits > 0);
    assert_int_equal(screens_hit(&c.sc, &m, w, h, 2, 2), -1);
    canvas_close(&c);
    story_destroy(s);
}

static void beat_at_720p(void **state)
{
    (void)state;
    beat_at(1280, 720);
}

static void beat_at_small_window(void **state)
{
    (void)state;
    beat_at(640, 360);
}

/* The pixels the last draw left in a copy (caller frees). */
static SDL_Surface *snapshot(Canvas *c)
{
    SDL_Surface *copy = SDL_DuplicateSurface(c->surf);
    assert_non_null(copy);
    return copy;
}

static bool same_pixels(SDL_Surface *a, SDL_Surface *b)
{
    for (int y = 0; y < a->h; y++)
        if (memcmp((const Uint8 *)a->pixels + y * a->pitch, (const Uint8 *)b->pixels + y * b->pitch,
                   (size_t)a->w * 4) != 0)
            return false;
    return true;
}

/* The feedback screen shows what the view says of the answer's kind -- its
 * label and whether the rules count it attuned (rules.lua's, through the
 * story) -- and reads nothing from the kind's id itself. */
static void feedback_shows_the_rules_words(void **state)
{
    (void)state;
    StoryError err;
    Story *s = story_load(story_path, lib, 3, &err);
    assert_non_null(s);
    assert_true(story_choose(s, 0, &err));
    StoryView v = *story_view(s);
    assert_true(v.has_feedback);
    assert_string_equal(v.feedback.label, kinds_label(story_info(s)->kinds, v.feedback.kind));
    Canvas c;
    canvas_open(&c, 1280, 720);
    UiModel m;
    memset(&m, 0, sizeof m);
    m.screen = SCREEN_FEEDBACK;
    m.view = &v;
    m.story = s;
    m.focus = m.hover = -1;
    m.reveal = -1;
    m.anim = 1;
    draw(&c, &m);
    SDL_Surface *first = snapshot(&c);
    /* Another kind's id, the same words and flag: the same picture. */
    v.feedback.kind = strcmp(v.feedback.kind, "fix") == 0 ? "attune" : "fix";
    draw(&c, &m);
    keep_on_failure(&c, "feedback-kind-id", same_pixels(first, c.surf));
    /* Other words, or the other flag: another picture. */
    v.feedback.label = "Quick fixing";
    draw(&c, &m);
    keep_on_failure(&c, "feedback-label", !same_pixels(first, c.surf));
    v.feedback.label = story_view(s)->feedback.label;
    /* Each of the three tones draws its own mark. */
    KindTone was = v.feedback.tone;
    for (KindTone t = KIND_NEITHER; t <= KIND_MISSED; t++) {
        if (t == was)
            continue;
        v.feedback.tone = t;
        draw(&c, &m);
        keep_on_failure(&c, "feedback-tone", !same_pixels(first, c.surf));
    }
    SDL_FreeSurface(first);
    canvas_close(&c);
    story_destroy(s);
}

static void title_and_error_screens(void **state)
{
    (void)state;
    Canvas c;
    canvas_open(&c, 1024, 768); /* 4:3 */
    UiModel m;
    memset(&m, 0, sizeof m);
    m.screen = SCREEN_TITLE;
    m.n_items = 2;
    m.items[0] = (TitleItem){.label = "Homework Night",
                             .detail = "parent-child · about 12 minutes",
                             .more = "A summary shown while the card has the focus."};
    m.items[1] = (TitleItem){.label = "Quit"};
    m.focus = 0;
    m.hover = -1;
    draw(&c, &m);
    keep_on_failure(&c, "title",
                    luminance_spread(&c) > 10 && share(&c, 0, 0, 1, 0.3f, is_text) > 0.01);
    StoryError err = {"story.lua", 12, "next = 'argu' names no beat"};
    memset(&m, 0, sizeof m);
    m.screen = SCREEN_ERROR;
    m.error = &err;
    draw(&c, &m);
    keep_on_failure(&c, "error", share(&c, 0.1f, 0.2f, 0.9f, 0.45f, is_text) > 0.004);
    canvas_close(&c);
}

/* Play `s` to its end, always taking the first answer within reach. */
static void play_to_end(Story *s)
{
    StoryError err;
    for (int step = 0; step < 200 && !story_view(s)->is_ending; step++) {
        const StoryView *v = story_view(s);
        int pick = 0;
        while (pick < v->n_choices && !v->choices[pick].enabled)
            pick++;
        assert_true(story_choose(s, pick, &err));
    }
    assert_true(story_view(s)->is_ending);
}

/* With ATTUNE_TEST_SHOTS=DIR, keep a picture of what was drawn (to look at). */
static void keep_shot(Canvas *c, const char *name)
{
    const char *dir = getenv("ATTUNE_TEST_SHOTS");
    if (!dir || !*dir)
        return;
    char path[1200];
    snprintf(path, sizeof path, "%s/%s-%dx%d.png", dir, name, c->w, c->h);
    IMG_SavePNG(c->surf, path);
}

/* The feedback says why your steadiness moved, from the rules: before and
 * after, and what did it; the same text is drawn in the box. */
static void feedback_explains_steadiness(void **state)
{
    (void)state;
    StoryError err;
    Story *s = story_load(story_path, lib, 3, &err);
    assert_non_null(s);
    const StoryStep *f = NULL;
    for (int step = 0; step < 40 && !story_view(s)->is_ending; step++) {
        const StoryView *v = story_view(s);
        int pick = 0;
        while (pick < v->n_choices && !v->choices[pick].enabled)
            pick++;
        int before = v->steadiness;
        assert_true(story_choose(s, pick, &err));
        f = &story_view(s)->feedback;
        assert_int_equal(f->steadiness_before, before);
        if (f->steadiness != before)
            break;
        assert_null(f->steady); /* nothing moved: nothing said */
        f = NULL;
    }
    assert_non_null(f);
    char want[64];
    snprintf(want, sizeof want, "from %d to %d: ", f->steadiness_before, f->steadiness);
    assert_non_null(f->steady);
    assert_non_null(strstr(f->steady, want));
    assert_non_null(strstr(f->steady, "steadiness"));
    Canvas c;
    canvas_open(&c, 1280, 720);
    UiModel m;
    memset(&m, 0, sizeof m);
    m.screen = SCREEN_FEEDBACK;
    m.view = story_view(s);
    m.story = s;
    m.focus = m.hover = -1;
    draw(&c, &m);
    keep_shot(&c, "feedback");
    SDL_Surface *with = snapshot(&c);
    StoryView v = *story_view(s);
    v.feedback.steady = NULL;
    m.view = &v;
    draw(&c, &m);
    keep_on_failure(&c, "feedback-steady", !same_pixels(with, c.surf));
    SDL_FreeSurface(with);
    canvas_close(&c);
    story_destroy(s);
}

/* A long play's debrief is saved whole, as one picture: its pages one under
 * the other, each full HD, the last one drawn too. */
static void debrief_exported_whole(void **state)
{
    (void)state;
    StoryError err;
    Story *s = story_load(story_path, lib, 3, &err);
    assert_non_null(s);
    play_to_end(s);
    int steps = story_history_count(s);
    assert_true(steps > 10);
    Canvas c;
    canvas_open(&c, 64, 64); /* only its look is used */
    UiModel m;
    memset(&m, 0, sizeof m);
    m.screen = SCREEN_ENDING;
    m.view = story_view(s);
    m.story = s;
    char dir[] = "/tmp/attune-export-XXXXXX", path[1200], fonts[1200];
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/debrief.png", dir);
    paths_join(fonts, sizeof fonts, paths_data_dir(), "assets/fonts");
    int want = screens_ending_pages(&c.sc, &m, 1920, 1080);
    assert_true(want >= 2); /* the ending and its chart, then the choices */
    int pages = export_png(&m, &c.sc, false, fonts, 1920, 1080, path);
    assert_int_equal(pages, want);
    SDL_Surface *img = IMG_Load(path);
    assert_non_null(img);
    assert_int_equal(img->w, 1920);
    assert_int_equal(img->h, 1080 * pages);
    /* Every page has its panel and text: cream pixels in each band. */
    SDL_Surface *rgb = SDL_ConvertSurfaceFormat(img, SDL_PIXELFORMAT_ARGB8888, 0);
    assert_non_null(rgb);
    for (int p = 0; p < pages; p++) {
        long cream = 0;
        const Uint32 *px = rgb->pixels;
        for (int y = p * 1080; y < (p + 1) * 1080; y += 3)
            for (int x = 0; x < 1920; x += 3) {
                Uint32 q = px[y * (rgb->pitch / 4) + x];
                cream += is_text((Uint8)(q >> 16), (Uint8)(q >> 8), (Uint8)q);
            }
        assert_true(cream > 500);
    }
    if (getenv("ATTUNE_TEST_SHOTS")) {
        char keep[1300];
        snprintf(keep, sizeof keep, "%s/export-tall.png", getenv("ATTUNE_TEST_SHOTS"));
        IMG_SavePNG(img, keep);
    }
    SDL_FreeSurface(rgb);
    SDL_FreeSurface(img);
    char after[1300];
    snprintf(after, sizeof after, "%s/debrief-2.png", dir);
    assert_false(paths_is_file(after)); /* one file, not one a page */
    remove(path);
    rmdir(dir);
    canvas_close(&c);
    story_destroy(s);
}

/* At 1280x720 a page of the debrief holds at least six choices; the pages
 * hold every choice once; a page past the last draws the last. */
static void debrief_pages_at_720p(void **state)
{
    (void)state;
    StoryError err;
    Story *s = story_load(story_path, lib, 3, &err);
    assert_non_null(s);
    play_to_end(s);
    int steps = story_history_count(s);
    Canvas c;
    canvas_open(&c, 1280, 720);
    UiModel m;
    memset(&m, 0, sizeof m);
    m.screen = SCREEN_ENDING;
    m.view = story_view(s);
    m.story = s;
    int pages = screens_ending_pages(&c.sc, &m, c.w, c.h);
    assert_true(pages >= 2);
    int seen = 0;
    for (int p = 0; p < pages; p++) {
        m.page = p;
        draw(&c, &m);
        char name[32];
        snprintf(name, sizeof name, "debrief-page%d", p);
        keep_shot(&c, name);
        if (p == 0)
            assert_int_equal(c.sc.timeline_drawn, 0); /* the ending and its chart */
        else if (p + 1 < pages)
            keep_on_failure(&c, "debrief-six", c.sc.timeline_drawn >= 6);
        seen += c.sc.timeline_drawn;
    }
    assert_int_equal(seen, steps);
    /* Within bounds: past the end is the last page, nothing after it. */
    m.page = pages - 1;
    draw(&c, &m);
    SDL_Surface *last = SDL_DuplicateSurface(c.surf);
    m.page = pages + 5;
    draw(&c, &m);
    keep_on_failure(&c, "debrief-past-end", same_pixels(last, c.surf));
    SDL_FreeSurface(last);
    canvas_close(&c);
    story_destroy(s);
}

/* The roads side by side (C): every row of both, from where they parted,
 * the first included. */
static void debrief_compare_shows_every_row(void **state)
{
    (void)state;
    StoryError err;
    Story *s = story_load(story_path, lib, 3, &err);
    assert_non_null(s);
    play_to_end(s);
    int n = story_history_count(s);
    /* A road left at choice 3, two steps longer than this one. */
    enum { FORK = 2 };
    int rn = n + 2;
    int conn[256];
    const char *kind[256], *text[256];
    assert_true(rn <= 256);
    for (int i = 0; i < rn; i++) {
        conn[i] = i < n ? story_history(s, i)->connection : 40;
        kind[i] = i < n ? story_history(s, i)->kind : "fix";
        text[i] = i < n ? story_history(s, i)->text : "Another thing said.";
    }
    UiRoad road = {FORK, rn, conn, kind, text, "Apart"};
    Canvas c;
    canvas_open(&c, 1280, 720);
    UiModel m;
    memset(&m, 0, sizeof m);
    m.screen = SCREEN_ENDING;
    m.view = story_view(s);
    m.story = s;
    m.n_roads = 1;
    m.roads = &road;
    m.compare = true;
    int pages = screens_ending_pages(&c.sc, &m, c.w, c.h), rows = 0;
    for (int p = 1; p < pages; p++) {
        m.page = p;
        draw(&c, &m);
        char name[32];
        snprintf(name, sizeof name, "compare-page%d", p);
        keep_shot(&c, name);
        assert_true(c.sc.timeline_drawn >= 1);
        rows += c.sc.timeline_drawn;
    }
    assert_int_equal(rows, rn - FORK); /* every row from the fork, the first too */
    m.compare = false;
    m.page = 0;
    draw(&c, &m);
    keep_shot(&c, "debrief-roads");
    canvas_close(&c);
    story_destroy(s);
}

/* A debrief entry too tall for the list at a small window (a repair, with the
 * rules' sentence naming what it mended) is still shown, shortened, when it is
 * the first on the page: otherwise the player could never see it. */
static void a_tall_debrief_entry_is_still_shown(void **state)
{
    (void)state;
    StoryError err;
    char dir[1200];
    snprintf(dir, sizeof dir, "%s/stories/rules", getenv("ATTUNE_FIXTURES"));
    Story *s = story_load(dir, lib, 1, &err);
    assert_non_null(s);
    static const int road[] = {1, 1, 3}; /* fix, dismiss (deepened), repair */
    for (int i = 0; i < 3; i++)
        assert_true(story_choose(s, road[i], &err));
    assert_true(story_view(s)->is_ending);
    Canvas c;
    canvas_open(&c, 320, 240);
    UiModel m;
    memset(&m, 0, sizeof m);
    m.screen = SCREEN_ENDING;
    m.view = story_view(s);
    m.story = s;
    int pages = screens_ending_pages(&c.sc, &m, c.w, c.h);
    assert_true(pages >= 2);
    for (int page = 1; page < pages; page++) {
        m.page = page;
        draw(&c, &m);
        assert_true(c.sc.timeline_drawn >= 1);
    }
    canvas_close(&c);
    story_destroy(s);
}

int main(void)
{
    story_bind(story_lua_binding());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(beat_at_720p),
        cmocka_unit_test(beat_at_small_window),
        cmocka_unit_test(title_and_error_screens),
        cmocka_unit_test(feedback_shows_the_rules_words),
        cmocka_unit_test(feedback_explains_steadiness),
        cmocka_unit_test(debrief_exported_whole),
        cmocka_unit_test(debrief_pages_at_720p),
        cmocka_unit_test(debrief_compare_shows_every_row),
        cmocka_unit_test(a_tall_debrief_entry_is_still_shown),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
