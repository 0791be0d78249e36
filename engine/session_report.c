/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The report a facilitator exports from a workshop session (session.c): one
 * UTF-8 JSON object and one self-contained HTML page, and where they go.
 * Layer: C engine, plain data: no SDL calls and no Lua. It only reads a
 * Session, never changes it, and writes nothing but the two files.
 *
 * The JSON report, one UTF-8 object (story prose has its *emphasis* and
 * [[links]] markup removed; every time is in whole seconds, rounded):
 *   format            "attune-workshop-report"
 *   version           1
 *   story             {id, title, relationship} (strings, or null)
 *   date              "YYYY-MM-DD", the day the session was run
 *   duration_seconds  from the start to the ending (or to the last thing done);
 *                     the time a crash or power cut took is not in it
 *   resumed_after_interruption  ["HH:MM", ...]: the local time of the last
 *                     record before each interruption the session was resumed
 *                     after (engine/resume.c); [] when it ran straight through
 *   connection_start, connection_end   0-100
 *   ending            {title, verdict, text}, or null when none was reached
 *   decisions         one per decision, in the order played:
 *     number            1, 2, ...
 *     beat, speaker, said, cue, reflect   what was on screen (null when absent;
 *                       speaker null is narration; reflect is the question)
 *     options           [{letter "A".., text, kind, id, votes}]
 *     votes_total       the sum of the options' votes
 *     chosen            {letter, text, kind, id, inner, why}: the group's answer
 *                       with its inner voice and why
 *     decided_by        "majority" | "tie-break" | "facilitator"
 *     revealed          true when the inner voice and why were shown to the room
 *     effects           {connection_before, connection_after, connection_change,
 *                        steadiness_before, steadiness_after,
 *                        rupture_opened, rupture_deepened, repaired}
 *     timings           {shown_at_seconds, decided_at_seconds (both since the
 *                        start), seconds_to_decide, discussion_seconds,
 *                        vote_timer_seconds (0: no timer)}
 *   roads_not_taken   [{from_decision (its number), letter, text, kind,
 *                       steps [{text, kind, connection, connection_change,
 *                               rupture_opened, repaired}],
 *                       ending (its title, or null), seconds}]
 *   discussion_seconds  pauses held outside any decision (before the first
 *                       beat, and the debrief after the ending)
 *   summary           {decisions, attuned, ruptures_opened, repairs, kinds}:
 *                     over the group's chosen answers; attuned counts the kinds
 *                     the rules count as attuned (attune, attune_boundary,
 *                     repair; not steady); kinds maps each kind to its count. */

#include "attune/session_report.h"
#include "attune/alloc.h"
#include "attune/log.h"
#include "attune/markup.h"
#include "attune/paths.h"
#include "attune/save.h"
#include "attune/session.h"
#include "attune/utf8.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* Whether an ending was reached (and recorded). */
static bool has_ending(const Session *s)
{
    return s->finished && (s->ending_title || s->ending_verdict || s->ending_text);
}

/* ---- text building ------------------------------------------------------- */

/* A growing string; once out of memory it stays so and takes nothing more. */
typedef struct Buf {
    char *p;
    size_t len, cap;
    bool oom;
} Buf;

static bool buf_reserve(Buf *b, size_t more)
{
    if (b->oom)
        return false;
    if (more > SIZE_MAX / 2 - b->len) {
        b->oom = true;
        return false;
    }
    size_t need = b->len + more + 1;
    if (need <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 8192;
    while (cap < need)
        cap *= 2;
    char *p = attune_realloc(b->p, cap);
    if (!p) {
        b->oom = true;
        return false;
    }
    b->p = p;
    b->cap = cap;
    return true;
}

static void buf_add(Buf *b, const char *s, size_t n)
{
    if (!buf_reserve(b, n))
        return;
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void buf_puts(Buf *b, const char *s)
{
    buf_add(b, s, strlen(s));
}

static void buf_printf(Buf *b, const char *fmt, ...) LOG_PRINTF(2, 3);

static void buf_printf(Buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (k < 0) {
        b->oom = true;
        return;
    }
    if ((size_t)k < sizeof small) {
        buf_add(b, small, (size_t)k);
        return;
    }
    if (!buf_reserve(b, (size_t)k))
        return;
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, (size_t)k + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)k;
}

/* The finished string (caller frees), or NULL when memory ran out. */
static char *buf_take(Buf *b)
{
    if (b->oom || !b->p) {
        attune_free(b->p);
        return NULL;
    }
    return b->p;
}

static void buf_utf8(Buf *b, uint32_t c)
{
    char u[4];
    size_t n;
    if (c < 0x80) {
        u[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        u[0] = (char)(0xC0 | (c >> 6));
        u[1] = (char)(0x80 | (c & 0x3F));
        n = 2;
    } else if (c < 0x10000) {
        u[0] = (char)(0xE0 | (c >> 12));
        u[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        u[2] = (char)(0x80 | (c & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (c >> 18));
        u[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        u[3] = (char)(0x80 | (c & 0x3F));
        n = 4;
    }
    buf_add(b, u, n);
}

/* Story prose as it reads, without *emphasis* and [[link]] markup (caller
 * frees); NULL for NULL, or when out of memory (then *oom is set). */
static char *prose(const char *s, bool *oom)
{
    if (!s)
        return NULL;
    size_t n = strlen(s) + 1;
    char *out = attune_malloc(n);
    if (!out) {
        *oom = true;
        return NULL;
    }
    markup_plain(s, out, n);
    return out;
}

/* `s` escaped for a JSON string: quotes, backslashes and control characters
 * escaped; UTF-8 passed through, any invalid byte becomes U+FFFD. */
static void json_escaped(Buf *b, const char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            buf_utf8(b, (uint32_t)utf8_next(s, len, &i));
            continue;
        }
        i++;
        if (c == '"' || c == '\\')
            buf_printf(b, "\\%c", c);
        else if (c < 0x20)
            buf_printf(b, "\\u%04x", c);
        else
            buf_add(b, (const char *)&c, 1);
    }
}

/* `s` escaped for HTML text or an attribute value: & < > " ' as entities,
 * control characters dropped; a newline becomes <br> when `breaks`, else a
 * space. UTF-8 passed through, any invalid byte becomes U+FFFD. */
static void html_escaped(Buf *b, const char *s, bool breaks)
{
    if (!s)
        return;
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            uint32_t cp = (uint32_t)utf8_next(s, len, &i);
            if (cp >= 0x80 && cp < 0xA0)
                continue; /* C1 controls */
            buf_utf8(b, cp);
            continue;
        }
        i++;
        switch (c) {
        case '&': buf_puts(b, "&amp;"); break;
        case '<': buf_puts(b, "&lt;"); break;
        case '>': buf_puts(b, "&gt;"); break;
        case '"': buf_puts(b, "&quot;"); break;
        case '\'': buf_puts(b, "&#39;"); break;
        case '\n': buf_puts(b, breaks ? "<br>" : " "); break;
        case '\t': buf_puts(b, " "); break;
        default:
            if (c >= 0x20 && c != 0x7F)
                buf_add(b, (const char *)&c, 1);
        }
    }
}

/* Story prose for HTML: markup removed, then escaped. */
static void html_prose(Buf *b, const char *s)
{
    char *p = prose(s, &b->oom);
    html_escaped(b, p, true);
    attune_free(p);
}

/* Milliseconds as whole seconds, rounded. */
static long long secs(long long ms)
{
    return ms > 0 ? (ms + 500) / 1000 : 0;
}

/* A duration in words: "45 s", "12 min", "3 min 20 s", "1 h 25 min". */
static void duration_words(char *out, size_t n, long long ms)
{
    long long t = secs(ms);
    if (t < 60)
        snprintf(out, n, "%lld s", t);
    else if (t < 3600 && t % 60)
        snprintf(out, n, "%lld min %lld s", t / 60, t % 60);
    else if (t < 3600)
        snprintf(out, n, "%lld min", t / 60);
    else
        snprintf(out, n, "%lld h %lld min", t / 3600, (t % 3600) / 60);
}

/* A change with its sign, the minus as a real minus sign: "+8", "−5", "0". */
static void signed_words(char *out, size_t n, int v)
{
    if (v < 0)
        snprintf(out, n, "\u2212%lld", -(long long)v);
    else if (v > 0)
        snprintf(out, n, "+%d", v);
    else
        snprintf(out, n, "0");
}

static const char *decided_by_word(SessionDecidedBy by)
{
    switch (by) {
    case SESSION_BY_TIE_BREAK: return "tie-break";
    case SESSION_BY_FACILITATOR: return "facilitator";
    default: return "majority";
    }
}

static long long session_ms(const Session *s)
{
    long long end = s->finished ? s->ended_at : s->last_at;
    return end > s->started_at ? end - s->started_at : 0;
}

/* What the group chose, counted. */
typedef struct Tally {
    int attuned, opened, repaired;
    int n_kinds;
    const char *kinds[64];
    int counts[64];
} Tally;

static void tally(const Session *s, Tally *t)
{
    memset(t, 0, sizeof *t);
    for (int i = 0; i < s->n_decisions; i++) {
        const SessionDecision *d = &s->decisions[i];
        const char *k = d->chosen >= 0 && d->chosen < d->n_options ? d->options[d->chosen].kind
                                                                   : NULL;
        t->attuned += kinds_attuned(&s->kinds, k);
        t->opened += d->opened;
        t->repaired += d->repaired;
        if (!k)
            continue;
        int j = 0;
        while (j < t->n_kinds && strcmp(t->kinds[j], k) != 0)
            j++;
        if (j == t->n_kinds) {
            if (j == 64)
                continue;
            t->kinds[t->n_kinds++] = k;
        }
        t->counts[j]++;
    }
}

/* ---- JSON --------------------------------------------------------------- */

/* A JSON writer with two-space indentation. */
typedef struct Json {
    Buf *b;
    int depth;
    bool has_items[16];
} Json;

/* Start a value: the comma, the new line, the indent and "key": when given. */
static void j_item(Json *j, const char *key)
{
    if (j->depth > 0) {
        buf_puts(j->b, j->has_items[j->depth] ? ",\n" : "\n");
        j->has_items[j->depth] = true;
        for (int i = 0; i < j->depth; i++)
            buf_puts(j->b, "  ");
    }
    if (key)
        buf_printf(j->b, "\"%s\": ", key);
}

static void j_open(Json *j, const char *key, char bracket)
{
    j_item(j, key);
    buf_add(j->b, &bracket, 1);
    if (j->depth < 15)
        j->depth++;
    j->has_items[j->depth] = false;
}

static void j_close(Json *j, char bracket)
{
    bool items = j->has_items[j->depth];
    if (j->depth > 0)
        j->depth--;
    if (items) {
        buf_puts(j->b, "\n");
        for (int i = 0; i < j->depth; i++)
            buf_puts(j->b, "  ");
    }
    buf_add(j->b, &bracket, 1);
}

static void j_str(Json *j, const char *key, const char *v)
{
    j_item(j, key);
    if (!v) {
        buf_puts(j->b, "null");
        return;
    }
    buf_puts(j->b, "\"");
    json_escaped(j->b, v);
    buf_puts(j->b, "\"");
}

/* Story prose: markup removed. */
static void j_prose(Json *j, const char *key, const char *v)
{
    char *p = prose(v, &j->b->oom);
    j_str(j, key, p);
    attune_free(p);
}

static void j_int(Json *j, const char *key, long long v)
{
    j_item(j, key);
    buf_printf(j->b, "%lld", v);
}

static void j_bool(Json *j, const char *key, bool v)
{
    j_item(j, key);
    buf_puts(j->b, v ? "true" : "false");
}

static void j_null(Json *j, const char *key)
{
    j_item(j, key);
    buf_puts(j->b, "null");
}

static void j_letter(Json *j, const char *key, int i)
{
    char l[2] = {(char)('A' + i), '\0'};
    j_str(j, key, l);
}

static void json_decision(Json *j, const SessionDecision *d)
{
    j_open(j, NULL, '{');
    j_int(j, "number", d->number);
    j_str(j, "beat", d->beat);
    j_str(j, "speaker", d->speaker);
    j_prose(j, "said", d->said);
    j_prose(j, "cue", d->cue);
    j_str(j, "reflect", d->reflect);
    j_open(j, "options", '[');
    for (int i = 0; i < d->n_options; i++) {
        const SessionOption *o = &d->options[i];
        j_open(j, NULL, '{');
        j_letter(j, "letter", i);
        j_prose(j, "text", o->text);
        j_str(j, "kind", o->kind);
        j_str(j, "id", o->id);
        j_int(j, "votes", o->votes > 0 ? o->votes : 0);
        j_close(j, '}');
    }
    j_close(j, ']');
    j_int(j, "votes_total", session_decision_votes(d));
    if (d->chosen >= 0 && d->chosen < d->n_options) {
        const SessionOption *o = &d->options[d->chosen];
        j_open(j, "chosen", '{');
        j_letter(j, "letter", d->chosen);
        j_prose(j, "text", o->text);
        j_str(j, "kind", o->kind);
        j_str(j, "id", o->id);
        j_prose(j, "inner", d->inner);
        j_prose(j, "why", d->why);
        j_close(j, '}');
    } else {
        j_null(j, "chosen");
    }
    j_str(j, "decided_by", decided_by_word(d->by));
    j_bool(j, "revealed", d->revealed);
    j_open(j, "effects", '{');
    j_int(j, "connection_before", d->connection_before);
    j_int(j, "connection_after", d->connection_after);
    j_int(j, "connection_change", d->dconn);
    j_int(j, "steadiness_before", d->steadiness_before);
    j_int(j, "steadiness_after", d->steadiness_after);
    j_bool(j, "rupture_opened", d->opened);
    j_bool(j, "rupture_deepened", d->deepened);
    j_bool(j, "repaired", d->repaired);
    j_close(j, '}');
    j_open(j, "timings", '{');
    j_int(j, "shown_at_seconds", secs(d->shown_at));
    j_int(j, "decided_at_seconds", secs(d->decided_at));
    j_int(j, "seconds_to_decide", secs(d->decided_at - d->shown_at));
    j_int(j, "discussion_seconds", secs(d->discussion_ms));
    j_int(j, "vote_timer_seconds", secs(d->vote_timer_ms));
    j_close(j, '}');
    j_close(j, '}');
}

static void json_road(Json *j, const Session *s, const SessionRoad *r)
{
    const SessionOption *o = &s->decisions[r->from].options[r->option];
    j_open(j, NULL, '{');
    j_int(j, "from_decision", s->decisions[r->from].number);
    j_letter(j, "letter", r->option);
    j_prose(j, "text", o->text);
    j_str(j, "kind", o->kind);
    j_open(j, "steps", '[');
    for (int i = 0; i < r->n_steps; i++) {
        const SessionRoadStep *st = &r->steps[i];
        j_open(j, NULL, '{');
        j_prose(j, "text", st->text);
        j_str(j, "kind", st->kind);
        j_int(j, "connection", st->connection);
        j_int(j, "connection_change", st->dconn);
        j_bool(j, "rupture_opened", st->opened);
        j_bool(j, "repaired", st->repaired);
        j_close(j, '}');
    }
    j_close(j, ']');
    j_prose(j, "ending", r->ending);
    j_int(j, "seconds", secs(r->ms));
    j_close(j, '}');
}

char *session_report_json(const Session *s)
{
    if (!s)
        return NULL;
    Buf b = {0};
    Json j = {.b = &b};
    j_open(&j, NULL, '{');
    j_str(&j, "format", "attune-workshop-report");
    j_int(&j, "version", 1);
    j_open(&j, "story", '{');
    j_str(&j, "id", s->story_id);
    j_str(&j, "title", s->story_title);
    j_str(&j, "relationship", s->relationship);
    j_close(&j, '}');
    j_str(&j, "date", s->date);
    j_int(&j, "duration_seconds", secs(session_ms(s)));
    j_open(&j, "resumed_after_interruption", '[');
    for (int i = 0; i < s->n_resumed; i++)
        j_str(&j, NULL, s->resumed[i]);
    j_close(&j, ']');
    j_int(&j, "connection_start", s->connection_start);
    j_int(&j, "connection_end", s->connection_end);
    if (has_ending(s)) {
        j_open(&j, "ending", '{');
        j_prose(&j, "title", s->ending_title);
        j_str(&j, "verdict", s->ending_verdict);
        j_prose(&j, "text", s->ending_text);
        j_close(&j, '}');
    } else {
        j_null(&j, "ending");
    }
    j_open(&j, "decisions", '[');
    for (int i = 0; i < s->n_decisions; i++)
        json_decision(&j, &s->decisions[i]);
    j_close(&j, ']');
    j_open(&j, "roads_not_taken", '[');
    for (int i = 0; i < s->n_roads; i++)
        json_road(&j, s, &s->roads[i]);
    j_close(&j, ']');
    j_int(&j, "discussion_seconds", secs(s->discussion_ms));
    Tally t;
    tally(s, &t);
    j_open(&j, "summary", '{');
    j_int(&j, "decisions", s->n_decisions);
    j_int(&j, "attuned", t.attuned);
    j_int(&j, "ruptures_opened", t.opened);
    j_int(&j, "repairs", t.repaired);
    j_open(&j, "kinds", '{');
    for (int i = 0; i < t.n_kinds; i++) {
        j_item(&j, NULL);
        buf_puts(&b, "\"");
        json_escaped(&b, t.kinds[i]);
        buf_printf(&b, "\": %d", t.counts[i]);
    }
    j_close(&j, '}');
    j_close(&j, '}');
    j_close(&j, '}');
    buf_puts(&b, "\n");
    return buf_take(&b);
}

/* ---- HTML --------------------------------------------------------------- */

/* The look: warm oat paper, walnut text, the game's dusk teal for the
 * group's road and headings, amber vote bars; rupture and repair are told by
 * shape and word as well as colour. System fonts only: nothing is fetched. */
static const char *const HTML_STYLE[] = {
    ":root{--paper:#f7f1e6;--card:#fffaf1;--ink:#2b2520;--muted:#6a5f55;--line:#dccfbb;"
    "--teal:#1e4856;--amber:#d9953f;--clay:#a4503a;--sage:#3d7550;--walnut:#7a5a3a}\n",
    "*{box-sizing:border-box}\n",
    "html{background:var(--paper);color:var(--ink)}\n",
    "body{margin:0 auto;max-width:60rem;padding:2rem 1.5rem 3rem;"
    "font-family:system-ui,-apple-system,\"Segoe UI\",\"Noto Sans\",\"Helvetica Neue\",Arial,"
    "sans-serif;font-size:1.05rem;line-height:1.55}\n",
    "h1,h2,h3{color:var(--teal);line-height:1.25;font-weight:650}\n",
    "h1{font-size:2.1rem;margin:.2rem 0 .8rem}\n",
    "h2{font-size:1.4rem;margin:2.4rem 0 .8rem;padding-bottom:.3rem;"
    "border-bottom:2px solid var(--line)}\n",
    "h3{font-size:1.1rem;margin:0 0 .5rem}\n",
    ".kicker{margin:0;color:var(--muted);letter-spacing:.06em;text-transform:uppercase;"
    "font-size:.85em}\n",
    ".facts{display:flex;flex-wrap:wrap;gap:.4rem 2rem;margin:0 0 1rem}\n",
    ".facts div{min-width:9rem}.facts dt{color:var(--muted);font-size:.85em}"
    ".facts dd{margin:0;font-weight:600}\n",
    "blockquote{margin:1rem 0;padding:.6rem 1rem;border-left:4px solid var(--teal);"
    "background:var(--card)}\n",
    ".glance{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.6rem}\n",
    ".glance li{background:var(--card);border:1px solid var(--line);border-radius:.6rem;"
    "padding:.4rem .8rem}\n",
    "figure{margin:0;background:var(--card);border:1px solid var(--line);border-radius:.8rem;"
    "padding:.8rem}\n",
    "figcaption{color:var(--muted);font-size:.9em;margin-top:.4rem}\n",
    "svg.chart{display:block;width:100%;height:auto}\n",
    "svg text{fill:var(--ink);font-family:inherit;font-size:13px}\n",
    "svg .tick{fill:var(--muted)}svg .axis-title{font-size:14px;font-weight:600}\n",
    ".grid{stroke:var(--line);stroke-width:1}.axis{stroke:var(--muted);stroke-width:1.5}\n",
    ".group-line{fill:none;stroke:var(--teal);stroke-width:3;stroke-linejoin:round}\n",
    ".road-line{fill:none;stroke:var(--walnut);stroke-width:2;stroke-dasharray:7 5}\n",
    ".dot{fill:var(--teal)}.road-dot{fill:var(--card);stroke:var(--walnut);stroke-width:2}\n",
    ".rupture{fill:var(--card);stroke:var(--clay);stroke-width:2.5;stroke-linejoin:round}\n",
    ".repair{fill:var(--sage);stroke:var(--sage);stroke-width:1}\n",
    "svg .road-label{fill:var(--walnut);font-weight:600}\n",
    "ol.decisions,ol.roads{list-style:none;padding:0;margin:0}\n",
    ".decision,.road{background:var(--card);border:1px solid var(--line);"
    "border-radius:.8rem;padding:1rem 1.2rem;margin:0 0 1rem}\n",
    ".said{font-size:1.1rem;margin:.2rem 0}.speaker{font-weight:650}\n",
    ".cue{font-style:italic;color:var(--muted);margin:.2rem 0 .6rem}\n",
    "table{border-collapse:collapse;width:100%;margin:.4rem 0;table-layout:fixed}\n",
    ".options th:nth-child(1){width:4.4rem}.options th:nth-child(3){width:9.5rem}"
    ".options th:nth-child(4){width:14.5rem}\n",
    "th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;"
    "border-top:1px solid var(--line)}\n",
    "thead th{border-top:0;color:var(--muted);font-size:.85em;font-weight:600}\n",
    ".letter{display:inline-block;min-width:1.7rem;text-align:center;font-weight:700;"
    "border:1.5px solid var(--teal);border-radius:.35rem;color:var(--teal)}\n",
    "tr.chosen{background:#efe4cf}tr.chosen .letter{background:var(--teal);color:#fffaf1}\n",
    ".mark{font-weight:700;color:var(--teal);white-space:nowrap}\n",
    ".votes{white-space:nowrap}\n",
    ".track{display:inline-block;vertical-align:middle;width:7rem;height:.8rem;"
    "background:#eadfcc;border-radius:.4rem;overflow:hidden;margin-right:.5rem}\n",
    ".bar{display:block;height:100%;background:var(--amber);"
    "-webkit-print-color-adjust:exact;print-color-adjust:exact}\n",
    ".count{font-weight:650}\n",
    ".outcome,.timing,.why p,.reflect{margin:.3rem 0}.timing{color:var(--muted);font-size:.9em}\n",
    ".label{font-weight:650}\n",
    ".tag-rupture{color:var(--clay);font-weight:650}.tag-repair{color:var(--sage);"
    "font-weight:650}\n",
    ".questions li{margin:.4rem 0}.questions .from{color:var(--muted);font-size:.9em}\n",
    "ol.steps{margin:.4rem 0 .6rem 1.2rem;padding:0}\n",
    "footer{margin-top:3rem;padding-top:.8rem;border-top:2px solid var(--line);"
    "color:var(--muted);font-size:.9em}\n",
    "@media (max-width:40rem){body{padding:1rem .8rem}.options th:nth-child(1){width:2.6rem}"
    ".options th:nth-child(3){width:6.5rem}.options th:nth-child(4){width:7.5rem}"
    ".track{width:2.5rem}}\n",
    "@page{margin:15mm}\n",
    "@media print{html{background:#fff}body{max-width:none;padding:0;font-size:9.5pt;"
    "line-height:1.35}h1{font-size:1.7rem}h2{font-size:1.2rem;margin:1.2rem 0 .5rem;"
    "break-after:avoid;page-break-after:avoid}"
    "figure,.decision,.road,.glance li,tr{break-inside:avoid;page-break-inside:avoid}"
    ".decision,.road,figure,.glance li,blockquote{background:#fff}"
    ".decision,.road{padding:.5rem .7rem;margin:0 0 .6rem}th,td{padding:.2rem .4rem}"
    ".said{font-size:1em}.options th:nth-child(4){width:9rem}.track{width:4.5rem}"
    "svg.chart{max-height:9cm}}\n",
};

/* The chart's frame: plot area in viewBox units. */
enum { CH_W = 720, CH_H = 400, CH_X0 = 64, CH_X1 = 696, CH_Y0 = 24, CH_Y1 = 284 };

static double chart_y(int connection)
{
    int c = connection < 0 ? 0 : connection > 100 ? 100 : connection;
    return CH_Y1 - (double)c * (CH_Y1 - CH_Y0) / 100.0;
}

/* A rupture: an open triangle pointing down. */
static void mark_rupture(Buf *b, double x, double y, double r, const char *title)
{
    buf_printf(b, "<path class=\"rupture\" d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fZ\"><title>",
               x - r, y - r * 0.75, x + r, y - r * 0.75, x, y + r);
    html_escaped(b, title, false);
    buf_puts(b, "</title></path>\n");
}

/* A repair: a filled diamond. */
static void mark_repair(Buf *b, double x, double y, double r, const char *title)
{
    buf_printf(b,
               "<path class=\"repair\" d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fL%.1f %.1fZ\"><title>",
               x, y - r, x + r, y, x, y + r, x - r, y);
    html_escaped(b, title, false);
    buf_puts(b, "</title></path>\n");
}

/* One point of a road: a dot, or the shapes of what happened there. */
static void chart_point(Buf *b, double x, double y, bool opened, bool repaired, bool road,
                        const char *title)
{
    double r = road ? 6 : 8;
    if (opened && repaired) {
        mark_rupture(b, x - r * 0.8, y, r, title);
        mark_repair(b, x + r * 0.8, y, r, title);
    } else if (opened) {
        mark_rupture(b, x, y, r, title);
    } else if (repaired) {
        mark_repair(b, x, y, r, title);
    } else {
        buf_printf(b, "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"><title>",
                   road ? "road-dot" : "dot", x, y, road ? 3.5 : 4.5);
        html_escaped(b, title, false);
        buf_puts(b, "</title></circle>\n");
    }
}

static void html_chart(Buf *b, const Session *s, const Tally *t)
{
    int max_x = s->n_decisions;
    for (int i = 0; i < s->n_roads; i++)
        if (s->roads[i].from + s->roads[i].n_steps > max_x)
            max_x = s->roads[i].from + s->roads[i].n_steps;
    if (max_x < 1)
        max_x = 1;
    double sx = (double)(CH_X1 - CH_X0) / max_x;
    buf_printf(b,
               "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" "
               "aria-labelledby=\"chart-title chart-desc\">\n",
               CH_W, CH_H);
    buf_printf(b,
               _("<title id=\"chart-title\">Connection through the session</title>\n"
                 "<desc id=\"chart-desc\">Connection, from 0 to 100, after each of the "
                 "group&#39;s %d decisions: it starts at %d and ends at %d. "
                 "%d ruptures opened (open triangles), %d repairs (filled diamonds). "
                 "%d roads not taken, dashed.</desc>\n"),
               s->n_decisions, s->connection_start, s->connection_end, t->opened, t->repaired,
               s->n_roads);
    /* Grid and axes. */
    for (int c = 0; c <= 100; c += 25) {
        double y = chart_y(c);
        buf_printf(b,
                   "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>\n"
                   "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>\n",
                   CH_X0, y, CH_X1, y, CH_X0 - 8, y + 4.5, c);
    }
    buf_printf(b,
               "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n"
               "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n",
               CH_X0, CH_Y0, CH_X0, CH_Y1, CH_X0, CH_Y1, CH_X1, CH_Y1);
    /* At most about sixteen labels; the last decision always has one. */
    int every = max_x <= 16 ? 1 : (max_x + 15) / 16;
    for (int i = 0; i <= max_x; i++) {
        if (i != max_x && (i % every || max_x - i < every))
            continue;
        double x = CH_X0 + i * sx;
        if (i == 0)
            buf_printf(b, _("<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"start\">"
                            "Start</text>\n"), x - 4, CH_Y1 + 20);
        else
            buf_printf(b, "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">"
                          "%d</text>\n", x, CH_Y1 + 20, i);
    }
    buf_printf(b,
               _("<text class=\"axis-title\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">"
                 "Decision</text>\n"
                 "<text class=\"axis-title\" transform=\"rotate(-90)\" x=\"%d\" y=\"18\" "
                 "text-anchor=\"middle\">Connection</text>\n"),
               (CH_X0 + CH_X1) / 2, CH_Y1 + 44, -(CH_Y0 + CH_Y1) / 2);
    char title[200], change[32];
    /* The roads not taken, under the group's own. */
    for (int i = 0; i < s->n_roads; i++) {
        const SessionRoad *r = &s->roads[i];
        const SessionDecision *d = &s->decisions[r->from];
        buf_puts(b, "<g class=\"road\">\n<polyline class=\"road-line\" points=\"");
        buf_printf(b, "%.1f,%.1f", CH_X0 + r->from * sx, chart_y(d->connection_before));
        for (int k = 0; k < r->n_steps; k++)
            buf_printf(b, " %.1f,%.1f", CH_X0 + (r->from + 1 + k) * sx,
                       chart_y(r->steps[k].connection));
        buf_puts(b, "\"/>\n");
        for (int k = 0; k < r->n_steps; k++) {
            const SessionRoadStep *st = &r->steps[k];
            signed_words(change, sizeof change, st->dconn);
            snprintf(title, sizeof title,
                     _("Road not taken %c from decision %d, step %d: connection %d (%s)%s%s"),
                     'A' + r->option, d->number, k + 1, st->connection, change,
                     st->opened ? _(", rupture opened") : "", st->repaired ? _(", repaired") : "");
            chart_point(b, CH_X0 + (r->from + 1 + k) * sx, chart_y(st->connection), st->opened,
                        st->repaired, true, title);
        }
        /* Its label at its end: which answer, from which decision. */
        int last = r->n_steps > 0 ? r->steps[r->n_steps - 1].connection : d->connection_before;
        double lx = CH_X0 + (r->from + r->n_steps) * sx;
        buf_printf(b, "<text class=\"road-label\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">",
                   lx, chart_y(last) - 12, lx > CH_X1 - 60 ? "end" : "middle");
        buf_printf(b, _("%c, from %d"), 'A' + r->option, d->number);
        buf_puts(b, "</text>\n</g>\n");
    }
    /* The group's road. */
    buf_printf(b, "<polyline class=\"group-line\" points=\"%.1f,%.1f", (double)CH_X0,
               chart_y(s->connection_start));
    for (int i = 0; i < s->n_decisions; i++)
        buf_printf(b, " %.1f,%.1f", CH_X0 + (i + 1) * sx,
                   chart_y(s->decisions[i].connection_after));
    buf_puts(b, "\"/>\n");
    snprintf(title, sizeof title, _("Start: connection %d"), s->connection_start);
    chart_point(b, CH_X0, chart_y(s->connection_start), false, false, false, title);
    for (int i = 0; i < s->n_decisions; i++) {
        const SessionDecision *d = &s->decisions[i];
        signed_words(change, sizeof change, d->dconn);
        snprintf(title, sizeof title, _("Decision %d: connection %d (%s)%s%s"), d->number,
                 d->connection_after, change, d->opened ? _(", rupture opened") : "",
                 d->repaired ? _(", repaired") : "");
        chart_point(b, CH_X0 + (i + 1) * sx, chart_y(d->connection_after), d->opened,
                    d->repaired, false, title);
    }
    /* The legend: a line, a dash and two shapes, each with its words. */
    int ly = CH_H - 22;
    buf_printf(b,
               _("<g class=\"legend\">\n"
                 "<line class=\"group-line\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
                 "<circle class=\"dot\" cx=\"%d\" cy=\"%d\" r=\"4.5\"/>"
                 "<text x=\"%d\" y=\"%d\">The group&#39;s road</text>\n"
                 "<line class=\"road-line\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
                 "<text x=\"%d\" y=\"%d\">A road not taken</text>\n"),
               CH_X0, ly, CH_X0 + 34, ly, CH_X0 + 17, ly, CH_X0 + 42, ly + 4, CH_X0 + 170, ly,
               CH_X0 + 204, ly, CH_X0 + 212, ly + 4);
    mark_rupture(b, CH_X0 + 352, ly, 8, _("Rupture opened"));
    buf_printf(b, _("<text x=\"%d\" y=\"%d\">Rupture opened</text>\n"), CH_X0 + 366, ly + 4);
    mark_repair(b, CH_X0 + 502, ly, 8, _("Repair"));
    buf_printf(b, _("<text x=\"%d\" y=\"%d\">Repair</text>\n"), CH_X0 + 516, ly + 4);
    buf_puts(b, "</g>\n</svg>\n");
}

static void html_option_row(Buf *b, const Session *s, const SessionDecision *d, int i,
                            int total)
{
    const SessionOption *o = &d->options[i];
    bool chosen = i == d->chosen;
    int votes = o->votes > 0 ? o->votes : 0;
    double width = total > 0 ? 100.0 * votes / total : 0.0;
    buf_printf(b, "<tr%s><th scope=\"row\"><span class=\"letter\">%c</span></th><td>",
               chosen ? " class=\"chosen\"" : "", 'A' + i);
    html_prose(b, o->text);
    if (chosen)
        buf_puts(b, _(" <span class=\"mark\">\u2714 chosen</span>"));
    buf_puts(b, "</td><td>");
    html_escaped(b, kinds_label(&s->kinds, o->kind), false);
    buf_printf(b,
               "</td><td class=\"votes\"><span class=\"track\"><span class=\"bar\" "
               "style=\"width:%.1f%%\"></span></span><span class=\"count\">%d</span> %s</td>"
               "</tr>\n",
               width, votes, votes == 1 ? _("vote") : _("votes"));
}

static void html_decision(Buf *b, const Session *s, const SessionDecision *d)
{
    char w1[32], w2[32], w3[32];
    buf_printf(b, "<li class=\"decision\" id=\"decision-%d\">\n", d->number);
    buf_printf(b, _("<h3>Decision %d</h3>\n"), d->number);
    if (d->said) {
        buf_puts(b, "<p class=\"said\">");
        if (d->speaker) {
            buf_puts(b, "<span class=\"speaker\">");
            html_escaped(b, d->speaker, false);
            buf_puts(b, ":</span> ");
        }
        html_prose(b, d->said);
        buf_puts(b, "</p>\n");
    }
    if (d->cue) {
        buf_puts(b, "<p class=\"cue\">");
        html_prose(b, d->cue);
        buf_puts(b, "</p>\n");
    }
    int total = session_decision_votes(d);
    buf_puts(b, _("<table class=\"options\">\n<thead><tr><th scope=\"col\">Letter</th>"
                  "<th scope=\"col\">Answer</th><th scope=\"col\">Kind</th>"
                  "<th scope=\"col\">Votes</th></tr></thead>\n<tbody>\n"));
    for (int i = 0; i < d->n_options; i++)
        html_option_row(b, s, d, i, total);
    buf_puts(b, "</tbody>\n</table>\n<p class=\"outcome\">");
    switch (d->by) {
    case SESSION_BY_TIE_BREAK:
        buf_printf(b, _("Decided by <strong>a tie-break</strong>: the votes were tied, the "
                         "facilitator chose (%d %s)."),
                   total, total == 1 ? _("vote") : _("votes"));
        break;
    case SESSION_BY_FACILITATOR:
        buf_puts(b, _("Decided by <strong>the facilitator</strong>."));
        break;
    default:
        buf_printf(b, _("Decided by <strong>majority</strong> (%d %s)."), total,
                   total == 1 ? _("vote") : _("votes"));
    }
    signed_words(w1, sizeof w1, d->dconn);
    buf_printf(b, _(" Connection %d \u2192 %d (<strong>%s</strong>)."), d->connection_before,
               d->connection_after, w1);
    if (d->opened)
        buf_puts(b, _(" <span class=\"tag-rupture\">\u25bd A rupture opened.</span>"));
    if (d->deepened)
        buf_puts(b, _(" <span class=\"tag-rupture\">\u25bd The rupture deepened.</span>"));
    if (d->repaired)
        buf_puts(b, _(" <span class=\"tag-repair\">\u25c6 Repaired.</span>"));
    buf_puts(b, "</p>\n");
    if (d->inner || d->why) {
        buf_puts(b, "<div class=\"why\">");
        if (d->inner) {
            buf_puts(b, _("<p><span class=\"label\">Inner voice:</span> "));
            html_prose(b, d->inner);
            buf_puts(b, "</p>");
        }
        if (d->why) {
            buf_puts(b, _("<p><span class=\"label\">Why:</span> "));
            html_prose(b, d->why);
            buf_puts(b, "</p>");
        }
        buf_puts(b, "</div>\n");
    }
    if (d->reflect) {
        buf_puts(b, _("<p class=\"reflect\"><span class=\"label\">Question:</span> "));
        html_escaped(b, d->reflect, true);
        buf_puts(b, "</p>\n");
    }
    duration_words(w1, sizeof w1, d->shown_at);
    duration_words(w2, sizeof w2, d->decided_at - d->shown_at);
    buf_printf(b, _("<p class=\"timing\">Shown %s into the session; decided in %s"), w1, w2);
    if (d->discussion_ms > 0) {
        duration_words(w3, sizeof w3, d->discussion_ms);
        buf_printf(b, _("; discussion %s"), w3);
    }
    if (d->vote_timer_ms > 0) {
        duration_words(w3, sizeof w3, d->vote_timer_ms);
        buf_printf(b, _("; vote timer %s"), w3);
    }
    buf_printf(b, ".%s</p>\n</li>\n",
               d->revealed ? _(" The inner voice and why were shown to the room.") : "");
}

static void html_questions(Buf *b, const Session *s)
{
    buf_puts(b, _("<section id=\"questions\">\n<h2>Questions to take away</h2>\n"));
    int shown = 0;
    for (int i = 0; i < s->n_decisions; i++) {
        const SessionDecision *d = &s->decisions[i];
        if (!d->reflect || !d->reflect[0])
            continue;
        bool seen = false;
        for (int k = 0; k < i && !seen; k++)
            seen = s->decisions[k].reflect && strcmp(s->decisions[k].reflect, d->reflect) == 0;
        if (seen)
            continue;
        if (shown++ == 0)
            buf_puts(b, "<ul class=\"questions\">\n");
        buf_puts(b, "<li>");
        html_escaped(b, d->reflect, true);
        buf_printf(b, _(" <span class=\"from\">(decision %d)</span></li>\n"), d->number);
    }
    buf_puts(b, shown ? "</ul>\n" : _("<p>No reflection questions came up in this session.</p>\n"));
    buf_puts(b, "</section>\n");
}

static void html_roads(Buf *b, const Session *s)
{
    buf_puts(b, _("<section id=\"roads\">\n<h2>Roads not taken</h2>\n"));
    if (s->n_roads == 0) {
        buf_puts(b, _("<p>No road not taken was tried in this session.</p>\n</section>\n"));
        return;
    }
    buf_puts(b, "<ol class=\"roads\">\n");
    char w[32];
    for (int i = 0; i < s->n_roads; i++) {
        const SessionRoad *r = &s->roads[i];
        const SessionDecision *d = &s->decisions[r->from];
        const SessionOption *o = &d->options[r->option];
        buf_printf(b, _("<li class=\"road\">\n<h3>From decision %d: answer %c instead</h3>\n<p>"),
                   d->number, 'A' + r->option);
        html_prose(b, o->text);
        buf_puts(b, " <em>(");
        html_escaped(b, kinds_label(&s->kinds, o->kind), false);
        buf_puts(b, ")</em></p>\n");
        if (r->n_steps > 0) {
            buf_puts(b, "<ol class=\"steps\">\n");
            for (int k = 0; k < r->n_steps; k++) {
                const SessionRoadStep *st = &r->steps[k];
                signed_words(w, sizeof w, st->dconn);
                buf_puts(b, "<li><span class=\"label\">");
                html_escaped(b, kinds_label(&s->kinds, st->kind), false);
                buf_puts(b, ":</span> ");
                html_prose(b, st->text);
                buf_printf(b, _(" \u2014 connection %d (%s)"), st->connection, w);
                if (st->opened)
                    buf_puts(b, _(" <span class=\"tag-rupture\">\u25bd a rupture opened</span>"));
                if (st->repaired)
                    buf_puts(b, _(" <span class=\"tag-repair\">\u25c6 repaired</span>"));
                buf_puts(b, "</li>\n");
            }
            buf_puts(b, "</ol>\n");
        }
        if (r->ending) {
            buf_puts(b, _("<p>It reached the ending <strong>"));
            html_prose(b, r->ending);
            buf_puts(b, "</strong>.");
        } else {
            buf_puts(b, _("<p>It stopped before an ending."));
        }
        duration_words(w, sizeof w, r->ms);
        buf_printf(b, _(" Time: %s.</p>\n</li>\n"), w);
    }
    buf_puts(b, "</ol>\n</section>\n");
}

char *session_report_html(const Session *s)
{
    if (!s)
        return NULL;
    Buf b = {0};
    Tally t;
    tally(s, &t);
    const char *title = s->story_title ? s->story_title : s->story_id ? s->story_id : _("A story");
    char w[64];
    buf_puts(&b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                 "<title>");
    html_escaped(&b, title, false);
    buf_puts(&b, _(" \u2014 workshop report, "));
    html_escaped(&b, s->date, false);
    buf_puts(&b, "</title>\n<style>\n");
    for (size_t i = 0; i < sizeof HTML_STYLE / sizeof HTML_STYLE[0]; i++)
        buf_puts(&b, HTML_STYLE[i]);
    buf_puts(&b, _("</style>\n</head>\n<body>\n<header>\n<p class=\"kicker\">Attune \u00b7 "
                   "workshop report</p>\n<h1>"));
    html_escaped(&b, title, false);
    buf_puts(&b, "</h1>\n<dl class=\"facts\">\n");
    buf_puts(&b, _("<div><dt>Date</dt><dd>"));
    html_escaped(&b, s->date, false);
    buf_puts(&b, "</dd></div>\n");
    duration_words(w, sizeof w, session_ms(s));
    buf_printf(&b, _("<div><dt>Length</dt><dd>%s</dd></div>\n"), w);
    if (s->n_resumed > 0) {
        buf_puts(&b, _("<div><dt>Interrupted</dt><dd>Resumed after an interruption at "));
        for (int i = 0; i < s->n_resumed; i++) {
            buf_puts(&b, i == 0 ? "" : i + 1 < s->n_resumed ? ", " : _(" and "));
            html_escaped(&b, s->resumed[i], false);
        }
        buf_puts(&b, "</dd></div>\n");
    }
    if (s->relationship) {
        buf_puts(&b, _("<div><dt>Relationship</dt><dd>"));
        html_escaped(&b, s->relationship, false);
        buf_puts(&b, "</dd></div>\n");
    }
    buf_puts(&b, _("<div><dt>Ending reached</dt><dd>"));
    if (has_ending(s) && s->ending_title) {
        html_prose(&b, s->ending_title);
        if (s->ending_verdict) {
            buf_puts(&b, " (");
            html_escaped(&b, s->ending_verdict, false);
            buf_puts(&b, ")");
        }
    } else {
        buf_puts(&b, has_ending(s) ? _("An ending")
                                   : _("None: the session stopped before an ending"));
    }
    buf_puts(&b, "</dd></div>\n</dl>\n");
    if (has_ending(s) && s->ending_text) {
        buf_puts(&b, "<blockquote>");
        html_prose(&b, s->ending_text);
        buf_puts(&b, "</blockquote>\n");
    }
    buf_puts(&b, _("</header>\n<main>\n<section id=\"glance\">\n<h2>At a glance</h2>\n"
                   "<ul class=\"glance\">\n"));
    buf_printf(&b, "<li><strong>%d</strong> %s</li>\n", s->n_decisions,
               s->n_decisions == 1 ? _("decision") : _("decisions"));
    buf_printf(&b, "<li><strong>%d</strong> %s</li>\n", t.attuned,
               t.attuned == 1 ? _("attuned answer") : _("attuned answers"));
    buf_printf(&b, "<li>\u25bd <strong>%d</strong> %s</li>\n", t.opened,
               t.opened == 1 ? _("rupture opened") : _("ruptures opened"));
    buf_printf(&b, "<li>\u25c6 <strong>%d</strong> %s</li>\n", t.repaired,
               t.repaired == 1 ? _("repair") : _("repairs"));
    buf_printf(&b, _("<li>Connection <strong>%d \u2192 %d</strong></li>\n"), s->connection_start,
               s->connection_end);
    long long talk = s->discussion_ms;
    for (int i = 0; i < s->n_decisions; i++)
        talk += s->decisions[i].discussion_ms;
    duration_words(w, sizeof w, talk);
    buf_printf(&b, _("<li>Discussion <strong>%s</strong></li>\n"), w);
    buf_puts(&b, "</ul>\n");
    if (t.n_kinds > 0) {
        buf_puts(&b, _("<p>Answers the group chose: "));
        for (int i = 0; i < t.n_kinds; i++) {
            buf_puts(&b, i ? " \u00b7 " : "");
            html_escaped(&b, kinds_label(&s->kinds, t.kinds[i]), false);
            buf_printf(&b, " <strong>%d</strong>", t.counts[i]);
        }
        buf_puts(&b, "</p>\n");
    }
    buf_puts(&b, _("</section>\n<section id=\"chart\">\n<h2>Connection through the session</h2>\n"
                   "<figure>\n"));
    html_chart(&b, s, &t);
    buf_puts(&b, _("<figcaption>Connection (0\u2013100) after each decision. The solid line is "
                   "the group&#39;s road; dashed lines are roads not taken, from the decision "
                   "where they left it.</figcaption>\n</figure>\n</section>\n"));
    buf_puts(&b, _("<section id=\"decisions\">\n<h2>Decisions</h2>\n"));
    if (s->n_decisions == 0)
        buf_puts(&b, _("<p>No decision was made in this session.</p>\n"));
    else
        buf_puts(&b, "<ol class=\"decisions\">\n");
    for (int i = 0; i < s->n_decisions; i++)
        html_decision(&b, s, &s->decisions[i]);
    if (s->n_decisions > 0)
        buf_puts(&b, "</ol>\n");
    buf_puts(&b, "</section>\n");
    html_questions(&b, s);
    html_roads(&b, s);
    buf_puts(&b, _("</main>\n<footer>\n<p>Made with Attune. No names or personal data are "
                    "recorded.</p>\n</footer>\n</body>\n</html>\n"));
    return buf_take(&b);
}

/* ---- export ------------------------------------------------------------- */

static void set_err(char *err, size_t n, const char *fmt, ...) LOG_PRINTF(3, 4);

static void set_err(char *err, size_t n, const char *fmt, ...)
{
    if (!err || n == 0)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, n, fmt, ap);
    va_end(ap);
}

/* `id` made safe for a file name: letters, digits, '-', '_' and '.' kept
 * (not a leading '.'), anything else a '-'; "story" when empty. */
static void file_safe(char *out, size_t n, const char *id)
{
    size_t k = 0;
    for (const char *p = id ? id : ""; *p && k + 1 < n && k < 64; p++) {
        char c = *p;
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '-' || c == '_' || (c == '.' && k > 0);
        out[k++] = ok ? c : '-';
    }
    out[k] = '\0';
    if (k == 0)
        str_copy(out, "story", n);
}

static bool exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

/* Write `text` to `path` atomically; false with errno kept. */
static bool write_text(const char *path, const char *text)
{
    errno = 0;
    if (save_write_atomic(path, (const unsigned char *)text, strlen(text)))
        return true;
    if (errno == 0)
        errno = EIO;
    return false;
}

bool session_export(const Session *s, const char *dir, char *html, char *json, size_t n,
                    char *err)
{
    if (html && n)
        html[0] = '\0';
    if (json && n)
        json[0] = '\0';
    if (err && n)
        err[0] = '\0';
    if (!s || !dir || !dir[0]) {
        set_err(err, n, _("No folder was given for the report."));
        return false;
    }
    if (strlen(dir) > 900) {
        set_err(err, n, _("Cannot write to %s: the folder name is too long"), dir);
        return false;
    }
    /* NOTE: paths_make_dirs gives up at the first mkdir that fails, with its
     * errno ("Not a directory" under a file, "Permission denied"...). */
    errno = 0;
    if (!paths_make_dirs(dir) || access(dir, W_OK | X_OK) != 0) {
        int e = errno ? errno : ENOTDIR;
        set_err(err, n, _("Cannot write to %s: %s"), dir, strerror(e));
        return false;
    }
    char *h = session_report_html(s), *j = session_report_json(s);
    if (!h || !j) {
        attune_free(h);
        attune_free(j);
        set_err(err, n, _("Cannot make the report: out of memory"));
        return false;
    }
    char id[72], stamp[32], hp[1100], jp[1100];
    file_safe(id, sizeof id, s->story_id);
    time_t now = time(NULL);
    struct tm tmv;
    if (!localtime_r(&now, &tmv) || !strftime(stamp, sizeof stamp, "%Y-%m-%d-%H%M", &tmv))
        str_copy(stamp, s->date, sizeof stamp);
    size_t dl = strlen(dir);
    const char *slash = dl > 0 && dir[dl - 1] == '/' ? "" : "/";
    bool named = false;
    for (int k = 1; k <= 999 && !named; k++) {
        char suffix[16] = "";
        if (k > 1)
            snprintf(suffix, sizeof suffix, "-%d", k);
        snprintf(hp, sizeof hp, "%s%sattune-workshop-%s-%s%s.html", dir, slash, id, stamp,
                 suffix);
        snprintf(jp, sizeof jp, "%s%sattune-workshop-%s-%s%s.json", dir, slash, id, stamp,
                 suffix);
        named = !exists(hp) && !exists(jp);
    }
    bool ok = false;
    if (!named) {
        set_err(err, n, _("Cannot write to %s: too many reports of this minute already"), dir);
    } else if (strlen(hp) >= n || strlen(jp) >= n) {
        set_err(err, n, _("Cannot write to %s: the folder name is too long"), dir);
    } else if (!write_text(hp, h)) {
        set_err(err, n, _("Cannot write to %s: %s"), hp, strerror(errno));
    } else if (!write_text(jp, j)) {
        int e = errno;
        unlink(hp); /* both or neither */
        set_err(err, n, _("Cannot write to %s: %s"), jp, strerror(e));
    } else {
        if (html)
            str_copy(html, hp, n);
        if (json)
            str_copy(json, jp, n);
        ok = true;
    }
    attune_free(h);
    attune_free(j);
    return ok;
}

/* The user's documents folder as the XDG user-dirs file names it (its
 * XDG_DOCUMENTS_DIR="$HOME/..." or "/..." line). False when it names none,
 * or names the home folder itself (which means "none"). Not checked for
 * existence here. */
static bool xdg_documents_dir(char *out, size_t n, const char *home)
{
    char conf[1200];
    const char *xdg = getenv("XDG_CONFIG_HOME");
    bool have = xdg && xdg[0] == '/'
                    ? paths_join(conf, sizeof conf, xdg, "user-dirs.dirs")
                    : paths_join(conf, sizeof conf, home, ".config/user-dirs.dirs");
    char found[1024] = "";
    FILE *f = have ? fopen(conf, "r") : NULL;
    if (f) {
        char line[1200];
        while (fgets(line, sizeof line, f)) {
            const char *p = line;
            while (*p == ' ' || *p == '\t')
                p++;
            static const char KEY[] = "XDG_DOCUMENTS_DIR";
            if (strncmp(p, KEY, sizeof KEY - 1) != 0)
                continue;
            p += sizeof KEY - 1;
            while (*p == ' ' || *p == '\t')
                p++;
            if (*p++ != '=')
                continue;
            while (*p == ' ' || *p == '\t')
                p++;
            if (*p++ != '"')
                continue;
            char value[1024];
            size_t k = 0;
            bool closed = false;
            for (; *p && k + 1 < sizeof value; p++) {
                if (*p == '\\' && p[1])
                    p++;
                else if (*p == '"') {
                    closed = true;
                    break;
                }
                value[k++] = *p;
            }
            value[k] = '\0';
            if (!closed)
                continue;
            const char *rest = NULL;
            if (strncmp(value, "$HOME", 5) == 0 && (value[5] == '/' || value[5] == '\0'))
                rest = value + 5;
            else if (strncmp(value, "${HOME}", 7) == 0 && (value[7] == '/' || value[7] == '\0'))
                rest = value + 7;
            if (rest)
                snprintf(found, sizeof found, "%s%s", home, rest);
            else if (value[0] == '/')
                str_copy(found, value, sizeof found);
            /* The last line that names it wins, as in a shell. */
        }
        fclose(f);
    }
    /* A documents folder set to the home folder itself means "none". */
    size_t fl = strlen(found), hl = strlen(home);
    while (fl > 1 && found[fl - 1] == '/')
        found[--fl] = '\0';
    while (hl > 1 && home[hl - 1] == '/')
        hl--;
    if (!found[0] || (fl == hl && strncmp(found, home, hl) == 0))
        return false;
    return (size_t)snprintf(out, n, "%s", found) < n;
}

bool session_report_dir(char *out, size_t n)
{
    if (!out || n == 0)
        return false;
    out[0] = '\0';
    const char *env = getenv("ATTUNE_REPORT_DIR");
    if (env && env[0])
        return (size_t)snprintf(out, n, "%s", env) < n;
    const char *home = getenv("HOME");
    char docs[1100];
    if (home && home[0] == '/') {
        if (xdg_documents_dir(docs, sizeof docs, home) && paths_is_dir(docs))
            return paths_join(out, n, docs, "Attune reports");
        if (paths_join(docs, sizeof docs, home, "Documents") && paths_is_dir(docs))
            return paths_join(out, n, docs, "Attune reports");
    }
    const char *save = paths_save_dir();
    if (save && (size_t)snprintf(out, n, "%sreports", save) < n)
        return true;
    out[0] = '\0';
    return false;
}
