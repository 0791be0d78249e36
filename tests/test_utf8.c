/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Tests of utf8.c: decoding, validity, and the three ways text is cut at a
 * character boundary (before a byte, a backspace, a full buffer). Plain
 * data: no SDL, no Lua. */
#include "attune/utf8.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

static void utf8_decodes_and_rejects(void **state)
{
    (void)state;
    const char *s = "é—“ok”";
    size_t i = 0, n = strlen(s);
    assert_int_equal(utf8_next(s, n, &i), 0xE9);
    assert_int_equal(utf8_next(s, n, &i), 0x2014);
    assert_int_equal(utf8_next(s, n, &i), 0x201C);
    assert_true(utf8_valid(s, n));
    assert_false(utf8_valid("\xC3", 1));         /* cut short */
    assert_false(utf8_valid("\xC0\xAF", 2));     /* overlong '/' */
    assert_false(utf8_valid("\xED\xA0\x80", 3)); /* a surrogate */
    assert_false(utf8_valid("a\xFF"
                            "b",
                            3));
    assert_true(utf8_valid("\xEF\xBF\xBD", 3)); /* a real U+FFFD */
    i = 0;
    assert_int_equal(utf8_next("\xFF", 1, &i), 0xFFFD);
    assert_int_equal(i, 1);
}

/* Every form of a code point decodes to it and advances by its length;
 * each byte of a bad sequence is one U+FFFD, and nothing past `len` is read. */
static void utf8_decodes_every_length(void **state)
{
    (void)state;
    struct {
        const char *s;
        uint32_t cp;
        size_t len;
    } ok[] = {
        {"A", 0x41, 1},
        {"\x7F", 0x7F, 1},
        {"\xC2\x80", 0x80, 2},
        {"\xDF\xBF", 0x7FF, 2},
        {"\xE0\xA0\x80", 0x800, 3},
        {"\xEF\xBF\xBF", 0xFFFF, 3},
        {"\xF0\x90\x80\x80", 0x10000, 4},
        {"\xF4\x8F\xBF\xBF", 0x10FFFF, 4},
    };
    for (size_t k = 0; k < sizeof ok / sizeof ok[0]; k++) {
        size_t i = 0;
        assert_int_equal(utf8_next(ok[k].s, strlen(ok[k].s), &i), ok[k].cp);
        assert_int_equal(i, ok[k].len);
        assert_true(utf8_valid(ok[k].s, strlen(ok[k].s)));
    }
    const char *bad[] = {
        "\x80",             /* a continuation byte alone */
        "\xE0\x80\x80",     /* overlong NUL */
        "\xF4\x90\x80\x80", /* past U+10FFFF */
        "\xF8\x88\x80\x80", /* a five-byte lead */
        "\xC3"
        "A", /* a lead followed by no continuation */
    };
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        size_t i = 0;
        assert_int_equal(utf8_next(bad[k], strlen(bad[k]), &i), 0xFFFD);
        assert_int_equal(i, 1);
        assert_false(utf8_valid(bad[k], strlen(bad[k])));
    }
    /* "é" with its length given as 1: the lead alone, not read past. */
    size_t i = 0;
    assert_int_equal(utf8_next("\xC3\xA9", 1, &i), 0xFFFD);
    assert_int_equal(i, 1);
    assert_true(utf8_valid("", 0));
}

/* utf8_boundary: keep at most n bytes, never half a character. */
static void boundary_never_splits_a_character(void **state)
{
    (void)state;
    const char *s = "a\xC3\xA9\xE2\x80\x94\xF0\x9F\x99\x82z"; /* a é — 🙂 z */
    size_t want[] = {0, 1, 1, 3, 3, 3, 6, 6, 6, 6, 10, 11};
    for (size_t n = 0; n <= strlen(s); n++)
        assert_int_equal(utf8_boundary(s, n), want[n]);
    /* Continuation bytes with no lead before them: back to the start. */
    assert_int_equal(utf8_boundary("\x80\x80\x80", 2), 0);
    /* Invalid leads are characters of their own. */
    assert_int_equal(utf8_boundary("\xFF\xFF", 1), 1);
}

/* utf8_prev: a backspace takes the whole last character. */
static void prev_takes_the_whole_last_character(void **state)
{
    (void)state;
    const char *s = "a\xC3\xA9\xE2\x80\x94\xF0\x9F\x99\x82";
    assert_int_equal(utf8_prev(s, strlen(s)), 6);
    assert_int_equal(utf8_prev(s, 6), 3);
    assert_int_equal(utf8_prev(s, 3), 1);
    assert_int_equal(utf8_prev(s, 1), 0);
    assert_int_equal(utf8_prev(s, 0), 0);
    /* Stray continuation bytes go with the byte before them, or alone. */
    assert_int_equal(utf8_prev("a\x80\x80", 3), 0);
    assert_int_equal(utf8_prev("\x80\x80", 2), 0);
}

/* utf8_trim: a buffer filled to its end loses a character cut short, and
 * only that. */
static void trim_drops_only_a_character_cut_short(void **state)
{
    (void)state;
    const char *s = "ab\xE2\x80\x94";     /* ab— */
    assert_int_equal(utf8_trim(s, 5), 5); /* whole */
    assert_int_equal(utf8_trim(s, 4), 2); /* two of three bytes */
    assert_int_equal(utf8_trim(s, 3), 2); /* the lead alone */
    assert_int_equal(utf8_trim(s, 2), 2);
    assert_int_equal(utf8_trim(s, 0), 0);
    assert_int_equal(utf8_trim("\xF0\x9F\x99", 3), 0); /* three of four */
    assert_int_equal(utf8_trim("\xC3\xA9", 2), 2);
    /* Bytes that start nothing are kept as they are. */
    assert_int_equal(utf8_trim("a\x80\x80", 3), 3);
    assert_int_equal(utf8_trim("\x80", 1), 1);
    assert_int_equal(utf8_trim("a\xFF", 2), 2);
    assert_int_equal(utf8_trim("a\xF8\x80", 3), 3);
    /* A lead with more continuation bytes than it asks for is whole. */
    assert_int_equal(utf8_trim("\xC3\xA9\xA9", 3), 3);
}

/* Whatever the cut, the kept part of valid text is valid. */
static void cuts_of_valid_text_stay_valid(void **state)
{
    (void)state;
    const char *s = "caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x99\x82 ok";
    size_t len = strlen(s);
    for (size_t n = 0; n <= len; n++) {
        assert_true(utf8_valid(s, utf8_boundary(s, n)));
        assert_true(utf8_valid(s, utf8_trim(s, n)));
        assert_true(utf8_valid(s, utf8_prev(s, n)));
        assert_true(utf8_boundary(s, n) <= n && utf8_trim(s, n) <= n);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(utf8_decodes_and_rejects),
        cmocka_unit_test(utf8_decodes_every_length),
        cmocka_unit_test(boundary_never_splits_a_character),
        cmocka_unit_test(prev_takes_the_whole_last_character),
        cmocka_unit_test(trim_drops_only_a_character_cut_short),
        cmocka_unit_test(cuts_of_valid_text_stay_valid),
    };
    return cmocka_run_group_tests_name("utf8", tests, NULL, NULL);
}
