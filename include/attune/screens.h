/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Screens: everything the player sees, drawn from a plain model, and the
 * hit-testing that maps a pointer to what is under it. Layer: C engine.
 * Drawing is the same onto a window or onto an off-screen surface, which is
 * how `attune render` and the screenshot tests see exactly what players see. */
#ifndef ATTUNE_SCREENS_H
#define ATTUNE_SCREENS_H

#include "attune/render.h"
#include "attune/story.h"
#include "attune/text.h"

#include <stdbool.h>

typedef enum ScreenId {
    SCREEN_TITLE = 0,
    SCREEN_BEAT,
    SCREEN_FEEDBACK, /* after a choice: what landed, and why */
    SCREEN_ENDING,   /* the ending and its debrief */
    SCREEN_ERROR,
    SCREEN_MENU,    /* a list: pause menu, settings, save slots, the story library */
    SCREEN_READER,  /* a page of text, with a list of topics beside it or not:
                       the glossary, the history */
    SCREEN_BREATHE, /* "pause and breathe", reachable from anywhere */
} ScreenId;

/* How SCREEN_MENU lays out its items. */
typedef enum MenuStyle {
    MENU_LIST = 0, /* one line each, centred: the pause menu */
    MENU_VALUES,   /* a label on the left, its value on the right with < >: settings */
    MENU_CARDS,    /* cards with a detail line and more under the focused one: stories, slots */
} MenuStyle;

enum { SCREENS_MAX_ITEMS = 72 };

/* One entry of a menu (the title's, or a SCREEN_MENU's, or a topic of a page). */
typedef struct TitleItem {
    const char *label;
    const char *detail;  /* a second, quieter line, or NULL */
    const char *more;    /* shown under it while the item has the focus, or NULL */
    const char *value;   /* MENU_VALUES: the value in words, or NULL */
    bool disabled;       /* shown dimmed; cannot be chosen */
} TitleItem;

typedef struct UiModel {
    ScreenId screen;
    const StoryView *view;       /* SCREEN_BEAT, SCREEN_FEEDBACK, SCREEN_ENDING */
    const Story *story;          /* for the debrief's history */
    int reveal;                  /* characters of the line shown; -1 all */
    int focus;                   /* focused item (choice or menu entry), -1 none */
    int hover;                   /* item under the pointer, -1 none */
    int n_items;                 /* SCREEN_TITLE menu */
    TitleItem items[SCREENS_MAX_ITEMS];
    const char *notice;          /* a quiet line at the bottom (warnings), or NULL */
    const StoryError *error;     /* SCREEN_ERROR */
    bool can_reload;             /* SCREEN_ERROR: the story can be tried again */
    int scroll;                  /* debrief and page scroll, in lines; -1: at the end */
    /* SCREEN_MENU, SCREEN_READER, SCREEN_BREATHE */
    const char *heading;         /* the screen's title */
    const char *subheading;      /* a quieter line under it, or NULL */
    const char *help;            /* a line about the focused item, or NULL */
    const char *footer;          /* key hints at the bottom, or NULL */
    MenuStyle menu_style;
    bool over_beat;              /* draw the beat (m->view), dimmed, underneath */
    const char *body;            /* SCREEN_READER: the page (markup, \n breaks) */
    const char *body_title;      /* SCREEN_READER: a heading over the page, or NULL */
    float anim;                  /* 0..1 through the screen's animation (0 or 1: still) */
    float fade;                  /* 0..1: how much of the previous scene still shows */
    /* SCREEN_BEAT: answers chosen in an earlier play (marked on their cards) */
    bool chosen_before[STORY_MAX_CHOICES];
    const char *glossary_hint;   /* SCREEN_BEAT: a linked term to look up, or NULL */
    /* SCREEN_ENDING: the roads tried through rewind, and the endings reached */
    int n_roads;
    const struct UiRoad *roads;
    int n_endings_reached, n_endings_total;
    const char *const *endings_reached; /* titles */
    bool picture;                /* drawn for a picture to keep: no key hints, a caption */
    int page;                    /* a picture's page: 0 the first (ending, chart), then the
                                    rest of the timeline from `scroll` */
    bool compare;                /* SCREEN_ENDING: this road and the last one left, side by side */
} UiModel;

/* A road tried and left through rewind: its connection after each step and
 * the kind of each answer, for the debrief's chart and list. */
typedef struct UiRoad {
    int fork;            /* how many steps it shares with the road now taken */
    int n;
    const int *connection;
    const char *const *kind;
    const char *const *text;  /* what the player said at each step */
    const char *ending;  /* the ending it reached, or NULL */
} UiRoad;

typedef struct Screens {
    SDL_Renderer *renderer;
    Text *text;
    Images *images;
    const char *data_dir;
    /* The player's settings that change how things are drawn. */
    bool high_contrast;
    bool hide_meters;
    float text_scale;   /* 0 or 1: default size */
    /* The still parts of the current beat, drawn once (see draw_scene). */
    SDL_Texture *scene;
    int scene_w, scene_h;
    char scene_key[1400];
    SDL_Texture *prev_scene; /* the scene before, fading out over the new one */
    bool drawn_direct;       /* the first scene was drawn without the texture */
    int timeline_drawn;      /* SCREEN_ENDING: the debrief's entries that fitted last time */
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

/* " (rupture)", " (deepened)", " (repair)" or "" for a step of the play. */
const char *screens_step_mark(const StoryStep *st);
/* `s` in curly quotes into `out`, unless it already starts with a quote. */
void screens_quoted(char *out, size_t n, const char *s);

/* SCREEN_READER: the largest useful scroll (in lines) of its page at w x h. */
int screens_max_scroll(Screens *s, const UiModel *m, int w, int h);

/* How many items can be focused on the model's screen. */
int screens_item_count(const UiModel *m);

/* How many characters the typewriter reveals on this beat at this size. */
int screens_reveal_total(Screens *s, const UiModel *m, int w, int h);

/* The smallest window the game supports; `attune check` measures text at it. */
enum { SCREENS_MIN_W = 640, SCREENS_MIN_H = 360 };

/* Does beat `v` fit at w x h with the real font and layout? 0 when it does;
 * 1 when the line (or an ending's text) is too long, 2 when the answers are;
 * `why` then says so in words. */
int screens_beat_fit(Screens *s, const StoryView *v, int w, int h, char *why, size_t n);

/* Text size for the line of dialogue at output height h (>= 3.5% of it). */
int screens_dialogue_px(int w, int h);

#endif
