/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* A workshop session: the record of what a group did with a story -- each
 * decision with its vote split, who decided it, what it did and how long it
 * took; the roads not taken that were tried; the ending. The report a
 * facilitator exports from it is session_report.h's.
 * Layer: core, plain data (no SDL, no Lua): the workshop controller feeds
 * it, the stage draws from it, and the unit tests drive it directly.
 * Invariant: nothing personal is ever recorded -- no names, no free text
 * typed by anyone; only the story's own words, counts and times. (The
 * names of two people on stage are the story's own: its characters'.)
 * Times are milliseconds on any monotonic clock the caller chooses ("now"),
 * so tests can give exact times. */
#ifndef ATTUNE_SESSION_H
#define ATTUNE_SESSION_H

#include "attune/story.h"

#include <stdbool.h>
#include <stddef.h>

enum { SESSION_MAX_RESUMED = 8 };

typedef enum SessionDecidedBy {
    SESSION_BY_MAJORITY = 0, /* the answer with the most votes */
    SESSION_BY_TIE_BREAK,    /* votes tied; the facilitator chose among the tied */
    SESSION_BY_FACILITATOR,  /* the facilitator picked it directly (1-9, a click) */
} SessionDecidedBy;

/* One answer offered at a decision, as the group saw it. */
typedef struct SessionOption {
    char *text, *kind, *id;
    int votes; /* all of them: keyed by the facilitator and from phones */
    int phone; /* of those, from phones (phones.h) */
    /* With two people on stage: whom it is to (a person's id, or "both"),
     * and what it is to the other one (a kind id, when it lands on them
     * too), or NULL. */
    char *to, *other;
} SessionOption;

/* With two people on stage (a story with `with = { a, b }`): one of them.
 * The name is the story's (its character's), never anyone in the room. */
typedef struct SessionPerson {
    char *id, *name;
    int connection_start, connection_end;
} SessionPerson;

/* What one answer did to one of two people. */
typedef struct SessionPersonEffect {
    bool present; /* on stage when it was said */
    char *kind;   /* what it was to them (a kind id), or NULL: it left them be */
    char *inner;  /* their inner voice after it, or NULL */
    int connection_before, connection_after, dconn;
    bool opened, deepened, repaired; /* a rupture with them opened / deepened / mended */
} SessionPersonEffect;

typedef struct SessionDecision {
    int number;                        /* 1-based, in the order played */
    char *beat, *speaker, *said, *cue; /* what was on screen */
    char *reflect;                     /* the beat's reflection question, or NULL */
    int n_options;
    SessionOption options[STORY_MAX_CHOICES];
    int chosen; /* index into options */
    SessionDecidedBy by;
    /* what the answer did */
    char *inner, *why;
    int connection_before, connection_after, dconn;
    int steadiness_before, steadiness_after;
    bool opened, deepened, repaired; /* a rupture opened / the live one deepened / one mended */
    bool revealed;                   /* the facilitator revealed the inner voice and why */
    /* timings, ms since the session began */
    long long shown_at, decided_at;
    long long discussion_ms; /* discussion pauses held while this beat was up */
    long long vote_timer_ms; /* how long the vote timer was set to, 0 when not used */
    /* With two people on stage (n_people 2; 0 in a story with one): whom
     * the answer was to (a person's id, or "both"; NULL when it was to
     * neither, as a steadying breath), and what it did to each, in the
     * session's order of people. The fields above then sum it up, as the
     * story's do: the connection is the lower of the two. */
    char *to;
    bool took_sides; /* attuned to one, a miss for the other (StoryStep.took_sides) */
    int n_people;
    SessionPersonEffect people[STORY_MAX_PEOPLE];
} SessionDecision;

/* One step of a road not taken; the first is the answer the group tried instead. */
typedef struct SessionRoadStep {
    char *text, *kind;
    int connection, dconn;
    bool opened, repaired;
    char *id;    /* the answer's stable id: a resumed session plays the road again by it */
    char *inner; /* the person's inner voice after it, or NULL */
    /* With two people: whom it was to (an id or "both", or NULL) and what it did to
     * each (`present` there: whether it touched them; a road keeps no stage) */
    char *to;
    int n_people;
    SessionPersonEffect people[STORY_MAX_PEOPLE];
} SessionRoadStep;

/* A road not taken: from decision `from` (0-based index), the group tried
 * option `option` instead, and played on for a few steps. */
typedef struct SessionRoad {
    int from, option;
    int n_steps;
    SessionRoadStep *steps;
    char *ending; /* the ending's title it reached, or NULL */
    long long ms; /* how long the detour took */
} SessionRoad;

typedef struct Session {
    char *story_id, *story_title, *relationship;
    Kinds kinds; /* the story's kinds (StoryInfo.kinds): each one's label, and which count
                    as attuned, for the stage and the report; empty without a story */
    int connection_start, steadiness_start;
    long long started_at, ended_at; /* `now` values; ended_at 0 until finished */
    long long last_at;              /* the latest `now` seen (the length of an unfinished one) */
    bool finished;                  /* session_finish was called */
    char date[32];                  /* the day it was run, "2026-11-23" */
    int n_decisions, cap_decisions;
    SessionDecision *decisions;
    /* the decision now being voted on (not yet in `decisions`) */
    bool pending;
    SessionDecision current;
    int n_roads, cap_roads;
    SessionRoad *roads;
    long long discussion_ms; /* pauses held outside any beat (the debrief...) */
    long long pause_started; /* -1 when no pause is running */
    char *ending_title, *ending_verdict, *ending_text;
    int connection_end;
    /* resumed after a crash or power cut (resume.h): the local times, "HH:MM",
     * of the last record before each interruption, oldest first */
    int n_resumed;
    char resumed[SESSION_MAX_RESUMED][8];
    /* phone votes (phones.h): the most phones joined at once, 0 when never on */
    int phones_joined;
    /* A story with two people on stage: the two, in the story's order
     * (`with`), each with their own connection at the start and the end;
     * n_people is 0 in a story with one (connection_start and _end say it
     * all). With two, those two are the lower of each pair. */
    int n_people;
    SessionPerson people[STORY_MAX_PEOPLE];
} Session;

/* Start a session of `info`'s story at `now`, its first view `v` (the
 * starting connection and steadiness are read from it, and the two people
 * when it has two, and the kinds from `info`; when it is a beat with
 * answers, it is begun as by session_begin_beat). The strings are copied. */
void session_init(Session *s, const StoryInfo *info, const StoryView *v, long long now);
/* Free all the session holds and leave it empty; NULL is a no-op. */
void session_free(Session *s);

/* A new beat `v` is up for the group (an ending finishes the session
 * instead: see session_finish). Resets the votes. Its connection and
 * steadiness are the decision's "before". Begun again while it is still
 * pending (the same beat id), its timings carry on; another beat replaces the
 * pending decision. Ignored once the session is finished. */
void session_begin_beat(Session *s, const StoryView *v, long long now);

/* The votes of decision `d`, all its answers added up (capped at INT_MAX). */
int session_decision_votes(const SessionDecision *d);
/* Of those, the votes from phones. */
int session_decision_phone_votes(const SessionDecision *d);

/* Votes on the pending decision. add/remove stop at 0; out-of-range
 * indexes change nothing. They return the new count (or -1 when ignored). */
int session_vote_add(Session *s, int option);
int session_vote_remove(Session *s, int option);
void session_vote_clear(Session *s);
/* The phones' votes on the pending decision are now `counts` (n of them):
 * each answer's votes keep their keyed part and take these as their phone
 * part. session_vote_clear clears the keyed part only (the phones own
 * theirs). */
void session_phone_votes(Session *s, const int *counts, int n);
int session_vote_total(const Session *s);

/* The majority of `votes` (n of them): the index with the most votes, or -1
 * when there are no votes or the top is tied. The indexes with the top count
 * (the tied ones, or the one winner) go to `tied` (room for n; may be NULL),
 * their count to *n_tied (0 when there are no votes). */
int session_majority(const int *votes, int n, int *tied, int *n_tied);

/* The group decided on `option`: the pending decision is closed with its
 * votes as they stand. `step` is the story's feedback after the choice (what
 * it did: meters after, change, rupture/repair, inner voice and why, and with
 * two people what it did to each; NULL: no change). Ignored when nothing is
 * pending or `option` is out of range. */
void session_decide(Session *s, int option, SessionDecidedBy by, const StoryStep *step,
                    long long now);
/* Person `id` of the session's two: their index, or -1 (NULL, unknown, or
 * a story with one person). */
int session_person_index(const Session *s, const char *id);

/* The last decision's inner voice and why were shown to the room. */
void session_mark_revealed(Session *s);
/* The vote timer was set to `ms` on the pending decision. */
void session_note_vote_timer(Session *s, long long ms);

/* A discussion pause starts / ends; its time goes to the pending decision,
 * else to the last decision while its feedback is up (until the next beat or
 * the ending), else to the session (before the first beat, the debrief). A
 * pause running across a decision or a new beat is split between them.
 * Unbalanced calls are ignored. */
void session_pause_begin(Session *s, long long now);
void session_pause_end(Session *s, long long now);

/* Keep a road not taken: from decision index `from`, option `option`, the
 * steps the side play took (`steps`, n of them, from the story's history;
 * copied) and its ending title or NULL. Out-of-range indexes are ignored. */
void session_add_road(Session *s, int from, int option, const StoryStep *steps, int n,
                      const char *ending, long long ms);

/* The session was resumed after an interruption whose last record was made at
 * local time `hhmm` ("HH:MM"); the report says so. Past SESSION_MAX_RESUMED
 * the latest replaces the last kept. */
void session_note_resumed(Session *s, const char *hhmm);

/* The session ends at `now`: the story reached ending `v` (its title, verdict
 * and text are kept), or the facilitator ended it early (`v` not an ending:
 * only its meters are kept; NULL: nothing). A pending decision is dropped;
 * later beats and decisions are ignored. */
void session_finish(Session *s, const StoryView *v, long long now);

#endif
