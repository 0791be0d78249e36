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
} ScreenId;

enum { SCREENS_MAX_ITEMS = 16 };

/* One entry of the title menu. */
typedef struct TitleItem {
    const char *label;
    const char *detail; /* a second, quieter line, or NULL */
    const char *more;   /* shown under it while the item has the focus, or NULL */
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
    int scroll;                  /* debrief scroll, in lines */
} UiModel;

typedef struct Screens {
    SDL_Renderer *renderer;
    Text *text;
    Images *images;
    const char *data_dir;
    /* The still parts of the current beat, drawn once (see draw_scene). */
    SDL_Texture *scene;
    int scene_w, scene_h;
    char scene_key[1400];
} Screens;

/* Free what the screens keep between frames (call before the renderer goes). */
void screens_release(Screens *s);

/* Draw the whole frame for `m` at output size w x h. */
void screens_draw(Screens *s, const UiModel *m, int w, int h);

/* Which item (choice or menu entry) is at (x, y), or -1. */
int screens_hit(Screens *s, const UiModel *m, int w, int h, int x, int y);

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
