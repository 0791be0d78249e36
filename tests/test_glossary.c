/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Tests of the glossary: the shipped assets/glossary.txt is whole and every
 * name the game relies on resolves; hostile files are refused or cut, never
 * crash; story.lua's generated copy of the names matches the glossary. */
#include "attune/glossary.h"
#include "attune/paths.h"
#include "attune/markup.h"
#include "attune/utf8.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char shipped[1200];

static int setup(void **state)
{
    (void)state;
    assert_true(paths_init());
    assert_true(paths_join(shipped, sizeof shipped, paths_data_dir(), "assets/glossary.txt"));
    return 0;
}

static int word_count(const char *s)
{
    int n = 0;
    for (const char *p = s; *p; p++)
        if (*p != ' ' && *p != '\n' && (p == s || p[-1] == ' ' || p[-1] == '\n'))
            n++;
    return n;
}

/* ASCII case-folded comparison, as the entries are sorted. */
static int fold_cmp(const char *a, const char *b)
{
    for (;; a++, b++) {
        int ca = (*a >= 'A' && *a <= 'Z') ? *a + 32 : (unsigned char)*a;
        int cb = (*b >= 'A' && *b <= 'Z') ? *b + 32 : (unsigned char)*b;
        if (ca != cb || !ca)
            return ca - cb;
    }
}

static void shipped_glossary_is_whole(void **state)
{
    (void)state;
    Glossary *g = glossary_load(shipped);
    assert_non_null(g);
    int n = glossary_count(g);
    assert_in_range(n, 16, 22);
    for (int i = 0; i < n; i++) {
        const char *term = glossary_term(g, i), *text = glossary_text(g, i);
        assert_non_null(term);
        assert_non_null(text);
        assert_true(strlen(term) > 0 && strlen(term) < 64);
        int words = word_count(text);
        if (words < 40 || words > 90)
            fail_msg("'%s' has %d words (40 to 90 wanted)", term, words);
        assert_true(utf8_valid(text, strlen(text)));
        /* Sorted by term, and each term finds itself. */
        if (i > 0 && fold_cmp(glossary_term(g, i - 1), term) >= 0)
            fail_msg("'%s' is not sorted after '%s'", term, glossary_term(g, i - 1));
        assert_int_equal(glossary_find(g, term), i);
    }
    glossary_destroy(g);
}

static void every_see_names_an_entry(void **state)
{
    (void)state;
    Glossary *g = glossary_load(shipped);
    assert_non_null(g);
    int with_see = 0;
    for (int i = 0; i < glossary_count(g); i++) {
        const char *see = glossary_see(g, i);
        if (!see)
            continue;
        with_see++;
        char list[1024];
        snprintf(list, sizeof list, "%s", see);
        for (char *item = strtok(list, ","); item; item = strtok(NULL, ",")) {
            int k = glossary_find(g, item);
            if (k < 0)
                fail_msg("'%s' says see '%s', which is not in the glossary", glossary_term(g, i),
                         item);
            if (k == i)
                fail_msg("'%s' says see itself", glossary_term(g, i));
        }
        /* Links inside the text must resolve too. */
        char terms[16][64];
        int nl = markup_links(glossary_text(g, i), terms, 16);
        for (int k = 0; k < nl; k++)
            if (glossary_find(g, terms[k]) < 0)
                fail_msg("'%s' links '%s', which is not in the glossary", glossary_term(g, i),
                         terms[k]);
    }
    assert_true(with_see > 10);
    glossary_destroy(g);
}

static void names_the_game_uses_resolve(void **state)
{
    (void)state;
    Glossary *g = glossary_load(shipped);
    assert_non_null(g);
    /* The kinds of answer, as the game names them. */
    const char *kinds[] = {"attunement", "fixing",      "rescuing", "dismissing",
                           "enmeshment", "withdrawing", "repair"};
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (glossary_find(g, kinds[i]) < 0)
            fail_msg("no entry for '%s'", kinds[i]);
    /* The labels shown for them, and the meters and states. */
    const char *shown[] = {
        "attuning",   "holding a limit", "getting swept up", "repairing", "steadying yourself",
        "connection", "steadiness",      "flooded",          "on edge",   "shut down"};
    for (size_t i = 0; i < sizeof shown / sizeof shown[0]; i++)
        if (glossary_find(g, shown[i]) < 0)
            fail_msg("no entry for '%s'", shown[i]);
    /* Case, spaces, also: forms. */
    int w = glossary_find(g, "window of tolerance");
    assert_true(w >= 0);
    assert_int_equal(glossary_find(g, "  Window   OF\ttolerance "), w);
    assert_string_equal(glossary_term(g, w), "Window of tolerance");
    int hyper = glossary_find(g, "hyperarousal");
    assert_true(hyper >= 0);
    assert_int_equal(glossary_find(g, "Fight or flight"), hyper);
    assert_int_equal(glossary_find(g, "rescue"), glossary_find(g, "rescuing"));
    assert_int_equal(glossary_find(g, "no such thing"), -1);
    assert_int_equal(glossary_find(g, ""), -1);
    assert_int_equal(glossary_find(g, "   "), -1);
    assert_int_equal(glossary_find(g, NULL), -1);
    assert_int_equal(glossary_find(NULL, "repair"), -1);
    assert_null(glossary_term(g, -1));
    assert_null(glossary_text(g, glossary_count(g)));
    assert_null(glossary_see(g, 100000));
    assert_int_equal(glossary_count(NULL), 0);
    glossary_destroy(NULL);
    glossary_destroy(g);
}

/* story.lua holds a generated copy of every name (for `attune check`): each
 * name there is in the glossary, and each term of the glossary is there. */
static void story_lua_knows_the_same_names(void **state)
{
    (void)state;
    char path[1200];
    assert_true(paths_join(path, sizeof path, paths_data_dir(), "scripts/lib/attune/story.lua"));
    size_t len = 0;
    char *lua = paths_read_file(path, 1u << 20, &len);
    assert_non_null(lua);
    char *begin = strstr(lua, "-- BEGIN GLOSSARY TERMS"),
         *end = strstr(lua, "-- END GLOSSARY TERMS");
    assert_non_null(begin);
    assert_non_null(end);
    *end = '\0';
    Glossary *g = glossary_load(shipped);
    assert_non_null(g);
    int names = 0;
    bool *listed = calloc((size_t)glossary_count(g), sizeof *listed);
    assert_non_null(listed);
    for (char *p = strstr(begin, "[\""); p; p = strstr(p, "[\"")) {
        p += 2;
        char *q = strstr(p, "\"]");
        assert_non_null(q);
        *q = '\0';
        int k = glossary_find(g, p);
        if (k < 0)
            fail_msg("story.lua knows '%s', which the glossary does not: "
                     "run tools/make-glossary-terms.py",
                     p);
        char low[64];
        snprintf(low, sizeof low, "%s", glossary_term(g, k));
        for (char *c = low; *c; c++)
            if (*c >= 'A' && *c <= 'Z')
                *c = (char)(*c + 32);
        if (strcmp(low, p) == 0)
            listed[k] = true;
        names++;
        p = q + 1;
    }
    for (int i = 0; i < glossary_count(g); i++)
        if (!listed[i])
            fail_msg("story.lua does not know '%s': run tools/make-glossary-terms.py",
                     glossary_term(g, i));
    assert_true(names > glossary_count(g));
    free(listed);
    glossary_destroy(g);
    free(lua);
}

/* Write `n` bytes to a new temporary file; its path goes in `path`. */
static void write_temp(char path[64], const void *data, size_t n)
{
    snprintf(path, 64, "/tmp/attune-glossary-XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, n, f), n);
    fclose(f);
}

static Glossary *load_text(const char *s)
{
    char path[64];
    write_temp(path, s, strlen(s));
    Glossary *g = glossary_load(path);
    unlink(path);
    return g;
}

static void hostile_files_are_refused(void **state)
{
    (void)state;
    assert_null(glossary_load("/no/such/glossary.txt"));
    assert_null(glossary_load(NULL));
    assert_null(load_text(""));
    assert_null(load_text("\n\n   \n"));
    assert_null(load_text("Only some words, and no heading at all.\nalso: x\n"));
    assert_null(load_text("## \nText with an empty heading.\n"));
    assert_null(load_text("## Term without text\nalso: a, b\nsee: c\n"));
    assert_null(load_text("## Caf\xE9\nLatin-1, not UTF-8.\n"));
    /* Binary: NUL bytes and noise. */
    unsigned char bin[4096];
    uint32_t x = 12345;
    for (size_t i = 0; i < sizeof bin; i++) {
        x = x * 1103515245u + 12345u;
        bin[i] = (unsigned char)(x >> 16);
    }
    char path[64];
    write_temp(path, bin, sizeof bin);
    assert_null(glossary_load(path));
    unlink(path);
    /* Noise that happens to hold no NUL and is valid UTF-8 still finds no entry. */
    assert_null(load_text("#\x01\x02## \x7f\n\x1b[31m##\n"));
}

static void odd_but_usable_files(void **state)
{
    (void)state;
    /* CRLF, comments, case in keys, a duplicate, a clash, a term too long. */
    Glossary *g = load_text("# a comment\r\n"
                            "## Zebra\r\n"
                            "ALSO: Stripes ,  , stripy horse\r\n"
                            "See: apple\r\n"
                            "First line\r\n"
                            "goes on.\r\n"
                            "\r\n"
                            "# comments inside are skipped\r\n"
                            "Second paragraph.\r\n"
                            "## apple\r\n"
                            "also: stripes, pomme\r\n"
                            "An apple.\r\n"
                            "also: this is text now\r\n"
                            "## Zebra\r\n"
                            "A second zebra is skipped.\r\n"
                            "## "
                            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n"
                            "Sixty-four letters: too long a term.\r\n"
                            "## Écoute\n"
                            "Listening, with an accent.\n");
    assert_non_null(g);
    assert_int_equal(glossary_count(g), 3);
    assert_string_equal(glossary_term(g, 0), "apple");
    assert_string_equal(glossary_term(g, 1), "Zebra");
    assert_string_equal(glossary_term(g, 2), "Écoute");
    assert_string_equal(glossary_text(g, 1), "First line goes on.\nSecond paragraph.");
    assert_string_equal(glossary_text(g, 0), "An apple. also: this is text now");
    assert_string_equal(glossary_see(g, 1), "apple");
    assert_null(glossary_see(g, 0));
    assert_int_equal(glossary_find(g, "stripy   HORSE"), 1);
    assert_int_equal(glossary_find(g, "stripes"), 1); /* the first to claim it keeps it */
    assert_int_equal(glossary_find(g, "pomme"), 0);
    assert_int_equal(glossary_find(g, "Écoute"), 2); /* case is folded for ASCII only */
    glossary_destroy(g);
}

static void huge_files_are_cut(void **state)
{
    (void)state;
    size_t n = 1u << 20;
    char *big = malloc(n + 64);
    assert_non_null(big);
    /* A one-megabyte paragraph of "é" (two bytes each): cut on a character. */
    strcpy(big, "## Big\n");
    size_t k = strlen(big);
    while (k + 2 < n) {
        memcpy(big + k, "\xC3\xA9", 2);
        k += 2;
    }
    big[k] = '\0';
    Glossary *g = load_text(big);
    assert_non_null(g);
    assert_int_equal(glossary_count(g), 1);
    const char *text = glossary_text(g, 0);
    assert_true(strlen(text) <= 4000 + 3);
    assert_true(strlen(text) > 3000);
    assert_true(utf8_valid(text, strlen(text)));
    glossary_destroy(g);
    /* A one-megabyte heading: no usable entry. */
    memset(big, 'x', n);
    memcpy(big, "## ", 3);
    strcpy(big + n, "\ntext\n");
    assert_null(load_text(big));
    /* Many small entries: the first thousand are kept. */
    size_t cap = 1200 * 40, len = 0;
    char *many = malloc(cap);
    assert_non_null(many);
    for (int i = 0; i < 1200; i++)
        len += (size_t)snprintf(many + len, cap - len, "## t%04d\nWords.\n", i);
    g = load_text(many);
    assert_non_null(g);
    assert_int_equal(glossary_count(g), 1000);
    assert_string_equal(glossary_term(g, 0), "t0000");
    assert_int_equal(glossary_find(g, "T0999"), 999);
    assert_int_equal(glossary_find(g, "t1000"), -1);
    glossary_destroy(g);
    free(many);
    free(big);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(shipped_glossary_is_whole),
        cmocka_unit_test(every_see_names_an_entry),
        cmocka_unit_test(names_the_game_uses_resolve),
        cmocka_unit_test(story_lua_knows_the_same_names),
        cmocka_unit_test(hostile_files_are_refused),
        cmocka_unit_test(odd_but_usable_files),
        cmocka_unit_test(huge_files_are_cut),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
