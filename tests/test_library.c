/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Tests of Continue (library_resume) with real saves on disk: back to the
 * same place, a damaged newest save, a save of another story, a story that
 * is gone, a story that changed, and nothing left to continue. And of where
 * stories are found (library_scan, paths_user_stories_dir, paths_find_story):
 * installed, the player's folder, the command line, in that order. */
#include "attune/story_tools.h"
#include "attune/library.h"
#include "attune/log.h"
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
#include <sys/stat.h>
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
    library_scan(&library, paths_data_dir(), NULL, NULL, lib_dir);
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
    Story *s = library_resume(&library, dir, lib_dir, notice, sizeof notice, &err, NULL);
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
    Story *played = play_and_save(dir, 3, 5); /* sequences 1..3; 3 is in autosave-2 */
    char path[300];
    snprintf(path, sizeof path, "%s/autosave-2.sav", dir);
    FILE *f = fopen(path, "r+b");
    assert_non_null(f);
    fseek(f, 40, SEEK_SET);
    fputc('!', f);
    fclose(f);
    char notice[256];
    StoryError err;
    Story *s = library_resume(&library, dir, lib_dir, notice, sizeof notice, &err, NULL);
    assert_non_null(s);
    assert_non_null(strstr(notice, "This save was damaged (or from another version of Attune) "
                                   "and was kept aside; your last good save, from "));
    assert_int_equal(story_history_count(s), 2); /* one choice earlier */
    story_destroy(s);
    story_destroy(played);
    /* The damaged one was moved aside, not deleted. */
    snprintf(path, sizeof path, "%s/autosave-2.sav.corrupt", dir);
    assert_int_equal(access(path, F_OK), 0);
    /* Damage the rest: nothing to continue, and the files are kept aside. */
    for (int g = 0; g < 2; g++) {
        snprintf(path, sizeof path, "%s/autosave-%d.sav", dir, g);
        assert_int_equal(truncate(path, 10), 0);
    }
    assert_null(library_resume(&library, dir, lib_dir, notice, sizeof notice, &err, NULL));
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
    assert_null(library_resume(&library, dir, lib_dir, notice, sizeof notice, &err, NULL));
    assert_non_null(strstr(notice, "belongs to another story (“tiny”)"));
    dir = temp_dir();
    save_with_fields(dir, "no-such-story", "/nowhere/no-such-story", NULL, 0);
    assert_null(library_resume(&library, dir, lib_dir, notice, sizeof notice, &err, NULL));
    assert_non_null(strstr(notice, "is not installed"));
    dir = temp_dir();
    assert_null(library_resume(&library, dir, lib_dir, notice, sizeof notice, &err, NULL));
    assert_string_equal(notice, "There is no saved story to continue.");
    /* A folder that moved: found again by its id among the installed stories. */
    dir = temp_dir();
    save_with_fields(dir, "homework-night", "/old/place/homework-night", NULL, 0);
    Story *s = library_resume(&library, dir, lib_dir, notice, sizeof notice, &err, NULL);
    assert_non_null(s);
    story_destroy(s);
}

static void a_changed_story_resumes_at_the_last_answer_that_exists(void **state)
{
    (void)state;
    char *dir = temp_dir();
    Story *played = play_and_save(dir, 2, 11);
    const char *path[3] = {story_history(played, 0)->choice_id, story_history(played, 1)->choice_id,
                           "an-answer-since-removed"};
    save_with_fields(dir, "homework-night", story_path, path, 3);
    /* save_with_fields used seed 3: replay needs ids, not positions, so the
     * path still replays under another shuffle. */
    char notice[256];
    StoryError err;
    Story *s = library_resume(&library, dir, lib_dir, notice, sizeof notice, &err, NULL);
    assert_non_null(s);
    assert_non_null(strstr(notice, "The story has changed since you saved"));
    assert_non_null(strstr(notice, "(2 of 3)"));
    assert_string_equal(story_view(s)->beat_id, story_view(played)->beat_id);
    story_destroy(s);
    /* The whole save is kept out of the rotation, and the player told where:
     * the new play's autosaves would otherwise overwrite it (issue 14). */
    assert_non_null(strstr(notice, "story-changed-3.sav"));
    char kept[300];
    snprintf(kept, sizeof kept, "%s/story-changed-3.sav", dir);
    assert_int_equal(access(kept, F_OK), 0);
    story_destroy(played);
}

/* A folder `parent/id` holding a copy of the tiny fixture story. */
static void make_story(const char *parent, const char *id)
{
    char dir[600], file[700], src[1200];
    snprintf(dir, sizeof dir, "%s/%s", parent, id);
    assert_int_equal(mkdir(dir, 0755), 0);
    snprintf(src, sizeof src, "%s/stories/tiny/story.lua", getenv("ATTUNE_FIXTURES"));
    size_t len = 0;
    char *text = paths_read_file(src, 1 << 20, &len);
    assert_non_null(text);
    snprintf(file, sizeof file, "%s/story.lua", dir);
    FILE *f = fopen(file, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(text, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
    free(text);
}

static int count_origin(const Library *lib, LibraryOrigin origin)
{
    int n = 0;
    for (int i = 0; i < lib->n_stories; i++)
        n += lib->stories[i].origin == origin;
    return n;
}

static void stories_come_from_three_places_in_order(void **state)
{
    (void)state;
    static Library lib;
    library_scan(&lib, paths_data_dir(), NULL, NULL, lib_dir);
    int installed = lib.n_stories;
    assert_true(installed >= 4);
    assert_string_equal(lib.hint, "");

    char user_dir[64], cmd_dir[64], one[128];
    str_copy(user_dir, temp_dir(), sizeof user_dir); /* temp_dir() reuses its buffer */
    str_copy(cmd_dir, temp_dir(), sizeof cmd_dir);
    make_story(user_dir, "zebra");
    make_story(user_dir, "homework-night"); /* the same id as an installed story */
    make_story(user_dir, ".hidden");
    assert_int_equal(mkdir(strcat(strcpy(one, user_dir), "/not-a-story"), 0755), 0);
    make_story(cmd_dir, "mine");
    snprintf(one, sizeof one, "%s/mine", cmd_dir);

    library_scan(&lib, paths_data_dir(), user_dir, one, lib_dir);
    assert_int_equal(lib.n_stories, installed + 3);
    assert_int_equal(count_origin(&lib, LIBRARY_ORIGIN_INSTALLED), installed);
    for (int i = 0; i < installed; i++) {
        assert_int_equal(lib.stories[i].origin, LIBRARY_ORIGIN_INSTALLED);
        assert_string_equal(lib.stories[i].origin_word, "installed");
        assert_null(strstr(lib.stories[i].detail, "installed")); /* the usual case goes unsaid */
    }
    /* The player's, by name; both homework-nights listed, each with its origin. */
    const LibraryStory *a = &lib.stories[installed], *b = &lib.stories[installed + 1];
    assert_string_equal(a->id, "homework-night");
    assert_string_equal(b->id, "zebra");
    assert_int_equal(a->origin, LIBRARY_ORIGIN_USER);
    assert_int_equal(b->origin, LIBRARY_ORIGIN_USER);
    assert_string_equal(a->title, "Tiny");
    assert_non_null(strstr(a->detail, "· your stories"));
    const LibraryStory *c = &lib.stories[installed + 2];
    assert_string_equal(c->id, "mine");
    assert_int_equal(c->origin, LIBRARY_ORIGIN_COMMAND_LINE);
    assert_non_null(strstr(c->detail, "· command line"));
    assert_string_equal(lib.user_dir, user_dir);

    /* A command-line folder of stories, and one already in the player's
     * folder: that one is listed once, as the player's. */
    make_story(cmd_dir, "other");
    snprintf(one, sizeof one, "%s/zebra", user_dir);
    library_scan(&lib, paths_data_dir(), user_dir, cmd_dir, lib_dir);
    assert_int_equal(lib.n_stories, installed + 4);
    assert_int_equal(count_origin(&lib, LIBRARY_ORIGIN_COMMAND_LINE), 2);
    library_scan(&lib, paths_data_dir(), user_dir, one, lib_dir);
    assert_int_equal(lib.n_stories, installed + 2);
    assert_int_equal(count_origin(&lib, LIBRARY_ORIGIN_COMMAND_LINE), 0);

    /* A story that does not load is still listed, with the reason. */
    snprintf(one, sizeof one, "%s/zebra/story.lua", user_dir);
    FILE *f = fopen(one, "wb");
    assert_non_null(f);
    fputs("story { id = ", f);
    fclose(f);
    library_scan(&lib, paths_data_dir(), user_dir, NULL, lib_dir);
    assert_int_equal(lib.n_stories, installed + 2);
    assert_string_equal(lib.stories[installed + 1].title, "zebra");
    assert_non_null(strstr(lib.stories[installed + 1].detail, "Cannot be played: "));
    assert_string_equal(lib.stories[installed + 1].more, "");
}

static void the_hint_names_the_folder_from_home(void **state)
{
    (void)state;
    static Library lib;
    char *home = temp_dir();
    char user[128];
    snprintf(user, sizeof user, "%s/.local/share/attune/stories", home);
    char *old_home = getenv("HOME") ? str_dup(getenv("HOME")) : NULL;
    setenv("HOME", home, 1);
    library_scan(&lib, NULL, user, NULL, lib_dir);
    assert_int_equal(lib.n_stories, 0); /* not there yet: nothing, and no harm */
    assert_string_equal(lib.hint, "Add your own stories to ~/.local/share/attune/stories");
    setenv("HOME", "/somewhere/else", 1);
    library_scan(&lib, NULL, user, NULL, lib_dir);
    assert_non_null(strstr(lib.hint, "Add your own stories to /tmp/"));
    if (old_home)
        setenv("HOME", old_home, 1);
    free(old_home);
}

static void no_more_stories_than_the_library_holds(void **state)
{
    (void)state;
    static Library lib;
    char user_dir[64], id[32];
    str_copy(user_dir, temp_dir(), sizeof user_dir);
    for (int i = 0; i < LIBRARY_MAX_STORIES + 3; i++) {
        snprintf(id, sizeof id, "story-%03d", i);
        make_story(user_dir, id);
    }
    library_scan(&lib, NULL, user_dir, NULL, lib_dir);
    assert_int_equal(lib.n_stories, LIBRARY_MAX_STORIES);
    assert_string_equal(lib.stories[LIBRARY_MAX_STORIES - 1].id, "story-063");
}

static void the_user_stories_folder_follows_xdg_and_is_made(void **state)
{
    (void)state;
    char *old_xdg = getenv("XDG_DATA_HOME") ? str_dup(getenv("XDG_DATA_HOME")) : NULL;
    char *old_home = getenv("HOME") ? str_dup(getenv("HOME")) : NULL;
    char xdg[64], want[128];
    str_copy(xdg, temp_dir(), sizeof xdg);
    setenv("XDG_DATA_HOME", xdg, 1);
    paths_quit();
    snprintf(want, sizeof want, "%s/attune/stories", xdg);
    assert_string_equal(paths_user_stories_dir(), want);
    assert_true(paths_is_dir(want));
    /* A relative XDG_DATA_HOME is ignored: HOME's .local/share instead. */
    char home[64];
    str_copy(home, temp_dir(), sizeof home);
    setenv("XDG_DATA_HOME", "relative/place", 1);
    setenv("HOME", home, 1);
    paths_quit();
    snprintf(want, sizeof want, "%s/.local/share/attune/stories", home);
    assert_string_equal(paths_user_stories_dir(), want);
    assert_true(paths_is_dir(want));
    /* Neither: no folder, and no crash. */
    unsetenv("XDG_DATA_HOME");
    unsetenv("HOME");
    paths_quit();
    assert_null(paths_user_stories_dir());
    /* A file in the way: no folder, said once. */
    char blocked[128];
    snprintf(blocked, sizeof blocked, "%s/attune", xdg);
    setenv("XDG_DATA_HOME", blocked, 1);
    snprintf(want, sizeof want, "%s/attune/attune", xdg);
    fclose(fopen(want, "wb")); /* .../attune/attune is a file */
    paths_quit();
    assert_null(paths_user_stories_dir());
    if (old_xdg)
        setenv("XDG_DATA_HOME", old_xdg, 1);
    else
        unsetenv("XDG_DATA_HOME");
    if (old_home)
        setenv("HOME", old_home, 1);
    free(old_xdg);
    free(old_home);
    paths_quit();
}

static void a_story_id_finds_the_players_story_first(void **state)
{
    (void)state;
    char *old_xdg = getenv("XDG_DATA_HOME") ? str_dup(getenv("XDG_DATA_HOME")) : NULL;
    char xdg[64], user[128], out[1200];
    str_copy(xdg, temp_dir(), sizeof xdg);
    setenv("XDG_DATA_HOME", xdg, 1);
    snprintf(user, sizeof user, "%s/attune", xdg);
    assert_int_equal(mkdir(user, 0700), 0);
    strcat(user, "/stories");
    assert_int_equal(mkdir(user, 0700), 0);
    /* An installed story, by id. */
    assert_true(paths_find_story("im-fine", out, sizeof out));
    assert_non_null(strstr(out, "scripts/stories/im-fine"));
    /* The player's copy of it comes first. */
    make_story(user, "im-fine");
    assert_true(paths_find_story("im-fine", out, sizeof out));
    assert_string_equal(out, strcat(user, "/im-fine"));
    /* A folder that exists is taken as it is; nothing else is guessed. */
    assert_true(paths_find_story(xdg, out, sizeof out));
    assert_string_equal(out, xdg);
    assert_false(paths_find_story("no-such-story", out, sizeof out));
    assert_false(paths_find_story("nowhere/im-fine", out, sizeof out));
    assert_false(paths_find_story("", out, sizeof out));
    if (old_xdg)
        setenv("XDG_DATA_HOME", old_xdg, 1);
    else
        unsetenv("XDG_DATA_HOME");
    free(old_xdg);
}

int main(void)
{
    story_bind(story_lua_binding());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(continue_returns_to_the_same_place),
        cmocka_unit_test(a_damaged_newest_save_falls_back_to_the_last_good_one),
        cmocka_unit_test(saves_of_other_or_missing_stories_are_refused),
        cmocka_unit_test(a_changed_story_resumes_at_the_last_answer_that_exists),
        cmocka_unit_test(stories_come_from_three_places_in_order),
        cmocka_unit_test(the_hint_names_the_folder_from_home),
        cmocka_unit_test(no_more_stories_than_the_library_holds),
        cmocka_unit_test(the_user_stories_folder_follows_xdg_and_is_made),
        cmocka_unit_test(a_story_id_finds_the_players_story_first),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
