/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Settings: the learner's choices about pace, sound, reading and display,
 * kept in a human-readable "key = value" file in the save folder.
 * Layer: core. Invariant: a Settings value is always usable; a bad line
 * in the file costs only that one setting, which falls back to its default.
 * The settings screen is generic: it walks the entries below by index. */
#ifndef ATTUNE_SETTINGS_H
#define ATTUNE_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>

enum {
    SETTINGS_SPEED_COUNT = 5,     /* slow, normal, fast, very fast, instant */
    SETTINGS_TEXT_SIZE_COUNT = 5, /* 100%, 115%, 130%, 150%, 175% */
    SETTINGS_LANGUAGE_COUNT = 4,  /* system, en, de, es */
    SETTINGS_VOLUME_STEP = 10,
    SETTINGS_WINDOW_MAX = 16384, /* largest remembered width or height */
};

typedef struct Settings {
    int text_speed;     /* 0..4: slow, normal, fast, very fast, instant (typewriter off) */
    bool auto_advance;  /* after the feedback/line is read, go on by itself */
    bool skip_seen;     /* lines seen in an earlier play show at once */
    int music_volume;   /* 0..100, steps of 10 */
    int effects_volume; /* 0..100, steps of 10 */
    bool fullscreen;
    int text_size; /* 0..4: 100%, 115%, 130%, 150%, 175% */
    bool dyslexic_font;
    bool high_contrast;
    bool reduce_motion;
    bool feedback;     /* learning feedback after each choice */
    bool meters;       /* show the meters */
    bool self_voicing; /* read text aloud (espeak-ng) */
    int language;      /* 0..3: the system's, English, German, Spanish (settings_language) */
    /* remembered window geometry; w,h 0 = unknown; x,y INT_MIN = unknown */
    int window_x, window_y, window_w, window_h;
    bool window_maximized;
    bool guide_seen; /* the guide to the meters was shown once (not on the settings screen) */
} Settings;

/* Fill `s` with the defaults: normal speed, music 70%, effects 80%, windowed,
 * 100% text, feedback and meters on, everything else off, geometry unknown. */
void settings_defaults(Settings *s);

/* Bring every field into its range (volumes also onto their steps of 10). */
void settings_clamp(Settings *s);

/* Read `<dir>settings.txt` into `s` (`dir` with or without a trailing slash).
 * Starts from the defaults; each bad line is logged with the file and line
 * and leaves that setting at its default; unknown keys are skipped. Only the
 * first 64 KiB are read, and only from a regular file (never blocking on a
 * FIFO). A missing file gives the defaults and true. False only when the
 * file exists but cannot be read or is not a regular file (or `dir` is
 * NULL); `s` then holds the defaults. */
bool settings_load(Settings *s, const char *dir);

/* Fit the remembered window to a display's usable area (x, y, w, h, as
 * SDL_GetDisplayUsableBounds gives it): no wider or taller than it, and, when
 * a position is remembered, inside it. A remembered 16384x16384 window took
 * 3 GB and 27 s to open. w or h <= 0 (not known) changes nothing. */
void settings_fit_window(Settings *s, int x, int y, int w, int h);

/* Write `s` (clamped) to `<dir>settings.txt` atomically. False, logged, when
 * the folder is missing or not writable; the old file is then untouched. */
bool settings_save(const Settings *s, const char *dir);

/* The entries of the settings screen, in the order shown (the window
 * geometry is remembered, never shown). Out-of-range indexes give "" and
 * change nothing. The strings returned are static and already translated. */
int settings_entry_count(void);
const char *settings_entry_label(int i); /* "Text speed" */
const char *settings_entry_help(int i);  /* one plain sentence or two */
/* The value in words ("Normal", "On", "70%", "130%") into `out` of size `n`. */
void settings_entry_value(const Settings *s, int i, char *out, size_t n);
/* Move entry `i` one step: dir -1 (left) or +1 (right). Toggles flip either
 * way; numbers and lists stop at their ends. True when the value changed. */
bool settings_entry_step(Settings *s, int i, int dir);

/* The language setting as i18n_set_language() takes it: "en", "de", "es",
 * or NULL to follow the system. */
const char *settings_language(const Settings *s);

/* Typewriter speed in characters per second; 0 means show the line at once. */
int settings_reveal_cps(const Settings *s);
/* Text size as a factor of the normal size: 1.0 to 1.75. */
float settings_text_scale(const Settings *s);

#endif
