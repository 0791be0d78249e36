/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The model every screen is drawn from: which screen, its items, its text,
 * the roads for the debrief. Layer: plain data (no SDL, no Lua), so the
 * core can fill it (library.c: the title menu; roads.c: the roads) and
 * screens.c draw it. */
#ifndef ATTUNE_UI_MODEL_H
#define ATTUNE_UI_MODEL_H

#include "attune/story.h"

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
    const char *detail; /* a second, quieter line, or NULL */
    const char *more;   /* shown under it while the item has the focus, or NULL */
    const char *value;  /* MENU_VALUES: the value in words, or NULL */
    bool disabled;      /* shown dimmed; cannot be chosen */
} TitleItem;

typedef struct UiModel {
    ScreenId screen;
    const StoryView *view; /* SCREEN_BEAT, SCREEN_FEEDBACK, SCREEN_ENDING */
    const Story *story;    /* for the debrief's history */
    int reveal;            /* characters of the line shown; -1 all */
    int focus;             /* focused item (choice or menu entry), -1 none */
    int hover;             /* item under the pointer, -1 none */
    int n_items;           /* SCREEN_TITLE menu */
    TitleItem items[SCREENS_MAX_ITEMS];
    const char *notice;      /* a quiet line at the bottom (warnings), or NULL */
    bool notice_calm;        /* the notice is news, not a warning (a calm colour) */
    const StoryError *error; /* SCREEN_ERROR */
    bool can_reload;         /* SCREEN_ERROR: the story can be tried again */
    bool watching;           /* SCREEN_ERROR: --watch reloads it on the next save */
    int scroll;              /* a page's scroll, in lines; -1: at the end */
    /* SCREEN_MENU, SCREEN_READER, SCREEN_BREATHE */
    const char *heading;    /* the screen's title */
    const char *subheading; /* a quieter line under it, or NULL */
    const char *help;       /* a line about the focused item, or NULL */
    const char *footer;     /* key hints at the bottom, or NULL */
    MenuStyle menu_style;
    bool over_beat;         /* draw the beat (m->view), dimmed, underneath */
    const char *body;       /* SCREEN_READER: the page (markup, \n breaks) */
    const char *body_title; /* SCREEN_READER: a heading over the page, or NULL */
    float anim;             /* 0..1 through the screen's animation (0 or 1: still) */
    float fade;             /* 0..1: how much of the previous scene still shows */
    /* SCREEN_BEAT: answers chosen in an earlier play (marked on their cards) */
    bool chosen_before[STORY_MAX_CHOICES];
    const char *glossary_hint; /* SCREEN_BEAT: a linked term to look up, or NULL */
    /* SCREEN_ENDING: the roads tried through rewind, and the endings reached */
    int n_roads;
    const struct UiRoad *roads;
    int n_endings_reached, n_endings_total;
    const char *const *endings_reached; /* titles */
    bool picture;                       /* drawn for a picture to keep: no key hints, a caption */
    int page;     /* SCREEN_ENDING: the debrief's page: 0 the ending and its chart, then the
                     choices (clamped to the pages there are) */
    bool compare; /* SCREEN_ENDING: this road and the last one left, side by side */
    /* SCREEN_BEAT, a beat shown in two steps (screens_beat_steps: its line
     * and its answers do not fit together at the player's text size): 0
     * its line, 1 its answers under a one-line strip of it */
    int beat_step;
} UiModel;

/* A road tried and left through rewind: its connection after each step and
 * the kind of each answer, for the debrief's chart and list. */
typedef struct UiRoad {
    int fork; /* how many steps it shares with the road now taken */
    int n;
    const int *connection;
    const char *const *kind;
    const char *const *text; /* what the player said at each step */
    const char *ending;      /* the ending it reached, or NULL */
} UiRoad;

#endif
