/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The stage: what workshop mode draws. Two views of one moment -- the
 * projector (what the room sees: large type, answers lettered A-D, vote
 * bars, the meters; nothing held back shows before it is revealed) and the
 * presenter (the facilitator's screen: notes, each answer's kind, why and
 * where it leads, the tally, the timer, the keys). With one display the
 * presenter can be drawn as an overlay over the projector.
 * Layer: UI. Drawn from a plain StageModel by the same Screens
 * machinery as the learner's game, onto a window or off-screen. */
#ifndef ATTUNE_STAGE_H
#define ATTUNE_STAGE_H

#include "attune/screens.h"
#include "attune/session.h"
#include "attune/story.h"

#include <stdbool.h>

typedef enum StagePhase {
    STAGE_BEAT = 0, /* the group reads and votes; tallies as bars once any */
    STAGE_TIE,      /* the top of the vote is tied: the facilitator decides */
    STAGE_CHOSEN,   /* the group's answer, its inner voice and why held back */
    STAGE_REVEALED, /* the answer's kind, inner voice, why, the meters moving */
    STAGE_DISCUSS,  /* a discussion pause: the question and a countdown */
    STAGE_ROADS,    /* the road not taken: pick a past decision */
    STAGE_ENDING,   /* the ending the group reached */
    STAGE_DEBRIEF,  /* for the room: chart, decisions with vote splits, questions */
    STAGE_EXPORT,   /* where the report goes (a folder field), then where it went */
    STAGE_MENU,     /* Esc: a short list (back, key map, debrief, export, end) */
    STAGE_KEYS,     /* the keyboard map */
    STAGE_RESUME,   /* at the start: go on with an unfinished session, or start afresh */
    STAGE_PHONES,   /* for the room: how to join the vote by phone (address, QR, code) */
} StagePhase;

enum { STAGE_MAX_MENU = 8 };

typedef struct StageModel {
    StagePhase phase;
    const StoryView *view;  /* the beat (or ending) on the road being played */
    const Session *session; /* decisions so far, roads, the ending */
    const int *votes;       /* tallies for view's answers, or NULL (all 0) */
    int chosen;             /* CHOSEN, REVEALED: the answer's index; ROADS: -1 */
    const StoryStep *step;  /* REVEALED: what the answer did (the view's feedback) */
    const char *face;       /* REVEALED: their face just after the answer, or NULL (keep view's) */
    const StoryView *after; /* REVEALED: the story's view after the answer (with two people,
                               each one's face just after it), or NULL */
    float anim;             /* REVEALED: 0..1 through the meters' move (1: still) */
    int n_tied;             /* TIE: the tied answers */
    int tied[STORY_MAX_CHOICES];
    /* the timer: a vote timer on a beat, the countdown in a pause */
    bool timer_on; /* shown at all */
    bool timer_running;
    int timer_left_s; /* seconds left; 0 = time is up */
    int timer_total_s;
    const char *timer_label; /* "Vote", "Discussion" */
    const char *question;    /* DISCUSS: the reflection question, or NULL ("Talk it over") */
    StagePhase paused_from;  /* DISCUSS, MENU, KEYS: the phase underneath (drawn dimmed) */
    /* the road not taken being played: a banner names where it left the group */
    bool side_road;
    int side_from;               /* 1-based decision number it branched at */
    const char *side_group_kind; /* what the group chose there (kind), for the banner */
    int focus; /* ROADS: focused decision (index); MENU: item; BEAT: answer or -1 */
    int page;  /* DEBRIEF: page, 0-based */
    /* EXPORT */
    const char *folder;                  /* the folder being typed */
    const char *saved_html, *saved_json; /* after saving: where they went, or NULL */
    const char *export_error;            /* why saving failed, or NULL */
    /* MENU, RESUME */
    int n_menu;
    const char *menu[STAGE_MAX_MENU];
    const char *menu_detail[STAGE_MAX_MENU]; /* RESUME: a line under each item, or NULL */
    const char *resume_note;                 /* RESUME: what was interrupted, in a sentence */
    const char *notice;                      /* a quiet line (e.g. "Report saved"), or NULL */
    bool overlay;                            /* projector only: draw the presenter panel over it */
    /* projector only: the facilitator's projector theme (light, the type
     * sized for the back row of a room: tests/test_projector.c) */
    bool projector_theme;
    /* projector only: a presenter window is open, so the projector shows
     * only the story, votes and reveals: a MENU, KEYS, EXPORT or RESUME on
     * top draws `room` (what the room was seeing) instead, with no notice
     * and no key hints; those go to the presenter */
    bool presenter_window;
    StagePhase room;
    /* BEAT, TIE, CHOSEN in the projector's theme: a beat that does not
     * fit whole at the room's sizes is shown in pages (stage_beat_pages):
     * 0 the person, the line and the cue; 1.. its answers, as many to a
     * page as fit, under the line in one line. A beat that fits whole
     * ignores it; TIE and CHOSEN on page 0 show the page of their answer */
    int beat_page;
    /* presenter only: what the projector shows of a long beat -- its page
     * (0: the line) of room_pages, and answers room_first.. (room_count) */
    int room_page, room_pages, room_first, room_count;
    long long session_ms; /* presenter: time since the session began */
    const char *story_title;
    /* phone votes (docs/phone-votes.md), when the facilitator turned them on */
    bool phones_on;
    bool phones_local;        /* the address is this computer's own: no network */
    const char *phones_url;   /* "http://192.168.1.20:8740" */
    int phones_code;          /* the room code, shown as 4 digits */
    int phones_joined;        /* phones joined so far */
    int phones_voted;         /* BEAT, TIE: phones with a vote on this decision */
    const int *phone_votes;   /* of `votes`, how many came from phones, or NULL */
    const char *phones_error; /* why the phones could not be turned on, or NULL */
} StageModel;

/* The room's view, at output size w x h. */
void stage_draw_projector(Screens *s, const StageModel *m, int w, int h);
/* The facilitator's view, at output size w x h (drawn as a whole window). */
void stage_draw_presenter(Screens *s, const StageModel *m, int w, int h);

/* Projector: what is at (x, y) -- an answer card (its index) on BEAT/TIE, a
 * decision on ROADS, an item on MENU -- or -1. */
int stage_hit(Screens *s, const StageModel *m, int w, int h, int x, int y);

/* What the projector's layout of a beat (BEAT, TIE, CHOSEN, REVEALED)
 * chose at w x h: the type sizes of the answers, of the meters and vote
 * counts, and of the line; whether it fits; where the person stands (w 0:
 * not shown) and where the cards or the reveal are. For tests measuring
 * what the room can read. False when `m` shows no beat. */
typedef struct StageMeasure {
    int answer_px, small_px, line_px;
    bool fits;
    bool room_sizes; /* the projector theme's sizes for a room (else a long beat's smaller ones) */
    bool line_only;  /* the line's page of a long beat: no answers on it (beat_page 0) */
    bool brief;      /* an answers' page (or the reveal) of a long beat: the line in one line */
    int first_card;  /* cards[i] is answer first_card + i */
    int page, pages; /* the page of the beat shown (0: its line), of how many (1: whole) */
    SDL_FRect portrait, reveal, meters;
    int n_cards;
    SDL_FRect cards[STORY_MAX_CHOICES];
} StageMeasure;
bool stage_measure(Screens *s, const StageModel *m, int w, int h, StageMeasure *out);

/* BEAT, TIE, CHOSEN: how many pages the projector shows the beat in at
 * w x h (StageModel.beat_page): 1 when it fits whole, else its line and
 * then its answers' pages. 1 outside the projector's theme. */
int stage_beat_pages(Screens *s, const StageModel *m, int w, int h);

/* DEBRIEF: how many pages the room's debrief takes at w x h (at least 1). */
int stage_debrief_pages(Screens *s, const StageModel *m, int w, int h);

/* The letter of answer i: 'A' + i. */
char stage_letter(int i);

#endif
