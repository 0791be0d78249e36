/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Tests of saves: round trip (format 2, and format 1 still read), refusal of
 * damaged files, generations, the newest good save chosen, manual slots,
 * roads and labels, and atomic writes under SIGKILL. */
#include "attune/save.h"

#include <dirent.h>
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

/* A save with every format 2 field filled. */
static void sample_v2(SaveData *d)
{
    sample(d);
    strcpy(d->story_title, "Homework Night");
    strcpy(d->beat, "kitchen");
    save_data_set_label(d, "I can't do it. It's stupid.");
    const char *road1[] = {"kitchen.1", "snap.2"};
    const char *road2[] = {"kitchen.3", "caf\xC3\xA9 \xE2\x80\x94 x", "steady"};
    assert_true(save_data_add_road(d, road1, 2));
    assert_true(save_data_add_road(d, road2, 3));
}

/* Build a save by hand: header of `version` around `payload`, with a right
 * checksum (CRC32 of header bytes 0..19, then the payload). */
static unsigned char *build(uint32_t version, const char *payload, size_t plen, size_t *len)
{
    unsigned char *buf = malloc(24 + plen);
    assert_non_null(buf);
    memcpy(buf, "ATSV", 4);
    for (int i = 0; i < 4; i++) {
        buf[4 + i] = (unsigned char)(version >> (8 * i));
        buf[16 + i] = (unsigned char)(plen >> (8 * i));
    }
    for (int i = 0; i < 8; i++)
        buf[8 + i] = (unsigned char)((uint64_t)7 >> (8 * i)); /* sequence 7 */
    unsigned char *both = malloc(20 + plen);
    assert_non_null(both);
    memcpy(both, buf, 20);
    memcpy(both + 20, payload, plen);
    uint32_t crc = save_crc32(both, 20 + plen);
    free(both);
    for (int i = 0; i < 4; i++)
        buf[20 + i] = (unsigned char)(crc >> (8 * i));
    memcpy(buf + 24, payload, plen);
    *len = 24 + plen;
    return buf;
}

static SaveStatus decode_text(uint32_t version, const char *payload, SaveData *d)
{
    size_t len;
    unsigned char *buf = build(version, payload, strlen(payload), &len);
    SaveStatus st = save_decode(buf, len, d);
    free(buf);
    return st;
}

static void v2_round_trip_with_roads_and_label(void **state)
{
    (void)state;
    SaveData d, e;
    sample_v2(&d);
    d.sequence = 9;
    size_t len = 0;
    unsigned char *buf = save_encode(&d, &len);
    assert_non_null(buf);
    assert_int_equal(buf[4], 2); /* the oldest format that holds it */
    assert_int_equal(save_decode(buf, len, &e), SAVE_OK);
    assert_string_equal(e.story_title, "Homework Night");
    assert_string_equal(e.beat, "kitchen");
    assert_string_equal(e.beat_label, "I can't do it. It's stupid.");
    assert_int_equal(e.n_path, 3);
    assert_int_equal(e.n_roads, 2);
    assert_string_equal(e.roads[0], "kitchen.1\nsnap.2");
    assert_string_equal(e.roads[1], "kitchen.3\ncaf\xC3\xA9 \xE2\x80\x94 x\nsteady");
    /* What we read, we write again byte for byte. */
    size_t len2 = 0;
    unsigned char *again = save_encode(&e, &len2);
    assert_non_null(again);
    assert_int_equal(len2, len);
    assert_memory_equal(again, buf, len);
    free(again);
    save_data_clear(&e);
    /* Every flipped byte and every truncation is refused, never a crash. */
    for (size_t i = 0; i < len; i++) {
        buf[i] ^= 0x01;
        if (save_decode(buf, len, &e) == SAVE_OK)
            fail_msg("flipping byte %zu went unnoticed", i);
        buf[i] ^= 0x01;
    }
    for (size_t n = 0; n < len; n++) {
        unsigned char *cut = malloc(n ? n : 1); /* exactly n bytes, for ASan */
        memcpy(cut, buf, n);
        assert_int_not_equal(save_decode(cut, n, &e), SAVE_OK);
        assert_int_equal(e.n_path, 0);
        assert_int_equal(e.n_roads, 0);
        free(cut);
    }
    free(buf);
    /* Empty new fields are left out and come back empty. */
    save_data_clear(&d);
    sample(&d);
    buf = save_encode(&d, &len);
    assert_int_equal(save_decode(buf, len, &e), SAVE_OK);
    assert_string_equal(e.story_title, "");
    assert_string_equal(e.beat_label, "");
    assert_int_equal(e.n_roads, 0);
    free(buf);
    save_data_clear(&e);
    /* A newline in a field cannot be written (it could not be read back). */
    strcpy(d.story_title, "two\nlines");
    assert_null(save_encode(&d, &len));
    save_data_clear(&d);
}

/* A format 1 save, as Attune 0.1 wrote it, still loads; the keys that are
 * new in format 2 mean nothing there, so the new fields stay empty. */
static void version_1_still_reads(void **state)
{
    (void)state;
    SaveData e;
    assert_int_equal(decode_text(1,
                                 "story homework-night\ndir /x/homework-night\nseed 12345\n"
                                 "time 1700000000\nstep kitchen.1\nstep snap.2\n"
                                 "title Not in v1\nroad 1\nvia x\n",
                                 &e),
                     SAVE_OK);
    assert_string_equal(e.story_id, "homework-night");
    assert_string_equal(e.story_dir, "/x/homework-night");
    assert_true(e.seed == 12345);
    assert_int_equal(e.time, 1700000000);
    assert_int_equal(e.sequence, 7);
    assert_int_equal(e.n_path, 2);
    assert_string_equal(e.path[1], "snap.2");
    assert_string_equal(e.story_title, "");
    assert_string_equal(e.beat, "");
    assert_string_equal(e.beat_label, "");
    assert_int_equal(e.n_roads, 0);
    /* Written again, it is a format 2 save. */
    size_t len = 0;
    unsigned char *buf = save_encode(&e, &len);
    assert_int_equal(buf[4], 2);
    save_data_clear(&e);
    assert_int_equal(save_decode(buf, len, &e), SAVE_OK);
    assert_int_equal(e.n_path, 2);
    free(buf);
    save_data_clear(&e);
    /* Version 0 and versions after ours are another Attune's. */
    assert_int_equal(decode_text(0, "story a\nseed 1\n", &e), SAVE_ERR_VERSION);
    assert_int_equal(decode_text(SAVE_FORMAT_VERSION + 1, "story a\nseed 1\n", &e),
                     SAVE_ERR_VERSION);
}

/* Payloads with a right checksum but wrong inside: each is refused. */
static void hostile_payloads_are_refused(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "seed 1\n",                   /* no story */
        "story a\n",                  /* no seed */
        "story a\nseed 1",            /* no final newline */
        "story a\nseed 1\nstory b\n", /* twice */
        "story a\nseed 1\nseed 2\n",
        "story a\nseed 1\ntitle x\ntitle y\n",
        "story a\nseed\n",    /* no space */
        "story a\n seed 1\n", /* empty key */
        "story a\nseed \n",   /* empty number */
        "story a\nseed -1\n",
        "story a\nseed +1\n",
        "story a\nseed 1 \n",
        "story a\nseed 18446744073709551616\n", /* 2^64 */
        "story a\nseed 1\ntime 12a\n",
        "story a\nseed 1\ntime 9223372036854775808\n",
        "story a\r\nseed 1\n",       /* a carriage return */
        "story \nseed 1\n",          /* empty id */
        "story a\nseed 1\ntitle \n", /* empty is written as absent */
        "story a\nseed 1\nstep \n",
        "story a\nseed 1\nvia x\n", /* an id outside any road */
        "story a\nseed 1\nroad 0\n",
        "story a\nseed 1\nroad 513\n",
        "story a\nseed 1\nroad 2\nvia x\n", /* cut short */
        "story a\nseed 1\nroad 2\nvia x\nstep y\nvia z\n",
        "story a\nseed 1\nroad 1\nvia \n",
        "story a\nseed 1\nroad x\nvia y\n",
        "story a\nseed 1\nroad 1\nroad 1\nvia x\n",
    };
    SaveData e;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        SaveStatus st = decode_text(2, bad[i], &e);
        if (st != SAVE_ERR_CORRUPT)
            fail_msg("payload %zu (%s) gave %d", i, bad[i], (int)st);
        assert_int_equal(e.n_path + e.n_roads, 0);
    }
    /* A NUL inside a value. */
    size_t len;
    static const char nul[] = "story a\nseed 1\ntitle a\0b\n";
    unsigned char *buf = build(2, nul, sizeof nul - 1, &len);
    assert_int_equal(save_decode(buf, len, &e), SAVE_ERR_CORRUPT);
    free(buf);
    /* Values too long for their field. */
    char text[2400];
    char longv[300];
    memset(longv, 'x', 256);
    longv[256] = '\0';
    snprintf(text, sizeof text, "story a\nseed 1\nlabel %s\n", longv);
    assert_int_equal(decode_text(2, text, &e), SAVE_ERR_CORRUPT);
    longv[255] = '\0';
    snprintf(text, sizeof text, "story a\nseed 1\nlabel %s\n", longv);
    assert_int_equal(decode_text(2, text, &e), SAVE_OK);
    assert_int_equal(strlen(e.beat_label), 255);
    save_data_clear(&e);
    /* More roads than there is room for. */
    strcpy(text, "story a\nseed 1\n");
    for (int i = 0; i <= SAVE_MAX_ROADS; i++)
        strcat(text, "road 1\nvia x\n");
    assert_int_equal(decode_text(2, text, &e), SAVE_ERR_CORRUPT);
    /* Still fine: a negative time, keys from a later format. */
    assert_int_equal(decode_text(2, "story a\nseed 1\ntime -5\nmood calm\n", &e), SAVE_OK);
    assert_int_equal(e.time, -5);
    save_data_clear(&e);
}

static void roads_fill_up_and_drop(void **state)
{
    (void)state;
    SaveData d;
    memset(&d, 0, sizeof d);
    char names[SAVE_MAX_ROADS + 1][16];
    for (int i = 0; i <= SAVE_MAX_ROADS; i++) {
        snprintf(names[i], sizeof names[i], "road-%d", i);
        const char *ids[] = {"start.1", names[i]};
        bool ok = save_data_add_road(&d, ids, 2);
        assert_int_equal(ok, i < SAVE_MAX_ROADS);
    }
    assert_int_equal(d.n_roads, SAVE_MAX_ROADS);
    /* Full: the caller drops the oldest, then there is room. */
    save_data_drop_road(&d, 0);
    assert_int_equal(d.n_roads, SAVE_MAX_ROADS - 1);
    assert_string_equal(d.roads[0], "start.1\nroad-1");
    const char *last[] = {"start.1", names[SAVE_MAX_ROADS]};
    assert_true(save_data_add_road(&d, last, 2));
    assert_string_equal(d.roads[SAVE_MAX_ROADS - 1], "start.1\nroad-8");
    save_data_drop_road(&d, -1);
    save_data_drop_road(&d, SAVE_MAX_ROADS);
    assert_int_equal(d.n_roads, SAVE_MAX_ROADS);
    /* Roads that could not be read back are refused. */
    save_data_drop_road(&d, 3);
    const char *empty[] = {"a", ""}, *newline[] = {"a\nb"}, *cr[] = {"a\r"}, *null[] = {NULL};
    assert_false(save_data_add_road(&d, empty, 2));
    assert_false(save_data_add_road(&d, newline, 1));
    assert_false(save_data_add_road(&d, cr, 1));
    assert_false(save_data_add_road(&d, null, 1));
    assert_false(save_data_add_road(&d, empty, 0));
    assert_false(save_data_add_road(&d, NULL, 1));
    assert_false(save_data_add_road(&d, empty, SAVE_MAX_PATH + 1));
    assert_int_equal(d.n_roads, SAVE_MAX_ROADS - 1);
    /* A road as long as a whole path survives a round trip. */
    const char *many[SAVE_MAX_PATH];
    for (int i = 0; i < SAVE_MAX_PATH; i++)
        many[i] = i % 2 ? "odd" : "even";
    assert_true(save_data_add_road(&d, many, SAVE_MAX_PATH));
    strcpy(d.story_id, "a");
    size_t len;
    unsigned char *buf = save_encode(&d, &len);
    SaveData e;
    assert_int_equal(save_decode(buf, len, &e), SAVE_OK);
    assert_int_equal(e.n_roads, SAVE_MAX_ROADS);
    /* Split it back into ids. */
    char *copy = strdup(e.roads[SAVE_MAX_ROADS - 1]);
    char *ids[SAVE_MAX_PATH];
    assert_int_equal(save_road_split(copy, ids, SAVE_MAX_PATH), SAVE_MAX_PATH);
    assert_string_equal(ids[0], "even");
    assert_string_equal(ids[SAVE_MAX_PATH - 1], "odd");
    free(copy);
    copy = strdup(e.roads[0]);
    char *two[1];
    assert_int_equal(save_road_split(copy, two, 1), 2); /* holds 2, stores 1 */
    assert_string_equal(two[0], "start.1");
    free(copy);
    char none[] = "";
    assert_int_equal(save_road_split(none, ids, 4), 0);
    free(buf);
    save_data_clear(&e);
    save_data_clear(&d);
    assert_int_equal(d.n_roads, 0);
    assert_null(d.roads[0]);
}

static void labels_are_short_and_plain(void **state)
{
    (void)state;
    SaveData d;
    memset(&d, 0, sizeof d);
    save_data_set_label(&d, "I *hate* this \\* and\nnobody   listens");
    assert_string_equal(d.beat_label, "I hate this * and nobody listens");
    save_data_set_label(&d, NULL);
    assert_string_equal(d.beat_label, "");
    save_data_set_label(&d, "   \n  ");
    assert_string_equal(d.beat_label, "");
    /* Long: cut at a word, with an ellipsis. */
    save_data_set_label(&d, "I can't do it. It's stupid. I'm stupid. Everyone else finished "
                            "this an hour ago and I am still on the first question.");
    size_t n = strlen(d.beat_label);
    assert_true(n > 20 && n <= 64);
    assert_string_equal(d.beat_label + n - 3, "\xE2\x80\xA6");
    assert_true(d.beat_label[n - 4] != ' ');
    assert_int_equal(strncmp(d.beat_label, "I can't do it. It's stupid.", 27), 0);
    /* One long word of two-byte letters: cut between letters, never inside. */
    char word[400] = "";
    for (int i = 0; i < 100; i++)
        strcat(word, "\xC3\xA9");
    save_data_set_label(&d, word);
    n = strlen(d.beat_label);
    assert_true(n > 3 && (n - 3) % 2 == 0);
    for (size_t i = 0; i + 3 < n; i += 2)
        assert_memory_equal(d.beat_label + i, "\xC3\xA9", 2);
    /* Trailing spaces do not make a cut. */
    memset(word, 'a', 60);
    strcpy(word + 60, "      ");
    save_data_set_label(&d, word);
    assert_int_equal(strlen(d.beat_label), 60);
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

static void slots_write_read_overwrite(void **state)
{
    (void)state;
    char *dir = temp_dir();
    SaveData d, e;
    sample_v2(&d);
    assert_int_equal(save_slot_read(dir, 1, &e), SAVE_ERR_MISSING);
    assert_true(save_slot_write(dir, 1, &d));
    assert_int_equal(d.sequence, 1);
    assert_true(d.time > 1700000000);
    save_data_push(&d, "bath.1");
    strcpy(d.beat, "bath");
    assert_true(save_slot_write(dir, SAVE_SLOTS, &d));
    assert_int_equal(d.sequence, 2);
    assert_true(exists(dir, "slot-1.sav"));
    assert_true(exists(dir, "slot-6.sav"));
    /* Slots are apart from the autosaves. */
    int damaged = 0;
    assert_int_equal(save_load_latest(dir, &e, &damaged), SAVE_ERR_MISSING);
    assert_int_equal(save_slot_read(dir, 1, &e), SAVE_OK);
    assert_int_equal(e.n_path, 3);
    assert_string_equal(e.beat, "kitchen");
    assert_int_equal(e.n_roads, 2);
    save_data_clear(&e);
    assert_int_equal(save_slot_read(dir, 6, &e), SAVE_OK);
    assert_int_equal(e.n_path, 4);
    assert_string_equal(e.beat, "bath");
    save_data_clear(&e);
    /* Overwrite slot 1. */
    assert_true(save_slot_write(dir, 1, &d));
    assert_int_equal(d.sequence, 3);
    assert_int_equal(save_slot_read(dir, 1, &e), SAVE_OK);
    assert_int_equal(e.n_path, 4);
    assert_int_equal(e.sequence, 3);
    save_data_clear(&e);
    /* Numbers that are no slot. */
    assert_false(save_slot_write(dir, 0, &d));
    assert_false(save_slot_write(dir, SAVE_SLOTS + 1, &d));
    assert_false(save_slot_write(NULL, 1, &d));
    assert_int_equal(save_slot_read(dir, 0, &e), SAVE_ERR_MISSING);
    assert_int_equal(save_slot_read(dir, SAVE_SLOTS + 1, &e), SAVE_ERR_MISSING);
    assert_int_equal(save_slot_read(NULL, 1, &e), SAVE_ERR_MISSING);
    /* Delete. */
    assert_true(save_slot_delete(dir, 6));
    assert_false(exists(dir, "slot-6.sav"));
    assert_true(save_slot_delete(dir, 6)); /* empty already */
    assert_false(save_slot_delete(dir, 9));
    assert_int_equal(save_slot_read(dir, 6, &e), SAVE_ERR_MISSING);
    /* No temp file is left behind. */
    DIR *dh = opendir(dir);
    struct dirent *ent;
    while ((ent = readdir(dh)))
        if (strstr(ent->d_name, ".tmp."))
            fail_msg("temp file left: %s", ent->d_name);
    closedir(dh);
    assert_false(save_slot_write("/proc/attune-no-such-dir/", 1, &d));
    save_data_clear(&d);
}

static void damaged_slots_are_set_aside(void **state)
{
    (void)state;
    char *dir = temp_dir();
    SaveData d, e;
    sample_v2(&d);
    assert_true(save_slot_write(dir, 2, &d));
    size_t len;
    unsigned char *good = save_encode(&d, &len);
    /* A flipped byte: damaged, moved aside, kept. */
    good[len - 2] ^= 0x40;
    write_file(dir, "slot-2.sav", good, len);
    assert_int_equal(save_slot_read(dir, 2, &e), SAVE_ERR_CORRUPT);
    assert_false(exists(dir, "slot-2.sav"));
    assert_true(exists(dir, "slot-2.sav.corrupt"));
    assert_int_equal(save_slot_read(dir, 2, &e), SAVE_ERR_MISSING);
    /* Cut short: damaged too; the first damaged copy is not overwritten. */
    good[len - 2] ^= 0x40;
    write_file(dir, "slot-2.sav", good, len - 10);
    assert_int_equal(save_slot_read(dir, 2, &e), SAVE_ERR_TRUNCATED);
    assert_true(exists(dir, "slot-2.sav.corrupt"));
    assert_true(exists(dir, "slot-2.sav.corrupt-2"));
    /* Far too big to be a save. */
    size_t big = 300 * 1024;
    unsigned char *junk = calloc(1, big);
    memcpy(junk, good, 24);
    write_file(dir, "slot-3.sav", junk, big);
    assert_int_equal(save_slot_read(dir, 3, &e), SAVE_ERR_CORRUPT);
    assert_true(exists(dir, "slot-3.sav.corrupt"));
    free(junk);
    /* From a newer Attune: left exactly where it is. */
    good[4] = SAVE_FORMAT_VERSION + 1;
    write_file(dir, "slot-4.sav", good, len);
    assert_int_equal(save_slot_read(dir, 4, &e), SAVE_ERR_VERSION);
    assert_true(exists(dir, "slot-4.sav"));
    assert_false(exists(dir, "slot-4.sav.corrupt"));
    /* A good slot beside them still reads, and a new write takes the place. */
    assert_true(save_slot_write(dir, 2, &d));
    assert_int_equal(save_slot_read(dir, 2, &e), SAVE_OK);
    assert_true(exists(dir, "slot-2.sav.corrupt"));
    save_data_clear(&e);
    free(good);
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
    /* Damage the newest (1..3 went to autosave-0..2, then each to the
     * oldest: 4 to autosave-0, 5 to autosave-1). */
    char path[256];
    snprintf(path, sizeof path, "%s/autosave-1.sav", dir);
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
    assert_true(save_autosave(dir, &d)); /* sequence 1: autosave-0 */
    assert_true(save_autosave(dir, &d)); /* sequence 2: autosave-1 */
    char path[256];
    snprintf(path, sizeof path, "%s/autosave-1.sav", dir);
    FILE *f = fopen(path, "r+b");
    assert_non_null(f);
    fseek(f, 4, SEEK_SET);
    fputc(SAVE_FORMAT_VERSION + 1, f); /* a newer format */
    fclose(f);
    int damaged = 0;
    assert_int_equal(save_load_latest(dir, &e, &damaged), SAVE_OK);
    assert_int_equal(damaged, 0); /* not damaged: told once instead */
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
    assert_false(
        save_write_atomic("/proc/attune-no-such-dir/x.sav", (const unsigned char *)"x", 1));
    save_data_clear(&d);
    SaveData e;
    int damaged = 0;
    assert_int_equal(save_load_latest("/proc/attune-no-such-dir", &e, &damaged), SAVE_ERR_MISSING);
    assert_int_equal(save_load_latest(NULL, &e, &damaged), SAVE_ERR_MISSING);
}

/* ---- Rotation, sequence and long plays (issue 14, items 5 and 7) ----
 * Only a save that decodes whole sets the sequence, which never wraps; the
 * rotation never writes over a save of another version, a folder or a FIFO
 * named like a save; a long play is kept whole; a play whose story changed
 * is kept out of the rotation. */

static unsigned char *slurp(const char *dir, const char *name, size_t *n)
{
    char p[512];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "rb");
    if (!f)
        return NULL;
    unsigned char *buf = malloc(4 << 20);
    assert_non_null(buf);
    *n = fread(buf, 1, 4 << 20, f);
    fclose(f);
    return buf;
}

/* The newest save's sequence bytes set to 0xFF (its checksum now fails):
 * the new play goes on from the last good sequence, and Continue loads it. */
static void a_damaged_sequence_counts_for_nothing(void **state)
{
    (void)state;
    char *dir = temp_dir();
    SaveData d, e;
    sample(&d);
    for (int i = 0; i < 3; i++)
        assert_true(save_autosave(dir, &d)); /* sequences 1..3 in autosave-0..2 */
    char path[256];
    snprintf(path, sizeof path, "%s/autosave-2.sav", dir);
    FILE *f = fopen(path, "r+b");
    assert_non_null(f);
    fseek(f, 8, SEEK_SET);
    for (int i = 0; i < 8; i++)
        fputc(0xFF, f);
    fclose(f);
    for (int i = 0; i < 5; i++) { /* the new play */
        save_data_push(&d, "new");
        assert_true(save_autosave(dir, &d));
        assert_int_equal(d.sequence, 3 + i); /* after 2, the last good one */
    }
    assert_true(exists(dir, "autosave-2.sav.corrupt")); /* kept, not overwritten */
    int damaged = -1;
    assert_int_equal(save_load_latest(dir, &e, &damaged), SAVE_OK);
    assert_int_equal(damaged, 0);
    assert_int_equal(e.sequence, 7);
    assert_int_equal(e.n_path, 3 + 5); /* the whole new play */
    save_data_clear(&e);
    /* A right checksum around UINT64_MAX (only a hand-made file): the saves
     * are renumbered, the newest stays newest, nothing wraps to 0. */
    d.sequence = UINT64_MAX;
    size_t len;
    unsigned char *buf = save_encode(&d, &len);
    write_file(dir, "autosave-0.sav", buf, len);
    free(buf);
    save_data_push(&d, "after-the-top");
    assert_true(save_autosave(dir, &d));
    assert_true(d.sequence >= 2 && d.sequence <= SAVE_AUTOSAVE_NAMES + 1);
    assert_int_equal(save_load_latest(dir, &e, &damaged), SAVE_OK);
    assert_int_equal(e.n_path, 3 + 5 + 1);
    assert_string_equal(e.path[e.n_path - 1], "after-the-top");
    save_data_clear(&e);
    save_data_clear(&d);
}

/* A newer version's save at each name in turn, and at all three at once:
 * ten autosaves later it is byte for byte as it was. */
static void a_newer_version_is_never_overwritten(void **state)
{
    (void)state;
    for (int at = 0; at <= SAVE_GENERATIONS; at++) {
        char *dir = temp_dir();
        SaveData d, e;
        sample(&d);
        size_t len;
        unsigned char *newer = save_encode(&d, &len);
        newer[4] = SAVE_FORMAT_VERSION + 1;
        char names[SAVE_GENERATIONS][32];
        int n = at < SAVE_GENERATIONS ? 1 : SAVE_GENERATIONS; /* last round: every one */
        for (int k = 0; k < n; k++) {
            snprintf(names[k], sizeof names[k], "autosave-%d.sav", n == 1 ? at : k);
            write_file(dir, names[k], newer, len);
        }
        for (int i = 0; i < 10; i++) {
            save_data_push(&d, "on");
            assert_true(save_autosave(dir, &d));
            assert_int_equal(d.sequence, i + 1);
        }
        for (int k = 0; k < n; k++) {
            size_t got = 0;
            unsigned char *now = slurp(dir, names[k], &got);
            assert_non_null(now);
            assert_int_equal(got, len);
            assert_memory_equal(now, newer, len);
            free(now);
        }
        int damaged = -1;
        assert_int_equal(save_load_latest(dir, &e, &damaged), SAVE_OK);
        assert_int_equal(damaged, 0); /* not damaged: another Attune's */
        assert_int_equal(e.sequence, 10);
        assert_int_equal(e.n_path, 3 + 10);
        save_data_clear(&e);
        char note[512];
        assert_true(save_take_notice(note, sizeof note));
        assert_non_null(strstr(note, "another version of Attune"));
        free(newer);
        save_data_clear(&d);
    }
}

/* A folder and a FIFO named like autosaves: stepped around (no hang, no
 * failed autosave), told once, and left as they are. */
static void a_folder_or_fifo_named_like_a_save_is_stepped_around(void **state)
{
    (void)state;
    char *dir = temp_dir();
    char path[256];
    snprintf(path, sizeof path, "%s/autosave-1.sav", dir);
    assert_int_equal(mkdir(path, 0700), 0);
    snprintf(path, sizeof path, "%s/autosave-3.sav", dir);
    assert_int_equal(mkfifo(path, 0600), 0);
    char note[512];
    while (save_take_notice(note, sizeof note)) /* what earlier tests left */
        ;
    SaveData d, e;
    sample(&d);
    time_t t0 = time(NULL);
    int told = 0;
    for (int i = 0; i < 10; i++) {
        save_data_push(&d, "on");
        assert_true(save_autosave(dir, &d));
        if (save_take_notice(note, sizeof note)) {
            told++;
            assert_non_null(strstr(note, told == 1 ? "autosave-1.sav" : "autosave-3.sav"));
            assert_non_null(strstr(note, "is not a save file"));
        }
    }
    assert_true(time(NULL) - t0 < 2);
    assert_int_equal(told, 2); /* each name once, not at every answer */
    struct stat st;
    snprintf(path, sizeof path, "%s/autosave-1.sav", dir);
    assert_int_equal(stat(path, &st), 0);
    assert_true(S_ISDIR(st.st_mode));
    snprintf(path, sizeof path, "%s/autosave-3.sav", dir);
    assert_int_equal(stat(path, &st), 0);
    assert_true(S_ISFIFO(st.st_mode));
    int damaged = -1;
    assert_int_equal(save_load_latest(dir, &e, &damaged), SAVE_OK);
    assert_int_equal(damaged, 0);
    assert_int_equal(e.sequence, 10);
    assert_int_equal(e.n_path, 3 + 10);
    save_data_clear(&e);
    /* Exactly SAVE_GENERATIONS of ours, on the names left free. */
    int ours = 0;
    for (int g = 0; g < SAVE_AUTOSAVE_NAMES; g++) {
        snprintf(path, sizeof path, "autosave-%d.sav", g);
        if (g != 1 && g != 3 && exists(dir, path))
            ours++;
    }
    assert_int_equal(ours, SAVE_GENERATIONS);
    save_data_clear(&d);
}

/* A play of 2000 answers comes back whole, as format 3 (format 2 held 512);
 * a short one is still written as format 2. The bound is SAVE_MAX_STEPS. */
static void a_long_play_is_kept_whole(void **state)
{
    (void)state;
    char *dir = temp_dir();
    SaveData d, e;
    sample(&d);
    size_t len;
    unsigned char *buf = save_encode(&d, &len);
    assert_int_equal(buf[4], 2);
    free(buf);
    for (int i = d.n_path; i < 2000; i++) {
        char id[32];
        snprintf(id, sizeof id, "beat-%d.%d", i, i % 7);
        assert_true(save_data_push(&d, id));
    }
    assert_true(save_autosave(dir, &d));
    int damaged = -1;
    assert_int_equal(save_load_latest(dir, &e, &damaged), SAVE_OK);
    assert_int_equal(e.n_path, 2000);
    for (int i = 0; i < 2000; i++)
        assert_string_equal(e.path[i], d.path[i]);
    buf = save_encode(&e, &len);
    assert_int_equal(buf[4], 3);
    free(buf);
    save_data_clear(&e);
    while (d.n_path < SAVE_MAX_STEPS)
        assert_true(save_data_push(&d, "a-choice-id-as-long-as-most-real-ones.12"));
    assert_false(save_data_push(&d, "one-too-many")); /* the caller tells the player */
    assert_true(save_autosave(dir, &d));
    assert_int_equal(save_load_latest(dir, &e, &damaged), SAVE_OK);
    assert_int_equal(e.n_path, SAVE_MAX_STEPS);
    save_data_clear(&e);
    save_data_clear(&d);
}

/* A slot holding a newer version's save or a folder is not written over:
 * the write is refused, the player told why, the file left byte for byte. */
static void a_slot_not_ours_is_left_alone(void **state)
{
    (void)state;
    char *dir = temp_dir();
    SaveData d;
    sample(&d);
    size_t len;
    unsigned char *newer = save_encode(&d, &len);
    newer[4] = SAVE_FORMAT_VERSION + 1;
    write_file(dir, "slot-4.sav", newer, len);
    char path[256], note[512];
    snprintf(path, sizeof path, "%s/slot-5.sav", dir);
    assert_int_equal(mkdir(path, 0700), 0);
    while (save_take_notice(note, sizeof note))
        ;
    assert_false(save_slot_write(dir, 4, &d));
    assert_true(save_take_notice(note, sizeof note));
    assert_non_null(strstr(note, "slot-4.sav"));
    assert_non_null(strstr(note, "choose another slot"));
    assert_false(save_slot_write(dir, 5, &d));
    assert_true(save_slot_write(dir, 6, &d)); /* the others still work */
    assert_int_equal(d.sequence, 1);
    size_t got = 0;
    unsigned char *now = slurp(dir, "slot-4.sav", &got);
    assert_int_equal(got, len);
    assert_memory_equal(now, newer, len);
    free(now);
    free(newer);
    save_data_clear(&d);
}

/* A save whose story changed is kept out of the rotation: the same save
 * kept twice is one file, and later autosaves leave it as it is. */
static void a_changed_play_is_kept_aside(void **state)
{
    (void)state;
    char *dir = temp_dir();
    SaveData d, e;
    sample_v2(&d);
    assert_true(save_autosave(dir, &d));
    char name[80], again[80];
    assert_true(save_keep_changed(dir, &d, name, sizeof name));
    assert_string_equal(name, "story-changed-1.sav");
    assert_true(save_keep_changed(dir, &d, again, sizeof again));
    assert_string_equal(again, name);
    size_t len;
    unsigned char *kept = slurp(dir, name, &len);
    assert_non_null(kept);
    for (int i = 0; i < 6; i++)
        assert_true(save_autosave(dir, &d));
    size_t len2;
    unsigned char *now = slurp(dir, name, &len2);
    assert_int_equal(len2, len);
    assert_memory_equal(now, kept, len);
    assert_int_equal(save_decode(now, len2, &e), SAVE_OK);
    assert_int_equal(e.n_path, 3);
    assert_int_equal(e.sequence, 1);
    save_data_clear(&e);
    /* Another save with the same sequence gets a name of its own. */
    d.sequence = 1;
    save_data_push(&d, "other");
    assert_true(save_keep_changed(dir, &d, again, sizeof again));
    assert_string_equal(again, "story-changed-1-2.sav");
    free(kept);
    free(now);
    save_data_clear(&d);
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

/* ---- Ids and the round trip as a property (issue 14, item 6) ----
 * Whatever save_encode writes, save_decode reads back equal; whatever it
 * could not read back, save_encode refuses instead of writing. Thousands of
 * random places with random ids from the allowed set (printable UTF-8 of
 * 1..SAVE_MAX_ID bytes), random numbers and random free text, then ids from
 * outside the set. The generator is seeded: a failure repeats. */

static uint64_t prop_rng = 0x9E3779B97F4A7C15ULL;

static uint64_t prop_next(void)
{
    /* xorshift64*: enough for test data, the same on every machine. */
    prop_rng ^= prop_rng >> 12;
    prop_rng ^= prop_rng << 25;
    prop_rng ^= prop_rng >> 27;
    return prop_rng * 0x2545F4914F6CDD1DULL;
}

static unsigned prop_below(unsigned n)
{
    return (unsigned)(prop_next() % n);
}

/* A random id in the allowed set, in `out` (SAVE_MAX_ID + 1 bytes). */
static void prop_id(char *out)
{
    static const char *const wide[] = {"\xC3\xA9",     "\xE2\x80\x94", "\xF0\x9F\x98\x80",
                                       "\xEF\xBF\xBD", "\xC2\xA0",     "\xE2\x80\xA6"};
    size_t want = 1 + prop_below(prop_below(4) == 0 ? SAVE_MAX_ID : 12), n = 0;
    while (n < want) {
        if (prop_below(4) == 0) {
            const char *w = wide[prop_below(sizeof wide / sizeof wide[0])];
            size_t k = strlen(w);
            if (n + k > want)
                break;
            memcpy(out + n, w, k);
            n += k;
        } else {
            out[n++] = (char)(0x20 + prop_below(0x7F - 0x20)); /* printable ASCII, space too */
        }
    }
    if (n == 0)
        out[n++] = 'x';
    out[n] = '\0';
}

/* Random free text for a field of `size` bytes: any byte but NUL, '\n' and
 * '\r' (title, label and dir are kept as they are, not checked as ids). */
static void prop_text(char *out, size_t size)
{
    size_t n = prop_below(3) == 0 ? 0 : prop_below((unsigned)size);
    for (size_t i = 0; i < n; i++) {
        char c;
        do
            c = (char)(1 + prop_below(255));
        while (c == '\n' || c == '\r');
        out[i] = c;
    }
    out[n] = '\0';
}

static void prop_place(SaveData *d)
{
    memset(d, 0, sizeof *d);
    prop_id(d->story_id);
    prop_text(d->story_dir, sizeof d->story_dir);
    prop_text(d->story_title, sizeof d->story_title);
    if (prop_below(4) != 0)
        prop_id(d->beat);
    prop_text(d->beat_label, sizeof d->beat_label);
    d->seed = prop_next();
    d->time = (int64_t)prop_next();
    d->sequence = prop_next();
    int steps = prop_below(10) == 0 ? SAVE_MAX_PATH : (int)prop_below(40);
    char id[SAVE_MAX_ID + 1];
    for (int i = 0; i < steps; i++) {
        prop_id(id);
        assert_true(save_data_push(d, id));
    }
    int roads = (int)prop_below(SAVE_MAX_ROADS + 1);
    for (int r = 0; r < roads; r++) {
        int n = 1 + (int)prop_below(prop_below(8) == 0 ? 200 : 20);
        char(*ids)[SAVE_MAX_ID + 1] = malloc((size_t)n * sizeof *ids);
        const char **ptrs = malloc((size_t)n * sizeof *ptrs);
        for (int i = 0; i < n; i++) {
            prop_id(ids[i]);
            ptrs[i] = ids[i];
        }
        assert_true(save_data_add_road(d, ptrs, n));
        free(ptrs);
        free(ids);
    }
}

static void prop_assert_equal(const SaveData *a, const SaveData *b)
{
    assert_string_equal(a->story_id, b->story_id);
    assert_string_equal(a->story_dir, b->story_dir);
    assert_string_equal(a->story_title, b->story_title);
    assert_string_equal(a->beat, b->beat);
    assert_string_equal(a->beat_label, b->beat_label);
    assert_true(a->seed == b->seed);
    assert_true(a->time == b->time);
    assert_true(a->sequence == b->sequence);
    assert_int_equal(a->n_path, b->n_path);
    for (int i = 0; i < a->n_path; i++)
        assert_string_equal(a->path[i], b->path[i]);
    assert_int_equal(a->n_roads, b->n_roads);
    for (int i = 0; i < a->n_roads; i++)
        assert_string_equal(a->roads[i], b->roads[i]);
}

static void whatever_is_encoded_decodes_equal(void **state)
{
    (void)state;
    for (int round = 0; round < 3000; round++) {
        SaveData d, e;
        prop_place(&d);
        size_t len = 0;
        unsigned char *buf = save_encode(&d, &len);
        assert_non_null(buf); /* every place in the allowed set is written */
        assert_int_equal(save_decode(buf, len, &e), SAVE_OK);
        prop_assert_equal(&d, &e);
        free(buf);
        save_data_clear(&e);
        save_data_clear(&d);
    }
}

/* Ids outside the set: too long, a control character anywhere, bytes that
 * are not UTF-8, empty. */
static void prop_bad_id(char *out, size_t size)
{
    static const char *const bad[] = {
        "\n",           "\r",           "\t",       "\x1b",         "\x1b]52;c;aGk=\x07",
        "\x7f",         "\x01",         "\xC2\x80", "\xC2\x9B",     "\xC2\x9F", /* C1 controls */
        "\xE2\x80\xA8", "\xE2\x80\xA9", /* line and paragraph separators */
        "\x80",         "\xC3",         "\xC0\xAF", "\xED\xA0\x80", "\xF5\x80\x80\x80",
        "\xFF", /* not UTF-8 */
    };
    unsigned kind = prop_below(3);
    if (kind == 0) { /* too long */
        size_t n = SAVE_MAX_ID + 1 + prop_below((unsigned)(size - SAVE_MAX_ID - 2));
        for (size_t i = 0; i < n; i++)
            out[i] = (char)('a' + prop_below(26));
        out[n] = '\0';
    } else if (kind == 1) { /* a bad character somewhere in a short id */
        const char *b = bad[prop_below(sizeof bad / sizeof bad[0])];
        size_t before = prop_below(20), after = prop_below(20), k = strlen(b), n = 0;
        for (size_t i = 0; i < before; i++)
            out[n++] = 'a';
        memcpy(out + n, b, k);
        n += k;
        for (size_t i = 0; i < after; i++)
            out[n++] = 'z';
        out[n] = '\0';
    } else {
        out[0] = '\0';
    }
}

static void ids_outside_the_set_are_refused(void **state)
{
    (void)state;
    char bad[2048];
    for (int round = 0; round < 2000; round++) {
        SaveData d;
        prop_place(&d);
        prop_bad_id(bad, sizeof bad);
        assert_false(save_id_ok(bad));
        size_t len = 0;
        unsigned where = prop_below(4);
        if (where == 0 && strlen(bad) < sizeof d.story_id) {
            strcpy(d.story_id, bad);
        } else if (where == 1 && bad[0] && strlen(bad) < sizeof d.beat) {
            strcpy(d.beat, bad);
        } else if (where == 2 && d.n_path > 0) {
            unsigned k = prop_below((unsigned)d.n_path);
            free(d.path[k]);
            d.path[k] = strdup(bad);
        } else {
            /* Any road holding such an id is refused before it is kept... */
            const char *ids[] = {"start.1", bad};
            assert_false(save_data_add_road(&d, ids, 2));
            /* ...and one slipped past it is refused by the encoder. (A road
             * keeps its ids apart with '\n', so there it is no bad id.) */
            if (strchr(bad, '\n'))
                strcpy(bad, "\x1b[2J");
            if (d.n_roads < SAVE_MAX_ROADS) {
                char *road = malloc(strlen(bad) + 16);
                sprintf(road, "start.1\n%s", bad);
                d.roads[d.n_roads++] = road;
            } else {
                free(d.roads[0]);
                d.roads[0] = strdup(bad[0] ? bad : "a\n\nb");
            }
        }
        assert_null(save_encode(&d, &len));
        save_data_clear(&d);
    }
    /* The limits themselves: SAVE_MAX_ID bytes is an id, one more is not,
     * a multi-byte character cut short is not. */
    char id[SAVE_MAX_ID + 2];
    memset(id, 'a', SAVE_MAX_ID);
    id[SAVE_MAX_ID] = '\0';
    assert_true(save_id_ok(id));
    id[SAVE_MAX_ID] = 'a';
    id[SAVE_MAX_ID + 1] = '\0';
    assert_false(save_id_ok(id));
    assert_false(save_id_ok(NULL));
    assert_true(save_id_ok("caf\xC3\xA9 \xE2\x80\x94 \xEF\xBF\xBD"));
    assert_false(save_id_ok("caf\xC3"));
    /* Other fields: a newline, or an array with no end, is refused. */
    SaveData d;
    sample(&d);
    size_t len;
    strcpy(d.story_title, "two\nlines");
    assert_null(save_encode(&d, &len));
    memset(d.story_title, 'x', sizeof d.story_title);
    assert_null(save_encode(&d, &len));
    d.story_title[0] = '\0';
    unsigned char *buf = save_encode(&d, &len);
    assert_non_null(buf);
    free(buf);
    save_data_clear(&d);
}

/* ---- end of the id property block ---- */

/* The CRC-32 is zlib's now and was SDL_crc32 before: the same function, so
 * every save and progress file written before still reads. Known values,
 * and a save written by the game when it still used SDL_crc32 (e822af0). */
static const unsigned char SAVE_BY_SDL_CRC[] = {
    0x41, 0x54, 0x53, 0x56, 0x02, 0x00, 0x00, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0xfc, 0x00, 0x00, 0x00, 0x33, 0x18, 0xaf, 0x44, 0x73, 0x74, 0x6f, 0x72, 0x79, 0x20, 0x66, 0x69,
    0x72, 0x73, 0x74, 0x2d, 0x64, 0x61, 0x79, 0x0a, 0x64, 0x69, 0x72, 0x20, 0x2f, 0x75, 0x73, 0x72,
    0x2f, 0x73, 0x68, 0x61, 0x72, 0x65, 0x2f, 0x61, 0x74, 0x74, 0x75, 0x6e, 0x65, 0x2f, 0x73, 0x63,
    0x72, 0x69, 0x70, 0x74, 0x73, 0x2f, 0x73, 0x74, 0x6f, 0x72, 0x69, 0x65, 0x73, 0x2f, 0x66, 0x69,
    0x72, 0x73, 0x74, 0x2d, 0x64, 0x61, 0x79, 0x0a, 0x73, 0x65, 0x65, 0x64, 0x20, 0x31, 0x33, 0x31,
    0x31, 0x37, 0x36, 0x38, 0x34, 0x36, 0x37, 0x32, 0x39, 0x34, 0x38, 0x39, 0x39, 0x36, 0x39, 0x35,
    0x0a, 0x74, 0x69, 0x6d, 0x65, 0x20, 0x31, 0x37, 0x39, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30,
    0x0a, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x20, 0x54, 0x68, 0x65, 0x20, 0x66, 0x69, 0x72, 0x73, 0x74,
    0x20, 0x64, 0x61, 0x79, 0x0a, 0x62, 0x65, 0x61, 0x74, 0x20, 0x6b, 0x69, 0x74, 0x63, 0x68, 0x65,
    0x6e, 0x0a, 0x6c, 0x61, 0x62, 0x65, 0x6c, 0x20, 0x49, 0x20, 0x63, 0x61, 0x6e, 0x27, 0x74, 0x20,
    0x64, 0x6f, 0x20, 0x69, 0x74, 0x2e, 0x20, 0x49, 0x74, 0x27, 0x73, 0x20, 0x73, 0x74, 0x75, 0x70,
    0x69, 0x64, 0x2e, 0x20, 0xe2, 0x80, 0x94, 0x20, 0x63, 0x61, 0x66, 0xc3, 0xa9, 0x0a, 0x73, 0x74,
    0x65, 0x70, 0x20, 0x6b, 0x69, 0x74, 0x63, 0x68, 0x65, 0x6e, 0x2e, 0x31, 0x0a, 0x73, 0x74, 0x65,
    0x70, 0x20, 0x73, 0x6e, 0x61, 0x70, 0x2e, 0x32, 0x0a, 0x73, 0x74, 0x65, 0x70, 0x20, 0x63, 0x61,
    0x66, 0xc3, 0xa9, 0x0a, 0x72, 0x6f, 0x61, 0x64, 0x20, 0x32, 0x0a, 0x76, 0x69, 0x61, 0x20, 0x6b,
    0x69, 0x74, 0x63, 0x68, 0x65, 0x6e, 0x2e, 0x33, 0x0a, 0x76, 0x69, 0x61, 0x20, 0x73, 0x74, 0x65,
    0x61, 0x64, 0x79, 0x0a};

static void saves_written_with_sdl_crc_still_read(void **state)
{
    (void)state;
    assert_int_equal(save_crc32("", 0), 0);
    assert_int_equal(save_crc32("123456789", 9), 0xCBF43926u);
    const char *fox = "The quick brown fox jumps over the lazy dog";
    assert_int_equal(save_crc32(fox, strlen(fox)), 0x414FA339u);
    SaveData d;
    memset(&d, 0, sizeof d);
    assert_int_equal(save_decode(SAVE_BY_SDL_CRC, sizeof SAVE_BY_SDL_CRC, &d), SAVE_OK);
    assert_string_equal(d.story_id, "first-day");
    assert_string_equal(d.beat, "kitchen");
    assert_int_equal(d.sequence, 42);
    assert_int_equal(d.n_path, 3);
    assert_string_equal(d.path[2], "caf\xC3\xA9");
    assert_int_equal(d.n_roads, 1);
    /* Written again, it is the same bytes, checksum included. */
    size_t len = 0;
    unsigned char *again = save_encode(&d, &len);
    assert_non_null(again);
    assert_int_equal(len, sizeof SAVE_BY_SDL_CRC);
    assert_memory_equal(again, SAVE_BY_SDL_CRC, len);
    free(again);
    save_data_clear(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(round_trip),
        cmocka_unit_test(saves_written_with_sdl_crc_still_read),
        cmocka_unit_test(damaged_saves_are_refused),
        cmocka_unit_test(v2_round_trip_with_roads_and_label),
        cmocka_unit_test(version_1_still_reads),
        cmocka_unit_test(hostile_payloads_are_refused),
        cmocka_unit_test(roads_fill_up_and_drop),
        cmocka_unit_test(labels_are_short_and_plain),
        cmocka_unit_test(slots_write_read_overwrite),
        cmocka_unit_test(damaged_slots_are_set_aside),
        cmocka_unit_test(newest_good_generation_wins),
        cmocka_unit_test(another_version_is_left_alone),
        cmocka_unit_test(unwritable_folder_fails_cleanly),
        cmocka_unit_test(a_damaged_sequence_counts_for_nothing),
        cmocka_unit_test(a_newer_version_is_never_overwritten),
        cmocka_unit_test(a_folder_or_fifo_named_like_a_save_is_stepped_around),
        cmocka_unit_test(a_long_play_is_kept_whole),
        cmocka_unit_test(a_changed_play_is_kept_aside),
        cmocka_unit_test(a_slot_not_ours_is_left_alone),
        cmocka_unit_test(sigkill_never_leaves_a_broken_save),
        cmocka_unit_test(whatever_is_encoded_decodes_equal),
        cmocka_unit_test(ids_outside_the_set_are_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
