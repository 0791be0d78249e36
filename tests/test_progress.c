/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Tests of progress across plays: marks kept across save and load, sets
 * without repeats, endings in order with counts, damaged, hostile and huge
 * files set aside, story ids that would leave the folder, unwritable folders. */
#include "attune/progress.h"
#include "attune/save.h"

#include <dirent.h>
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

static char *temp_dir(void)
{
    static char buf[64];
    strcpy(buf, "/tmp/attune-progress-XXXXXX");
    assert_non_null(mkdtemp(buf));
    return buf;
}

static bool exists(const char *dir, const char *name)
{
    char p[512];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    return access(p, F_OK) == 0;
}

static void write_file(const char *dir, const char *name, const void *data, size_t n)
{
    char p[512];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, n, f), n);
    fclose(f);
}

/* Write `body` followed by its right checksum line, as if we had written it. */
static void write_checked(const char *dir, const char *name, const char *body, size_t n)
{
    char *all = malloc(n + 32);
    assert_non_null(all);
    memcpy(all, body, n);
    int k = snprintf(all + n, 32, "crc %08x\n", (unsigned)save_crc32(body, n));
    write_file(dir, name, all, n + (size_t)k);
    free(all);
}

static char *read_whole(const char *dir, const char *name, size_t *len)
{
    char p[512];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
    buf[n] = '\0';
    fclose(f);
    *len = (size_t)n;
    return buf;
}

static int count_files(const char *dir)
{
    DIR *dh = opendir(dir);
    assert_non_null(dh);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(dh)))
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            n++;
    closedir(dh);
    return n;
}

static void assert_empty(const Progress *p)
{
    assert_int_equal(progress_seen_count(p), 0);
    assert_int_equal(progress_chosen_count(p), 0);
    assert_int_equal(progress_ending_count(p), 0);
    assert_int_equal(progress_plays_started(p), 0);
    assert_int_equal(progress_plays_finished(p), 0);
    assert_int_equal(progress_last_played(p), 0);
}

static void marks_persist(void **state)
{
    (void)state;
    char *dir = temp_dir();
    Progress *p = progress_load(dir, "homework-night");
    assert_non_null(p);
    assert_string_equal(progress_story_id(p), "homework-night");
    assert_empty(p);
    progress_start_play(p, 1700000000);
    progress_mark_seen(p, "kitchen");
    progress_mark_seen(p, "snap");
    progress_mark_chosen(p, "kitchen.4");
    progress_mark_chosen(p, "caf\xC3\xA9 \xE2\x80\x94 x"); /* spaces and UTF-8 are fine */
    progress_mark_ending(p, "good-night", "Good night, Maya");
    progress_finish_play(p, 1700000600);
    progress_start_play(p, 1700001000);
    assert_true(progress_save(p, dir));
    assert_true(progress_save(p, dir)); /* again: replaces it */
    progress_destroy(p);

    size_t len;
    char *text = read_whole(dir, "progress-homework-night.txt", &len);
    assert_int_equal(strncmp(text, "attune-progress 1\n", 18), 0);
    assert_non_null(strstr(text, "\ncrc "));
    free(text);

    p = progress_load(dir, "homework-night");
    assert_int_equal(progress_seen_count(p), 2);
    assert_true(progress_seen(p, "kitchen"));
    assert_true(progress_seen(p, "snap"));
    assert_false(progress_seen(p, "bath"));
    assert_int_equal(progress_chosen_count(p), 2);
    assert_true(progress_chosen(p, "kitchen.4"));
    assert_true(progress_chosen(p, "caf\xC3\xA9 \xE2\x80\x94 x"));
    assert_false(progress_chosen(p, "kitchen")); /* seen, not chosen */
    assert_int_equal(progress_ending_count(p), 1);
    assert_string_equal(progress_ending_id(p, 0), "good-night");
    assert_string_equal(progress_ending_title(p, 0), "Good night, Maya");
    assert_int_equal(progress_ending_times(p, 0), 1);
    assert_int_equal(progress_plays_started(p), 2);
    assert_int_equal(progress_plays_finished(p), 1);
    assert_int_equal(progress_last_played(p), 1700001000);
    /* Another story in the same folder is kept apart. */
    Progress *q = progress_load(dir, "bedtime");
    assert_empty(q);
    progress_destroy(q);
    progress_destroy(p);
    assert_int_equal(count_files(dir), 1);
    /* No folder: works in memory, keeps nothing. */
    p = progress_load(NULL, "homework-night");
    progress_mark_seen(p, "x");
    assert_true(progress_seen(p, "x"));
    assert_false(progress_save(p, NULL));
    progress_destroy(p);
    progress_destroy(NULL);
}

static void sets_have_no_repeats(void **state)
{
    (void)state;
    char *dir = temp_dir();
    Progress *p = progress_load(dir, "s");
    for (int k = 0; k < 3; k++) {
        progress_mark_seen(p, "kitchen");
        progress_mark_chosen(p, "kitchen.1");
    }
    assert_int_equal(progress_seen_count(p), 1);
    assert_int_equal(progress_chosen_count(p), 1);
    /* Ids that cannot be kept are ignored. */
    char id[200];
    memset(id, 'i', sizeof id);
    id[PROGRESS_MAX_ID + 1] = '\0';
    progress_mark_seen(p, id); /* 128 bytes */
    id[PROGRESS_MAX_ID] = '\0';
    progress_mark_seen(p, id); /* 127: fine */
    progress_mark_seen(p, "");
    progress_mark_seen(p, NULL);
    progress_mark_seen(p, "two\nlines");
    progress_mark_chosen(p, "tab\there");
    progress_mark_chosen(p, "cr\r");
    assert_int_equal(progress_seen_count(p), 2);
    assert_int_equal(progress_chosen_count(p), 1);
    assert_true(progress_seen(p, id));
    assert_false(progress_seen(p, NULL));
    assert_false(progress_chosen(p, NULL));
    assert_false(progress_seen(p, "two\nlines"));
    /* A few thousand of each, as a long story has: all found, and kept. */
    char name[32];
    for (int i = 0; i < 5000; i++) {
        snprintf(name, sizeof name, "beat-%d", i);
        progress_mark_seen(p, name);
        snprintf(name, sizeof name, "beat-%d.%d", i, i % 4);
        progress_mark_chosen(p, name);
    }
    assert_int_equal(progress_seen_count(p), 5002);
    assert_int_equal(progress_chosen_count(p), 5001);
    assert_true(progress_save(p, dir));
    progress_destroy(p);
    p = progress_load(dir, "s");
    assert_int_equal(progress_seen_count(p), 5002);
    assert_int_equal(progress_chosen_count(p), 5001);
    for (int i = 0; i < 5000; i++) {
        snprintf(name, sizeof name, "beat-%d", i);
        assert_true(progress_seen(p, name));
        assert_false(progress_chosen(p, name));
        snprintf(name, sizeof name, "beat-%d.%d", i, i % 4);
        assert_true(progress_chosen(p, name));
        snprintf(name, sizeof name, "beat-%d.%d", i, (i + 1) % 4);
        assert_false(progress_chosen(p, name));
    }
    assert_true(progress_seen(p, id));
    progress_destroy(p);
}

static void endings_in_order_with_counts(void **state)
{
    (void)state;
    char *dir = temp_dir();
    Progress *p = progress_load(dir, "s");
    progress_mark_ending(p, "calm", "A calm evening");
    progress_mark_ending(p, "storm", "The storm");
    progress_mark_ending(p, "calm", NULL);
    progress_mark_ending(p, "repair", "");
    progress_mark_ending(p, "calm", "A calm evening, again");
    progress_mark_ending(p, "", "no id");
    progress_mark_ending(p, NULL, "no id");
    assert_int_equal(progress_ending_count(p), 3);
    assert_string_equal(progress_ending_id(p, 0), "calm");
    assert_string_equal(progress_ending_id(p, 1), "storm");
    assert_string_equal(progress_ending_id(p, 2), "repair");
    assert_int_equal(progress_ending_times(p, 0), 3);
    assert_int_equal(progress_ending_times(p, 1), 1);
    assert_string_equal(progress_ending_title(p, 0), "A calm evening, again");
    assert_string_equal(progress_ending_title(p, 2), "");
    assert_int_equal(progress_ending_find(p, "storm"), 1);
    assert_int_equal(progress_ending_find(p, "nope"), -1);
    assert_int_equal(progress_ending_find(p, NULL), -1);
    assert_null(progress_ending_id(p, 3));
    assert_null(progress_ending_title(p, -1));
    assert_int_equal(progress_ending_times(p, 7), 0);
    /* Titles are kept on one line, and cut between characters. */
    progress_mark_ending(p, "storm", "The\nstorm\tpasses");
    assert_string_equal(progress_ending_title(p, 1), "The storm passes");
    char title[600] = "";
    for (int i = 0; i < 200; i++)
        strcat(title, "\xC3\xA9");
    progress_mark_ending(p, "long", title);
    const char *kept = progress_ending_title(p, 3);
    assert_int_equal(strlen(kept), PROGRESS_MAX_TITLE - 1); /* 254: 127 whole letters */
    assert_true(progress_save(p, dir));
    progress_destroy(p);
    p = progress_load(dir, "s");
    assert_int_equal(progress_ending_count(p), 4);
    assert_string_equal(progress_ending_id(p, 0), "calm");
    assert_string_equal(progress_ending_id(p, 3), "long");
    assert_int_equal(progress_ending_times(p, 0), 3);
    assert_string_equal(progress_ending_title(p, 1), "The storm passes");
    assert_int_equal(strlen(progress_ending_title(p, 3)), PROGRESS_MAX_TITLE - 1);
    progress_destroy(p);
}

static void damaged_file_is_set_aside(void **state)
{
    (void)state;
    char *dir = temp_dir();
    Progress *p = progress_load(dir, "s");
    progress_start_play(p, 5);
    progress_mark_seen(p, "kitchen");
    progress_mark_ending(p, "calm", "Calm");
    assert_true(progress_save(p, dir));
    progress_destroy(p);
    size_t len;
    char *text = read_whole(dir, "progress-s.txt", &len);
    /* One changed byte ("plays 1" -> "plays 9"): the checksum catches it. */
    char *plays = strstr(text, "plays 1");
    assert_non_null(plays);
    plays[6] = '9';
    write_file(dir, "progress-s.txt", text, len);
    p = progress_load(dir, "s");
    assert_empty(p);
    assert_false(exists(dir, "progress-s.txt"));
    assert_true(exists(dir, "progress-s.txt.corrupt"));
    /* Progress goes on afresh, and the damaged file is kept. */
    progress_mark_seen(p, "bath");
    assert_true(progress_save(p, dir));
    progress_destroy(p);
    p = progress_load(dir, "s");
    assert_int_equal(progress_seen_count(p), 1);
    assert_true(progress_seen(p, "bath"));
    progress_destroy(p);
    /* Damaged again: the first damaged copy is not overwritten. */
    write_file(dir, "progress-s.txt", text, len - 3);
    p = progress_load(dir, "s");
    assert_empty(p);
    progress_destroy(p);
    assert_true(exists(dir, "progress-s.txt.corrupt"));
    assert_true(exists(dir, "progress-s.txt.corrupt-2"));
    size_t len2;
    char *first = read_whole(dir, "progress-s.txt.corrupt", &len2);
    assert_int_equal(len2, len);
    assert_memory_equal(first, text, len);
    free(first);
    free(text);
}

/* Load a file with the given content: it must come back empty, set aside. */
static void expect_refused(const char *dir, const void *data, size_t n, bool checked)
{
    if (checked)
        write_checked(dir, "progress-h.txt", data, n);
    else
        write_file(dir, "progress-h.txt", data, n);
    Progress *p = progress_load(dir, "h");
    assert_non_null(p);
    assert_empty(p);
    progress_destroy(p);
    if (exists(dir, "progress-h.txt"))
        fail_msg("refused file was left in place: %.*s", (int)(n < 200 ? n : 200),
                 (const char *)data);
    char bad[512];
    snprintf(bad, sizeof bad, "%s/progress-h.txt.corrupt", dir);
    assert_int_equal(unlink(bad), 0);
}

static void garbage_and_huge_files(void **state)
{
    (void)state;
    char *dir = temp_dir();
    /* Not ours at all. */
    expect_refused(dir, "", 0, false);
    expect_refused(dir, "hello\n", 6, false);
    expect_refused(dir, "attune-progress 1\n", 18, false);
    expect_refused(dir, "attune-progress 1\nstory h\ncrc 00000000\n", 39, false);
    unsigned char noise[4096];
    srand(7);
    for (size_t i = 0; i < sizeof noise; i++)
        noise[i] = (unsigned char)rand();
    expect_refused(dir, noise, sizeof noise, false);
    /* A right checksum around wrong content. */
    static const char *const bodies[] = {
        "attune-progress 1\n",              /* no story line */
        "attune-progress 1\nstory other\n", /* another story's */
        "attune-progress 1\nstory h\nstory h\n",
        "attune-progress 1\nstory h\nmood calm\n", /* unknown key */
        "attune-progress 1\nstory h\nseen\n",
        "attune-progress 1\nstory h\nseen \n",
        "attune-progress 1\nstory h\nseen a\nseen a\n", /* a repeat */
        "attune-progress 1\nstory h\nchose a\tb\n",
        "attune-progress 1\nstory h\nplays -1\n",
        "attune-progress 1\nstory h\nplays 2147483648\n",
        "attune-progress 1\nstory h\nplays 1\nplays 2\n",
        "attune-progress 1\nstory h\nlast 99999999999999999999\n",
        "attune-progress 1\nstory h\nending 1 calm\n",       /* no tab */
        "attune-progress 1\nstory h\nending 0 calm\tCalm\n", /* never reached */
        "attune-progress 1\nstory h\nending x calm\tCalm\n",
        "attune-progress 1\nstory h\nending 1 \tCalm\n",
        "attune-progress 1\nstory h\nending 1 calm\tCalm\nending 2 calm\tCalm\n",
        "attune-progress 01x\nstory h\n",
    };
    for (size_t i = 0; i < sizeof bodies / sizeof bodies[0]; i++)
        expect_refused(dir, bodies[i], strlen(bodies[i]), true);
    static const char nul[] = "attune-progress 1\nstory h\nseen a\0b\n";
    expect_refused(dir, nul, sizeof nul - 1, true);
    /* Text after the checksum line. */
    write_checked(dir, "progress-h.txt", "attune-progress 1\nstory h\n", 26);
    char p_path[512];
    snprintf(p_path, sizeof p_path, "%s/progress-h.txt", dir);
    FILE *f = fopen(p_path, "ab");
    assert_non_null(f);
    fputs("seen extra\n", f);
    fclose(f);
    Progress *p = progress_load(dir, "h");
    assert_empty(p);
    progress_destroy(p);
    assert_true(exists(dir, "progress-h.txt.corrupt"));
    unlink(strcat(p_path, ".corrupt"));
    /* Sane but well beyond the bounds: more entries than are ever kept. */
    size_t cap = (size_t)(PROGRESS_MAX_ENTRIES + 10) * 20 + 100, n = 0;
    char *body = malloc(cap);
    n += (size_t)sprintf(body, "attune-progress 1\nstory h\n");
    for (int i = 0; i <= PROGRESS_MAX_ENTRIES; i++)
        n += (size_t)sprintf(body + n, "seen b%d\n", i);
    expect_refused(dir, body, n, true);
    free(body);
    /* Bigger than any progress file can be: refused without being read. */
    size_t big = 17u * 1024 * 1024;
    char *huge = malloc(big);
    memset(huge, 'x', big);
    memcpy(huge, "attune-progress 1\n", 18);
    expect_refused(dir, huge, big, false);
    free(huge);
    /* The folder holds nothing else than what we put there. */
    assert_int_equal(count_files(dir), 0);
}

/* A file from a later Attune is not ours to judge: left as it is, and never
 * overwritten. */
static void another_version_is_left_alone(void **state)
{
    (void)state;
    char *dir = temp_dir();
    write_checked(dir, "progress-s.txt", "attune-progress 2\nstory s\nnew things\n", 37);
    size_t len;
    char *before = read_whole(dir, "progress-s.txt", &len);
    Progress *p = progress_load(dir, "s");
    assert_empty(p);
    progress_mark_seen(p, "x");
    assert_false(progress_save(p, dir));
    progress_destroy(p);
    size_t len2;
    char *after = read_whole(dir, "progress-s.txt", &len2);
    assert_int_equal(len, len2);
    assert_memory_equal(before, after, len);
    assert_false(exists(dir, "progress-s.txt.corrupt"));
    free(before);
    free(after);
}

static void story_ids_cannot_leave_the_folder(void **state)
{
    (void)state;
    char *dir = temp_dir();
    char inner[128];
    snprintf(inner, sizeof inner, "%s/in", dir);
    assert_int_equal(mkdir(inner, 0700), 0);
    static const char *const bad[] = {"../evil", "a/b", "..",     ".",         "",
                                      "Upper",   "a.b", "sp ace", "new\nline", "/abs"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        Progress *p = progress_load(inner, bad[i]);
        assert_non_null(p);
        progress_mark_seen(p, "kitchen"); /* still works in memory */
        assert_true(progress_seen(p, "kitchen"));
        assert_false(progress_save(p, inner));
        progress_destroy(p);
    }
    Progress *p = progress_load(inner, NULL);
    assert_false(progress_save(p, inner));
    progress_destroy(p);
    char longid[200];
    memset(longid, 'a', 150);
    longid[150] = '\0';
    p = progress_load(inner, longid);
    assert_false(progress_save(p, inner));
    progress_destroy(p);
    /* Nothing was written, inside the folder or beside it. */
    assert_int_equal(count_files(inner), 0);
    assert_int_equal(count_files(dir), 1);
    /* Every allowed character is fine. */
    p = progress_load(inner, "abc-xyz_0189");
    assert_true(progress_save(p, inner));
    progress_destroy(p);
    assert_true(exists(inner, "progress-abc-xyz_0189.txt"));
}

static void unwritable_folder_fails_cleanly(void **state)
{
    (void)state;
    Progress *p = progress_load("/proc/attune-no-such-dir/", "s");
    assert_non_null(p);
    progress_mark_seen(p, "a");
    assert_false(progress_save(p, "/proc/attune-no-such-dir/"));
    progress_destroy(p);
    if (geteuid() == 0) {
        skip(); /* root writes anywhere */
        return;
    }
    char *dir = temp_dir();
    Progress *q = progress_load(dir, "s");
    progress_mark_seen(q, "a");
    assert_true(progress_save(q, dir));
    assert_int_equal(chmod(dir, 0500), 0);
    progress_mark_seen(q, "b");
    assert_false(progress_save(q, dir));
    assert_int_equal(chmod(dir, 0700), 0);
    progress_destroy(q);
    /* The earlier file is intact. */
    q = progress_load(dir, "s");
    assert_int_equal(progress_seen_count(q), 1);
    progress_destroy(q);
    /* A file that cannot be read is not overwritten either. */
    char path[256];
    snprintf(path, sizeof path, "%s/progress-s.txt", dir);
    assert_int_equal(chmod(path, 0), 0);
    q = progress_load(dir, "s");
    assert_int_equal(progress_seen_count(q), 0);
    assert_false(progress_save(q, dir));
    progress_destroy(q);
    assert_int_equal(chmod(path, 0600), 0);
    q = progress_load(dir, "s");
    assert_int_equal(progress_seen_count(q), 1);
    progress_destroy(q);
}

/* However much is marked, memory stays bounded. */
static void marks_are_bounded(void **state)
{
    (void)state;
    char *dir = temp_dir();
    Progress *p = progress_load(dir, "s");
    char name[32];
    for (int i = 0; i < PROGRESS_MAX_ENTRIES + 50; i++) {
        snprintf(name, sizeof name, "b%d", i);
        progress_mark_seen(p, name);
    }
    assert_int_equal(progress_seen_count(p), PROGRESS_MAX_ENTRIES);
    progress_mark_chosen(p, "one-more");
    progress_mark_ending(p, "one-more", "x");
    assert_int_equal(progress_chosen_count(p), 0);
    assert_int_equal(progress_ending_count(p), 0);
    /* A full progress still saves and loads. */
    assert_true(progress_save(p, dir));
    progress_destroy(p);
    p = progress_load(dir, "s");
    assert_int_equal(progress_seen_count(p), PROGRESS_MAX_ENTRIES);
    assert_true(progress_seen(p, "b99999"));
    assert_false(progress_seen(p, "b100000"));
    progress_destroy(p);
    /* Endings have their own, smaller bound. */
    p = progress_load(NULL, "s");
    for (int i = 0; i < PROGRESS_MAX_ENDINGS + 5; i++) {
        snprintf(name, sizeof name, "e%d", i);
        progress_mark_ending(p, name, "t");
    }
    assert_int_equal(progress_ending_count(p), PROGRESS_MAX_ENDINGS);
    progress_destroy(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(marks_persist),
        cmocka_unit_test(sets_have_no_repeats),
        cmocka_unit_test(endings_in_order_with_counts),
        cmocka_unit_test(damaged_file_is_set_aside),
        cmocka_unit_test(garbage_and_huge_files),
        cmocka_unit_test(another_version_is_left_alone),
        cmocka_unit_test(story_ids_cannot_leave_the_folder),
        cmocka_unit_test(unwritable_folder_fails_cleanly),
        cmocka_unit_test(marks_are_bounded),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
