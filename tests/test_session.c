/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Tests for the workshop session record and its report: a scripted session
 * built from fabricated story views (no Lua), its tallies and decisions, the
 * JSON and HTML it exports, the export to disk, and the default folder. */
#include "attune/log.h"
#include "attune/paths.h"
#include "attune/session.h"
#include "attune/session_report.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- helpers ------------------------------------------------------------ */

/* Story strings live only until pool_drop(), as the story's view strings die
 * at its next call: a session that kept one would read scribbled (or, under
 * ASan, freed) memory. */
static char *pool[512];
static int n_pool;

static const char *T(const char *s)
{
    if (!s)
        return NULL;
    assert_true(n_pool < 512);
    char *c = strdup(s);
    assert_non_null(c);
    pool[n_pool++] = c;
    return c;
}

static void pool_drop(void)
{
    for (int i = 0; i < n_pool; i++) {
        memset(pool[i], 'X', strlen(pool[i]));
        free(pool[i]);
    }
    n_pool = 0;
}

typedef struct Opt {
    const char *text, *kind, *id;
} Opt;

static StoryView beat(const char *id, const char *speaker, const char *text, const char *cue,
                      const char *reflect, int connection, int steadiness, const Opt *opts, int n)
{
    StoryView v;
    memset(&v, 0, sizeof v);
    v.beat_id = T(id);
    v.speaker = T(speaker);
    v.text = T(text);
    v.cue = T(cue);
    v.reflect = T(reflect);
    v.connection = connection;
    v.steadiness = steadiness;
    v.n_choices = n;
    for (int i = 0; i < n; i++) {
        v.choices[i].text = T(opts[i].text);
        v.choices[i].kind = T(opts[i].kind);
        v.choices[i].id = T(opts[i].id);
        v.choices[i].enabled = true;
    }
    return v;
}

static StoryStep step(const char *text, const char *kind, int connection, int steadiness, int dconn,
                      bool opened, bool repaired, const char *inner, const char *why)
{
    StoryStep st;
    memset(&st, 0, sizeof st);
    st.text = T(text);
    st.kind = T(kind);
    st.inner = T(inner);
    st.why = T(why);
    st.connection = connection;
    st.steadiness = steadiness;
    st.dconn = dconn;
    st.opened = opened;
    st.repaired = repaired;
    return st;
}

static int count(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = strstr(hay, needle); p; p = strstr(p + strlen(needle), needle))
        n++;
    return n;
}

#define assert_has(hay, needle)                                                                    \
    do {                                                                                           \
        if (!strstr((hay), (needle)))                                                              \
            fail_msg("missing: %s", (needle));                                                     \
    } while (0)
#define assert_lacks(hay, needle)                                                                  \
    do {                                                                                           \
        if (strstr((hay), (needle)))                                                               \
            fail_msg("should not hold: %s", (needle));                                             \
    } while (0)

/* A small JSON syntax checker: each returns the text after one value, or NULL. */
static const char *json_value(const char *p, int depth);

static const char *json_ws(const char *p)
{
    while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
        p++;
    return p;
}

static const char *json_string(const char *p)
{
    if (*p++ != '"')
        return NULL;
    for (; *p != '"'; p++) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x20)
            return NULL; /* raw control characters are not allowed */
        if (c == '\\') {
            p++;
            if (*p == 'u') {
                for (int i = 1; i <= 4; i++)
                    if (!strchr("0123456789abcdefABCDEF", p[i]) || !p[i])
                        return NULL;
                p += 4;
            } else if (!*p || !strchr("\"\\/bfnrt", *p)) {
                return NULL;
            }
        }
    }
    return p + 1;
}

static const char *json_value(const char *p, int depth)
{
    if (depth > 32)
        return NULL;
    p = json_ws(p);
    if (*p == '{' || *p == '[') {
        char close = *p == '{' ? '}' : ']';
        p = json_ws(p + 1);
        if (*p == close)
            return p + 1;
        for (;;) {
            if (close == '}') {
                p = json_string(json_ws(p));
                if (!p)
                    return NULL;
                p = json_ws(p);
                if (*p++ != ':')
                    return NULL;
            }
            p = json_value(p, depth + 1);
            if (!p)
                return NULL;
            p = json_ws(p);
            if (*p == close)
                return p + 1;
            if (*p++ != ',')
                return NULL;
        }
    }
    if (*p == '"')
        return json_string(p);
    if (strncmp(p, "true", 4) == 0)
        return p + 4;
    if (strncmp(p, "false", 5) == 0)
        return p + 5;
    if (strncmp(p, "null", 4) == 0)
        return p + 4;
    const char *start = p;
    if (*p == '-')
        p++;
    while (*p >= '0' && *p <= '9')
        p++;
    return p > start && p[-1] != '-' ? p : NULL;
}

static void assert_json_valid(const char *j)
{
    assert_non_null(j);
    const char *end = json_value(j, 0);
    if (!end)
        fail_msg("the JSON does not parse");
    assert_string_equal(json_ws(end), "");
}

/* Start and end tags of the elements the report uses pair up. */
static void assert_html_balanced(const char *h)
{
    static const char *const tags[] = {
        "html", "head",  "body",  "header", "main",   "section", "footer",     "ol",    "ul",
        "li",   "table", "thead", "tbody",  "tr",     "td",      "th",         "svg",   "g",
        "p",    "dl",    "dt",    "dd",     "div",    "figure",  "figcaption", "title", "style",
        "h1",   "h2",    "h3",    "span",   "strong", "em",      "blockquote", "desc"};
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++) {
        char open1[32], open2[32], close[32];
        snprintf(open1, sizeof open1, "<%s>", tags[i]);
        snprintf(open2, sizeof open2, "<%s ", tags[i]);
        snprintf(close, sizeof close, "</%s>", tags[i]);
        int opens = count(h, open1) + count(h, open2), closes = count(h, close);
        if (opens != closes)
            fail_msg("<%s>: %d opened, %d closed", tags[i], opens, closes);
    }
}

/* ---- the scripted session -------------------------------------------------- */

/* The kinds as a loaded story hands them over (StoryInfo.kinds): rules.lua's
 * labels, ATTUNED and MISATTUNED, written out here because these tests run no Lua
 * (tests/test_story.c checks that a story carries rules.lua's own). */
static const Kinds RULES = {9,
                            {{"attune", "Attuning", KIND_ATTUNED},
                             {"attune_boundary", "Attuning, holding a limit", KIND_ATTUNED},
                             {"dismiss", "Dismissing", KIND_MISSED},
                             {"enmesh", "Getting swept up", KIND_MISSED},
                             {"fix", "Fixing", KIND_MISSED},
                             {"repair", "Repairing", KIND_ATTUNED},
                             {"rescue", "Rescuing", KIND_MISSED},
                             {"steady", "Steadying yourself", KIND_NEITHER},
                             {"withdraw", "Withdrawing", KIND_MISSED}}};

static const StoryInfo INFO = {.id = "homework-night",
                               .title = "Homework <Night> & \"Day\"",
                               .relationship = "parent-child",
                               .kinds = &RULES};

/* Three decisions (majority, tie-break, facilitator), votes, a pause, a
 * reveal, a road not taken, an ending and a debrief pause. Times in ms. */
static void scripted(Session *s)
{
    StoryInfo info = {.id = T(INFO.id),
                      .title = T(INFO.title),
                      .relationship = T(INFO.relationship),
                      .kinds = INFO.kinds};
    const Opt o1[] = {{"Sit beside her", "attune", "sit"},
                      {"Just *do* the sums", "fix", "fix"},
                      {"I'll do it for you", "rescue", "rescue"}};
    StoryView v = beat("kitchen", "Maya", "I <hate> \"maths\" & you!",
                       "She grips the [[pencil|rescue]]\n\x01 caf\xc3\xa9 \xe2\x80\x94 \xff end",
                       "What did she need?", 50, 60, o1, 3);
    session_init(s, &info, &v, 1000);
    pool_drop();

    /* Votes: five for A, three for B; C is taken below zero and stays 0. */
    assert_int_equal(session_vote_add(s, 1), 1);
    session_vote_clear(s);
    assert_int_equal(session_vote_total(s), 0);
    for (int i = 0; i < 5; i++)
        session_vote_add(s, 0);
    for (int i = 0; i < 3; i++)
        session_vote_add(s, 1);
    assert_int_equal(session_vote_remove(s, 2), 0);
    assert_int_equal(session_vote_add(s, 2), 1);
    assert_int_equal(session_vote_remove(s, 2), 0);
    assert_int_equal(session_vote_remove(s, 2), 0);
    assert_int_equal(session_vote_add(s, 3), -1);
    assert_int_equal(session_vote_add(s, -1), -1);
    assert_int_equal(session_vote_remove(s, 9), -1);
    assert_int_equal(session_vote_total(s), 8);
    session_note_vote_timer(s, 60000);
    session_pause_begin(s, 31000);
    session_pause_begin(s, 32000); /* already running: ignored */
    session_pause_end(s, 61000);
    session_pause_end(s, 62000); /* none running: ignored */
    StoryStep st = step("Sit beside her", "attune", 58, 62, 8, false, false, "She's scared.",
                        "Sitting *with* her says: I can bear this with you.");
    session_decide(s, 0, SESSION_BY_MAJORITY, &st, 91000);
    pool_drop();
    session_decide(s, 1, SESSION_BY_FACILITATOR, NULL, 92000); /* nothing pending */
    assert_int_equal(session_vote_add(s, 0), -1);              /* the vote is closed */
    session_mark_revealed(s);

    /* A tie, broken by the facilitator. */
    const Opt o2[] = {{"No more tonight; we stop at eight", "attune_boundary", "limit"},
                      {"It's only a page, come on", "dismiss", "dismiss"}};
    v = beat("torn-page", NULL, "The page tears.</style><script>alert(1)</script>", NULL, NULL, 58,
             62, o2, 2);
    session_begin_beat(s, &v, 100000);
    pool_drop();
    for (int i = 0; i < 3; i++) {
        session_vote_add(s, 0);
        session_vote_add(s, 1);
    }
    st = step("It's only a page, come on", "dismiss", 48, 55, -10, true, false, "Hurry up.",
              "Brushing it aside tells her the feeling is too much.");
    session_decide(s, 1, SESSION_BY_TIE_BREAK, &st, 160000);
    pool_drop();

    /* The facilitator picks directly, with no votes. */
    const Opt o3[] = {{"I rushed you. I'm sorry.", "repair", "sorry"},
                      {"Go to your room", "withdraw", "room"},
                      {"I can't take this either!", "enmesh", "enmesh"}};
    v = beat("after-storm", "Maya", "You didn't even look.", "Her chin wobbles.",
             "What made the repair possible?", 48, 55, o3, 3);
    session_begin_beat(s, &v, 170000);
    pool_drop();
    st = step("I rushed you. I'm sorry.", "repair", 60, 64, 12, false, true, "I missed her.",
              "Naming the miss mends it.");
    session_decide(s, 0, SESSION_BY_FACILITATOR, &st, 200000);
    pool_drop();

    /* The road not taken at decision 2 (index 1): answer A instead. */
    StoryStep road[2] = {
        step("No more tonight; we stop at eight", "attune_boundary", 64, 64, 6, false, false,
             "Someone <is> holding the line.", NULL),
        step("Sit with her & <read>", "attune", 70, 66, 6, false, false, "Not alone with it.",
             NULL),
    };
    road[0].choice_id = T("limit");
    session_add_road(s, 1, 0, road, 2, T("Side by side"), 45000);
    session_add_road(s, 5, 0, road, 2, NULL, 1000);  /* no such decision */
    session_add_road(s, 1, 7, road, 2, NULL, 1000);  /* no such answer */
    session_add_road(s, 1, 0, NULL, 2, NULL, 1000);  /* steps missing */
    session_add_road(s, 1, 0, road, -1, NULL, 1000); /* negative count */
    pool_drop();

    /* Talking over the last reveal counts for that decision. */
    session_pause_begin(s, 205000);
    session_pause_end(s, 215000);

    StoryView end;
    memset(&end, 0, sizeof end);
    end.is_ending = true;
    end.title = T("Mended & <kept>");
    end.verdict = T("stronger");
    end.text = T("She leans on you. **Tomorrow** will come.");
    end.connection = 72;
    session_finish(s, &end, 300000);
    pool_drop();
    /* The debrief: a pause outside any beat. */
    session_pause_begin(s, 300000);
    session_pause_end(s, 360000);
}

/* ---- tests -------------------------------------------------------------- */

static void test_majority(void **state)
{
    (void)state;
    int tied[8], n = -1;
    const int none[] = {0, 0, 0};
    assert_int_equal(session_majority(none, 3, tied, &n), -1);
    assert_int_equal(n, 0);
    const int tie[] = {2, 5, 5, 1};
    assert_int_equal(session_majority(tie, 4, tied, &n), -1);
    assert_int_equal(n, 2);
    assert_int_equal(tied[0], 1);
    assert_int_equal(tied[1], 2);
    const int win[] = {1, 4, 2};
    assert_int_equal(session_majority(win, 3, tied, &n), 1);
    assert_int_equal(n, 1);
    assert_int_equal(tied[0], 1);
    const int three[] = {3, 3, 3};
    assert_int_equal(session_majority(three, 3, NULL, &n), -1);
    assert_int_equal(n, 3);
    assert_int_equal(session_majority(win, 3, NULL, NULL), 1);
    assert_int_equal(session_majority(NULL, 3, tied, &n), -1);
    assert_int_equal(n, 0);
    assert_int_equal(session_majority(win, 0, tied, &n), -1);
    const int neg[] = {-4, -1};
    assert_int_equal(session_majority(neg, 2, tied, &n), -1);
    assert_int_equal(n, 0);
}

static void test_scripted_session(void **state)
{
    (void)state;
    Session s;
    scripted(&s);
    assert_string_equal(s.story_id, "homework-night");
    assert_string_equal(s.story_title, INFO.title);
    assert_int_equal(s.connection_start, 50);
    assert_int_equal(s.steadiness_start, 60);
    assert_int_equal(s.connection_end, 72);
    assert_true(s.finished);
    assert_false(s.pending);
    assert_int_equal(s.started_at, 1000);
    assert_int_equal(s.ended_at, 300000);
    assert_int_equal(strlen(s.date), 10);
    assert_int_equal(s.n_decisions, 3);

    const SessionDecision *d = &s.decisions[0];
    assert_int_equal(d->number, 1);
    assert_string_equal(d->beat, "kitchen");
    assert_string_equal(d->speaker, "Maya");
    assert_string_equal(d->said, "I <hate> \"maths\" & you!");
    assert_string_equal(d->reflect, "What did she need?");
    assert_int_equal(d->n_options, 3);
    assert_int_equal(d->options[0].votes, 5);
    assert_int_equal(d->options[1].votes, 3);
    assert_int_equal(d->options[2].votes, 0);
    assert_string_equal(d->options[1].kind, "fix");
    assert_string_equal(d->options[2].id, "rescue");
    assert_int_equal(d->chosen, 0);
    assert_int_equal(d->by, SESSION_BY_MAJORITY);
    assert_int_equal(d->connection_before, 50);
    assert_int_equal(d->connection_after, 58);
    assert_int_equal(d->dconn, 8);
    assert_int_equal(d->steadiness_before, 60);
    assert_int_equal(d->steadiness_after, 62);
    assert_string_equal(d->inner, "She's scared.");
    assert_true(d->revealed);
    assert_int_equal(d->shown_at, 0);
    assert_int_equal(d->decided_at, 90000);
    assert_int_equal(d->discussion_ms, 30000);
    assert_int_equal(d->vote_timer_ms, 60000);

    d = &s.decisions[1];
    int votes[2] = {d->options[0].votes, d->options[1].votes}, tied[2], n_tied = 0;
    assert_int_equal(session_majority(votes, 2, tied, &n_tied), -1);
    assert_int_equal(n_tied, 2);
    assert_null(d->speaker);
    assert_null(d->cue);
    assert_int_equal(d->chosen, 1);
    assert_int_equal(d->by, SESSION_BY_TIE_BREAK);
    assert_true(d->opened);
    assert_false(d->repaired);
    assert_int_equal(d->dconn, -10);
    assert_false(d->revealed);
    assert_int_equal(d->shown_at, 99000);
    assert_int_equal(d->discussion_ms, 0);

    d = &s.decisions[2];
    assert_int_equal(d->by, SESSION_BY_FACILITATOR);
    assert_int_equal(d->options[0].votes + d->options[1].votes + d->options[2].votes, 0);
    assert_true(d->repaired);
    assert_int_equal(d->connection_before, 48);
    assert_int_equal(d->connection_after, 60);
    assert_int_equal(d->discussion_ms, 10000);

    assert_int_equal(s.n_roads, 1);
    assert_int_equal(s.roads[0].from, 1);
    assert_int_equal(s.roads[0].option, 0);
    assert_int_equal(s.roads[0].n_steps, 2);
    assert_int_equal(s.roads[0].steps[1].connection, 70);
    assert_string_equal(s.roads[0].steps[1].text, "Sit with her & <read>");
    assert_string_equal(s.roads[0].steps[0].inner, "Someone <is> holding the line.");
    assert_string_equal(s.roads[0].steps[1].inner, "Not alone with it.");
    assert_string_equal(s.roads[0].ending, "Side by side");
    assert_int_equal(s.roads[0].ms, 45000);
    assert_int_equal(s.discussion_ms, 60000);
    assert_string_equal(s.ending_title, "Mended & <kept>");
    assert_string_equal(s.ending_verdict, "stronger");

    /* Nothing happens after the end. */
    StoryView v = beat("late", NULL, "Too late", NULL, NULL, 10, 10, NULL, 0);
    session_begin_beat(&s, &v, 400000);
    pool_drop();
    assert_false(s.pending);
    session_free(&s);
    session_free(&s); /* twice is harmless */
    session_free(NULL);
}

static void test_json(void **state)
{
    (void)state;
    Session s;
    scripted(&s);
    char *j = session_report_json(&s);
    assert_json_valid(j);
    assert_has(j, "\"format\": \"attune-workshop-report\"");
    assert_has(j, "\"version\": 1");
    assert_has(j, "\"id\": \"homework-night\"");
    assert_has(j, "\"title\": \"Homework <Night> & \\\"Day\\\"\"");
    assert_has(j, "\"relationship\": \"parent-child\"");
    assert_has(j, "\"duration_seconds\": 299");
    assert_has(j, "\"connection_start\": 50");
    assert_has(j, "\"connection_end\": 72");
    assert_has(j, "\"verdict\": \"stronger\"");
    assert_has(j, "\"text\": \"She leans on you. Tomorrow will come.\""); /* markup gone */
    assert_has(j, "\"said\": \"I <hate> \\\"maths\\\" & you!\"");
    /* Control characters escaped, UTF-8 passed through, a bad byte replaced. */
    assert_has(j, "\"cue\": \"She grips the pencil\\u000a\\u0001 caf\xc3\xa9 \xe2\x80\x94 "
                  "\xef\xbf\xbd end\"");
    assert_lacks(j, "\xff");
    assert_has(j, "\"votes\": 5");
    assert_has(j, "\"votes\": 3");
    assert_has(j, "\"votes_total\": 8");
    assert_has(j, "\"votes_total\": 6");
    assert_has(j, "\"votes_total\": 0");
    assert_has(j, "\"decided_by\": \"majority\"");
    assert_has(j, "\"decided_by\": \"tie-break\"");
    assert_has(j, "\"decided_by\": \"facilitator\"");
    assert_has(j, "\"letter\": \"C\"");
    assert_has(j, "\"text\": \"Just do the sums\"");
    assert_has(j, "\"why\": \"Sitting with her says: I can bear this with you.\"");
    assert_has(j, "\"revealed\": true");
    assert_has(j, "\"connection_change\": -10");
    assert_has(j, "\"rupture_opened\": true");
    assert_has(j, "\"repaired\": true");
    assert_has(j, "\"shown_at_seconds\": 99");
    assert_has(j, "\"decided_at_seconds\": 90");
    assert_has(j, "\"seconds_to_decide\": 90");
    assert_has(j, "\"discussion_seconds\": 30");
    assert_has(j, "\"vote_timer_seconds\": 60");
    assert_has(j, "\"from_decision\": 2");
    assert_has(j, "\"ending\": \"Side by side\"");
    assert_has(j, "\"seconds\": 45");
    assert_has(j, "\"text\": \"Sit with her & <read>\"");
    /* The road's answer with its inner voice, and each step's. */
    assert_has(
        j, "\"kind\": \"attune_boundary\",\n      \"inner\": \"Someone <is> holding the line.\"");
    assert_has(j, "\"inner\": \"Not alone with it.\"");
    assert_has(j, "\"discussion_seconds\": 60");
    assert_has(j, "\"decisions\": 3");
    assert_has(j, "\"attuned\": 2");
    assert_has(j, "\"ruptures_opened\": 1");
    assert_has(j, "\"repairs\": 1");
    assert_has(j, "\"attune\": 1");
    assert_has(j, "\"dismiss\": 1");
    assert_has(j, "\"repair\": 1");
    assert_int_equal(count(j, "\"number\": "), 3);
    free(j);
    session_free(&s);
}

static void test_html(void **state)
{
    (void)state;
    Session s;
    scripted(&s);
    char *h = session_report_html(&s);
    assert_non_null(h);
    assert_true(strncmp(h, "<!DOCTYPE html>\n<html lang=\"en\">", 31) == 0);
    assert_has(h, "<meta charset=\"utf-8\">");
    assert_has(h, "<title>Homework &lt;Night&gt; &amp; &quot;Day&quot;");
    assert_has(h, "<h1>Homework &lt;Night&gt; &amp; &quot;Day&quot;</h1>");
    assert_int_equal(count(h, "<svg"), 1);
    assert_has(h, "viewBox=");
    assert_has(h, "<polyline class=\"group-line\"");
    assert_has(h, "<polyline class=\"road-line\"");
    assert_has(h, ">A, from 2</text>"); /* the road's label */
    assert_has(h, "<desc");
    assert_has(h, "class=\"rupture\"");
    assert_has(h, "class=\"repair\"");
    assert_has(h, "Rupture opened</text>");
    assert_lacks(h, "http://");
    assert_lacks(h, "https://");
    assert_lacks(h, "<script");
    assert_lacks(h, "<link");
    assert_lacks(h, "url(");
    assert_lacks(h, "src=");
    /* Story text escaped, never raw. */
    assert_has(h, "I &lt;hate&gt; &quot;maths&quot; &amp; you!");
    assert_has(h, "The page tears.&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    assert_lacks(h, "<hate>");
    assert_has(h, "Mended &amp; &lt;kept&gt;");
    assert_has(h, "Sit with her &amp; &lt;read&gt;");
    /* The road not taken: its answer once, with its inner voice; then what came after. */
    const char *roads = strstr(h, "<section id=\"roads\">");
    assert_non_null(roads);
    assert_int_equal(count(roads, "No more tonight; we stop at eight"), 1);
    assert_int_equal(count(roads, "Someone &lt;is&gt; holding the line."), 1);
    assert_int_equal(count(roads, "Not alone with it."), 1);
    assert_has(roads, "No more tonight; we stop at eight <em>(");
    assert_int_equal(count(roads, "<ol class=\"steps\">"), 1);
    assert_has(h, "I&#39;ll do it for you");
    assert_has(h, "She grips the pencil<br>");
    assert_has(h, "<span class=\"speaker\">Maya:</span>");
    /* Each answer: letter, kind word, a bar and its count; the chosen marked in words. */
    assert_int_equal(count(h, "class=\"decision\""), 3);
    assert_int_equal(count(h, "\u2714 chosen"), 3);
    assert_has(h, "<span class=\"letter\">C</span>");
    assert_has(h, "Attuning");
    assert_has(h, "Getting swept up");
    assert_has(h, "Attuning, holding a limit");
    assert_has(h, "style=\"width:62.5%\"></span></span><span class=\"count\">5</span> votes");
    assert_has(h, "Decided by <strong>majority</strong>");
    assert_has(h, "Decided by <strong>a tie-break</strong>");
    assert_has(h, "Decided by <strong>the facilitator</strong>");
    assert_has(h, "(<strong>\u221210</strong>)");
    assert_has(h, "Questions to take away");
    assert_has(h, "<li>What did she need? <span class=\"from\">(decision 1)</span></li>");
    assert_has(h, "What made the repair possible?");
    assert_has(h, "From decision 2: answer A instead");
    assert_has(h, "It reached the ending <strong>Side by side</strong>");
    assert_has(h, "Made with Attune. No names or personal data are recorded.");
    assert_has(h, "@media print");
    assert_html_balanced(h);
    free(h);
    session_free(&s);
}

/* How many entries folder `dir` holds. */
static int entries(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    closedir(d);
    return n;
}

static void remove_tree(const char *path)
{
    struct stat st;
    if (lstat(path, &st) != 0)
        return;
    if (S_ISDIR(st.st_mode)) {
        chmod(path, 0700);
        DIR *d = opendir(path);
        struct dirent *e;
        while (d && (e = readdir(d))) {
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
                continue;
            char sub[2048];
            snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
            remove_tree(sub);
        }
        if (d)
            closedir(d);
        rmdir(path);
    } else {
        unlink(path);
    }
}

static void assert_file_is(const char *path, const char *text)
{
    size_t len = 0;
    char *got = paths_read_file(path, 1 << 22, &len);
    assert_non_null(got);
    assert_int_equal(len, strlen(text));
    assert_string_equal(got, text);
    free(got);
}

static void test_export(void **state)
{
    (void)state;
    char tmp[] = "/tmp/attune-session-XXXXXX";
    assert_non_null(mkdtemp(tmp));
    Session s;
    scripted(&s);
    char dir[512], html[1024], json[1024], err[1024];
    snprintf(dir, sizeof dir, "%s/reports/deeper", tmp);
    assert_true(session_export(&s, dir, html, json, sizeof html, err));
    char prefix[600];
    snprintf(prefix, sizeof prefix, "%s/attune-workshop-homework-night-%s-", dir, s.date);
    assert_true(strncmp(html, prefix, strlen(prefix)) == 0);
    assert_true(strncmp(json, prefix, strlen(prefix)) == 0);
    /* -<HHMM>.html */
    assert_int_equal(strlen(html), strlen(prefix) + 4 + 5);
    assert_string_equal(html + strlen(html) - 5, ".html");
    assert_string_equal(json + strlen(json) - 5, ".json");
    assert_true(paths_is_file(html));
    assert_true(paths_is_file(json));
    char *h = session_report_html(&s), *j = session_report_json(&s);
    assert_file_is(html, h);
    assert_file_is(json, j);
    free(h);
    free(j);

    /* Again in the same minute: a new name; the first files stay. */
    char html2[1024], json2[1024];
    assert_true(session_export(&s, dir, html2, json2, sizeof html2, err));
    assert_string_not_equal(html, html2);
    assert_string_not_equal(json, json2);
    assert_true(paths_is_file(html) && paths_is_file(html2) && paths_is_file(json2));
    if (strncmp(html, html2, strlen(html) - 5) == 0) /* same minute */
        assert_string_equal(html2 + strlen(html) - 5, "-2.html");
    assert_int_equal(entries(dir), 4); /* and no temporary file left behind */

    /* A story id cannot lead the file out of the folder. */
    free(s.story_id);
    s.story_id = strdup("../x y");
    assert_true(session_export(&s, dir, html2, json2, sizeof html2, err));
    assert_null(strchr(html2 + strlen(dir) + 1, '/'));
    assert_has(html2, "attune-workshop--.-x-y-");
    assert_int_equal(entries(dir), 6);

    /* Paths that do not fit: refused, nothing written. */
    char small[8];
    assert_false(session_export(&s, dir, small, small, sizeof small, small));
    assert_int_equal(entries(dir), 6);

    session_free(&s);
    remove_tree(tmp);
}

static void test_export_fails(void **state)
{
    (void)state;
    char tmp[] = "/tmp/attune-session-XXXXXX";
    assert_non_null(mkdtemp(tmp));
    Session s;
    scripted(&s);
    char file[512], dir[600], html[1024], json[1024], err[1024];
    snprintf(file, sizeof file, "%s/plain", tmp);
    FILE *f = fopen(file, "w");
    assert_non_null(f);
    fputs("not a folder\n", f);
    fclose(f);

    /* Under a regular file: cannot be a folder. */
    snprintf(dir, sizeof dir, "%s/sub", file);
    strcpy(html, "junk");
    assert_false(session_export(&s, dir, html, json, sizeof html, err));
    char want[800];
    snprintf(want, sizeof want, "Cannot write to %s: Not a directory", dir);
    assert_string_equal(err, want);
    assert_string_equal(html, "");
    assert_int_equal(entries(tmp), 1);

    /* No folder at all. */
    assert_false(session_export(&s, "", html, json, sizeof html, err));
    assert_true(err[0] != '\0');
    assert_false(session_export(NULL, tmp, html, json, sizeof html, err));

    /* A folder we may not write to (root may write anywhere). */
    if (geteuid() != 0) {
        snprintf(dir, sizeof dir, "%s/locked", tmp);
        assert_int_equal(mkdir(dir, 0500), 0);
        assert_false(session_export(&s, dir, html, json, sizeof html, err));
        snprintf(want, sizeof want, "Cannot write to %s: Permission denied", dir);
        assert_string_equal(err, want);
        assert_int_equal(entries(dir), 0);
    }
    session_free(&s);
    remove_tree(tmp);
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* Set or unset an environment variable. */
static void env(const char *name, const char *value)
{
    if (value)
        setenv(name, value, 1);
    else
        unsetenv(name);
}

static void test_report_dir(void **state)
{
    (void)state;
    char *keep_home = getenv("HOME") ? strdup(getenv("HOME")) : NULL;
    char *keep_conf = getenv("XDG_CONFIG_HOME") ? strdup(getenv("XDG_CONFIG_HOME")) : NULL;
    char *keep_rep = getenv("ATTUNE_REPORT_DIR") ? strdup(getenv("ATTUNE_REPORT_DIR")) : NULL;
    char tmp[] = "/tmp/attune-session-XXXXXX";
    assert_non_null(mkdtemp(tmp));
    char p[1024], want[1200], out[1200];
    env("HOME", tmp);

    /* $ATTUNE_REPORT_DIR first, as it is, even when it does not exist yet. */
    env("ATTUNE_REPORT_DIR", "/somewhere/reports here");
    assert_true(session_report_dir(out, sizeof out));
    assert_string_equal(out, "/somewhere/reports here");
    env("ATTUNE_REPORT_DIR", NULL);

    /* XDG_DOCUMENTS_DIR from $XDG_CONFIG_HOME/user-dirs.dirs, $HOME expanded. */
    snprintf(p, sizeof p, "%s/conf", tmp);
    mkdir(p, 0700);
    env("XDG_CONFIG_HOME", p);
    snprintf(p, sizeof p, "%s/conf/user-dirs.dirs", tmp);
    write_file(p, "# written by xdg-user-dirs-update\n"
                  "XDG_DESKTOP_DIR=\"$HOME/Desktop\"\n"
                  "XDG_DOCUMENTS_DIR=\"$HOME/My \\\"Docs\\\"\"\n");
    snprintf(p, sizeof p, "%s/My \"Docs\"", tmp);
    mkdir(p, 0700);
    snprintf(want, sizeof want, "%s/My \"Docs\"/Attune reports", tmp);
    assert_true(session_report_dir(out, sizeof out));
    assert_string_equal(out, want);

    /* An absolute one. */
    snprintf(p, sizeof p, "%s/conf/user-dirs.dirs", tmp);
    snprintf(want, sizeof want, "XDG_DOCUMENTS_DIR=\"%s/abs\"\n", tmp);
    write_file(p, want);
    snprintf(p, sizeof p, "%s/abs", tmp);
    mkdir(p, 0700);
    snprintf(want, sizeof want, "%s/abs/Attune reports", tmp);
    assert_true(session_report_dir(out, sizeof out));
    assert_string_equal(out, want);

    /* ~/.config/user-dirs.dirs when XDG_CONFIG_HOME is not set. */
    env("XDG_CONFIG_HOME", NULL);
    snprintf(p, sizeof p, "%s/.config", tmp);
    mkdir(p, 0700);
    snprintf(p, sizeof p, "%s/.config/user-dirs.dirs", tmp);
    write_file(p, "XDG_DOCUMENTS_DIR=\"${HOME}/Papers\"\n");
    snprintf(p, sizeof p, "%s/Papers", tmp);
    mkdir(p, 0700);
    snprintf(want, sizeof want, "%s/Papers/Attune reports", tmp);
    assert_true(session_report_dir(out, sizeof out));
    assert_string_equal(out, want);

    /* Set to the home folder itself ("none"), or to a missing folder:
     * ~/Documents when it exists. */
    snprintf(p, sizeof p, "%s/.config/user-dirs.dirs", tmp);
    write_file(p, "XDG_DOCUMENTS_DIR=\"$HOME/\"\n");
    snprintf(p, sizeof p, "%s/Documents", tmp);
    mkdir(p, 0700);
    snprintf(want, sizeof want, "%s/Documents/Attune reports", tmp);
    assert_true(session_report_dir(out, sizeof out));
    assert_string_equal(out, want);
    snprintf(p, sizeof p, "%s/.config/user-dirs.dirs", tmp);
    write_file(p, "XDG_DOCUMENTS_DIR=\"$HOME/Gone\"\n");
    assert_true(session_report_dir(out, sizeof out));
    assert_string_equal(out, want);

    /* No documents folder at all: the save folder's reports/. */
    snprintf(p, sizeof p, "%s/Documents", tmp);
    rmdir(p);
    const char *save = paths_save_dir();
    if (save) {
        snprintf(want, sizeof want, "%sreports", save);
        assert_true(session_report_dir(out, sizeof out));
        assert_string_equal(out, want);
    }
    /* Too small a buffer: false, never a cut path. */
    char tiny[4];
    assert_false(session_report_dir(tiny, sizeof tiny));

    env("HOME", keep_home);
    env("XDG_CONFIG_HOME", keep_conf);
    env("ATTUNE_REPORT_DIR", keep_rep);
    free(keep_home);
    free(keep_conf);
    free(keep_rep);
    paths_quit();
    remove_tree(tmp);
}

/* Pauses across decisions and beats are split between them. */
static void test_pauses(void **state)
{
    (void)state;
    Session s;
    session_init(&s, NULL, NULL, 0);
    session_pause_end(&s, 10); /* none running */
    session_pause_begin(&s, 0);
    session_pause_end(&s, 1000); /* before any beat: the session's */
    assert_int_equal(s.discussion_ms, 1000);
    const Opt o[] = {{"a", "attune", "a"}, {"b", "fix", "b"}};
    StoryView v = beat("one", NULL, "One", NULL, NULL, 40, 50, o, 2);
    session_begin_beat(&s, &v, 2000);
    pool_drop();
    session_pause_begin(&s, 3000);
    session_decide(&s, 1, SESSION_BY_FACILITATOR, NULL, 5000); /* while paused */
    v = beat("two", NULL, "Two", NULL, NULL, 40, 50, o, 2);
    session_begin_beat(&s, &v, 8000);
    pool_drop();
    session_pause_end(&s, 10000);
    assert_int_equal(s.decisions[0].discussion_ms, 2000 + 3000);
    assert_int_equal(s.current.discussion_ms, 2000);
    /* No step: nothing changed. */
    assert_int_equal(s.decisions[0].connection_after, 40);
    assert_int_equal(s.decisions[0].dconn, 0);
    /* The same beat again (back from a road not taken): votes restart,
     * timings carry on. */
    session_note_vote_timer(&s, -5);
    assert_int_equal(s.current.vote_timer_ms, 0);
    session_note_vote_timer(&s, 90000);
    session_vote_add(&s, 0);
    v = beat("two", NULL, "Two", NULL, NULL, 40, 50, o, 2);
    session_begin_beat(&s, &v, 20000);
    pool_drop();
    assert_int_equal(session_vote_total(&s), 0);
    assert_int_equal(s.current.shown_at, 8000);
    assert_int_equal(s.current.discussion_ms, 2000);
    assert_int_equal(s.current.vote_timer_ms, 90000);
    /* Not finished: the report runs to the last thing done, with no ending. */
    char *j = session_report_json(&s);
    assert_json_valid(j);
    assert_has(j, "\"ending\": null");
    assert_has(j, "\"duration_seconds\": 20");
    assert_has(j, "\"title\": null");
    free(j);
    char *h = session_report_html(&s);
    assert_non_null(h);
    assert_has(h, "None: the session stopped before an ending");
    assert_html_balanced(h);
    free(h);
    /* Ended early from the menu, on a beat: no ending, the meters kept, the
     * pending decision dropped, nothing more recorded. */
    v = beat("two", NULL, "Two", NULL, NULL, 33, 50, o, 2);
    session_finish(&s, &v, 30000);
    session_begin_beat(&s, &v, 31000);
    session_decide(&s, 0, SESSION_BY_MAJORITY, NULL, 32000);
    pool_drop();
    assert_false(s.pending);
    assert_int_equal(s.n_decisions, 1);
    assert_int_equal(s.connection_end, 33);
    assert_null(s.ending_title);
    j = session_report_json(&s);
    assert_has(j, "\"ending\": null");
    assert_has(j, "\"duration_seconds\": 30");
    free(j);
    session_free(&s);
}

/* Every string may be missing; the reports still come out whole. */
static void test_null_fields(void **state)
{
    (void)state;
    Session s;
    StoryInfo info;
    memset(&info, 0, sizeof info);
    StoryView v;
    memset(&v, 0, sizeof v);
    v.n_choices = 2;
    session_init(&s, &info, &v, 0);
    assert_true(s.pending);
    session_vote_add(&s, 1);
    StoryStep st;
    memset(&st, 0, sizeof st);
    session_decide(&s, 1, (SessionDecidedBy)77, &st, 100);
    assert_int_equal(s.decisions[0].by, SESSION_BY_MAJORITY);
    session_add_road(&s, 0, 0, &st, 1, NULL, -5);
    session_add_road(&s, 0, 1, NULL, 0, NULL, 0);
    assert_int_equal(s.n_roads, 2);
    assert_int_equal(s.roads[0].ms, 0);
    StoryView end;
    memset(&end, 0, sizeof end);
    end.is_ending = true;
    session_finish(&s, &end, 200);
    char *j = session_report_json(&s);
    assert_json_valid(j);
    assert_has(j, "\"ending\": null"); /* an ending with nothing to say */
    assert_has(j, "\"id\": null");
    assert_has(j, "\"text\": null");
    assert_has(j, "\"kinds\": {}");
    free(j);
    char *h = session_report_html(&s);
    assert_non_null(h);
    assert_int_equal(count(h, "<svg"), 1);
    assert_html_balanced(h);
    free(h);
    session_free(&s);
    assert_null(session_report_json(NULL));
    assert_null(session_report_html(NULL));
}

/* The words and the attuned count are the story's (its rules'), never the
 * engine's: a story whose rules name a kind otherwise, or count another as
 * attuned, is reported so; a kind it does not know shows as its id; and a
 * session kept without a story's kinds still writes whole reports. */
static void test_kinds_from_story(void **state)
{
    (void)state;
    Kinds own = {0};
    assert_true(kinds_add(&own, "fix", "Quick fixing", KIND_MISSED));
    assert_true(kinds_add(&own, "steady", "Steadying yourself", KIND_ATTUNED));
    assert_false(kinds_add(&own, "", "Nothing", KIND_NEITHER));
    StoryInfo info = {.id = "own", .title = "Own rules", .kinds = &own};
    const Opt o[] = {{"a", "fix", "a"}, {"b", "steady", "b"}, {"c", "newkind", "c"}};
    for (int pass = 0; pass < 2; pass++) {
        info.kinds = pass == 0 ? &own : NULL;
        Session s;
        StoryView v = beat("b0", "X", "Hello", NULL, NULL, 50, 50, o, 3);
        session_init(&s, &info, &v, 0);
        pool_drop();
        for (int i = 0; i < 3; i++) {
            StoryStep st = step("t", o[i].kind, 50, 50, 0, false, false, NULL, NULL);
            session_decide(&s, i, SESSION_BY_FACILITATOR, &st, 1000LL * (i + 1));
            pool_drop();
            char id[16];
            snprintf(id, sizeof id, "b%d", i + 1);
            v = beat(id, "X", "Hello", NULL, NULL, 50, 50, o, 3);
            session_begin_beat(&s, &v, 1000LL * (i + 1) + 500);
            pool_drop();
        }
        char *j = session_report_json(&s), *h = session_report_html(&s);
        assert_non_null(j);
        assert_non_null(h);
        assert_json_valid(j);
        assert_html_balanced(h);
        assert_has(h, "newkind");
        assert_lacks(h, "Fixing");
        if (pass == 0) {
            assert_has(j, "\"attuned\": 1"); /* steady, as these rules count it */
            assert_has(h, "Quick fixing");
            assert_has(h, "Steadying yourself");
        } else {
            assert_has(j, "\"attuned\": 0");
            assert_lacks(h, "Quick fixing");
            assert_lacks(h, "Steadying yourself");
        }
        free(j);
        free(h);
        session_free(&s);
    }
}

/* A long session: the arrays grow, the chart thins its labels. */
/* Phone votes (phones.h) beside the keyed ones: each answer keeps its keyed
 * part as the phones' part changes; the facilitator's keys take back and
 * clear only the keyed part; the report tells the two apart. */
static void test_phone_votes(void **state)
{
    (void)state;
    Session s;
    const Opt o[] = {{"a", "attune", "a"}, {"b", "fix", "b"}, {"c", "steady", "c"}};
    StoryView v = beat("b0", "X", "Hello", NULL, NULL, 50, 50, o, 3);
    session_init(&s, &INFO, &v, 0);
    pool_drop();
    session_vote_add(&s, 0);
    session_vote_add(&s, 0);
    session_vote_add(&s, 1);

    const int first[] = {3, 0, 1};
    session_phone_votes(&s, first, 3);
    assert_int_equal(s.current.options[0].votes, 5);
    assert_int_equal(s.current.options[0].phone, 3);
    assert_int_equal(s.current.options[1].votes, 1);
    assert_int_equal(s.current.options[1].phone, 0);
    assert_int_equal(s.current.options[2].votes, 1);
    assert_int_equal(s.current.options[2].phone, 1);
    assert_int_equal(session_vote_total(&s), 7);
    assert_int_equal(session_decision_phone_votes(&s.current), 4);

    /* the phones change their minds: the keyed part stays */
    const int moved[] = {1, 2, 0};
    session_phone_votes(&s, moved, 3);
    assert_int_equal(s.current.options[0].votes, 3); /* 2 keyed + 1 */
    assert_int_equal(s.current.options[1].votes, 3); /* 1 keyed + 2 */
    assert_int_equal(s.current.options[2].votes, 0);
    assert_int_equal(session_decision_phone_votes(&s.current), 3);

    /* the keys cannot take a phone's vote */
    assert_int_equal(session_vote_remove(&s, 1), 2); /* the keyed one */
    assert_int_equal(session_vote_remove(&s, 1), 2); /* the two left are the phones' */
    assert_int_equal(s.current.options[1].phone, 2);
    assert_int_equal(session_vote_add(&s, 2), 1);
    assert_int_equal(session_vote_remove(&s, 2), 0);
    assert_int_equal(session_vote_remove(&s, 2), 0);

    /* clearing clears the keyed part only */
    session_vote_clear(&s);
    assert_int_equal(s.current.options[0].votes, 1);
    assert_int_equal(s.current.options[1].votes, 2);
    assert_int_equal(s.current.options[2].votes, 0);
    assert_int_equal(session_vote_total(&s), 3);

    /* fewer counts than answers, negative counts, none at all */
    session_vote_add(&s, 2);
    const int one[] = {-4};
    session_phone_votes(&s, one, 1);
    assert_int_equal(s.current.options[0].votes, 0);
    assert_int_equal(s.current.options[0].phone, 0);
    assert_int_equal(s.current.options[1].votes, 0);
    assert_int_equal(s.current.options[2].votes, 1); /* keyed */
    session_phone_votes(&s, NULL, 3);
    session_phone_votes(NULL, first, 3);
    assert_int_equal(session_vote_total(&s), 1);

    /* decided with 2 keyed + 3 phone on A and 1 phone on B */
    session_vote_add(&s, 0);
    session_vote_add(&s, 0);
    const int last[] = {3, 1, 0};
    session_phone_votes(&s, last, 3);
    s.phones_joined = 12;
    StoryStep st = step("a", "attune", 55, 50, 5, false, false, NULL, NULL);
    session_decide(&s, 0, SESSION_BY_MAJORITY, &st, 5000);
    pool_drop();
    session_phone_votes(&s, last, 3); /* nothing pending: ignored */
    assert_int_equal(s.decisions[0].options[0].votes, 5);
    assert_int_equal(s.decisions[0].options[0].phone, 3);

    char *j = session_report_json(&s);
    assert_json_valid(j);
    assert_has(j, "\"votes\": 5,\n          \"keyed_votes\": 2,\n          \"phone_votes\": 3");
    assert_has(j, "\"votes\": 1,\n          \"keyed_votes\": 0,\n          \"phone_votes\": 1");
    assert_has(j, "\"votes\": 1,\n          \"keyed_votes\": 1,\n          \"phone_votes\": 0");
    assert_has(j, "\"votes_total\": 7");
    assert_has(j, "\"phone_votes_total\": 4");
    assert_has(j, "\"phones_joined\": 12");
    free(j);
    char *h = session_report_html(&s);
    assert_has(h, "(2 keyed, 3 by phone)");
    assert_has(h, "Votes: 3 keyed, 4 from phones.");
    free(h);
    session_free(&s);
}

static void test_many_decisions(void **state)
{
    (void)state;
    Session s;
    const Opt o[] = {{"a", "attune", "a"}, {"b", "fix", "b"}, {"c", "steady", "c"}};
    StoryView v = beat("b0", "X", "Hello", NULL, "Same question?", 50, 50, o, 3);
    session_init(&s, &INFO, &v, 0);
    pool_drop();
    for (int i = 0; i < 40; i++) {
        session_vote_add(&s, i % 3);
        StoryStep st =
            step("t", o[i % 3].kind, 50 + i % 7, 50, i % 7, i % 5 == 1, i % 5 == 2, NULL, NULL);
        session_decide(&s, i % 3, SESSION_BY_MAJORITY, &st, 1000LL * (i + 1));
        pool_drop();
        StoryStep road = step("r", "fix", 30, 40, -5, true, false, NULL, NULL);
        session_add_road(&s, i, (i + 1) % 3, &road, 1, NULL, 100);
        pool_drop();
        char id[16];
        snprintf(id, sizeof id, "b%d", i + 1);
        v = beat(id, "X", "Hello", NULL, "Same question?", 50, 50, o, 3);
        session_begin_beat(&s, &v, 1000LL * (i + 1) + 500);
        pool_drop();
    }
    assert_int_equal(s.n_decisions, 40);
    assert_int_equal(s.n_roads, 40);
    assert_int_equal(s.decisions[39].number, 40);
    char *j = session_report_json(&s);
    assert_json_valid(j);
    assert_has(j, "\"number\": 40");
    assert_has(j, "\"steady\": 13");
    assert_has(j, "\"attuned\": 14"); /* steady is not attuned */
    free(j);
    char *h = session_report_html(&s);
    assert_non_null(h);
    assert_html_balanced(h);
    /* One question, asked at every beat, is listed once. */
    assert_int_equal(count(h, "<li>Same question?"), 1);
    free(h);
    session_free(&s);
}

/* ---- two people on stage ------------------------------------------------- */

/* View `v` with Maya and Theo on stage (Theo only when `theo_here` is
 * false... Maya off stage): their connections; the view's own is the lower. */
static void with_two(StoryView *v, int maya, int theo, bool maya_here)
{
    v->n_people = 2;
    v->people[0].id = T("maya");
    v->people[0].name = T("Maya");
    v->people[0].connection = maya;
    v->people[0].present = maya_here;
    v->people[1].id = T("theo");
    v->people[1].name = T("Theo");
    v->people[1].connection = theo;
    v->people[1].present = true;
    v->connection = maya < theo ? maya : theo;
    v->name = v->people[0].name;
}

/* Answer i of `v` is to `to` (a name, or "both"), and `other` to the other. */
static void answer_to(StoryView *v, int i, const char *to, const char *other)
{
    v->choices[i].to = T(to);
    v->choices[i].other = T(other);
}

/* What an answer did to one of the two. */
static StoryStepPerson did(const char *id, const char *name, const char *kind, int connection,
                           int dconn, bool opened, bool repaired, const char *inner)
{
    StoryStepPerson p;
    memset(&p, 0, sizeof p);
    p.id = T(id);
    p.name = T(name);
    p.kind = T(kind);
    p.connection = connection;
    p.dconn = dconn;
    p.opened = opened;
    p.repaired = repaired;
    p.inner = T(inner);
    return p;
}

/* The Blue Cup (tests/fixtures/stories/two-people) as its views give it:
 * taking Maya's side (a rupture with Theo), a repair to both, an answer to
 * Theo while Maya is away, a road not taken to both, and the ending. */
static void scripted_two(Session *s)
{
    StoryInfo info = {.id = T("two-people"),
                      .title = T("The Blue Cup"),
                      .relationship = T("parent and two children"),
                      .kinds = &RULES};
    const Opt o1[] = {{"Maya, you're right. Theo, hand it over.", "attune", "cup.1"},
                      {"You both wanted the blue one.", "attune", "cup.2"},
                      {"Theo, you really love that cup.", "attune", "cup.3"},
                      {"It's only a cup.", "dismiss", "cup.4"}};
    StoryView v =
        beat("cup", "Maya", "He always gets the blue cup!", "Theo cries.", NULL, 62, 70, o1, 4);
    with_two(&v, 62, 62, true);
    answer_to(&v, 0, "Maya", "dismiss");
    answer_to(&v, 1, "both", NULL);
    answer_to(&v, 2, "Theo", NULL);
    answer_to(&v, 3, "both", NULL);
    session_init(s, &info, &v, 0);
    pool_drop();
    for (int i = 0; i < 4; i++)
        session_vote_add(s, 0);
    session_vote_add(s, 1);
    StoryStep st = step("Maya, you're right. Theo, hand it over.", "attune", 50, 70, 4, true, false,
                        "Yes!", "Taking sides.");
    st.to = T("maya");
    st.took_sides = true; /* as the story says of it (rules.sides) */
    st.n_people = 2;
    st.people[0] = did("maya", "Maya", "attune", 66, 4, false, false, "Yes!");
    st.people[1] = did("theo", "Theo", "dismiss", 50, -12, true, false, "Nobody listens to me.");
    session_decide(s, 0, SESSION_BY_MAJORITY, &st, 30000);
    pool_drop();

    const Opt o2[] = {{"Good, then that's settled.", "dismiss", "table.1"},
                      {"It wasn't about the cup.", "attune", "table.2"},
                      {"I let one of you win. Both of you, again.", "repair", "table.3"}};
    v = beat("table", "Maya", "Fine. I don't even want it.", NULL, NULL, 50, 70, o2, 3);
    with_two(&v, 66, 50, true);
    answer_to(&v, 0, "Maya", NULL);
    answer_to(&v, 1, "Maya", NULL);
    answer_to(&v, 2, "both", NULL);
    session_begin_beat(s, &v, 40000);
    pool_drop();
    st = step("I let one of you win. Both of you, again.", "repair", 55, 75, 1, false, true,
              "Okay.", "You came back to them.");
    st.to = T("both");
    st.n_people = 2;
    st.people[0] = did("maya", "Maya", "repair", 67, 1, false, false, "Okay.");
    st.people[1] = did("theo", "Theo", "repair", 55, 5, false, true, "Okay, Mummy.");
    session_decide(s, 2, SESSION_BY_FACILITATOR, &st, 60000);
    pool_drop();

    const Opt o3[] = {{"Go and play on your own.", "withdraw", "stairs.1"},
                      {"You want Maya to play with you.", "attune", "stairs.2"}};
    v = beat("stairs", "Theo", "Maya not playing with me.", NULL, NULL, 55, 75, o3, 2);
    with_two(&v, 67, 55, false);
    answer_to(&v, 0, "Theo", NULL);
    answer_to(&v, 1, "Theo", NULL);
    session_begin_beat(s, &v, 70000);
    pool_drop();
    st = step("You want Maya to play with you.", "attune", 63, 75, 8, false, false, "Yes. Maya.",
              "You named his wish.");
    st.to = T("theo");
    st.n_people = 2;
    st.people[0] = did("maya", "Maya", NULL, 67, 0, false, false, NULL);
    st.people[1] = did("theo", "Theo", "attune", 63, 8, false, false, "Yes. Maya.");
    session_decide(s, 1, SESSION_BY_MAJORITY, &st, 90000);
    pool_drop();

    /* The road not taken at decision 1: to both. */
    StoryStep road = step("You both wanted the blue one.", "attune", 68, 70, 6, false, false,
                          "Someone noticed me too.", NULL);
    road.choice_id = T("cup.2");
    road.to = T("both");
    road.n_people = 2;
    road.people[0] = did("maya", "Maya", "attune", 68, 6, false, false, "Someone noticed me too.");
    road.people[1] = did("theo", "Theo", "attune", 68, 6, false, false, "My cup.");
    session_add_road(s, 0, 1, &road, 1, NULL, 20000);
    pool_drop();

    StoryView end;
    memset(&end, 0, sizeof end);
    end.is_ending = true;
    end.title = T("Both of Them");
    end.verdict = T("connected");
    end.text = T("Two children asleep, both met.");
    with_two(&end, 67, 63, true);
    session_finish(s, &end, 100000);
    pool_drop();
}

static void test_two_people_recorded(void **state)
{
    (void)state;
    Session s;
    scripted_two(&s);
    assert_int_equal(s.n_people, 2);
    assert_string_equal(s.people[0].id, "maya");
    assert_string_equal(s.people[0].name, "Maya");
    assert_string_equal(s.people[1].name, "Theo");
    assert_int_equal(s.people[0].connection_start, 62);
    assert_int_equal(s.people[1].connection_start, 62);
    assert_int_equal(s.people[0].connection_end, 67);
    assert_int_equal(s.people[1].connection_end, 63);
    assert_int_equal(s.connection_start, 62);
    assert_int_equal(s.connection_end, 63); /* the lower */
    assert_int_equal(session_person_index(&s, "theo"), 1);
    assert_int_equal(session_person_index(&s, "both"), -1);
    assert_int_equal(session_person_index(&s, NULL), -1);
    assert_int_equal(s.n_decisions, 3);

    /* Taking Maya's side: to Maya, a miss for Theo. */
    const SessionDecision *d = &s.decisions[0];
    assert_string_equal(d->to, "maya");
    assert_int_equal(d->n_people, 2);
    assert_string_equal(d->options[0].to, "maya");
    assert_string_equal(d->options[0].other, "dismiss");
    assert_string_equal(d->options[1].to, "both");
    assert_null(d->options[1].other);
    assert_string_equal(d->options[2].to, "theo");
    assert_true(d->people[0].present && d->people[1].present);
    assert_string_equal(d->people[0].kind, "attune");
    assert_string_equal(d->people[1].kind, "dismiss");
    assert_int_equal(d->people[0].connection_before, 62);
    assert_int_equal(d->people[0].connection_after, 66);
    assert_int_equal(d->people[0].dconn, 4);
    assert_int_equal(d->people[1].connection_before, 62);
    assert_int_equal(d->people[1].connection_after, 50);
    assert_int_equal(d->people[1].dconn, -12);
    assert_false(d->people[0].opened);
    assert_true(d->people[1].opened);
    assert_string_equal(d->people[1].inner, "Nobody listens to me.");
    assert_true(d->took_sides);

    /* A repair to both: Theo's rupture mended. */
    d = &s.decisions[1];
    assert_string_equal(d->to, "both");
    assert_false(d->took_sides);
    assert_int_equal(d->people[1].connection_before, 50);
    assert_true(d->people[1].repaired);
    assert_false(d->people[0].repaired);

    /* To Theo while Maya is away: she is not touched. */
    d = &s.decisions[2];
    assert_string_equal(d->to, "theo");
    assert_false(d->people[0].present);
    assert_null(d->people[0].kind);
    assert_int_equal(d->people[0].dconn, 0);
    assert_int_equal(d->people[0].connection_after, 67);
    assert_true(d->people[1].present);
    assert_int_equal(d->people[1].dconn, 8);
    assert_false(d->took_sides);

    /* The road: what it did to each. */
    assert_int_equal(s.n_roads, 1);
    const SessionRoadStep *rs = &s.roads[0].steps[0];
    assert_string_equal(rs->to, "both");
    assert_int_equal(rs->n_people, 2);
    assert_int_equal(rs->people[1].connection_after, 68);
    assert_string_equal(rs->people[1].inner, "My cup.");
    session_free(&s);
}

static void test_two_people_report(void **state)
{
    (void)state;
    Session s;
    scripted_two(&s);
    char *j = session_report_json(&s);
    assert_json_valid(j);
    assert_has(j, "\"people\": [\n    {\n      \"id\": \"maya\",\n      \"name\": \"Maya\",\n"
                  "      \"connection_start\": 62,\n      \"connection_end\": 67,\n"
                  "      \"ruptures_opened\": 0,\n      \"repairs\": 0\n    },");
    assert_has(j, "\"id\": \"theo\",\n      \"name\": \"Theo\",\n      \"connection_start\": 62,\n"
                  "      \"connection_end\": 63,\n      \"ruptures_opened\": 1,\n"
                  "      \"repairs\": 1\n");
    assert_has(j, "\"to\": \"maya\",\n      \"took_sides\": true,");
    assert_has(j, "\"to\": \"both\",\n      \"took_sides\": false,");
    assert_has(j, "\"to\": \"maya\",\n          \"other\": \"dismiss\"");
    assert_has(j,
               "\"id\": \"theo\",\n          \"name\": \"Theo\",\n          \"present\": true,\n"
               "          \"kind\": \"dismiss\",\n          \"inner\": \"Nobody listens to me.\",\n"
               "          \"connection_before\": 62,\n          \"connection_after\": 50,\n"
               "          \"connection_change\": -12,\n          \"rupture_opened\": true,");
    assert_has(j, "\"present\": false,\n          \"kind\": null,");
    assert_has(j, "\"connection\": 68,\n              \"connection_change\": 6,");
    assert_has(j, "\"ruptures_opened\": 1");
    assert_int_equal(count(j, "\"took_sides\": "), 3);
    free(j);

    char *h = session_report_html(&s);
    assert_non_null(h);
    assert_html_balanced(h);
    assert_int_equal(count(h, "<svg"), 1);
    /* One line for each, told apart by style and named at its end; a key. */
    assert_int_equal(count(h, "<polyline class=\"person-line person-1\""), 1);
    assert_int_equal(count(h, "<polyline class=\"person-line person-2\""), 1);
    assert_has(h, ".person-2{stroke:var(--plum);stroke-dasharray:");
    assert_has(h, "<text class=\"person-label label-1\"");
    assert_has(h, "text-anchor=\"start\">Maya</text>");
    assert_has(h, "text-anchor=\"start\">Theo</text>");
    assert_has(h, "<g class=\"legend\">\n<line class=\"person-line person-1\"");
    assert_has(h, "<rect class=\"dot-2\"");
    assert_has(h, "Maya starts at 62 and ends at 67 (a solid line, round dots); Theo starts at "
                  "62 and ends at 63 (a dash-dot line, square dots).");
    assert_has(h, "Maya on the solid line with round dots, Theo on the dash-dot line");
    assert_int_equal(count(h, "<polyline class=\"road-line\""), 2);
    /* The timeline: whom it was to and what it did to each. */
    assert_has(h, "<p class=\"to\">To <strong>Maya</strong> \u00b7 Attuning \u00b7 Theo: <span "
                  "class=\"tag-rupture\">Dismissing, a miss (taking sides)</span></p>");
    assert_has(h, "<li><span class=\"person\">Theo</span>: Dismissing \u00b7 connection 62 "
                  "\u2192 50 (<strong>\u221212</strong>) <span class=\"tag-rupture\">\u25bd A "
                  "rupture opened.</span><br><span class=\"label\">Inner voice:</span> Nobody "
                  "listens to me.</li>");
    assert_has(h, "<p class=\"to\">To <strong>both</strong> \u00b7 Repairing</p>");
    assert_has(h, "<span class=\"tag-repair\">\u25c6 Repaired.</span>");
    assert_has(h, "<p class=\"to\">To <strong>Theo</strong> \u00b7 Attuning \u00b7 Maya was not "
                  "there</p>");
    assert_has(h, "<li><span class=\"person\">Maya</span>: not there \u00b7 connection 67</li>");
    /* Each answer offered: whom it is to, and what it is to the other. */
    assert_has(h, "Attuning<br><span class=\"for\">to Maya \u00b7 Theo: Dismissing</span>");
    assert_has(h, "Attuning<br><span class=\"for\">to both</span>");
    assert_has(h, "<li>Connection with Maya <strong>62 \u2192 67</strong></li>");
    assert_has(h, "<li>Connection with Theo <strong>62 \u2192 63</strong></li>");
    assert_lacks(h, "<li>Connection <strong>");
    /* The road not taken: what it did to each. */
    assert_has(h, "<span class=\"person\">Maya</span> 68 (+6) \u00b7 <span "
                  "class=\"person\">Theo</span> 68 (+6)");
    assert_has(h, "<span class=\"person\">Theo</span>: My cup.");
    free(h);
    session_free(&s);
}

/* The whole report of the scripted one-person session, byte for byte, as
 * it was before reports knew two people (tests/fixtures/reports/): a
 * story with one person reads exactly as it did. The date is set, the
 * rest is the session's own. ATTUNE_UPDATE_GOLDEN=1 writes them anew
 * (only when the change to a one-person report is meant). */
static void assert_golden(const char *name, const char *text)
{
    const char *fx = getenv("ATTUNE_FIXTURES");
    assert_non_null(fx);
    char path[1200];
    snprintf(path, sizeof path, "%s/reports/%s", fx, name);
    if (getenv("ATTUNE_UPDATE_GOLDEN")) {
        write_file(path, text);
        return;
    }
    FILE *f = fopen(path, "rb");
    if (!f)
        fail_msg("no golden file %s", path);
    static char want[1 << 20];
    size_t n = fread(want, 1, sizeof want - 1, f);
    fclose(f);
    want[n] = '\0';
    if (strcmp(want, text) != 0) {
        size_t i = 0;
        while (want[i] && want[i] == text[i])
            i++;
        fail_msg("%s differs at byte %zu: ...%.60s", name, i, text + i);
    }
}

static void test_one_person_report_unchanged(void **state)
{
    (void)state;
    Session s;
    scripted(&s);
    str_copy(s.date, "2026-11-23", sizeof s.date);
    char *j = session_report_json(&s), *h = session_report_html(&s);
    assert_non_null(j);
    assert_non_null(h);
    assert_golden("one-person.json", j);
    assert_golden("one-person.html", h);
    free(j);
    free(h);
    session_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_majority),
        cmocka_unit_test(test_scripted_session),
        cmocka_unit_test(test_json),
        cmocka_unit_test(test_html),
        cmocka_unit_test(test_export),
        cmocka_unit_test(test_export_fails),
        cmocka_unit_test(test_report_dir),
        cmocka_unit_test(test_pauses),
        cmocka_unit_test(test_null_fields),
        cmocka_unit_test(test_many_decisions),
        cmocka_unit_test(test_phone_votes),
        cmocka_unit_test(test_kinds_from_story),
        cmocka_unit_test(test_one_person_report_unchanged),
        cmocka_unit_test(test_two_people_recorded),
        cmocka_unit_test(test_two_people_report),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
