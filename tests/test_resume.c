/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Tests of workshop resume (resume.h) through the real story runtime: a
 * session of the tiny fixture story (answers never shuffled, known numbers)
 * with votes, a tie broken, pauses, a vote timer, reveals and a road not
 * taken is recorded as workshop mode records it after each decision; the
 * record is read back as a crash leaves it (whole, cut in the middle of a
 * line, damaged) and the session rebuilt on a freshly loaded story. The
 * rebuilt session must make the same report as the one that was running. */
#include "attune/story_tools.h"
#include "attune/resume.h"
#include "attune/save.h"
#include "attune/session.h"
#include "attune/session_report.h"
#include "attune/story.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static char lib[1200], dir[1200];

static Story *load_tiny(void)
{
    StoryError err;
    Story *s = story_load(dir, lib, 7, &err);
    if (!s)
        fail_msg("%s:%d: %s", err.file, err.line, err.message);
    return s;
}

/* One decision of the scripted session: the votes cast, the answer, who
 * decided, the times (ms after the session began), a pause while it was up
 * and one over its answer, and whether it was revealed. */
typedef struct Plan {
    int votes[4];
    int answer;
    SessionDecidedBy by;
    long long shown, decided, pause_before, pause_after;
    bool timer, reveal;
} Plan;

/* fix (a tie, B), steady yourself (picked), repair (majority), stay: the
 * tiny story's road to its good ending, as in tests/e2e-workshop.sh. */
static const Plan PLAN[] = {
    {{3, 3, 0}, 1, SESSION_BY_TIE_BREAK, 0, 40000, 9000, 12000, true, true},
    {{4, 0, 1}, 2, SESSION_BY_FACILITATOR, 60000, 95000, 0, 7000, false, true},
    {{4, 1}, 0, SESSION_BY_MAJORITY, 110000, 150000, 3000, 0, false, false},
    {{0}, 0, SESSION_BY_FACILITATOR, 170000, 181000, 0, 0, false, true},
};
enum { K = sizeof PLAN / sizeof PLAN[0], T0 = 5000 };

/* The session of the first `k` decisions of PLAN on `story` (from its
 * start), with the road not taken from decision 1 (C instead of B, then the
 * only answer on) after the second decision. */
static void run_session(Story *story, Session *s, int k)
{
    session_init(s, story_info(story), story_view(story), T0);
    s->discussion_ms = 0;
    session_pause_begin(s, T0 + 0);
    session_pause_end(s, T0 + 0); /* a pause of nothing changes nothing */
    for (int i = 0; i < k; i++) {
        const Plan *p = &PLAN[i];
        const StoryView *v = story_view(story);
        assert_false(v->is_ending);
        session_begin_beat(s, v, T0 + p->shown);
        for (int a = 0; a < 4; a++)
            for (int n = 0; n < p->votes[a]; n++)
                assert_true(session_vote_add(s, a) > 0);
        if (p->timer)
            session_note_vote_timer(s, 60000);
        if (p->pause_before) {
            session_pause_begin(s, T0 + p->shown + 1000);
            session_pause_end(s, T0 + p->shown + 1000 + p->pause_before);
        }
        StoryError err;
        assert_true(story_choose(story, p->answer, &err));
        const StoryView *nv = story_view(story);
        session_decide(s, p->answer, p->by, nv->has_feedback ? &nv->feedback : NULL,
                       T0 + p->decided);
        if (p->reveal)
            session_mark_revealed(s);
        if (p->pause_after) {
            session_pause_begin(s, T0 + p->decided + 500);
            session_pause_end(s, T0 + p->decided + 500 + p->pause_after);
        }
        if (i == 1) {
            /* the road not taken from decision 1, played on its own copy */
            Story *c = load_tiny();
            assert_true(story_choose(c, 2, &err));
            int from = 0;
            while (!story_view(c)->is_ending)
                assert_true(story_choose(c, 0, &err));
            int n = story_history_count(c) - from;
            session_add_road(s, 0, 2, story_history(c, from), n, story_view(c)->title, 23000);
            story_destroy(c);
        }
    }
}

/* The JSON report without its list of interruptions (the one thing a
 * resumed session's report adds). */
static char *report_without_resumed(const Session *s)
{
    char *j = session_report_json(s);
    assert_non_null(j);
    char *a = strstr(j, "\"resumed_after_interruption\": [");
    assert_non_null(a);
    char *b = strchr(a, ']');
    assert_non_null(b);
    memmove(a, b + 1, strlen(b + 1) + 1);
    return j;
}

static void assert_same_decisions(const Session *a, const Session *b, int n)
{
    assert_int_equal(b->n_decisions, n);
    for (int i = 0; i < n; i++) {
        const SessionDecision *x = &a->decisions[i], *y = &b->decisions[i];
        assert_string_equal(x->beat, y->beat);
        assert_int_equal(x->n_options, y->n_options);
        for (int o = 0; o < x->n_options; o++) {
            assert_int_equal(x->options[o].votes, y->options[o].votes);
            assert_string_equal(x->options[o].id, y->options[o].id);
            assert_string_equal(x->options[o].text, y->options[o].text);
        }
        assert_int_equal(x->chosen, y->chosen);
        assert_int_equal(x->by, y->by);
        assert_int_equal(x->revealed, y->revealed);
        assert_int_equal(x->shown_at, y->shown_at);
        assert_int_equal(x->decided_at, y->decided_at);
        assert_int_equal(x->discussion_ms, y->discussion_ms);
        assert_int_equal(x->vote_timer_ms, y->vote_timer_ms);
        assert_int_equal(x->connection_before, y->connection_before);
        assert_int_equal(x->connection_after, y->connection_after);
        assert_int_equal(x->opened, y->opened);
        assert_int_equal(x->repaired, y->repaired);
        assert_string_equal(x->inner, y->inner);
        assert_string_equal(x->why, y->why);
    }
}

/* Write the record as workshop mode does, read it back from the file. */
static void write_and_load(const char *text, size_t len, ResumeRecord *r)
{
    char path[1300];
    snprintf(path, sizeof path, "%s/test-resume-%ld.txt", P_tmpdir, (long)getpid());
    assert_true(save_write_atomic(path, (const unsigned char *)text, len));
    assert_true(resume_load(path, r));
    unlink(path);
}

/* Killed after K decisions: the record as the last write left it. */
static void a_killed_session_resumes_with_everything_kept(void **state)
{
    (void)state;
    Story *story = load_tiny();
    Session s;
    run_session(story, &s, K);
    assert_int_equal(s.n_decisions, K);
    assert_int_equal(s.n_roads, 1);
    long long saved = (long long)time(NULL) - 120;
    char *text = resume_record_text(&s, 7, false, s.last_at, saved);
    assert_non_null(text);
    ResumeRecord r;
    write_and_load(text, strlen(text), &r);
    assert_true(r.complete);
    assert_false(r.finished);
    assert_int_equal(r.n_decisions, K);
    assert_int_equal(r.n_roads, 1);
    assert_true(resume_offerable(&r, (long long)time(NULL)));

    Story *again = load_tiny();
    Session back;
    StoryView *held = NULL;
    char why[300];
    long long now = 777; /* a new process: its clock starts again */
    assert_true(resume_restore(&r, again, dir, lib, &back, &held, now, why, sizeof why));
    assert_same_decisions(&s, &back, K);
    assert_int_equal(back.n_roads, 1);
    assert_int_equal(back.roads[0].from, 0);
    assert_int_equal(back.roads[0].option, 2);
    assert_int_equal(back.roads[0].ms, 23000);
    assert_int_equal(back.roads[0].n_steps, s.roads[0].n_steps);
    for (int i = 0; i < s.roads[0].n_steps; i++) {
        assert_string_equal(back.roads[0].steps[i].id, s.roads[0].steps[i].id);
        assert_string_equal(back.roads[0].steps[i].text, s.roads[0].steps[i].text);
        assert_int_equal(back.roads[0].steps[i].connection, s.roads[0].steps[i].connection);
    }
    assert_string_equal(back.roads[0].ending, s.roads[0].ending);
    assert_int_equal(back.discussion_ms, s.discussion_ms);
    /* the clock goes on from where it stopped: the gap is not counted */
    assert_int_equal(now - back.started_at, s.last_at - s.started_at);
    assert_int_equal(back.n_resumed, 1);
    assert_int_equal(strlen(back.resumed[0]), 5);
    /* the place: just after the last decision, its beat held for the screen */
    assert_non_null(held);
    assert_string_equal(held->beat_id, s.decisions[K - 1].beat);
    assert_true(story_view(again)->is_ending);
    free(held);

    /* The report: the same, word for word, but for the interruption. */
    char *a = report_without_resumed(&s), *b = report_without_resumed(&back);
    assert_string_equal(a, b);
    free(a);
    free(b);
    char *html = session_report_html(&back);
    assert_non_null(strstr(html, "Resumed after an interruption at "));
    free(html);

    /* Resumed twice: both interruptions are kept, in order. */
    char *again_text = resume_record_text(&back, 7, false, back.last_at, saved + 60);
    ResumeRecord r2;
    assert_true(resume_parse(again_text, strlen(again_text), &r2));
    assert_int_equal(r2.n_resumed, 1);
    assert_string_equal(r2.resumed[0], back.resumed[0]);
    resume_record_free(&r2);
    free(again_text);
    /* Written 30 s after its last event (a road not taken being played when
     * it stopped): those 30 s are session time too. */
    again_text = resume_record_text(&s, 7, false, s.last_at + 30000, saved);
    assert_true(resume_parse(again_text, strlen(again_text), &r2));
    assert_int_equal(r2.elapsed_ms, s.last_at - s.started_at + 30000);
    resume_record_free(&r2);
    free(again_text);

    session_free(&back);
    story_destroy(again);
    resume_record_free(&r);
    free(text);
    session_free(&s);
    story_destroy(story);
}

/* Cut in the middle of the last decision's line (a disk that lost its tail):
 * the decisions before it stand; cut in the road's line: every decision. */
static void a_record_cut_mid_line_resumes_from_the_whole_lines(void **state)
{
    (void)state;
    Story *story = load_tiny();
    Session s;
    run_session(story, &s, K);
    char *text = resume_record_text(&s, 7, false, s.last_at, (long long)time(NULL));
    assert_non_null(text);

    char key[32];
    snprintf(key, sizeof key, "\ndecision %d ", K);
    char *cut = strstr(text, key);
    assert_non_null(cut);
    size_t len = (size_t)(cut - text) + strlen(key) + 3; /* mid-line */
    ResumeRecord r;
    write_and_load(text, len, &r);
    assert_false(r.complete);
    assert_int_equal(r.n_decisions, K - 1);
    assert_int_equal(r.n_roads, 0);
    Story *again = load_tiny();
    Session back;
    StoryView *held = NULL;
    char why[300];
    assert_true(resume_restore(&r, again, dir, lib, &back, &held, 5, why, sizeof why));
    assert_same_decisions(&s, &back, K - 1);
    assert_string_equal(held->beat_id, s.decisions[K - 2].beat);
    /* the story stands where decision K was shown */
    assert_string_equal(story_view(again)->beat_id, s.decisions[K - 1].beat);
    free(held);
    session_free(&back);
    story_destroy(again);
    resume_record_free(&r);

    cut = strstr(text, "\nroad ");
    assert_non_null(cut);
    len = (size_t)(cut - text) + 9;
    assert_true(resume_parse(text, len, &r));
    assert_int_equal(r.n_decisions, K);
    assert_int_equal(r.n_roads, 0);
    resume_record_free(&r);

    /* Nothing after a damaged line is read. */
    char *bad = strdup(text);
    char *d2 = strstr(bad, "\ndecision 2 ");
    assert_non_null(d2);
    memcpy(d2 + 1, "decisionX", 9);
    assert_true(resume_parse(bad, strlen(bad), &r));
    assert_int_equal(r.n_decisions, 1);
    resume_record_free(&r);
    /* Not a record at all. */
    assert_false(resume_parse("hello\n", 6, &r));
    assert_false(resume_parse(text, 10, &r)); /* the header cut */
    free(bad);
    free(text);
    session_free(&s);
    story_destroy(story);
}

/* A story changed since: no half-rebuilt session, and why in words. */
static void a_changed_story_is_refused_with_its_reason(void **state)
{
    (void)state;
    Story *story = load_tiny();
    Session s;
    run_session(story, &s, 2);
    char *text = resume_record_text(&s, 7, false, s.last_at, (long long)time(NULL));
    char *id = strstr(text, " hurt steady ");
    assert_non_null(id);
    memcpy(id + 1, "gone", 4);
    ResumeRecord r;
    assert_true(resume_parse(text, strlen(text), &r));
    Story *again = load_tiny();
    Session back;
    char why[300];
    assert_false(resume_restore(&r, again, dir, lib, &back, NULL, 5, why, sizeof why));
    assert_non_null(strstr(why, "decision 2"));
    assert_int_equal(back.n_decisions, 0);
    assert_null(back.story_id);
    resume_record_free(&r);
    story_destroy(again);
    free(text);
    session_free(&s);
    story_destroy(story);
}

/* Offered only when unfinished, with a decision, and recent. */
static void only_a_recent_unfinished_session_is_offered(void **state)
{
    (void)state;
    Story *story = load_tiny();
    Session s;
    run_session(story, &s, 1);
    long long now = (long long)time(NULL);
    ResumeRecord r;
    char *text = resume_record_text(&s, 7, false, s.last_at, now - RESUME_MAX_AGE_S + 60);
    assert_true(resume_parse(text, strlen(text), &r));
    assert_true(resume_offerable(&r, now));
    assert_false(resume_offerable(&r, now + 120));                    /* a day and more old */
    assert_false(resume_offerable(&r, now - RESUME_MAX_AGE_S - 120)); /* from the future */
    resume_record_free(&r);
    free(text);
    text = resume_record_text(&s, 7, true, s.last_at, now);
    assert_true(resume_parse(text, strlen(text), &r));
    assert_true(r.finished);
    assert_false(resume_offerable(&r, now));
    resume_record_free(&r);
    free(text);
    session_free(&s);

    /* no decision yet: nothing to offer */
    session_init(&s, story_info(story), story_view(story), 0);
    text = resume_record_text(&s, 7, false, s.last_at, now);
    assert_true(resume_parse(text, strlen(text), &r));
    assert_false(resume_offerable(&r, now));
    resume_record_free(&r);
    free(text);
    session_free(&s);
    story_destroy(story);
}

/* Words with spaces, '%', '-' and line breaks come back as they were. */
static void words_are_escaped_and_come_back(void **state)
{
    (void)state;
    Session s;
    memset(&s, 0, sizeof s);
    s.story_id = strdup("-");
    s.story_title = strdup("A 100% story\nwith two lines");
    ResumeRecord r;
    char *text = resume_record_text(&s, UINT64_MAX, false, s.last_at, 12345);
    assert_true(resume_parse(text, strlen(text), &r));
    assert_string_equal(r.story_id, "-");
    assert_string_equal(r.story_title, "A 100% story\nwith two lines");
    assert_true(r.seed == UINT64_MAX);
    assert_int_equal(r.saved, 12345);
    assert_true(r.complete);
    resume_record_free(&r);
    free(text);
    free(s.story_id);
    free(s.story_title);
}

/* Phone votes: an answer's votes with the part that came from phones are
 * written "V:P" and read back so; a record from before phones (plain "V")
 * still reads, with none from phones; more from phones than votes in all is
 * a damaged line; "phones N" brings back the most phones joined. */
static void phone_votes_come_back_apart_from_keyed_ones(void **state)
{
    (void)state;
    Story *story = load_tiny();
    Session s;
    run_session(story, &s, K);
    /* decision 1 had 3, 3, 0 keyed: 2 of A's and all 3 of B's from phones */
    s.decisions[0].options[0].phone = 2;
    s.decisions[0].options[1].phone = 3;
    s.phones_joined = 17;
    char *text = resume_record_text(&s, 7, false, s.last_at, (long long)time(NULL));
    assert_non_null(text);
    assert_non_null(strstr(text, "\nphones 17\n"));
    char *d1 = strstr(text, "\ndecision 1 ");
    assert_non_null(d1);
    char *eol = strchr(d1 + 1, '\n');
    assert_non_null(eol);
    /* A: 3 with 2 from phones, B: 3 all from phones, C: 0 */
    assert_int_equal(strncmp(eol - 10, " 3:2,3:3,0", 10), 0);

    ResumeRecord r;
    assert_true(resume_parse(text, strlen(text), &r));
    assert_int_equal(r.phones_joined, 17);
    assert_int_equal(r.n_decisions, K);
    assert_int_equal(r.decisions[0].n_votes, 3);
    assert_int_equal(r.decisions[0].votes[0], 3);
    assert_int_equal(r.decisions[0].phone[0], 2);
    assert_int_equal(r.decisions[0].votes[1], 3);
    assert_int_equal(r.decisions[0].phone[1], 3);
    assert_int_equal(r.decisions[0].phone[2], 0);
    assert_int_equal(r.decisions[1].phone[0], 0);
    Story *again = load_tiny();
    Session back;
    StoryView *held = NULL;
    char why[300];
    assert_true(resume_restore(&r, again, dir, lib, &back, &held, 5, why, sizeof why));
    free(held);
    assert_same_decisions(&s, &back, K);
    assert_int_equal(back.decisions[0].options[0].phone, 2);
    assert_int_equal(back.decisions[0].options[1].phone, 3);
    assert_int_equal(back.decisions[0].options[2].phone, 0);
    assert_int_equal(back.phones_joined, 17);
    char *a = report_without_resumed(&s), *b = report_without_resumed(&back);
    assert_string_equal(a, b);
    assert_non_null(strstr(b, "\"keyed_votes\": 1,"));
    assert_non_null(strstr(b, "\"phone_votes_total\": 5"));
    assert_non_null(strstr(b, "\"phones_joined\": 17"));
    free(a);
    free(b);
    session_free(&back);
    story_destroy(again);
    resume_record_free(&r);

    /* a record from before phones: no ':' and no "phones" line */
    char *old = strdup(text);
    char *ph = strstr(old, "phones 17\n");
    memmove(ph, ph + 10, strlen(ph + 10) + 1);
    char *v = strstr(old, " 3:2,3:3,0\n");
    assert_non_null(v);
    memmove(v + 2, v + 4, strlen(v + 4) + 1); /* " 3,3:3,0" */
    v = strstr(old, " 3,3:3,0\n");
    assert_non_null(v);
    memmove(v + 4, v + 6, strlen(v + 6) + 1); /* " 3,3,0" */
    assert_non_null(strstr(old, " 3,3,0\n"));
    assert_null(strstr(old, ":"));
    assert_true(resume_parse(old, strlen(old), &r));
    assert_true(r.complete);
    assert_int_equal(r.n_decisions, K);
    assert_int_equal(r.phones_joined, 0);
    assert_int_equal(r.decisions[0].votes[0], 3);
    assert_int_equal(r.decisions[0].phone[0], 0);
    assert_int_equal(r.decisions[0].phone[1], 0);
    resume_record_free(&r);
    free(old);

    /* more from phones than votes: that line and all after it are damaged */
    char *bad = strdup(text);
    v = strstr(bad, " 3:2,3:3,0\n");
    v[3] = '4'; /* 3:4 */
    assert_true(resume_parse(bad, strlen(bad), &r));
    assert_int_equal(r.n_decisions, 0);
    assert_int_equal(r.n_roads, 0);
    assert_int_equal(r.phones_joined, 17);
    resume_record_free(&r);
    /* an empty or doubled part from phones likewise */
    const char *broken[] = {" 3:,3:3,0\n", " 3:2:1,3:3,0\n", " 3:-1,3:3,0\n", " 3:x,3:3,0\n"};
    for (size_t i = 0; i < sizeof broken / sizeof broken[0]; i++) {
        size_t pre = (size_t)(strstr(text, " 3:2,3:3,0\n") - text);
        size_t len = strlen(text) + strlen(broken[i]) + 1;
        char *t = malloc(len);
        assert_non_null(t);
        snprintf(t, len, "%.*s%s%s", (int)pre, text, broken[i], text + pre + 11);
        assert_true(resume_parse(t, strlen(t), &r));
        assert_int_equal(r.n_decisions, 0);
        resume_record_free(&r);
        free(t);
    }
    /* "phones N": 0 up to PHONES_MAX (400); beyond, the record stops there */
    free(bad);
    const char *head = "attune-workshop-record 1\nstory tiny Tiny\nseed 7\nphones 400\nend\n";
    assert_true(resume_parse(head, strlen(head), &r));
    assert_int_equal(r.phones_joined, 400);
    assert_true(r.complete);
    resume_record_free(&r);
    head = "attune-workshop-record 1\nstory tiny Tiny\nseed 7\nphones 401\nend\n";
    assert_true(resume_parse(head, strlen(head), &r));
    assert_int_equal(r.phones_joined, 0);
    assert_false(r.complete);
    resume_record_free(&r);

    /* no phones joined: no "phones" line is written */
    s.phones_joined = 0;
    char *none = resume_record_text(&s, 7, false, s.last_at, (long long)time(NULL));
    assert_null(strstr(none, "phones"));
    free(none);
    free(text);
    session_free(&s);
    story_destroy(story);
}

/* ---- two people on stage -------------------------------------------------- */

static char two_dir[1200];

/* The index of the answer with id `id` in view `v` (the answers are shuffled). */
static int answer_of(const StoryView *v, const char *id)
{
    for (int i = 0; i < v->n_choices; i++)
        if (v->choices[i].id && strcmp(v->choices[i].id, id) == 0)
            return i;
    fail_msg("no answer %s at %s", id, v->beat_id);
    return -1;
}

/* The two-people fixture's first three decisions, as a workshop records
 * them: taking Maya's side (a rupture with Theo) by majority, a repair to
 * both picked, an answer to Theo while Maya is away; and the road not
 * taken from decision 1 (to both). */
static void run_two(Story *story, Session *s)
{
    static const char *const ids[] = {"cup.1", "table.3", "stairs.2"};
    session_init(s, story_info(story), story_view(story), T0);
    for (int i = 0; i < 3; i++) {
        const StoryView *v = story_view(story);
        session_begin_beat(s, v, T0 + 10000LL * i);
        int a = answer_of(v, ids[i]);
        for (int n = 0; n < 3 - i; n++)
            session_vote_add(s, a);
        StoryError err;
        assert_true(story_choose(story, a, &err));
        const StoryView *nv = story_view(story);
        session_decide(s, a, i == 1 ? SESSION_BY_FACILITATOR : SESSION_BY_MAJORITY,
                       nv->has_feedback ? &nv->feedback : NULL, T0 + 10000LL * i + 5000);
        session_mark_revealed(s);
        if (i == 0) {
            StoryError e2;
            Story *c = story_load(two_dir, lib, 7, &e2);
            assert_non_null(c);
            /* the same seed: the same order, so its index is the option's */
            int b = answer_of(story_view(c), "cup.2");
            assert_true(story_choose(c, b, &e2));
            assert_string_equal(s->decisions[0].options[b].id, "cup.2");
            session_add_road(s, 0, b, story_history(c, 0), 1, NULL, 4000);
            story_destroy(c);
        }
    }
}

/* A session with two people: each decision keeps what it did to each, and
 * resumed after a kill it makes the same report. */
static void a_two_person_session_keeps_each_one_and_resumes(void **state)
{
    (void)state;
    StoryError err;
    Story *story = story_load(two_dir, lib, 7, &err);
    if (!story)
        fail_msg("%s:%d: %s", err.file, err.line, err.message);
    Session s;
    run_two(story, &s);
    assert_int_equal(s.n_people, 2);
    assert_string_equal(s.people[0].id, "maya");
    assert_string_equal(s.people[0].name, "Maya");
    assert_string_equal(s.people[1].name, "Theo");
    assert_int_equal(s.people[0].connection_start, 62);
    assert_int_equal(s.people[1].connection_start, 62);
    assert_int_equal(s.n_decisions, 3);
    const SessionDecision *d = &s.decisions[0];
    assert_string_equal(d->to, "maya");
    assert_true(d->took_sides);
    assert_string_equal(d->options[d->chosen].to, "maya");
    assert_string_equal(d->options[d->chosen].other, "dismiss");
    assert_string_equal(d->people[0].kind, "attune");
    assert_string_equal(d->people[1].kind, "dismiss");
    assert_int_equal(d->people[0].connection_before, 62);
    assert_int_equal(d->people[1].connection_before, 62);
    assert_int_equal(d->people[1].connection_after,
                     d->people[1].connection_before + d->people[1].dconn);
    assert_true(d->people[1].dconn < 0);
    assert_true(d->people[1].opened);
    assert_false(d->people[0].opened);
    assert_string_equal(d->people[1].inner, "Nobody listens to me.");
    assert_int_equal(d->connection_after, d->people[1].connection_after); /* the lower */
    d = &s.decisions[1];
    assert_string_equal(d->to, "both");
    assert_true(d->people[1].repaired);
    assert_false(d->people[0].repaired);
    assert_int_equal(d->people[1].connection_before, s.decisions[0].people[1].connection_after);
    d = &s.decisions[2];
    assert_string_equal(d->to, "theo");
    assert_false(d->people[0].present);
    assert_null(d->people[0].kind);
    assert_int_equal(d->people[0].dconn, 0);
    assert_true(d->people[1].present);
    assert_int_equal(s.people[0].connection_end, d->people[0].connection_after);
    assert_int_equal(s.people[1].connection_end, d->people[1].connection_after);
    assert_int_equal(s.n_roads, 1);
    assert_string_equal(s.roads[0].steps[0].to, "both");
    assert_int_equal(s.roads[0].steps[0].n_people, 2);
    assert_true(s.roads[0].steps[0].people[1].dconn > 0);

    /* Killed here; resumed on a fresh story: the same report. */
    char *text = resume_record_text(&s, 7, false, s.last_at, (long long)time(NULL) - 60);
    ResumeRecord r;
    write_and_load(text, strlen(text), &r);
    Story *again = story_load(two_dir, lib, 7, &err);
    assert_non_null(again);
    Session back;
    char why[300];
    assert_true(resume_restore(&r, again, two_dir, lib, &back, NULL, 99, why, sizeof why));
    assert_int_equal(back.n_people, 2);
    for (int k = 0; k < 2; k++) {
        assert_string_equal(back.people[k].name, s.people[k].name);
        assert_int_equal(back.people[k].connection_start, s.people[k].connection_start);
        assert_int_equal(back.people[k].connection_end, s.people[k].connection_end);
    }
    for (int i = 0; i < 3; i++) {
        assert_string_equal(back.decisions[i].to, s.decisions[i].to);
        for (int k = 0; k < 2; k++) {
            const SessionPersonEffect *x = &s.decisions[i].people[k],
                                      *y = &back.decisions[i].people[k];
            assert_int_equal(x->present, y->present);
            assert_int_equal(x->connection_before, y->connection_before);
            assert_int_equal(x->connection_after, y->connection_after);
            assert_int_equal(x->opened, y->opened);
            assert_int_equal(x->repaired, y->repaired);
        }
    }
    char *a = report_without_resumed(&s), *b = report_without_resumed(&back);
    assert_string_equal(a, b);
    assert_non_null(strstr(a, "\"took_sides\": true"));
    free(a);
    free(b);
    char *h1 = session_report_html(&s), *h2 = session_report_html(&back);
    char *c1 = strstr(h1, "<section id=\"chart\">"), *c2 = strstr(h2, "<section id=\"chart\">");
    assert_non_null(c1);
    assert_non_null(c2);
    assert_string_equal(c1, c2); /* the chart, the decisions, the roads: word for word */
    free(h1);
    free(h2);
    session_free(&back);
    story_destroy(again);
    resume_record_free(&r);
    free(text);
    session_free(&s);
    story_destroy(story);
}

static int setup(void **state)
{
    (void)state;
    const char *data = getenv("ATTUNE_DATA_DIR"), *fx = getenv("ATTUNE_FIXTURES");
    if (!data || !fx) {
        fprintf(stderr,
                "test_resume: ATTUNE_DATA_DIR and ATTUNE_FIXTURES must be set (CTest does)\n");
        return -1;
    }
    snprintf(lib, sizeof lib, "%s/scripts/lib/attune", data);
    snprintf(dir, sizeof dir, "%s/stories/tiny", fx);
    snprintf(two_dir, sizeof two_dir, "%s/stories/two-people", fx);
    return 0;
}

int main(void)
{
    story_bind(story_lua_binding());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_killed_session_resumes_with_everything_kept),
        cmocka_unit_test(a_record_cut_mid_line_resumes_from_the_whole_lines),
        cmocka_unit_test(a_changed_story_is_refused_with_its_reason),
        cmocka_unit_test(only_a_recent_unfinished_session_is_offered),
        cmocka_unit_test(words_are_escaped_and_come_back),
        cmocka_unit_test(phone_votes_come_back_apart_from_keyed_ones),
        cmocka_unit_test(a_two_person_session_keeps_each_one_and_resumes),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
