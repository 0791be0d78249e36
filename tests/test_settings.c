/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Tests of settings and of the voice: defaults, the file round trip, every
 * kind of bad file (each bad key falls back alone), unwritable folders, the
 * settings screen's entries, and the speech child started, stopped and
 * reaped through a stand-in program. */
#include "attune/settings.h"
#include "attune/voice.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void temp_dir(char *buf, size_t n)
{
    snprintf(buf, n, "/tmp/attune-settings-XXXXXX");
    assert_non_null(mkdtemp(buf));
    size_t len = strlen(buf);
    assert_true(len + 1 < n);
    buf[len] = '/'; /* as paths_save_dir() gives it */
    buf[len + 1] = '\0';
}

static void file_in(char *out, size_t n, const char *dir, const char *name)
{
    snprintf(out, n, "%s%s", dir, name);
}

static void write_bytes(const char *dir, const void *data, size_t len)
{
    char path[256];
    file_in(path, sizeof path, dir, "settings.txt");
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
}

static void write_text(const char *dir, const char *text)
{
    write_bytes(dir, text, strlen(text));
}

/* The whole settings file, NUL-terminated (caller frees). */
static char *read_back(const char *dir)
{
    char path[256];
    file_in(path, sizeof path, dir, "settings.txt");
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char *buf = calloc(1, 65536);
    assert_non_null(buf);
    size_t n = fread(buf, 1, 65535, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static void remove_dir(const char *dir)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
}

static void assert_same(const Settings *a, const Settings *b)
{
    assert_int_equal(a->text_speed, b->text_speed);
    assert_int_equal(a->auto_advance, b->auto_advance);
    assert_int_equal(a->skip_seen, b->skip_seen);
    assert_int_equal(a->music_volume, b->music_volume);
    assert_int_equal(a->effects_volume, b->effects_volume);
    assert_int_equal(a->fullscreen, b->fullscreen);
    assert_int_equal(a->text_size, b->text_size);
    assert_int_equal(a->dyslexic_font, b->dyslexic_font);
    assert_int_equal(a->high_contrast, b->high_contrast);
    assert_int_equal(a->reduce_motion, b->reduce_motion);
    assert_int_equal(a->feedback, b->feedback);
    assert_int_equal(a->meters, b->meters);
    assert_int_equal(a->self_voicing, b->self_voicing);
    assert_int_equal(a->language, b->language);
    assert_int_equal(a->window_x, b->window_x);
    assert_int_equal(a->window_y, b->window_y);
    assert_int_equal(a->window_w, b->window_w);
    assert_int_equal(a->window_h, b->window_h);
    assert_int_equal(a->window_maximized, b->window_maximized);
}

static void defaults(void **state)
{
    (void)state;
    Settings s;
    memset(&s, 0x5a, sizeof s);
    settings_defaults(&s);
    assert_int_equal(s.text_speed, 1);
    assert_false(s.auto_advance);
    assert_false(s.skip_seen);
    assert_int_equal(s.music_volume, 70);
    assert_int_equal(s.effects_volume, 80);
    assert_false(s.fullscreen);
    assert_int_equal(s.text_size, 0);
    assert_false(s.dyslexic_font);
    assert_false(s.high_contrast);
    assert_false(s.reduce_motion);
    assert_true(s.feedback);
    assert_true(s.meters);
    assert_false(s.self_voicing);
    assert_int_equal(s.window_x, INT_MIN);
    assert_int_equal(s.window_y, INT_MIN);
    assert_int_equal(s.window_w, 0);
    assert_int_equal(s.window_h, 0);
    assert_false(s.window_maximized);
    assert_int_equal(settings_reveal_cps(&s), 55);
    assert_true(settings_text_scale(&s) == 1.0f);
}

static void missing_file_gives_defaults(void **state)
{
    (void)state;
    char dir[128];
    temp_dir(dir, sizeof dir);
    Settings s, d;
    settings_defaults(&d);
    s.text_speed = 4;
    assert_true(settings_load(&s, dir));
    assert_same(&s, &d);
    assert_false(settings_load(&s, NULL));
    assert_same(&s, &d);
    remove_dir(dir);
}

static void round_trip(void **state)
{
    (void)state;
    char dir[128];
    temp_dir(dir, sizeof dir);
    /* Every field away from its default. */
    Settings s = {
        .text_speed = 4,
        .auto_advance = true,
        .skip_seen = true,
        .music_volume = 0,
        .effects_volume = 100,
        .fullscreen = true,
        .text_size = 3,
        .dyslexic_font = true,
        .high_contrast = true,
        .reduce_motion = true,
        .feedback = false,
        .meters = false,
        .self_voicing = true,
        .language = 2,
        .window_x = -1920,
        .window_y = 40,
        .window_w = 1280,
        .window_h = 720,
        .window_maximized = true,
    };
    Settings t;
    assert_true(settings_save(&s, dir));
    assert_true(settings_load(&t, dir));
    assert_same(&s, &t);

    /* Human-readable, with a comment header. */
    char *text = read_back(dir);
    assert_true(text[0] == '#');
    assert_non_null(strstr(text, "\ntext_speed = instant\n"));
    assert_non_null(strstr(text, "\nmusic_volume = 0\n"));
    assert_non_null(strstr(text, "\nfullscreen = on\n"));
    assert_non_null(strstr(text, "\ntext_size = 150%\n"));
    assert_non_null(strstr(text, "\nwindow_x = -1920\n"));
    free(text);

    /* The defaults too, with the window unknown; and a folder given
     * without its trailing slash. */
    settings_defaults(&s);
    dir[strlen(dir) - 1] = '\0';
    assert_true(settings_save(&s, dir));
    memset(&t, 0, sizeof t);
    assert_true(settings_load(&t, dir));
    assert_same(&s, &t);
    strcat(dir, "/");
    text = read_back(dir);
    assert_null(strstr(text, "window_x"));
    free(text);

    /* Every text speed and text size comes back as it went. */
    for (int k = 0; k < SETTINGS_SPEED_COUNT; k++) {
        s.text_speed = k;
        s.text_size = SETTINGS_TEXT_SIZE_COUNT - 1 - k;
        assert_true(settings_save(&s, dir));
        assert_true(settings_load(&t, dir));
        assert_same(&s, &t);
    }
    remove_dir(dir);
}

static void bad_values_fall_back_alone(void **state)
{
    (void)state;
    char dir[128];
    temp_dir(dir, sizeof dir);
    write_text(dir, "# a comment\n"
                    "\n"
                    "text_speed = zoom\n"               /* not a speed: normal */
                    "auto_advance = on\n"               /* good */
                    "skip_seen = yes\n"                 /* good */
                    "music_volume = 300\n"              /* out of range: 70 */
                    "effects_volume = 40%\n"            /* good, with a percent sign */
                    "fullscreen = maybe\n"              /* garbage: off */
                    "text_size = 130%\n"                /* good */
                    "dyslexic_font = on\xff\xfe\n"      /* invalid UTF-8: off */
                    "high_contrast =\n"                 /* empty: off */
                    "reduce_motion = TRUE\n"            /* good, any case */
                    "feedback = off\n"                  /* good, then ... */
                    "feedback = sometimes\n"            /* ... bad: back to on */
                    "meters = 0\n"                      /* good */
                    "self_voicing = 1 2\n"              /* garbage: off */
                    "window_w = abc\n"                  /* not a number: unknown */
                    "window_h = 99999999999999999999\n" /* overflows: unknown */
                    "window_x = -50\n"                  /* good */
                    "window_y = 12x\n"                  /* trailing junk: unknown */
                    "colour_scheme = purple\n"          /* unknown: skipped */
                    "this line has no equals sign\n"
                    "= 5\n");
    Settings s;
    assert_true(settings_load(&s, dir));
    assert_int_equal(s.text_speed, 1);
    assert_true(s.auto_advance);
    assert_true(s.skip_seen);
    assert_int_equal(s.music_volume, 70);
    assert_int_equal(s.effects_volume, 40);
    assert_false(s.fullscreen);
    assert_int_equal(s.text_size, 2);
    assert_false(s.dyslexic_font);
    assert_false(s.high_contrast);
    assert_true(s.reduce_motion);
    assert_true(s.feedback);
    assert_false(s.meters);
    assert_false(s.self_voicing);
    assert_int_equal(s.window_w, 0);
    assert_int_equal(s.window_h, 0);
    assert_int_equal(s.window_x, -50);
    assert_int_equal(s.window_y, INT_MIN);

    /* Out of range either way, and a volume off its steps of ten. */
    write_text(dir, "music_volume = -10\neffects_volume = 101\ntext_speed = 4\n"
                    "text_size = 5\nwindow_w = -1\n");
    assert_true(settings_load(&s, dir));
    assert_int_equal(s.music_volume, 70);
    assert_int_equal(s.effects_volume, 80);
    assert_int_equal(s.text_speed, 1); /* the file speaks in words */
    assert_int_equal(s.text_size, 0);
    assert_int_equal(s.window_w, 0);
    write_text(dir, "music_volume = 75\neffects_volume = 4\ntext_speed = Very fast\n");
    assert_true(settings_load(&s, dir));
    assert_int_equal(s.music_volume, 80);
    assert_int_equal(s.effects_volume, 0);
    assert_int_equal(s.text_speed, 3);
    remove_dir(dir);
}

static void crlf_file(void **state)
{
    (void)state;
    char dir[128];
    temp_dir(dir, sizeof dir);
    write_text(dir, "# written on Windows\r\ntext_speed = fast\r\nfullscreen = on\r\n"
                    "music_volume = 30\r\n\r\nmeters = off");
    Settings s;
    assert_true(settings_load(&s, dir));
    assert_int_equal(s.text_speed, 2);
    assert_true(s.fullscreen);
    assert_int_equal(s.music_volume, 30);
    assert_false(s.meters); /* last line, with no newline at all */
    remove_dir(dir);
}

static void truncated_and_binary_files(void **state)
{
    (void)state;
    char dir[128];
    temp_dir(dir, sizeof dir);
    Settings s, d;
    settings_defaults(&d);

    /* Cut short in a key, in a value, after the '='. */
    write_text(dir, "text_speed = fast\nmusic_vol");
    assert_true(settings_load(&s, dir));
    assert_int_equal(s.text_speed, 2);
    assert_int_equal(s.music_volume, 70);
    write_text(dir, "music_volume = 4");
    assert_true(settings_load(&s, dir));
    assert_int_equal(s.music_volume, 0); /* 4 is a volume; it rounds to 0 */
    write_text(dir, "fullscreen = o");
    assert_true(settings_load(&s, dir));
    assert_false(s.fullscreen);
    write_text(dir, "effects_volume =");
    assert_true(settings_load(&s, dir));
    assert_int_equal(s.effects_volume, 80);
    write_text(dir, "");
    assert_true(settings_load(&s, dir));
    assert_same(&s, &d);

    /* Binary junk, with NULs, around one good line. */
    unsigned char junk[4096];
    uint32_t x = 12345;
    for (size_t i = 0; i < sizeof junk; i++) {
        x = x * 1103515245u + 12345u;
        junk[i] = (unsigned char)(x >> 16);
    }
    static const char good[] = "\nreduce_motion = on\n";
    memcpy(junk + 2000, good, sizeof good - 1);
    /* NULs inside a key and inside a value name nothing. */
    static const char nul_value[] = "\nmeters = of\0f\nfeedback\0 = off\n";
    memcpy(junk + 3000, nul_value, sizeof nul_value - 1);
    write_bytes(dir, junk, sizeof junk);
    assert_true(settings_load(&s, dir));
    assert_true(s.reduce_motion);
    assert_true(s.meters);
    assert_true(s.feedback);
    assert_true(s.music_volume >= 0 && s.music_volume <= 100);
    assert_true(s.text_speed >= 0 && s.text_speed < SETTINGS_SPEED_COUNT);
    remove_dir(dir);
}

static void enormous_file(void **state)
{
    (void)state;
    char dir[128];
    temp_dir(dir, sizeof dir);
    size_t big = 10u * 1024 * 1024;
    char *buf = malloc(big);
    assert_non_null(buf);

    /* 10 MB of one line: nothing readable, the defaults. */
    memset(buf, 'x', big);
    write_bytes(dir, buf, big);
    Settings s, d;
    settings_defaults(&d);
    assert_true(settings_load(&s, dir));
    assert_same(&s, &d);

    /* A good line first, then 10 MB of junk lines: the start is read. */
    static const char head[] = "text_speed = instant\n";
    memcpy(buf, head, sizeof head - 1);
    for (size_t i = sizeof head - 1; i < big; i += 100)
        buf[i] = '\n';
    write_bytes(dir, buf, big);
    assert_true(settings_load(&s, dir));
    assert_int_equal(s.text_speed, 4);
    assert_int_equal(settings_reveal_cps(&s), 0);
    free(buf);
    remove_dir(dir);
}

static void unwritable_folder_keeps_old_file(void **state)
{
    (void)state;
    char dir[128];
    temp_dir(dir, sizeof dir);
    Settings s;
    settings_defaults(&s);
    s.music_volume = 20;
    assert_true(settings_save(&s, dir));
    char *before = read_back(dir);

    /* A folder that does not exist fails for everyone, root included. */
    char gone[192];
    snprintf(gone, sizeof gone, "%sno/such/folder/", dir);
    assert_false(settings_save(&s, gone));
    assert_false(settings_save(&s, NULL));

    s.music_volume = 90;
    assert_int_equal(chmod(dir, 0500), 0);
    bool saved = settings_save(&s, dir);
    if (geteuid() != 0) /* root writes anyway */
        assert_false(saved);
    assert_int_equal(chmod(dir, 0700), 0);
    if (!saved) {
        char *after = read_back(dir);
        assert_string_equal(before, after);
        free(after);
        Settings t;
        assert_true(settings_load(&t, dir));
        assert_int_equal(t.music_volume, 20);
    }
    /* No temp file is left behind either way. */
    char cmd[256];
    snprintf(cmd, sizeof cmd, "test $(ls -A '%s' | wc -l) -eq 1", dir);
    assert_int_equal(system(cmd), 0);
    free(before);
    remove_dir(dir);
}

static void unreadable_file(void **state)
{
    (void)state;
    char dir[128], path[192];
    temp_dir(dir, sizeof dir);
    /* A folder where the file should be: cannot be read, defaults. */
    file_in(path, sizeof path, dir, "settings.txt");
    assert_int_equal(mkdir(path, 0700), 0);
    Settings s, d;
    settings_defaults(&d);
    s.text_speed = 3;
    assert_false(settings_load(&s, dir));
    assert_same(&s, &d);
    remove_dir(dir);
}

static int entry_named(const char *label)
{
    for (int i = 0; i < settings_entry_count(); i++)
        if (strcmp(settings_entry_label(i), label) == 0)
            return i;
    fail_msg("no entry '%s'", label);
    return -1;
}

static void value_of(const Settings *s, const char *label, char *out, size_t n)
{
    settings_entry_value(s, entry_named(label), out, n);
}

static void entries_are_complete(void **state)
{
    (void)state;
    static const char *const order[] = {"Text speed",
                                        "Auto-advance",
                                        "Skip seen text",
                                        "Music volume",
                                        "Effects volume",
                                        "Fullscreen",
                                        "Text size",
                                        "Dyslexia-friendly font",
                                        "High contrast",
                                        "Reduce motion",
                                        "Feedback after each choice",
                                        "Meters",
                                        "Read text aloud",
                                        "Language"};
    int n = (int)(sizeof order / sizeof order[0]);
    assert_int_equal(settings_entry_count(), n);
    Settings s;
    settings_defaults(&s);
    for (int i = 0; i < n; i++) {
        char v[64];
        assert_string_equal(settings_entry_label(i), order[i]);
        assert_true(strlen(settings_entry_help(i)) > 10);
        settings_entry_value(&s, i, v, sizeof v);
        assert_true(v[0] != '\0');
    }
    assert_non_null(strstr(settings_entry_help(entry_named("Read text aloud")), "espeak-ng"));
    /* Out of range: empty, unchanged. */
    char v[16] = "x";
    assert_string_equal(settings_entry_label(-1), "");
    assert_string_equal(settings_entry_help(n), "");
    settings_entry_value(&s, n, v, sizeof v);
    assert_string_equal(v, "");
    assert_false(settings_entry_step(&s, n, 1));

    value_of(&s, "Text speed", v, sizeof v);
    assert_string_equal(v, "Normal");
    /* Each language by its own name; the system's (no catalogue here: the
     * interface is English) says so. */
    char lang[64];
    value_of(&s, "Language", lang, sizeof lang);
    assert_string_equal(lang, "System (English)");
    assert_null(settings_language(&s));
    s.language = 2;
    value_of(&s, "Language", lang, sizeof lang);
    assert_string_equal(lang, "Deutsch");
    assert_string_equal(settings_language(&s), "de");
    s.language = 3;
    value_of(&s, "Language", lang, sizeof lang);
    assert_string_equal(lang, "Espa\u00f1ol");
    s.language = 0;
    value_of(&s, "Music volume", v, sizeof v);
    assert_string_equal(v, "70%");
    value_of(&s, "Feedback after each choice", v, sizeof v);
    assert_string_equal(v, "On");
    value_of(&s, "Fullscreen", v, sizeof v);
    assert_string_equal(v, "Off");
    s.text_size = 2;
    value_of(&s, "Text size", v, sizeof v);
    assert_string_equal(v, "130%");
    /* A tiny buffer is cut, still terminated. */
    char tiny[3];
    value_of(&s, "Text size", tiny, sizeof tiny);
    assert_string_equal(tiny, "13");
}

static void stepping(void **state)
{
    (void)state;
    Settings s;
    settings_defaults(&s);
    int speed = entry_named("Text speed"), music = entry_named("Music volume");
    int size = entry_named("Text size"), full = entry_named("Fullscreen");

    /* Lists stop at their ends. */
    assert_true(settings_entry_step(&s, speed, -1));
    assert_int_equal(s.text_speed, 0);
    assert_false(settings_entry_step(&s, speed, -1));
    assert_int_equal(s.text_speed, 0);
    for (int k = 0; k < 10; k++)
        settings_entry_step(&s, speed, 1);
    assert_int_equal(s.text_speed, 4);
    assert_false(settings_entry_step(&s, speed, 1));
    assert_int_equal(settings_reveal_cps(&s), 0);

    /* Volumes move by ten and stop at 0 and 100. */
    assert_true(settings_entry_step(&s, music, 1));
    assert_int_equal(s.music_volume, 80);
    assert_true(settings_entry_step(&s, music, 5)); /* any right is one step */
    assert_int_equal(s.music_volume, 90);
    assert_true(settings_entry_step(&s, music, 1));
    assert_false(settings_entry_step(&s, music, 1));
    assert_int_equal(s.music_volume, 100);
    for (int k = 0; k < 12; k++)
        settings_entry_step(&s, music, -1);
    assert_int_equal(s.music_volume, 0);
    assert_false(settings_entry_step(&s, music, -1));
    /* A value set out of range by hand is brought back, never overflows. */
    s.music_volume = INT_MAX;
    assert_true(settings_entry_step(&s, music, 1));
    assert_int_equal(s.music_volume, 100);

    /* Text size, and the scale it gives. */
    assert_false(settings_entry_step(&s, size, -1));
    for (int k = 0; k < 4; k++)
        assert_true(settings_entry_step(&s, size, 1));
    assert_false(settings_entry_step(&s, size, 1));
    assert_true(settings_text_scale(&s) == 1.75f);

    /* Toggles flip either way; no direction changes nothing. */
    assert_true(settings_entry_step(&s, full, 1));
    assert_true(s.fullscreen);
    assert_true(settings_entry_step(&s, full, -1));
    assert_false(s.fullscreen);
    assert_true(settings_entry_step(&s, full, -1));
    assert_true(s.fullscreen);
    assert_false(settings_entry_step(&s, full, 0));
    assert_true(s.fullscreen);

    /* Every shown entry can be stepped without leaving its range. */
    for (int i = 0; i < settings_entry_count(); i++)
        for (int k = 0; k < 20; k++)
            settings_entry_step(&s, i, k < 10 ? 1 : -1);
    Settings c = s;
    settings_clamp(&c);
    assert_same(&s, &c);
}

static void clamp(void **state)
{
    (void)state;
    Settings s;
    settings_defaults(&s);
    s.text_speed = -3;
    s.text_size = 99;
    s.music_volume = 1000;
    s.effects_volume = 44;
    s.window_w = -5;
    s.window_h = 1 << 30;
    s.window_y = INT_MAX;
    settings_clamp(&s);
    assert_int_equal(s.text_speed, 0);
    assert_int_equal(s.text_size, SETTINGS_TEXT_SIZE_COUNT - 1);
    assert_int_equal(s.music_volume, 100);
    assert_int_equal(s.effects_volume, 40);
    assert_int_equal(s.window_w, 0);
    assert_int_equal(s.window_h, SETTINGS_WINDOW_MAX);
    assert_int_equal(s.window_x, INT_MIN); /* unknown stays unknown */
    assert_true(s.window_y > 0 && s.window_y < INT_MAX);
}

/* ---- voice ---------------------------------------------------------------- */

static void strip_markup(void **state)
{
    (void)state;
    char out[256];
    voice_strip_markup("**Stop.** I *said* stop.", out, sizeof out);
    assert_string_equal(out, "Stop. I said stop.");
    voice_strip_markup("That is [[attunement]], and [[a repair|repair]] too.", out, sizeof out);
    assert_string_equal(out, "That is attunement, and a repair too.");
    voice_strip_markup("[[*soft* words|term]] 2 \\* 3 [[not closed", out, sizeof out);
    assert_string_equal(out, "soft words 2 * 3 [[not closed");
    voice_strip_markup("one\ntwo\tthree", out, sizeof out);
    assert_string_equal(out, "one two three");
    voice_strip_markup(NULL, out, sizeof out);
    assert_string_equal(out, "");
    /* Cut short on a character boundary: "é" is two bytes. */
    size_t n = voice_strip_markup("ab\xc3\xa9", out, 4);
    assert_int_equal(n, 2);
    assert_string_equal(out, "ab");
    n = voice_strip_markup("ab\xc3\xa9", out, 5);
    assert_string_equal(out, "ab\xc3\xa9");
    n = voice_strip_markup("ab\xc3\xa9xyz", out, 5); /* a whole "é" is kept */
    assert_int_equal(n, 4);
    assert_string_equal(out, "ab\xc3\xa9");
}

static bool wait_for_file(const char *path, int ms)
{
    for (int t = 0; t < ms; t += 10) {
        if (access(path, F_OK) == 0)
            return true;
        struct timespec ts = {0, 10 * 1000000L};
        nanosleep(&ts, NULL);
    }
    return false;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void make_script(const char *path, const char *body)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fprintf(f, "#!/bin/sh\n%s\n", body);
    fclose(f);
    assert_int_equal(chmod(path, 0755), 0);
}

/* No child of ours is left, running or zombie. */
static void assert_no_children(void)
{
    errno = 0;
    assert_int_equal(waitpid(-1, NULL, WNOHANG), -1);
    assert_int_equal(errno, ECHILD);
}

static void voice_speaks_plain_words(void **state)
{
    (void)state;
    char dir[128], script[192], out[192];
    temp_dir(dir, sizeof dir);
    file_in(script, sizeof script, dir, "say");
    file_in(out, sizeof out, dir, "said");
    char body[512];
    snprintf(body, sizeof body,
             "for a in \"$@\"; do printf '%%s\\n' \"$a\"; done > '%s.tmp'; mv '%s.tmp' '%s'", out,
             out, out);
    make_script(script, body);

    voice_quit();
    assert_int_equal(setenv("ATTUNE_VOICE_CMD", script, 1), 0);
    assert_true(voice_available());
    voice_say("-x **Hold on.** I *hear* you; that is [[co-regulation|coregulation]].");
    assert_true(wait_for_file(out, 5000));
    FILE *f = fopen(out, "r");
    assert_non_null(f);
    char line[256];
    /* the voice of the interface's language (tests run with LANGUAGE=en) */
    assert_non_null(fgets(line, sizeof line, f));
    assert_string_equal(line, "-v\n");
    assert_non_null(fgets(line, sizeof line, f));
    assert_string_equal(line, "en\n");
    assert_non_null(fgets(line, sizeof line, f));
    assert_string_equal(line, "--\n");
    assert_non_null(fgets(line, sizeof line, f));
    assert_string_equal(line, "-x Hold on. I hear you; that is co-regulation.\n");
    assert_null(fgets(line, sizeof line, f)); /* one argument, no shell splitting */
    fclose(f);
    voice_quit();
    assert_no_children();
    unsetenv("ATTUNE_VOICE_CMD");
    remove_dir(dir);
}

static void voice_stops_and_reaps(void **state)
{
    (void)state;
    char dir[128], slow[192], stubborn[192];
    temp_dir(dir, sizeof dir);
    file_in(slow, sizeof slow, dir, "slow");
    file_in(stubborn, sizeof stubborn, dir, "stubborn");
    make_script(slow, "exec sleep 30");
    make_script(stubborn, "trap '' TERM; sleep 30; sleep 30");

    voice_quit();
    assert_int_equal(setenv("ATTUNE_VOICE_CMD", slow, 1), 0);
    double t0 = now_s();
    for (int i = 0; i < 40; i++) /* more than are ever kept waiting */
        voice_say("a line that is never finished");
    voice_say(""); /* only stops */
    voice_stop();
    voice_quit();
    assert_true(now_s() - t0 < 5.0);
    assert_no_children();

    /* A program that ignores SIGTERM is killed at quit, not waited for. */
    assert_int_equal(setenv("ATTUNE_VOICE_CMD", stubborn, 1), 0);
    t0 = now_s();
    voice_say("one");
    voice_say("two");
    voice_quit();
    assert_true(now_s() - t0 < 5.0);
    assert_no_children();
    unsetenv("ATTUNE_VOICE_CMD");
    remove_dir(dir);
}

static void voice_missing_is_silent(void **state)
{
    (void)state;
    voice_quit();
    assert_int_equal(setenv("ATTUNE_VOICE_CMD", "/no/such/espeak-ng", 1), 0);
    assert_false(voice_available());
    voice_say("nobody hears this");
    voice_stop();
    assert_no_children();
    voice_quit();
    assert_int_equal(setenv("ATTUNE_VOICE_CMD", "no-such-speech-program-here", 1), 0);
    assert_false(voice_available());
    voice_say("nor this");
    voice_quit();
    unsetenv("ATTUNE_VOICE_CMD");
}

/* ---- Hostile settings (issue 14, item 9) ---- */

/* A FIFO named settings.txt: nothing ever writes into it, so a plain open
 * blocked the game before its window. Loaded in a child given 1 s. */
static void a_fifo_is_not_read(void **state)
{
    (void)state;
    char dir[128], path[256];
    temp_dir(dir, sizeof dir);
    file_in(path, sizeof path, dir, "settings.txt");
    assert_int_equal(mkfifo(path, 0600), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        Settings s, d;
        settings_defaults(&d);
        bool ok = settings_load(&s, dir);
        _exit(!ok && s.text_speed == d.text_speed && s.music_volume == d.music_volume ? 0 : 1);
    }
    int status = -1;
    for (int i = 0; i < 100 && waitpid(pid, &status, WNOHANG) == 0; i++)
        usleep(10000);
    if (waitpid(pid, &status, WNOHANG) == 0) {
        kill(pid, SIGKILL);
        waitpid(pid, NULL, 0);
        fail_msg("settings_load blocked on a FIFO for over 1 s");
    }
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    /* A folder in its place: the defaults too. */
    unlink(path);
    assert_int_equal(mkdir(path, 0700), 0);
    Settings s;
    assert_false(settings_load(&s, dir));
    assert_int_equal(s.music_volume, 70);
    remove_dir(dir);
}

/* A remembered 16384x16384 window (3 GB, 27 s to open) and positions far off
 * the display are brought inside its usable area. */
static void a_huge_window_is_fitted_to_the_display(void **state)
{
    (void)state;
    char dir[128];
    temp_dir(dir, sizeof dir);
    write_text(dir, "window_w = 16384\nwindow_h = 16384\nwindow_x = 60000\nwindow_y = -60000\n");
    Settings s;
    assert_true(settings_load(&s, dir));
    assert_int_equal(s.window_w, 16384);        /* the file is read as it is... */
    settings_fit_window(&s, 0, 27, 1920, 1053); /* ...and fitted at start */
    assert_int_equal(s.window_w, 1920);
    assert_int_equal(s.window_h, 1053);
    assert_int_equal(s.window_x, 0);
    assert_int_equal(s.window_y, 27);
    /* A window that fits keeps its size and is moved just inside. */
    s.window_w = 800;
    s.window_h = 600;
    s.window_x = 1500;
    s.window_y = 900;
    settings_fit_window(&s, 0, 27, 1920, 1053);
    assert_int_equal(s.window_x, 1920 - 800);
    assert_int_equal(s.window_y, 27 + 1053 - 600);
    /* A second display left of the first. */
    settings_fit_window(&s, -1280, 0, 1280, 1024);
    assert_int_equal(s.window_x, -800);
    assert_int_equal(s.window_y, 1024 - 600);
    /* Unknown position stays unknown; an unknown display changes nothing. */
    settings_defaults(&s);
    s.window_w = 9000;
    settings_fit_window(&s, 0, 0, 0, 0);
    assert_int_equal(s.window_w, 9000);
    settings_fit_window(&s, 0, 0, 1024, 768);
    assert_int_equal(s.window_w, 1024);
    assert_int_equal(s.window_h, 0);
    assert_int_equal(s.window_x, INT_MIN);
    remove_dir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(defaults),
        cmocka_unit_test(missing_file_gives_defaults),
        cmocka_unit_test(round_trip),
        cmocka_unit_test(bad_values_fall_back_alone),
        cmocka_unit_test(crlf_file),
        cmocka_unit_test(truncated_and_binary_files),
        cmocka_unit_test(enormous_file),
        cmocka_unit_test(unwritable_folder_keeps_old_file),
        cmocka_unit_test(unreadable_file),
        cmocka_unit_test(entries_are_complete),
        cmocka_unit_test(stepping),
        cmocka_unit_test(clamp),
        cmocka_unit_test(strip_markup),
        cmocka_unit_test(voice_speaks_plain_words),
        cmocka_unit_test(voice_stops_and_reaps),
        cmocka_unit_test(voice_missing_is_silent),
        cmocka_unit_test(a_fifo_is_not_read),
        cmocka_unit_test(a_huge_window_is_fitted_to_the_display),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
