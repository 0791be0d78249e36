/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Tests of the interface's language (i18n.c) against two small catalogues
 * built from tests/i18n/xx.po and de.po: a made-up "xx" with three plural forms and a
 * "de". A change of language applies to the very next gettext(); the
 * system's language is found when its locale is not generated; a
 * right-to-left language gives English; LC_NUMERIC stays "C". */
#include "attune/i18n.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Start as a player whose environment says only these (NULL: unset). */
static void start(const char *language, const char *lang)
{
    unsetenv("LC_ALL");
    unsetenv("LC_MESSAGES");
    if (language)
        setenv("LANGUAGE", language, 1);
    else
        unsetenv("LANGUAGE");
    if (lang)
        setenv("LANG", lang, 1);
    else
        unsetenv("LANG");
    const char *dir = getenv("ATTUNE_TEST_LOCALE");
    assert_non_null(dir);
    i18n_init(dir);
}

static void switching_applies_at_once(void **state)
{
    (void)state;
    start(NULL, NULL);
    assert_string_equal(i18n_language(), "en");
    assert_string_equal(_("Settings"), "Settings");
    assert_true(i18n_set_language("xx"));
    assert_string_equal(i18n_language(), "xx");
    assert_string_equal(_("Settings"), "Xettings");
    /* the second call after a change: gettext's cache is dropped */
    assert_true(i18n_set_language("de"));
    assert_string_equal(_("Settings"), "Einstellungen");
    assert_string_equal(i18n_language(), "de");
    assert_true(i18n_set_language("en"));
    assert_string_equal(_("Settings"), "Settings");
    assert_true(i18n_set_language("xx"));
    assert_string_equal(_("Settings"), "Xettings");
    assert_true(i18n_set_language(NULL)); /* the system's again: none, English */
    assert_string_equal(_("Settings"), "Settings");
    assert_string_equal(i18n_language(), "en");
    /* Not a language code: refused, nothing changes. */
    assert_true(i18n_set_language("de"));
    assert_false(i18n_set_language("de:fr"));
    assert_false(i18n_set_language("../x"));
    assert_false(i18n_set_language("DE"));
    assert_string_equal(_("Settings"), "Einstellungen");
    assert_true(i18n_set_language(""));
    assert_string_equal(_("Settings"), "Settings");
}

static void plurals_with_three_forms(void **state)
{
    (void)state;
    start("xx", NULL);
    static const struct {
        int n;
        const char *want;
    } cases[] = {{1, "%d glos"},    {2, "%d glosy"},  {4, "%d glosy"},   {5, "%d glosów"},
                 {12, "%d glosów"}, {22, "%d glosy"}, {25, "%d glosów"}, {0, "%d glosów"}};
    /* UTF-8 whatever LC_CTYPE is (here "C": no LANG) */
    assert_string_equal(setlocale(LC_CTYPE, NULL), "C");
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        assert_string_equal(P_("%d vote", "%d votes", cases[i].n), cases[i].want);
    /* English, from the source: two forms */
    assert_true(i18n_set_language("en"));
    assert_string_equal(P_("%d vote", "%d votes", 1), "%d vote");
    assert_string_equal(P_("%d vote", "%d votes", 2), "%d votes");
    assert_true(i18n_set_language("de"));
    assert_string_equal(P_("%d vote", "%d votes", 3), "%d Stimmen");
}

static void missing_message_is_english(void **state)
{
    (void)state;
    start("xx", NULL);
    assert_string_equal(_("Settings"), "Xettings");
    assert_string_equal(_("Not in any catalogue"), "Not in any catalogue");
    assert_string_equal(P_("%d apple", "%d apples", 5), "%d apples");
    /* a language with no catalogue at all: English */
    assert_true(i18n_set_language("fr"));
    assert_string_equal(_("Settings"), "Settings");
    assert_string_equal(i18n_language(), "fr"); /* a story may still have fr.po */
    assert_true(i18n_has_catalogue("xx"));
    assert_true(i18n_has_catalogue("en"));
    assert_false(i18n_has_catalogue("fr"));
}

static void right_to_left_is_refused(void **state)
{
    (void)state;
    static const char *const rtl[] = {"ar", "he", "fa", "ur",  "yi",    "ps",
                                      "sd", "ug", "dv", "ckb", "ar_EG", "he_IL.UTF-8"};
    for (size_t i = 0; i < sizeof rtl / sizeof rtl[0]; i++)
        assert_true(i18n_is_rtl(rtl[i]));
    assert_false(i18n_is_rtl("de"));
    assert_false(i18n_is_rtl("en"));
    assert_false(i18n_is_rtl("es_ES"));
    assert_false(i18n_is_rtl(NULL));
    start(NULL, NULL);
    assert_true(i18n_set_language("ar"));
    assert_string_equal(i18n_language(), "en");
    assert_string_equal(_("Settings"), "Settings");
    /* the system's: English too, and LANGUAGE does not bring it back */
    start(NULL, "he_IL.UTF-8");
    assert_string_equal(i18n_language(), "en");
    assert_string_equal(i18n_system_language(), "en");
    assert_string_equal(_("Settings"), "Settings");
    start("ar:xx", NULL);
    assert_string_equal(i18n_language(), "en");
    assert_string_equal(_("Settings"), "Settings");
}

static void ungenerated_locale_still_gives_its_language(void **state)
{
    (void)state;
    /* This machine (like a fresh Debian) has only C.UTF-8: setlocale fails
     * for de_DE.UTF-8, and gettext would ignore LANGUAGE under "C". */
    start(NULL, "de_DE.UTF-8");
    assert_string_equal(i18n_language(), "de");
    assert_string_equal(i18n_system_language(), "de");
    assert_string_equal(_("Settings"), "Einstellungen");
    const char *msgs = setlocale(LC_MESSAGES, NULL);
    assert_non_null(msgs);
    assert_string_not_equal(msgs, "C");
    assert_string_not_equal(msgs, "POSIX");
    /* LC_ALL and LC_MESSAGES come first, as for setlocale */
    setenv("LC_MESSAGES", "es_ES.UTF-8", 1);
    unsetenv("LANGUAGE"); /* i18n_init set it to the language it found */
    i18n_init(getenv("ATTUNE_TEST_LOCALE"));
    assert_string_equal(i18n_language(), "es");
    setenv("LC_ALL", "xx_XX.UTF-8", 1);
    unsetenv("LANGUAGE");
    i18n_init(getenv("ATTUNE_TEST_LOCALE"));
    assert_string_equal(i18n_language(), "xx");
    assert_string_equal(_("Settings"), "Xettings");
    unsetenv("LC_ALL");
    unsetenv("LC_MESSAGES");
    /* the C locale: English */
    start(NULL, "C");
    assert_string_equal(i18n_language(), "en");
    start(NULL, "POSIX");
    assert_string_equal(i18n_language(), "en");
}

static void language_env_is_kept_and_restored(void **state)
{
    (void)state;
    start("xx:de", "de_DE.UTF-8");
    assert_string_equal(i18n_language(), "xx");
    assert_string_equal(_("Settings"), "Xettings");
    assert_true(i18n_set_language("de"));
    assert_string_equal(_("Settings"), "Einstellungen");
    assert_true(i18n_set_language(NULL));
    assert_string_equal(getenv("LANGUAGE"), "xx:de");
    assert_string_equal(_("Settings"), "Xettings");
}

/* Dates: the names of months and days in the interface's language, the
 * format itself translated, a context telling "May" the month from "May"
 * the short month; untranslated names stay English. */
static void dates_in_the_language(void **state)
{
    (void)state;
    start(NULL, NULL);
    struct tm t = {0};
    t.tm_year = 126;
    t.tm_mon = 2; /* March */
    t.tm_mday = 14;
    t.tm_wday = 6; /* a Saturday */
    t.tm_hour = 16;
    t.tm_min = 10;
    char out[64];
    assert_true(i18n_strftime(out, sizeof out, _("%d %B %Y"), &t) > 0);
    assert_string_equal(out, "14 March 2026");
    assert_true(i18n_set_language("de"));
    assert_true(i18n_strftime(out, sizeof out, _("%d %B %Y"), &t) > 0);
    assert_string_equal(out, "14. März 2026");
    assert_true(i18n_strftime(out, sizeof out, "%A %H:%M, %a", &t) > 0);
    assert_string_equal(out, "Samstag 16:10, Sat");
    t.tm_mon = 4;
    assert_true(i18n_strftime(out, sizeof out, "%b|%B|%%b", &t) > 0);
    assert_string_equal(out, "Mai|May|%b");
    assert_string_equal(C_("short month", "May"), "Mai");
    assert_string_equal(C_("month", "May"), "May");
    assert_true(i18n_set_language(NULL));
}

static void numbers_keep_their_point(void **state)
{
    (void)state;
    setenv("LC_ALL", "de_DE.UTF-8", 1);
    setenv("LC_NUMERIC", "de_DE.UTF-8", 1);
    unsetenv("LANGUAGE");
    i18n_init(getenv("ATTUNE_TEST_LOCALE"));
    assert_string_equal(setlocale(LC_NUMERIC, NULL), "C");
    char buf[32];
    snprintf(buf, sizeof buf, "%.1f", 1.5);
    assert_string_equal(buf, "1.5");
    assert_string_equal(strtod("2.25", NULL) == 2.25 ? "yes" : "no", "yes");
    unsetenv("LC_ALL");
    unsetenv("LC_NUMERIC");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(switching_applies_at_once),
        cmocka_unit_test(plurals_with_three_forms),
        cmocka_unit_test(missing_message_is_english),
        cmocka_unit_test(right_to_left_is_refused),
        cmocka_unit_test(ungenerated_locale_still_gives_its_language),
        cmocka_unit_test(language_env_is_kept_and_restored),
        cmocka_unit_test(numbers_keep_their_point),
        cmocka_unit_test(dates_in_the_language),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
