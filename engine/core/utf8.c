/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* UTF-8 decoding and the one rule for cutting text at a character boundary,
 * used by every module that shortens a string (labels, titles, glossary
 * texts, story strings, typed folders). Layer: core: no SDL, no Lua. */
#include "attune/utf8.h"

static bool is_continuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/* How many bytes a sequence starting with `lead` has; 0 for a byte that
 * cannot start one (a continuation byte, or 0xF8 and above). */
static int sequence_length(unsigned char lead)
{
    return lead < 0x80         ? 1
           : (lead >> 5) == 6  ? 2
           : (lead >> 4) == 14 ? 3
           : (lead >> 3) == 30 ? 4
                               : 0;
}

uint32_t utf8_next(const char *s, size_t len, size_t *i)
{
    const unsigned char *p = (const unsigned char *)s + *i;
    size_t left = len - *i;
    uint32_t c = p[0];
    int n = sequence_length(p[0]);
    if (n == 0 || (size_t)n > left) {
        (*i)++;
        return 0xFFFD;
    }
    if (n == 1) {
        (*i)++;
        return c;
    }
    c &= 0x7Fu >> n;
    for (int k = 1; k < n; k++) {
        if (!is_continuation(p[k])) {
            (*i)++;
            return 0xFFFD;
        }
        c = (c << 6) | (p[k] & 0x3Fu);
    }
    static const uint32_t min[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < min[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        (*i)++;
        return 0xFFFD;
    }
    *i += (size_t)n;
    return c;
}

bool utf8_valid(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        size_t before = i;
        uint32_t c = utf8_next(s, len, &i);
        /* U+FFFD is an error unless it was written as itself (EF BF BD). */
        if (c == 0xFFFD && !(i - before == 3 && (unsigned char)s[before] == 0xEF))
            return false;
    }
    return true;
}

size_t utf8_boundary(const char *s, size_t n)
{
    while (n > 0 && is_continuation((unsigned char)s[n]))
        n--;
    return n;
}

size_t utf8_prev(const char *s, size_t n)
{
    return n > 0 ? utf8_boundary(s, n - 1) : 0;
}

size_t utf8_trim(const char *s, size_t n)
{
    size_t k = n;
    while (k > 0 && is_continuation((unsigned char)s[k - 1]))
        k--;
    if (k == 0)
        return n; /* only continuation bytes: nothing starts a character */
    int need = sequence_length((unsigned char)s[k - 1]);
    return need > 1 && n - (k - 1) < (size_t)need ? k - 1 : n;
}
