/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Drawing helpers and the picture cache: rounded panels, arcs, circles, and
 * SVG/PNG art rasterised at the size the window needs.
 * Layer: UI (SDL2, SDL2_image). */
#ifndef ATTUNE_RENDER_H
#define ATTUNE_RENDER_H

#include <SDL.h>
#include <stdbool.h>

typedef struct Images Images;

void render_fill(SDL_Renderer *r, SDL_FRect rect, SDL_Color c);
void render_round_rect(SDL_Renderer *r, SDL_FRect rect, float radius, SDL_Color c);
void render_round_outline(SDL_Renderer *r, SDL_FRect rect, float radius, float thick, SDL_Color c);
/* A ring segment centred at (cx, cy), angles in degrees clockwise from 12 o'clock. */
void render_arc(SDL_Renderer *r, float cx, float cy, float radius, float thick, float from_deg,
                float to_deg, SDL_Color c);
void render_disc(SDL_Renderer *r, float cx, float cy, float radius, SDL_Color c);
/* A vertical gradient from `top` to `bottom` colour. */
void render_gradient(SDL_Renderer *r, SDL_FRect rect, SDL_Color top, SDL_Color bottom);
/* What `r` has drawn (its whole output) as a PNG at `path`; false, logged,
 * when it cannot be read or written. */
bool render_save_png(SDL_Renderer *r, const char *path);

/* The format for something drawn opaque in `r`'s window (a room, the
 * composed scene): the window's own when it is RGB888, where the software
 * renderer copies and stretches without converting; else ARGB8888. */
Uint32 render_opaque_format(SDL_Renderer *r);

/* Picture cache for renderer `r`. With `async`, SVG pictures first come as a
 * quick quarter-size preview and a worker thread rasterises them at full
 * size; an event of type images_event() is pushed when one arrives (draw
 * again). Without it every picture is full size at once (render, tests).
 * Caller frees with images_destroy(). */
Images *images_create(SDL_Renderer *r, bool async);
/* The SDL event type pushed when a full-size picture is ready (0 if none). */
Uint32 images_event(const Images *im);
/* Take in every full-size picture the worker has finished. */
void images_update(Images *im);
/* Grows each time a full-size picture replaces a preview. */
unsigned images_generation(const Images *im);
/* How many pictures are still only a preview (their full size not yet in):
 * the scene is not settled while this is above 0. */
int images_previews(const Images *im);
void images_destroy(Images *im);
/* The picture at `path` rasterised to fit `w`x`h` (aspect kept) when `cover`
 * is false, or to cover it (cropped later by the caller) when true. Cached by
 * path and size; NULL if it cannot be loaded (logged once). The texture stays
 * owned by the cache. Its real size is in *out_w, *out_h. */
SDL_Texture *images_get(Images *im, const char *path, int w, int h, bool cover, int *out_w,
                        int *out_h);
/* Draw `path` covering `dst` (centred, cropped), or fitted when !cover,
 * rasterised at `detail` times the size drawn (1 sharp; less is softer,
 * faster and smaller, then scaled up smoothly). */
bool images_draw(Images *im, const char *path, SDL_FRect dst, bool cover, float detail,
                 Uint8 alpha);
void images_flush(Images *im);

#endif
