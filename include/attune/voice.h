/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Voice: self-voicing, the game's text read aloud by espeak-ng when it is
 * installed and silently absent when it is not. Layer: core.
 * Invariant: at most one line is spoken at a time, only voice_quit() ever
 * waits (at most half a second), and every child started is reaped. */
#ifndef ATTUNE_VOICE_H
#define ATTUNE_VOICE_H

#include <stdbool.h>
#include <stddef.h>

/* True when the speech program can be run: $ATTUNE_VOICE_CMD if set (a path
 * or a name looked up on PATH), else `espeak-ng` on PATH. Looked up once and
 * remembered until voice_quit(). */
bool voice_available(void);

/* Stop what is being said and start saying `text`, with its markup removed
 * (see voice_strip_markup). Returns at once. Empty or NULL text only stops;
 * a missing program makes it a no-op. */
void voice_say(const char *text);

/* Stop what is being said (SIGTERM), without waiting. */
void voice_stop(void);

/* Stop, wait for every child to exit, and forget the program looked up. */
void voice_quit(void);

/* The words of `text` as they would be read: markup_plain() (no markup,
 * links as their shown words), with line breaks and tabs as spaces. Writes
 * at most n-1 bytes into `out`, always terminated; returns the length. */
size_t voice_strip_markup(const char *text, char *out, size_t n);

#endif
