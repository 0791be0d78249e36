/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Workshop mode: a facilitator runs a story with a group. The flow of a
 * session (the group reads, votes, the facilitator confirms, discusses,
 * reveals; the road not taken; the debrief; the report), the facilitator's
 * keys, and the two windows: the projector (the game's own window) and the
 * presenter window on the laptop's screen, opened when there is a second
 * display or when asked for.
 * Layer: UI. The game's loop hands every SDL event here while workshop
 * mode runs; what is drawn comes from the stage (stage.h), what is recorded
 * goes to the session (session.h). */
#ifndef ATTUNE_WORKSHOP_H
#define ATTUNE_WORKSHOP_H

#include "attune/screens.h"
#include "attune/settings.h"
#include "attune/story.h"

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

typedef struct Workshop Workshop;

/* What the game lends workshop mode: its window (the projector), renderer
 * and screens, and where things are. */
typedef struct WorkshopHost {
    SDL_Window *window;
    SDL_Renderer *renderer;
    Screens *screens;
    const Settings *settings;
    const char *lib_dir, *font_dir;
    const char *report_dir;  /* --report-dir, or NULL for the remembered/default one */
    bool presenter;          /* --presenter: a presenter window even with one display */
    bool phones;             /* --phones: phone votes on from the start */
    const char *phones_bind; /* --phones-bind ADDRESS[:PORT], or NULL: every interface */
} WorkshopHost;

typedef enum WorkshopResult {
    WORKSHOP_GOING = 0,
    WORKSHOP_LEAVE, /* the facilitator ended the session: back to the title */
    WORKSHOP_QUIT,  /* the window was closed */
} WorkshopResult;

/* Start a session of the story in `dir`. NULL with `err` filled when the
 * story cannot be loaded. `host` must outlive the workshop. */
Workshop *workshop_open(const WorkshopHost *host, const char *dir, uint64_t seed, StoryError *err);
void workshop_close(Workshop *w);

/* One event from SDL (from either window). */
WorkshopResult workshop_event(Workshop *w, const SDL_Event *e);
/* Advance timers and animations: the milliseconds until the next frame is
 * needed, or -1 when nothing moves (the loop may sleep). */
int workshop_tick(Workshop *w);
bool workshop_dirty(const Workshop *w);
/* Draw and present both windows. */
void workshop_draw(Workshop *w);

/* The screen shown, in words, for tests: "workshop-beat", "workshop-tie",
 * "workshop-chosen", "workshop-revealed", "workshop-discuss",
 * "workshop-roads", "workshop-ending", "workshop-debrief",
 * "workshop-export", "workshop-menu", "workshop-keys", "workshop-phones";
 * a road not taken
 * adds "-side" ("workshop-beat-side"). */
const char *workshop_screen(const Workshop *w, char *buf, size_t n);
/* The beat awaiting the group's answer (the projector's beat screen), or
 * NULL on any other screen: for an input script's `choose`. */
const StoryView *workshop_beat(const Workshop *w);
/* Start the music of the beat on screen (sound starts after the first frame). */
void workshop_sound(Workshop *w);
/* Draw the projector (or the presenter) view and write it as a PNG. */
bool workshop_shot(Workshop *w, bool presenter, const char *path);
/* Phone votes (docs/phone-votes.md): turn them on (false, with the reason
 * on the projector and in `why`, when the server cannot start) or off. On,
 * the address and room code are printed on stdout. */
bool workshop_phones_on(Workshop *w, char *why, size_t n);
void workshop_phones_off(Workshop *w);
/* The session is ending: the phones are told so ("ended") and the server,
 * still answering, is handed to the caller to stop a moment later (so the
 * phones read that the session ended rather than that the game is gone);
 * NULL when phone votes are off. The workshop no longer has phones. */
struct PhoneServer *workshop_phones_release(Workshop *w);
/* The phones' address ("http://192.168.1.20:8740") and room code, or NULL
 * and -1 when phone votes are off: for tests. */
const char *workshop_phones_url(const Workshop *w);
int workshop_phones_code(const Workshop *w);
/* The tally shown for the beat up: keyed + phone votes of answer i, and of
 * those from phones (tests). */
int workshop_votes(const Workshop *w, int i, int *from_phones);
/* The presenter window, or NULL when none is open. */
SDL_Window *workshop_presenter(const Workshop *w);
/* Load the story again from disk and replay both roads to where they are
 * (the session, votes and phase kept). False, with "file:line: message" in
 * `why` (size n) and a notice on the projector, when it does not load or the
 * road no longer exists: the session goes on with the copy it had. */
bool workshop_reload(Workshop *w, char *why, size_t n);

#endif
