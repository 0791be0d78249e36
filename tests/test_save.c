/* Tests of saves: round trip, refusal of damaged files, generations, the
 * newest good save chosen, and atomic writes under SIGKILL. */
#include "attune/save.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void sample(SaveData *d)
{
    memset(d, 0, sizeof *d);
    strcpy(d->story_id, "homework-night");
    strcpy(d->story_dir, "/some/where/homework-night");
    d->seed = 0xDEADBEEFCAFEULL;
    d->time = 1700000000;
    save_data_push(d, "kitchen.4");
    save_data_push(d, "snap.2");
    save_data_push(d, "steady");
}

static char *temp_dir(void)
{
    static char buf[64];
    strcpy(buf, "/tmp/attune-save-XXXXXX");
    assert_non_null(mkdtemp(buf));
    return buf;
}

static void round_trip(void **state)
{
    (void)state;
    SaveData d, e;
    sample(&d);
    d.sequence = 42;
    size_t len = 0;
    unsigned char *buf = save_encode(&d, &len);
    assert_non_null(buf);
    assert_int_equal(save_decode(buf, len, &e), SAVE_OK);
    assert_string_equal(e.story_id, "homework-night");
    assert_string_equal(e.story_dir, d.story_dir);
    assert_true(e.seed == d.seed);
    assert_int_equal(e.time, 1700000000);
    assert_int_equal(e.sequence, 42);
    assert_int_equal(e.n_path, 3);
    assert_string_equal(e.path[2], "steady");
    free(buf);
    save_data_clear(&d);
    save_data_clear(&e);
}

static void damaged_saves_are_refused(void **state)
{
    (void)state;
    SaveData d, e;
    sample(&d);
    size_t len = 0;
    unsigned char *buf = save_encode(&d, &len);
    /* Every single flipped byte is caught: header or payload. */
    for (size_t i = 0; i < len; i++) {
        buf[i] ^= 0x20;
        SaveStatus st = save_decode(buf, len, &e);
        if (st == SAVE_OK)
            fail_msg("flipping byte %zu went unnoticed", i);
        buf[i] ^= 0x20;
    }
    /* Every truncation is caught. */
    for (size_t n = 0; n < len; n++)
        assert_int_not_equal(save_decode(buf, n, &e), SAVE_OK);
    assert_int_equal(save_decode(buf, len - 5, &e), SAVE_ERR_TRUNCATED);
    /* Another version. */
    buf[4] = 99;
    assert_int_equal(save_decode(buf, len, &e), SAVE_ERR_VERSION);
    /* Not a save at all. */
    assert_int_equal(save_decode((const unsigned char *)"hello world, this is text!", 26, &e),
                     SAVE_ERR_CORRUPT);
    free(buf);
    save_data_clear(&d);
}

static void newest_good_generation_wins(void **state)
{
    (void)state;
    char *dir = temp_dir();
    SaveData d, e;
    sample(&d);
    for (int i = 0; i < 5; i++) {
        save_data_push(&d, "more");
        assert_true(save_autosave(dir, &d));
    }
    int damaged = -1;
    assert_int_equal(save_load_latest(dir, &e, &damaged), SAVE_OK);
    assert_int_equal(damaged, 0);
    assert_int_equal(e.sequence, 5);
    assert_int_equal(e.n_path, 8);
    save_data_clear(&e);
    /* Damage the newest (sequence 5 lives in generation 5 % 3 = 2). */
    char path[256];
    snprintf(path, sizeof path, "%s/autosave-2.sav", dir);
    FILE *f = fopen(path, "r+b");
    assert_non_null(f);
    fseek(f, 30, SEEK_SET);
    fputc('#', f);
    fclose(f);
    assert_int_equal(save_load_latest(dir, &e, &damaged), SAVE_OK);
    assert_int_equal(damaged, 1);
    assert_int_equal(e.sequence, 4); /* the previous good one */
    assert_int_equal(e.n_path, 7);
    save_data_clear(&e);
    /* The damaged file was kept aside, not deleted. */
    char kept[300];
    snprintf(kept, sizeof kept, "%s.corrupt", path);
    struct stat st;
    assert_int_equal(stat(kept, &st), 0);
    save_data_clear(&d);
}

/* A save from another version is refused and left exactly where it is. */
static void another_version_is_left_alone(void **state)
{
    (void)state;
    char *dir = temp_dir();
    SaveData d, e;
    sample(&d);
    assert_true(save_autosave(dir, &d)); /* sequence 1: autosave-1 */
    assert_true(save_autosave(dir, &d)); /* sequence 2: autosave-2 */
    char path[256];
    snprintf(path, sizeof path, "%s/autosave-2.sav", dir);
    FILE *f = fopen(path, "r+b");
    assert_non_null(f);
    fseek(f, 4, SEEK_SET);
    fputc(2, f); /* format version 2 */
    fclose(f);
    int damaged = 0;
    assert_int_equal(save_load_latest(dir, &e, &damaged), SAVE_OK);
    assert_int_equal(damaged, 1);
    assert_int_equal(e.sequence, 1);
    assert_int_equal(access(path, F_OK), 0); /* still there, not renamed */
    save_data_clear(&e);
    save_data_clear(&d);
}

static void unwritable_folder_fails_cleanly(void **state)
{
    (void)state;
    SaveData d;
    sample(&d);
    assert_false(save_autosave("/proc/attune-no-such-dir", &d));
    assert_false(save_write_atomic("/proc/attune-no-such-dir/x.sav", (const unsigned char *)"x", 1));
    save_data_clear(&d);
    SaveData e;
    int damaged = 0;
    assert_int_equal(save_load_latest("/proc/attune-no-such-dir", &e, &damaged),
                     SAVE_ERR_MISSING);
    assert_int_equal(save_load_latest(NULL, &e, &damaged), SAVE_ERR_MISSING);
}

/* Kill a child that saves in a tight loop at random moments: whatever is on
 * disk must always be a valid save. */
static void sigkill_never_leaves_a_broken_save(void **state)
{
    (void)state;
    char *dir = temp_dir();
    srand((unsigned)time(NULL));
    for (int round = 0; round < 40; round++) {
        pid_t pid = fork();
        assert_true(pid >= 0);
        if (pid == 0) {
            SaveData d;
            sample(&d);
            for (;;) {
                if (d.n_path < 200)
                    save_data_push(&d, "a-longer-choice-id-to-make-the-file-bigger");
                save_autosave(dir, &d);
            }
        }
        usleep((useconds_t)(rand() % 20000));
        kill(pid, SIGKILL);
        waitpid(pid, NULL, 0);
        SaveData e;
        int damaged = 0;
        SaveStatus st = save_load_latest(dir, &e, &damaged);
        assert_int_equal(damaged, 0);
        if (st == SAVE_OK)
            save_data_clear(&e);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(round_trip),
        cmocka_unit_test(damaged_saves_are_refused),
        cmocka_unit_test(newest_good_generation_wins),
        cmocka_unit_test(another_version_is_left_alone),
        cmocka_unit_test(unwritable_folder_fails_cleanly),
        cmocka_unit_test(sigkill_never_leaves_a_broken_save),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
