/* Text: UTF-8, light markup, word wrap, and caches of laid-out text and of
 * rendered runs. Layer: C engine (SDL2_ttf).
 * Markup: *emphasis* is italic, **strong** is semi-bold; "\n" breaks a line.
 * Sizes are in pixels and chosen by the caller from the window size. */
#ifndef ATTUNE_TEXT_H
#define ATTUNE_TEXT_H

#include <SDL.h>
#include <stdbool.h>

typedef struct Text Text;

typedef enum TextStyle {
    TEXT_REGULAR = 0,
    TEXT_ITALIC = 1,
    TEXT_STRONG = 2,
    TEXT_STRONG_ITALIC = 3,
} TextStyle;

/* Load the four faces of the UI font from `font_dir` (OpenSans-*.ttf) for
 * drawing with `r`. NULL on failure (logged). Caller frees with text_destroy(). */
Text *text_create(SDL_Renderer *r, const char *font_dir);
void text_destroy(Text *t);

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

/* Decode one UTF-8 code point at s[*i], advancing *i; invalid bytes give
 * U+FFFD and advance by one. */
Uint32 text_utf8_next(const char *s, size_t len, size_t *i);
/* True when `s` (len bytes) is valid UTF-8. */
bool text_utf8_valid(const char *s, size_t len);

#endif
