/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The interface's language: GNU gettext set up and switched while the game
 * runs. Layer: core (no SDL, no Lua). Invariant: only LC_MESSAGES is ever
 * set; LC_NUMERIC and LC_CTYPE stay "C". The language is chosen through
 * LANGUAGE, which gettext honours under any LC_MESSAGES but "C"/"POSIX", so
 * those two (and a locale that is not generated) become C.UTF-8 there. */
#include "attune/i18n.h"
#include "attune/log.h"
#include "attune/paths.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DOMAIN "attune"

/* NOTE: glibc's counter of loaded catalogues; gettext keeps its answers
 * until it changes, so a new LANGUAGE takes effect only once it is bumped
 * (the GNU gettext manual, "Being a gettext grok"). */
extern int _nl_msg_cat_cntr;

enum { CODE_MAX = 16, LIST_MAX = 256 };

static bool had_language; /* LANGUAGE was set (non-empty) at init */
static char orig_language[LIST_MAX];
static char system_list[LIST_MAX]; /* what LANGUAGE is when following the system */
static char system_code[CODE_MAX]; /* its primary language, "en" if none */
static char chosen[CODE_MAX];      /* the player's setting; empty: the system's */
static char chosen_code[CODE_MAX]; /* its primary language */
static bool rtl_told;

static const char *const RTL[] = {"ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb"};

static const struct {
    const char *code, *name;
} NAMES[] = {
    {"en", "English"},  {"de", "Deutsch"},    {"es", "Español"},      {"fr", "Français"},
    {"it", "Italiano"}, {"nl", "Nederlands"}, {"pt", "Português"},    {"pl", "Polski"},
    {"sv", "Svenska"},  {"da", "Dansk"},      {"nb", "Norsk bokmål"}, {"fi", "Suomi"},
    {"cs", "Čeština"},  {"ru", "Русский"},    {"uk", "Українська"},
};

/* The primary language of a locale or LANGUAGE entry ("de_DE.UTF-8@euro",
 * "de:en" -> "de") into `out`; false for none, "C" or "POSIX". */
static bool primary_of(const char *name, char *out, size_t n)
{
    size_t k = strcspn(name, "_.@:");
    if (k == 0 || k >= n)
        return false;
    memcpy(out, name, k);
    out[k] = '\0';
    return strcmp(out, "C") != 0 && strcmp(out, "POSIX") != 0;
}

/* A locale name as a LANGUAGE entry: "de_DE.UTF-8@euro" -> "de_DE". */
static bool entry_of(const char *name, char *out, size_t n)
{
    size_t k = strcspn(name, ".@:");
    char code[CODE_MAX];
    if (k == 0 || k >= n || !primary_of(name, code, sizeof code))
        return false;
    memcpy(out, name, k);
    out[k] = '\0';
    return true;
}

bool i18n_is_rtl(const char *code)
{
    char p[CODE_MAX];
    if (!code || !primary_of(code, p, sizeof p))
        return false;
    for (size_t i = 0; i < sizeof RTL / sizeof RTL[0]; i++)
        if (strcmp(p, RTL[i]) == 0)
            return true;
    return false;
}

static void tell_rtl(void)
{
    if (!rtl_told)
        log_error("i18n", "Attune cannot show right-to-left scripts yet; using English");
    rtl_told = true;
}

/* Set LC_MESSAGES from the environment; C.UTF-8 when that fails or gives
 * C/POSIX (under which gettext ignores LANGUAGE). */
static void set_messages(void)
{
    const char *got = setlocale(LC_MESSAGES, "");
    if (got && strcmp(got, "C") != 0 && strcmp(got, "POSIX") != 0)
        return;
    if (!setlocale(LC_MESSAGES, "C.UTF-8"))
        log_debug("i18n", "no C.UTF-8 locale for LC_MESSAGES: the interface stays in English");
}

/* Put LANGUAGE as the setting wants it and make gettext forget its answers. */
static void apply(void)
{
    const char *want = chosen[0] ? chosen : system_list;
    if (!want[0]) {
        if (had_language)
            setenv("LANGUAGE", orig_language, 1);
        else
            unsetenv("LANGUAGE");
    } else {
        /* NOTE: setenv while another thread reads the environment is not
         * safe in general; glibc never frees an old value, so a reader sees
         * the old or the new one. */
        setenv("LANGUAGE", want, 1);
    }
    ++_nl_msg_cat_cntr;
}

void i18n_init(const char *locale_dir)
{
    chosen[0] = '\0';
    /* NOTE: LC_CTYPE stays "C", as LC_NUMERIC does. gettext needs no UTF-8
     * LC_CTYPE (the domain's codeset is bound to UTF-8 below;
     * tests/test_i18n.c reads "glosów" under "C"), while with one Xlib
     * writes the window's WM_NAME as UTF-8, which xdotool (the window
     * tests) and other WM_NAME readers cannot read: measured here with
     * LANG=C.UTF-8, where setlocale(LC_CTYPE, "") broke every window test. */
    set_messages();

    const char *lang = getenv("LANGUAGE");
    had_language = lang && lang[0];
    str_copy(orig_language, had_language ? lang : "", sizeof orig_language);

    /* The system's language list: LANGUAGE, else the first of LC_ALL,
     * LC_MESSAGES, LANG that is set (as setlocale reads them), which also
     * serves when its locale is not generated here. */
    system_list[0] = '\0';
    if (had_language) {
        str_copy(system_list, orig_language, sizeof system_list);
    } else {
        static const char *const VARS[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
        for (size_t i = 0; i < 3; i++) {
            const char *v = getenv(VARS[i]);
            if (v && v[0]) {
                entry_of(v, system_list, sizeof system_list);
                break;
            }
        }
    }
    if (!primary_of(system_list, system_code, sizeof system_code)) {
        system_list[0] = '\0';
        str_copy(system_code, "en", sizeof system_code);
    } else if (i18n_is_rtl(system_code)) {
        tell_rtl();
        str_copy(system_list, "en", sizeof system_list);
        str_copy(system_code, "en", sizeof system_code);
    }

    if (locale_dir && locale_dir[0])
        bindtextdomain(DOMAIN, locale_dir);
    bind_textdomain_codeset(DOMAIN, "UTF-8");
    textdomain(DOMAIN);
    apply();
    log_debug("i18n", "language %s (LANGUAGE=%s), catalogues in %s", system_code,
              getenv("LANGUAGE") ? getenv("LANGUAGE") : "", bindtextdomain(DOMAIN, NULL));
}

bool i18n_set_language(const char *code)
{
    if (!code || !code[0]) {
        chosen[0] = '\0';
        apply();
        return true;
    }
    /* ll, lll, ll_CC: nothing else reaches LANGUAGE. */
    size_t n = strlen(code), k = strspn(code, "abcdefghijklmnopqrstuvwxyz");
    bool ok = (k == 2 || k == 3) &&
              (n == k || (n == k + 3 && code[k] == '_' && code[k + 1] >= 'A' &&
                          code[k + 1] <= 'Z' && code[k + 2] >= 'A' && code[k + 2] <= 'Z'));
    if (!ok)
        return false;
    if (i18n_is_rtl(code)) {
        tell_rtl();
        code = "en";
    }
    str_copy(chosen, code, sizeof chosen);
    primary_of(chosen, chosen_code, sizeof chosen_code);
    apply();
    return true;
}

const char *i18n_language(void)
{
    if (chosen[0])
        return chosen_code;
    return system_code[0] ? system_code : "en";
}

const char *i18n_language_full(void)
{
    static char full[CODE_MAX];
    const char *from = chosen[0] ? chosen : system_list;
    size_t k = strcspn(from, ".@:");
    if (k == 0 || k >= sizeof full || strncmp(from, i18n_language(), strlen(i18n_language())) != 0)
        return i18n_language();
    memcpy(full, from, k);
    full[k] = '\0';
    return full;
}

const char *i18n_system_language(void)
{
    return system_code[0] ? system_code : "en";
}

bool i18n_has_catalogue(const char *code)
{
    char p[CODE_MAX], rel[64], path[1200];
    if (!code || !primary_of(code, p, sizeof p))
        return false;
    if (strcmp(p, "en") == 0)
        return true;
    const char *dir = bindtextdomain(DOMAIN, NULL);
    snprintf(rel, sizeof rel, "%s/LC_MESSAGES/" DOMAIN ".mo", p);
    return dir && paths_join(path, sizeof path, dir, rel) && paths_is_file(path);
}

const char *i18n_language_name(const char *code)
{
    char p[CODE_MAX];
    if (!code || !primary_of(code, p, sizeof p))
        return NULL;
    for (size_t i = 0; i < sizeof NAMES / sizeof NAMES[0]; i++)
        if (strcmp(p, NAMES[i].code) == 0)
            return NAMES[i].name;
    return NULL;
}

const char *i18n_pgettext(const char *ctx_id)
{
    const char *t = dgettext(DOMAIN, ctx_id);
    if (t == ctx_id) { /* untranslated: the text after the context */
        const char *sep = strchr(ctx_id, '\004');
        return sep ? sep + 1 : ctx_id;
    }
    return t;
}

static const char *const MONTHS[12] = {
    NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
    NC_("month", "April"),   NC_("month", "May"),      NC_("month", "June"),
    NC_("month", "July"),    NC_("month", "August"),   NC_("month", "September"),
    NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
};
static const char *const MONTHS_SHORT[12] = {
    NC_("short month", "Jan"), NC_("short month", "Feb"), NC_("short month", "Mar"),
    NC_("short month", "Apr"), NC_("short month", "May"), NC_("short month", "Jun"),
    NC_("short month", "Jul"), NC_("short month", "Aug"), NC_("short month", "Sep"),
    NC_("short month", "Oct"), NC_("short month", "Nov"), NC_("short month", "Dec"),
};
static const char *const DAYS[7] = {
    NC_("weekday", "Sunday"),    NC_("weekday", "Monday"),   NC_("weekday", "Tuesday"),
    NC_("weekday", "Wednesday"), NC_("weekday", "Thursday"), NC_("weekday", "Friday"),
    NC_("weekday", "Saturday"),
};
static const char *const DAYS_SHORT[7] = {
    NC_("short weekday", "Sun"), NC_("short weekday", "Mon"), NC_("short weekday", "Tue"),
    NC_("short weekday", "Wed"), NC_("short weekday", "Thu"), NC_("short weekday", "Fri"),
    NC_("short weekday", "Sat"),
};

size_t i18n_strftime(char *out, size_t n, const char *fmt, const struct tm *tm)
{
    /* The format with each name written in (its '%' doubled), then strftime. */
    char f[512];
    size_t o = 0;
    for (const char *p = fmt; *p && o + 1 < sizeof f; p++) {
        const char *name = NULL;
        if (p[0] == '%' && p[1]) {
            int mon = tm->tm_mon >= 0 && tm->tm_mon < 12 ? tm->tm_mon : 0;
            int day = tm->tm_wday >= 0 && tm->tm_wday < 7 ? tm->tm_wday : 0;
            switch (p[1]) {
            case 'B':
                name = i18n_pgettext(MONTHS[mon]);
                break;
            case 'b':
                name = i18n_pgettext(MONTHS_SHORT[mon]);
                break;
            case 'A':
                name = i18n_pgettext(DAYS[day]);
                break;
            case 'a':
                name = i18n_pgettext(DAYS_SHORT[day]);
                break;
            default:
                break;
            }
        }
        if (!name) {
            f[o++] = *p;
            if (p[0] == '%' && p[1] && o + 1 < sizeof f)
                f[o++] = *++p; /* a directive's letter (or "%%") is copied whole */
            continue;
        }
        for (const char *c = name; *c && o + 2 < sizeof f; c++) {
            if (*c == '%')
                f[o++] = '%';
            f[o++] = *c;
        }
        p++;
    }
    f[o] = '\0';
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    size_t r = strftime(out, n, f, tm); /* the format is ours, or a translator's */
    if (r == 0 && n > 0)
        out[0] = '\0'; /* did not fit: empty, never undefined */
    return r;
#pragma GCC diagnostic pop
}

/* `word` translated when `table` (NC_ "context\004word" entries) has it,
 * else `word` itself; NULL gives NULL. */
static const char *known_word(const char *const *table, size_t n, const char *word)
{
    if (!word)
        return NULL;
    for (size_t i = 0; i < n; i++)
        if (strcmp(word, strchr(table[i], '\004') + 1) == 0)
            return i18n_pgettext(table[i]);
    return word;
}

const char *i18n_verdict(const char *verdict)
{
    /* TRANSLATORS: the verdicts of an ending (docs/attunement.md, "Endings"):
     * close and connected; stronger after a repair; apart; neither. */
    static const char *const WORDS[] = {NC_("verdict", "connected"), NC_("verdict", "stronger"),
                                        NC_("verdict", "disconnected"), NC_("verdict", "other")};
    return known_word(WORDS, sizeof WORDS / sizeof WORDS[0], verdict);
}

const char *i18n_relationship(const char *relationship)
{
    /* TRANSLATORS: a story's relationship on its card, for a story not
     * translated into your language: "Eltern und Kind". */
    static const char *const WORDS[] = {NC_("relationship", "parent-child"),
                                        NC_("relationship", "therapist-client")};
    return known_word(WORDS, sizeof WORDS / sizeof WORDS[0], relationship);
}
