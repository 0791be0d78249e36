/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The story lab: the writer's live loop beside the game (`play --watch`).
 * A thread watches the story's folder and says when a file was saved; a
 * second thread, with its own copy of the story in its own Lua state, runs
 * `check` and a short `simulate` after every save; the panel shows what they
 * found at the window's right. Layer: UI, private to app*.c.
 * Invariant: the main thread never waits for a check: both threads speak to
 * it only through SDL user events, and the panel draws the last result. */
#ifndef ATTUNE_LAB_H
#define ATTUNE_LAB_H

#include "attune/screens.h"

#include <SDL.h>

typedef struct Lab Lab;

typedef enum LabNews {
    LAB_NONE = 0, /* not the lab's event */
    LAB_SAVED,    /* a file of the story was saved (the caller reloads) */
    LAB_CHECKED,  /* a check finished: the panel has news */
} LabNews;

/* The lab for the story in `dir` (story runtime in `lib_dir`): its checking
 * thread, started on a first check at once, and with `watch` the folder
 * watched. The panel is shown when `shown`. NULL when the threads cannot
 * be made (logged). Caller frees with lab_close(). */
Lab *lab_open(const char *dir, const char *lib_dir, bool watch, bool shown);
/* Stop both threads (a check under way is waited for) and free. NULL is a
 * no-op. */
void lab_close(Lab *l);

/* Whether `e` is the lab's, and what it says (LAB_SAVED: a check is started
 * too; the file saved, relative to the story, is in lab_saved_file). */
LabNews lab_event(Lab *l, const SDL_Event *e);
const char *lab_saved_file(const Lab *l);
/* The last check in one line ("0 errors, 1 warning; teaching checks: 17 of
 * 17 pass; coverage: beats 12/12, answers 40/40 (0.8 s)"), for the terminal. */
const char *lab_summary(const Lab *l);
/* Start a fresh check (after the one under way, if any). */
void lab_check(Lab *l);
/* The folder the lab follows; whether it is watched. */
const char *lab_dir(const Lab *l);
bool lab_watching(const Lab *l);

bool lab_shown(const Lab *l);
void lab_show(Lab *l, bool shown);
/* The panel's width in a w x h window at the player's text size (s), or 0
 * when it is hidden or the window is too small to narrow the stage. */
int lab_width(const Lab *l, Screens *s, int w, int h);
/* Draw the panel in `r` (the window's right, lab_width wide). */
void lab_draw(Lab *l, Screens *s, SDL_Rect r);
/* Scroll the panel by `lines` (negative: up). */
void lab_scroll(Lab *l, int lines);

#endif
