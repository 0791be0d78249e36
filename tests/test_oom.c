// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Attune contributors
/* Out of memory, on purpose: each real operation of the core and the script
 * binding is run again and again with the failing allocator (alloc.h) armed
 * to refuse the 0th, 1st, 2nd... allocation from its start, until it runs
 * with nothing refused. At each step it must succeed or fail cleanly: say
 * so, crash nothing, leak nothing (ASan/LSan in the sanitizer build), and
 * leave what was on disk as it was. The policy is in docs/architecture.md. */
#include "attune/story_tools.h"
#include "attune/alloc.h"
#include "attune/glossary.h"
#include "attune/library.h"
#include "attune/log.h"
#include "attune/paths.h"
#include "attune/progress.h"
#include "attune/resume.h"
#include "attune/roads.h"
#include "attune/save.h"
#include "attune/session.h"
#include "attune/session_report.h"
#include "attune/settings.h"
#include "attune/story.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char lib[1200], tmp[64];

/* One operation under test: true when it did all it should, false when it
 * gave up cleanly. */
typedef bool (*Op)(void *ctx);

/* Run `op` with the n-th allocation refused, n = 0, 1, 2, ..., stepping by
 * more once n passes `dense` (a story's load allocates tens of thousands of
 * blocks, most of them Lua's own), until a run refuses nothing: that run
 * must succeed. Returns how many runs gave up. */
static int walk(const char *name, Op op, void *ctx, long dense)
{
    int gave_up = 0;
    long n = 0;
    for (;;) {
        alloc_fail_after(n);
        bool ok = op(ctx);
        alloc_fail_off();
        if (alloc_fail_count() == 0) {
            if (!ok)
                fail_msg("%s: failed with no allocation refused (n = %ld)", name, n);
            break;
        }
        gave_up += !ok;
        n += n < dense ? 1 : 1 + n / 64;
    }
    /* Every run that refused nothing succeeded, and some gave up: the walk
     * reached the operation's allocations. */
    assert_true(gave_up > 0);
    log_debug("test", "%s: %ld steps, %d gave up", name, n, gave_up);
    return gave_up;
}

/* ---- saves ---------------------------------------------------------- */

static bool save_round_trip(void *ctx)
{
    const char *dir = ctx;
    SaveData d = {0}, e = {0};
    snprintf(d.story_id, sizeof d.story_id, "homework-night");
    snprintf(d.story_title, sizeof d.story_title, "Homework Night");
    d.seed = 7;
    const char *road[] = {"kitchen.4", "snap.2"};
    bool ok = save_data_push(&d, "kitchen.4") && save_data_push(&d, "snap.2") &&
              save_data_push(&d, "steady") && save_data_add_road(&d, road, 2);
    save_data_set_label(&d, "She grips the pencil and stares at the page.");
    ok = ok && save_slot_write(dir, 2, &d) && save_slot_read(dir, 2, &e) == SAVE_OK;
    if (ok) {
        assert_string_equal(e.story_id, "homework-night");
        assert_int_equal(e.n_path, 3);
        assert_string_equal(e.path[2], "steady");
        assert_int_equal(e.n_roads, 1);
    }
    ok = ok && save_autosave(dir, &d);
    save_data_clear(&d);
    save_data_clear(&e);
    return ok;
}

static void test_save(void **state)
{
    (void)state;
    char dir[128];
    snprintf(dir, sizeof dir, "%s/saves", tmp);
    assert_int_equal(mkdir(dir, 0700), 0);
    walk("save", save_round_trip, dir, 1L << 20);
    /* Running out of memory while reading never made a good save look
     * damaged: nothing was set aside as .corrupt. */
    char cmd[256];
    snprintf(cmd, sizeof cmd, "ls '%s' | grep -q corrupt", dir);
    assert_int_not_equal(system(cmd), 0);
    /* What the last run wrote reads back whole. */
    SaveData d = {0};
    assert_int_equal(save_slot_read(dir, 2, &d), SAVE_OK);
    assert_int_equal(d.n_path, 3);
    save_data_clear(&d);
}

/* ---- progress and settings ------------------------------------------ */

static bool progress_round_trip(void *ctx)
{
    const char *dir = ctx;
    Progress *p = progress_load(dir, "homework-night");
    if (!p)
        return false;
    progress_start_play(p, 1000);
    progress_mark_seen(p, "kitchen");
    progress_mark_chosen(p, "kitchen.4");
    progress_mark_ending(p, "together", "Together");
    progress_finish_play(p, 2000);
    bool ok = progress_save(p, dir);
    progress_destroy(p);
    return ok;
}

static void test_progress(void **state)
{
    (void)state;
    char dir[128];
    snprintf(dir, sizeof dir, "%s/progress", tmp);
    assert_int_equal(mkdir(dir, 0700), 0);
    walk("progress", progress_round_trip, dir, 1L << 20);
    Progress *p = progress_load(dir, "homework-night");
    assert_non_null(p);
    assert_true(progress_seen(p, "kitchen"));
    assert_true(progress_ending_count(p) == 1);
    progress_destroy(p);
}

static bool settings_round_trip(void *ctx)
{
    const char *dir = ctx;
    Settings s;
    settings_defaults(&s);
    s.text_size = 3;
    if (!settings_save(&s, dir))
        return false;
    Settings t;
    settings_defaults(&t);
    return settings_load(&t, dir);
}

static void test_settings(void **state)
{
    (void)state;
    char dir[128];
    snprintf(dir, sizeof dir, "%s/settings", tmp);
    assert_int_equal(mkdir(dir, 0700), 0);
    /* Settings are small and fixed: saving one may need no block at all,
     * so this walk only asks that nothing crashes or leaks. */
    alloc_fail_after(0);
    settings_round_trip(dir);
    alloc_fail_off();
    assert_true(settings_round_trip(dir));
}

static bool glossary_read(void *ctx)
{
    (void)ctx;
    char path[1200];
    paths_join(path, sizeof path, paths_data_dir(), "assets/glossary.txt");
    Glossary *g = glossary_load(path);
    bool ok = g && glossary_count(g) > 10;
    glossary_destroy(g);
    return ok;
}

static void test_glossary(void **state)
{
    (void)state;
    walk("glossary", glossary_read, NULL, 1L << 20);
}

/* ---- a story: loaded, played, recorded, reported --------------------- */

static const char *story_path(const char *id)
{
    static char path[1200];
    char rel[256];
    snprintf(rel, sizeof rel, "scripts/stories/%s", id);
    paths_join(path, sizeof path, paths_data_dir(), rel);
    return path;
}

/* Load the story and answer the first answer `n` times (the history and
 * the view copied each time), then keep the road and copy the view. */
static bool story_play(void *ctx)
{
    (void)ctx;
    StoryError err;
    Story *s = story_load(story_path("homework-night"), lib, 7, &err);
    if (!s) {
        assert_true(err.message[0] != '\0'); /* it says why */
        return false;
    }
    bool ok = true;
    for (int i = 0; ok && i < 3 && story_view(s)->n_choices > 0; i++)
        ok = story_choose(s, 0, &err);
    if (ok) {
        StoryView *copy = story_view_copy(story_view(s));
        ok = copy != NULL;
        attune_free(copy);
    }
    if (ok) {
        Roads r = {0};
        ok = roads_keep(&r, s);
        roads_clear(&r);
    }
    story_destroy(s);
    return ok;
}

static void test_story(void **state)
{
    (void)state;
    /* Every allocation while the Lua state opens and the library starts to
     * load (the first thousand), then one in about 64 of the rest: a load
     * and three answers allocate about 13,000 blocks, most of them Lua's. */
    walk("story", story_play, NULL, 1000);
}

/* The library reads each story's card by loading it: out of memory, the
 * story is still listed, as one that cannot be played now, and says why. */
static bool library_read(void *ctx)
{
    static Library lib_list; /* large: not on the stack */
    library_scan(&lib_list, NULL, NULL, ctx, lib);
    assert_int_equal(lib_list.n_stories, 1);
    assert_string_equal(lib_list.stories[0].id, "homework-night");
    return strncmp(lib_list.stories[0].detail, "Cannot be played", 16) != 0;
}

static void test_library(void **state)
{
    (void)state;
    walk("library", library_read, (void *)story_path("homework-night"), 300);
}

/* A session of a real play, built with the switch off. */
static Story *session_story(Session *se)
{
    StoryError err;
    Story *s = story_load(story_path("homework-night"), lib, 7, &err);
    assert_non_null(s);
    session_init(se, story_info(s), story_view(s), 1000);
    for (int i = 0; i < 3 && story_view(s)->n_choices > 0; i++) {
        session_vote_add(se, 0);
        assert_true(story_choose(s, 0, &err));
        session_decide(se, 0, SESSION_BY_MAJORITY, story_history(s, story_history_count(s) - 1),
                       1000 + 60000LL * (i + 1));
        session_begin_beat(se, story_view(s), 2000 + 60000LL * (i + 1));
    }
    session_finish(se, story_view(s), 300000);
    return s;
}

typedef struct ReportCtx {
    const Session *se;
    char dir[128];
} ReportCtx;

static bool report_write(void *ctx)
{
    ReportCtx *c = ctx;
    char html[1024], json[1024], err[1024];
    bool ok = session_export(c->se, c->dir, html, json, sizeof html, err);
    if (!ok)
        assert_true(err[0] != '\0');
    char *text = resume_record_text(c->se, 7, false, 400, 400);
    if (text) {
        ResumeRecord r;
        if (!resume_parse(text, strlen(text), &r))
            ok = false;
        else
            resume_record_free(&r);
    } else {
        ok = false;
    }
    attune_free(text);
    return ok;
}

static void test_report(void **state)
{
    (void)state;
    Session se;
    Story *s = session_story(&se);
    ReportCtx c = {.se = &se};
    snprintf(c.dir, sizeof c.dir, "%s/reports", tmp);
    walk("report", report_write, &c, 1L << 20);
    session_free(&se);
    story_destroy(s);
}

/* The record itself, built while memory runs out: whatever it kept, it
 * must be freed whole and reported without a crash. */
static bool session_record(void *ctx)
{
    Story *s = ctx;
    Session se;
    session_init(&se, story_info(s), story_view(s), 1000);
    session_vote_add(&se, 0);
    StoryStep st = *story_history(s, 0);
    session_decide(&se, 0, SESSION_BY_MAJORITY, &st, 61000);
    session_add_road(&se, 0, 1, &st, 1, "a road", 3000);
    session_finish(&se, story_view(s), 300000);
    bool refused = alloc_fail_count() > 0;
    alloc_fail_off();
    char *json = session_report_json(&se);
    char *html = session_report_html(&se);
    bool ok = json && html && !refused;
    attune_free(json);
    attune_free(html);
    session_free(&se);
    return ok;
}

static void test_session(void **state)
{
    (void)state;
    StoryError err;
    Story *s = story_load(story_path("homework-night"), lib, 7, &err);
    assert_non_null(s);
    assert_true(story_choose(s, 0, &err));
    walk("session", session_record, s, 1L << 20);
    story_destroy(s);
}

static void remove_tree(const char *path)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", path);
    assert_int_equal(system(cmd), 0);
}

static int setup(void **state)
{
    (void)state;
    assert_true(paths_init());
    paths_join(lib, sizeof lib, paths_data_dir(), "scripts/lib/attune");
    snprintf(tmp, sizeof tmp, "/tmp/attune-oom-XXXXXX");
    assert_non_null(mkdtemp(tmp));
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    remove_tree(tmp);
    return 0;
}

int main(void)
{
    story_bind(story_lua_binding());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_save),     cmocka_unit_test(test_progress),
        cmocka_unit_test(test_settings), cmocka_unit_test(test_glossary),
        cmocka_unit_test(test_report),   cmocka_unit_test(test_session),
        cmocka_unit_test(test_story),    cmocka_unit_test(test_library),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
