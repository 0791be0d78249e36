/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* paths.c built as a build folder anywhere builds it: this test binary is
 * given its own folder as ATTUNE_BUILD_DIR and a small fixture tree as
 * ATTUNE_SOURCE_DIR (tests/CMakeLists.txt), so it can tell which rule found
 * the data. The source tree wins over walking up from the binary (which
 * would find the checkout); ATTUNE_DATA_DIR and the installed layout win
 * over it; a copy of the binary outside its build folder never uses it. */
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
#include <sys/wait.h>
#include <unistd.h>

static char tmp[64], cwd[PATH_MAX];

static int setup(void **state)
{
    (void)state;
    strcpy(tmp, "/tmp/attune-paths-build-XXXXXX");
    return mkdtemp(tmp) && getcwd(cwd, sizeof cwd) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    return system(cmd) == 0 && chdir(cwd) == 0 ? 0 : -1;
}

/* Run `cmd` with sh; its exit status. */
static int sh(const char *cmd)
{
    int st = system(cmd);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* In its build folder, with no ATTUNE_DATA_DIR and from any working folder,
 * the binary uses the source tree it was configured from, not the checkout
 * above its folder. */
static void the_configured_source_tree_is_used(void **state)
{
    (void)state;
    char *keep = getenv("ATTUNE_DATA_DIR") ? strdup(getenv("ATTUNE_DATA_DIR")) : NULL;
    unsetenv("ATTUNE_DATA_DIR");
    assert_int_equal(chdir("/"), 0);
    assert_true(paths_init());
    assert_string_equal(paths_data_dir(), ATTUNE_SOURCE_DIR);
    assert_false(paths_data_is_installed());
    /* ATTUNE_DATA_DIR still wins. */
    setenv("ATTUNE_DATA_DIR", tmp, 1);
    assert_false(paths_init()); /* it holds no data: refused, not passed over */
    char data[PATH_MAX];
    snprintf(data, sizeof data, "%s/data", tmp);
    char cmd[PATH_MAX + 64];
    snprintf(cmd, sizeof cmd,
             "mkdir -p '%s/scripts/lib/attune' && : > '%s/scripts/lib/attune/runtime.lua'", data,
             data);
    assert_int_equal(sh(cmd), 0);
    setenv("ATTUNE_DATA_DIR", data, 1);
    assert_true(paths_init());
    assert_string_equal(paths_data_dir(), data);
    if (keep)
        setenv("ATTUNE_DATA_DIR", keep, 1);
    else
        unsetenv("ATTUNE_DATA_DIR");
    free(keep);
    assert_int_equal(chdir(cwd), 0);
}

/* The binary copied out of its build folder (as an install or a copy by
 * hand does) never reaches back into the source tree; into an installed
 * layout inside the build folder, it uses that layout's own data. */
static void a_copy_uses_only_its_own_layout(void **state)
{
    (void)state;
    char self[PATH_MAX], cmd[3 * PATH_MAX];
    ssize_t k = readlink("/proc/self/exe", self, sizeof self - 1);
    assert_true(k > 0);
    self[k] = '\0';
    /* Alone in a temporary folder: no data anywhere. */
    snprintf(cmd, sizeof cmd,
             "cp '%s' '%s/lone' && cd / && env -u ATTUNE_DATA_DIR '%s/lone' --init 2>/dev/null",
             self, tmp, tmp);
    assert_int_equal(sh(cmd), 20);
    /* An installed layout staged inside the build folder: its own data. */
    char stage[PATH_MAX];
    snprintf(stage, sizeof stage, "%s/paths-build-stage", ATTUNE_BUILD_DIR);
    snprintf(cmd, sizeof cmd,
             "rm -rf '%s' && mkdir -p '%s/games' '%s/share/attune/scripts/lib/attune' && "
             ": > '%s/share/attune/scripts/lib/attune/runtime.lua' && cp '%s' '%s/games/' && "
             "cd / && env -u ATTUNE_DATA_DIR '%s/games/%s' --init",
             stage, stage, stage, stage, self, stage, stage, strrchr(self, '/') + 1);
    assert_int_equal(sh(cmd), 11);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", stage);
    assert_int_equal(sh(cmd), 0);
}

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "--init") == 0) {
        /* The child: 10 found in a source tree, 11 installed, 20 not found. */
        if (!paths_init())
            return 20;
        return paths_data_is_installed() ? 11 : 10;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_configured_source_tree_is_used),
        cmocka_unit_test(a_copy_uses_only_its_own_layout),
    };
    return cmocka_run_group_tests_name("paths_build", tests, setup, teardown);
}
