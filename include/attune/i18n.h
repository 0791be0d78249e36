/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The interface in the player's language, through GNU gettext (domain
 * "attune"). Layer: core (no SDL, no Lua). Only LC_MESSAGES follows the
 * system: LC_NUMERIC stays "C", since reports, saves and Lua read and write
 * numbers with a '.', and LC_CTYPE too (docs/architecture.md, "Translation"). */
#ifndef ATTUNE_I18N_H
#define ATTUNE_I18N_H

#include <libintl.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

/* Player-facing text: translated where it is used. */
#define _(s) gettext(s)
/* Marks text for translation where _() cannot run (static tables); the code
 * that shows it passes it through _(). */
#define N_(s) (s)
/* A phrase with a count: the form for `n` in the player's language (many
 * languages have more than two). Never `n == 1 ? a : b` for words. */
#define P_(singular, plural, n) ngettext((singular), (plural), (unsigned long)(n))

/* Start: LC_MESSAGES from the environment (C.UTF-8 when the
 * system's locale is not generated or is C/POSIX, the language then taken
 * from LC_ALL, LC_MESSAGES or LANG), and the catalogues in `locale_dir`
 * (<dir>/<lang>/LC_MESSAGES/attune.mo; NULL: the system's). Call once, early,
 * before any thread starts (again only from tests: it reads LANGUAGE anew,
 * as the environment then is). Never fails: without catalogues text is
 * English. */
void i18n_init(const char *locale_dir);

/* Text with a context that tells two uses of one English word apart
 * ("May" the month, short and long): gettext's msgctxt. NC_ only marks, for
 * static tables; i18n_pgettext() translates what it made. */
#define C_(ctx, s) i18n_pgettext(ctx "\004" s)
#define NC_(ctx, s) (ctx "\004" s)
/* `ctx_id` is "context\004text": its translation, else the text. */
const char *i18n_pgettext(const char *ctx_id);

/* strftime(), with the names of months and days (%a, %A, %b, %B) in the
 * interface's language (LC_TIME stays "C"). Translate the format itself
 * too, for a language's own order ("%d. %b, %H:%M"). Returns what strftime
 * returns. */
size_t i18n_strftime(char *out, size_t n, const char *fmt, const struct tm *tm);

/* An ending's verdict ("connected", "stronger", "other", "disconnected":
 * the rules' words, docs/attunement.md) as the player reads it, in the
 * interface's language; any other word as it is; NULL gives NULL. */
const char *i18n_verdict(const char *verdict);

/* A story's relationship as the player reads it: the two the docs name
 * ("parent-child", "therapist-client") in the interface's language when the
 * story's own translation has not said it; any other words as they are. */
const char *i18n_relationship(const char *relationship);

/* The player's choice: "en", "de", "es"..., or NULL or "" to follow the
 * system. Applies at once: the next _() is in the new language. A
 * right-to-left language is refused for English (logged once). False when
 * `code` is not a language code (nothing changes). */
bool i18n_set_language(const char *code);

/* The primary language in effect ("de", "es", "en"...): the setting, else
 * the system's; "en" when nothing names one. Never NULL. */
const char *i18n_language(void);
/* The same with its country when one was named ("pt_BR", else "de"): what
 * a story's translation is looked for by (translations/pt_BR.po, then
 * translations/pt.po). Never NULL. */
const char *i18n_language_full(void);

/* The system's primary language, whatever the setting (for "System (...)"). */
const char *i18n_system_language(void);

/* True when the interface has a catalogue for `code` (English always has). */
bool i18n_has_catalogue(const char *code);

/* A language's name in that language ("Deutsch"), or NULL when not known. */
const char *i18n_language_name(const char *code);

/* True for a language written right to left (ar, he, fa, ur, yi, ps, sd,
 * ug, dv, ckb), which the text layout cannot show yet. */
bool i18n_is_rtl(const char *code);

#endif
