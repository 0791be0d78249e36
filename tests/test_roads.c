/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Tests of the roads left through rewind and of the data the debrief chart
 * draws, through the real story runtime: the tiny fixture story has
 * unshuffled answers and known numbers (start: connection 50), so every
 * connection below is the one scripts/lib/attune/rules.lua gives. */
#include "attune/story_tools.h"
#include "attune/roads.h"
#include "attune/save.h"
#include "attune/story.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char lib[1200];

static const char *fixture(const char *name)
{
    static char path[1200];
    snprintf(path, sizeof path, "%s/stories/%s", getenv("ATTUNE_FIXTURES"), name);
    return path;
}

static Story *load_tiny(void)
{
    StoryError err;
    Story *s = story_load(fixture("tiny"), lib, 7, &err);
    if (!s)
        fail_msg("%s:%d: %s", err.file, err.line, err.message);
    return s;
}

/* A story of two beats of three answers each, all attuned, then the end:
 * nine roads none of which is the start of another. */
static Story *load_nine(void)
{
    char text[4096];
    size_t len = (size_t)snprintf(
        text, sizeof text,
        "story { id = \"nine\", title = \"Nine\", relationship = \"parent-child\", minutes = 1,\n"
        "        start = \"one\", with = \"kid\", summary = \"Nine roads.\" }\n"
        "character \"kid\" { name = \"Kid\", about = \"a test child\", state = \"activated\" }\n");
    static const char *const beats[2][2] = {{"one", "two"}, {"two", "done"}};
    for (int b = 0; b < 2; b++) {
        len += (size_t)snprintf(text + len, sizeof text - len,
                                "beat \"%s\" { say = { kid = \"Pick.\" }, shuffle = false, "
                                "choices = {\n",
                                beats[b][0]);
        for (int i = 1; i <= 3; i++)
            len += (size_t)snprintf(text + len, sizeof text - len,
                                    "  { \"Answer %d.\", kind = \"attune\", next = \"%s\", "
                                    "inner = \"In.\", why = \"Why.\" },\n",
                                    i, beats[b][1]);
        len += (size_t)snprintf(text + len, sizeof text - len, "} }\n");
    }
    len += (size_t)snprintf(text + len, sizeof text - len,
                            "ending \"done\" { title = \"Done\", text = \"End.\", "
                            "verdict = \"connected\" }\n");
    assert_true(len < sizeof text);
    StoryError err;
    Story *s = story_load_text(fixture("tiny"), text, len, lib, 7, &err);
    if (!s)
        fail_msg("%s:%d: %s", err.file, err.line, err.message);
    return s;
}

static void choose(Story *s, int index)
{
    StoryError err;
    if (!story_choose(s, index, &err))
        fail_msg("choose %d: %s:%d: %s", index, err.file, err.line, err.message);
}

/* The tiny story after replaying `ids`. */
static Story *tiny_after(const char *const *ids, int n)
{
    StoryError err;
    Story *s = load_tiny();
    assert_int_equal(story_replay(s, ids, n, &err), n);
    return s;
}

/* Take back `k` answers as the game does (app_play.c, app_rewind): keep the play
 * so far as a road, then replay the first n-k answers in a fresh story. */
static void rewind_by(Roads *r, Story **sp, int k)
{
    Story *old = *sp;
    int n = story_history_count(old);
    assert_true(k <= n);
    assert_true(roads_keep(r, old));
    const char *ids[SAVE_MAX_PATH];
    for (int i = 0; i < n - k; i++)
        ids[i] = story_history(old, i)->choice_id;
    Story *s = tiny_after(ids, n - k);
    story_destroy(old);
    *sp = s;
}

/* The current path's ids, for roads_fork. */
static int path_of(const Story *s, const char **ids)
{
    int n = story_history_count(s);
    for (int i = 0; i < n; i++)
        ids[i] = story_history(s, i)->choice_id;
    return n;
}

static void keep_path(Roads *r, const char *const *ids, int n)
{
    Story *s = tiny_after(ids, n);
    assert_true(roads_keep(r, s));
    story_destroy(s);
}

static int setup(void **state)
{
    (void)state;
    const char *data = getenv("ATTUNE_DATA_DIR");
    if (!data || !getenv("ATTUNE_FIXTURES")) {
        fprintf(stderr,
                "test_roads: ATTUNE_DATA_DIR and ATTUNE_FIXTURES must be set (CTest does)\n");
        return -1;
    }
    snprintf(lib, sizeof lib, "%s/scripts/lib/attune", data);
    return 0;
}

/* fix, take it back, attune to the good ending; then take back both and
 * rescue to the bad one: the debrief shows each road left, where it forked,
 * its connection after each step, and the ending it reached. */
static void rewind_keeps_the_roads_left_for_the_debrief(void **state)
{
    (void)state;
    Roads r = {0};
    int n = -1;
    Story *s = load_tiny();
    choose(s, 1); /* fix: 50 - 10 */
    assert_string_equal(story_view(s)->beat_id, "hurt");
    rewind_by(&r, &s, 1);
    assert_int_equal(story_history_count(s), 0);
    assert_string_equal(story_view(s)->beat_id, "one");
    assert_int_equal(story_view(s)->connection, 50);
    assert_int_equal(r.n, 1);

    choose(s, 0); /* attune: 55 */
    choose(s, 0); /* stay: 60, >= 50 -> good */
    assert_string_equal(story_view(s)->beat_id, "good");
    const UiRoad *ui = roads_to_ui(&r, s, &n);
    assert_int_equal(n, 1);
    assert_int_equal(ui[0].fork, 0);
    assert_int_equal(ui[0].n, 1);
    assert_string_equal(ui[0].kind[0], "fix");
    assert_string_equal(ui[0].text[0], "Just do it.");
    assert_int_equal(ui[0].connection[0], 40);
    assert_null(ui[0].ending);

    rewind_by(&r, &s, 2); /* from the ending, back to the start */
    assert_int_equal(r.n, 2);
    choose(s, 2); /* rescue, its own effect: 50 - 20 */
    choose(s, 0); /* stay: 30 + 7 = 37, < 50 -> bad */
    assert_string_equal(story_view(s)->beat_id, "bad");
    ui = roads_to_ui(&r, s, &n);
    assert_int_equal(n, 2);
    assert_int_equal(ui[0].fork, 0);
    assert_int_equal(ui[0].n, 1);
    assert_int_equal(ui[0].connection[0], 40);
    assert_null(ui[0].ending);
    assert_int_equal(ui[1].fork, 0);
    assert_int_equal(ui[1].n, 2);
    assert_string_equal(ui[1].kind[0], "attune");
    assert_string_equal(ui[1].kind[1], "attune");
    assert_string_equal(ui[1].text[0], "That sounds hard.");
    assert_string_equal(ui[1].text[1], "Stay.");
    assert_int_equal(ui[1].connection[0], 55);
    assert_int_equal(ui[1].connection[1], 60);
    assert_non_null(ui[1].ending);
    assert_string_equal(ui[1].ending, "Good");

    /* Take back only the last answer: the rescue road is kept, and it shares
     * one answer with the road now taken. */
    rewind_by(&r, &s, 1);
    assert_int_equal(r.n, 3);
    assert_int_equal(story_history_count(s), 1);
    ui = roads_to_ui(&r, s, &n);
    assert_int_equal(n, 3);
    assert_int_equal(ui[2].fork, 1);
    assert_int_equal(ui[2].n, 2);
    assert_string_equal(ui[2].kind[0], "rescue");
    assert_int_equal(ui[2].connection[0], 30);
    assert_int_equal(ui[2].connection[1], 37);
    assert_string_equal(ui[2].ending, "Bad");
    assert_int_equal(ui[0].fork, 0);
    assert_int_equal(ui[1].fork, 0);

    roads_clear(&r);
    story_destroy(s);
}

/* What the debrief chart draws for the road now taken: the connection after
 * each answer, as the rules give it, and each answer's kind. */
static void the_chart_follows_the_rules(void **state)
{
    (void)state;
    /* fix (-10), the breath offered while flooded (0), repair with a rupture
     * open (+6 at 40), stay (+5 at 46): 40, 40, 46, 51 -> good (50 or more). */
    Story *s = load_tiny();
    choose(s, 1);
    assert_true(story_view(s)->flooded);
    assert_string_equal(story_view(s)->choices[2].id, "steady");
    choose(s, 2);
    choose(s, 0);
    choose(s, 0);
    assert_string_equal(story_view(s)->beat_id, "good");
    static const int conn[] = {40, 40, 46, 51};
    static const int dconn[] = {-10, 0, 6, 5};
    static const char *const kind[] = {"fix", "steady", "repair", "attune"};
    static const char *const id[] = {"one.2", "steady", "hurt.1", "two.1"};
    assert_int_equal(story_history_count(s), 4);
    for (int i = 0; i < 4; i++) {
        const StoryStep *st = story_history(s, i);
        assert_int_equal(st->connection, conn[i]);
        assert_int_equal(st->dconn, dconn[i]);
        assert_string_equal(st->kind, kind[i]);
        assert_string_equal(st->choice_id, id[i]);
    }
    assert_true(story_history(s, 0)->opened);
    assert_true(story_history(s, 2)->repaired);
    assert_int_equal(story_view(s)->connection, 51);
    story_destroy(s);

    /* fix then dismiss (-12, deepening the rupture), still flooded at "two"
     * so a breath first, then stay (+7 at 28): 40, 28, 28, 35 -> bad. */
    static const char *const fd[] = {"one.2", "hurt.2", "steady", "two.1"};
    s = tiny_after(fd, 4);
    assert_int_equal(story_history(s, 0)->connection, 40);
    assert_int_equal(story_history(s, 1)->connection, 28);
    assert_string_equal(story_history(s, 1)->kind, "dismiss");
    assert_int_equal(story_history(s, 2)->connection, 28);
    assert_string_equal(story_history(s, 2)->kind, "steady");
    assert_int_equal(story_history(s, 3)->connection, 35);
    assert_string_equal(story_view(s)->beat_id, "bad");
    story_destroy(s);
}

static void a_road_kept_again_or_its_start_is_not_kept_twice(void **state)
{
    (void)state;
    Roads r = {0};
    static const char *const good[] = {"one.1", "two.1"};
    keep_path(&r, good, 2);
    keep_path(&r, good, 2);
    assert_int_equal(r.n, 1);
    keep_path(&r, good, 1); /* the start of it */
    assert_int_equal(r.n, 1);
    assert_int_equal(r.road[0].n, 2);
    assert_string_equal(r.road[0].ids[1], "two.1");
    assert_string_equal(r.road[0].ending, "Good");
    /* A play with no answer yet is no road. */
    Story *s = load_tiny();
    assert_true(roads_keep(&r, s));
    story_destroy(s);
    assert_int_equal(r.n, 1);
    roads_clear(&r);
}

static void a_longer_road_replaces_its_start(void **state)
{
    (void)state;
    Roads r = {0};
    static const char *const fix_dismiss[] = {"one.2", "hurt.2", "steady", "two.1"};
    static const char *const good[] = {"one.1", "two.1"};
    keep_path(&r, good, 1);
    keep_path(&r, fix_dismiss, 1);
    assert_int_equal(r.n, 2);
    keep_path(&r, fix_dismiss, 4);
    assert_int_equal(r.n, 2);
    int found = -1;
    for (int i = 0; i < r.n; i++)
        if (strcmp(r.road[i].ids[0], "one.2") == 0)
            found = i;
    assert_true(found >= 0);
    const Road *rd = &r.road[found];
    assert_int_equal(rd->n, 4);
    assert_string_equal(rd->ids[1], "hurt.2");
    assert_string_equal(rd->kind[1], "dismiss");
    assert_int_equal(rd->connection[0], 40);
    assert_int_equal(rd->connection[1], 28);
    assert_int_equal(rd->connection[2], 28);
    assert_int_equal(rd->connection[3], 35);
    assert_string_equal(rd->ending, "Bad");
    /* The other road is untouched. */
    assert_int_equal(r.road[1 - found].n, 1);
    assert_string_equal(r.road[1 - found].ids[0], "one.1");
    assert_null(r.road[1 - found].ending);
    roads_clear(&r);
}

static void more_than_roads_max_drops_the_oldest(void **state)
{
    (void)state;
    Roads r = {0};
    for (int i = 0; i < ROADS_MAX + 1; i++) {
        Story *s = load_nine();
        choose(s, i / 3);
        choose(s, i % 3);
        assert_true(roads_keep(&r, s));
        story_destroy(s);
        assert_int_equal(r.n, i < ROADS_MAX ? i + 1 : ROADS_MAX);
    }
    /* The first (one.1, two.1) went; the other eight stay, oldest first. */
    for (int i = 0; i < ROADS_MAX; i++) {
        char one[16], two[16];
        snprintf(one, sizeof one, "one.%d", (i + 1) / 3 + 1);
        snprintf(two, sizeof two, "two.%d", (i + 1) % 3 + 1);
        assert_int_equal(r.road[i].n, 2);
        assert_string_equal(r.road[i].ids[0], one);
        assert_string_equal(r.road[i].ids[1], two);
        assert_string_equal(r.road[i].ending, "Done");
        assert_int_equal(r.road[i].connection[0], 55);
        assert_int_equal(r.road[i].connection[1], 60);
    }
    roads_clear(&r);
}

static void roads_fork_counts_the_answers_shared(void **state)
{
    (void)state;
    Roads r = {0};
    static const char *const fix_dismiss[] = {"one.2", "hurt.2", "steady", "two.1"};
    static const char *const good[] = {"one.1", "two.1"};
    keep_path(&r, fix_dismiss, 4);
    keep_path(&r, good, 2);
    assert_int_equal(r.n, 2);
    /* Diverging at once, and after one shared answer. */
    assert_int_equal(roads_fork(&r, 0, good, 2), 0);
    static const char *const fix_breathe[] = {"one.2", "steady", "hurt.1", "two.1"};
    assert_int_equal(roads_fork(&r, 0, fix_breathe, 4), 1);
    /* Equal, a shorter path along it, a path that goes further. */
    assert_int_equal(roads_fork(&r, 0, fix_dismiss, 4), 4);
    assert_int_equal(roads_fork(&r, 0, fix_dismiss, 2), 2);
    assert_int_equal(roads_fork(&r, 1, good, 1), 1);
    static const char *const longer[] = {"one.1", "two.1", "after"};
    assert_int_equal(roads_fork(&r, 1, longer, 3), 2);
    /* An empty path shares nothing. */
    assert_int_equal(roads_fork(&r, 0, NULL, 0), 0);
    assert_int_equal(roads_fork(&r, 1, good, 0), 0);
    roads_clear(&r);
}

/* A road the road now taken follows all the way is not a road left: the
 * debrief does not show it, and n counts only the others. */
static void a_road_followed_again_is_not_shown(void **state)
{
    (void)state;
    Roads r = {0};
    int n = -1;
    Story *s = load_tiny();
    choose(s, 1); /* fix */
    rewind_by(&r, &s, 1);
    choose(s, 1); /* fix again */
    const char *ids[SAVE_MAX_PATH];
    assert_int_equal(roads_fork(&r, 0, ids, path_of(s, ids)), 1);
    roads_to_ui(&r, s, &n);
    assert_int_equal(n, 0);
    choose(s, 1); /* dismiss: further along the same road */
    roads_to_ui(&r, s, &n);
    assert_int_equal(n, 0);
    story_destroy(s);

    /* Two roads kept; the player now takes the second one again: only the
     * first is shown, and it is the one in ui[0]. */
    static const char *const good[] = {"one.1", "two.1"};
    keep_path(&r, good, 2);
    assert_int_equal(r.n, 2);
    s = tiny_after(good, 2);
    const UiRoad *ui = roads_to_ui(&r, s, &n);
    assert_int_equal(n, 1);
    assert_int_equal(ui[0].n, 1);
    assert_string_equal(ui[0].kind[0], "fix");
    assert_int_equal(ui[0].connection[0], 40);
    story_destroy(s);
    /* Part of the way along it, it is shown, forking where the player is. */
    s = tiny_after(good, 1);
    ui = roads_to_ui(&r, s, &n);
    assert_int_equal(n, 2);
    assert_int_equal(ui[1].fork, 1);
    assert_int_equal(ui[1].n, 2);
    assert_string_equal(ui[1].ending, "Good");
    story_destroy(s);
    roads_clear(&r);
}

static void save_for(SaveData *d)
{
    memset(d, 0, sizeof *d);
    snprintf(d->story_id, sizeof d->story_id, "tiny");
    snprintf(d->story_dir, sizeof d->story_dir, "%s", fixture("tiny"));
    d->seed = 7;
}

static void assert_same_road(const Road *a, const Road *b)
{
    assert_int_equal(a->n, b->n);
    for (int i = 0; i < a->n; i++) {
        assert_string_equal(a->ids[i], b->ids[i]);
        assert_string_equal(a->kind[i], b->kind[i]);
        assert_string_equal(a->text[i], b->text[i]);
        assert_int_equal(a->connection[i], b->connection[i]);
    }
    if (a->ending)
        assert_string_equal(a->ending, b->ending);
    else
        assert_null(b->ending);
}

static void roads_survive_a_save(void **state)
{
    (void)state;
    Roads r = {0}, back = {0};
    static const char *const fix[] = {"one.2"};
    static const char *const good[] = {"one.1", "two.1"};
    static const char *const fix_breathe[] = {"one.2", "steady", "hurt.1", "two.1"};
    keep_path(&r, fix, 1);
    keep_path(&r, good, 2);
    keep_path(&r, (const char *const[]){"one.3", "two.1"}, 2);
    assert_int_equal(r.n, 3);
    keep_path(&r, fix_breathe, 4); /* replaces the fix road */
    assert_int_equal(r.n, 3);

    SaveData d;
    save_for(&d);
    /* Roads already in the save are replaced, not added to. */
    assert_true(save_data_add_road(&d, good, 1));
    roads_to_save(&r, &d);
    assert_int_equal(d.n_roads, 3);
    for (int i = 0; i < r.n; i++) {
        char *copy = malloc(strlen(d.roads[i]) + 1);
        assert_non_null(copy);
        strcpy(copy, d.roads[i]);
        char *ids[SAVE_MAX_PATH];
        assert_int_equal(save_road_split(copy, ids, SAVE_MAX_PATH), r.road[i].n);
        for (int k = 0; k < r.road[i].n; k++)
            assert_string_equal(ids[k], r.road[i].ids[k]);
        free(copy);
    }

    /* Through the bytes of a save file, and back. */
    size_t len = 0;
    unsigned char *buf = save_encode(&d, &len);
    assert_non_null(buf);
    SaveData d2;
    assert_int_equal(save_decode(buf, len, &d2), SAVE_OK);
    free(buf);
    assert_int_equal(d2.n_roads, 3);

    /* Whatever `back` held before is forgotten (and freed: LeakSanitizer). */
    keep_path(&back, fix, 1);
    roads_from_save(&back, &d2, lib);
    assert_int_equal(back.n, r.n);
    for (int i = 0; i < r.n; i++)
        assert_same_road(&r.road[i], &back.road[i]);
    int with_breath = 0, rescued = 0;
    for (int i = 0; i < back.n; i++) {
        const Road *rd = &back.road[i];
        if (rd->n == 4) {
            with_breath++;
            assert_string_equal(rd->ids[1], "steady");
            assert_int_equal(rd->connection[3], 51);
            assert_string_equal(rd->ending, "Good");
        } else if (strcmp(rd->ids[0], "one.3") == 0) {
            rescued++;
            assert_int_equal(rd->connection[1], 37);
            assert_string_equal(rd->ending, "Bad");
        }
    }
    assert_int_equal(with_breath, 1);
    assert_int_equal(rescued, 1);

    save_data_clear(&d);
    save_data_clear(&d2);
    roads_clear(&r);
    roads_clear(&back);
}

/* Replace the whole text of save road `i`. */
static void set_road(SaveData *d, int i, const char *text)
{
    free(d->roads[i]);
    d->roads[i] = malloc(strlen(text) + 1);
    assert_non_null(d->roads[i]);
    strcpy(d->roads[i], text);
}

static void a_save_road_that_no_longer_replays_is_dropped(void **state)
{
    (void)state;
    Roads r = {0};
    SaveData d;
    save_for(&d);
    static const char *const good[] = {"one.1", "two.1"};
    static const char *const fix_dismiss[] = {"one.2", "hurt.2", "steady", "two.1"};
    static const char *const rescue[] = {"one.3", "two.1"};
    assert_true(save_data_add_road(&d, good, 2));
    assert_true(save_data_add_road(&d, fix_dismiss, 4));
    assert_true(save_data_add_road(&d, rescue, 2));
    assert_true(save_data_add_road(&d, good, 2));
    assert_true(save_data_add_road(&d, rescue, 2));
    assert_true(save_data_add_road(&d, good, 2));
    assert_int_equal(d.n_roads, 6);
    d.roads[0][4] = '9';                             /* "one.9": the first answer is gone */
    set_road(&d, 1, "one.2\nhurt.7\nsteady\ntwo.1"); /* gone in the middle */
    set_road(&d, 3, "one.1\ntwo.1\ntwo.1");          /* goes on past the ending */
    set_road(&d, 4, "");                             /* empty */
    roads_from_save(&r, &d, lib);
    /* Left: the rescue road and the good one, in the save's order. */
    assert_int_equal(r.n, 2);
    assert_int_equal(r.road[0].n, 2);
    assert_string_equal(r.road[0].ids[0], "one.3");
    assert_int_equal(r.road[0].connection[0], 30);
    assert_string_equal(r.road[0].ending, "Bad");
    assert_string_equal(r.road[1].ids[0], "one.1");
    assert_string_equal(r.road[1].ending, "Good");

    /* A save whose roads are one the same road, and its start. */
    save_data_clear(&d);
    save_for(&d);
    assert_true(save_data_add_road(&d, fix_dismiss, 1));
    assert_true(save_data_add_road(&d, fix_dismiss, 4));
    assert_true(save_data_add_road(&d, fix_dismiss, 4));
    roads_from_save(&r, &d, lib);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.road[0].n, 4);

    /* A story that is no longer there: no road, no crash. */
    snprintf(d.story_dir, sizeof d.story_dir, "%s", fixture("no-such-story"));
    roads_from_save(&r, &d, lib);
    assert_int_equal(r.n, 0);
    save_data_clear(&d);
    roads_clear(&r);
}

static void roads_clear_forgets_everything(void **state)
{
    (void)state;
    Roads r = {0};
    int n = -1;
    roads_clear(&r); /* empty: a no-op */
    assert_int_equal(r.n, 0);
    static const char *const good[] = {"one.1", "two.1"};
    static const char *const fix_breathe[] = {"one.2", "steady", "hurt.1", "two.1"};
    keep_path(&r, good, 2);
    keep_path(&r, fix_breathe, 4);
    assert_int_equal(r.n, 2);
    roads_clear(&r);
    assert_int_equal(r.n, 0);
    for (int i = 0; i < ROADS_MAX; i++) {
        assert_int_equal(r.road[i].n, 0);
        assert_null(r.road[i].ids);
        assert_null(r.road[i].connection);
        assert_null(r.road[i].ending);
    }
    Story *s = load_tiny();
    roads_to_ui(&r, s, &n);
    assert_int_equal(n, 0);
    story_destroy(s);
    roads_clear(&r);
    /* Usable again after a clear. */
    keep_path(&r, good, 1);
    assert_int_equal(r.n, 1);
    roads_clear(&r);
}

int main(void)
{
    story_bind(story_lua_binding());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rewind_keeps_the_roads_left_for_the_debrief),
        cmocka_unit_test(the_chart_follows_the_rules),
        cmocka_unit_test(a_road_kept_again_or_its_start_is_not_kept_twice),
        cmocka_unit_test(a_longer_road_replaces_its_start),
        cmocka_unit_test(more_than_roads_max_drops_the_oldest),
        cmocka_unit_test(roads_fork_counts_the_answers_shared),
        cmocka_unit_test(a_road_followed_again_is_not_shown),
        cmocka_unit_test(roads_survive_a_save),
        cmocka_unit_test(a_save_road_that_no_longer_replays_is_dropped),
        cmocka_unit_test(roads_clear_forgets_everything),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
