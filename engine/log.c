/* Logging, assertions and two string helpers used everywhere.
 * Layer: C engine. */
#include "attune/log.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void vlog(const char *subsystem, const char *fmt, va_list ap) LOG_PRINTF(2, 0);

static void vlog(const char *subsystem, const char *fmt, va_list ap)
{
    fprintf(stderr, "%s: ", subsystem);
    if (getenv("ATTUNE_DEBUG")) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        fprintf(stderr, "[%.1f ms] ", (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6);
    }
    vfprintf(stderr, fmt, ap);
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
    char *d = malloc(n);
    if (!d) {
        fprintf(stderr, "attune: out of memory\n");
        abort();
    }
    memcpy(d, s, n);
    return d;
}
