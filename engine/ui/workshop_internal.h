/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Workshop mode inside (workshop.h is its API): the Workshop, its lanes and
 * timers, shared by workshop.c (the flow, the keys, the presenter window)
 * and workshop_record.c (the record in the save folder, resuming). Layer: C
 * engine, UI. Private to those two files. */
#ifndef ATTUNE_WORKSHOP_INTERNAL_H
#define ATTUNE_WORKSHOP_INTERNAL_H

#include "attune/input.h"
#include "attune/phone_server.h"
#include "attune/resume.h"
#include "attune/session.h"
#include "attune/stage.h"
#include "attune/workshop.h"

#include <stdbool.h>
#include <stddef.h>

enum {
    VOTE_DEFAULT_MS = 60 * 1000,
    TALK_DEFAULT_MS = 3 * 60 * 1000,
    TIMER_STEP_MS = 30 * 1000,
    TIMER_MIN_MS = 30 * 1000,
    TIMER_MAX_MS = 60 * 60 * 1000,
    REVEAL_MS = 900,
    FRAME_MS = 16,
    OVERLAYS = 4,
    FOLDER_MAX = 1024,
};

typedef struct Timer {
    long long total, left, since; /* ms; `left` as of `since` when running */
    long long shown;              /* the seconds last drawn */
    bool running, on;
} Timer;

typedef struct Lane {
    Story *story;
    StagePhase phase; /* BEAT, TIE, CHOSEN, REVEALED, ENDING, DEBRIEF */
    StoryView *held;  /* CHOSEN, REVEALED: the beat the answer was given on */
    int beat_page;    /* BEAT: a long beat's page on the projector (0: its line) */
    int chosen;
    int votes[STORY_MAX_CHOICES];
    int tied[STORY_MAX_CHOICES], n_tied;
    Timer vote;
    long long reveal_at;
    /* a road not taken */
    int from;         /* the decision (index) it left the group's road at */
    int first_option; /* the answer tried there, -1 until chosen */
    int steps_from;   /* the story's history count at the fork */
    long long started;
} Lane;

/* The presenter window, with its own renderer and what draws on it. */
typedef struct Presenter {
    SDL_Window *window;
    SDL_Renderer *renderer;
    Screens screens;
} Presenter;

struct Workshop {
    const WorkshopHost *host;
    char dir[1200];
    uint64_t seed;
    Session session;
    Lane lane[2];
    int cur; /* 0: the group's road; 1: a road not taken */
    StagePhase stack[OVERLAYS];
    int depth;
    Timer talk;
    int roads_focus, menu_focus, page;
    bool overlay;
    bool dark_projector; /* the facilitator chose the game's theme over the projector's light one */
    bool dirty;
    char notice[600];
    char folder[FOLDER_MAX];
    char saved_html[FOLDER_MAX + 200], saved_json[FOLDER_MAX + 200];
    char export_error[FOLDER_MAX + 200];
    bool exported;  /* EXPORT: saved; the next key closes it */
    int saved_at;   /* decisions and roads in the session when last exported, -1 never */
    bool end_armed; /* "End the session" asked once with the report unsaved */
    Presenter pres;
    /* an unfinished session found at the start (resume.h) */
    ResumeRecord offer;
    int resume_focus; /* RESUME: 0 resume, 1 start afresh */
    bool keep_old;    /* the record in the save folder is another, unfinished session's:
                         set it aside before this one's first record replaces it */
    bool ended;       /* the facilitator ended the session: not to be resumed */
    char offer_text[3][600];
    /* phone votes (workshop_phones.c) */
    PhoneServer *phones;
    int phone_gen;              /* the generation of the decision up */
    unsigned long phone_serial; /* the last phone event counted */
    bool phone_kept;            /* phones turned off on a beat: its phone votes still count */
    int phone_kept_decision;    /* ... while this decision (its number) is up */
    PhoneRoom *phone_room;      /* the session's phones and votes, kept while phones are off */
    int phone_votes[STORY_MAX_CHOICES]; /* on the group's beat, from phones */
    int phones_joined, phones_voted;
    int shown_votes[STORY_MAX_CHOICES]; /* keyed + phone, for the stage */
    char phones_error[300];
};

/* ---- workshop.c ---- */

/* Milliseconds on the game's clock. */
long long workshop_now_ms(void);
/* Put a notice on the projector (printf-style) and ask for a frame. */
void workshop_notice(Workshop *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Open overlay `p` over what is shown; close the one on top. */
void workshop_push(Workshop *w, StagePhase p);
void workshop_pop(Workshop *w);
/* Forget the lane's held beat, votes, tie and answer. */
void workshop_lane_clear(Lane *l);
/* A stopped timer of `total` ms. */
void workshop_timer_reset(Timer *t, long long total);

/* ---- workshop_phones.c ---- */

/* Is `e` the phone server's wake-up? Then take what the phones did. */
bool workshop_phones_event(Workshop *w, const SDL_Event *e);
/* Show the phones what is up now (after any change of screen or beat). */
void workshop_phones_sync(Workshop *w);
/* The votes of lane `l` as the room sees them: keyed, plus the phones' on
 * the group's beat (into w->shown_votes). */
const int *workshop_lane_votes(Workshop *w, const Lane *l);
/* The facilitator confirms or picks on the group's beat: the phones' vote
 * closes, and its exact count goes into the tally and the session. */
void workshop_phones_close(Workshop *w);

/* ---- workshop_record.c ---- */

/* The report folder remembered from the last session into `out` ("" when
 * none), and the one to remember (workshop.txt in the save folder). */
void workshop_record_folder(char *out, size_t n);
void workshop_record_remember_folder(const char *dir);
/* Replace workshop-last.txt, .json and .html with the session so far. */
void workshop_record_keep(Workshop *w);
/* At the start: offer a recent unfinished session of this story (RESUME). */
void workshop_record_find_offer(Workshop *w);
/* A key on the RESUME screen: resume, or start afresh. */
void workshop_record_resume_key(Workshop *w, InputAction a);

#endif
