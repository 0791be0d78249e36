/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Tests of markup.c: the terms a text links and the words it reads as.
 * Plain data: no SDL, no Lua (test_text.c checks the same rules drawn). */
#include "attune/markup.h"
#include "attune/utf8.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

static void links_are_listed(void **state)
{
    (void)state;
    char terms[8][64];
    int n = markup_links("Her [[Window  of\nTolerance]] narrows; a [[rupture]], then "
                         "[[repairing|Repair]] and [[ window of tolerance ]] again.",
                         terms, 8);
    assert_int_equal(n, 3);
    assert_string_equal(terms[0], "window of tolerance");
    assert_string_equal(terms[1], "rupture");
    assert_string_equal(terms[2], "repair");
    assert_int_equal(markup_links("[[a]] [[b]] [[c]]", terms, 2), 2);
    assert_int_equal(markup_links("[[a]]", NULL, 8), 0);
    assert_int_equal(markup_links(NULL, terms, 8), 0);
    assert_int_equal(markup_links("[[a]]", terms, 0), 0);
    /* Edge cases of the brackets and the bar. */
    assert_int_equal(markup_links("[[", terms, 8), 0);
    assert_int_equal(markup_links("]] [[ no close", terms, 8), 0);
    assert_int_equal(markup_links("[[]] [[ ]] [[|]] [[ | ]]", terms, 8), 0);
    assert_int_equal(markup_links("[[|only term]]", terms, 8), 1);
    assert_string_equal(terms[0], "only term");
    assert_int_equal(markup_links("[[only shown|]]", terms, 8), 1);
    assert_string_equal(terms[0], "only shown");
    assert_int_equal(markup_links("[[a|b|c]]", terms, 8), 1);
    assert_string_equal(terms[0], "b|c");
    assert_int_equal(markup_links("[[x]]]", terms, 8), 1);
    assert_string_equal(terms[0], "x");
    /* Long terms are cut to 63 bytes, never inside a character. */
    char long_term[400] = "[[";
    for (int i = 0; i < 100; i++)
        strcat(long_term, "\xC3\xA9"); /* é */
    strcat(long_term, "]]");
    assert_int_equal(markup_links(long_term, terms, 8), 1);
    assert_int_equal(strlen(terms[0]), 62);
    assert_true(utf8_valid(terms[0], strlen(terms[0])));
    /* ... and never end in a space (found by fuzz_text). */
    char spaced[128] = "[[";
    for (int i = 0; i < 61; i++)
        strcat(spaced, "a");
    strcat(spaced, " \xC3\xA9]]");
    assert_int_equal(markup_links(spaced, terms, 8), 1);
    assert_int_equal(strlen(terms[0]), 61);
    /* Invalid UTF-8 in a term is kept as bytes, never read past. */
    assert_int_equal(markup_links("[[\xFF\xC3]]", terms, 8), 1);
    assert_int_equal(strlen(terms[0]), 2);
}

/* Every style, and links, stay inside the width in either family. */
/* Plain text (the terminal, the voice) follows the same link rules as
 * drawing: the shown words; an empty or unclosed link stays as written. */
static void plain_text_follows_the_link_rules(void **state)
{
    (void)state;
    char out[128];
    assert_int_equal(markup_plain("**Stop.** I *said* \\* [[a repair|repair]]", out, sizeof out),
                     strlen("Stop. I said * a repair"));
    assert_string_equal(out, "Stop. I said * a repair");
    markup_plain("[[|co-regulation]] and [[]] and [[ | ]] and [[open", out, sizeof out);
    assert_string_equal(out, "co-regulation and [[]] and [[ | ]] and [[open");
    markup_plain("one\ntwo", out, sizeof out);
    assert_string_equal(out, "one\ntwo");
    assert_int_equal(markup_plain("ab\xc3\xa9", out, 4), 2); /* no half of an "é" */
    assert_string_equal(out, "ab");
    markup_plain(NULL, out, sizeof out);
    assert_string_equal(out, "");
}

/* markup_link_at: where the shown words and the term are, and the end. */
static void a_link_is_found_where_it_is(void **state)
{
    (void)state;
    const char *s = "a [[shown|term]] b";
    size_t close = 0;
    MarkupLink k;
    assert_false(markup_link_at(s, strlen(s), 0, &close, &k));
    assert_true(markup_link_at(s, strlen(s), 2, &close, &k));
    assert_int_equal(k.show, 4);
    assert_int_equal(k.show_end, 9);
    assert_int_equal(k.term, 10);
    assert_int_equal(k.term_end, 14);
    assert_int_equal(k.end, 16);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(links_are_listed),
        cmocka_unit_test(plain_text_follows_the_link_rules),
        cmocka_unit_test(a_link_is_found_where_it_is),
    };
    return cmocka_run_group_tests_name("markup", tests, NULL, NULL);
}
