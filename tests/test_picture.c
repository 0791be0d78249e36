/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Tests of the one set of limits every picture is loaded under (picture.c)
 * and of the one folder rule for every file a story names
 * (paths_resolve_inside, paths_open_regular): sizes read from headers
 * without decoding, an SVG's declared size, elements and coordinates, the
 * size it is drawn at, the deadline, and links, pipes and devices refused
 * before anything reads them. Fixtures: tests/fixtures/stories/hostile-*. */
#include "attune/paths.h"
#include "attune/picture.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char fixtures[1200];

static int setup(void **state)
{
    (void)state;
    const char *f = getenv("ATTUNE_FIXTURES");
    assert_non_null(f);
    snprintf(fixtures, sizeof fixtures, "%s/stories", f);
    assert_int_equal(SDL_Init(0), 0);
    return 0;
}

static bool inspect(const void *data, size_t len, PictureInfo *info, char *why)
{
    return picture_inspect(data, len, info, why, 300);
}

static void png_size_is_read_from_its_header(void **state)
{
    (void)state;
    /* The signature and an IHDR chunk: nothing after it is needed. */
    unsigned char png[33] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13,
                             'I', 'H', 'D', 'R', 0, 0, 0x3e, 0x80, 0, 0, 0x3e, 0x80, 8, 2};
    PictureInfo info;
    char why[300] = "";
    assert_false(inspect(png, sizeof png, &info, why));
    assert_int_equal(info.kind, PICTURE_PNG);
    assert_true(info.w == 16000 && info.h == 16000);
    assert_non_null(strstr(why, "16000x16000 pixels"));
    png[18] = 0x07, png[19] = 0x80; /* width 0x0780 = 1920 */
    png[22] = 0x04, png[23] = 0x38; /* height 0x0438 = 1080 */
    assert_true(inspect(png, sizeof png, &info, why));
    assert_true(info.w == 1920 && info.h == 1080);
}

static void jpeg_size_is_read_from_its_frame_header(void **state)
{
    (void)state;
    /* SOI, an APP0 segment to walk past, then SOF0 with 900 high, 1600 wide. */
    unsigned char jpg[] = {0xFF, 0xD8, 0xFF, 0xE0, 0, 6, 'J', 'F', 'I', 'F',
                           0xFF, 0xC0, 0, 11, 8, 0x03, 0x84, 0x06, 0x40, 3, 0, 0, 0};
    PictureInfo info;
    char why[300] = "";
    assert_true(inspect(jpg, sizeof jpg, &info, why));
    assert_int_equal(info.kind, PICTURE_JPEG);
    assert_true(info.w == 1600 && info.h == 900);
    jpg[10] = 0xFF, jpg[11] = 0xDA; /* image data before any frame header */
    assert_false(inspect(jpg, sizeof jpg, &info, why));
    assert_non_null(strstr(why, "size cannot be read"));
}

static void svg_size_and_complexity_come_from_its_text(void **state)
{
    (void)state;
    PictureInfo info;
    char why[300] = "";
    const char *wide = "<svg width=\"2000\" height=\"1\"><rect width=\"2000\" height=\"1\"/></svg>";
    assert_false(inspect(wide, strlen(wide), &info, why));
    assert_non_null(strstr(why, "2000 times as wide as it is tall"));

    const char *boxed = "<?xml version=\"1.0\"?><!-- <svg width=\"1\" height=\"100\"> -->"
                        "<svg viewBox=\"0 0 800 1000\"><path d=\"M1.5.5L2e1-3z\"/></svg>";
    assert_true(inspect(boxed, strlen(boxed), &info, why));
    assert_true(info.w == 800 && info.h == 1000);
    assert_int_equal(info.elements, 2);
    assert_int_equal(info.numbers, 4); /* 1.5 .5 2e1 3 */

    const char *sized = "<svg width=\"10cm\" height=\"5cm\" viewBox=\"0 0 1 1\"/>";
    assert_true(inspect(sized, strlen(sized), &info, why));
    assert_true(info.w > 377 && info.w < 378 && info.h * 2 == info.w);

    const char *no_size = "<svg><circle r=\"4\"/></svg>";
    assert_false(inspect(no_size, strlen(no_size), &info, why));
    assert_non_null(strstr(why, "declares no size"));

    const char *text = "hello, world";
    assert_false(inspect(text, strlen(text), &info, why));
    assert_non_null(strstr(why, "not a PNG, JPEG or SVG"));
}

static void drawn_size_fits_or_covers_within_the_budget(void **state)
{
    (void)state;
    int w = 0, h = 0;
    picture_box(800, 1000, 1920, 1080, false, &w, &h); /* a portrait fitted */
    assert_int_equal(h, 1080);
    assert_int_equal(w, 864);
    picture_box(1920, 1080, 1000, 1000, true, &w, &h); /* a room covering a square */
    assert_int_equal(h, 1000);
    assert_int_equal(w, 1777);
    picture_box(8, 1, 8192, 8192, true, &w, &h); /* as wide as may be, covering */
    assert_true((double)w * h <= PICTURE_MAX_PIXELS);
    assert_true(w <= PICTURE_MAX_SIDE && h <= PICTURE_MAX_SIDE);
}

static void fixture(char *out, size_t n, const char *story, const char *file)
{
    snprintf(out, n, "%s/%s/%s", fixtures, story, file);
}

static void hostile_pictures_are_refused_in_time(void **state)
{
    (void)state;
    static const struct { const char *story, *file, *why; } cases[] = {
        {"hostile-svg-wide", "wide.svg", "times as wide"},
        {"hostile-svg-complex", "complex.svg", "numbers in its paths"},
        {"hostile-svg-overdraw", "overdraw.svg", "took longer than"},
        {"hostile-png-huge", "huge.png", "16000x16000 pixels"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char path[1400], why[400] = "";
        fixture(path, sizeof path, cases[i].story, cases[i].file);
        Uint64 t0 = SDL_GetTicks64();
        SDL_Surface *s = picture_load(path, 1920, 1080, true, why, sizeof why);
        Uint64 ms = SDL_GetTicks64() - t0;
        print_message("%s: %s (%llu ms)\n", cases[i].file, why, (unsigned long long)ms);
        assert_null(s);
        assert_non_null(strstr(why, cases[i].why));
        assert_true(ms < PICTURE_DRAW_MS + 500);
    }
}

static void shipped_art_loads_within_the_limits(void **state)
{
    (void)state;
    char path[1400], why[400] = "";
    const char *data = getenv("ATTUNE_DATA_DIR");
    assert_non_null(data);
    snprintf(path, sizeof path, "%s/scripts/stories/safe-here/images/nadia-activated.svg", data);
    SDL_Surface *s = picture_load(path, 1920, 1080, false, why, sizeof why);
    assert_non_null(s);
    assert_int_equal(s->h, 1080);
    assert_int_equal(s->format->format, SDL_PIXELFORMAT_ARGB8888);
    picture_free(s);
    assert_true(picture_check(path, false, why, sizeof why));
}

/* The lines of /proc/self/maps: one per mapping. */
static int mappings(void)
{
    FILE *f = fopen("/proc/self/maps", "r");
    assert_non_null(f);
    int n = 0, c;
    while ((c = fgetc(f)) != EOF)
        n += c == '\n';
    fclose(f);
    return n;
}

/* A picture's surface is the child's shared pixels themselves (no copy):
 * they are whole, and picture_free gives the mapping back. */
static void picture_pixels_are_the_childs_and_freed_with_it(void **state)
{
    (void)state;
    char path[1400], why[400] = "";
    const char *data = getenv("ATTUNE_DATA_DIR");
    assert_non_null(data);
    snprintf(path, sizeof path, "%s/scripts/stories/homework-night/images/kitchen.svg", data);
    SDL_Surface *first = picture_load(path, 480, 270, true, why, sizeof why);
    assert_non_null(first);
    assert_int_equal(first->w, 480);
    assert_int_equal(first->pitch, first->w * 4);
    /* The room is opaque: every pixel's alpha is 255, none left unwritten. */
    const Uint32 *px = first->pixels;
    for (int i = 0; i < first->w * first->h; i++)
        assert_int_equal(px[i] >> 24, 0xFF);
    picture_free(first);
    int before = mappings();
    for (int i = 0; i < 20; i++) {
        SDL_Surface *s = picture_load(path, 480, 270, true, why, sizeof why);
        assert_non_null(s);
        picture_free(s);
    }
    assert_true(mappings() <= before + 1);
    picture_free(NULL);
}

static void links_pipes_and_devices_are_refused_before_opening(void **state)
{
    (void)state;
    char dir[] = "/tmp/attune-picture-XXXXXX", p[1200], out[PATH_MAX], why[PATH_MAX + 200];
    assert_non_null(mkdtemp(dir));
    bool missing = false;
    snprintf(p, sizeof p, "%s/ok.txt", dir);
    FILE *f = fopen(p, "w");
    assert_non_null(f);
    fputs("0123456789", f);
    fclose(f);
    snprintf(p, sizeof p, "%s/fifo", dir);
    assert_int_equal(mkfifo(p, 0600), 0);
    snprintf(p, sizeof p, "%s/passwd", dir);
    assert_int_equal(symlink("/etc/passwd", p), 0);
    snprintf(p, sizeof p, "%s/zero", dir);
    assert_int_equal(symlink("/dev/zero", p), 0);
    snprintf(p, sizeof p, "%s/inside", dir);
    assert_int_equal(symlink("ok.txt", p), 0);

    assert_true(paths_resolve_inside(dir, "ok.txt", 100, out, sizeof out, why, sizeof why,
                                     &missing));
    assert_true(paths_resolve_inside(dir, "inside", 100, out, sizeof out, why, sizeof why,
                                     &missing));
    assert_non_null(strstr(out, "/ok.txt"));
    assert_false(paths_resolve_inside(dir, "ok.txt", 5, out, sizeof out, why, sizeof why,
                                      &missing));
    assert_non_null(strstr(why, "more than the 5"));
    assert_false(paths_resolve_inside(dir, "fifo", 100, out, sizeof out, why, sizeof why,
                                      &missing));
    assert_non_null(strstr(why, "not a plain file"));
    assert_false(paths_resolve_inside(dir, "passwd", 1 << 20, out, sizeof out, why, sizeof why,
                                      &missing));
    assert_non_null(strstr(why, "leads outside the story's folder"));
    assert_false(paths_resolve_inside(dir, "zero", 100, out, sizeof out, why, sizeof why,
                                      &missing));
    assert_non_null(strstr(why, "leads outside"));
    assert_false(paths_resolve_inside(dir, "../../etc/passwd", 1 << 20, out, sizeof out, why,
                                      sizeof why, &missing));
    assert_false(missing);
    assert_false(paths_resolve_inside(dir, "nothing.svg", 100, out, sizeof out, why, sizeof why,
                                      &missing));
    assert_true(missing);

    /* Opening a FIFO does not wait for a writer; a device is refused as the
     * open file is checked, through a link too. */
    snprintf(p, sizeof p, "%s/fifo", dir);
    assert_null(paths_open_regular(p, 100, why, sizeof why));
    assert_non_null(strstr(why, "not a plain file"));
    snprintf(p, sizeof p, "%s/zero", dir);
    assert_null(paths_open_regular(p, 100, why, sizeof why));
    assert_non_null(strstr(why, "not a plain file"));
    size_t len = 0;
    snprintf(p, sizeof p, "%s/ok.txt", dir);
    char *text = paths_read_regular(p, 100, &len, why, sizeof why);
    assert_non_null(text);
    assert_int_equal(len, 10);
    free(text);

    const char *names[] = {"ok.txt", "fifo", "passwd", "zero", "inside"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        snprintf(p, sizeof p, "%s/%s", dir, names[i]);
        unlink(p);
    }
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(png_size_is_read_from_its_header),
        cmocka_unit_test(jpeg_size_is_read_from_its_frame_header),
        cmocka_unit_test(svg_size_and_complexity_come_from_its_text),
        cmocka_unit_test(drawn_size_fits_or_covers_within_the_budget),
        cmocka_unit_test(hostile_pictures_are_refused_in_time),
        cmocka_unit_test(shipped_art_loads_within_the_limits),
        cmocka_unit_test(picture_pixels_are_the_childs_and_freed_with_it),
        cmocka_unit_test(links_pipes_and_devices_are_refused_before_opening),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
