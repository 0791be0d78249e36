/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Tests of the story runtime and rules through the real Lua library:
 * navigation, effects, ruptures and repair, flooding, replay, and errors
 * that name file and line. */
#include "attune/story_tools.h"
#include "attune/alloc.h"
#include "attune/paths.h"
#include "attune/story.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static char lib[1200];

static const char *fixture(const char *name)
{
    static char path[1200];
    snprintf(path, sizeof path, "%s/stories/%s", getenv("ATTUNE_FIXTURES"), name);
    return path;
}

static Story *load_ok(const char *dir)
{
    StoryError err;
    Story *s = story_load(dir, lib, 7, &err);
    if (!s)
        fail_msg("%s:%d: %s", err.file, err.line, err.message);
    return s;
}

static int setup(void **state)
{
    (void)state;
    assert_true(paths_init());
    paths_join(lib, sizeof lib, paths_data_dir(), "scripts/lib/attune");
    return 0;
}

static void starts_with_the_declared_state(void **state)
{
    (void)state;
    Story *s = load_ok(fixture("tiny"));
    const StoryInfo *in = story_info(s);
    assert_string_equal(in->id, "tiny");
    assert_string_equal(in->title, "Tiny");
    const StoryView *v = story_view(s);
    assert_false(v->is_ending);
    assert_string_equal(v->beat_id, "one");
    assert_string_equal(v->speaker, "Kid");
    assert_string_equal(v->text, "I *hate* this.");
    assert_string_equal(v->cue, "Arms crossed.");
    assert_int_equal(v->connection, 50);
    assert_int_equal(v->steadiness, 70);
    assert_string_equal(v->state, "activated");
    assert_string_equal(v->state_word, "on edge");
    assert_int_equal(v->n_choices, 3);
    assert_string_equal(v->choices[0].text, "That sounds hard.");
    assert_false(v->has_feedback);
    story_destroy(s);
}

/* Copy the story library into a new folder with `extra` added to rules.lua
 * just before it returns: a library whose rules differ from the shipped one.
 * Writes the folder's path to `out`. */
static void library_with_rules(char *out, size_t n, const char *extra)
{
    snprintf(out, n, "/tmp/attune-test-lib-XXXXXX");
    assert_non_null(mkdtemp(out));
    char pattern[1300];
    snprintf(pattern, sizeof pattern, "%s/*.lua", lib);
    glob_t g;
    assert_int_equal(glob(pattern, 0, NULL, &g), 0);
    for (size_t i = 0; i < g.gl_pathc; i++) {
        FILE *in = fopen(g.gl_pathv[i], "rb");
        assert_non_null(in);
        static char text[1 << 20];
        size_t len = fread(text, 1, sizeof text - 1, in);
        fclose(in);
        text[len] = '\0';
        const char *name = strrchr(g.gl_pathv[i], '/') + 1;
        char path[1400];
        snprintf(path, sizeof path, "%s/%s", out, name);
        FILE *f = fopen(path, "wb");
        assert_non_null(f);
        char *ret = strcmp(name, "rules.lua") == 0 ? strstr(text, "\nreturn rules") : NULL;
        if (strcmp(name, "rules.lua") == 0)
            assert_non_null(ret);
        if (ret) {
            fwrite(text, 1, (size_t)(ret - text) + 1, f);
            fputs(extra, f);
            fputs(ret, f);
        } else {
            fwrite(text, 1, len, f);
        }
        fclose(f);
    }
    globfree(&g);
}

static void remove_library(const char *dir)
{
    char pattern[1300];
    snprintf(pattern, sizeof pattern, "%s/*.lua", dir);
    glob_t g;
    if (glob(pattern, 0, NULL, &g) == 0)
        for (size_t i = 0; i < g.gl_pathc; i++)
            remove(g.gl_pathv[i]);
    globfree(&g);
    remove(dir);
}

/* rules.lua owns the kinds: every kind it knows comes with its label and
 * whether it counts as attuned (steady does not: docs/attunement.md), on the
 * story, on each answer and on each step; a kind it does not know shows as
 * its id. A library whose rules say otherwise is shown as it says. */
static void kinds_are_the_rules_own(void **state)
{
    (void)state;
    StoryError err;
    Story *s = load_ok(fixture("tiny"));
    const Kinds *k = story_info(s)->kinds;
    assert_non_null(k);
    assert_int_equal(k->n, 9);
    static const struct {
        const char *id, *label;
        KindTone tone;
    } want[] = {
        {"attune", "Attuning", KIND_ATTUNED},
        {"attune_boundary", "Attuning, holding a limit", KIND_ATTUNED},
        {"fix", "Fixing", KIND_MISSED},
        {"rescue", "Rescuing", KIND_MISSED},
        {"dismiss", "Dismissing", KIND_MISSED},
        {"enmesh", "Getting swept up", KIND_MISSED},
        {"withdraw", "Withdrawing", KIND_MISSED},
        {"repair", "Repairing", KIND_ATTUNED},
        {"steady", "Steadying yourself", KIND_NEITHER}, /* about the helper: neither */
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        assert_string_equal(kinds_label(k, want[i].id), want[i].label);
        assert_int_equal(kinds_tone(k, want[i].id), want[i].tone);
        assert_int_equal(kinds_attuned(k, want[i].id), want[i].tone == KIND_ATTUNED);
    }
    assert_int_equal(kinds_tone(k, "newkind"), KIND_NEITHER);
    assert_string_equal(kinds_label(k, "newkind"), "newkind");
    assert_false(kinds_attuned(k, "newkind"));
    assert_string_equal(kinds_label(k, NULL), "");
    assert_string_equal(kinds_label(NULL, "fix"), "fix");
    const StoryView *v = story_view(s);
    assert_string_equal(v->choices[0].label, "Attuning");
    assert_int_equal(v->choices[0].tone, KIND_ATTUNED);
    assert_string_equal(v->choices[1].label, "Fixing");
    assert_int_equal(v->choices[1].tone, KIND_MISSED);
    StoryView *copy = story_view_copy(v);
    assert_non_null(copy);
    assert_string_equal(copy->choices[1].label, "Fixing");
    /* The copy lives on by itself: its label is in its own block. */
    assert_true(copy->choices[1].label > (const char *)copy);
    free(copy);
    assert_true(story_choose(s, 1, &err)); /* fix */
    v = story_view(s);
    assert_string_equal(v->feedback.label, "Fixing");
    assert_int_equal(v->feedback.tone, KIND_MISSED);
    assert_string_equal(v->choices[0].label, "Repairing");
    assert_int_equal(v->choices[0].tone, KIND_ATTUNED);
    assert_string_equal(story_history(s, 0)->label, "Fixing");
    story_destroy(s);

    char own[64];
    library_with_rules(own, sizeof own,
                       "rules.KIND_LABELS.fix = \"Quick fixing\"\nrules.ATTUNED.steady = true\n");
    s = story_load(fixture("tiny"), own, 7, &err);
    if (!s)
        fail_msg("%s:%d: %s", err.file, err.line, err.message);
    k = story_info(s)->kinds;
    assert_string_equal(kinds_label(k, "fix"), "Quick fixing");
    assert_true(kinds_attuned(k, "steady"));
    assert_string_equal(story_view(s)->choices[1].label, "Quick fixing");
    assert_true(story_choose(s, 1, &err));
    assert_string_equal(story_view(s)->feedback.label, "Quick fixing");
    story_destroy(s);
    remove_library(own);
}

static void attuning_builds_connection_and_reaches_the_good_ending(void **state)
{
    (void)state;
    StoryError err;
    Story *s = load_ok(fixture("tiny"));
    assert_true(story_choose(s, 0, &err));
    const StoryView *v = story_view(s);
    assert_string_equal(v->beat_id, "two");
    assert_int_equal(v->connection, 55); /* +5 at 50 */
    assert_string_equal(v->state, "regulated");
    assert_true(v->has_feedback);
    assert_string_equal(v->feedback.kind, "attune");
    assert_string_equal(v->feedback.inner, "Seen.");
    assert_int_equal(v->feedback.dconn, 5);
    assert_true(story_choose(s, 0, &err));
    v = story_view(s);
    assert_true(v->is_ending);
    assert_string_equal(v->beat_id, "good");
    assert_string_equal(v->verdict, "connected");
    assert_int_equal(v->connection, 60); /* +5 at 55 */
    assert_int_equal(story_history_count(s), 2);
    story_destroy(s);
}

static void fixing_opens_a_rupture_and_flooding_greys_the_repair(void **state)
{
    (void)state;
    StoryError err;
    Story *s = load_ok(fixture("tiny"));
    assert_true(story_choose(s, 1, &err)); /* fix */
    const StoryView *v = story_view(s);
    assert_string_equal(v->beat_id, "hurt");
    assert_int_equal(v->connection, 40);
    assert_int_equal(v->open_ruptures, 1);
    assert_true(v->feedback.opened);
    /* 70 - 5 (fix) - 50 (pressure) = 15: flooded. */
    assert_int_equal(v->steadiness, 15);
    assert_true(v->flooded);
    /* The feedback keeps what the answer itself did (65, not yet flooded):
     * the pressure belongs to the beat that follows. */
    assert_int_equal(v->feedback.steadiness, 65);
    assert_false(v->feedback.flooded);
    assert_int_equal(v->n_choices, 3); /* repair, dismiss, and the offered breath */
    assert_false(v->choices[0].enabled);
    assert_non_null(v->choices[0].hint);
    assert_true(v->choices[1].enabled);
    assert_true(v->choices[2].enabled);
    /* The greyed repair is refused without changing anything. */
    assert_false(story_choose(s, 0, &err));
    assert_int_equal(err.line, -1);
    assert_int_equal(story_view(s)->steadiness, 15);
    /* Breathe: steadiness back up, same beat, no second dose of pressure. */
    assert_true(story_choose(s, 2, &err));
    v = story_view(s);
    assert_string_equal(v->beat_id, "hurt");
    assert_int_equal(v->steadiness, 45);
    assert_false(v->flooded);
    assert_true(v->choices[0].enabled);
    /* Repair closes the rupture; it is worth about what attuning is (+6 at
     * 40), not more than the miss cost. */
    assert_true(story_choose(s, 0, &err));
    v = story_view(s);
    assert_string_equal(v->beat_id, "two");
    assert_int_equal(v->open_ruptures, 0);
    assert_true(v->feedback.repaired);
    assert_int_equal(v->connection, 46);
    assert_non_null(v->feedback.rule); /* names the miss it mended */
    assert_non_null(strstr(v->feedback.rule, "Just do it."));
    assert_string_equal(v->state, "regulated");
    assert_true(story_choose(s, 0, &err));
    v = story_view(s);
    assert_string_equal(v->beat_id, "good");
    assert_int_equal(story_history_count(s), 4);
    const StoryStep *st = story_history(s, 0);
    assert_string_equal(st->kind, "fix");
    assert_true(st->opened);
    assert_string_equal(story_history(s, 2)->kind, "repair");
    story_destroy(s);
}

static void overrides_and_branches(void **state)
{
    (void)state;
    StoryError err;
    Story *s = load_ok(fixture("tiny"));
    assert_true(story_choose(s, 2, &err)); /* rescue with connection = -20 */
    assert_int_equal(story_view(s)->connection, 30);
    assert_int_equal(story_view(s)->open_ruptures, 1);
    assert_true(story_choose(s, 0, &err)); /* 30 + 7 = 37: below 50, the other branch */
    assert_string_equal(story_view(s)->beat_id, "bad");
    assert_string_equal(story_view(s)->verdict, "disconnected");
    story_destroy(s);
}

static void replay_returns_to_the_same_place(void **state)
{
    (void)state;
    StoryError err;
    Story *a = load_ok(fixture("tiny"));
    assert_true(story_choose(a, 1, &err));
    assert_true(story_choose(a, 2, &err));
    const char *ids[8];
    int n = story_history_count(a);
    for (int i = 0; i < n; i++)
        ids[i] = story_history(a, i)->choice_id;
    Story *b = load_ok(fixture("tiny"));
    assert_int_equal(story_replay(b, ids, n, &err), n);
    const StoryView *va = story_view(a), *vb = story_view(b);
    assert_string_equal(va->beat_id, vb->beat_id);
    assert_int_equal(va->connection, vb->connection);
    assert_int_equal(va->steadiness, vb->steadiness);
    assert_int_equal(va->open_ruptures, vb->open_ruptures);
    /* An id the story no longer has stops the replay there. */
    const char *gone[2] = {"one.2", "no-such-answer"};
    Story *c = load_ok(fixture("tiny"));
    assert_int_equal(story_replay(c, gone, 2, &err), 1);
    assert_string_equal(story_view(c)->beat_id, "hurt");
    story_destroy(a);
    story_destroy(b);
    story_destroy(c);
}

static void expect_load_error(const char *name, int line, const char *needle)
{
    StoryError err;
    Story *s = story_load(fixture(name), lib, 1, &err);
    assert_null(s);
    if (!strstr(err.message, needle))
        fail_msg("%s: expected '%s' in '%s'", name, needle, err.message);
    assert_non_null(strstr(err.file, name));
    if (line >= 0)
        assert_int_equal(err.line, line);
}

static void broken_stories_give_file_and_line(void **state)
{
    (void)state;
    expect_load_error("syntax-error", 5, "expected");
    /* at the answer's own line, not the beat's */
    expect_load_error("unknown-next", 6, "next = 'argu' names no beat; did you mean 'argue'?");
    expect_load_error("no-os", 3, "global 'os'");
    expect_load_error("bad-text", 3, "invalid UTF-8 at byte 4");
    expect_load_error("huge-text", 4, "1500 characters is far too long for the text box");
}

static void enormous_computed_text_is_capped(void **state)
{
    (void)state;
    Story *s = load_ok(fixture("huge-computed"));
    const char *t = story_view(s)->text;
    size_t n = strlen(t);
    assert_true(n > 3000 && n <= 4000 + sizeof "…");
    assert_string_equal(t + n - strlen("…"), "…");
    story_destroy(s);
}

static void stories_can_span_files_in_their_folder_only(void **state)
{
    (void)state;
    StoryError err;
    Story *s = load_ok(fixture("multi-file"));
    assert_string_equal(story_view(s)->beat_id, "hello");
    assert_true(story_choose(s, 0, &err));
    assert_true(story_view(s)->is_ending);
    story_destroy(s);
    expect_load_error("include-escape", 3, "name a .lua file inside the story's folder");
    expect_load_error("include-symlink", 3, "leads outside the story's folder");
    expect_load_error("include-loop", -1, "already included");
    /* An error in an included file names that file and its line. */
    StoryError e;
    assert_null(story_load(fixture("include-error"), lib, 1, &e));
    assert_non_null(strstr(e.file, "include-error/scenes/bad.lua"));
    assert_int_equal(e.line, 2);
    assert_non_null(strstr(e.message, "nothing"));
}

static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void runaway_stories_are_stopped(void **state)
{
    (void)state;
    double t0 = seconds();
    expect_load_error("endless-loop", -1, "story took too long");
    assert_true(seconds() - t0 < 3.0);
    t0 = seconds();
    expect_load_error("memory-bomb", -1, "story used too much memory");
    assert_true(seconds() - t0 < 10.0);
}

/* A beat's face of a state on the `with` character sets their state, so the
 * meters read as the face shows; crying leaves the state as it was, and a
 * face on someone else (Theo) changes only the picture. */
static void the_meters_read_as_the_face_shows(void **state)
{
    (void)state;
    char dir[1200];
    snprintf(dir, sizeof dir, "%s/scripts/stories/homework-night", paths_data_dir());
    Story *s = load_ok(dir);
    StoryError err;
    assert_true(story_goto(s, "nightlight", &err)); /* face = "shutdown" */
    assert_string_equal(story_view(s)->state, "shutdown");
    assert_string_equal(story_view(s)->state_word, "shut down");
    assert_true(story_goto(s, "after-storm", &err)); /* face = "activated" */
    assert_string_equal(story_view(s)->state, "activated");
    assert_true(story_goto(s, "hedgehogs", &err)); /* face = "crying": the state stays */
    assert_string_equal(story_view(s)->state, "activated");
    story_destroy(s);
}

/* The story lab's way out (story_cancel_on): while the flag holds, a story
 * on this thread stops at once, as out of time; off again, it plays. */
static void a_cancelled_simulation_stops(void **state)
{
    (void)state;
    char dir[1200];
    snprintf(dir, sizeof dir, "%s/scripts/stories/homework-night", paths_data_dir());
    Story *s = load_ok(dir);
    static atomic_bool stop;
    atomic_init(&stop, true);
    story_cancel_on(&stop);
    StoryError err;
    bool passed = true;
    long long choices = 0;
    double t0 = seconds();
    char *report = story_simulate(s, "all", 200, 1, false, &passed, &choices, &err);
    assert_null(report);
    assert_non_null(strstr(err.message, "story took too long"));
    assert_true(seconds() - t0 < 1.5); /* the whole run takes about 2 s, more under load */
    atomic_store(&stop, false);
    report = story_simulate(s, "attune", 5, 1, false, &passed, &choices, &err);
    assert_non_null(report);
    assert_true(passed);
    attune_free(report);
    story_cancel_on(NULL);
    story_destroy(s);
}

static void a_loop_in_a_condition_is_stopped_even_through_pcall(void **state)
{
    (void)state;
    StoryError err;
    Story *s = load_ok(fixture("loop-in-condition"));
    double t0 = seconds();
    assert_false(story_choose(s, 0, &err));
    assert_true(seconds() - t0 < 3.0);
    assert_non_null(strstr(err.message, "story took too long"));
    assert_int_equal(err.line, 8);
    assert_non_null(strstr(err.file, "loop-in-condition/story.lua"));
    story_destroy(s);
}

/* Every shipped story loads and every random play reaches an ending. */
/* Does the picture at `path` have the file name `name`? */
static void assert_picture(const char *path, const char *name)
{
    if (!path)
        fail_msg("no picture, expected %s", name);
    size_t n = strlen(path), m = strlen(name);
    if (n < m || strcmp(path + n - m, name) != 0 || (n > m && path[n - m - 1] != '/'))
        fail_msg("picture %s, expected %s", path, name);
}

/* Issue 16: the face belongs to the scene. A beat's face and shown reach the
 * view, a speaker with portraits is shown, and the feedback shows the face
 * the answer left (its own face, else the state after it). */
static void the_face_follows_the_scene(void **state)
{
    (void)state;
    StoryError err;
    Story *s = load_ok(fixture("faces"));
    const StoryView *v = story_view(s);
    assert_string_equal(v->beat_id, "one");
    assert_picture(v->portrait, "kid-activated.svg"); /* no face: their state */
    assert_true(story_choose(s, 0, &err));            /* attune, face = "crying" */
    v = story_view(s);
    assert_string_equal(v->beat_id, "two");
    assert_true(v->has_feedback);
    assert_string_equal(v->feedback.state, "regulated");    /* the state eased... */
    assert_picture(v->feedback_portrait, "kid-crying.svg"); /* ...but the answer's face shows */
    assert_picture(v->portrait, "kid-crying.svg");          /* the beat's face */
    assert_true(story_goto(s, "three", &err));
    v = story_view(s);
    assert_string_equal(v->speaker, "Sib");
    assert_picture(v->portrait, "kid-shutdown.svg"); /* shown = "kid", face = "shutdown" */
    assert_true(story_goto(s, "four", &err));
    v = story_view(s);
    assert_picture(v->portrait, "sib-regulated.svg"); /* the speaker's own portrait */
    story_destroy(s);

    s = load_ok(fixture("faces"));
    assert_true(story_choose(s, 1, &err)); /* fix, no face of its own */
    v = story_view(s);
    assert_true(v->has_feedback);
    assert_picture(v->feedback_portrait, "kid-activated.svg"); /* their state after it */
    story_destroy(s);
}

static void shipped_stories_play_to_an_ending(void **state)
{
    (void)state;
    char pattern[1300];
    snprintf(pattern, sizeof pattern, "%s/scripts/stories/*/story.lua", paths_data_dir());
    glob_t g;
    assert_int_equal(glob(pattern, 0, NULL, &g), 0);
    assert_true(g.gl_pathc >= 1);
    for (size_t i = 0; i < g.gl_pathc; i++) {
        char dir[1300];
        snprintf(dir, sizeof dir, "%s", g.gl_pathv[i]);
        *strrchr(dir, '/') = '\0';
        for (unsigned seed = 1; seed <= 40; seed++) {
            StoryError err;
            Story *s = story_load(dir, lib, seed, &err);
            if (!s)
                fail_msg("%s:%d: %s", err.file, err.line, err.message);
            int steps = 0;
            srand(seed);
            while (!story_view(s)->is_ending && steps < 200) {
                const StoryView *v = story_view(s);
                int k = rand() % v->n_choices;
                if (!v->choices[k].enabled)
                    continue;
                if (!story_choose(s, k, &err))
                    fail_msg("%s:%d: %s", err.file, err.line, err.message);
                steps++;
            }
            assert_true(story_view(s)->is_ending);
            assert_non_null(story_view(s)->verdict);
            story_destroy(s);
        }
    }
    globfree(&g);
}

/* ---- the rules, on a story with known numbers (fixtures/stories/rules:
 * connection starts at 70, unshuffled, apart threshold 45) ---- */

/* Play the answers at positions `picks` (0-based) from the start. */
static Story *rules_after(const int *picks, int n)
{
    StoryError err;
    Story *s = load_ok(fixture("rules"));
    for (int i = 0; i < n; i++)
        if (!story_choose(s, picks[i], &err))
            fail_msg("answer %d at step %d: %s", picks[i], i, err.message);
    return s;
}

static void gains_shrink_as_connection_rises(void **state)
{
    (void)state;
    static const int perfect[] = {0, 0, 0};
    Story *s = rules_after(perfect, 2);
    /* The facilitator's "leads to" for an answer that ends the story. */
    assert_string_equal(story_view(s)->choices[0].next,
                        "An ending, chosen by how the whole play went");
    story_destroy(s);
    s = rules_after(perfect, 3);
    /* +3 at 70, +3 at 73, +2 at 76: each attuned answer adds less, never 0. */
    assert_int_equal(story_history(s, 0)->dconn, 3);
    assert_int_equal(story_history(s, 1)->dconn, 3);
    assert_int_equal(story_history(s, 2)->dconn, 2);
    const StoryView *v = story_view(s);
    assert_true(v->is_ending);
    assert_string_equal(v->beat_id, "close");
    assert_string_equal(v->verdict, "connected"); /* perfect play: a best ending */
    assert_int_equal(v->connection, 78);
    assert_string_equal(v->text, "Close.");
    assert_string_equal(
        v->reason, "Nothing was missed and connection ended at 78 (65 or more): a close ending.");
    story_destroy(s);
}

static void a_mended_miss_reaches_the_stronger_ending(void **state)
{
    (void)state;
    static const int road[] = {1, 2, 0}; /* fix a, repair b, attune c */
    Story *s = rules_after(road, 3);
    const StoryStep *fix = story_history(s, 0), *rep = story_history(s, 1);
    assert_true(fix->opened);
    assert_non_null(fix->rule); /* the first rupture of a play is explained */
    assert_true(rep->repaired);
    assert_int_equal(rep->dconn, 4); /* about what attuning gives, no more */
    assert_non_null(strstr(rep->rule, "\u201cfix a\u201d"));
    const StoryView *v = story_view(s);
    assert_string_equal(v->beat_id, "stronger");
    assert_int_equal(v->connection, 68);
    assert_string_equal(v->reason, "Nothing was left open, 1 rupture was mended, and connection "
                                   "ended at 68 (65 or more): a mended ending.");
    assert_int_equal(v->open_ruptures, 0);
    story_destroy(s);
}

static void a_second_miss_deepens_the_live_rupture(void **state)
{
    (void)state;
    static const int road[] = {1, 1, 3}; /* fix a, dismiss b, repair c */
    Story *s = rules_after(road, 2);
    const StoryStep *st = story_history(s, 1);
    assert_false(st->opened);
    assert_true(st->deepened);
    assert_non_null(strstr(st->rule, "deepened"));
    const StoryView *v = story_view(s);
    assert_int_equal(v->open_ruptures, 1); /* one break, not two to apologise for */
    assert_int_equal(v->connection, 48);   /* the deeper miss still costs */
    assert_string_equal(v->state, "shutdown");
    story_destroy(s);
    s = rules_after(road, 3);
    /* One repair mends the whole deepened rupture. */
    assert_true(story_history(s, 2)->repaired);
    v = story_view(s);
    assert_int_equal(v->open_ruptures, 0);
    assert_int_equal(v->connection, 53);
    assert_string_equal(v->beat_id, "unsaid"); /* nothing open, but below 65 */
    assert_string_equal(v->verdict, "other");
    assert_null(strstr(v->text, "Never mended"));
    story_destroy(s);
}

static void a_repair_mends_the_rupture_it_names(void **state)
{
    (void)state;
    /* fix a, attune b (the rupture stays open, no longer live), fix c: a
     * second rupture; then the late repair that names c. */
    static const int road[] = {1, 0, 1, 1};
    Story *s = rules_after(road, 3);
    assert_non_null(story_history(s, 1)->rule); /* attuning does not mend */
    assert_true(story_history(s, 2)->opened);
    assert_null(story_history(s, 2)->rule); /* said once a play */
    const StoryView *v = story_view(s);
    assert_int_equal(v->open_ruptures, 2);
    assert_string_equal(v->state, "shutdown");
    assert_int_equal(v->n_choices, 4); /* "repair a late": a is still open */
    assert_string_equal(v->choices[3].text, "repair latest, from c");
    story_destroy(s);
    s = rules_after(road, 4);
    const StoryStep *rep = story_history(s, 3);
    assert_true(rep->repaired);
    assert_non_null(strstr(rep->rule, "\u201cfix c\u201d"));
    assert_non_null(strstr(rep->rule, "Another is still open"));
    v = story_view(s);
    assert_int_equal(v->open_ruptures, 1);
    assert_string_equal(v->verdict, "other"); /* a rupture left open is never good */
    assert_string_equal(v->reason, "A rupture left open keeps this ending from the good ones, "
                                   "whatever the connection.");
    assert_non_null(strstr(v->text, "Never mended: \u201cfix a\u201d (fixing)."));
    story_destroy(s);
}

static void a_repair_with_nothing_to_mend_mends_nothing(void **state)
{
    (void)state;
    static const int calm[] = {0, 0, 2}; /* attune, attune, "repair a" */
    Story *s = rules_after(calm, 3);
    const StoryStep *rep = story_history(s, 2);
    assert_false(rep->repaired);
    assert_int_equal(rep->dconn, 1);
    assert_non_null(strstr(rep->rule, "Nothing was open"));
    assert_string_equal(story_view(s)->verdict, "connected");
    story_destroy(s);
    /* "repair a" while the miss at b is open: it names the wrong one. */
    static const int wrong[] = {0, 1, 2};
    s = rules_after(wrong, 3);
    rep = story_history(s, 2);
    assert_false(rep->repaired);
    assert_non_null(strstr(rep->rule, "not the one still open"));
    const StoryView *v = story_view(s);
    assert_int_equal(v->open_ruptures, 1);
    assert_string_equal(v->verdict, "other");
    /* The words the player saw (connection 73 then), not as they would read now. */
    assert_string_equal(story_history(s, 1)->text, "dismiss b at 73");
    assert_non_null(strstr(v->text, "Never mended: \u201cdismiss b at 73\u201d (dismissing)."));
    story_destroy(s);
}

static void low_connection_ends_apart(void **state)
{
    (void)state;
    /* fix, dismiss, fix: one rupture deepened twice (60, 48, 38); attune d: 44,
     * below the story's apart threshold of 45. */
    static const int road[] = {1, 1, 1, 0};
    Story *s = rules_after(road, 4);
    assert_true(story_history(s, 2)->deepened);
    const StoryView *v = story_view(s);
    assert_int_equal(v->connection, 44);
    assert_string_equal(v->beat_id, "apart");
    assert_string_equal(v->verdict, "disconnected");
    assert_string_equal(v->reason, "Connection ended at 44, below 45: an ending apart.");
    story_destroy(s);
}

static void the_ending_names_the_latest_misses_left_open(void **state)
{
    (void)state;
    StoryError err;
    Story *s = load_ok(fixture("three-open"));
    for (int i = 0; i < 6; i++) /* miss, attune, miss, attune, miss, attune */
        assert_true(story_choose(s, i % 2, &err));
    const StoryView *v = story_view(s);
    assert_int_equal(v->open_ruptures, 3);
    assert_string_equal(v->verdict, "other");
    /* A long answer is cut at a word, not inside one. */
    assert_non_null(strstr(v->text,
                           "Never mended: \u201cmiss 3\u201d (fixing); \u201cmiss 5, said "
                           "with a great many words so that it runs on well past the\u2026\u201d "
                           "(fixing); and 1 more before (see the debrief)."));
    story_destroy(s);
}

/* --order authored: every beat's answers in the order written; shuffled
 * otherwise (for some seed, at least, another order). */
static void the_order_written_is_kept_when_asked(void **state)
{
    (void)state;
    const char *written[] = {"kitchen.1", "kitchen.2", "cheer", "kitchen.4"};
    bool moved = false;
    for (uint64_t seed = 1; seed <= 4; seed++) {
        for (int order = 0; order < 2; order++) {
            story_set_order(order ? STORY_ORDER_AUTHORED : STORY_ORDER_SHUFFLED);
            StoryError err;
            Story *s = story_load(fixture("roads"), lib, seed, &err);
            assert_non_null(s);
            const StoryView *v = story_view(s);
            assert_int_equal(v->n_choices, 4);
            for (int i = 0; i < 4; i++) {
                if (order)
                    assert_string_equal(v->choices[i].id, written[i]);
                else
                    moved = moved || strcmp(v->choices[i].id, written[i]) != 0;
            }
            story_destroy(s);
        }
    }
    story_set_order(STORY_ORDER_SHUFFLED);
    assert_true(moved);
}

/* The preview's road: the fewest misses, then the fewest answers, as
 * "beat:id" steps; the story's own play is left where it was. */
static void the_preview_road_is_a_real_play(void **state)
{
    (void)state;
    StoryError err;
    Story *s = load_ok(fixture("roads"));
    char **steps = NULL;
    assert_int_equal(story_road(s, "stronger", &steps, &err), 3);
    assert_string_equal(steps[0], "kitchen:kitchen.2"); /* the first fix written */
    assert_string_equal(steps[1], "snap:mend");
    assert_string_equal(steps[2], "calm:calm.1");
    story_road_free(steps, 3);
    assert_int_equal(story_road(s, "close", &steps, &err), 2);
    assert_string_equal(steps[0], "kitchen:kitchen.1");
    story_road_free(steps, 2);
    assert_int_equal(story_road(s, "kitchen", &steps, &err), 0);
    story_road_free(steps, 0);
    assert_int_equal(story_road(s, "island", &steps, &err), -1);
    assert_null(steps);
    assert_int_equal(err.line, -1);
    assert_non_null(strstr(err.message, "beat 'island' cannot be reached"));
    assert_int_equal(story_road(s, "snapp", &steps, &err), -1);
    assert_non_null(strstr(err.message, "there is no beat 'snapp'; did you mean 'snap'?"));
    assert_string_equal(story_view(s)->beat_id, "kitchen");
    assert_int_equal(story_history_count(s), 0);
    story_destroy(s);
}

/* Two people on stage: each one's meters, whom an answer is to, and taking
 * sides (attuned to one, a miss for the other) opening a rupture with the
 * one left out only; a one-person story has no people. */
static void two_people_have_meters_of_their_own(void **state)
{
    (void)state;
    story_set_order(STORY_ORDER_AUTHORED);
    Story *s = load_ok(fixture("two-people"));
    const StoryView *v = story_view(s);
    assert_int_equal(v->n_people, 2);
    assert_string_equal(v->people[0].name, "Maya");
    assert_string_equal(v->people[1].name, "Theo");
    assert_int_equal(v->people[0].connection, 62);
    assert_true(v->people[0].present && v->people[1].present);
    assert_non_null(v->people[1].portrait);
    assert_non_null(
        strstr(v->people[1].portrait, "theo-crying.svg")); /* faces = { theo = "crying" } */
    /* the first answer as written: to Maya, attuned; a dismissal for Theo */
    assert_string_equal(v->choices[0].to, "Maya");
    assert_string_equal(v->choices[0].other, "dismiss");
    assert_string_equal(v->choices[1].to, "both");
    StoryError err;
    assert_true(story_choose(s, 0, &err));
    v = story_view(s);
    const StoryStep *f = &v->feedback;
    assert_int_equal(f->n_people, 2);
    assert_string_equal(f->to, "maya");
    assert_string_equal(f->people[0].kind, "attune");
    assert_false(f->people[0].opened);
    assert_true(f->people[0].dconn > 0);
    assert_string_equal(f->people[1].kind, "dismiss");
    assert_true(f->people[1].opened);
    assert_int_equal(f->people[1].dconn, -12);
    assert_int_equal(v->people[0].open_ruptures, 0);
    assert_int_equal(v->people[1].open_ruptures, 1);
    assert_non_null(strstr(f->rule, "took Maya's side"));
    assert_true(f->took_sides);
    /* the lower of the two sums it up */
    assert_int_equal(v->connection, v->people[1].connection);
    /* a copy of the view keeps both people */
    StoryView *c = story_view_copy(v);
    assert_non_null(c);
    assert_string_equal(c->people[1].name, "Theo");
    assert_string_equal(c->feedback.people[1].kind, "dismiss");
    attune_free(c);
    story_destroy(s);
    s = load_ok(fixture("tiny"));
    assert_int_equal(story_view(s)->n_people, 0);
    assert_null(story_view(s)->choices[0].to);
    story_destroy(s);
    story_set_order(STORY_ORDER_SHUFFLED);
}

int main(void)
{
    story_bind(story_lua_binding());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(starts_with_the_declared_state),
        cmocka_unit_test(kinds_are_the_rules_own),
        cmocka_unit_test(attuning_builds_connection_and_reaches_the_good_ending),
        cmocka_unit_test(fixing_opens_a_rupture_and_flooding_greys_the_repair),
        cmocka_unit_test(overrides_and_branches),
        cmocka_unit_test(replay_returns_to_the_same_place),
        cmocka_unit_test(broken_stories_give_file_and_line),
        cmocka_unit_test(stories_can_span_files_in_their_folder_only),
        cmocka_unit_test(enormous_computed_text_is_capped),
        cmocka_unit_test(runaway_stories_are_stopped),
        cmocka_unit_test(a_cancelled_simulation_stops),
        cmocka_unit_test(the_meters_read_as_the_face_shows),
        cmocka_unit_test(a_loop_in_a_condition_is_stopped_even_through_pcall),
        cmocka_unit_test(the_face_follows_the_scene),
        cmocka_unit_test(shipped_stories_play_to_an_ending),
        cmocka_unit_test(gains_shrink_as_connection_rises),
        cmocka_unit_test(a_mended_miss_reaches_the_stronger_ending),
        cmocka_unit_test(a_second_miss_deepens_the_live_rupture),
        cmocka_unit_test(a_repair_mends_the_rupture_it_names),
        cmocka_unit_test(a_repair_with_nothing_to_mend_mends_nothing),
        cmocka_unit_test(low_connection_ends_apart),
        cmocka_unit_test(the_ending_names_the_latest_misses_left_open),
        cmocka_unit_test(the_order_written_is_kept_when_asked),
        cmocka_unit_test(the_preview_road_is_a_real_play),
        cmocka_unit_test(two_people_have_meters_of_their_own),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
