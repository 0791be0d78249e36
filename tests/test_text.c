/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Tests of the text module: markup and [[links]] drawn, wrapping, the
 * typewriter clip, and the dyslexia-friendly family (utf8.c and markup.c
 * have their own tests). The layout tests run twice: once in Open Sans,
 * once in OpenDyslexic. */
#include "attune/markup.h"
#include "attune/paths.h"
#include "attune/text.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <SDL.h>
#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct Fixture {
    SDL_Surface *surf;
    SDL_Renderer *r;
    Text *t;
} Fixture;

static int setup(void **state)
{
    static Fixture f;
    assert_true(paths_init());
    assert_int_equal(TTF_Init(), 0);
    f.surf = SDL_CreateRGBSurfaceWithFormat(0, 800, 400, 32, SDL_PIXELFORMAT_ARGB8888);
    f.r = SDL_CreateSoftwareRenderer(f.surf);
    char fonts[1200];
    paths_join(fonts, sizeof fonts, paths_data_dir(), "assets/fonts");
    f.t = text_create(f.r, fonts);
    assert_non_null(f.t);
    *state = &f;
    return 0;
}

static int setup_dyslexic(void **state)
{
    setup(state);
    Fixture *f = *state;
    assert_true(text_set_family(f->t, TEXT_FAMILY_DYSLEXIC));
    return 0;
}

static int teardown(void **state)
{
    Fixture *f = *state;
    text_destroy(f->t);
    SDL_DestroyRenderer(f->r);
    SDL_FreeSurface(f->surf);
    TTF_Quit();
    return 0;
}

static void wraps_more_when_narrower(void **state)
{
    Fixture *f = *state;
    const char *s = "Maya pushes the worksheet away and says she is stupid, and that "
                    "Mrs Okafor only gives it to them to be mean.";
    int wide_lines = 0, narrow_lines = 0, w = 0;
    int wide_h = text_measure(f->t, s, 20, 2000, TEXT_REGULAR, &wide_lines, &w);
    int narrow_h = text_measure(f->t, s, 20, 200, TEXT_REGULAR, &narrow_lines, NULL);
    assert_int_equal(wide_lines, 1);
    assert_true(narrow_lines >= 4);
    assert_true(narrow_h > wide_h * 3);
    assert_true(w > 600 && w < 2000);
    /* Every line fits the width it was given. */
    int lines = 0, maxw = 0;
    text_measure(f->t, s, 20, 200, TEXT_REGULAR, &lines, &maxw);
    assert_true(maxw <= 200);
}

static void markup_is_not_counted_or_drawn(void **state)
{
    Fixture *f = *state;
    assert_int_equal(text_char_count(f->t, "I *hate* this", 20, 1000, TEXT_REGULAR), 11);
    assert_int_equal(text_char_count(f->t, "**so** *very*", 20, 1000, TEXT_REGULAR), 7);
    assert_int_equal(text_char_count(f->t, "a \\* b", 20, 1000, TEXT_REGULAR), 5);
    /* Emphasis changes the face: italic text is a different width. */
    int plain = 0, ital = 0;
    text_measure(f->t, "Nobody listens to me", 30, 2000, TEXT_REGULAR, NULL, &plain);
    text_measure(f->t, "*Nobody listens to me*", 30, 2000, TEXT_REGULAR, NULL, &ital);
    assert_int_not_equal(plain, ital);
}

static void newline_and_long_words(void **state)
{
    Fixture *f = *state;
    int lines = 0, w = 0;
    text_measure(f->t, "one\ntwo\nthree", 20, 1000, TEXT_REGULAR, &lines, NULL);
    assert_int_equal(lines, 3);
    /* A word longer than the line is broken, never drawn past the edge. */
    text_measure(f->t, "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 20, 120, TEXT_REGULAR,
                 &lines, &w);
    assert_true(lines >= 3);
    assert_true(w <= 120);
    /* A long word in another style after a short one, in a narrow column
     * (found by fuzz_text): it starts on a new line, never past the edge. */
    text_measure(f->t, "ab *cdefghijklmnopqrstuvwxyz*", 15, 28, TEXT_ITALIC, &lines, &w);
    assert_true(w <= 28 + 15);
    assert_true(lines >= 4);
    assert_int_equal(text_measure(f->t, "", 20, 100, TEXT_REGULAR, &lines, NULL), 0);
    assert_int_equal(text_measure(f->t, NULL, 20, 100, TEXT_REGULAR, &lines, NULL), 0);
}

static long lit_pixels(SDL_Surface *s)
{
    long n = 0;
    const Uint32 *p = s->pixels;
    for (int i = 0; i < s->w * s->h; i++)
        if (((p[i] >> 8) & 0xFF) > 128)
            n++;
    return n;
}

static void reveal_draws_a_prefix(void **state)
{
    Fixture *f = *state;
    const char *s = "The pencil is snapped in half. She won’t look at you.";
    SDL_Color white = {255, 255, 255, 255};
    long counts[3];
    int reveals[3] = {0, 10, -1};
    for (int k = 0; k < 3; k++) {
        SDL_SetRenderDrawColor(f->r, 0, 0, 0, 255);
        SDL_RenderClear(f->r);
        text_draw(f->t, s, 24, 10, 10, 780, TEXT_REGULAR, white, reveals[k]);
        SDL_RenderPresent(f->r);
        counts[k] = lit_pixels(f->surf);
    }
    assert_int_equal(counts[0], 0);
    assert_true(counts[1] > 50);
    assert_true(counts[2] > counts[1] * 3);
}

/* What is drawn stays inside the width it was wrapped to (measured on the
 * pixels, since a line is drawn as one run with kerning across its words). */
static void drawn_text_stays_inside_its_width(void **state)
{
    Fixture *f = *state;
    SDL_Color white = {255, 255, 255, 255};
    const char *s = "You’re so, so cross. I won’t let you throw things — and I’m staying right "
                    "here with you, however long it takes, because you matter more than sums.";
    for (int width = 180; width <= 700; width += 37) {
        SDL_SetRenderDrawColor(f->r, 0, 0, 0, 255);
        SDL_RenderClear(f->r);
        text_draw(f->t, s, 22, 10, 10, width, TEXT_REGULAR, white, -1);
        SDL_RenderPresent(f->r);
        const Uint32 *px = f->surf->pixels;
        int pitch = f->surf->pitch / 4;
        for (int y = 0; y < f->surf->h; y++)
            for (int x = 10 + width + 1; x < f->surf->w; x++)
                if (((px[y * pitch + x] >> 8) & 0xFF) > 40)
                    fail_msg("width %d: a lit pixel at x=%d (limit %d)", width, x, 10 + width);
    }
}

static void invalid_utf8_is_drawn_not_crashed(void **state)
{
    Fixture *f = *state;
    SDL_Color white = {255, 255, 255, 255};
    int h = text_draw(f->t, "bad \xFF\xFE bytes \xC3", 24, 0, 0, 780, TEXT_REGULAR, white, -1);
    assert_true(h > 0);
}

/* Only a link's shown words are counted, measured and drawn. */
static void links_show_their_words(void **state)
{
    Fixture *f = *state;
    assert_int_equal(text_char_count(f->t, "a [[window of tolerance]] b", 20, 1000, TEXT_REGULAR),
                     23);
    assert_int_equal(text_char_count(f->t, "[[shown|term]]", 20, 1000, TEXT_REGULAR), 5);
    assert_int_equal(text_char_count(f->t, "[[|term]]", 20, 1000, TEXT_REGULAR), 4);
    assert_int_equal(text_char_count(f->t, "[[shown|]]", 20, 1000, TEXT_REGULAR), 5);
    /* Inside a link, markup is plain text. */
    assert_int_equal(text_char_count(f->t, "[[*a*]]", 20, 1000, TEXT_REGULAR), 3);
    /* What is not a link stays as written. */
    assert_int_equal(text_char_count(f->t, "[[open", 20, 1000, TEXT_REGULAR), 6);
    assert_int_equal(text_char_count(f->t, "shut]]", 20, 1000, TEXT_REGULAR), 6);
    assert_int_equal(text_char_count(f->t, "[[]]", 20, 1000, TEXT_REGULAR), 4);
    assert_int_equal(text_char_count(f->t, "[[ | ]]", 20, 1000, TEXT_REGULAR), 7);
    assert_int_equal(text_char_count(f->t, "[[a]]]", 20, 1000, TEXT_REGULAR), 2);
    /* A link is drawn in the strong face: as wide as strong text. */
    int link = 0, strong = 0, plain = 0;
    text_measure(f->t, "I [[understood her meaning]] now", 30, 2000, TEXT_REGULAR, NULL, &link);
    text_measure(f->t, "I **understood her meaning** now", 30, 2000, TEXT_REGULAR, NULL, &strong);
    text_measure(f->t, "I understood her meaning now", 30, 2000, TEXT_REGULAR, NULL, &plain);
    assert_true(abs(link - strong) <= 2); /* the link is a run of its own: kerning differs */
    assert_true(link >= plain); /* (OpenDyslexic's bold is barely wider than its regular) */
    /* A link of several words wraps like any words. */
    int lines = 0, w = 0;
    text_measure(f->t, "She is far outside her [[window of tolerance|window]] tonight", 20, 150,
                 TEXT_REGULAR, &lines, &w);
    assert_true(lines >= 3);
    assert_true(w <= 150);
}

/* The rows of the surface that hold a lit pixel, top to bottom. */
static int lit_rows(SDL_Surface *s, int *first, int *last)
{
    int n = 0;
    *first = -1;
    *last = -1;
    const Uint32 *p = s->pixels;
    for (int y = 0; y < s->h; y++)
        for (int x = 0; x < s->w; x++)
            if (((p[y * (s->pitch / 4) + x] >> 8) & 0xFF) > 60) {
                if (*first < 0)
                    *first = y;
                *last = y;
                n++;
                break;
            }
    return n;
}

/* A link is marked by a shape, not by colour: an underline below its words,
 * which the typewriter reveals with them. */
static void links_are_underlined(void **state)
{
    Fixture *f = *state;
    SDL_Color white = {255, 255, 255, 255};
    const char *texts[2] = {"**attunement**", "[[attunement]]"};
    long lit[2];
    int last[2], first;
    for (int k = 0; k < 2; k++) {
        SDL_SetRenderDrawColor(f->r, 0, 0, 0, 255);
        SDL_RenderClear(f->r);
        text_draw(f->t, texts[k], 28, 10, 10, 700, TEXT_REGULAR, white, -1);
        SDL_RenderPresent(f->r);
        lit[k] = lit_pixels(f->surf);
        lit_rows(f->surf, &first, &last[k]);
    }
    assert_true(lit[1] > lit[0] + 100); /* the underline: a line of the word's width */
    assert_true(last[1] > last[0]);     /* below the letters */
    assert_true(last[1] < 10 + text_line_height(f->t, 28)); /* inside its own line */
    /* The renderer's colour and blend mode are left as they were. */
    Uint8 r, g, b, a;
    SDL_SetRenderDrawColor(f->r, 1, 2, 3, 4);
    SDL_SetRenderDrawBlendMode(f->r, SDL_BLENDMODE_NONE);
    text_draw(f->t, texts[1], 28, 10, 10, 700, TEXT_REGULAR, white, -1);
    SDL_GetRenderDrawColor(f->r, &r, &g, &b, &a);
    SDL_BlendMode mode;
    SDL_GetRenderDrawBlendMode(f->r, &mode);
    assert_true(r == 1 && g == 2 && b == 3 && a == 4 && mode == SDL_BLENDMODE_NONE);
    /* Nothing revealed: no underline either. */
    SDL_SetRenderDrawColor(f->r, 0, 0, 0, 255);
    SDL_RenderClear(f->r);
    text_draw(f->t, "a [[link]]", 28, 10, 10, 700, TEXT_REGULAR, white, 0);
    SDL_RenderPresent(f->r);
    assert_int_equal(lit_pixels(f->surf), 0);
    /* The space before a link and after it is not underlined: the line
     * under "in [[it]] now" starts at "it" and ends with it. */
    SDL_RenderClear(f->r);
    text_draw(f->t, "in [[it]] now", 28, 10, 10, 700, TEXT_REGULAR, white, -1);
    SDL_RenderPresent(f->r);
    int in_w = 0, both = 0;
    text_measure(f->t, "in", 28, 700, TEXT_REGULAR, NULL, &in_w);
    text_measure(f->t, "in **it**", 28, 700, TEXT_REGULAR, NULL, &both);
    lit_rows(f->surf, &first, &last[0]);
    const Uint32 *px = f->surf->pixels;
    int row = last[0], left = -1, right = -1;
    for (int x = 0; x < f->surf->w; x++)
        if (((px[row * (f->surf->pitch / 4) + x] >> 8) & 0xFF) > 60) {
            if (left < 0)
                left = x;
            right = x;
        }
    assert_true(left >= 10 + in_w + 2);
    assert_true(right <= 10 + both + 2);
}

/* Hostile markup: a megabyte of unclosed brackets, or of tiny links, is laid
 * out in one pass and drawn without harm. */
static void hostile_links(void **state)
{
    Fixture *f = *state;
    size_t n = 1u << 20;
    char *s = malloc(n + 1);
    assert_non_null(s);
    for (size_t i = 0; i < n; i++)
        s[i] = "[[ x"[i % 4];
    s[n] = '\0';
    char terms[4][64];
    assert_int_equal(markup_links(s, terms, 4), 0);
    assert_true(text_char_count(f->t, s, 12, 300, TEXT_REGULAR) > 0);
    for (size_t i = 0; i < n; i++)
        s[i] = "[[x]]|"[i % 6];
    s[n] = '\0';
    assert_int_equal(markup_links(s, terms, 4), 1);
    SDL_Color white = {255, 255, 255, 255};
    assert_true(text_draw(f->t, s, 12, 0, 0, 300, TEXT_REGULAR, white, 100) > 0);
    free(s);
    text_draw(f->t, "[[a\n|b]] [[\xFF|\xC3]] [[*|*]] \\[[x]]", 20, 0, 0, 300, TEXT_ITALIC, white,
              -1);
}

/* OpenDyslexic is wider and taller than Open Sans at the same px; switching
 * lays everything out again in the new face, and back. */
static void families_switch_and_measure(void **state)
{
    Fixture *f = *state;
    assert_true(text_set_family(f->t, TEXT_FAMILY_SANS));
    const char *s = "You can only lend the calm you have.";
    int sans_lh = text_line_height(f->t, 24), sans_w = 0;
    text_measure(f->t, s, 24, 5000, TEXT_REGULAR, NULL, &sans_w);
    assert_true(text_set_family(f->t, TEXT_FAMILY_DYSLEXIC));
    assert_true(text_set_family(f->t, TEXT_FAMILY_DYSLEXIC)); /* again: nothing changes */
    int dys_lh = text_line_height(f->t, 24), dys_w = 0;
    text_measure(f->t, s, 24, 5000, TEXT_REGULAR, NULL, &dys_w);
    assert_true(dys_lh > sans_lh);
    assert_true(dys_w > sans_w);
    /* The height of a paragraph is its lines times the family's line height. */
    int lines = 0;
    int h = text_measure(f->t, "one\ntwo\nthree", 24, 1000, TEXT_REGULAR, &lines, NULL);
    assert_int_equal(lines, 3);
    assert_int_equal(h, 3 * dys_lh);
    assert_false(text_set_family(f->t, (TextFamily)7));
    assert_true(text_set_family(f->t, TEXT_FAMILY_SANS));
    int again = 0;
    text_measure(f->t, s, 24, 5000, TEXT_REGULAR, NULL, &again);
    assert_int_equal(again, sans_w);
    assert_int_equal(text_line_height(f->t, 24), sans_lh);
}

/* Translations: Greek and Cyrillic are Open Sans's own. OpenDyslexic has no
 * letters for them, so a word in them is measured (and drawn) in Open Sans;
 * a script neither has (Armenian) comes from DejaVu Sans, when installed. */
static void other_scripts_find_their_letters(void **state)
{
    Fixture *f = *state;
    const char *words[] = {"Привет,", "Καλημέρα", "Grüße, ¿qué tal?"};
    int sans_w[3];
    assert_true(text_set_family(f->t, TEXT_FAMILY_SANS));
    for (int i = 0; i < 3; i++)
        text_measure(f->t, words[i], 24, 5000, TEXT_REGULAR, NULL, &sans_w[i]);
    assert_true(text_set_family(f->t, TEXT_FAMILY_DYSLEXIC));
    for (int i = 0; i < 2; i++) {
        int w = 0;
        text_measure(f->t, words[i], 24, 5000, TEXT_REGULAR, NULL, &w);
        assert_int_equal(w, sans_w[i]);
    }
    int latin = 0;
    text_measure(f->t, words[2], 24, 5000, TEXT_REGULAR, NULL, &latin);
    assert_true(latin > sans_w[2]); /* OpenDyslexic's own, wider */
    assert_true(text_set_family(f->t, TEXT_FAMILY_SANS));
    const char *dejavu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    TTF_Font *dv = TTF_OpenFont(dejavu, 24);
    if (!dv)
        return; /* not installed: nothing to compare with */
    int want = 0, h = 0, got = 0;
    TTF_SetFontHinting(dv, TTF_HINTING_LIGHT); /* as the game sets it */
    TTF_SizeUTF8(dv, "Բարեւ", &want, &h);
    TTF_CloseFont(dv);
    text_measure(f->t, "Բարեւ", 24, 5000, TEXT_REGULAR, NULL, &got);
    assert_int_equal(got, want);
}

/* Without DejaVu Sans (fonts-dejavu-core is only recommended), a word that
 * neither family has letters for stays in the chosen face, and asking for
 * the missing fallback face closes no other face still in use: every slot
 * of the font cache full, a word in Armenian, then each size again. */
static void missing_fallback_font_closes_nothing(void **state)
{
    Fixture *f = *state;
    char fonts[1200];
    paths_join(fonts, sizeof fonts, paths_data_dir(), "assets/fonts");
    text_set_fallback_font_dir("/nonexistent");
    Text *t = text_create(f->r, fonts);
    assert_non_null(t);
    char word[32];
    int w = 0, first[40] = {0};
    for (int px = 10; px < 40; px++) { /* more sizes than the cache has slots */
        snprintf(word, sizeof word, "size%d", px);
        text_measure(t, word, px, 5000, TEXT_REGULAR, NULL, &first[px]);
    }
    for (int px = 10; px < 40; px++) {
        snprintf(word, sizeof word, "\u0532\u0561\u0580%d", px);
        text_measure(t, word, px, 5000, TEXT_REGULAR, NULL, &w);
        snprintf(word, sizeof word, "again%d", px);
        text_measure(t, word, px, 5000, TEXT_REGULAR, NULL, &w);
        assert_true(w > 0);
    }
    text_destroy(t);
    text_set_fallback_font_dir("/usr/share/fonts/truetype/dejavu");
}

/* Without the OpenDyslexic files the text stays in Open Sans; with the faces
 * only in the system's font folders, they are found there. */
static void missing_dyslexic_font_keeps_sans(void **state)
{
    Fixture *f = *state;
    char dir[] = "/tmp/attune-fonts-XXXXXX";
    assert_non_null(mkdtemp(dir));
    const char *files[] = {"OpenSans-Regular.ttf", "OpenSans-Italic.ttf", "OpenSans-Semibold.ttf",
                           "OpenSans-SemiboldItalic.ttf"};
    char from[1200], to[1200];
    for (int i = 0; i < 4; i++) {
        snprintf(from, sizeof from, "%s/assets/fonts/%s", paths_data_dir(), files[i]);
        snprintf(to, sizeof to, "%s/%s", dir, files[i]);
        assert_int_equal(symlink(from, to), 0);
    }
    /* Nor in the system's folder (fonts-opendyslexic not installed). */
    text_set_system_font_dirs("/nonexistent", "/nonexistent");
    Text *t = text_create(f->r, dir);
    assert_non_null(t);
    int before = text_line_height(t, 24);
    assert_false(text_set_family(t, TEXT_FAMILY_DYSLEXIC));
    assert_false(text_set_family(t, TEXT_FAMILY_DYSLEXIC)); /* said once, still no */
    assert_int_equal(text_line_height(t, 24), before);
    assert_int_equal(text_line_height(t, 24), text_line_height(f->t, 24));
    assert_true(text_set_family(t, TEXT_FAMILY_SANS));
    text_destroy(t);

    /* Installed from the Debian package, share/attune/assets/fonts holds no
     * font: the faces come from the font packages' folders (here the source
     * tree's copies stand in for them), the same faces as the game's own. */
    char fonts[1200];
    snprintf(fonts, sizeof fonts, "%s/assets/fonts", paths_data_dir());
    text_set_system_font_dirs(fonts, fonts);
    Text *sys = text_create(f->r, "/nonexistent");
    assert_non_null(sys);
    assert_int_equal(text_line_height(sys, 24), text_line_height(f->t, 24));
    assert_true(text_set_family(sys, TEXT_FAMILY_DYSLEXIC));
    assert_int_not_equal(text_line_height(sys, 24), before);
    text_destroy(sys);
    text_set_system_font_dirs("/usr/share/fonts/truetype/open-sans",
                              "/usr/share/fonts/opentype/opendyslexic");
    for (int i = 0; i < 4; i++) {
        snprintf(to, sizeof to, "%s/%s", dir, files[i]);
        unlink(to);
    }
    rmdir(dir);
}

static void every_style_stays_inside_its_width(void **state)
{
    Fixture *f = *state;
    SDL_Color white = {255, 255, 255, 255};
    const char *s = "*She pulls her sleeves over her hands* and says **it's fine**, that the "
                    "[[window of tolerance]] thing is for other people, really.";
    for (int style = 0; style < 4; style++)
        for (int width = 150; width <= 700; width += 61) {
            SDL_SetRenderDrawColor(f->r, 0, 0, 0, 255);
            SDL_RenderClear(f->r);
            text_draw(f->t, s, 22, 10, 10, width, (TextStyle)style, white, -1);
            SDL_RenderPresent(f->r);
            const Uint32 *px = f->surf->pixels;
            int pitch = f->surf->pitch / 4;
            for (int y = 0; y < f->surf->h; y++)
                for (int x = 10 + width + 1; x < f->surf->w; x++)
                    if (((px[y * pitch + x] >> 8) & 0xFF) > 40)
                        fail_msg("style %d, width %d: a lit pixel at x=%d (limit %d)", style, width,
                                 x, 10 + width);
        }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(wraps_more_when_narrower),
        cmocka_unit_test(markup_is_not_counted_or_drawn),
        cmocka_unit_test(newline_and_long_words),
        cmocka_unit_test(reveal_draws_a_prefix),
        cmocka_unit_test(drawn_text_stays_inside_its_width),
        cmocka_unit_test(invalid_utf8_is_drawn_not_crashed),
        cmocka_unit_test(links_show_their_words),
        cmocka_unit_test(links_are_underlined),
        cmocka_unit_test(hostile_links),
        cmocka_unit_test(every_style_stays_inside_its_width),
        cmocka_unit_test(missing_dyslexic_font_keeps_sans),
        cmocka_unit_test(families_switch_and_measure),
        cmocka_unit_test(other_scripts_find_their_letters),
        cmocka_unit_test(missing_fallback_font_closes_nothing),
    };
    /* The same layout tests in the dyslexia-friendly family. */
    const struct CMUnitTest dyslexic[] = {
        cmocka_unit_test(wraps_more_when_narrower),
        cmocka_unit_test(markup_is_not_counted_or_drawn),
        cmocka_unit_test(newline_and_long_words),
        cmocka_unit_test(reveal_draws_a_prefix),
        cmocka_unit_test(drawn_text_stays_inside_its_width),
        cmocka_unit_test(invalid_utf8_is_drawn_not_crashed),
        cmocka_unit_test(links_show_their_words),
        cmocka_unit_test(links_are_underlined),
        cmocka_unit_test(hostile_links),
        cmocka_unit_test(every_style_stays_inside_its_width),
    };
    int failed = cmocka_run_group_tests_name("text, Open Sans", tests, setup, teardown);
    failed += cmocka_run_group_tests_name("text, OpenDyslexic", dyslexic, setup_dyslexic, teardown);
    return failed;
}
