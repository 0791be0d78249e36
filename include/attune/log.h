/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Logging and assertions shared by every module.
 * Layer: core. Messages go to stderr as "subsystem: message". */
#ifndef ATTUNE_LOG_H
#define ATTUNE_LOG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#if defined(__GNUC__)
#define LOG_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define LOG_PRINTF(a, b)
#endif

/* Write "subsystem: message\n" to stderr. */
void log_error(const char *subsystem, const char *fmt, ...) LOG_PRINTF(2, 3);
/* The same, only when ATTUNE_DEBUG is set in the environment. */
void log_debug(const char *subsystem, const char *fmt, ...) LOG_PRINTF(2, 3);

/* Text from a story reaches the writer's terminal; a control character in it
 * could clear the screen, set the window title or write the clipboard (OSC
 * 52). So every line the command line prints goes through log_puts or
 * log_printf: control characters (str_is_control) other than '\n' and '\t'
 * are shown as "\x1b" or "\u009b", and bytes that are not valid UTF-8 as
 * "\xff". log_error and log_debug do the same. */
void log_puts(FILE *f, const char *s);
void log_printf(FILE *f, const char *fmt, ...) LOG_PRINTF(2, 3);

/* Programmer errors: print the expression, file and line, then abort. */
void log_assert_fail(const char *expr, const char *file, int line);
#define ATTUNE_ASSERT(e) ((e) ? (void)0 : log_assert_fail(#e, __FILE__, __LINE__))

/* Copy `src` into `dst` of size `n`, always terminated; returns dst. */
char *str_copy(char *dst, const char *src, size_t n);
/* True for a character no id and no one-line text may hold: C0 controls,
 * DEL, C1 controls (U+0080..U+009F), and U+2028 and U+2029, which break a
 * line as surely as '\n'. */
bool str_is_control(uint32_t c);
/* strdup through attune_malloc; NULL in gives NULL out, and NULL when out of
 * memory (the caller gives up its operation: docs/architecture.md). Caller
 * frees with attune_free. */
char *str_dup(const char *s);

#endif
