/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The toolkit every screen draws with (ui.c): the theme (calm, high
 * contrast, or the projector's light one), the player's text size, and small drawing helpers.
 * Layer: C engine, private to the drawing code (screens.c the story, menus.c the menus and pages,
 * the stage files the workshop); it calls none of them. The theme and scale are set by ui_begin()
 * before any drawing, from the Screens given. */
#ifndef ATTUNE_UI_H
#define ATTUNE_UI_H

#include "attune/screens.h"

typedef struct Theme {
    SDL_Color panel, panel_soft, card, card_hover, card_off;
    SDL_Color text, muted, dim, accent, good, bad, track;
    SDL_Color notice, backdrop; /* the notice banner; the dimming behind menus */
    float outline;              /* focus outline thickness, in multiples of the default */
} Theme;

/* Take the theme and text size from `s` for the drawing that follows. */
void ui_begin(const Screens *s);
const Theme *ui_theme(void);
/* Draw in the projector's theme (light, for a room) until the next
 * ui_begin(); the stage's projector view calls it when the facilitator
 * chose it. ui_light(): is it in force (the stage then sizes type for the
 * back row). */
void ui_use_projector(void);
bool ui_light(void);
/* The contrast ratio of two opaque colours (WCAG 2: 1 to 21). */
double ui_contrast(SDL_Color a, SDL_Color b);
/* The player's text size (1 = default). */
float ui_scale(void);
/* Draw at text size `scale` until the next ui_begin(): for a layout that
 * tries smaller sizes and then puts the player's back. */
void ui_set_scale(float scale);

/* A type size: `frac` of the height h, times the text size, at least `min_px`. */
int ui_px(float frac, int h, int min_px);
SDL_FRect ui_rect(float x, float y, float w, float h);

/* A shape for a kind of answer, as the rules count it (StoryStep.tone,
 * kinds_tone): a full disc when attuned, a broken ring for a miss, a thin
 * whole ring for neither (steadying yourself), so nothing relies on colour
 * alone. */
void ui_kind_mark(SDL_Renderer *r, float cx, float cy, float rad, KindTone tone);
/* The colour of a kind's headline: sage, amber for a miss, cream for neither. */
SDL_Color ui_kind_colour(KindTone tone);

/* `s` in curly quotes into `out`, unless it already starts with a quote. */
void ui_quoted(char *out, size_t n, const char *s);

/* A card: rounded panel; focus adds an outline and a marker at its left edge
 * (not colour alone); hover lightens it; disabled dims it. `px` is the card's
 * type size, which sets the corner radius and outline thickness. */
void ui_card(SDL_Renderer *r, SDL_FRect c, int px, bool focus, bool hover, bool enabled);

/* A key hint in the bottom-right corner of `b`, quiet italics. */
void ui_prompt(Screens *s, const char *msg, SDL_FRect b, int px);

/* A picture covering the window (softened), or the dusk gradient without one. */
void ui_background(Screens *s, const char *path, int w, int h);
/* The same for a beat's room, with the cool dim wash of an open rupture. */
void ui_room(Screens *s, const char *path, int w, int h, bool rupture);
/* Where the person stands in a beat at w x h: left of centre when wide, at
 * the left edge on narrower windows. */
SDL_FRect ui_portrait_rect(int w, int h);

/* The meters of view `v` at type size `sp`: connection as an arc with its
 * number, their state as a word, your steadiness as a breathing circle, open
 * ruptures as broken rings; `compact` puts the same facts on one row. The
 * panel's size, then the panel drawn in `p`; with `anim` < 1 after a choice
 * (v->has_feedback) the connection is shown part way from where it was. */
void ui_meters_size(Screens *s, const StoryView *v, int sp, bool compact, float *w, float *h);
void ui_meters(Screens *s, const StoryView *v, SDL_FRect p, int sp, bool compact, float anim);
/* The face or faces on stage in rect `p`: the one portrait, or, with two
 * people, each one present side by side with their name under them.
 * `feedback` draws the faces just after the last answer. The name plates
 * stay above `floor_y` (the text box's top; 0 for no limit). */
void ui_portraits(Screens *s, const StoryView *v, SDL_FRect p, bool feedback, float floor_y);
/* An answer's text as the cards show it: with two people on stage, whom it
 * is to before it ("*To Esi:* ..."); else its text. */
const char *ui_choice_text(const StoryChoiceView *c, char *buf, size_t n);

/* A line through `n` points as quads `t` thick; dashed when `dash` > 0 (the
 * dashes' length). For charts. */
void ui_chart_line(SDL_Renderer *r, const SDL_FPoint *pts, int n, float t, float dash, SDL_Color c);

/* A rupture opened: a broken ring (amber-red); a repair: a filled disc
 * (sage) -- shapes that differ from a step's small dot. */
void ui_rupture_mark(SDL_Renderer *r, float cx, float cy, float rad, bool repaired);

/* The connection chart both debriefs draw (the learner's and the room's):
 * the road taken solid with a mark per step, each other road dashed from
 * where it left, the values 0-100 up the side and the steps' numbers along
 * the foot. Plain data; the caller keeps the arrays alive while drawing. */
typedef enum UiMark { UI_MARK_STEP = 0, UI_MARK_RUPTURE, UI_MARK_REPAIR } UiMark;

typedef struct UiChartRoad {
    int from;              /* steps shared with the road taken */
    int before;            /* connection where it left */
    int n;                 /* its own steps after that */
    const int *connection; /* after each of its steps */
    const char *label;     /* a short name at its end ("B"), or NULL */
} UiChartRoad;

typedef struct UiChart {
    int start;             /* connection before the first step */
    int n;                 /* steps of the road taken */
    const int *connection; /* after each step */
    const UiMark *mark;    /* each step's mark */
    int n_roads;
    const UiChartRoad *roads;
    /* The key's words: a step, a rupture, a repair, another road. */
    const char *words[4];
    /* With two people: a line for each (the fields above unused but the
     * words), told apart by a solid and a dashed line and their names. */
    const char *name[2]; /* NULL: one line, as above */
    int start2[2];
    const int *conn2[2];
    const UiMark *mark2[2];
} UiChart;

/* The chart in box `c` at type size `sp`. */
void ui_chart(Screens *s, const UiChart *ch, SDL_FRect c, int sp);
/* Its key (what each shape means), wrapped to width `w` at (x, y); the
 * height it takes. With `draw` false it only measures. */
float ui_chart_key(Screens *s, const UiChart *ch, float x, float y, float w, int sp, bool draw);

/* One line of text: the width of `str` at px (0 for none); `in` with its
 * asterisks escaped, so text from a path or a typed folder is never read
 * as markup; `in` as plain words on one line of `width`, cut at a word with
 * "\u2026" when it is longer (into `out`, which it returns). */
int width_of(Screens *s, const char *str, int px, TextStyle st);
void escape_stars(const char *in, char *out, size_t n);
const char *one_line(Screens *s, const char *in, int px, float width, TextStyle st, char *out,
                     size_t n);

#endif
