/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* UTF-8: decoding one code point, checking a whole string, and finding where
 * a character starts, so that text is never cut inside one. Layer: core
 * (plain data: no SDL, no Lua). Invalid bytes are read as U+FFFD, one byte
 * each, and never read past the length given. */
#ifndef ATTUNE_UTF8_H
#define ATTUNE_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decode one code point at s[*i] (with *i < len), advancing *i; an invalid,
 * overlong, surrogate or cut-short sequence gives U+FFFD and advances by one
 * byte. */
uint32_t utf8_next(const char *s, size_t len, size_t *i);

/* True when `s` (len bytes) is valid UTF-8 (a real U+FFFD is valid). */
bool utf8_valid(const char *s, size_t len);

/* Where to cut `s` to keep at most its first n bytes without splitting a
 * character: n stepped back over continuation bytes, while s[n] is one.
 * NOTE: s[n] is read, so `s` must hold more than n bytes (its terminator
 * counts). */
size_t utf8_boundary(const char *s, size_t n);

/* Where the character ending at s[n - 1] starts (0 when n is 0): how far a
 * backspace at the end of s[0..n) goes back. */
size_t utf8_prev(const char *s, size_t n);

/* The length of s[0..n) without its last character when that one was cut
 * short (its lead byte asks for more bytes than follow it): for a buffer
 * filled up to its end. Stray continuation bytes and invalid lead bytes are
 * kept; each is one character to utf8_next(). */
size_t utf8_trim(const char *s, size_t n);

#endif
