/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The game's state, shared by the files that make up app: app.c (the window,
 * the loop, what the others share), app_menus.c (the title, the library and
 * the menus over them), app_play.c (a story played, and time: typewriter,
 * fades, auto-advance) and app_script.c (scripted input for tests).
 * Private to those four; the API is include/attune/app.h. */
#ifndef ATTUNE_APP_INTERNAL_H
#define ATTUNE_APP_INTERNAL_H

#include "attune/app.h"
#include "attune/glossary.h"
#include "attune/input.h"
#include "attune/library.h"
#include "attune/progress.h"
#include "attune/roads.h"
#include "attune/save.h"
#include "attune/screens.h"
#include "attune/settings.h"
#include "attune/workshop.h"

#include <SDL.h>
#include <stdio.h>

enum {
    FRAME_MS = 16,
    PHONES_GRACE_MS = 5000, /* phones poll every 1-3 s: all of them read "ended" */
    FADE_MS = 320,          /* crossfade between scenes */
    METER_MS = 900,         /* the meters moving after a choice */
    BREATH_MS = 10000,      /* in for four seconds, out for six */
    STACK_MAX = 8,
    MAX_ENDINGS = 32,
};

typedef enum Mode {
    MODE_TITLE,
    MODE_STORIES,
    MODE_PLAY, /* beat, feedback or ending: ui.screen says which */
    MODE_PAUSE,
    MODE_SAVE,
    MODE_LOAD,
    MODE_SETTINGS,
    MODE_GLOSSARY,
    MODE_HISTORY,
    MODE_BREATHE,
    MODE_ERROR,
    MODE_WORKSHOP, /* workshop.c runs the screens and both windows */
    MODE_GUIDE,    /* how to read the meters: once at the first play, then from pause */
} Mode;

/* Each mode's name, as the log and the scripts' `expect` give it. */
extern const char *const APP_MODE_NAMES[];

/* A screen the player can come back to: its mode and what it showed. */
typedef struct Layer {
    Mode mode;
    UiModel ui;
} Layer;

/* The text the menus show lives here while they are open. */
typedef struct MenuText {
    char label[SCREENS_MAX_ITEMS][160];
    char detail[SCREENS_MAX_ITEMS][300];
    char more[SCREENS_MAX_ITEMS][900];
    char value[SCREENS_MAX_ITEMS][64];
    char heading[200], sub[300], help[600], footer[300], body_title[200];
} MenuText;

struct App {
    SDL_Window *window;
    SDL_Renderer *renderer;
    Screens screens;
    UiModel ui;
    Mode mode;
    Layer stack[STACK_MAX];
    int depth;
    Story *story;
    StoryError error;
    int w, h;
    float sx, sy;
    bool dirty, running;
    Uint64 reveal_start, fade_start, anim_start, breathe_start, auto_at;
    Library library;
    SaveData place; /* where the player is: story folder, seed, path (for reload and saves) */
    Settings settings;
    int language;          /* the settings' language in force (Settings.language) */
    bool language_set;     /* i18n_set_language was called for it */
    char forced_lang[16];  /* --lang for this run, until the player picks one in Settings */
    bool language_pending; /* the language changed over a menu: the story is read again after */
    Progress *progress;
    Roads roads;
    Glossary *glossary;
    MenuText mt;
    char *body; /* the reader's page */
    size_t body_len, body_cap;
    const char *endings[MAX_ENDINGS];
    int n_endings_total; /* -1 until counted (at the first ending) */
    bool progress_dirty; /* marks not yet written */
    char links[4][64];
    int n_links;
    char notice[600];
    bool notice_calm;        /* the notice is news (a file saved), not a warning */
    bool scanned;            /* the library is read when first needed */
    const char *cmdline_dir; /* a story folder named on the command line */
    bool bench, bench_first_done;
    double work_ms; /* the last app_frame's work, not its wait (app_frame_work_ms) */
    /* a workshop's phone server after its session ended: it tells the
     * phones so for a moment, then stops (app_frame) */
    struct PhoneServer *phones_closing;
    Uint64 phones_close_at;
    struct Preload *preload; /* the command line's story, loading beside SDL */
    bool late_started;       /* sound, after the first frame */
    bool autosave_late;      /* the new play's first autosave, after the first frame */
    bool pads_started;       /* gamepads, when first idle */
    char audio_dir[1200];
    char lib_dir[1200];
    char font_dir[1200];
    /* scripted input (tests): one command per line, run when idle */
    FILE *script;
    Uint64 script_wait;
    int exit_code;
    /* workshop mode */
    Workshop *ws;
    WorkshopHost wh;
    bool pick_workshop; /* the story library was opened to run a workshop */
    /* the writer's story lab (lab.c): --watch, or F6 */
    struct Lab *lab;
    int full_w;         /* the window's width; w is the stage's, left of the lab */
    bool watch_pending; /* a save came while a menu was open: reload when it closes */
};

/* ---- app.c: what the others share ---- */

Uint64 app_now_ms(void);
/* Stop a finished session's phone server now (App.phones_closing). */
void app_phones_closed(App *a);
uint64_t app_new_seed(void);
bool app_motion(const App *a);          /* false with reduce motion */
void app_say(App *a, const char *text); /* aloud, when self-voicing is on */
void app_say_focus(App *a);
void app_apply_settings(App *a);
/* The interface's language changed (the Language setting): everything that
 * keeps translated text is made again, and the story being played is read
 * again in the new language (its translations/<lang>.po), at the same place
 * -- at once, or when the menu over it closes. */
void app_language_changed(App *a);
void app_save_settings(App *a);
void app_set_mode(App *a, Mode m);
void app_clear_ui(App *a);
void app_set_notice(App *a, const char *msg); /* NULL clears it */
void app_set_news(App *a, const char *msg);   /* a notice in a calm colour: good news */
/* The writer's story lab (lab.c): the screens drawn beside its panel; F6;
 * a save seen by the watch; the lab's SDL events (true when `e` was one). */
void app_draw_screens(App *a);
void app_toggle_lab(App *a);
void app_watch_saved(App *a);
bool app_lab_event(App *a, SDL_Event *e);

/* ---- app_menus.c: the title, the library and the menus ---- */

void app_push(App *a); /* the screen now shown, to come back to */
void app_pop(App *a);  /* back to it (the title when there is none) */
void app_ensure_library(App *a);
void app_build_title(App *a);
void app_open_stories(App *a);
void app_open_pause(App *a);
void app_open_history(App *a);
void app_open_guide(App *a); /* the guide to the meters, over the screen now shown */
void app_move_focus(App *a, int d, int n);
void app_start_workshop(App *a, const char *dir);
void app_end_workshop(App *a);
/* The keys that mean the same on every screen; *used false when `act` is not one. */
void app_handle_global(App *a, InputAction act, bool *used);
void app_handle_menu(App *a, InputAction act);

/* ---- app_play.c: a story played ---- */

void app_show_error(App *a);
void app_remember_place(App *a);
void app_autosave(App *a);
void app_save_progress(App *a);
void app_refresh_play(App *a);
void app_start_story(App *a, const char *dir, uint64_t seed);
void app_open_saved(App *a, SaveData *d);
void app_continue_game(App *a);
void app_rewind(App *a, int k);
void app_reload(App *a);
/* Read the scene on screen aloud (the beat's line and cue, or the ending),
 * when self-voicing is on. */
void app_speak_view(App *a);
/* app_reload, saying `news` when the place is kept (NULL: "Reloaded from disk."). */
void app_reload_saying(App *a, const char *news);
void app_preload_start(App *a, const char *dir, uint64_t seed);
bool app_preload_take(App *a, const char *dir, uint64_t seed);
bool app_revealing(const App *a);
void app_handle_play(App *a, InputAction act);
/* Advance whatever moves; the milliseconds until it next needs a frame, or
 * -1 when nothing moves (the loop may sleep until an event). */
int app_tick(App *a);

#endif
