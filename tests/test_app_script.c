/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Tests of app_script.c's reading of a script: every command, blanks and
 * comments, the arguments and their defaults, the end of line, and key
 * names with modifiers. Plain data: nothing here starts SDL. */
#include "attune/app_script.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

static void script_skips_blanks_and_comments(void **state)
{
    (void)state;
    AppScriptLine c;
    assert_int_equal(app_script_parse("", &c), APP_SCRIPT_SKIP);
    assert_int_equal(app_script_parse("   \t ", &c), APP_SCRIPT_SKIP);
    assert_int_equal(app_script_parse("\n", &c), APP_SCRIPT_SKIP);
    assert_int_equal(app_script_parse("\r\n", &c), APP_SCRIPT_SKIP);
    assert_int_equal(app_script_parse("# key Return", &c), APP_SCRIPT_SKIP);
    assert_int_equal(app_script_parse("  #key Return", &c), APP_SCRIPT_SKIP);
    /* Not a comment: '#' only counts at the start of the command. */
    assert_int_equal(app_script_parse("key #", &c), APP_SCRIPT_KEY);
    assert_string_equal(c.arg, "#");
}

static void script_reads_every_command(void **state)
{
    (void)state;
    static const struct {
        const char *line;
        AppScriptOp op;
        const char *arg;
    } cases[] = {
        {"key Return", APP_SCRIPT_KEY, "Return"},
        {"click 0.5 0.25", APP_SCRIPT_CLICK, "0.5 0.25"},
        {"type Hello, world", APP_SCRIPT_TYPE, "Hello, world"},
        {"close", APP_SCRIPT_CLOSE, ""},
        {"close presenter", APP_SCRIPT_CLOSE, "presenter"},
        {"wait 250", APP_SCRIPT_WAIT, "250"},
        {"expect workshop-beat-side", APP_SCRIPT_EXPECT, "workshop-beat-side"},
        {"shot presenter out/p.png", APP_SCRIPT_SHOT, "presenter out/p.png"},
        {"quit", APP_SCRIPT_QUIT, ""},
        {"choose kitchen:attune", APP_SCRIPT_CHOOSE, "kitchen:attune"},
        {"choose 2", APP_SCRIPT_CHOOSE, "2"},
        {"press Return", APP_SCRIPT_UNKNOWN, "Return"},
        {"KEY Return", APP_SCRIPT_UNKNOWN, "Return"}, /* commands are lower case */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        AppScriptLine c;
        assert_int_equal(app_script_parse(cases[i].line, &c), cases[i].op);
        assert_int_equal(c.op, cases[i].op);
        assert_string_equal(c.arg, cases[i].arg);
    }
}

static void script_reads_arguments(void **state)
{
    (void)state;
    AppScriptLine c;
    app_script_parse("click 0.5 0.25", &c);
    assert_true(c.x == 0.5f && c.y == 0.25f);
    app_script_parse("click", &c); /* nothing given: the corner */
    assert_true(c.x == 0.0f && c.y == 0.0f);
    app_script_parse("click 0.75", &c);
    assert_true(c.x == 0.75f && c.y == 0.0f);
    app_script_parse("wait 1500", &c);
    assert_int_equal(c.ms, 1500);
    app_script_parse("wait soon", &c);
    assert_int_equal(c.ms, 0);
    /* Blanks between the command and its argument go; those inside stay. */
    app_script_parse("type \t  two  words ", &c);
    assert_string_equal(c.arg, "two  words ");
    assert_string_equal(c.cmd, "type");
}

static void script_ignores_the_end_of_line(void **state)
{
    (void)state;
    AppScriptLine c;
    assert_int_equal(app_script_parse("expect title\r\n", &c), APP_SCRIPT_EXPECT);
    assert_string_equal(c.arg, "title");
    assert_int_equal(app_script_parse("quit\n", &c), APP_SCRIPT_QUIT);
    /* What follows a line's end is not part of it. */
    assert_int_equal(app_script_parse("key a\nquit", &c), APP_SCRIPT_KEY);
    assert_string_equal(c.arg, "a");
}

static void script_cuts_long_words(void **state)
{
    (void)state;
    AppScriptLine c;
    char line[2000];
    memset(line, 'x', 40);
    strcpy(line + 40, " arg");
    assert_int_equal(app_script_parse(line, &c), APP_SCRIPT_UNKNOWN);
    assert_int_equal(strlen(c.cmd), 31);
    /* A line longer than the reader's buffer is cut, not overrun. */
    strcpy(line, "type ");
    memset(line + 5, 'y', sizeof line - 6);
    line[sizeof line - 1] = '\0';
    assert_int_equal(app_script_parse(line, &c), APP_SCRIPT_TYPE);
    assert_int_equal(strlen(c.arg), 1099);
}

static void script_reads_key_modifiers(void **state)
{
    (void)state;
    int mods = -1;
    assert_string_equal(app_script_key_mods("Return", &mods), "Return");
    assert_int_equal(mods, 0);
    assert_string_equal(app_script_key_mods("shift+a", &mods), "a");
    assert_int_equal(mods, APP_SCRIPT_SHIFT);
    assert_string_equal(app_script_key_mods("ctrl+u", &mods), "u");
    assert_int_equal(mods, APP_SCRIPT_CTRL);
    assert_string_equal(app_script_key_mods("ctrl+shift+Tab", &mods), "Tab");
    assert_int_equal(mods, APP_SCRIPT_SHIFT | APP_SCRIPT_CTRL);
    /* A modifier with no key after it is a name of its own. */
    assert_string_equal(app_script_key_mods("shift+", &mods), "shift+");
    assert_int_equal(mods, 0);
    assert_string_equal(app_script_key_mods("ctrl+shift+", &mods), "shift+");
    assert_int_equal(mods, APP_SCRIPT_CTRL);
    assert_string_equal(app_script_key_mods("", &mods), "");
    assert_int_equal(mods, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(script_skips_blanks_and_comments),
        cmocka_unit_test(script_reads_every_command),
        cmocka_unit_test(script_reads_arguments),
        cmocka_unit_test(script_ignores_the_end_of_line),
        cmocka_unit_test(script_cuts_long_words),
        cmocka_unit_test(script_reads_key_modifiers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
