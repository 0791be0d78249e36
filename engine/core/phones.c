/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The phone vote room (phones.h): the request reader, the votes, the
 * wrong-code limits, and the JSON replies. Layer: core. */
#include "attune/phones.h"

#include "attune/alloc.h"
#include "attune/i18n.h"
#include "attune/log.h"
#include "attune/markup.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ---- reading a body ---- */

static bool all_digits(const char *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (v[i] < '0' || v[i] > '9')
            return false;
    return true;
}

static unsigned long number(const char *v, size_t n)
{
    unsigned long x = 0;
    for (size_t i = 0; i < n; i++)
        x = x * 10 + (unsigned long)(v[i] - '0');
    return x;
}

/* One "key=value" of n bytes into r. */
static bool parse_field(const char *f, size_t n, PhoneRequest *r, const char **why)
{
    const char *eq = memchr(f, '=', n);
    if (!eq) {
        *why = N_("A field has no value.");
        return false;
    }
    size_t kn = (size_t)(eq - f);
    const char *v = eq + 1;
    size_t vn = n - kn - 1;
    if (vn == 0) {
        *why = N_("A field is empty.");
        return false;
    }
    for (size_t i = 0; i < vn; i++) {
        char c = v[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
            *why = N_("A value holds a character it may not.");
            return false;
        }
    }
#define KEY(name) (kn == sizeof name - 1 && memcmp(f, name, kn) == 0)
    if (KEY("code")) {
        if (r->has_code || vn != 4 || !all_digits(v, vn)) {
            *why = N_("The room code is 4 digits.");
            return false;
        }
        r->has_code = true;
        r->code = (int)number(v, vn);
    } else if (KEY("token")) {
        if (r->has_token || vn != PHONE_TOKEN_HEX) {
            *why = N_("The phone's token is not one the game gives.");
            return false;
        }
        for (size_t i = 0; i < vn; i++)
            if (!((v[i] >= '0' && v[i] <= '9') || (v[i] >= 'a' && v[i] <= 'f'))) {
                *why = N_("The phone's token is not one the game gives.");
                return false;
            }
        r->has_token = true;
        memcpy(r->token, v, vn);
        r->token[vn] = '\0';
    } else if (KEY("seen")) {
        if (r->has_seen || vn > 9 || !all_digits(v, vn)) {
            *why = N_("'seen' is a number.");
            return false;
        }
        r->has_seen = true;
        r->seen = number(v, vn);
    } else if (KEY("decision")) {
        if (r->has_decision || vn > 4 || !all_digits(v, vn) || number(v, vn) == 0) {
            *why = N_("A decision is a number from 1.");
            return false;
        }
        r->has_decision = true;
        r->decision = (int)number(v, vn);
    } else if (KEY("answer")) {
        if (r->has_answer || vn != 1 || v[0] < 'A' || v[0] >= 'A' + STORY_MAX_CHOICES) {
            *why = N_("An answer is one capital letter.");
            return false;
        }
        r->has_answer = true;
        r->answer = v[0] - 'A';
    } else {
        *why = N_("The request has a field the game does not know.");
        return false;
    }
#undef KEY
    return true;
}

bool phone_parse(const char *body, size_t n, PhoneRequest *r, const char **why)
{
    memset(r, 0, sizeof *r);
    r->answer = -1;
    *why = NULL;
    if (n > PHONE_BODY_MAX) {
        *why = N_("The request is too long.");
        return false;
    }
    size_t i = 0;
    while (i < n) {
        const char *amp = memchr(body + i, '&', n - i);
        size_t end = amp ? (size_t)(amp - body) : n;
        if (end == i) {
            *why = N_("The request has an empty field.");
            return false;
        }
        if (!parse_field(body + i, end - i, r, why))
            return false;
        i = end + 1;
        if (amp && i == n) {
            *why = N_("The request has an empty field.");
            return false;
        }
    }
    return true;
}

/* ---- the room ---- */

bool phone_room_init(PhoneRoom *r, int code)
{
    memset(r, 0, sizeof *r);
    r->code = code < 0 ? 0 : code % 10000;
    r->seq = 1;
    r->key = 0x9e3779b97f4a7c15ULL;
    r->phones = attune_calloc(PHONES_MAX, sizeof *r->phones);
    return r->phones != NULL;
}

void phone_room_key(PhoneRoom *r, unsigned long long key)
{
    r->key = key;
}

/* The address hashed with the room's key (FNV-1a over the key's bytes and
 * the address's): the same address, the same hash, within one room. */
static unsigned long long where_of(const PhoneRoom *r, const char *addr)
{
    unsigned long long h = 0xcbf29ce484222325ULL;
    for (int i = 0; i < 8; i++) {
        h ^= (r->key >> (8 * i)) & 0xff;
        h *= 0x100000001b3ULL;
    }
    for (const unsigned char *p = (const unsigned char *)addr; *p; p++) {
        h ^= *p;
        h *= 0x100000001b3ULL;
    }
    return h;
}

static void clear_answers(PhoneRoom *r)
{
    for (int i = 0; i < STORY_MAX_CHOICES; i++) {
        attune_free(r->answers[i]);
        r->answers[i] = NULL;
        attune_free(r->ids[i]);
        r->ids[i] = NULL;
        r->open[i] = false;
    }
    r->n_answers = 0;
}

void phone_room_free(PhoneRoom *r)
{
    if (!r)
        return;
    clear_answers(r);
    attune_free(r->story);
    attune_free(r->phones);
    memset(r, 0, sizeof *r);
}

static char *plain_copy(const char *s)
{
    if (!s)
        s = "";
    size_t n = strlen(s) + 1;
    char *p = attune_malloc(n);
    if (p)
        markup_plain(s, p, n);
    return p;
}

/* Whether b, made plain, is a (as plain_copy made it). The plain text takes
 * b's room at most, as in plain_copy: a story's answer may be 4,000 bytes. */
static bool same_text(const char *a, const char *b)
{
    if (!b)
        b = "";
    char small[2048], *buf = small;
    size_t n = strlen(b) + 1;
    if (n > sizeof small && !(buf = attune_malloc(n)))
        return false;
    markup_plain(b, buf, n);
    bool same = a && strcmp(a, buf) == 0;
    if (buf != small)
        attune_free(buf);
    return same;
}

/* Is answer i of the decision up the same answer as a? By its id when both
 * have one, else by its text. */
static bool same_answer(const PhoneRoom *r, int i, const PhoneAnswer *a)
{
    if (r->ids[i] && a->id)
        return strcmp(r->ids[i], a->id) == 0;
    if (r->ids[i] || a->id)
        return false;
    return same_text(r->answers[i], a->text);
}

bool phone_room_show_answers(PhoneRoom *r, PhoneStatus status, const char *story, int decision,
                             const PhoneAnswer *answers, int n)
{
    bool with_decision = status == PHONE_OPEN || status == PHONE_CLOSED;
    if (!story)
        story = "";
    if (n < 0 || !answers)
        n = 0;
    if (n > STORY_MAX_CHOICES)
        n = STORY_MAX_CHOICES;
    bool same_story = r->story && same_text(r->story, story);
    bool same_decision = r->generation > 0 && r->decision == decision && r->n_answers == n;
    bool same_words = same_decision;
    for (int i = 0; same_decision && i < n; i++) {
        same_decision = same_answer(r, i, &answers[i]);
        same_words = same_words && same_decision && r->open[i] == answers[i].open &&
                     same_text(r->answers[i], answers[i].text);
    }
    if (r->status == status && same_story && (!with_decision || same_words))
        return false;
    r->seq++;
    if (!same_story) {
        char *p = plain_copy(story);
        if (!p) {
            r->status = PHONE_WAITING;
            return false;
        }
        attune_free(r->story);
        r->story = p;
    }
    /* Waiting or ended, the decision up is kept (hidden): shown again, its
     * votes are still there. */
    r->status = status;
    if (!with_decision)
        return false;
    if (same_decision) {
        /* the same answers, perhaps reworded or opened: votes kept */
        for (int i = 0; i < n; i++) {
            r->open[i] = answers[i].open;
            if (same_text(r->answers[i], answers[i].text))
                continue;
            char *p = plain_copy(answers[i].text);
            if (p) {
                attune_free(r->answers[i]);
                r->answers[i] = p;
            }
        }
        return false;
    }
    clear_answers(r);
    r->generation++;
    r->decision = decision;
    memset(r->counts, 0, sizeof r->counts);
    r->voted = 0;
    for (int i = 0; i < n; i++) {
        r->answers[i] = plain_copy(answers[i].text);
        r->ids[i] = str_dup(answers[i].id);
        r->open[i] = answers[i].open;
        if (!r->answers[i] || (answers[i].id && !r->ids[i])) {
            clear_answers(r);
            r->status = PHONE_WAITING;
            return false;
        }
        r->n_answers = i + 1;
    }
    return true;
}

bool phone_room_show(PhoneRoom *r, PhoneStatus status, const char *story, int decision,
                     const char *const *answers, int n)
{
    PhoneAnswer a[STORY_MAX_CHOICES];
    if (n > STORY_MAX_CHOICES)
        n = STORY_MAX_CHOICES;
    for (int i = 0; i < n; i++)
        a[i] = (PhoneAnswer){answers[i], NULL, true};
    return phone_room_show_answers(r, status, story, decision, a, n);
}

/* ---- replies ---- */

static void json_string(StrBuf *out, const char *s)
{
    strbuf_puts(out, "\"");
    strbuf_json(out, s ? s : "");
    strbuf_puts(out, "\"");
}

/* `{"error":"..."` with more fields to follow (the caller closes it). */
static void error_open(StrBuf *out, const char *fmt, ...) LOG_PRINTF(2, 3);
static void error_open(StrBuf *out, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    strbuf_puts(out, "{\"error\":");
    json_string(out, msg);
}

/* `{"error":"..."}`: a refusal and nothing else. */
#define error_reply(out, ...) (error_open((out), __VA_ARGS__), strbuf_puts((out), "}"))

static Phone *find_phone(PhoneRoom *r, const char *token)
{
    for (int i = 0; i < r->n_phones; i++)
        if (strcmp(r->phones[i].token, token) == 0)
            return &r->phones[i];
    return NULL;
}

static const char *status_word(PhoneStatus s)
{
    switch (s) {
    case PHONE_OPEN:
        return "open";
    case PHONE_CLOSED:
        return "closed";
    case PHONE_ENDED:
        return "ended";
    case PHONE_WAITING:
        break;
    }
    return "waiting";
}

static int mine_of(const PhoneRoom *r, const Phone *p)
{
    return p && r->generation > 0 && p->generation == r->generation ? p->answer : -1;
}

static void state_reply(const PhoneRoom *r, const Phone *p, StrBuf *out)
{
    strbuf_printf(out, "{\"seq\":%lu,\"story\":", r->seq);
    json_string(out, r->story);
    strbuf_printf(out, ",\"status\":\"%s\"", status_word(r->status));
    if (r->status == PHONE_OPEN || r->status == PHONE_CLOSED) {
        strbuf_printf(out, ",\"decision\":%d,\"answers\":[", r->decision);
        for (int i = 0; i < r->n_answers; i++) {
            if (i)
                strbuf_puts(out, ",");
            json_string(out, r->answers[i]);
        }
        strbuf_puts(out, "],\"open\":[");
        for (int i = 0; i < r->n_answers; i++)
            strbuf_printf(out, "%s%s", i ? "," : "", r->open[i] ? "true" : "false");
        strbuf_puts(out, "]");
        int m = mine_of(r, p);
        if (m >= 0)
            strbuf_printf(out, ",\"mine\":\"%c\"", 'A' + m);
        else
            strbuf_puts(out, ",\"mine\":null");
    }
    strbuf_puts(out, "}");
}

/* The wrong-code count of `addr`, or NULL when it has none. */
static PhoneLimit *limit_find(PhoneRoom *r, const char *addr)
{
    for (int i = 0; i < PHONE_LIMIT_SLOTS; i++)
        if (r->limits[i].addr[0] && strcmp(r->limits[i].addr, addr) == 0)
            return &r->limits[i];
    return NULL;
}

/* A count for `addr`'s first wrong code: a free slot, else the oldest one
 * not held back, else the one held back the shortest while more. Only wrong
 * codes take slots, so phones joining never push a held-back one out. */
static PhoneLimit *limit_take(PhoneRoom *r, const char *addr, long long now)
{
    PhoneLimit *best = NULL;
    for (int i = 0; i < PHONE_LIMIT_SLOTS; i++) {
        PhoneLimit *l = &r->limits[i];
        if (!l->addr[0]) {
            best = l;
            break;
        }
        bool held = now < l->locked_until;
        if (!best) {
            best = l;
            continue;
        }
        bool best_held = now < best->locked_until;
        if ((best_held && !held) || (!held && !best_held && l->since < best->since) ||
            (held && best_held && l->locked_until < best->locked_until))
            best = l;
    }
    memset(best, 0, sizeof *best);
    snprintf(best->addr, sizeof best->addr, "%s", addr);
    best->since = now;
    return best;
}

static PhoneReply join(PhoneRoom *r, const PhoneRequest *q, const char *addr, long long now,
                       const unsigned char rnd[16], StrBuf *out, PhoneEvent *ev)
{
    PhoneReply rep = {200, false};
    if (!q->has_code || q->has_token || q->has_seen || q->has_decision || q->has_answer) {
        error_reply(out, _("Joining takes the room code alone."));
        rep.status = 400;
        return rep;
    }
    if (!addr)
        addr = "";
    /* counts whose minute and hold are over are forgotten, address and all */
    for (int i = 0; i < PHONE_LIMIT_SLOTS; i++) {
        PhoneLimit *k = &r->limits[i];
        if (k->addr[0] && now - k->since > PHONE_WRONG_MS && now >= k->locked_until)
            memset(k, 0, sizeof *k);
    }
    PhoneLimit *l = limit_find(r, addr);
    if (l && now - l->since > PHONE_WRONG_MS && now >= l->locked_until) {
        l->wrong = 0;
        l->since = now;
    }
    if (now - r->wrong_all_since > PHONE_WRONG_MS) {
        r->wrong_all = 0;
        r->wrong_all_since = now;
    }
    long long mine = l ? l->locked_until : 0;
    if (now < mine || now < r->all_locked_until) {
        long long until = mine > r->all_locked_until ? mine : r->all_locked_until;
        if (now < mine)
            error_open(out, "%s",
                       _("Too many wrong codes from this phone: wait a minute, then "
                         "try again."));
        else
            error_open(out, "%s",
                       _("Too many wrong codes were tried in this room: joining "
                         "waits a few seconds. Try again soon."));
        strbuf_printf(out, ",\"retry\":%lld}", (until - now + 999) / 1000);
        rep.status = 429;
        return rep;
    }
    if (q->code != r->code) {
        if (!l)
            l = limit_take(r, addr, now);
        l->wrong++;
        r->wrong_all++;
        if (l->wrong >= PHONE_WRONG_MAX)
            l->locked_until = now + PHONE_WRONG_MS;
        if (r->wrong_all >= PHONE_WRONG_ALL)
            r->all_locked_until = now + PHONE_WRONG_MS / 4;
        error_reply(out, _("That is not the room code: look for the 4 digits on the screen."));
        rep.status = 403;
        return rep;
    }
    /* One address holds a few tokens at most (a reload that lost its
     * token, a second tab): past that, its oldest token is retired with its
     * vote, so one phone cannot vote many times or fill the room. */
    unsigned long long where = where_of(r, addr);
    int same = 0, oldest = -1;
    for (int i = 0; i < r->n_phones; i++)
        if (r->phones[i].token[0] && r->phones[i].where == where) {
            same++;
            if (oldest < 0 || r->phones[i].since < r->phones[oldest].since)
                oldest = i;
        }
    bool retire = same >= PHONE_JOINS_PER_ADDRESS;
    if (!retire && r->n_phones >= PHONES_MAX) {
        error_reply(out, _("The room is full."));
        rep.status = 503;
        return rep;
    }
    char token[PHONE_TOKEN_HEX + 1];
    static const char HEX[] = "0123456789abcdef";
    for (int i = 0; i < 16; i++) {
        token[2 * i] = HEX[rnd[i] >> 4];
        token[2 * i + 1] = HEX[rnd[i] & 15];
    }
    token[PHONE_TOKEN_HEX] = '\0';
    if (find_phone(r, token)) { /* 2^-128; refuse rather than share */
        error_reply(out, _("Please try again."));
        rep.status = 503;
        return rep;
    }
    Phone *p = retire ? &r->phones[oldest] : &r->phones[r->n_phones];
    /* its vote goes with it while the vote is open; a closed vote's count
     * stands (the game has taken it) */
    int gone = retire && r->status == PHONE_OPEN ? mine_of(r, p) : -1;
    if (gone >= 0) {
        r->counts[gone]--;
        r->voted--;
    }
    memcpy(p->token, token, sizeof token);
    p->generation = 0;
    p->answer = -1;
    p->where = where;
    p->since = ++r->joins;
    if (!retire)
        r->n_phones++;
    strbuf_printf(out, "{\"token\":\"%s\"}", p->token);
    ev->generation = r->generation;
    ev->from = ev->to = -1;
    if (!retire) {
        ev->joined = true; /* one phone more */
        rep.event = true;
    } else if (gone >= 0) {
        ev->from = gone; /* the same phone again: its old vote is gone */
        rep.event = true;
    }
    return rep;
}

static PhoneReply vote(PhoneRoom *r, Phone *p, const PhoneRequest *q, StrBuf *out, PhoneEvent *ev)
{
    PhoneReply rep = {200, false};
    if (!q->has_decision || !q->has_answer || q->has_code || q->has_seen) {
        error_reply(out, _("A vote is a decision and an answer."));
        rep.status = 400;
        return rep;
    }
    bool up = r->status == PHONE_OPEN || r->status == PHONE_CLOSED;
    if (!up || q->decision != r->decision) {
        if (up)
            error_open(out, _("Decision %d has passed: the room is on decision %d."), q->decision,
                       r->decision);
        else
            error_open(out, _("The vote on decision %d is closed."), q->decision);
        strbuf_printf(out, ",\"seq\":%lu}", r->seq);
        rep.status = 409;
        return rep;
    }
    if (r->status == PHONE_CLOSED) {
        error_open(out, _("The vote on decision %d is closed."), r->decision);
        strbuf_printf(out, ",\"seq\":%lu}", r->seq);
        rep.status = 409;
        return rep;
    }
    if (q->answer >= r->n_answers) {
        error_reply(out, _("There is no answer %c on decision %d."), 'A' + q->answer, r->decision);
        rep.status = 400;
        return rep;
    }
    if (!r->open[q->answer]) {
        error_open(out, _("Answer %c is not open now."), 'A' + q->answer);
        strbuf_printf(out, ",\"seq\":%lu}", r->seq);
        rep.status = 409;
        return rep;
    }
    int from = mine_of(r, p);
    if (from != q->answer) {
        if (from >= 0)
            r->counts[from]--;
        else
            r->voted++;
        r->counts[q->answer]++;
        p->generation = r->generation;
        p->answer = q->answer;
        ev->joined = false;
        ev->generation = r->generation;
        ev->from = from;
        ev->to = q->answer;
        rep.event = true;
    }
    strbuf_printf(out, "{\"ok\":true,\"mine\":\"%c\",\"seq\":%lu}", 'A' + q->answer, r->seq);
    return rep;
}

PhoneReply phone_room_handle(PhoneRoom *r, const char *path, const char *body, size_t n,
                             const char *addr, long long now, const unsigned char rnd[16],
                             StrBuf *out, PhoneEvent *ev)
{
    PhoneReply rep = {200, false};
    memset(ev, 0, sizeof *ev);
    bool is_join = strcmp(path, "/api/join") == 0;
    bool is_state = strcmp(path, "/api/state") == 0;
    bool is_vote = strcmp(path, "/api/vote") == 0;
    if (!is_join && !is_state && !is_vote) {
        error_reply(out, _("There is nothing here."));
        rep.status = 404;
        return rep;
    }
    PhoneRequest q;
    const char *why;
    if (!phone_parse(body, n, &q, &why)) {
        error_reply(out, "%s", _(why));
        rep.status = n > PHONE_BODY_MAX ? 413 : 400;
        return rep;
    }
    if (is_join) {
        rep = join(r, &q, addr, now, rnd, out, ev);
        if (rep.event)
            ev->serial = ++r->serial;
        return rep;
    }
    if (!q.has_token) {
        error_reply(out, _("Join with the room code first."));
        rep.status = 401;
        return rep;
    }
    Phone *p = find_phone(r, q.token);
    if (!p) {
        error_reply(out,
                    _("This phone's place has gone (the game was restarted, or it joined again "
                      "from another tab): join again with the room code."));
        rep.status = 401;
        return rep;
    }
    if (is_vote) {
        rep = vote(r, p, &q, out, ev);
        if (rep.event)
            ev->serial = ++r->serial;
        return rep;
    }
    if (q.has_code || q.has_decision || q.has_answer) {
        error_reply(out, _("Asking for the state takes the token and 'seen' alone."));
        rep.status = 400;
        return rep;
    }
    if (q.has_seen && q.seen == r->seq)
        strbuf_printf(out, "{\"seq\":%lu}", r->seq);
    else
        state_reply(r, p, out);
    return rep;
}
