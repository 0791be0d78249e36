/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The phone vote room: what the participants' phones may ask in a workshop
 * and what they are told -- the room code, one vote per phone per decision,
 * the late vote refused, the wrong codes held back -- as plain data and
 * plain requests, with no network in it. The HTTP server (engine/net) hands
 * each request's path, body and address here and sends back the reply; the
 * unit tests and the fuzz target drive it directly.
 * Layer: core (no SDL, no Lua, no sockets). Not thread-safe: the server
 * holds its lock around every call.
 * Invariant: nothing about a phone is kept but its random token, its vote
 * on the decision that is up and a keyed hash of its address (to hold one
 * phone to a few tokens) -- no name, no device data, and no address in the
 * clear beyond the wrong-code count of the last minute. All of it is in
 * memory only.
 * The protocol (paths, bodies, replies) is docs/phone-votes.md's. */
#ifndef ATTUNE_PHONES_H
#define ATTUNE_PHONES_H

#include "attune/story.h"
#include "attune/strbuf.h"

#include <stdbool.h>
#include <stddef.h>

enum {
    PHONE_BODY_MAX = 256, /* a request body longer than this is refused (413) */
    PHONE_TOKEN_HEX = 32, /* a token: 16 random bytes as lowercase hex */
    PHONES_MAX = 400,     /* phones one room takes */
    PHONE_WRONG_MAX = 5,  /* wrong codes from one address within PHONE_WRONG_MS ... */
    PHONE_WRONG_MS = 60 * 1000,
    PHONE_WRONG_ALL = 60,       /* ... and from all addresses together, before joining waits */
    PHONE_LIMIT_SLOTS = 64,     /* addresses remembered for that count */
    PHONE_JOINS_PER_ADDRESS = 3 /* tokens one address may hold (a reload, a second tab) */
};

/* What the phones are shown. */
typedef enum PhoneStatus {
    PHONE_WAITING = 0, /* no vote open: watch the screen */
    PHONE_OPEN,        /* a vote on `decision` is open */
    PHONE_CLOSED,      /* the vote on `decision` is closed */
    PHONE_ENDED,       /* the story has ended */
} PhoneStatus;

/* One request's body, read: each field present or not. */
typedef struct PhoneRequest {
    bool has_code, has_token, has_seen, has_decision, has_answer;
    int code;                        /* 0-9999, from exactly 4 digits */
    char token[PHONE_TOKEN_HEX + 1]; /* lowercase hex */
    unsigned long seen;              /* up to 9 digits */
    int decision;                    /* 1-9999 */
    int answer;                      /* 0 for A ... STORY_MAX_CHOICES - 1 */
} PhoneRequest;

/* Read `n` bytes of a request body: "key=value&key=value", keys among code,
 * token, seen, decision and answer, each at most once, values of letters and
 * digits in their own form (above). True with `r` filled; false with a
 * sentence for the phone in *why (static) on anything else, including an
 * empty value, a percent escape, a byte outside ASCII or a body over
 * PHONE_BODY_MAX. An empty body is a request with no fields. */
bool phone_parse(const char *body, size_t n, PhoneRequest *r, const char **why);

/* A vote as the game's main loop is told of it: on the decision of
 * `generation`, a phone's vote moved from answer `from` to `to` (-1: none).
 * A join is from = to = -1, joined = true; a phone joining again past
 * PHONE_JOINS_PER_ADDRESS retires its oldest token, and when that had a vote
 * the event is its vote moving from `from` to -1. `serial` counts the room's
 * events from 1, so that a reader of the room's counts (PhoneRoom.serial
 * then) can tell the events those already hold. */
typedef struct PhoneEvent {
    bool joined;
    int generation;
    int from, to;
    unsigned long serial;
} PhoneEvent;

typedef struct Phone {
    char token[PHONE_TOKEN_HEX + 1];
    int generation;           /* the decision its vote is on (0: none) */
    int answer;               /* -1: no vote */
    unsigned long long where; /* its address, hashed with the room's key */
    unsigned long since;      /* when it joined, in joins (for retiring the oldest) */
} Phone;

/* One answer as the phones are shown it. */
typedef struct PhoneAnswer {
    const char *text; /* may carry the story's markup; shown plain */
    const char *id;   /* the answer's stable id, or NULL (then its text tells it) */
    bool open;        /* false: not open now (the person is flooded...): no votes */
} PhoneAnswer;

typedef struct PhoneLimit {
    char addr[48];
    int wrong;
    long long since, locked_until;
} PhoneLimit;

typedef struct PhoneRoom {
    int code; /* the room code, 0-9999, shown as 4 digits */
    /* what the phones are shown; `seq` grows whenever it changes */
    unsigned long seq;
    PhoneStatus status;
    char *story; /* the story's title */
    int decision, generation, n_answers;
    char *answers[STORY_MAX_CHOICES]; /* plain text, no markup */
    char *ids[STORY_MAX_CHOICES];     /* the answers' ids, or NULL */
    bool open[STORY_MAX_CHOICES];     /* which may take votes */
    /* the phones, and their votes on the decision of `generation` */
    int n_phones;
    Phone *phones; /* PHONES_MAX of them */
    int counts[STORY_MAX_CHOICES];
    int voted;
    unsigned long serial; /* the events so far (PhoneEvent.serial of the last) */
    /* wrong codes: per address, and from all of them */
    PhoneLimit limits[PHONE_LIMIT_SLOTS];
    int wrong_all;
    long long wrong_all_since, all_locked_until;
    unsigned long long key; /* for hashing addresses (PhoneRoom.phones' where) */
    unsigned long joins;    /* tokens given so far */
} PhoneRoom;

/* A room with `code` (0-9999) and nothing up; `key` makes the hashes of
 * addresses (any random number). False when memory ran out. */
bool phone_room_init(PhoneRoom *r, int code);
void phone_room_key(PhoneRoom *r, unsigned long long key);
void phone_room_free(PhoneRoom *r);

/* Show the phones `status`. For PHONE_OPEN and PHONE_CLOSED, `decision`
 * (its number, 1-based) with `n` answers (their text may carry the story's
 * markup; it is shown plain); otherwise those are ignored. Opening a
 * decision other than the one up (by number or answers) begins a new
 * generation with no votes; opening the one up again (after closing it,
 * or after waiting or ending, which keep it hidden) keeps its votes. A NULL
 * story is "". Returns whether the generation changed; false too when
 * memory ran out (the room then shows PHONE_WAITING). */
bool phone_room_show(PhoneRoom *r, PhoneStatus status, const char *story, int decision,
                     const char *const *answers, int n);
/* The same with each answer's id and whether it is open: a decision is the
 * one up when its number and its answers' ids (or, without ids, texts) are
 * the same; its texts and which are open are updated in place, votes kept
 * (a story reloaded while the room votes). A vote for an answer not open is
 * refused. */
bool phone_room_show_answers(PhoneRoom *r, PhoneStatus status, const char *story, int decision,
                             const PhoneAnswer *answers, int n);

/* A reply: its HTTP status and JSON body (in `out`). */
typedef struct PhoneReply {
    int status;
    bool event; /* *ev was filled: tell the game */
} PhoneReply;

/* Answer one request: a POST of `body` (n bytes) to `path` from `addr` (the
 * peer's address as text) at `now` (ms, monotonic). `rnd` is 16 random
 * bytes for a new token (read only by a successful join). The JSON goes to
 * `out`; a join or a vote counted fills *ev. The paths are /api/join,
 * /api/state and /api/vote; any other is 404. */
PhoneReply phone_room_handle(PhoneRoom *r, const char *path, const char *body, size_t n,
                             const char *addr, long long now, const unsigned char rnd[16],
                             StrBuf *out, PhoneEvent *ev);

#endif
