/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The stage's insides, shared by its four files and by nothing else:
 * stage.c (small drawing helpers, the session's numbers, the projector's
 * type sizes), layout.c (a beat on the projector: the layout search and the
 * beat drawn from the layout found), projector.c (the room's view: the pages
 * over a beat; stage_draw_projector, stage_hit) and presenter.c (the
 * facilitator's view; stage_draw_presenter) and stage_phones.c (the phone
 * votes' join screen and the line under a beat). Layer: UI, private to
 * engine/; the public API is include/attune/stage.h.
 * NOTE: the names are not prefixed (they were one file's statics): include
 * this header in no file but these five. */
#ifndef ATTUNE_STAGE_INTERNAL_H
#define ATTUNE_STAGE_INTERNAL_H

#include "attune/stage.h"
#include "ui.h"

#include <stdbool.h>
#include <stddef.h>

/* ---- stage.c ---- */

/* The session's numbers, for the debrief and the presenter. */
typedef struct Totals {
    int n, ruptures, repairs, by_vote, by_tie, by_you, votes;
    int start, end;
    long long talk_ms;
} Totals;

/* What the answer did (REVEALED). */
typedef struct Reveal {
    const char *text, *kind, *inner, *why, *rule;
    const char *label; /* the kind's, as the rules name it */
    KindTone tone;
    int dconn, before, after;
    bool has_change, opened, deepened, repaired;
} Reveal;

/* Sizes from the height, or from the width when narrower than 4:3. Five
 * levels: the first three keep the floors for a room (the line >= 4.5% of
 * the height, answers >= 3.5%); the last two go under them, toward 2.6%,
 * only when nothing else fits. */
typedef struct PType {
    int line, answer, small, head, clock;
    bool room; /* the projector theme's room sizes */
} PType;

enum { LEVEL_FLOOR = 2, LEVELS = 5 };
/* In the projector's theme, levels 0..LEVELS-1 are the room's sizes (never
 * under its floors) and ROOM_LEVELS + k the ordinary level k. */
enum { ROOM_LEVELS = 16 };

/* Text and small shapes, in the stage's look. */
int line_h(Screens *s, int px);
float height_of(Screens *s, const char *str, int px, float width, TextStyle st);
float put(Screens *s, const char *str, int px, float x, float y, float width, TextStyle st,
          SDL_Color c);
float put_or_measure(Screens *s, bool draw, const char *str, int px, float x, float y, float width,
                     TextStyle st, SDL_Color c);
bool point_in(SDL_FRect r, int x, int y);
void clip_to(Screens *s, SDL_FRect r, int w, int h);
void clock_text(char *out, size_t n, int secs);
/* The answers on screen and their votes. */
int answer_count(const StageModel *m);
int votes_of(const StageModel *m, int i);
bool valid_answer(const StageModel *m, int i);
void signed_text(char *out, size_t n, int v);
int votes_total(const StageModel *m);
bool is_tied(const StageModel *m, int i);
void votes_words(char *out, size_t n, int v);
const Kinds *kinds_of(const StageModel *m);
/* Colours, panels, badges and marks. */
SDL_Color opaque(SDL_Color c);
void panel(Screens *s, SDL_FRect p, float rad);
void badge(Screens *s, SDL_FRect b, const char *label, int px, bool on);
void letter_badge(Screens *s, SDL_FRect b, int i, int px, bool on);
void triangle(SDL_Renderer *r, float cx, float cy, float a, int dir, SDL_Color c);
void rupture_mark(SDL_Renderer *r, float cx, float cy, float rad, bool repaired);
/* The session so far: its decisions and what they add up to. */
const Session *sess(const StageModel *m);
int n_decisions(const StageModel *m);
const SessionDecision *decision(const StageModel *m, int i);
int option_count(const SessionDecision *d);
const SessionOption *chosen_option(const SessionDecision *d);
int decision_number(const StageModel *m);
Totals totals(const StageModel *m);
/* What the answer did, and the meters the room may see now. */
Reveal reveal_of(const StageModel *m);
StoryView meter_view(const StageModel *m);
/* The projector's type sizes; the room's part of the window with the
 * overlay; the frame filled, never cleared. */
int base_of(float w, float h);
int px_at(float frac, int base, float scale, int min_px);
PType proj_type(int w, int h, int level, float scale);
int stage_width(const StageModel *m, int w, int h);
void frame_fill(Screens *s, int w, int h);

/* ---- layout.c ---- */

/* A beat on the projector (BEAT, TIE, CHOSEN, REVEALED), as laid out. */
typedef struct Layout {
    PType ty;
    float W, H, margin, gap;
    int n_banners;
    SDL_FRect banner[2];
    char banner_text[2][600];
    int banner_px[2];
    SDL_FRect clock;    /* top left: the timer and the votes, or the group's answer */
    SDL_FRect meters;   /* top right */
    SDL_FRect change;   /* REVEALED: the connection's change, beside the meters */
    SDL_FRect box;      /* the line, at the bottom */
    SDL_FRect col;      /* the answers' column, or the reveal */
    SDL_FRect reveal;   /* REVEALED: the panel in the column */
    SDL_FRect portrait; /* where the person stands */
    bool side;          /* the person and the line on the left, the answers right */
    bool tight;         /* the last resort: a smaller clock, a quieter line */
    bool brief;         /* a long beat's answers (or reveal): the line in one line */
    bool line_only;     /* a long beat's first page: the person and the line, no answers */
    int first;          /* cards[i] is answer first + i (a long beat's page) */
    int page, pages;    /* the page shown of a long beat, and how many (0 of 1: whole) */
    int cols;           /* the answers' columns */
    float clock_max_w;  /* the widest the top-left panel may be */
    float bottom;       /* above the notice */
    int n;
    SDL_FRect cards[STORY_MAX_CHOICES];
    bool votes_col; /* the cards keep room for vote counts and bars */
    float votes_w;
    bool overflow;
    float miss; /* how far it does not fit, in pixels */
} Layout;

/* The room left above the notice; the banners, the vote clock and the line
 * of a beat; the layout found (memoised), and the beat drawn from it. */
float notice_room(Screens *s, const StageModel *m, int w, int h);
void banners(const StageModel *m, Layout *L);
void countdown(Screens *s, const StageModel *m, int px, int sp, const char *extra, float x, float y,
               bool draw, float *w, float *h);
void line_of(const StageModel *m, const char **speaker, const char **text, const char **cue);
void stage_layout(Screens *s, const StageModel *m, int w, int h, Layout *L);
int beat_pages(Screens *s, const StageModel *m, int w, int h);
void draw_banner(Screens *s, const Layout *L, int k);
void draw_beat(Screens *s, const StageModel *m, int w, int h);

/* ---- projector.c ---- */

/* The key map, a folder path and the roads taken: also on the presenter. */
float keys_put(Screens *s, SDL_FRect r, int px, int cols, bool draw);
float path_put(Screens *s, const char *path, int px, float x, float y, float width, TextStyle st,
               SDL_Color c, bool draw, float *end_x, float *end_y);
int road_count(const StageModel *m);

/* ---- two people on stage (projector.c): the words the workshop shows ---- */

/* Whom answer `c` of view `v` is to, and what it is to the other, in the
 * stage's markup: "to Kojo · Attuning; to Esi: Dismissing" (the part before
 * the ';' in **bold** when `strong`); "" when the answer names no one (a
 * story with one person, a steadying breath). */
void stage_answer_to(const StoryView *v, const StoryChoiceView *c, bool strong, char *out,
                     size_t n);
/* REVEALED with two people: what the answer did to the step's person `k`
 * (0 or 1) -- "**Maya**: Attuning · connection 62 to 66 (+4) · a rupture
 * opened", "**Maya**: not touched · connection 67", "**Maya** was not there
 * · connection 67" -- into `line`, and their inner voice as the stage shows
 * it ("inner voice: *“Yes!”*", or "") into `inner`. False (both "") when
 * the step has no person `k`. For the presenter and the projector's reveal. */
bool stage_reveal_person(const StageModel *m, int k, char *line, size_t n, char *inner, size_t ni);
/* With two people: what decision `d` did to each, in one line: "to Maya ·
 * Maya +4 · Theo −12, a rupture opened (taking sides)"; "" in a story with
 * one person. */
void stage_decision_people(const Session *se, const SessionDecision *d, char *out, size_t n);
/* With two people: each one's connection from the start to now ("Maya 62 to
 * 70 · Theo 62 to 45") into `conn`, and the ruptures opened and repairs with
 * either, counted per person. False (nothing written) with one person. */
bool stage_people_totals(const Session *se, char *conn, size_t n, int *ruptures, int *repairs);

/* ---- stage_phones.c ---- */

/* The line at the foot of a beat while phones vote: whether it is shown,
 * and its words. */
bool phones_strip_on(const StageModel *m);
void phones_strip_text(const StageModel *m, char *out, size_t n);
/* The join panel (the QR, the address, the room code, the phones joined)
 * in r, at those type sizes; the room's whole join screen. */
void phones_join_put(Screens *s, const StageModel *m, SDL_FRect r, int head_px, int body_px);
void phones_draw_join(Screens *s, const StageModel *m, int w, int h);

/* ---- presenter.c ---- */

/* The presenter's view in R (its window, or the overlay's panel). */
void pres_draw(Screens *s, const StageModel *m, SDL_FRect R, int w, int h);

#endif
