/* Tests of the text module: UTF-8, markup, wrapping, the typewriter clip. */
#include "attune/paths.h"
#include "attune/text.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <SDL.h>
#include <SDL_ttf.h>
#include <string.h>

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

static int teardown(void **state)
{
    Fixture *f = *state;
    text_destroy(f->t);
    SDL_DestroyRenderer(f->r);
    SDL_FreeSurface(f->surf);
    TTF_Quit();
    return 0;
}

static void utf8_decodes_and_rejects(void **state)
{
    (void)state;
    const char *s = "é—“ok”";
    size_t i = 0, n = strlen(s);
    assert_int_equal(text_utf8_next(s, n, &i), 0xE9);
    assert_int_equal(text_utf8_next(s, n, &i), 0x2014);
    assert_int_equal(text_utf8_next(s, n, &i), 0x201C);
    assert_true(text_utf8_valid(s, n));
    assert_false(text_utf8_valid("\xC3", 1));           /* cut short */
    assert_false(text_utf8_valid("\xC0\xAF", 2));       /* overlong '/' */
    assert_false(text_utf8_valid("\xED\xA0\x80", 3));   /* a surrogate */
    assert_false(text_utf8_valid("a\xFF" "b", 3));
    assert_true(text_utf8_valid("\xEF\xBF\xBD", 3));    /* a real U+FFFD */
    i = 0;
    assert_int_equal(text_utf8_next("\xFF", 1, &i), 0xFFFD);
    assert_int_equal(i, 1);
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(utf8_decodes_and_rejects),
        cmocka_unit_test(wraps_more_when_narrower),
        cmocka_unit_test(markup_is_not_counted_or_drawn),
        cmocka_unit_test(newline_and_long_words),
        cmocka_unit_test(reveal_draws_a_prefix),
        cmocka_unit_test(drawn_text_stays_inside_its_width),
        cmocka_unit_test(invalid_utf8_is_drawn_not_crashed),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
