/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* SDL's lifetime in one place: the hints that must come before a subsystem
 * starts, the subsystems the game starts (video and events, gamepads) and
 * SDL_ttf, and the one shutdown. Layer: UI.
 * The writer's tools start none of it, except SDL_ttf for `check`'s and
 * `render`'s text on an off-screen surface. The sound device's subsystem is
 * audio.c's: it opens and closes with the device (see there why). */
#ifndef ATTUNE_SDL_HOST_H
#define ATTUNE_SDL_HOST_H

#include <stdbool.h>

/* Should the window use SDL's software renderer? `choice` is "software",
 * "gpu", or NULL / "auto": software when the machine has no GPU render node
 * (Mesa's software OpenGL costs ~100 ms and ~95 MiB before the first frame). */
bool sdl_host_want_software(const char *choice);

/* Start SDL's video and events (software: no framebuffer acceleration).
 * False on failure, with SDL_GetError() saying why. */
bool sdl_host_init_video(bool software);

/* Start the gamepads' subsystem. False on failure (play goes on without). */
bool sdl_host_init_pads(void);

/* Start SDL_ttf unless it runs already. False on failure, with
 * TTF_GetError() saying why. */
bool sdl_host_init_fonts(void);

/* Shut down whatever of the above was started: SDL_ttf, then SDL itself.
 * Every window, renderer, texture and font must be gone by then. */
void sdl_host_quit(void);

#endif
