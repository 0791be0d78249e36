/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The game: the window, the event-driven loop, and the flow between screens.
 * Layer: UI. The loop sleeps in SDL_WaitEvent while nothing moves, so
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
    bool phones;              /* workshop: votes from phones on from the start */
    const char *phones_bind;  /* workshop: --phones-bind ADDRESS[:PORT], or NULL */
    bool watch; /* writers: reload story_dir when a file of it is saved; the story lab shown */
    const char *lang; /* --lang: the language for this run, over the setting; NULL: the setting */
} AppOptions;

typedef struct App App;

/* Start SDL, open the window and the first screen (the story given, a
 * workshop, or the title). NULL when the game cannot start (logged); then
 * SDL is already shut down again. Caller ends it with app_close(). */
App *app_open(const AppOptions *o);

/* One turn of the loop: sleep until an event or the next thing that moves
 * (no CPU while nothing does), handle what came, draw when something
 * changed. False once the game is to end. */
bool app_frame(App *a);

/* How long the last app_frame worked, in ms: handling what came and
 * drawing, not the wait before it (for tests measuring the frame's cost). */
double app_frame_work_ms(const App *a);
/* The workshop running, or NULL (tests). */
struct Workshop *app_workshop(App *a);

/* Keep the settings and progress, free everything, shut SDL down. Returns
 * the process exit code (3 when a scripted check failed, else 0). */
int app_close(App *a);

/* app_open, app_frame until it says stop, app_close: the process exit code. */
int app_run(const AppOptions *o);

#endif
