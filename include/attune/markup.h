/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The story's light markup read as data: *emphasis*, **strong**, \* for an
 * asterisk, and [[shown words|term]] glossary links. Layer: core (no SDL,
 * no Lua): text.c draws by these rules, and the terminal, the voice and the
 * workshop report read the same words through them. A "[[" with no "]]"
 * after it, or an empty link, is ordinary text. */
#ifndef ATTUNE_MARKUP_H
#define ATTUNE_MARKUP_H

#include <stdbool.h>
#include <stddef.h>

/* A [[link]] in a string: the words shown, the term linked, and where the
 * text goes on after the closing "]]". Offsets are bytes into the string. */
typedef struct MarkupLink {
    size_t show, show_end, term, term_end, end;
} MarkupLink;

/* Is there a link at s[i] (s is len bytes)? True with it in `k`. `close`
 * remembers the first "]]" found by an earlier call on the same string
 * (start it at 0), so that a paragraph of unclosed "[[" is read once, not
 * once per bracket. */
bool markup_link_at(const char *s, size_t len, size_t i, size_t *close, MarkupLink *k);

/* The glossary terms linked in `s`, in order of first appearance, each once:
 * lower-cased, spaces trimmed and collapsed, cut to 63 bytes. Writes at most
 * `max` into `terms` and returns how many it wrote. */
int markup_links(const char *s, char terms[][64], int max);

/* `s` as it reads, without markup, into out[n] (always terminated): no
 * asterisks (`\*` is one), links as their shown words. Cut at a character
 * boundary when it does not fit. Returns the length written. */
size_t markup_plain(const char *s, char *out, size_t n);

#endif
