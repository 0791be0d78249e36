/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Tests of the one set of limits every picture is loaded under (picture.c)
 * and of the one folder rule for every file a story names
 * (paths_resolve_inside, paths_open_regular): sizes read from headers
 * without decoding, an SVG's declared size, elements and coordinates, the
 * size it is drawn at, the deadline, and links, pipes and devices refused
 * before anything reads them; and the cache of drawn pictures (given back
 * whole without drawing, damaged entries and changed files drawn again, its
 * bound). Fixtures: tests/fixtures/stories/hostile-*. */
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
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

static char fixtures[1200];

static int setup(void **state)
{
    (void)state;
    const char *f = getenv("ATTUNE_FIXTURES");
    assert_non_null(f);
    snprintf(fixtures, sizeof fixtures, "%s/stories", f);
    /* The tests of the limits and of the child draw every time; the tests
     * of the cache turn it on in a folder of their own. */
    setenv("ATTUNE_NO_PICTURE_CACHE", "1", 1);
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
    unsigned char png[33] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0,    0,    13, 'I',
                             'H',  'D', 'R', 0,   0,    0x3e, 0x80, 0,    0, 0x3e, 0x80, 8,  2};
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
    unsigned char jpg[] = {0xFF, 0xD8, 0xFF, 0xE0, 0,    6,    'J',  'F', 'I', 'F', 0xFF, 0xC0,
                           0,    11,   8,    0x03, 0x84, 0x06, 0x40, 3,   0,   0,   0};
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
    static const struct {
        const char *story, *file, *why;
    } cases[] = {
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
        /* CPU time stops it (PICTURE_DRAW_MS); wall time only on a starved child. */
        assert_true(ms < PICTURE_WALL_MS + 500);
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

    assert_true(
        paths_resolve_inside(dir, "ok.txt", 100, out, sizeof out, why, sizeof why, &missing));
    assert_true(
        paths_resolve_inside(dir, "inside", 100, out, sizeof out, why, sizeof why, &missing));
    assert_non_null(strstr(out, "/ok.txt"));
    assert_false(
        paths_resolve_inside(dir, "ok.txt", 5, out, sizeof out, why, sizeof why, &missing));
    assert_non_null(strstr(why, "more than the 5"));
    assert_false(
        paths_resolve_inside(dir, "fifo", 100, out, sizeof out, why, sizeof why, &missing));
    assert_non_null(strstr(why, "not a plain file"));
    assert_false(
        paths_resolve_inside(dir, "passwd", 1 << 20, out, sizeof out, why, sizeof why, &missing));
    assert_non_null(strstr(why, "leads outside the story's folder"));
    assert_false(
        paths_resolve_inside(dir, "zero", 100, out, sizeof out, why, sizeof why, &missing));
    assert_non_null(strstr(why, "leads outside"));
    assert_false(paths_resolve_inside(dir, "../../etc/passwd", 1 << 20, out, sizeof out, why,
                                      sizeof why, &missing));
    assert_false(missing);
    assert_false(
        paths_resolve_inside(dir, "nothing.svg", 100, out, sizeof out, why, sizeof why, &missing));
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

/* ---- The cache of drawn pictures ---- */

static char cache_home[256], cache_pics[400], art[400];

/* A cache folder of its own and a copy of a shipped room to change. */
static void cache_begin(void)
{
    snprintf(cache_home, sizeof cache_home, "%s/attune-cache-XXXXXX", P_tmpdir);
    assert_non_null(mkdtemp(cache_home));
    snprintf(cache_pics, sizeof cache_pics, "%s/attune/pictures", cache_home);
    snprintf(art, sizeof art, "%s/room.svg", cache_home);
    char src[1400];
    snprintf(src, sizeof src, "%s/scripts/stories/homework-night/images/kitchen.svg",
             getenv("ATTUNE_DATA_DIR"));
    FILE *in = fopen(src, "rb"), *out = fopen(art, "wb");
    assert_non_null(in);
    assert_non_null(out);
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        assert_int_equal(fwrite(buf, 1, n, out), n);
    fclose(in);
    fclose(out);
    setenv("XDG_CACHE_HOME", cache_home, 1);
    unsetenv("ATTUNE_NO_PICTURE_CACHE");
}

static void cache_end(void)
{
    setenv("ATTUNE_NO_PICTURE_CACHE", "1", 1);
    picture_cache_set_max((size_t)128 << 20);
    DIR *d = opendir(cache_pics);
    struct dirent *e;
    char p[800];
    while (d && (e = readdir(d)) != NULL)
        if (e->d_name[0] != '.') {
            snprintf(p, sizeof p, "%s/%s", cache_pics, e->d_name);
            unlink(p);
        }
    if (d)
        closedir(d);
    rmdir(cache_pics);
    snprintf(p, sizeof p, "%s/attune", cache_home);
    rmdir(p);
    unlink(art);
    rmdir(cache_home);
}

/* The entries in the cache folder; the name of the last one in `name`. */
static int cache_entries(char *name, size_t n)
{
    DIR *d = opendir(cache_pics);
    if (!d)
        return 0;
    int count = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (e->d_name[0] != '.') {
            count++;
            if (name)
                snprintf(name, n, "%s/%s", cache_pics, e->d_name);
        }
    closedir(d);
    return count;
}

static void append(const char *path, const char *text)
{
    FILE *f = fopen(path, "ab");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static SDL_Surface *load_counted(int w, int h, unsigned long *drawn)
{
    char why[400] = "";
    unsigned long before = picture_drawn_count();
    SDL_Surface *s = picture_load(art, w, h, true, why, sizeof why);
    assert_non_null(s);
    *drawn = picture_drawn_count() - before;
    return s;
}

static bool same_pixels(const SDL_Surface *a, const SDL_Surface *b)
{
    return a->w == b->w && a->h == b->h && a->pitch == b->pitch &&
           memcmp(a->pixels, b->pixels, (size_t)a->pitch * (size_t)a->h) == 0;
}

/* Drawn once, then given back from the cache with the same pixels and no
 * child; check draws every time all the same. */
static void cached_picture_comes_back_without_drawing(void **state)
{
    (void)state;
    cache_begin();
    unsigned long drawn, before = picture_drawn_count();
    /* Only from the cache: nothing there yet, and nothing drawn. */
    assert_null(picture_load_cached(art, 480, 270, true));
    assert_int_equal(picture_drawn_count(), before);
    SDL_Surface *first = load_counted(480, 270, &drawn);
    assert_int_equal(drawn, 1);
    assert_int_equal(cache_entries(NULL, 0), 1);
    SDL_Surface *again = load_counted(480, 270, &drawn);
    assert_int_equal(drawn, 0);
    assert_true(same_pixels(first, again));
    picture_free(again);
    before = picture_drawn_count();
    again = picture_load_cached(art, 480, 270, true);
    assert_non_null(again);
    assert_int_equal(picture_drawn_count(), before);
    assert_true(same_pixels(first, again));
    picture_free(again);
    /* Another size is another entry. */
    SDL_Surface *other = load_counted(240, 135, &drawn);
    assert_int_equal(drawn, 1);
    assert_int_equal(other->w, 240);
    picture_free(other);
    assert_int_equal(cache_entries(NULL, 0), 2);
    char why[400] = "";
    before = picture_drawn_count();
    assert_true(picture_check(art, true, why, sizeof why));
    assert_true(picture_check(art, true, why, sizeof why));
    assert_int_equal(picture_drawn_count() - before, 2);
    /* Turned off, it draws. */
    setenv("ATTUNE_NO_PICTURE_CACHE", "1", 1);
    assert_null(picture_load_cached(art, 480, 270, true));
    again = load_counted(480, 270, &drawn);
    assert_int_equal(drawn, 1);
    assert_true(same_pixels(first, again));
    picture_free(again);
    picture_free(first);
    cache_end();
}

/* A truncated entry, or one whose header is not ours, is removed and the
 * picture drawn again; a changed picture file misses the cache. */
static void damaged_entry_or_changed_file_is_drawn_again(void **state)
{
    (void)state;
    cache_begin();
    unsigned long drawn;
    SDL_Surface *first = load_counted(480, 270, &drawn);
    assert_int_equal(drawn, 1);
    char entry[800];
    assert_int_equal(cache_entries(entry, sizeof entry), 1);
    struct stat st;
    assert_int_equal(stat(entry, &st), 0);
    assert_int_equal(truncate(entry, st.st_size - 1), 0);
    SDL_Surface *s = load_counted(480, 270, &drawn);
    assert_int_equal(drawn, 1);
    assert_true(same_pixels(first, s));
    picture_free(s);
    /* Whole length, damaged header. */
    assert_int_equal(stat(entry, &st), 0);
    FILE *f = fopen(entry, "r+b");
    assert_non_null(f);
    fputs("XXXX", f);
    fclose(f);
    s = load_counted(480, 270, &drawn);
    assert_int_equal(drawn, 1);
    assert_true(same_pixels(first, s));
    picture_free(s);
    s = load_counted(480, 270, &drawn);
    assert_int_equal(drawn, 0);
    picture_free(s);
    /* The file changed: a new entry, drawn. */
    append(art, "<!-- changed -->\n");
    s = load_counted(480, 270, &drawn);
    assert_int_equal(drawn, 1);
    picture_free(s);
    assert_int_equal(cache_entries(NULL, 0), 2);
    picture_free(first);
    cache_end();
}

/* Over its bound, the cache removes the least recently used entries. */
static void cache_bound_removes_old_entries(void **state)
{
    (void)state;
    cache_begin();
    unsigned long drawn;
    SDL_Surface *s = load_counted(480, 270, &drawn);
    char entry[800];
    struct stat st;
    assert_int_equal(cache_entries(entry, sizeof entry), 1);
    assert_int_equal(stat(entry, &st), 0);
    picture_free(s);
    /* Room for two entries of this size. */
    picture_cache_set_max((size_t)st.st_size * 2);
    append(art, "<!-- b -->\n");
    s = load_counted(480, 270, &drawn);
    assert_int_equal(drawn, 1);
    picture_free(s);
    assert_int_equal(cache_entries(NULL, 0), 2);
    append(art, "<!-- c -->\n");
    s = load_counted(480, 270, &drawn);
    assert_int_equal(drawn, 1);
    picture_free(s);
    assert_int_equal(cache_entries(NULL, 0), 2);
    /* The last one is kept. */
    s = load_counted(480, 270, &drawn);
    assert_int_equal(drawn, 0);
    picture_free(s);
    cache_end();
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
        cmocka_unit_test(cached_picture_comes_back_without_drawing),
        cmocka_unit_test(damaged_entry_or_changed_file_is_drawn_again),
        cmocka_unit_test(cache_bound_removes_old_entries),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
