/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Workshop mode's phone votes: the server turned on and off, what the
 * phones are shown kept in step with the session (a vote open on the
 * group's beat, closed once the facilitator confirms, waiting between
 * decisions, ended with the story), and the phones' votes taken from the
 * server's queue into the tally the room sees and the session records.
 * Layer: UI, part of workshop mode (workshop_internal.h). */
#include "attune/alloc.h"
#include "attune/i18n.h"
#include "attune/log.h"
#include "attune/session.h"
#include "workshop_internal.h"

#include <stdio.h>
#include <string.h>

enum { TAKE_MAX = 1024 }; /* events taken at once: a flood waits for the next turn */

static Uint32 phones_event_type; /* 0 until the first server starts */

static void take_counts(Workshop *w);
static void record(Workshop *w);

/* On a server thread: wake the game's loop (SDL_PushEvent is thread-safe). */
static void wake(void *data)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = phones_event_type;
    e.user.data1 = data;
    SDL_PushEvent(&e);
}

bool workshop_phones_on(Workshop *w, char *why, size_t n)
{
    if (w->phones)
        return true;
    if (!phones_event_type) {
        phones_event_type = SDL_RegisterEvents(1);
        if (phones_event_type == (Uint32)-1) {
            phones_event_type = 0;
            snprintf(why, n, "%s", "no SDL event left to wake the game with");
            return false;
        }
    }
    char err[300];
    if (!w->phone_room) {
        /* one room for the whole session: turned off and on again, its code,
         * its phones and their votes are the same */
        w->phone_room = phone_server_room_new();
        if (!w->phone_room) {
            snprintf(why, n, "%s", "out of memory");
            return false;
        }
    }
    w->phones = phone_server_start(w->host->phones_bind, w->phone_room, wake, w, err, sizeof err);
    if (!w->phones) {
        snprintf(w->phones_error, sizeof w->phones_error, "%s", err);
        snprintf(why, n, "%s", err);
        workshop_notice(w, _("Phone votes are off: %s"), err);
        return false;
    }
    w->phones_error[0] = '\0';
    /* the room's own count, which kept votes were (the same room) */
    w->phone_kept = false;
    take_counts(w);
    printf("Phones: join at %s  (room code %04d)%s\n", phone_server_url(w->phones),
           phone_server_code(w->phones),
           !phone_server_local(w->phones) ? ""
           : w->host->phones_bind && *w->host->phones_bind
               ? "  -- this computer's own address: only it can join"
               : "  -- no network found: only this computer can join");
    fflush(stdout);
    workshop_phones_sync(w);
    w->dirty = true;
    return true;
}

void workshop_phones_off(Workshop *w)
{
    if (!w->phones)
        return;
    /* The phones' votes on the beat up stay counted, in the bars, in the
     * majority and in the record alike, until the next beat: the room gave
     * them. */
    take_counts(w);
    const Lane *l = &w->lane[0];
    bool voting = l->phase == STAGE_BEAT || l->phase == STAGE_TIE;
    w->phone_kept =
        w->cur == 0 && (voting || l->phase == STAGE_CHOSEN || l->phase == STAGE_REVEALED);
    w->phone_kept_decision = w->session.n_decisions + (voting ? 1 : 0);
    if (w->phone_kept)
        record(w);
    else
        memset(w->phone_votes, 0, sizeof w->phone_votes);
    phone_server_stop(w->phones); /* the room (w->phone_room) stays, phones and votes */
    w->phones = NULL;
    w->dirty = true;
}

PhoneServer *workshop_phones_release(Workshop *w)
{
    if (!w->phones)
        return NULL;
    PhoneServer *s = w->phones;
    phone_server_quiet(s);
    phone_server_show(s, PHONE_ENDED, w->session.story_title, 0, NULL, 0);
    phone_server_keep_room(s); /* the room goes with the server */
    w->phone_room = NULL;
    w->phones = NULL;
    w->dirty = true;
    return s;
}

const char *workshop_phones_url(const Workshop *w)
{
    return w->phones ? phone_server_url(w->phones) : NULL;
}

int workshop_phones_code(const Workshop *w)
{
    return w->phones ? phone_server_code(w->phones) : -1;
}

/* The phones' votes on the group's beat changed: the session keeps them. */
static void record(Workshop *w)
{
    const Lane *l = &w->lane[0];
    if (l->phase == STAGE_BEAT || l->phase == STAGE_TIE)
        session_phone_votes(&w->session, w->phone_votes, STORY_MAX_CHOICES);
    if (w->phones_joined > w->session.phones_joined)
        w->session.phones_joined = w->phones_joined;
}

/* The answers of view v as the phones are shown them; with two people on
 * stage each says whom it is to ("To Esi: ..."), as the cards do (the
 * words live until the next call; the room copies them). */
static int answers_of(const StoryView *v, PhoneAnswer *a)
{
    static char buf[STORY_MAX_CHOICES][1400]; /* the main loop's only: one decision at a time */
    int n = v->n_choices < STORY_MAX_CHOICES ? v->n_choices : STORY_MAX_CHOICES;
    for (int i = 0; i < n; i++) {
        const StoryChoiceView *c = &v->choices[i];
        const char *text = c->text ? c->text : "";
        if (v->n_people > 0 && c->to) {
            /* TRANSLATORS: an answer on the phones' page, with two people
             * on stage: whom it is to ("Esi", or "both"), then its words. */
            snprintf(buf[i], sizeof buf[i], _("To %s: %s"), c->to, text);
            text = buf[i];
        }
        a[i] = (PhoneAnswer){text, c->id, c->enabled};
    }
    return n;
}

void workshop_phones_sync(Workshop *w)
{
    const Lane *l = &w->lane[0];
    if (!w->phones) {
        /* votes kept from phones turned off: only while their decision is up */
        int up = l->phase == STAGE_BEAT || l->phase == STAGE_TIE ? w->session.n_decisions + 1
                 : l->phase == STAGE_CHOSEN || l->phase == STAGE_REVEALED ? w->session.n_decisions
                                                                          : -1;
        if (w->phone_kept && up != w->phone_kept_decision) {
            w->phone_kept = false;
            memset(w->phone_votes, 0, sizeof w->phone_votes);
            w->dirty = true;
        }
        return;
    }
    const StoryView *v = l->story ? story_view(l->story) : NULL;
    const char *title = w->session.story_title;
    PhoneStatus st = PHONE_WAITING;
    int decision = w->session.n_decisions + 1;
    const StoryView *shown = v;
    if (l->phase == STAGE_ENDING || l->phase == STAGE_DEBRIEF || w->session.finished) {
        st = PHONE_ENDED;
    } else if (l->phase == STAGE_BEAT && v && !v->is_ending) {
        st = PHONE_OPEN;
    } else if (l->phase == STAGE_TIE && v && !v->is_ending) {
        st = PHONE_CLOSED;
    } else if ((l->phase == STAGE_CHOSEN || l->phase == STAGE_REVEALED) && l->held) {
        st = PHONE_CLOSED; /* the decision just taken: a late vote is told so */
        shown = l->held;
        decision = w->session.n_decisions;
    }
    for (int k = 0; k < w->depth; k++)
        if (w->stack[k] == STAGE_RESUME)
            st = PHONE_WAITING; /* nothing is up until the facilitator decides */
    if (w->cur == 1 && st != PHONE_ENDED)
        st = PHONE_WAITING; /* a road not taken: the group's decision waits, hidden */
    PhoneAnswer answers[STORY_MAX_CHOICES];
    int n = 0;
    if ((st == PHONE_OPEN || st == PHONE_CLOSED) && shown)
        n = answers_of(shown, answers);
    int gen = phone_server_show(w->phones, st, title, decision, answers, n);
    if (gen != w->phone_gen && (st == PHONE_OPEN || st == PHONE_CLOSED)) {
        /* a new decision: its phone votes start from none */
        w->phone_gen = gen;
        memset(w->phone_votes, 0, sizeof w->phone_votes);
        w->phones_voted = 0;
        w->dirty = true;
    }
}

/* The room's counts, exact as of now; the events they hold are skipped
 * when taken from the queue later. */
static void take_counts(Workshop *w)
{
    int gen, counts[STORY_MAX_CHOICES], voted, joined;
    unsigned long serial;
    phone_server_counts(w->phones, &gen, counts, &voted, &joined, &serial);
    w->phones_joined = joined;
    w->phone_serial = serial;
    if (gen == w->phone_gen) {
        memcpy(w->phone_votes, counts, sizeof counts);
        w->phones_voted = voted;
    }
}

void workshop_phones_close(Workshop *w)
{
    const Lane *l = &w->lane[0];
    if (!w->phones || w->cur != 0 || l->phase != STAGE_BEAT)
        return;
    PhoneAnswer answers[STORY_MAX_CHOICES];
    int n = answers_of(story_view(l->story), answers);
    /* closed first, then read: no vote can come between */
    int gen = phone_server_show(w->phones, PHONE_CLOSED, w->session.story_title,
                                w->session.n_decisions + 1, answers, n);
    if (gen != w->phone_gen) { /* the story was reworded past knowing: a new round */
        w->phone_gen = gen;
        memset(w->phone_votes, 0, sizeof w->phone_votes);
        w->phones_voted = 0;
    }
    take_counts(w);
    record(w);
    w->dirty = true;
}

bool workshop_phones_event(Workshop *w, const SDL_Event *e)
{
    if (!phones_event_type || e->type != phones_event_type)
        return false;
    if (!w->phones || e->user.data1 != w)
        return true; /* from a server stopped since: nothing to take */
    PhoneEvent evs[TAKE_MAX];
    bool resync = false;
    int k = phone_server_take(w->phones, evs, TAKE_MAX, &resync);
    for (int i = 0; i < k; i++) {
        const PhoneEvent *ev = &evs[i];
        if (ev->serial <= w->phone_serial)
            continue; /* already in the counts read when the vote closed */
        w->phone_serial = ev->serial;
        if (ev->joined) {
            w->phones_joined++;
            continue;
        }
        if (ev->generation != w->phone_gen)
            continue; /* a vote on a decision already gone */
        if (ev->from >= 0 && ev->from < STORY_MAX_CHOICES && w->phone_votes[ev->from] > 0)
            w->phone_votes[ev->from]--;
        if (ev->to >= 0 && ev->to < STORY_MAX_CHOICES)
            w->phone_votes[ev->to]++;
        if (ev->from < 0 && ev->to >= 0)
            w->phones_voted++;
        else if (ev->from >= 0 && ev->to < 0 && w->phones_voted > 0)
            w->phones_voted--; /* a phone joined again: its old vote is gone */
    }
    if (resync)
        take_counts(w); /* the queue overflowed: the room's own count is the truth */
    if (k > 0 || resync) {
        record(w);
        w->dirty = true;
    }
    return true;
}

/* Do the phones' votes count on lane l's beat as it stands? */
static bool phones_count(const Workshop *w, const Lane *l)
{
    return (w->phones || w->phone_kept) && l == &w->lane[0] &&
           (l->phase == STAGE_BEAT || l->phase == STAGE_TIE || l->phase == STAGE_CHOSEN ||
            l->phase == STAGE_REVEALED);
}

const int *workshop_lane_votes(Workshop *w, const Lane *l)
{
    bool phones = phones_count(w, l);
    for (int i = 0; i < STORY_MAX_CHOICES; i++)
        w->shown_votes[i] = l->votes[i] + (phones ? w->phone_votes[i] : 0);
    return w->shown_votes;
}

int workshop_votes(const Workshop *w, int i, int *from_phones)
{
    if (i < 0 || i >= STORY_MAX_CHOICES)
        return 0;
    const Lane *l = &w->lane[w->cur];
    int p = phones_count(w, l) ? w->phone_votes[i] : 0;
    if (from_phones)
        *from_phones = p;
    return l->votes[i] + p;
}
