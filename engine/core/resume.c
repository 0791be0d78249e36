/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Workshop resume: the record kept after each decision, and the session
 * rebuilt from it after a crash. See resume.h for the contract.
 * Layer: core: plain data and the story's C API; no SDL, no Lua.
 * Invariant: the record is only ever replaced whole (save_write_atomic), so
 * a kill leaves the last one or the one before; the reader still takes a
 * record cut short (a disk that lost its tail after a power cut) up to its
 * last whole line, so a damaged tail costs the decisions in it, not the
 * session.
 *
 * The record, one fact a line, words separated by one space, each word
 * %-escaped (bytes up to the space, '%' and DEL as %XX; "-" is none):
 *   attune-workshop-record 1
 *   story ID TITLE
 *   seed N                      the story's shuffle seed
 *   date YYYY-MM-DD             the day the session began
 *   saved SECONDS               when this record was written (since 1970)
 *   elapsed MS                  the session's length then
 *   talk MS                     pauses outside any decision
 *   phones N                    the most phones joined (when phones voted)
 *   resumed HH:MM               one per interruption already resumed after
 *   decision N BEAT ANSWER BY REVEALED SHOWN DECIDED TALK TIMER V1,V2,...
 *                               BY is majority|tie-break|facilitator, the
 *                               times are ms, the votes one per answer shown
 *                               (V, or V:P when P of them came from phones)
 *   road FROM MS ID ID...       FROM the decision's number; the answers taken
 *   finished                    an ending was reached, or the session ended
 *   end                         the record is whole */
#include "attune/resume.h"
#include "attune/strbuf.h"
#include "attune/alloc.h"
#include "attune/log.h"
#include "attune/paths.h"
#include "attune/phones.h"

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { RECORD_MAX_BYTES = 4 << 20, WORDS_MAX = 600 };

static const char HEADER[] = "attune-workshop-record 1";

/* ---- writing ------------------------------------------------------------ */

/* " word", escaped; NULL or "" as "-". */
static void out_word(StrBuf *o, const char *s)
{
    strbuf_add(o, " ", 1);
    if (!s || !s[0]) {
        strbuf_add(o, "-", 1);
        return;
    }
    if (strcmp(s, "-") == 0) {
        strbuf_add(o, "%2D", 3);
        return;
    }
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p <= 0x20 || *p == '%' || *p == 0x7F) {
            char e[4];
            snprintf(e, sizeof e, "%%%02X", *p);
            strbuf_add(o, e, 3);
        } else {
            strbuf_add(o, (const char *)p, 1);
        }
    }
}

static const char *by_word(SessionDecidedBy by)
{
    return by == SESSION_BY_TIE_BREAK     ? "tie-break"
           : by == SESSION_BY_FACILITATOR ? "facilitator"
                                          : "majority";
}

char *resume_record_text(const Session *s, uint64_t seed, bool finished, long long now,
                         long long saved)
{
    if (!s)
        return NULL;
    StrBuf o = {0};
    strbuf_printf(&o, "%s\nstory", HEADER);
    out_word(&o, s->story_id);
    out_word(&o, s->story_title);
    strbuf_printf(&o, "\nseed %" PRIu64 "\ndate", seed);
    out_word(&o, s->date);
    long long last = now > s->last_at ? now : s->last_at;
    long long elapsed = last > s->started_at ? last - s->started_at : 0;
    strbuf_printf(&o, "\nsaved %lld\nelapsed %lld\ntalk %lld\n", saved, elapsed, s->discussion_ms);
    if (s->phones_joined > 0)
        strbuf_printf(&o, "phones %d\n", s->phones_joined);
    for (int i = 0; i < s->n_resumed; i++) {
        strbuf_add(&o, "resumed", 7);
        out_word(&o, s->resumed[i]);
        strbuf_add(&o, "\n", 1);
    }
    for (int i = 0; i < s->n_decisions; i++) {
        const SessionDecision *d = &s->decisions[i];
        if (d->chosen < 0 || d->chosen >= d->n_options)
            break; /* never recorded so; a gap would shift every later one */
        strbuf_printf(&o, "decision %d", i + 1);
        out_word(&o, d->beat);
        out_word(&o, d->options[d->chosen].id);
        strbuf_printf(&o, " %s %d %lld %lld %lld %lld ", by_word(d->by), d->revealed ? 1 : 0,
                      d->shown_at, d->decided_at, d->discussion_ms, d->vote_timer_ms);
        for (int k = 0; k < d->n_options; k++) {
            const SessionOption *op = &d->options[k];
            int v = op->votes > 0 ? op->votes : 0;
            strbuf_printf(&o, "%s%d", k ? "," : "", v);
            if (op->phone > 0 && op->phone <= v)
                strbuf_printf(&o, ":%d", op->phone);
        }
        strbuf_add(&o, "\n", 1);
    }
    for (int i = 0; i < s->n_roads; i++) {
        const SessionRoad *r = &s->roads[i];
        strbuf_printf(&o, "road %d %lld", r->from + 1, r->ms);
        for (int k = 0; k < r->n_steps; k++)
            out_word(&o, r->steps[k].id);
        strbuf_add(&o, "\n", 1);
    }
    if (finished || s->finished)
        strbuf_add(&o, "finished\n", 9);
    strbuf_add(&o, "end\n", 4);
    return strbuf_take(&o);
}

/* ---- reading ------------------------------------------------------------ */

/* Undo out_word in place: "-" is NULL; false on a bad escape. */
static bool unescape(char *w, char **out)
{
    *out = NULL;
    if (strcmp(w, "-") == 0)
        return true;
    char *d = w;
    for (const char *p = w; *p; p++) {
        if (*p != '%') {
            *d++ = *p;
            continue;
        }
        unsigned v = 0;
        for (int k = 1; k <= 2; k++) {
            char c = p[k];
            int x = c >= '0' && c <= '9'   ? c - '0'
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                           : -1;
            if (x < 0)
                return false;
            v = v * 16 + (unsigned)x;
        }
        if (v == 0)
            return false; /* a NUL would cut the word */
        *d++ = (char)v;
        p += 2;
    }
    *d = '\0';
    *out = w;
    return true;
}

static bool number(const char *w, long long lo, long long hi, long long *v)
{
    if (!w || !*w)
        return false;
    char *end;
    errno = 0;
    long long x = strtoll(w, &end, 10);
    if (*end || errno || x < lo || x > hi)
        return false;
    *v = x;
    return true;
}

static char *dup_or_null(const char *s)
{
    return s ? str_dup(s) : NULL;
}

static const long long MS_MAX = 1000LL * 60 * 60 * 24 * 366;

/* One decision line's words (after "decision"): into d. */
static bool parse_decision(char **w, int n, int expect, ResumeDecision *d)
{
    long long num, rev, t[4];
    if (n != 10 || !number(w[0], 1, 1 << 20, &num) || num != expect)
        return false;
    char *beat, *chosen;
    if (!unescape(w[1], &beat) || !unescape(w[2], &chosen) || !beat || !chosen)
        return false;
    if (strcmp(w[3], "majority") == 0)
        d->by = SESSION_BY_MAJORITY;
    else if (strcmp(w[3], "tie-break") == 0)
        d->by = SESSION_BY_TIE_BREAK;
    else if (strcmp(w[3], "facilitator") == 0)
        d->by = SESSION_BY_FACILITATOR;
    else
        return false;
    if (!number(w[4], 0, 1, &rev))
        return false;
    for (int k = 0; k < 4; k++)
        if (!number(w[5 + k], 0, MS_MAX, &t[k]))
            return false;
    if (t[1] < t[0])
        return false;
    d->n_votes = 0;
    for (char *p = w[9], *save = NULL, *v; (v = strtok_r(p, ",", &save)); p = NULL) {
        long long x, ph = 0;
        char *colon = strchr(v, ':');
        if (colon) {
            *colon = '\0';
            if (!number(colon + 1, 0, 1 << 24, &ph))
                return false;
        }
        if (d->n_votes == STORY_MAX_CHOICES || !number(v, 0, 1 << 24, &x) || ph > x)
            return false;
        d->phone[d->n_votes] = (int)ph;
        d->votes[d->n_votes++] = (int)x;
    }
    d->revealed = rev == 1;
    d->shown_at = t[0];
    d->decided_at = t[1];
    d->discussion_ms = t[2];
    d->vote_timer_ms = t[3];
    d->beat = str_dup(beat);
    d->chosen = str_dup(chosen);
    return d->beat && d->chosen;
}

static bool parse_road(char **w, int n, int decisions, ResumeRoad *r)
{
    long long from, ms;
    if (n < 3 || !number(w[0], 1, decisions, &from) || !number(w[1], 0, MS_MAX, &ms))
        return false;
    r->from = (int)from - 1;
    r->ms = ms;
    r->ids = attune_calloc((size_t)(n - 2), sizeof *r->ids);
    if (!r->ids)
        return false;
    for (int k = 2; k < n; k++) {
        char *id;
        if (!unescape(w[k], &id) || !id || !(r->ids[r->n_ids] = str_dup(id)))
            return false;
        r->n_ids++;
    }
    return true;
}

void resume_record_free(ResumeRecord *r)
{
    if (!r)
        return;
    attune_free(r->story_id);
    attune_free(r->story_title);
    for (int i = 0; i < r->n_decisions; i++) {
        attune_free(r->decisions[i].beat);
        attune_free(r->decisions[i].chosen);
    }
    attune_free(r->decisions);
    for (int i = 0; i < r->n_roads; i++) {
        for (int k = 0; k < r->roads[i].n_ids; k++)
            attune_free(r->roads[i].ids[k]);
        attune_free(r->roads[i].ids);
    }
    attune_free(r->roads);
    memset(r, 0, sizeof *r);
}

/* Grow an array of `size`-byte items to hold one more; false when out of memory. */
static bool grow(void **p, int n, size_t size)
{
    if (n % 16)
        return true;
    void *g = attune_realloc(*p, (size_t)(n + 16) * size);
    if (!g)
        return false;
    *p = g;
    return true;
}

bool resume_parse(const char *text, size_t len, ResumeRecord *r)
{
    memset(r, 0, sizeof *r);
    if (!text)
        return false;
    char *copy = attune_malloc(len + 1);
    if (!copy)
        return false;
    memcpy(copy, text, len);
    copy[len] = '\0';
    bool header = false, ok = true, stop = false;
    char *line = copy, *nl;
    /* Only lines with their newline: one the writer did not finish is cut. */
    while (!stop && (nl = memchr(line, '\n', len - (size_t)(line - copy)))) {
        *nl = '\0';
        if (strlen(line) != (size_t)(nl - line)) {
            break; /* a NUL inside: damaged from here on */
        }
        if (!header) {
            header = strcmp(line, HEADER) == 0;
            if (!header)
                break;
            line = nl + 1;
            continue;
        }
        char *w[WORDS_MAX];
        int n = 0;
        for (char *p = line, *save = NULL, *t; n < WORDS_MAX && (t = strtok_r(p, " ", &save));
             p = NULL)
            w[n++] = t;
        line = nl + 1;
        if (n == 0)
            continue;
        const char *k = w[0];
        long long v;
        char *word;
        if (strcmp(k, "story") == 0 && n == 3) {
            char *title;
            if (!unescape(w[1], &word) || !unescape(w[2], &title)) {
                stop = true;
                continue;
            }
            attune_free(r->story_id);
            attune_free(r->story_title);
            r->story_id = dup_or_null(word);
            r->story_title = dup_or_null(title);
        } else if (strcmp(k, "seed") == 0 && n == 2) {
            char *end;
            errno = 0;
            unsigned long long s = strtoull(w[1], &end, 10);
            if (*end || errno || w[1][0] == '-')
                stop = true;
            else
                r->seed = (uint64_t)s;
        } else if (strcmp(k, "date") == 0 && n == 2) {
            if (unescape(w[1], &word) && word)
                str_copy(r->date, word, sizeof r->date);
        } else if (strcmp(k, "saved") == 0 && n == 2) {
            if (number(w[1], 0, (long long)1 << 40, &v))
                r->saved = v;
            else
                stop = true;
        } else if (strcmp(k, "elapsed") == 0 && n == 2) {
            if (number(w[1], 0, MS_MAX, &v))
                r->elapsed_ms = v;
            else
                stop = true;
        } else if (strcmp(k, "phones") == 0 && n == 2) {
            if (number(w[1], 0, PHONES_MAX, &v))
                r->phones_joined = (int)v;
            else
                stop = true;
        } else if (strcmp(k, "talk") == 0 && n == 2) {
            if (number(w[1], 0, MS_MAX, &v))
                r->discussion_ms = v;
            else
                stop = true;
        } else if (strcmp(k, "resumed") == 0 && n == 2) {
            if (unescape(w[1], &word) && word && r->n_resumed < SESSION_MAX_RESUMED)
                str_copy(r->resumed[r->n_resumed++], word, sizeof r->resumed[0]);
        } else if (strcmp(k, "decision") == 0) {
            ResumeDecision d;
            memset(&d, 0, sizeof d);
            if (!parse_decision(w + 1, n - 1, r->n_decisions + 1, &d)) {
                attune_free(d.beat);
                attune_free(d.chosen);
                stop = true;
            } else if (!grow((void **)&r->decisions, r->n_decisions, sizeof d)) {
                attune_free(d.beat);
                attune_free(d.chosen);
                ok = false;
                stop = true;
            } else {
                r->decisions[r->n_decisions++] = d;
            }
        } else if (strcmp(k, "road") == 0) {
            ResumeRoad rd;
            memset(&rd, 0, sizeof rd);
            bool good = parse_road(w + 1, n - 1, r->n_decisions, &rd);
            if (good && grow((void **)&r->roads, r->n_roads, sizeof rd)) {
                r->roads[r->n_roads++] = rd;
            } else {
                for (int i = 0; i < rd.n_ids; i++)
                    attune_free(rd.ids[i]);
                attune_free(rd.ids);
                stop = true;
            }
        } else if (strcmp(k, "finished") == 0) {
            r->finished = true;
        } else if (strcmp(k, "end") == 0) {
            r->complete = true;
            stop = true;
        }
    }
    attune_free(copy);
    if (!header || !ok) {
        resume_record_free(r);
        return false;
    }
    return true;
}

bool resume_load(const char *path, ResumeRecord *r)
{
    memset(r, 0, sizeof *r);
    /* Only a regular file, never waited on (a FIFO): the rule every file
     * the game reads goes by. */
    char why[160];
    size_t len = 0;
    char *buf = paths_read_regular(path, RECORD_MAX_BYTES, &len, why, sizeof why);
    bool ok = buf && resume_parse(buf, len, r);
    attune_free(buf);
    return ok;
}

bool resume_offerable(const ResumeRecord *r, long long now)
{
    return r && !r->finished && r->n_decisions > 0 && r->saved > 0 && r->saved <= now + 60 &&
           now - r->saved <= RESUME_MAX_AGE_S;
}

/* ---- resuming ----------------------------------------------------------- */

static void say(char *why, size_t n, const char *fmt, ...) LOG_PRINTF(3, 4);

static void say(char *why, size_t n, const char *fmt, ...)
{
    if (!why || !n)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, n, fmt, ap);
    va_end(ap);
}

/* The index of the answer with id `id` in view `v`, or -1. */
static int answer_index(const StoryView *v, const char *id)
{
    for (int i = 0; id && i < v->n_choices; i++)
        if (v->choices[i].id && strcmp(v->choices[i].id, id) == 0)
            return i;
    return -1;
}

/* Play road `rd` again on its own copy of the story and keep it in `s`. */
static bool restore_road(const ResumeRecord *r, const ResumeRoad *rd, const char *dir,
                         const char *lib_dir, Session *s, char *why, size_t n)
{
    const SessionDecision *at = &s->decisions[rd->from];
    int option = -1;
    for (int i = 0; i < at->n_options; i++)
        if (at->options[i].id && strcmp(at->options[i].id, rd->ids[0]) == 0)
            option = i;
    if (option < 0) {
        say(why, n, "the road not taken from decision %d: its answer '%s' is gone", rd->from + 1,
            rd->ids[0]);
        return false;
    }
    StoryError err;
    Story *c = story_load(dir, lib_dir, r->seed, &err);
    if (!c) {
        say(why, n, "%s:%d: %s", err.file, err.line, err.message);
        return false;
    }
    const char *ids[512];
    int k = rd->from < 512 ? rd->from : 512;
    for (int i = 0; i < k; i++)
        ids[i] = s->decisions[i].options[s->decisions[i].chosen].id;
    bool ok = story_replay(c, ids, k, &err) == k;
    int from = story_history_count(c);
    for (int i = 0; ok && i < rd->n_ids; i++) {
        const StoryView *v = story_view(c);
        int idx = v->is_ending ? -1 : answer_index(v, rd->ids[i]);
        ok = idx >= 0 && story_choose(c, idx, &err);
    }
    if (!ok) {
        say(why, n, "the road not taken from decision %d no longer plays the same", rd->from + 1);
        story_destroy(c);
        return false;
    }
    int steps = story_history_count(c) - from;
    const StoryView *v = story_view(c);
    int before = s->n_roads;
    session_add_road(s, rd->from, option, steps > 0 ? story_history(c, from) : NULL,
                     steps > 0 ? steps : 0, v->is_ending ? v->title : NULL, rd->ms);
    story_destroy(c);
    if (s->n_roads != before + 1) {
        say(why, n, "out of memory");
        return false;
    }
    return true;
}

bool resume_restore(const ResumeRecord *r, Story *story, const char *dir, const char *lib_dir,
                    Session *s, StoryView **held, long long now, char *why, size_t n)
{
    if (held)
        *held = NULL;
    if (why && n)
        why[0] = '\0';
    memset(s, 0, sizeof *s);
    s->pause_started = -1;
    if (!r || !story) {
        say(why, n, "nothing to resume");
        return false;
    }
    long long start = now - r->elapsed_ms;
    session_init(s, story_info(story), story_view(story), start);
    if (r->date[0])
        str_copy(s->date, r->date, sizeof s->date);
    StoryView *last = NULL;
    bool ok = true;
    for (int i = 0; ok && i < r->n_decisions; i++) {
        const ResumeDecision *d = &r->decisions[i];
        const StoryView *v = story_view(story);
        if (v->is_ending || !v->beat_id || strcmp(v->beat_id, d->beat) != 0) {
            say(why, n,
                "decision %d was made on the beat '%s', which the story no longer shows "
                "there",
                i + 1, d->beat);
            ok = false;
            break;
        }
        int idx = answer_index(v, d->chosen);
        if (idx < 0 || d->n_votes > v->n_choices) {
            say(why, n, "decision %d: the answer '%s' is no longer there", i + 1, d->chosen);
            ok = false;
            break;
        }
        session_begin_beat(s, v, start + d->shown_at);
        for (int k = 0; k < d->n_votes && k < s->current.n_options; k++) {
            s->current.options[k].votes = d->votes[k];
            s->current.options[k].phone = d->phone[k];
        }
        attune_free(last);
        last = story_view_copy(v);
        StoryError err;
        if (!last || !story_choose(story, idx, &err)) {
            say(why, n, "decision %d: the answer '%s' cannot be chosen again", i + 1, d->chosen);
            ok = false;
            break;
        }
        const StoryView *nv = story_view(story);
        session_decide(s, idx, d->by, nv->has_feedback ? &nv->feedback : NULL,
                       start + d->decided_at);
        if (s->n_decisions != i + 1) {
            say(why, n, "out of memory");
            ok = false;
            break;
        }
        SessionDecision *sd = &s->decisions[i];
        sd->shown_at = d->shown_at;
        sd->decided_at = d->decided_at;
        sd->discussion_ms = d->discussion_ms;
        sd->vote_timer_ms = d->vote_timer_ms;
        sd->revealed = d->revealed;
    }
    for (int i = 0; ok && i < r->n_roads; i++)
        ok = restore_road(r, &r->roads[i], dir, lib_dir, s, why, n);
    if (!ok) {
        attune_free(last);
        session_free(s);
        return false;
    }
    s->discussion_ms = r->discussion_ms;
    s->phones_joined = r->phones_joined;
    s->last_at = now;
    for (int i = 0; i < r->n_resumed; i++)
        session_note_resumed(s, r->resumed[i]);
    time_t t = (time_t)r->saved;
    struct tm tmv;
    char hhmm[8] = "";
    if (!localtime_r(&t, &tmv) || !strftime(hhmm, sizeof hhmm, "%H:%M", &tmv))
        str_copy(hhmm, "?", sizeof hhmm);
    session_note_resumed(s, hhmm);
    if (held)
        *held = last;
    else
        attune_free(last);
    return true;
}
