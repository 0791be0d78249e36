/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* libFuzzer target: the phone vote room (phones.h) answering whatever a
 * phone on the room's Wi-Fi may send. One room lives across runs, as the
 * game's does across requests: four phones joined from fixed random bytes
 * (their tokens are in tests/fuzz/phones.dict) and a decision open; an input
 * may change what is shown first, as the facilitator does between requests.
 *
 * An input: byte 0 the path (join, state, vote or a junk one), byte 1 what
 * is shown first (most values: nothing changes), byte 2 the address, the
 * random bytes a join gets and how far the clock moves; the rest is the
 * body, of any length (over 256 bytes it must be refused).
 *
 * Every reply must be one of the documented statuses with a JSON object
 * (an "error" sentence on every refusal), every event must name the
 * decision up and answers it has, and the counts never go below 0 and add
 * up to the phones that voted. */
#include "attune/phones.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { CODE = 4821, FIXED = 8, JOINED = 4 };

static PhoneRoom room;
static bool ready;
static long long now = 1000;

/* The random bytes of fixed phone k: its token is k's bytes in hex
 * (phone 0: 00112233445566778899aabbccddeeff, then 01.., 02.., ...). */
static void fixed_rnd(int k, unsigned char rnd[16])
{
    for (int i = 0; i < 16; i++)
        rnd[i] = (unsigned char)(i * 0x11);
    rnd[0] = (unsigned char)k;
}

static const char *const ANSWERS[STORY_MAX_CHOICES] = {
    "Sit beside her",
    "Just *do* the sums",
    "Say \"no\"\nand mean it",
    "[[Breathe|steady]] first",
    "caf\xc3\xa9 \xe2\x80\x94 later",
    "Back\\slash",
    "\x01 odd \x7f bytes",
    "G",
    "The ninth",
};

static void setup(void)
{
    if (!phone_room_init(&room, CODE))
        abort();
    for (int k = 0; k < JOINED; k++) {
        unsigned char rnd[16];
        fixed_rnd(k, rnd);
        StrBuf out = {0};
        PhoneEvent ev;
        char addr[32]; /* each its own: an address holds PHONE_JOINS_PER_ADDRESS tokens */
        snprintf(addr, sizeof addr, "10.1.0.%d", k);
        PhoneReply rep =
            phone_room_handle(&room, "/api/join", "code=4821", 9, addr, now, rnd, &out, &ev);
        if (rep.status != 200)
            abort();
        free(strbuf_take(&out));
    }
    phone_room_show(&room, PHONE_OPEN, "Homework \"Night\"", 1, ANSWERS, 3);
    ready = true;
}

/* ---- a JSON object, checked by hand: each returns the text after one value ---- */

static const char *value(const char *p, int depth);

static const char *string(const char *p)
{
    if (*p++ != '"')
        return NULL;
    for (; *p != '"'; p++) {
        if ((unsigned char)*p < 0x20)
            return NULL; /* a raw control character, or the end */
        if (*p == '\\') {
            p++;
            if (*p == 'u') {
                for (int i = 1; i <= 4; i++)
                    if (!p[i] || !strchr("0123456789abcdefABCDEF", p[i]))
                        return NULL;
                p += 4;
            } else if (!*p || !strchr("\"\\/bfnrt", *p)) {
                return NULL;
            }
        }
    }
    return p + 1;
}

static const char *value(const char *p, int depth)
{
    if (depth > 8)
        return NULL;
    if (*p == '{' || *p == '[') {
        char close = *p == '{' ? '}' : ']';
        p++;
        if (*p == close)
            return p + 1;
        for (;;) {
            if (close == '}') {
                p = string(p);
                if (!p || *p++ != ':')
                    return NULL;
            }
            p = value(p, depth + 1);
            if (!p)
                return NULL;
            if (*p == close)
                return p + 1;
            if (*p++ != ',')
                return NULL;
        }
    }
    if (*p == '"')
        return string(p);
    if (strncmp(p, "true", 4) == 0 || strncmp(p, "null", 4) == 0)
        return p + 4;
    if (strncmp(p, "false", 5) == 0)
        return p + 5;
    const char *start = p;
    while (*p >= '0' && *p <= '9')
        p++;
    return p > start ? p : NULL;
}

static void check_room(void)
{
    int sum = 0;
    for (int i = 0; i < STORY_MAX_CHOICES; i++) {
        if (room.counts[i] < 0)
            abort();
        /* while a decision is up, no votes beyond its answers (between
         * decisions the last one's counts stay for the game to read) */
        if (i >= room.n_answers && room.counts[i] != 0 &&
            (room.status == PHONE_OPEN || room.status == PHONE_CLOSED))
            abort();
        sum += room.counts[i];
    }
    if (sum != room.voted || room.voted > room.n_phones || room.n_phones > PHONES_MAX ||
        room.n_phones < JOINED)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ready)
        setup();
    if (size < 3)
        return 0;
    static const char *const PATHS[] = {"/api/join", "/api/state", "/api/vote", "/api/junk"};
    const char *path = PATHS[data[0] & 3];
    unsigned show = data[1], how = data[2];
    const char *body = (const char *)data + 3;
    size_t n = size - 3;

    /* What the facilitator shows first: 1 in 8 values of byte 1. */
    if ((show & 7) == 7) {
        PhoneStatus st = (PhoneStatus)((show >> 3) & 3);
        int decision = 1 + (int)(show >> 6);
        int n_answers = 2 + (int)((show >> 5) & 1) * 7; /* 2 or 9 */
        if ((show >> 5) & 1 && decision == 1)
            n_answers = 3; /* the first decision with its first answers: kept votes */
        unsigned long seq = room.seq;
        int generation = room.generation;
        bool gen = phone_room_show(&room, st, "Homework \"Night\"", decision, ANSWERS, n_answers);
        if (gen != (room.generation != generation) || room.seq < seq)
            abort();
        if (gen && room.voted != 0)
            abort(); /* a new decision starts with no votes */
        check_room();
    }

    /* The clock: 0 to 31 s on, so the wrong-code minutes pass now and then. */
    now += (long long)(how >> 3) * 1000;
    char addr[32];
    snprintf(addr, sizeof addr, "10.0.%u.%u", how & 3, (how >> 2) & 1);
    unsigned char rnd[16];
    fixed_rnd((int)(how & 7), rnd); /* phones 4-7 may join once; 0-3 are in */

    int phones = room.n_phones, generation = room.generation;
    StrBuf out = {0};
    PhoneEvent ev;
    PhoneReply rep = phone_room_handle(&room, path, body, n, addr, now, rnd, &out, &ev);
    char *json = strbuf_take(&out);
    if (!json)
        abort(); /* every reply has a body */

    switch (rep.status) {
    case 200:
    case 400:
    case 401:
    case 403:
    case 404:
    case 409:
    case 413:
    case 429:
    case 503:
        break;
    default:
        abort();
    }
    size_t len = strlen(json);
    if (len < 2 || json[0] != '{' || json[len - 1] != '}')
        abort();
    const char *end = value(json, 0);
    if (!end || *end)
        abort(); /* one JSON object, nothing after it */
    bool error = strncmp(json, "{\"error\":\"", 10) == 0;
    if ((rep.status != 200) != error)
        abort(); /* every refusal says why, and only a refusal */
    if ((data[0] & 3) == 3 && rep.status != 404)
        abort();
    if ((data[0] & 3) != 3 && (n > PHONE_BODY_MAX) != (rep.status == 413))
        abort();

    if (rep.event) {
        if (rep.status != 200 || ev.generation != room.generation)
            abort();
        if (ev.joined) {
            if (ev.from != -1 || ev.to != -1 || room.n_phones != phones + 1)
                abort();
        } else if ((data[0] & 3) == 0) {
            /* a phone joining again past its address's tokens: its oldest
             * token retired, with its vote on the open decision */
            if (ev.to != -1 || ev.from < 0 || ev.from >= room.n_answers ||
                room.n_phones != phones || room.status != PHONE_OPEN)
                abort();
        } else if (ev.to < 0 || ev.to >= room.n_answers || ev.from < -1 ||
                   ev.from >= room.n_answers || ev.from == ev.to || room.status != PHONE_OPEN ||
                   room.generation != generation) {
            abort();
        }
    } else if (room.n_phones != phones) {
        abort(); /* a join is always told */
    }
    check_room();
    free(json);
    return 0;
}
