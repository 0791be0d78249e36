/* Tests of Continue (library_resume) with real saves on disk: back to the
 * same place, a damaged newest save, a save of another story, a story that
 * is gone, a story that changed, and nothing left to continue. */
#include "attune/library.h"
#include "attune/paths.h"
#include "attune/save.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char lib_dir[1200], story_path[1200];
static Library library;

static char *temp_dir(void)
{
    static char buf[64];
    strcpy(buf, "/tmp/attune-resume-XXXXXX");
    assert_non_null(mkdtemp(buf));
    return buf;
}

static int setup(void **state)
{
    (void)state;
    assert_true(paths_init());
    paths_join(lib_dir, sizeof lib_dir, paths_data_dir(), "scripts/lib/attune");
    paths_join(story_path, sizeof story_path, paths_data_dir(), "scripts/stories/homework-night");
    library_scan(&library, paths_data_dir(), lib_dir);
    assert_true(library.n_stories >= 1);
    return 0;
}

/* Play `n` choices (always the first enabled one) and save after each, as the
 * game does. Returns the story (caller destroys). */
static Story *play_and_save(const char *dir, int n, uint64_t seed)
{
    StoryError err;
    Story *s = story_load(story_path, lib_dir, seed, &err);
    assert_non_null(s);
    for (int k = 0; k < n; k++) {
        const StoryView *v = story_view(s);
        int pick = 0;
        while (!v->choices[pick].enabled)
            pick++;
        assert_true(story_choose(s, pick, &err));
        SaveData d;
        memset(&d, 0, sizeof d);
        strcpy(d.story_id, "homework-night");
        strcpy(d.story_dir, story_path);
        d.seed = seed;
        for (int i = 0; i < story_history_count(s); i++)
            save_data_push(&d, story_history(s, i)->choice_id);
        assert_true(save_autosave(dir, &d));
        save_data_clear(&d);
    }
    return s;
}

static void continue_returns_to_the_same_place(void **state)
{
    (void)state;
    char *dir = temp_dir();
    Story *played = play_and_save(dir, 3, 99);
    char notice[256];
    StoryError err;
    Story *s = library_resume(&library, dir, lib_dir, notice, sizeof notice, &err);
    assert_non_null(s);
    assert_string_equal(notice, "");
    const StoryView *a = story_view(played), *b = story_view(s);
    assert_string_equal(a->beat_id, b->beat_id);
    assert_int_equal(a->connection, b->connection);
    assert_int_equal(a->steadiness, b->steadiness);
    assert_int_equal(a->open_ruptures, b->open_ruptures);
    assert_int_equal(a->n_choices, b->n_choices);
    for (int i = 0; i < a->n_choices; i++) /* the same order: the seed was saved */
        assert_string_equal(a->choices[i].text, b->choices[i].text);
    story_destroy(s);
    story_destroy(played);
}

static void a_damaged_newest_save_falls_back_to_the_last_good_one(void **state)
{
    (void)state;
    char *dir = temp_dir();
    Story *played = play_and_save(dir, 3, 5); /* sequences 1..3; 3 is in autosave-0 */
    char path[300];
    snprintf(path, sizeof path, "%s/autosave-0.sav", dir);
    FILE *f = fopen(path, "r+b");
    assert_non_null(f);
    fseek(f, 40, SEEK_SET);
    fputc('!', f);
    fclose(f);
    char notice[256];
    StoryError err;
    Story *s = library_resume(&library, dir, lib_dir, notice, sizeof notice, &err);
    assert_non_null(s);
    assert_non_null(strstr(notice, "This save was damaged (or from another version of Attune) "
                                   "and was kept aside; your last good save, from "));
    assert_int_equal(story_history_count(s), 2); /* one choice earlier */
    story_destroy(s);
    story_destroy(played);
    /* The damaged one was moved aside, not deleted. */
    snprintf(path, sizeof path, "%s/autosave-0.sav.corrupt", dir);
    assert_int_equal(access(path, F_OK), 0);
    /* Damage the rest: nothing to continue, and the files are kept aside. */
    for (int g = 1; g < 3; g++) {
        snprintf(path, sizeof path, "%s/autosave-%d.sav", dir, g);
        assert_int_equal(truncate(path, 10), 0);
    }
    assert_null(library_resume(&library, dir, lib_dir, notice, sizeof notice, &err));
    assert_non_null(strstr(notice, "damaged and there is no earlier good one"));
    snprintf(path, sizeof path, "%s/autosave-1.sav.corrupt", dir);
    assert_int_equal(access(path, F_OK), 0);
}

static void save_with_fields(const char *dir, const char *id, const char *story_dir,
                             const char *const *path, int n)
{
    SaveData d;
    memset(&d, 0, sizeof d);
    strcpy(d.story_id, id);
    strcpy(d.story_dir, story_dir);
    d.seed = 3;
    for (int i = 0; i < n; i++)
        save_data_push(&d, path[i]);
    assert_true(save_autosave(dir, &d));
    save_data_clear(&d);
}

static void saves_of_other_or_missing_stories_are_refused(void **state)
{
    (void)state;
    char notice[256];
    StoryError err;
    char *dir = temp_dir();
    save_with_fields(dir, "tiny", story_path, NULL, 0);
    assert_null(library_resume(&library, dir, lib_dir, notice, sizeof notice, &err));
    assert_non_null(strstr(notice, "belongs to another story (“tiny”)"));
    dir = temp_dir();
    save_with_fields(dir, "no-such-story", "/nowhere/no-such-story", NULL, 0);
    assert_null(library_resume(&library, dir, lib_dir, notice, sizeof notice, &err));
    assert_non_null(strstr(notice, "is not installed"));
    dir = temp_dir();
    assert_null(library_resume(&library, dir, lib_dir, notice, sizeof notice, &err));
    assert_string_equal(notice, "There is no saved story to continue.");
    /* A folder that moved: found again by its id among the installed stories. */
    dir = temp_dir();
    save_with_fields(dir, "homework-night", "/old/place/homework-night", NULL, 0);
    Story *s = library_resume(&library, dir, lib_dir, notice, sizeof notice, &err);
    assert_non_null(s);
    story_destroy(s);
}

static void a_changed_story_resumes_at_the_last_answer_that_exists(void **state)
{
    (void)state;
    char *dir = temp_dir();
    Story *played = play_and_save(dir, 2, 11);
    const char *path[3] = {story_history(played, 0)->choice_id,
                           story_history(played, 1)->choice_id, "an-answer-since-removed"};
    save_with_fields(dir, "homework-night", story_path, path, 3);
    /* save_with_fields used seed 3: replay needs ids, not positions, so the
     * path still replays under another shuffle. */
    char notice[256];
    StoryError err;
    Story *s = library_resume(&library, dir, lib_dir, notice, sizeof notice, &err);
    assert_non_null(s);
    assert_non_null(strstr(notice, "The story has changed since you saved"));
    assert_non_null(strstr(notice, "(2 of 3)"));
    assert_string_equal(story_view(s)->beat_id, story_view(played)->beat_id);
    story_destroy(s);
    story_destroy(played);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(continue_returns_to_the_same_place),
        cmocka_unit_test(a_damaged_newest_save_falls_back_to_the_last_good_one),
        cmocka_unit_test(saves_of_other_or_missing_stories_are_refused),
        cmocka_unit_test(a_changed_story_resumes_at_the_last_answer_that_exists),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
