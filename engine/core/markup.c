/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The markup rules as data: where a [[link]] is, which terms a text links,
 * and the words a text reads as. Layer: core: no SDL, no Lua. One reading
 * of the rules for drawing (text.c), the terminal, the voice and reports. */
#include "attune/markup.h"
#include "attune/log.h"
#include "attune/utf8.h"

#include <string.h>

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static bool all_space(const char *s, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (!is_space(s[i]))
            return false;
    return true;
}

bool markup_link_at(const char *s, size_t len, size_t i, size_t *close, MarkupLink *k)
{
    if (i + 1 >= len || s[i] != '[' || s[i + 1] != '[')
        return false;
    if (*close < i + 2) {
        size_t j = i + 2;
        while (j + 1 < len && !(s[j] == ']' && s[j + 1] == ']'))
            j++;
        *close = j + 1 < len ? j : len;
    }
    if (*close >= len)
        return false;
    size_t c = *close, bar = i + 2;
    while (bar < c && s[bar] != '|')
        bar++;
    k->show = i + 2;
    k->show_end = bar;
    k->term = bar < c ? bar + 1 : i + 2;
    k->term_end = c;
    k->end = c + 2;
    bool no_show = all_space(s, k->show, k->show_end), no_term = all_space(s, k->term, k->term_end);
    if (no_show && no_term)
        return false; /* "[[]]", "[[ | ]]": left as written */
    if (no_show) {
        k->show = k->term;
        k->show_end = k->term_end;
    } else if (no_term) {
        k->term = k->show;
        k->term_end = k->show_end;
    }
    return true;
}

/* A link's term as the glossary looks it up: trimmed, inner spaces made one,
 * ASCII lower-cased, cut to fit out[64] at a character boundary. */
static void link_term(const char *s, size_t from, size_t to, char out[64])
{
    size_t n = 0;
    bool gap = false, cut = false;
    for (size_t i = from; i < to; i++) {
        char c = s[i];
        if (is_space(c)) {
            gap = n > 0;
            continue;
        }
        if (n + (gap ? 2 : 1) > 63) {
            cut = true;
            break;
        }
        if (gap)
            out[n++] = ' ';
        gap = false;
        out[n++] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    if (cut) { /* drop a character cut in two */
        n = utf8_trim(out, n);
        while (n > 0 && out[n - 1] == ' ')
            n--;
    }
    out[n] = '\0';
}

/* Append byte `c` to out[n] at *len, keeping room for the terminator. */
static void plain_put(char *out, size_t n, size_t *len, bool *cut, char c)
{
    if (*len + 1 < n)
        out[(*len)++] = c;
    else
        *cut = true;
}

size_t markup_plain(const char *s, char *out, size_t n)
{
    if (n == 0)
        return 0;
    s = s ? s : "";
    size_t slen = strlen(s), len = 0, close = 0;
    bool cut = false;
    for (size_t i = 0; i < slen;) {
        MarkupLink k;
        if (s[i] == '\\' && s[i + 1] == '*') {
            plain_put(out, n, &len, &cut, '*');
            i += 2;
        } else if (s[i] == '*') {
            i++;
        } else if (markup_link_at(s, slen, i, &close, &k)) {
            for (size_t j = k.show; j < k.show_end; j++)
                if (s[j] != '*')
                    plain_put(out, n, &len, &cut, s[j]);
            i = k.end;
        } else {
            plain_put(out, n, &len, &cut, s[i++]);
        }
    }
    if (cut) /* never end inside a UTF-8 character cut short */
        len = utf8_trim(out, len);
    out[len] = '\0';
    return len;
}

int markup_links(const char *s, char terms[][64], int max)
{
    if (!s || !terms || max <= 0)
        return 0;
    size_t len = strlen(s), close = 0;
    int n = 0;
    size_t i = 0;
    while (i + 1 < len && n < max) {
        MarkupLink k;
        if (!markup_link_at(s, len, i, &close, &k)) {
            i++;
            continue;
        }
        char term[64];
        link_term(s, k.term, k.term_end, term);
        bool seen = term[0] == '\0';
        for (int j = 0; j < n && !seen; j++)
            seen = strcmp(terms[j], term) == 0;
        if (!seen) {
            ATTUNE_ASSERT(n < max);
            memcpy(terms[n++], term, sizeof term);
        }
        i = k.end;
    }
    return n;
}
