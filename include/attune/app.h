/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The game: the window, the event-driven loop, and the flow between screens.
 * Layer: C engine. The loop sleeps in SDL_WaitEvent while nothing moves, so
 * waiting for a choice costs no CPU; it wakes for input and for the few
 * animations (typewriter text, fades). */
#ifndef ATTUNE_APP_H
#define ATTUNE_APP_H

#include <stdbool.h>

typedef struct AppOptions {
    const char *story_dir; /* play this story straight away, or NULL for the title */
    int width, height;     /* window size; 0 for the default */
    const char *renderer;  /* "auto", "software" or "gpu" */
    bool fullscreen;
    const char *input_script; /* tests: a file of scripted input (see docs/testing.md) */
    bool workshop;            /* workshop mode: story_dir as a workshop, or pick one */
    bool presenter;           /* workshop: a presenter window even with one display */
    const char *report_dir;   /* workshop: where reports go, or NULL */
} AppOptions;

/* Run the game until the player quits. Returns the process exit code. */
int app_run(const AppOptions *o);

#endif
