/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Text: light markup drawn, word wrap, and caches of laid-out text and of
 * rendered runs. Layer: UI (SDL2_ttf). UTF-8 is utf8.h's.
 * Markup (markup.h reads it): *emphasis* is italic, **strong** is
 * semi-bold, \* is an asterisk; "\n" breaks a line. [[window of tolerance]]
 * or [[shown words|term]] links a glossary term: only the shown words are
 * drawn (semi-bold, underlined), and measuring, wrapping and the typewriter
 * count only them. Inside a link the words are plain (no emphasis). A "[["
 * with no "]]" after it, or an empty link, is ordinary text.
 * Sizes are in pixels and chosen by the caller from the window size. */
#ifndef ATTUNE_TEXT_H
#define ATTUNE_TEXT_H

#include <SDL.h>
#include <stdbool.h>

typedef struct Text Text;

/* The typeface every face is drawn in. */
typedef enum TextFamily {
    TEXT_FAMILY_SANS = 0,     /* Open Sans, the default */
    TEXT_FAMILY_DYSLEXIC = 1, /* OpenDyslexic: wider and taller at the same px */
} TextFamily;

typedef enum TextStyle {
    TEXT_REGULAR = 0,
    TEXT_ITALIC = 1,
    TEXT_STRONG = 2,
    TEXT_STRONG_ITALIC = 3,
} TextStyle;

/* Load the four faces of the UI font from `font_dir` (OpenSans-*.ttf), else
 * from Debian's fonts-open-sans folder, for drawing with `r`. NULL on failure
 * (logged). Caller frees with text_destroy(). */
Text *text_create(SDL_Renderer *r, const char *font_dir);
/* The folders looked in after `font_dir`: Debian's, unless a test sets others
 * (the strings are kept, not copied). */
void text_set_system_font_dirs(const char *sans, const char *dyslexic);
/* The folder DejaVu Sans, the fallback for letters neither family has, is
 * looked in after `font_dir` (a test sets one without it). */
void text_set_fallback_font_dir(const char *dir);
void text_destroy(Text *t);

/* Draw everything from now on in family `f`; the dyslexic faces
 * (OpenDyslexic-*.otf, in the same folder, else fonts-opendyslexic's) are read
 * on first use. Every cache is dropped on a change, so sizes measured before
 * must be measured again.
 * False when the faces cannot be had: logged once, and the family stays. */
bool text_set_family(Text *t, TextFamily f);
/* The family drawn in now. */
TextFamily text_family(const Text *t);

/* Line height in pixels for text of size `px`. */
int text_line_height(Text *t, int px);

/* Lay out `s` wrapped to `width` and report its size; returns the height.
 * `lines` and `w` may be NULL. */
int text_measure(Text *t, const char *s, int px, int width, TextStyle base, int *lines, int *w);

/* Number of visible characters (code points, markup excluded) in `s`. */
int text_char_count(Text *t, const char *s, int px, int width, TextStyle base);

/* Draw `s` wrapped to `width` with its top-left at (x, y). `reveal` limits
 * how many characters show (typewriter); -1 shows all. Returns the height. */
int text_draw(Text *t, const char *s, int px, int x, int y, int width, TextStyle base,
              SDL_Color color, int reveal);

/* Drop every cached texture (call when the renderer's output changes). */
void text_flush(Text *t);

#endif
