/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Tests of paths.c's folders found without SDL: the save folder by the rule
 * SDL_GetPrefPath followed (so players' saves and settings are found where
 * they are), and the data folder from /proc/self/exe. Each test sets
 * XDG_DATA_HOME and HOME itself, inside a temporary folder. */
#include "attune/paths.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char tmp[64];

static int setup(void **state)
{
    (void)state;
    strcpy(tmp, "/tmp/attune-paths-XXXXXX");
    return mkdtemp(tmp) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    return system(cmd) == 0 ? 0 : -1;
}

/* `tmp` + rel, in a static buffer of the caller's. */
static const char *in_tmp(char *out, size_t n, const char *rel)
{
    snprintf(out, n, "%s%s", tmp, rel);
    return out;
}

/* paths_pref_dir("Attune", "attune") is `want`, and that folder is there
 * and private. */
static void expect_pref(const char *want)
{
    char why[256] = "";
    char *got = paths_pref_dir("Attune", "attune", why, sizeof why);
    assert_non_null(got);
    assert_string_equal(got, want);
    struct stat st;
    assert_int_equal(stat(got, &st), 0);
    assert_true(S_ISDIR(st.st_mode));
    assert_int_equal(st.st_mode & 0777, 0700);
    free(got);
}

static void xdg_data_home_when_absolute(void **state)
{
    (void)state;
    char xdg[128], want[160];
    setenv("XDG_DATA_HOME", in_tmp(xdg, sizeof xdg, "/xdg"), 1);
    setenv("HOME", "/nonexistent-home", 1);
    expect_pref(in_tmp(want, sizeof want, "/xdg/Attune/attune/"));
    /* A trailing slash is not doubled. */
    setenv("XDG_DATA_HOME", in_tmp(xdg, sizeof xdg, "/xdg2/"), 1);
    expect_pref(in_tmp(want, sizeof want, "/xdg2/Attune/attune/"));
    /* The folder there already: the same answer, nothing refused. */
    expect_pref(in_tmp(want, sizeof want, "/xdg2/Attune/attune/"));
}

static void home_when_xdg_is_unset_empty_or_relative(void **state)
{
    (void)state;
    char home[128], want[160];
    setenv("HOME", in_tmp(home, sizeof home, "/home"), 1);
    in_tmp(want, sizeof want, "/home/.local/share/Attune/attune/");
    unsetenv("XDG_DATA_HOME");
    expect_pref(want);
    setenv("XDG_DATA_HOME", "", 1); /* the XDG spec: ignored */
    expect_pref(want);
    setenv("XDG_DATA_HOME", "relative/share", 1);
    expect_pref(want);
    /* HOME with a trailing slash. */
    setenv("HOME", in_tmp(home, sizeof home, "/home2/"), 1);
    expect_pref(in_tmp(want, sizeof want, "/home2/.local/share/Attune/attune/"));
    unsetenv("XDG_DATA_HOME");
}

static void no_folder_without_xdg_or_home(void **state)
{
    (void)state;
    unsetenv("XDG_DATA_HOME");
    unsetenv("HOME");
    char why[256] = "";
    assert_null(paths_pref_dir("Attune", "attune", why, sizeof why));
    assert_non_null(strstr(why, "HOME"));
    setenv("XDG_DATA_HOME", "relative", 1);
    assert_null(paths_pref_dir("Attune", "attune", why, sizeof why));
    unsetenv("XDG_DATA_HOME");
    /* And the game runs without saving. */
    paths_quit();
    assert_null(paths_save_dir());
    paths_quit();
}

static void an_empty_org_leaves_its_folder_out(void **state)
{
    (void)state;
    char xdg[128], want[160], why[256];
    setenv("XDG_DATA_HOME", in_tmp(xdg, sizeof xdg, "/org"), 1);
    char *got = paths_pref_dir("", "attune", why, sizeof why);
    assert_non_null(got);
    assert_string_equal(got, in_tmp(want, sizeof want, "/org/attune/"));
    free(got);
    got = paths_pref_dir(NULL, "attune", why, sizeof why);
    assert_non_null(got);
    assert_string_equal(got, want);
    free(got);
    unsetenv("XDG_DATA_HOME");
}

static void a_folder_that_cannot_be_made_is_reported(void **state)
{
    (void)state;
    char xdg[128], file[160], why[256] = "";
    /* A plain file where a folder on the way should be. */
    in_tmp(file, sizeof file, "/blocked");
    FILE *f = fopen(file, "w");
    assert_non_null(f);
    fclose(f);
    setenv("XDG_DATA_HOME", in_tmp(xdg, sizeof xdg, "/blocked/share"), 1);
    assert_null(paths_pref_dir("Attune", "attune", why, sizeof why));
    assert_non_null(strstr(why, "cannot create"));
    unsetenv("XDG_DATA_HOME");
}

/* paths_save_dir() is that rule for Attune, asked once per run. */
static void the_save_folder_follows_the_rule(void **state)
{
    (void)state;
    char home[128], want[160];
    unsetenv("XDG_DATA_HOME");
    setenv("HOME", in_tmp(home, sizeof home, "/player"), 1);
    paths_quit();
    const char *dir = paths_save_dir();
    assert_non_null(dir);
    assert_string_equal(dir, in_tmp(want, sizeof want, "/player/.local/share/Attune/attune/"));
    assert_true(paths_is_dir(dir));
    paths_quit();
}

/* Without ATTUNE_DATA_DIR, the data is found from the executable's own
 * folder (a build tree inside the source tree), wherever the working folder
 * is. */
static void data_is_found_from_the_executable(void **state)
{
    (void)state;
    const char *src = getenv("ATTUNE_DATA_DIR");
    char exe[PATH_MAX], real_src[PATH_MAX];
    ssize_t k = readlink("/proc/self/exe", exe, sizeof exe - 1);
    assert_true(k > 0);
    exe[k] = '\0';
    if (!src || !realpath(src, real_src) || strncmp(exe, real_src, strlen(real_src)) != 0)
        skip(); /* a build tree outside the source tree */
    char cwd[PATH_MAX];
    assert_non_null(getcwd(cwd, sizeof cwd));
    char *keep = strdup(src);
    assert_non_null(keep);
    unsetenv("ATTUNE_DATA_DIR");
    assert_int_equal(chdir("/"), 0);
    assert_true(paths_init());
    assert_string_equal(paths_data_dir(), real_src);
    assert_false(paths_data_is_installed());
    assert_int_equal(chdir(cwd), 0);
    setenv("ATTUNE_DATA_DIR", keep, 1);
    free(keep);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(xdg_data_home_when_absolute),
        cmocka_unit_test(home_when_xdg_is_unset_empty_or_relative),
        cmocka_unit_test(no_folder_without_xdg_or_home),
        cmocka_unit_test(an_empty_org_leaves_its_folder_out),
        cmocka_unit_test(a_folder_that_cannot_be_made_is_reported),
        cmocka_unit_test(the_save_folder_follows_the_rule),
        cmocka_unit_test(data_is_found_from_the_executable),
    };
    return cmocka_run_group_tests_name("paths", tests, setup, teardown);
}
