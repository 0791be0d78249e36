/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The folder watch (engine/core/watch.c): a saved file is seen within a
 * bounded time, an editor's burst of writes is one change, an editor's own
 * files are not, subfolders (and new ones) count, removed folders free their
 * places, a replaced folder is watched again, and a wake stops a wait. */
#include "attune/watch.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum { QUIET = 150 };

static char dir[256];

static long long now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static void write_file(const char *rel, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    assert_int_equal(fclose(f), 0);
}

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/attune-watch-XXXXXX");
    assert_non_null(mkdtemp(dir));
    char sub[300];
    snprintf(sub, sizeof sub, "%s/pictures", dir);
    assert_int_equal(mkdir(sub, 0755), 0);
    write_file("story.lua", "-- a story\n");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static void a_saved_file_is_seen(void **state)
{
    (void)state;
    Watch *w = watch_open(dir, QUIET);
    assert_non_null(w);
    assert_int_equal(watch_wait(w, 50, NULL, 0), 0); /* nothing yet */
    long long t0 = now_ms();
    write_file("story.lua", "-- changed\n");
    char what[256];
    assert_int_equal(watch_wait(w, 5000, what, sizeof what), 1);
    long long took = now_ms() - t0;
    assert_string_equal(what, "story.lua");
    assert_true(took >= QUIET);                       /* the quiet time was waited out */
    assert_true(took < 3000);                         /* and no more than a busy machine's delay */
    assert_int_equal(watch_wait(w, 300, NULL, 0), 0); /* and it is told once */
    watch_close(w);
}

/* A burst as an editor writes it, over about 120 ms: a temporary file renamed
 * over the story, then a second file; each pause shorter than the quiet
 * time. One change, named after the last file. */
static void a_burst_is_one_change(void **state)
{
    (void)state;
    Watch *w = watch_open(dir, QUIET);
    assert_non_null(w);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        struct timespec gap = {0, 30 * 1000000L};
        char from[300], to[300];
        for (int i = 0; i < 4; i++) {
            write_file("story.lua.tmp", "-- saved\n");
            snprintf(from, sizeof from, "%s/story.lua.tmp", dir);
            snprintf(to, sizeof to, "%s/story.lua", dir);
            if (rename(from, to) != 0)
                _exit(1);
            nanosleep(&gap, NULL);
        }
        write_file("pictures/maya.svg", "<svg/>");
        _exit(0);
    }
    char what[256];
    long long t0 = now_ms();
    assert_int_equal(watch_wait(w, 5000, what, sizeof what), 1);
    int status = 0;
    waitpid(pid, &status, 0);
    assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    assert_true(now_ms() - t0 >= 120 + QUIET); /* the whole burst, then quiet */
    assert_string_equal(what, "pictures/maya.svg");
    assert_int_equal(watch_wait(w, 400, NULL, 0), 0); /* nothing left over */
    watch_close(w);
}

/* `touch story.lua`, to check again without an edit. */
static void a_touch_counts(void **state)
{
    (void)state;
    Watch *w = watch_open(dir, QUIET);
    assert_non_null(w);
    char path[300], what[256];
    snprintf(path, sizeof path, "%s/story.lua", dir);
    assert_int_equal(utimensat(AT_FDCWD, path, NULL, 0), 0);
    assert_int_equal(watch_wait(w, 5000, what, sizeof what), 1);
    assert_string_equal(what, "story.lua");
    watch_close(w);
}

static void editors_own_files_do_not_count(void **state)
{
    (void)state;
    Watch *w = watch_open(dir, QUIET);
    assert_non_null(w);
    write_file(".story.lua.swp", "x");
    write_file("story.lua~", "x");
    write_file("4913", "");
    assert_int_equal(watch_wait(w, 400, NULL, 0), 0);
    watch_close(w);
}

static void a_new_folder_is_watched(void **state)
{
    (void)state;
    Watch *w = watch_open(dir, QUIET);
    assert_non_null(w);
    char sub[300];
    snprintf(sub, sizeof sub, "%s/sounds", dir);
    assert_int_equal(mkdir(sub, 0755), 0);
    char what[256];
    assert_int_equal(watch_wait(w, 5000, what, sizeof what), 1); /* the folder itself */
    write_file("sounds/rain.ogg", "not really");
    assert_int_equal(watch_wait(w, 5000, what, sizeof what), 1);
    assert_string_equal(what, "sounds/rain.ogg");
    watch_close(w);
}

/* Folders made and removed free their places: after 70 of them (more than
 * the 64 watched at most), a folder made then is still watched. */
static void removed_folders_free_their_places(void **state)
{
    (void)state;
    Watch *w = watch_open(dir, 10); /* a short quiet: 140 changes told one by one */
    assert_non_null(w);
    char sub[300], what[256];
    for (int i = 0; i < 70; i++) {
        /* each folder watched (its creation read) before it is removed */
        snprintf(sub, sizeof sub, "%s/d%d", dir, i);
        assert_int_equal(mkdir(sub, 0755), 0);
        assert_int_equal(watch_wait(w, 5000, NULL, 0), 1);
        assert_int_equal(rmdir(sub), 0);
        assert_int_equal(watch_wait(w, 5000, NULL, 0), 1);
    }
    while (watch_wait(w, 100, NULL, 0) == 1)
        ;
    snprintf(sub, sizeof sub, "%s/late", dir);
    assert_int_equal(mkdir(sub, 0755), 0);
    assert_int_equal(watch_wait(w, 5000, what, sizeof what), 1);
    write_file("late/notes.txt", "seen");
    assert_int_equal(watch_wait(w, 5000, what, sizeof what), 1);
    assert_string_equal(what, "late/notes.txt");
    watch_close(w);
}

/* The story's folder moved away and another put in its place (as `git
 * checkout` or some editors do): the new one is watched. */
static void a_replaced_folder_is_watched_again(void **state)
{
    (void)state;
    Watch *w = watch_open(dir, QUIET);
    assert_non_null(w);
    char old[300], cmd[700], what[256];
    snprintf(old, sizeof old, "%s.old", dir);
    assert_int_equal(rename(dir, old), 0);
    snprintf(cmd, sizeof cmd, "cp -r '%s' '%s'", old, dir);
    assert_int_equal(system(cmd), 0);
    assert_int_equal(watch_wait(w, 5000, what, sizeof what), 1); /* it went, and came back */
    while (watch_wait(w, 300, NULL, 0) == 1)
        ;
    write_file("story.lua", "-- edited in the new folder\n");
    assert_int_equal(watch_wait(w, 5000, what, sizeof what), 1);
    assert_string_equal(what, "story.lua");
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", old);
    assert_int_equal(system(cmd), 0);
    watch_close(w);
}

static void a_wake_stops_the_wait(void **state)
{
    (void)state;
    Watch *w = watch_open(dir, QUIET);
    assert_non_null(w);
    watch_wake(w);
    long long t0 = now_ms();
    assert_int_equal(watch_wait(w, -1, NULL, 0), -1);
    assert_true(now_ms() - t0 < 1000);
    watch_close(w);
    watch_close(NULL);
    assert_null(watch_open("/nonexistent/attune-watch", QUIET));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(a_saved_file_is_seen, setup, teardown),
        cmocka_unit_test_setup_teardown(a_burst_is_one_change, setup, teardown),
        cmocka_unit_test_setup_teardown(a_touch_counts, setup, teardown),
        cmocka_unit_test_setup_teardown(editors_own_files_do_not_count, setup, teardown),
        cmocka_unit_test_setup_teardown(a_new_folder_is_watched, setup, teardown),
        cmocka_unit_test_setup_teardown(removed_folders_free_their_places, setup, teardown),
        cmocka_unit_test_setup_teardown(a_replaced_folder_is_watched_again, setup, teardown),
        cmocka_unit_test_setup_teardown(a_wake_stops_the_wait, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
