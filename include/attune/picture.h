/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Pictures: the one set of limits every picture is loaded under, in the
 * game, in `attune render` and in `attune check` alike (docs/writing-stories.md
 * tells a writer the same numbers). Layer: UI (SDL2, SDL2_image).
 *
 * A picture is a PNG, a JPEG or an SVG, told by its bytes, not its name. Its
 * size is read from its header (a PNG's IHDR, a JPEG's frame header, an
 * SVG's <svg> element) before anything is decoded, and an SVG's elements and
 * path coordinates are counted in its text before it is parsed. Then it is
 * decoded, or drawn at a size we choose within the pixel budget, in a child
 * process that is killed when it takes longer than PICTURE_DRAW_MS: no
 * counting bounds how long nanosvg takes to fill a thousand shapes that
 * each cover the window (measured: 114 s at 3840x2160). */
#ifndef ATTUNE_PICTURE_H
#define ATTUNE_PICTURE_H

#include "attune/picture_limits.h"

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

typedef enum PictureKind { PICTURE_PNG, PICTURE_JPEG, PICTURE_SVG } PictureKind;

typedef struct PictureInfo {
    PictureKind kind;
    double w, h;           /* the size it declares, in px */
    int elements, numbers; /* an SVG's elements and path coordinates */
} PictureInfo;

/* What a picture's bytes declare, read without decoding them. True when it
 * is within every limit that needs no drawing; else false with why not in
 * `why` (size wn), worded to follow the file's name. */
bool picture_inspect(const void *data, size_t len, PictureInfo *info, char *why, size_t wn);

/* The size (*out_w x *out_h) at which a picture of aspect w:h fits inside
 * bw x bh, or covers it when `cover`, made smaller when that is over the
 * pixel budget or PICTURE_MAX_SIDE. */
void picture_box(double w, double h, int bw, int bh, bool cover, int *out_w, int *out_h);

/* The picture at `path` (a file the story folder rule passed), fitting
 * inside w x h or covering it, under every limit: read as a regular file,
 * inspected, then decoded or drawn in a child process given PICTURE_DRAW_MS.
 * An ARGB8888 surface (a PNG or JPEG at its own size, an SVG at
 * picture_box's), or NULL with why not in `why`. Its pixels are the memory
 * the child drew into: free it with picture_free, never SDL_FreeSurface. */
SDL_Surface *picture_load(const char *path, int w, int h, bool cover, char *why, size_t wn);
/* Free a surface picture_load gave (NULL is fine). */
void picture_free(SDL_Surface *s);

/* picture_load keeps what a child drew in $XDG_CACHE_HOME/attune/pictures
 * (else ~/.cache/attune/pictures), keyed by the file's bytes and the size it
 * may be drawn at, and gives it back from there the next time without
 * drawing; ATTUNE_NO_PICTURE_CACHE=1 turns that off. For tests: how many
 * pictures were decoded or drawn in a child so far, and the cache's bound in
 * bytes (128 MiB unless set). */
unsigned long picture_drawn_count(void);
void picture_cache_set_max(size_t bytes);

/* picture_load, but only from that cache: NULL, with nothing drawn, when
 * the picture has not been drawn at that size before (or the cache is off).
 * For a window that would show a quick preview while it waits. */
SDL_Surface *picture_load_cached(const char *path, int w, int h, bool cover);

/* What `check` does with each picture: picture_load at PICTURE_CHECK_W x
 * PICTURE_CHECK_H, so a writer learns of a picture the game would refuse;
 * always drawn in a child, never taken from the cache. */
bool picture_check(const char *path, bool cover, char *why, size_t wn);

#endif
