/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Screens: everything the player sees, drawn from a plain model, and the
 * hit-testing that maps a pointer to what is under it. Layer: UI.
 * Drawing is the same onto a window or onto an off-screen surface, which is
 * how `attune render` and the screenshot tests see exactly what players see. */
#ifndef ATTUNE_SCREENS_H
#define ATTUNE_SCREENS_H

#include "attune/render.h"
#include "attune/story.h"
#include "attune/text.h"
#include "attune/ui_model.h"

#include <stdbool.h>

typedef struct Screens {
    SDL_Renderer *renderer;
    Text *text;
    Images *images;
    const char *data_dir;
    /* The player's settings that change how things are drawn. */
    bool high_contrast;
    bool hide_meters;
    float text_scale; /* 0 or 1: default size */
    /* The still parts of the current beat, drawn once (see draw_scene). */
    SDL_Texture *scene;
    int scene_w, scene_h;
    char scene_key[1400];
    SDL_Texture *prev_scene; /* the scene before, fading out over the new one */
    bool drawn_direct;       /* the first scene was drawn without the texture */
    int timeline_drawn;      /* SCREEN_ENDING: the choices on the debrief page drawn last */
} Screens;

/* Start `s` drawing with renderer `r`: its text (fonts in `font_dir`) and
 * its picture cache (`async`: full-size pictures decoded on a thread).
 * `data_dir` anchors the shared pictures. False when either cannot be
 * made (logged); screens_close() then frees what was. */
bool screens_open(Screens *s, SDL_Renderer *r, const char *font_dir, const char *data_dir,
                  bool async);
/* Free what screens_open() made and what the screens keep between frames
 * (call before the renderer goes; the renderer stays the caller's). */
void screens_close(Screens *s);

/* Draw the whole frame for `m` at output size w x h. */
void screens_draw(Screens *s, const UiModel *m, int w, int h);

/* Which item (choice or menu entry) is at (x, y), or -1. */
int screens_hit(Screens *s, const UiModel *m, int w, int h, int x, int y);

/* screens_hit() on a page's scroll arrows. */
enum { SCREENS_HIT_UP = -10, SCREENS_HIT_DOWN = -11 };

/* The counts of a play's debrief, each a phrase in the player's language
 * ("5 choices", "2 ruptures opened", "1 repaired", "1 left open"), and the
 * ruptures opened and repairs made as numbers: for the ending screen and
 * `play --text`. */
typedef struct DebriefCounts {
    char choices[96], opened[96], repaired[96], left[96];
    int ruptures, repairs;
} DebriefCounts;
void screens_debrief_counts(const Story *s, const StoryView *v, DebriefCounts *c);

/* " (rupture)", " (deepened)", " (repair)" or "" for a step of the play;
 * " (took sides)" for an answer attuned to one of two people and a miss
 * for the other. */
const char *screens_step_mark(const StoryStep *st);
/* With two people, what an answer did to each, in words with markup: a
 * headline per person into `head`, their inner voices, each named, into
 * `inner`. False (nothing written) in a one-person story, or when the
 * answer touched neither (a steady breath): then the one-person words
 * apply. */
bool screens_pair_feedback(const StoryStep *f, char *head, size_t hn, char *inner, size_t in);
/* `s` in curly quotes into `out`, unless it already starts with a quote. */
void screens_quoted(char *out, size_t n, const char *s);

/* SCREEN_READER: the largest useful scroll (in lines) of its page at w x h. */
int screens_max_scroll(Screens *s, const UiModel *m, int w, int h);
/* How many pages the debrief of SCREEN_ENDING `m` has at w x h: the ending
 * with its chart, then the choices (UiModel.page picks one). 1 otherwise. */
int screens_ending_pages(Screens *s, const UiModel *m, int w, int h);

/* How many items can be focused on the model's screen. */
int screens_item_count(const UiModel *m);

/* How many characters the typewriter reveals on this beat at this size. */
int screens_reveal_total(Screens *s, const UiModel *m, int w, int h);

/* The type size the answers of this beat are drawn at, at w x h and the
 * player's text size (0 when it shows none): for tests of legibility. */
/* SCREEN_BEAT: whether the beat is shown in two steps at w x h (UiModel.
 * beat_step): above the default text size, when its line and its answers
 * would only fit together with answers much smaller than the size asked. */
bool screens_beat_steps(Screens *s, const UiModel *m, int w, int h);
int screens_answer_px(Screens *s, const UiModel *m, int w, int h);

/* Where the person of this beat stands at w x h and the player's text size
 * (empty when no one is shown): with screens_hit(), for tests that no
 * answer covers them. */
SDL_FRect screens_portrait_rect(Screens *s, const UiModel *m, int w, int h);

/* The smallest window the game supports; `attune check` measures text at it. */
enum { SCREENS_MIN_W = 640, SCREENS_MIN_H = 360 };

/* Does beat `v` fit at w x h with the real font and layout? 0 when it does;
 * 1 when the line (or an ending's text) is too long, 2 when the answers are;
 * `why` then says so in words. */
int screens_beat_fit(Screens *s, const StoryView *v, int w, int h, char *why, size_t n);

/* Text size for the line of dialogue at output height h (>= 3.5% of it). */
int screens_dialogue_px(int w, int h);

#endif
