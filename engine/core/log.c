/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Logging, assertions and two string helpers used everywhere.
 * Layer: core. */
#include "attune/log.h"
#include "attune/alloc.h"
#include "attune/utf8.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void vlog(const char *subsystem, const char *fmt, va_list ap) LOG_PRINTF(2, 0);

static void vprint(FILE *f, const char *fmt, va_list ap) LOG_PRINTF(2, 0);

bool str_is_control(uint32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

void log_puts(FILE *f, const char *s)
{
    size_t len = s ? strlen(s) : 0, i = 0, run = 0;
    while (i < len) {
        size_t at = i;
        uint32_t c = utf8_next(s, len, &i);
        bool invalid = c == 0xFFFD && !(i - at == 3 && (unsigned char)s[at] == 0xEF);
        if (!invalid && (!str_is_control(c) || c == '\n' || c == '\t'))
            continue; /* written with its run below */
        fwrite(s + run, 1, at - run, f);
        if (invalid || c < 0x80)
            fprintf(f, "\\x%02x", (unsigned char)s[at]);
        else
            fprintf(f, "\\u%04x", (unsigned)c);
        run = i;
    }
    fwrite(s + run, 1, len - run, f);
}

static void vprint(FILE *f, const char *fmt, va_list ap)
{
    char small[1024];
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    if (n < 0) {
        va_end(again);
        return;
    }
    if ((size_t)n < sizeof small) {
        log_puts(f, small);
    } else {
        char *big = attune_malloc((size_t)n + 1);
        if (big) {
            vsnprintf(big, (size_t)n + 1, fmt, again);
            log_puts(f, big);
            attune_free(big);
        }
    }
    va_end(again);
}

void log_printf(FILE *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vprint(f, fmt, ap);
    va_end(ap);
}

static void vlog(const char *subsystem, const char *fmt, va_list ap)
{
    fprintf(stderr, "%s: ", subsystem);
    if (getenv("ATTUNE_DEBUG")) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        fprintf(stderr, "[%.1f ms] ", (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6);
    }
    vprint(stderr, fmt, ap);
    fputc('\n', stderr);
}

void log_error(const char *subsystem, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vlog(subsystem, fmt, ap);
    va_end(ap);
}

void log_debug(const char *subsystem, const char *fmt, ...)
{
    static int enabled = -1;
    if (enabled < 0)
        enabled = getenv("ATTUNE_DEBUG") != NULL;
    if (!enabled)
        return;
    va_list ap;
    va_start(ap, fmt);
    vlog(subsystem, fmt, ap);
    va_end(ap);
}

void log_assert_fail(const char *expr, const char *file, int line)
{
    fprintf(stderr, "attune: assertion failed: %s (%s:%d)\n", expr, file, line);
    abort();
}

char *str_copy(char *dst, const char *src, size_t n)
{
    if (n == 0)
        return dst;
    size_t len = src ? strlen(src) : 0;
    if (len >= n)
        len = n - 1;
    if (len)
        memcpy(dst, src, len);
    dst[len] = '\0';
    return dst;
}

char *str_dup(const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s) + 1;
    char *d = attune_malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}
