/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Tests for the phone vote room (phones.h), with no network: the request
 * reader field by field, joining (the room code, the wrong-code limits per
 * address and overall, a full room), the state the phones poll, the votes
 * (one per phone per decision, changed, late, stale, out of range, kept on
 * reopening, reset by a new decision) with the events the game is told, the
 * story's markup and JSON escaping, and a tally of 200 phones voting and
 * changing their minds checked against a count kept here. */
#include "attune/alloc.h"
#include "attune/phones.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CODE = 4821 };

/* ---- helpers ------------------------------------------------------------ */

/* One request's outcome, its JSON copied out. */
typedef struct Call {
    int status;
    bool event;
    PhoneEvent ev;
    char json[4096];
} Call;

static Call post_n(PhoneRoom *r, const char *path, const char *body, size_t n, const char *addr,
                   long long now, const unsigned char rnd[16])
{
    static const unsigned char zero[16];
    Call c;
    memset(&c, 0, sizeof c);
    StrBuf out = {0};
    PhoneReply rep = phone_room_handle(r, path, body, n, addr ? addr : "10.0.0.1", now,
                                       rnd ? rnd : zero, &out, &c.ev);
    c.status = rep.status;
    c.event = rep.event;
    assert_false(out.oom);
    assert_non_null(out.p);
    assert_true(strlen(out.p) < sizeof c.json);
    snprintf(c.json, sizeof c.json, "%s", out.p);
    free(strbuf_take(&out));
    return c;
}

static Call post(PhoneRoom *r, const char *path, const char *body)
{
    return post_n(r, path, body, strlen(body), NULL, 1000, NULL);
}

/* The random bytes of phone i: distinct for every i below 65536. */
static void rnd_of(int i, unsigned char rnd[16])
{
    for (int k = 0; k < 16; k++)
        rnd[k] = (unsigned char)(k * 29 + 7);
    rnd[0] = (unsigned char)(i >> 8);
    rnd[1] = (unsigned char)(i & 255);
}

/* The token those bytes make, worked out here: lowercase hex. */
static void hex_of(const unsigned char rnd[16], char out[PHONE_TOKEN_HEX + 1])
{
    for (int k = 0; k < 16; k++)
        snprintf(out + 2 * k, 3, "%02x", rnd[k]);
}

/* Phone i joins the room from its own address; its token into tok. */
static void join_phone(PhoneRoom *r, int i, long long now, char tok[PHONE_TOKEN_HEX + 1])
{
    unsigned char rnd[16];
    rnd_of(i, rnd);
    char addr[48], body[32];
    snprintf(addr, sizeof addr, "192.168.%d.%d", (i >> 8) & 255, i & 255);
    snprintf(body, sizeof body, "code=%04d", r->code);
    Call c = post_n(r, "/api/join", body, strlen(body), addr, now, rnd);
    assert_int_equal(c.status, 200);
    hex_of(rnd, tok);
    char want[64];
    snprintf(want, sizeof want, "{\"token\":\"%s\"}", tok);
    assert_string_equal(c.json, want);
}

static Call vote(PhoneRoom *r, const char *tok, int decision, char answer)
{
    char body[128];
    snprintf(body, sizeof body, "token=%s&decision=%d&answer=%c", tok, decision, answer);
    return post(r, "/api/vote", body);
}

static Call poll(PhoneRoom *r, const char *tok, long seen)
{
    char body[128];
    if (seen < 0)
        snprintf(body, sizeof body, "token=%s", tok);
    else
        snprintf(body, sizeof body, "token=%s&seen=%ld", tok, seen);
    return post(r, "/api/state", body);
}

static const char *const ABC[] = {"Sit beside her", "Just do the sums", "I'll do it for you"};

static PhoneRoom fresh(void)
{
    PhoneRoom r;
    assert_true(phone_room_init(&r, CODE));
    return r;
}

/* ---- the request reader ------------------------------------------------- */

static PhoneRequest parse_ok(const char *body, size_t n)
{
    PhoneRequest q;
    const char *why = "unset";
    if (!phone_parse(body, n, &q, &why))
        fail_msg("refused \"%.*s\": %s", (int)n, body, why);
    assert_null(why);
    return q;
}

#define TOKEN "0123456789abcdef0123456789abcdef"

static void every_field_reads_in_its_own_form(void **state)
{
    (void)state;
    PhoneRequest q = parse_ok("", 0);
    assert_false(q.has_code || q.has_token || q.has_seen || q.has_decision || q.has_answer);
    assert_int_equal(q.answer, -1);

    const char *all = "code=0042&token=" TOKEN "&seen=999999999&decision=9999&answer=I";
    q = parse_ok(all, strlen(all));
    assert_true(q.has_code && q.has_token && q.has_seen && q.has_decision && q.has_answer);
    assert_int_equal(q.code, 42);
    assert_string_equal(q.token, TOKEN);
    assert_true(q.seen == 999999999UL);
    assert_int_equal(q.decision, 9999);
    assert_int_equal(q.answer, 8);

    /* in any order, each alone */
    q = parse_ok("answer=A&decision=1&seen=0", 26);
    assert_int_equal(q.answer, 0);
    assert_int_equal(q.decision, 1);
    assert_true(q.has_seen);
    assert_true(q.seen == 0);
    assert_false(q.has_code || q.has_token);
    q = parse_ok("code=0000", 9);
    assert_int_equal(q.code, 0);
    q = parse_ok("code=9999", 9);
    assert_int_equal(q.code, 9999);
    q = parse_ok("decision=0007", 13); /* leading zeros: still 7 */
    assert_int_equal(q.decision, 7);
    q = parse_ok("seen=000000001", 14);
    assert_true(q.seen == 1);
    /* n is what counts: the bytes after it are not read */
    q = parse_ok("code=1234&junk", 9);
    assert_int_equal(q.code, 1234);
}

typedef struct Bad {
    const char *body;
    size_t n; /* 0: strlen */
    const char *why;
} Bad;

static const char WHY_CODE[] = "The room code is 4 digits.";
static const char WHY_TOKEN[] = "The phone's token is not one the game gives.";
static const char WHY_SEEN[] = "'seen' is a number.";
static const char WHY_DECISION[] = "A decision is a number from 1.";
static const char WHY_ANSWER[] = "An answer is one capital letter.";
static const char WHY_UNKNOWN[] = "The request has a field the game does not know.";
static const char WHY_EMPTY_FIELD[] = "The request has an empty field.";
static const char WHY_EMPTY_VALUE[] = "A field is empty.";
static const char WHY_NO_VALUE[] = "A field has no value.";
static const char WHY_CHAR[] = "A value holds a character it may not.";
static const char WHY_LONG[] = "The request is too long.";

static void anything_else_is_refused_with_its_reason(void **state)
{
    (void)state;
    const Bad bad[] = {
        /* each field's wrong forms */
        {"code=482", 0, WHY_CODE},
        {"code=48210", 0, WHY_CODE},
        {"code=48a1", 0, WHY_CODE},
        {"token=0123456789abcdef0123456789abcde", 0, WHY_TOKEN},   /* 31 */
        {"token=0123456789abcdef0123456789abcdef0", 0, WHY_TOKEN}, /* 33 */
        {"token=0123456789ABCDEF0123456789abcdef", 0, WHY_TOKEN},  /* capitals */
        {"token=0123456789abcdeg0123456789abcdef", 0, WHY_TOKEN},  /* not hex */
        {"seen=1234567890", 0, WHY_SEEN},                          /* 10 digits */
        {"seen=12a", 0, WHY_SEEN},
        {"decision=0", 0, WHY_DECISION},
        {"decision=0000", 0, WHY_DECISION},
        {"decision=10000", 0, WHY_DECISION},
        {"decision=four", 0, WHY_DECISION},
        {"answer=a", 0, WHY_ANSWER},
        {"answer=J", 0, WHY_ANSWER}, /* beyond the ninth */
        {"answer=AB", 0, WHY_ANSWER},
        {"answer=1", 0, WHY_ANSWER},
        /* a key given twice: refused with that field's reason */
        {"code=4821&code=4821", 0, WHY_CODE},
        {"token=" TOKEN "&token=" TOKEN, 0, WHY_TOKEN},
        {"seen=1&seen=1", 0, WHY_SEEN},
        {"decision=2&decision=3", 0, WHY_DECISION},
        {"answer=A&answer=A", 0, WHY_ANSWER},
        /* keys the game does not know, and keys are case-sensitive */
        {"name=Maya", 0, WHY_UNKNOWN},
        {"Code=4821", 0, WHY_UNKNOWN},
        {"=4821", 0, WHY_UNKNOWN},
        {"code4821=1", 0, WHY_UNKNOWN},
        /* empty fields and values */
        {"code=", 0, WHY_EMPTY_VALUE},
        {"code", 0, WHY_NO_VALUE},
        {"&", 0, WHY_EMPTY_FIELD},
        {"&code=4821", 0, WHY_EMPTY_FIELD},
        {"code=4821&", 0, WHY_EMPTY_FIELD}, /* a trailing '&' */
        {"code=4821&&seen=1", 0, WHY_EMPTY_FIELD},
        /* escapes and characters outside letters and digits */
        {"code=48%321", 0, WHY_CHAR},
        {"code=%34821", 0, WHY_CHAR},
        {"code=48+1", 0, WHY_CHAR},
        {"code=48 1", 0, WHY_CHAR},
        {"code==4821", 0, WHY_CHAR},
        {"answer=\xc3\x89", 0, WHY_CHAR}, /* É */
        {"c\xc3\xb6"
         "de=4821",
         0, WHY_UNKNOWN},
        {"code=48\x7f"
         "1",
         0, WHY_CHAR},
        /* NUL bytes inside the body are bytes like any other */
        {"code=48\0"
         "21",
         9, WHY_CHAR},
        {"code=4821\0", 10, WHY_CHAR},
        {"co\0de=4821", 10, WHY_UNKNOWN},
        {"code=4821&\0", 11, WHY_NO_VALUE},
        {"\0", 1, WHY_NO_VALUE},
        /* the second field wrong after a good first */
        {"seen=1&answer=Z", 0, WHY_ANSWER},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        size_t n = bad[i].n ? bad[i].n : strlen(bad[i].body);
        PhoneRequest q;
        const char *why = NULL;
        if (phone_parse(bad[i].body, n, &q, &why))
            fail_msg("read \"%.*s\"", (int)n, bad[i].body);
        assert_non_null(why);
        if (strcmp(why, bad[i].why) != 0)
            fail_msg("\"%.*s\": %s, not %s", (int)n, bad[i].body, why, bad[i].why);
    }
}

/* The longest a body may be. No body of good fields reaches 256 bytes (86 is
 * the most), so one long key stands in: at 256 bytes it is read (and
 * refused for its key), at 257 refused for its length, before any reading. */
static void a_body_is_read_up_to_256_bytes(void **state)
{
    (void)state;
    char body[PHONE_BODY_MAX + 2];
    memset(body, 'k', sizeof body);
    body[PHONE_BODY_MAX - 2] = '=';
    body[PHONE_BODY_MAX - 1] = '1';
    PhoneRequest q;
    const char *why = NULL;
    assert_false(phone_parse(body, PHONE_BODY_MAX, &q, &why));
    assert_string_equal(why, WHY_UNKNOWN);
    assert_false(phone_parse(body, PHONE_BODY_MAX + 1, &q, &why));
    assert_string_equal(why, WHY_LONG);
    /* a good body and then padding to 257: too long, whatever it holds */
    char good[PHONE_BODY_MAX + 1];
    memset(good, '0', sizeof good);
    memcpy(good, "code=4821&seen=", 15);
    assert_false(phone_parse(good, sizeof good, &q, &why));
    assert_string_equal(why, WHY_LONG);

    /* and the room answers 400 for the first, 413 for the second */
    PhoneRoom r = fresh();
    Call c = post_n(&r, "/api/join", body, PHONE_BODY_MAX, NULL, 1000, NULL);
    assert_int_equal(c.status, 400);
    assert_string_equal(c.json, "{\"error\":\"The request has a field the game does not know.\"}");
    c = post_n(&r, "/api/join", body, PHONE_BODY_MAX + 1, NULL, 1000, NULL);
    assert_int_equal(c.status, 413);
    assert_string_equal(c.json, "{\"error\":\"The request is too long.\"}");
    c = post_n(&r, "/api/state", good, sizeof good, NULL, 1000, NULL);
    assert_int_equal(c.status, 413);
    assert_false(c.event);
    /* the longest good body there is, read whole */
    const char *longest = "code=4821&token=" TOKEN "&seen=123456789&decision=1234&answer=A";
    assert_int_equal(strlen(longest), 86);
    q = parse_ok(longest, 86);
    assert_true(q.seen == 123456789UL);
    phone_room_free(&r);
}

/* ---- joining ------------------------------------------------------------ */

static void the_room_code_gives_a_token(void **state)
{
    (void)state;
    PhoneRoom r = fresh();
    unsigned char rnd[16];
    for (int k = 0; k < 16; k++)
        rnd[k] = (unsigned char)(0xf0 + k * 3);
    Call c = post_n(&r, "/api/join", "code=4821", 9, "10.1.1.1", 1000, rnd);
    assert_int_equal(c.status, 200);
    assert_string_equal(c.json, "{\"token\":\"f0f3f6f9fcff0205080b0e1114171a1d\"}");
    assert_true(c.event);
    assert_true(c.ev.joined);
    assert_int_equal(c.ev.generation, 0);
    assert_int_equal(c.ev.from, -1);
    assert_int_equal(c.ev.to, -1);
    assert_int_equal(r.n_phones, 1);
    /* the token works at once */
    Call s = poll(&r, "f0f3f6f9fcff0205080b0e1114171a1d", 0);
    assert_int_equal(s.status, 200);

    c = post_n(&r, "/api/join", "code=4822", 9, "10.1.1.2", 1000, rnd);
    assert_int_equal(c.status, 403);
    assert_string_equal(
        c.json, "{\"error\":\"That is not the room code: look for the 4 digits on the screen.\"}");
    assert_false(c.event);
    assert_int_equal(r.n_phones, 1);

    /* the code alone */
    const char *extra[] = {"",
                           "code=4821&seen=0",
                           "code=4821&token=" TOKEN,
                           "code=4821&decision=1",
                           "code=4821&answer=A",
                           "seen=0"};
    for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++) {
        c = post(&r, "/api/join", extra[i]);
        assert_int_equal(c.status, 400);
        assert_string_equal(c.json, "{\"error\":\"Joining takes the room code alone.\"}");
        assert_false(c.event);
    }
    /* the same random bytes twice (2^-128): refused, never shared */
    c = post_n(&r, "/api/join", "code=4821", 9, "10.1.1.3", 1000, rnd);
    assert_int_equal(c.status, 503);
    assert_string_equal(c.json, "{\"error\":\"Please try again.\"}");
    assert_false(c.event);
    assert_int_equal(r.n_phones, 1);
    phone_room_free(&r);

    /* a code with leading zeros is given as 4 digits */
    assert_true(phone_room_init(&r, 42));
    c = post(&r, "/api/join", "code=42");
    assert_int_equal(c.status, 400);
    c = post(&r, "/api/join", "code=0042");
    assert_int_equal(c.status, 200);
    phone_room_free(&r);
    phone_room_free(&r); /* twice is harmless */
    phone_room_free(NULL);
}

static const char TOO_MANY_60[] = "{\"error\":\"Too many wrong codes from this phone: wait a "
                                  "minute, then try again.\",\"retry\":60}";

static void wrong_codes_hold_back_one_address_for_a_minute(void **state)
{
    (void)state;
    PhoneRoom r = fresh();
    const long long t = 100000;
    for (int i = 0; i < PHONE_WRONG_MAX; i++) {
        Call c = post_n(&r, "/api/join", "code=1111", 9, "10.0.0.66", t + i, NULL);
        assert_int_equal(c.status, 403);
    }
    long long locked_at = t + PHONE_WRONG_MAX - 1;
    /* now even the right code waits */
    unsigned char rnd[16];
    rnd_of(1, rnd);
    Call c = post_n(&r, "/api/join", "code=4821", 9, "10.0.0.66", locked_at, rnd);
    assert_int_equal(c.status, 429);
    assert_string_equal(c.json, TOO_MANY_60);
    assert_false(c.event);
    c = post_n(&r, "/api/join", "code=4821", 9, "10.0.0.66", locked_at + 1500, rnd);
    assert_int_equal(c.status, 429);
    assert_non_null(strstr(c.json, "\"retry\":59}")); /* 58.5 s left, rounded up */
    c = post_n(&r, "/api/join", "code=4821", 9, "10.0.0.66", locked_at + PHONE_WRONG_MS - 1, rnd);
    assert_int_equal(c.status, 429);
    assert_non_null(strstr(c.json, "\"retry\":1}"));
    assert_int_equal(r.n_phones, 0);

    /* another address joins meanwhile */
    c = post_n(&r, "/api/join", "code=4821", 9, "10.0.0.67", locked_at + 10, rnd);
    assert_int_equal(c.status, 200);
    assert_true(c.event);

    /* the minute passed: it may join */
    rnd_of(2, rnd);
    c = post_n(&r, "/api/join", "code=4821", 9, "10.0.0.66", locked_at + PHONE_WRONG_MS, rnd);
    assert_int_equal(c.status, 200);
    assert_int_equal(r.n_phones, 2);
    phone_room_free(&r);

    /* Fewer than PHONE_WRONG_MAX in any minute: never held back. */
    r = fresh();
    for (int i = 0; i < PHONE_WRONG_MAX - 1; i++)
        assert_int_equal(post_n(&r, "/api/join", "code=1111", 9, "::1", t, NULL).status, 403);
    long long later = t + PHONE_WRONG_MS + 1;
    for (int i = 0; i < PHONE_WRONG_MAX - 1; i++)
        assert_int_equal(post_n(&r, "/api/join", "code=1111", 9, "::1", later, NULL).status, 403);
    c = post_n(&r, "/api/join", "code=4821", 9, "::1", later, NULL);
    assert_int_equal(c.status, 200);
    phone_room_free(&r);
}

/* A held-back address stays held back while a room's worth of phones join
 * with the right code (only wrong codes take a count's place). */
static void joining_phones_do_not_free_a_held_back_address(void **state)
{
    (void)state;
    PhoneRoom r = fresh();
    const long long t = 100000;
    for (int i = 0; i < PHONE_WRONG_MAX; i++)
        assert_int_equal(post_n(&r, "/api/join", "code=1111", 9, "10.0.0.66", t, NULL).status, 403);
    char tok[PHONE_TOKEN_HEX + 1];
    for (int i = 0; i < 3 * PHONE_LIMIT_SLOTS; i++)
        join_phone(&r, i, t + 10, tok);
    unsigned char rnd[16];
    rnd_of(9999, rnd);
    assert_int_equal(post_n(&r, "/api/join", "code=4821", 9, "10.0.0.66", t + 20, rnd).status, 429);
    /* nor do other guessers, while their counts have room elsewhere (and
     * fewer than the overall limit) */
    char addr[48];
    for (int i = 0; i < 40; i++) {
        snprintf(addr, sizeof addr, "10.1.0.%d", i);
        assert_int_equal(post_n(&r, "/api/join", "code=1111", 9, addr, t + 30, NULL).status, 403);
    }
    assert_int_equal(post_n(&r, "/api/join", "code=4821", 9, "10.0.0.66", t + 40, rnd).status, 429);
    phone_room_free(&r);
}

/* One address holds PHONE_JOINS_PER_ADDRESS tokens: joining again retires
 * its oldest token and that token's vote, so one phone cannot vote many times
 * or fill the room. */
static void one_address_cannot_vote_many_times(void **state)
{
    (void)state;
    PhoneRoom r = fresh();
    assert_true(phone_room_show(&r, PHONE_OPEN, "Homework Night", 1, ABC, 3));
    char toks[10][PHONE_TOKEN_HEX + 1];
    unsigned char rnd[16];
    for (int i = 0; i < 10; i++) {
        rnd_of(100 + i, rnd);
        Call c = post_n(&r, "/api/join", "code=4821", 9, "192.168.1.66", 1000 + i, rnd);
        assert_int_equal(c.status, 200);
        hex_of(rnd, toks[i]);
        assert_int_equal(vote(&r, toks[i], 1, 'B').status, 200);
        if (i >= PHONE_JOINS_PER_ADDRESS) {
            /* the retired token is gone, and its vote with it */
            assert_int_equal(poll(&r, toks[i - PHONE_JOINS_PER_ADDRESS], 0).status, 401);
        }
    }
    assert_int_equal(r.counts[1], PHONE_JOINS_PER_ADDRESS);
    assert_int_equal(r.voted, PHONE_JOINS_PER_ADDRESS);
    assert_int_equal(r.n_phones, PHONE_JOINS_PER_ADDRESS);
    /* the retirement of a token with a vote is told to the game */
    rnd_of(200, rnd);
    Call c = post_n(&r, "/api/join", "code=4821", 9, "192.168.1.66", 2000, rnd);
    assert_true(c.event);
    assert_false(c.ev.joined);
    assert_int_equal(c.ev.from, 1);
    assert_int_equal(c.ev.to, -1);
    assert_int_equal(r.counts[1], PHONE_JOINS_PER_ADDRESS - 1);
    /* once the vote is closed, a retired token's vote stands: the game has
     * taken the count */
    char last[PHONE_TOKEN_HEX + 1];
    hex_of(rnd, last);
    assert_int_equal(vote(&r, last, 1, 'A').status, 200);
    assert_false(phone_room_show(&r, PHONE_CLOSED, "Homework Night", 1, ABC, 3));
    int before[3] = {r.counts[0], r.counts[1], r.counts[2]};
    for (int i = 0; i < PHONE_JOINS_PER_ADDRESS; i++) {
        rnd_of(300 + i, rnd);
        c = post_n(&r, "/api/join", "code=4821", 9, "192.168.1.66", 3000 + i, rnd);
        assert_int_equal(c.status, 200);
        assert_false(c.event);
    }
    assert_int_equal(r.counts[0], before[0]);
    assert_int_equal(r.counts[1], before[1]);
    assert_int_equal(r.counts[2], before[2]);
    /* another address joins as ever */
    char tok[PHONE_TOKEN_HEX + 1];
    join_phone(&r, 7, 4000, tok);
    assert_int_equal(r.n_phones, PHONE_JOINS_PER_ADDRESS + 1);
    phone_room_free(&r);
}

/* An answer not open now (the person flooded) takes no vote, and the phones
 * are told which. Reworded answers with the same ids keep their votes. */
static void answers_closed_and_reworded(void **state)
{
    (void)state;
    PhoneRoom r = fresh();
    char tok[PHONE_TOKEN_HEX + 1];
    join_phone(&r, 1, 1000, tok);
    PhoneAnswer a[3] = {{"Sit beside her", "b.1", true},
                        {"Just do the sums", "b.2", false},
                        {"I'll do it for you", "b.3", true}};
    assert_true(phone_room_show_answers(&r, PHONE_OPEN, "Homework Night", 1, a, 3));
    assert_non_null(strstr(poll(&r, tok, 0).json, "\"open\":[true,false,true]"));
    Call c = vote(&r, tok, 1, 'B');
    assert_int_equal(c.status, 409);
    assert_non_null(strstr(c.json, "Answer B is not open now."));
    assert_int_equal(vote(&r, tok, 1, 'C').status, 200);
    /* the story reloaded with C reworded and B open: the same decision */
    a[1].open = true;
    a[2].text = "I will do it for you";
    unsigned long seq = r.seq;
    assert_false(phone_room_show_answers(&r, PHONE_OPEN, "Homework Night", 1, a, 3));
    assert_int_equal(r.seq, seq + 1);
    assert_int_equal(r.counts[2], 1);
    c = poll(&r, tok, 0);
    assert_non_null(strstr(c.json, "\"I will do it for you\""));
    assert_non_null(strstr(c.json, "\"mine\":\"C\""));
    /* other ids: another decision */
    a[2].id = "b.9";
    assert_true(phone_room_show_answers(&r, PHONE_OPEN, "Homework Night", 1, a, 3));
    assert_int_equal(r.counts[2], 0);
    phone_room_free(&r);
}

/* Waiting between decisions hides the decision up; shown again, its votes
 * are all there. */
static void waiting_keeps_the_decision_votes(void **state)
{
    (void)state;
    PhoneRoom r = fresh();
    char tok[PHONE_TOKEN_HEX + 1];
    join_phone(&r, 1, 1000, tok);
    assert_true(phone_room_show(&r, PHONE_OPEN, "Homework Night", 2, ABC, 3));
    assert_int_equal(vote(&r, tok, 2, 'C').status, 200);
    assert_false(phone_room_show(&r, PHONE_WAITING, "Homework Night", 0, NULL, 0));
    assert_int_equal(vote(&r, tok, 2, 'A').status, 409); /* not while waiting */
    assert_false(phone_room_show(&r, PHONE_OPEN, "Homework Night", 2, ABC, 3));
    assert_int_equal(r.counts[2], 1);
    assert_int_equal(r.voted, 1);
    assert_non_null(strstr(poll(&r, tok, 0).json, "\"mine\":\"C\""));
    /* a NULL title is "" and stays the same title */
    unsigned long seq = r.seq;
    assert_false(phone_room_show(&r, PHONE_WAITING, NULL, 0, NULL, 0));
    assert_false(phone_room_show(&r, PHONE_WAITING, NULL, 0, NULL, 0));
    assert_int_equal(r.seq, seq + 1);
    phone_room_free(&r);
}

static void wrong_codes_from_many_addresses_hold_back_every_join(void **state)
{
    (void)state;
    PhoneRoom r = fresh();
    const long long t = 200000;
    char addr[48];
    /* PHONE_WRONG_ALL - 1 wrong codes from 15 addresses, none held back alone */
    int sent = 0;
    for (int a = 0; sent < PHONE_WRONG_ALL - 1; a++)
        for (int k = 0; k < PHONE_WRONG_MAX - 1 && sent < PHONE_WRONG_ALL - 1; k++, sent++) {
            snprintf(addr, sizeof addr, "10.9.0.%d", a);
            Call c = post_n(&r, "/api/join", "code=9999", 9, addr, t + sent, NULL);
            assert_int_equal(c.status, 403);
        }
    unsigned char rnd[16];
    rnd_of(1, rnd);
    Call c = post_n(&r, "/api/join", "code=4821", 9, "10.9.1.1", t + 100, rnd);
    assert_int_equal(c.status, 200); /* one short: joins still go */
    c = post_n(&r, "/api/join", "code=9999", 9, "10.9.1.2", t + 101, NULL);
    assert_int_equal(c.status, 403); /* the last straw */
    rnd_of(2, rnd);
    c = post_n(&r, "/api/join", "code=4821", 9, "10.9.1.3", t + 101, rnd);
    assert_int_equal(c.status, 429);
    /* this phone typed no wrong code: it is told the room's reason, not its own */
    assert_string_equal(c.json, "{\"error\":\"Too many wrong codes were tried in this room: "
                                "joining waits a few seconds. Try again soon.\",\"retry\":15}");
    c = post_n(&r, "/api/join", "code=4821", 9, "10.9.1.1", t + 101 + PHONE_WRONG_MS / 4 - 1, rnd);
    assert_int_equal(c.status, 429);
    c = post_n(&r, "/api/join", "code=4821", 9, "10.9.1.3", t + 101 + PHONE_WRONG_MS / 4, rnd);
    assert_int_equal(c.status, 200);
    assert_int_equal(r.n_phones, 2);
    phone_room_free(&r);
}

static void a_full_room_turns_phones_away(void **state)
{
    (void)state;
    PhoneRoom r = fresh();
    char tok[PHONE_TOKEN_HEX + 1];
    for (int i = 0; i < PHONES_MAX; i++)
        join_phone(&r, i, 1000, tok);
    assert_int_equal(r.n_phones, PHONES_MAX);
    unsigned char rnd[16];
    rnd_of(PHONES_MAX, rnd);
    Call c = post_n(&r, "/api/join", "code=4821", 9, "10.2.2.2", 1000, rnd);
    assert_int_equal(c.status, 503);
    assert_string_equal(c.json, "{\"error\":\"The room is full.\"}");
    assert_false(c.event);
    assert_int_equal(r.n_phones, PHONES_MAX);
    /* the wrong code is still the wrong code */
    c = post_n(&r, "/api/join", "code=4820", 9, "10.2.2.2", 1000, rnd);
    assert_int_equal(c.status, 403);
    /* the last one in still votes */
    const char *const two[] = {"Yes", "No"};
    phone_room_show(&r, PHONE_OPEN, "S", 1, two, 2);
    assert_int_equal(vote(&r, tok, 1, 'B').status, 200);
    assert_int_equal(r.counts[1], 1);
    phone_room_free(&r);
}

/* ---- the state ---------------------------------------------------------- */

static void the_state_changes_with_seq(void **state)
{
    (void)state;
    PhoneRoom r = fresh();
    char tok[PHONE_TOKEN_HEX + 1];
    join_phone(&r, 0, 1000, tok);

    Call c = poll(&r, tok, 0);
    assert_int_equal(c.status, 200);
    assert_string_equal(c.json, "{\"seq\":1,\"story\":\"\",\"status\":\"waiting\"}");
    assert_false(c.event);
    c = poll(&r, tok, 1);
    assert_string_equal(c.json, "{\"seq\":1}");

    assert_true(phone_room_show(&r, PHONE_OPEN, "Homework Night", 4, ABC, 3));
    c = poll(&r, tok, 1);
    assert_string_equal(c.json, "{\"seq\":2,\"story\":\"Homework Night\",\"status\":\"open\","
                                "\"decision\":4,\"answers\":[\"Sit beside her\",\"Just do the "
                                "sums\",\"I'll do it for you\"],\"open\":[true,true,true],"
                                "\"mine\":null}");
    assert_string_equal(poll(&r, tok, 2).json, "{\"seq\":2}");
    /* no 'seen', or a 'seen' ahead of the room (a restarted game): all of it */
    assert_non_null(strstr(poll(&r, tok, -1).json, "\"status\":\"open\""));
    assert_non_null(strstr(poll(&r, tok, 99).json, "\"seq\":2,"));
    /* showing the same again changes nothing */
    assert_false(phone_room_show(&r, PHONE_OPEN, "Homework Night", 4, ABC, 3));
    assert_string_equal(poll(&r, tok, 2).json, "{\"seq\":2}");

    /* mine: the phone's own vote, and only its own */
    assert_int_equal(vote(&r, tok, 4, 'B').status, 200);
    assert_string_equal(poll(&r, tok, 2).json, "{\"seq\":2}"); /* a vote is no new state */
    c = poll(&r, tok, 0);
    assert_non_null(strstr(c.json, ",\"mine\":\"B\"}"));
    char other[PHONE_TOKEN_HEX + 1];
    join_phone(&r, 1, 1000, other);
    assert_non_null(strstr(poll(&r, other, 0).json, ",\"mine\":null}"));

    assert_false(phone_room_show(&r, PHONE_CLOSED, "Homework Night", 4, ABC, 3));
    c = poll(&r, tok, 2);
    assert_string_equal(c.json, "{\"seq\":3,\"story\":\"Homework Night\",\"status\":\"closed\","
                                "\"decision\":4,\"answers\":[\"Sit beside her\",\"Just do the "
                                "sums\",\"I'll do it for you\"],\"open\":[true,true,true],"
                                "\"mine\":\"B\"}");
    assert_false(phone_room_show(&r, PHONE_WAITING, "Homework Night", 0, NULL, 0));
    assert_string_equal(poll(&r, tok, 3).json,
                        "{\"seq\":4,\"story\":\"Homework Night\",\"status\":\"waiting\"}");
    assert_false(phone_room_show(&r, PHONE_WAITING, "Homework Night", 0, NULL, 0));
    assert_int_equal(r.seq, 4);
    assert_false(phone_room_show(&r, PHONE_ENDED, "Homework Night", 0, NULL, 0));
    assert_string_equal(poll(&r, tok, 4).json,
                        "{\"seq\":5,\"story\":\"Homework Night\",\"status\":\"ended\"}");

    /* refused: no token, a token the room never gave, other fields */
    c = post(&r, "/api/state", "seen=0");
    assert_int_equal(c.status, 401);
    assert_string_equal(c.json, "{\"error\":\"Join with the room code first.\"}");
    c = poll(&r, "ffffffffffffffffffffffffffffffff", 0);
    assert_int_equal(c.status, 401);
    assert_string_equal(c.json,
                        "{\"error\":\"This phone's place has gone (the game was restarted, or "
                        "it joined again from another tab): join again with the room code.\"}");
    char body[128];
    snprintf(body, sizeof body, "token=%s&seen=1&decision=4", tok);
    c = post(&r, "/api/state", body);
    assert_int_equal(c.status, 400);
    assert_string_equal(c.json,
                        "{\"error\":\"Asking for the state takes the token and 'seen' alone.\"}");
    snprintf(body, sizeof body, "code=4821&token=%s", tok);
    assert_int_equal(post(&r, "/api/state", body).status, 400);

    /* other paths */
    const char *paths[] = {"/",          "/api", "/api/join/", "/api/State",
                           "/api/votes", "",     "/api/join?x"};
    for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        c = post(&r, paths[i], "code=4821");
        assert_int_equal(c.status, 404);
        assert_string_equal(c.json, "{\"error\":\"There is nothing here.\"}");
        assert_false(c.event);
    }
    assert_int_equal(r.n_phones, 2);
    phone_room_free(&r);
}

/* ---- votes -------------------------------------------------------------- */

static void assert_counts(const PhoneRoom *r, int a, int b, int c)
{
    assert_int_equal(r->counts[0], a);
    assert_int_equal(r->counts[1], b);
    assert_int_equal(r->counts[2], c);
    assert_int_equal(r->voted, a + b + c);
}

static void assert_event(const Call *c, int generation, int from, int to)
{
    assert_true(c->event);
    assert_false(c->ev.joined);
    assert_int_equal(c->ev.generation, generation);
    assert_int_equal(c->ev.from, from);
    assert_int_equal(c->ev.to, to);
}

static void one_vote_per_phone_per_decision(void **state)
{
    (void)state;
    PhoneRoom r = fresh();
    char p1[PHONE_TOKEN_HEX + 1], p2[PHONE_TOKEN_HEX + 1];
    join_phone(&r, 1, 1000, p1);
    join_phone(&r, 2, 1000, p2);

    /* nothing up yet */
    Call c = vote(&r, p1, 1, 'A');
    assert_int_equal(c.status, 409);
    assert_string_equal(c.json, "{\"error\":\"The vote on decision 1 is closed.\",\"seq\":1}");
    assert_false(c.event);

    assert_true(phone_room_show(&r, PHONE_OPEN, "Homework Night", 4, ABC, 3));
    assert_int_equal(r.generation, 1);
    c = vote(&r, p1, 4, 'A');
    assert_int_equal(c.status, 200);
    assert_string_equal(c.json, "{\"ok\":true,\"mine\":\"A\",\"seq\":2}");
    assert_event(&c, 1, -1, 0);
    assert_counts(&r, 1, 0, 0);
    /* the same answer again: nothing changes, nothing to tell */
    c = vote(&r, p1, 4, 'A');
    assert_int_equal(c.status, 200);
    assert_string_equal(c.json, "{\"ok\":true,\"mine\":\"A\",\"seq\":2}");
    assert_false(c.event);
    assert_counts(&r, 1, 0, 0);
    /* a change moves the vote */
    c = vote(&r, p1, 4, 'C');
    assert_int_equal(c.status, 200);
    assert_event(&c, 1, 0, 2);
    assert_counts(&r, 0, 0, 1);
    c = vote(&r, p2, 4, 'C');
    assert_event(&c, 1, -1, 2);
    assert_counts(&r, 0, 0, 2);

    /* out of range, stale, wrong shape */
    c = vote(&r, p1, 4, 'D');
    assert_int_equal(c.status, 400);
    assert_string_equal(c.json, "{\"error\":\"There is no answer D on decision 4.\"}");
    assert_false(c.event);
    c = vote(&r, p1, 4, 'I');
    assert_string_equal(c.json, "{\"error\":\"There is no answer I on decision 4.\"}");
    c = vote(&r, p1, 3, 'A');
    assert_int_equal(c.status, 409);
    assert_string_equal(
        c.json, "{\"error\":\"Decision 3 has passed: the room is on decision 4.\",\"seq\":2}");
    assert_false(c.event);
    char body[128];
    snprintf(body, sizeof body, "token=%s&decision=4", p1);
    c = post(&r, "/api/vote", body);
    assert_int_equal(c.status, 400);
    assert_string_equal(c.json, "{\"error\":\"A vote is a decision and an answer.\"}");
    snprintf(body, sizeof body, "token=%s&answer=A", p1);
    assert_int_equal(post(&r, "/api/vote", body).status, 400);
    snprintf(body, sizeof body, "token=%s&decision=4&answer=A&seen=2", p1);
    assert_int_equal(post(&r, "/api/vote", body).status, 400);
    snprintf(body, sizeof body, "token=%s&decision=4&answer=A&code=4821", p1);
    assert_int_equal(post(&r, "/api/vote", body).status, 400);
    c = post(&r, "/api/vote", "decision=4&answer=A");
    assert_int_equal(c.status, 401);
    c = vote(&r, "00000000000000000000000000000000", 4, 'A');
    assert_int_equal(c.status, 401);
    assert_false(c.event);
    assert_counts(&r, 0, 0, 2);

    /* closed: a late vote is refused and counts nothing */
    assert_false(phone_room_show(&r, PHONE_CLOSED, "Homework Night", 4, ABC, 3));
    c = vote(&r, p1, 4, 'B');
    assert_int_equal(c.status, 409);
    assert_string_equal(c.json, "{\"error\":\"The vote on decision 4 is closed.\",\"seq\":3}");
    assert_false(c.event);
    assert_counts(&r, 0, 0, 2);

    /* opened again: the same decision keeps its votes, and they still change */
    assert_false(phone_room_show(&r, PHONE_OPEN, "Homework Night", 4, ABC, 3));
    assert_int_equal(r.generation, 1);
    assert_counts(&r, 0, 0, 2);
    assert_non_null(strstr(poll(&r, p1, 0).json, "\"mine\":\"C\""));
    c = vote(&r, p1, 4, 'B');
    assert_event(&c, 1, 2, 1);
    assert_counts(&r, 0, 1, 1);

    /* the same number with other answers (the story changed): a new decision */
    const char *const changed[] = {"Sit beside her", "Do the sums", "I'll do it for you"};
    assert_true(phone_room_show(&r, PHONE_OPEN, "Homework Night", 4, changed, 3));
    assert_int_equal(r.generation, 2);
    assert_counts(&r, 0, 0, 0);
    assert_true(phone_room_show(&r, PHONE_OPEN, "Homework Night", 4, changed, 2));
    assert_int_equal(r.generation, 3);

    /* a new decision: no votes, nobody's vote carried over */
    const char *const two[] = {"Stay", "Go"};
    assert_true(phone_room_show(&r, PHONE_OPEN, "Homework Night", 5, two, 2));
    assert_int_equal(r.generation, 4);
    assert_counts(&r, 0, 0, 0);
    assert_non_null(strstr(poll(&r, p1, 0).json, "\"mine\":null"));
    c = vote(&r, p1, 4, 'A');
    assert_int_equal(c.status, 409);
    assert_string_equal(
        c.json, "{\"error\":\"Decision 4 has passed: the room is on decision 5.\",\"seq\":7}");
    c = vote(&r, p1, 5, 'C');
    assert_int_equal(c.status, 400);
    assert_string_equal(c.json, "{\"error\":\"There is no answer C on decision 5.\"}");
    c = vote(&r, p1, 5, 'B');
    assert_event(&c, 4, -1, 1);
    assert_counts(&r, 0, 1, 0);

    /* between decisions and after the end: closed */
    assert_false(phone_room_show(&r, PHONE_WAITING, "Homework Night", 0, NULL, 0));
    c = vote(&r, p2, 5, 'A');
    assert_int_equal(c.status, 409);
    assert_string_equal(c.json, "{\"error\":\"The vote on decision 5 is closed.\",\"seq\":8}");
    assert_false(phone_room_show(&r, PHONE_ENDED, "Homework Night", 0, NULL, 0));
    assert_int_equal(vote(&r, p2, 5, 'A').status, 409);
    assert_int_equal(r.voted, 1);
    phone_room_free(&r);
}

/* The story's words reach the phones plain and escaped. */
static void answers_are_plain_and_escaped(void **state)
{
    (void)state;
    PhoneRoom r = fresh();
    char tok[PHONE_TOKEN_HEX + 1];
    join_phone(&r, 0, 1000, tok);
    const char *const marked[] = {"I *really* care", "Say \"no\"\nthen **go**",
                                  "Pick up the [[pencil|rescue]]", "caf\xc3\xa9 \xe2\x80\x94 ok"};
    assert_true(phone_room_show(&r, PHONE_OPEN, "Homework \"Night\"\n*Two*", 1, marked, 4));
    Call c = poll(&r, tok, 0);
    assert_string_equal(c.json, "{\"seq\":2,\"story\":\"Homework \\\"Night\\\"\\u000aTwo\","
                                "\"status\":\"open\",\"decision\":1,\"answers\":[\"I really "
                                "care\",\"Say \\\"no\\\"\\u000athen go\",\"Pick up the "
                                "pencil\",\"caf\xc3\xa9 \xe2\x80\x94 ok\"],"
                                "\"open\":[true,true,true,true],\"mine\":null}");
    /* the same words with their markup are the same decision */
    const char *const plain[] = {"I really care", "Say \"no\"\nthen go", "Pick up the pencil",
                                 "caf\xc3\xa9 \xe2\x80\x94 ok"};
    assert_int_equal(vote(&r, tok, 1, 'A').status, 200);
    assert_false(phone_room_show(&r, PHONE_OPEN, "Homework \"Night\"\nTwo", 1, plain, 4));
    assert_int_equal(r.counts[0], 1);
    assert_int_equal(r.seq, 2);
    phone_room_free(&r);
}

/* A story's answer may be up to 4,000 bytes (story.c's STORY_TEXT_MAX):
 * one that long is still the same decision when the vote closes and opens
 * again, so its votes stay. */
static void a_long_answer_keeps_its_votes(void **state)
{
    (void)state;
    PhoneRoom r = fresh();
    char tok[PHONE_TOKEN_HEX + 1];
    join_phone(&r, 0, 1000, tok);
    enum { LONG = 3000 };
    char *text = malloc(LONG + 1);
    assert_non_null(text);
    for (int i = 0; i < LONG; i++)
        text[i] = (char)('a' + i % 26);
    text[LONG] = '\0';
    const char *const answers[] = {"Short", text};
    assert_true(phone_room_show(&r, PHONE_OPEN, "Long", 1, answers, 2));
    assert_int_equal(vote(&r, tok, 1, 'B').status, 200);
    assert_false(phone_room_show(&r, PHONE_OPEN, "Long", 1, answers, 2));
    assert_false(phone_room_show(&r, PHONE_CLOSED, "Long", 1, answers, 2));
    assert_int_equal(r.generation, 1);
    assert_int_equal(r.counts[1], 1);
    assert_int_equal(r.voted, 1);
    assert_int_equal(strlen(r.answers[1]), LONG);
    assert_false(phone_room_show(&r, PHONE_OPEN, "Long", 1, answers, 2));
    assert_int_equal(r.counts[1], 1);
    assert_int_equal(r.seq, 4); /* open, closed, open: nothing more */
    Call c = poll(&r, tok, 0);
    assert_non_null(strstr(c.json, "\"mine\":\"B\""));
    free(text);
    phone_room_free(&r);
}

/* Memory running out while a decision is shown: the phones wait. */
static void out_of_memory_shows_waiting(void **state)
{
    (void)state;
    PhoneRoom r = fresh();
    char tok[PHONE_TOKEN_HEX + 1];
    join_phone(&r, 0, 1000, tok);
    /* four copies are made: the story (kept once made) and three answers */
    long k = 0;
    for (; k < 5; k++) {
        alloc_fail_after(k);
        bool gen = phone_room_show(&r, PHONE_OPEN, "Homework Night", (int)k + 1, ABC, 3);
        alloc_fail_off();
        if (gen) {
            assert_int_equal(r.status, PHONE_OPEN);
            break;
        }
        assert_int_equal(r.status, PHONE_WAITING);
        Call c = poll(&r, tok, 0);
        assert_int_equal(c.status, 200);
        assert_non_null(strstr(c.json, "\"status\":\"waiting\"}"));
    }
    assert_int_equal(k, 3); /* the story failed at 0; answers at 1 and 2 (the story kept) */
    phone_room_free(&r);
    alloc_fail_after(0);
    assert_false(phone_room_init(&r, CODE));
    alloc_fail_off();
}

/* ---- a tally ------------------------------------------------------------ */

static unsigned long long rng_state;

static unsigned next(unsigned n)
{
    rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (unsigned)((rng_state >> 33) % n);
}

/* The room's counts against those of each phone's last vote here. */
static void assert_tally(const PhoneRoom *r, const int *mine, int n, int n_answers)
{
    int counts[STORY_MAX_CHOICES] = {0}, voted = 0;
    for (int i = 0; i < n; i++)
        if (mine[i] >= 0) {
            counts[mine[i]]++;
            voted++;
        }
    int sum = 0;
    for (int k = 0; k < STORY_MAX_CHOICES; k++) {
        assert_int_equal(r->counts[k], k < n_answers ? counts[k] : 0);
        assert_true(r->counts[k] >= 0);
        sum += r->counts[k];
    }
    assert_int_equal(r->voted, voted);
    assert_int_equal(sum, voted);
    assert_int_equal(voted, n); /* the mix reaches every phone */
}

/* 200 phones vote and change their minds at random, over a closing, a
 * reopening and a second decision: the room's counts are those counted here
 * from what each phone last voted, and every event says what moved. */
static void two_hundred_phones_tally_right(void **state)
{
    (void)state;
    enum { N = 200, ANSWERS = 5 };
    static const char *const five[ANSWERS] = {"One", "Two", "Three", "Four", "Five"};
    PhoneRoom r = fresh();
    static char tok[N][PHONE_TOKEN_HEX + 1];
    for (int i = 0; i < N; i++)
        join_phone(&r, i, 1000, tok[i]);
    int mine[N], events = 0, changes = 0;
    for (int i = 0; i < N; i++)
        mine[i] = -1;
    int decision = 3, generation = 1;
    assert_true(phone_room_show(&r, PHONE_OPEN, "Tally", decision, five, ANSWERS));
    bool open = true;
    rng_state = 20261206;
    for (int op = 0; op < 6000; op++) {
        if (op == 2000 || op == 2600) { /* closed a while, then opened again */
            open = op == 2600;
            assert_false(phone_room_show(&r, open ? PHONE_OPEN : PHONE_CLOSED, "Tally", decision,
                                         five, ANSWERS));
        }
        if (op == 4000) { /* the next decision */
            assert_tally(&r, mine, N, ANSWERS);
            decision++;
            generation++;
            assert_true(phone_room_show(&r, PHONE_OPEN, "Tally", decision, five + 1, 4));
            for (int i = 0; i < N; i++)
                mine[i] = -1;
        }
        int n_answers = decision == 3 ? ANSWERS : 4;
        int p = (int)next(N);
        int a = (int)next((unsigned)n_answers + 1); /* sometimes one too far */
        Call c = vote(&r, tok[p], decision, (char)('A' + a));
        if (!open) {
            assert_int_equal(c.status, 409);
            assert_false(c.event);
            continue;
        }
        if (a == n_answers) {
            assert_int_equal(c.status, 400);
            assert_false(c.event);
            continue;
        }
        assert_int_equal(c.status, 200);
        if (mine[p] == a) {
            assert_false(c.event);
        } else {
            assert_event(&c, generation, mine[p], a);
            events++;
            changes += mine[p] >= 0;
            mine[p] = a;
        }
        if (op % 500 == 0) { /* a phone polls and sees its own vote */
            char want[16];
            snprintf(want, sizeof want, "\"mine\":\"%c\"}", 'A' + a);
            assert_non_null(strstr(poll(&r, tok[p], 0).json, want));
        }
    }
    assert_tally(&r, mine, N, 4);
    /* the mix did what it is for: many first votes and many changes */
    assert_true(events > 1000);
    assert_true(changes > 500);
    phone_room_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_field_reads_in_its_own_form),
        cmocka_unit_test(anything_else_is_refused_with_its_reason),
        cmocka_unit_test(a_body_is_read_up_to_256_bytes),
        cmocka_unit_test(the_room_code_gives_a_token),
        cmocka_unit_test(wrong_codes_hold_back_one_address_for_a_minute),
        cmocka_unit_test(wrong_codes_from_many_addresses_hold_back_every_join),
        cmocka_unit_test(joining_phones_do_not_free_a_held_back_address),
        cmocka_unit_test(waiting_keeps_the_decision_votes),
        cmocka_unit_test(one_address_cannot_vote_many_times),
        cmocka_unit_test(answers_closed_and_reworded),
        cmocka_unit_test(a_full_room_turns_phones_away),
        cmocka_unit_test(the_state_changes_with_seq),
        cmocka_unit_test(one_vote_per_phone_per_decision),
        cmocka_unit_test(answers_are_plain_and_escaped),
        cmocka_unit_test(a_long_answer_keeps_its_votes),
        cmocka_unit_test(out_of_memory_shows_waiting),
        cmocka_unit_test(two_hundred_phones_tally_right),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
