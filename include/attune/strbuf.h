/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* A growing string for the writers that build a file in memory (the session
 * report, the workshop record). Layer: core (no SDL, no Lua). Invariant:
 * once an allocation fails the buffer stays failed and takes nothing more,
 * as ferror does, so a writer checks once, at the end (strbuf_take). */
#ifndef ATTUNE_STRBUF_H
#define ATTUNE_STRBUF_H

#include "attune/log.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct StrBuf {
    char *p; /* NUL-terminated once anything is in it; NULL before */
    size_t len, cap;
    bool oom;
} StrBuf;

/* Append `n` bytes of `s`, a string, printf-formatted text, or code point
 * `c` as UTF-8. */
void strbuf_add(StrBuf *b, const char *s, size_t n);
void strbuf_puts(StrBuf *b, const char *s);
void strbuf_printf(StrBuf *b, const char *fmt, ...) LOG_PRINTF(2, 3);
void strbuf_utf8(StrBuf *b, uint32_t c);
/* `s` escaped as the inside of a JSON string: quotes, backslashes and
 * control characters escaped; UTF-8 passed through, any invalid byte
 * becomes U+FFFD. */
void strbuf_json(StrBuf *b, const char *s);
/* The finished string (the caller frees it with attune_free), or NULL when
 * memory ran out (the buffer is freed then). Either way `b` is empty after. */
char *strbuf_take(StrBuf *b);

#endif
