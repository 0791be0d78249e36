/* Logging and assertions shared by every module.
 * Layer: C engine. Messages go to stderr as "subsystem: message". */
#ifndef ATTUNE_LOG_H
#define ATTUNE_LOG_H

#include <stdbool.h>
#include <stddef.h>

#if defined(__GNUC__)
#define LOG_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define LOG_PRINTF(a, b)
#endif

/* Write "subsystem: message\n" to stderr. */
void log_error(const char *subsystem, const char *fmt, ...) LOG_PRINTF(2, 3);
/* The same, only when ATTUNE_DEBUG is set in the environment. */
void log_debug(const char *subsystem, const char *fmt, ...) LOG_PRINTF(2, 3);

/* Programmer errors: print the expression, file and line, then abort. */
void log_assert_fail(const char *expr, const char *file, int line);
#define ATTUNE_ASSERT(e) ((e) ? (void)0 : log_assert_fail(#e, __FILE__, __LINE__))

/* Player-facing text passes through here so the game can be translated later. */
#define _(s) (s)

/* Copy `src` into `dst` of size `n`, always terminated; returns dst. */
char *str_copy(char *dst, const char *src, size_t n);
/* strdup that aborts on out-of-memory; NULL in gives NULL out. Caller frees. */
char *str_dup(const char *s);

#endif
