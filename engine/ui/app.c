/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The game: window, event-driven loop, and the flow between screens --
 * title, story library, play (beat -> feedback -> ... -> ending and its
 * debrief), and the menus that open over them (pause, save and load,
 * settings, glossary, history, pause and breathe).
 * Layer: C engine. The loop blocks in SDL_WaitEvent unless something moves
 * (typewriter, a fade, the breathing circle, an auto-advance), so waiting for
 * a choice costs no CPU and no wake-ups. Every choice is saved at once. */
#include "attune/app.h"
#include "attune/audio.h"
#include "attune/export.h"
#include "attune/glossary.h"
#include "attune/input.h"
#include "attune/library.h"
#include "attune/log.h"
#include "attune/markup.h"
#include "attune/paths.h"
#include "attune/progress.h"
#include "attune/roads.h"
#include "attune/save.h"
#include "attune/screens.h"
#include "attune/settings.h"
#include "attune/story_tools.h"
#include "attune/utf8.h"
#include "attune/voice.h"
#include "attune/workshop.h"

#include <SDL.h>
#include <glob.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum {
    FRAME_MS = 16,
    FADE_MS = 320,      /* crossfade between scenes */
    METER_MS = 900,     /* the meters moving after a choice */
    BREATH_MS = 10000,  /* in for four seconds, out for six */
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
} Mode;

static const char *const MODE_NAMES[] = {"title",    "stories",  "play",    "pause",
                                         "save",     "load",     "settings", "glossary",
                                         "history",  "breathe",  "error",   "workshop"};

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

typedef struct App {
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
    Progress *progress;
    Roads roads;
    Glossary *glossary;
    MenuText mt;
    char *body; /* the reader's page */
    size_t body_len, body_cap;
    const char *endings[MAX_ENDINGS];
    int n_endings_total;   /* -1 until counted (at the first ending) */
    bool progress_dirty;   /* marks not yet written */
    char links[4][64];
    int n_links;
    char notice[600];
    bool scanned;            /* the library is read when first needed */
    const char *cmdline_dir; /* a story folder named on the command line */
    bool bench, bench_first_done;
    struct Preload *preload; /* the command line's story, loading beside SDL */
    bool late_started; /* sound, after the first frame */
    bool autosave_late; /* the new play's first autosave, after the first frame */
    bool pads_started; /* gamepads, when first idle */
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
} App;

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static Uint64 now_ms(void) { return SDL_GetTicks64(); }

/* Software rendering when the machine has no GPU render node: Mesa's
 * software OpenGL costs ~100 ms and ~95 MiB before the first frame. */
static bool want_software(const char *choice)
{
    if (choice && strcmp(choice, "software") == 0)
        return true;
    if (choice && strcmp(choice, "gpu") == 0)
        return false;
    glob_t g;
    bool gpu = glob("/dev/dri/renderD*", 0, NULL, &g) == 0 && g.gl_pathc > 0;
    globfree(&g);
    return !gpu;
}

static void update_size(App *a)
{
    int ww, wh;
    SDL_GetRendererOutputSize(a->renderer, &a->w, &a->h);
    SDL_GetWindowSize(a->window, &ww, &wh);
    a->sx = ww > 0 ? (float)a->w / (float)ww : 1.0f;
    a->sy = wh > 0 ? (float)a->h / (float)wh : 1.0f;
    a->dirty = true;
}

static bool motion(const App *a) { return !a->settings.reduce_motion; }

/* ---- saying things aloud ---- */

static void say(App *a, const char *text)
{
    if (a->settings.self_voicing && text)
        voice_say(text);
}

static void say_focus(App *a)
{
    UiModel *m = &a->ui;
    if (!a->settings.self_voicing || m->focus < 0)
        return;
    if (m->screen == SCREEN_BEAT && m->view && m->focus < m->view->n_choices) {
        char t[1200];
        snprintf(t, sizeof t, "%d. %s%s", m->focus + 1, m->view->choices[m->focus].text,
                 m->chosen_before[m->focus] ? _(". You chose this before.") : "");
        say(a, t);
    } else if (m->focus < m->n_items) {
        char t[1200];
        const TitleItem *it = &m->items[m->focus];
        snprintf(t, sizeof t, "%s%s%s%s%s", it->label, it->value ? ": " : "",
                 it->value ? it->value : "", it->detail ? ". " : "", it->detail ? it->detail : "");
        say(a, t);
    }
}

/* ---- settings ---- */

static void apply_settings(App *a)
{
    Settings *st = &a->settings;
    a->screens.high_contrast = st->high_contrast;
    a->screens.hide_meters = !st->meters;
    a->screens.text_scale = settings_text_scale(st);
    if (a->screens.text)
        text_set_family(a->screens.text, st->dyslexic_font ? TEXT_FAMILY_DYSLEXIC
                                                           : TEXT_FAMILY_SANS);
    audio_set_volume(st->music_volume, st->effects_volume);
    if (a->window) {
        bool fs = (SDL_GetWindowFlags(a->window) & SDL_WINDOW_FULLSCREEN_DESKTOP) != 0;
        if (fs != st->fullscreen)
            SDL_SetWindowFullscreen(a->window, st->fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    }
    if (!st->self_voicing)
        voice_stop();
    a->dirty = true;
}

static void save_settings(App *a)
{
    if (paths_save_dir())
        settings_save(&a->settings, paths_save_dir());
}

/* Keep the window's size and place for the next start. */
static void remember_window(App *a)
{
    Uint32 f = SDL_GetWindowFlags(a->window);
    if (f & SDL_WINDOW_FULLSCREEN_DESKTOP)
        return;
    a->settings.window_maximized = (f & SDL_WINDOW_MAXIMIZED) != 0;
    if (!a->settings.window_maximized) {
        SDL_GetWindowPosition(a->window, &a->settings.window_x, &a->settings.window_y);
        SDL_GetWindowSize(a->window, &a->settings.window_w, &a->settings.window_h);
    }
}

/* ---- the window's title ---- */

static void set_window_title(App *a)
{
    if (a->mode == MODE_WORKSHOP)
        return; /* workshop.c names its windows */
    char t[300] = "Attune";
    if (a->story && a->mode != MODE_TITLE && a->mode != MODE_STORIES && a->mode != MODE_ERROR) {
        const StoryInfo *in = story_info(a->story);
        const StoryView *v = story_view(a->story);
        /* NOTE: ASCII only around the title: X11's WM_NAME (which some window
         * managers and xdotool read) is Latin-1, and "—" left it unchanged. */
        snprintf(t, sizeof t, v->is_ending ? _("Attune: %s (the end)") : _("Attune: %s"),
                 in->title ? in->title : in->id);
    }
    SDL_SetWindowTitle(a->window, t);
}

static void set_mode(App *a, Mode m)
{
    a->mode = m;
    log_debug("app", "screen %s", MODE_NAMES[m]);
    set_window_title(a);
    a->dirty = true;
}

/* ---- the stack of screens opened over one another ---- */

static void push(App *a)
{
    if (a->depth == STACK_MAX) {
        memmove(&a->stack[0], &a->stack[1], (STACK_MAX - 1) * sizeof a->stack[0]);
        a->depth--;
    }
    a->stack[a->depth].mode = a->mode;
    a->stack[a->depth].ui = a->ui;
    a->depth++;
}

static void build_title(App *a);
static void save_progress(App *a);
static void open_stories(App *a);
static void open_settings(App *a);
static void open_glossary(App *a, const char *term);
static void refresh_play(App *a);

static void pop(App *a)
{
    if (a->depth == 0) {
        build_title(a);
        return;
    }
    a->depth--;
    Mode m = a->stack[a->depth].mode;
    a->ui = a->stack[a->depth].ui;
    a->ui.hover = -1;
    a->ui.notice = a->notice[0] ? a->notice : NULL;
    set_mode(a, m);
    /* What the screen shows may have changed meanwhile (settings, a save). */
    if (m == MODE_TITLE)
        build_title(a);
    else if (m == MODE_STORIES)
        open_stories(a);
    else if (m == MODE_PLAY && a->story)
        refresh_play(a);
    say_focus(a);
}

static void clear_ui(App *a)
{
    memset(&a->ui, 0, sizeof a->ui);
    a->ui.focus = a->ui.hover = -1;
    a->ui.reveal = -1;
}

/* A menu screen: `n` items from a->mt. */
static void menu_screen(App *a, Mode mode, ScreenId screen, MenuStyle style, int n)
{
    const StoryView *keep_view = a->story ? story_view(a->story) : NULL;
    bool over = a->story && mode != MODE_STORIES &&
                (a->mode == MODE_PLAY || a->mode == MODE_PAUSE || a->ui.over_beat);
    clear_ui(a);
    a->ui.screen = screen;
    a->ui.menu_style = style;
    a->ui.n_items = n;
    for (int i = 0; i < n; i++) {
        a->ui.items[i].label = a->mt.label[i];
        a->ui.items[i].detail = a->mt.detail[i][0] ? a->mt.detail[i] : NULL;
        a->ui.items[i].more = a->mt.more[i][0] ? a->mt.more[i] : NULL;
        a->ui.items[i].value = a->mt.value[i][0] ? a->mt.value[i] : NULL;
    }
    a->ui.heading = a->mt.heading;
    a->ui.subheading = a->mt.sub[0] ? a->mt.sub : NULL;
    a->ui.footer = a->mt.footer[0] ? a->mt.footer : NULL;
    a->ui.help = a->mt.help[0] ? a->mt.help : NULL;
    a->ui.focus = n > 0 ? 0 : -1;
    a->ui.over_beat = over && keep_view != NULL;
    a->ui.view = a->ui.over_beat ? keep_view : NULL;
    a->ui.story = a->story;
    /* A menu is its own place: the story's notice waits under it (pop()
     * brings it back); what the menu itself reports comes after this. */
    a->ui.notice = NULL;
    a->ui.anim = 1;
    set_mode(a, mode);
}

static void set_notice(App *a, const char *msg)
{
    str_copy(a->notice, msg ? msg : "", sizeof a->notice);
    a->ui.notice = a->notice[0] ? a->notice : NULL;
    a->dirty = true;
}

/* ---- the title and the story library ---- */

/* Read the stories' cards, once: not before the first frame of a story
 * opened from the command line, since each card loads its story. */
static void ensure_library(App *a)
{
    if (a->scanned)
        return;
    a->scanned = true;
    library_scan(&a->library, paths_data_dir(), paths_user_stories_dir(), a->cmdline_dir,
                 a->lib_dir);
}

static void build_title(App *a)
{
    ensure_library(a);
    a->pick_workshop = false;
    save_progress(a); /* the library's cards read it from disk */
    a->depth = 0;
    clear_ui(a);
    a->ui.screen = SCREEN_TITLE;
    library_title(&a->library, &a->ui, paths_save_dir());
    if (a->notice[0])
        a->ui.notice = a->notice;
    a->ui.focus = 0;
    audio_play_music(NULL);
    audio_set_layer(NULL);
    voice_stop();
    set_mode(a, MODE_TITLE);
}

static void open_stories(App *a)
{
    ensure_library(a);
    MenuText *t = &a->mt;
    int n = 0;
    for (int i = 0; i < a->library.n_stories && n < SCREENS_MAX_ITEMS; i++, n++) {
        const LibraryStory *ls = &a->library.stories[i];
        str_copy(t->label[n], ls->title, sizeof t->label[n]);
        str_copy(t->detail[n], ls->detail, sizeof t->detail[n]);
        char played[300] = "";
        Progress *p = paths_save_dir() ? progress_load(paths_save_dir(), ls->id) : NULL;
        if (p && progress_plays_started(p) > 0) {
            char when[64];
            library_format_time(progress_last_played(p), when, sizeof when);
            int e = progress_ending_count(p), len;
            len = snprintf(played, sizeof played,
                           e == 1 ? _("**%d ending reached** (") : _("**%d endings reached**"), e);
            if (e == 1)
                snprintf(played + len, sizeof played - (size_t)len, "%s)",
                         progress_ending_title(p, 0));
            len = (int)strlen(played);
            snprintf(played + len, sizeof played - (size_t)len, _(" · last played %s"), when);
        } else {
            snprintf(played, sizeof played, "%s", _("Not played yet"));
        }
        progress_destroy(p);
        snprintf(t->more[n], sizeof t->more[n], "%s%s%s", ls->more, ls->more[0] ? "\n" : "",
                 played);
        t->value[n][0] = '\0';
    }
    str_copy(t->heading, _("Stories"), sizeof t->heading);
    str_copy(t->sub, a->library.hint, sizeof t->sub);
    t->help[0] = '\0';
    str_copy(t->footer,
             a->pick_workshop ? _("Enter: run this story as a workshop · Esc: back")
                              : _("Enter: play from the start · Esc: back"),
             sizeof t->footer);
    if (a->pick_workshop)
        str_copy(t->heading, _("Workshop: pick a story"), sizeof t->heading);
    int keep = a->mode == MODE_STORIES ? a->ui.focus : 0;
    menu_screen(a, MODE_STORIES, SCREEN_MENU, MENU_CARDS, n);
    if (keep >= 0 && keep < n)
        a->ui.focus = keep;
    if (n == 0) {
        str_copy(t->sub, _("No stories were found."), sizeof t->sub);
        a->ui.subheading = t->sub;
    }
}

/* ---- the play ---- */

static void show_error(App *a)
{
    /* For the writer: the same place and words as the screen shows. */
    log_error("story", "%s:%d: %s", a->error.file, a->error.line, a->error.message);
    story_destroy(a->story);
    a->story = NULL;
    a->depth = 0;
    clear_ui(a);
    a->ui.screen = SCREEN_ERROR;
    a->ui.error = &a->error;
    a->ui.can_reload = a->place.story_dir[0] != '\0';
    voice_stop();
    set_mode(a, MODE_ERROR);
}

/* Remember where the player is (the same data as a save), for reload and saves. */
static void remember_place(App *a)
{
    SaveData *d = &a->place;
    save_data_clear(d);
    const StoryInfo *in = story_info(a->story);
    const StoryView *v = story_view(a->story);
    str_copy(d->story_id, in->id ? in->id : "story", sizeof d->story_id);
    str_copy(d->story_dir, story_dir(a->story), sizeof d->story_dir);
    str_copy(d->story_title, in->title ? in->title : "", sizeof d->story_title);
    str_copy(d->beat, v->beat_id ? v->beat_id : "", sizeof d->beat);
    save_data_set_label(d, v->is_ending ? (v->title ? v->title : v->text) : v->text);
    d->seed = story_seed(a->story);
    int n = story_history_count(a->story);
    for (int i = 0; i < n; i++)
        save_data_push(d, story_history(a->story, i)->choice_id);
    roads_to_save(&a->roads, d);
}

static void autosave(App *a)
{
    remember_place(a);
    if (paths_save_dir() && !save_autosave(paths_save_dir(), &a->place))
        set_notice(a, _("Your progress cannot be saved (the save folder is not writable)."));
    char msg[600];
    if (save_take_notice(msg, sizeof msg)) /* a name in the save folder stepped around */
        set_notice(a, msg);
    int n = story_history_count(a->story);
    if (n > SAVE_MAX_STEPS) {
        snprintf(msg, sizeof msg,
                 _("This play is longer than a save can hold (%d answers): Continue will bring "
                   "back its first %d answers."),
                 n, SAVE_MAX_STEPS);
        set_notice(a, msg);
    }
}

/* Write the progress when it changed (once a beat at most; none at all on
 * a beat and answer already known from an earlier play). */
static void save_progress(App *a)
{
    if (a->progress_dirty && a->progress && paths_save_dir())
        progress_save(a->progress, paths_save_dir());
    a->progress_dirty = false;
}

/* The story's endings, counted once per play, at the first ending shown
 * (for "2 of 4 endings"): it walks the whole story, so not at start-up. */
static void count_endings(App *a)
{
    const StoryRef *refs;
    int n = story_refs(a->story, &refs), e = 0;
    for (int i = 0; i < n; i++)
        e += strcmp(refs[i].what, "ending") == 0;
    a->n_endings_total = e;
}

/* The first glossary terms linked in what is on screen. */
static void find_links(App *a, const StoryView *v)
{
    char terms[4][64];
    a->n_links = 0;
    const char *texts[4 + STORY_MAX_CHOICES];
    int nt = 0;
    texts[nt++] = v->text;
    texts[nt++] = v->cue;
    for (int i = 0; i < v->n_choices; i++)
        texts[nt++] = v->choices[i].text;
    if (v->has_feedback) { /* the why of the answer just given */
        texts[nt++] = v->feedback.why;
        texts[nt++] = v->feedback.inner;
    }
    for (int k = 0; k < nt && a->n_links < 4; k++) {
        if (!texts[k])
            continue;
        int got = markup_links(texts[k], terms, 4);
        for (int i = 0; i < got && a->n_links < 4; i++) {
            bool dup = false;
            for (int j = 0; j < a->n_links; j++)
                dup = dup || strcmp(a->links[j], terms[i]) == 0;
            if (!dup)
                str_copy(a->links[a->n_links++], terms[i], sizeof a->links[0]);
        }
    }
}

/* Fill the play's screen from the story's current view, without starting
 * anything (after a menu closes, or a setting changed). */
static void refresh_play(App *a)
{
    const StoryView *v = story_view(a->story);
    a->ui.view = v;
    a->ui.story = a->story;
    for (int i = 0; i < STORY_MAX_CHOICES; i++)
        a->ui.chosen_before[i] = i < v->n_choices && a->progress && v->choices[i].id &&
                                 progress_chosen(a->progress, v->choices[i].id);
    a->ui.glossary_hint = a->n_links > 0 ? a->links[0] : NULL;
    a->ui.roads = roads_to_ui(&a->roads, a->story, &a->ui.n_roads);
    if (v->is_ending && a->n_endings_total < 0)
        count_endings(a);
    a->ui.n_endings_total = a->n_endings_total;
    a->ui.n_endings_reached = 0;
    if (a->progress) {
        int e = progress_ending_count(a->progress);
        for (int i = 0; i < e && i < MAX_ENDINGS; i++)
            a->endings[i] = progress_ending_title(a->progress, i);
        a->ui.n_endings_reached = e < MAX_ENDINGS ? e : MAX_ENDINGS;
        a->ui.endings_reached = a->endings;
    }
    a->dirty = true;
}

static void speak_view(App *a)
{
    const StoryView *v = story_view(a->story);
    char t[2400];
    if (v->is_ending)
        snprintf(t, sizeof t, "%s. %s", v->title ? v->title : _("The end"), v->text ? v->text : "");
    else
        snprintf(t, sizeof t, "%s%s%s %s", v->speaker ? v->speaker : "", v->speaker ? ": " : "",
                 v->text ? v->text : "", v->cue ? v->cue : "");
    say(a, t);
}

/* Show the story's current view: a beat (typewriter from the start) or the ending. */
static void show_view(App *a)
{
    const StoryView *v = story_view(a->story);
    a->depth = 0;
    UiModel keep = a->ui;
    clear_ui(a);
    a->ui.fade = keep.screen == SCREEN_BEAT || keep.screen == SCREEN_FEEDBACK ? 1.0f : 0.0f;
    if (!motion(a))
        a->ui.fade = 0;
    a->fade_start = now_ms();
    a->ui.anim = 1;
    a->ui.notice = a->notice[0] ? a->notice : NULL;
    find_links(a, v);
    audio_play_music(v->music);
    audio_set_layer(v->is_ending ? NULL : v->state);
    bool seen = a->progress && v->beat_id && progress_seen(a->progress, v->beat_id);
    if (a->progress && v->beat_id && !seen) {
        progress_mark_seen(a->progress, v->beat_id);
        a->progress_dirty = true;
    }
    bool arrived = a->mode == MODE_PLAY &&
                   (keep.screen == SCREEN_BEAT || keep.screen == SCREEN_FEEDBACK);
    if (v->is_ending) {
        a->ui.screen = SCREEN_ENDING;
        if (a->progress && v->beat_id && arrived) {
            progress_mark_ending(a->progress, v->beat_id, v->title ? v->title : v->beat_id);
            progress_finish_play(a->progress, (int64_t)time(NULL));
            a->progress_dirty = true;
        }
        a->ui.fade = 0;
    } else {
        a->ui.screen = SCREEN_BEAT;
        bool instant = settings_reveal_cps(&a->settings) <= 0 || (a->settings.skip_seen && seen);
        a->ui.reveal = instant ? -1 : 0;
        a->reveal_start = now_ms();
    }
    save_progress(a);
    a->auto_at = 0;
    refresh_play(a);
    set_mode(a, MODE_PLAY);
    speak_view(a);
}

static void begin_play(App *a)
{
    const StoryInfo *in = story_info(a->story);
    save_progress(a); /* the play before, if any */
    progress_destroy(a->progress);
    a->progress = paths_save_dir() ? progress_load(paths_save_dir(), in->id ? in->id : "story")
                                   : NULL;
    a->progress_dirty = false;
    a->n_endings_total = -1;
}

static uint64_t new_seed(void)
{
    return (uint64_t)time(NULL) ^ ((uint64_t)SDL_GetPerformanceCounter() << 16);
}

/* The story named on the command line is loaded on a thread while SDL starts
 * its video and opens the window: each takes ~20 ms and neither needs the
 * other. story_load touches nothing but its own Lua state and files. */
typedef struct Preload {
    SDL_Thread *thread;
    char dir[1200];
    uint64_t seed;
    const char *lib_dir;
    Story *story;
    StoryError error;
} Preload;

static int preload_run(void *data)
{
    Preload *p = data;
    Uint64 t0 = SDL_GetPerformanceCounter();
    p->story = story_load(p->dir, p->lib_dir, p->seed, &p->error);
    log_debug("app", "story loaded beside the window in %.1f ms",
              (double)(SDL_GetPerformanceCounter() - t0) * 1e3 /
                  (double)SDL_GetPerformanceFrequency());
    return 0;
}

static void preload_start(App *a, const char *dir, uint64_t seed)
{
    Preload *p = calloc(1, sizeof *p);
    if (!p || strlen(dir) >= sizeof p->dir) {
        free(p);
        return;
    }
    str_copy(p->dir, dir, sizeof p->dir);
    p->seed = seed;
    p->lib_dir = a->lib_dir;
    p->error = a->error;
    p->thread = SDL_CreateThread(preload_run, "attune-story", p);
    if (!p->thread) {
        free(p);
        return;
    }
    a->preload = p;
}

/* The preloaded story if it is `dir` with `seed` (true, with a->story and
 * a->error set as story_load would); the thread is joined either way. */
static bool preload_take(App *a, const char *dir, uint64_t seed)
{
    Preload *p = a->preload;
    if (!p)
        return false;
    a->preload = NULL;
    SDL_WaitThread(p->thread, NULL);
    bool same = strcmp(p->dir, dir) == 0 && p->seed == seed;
    if (same) {
        a->story = p->story;
        a->error = p->error;
    } else {
        story_destroy(p->story);
    }
    free(p);
    return same;
}

static void start_story(App *a, const char *dir, uint64_t seed)
{
    story_destroy(a->story);
    roads_clear(&a->roads);
    set_notice(a, NULL);
    /* The place is this story's start, so that a story that fails to load
     * can be tried again from the error screen once it is fixed. */
    save_data_clear(&a->place);
    str_copy(a->place.story_dir, dir, sizeof a->place.story_dir);
    a->place.seed = seed;
    if (!preload_take(a, dir, seed))
        a->story = story_load(dir, a->lib_dir, seed, &a->error);
    if (!a->story) {
        show_error(a);
        return;
    }
    begin_play(a);
    if (a->progress)
        progress_start_play(a->progress, (int64_t)time(NULL));
    a->progress_dirty = true;
    /* Before the first frame, the first autosave of the play waits for it:
     * its fsyncs (2 to 20 ms, by the disk) need not keep the window empty. */
    if (a->late_started)
        autosave(a);
    else
        a->autosave_late = true;
    show_view(a);
}

/* Play on from a save opened by the library (`s`, or NULL when it could not
 * be: then the error screen for a story error, else the title with `msg`). */
static void play_saved(App *a, Story *s, const SaveData *d, const char *msg)
{
    if (!s) {
        if (a->error.message[0]) {
            save_data_clear(&a->place);
            if (d)
                str_copy(a->place.story_dir, d->story_dir, sizeof a->place.story_dir);
            show_error(a);
        } else {
            set_notice(a, msg);
            build_title(a);
        }
        return;
    }
    story_destroy(a->story);
    a->story = s;
    roads_from_save(&a->roads, d, a->lib_dir);
    begin_play(a);
    set_notice(a, msg);
    remember_place(a);
    show_view(a);
    a->ui.reveal = -1;
}

/* Play on from save `d` (the library finds its story and replays it), with
 * the roads it kept. Leaves `d` as it was, apart from its story folder. */
static void open_saved(App *a, SaveData *d)
{
    ensure_library(a);
    char msg[512] = "";
    Story *s = library_open_save(&a->library, d, a->lib_dir, msg, sizeof msg, &a->error);
    play_saved(a, s, d, msg);
}

static void continue_game(App *a)
{
    ensure_library(a);
    SaveData d;
    char msg[512];
    Story *s = library_resume(&a->library, paths_save_dir(), a->lib_dir, msg, sizeof msg,
                              &a->error, &d);
    play_saved(a, s, s ? &d : NULL, msg);
    if (s)
        save_data_clear(&d);
}

static void play_feedback_sounds(const StoryView *v)
{
    audio_play_effect(AUDIO_CHOICE);
    audio_set_layer(v->is_ending ? NULL : v->state);
    if (v->has_feedback && v->feedback.opened)
        audio_play_effect(AUDIO_RUPTURE);
    else if (v->has_feedback && v->feedback.repaired)
        audio_play_effect(AUDIO_REPAIR);
}

static void choose(App *a, int index)
{
    const StoryView *v = story_view(a->story);
    if (index < 0 || index >= v->n_choices || !v->choices[index].enabled)
        return;
    char chosen_id[128] = "";
    if (v->choices[index].id)
        str_copy(chosen_id, v->choices[index].id, sizeof chosen_id);
    if (!story_choose(a->story, index, &a->error)) {
        if (a->error.line != -1)
            show_error(a);
        return;
    }
    if (a->progress && chosen_id[0] && !progress_chosen(a->progress, chosen_id)) {
        progress_mark_chosen(a->progress, chosen_id);
        a->progress_dirty = true; /* written with the next beat's marks */
    }
    set_notice(a, NULL);
    autosave(a);
    v = story_view(a->story);
    play_feedback_sounds(v);
    if (!a->settings.feedback || !v->has_feedback) {
        show_view(a);
        return;
    }
    a->ui.screen = SCREEN_FEEDBACK;
    a->ui.view = v;
    a->ui.focus = a->ui.hover = -1;
    a->ui.fade = motion(a) ? 1.0f : 0.0f;
    a->fade_start = now_ms();
    a->ui.anim = motion(a) ? 0.001f : 1.0f;
    a->anim_start = now_ms();
    refresh_play(a);
    const StoryStep *f = &v->feedback;
    char t[2400];
    snprintf(t, sizeof t, "%s%s. %s %s", f->label,
             f->repaired   ? _(", the rupture is repaired")
             : f->deepened ? _(", the rupture deepened")
             : f->opened   ? _(", a rupture opened")
                           : "",
             f->inner ? f->inner : "", f->why ? f->why : "");
    if (f->rule) {
        size_t len = strlen(t);
        snprintf(t + len, sizeof t - len, " %s", f->rule);
    }
    say(a, t);
    if (a->settings.auto_advance) {
        size_t chars = strlen(f->inner ? f->inner : "") + strlen(f->why ? f->why : "");
        a->auto_at = now_ms() + 2500 + (Uint64)chars * 45;
    }
}

/* Take back the last `k` answers: the road so far is kept (history and
 * debrief show both), and the story is replayed to `k` answers before. */
static void rewind_play(App *a, int k)
{
    int n = story_history_count(a->story);
    if (n == 0) {
        set_notice(a, _("This is the start of the story: there is no answer to take back."));
        return;
    }
    if (k > n)
        k = n;
    roads_keep(&a->roads, a->story);
    remember_place(a);
    Story *s = story_load(a->place.story_dir, a->lib_dir, a->place.seed, &a->error);
    int done = s ? story_replay(s, (const char *const *)a->place.path, n - k, &a->error) : -1;
    if (done < 0) {
        story_destroy(s);
        show_error(a);
        return;
    }
    story_destroy(a->story);
    a->story = s;
    char msg[200];
    snprintf(msg, sizeof msg,
             k == 1 ? _("You took back your last answer. Choose again: both roads stay in the "
                        "history and the debrief.")
                    : _("You took back %d answers. Choose again: both roads stay in the "
                        "history and the debrief."),
             k);
    set_notice(a, msg);
    autosave(a);
    show_view(a);
    a->ui.reveal = -1; /* a line already read */
}

/* Reload the story from disk and replay the player's path: the same place
 * when it still exists, else the last answer that does (and say so). On a
 * story error, the error screen; the save is not touched either way. */
static void reload(App *a)
{
    if (!a->place.story_dir[0])
        return;
    Story *s = story_load(a->place.story_dir, a->lib_dir, a->place.seed, &a->error);
    int done = s ? story_replay(s, (const char *const *)a->place.path, a->place.n_path,
                                &a->error)
                 : -1;
    if (done < 0) {
        story_destroy(s);
        log_error("story", "reload failed: %s:%d: %s", a->error.file, a->error.line,
                  a->error.message);
        show_error(a);
        return;
    }
    story_destroy(a->story);
    a->story = s;
    /* From disk means the pictures too: one fixed since (or refused before,
     * render.c remembers those) is loaded anew. */
    images_flush(a->screens.images);
    begin_play(a);
    char msg[300];
    if (done < a->place.n_path)
        snprintf(msg, sizeof msg,
                 _("Reloaded. The story changed: you are back at your last answer that still "
                   "exists (%d of %d)."),
                 done, a->place.n_path);
    else
        snprintf(msg, sizeof msg, "%s", _("Reloaded from disk."));
    set_notice(a, msg);
    remember_place(a);
    show_view(a);
    a->ui.reveal = -1; /* no typewriter again for a line already read */
}

/* ---- the debrief's picture ---- */

static void export_debrief(App *a)
{
    char dir[1100], path[1400];
    if (!export_dir(dir, sizeof dir)) {
        set_notice(a, _("No folder could be found to save the picture in."));
        return;
    }
    export_name(path, sizeof path, dir, story_info(a->story)->id, "png");
    UiModel m = a->ui;
    m.scroll = 0;
    int pages = export_png(&m, &a->screens, a->settings.dyslexic_font, a->font_dir, 1920, 1080,
                           path);
    if (pages > 0) {
        char msg[1500];
        if (pages == 1)
            snprintf(msg, sizeof msg, _("Saved the debrief as a picture: %s"), path);
        else
            snprintf(msg, sizeof msg, _("Saved the debrief as %d pictures: %s and the next ones"),
                     pages, path);
        set_notice(a, msg);
        log_debug("app", "exported %s", path);
        fprintf(stderr, "attune: exported %s\n", path);
    } else {
        set_notice(a, _("The picture could not be saved (see the terminal for why)."));
    }
}

/* ---- menus ---- */

typedef enum PauseItem {
    PAUSE_RESUME,
    PAUSE_SAVE,
    PAUSE_LOAD,
    PAUSE_SETTINGS,
    PAUSE_GLOSSARY,
    PAUSE_HISTORY,
    PAUSE_REWIND,
    PAUSE_BREATHE,
    PAUSE_TITLE,
    PAUSE_COUNT
} PauseItem;

static void open_pause(App *a)
{
    static const char *const labels[PAUSE_COUNT] = {
        "Resume",          "Save",      "Load",          "Settings",          "Glossary",
        "History",         "Take back the last answer", "Pause and breathe", "Back to the title"};
    static const char *const details[PAUSE_COUNT] = {
        "", "Keep this place in a slot", "Open a saved place", "", "The words the game uses",
        "Everything said and chosen so far (H)", "And choose again (Z)", "A minute for yourself (B)",
        "Your place is saved"};
    MenuText *t = &a->mt;
    for (int i = 0; i < PAUSE_COUNT; i++) {
        str_copy(t->label[i], _(labels[i]), sizeof t->label[i]);
        str_copy(t->detail[i], _(details[i]), sizeof t->detail[i]);
        t->more[i][0] = t->value[i][0] = '\0';
    }
    const StoryInfo *in = story_info(a->story);
    str_copy(t->heading, _("Paused"), sizeof t->heading);
    int given = story_history_count(a->story);
    snprintf(t->sub, sizeof t->sub, given == 1 ? _("%s · %d answer so far") : _("%s · %d answers so far"),
             in->title ? in->title : in->id, given);
    t->help[0] = '\0';
    str_copy(t->footer, _("Enter: choose · Esc: resume"), sizeof t->footer);
    push(a);
    menu_screen(a, MODE_PAUSE, SCREEN_MENU, MENU_LIST, PAUSE_COUNT);
    a->ui.items[PAUSE_REWIND].disabled = story_history_count(a->story) == 0;
    say(a, _("Paused."));
}

static void open_slots(App *a, bool saving)
{
    MenuText *t = &a->mt;
    for (int i = 0; i < SAVE_SLOTS; i++) {
        SaveData d;
        snprintf(t->label[i], sizeof t->label[i], _("Slot %d"), i + 1);
        t->more[i][0] = t->value[i][0] = '\0';
        SaveStatus st = paths_save_dir() ? save_slot_read(paths_save_dir(), i + 1, &d)
                                         : SAVE_ERR_MISSING;
        if (st == SAVE_OK) {
            char when[64];
            library_format_time(d.time, when, sizeof when);
            snprintf(t->detail[i], sizeof t->detail[i], "%s · %s",
                     d.story_title[0] ? d.story_title : d.story_id, when);
            snprintf(t->more[i], sizeof t->more[i],
                     d.n_path == 1 ? _("“%s” · %d answer") : _("“%s” · %d answers"),
                     d.beat_label[0] ? d.beat_label : d.beat, d.n_path);
            save_data_clear(&d);
        } else if (st == SAVE_ERR_MISSING) {
            str_copy(t->detail[i], _("Empty"), sizeof t->detail[i]);
        } else {
            snprintf(t->detail[i], sizeof t->detail[i], _("Cannot be opened (%s)"),
                     save_status_text(st));
        }
    }
    str_copy(t->heading, saving ? _("Save") : _("Load"), sizeof t->heading);
    str_copy(t->sub,
             saving ? _("Choose a slot to keep this place in. Every answer is also saved by "
                        "itself: Continue opens the latest.")
                    : _("Choose a saved place to open."),
             sizeof t->sub);
    t->help[0] = '\0';
    str_copy(t->footer, saving ? _("Enter: save here · Esc: back") : _("Enter: open · Esc: back"),
             sizeof t->footer);
    push(a);
    menu_screen(a, saving ? MODE_SAVE : MODE_LOAD, SCREEN_MENU, MENU_CARDS, SAVE_SLOTS);
    if (!saving) {
        int first = -1;
        for (int i = 0; i < SAVE_SLOTS; i++) {
            a->ui.items[i].disabled = strcmp(t->detail[i], _("Empty")) == 0;
            if (!a->ui.items[i].disabled && first < 0)
                first = i;
        }
        a->ui.focus = first;
        if (first < 0) {
            str_copy(t->sub, _("No saved games yet: choose Save in the pause menu (Esc) "
                               "while you play."),
                     sizeof t->sub);
            a->ui.subheading = t->sub;
        }
    }
}

static void slot_activate(App *a, int i)
{
    if (i < 0 || i >= SAVE_SLOTS || !paths_save_dir())
        return;
    if (a->mode == MODE_SAVE) {
        remember_place(a);
        SaveData d = a->place;
        /* The slot gets its own copy of the strings' owners: write, then
         * re-read what the place holds (save_slot_write sets time and sequence). */
        bool ok = save_slot_write(paths_save_dir(), i + 1, &d);
        a->place.time = d.time;
        a->place.sequence = d.sequence;
        char msg[200];
        snprintf(msg, sizeof msg, ok ? _("Saved in slot %d.") : _("Slot %d could not be saved."),
                 i + 1);
        if (!ok)
            save_take_notice(msg, sizeof msg); /* why, when the slot is not ours */
        set_notice(a, msg);
        a->depth--; /* the slots screen itself */
        a->ui = a->stack[a->depth].ui;
        a->mode = a->stack[a->depth].mode;
        pop(a); /* and the pause menu under it */
        return;
    }
    SaveData d;
    SaveStatus st = save_slot_read(paths_save_dir(), i + 1, &d);
    if (st != SAVE_OK) {
        set_notice(a, _("That slot cannot be opened."));
        return;
    }
    open_saved(a, &d);
    save_data_clear(&d);
}

static void open_settings(App *a)
{
    MenuText *t = &a->mt;
    int n = settings_entry_count();
    for (int i = 0; i < n && i < SCREENS_MAX_ITEMS; i++) {
        str_copy(t->label[i], settings_entry_label(i), sizeof t->label[i]);
        settings_entry_value(&a->settings, i, t->value[i], sizeof t->value[i]);
        t->detail[i][0] = t->more[i][0] = '\0';
    }
    str_copy(t->heading, _("Settings"), sizeof t->heading);
    str_copy(t->sub, _("Changes apply at once and are kept."), sizeof t->sub);
    str_copy(t->footer, _("Left, Right: change · Esc: back"), sizeof t->footer);
    int keep = a->mode == MODE_SETTINGS ? a->ui.focus : 0;
    if (a->mode != MODE_SETTINGS)
        push(a);
    menu_screen(a, MODE_SETTINGS, SCREEN_MENU, MENU_VALUES, n);
    a->ui.focus = keep;
    str_copy(t->help, settings_entry_help(keep), sizeof t->help);
    a->ui.help = t->help;
}

static void settings_change(App *a, int i, int dir)
{
    if (i < 0 || i >= settings_entry_count())
        return;
    if (!settings_entry_step(&a->settings, i, dir))
        return;
    apply_settings(a);
    save_settings(a);
    open_settings(a); /* new values and sizes */
    if (a->settings.self_voicing && !voice_available())
        set_notice(a, _("Reading aloud needs espeak-ng, which is not installed."));
    say_focus(a);
}

/* ---- pages: glossary and history ---- */

static void body_reset(App *a)
{
    a->body_len = 0;
    if (a->body)
        a->body[0] = '\0';
}

static void body_add(App *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void body_add(App *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    va_list ap2;
    va_copy(ap2, ap);
    int need = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (need < 0 || a->body_len + (size_t)need + 1 > 4u << 20) {
        va_end(ap2);
        return;
    }
    if (a->body_len + (size_t)need + 1 > a->body_cap) {
        size_t cap = (a->body_len + (size_t)need + 1) * 2;
        char *nb = realloc(a->body, cap);
        if (!nb) {
            va_end(ap2);
            return;
        }
        a->body = nb;
        a->body_cap = cap;
    }
    vsnprintf(a->body + a->body_len, a->body_cap - a->body_len, fmt, ap2);
    va_end(ap2);
    a->body_len += (size_t)need;
}

static void glossary_page(App *a)
{
    int i = a->ui.focus;
    body_reset(a);
    if (!a->glossary || i < 0 || i >= glossary_count(a->glossary)) {
        body_add(a, "%s", _("The glossary could not be loaded."));
    } else {
        body_add(a, "%s", glossary_text(a->glossary, i));
        const char *see = glossary_see(a->glossary, i);
        if (see && see[0])
            body_add(a, _("\n\n*See also:* %s"), see);
        str_copy(a->mt.body_title, glossary_term(a->glossary, i), sizeof a->mt.body_title);
    }
    a->ui.body = a->body;
    a->ui.body_title = a->mt.body_title;
    a->ui.scroll = 0;
    a->dirty = true;
}

static void open_glossary(App *a, const char *term)
{
    if (!a->glossary) {
        char path[1200];
        paths_join(path, sizeof path, paths_data_dir(), "assets/glossary.txt");
        a->glossary = glossary_load(path);
    }
    int n = a->glossary ? glossary_count(a->glossary) : 0;
    MenuText *t = &a->mt;
    for (int i = 0; i < n && i < SCREENS_MAX_ITEMS; i++) {
        str_copy(t->label[i], glossary_term(a->glossary, i), sizeof t->label[i]);
        t->detail[i][0] = t->more[i][0] = t->value[i][0] = '\0';
    }
    str_copy(t->heading, _("Glossary"), sizeof t->heading);
    t->sub[0] = t->help[0] = '\0';
    str_copy(t->footer, _("Up, Down: a term · Page Up, Page Down: scroll · Esc: back"),
             sizeof t->footer);
    if (a->mode != MODE_GLOSSARY)
        push(a);
    menu_screen(a, MODE_GLOSSARY, SCREEN_READER, MENU_LIST, n < SCREENS_MAX_ITEMS ? n : SCREENS_MAX_ITEMS);
    int at = term && a->glossary ? glossary_find(a->glossary, term) : -1;
    a->ui.focus = at >= 0 ? at : (n > 0 ? 0 : -1);
    glossary_page(a);
    if (a->ui.focus >= 0)
        say(a, glossary_text(a->glossary, a->ui.focus));
}

static void open_history(App *a)
{
    if (!a->story)
        return;
    body_reset(a);
    int n = story_history_count(a->story);
    const StoryInfo *in = story_info(a->story);
    for (int i = 0; i < n; i++) {
        const StoryStep *st = story_history(a->story, i);
        if (st->said)
            body_add(a, "%s%s%s%s\n", st->speaker ? "**" : "", st->speaker ? st->speaker : "",
                     st->speaker ? ":** " : "", st->said);
        if (st->cue)
            body_add(a, "*%s*\n", st->cue);
        char said[1200];
        screens_quoted(said, sizeof said, st->text);
        body_add(a, _("**You** (%s): %s\n"), st->label, said);
        if (a->settings.feedback && st->inner) {
            char inner[1200];
            screens_quoted(inner, sizeof inner, st->inner);
            body_add(a, "*%s*\n", inner);
        }
        body_add(a, "\n");
    }
    const StoryView *v = story_view(a->story);
    if (v->is_ending) {
        body_add(a, _("**The end: %s**\n"), v->title ? v->title : "");
    } else if (v->text) {
        body_add(a, "%s%s%s%s\n", v->speaker ? "**" : "", v->speaker ? v->speaker : "",
                 v->speaker ? ":** " : "", v->text);
        body_add(a, "%s", _("*(now)*\n"));
    }
    int nr = 0;
    const UiRoad *rd = roads_to_ui(&a->roads, a->story, &nr);
    if (nr > 0)
        body_add(a, "\n%s\n", _("**Roads you left through rewind**"));
    for (int k = 0; k < nr; k++) {
        body_add(a, _("\nAt answer %d you had said:\n"), rd[k].fork + 1);
        for (int i = rd[k].fork; i < rd[k].n; i++) {
            char said[1200];
            screens_quoted(said, sizeof said, rd[k].text[i]);
            body_add(a, "%s (%s)\n", said,
                     kinds_label(story_info(a->story)->kinds, rd[k].kind[i]));
        }
        if (rd[k].ending)
            body_add(a, _("*It ended: %s*\n"), rd[k].ending);
    }
    if (n == 0 && nr == 0)
        body_add(a, "%s", _("*Nothing has been said yet.*"));
    MenuText *t = &a->mt;
    str_copy(t->heading, _("History"), sizeof t->heading);
    str_copy(t->sub, in->title ? in->title : "", sizeof t->sub);
    t->help[0] = t->body_title[0] = '\0';
    str_copy(t->footer, _("Up, Down, wheel: scroll · Esc: back"), sizeof t->footer);
    push(a);
    menu_screen(a, MODE_HISTORY, SCREEN_READER, MENU_LIST, 0);
    a->ui.body = a->body;
    a->ui.scroll = -1;
}

static void open_breathe(App *a)
{
    MenuText *t = &a->mt;
    str_copy(t->heading, _("Pause and breathe"), sizeof t->heading);
    str_copy(t->sub, _("These stories can stir things up. Take as long as you need."),
             sizeof t->sub);
    t->help[0] = '\0';
    str_copy(t->footer, _("Enter or Esc: back when you are ready"), sizeof t->footer);
    push(a);
    menu_screen(a, MODE_BREATHE, SCREEN_BREATHE, MENU_LIST, 0);
    a->breathe_start = now_ms();
    a->ui.anim = motion(a) ? 0.0f : 1.0f;
    say(a, _("Pause and breathe. Breathe in for four, and out for six."));
}

/* ---- input ---- */

/* ---- workshop mode ---- */

static void start_workshop(App *a, const char *dir)
{
    story_destroy(a->story);
    a->story = NULL;
    save_data_clear(&a->place);
    str_copy(a->place.story_dir, dir, sizeof a->place.story_dir);
    voice_stop();
    a->ws = workshop_open(&a->wh, dir, new_seed(), &a->error);
    if (!a->ws) {
        show_error(a);
        return;
    }
    a->depth = 0;
    a->pick_workshop = false;
    set_mode(a, MODE_WORKSHOP);
}

static void end_workshop(App *a)
{
    workshop_close(a->ws);
    a->ws = NULL;
    save_data_clear(&a->place);
    set_notice(a, NULL);
    build_title(a);
}

static void activate_title(App *a, int i)
{
    if (i < 0 || i >= a->ui.n_items || a->ui.items[i].disabled)
        return;
    switch (a->library.actions[i]) {
    case LIBRARY_CONTINUE:
        continue_game(a);
        break;
    case LIBRARY_STORY:
        start_story(a, a->library.stories[a->library.action_story[i]].dir, new_seed());
        break;
    case LIBRARY_STORIES:
    case LIBRARY_WORKSHOP:
        push(a);
        a->pick_workshop = a->library.actions[i] == LIBRARY_WORKSHOP;
        open_stories(a);
        break;
    case LIBRARY_LOAD:
        open_slots(a, false);
        break;
    case LIBRARY_SETTINGS:
        open_settings(a);
        break;
    case LIBRARY_GLOSSARY:
        open_glossary(a, NULL);
        break;
    case LIBRARY_QUIT:
        a->running = false;
        break;
    }
}

static void activate_pause(App *a, int i)
{
    switch ((PauseItem)i) {
    case PAUSE_RESUME:
        pop(a);
        break;
    case PAUSE_SAVE:
        open_slots(a, true);
        break;
    case PAUSE_LOAD:
        open_slots(a, false);
        break;
    case PAUSE_SETTINGS:
        open_settings(a);
        break;
    case PAUSE_GLOSSARY:
        open_glossary(a, a->n_links > 0 ? a->links[0] : NULL);
        break;
    case PAUSE_HISTORY:
        open_history(a);
        break;
    case PAUSE_REWIND:
        if (story_history_count(a->story) > 0)
            rewind_play(a, 1);
        break;
    case PAUSE_BREATHE:
        open_breathe(a);
        break;
    case PAUSE_TITLE:
    case PAUSE_COUNT:
        set_notice(a, NULL);
        build_title(a);
        break;
    }
}

static void activate(App *a, int i)
{
    if (i < 0 || i >= a->ui.n_items || a->ui.items[i].disabled)
        return;
    switch (a->mode) {
    case MODE_TITLE:
        activate_title(a, i);
        break;
    case MODE_STORIES:
        if (a->pick_workshop)
            start_workshop(a, a->library.stories[i].dir);
        else
            start_story(a, a->library.stories[i].dir, new_seed());
        break;
    case MODE_PAUSE:
        activate_pause(a, i);
        break;
    case MODE_SAVE:
    case MODE_LOAD:
        slot_activate(a, i);
        break;
    case MODE_SETTINGS:
        settings_change(a, i, +1);
        break;
    default:
        break;
    }
}

static bool revealing(const App *a)
{
    return a->mode == MODE_PLAY && a->ui.screen == SCREEN_BEAT && a->ui.reveal >= 0;
}

static void finish_reveal(App *a)
{
    a->ui.reveal = -1;
    a->dirty = true;
}

/* Move the focus by `d` over the items that can be chosen. */
static void move_focus(App *a, int d, int n)
{
    UiModel *m = &a->ui;
    if (n <= 0)
        return;
    int f = m->focus;
    for (int tries = 0; tries < n; tries++) {
        f = f < 0 ? (d > 0 ? 0 : n - 1) : (f + d + n) % n;
        bool off = m->screen == SCREEN_BEAT ? !m->view->choices[f].enabled : m->items[f].disabled;
        if (!off)
            break;
    }
    m->focus = f;
    if (a->mode == MODE_SETTINGS) {
        str_copy(a->mt.help, settings_entry_help(f), sizeof a->mt.help);
        m->help = a->mt.help;
    }
    if (a->mode == MODE_GLOSSARY)
        glossary_page(a);
    say_focus(a);
}

static void scroll_page(App *a, int d)
{
    UiModel *m = &a->ui;
    int max = screens_max_scroll(&a->screens, m, a->w, a->h);
    int s = m->scroll < 0 ? max : m->scroll;
    s += d;
    if (s > max)
        s = max;
    if (s < 0)
        s = 0;
    m->scroll = s;
}

static void handle_global(App *a, InputAction act, bool *used)
{
    *used = true;
    bool playing = a->story && (a->mode == MODE_PLAY || a->mode == MODE_PAUSE);
    switch (act.kind) {
    case INPUT_GLOSSARY:
        if (a->mode != MODE_GLOSSARY)
            open_glossary(a, a->mode == MODE_PLAY && a->n_links > 0 ? a->links[0] : NULL);
        return;
    case INPUT_BREATHE:
        if (a->mode != MODE_BREATHE)
            open_breathe(a);
        return;
    case INPUT_HISTORY:
        if (playing && a->mode != MODE_HISTORY)
            open_history(a);
        else
            *used = false;
        return;
    case INPUT_FULLSCREEN:
        a->settings.fullscreen = !a->settings.fullscreen;
        apply_settings(a);
        save_settings(a);
        if (a->mode == MODE_SETTINGS)
            open_settings(a);
        return;
    case INPUT_REWIND:
        if (a->mode == MODE_PLAY && a->story)
            rewind_play(a, 1);
        else
            *used = false;
        return;
    default:
        *used = false;
        return;
    }
}

static void handle_play(App *a, InputAction act)
{
    UiModel *m = &a->ui;
    int n = screens_item_count(m);
    switch (m->screen) {
    case SCREEN_BEAT:
        if (act.kind == INPUT_BACK) {
            open_pause(a);
        } else if (act.kind == INPUT_SCROLL && act.index < 0) {
            open_history(a); /* wheel up: read back, as in visual novels */
        } else if (revealing(a)) {
            /* A key or a click completes the line first. */
            if (act.kind == INPUT_CONFIRM || act.kind == INPUT_CLICK || act.kind == INPUT_CHOOSE)
                finish_reveal(a);
        } else if (act.kind == INPUT_CHOOSE) {
            choose(a, act.index);
        } else if (act.kind == INPUT_UP || act.kind == INPUT_LEFT) {
            move_focus(a, -1, n);
        } else if (act.kind == INPUT_DOWN || act.kind == INPUT_RIGHT) {
            move_focus(a, 1, n);
        } else if (act.kind == INPUT_CONFIRM && m->focus >= 0) {
            choose(a, m->focus);
        } else if (act.kind == INPUT_POINTER) {
            int hit = screens_hit(&a->screens, m, a->w, a->h, act.x, act.y);
            if (hit == m->hover)
                return;
            m->hover = hit;
        } else if (act.kind == INPUT_CLICK) {
            choose(a, screens_hit(&a->screens, m, a->w, a->h, act.x, act.y));
        }
        break;
    case SCREEN_FEEDBACK:
        if (act.kind == INPUT_CONFIRM || act.kind == INPUT_CLICK)
            show_view(a);
        else if (act.kind == INPUT_BACK)
            open_pause(a);
        break;
    case SCREEN_ENDING:
        if (act.kind == INPUT_CONFIRM || act.kind == INPUT_CLICK) {
            set_notice(a, NULL);
            build_title(a);
        } else if (act.kind == INPUT_BACK) {
            open_pause(a);
        } else if (act.kind == INPUT_DOWN || (act.kind == INPUT_SCROLL && act.index > 0)) {
            m->scroll++;
        } else if ((act.kind == INPUT_UP || act.kind == INPUT_SCROLL) && m->scroll > 0) {
            m->scroll--;
        } else if (act.kind == INPUT_EXPORT) {
            export_debrief(a);
        } else if (act.kind == INPUT_COMPARE && m->n_roads > 0) {
            m->compare = !m->compare;
            m->scroll = 0;
        }
        break;
    default:
        break;
    }
    a->dirty = true;
}

static void handle_menu(App *a, InputAction act)
{
    UiModel *m = &a->ui;
    int n = screens_item_count(m);
    bool values = a->mode == MODE_SETTINGS;
    bool page = m->screen == SCREEN_READER;
    switch (act.kind) {
    case INPUT_BACK:
        if (a->mode != MODE_TITLE)
            pop(a);
        break;
    case INPUT_UP:
        if (page && n == 0)
            scroll_page(a, -1);
        else
            move_focus(a, -1, n);
        break;
    case INPUT_DOWN:
        if (page && n == 0)
            scroll_page(a, 1);
        else
            move_focus(a, 1, n);
        break;
    case INPUT_LEFT:
    case INPUT_RIGHT:
        if (values)
            settings_change(a, m->focus, act.kind == INPUT_LEFT ? -1 : 1);
        else if (!page)
            move_focus(a, act.kind == INPUT_LEFT ? -1 : 1, n);
        break;
    case INPUT_SCROLL:
        if (page)
            scroll_page(a, act.index);
        else
            move_focus(a, act.index < 0 ? -1 : 1, n);
        break;
    case INPUT_CONFIRM:
        if (a->mode == MODE_BREATHE || (page && n == 0))
            pop(a);
        else if (!page)
            activate(a, m->focus);
        break;
    case INPUT_CHOOSE:
        if (!page && act.index < n && !m->items[act.index].disabled) {
            m->focus = act.index;
            activate(a, act.index);
        }
        break;
    case INPUT_POINTER: {
        int hit = screens_hit(&a->screens, m, a->w, a->h, act.x, act.y);
        if (hit == m->hover)
            return;
        m->hover = hit;
        break;
    }
    case INPUT_CLICK: {
        int hit = screens_hit(&a->screens, m, a->w, a->h, act.x, act.y);
        if (hit == SCREENS_HIT_UP || hit == SCREENS_HIT_DOWN) {
            scroll_page(a, hit == SCREENS_HIT_UP ? -5 : 5);
        } else if (hit >= 0 && page) {
            m->focus = hit;
            glossary_page(a);
        } else if (hit >= 0) {
            m->focus = hit;
            activate(a, hit);
        } else if (a->mode == MODE_BREATHE) {
            pop(a);
        }
        break;
    }
    case INPUT_RELOAD:
    case INPUT_EXPORT:
    case INPUT_COMPARE:
    default:
        return;
    }
    a->dirty = true;
}

static void handle(App *a, InputAction act)
{
    switch (act.kind) {
    case INPUT_NONE:
        return;
    case INPUT_QUIT:
        a->running = false;
        return;
    case INPUT_RESIZE:
    case INPUT_REDRAW:
        update_size(a);
        return;
    case INPUT_DEVICE:
        if (a->pads_started) {
            input_close_pads();
            input_open_pads();
        }
        return;
    default:
        break;
    }
    if (act.kind != INPUT_POINTER)
        a->auto_at = 0; /* the player is here: no going on by itself */
    if (act.kind == INPUT_CLICK && act.index == -2) { /* touch: normalised */
        act.x = act.x * a->w / 10000;
        act.y = act.y * a->h / 10000;
    }
    if (act.kind == INPUT_RELOAD) {
        if (a->mode == MODE_PLAY || a->mode == MODE_ERROR)
            reload(a);
        return;
    }
    bool used;
    handle_global(a, act, &used);
    if (used)
        return;
    switch (a->mode) {
    case MODE_PLAY:
        handle_play(a, act);
        break;
    case MODE_ERROR:
        if (act.kind == INPUT_CONFIRM || act.kind == INPUT_BACK || act.kind == INPUT_CLICK)
            build_title(a);
        break;
    default:
        handle_menu(a, act);
        break;
    }
}

/* ---- time: typewriter, fades, breathing, auto-advance ---- */

/* Advance whatever moves; returns the milliseconds until it next needs a
 * frame, or -1 when nothing moves (the loop may sleep until an event). */
static int tick(App *a)
{
    int wait = -1;
    Uint64 t = now_ms();
    if (revealing(a)) {
        int total = screens_reveal_total(&a->screens, &a->ui, a->w, a->h);
        int cps = settings_reveal_cps(&a->settings);
        int shown = cps > 0 ? (int)((t - a->reveal_start) * (Uint64)cps / 1000) : total;
        if (shown >= total) {
            finish_reveal(a);
        } else {
            if (shown != a->ui.reveal) {
                a->ui.reveal = shown;
                a->dirty = true;
            }
            wait = FRAME_MS;
        }
    }
    if (a->mode == MODE_PLAY && a->ui.fade > 0) {
        float f = 1.0f - (float)(t - a->fade_start) / (float)FADE_MS;
        a->ui.fade = f > 0 ? f : 0;
        a->dirty = true;
        if (a->ui.fade > 0)
            wait = FRAME_MS;
    }
    if (a->mode == MODE_PLAY && a->ui.screen == SCREEN_FEEDBACK && a->ui.anim < 1.0f) {
        float f = (float)(t - a->anim_start) / (float)METER_MS;
        a->ui.anim = f < 1.0f ? (f > 0.001f ? f : 0.001f) : 1.0f;
        a->dirty = true;
        if (a->ui.anim < 1.0f)
            wait = FRAME_MS;
    }
    if (a->mode == MODE_BREATHE && motion(a)) {
        a->ui.anim = (float)((t - a->breathe_start) % BREATH_MS) / (float)BREATH_MS;
        a->dirty = true;
        wait = 33; /* a slow circle: 30 frames a second are plenty */
    }
    if (a->auto_at && a->mode == MODE_PLAY && a->ui.screen == SCREEN_FEEDBACK) {
        if (t >= a->auto_at) {
            a->auto_at = 0;
            show_view(a);
            return 0;
        }
        int left = (int)(a->auto_at - t);
        if (wait < 0 || left < wait)
            wait = left;
    }
    return wait;
}

/* ---- scripted input (for tests: the real loop, fed from a file) ---- */

/* "a", "Return", "shift+a", "ctrl+u". */
static void script_key(const char *name)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.state = SDL_PRESSED;
    for (;;) {
        if (strncmp(name, "shift+", 6) == 0 && name[6]) {
            e.key.keysym.mod |= KMOD_LSHIFT;
            name += 6;
        } else if (strncmp(name, "ctrl+", 5) == 0 && name[5]) {
            e.key.keysym.mod |= KMOD_LCTRL;
            name += 5;
        } else {
            break;
        }
    }
    e.key.keysym.sym = SDL_GetKeyFromName(name);
    if (e.key.keysym.sym == SDLK_UNKNOWN)
        log_error("script", "no key called '%s'", name);
    SDL_PushEvent(&e);
}

/* Run script lines until one makes something happen. */
static void script_step(App *a)
{
    char line[1200];
    while (a->script && now_ms() >= a->script_wait) {
        if (!fgets(line, sizeof line, a->script)) {
            fclose(a->script);
            a->script = NULL;
            return;
        }
        line[strcspn(line, "\r\n")] = '\0';
        char cmd[32] = "", arg[1100] = "";
        if (sscanf(line, "%31s %1099[^\n]", cmd, arg) < 1 || cmd[0] == '#')
            continue;
        log_debug("script", "%s", line);
        if (strcmp(cmd, "key") == 0) {
            script_key(arg);
            return;
        } else if (strcmp(cmd, "click") == 0) {
            float fx = 0, fy = 0;
            sscanf(arg, "%f %f", &fx, &fy);
            SDL_Event e;
            memset(&e, 0, sizeof e);
            e.type = SDL_MOUSEBUTTONDOWN;
            e.button.button = SDL_BUTTON_LEFT;
            e.button.x = (int)(fx * (float)a->w / a->sx);
            e.button.y = (int)(fy * (float)a->h / a->sy);
            SDL_PushEvent(&e);
            return;
        } else if (strcmp(cmd, "type") == 0) {
            /* text typed into a field, in pieces as SDL's text input gives it */
            for (const char *t = arg; *t;) {
                SDL_Event e;
                memset(&e, 0, sizeof e);
                e.type = SDL_TEXTINPUT;
                size_t n = strlen(t), max = sizeof e.text.text - 1;
                if (n > max) {
                    n = utf8_boundary(t, max); /* not in the middle of a character */
                }
                memcpy(e.text.text, t, n);
                SDL_PushEvent(&e);
                t += n;
            }
            return;
        } else if (strcmp(cmd, "close") == 0) {
            /* a window's close button: "close" (the game's), "close presenter" */
            SDL_Window *win = a->window;
            if (strcmp(arg, "presenter") == 0)
                win = a->ws ? workshop_presenter(a->ws) : NULL;
            if (!win) {
                fprintf(stderr, "script: no window '%s' to close\n", arg);
                a->exit_code = 3;
                continue;
            }
            SDL_Event e;
            memset(&e, 0, sizeof e);
            e.type = SDL_WINDOWEVENT;
            e.window.event = SDL_WINDOWEVENT_CLOSE;
            e.window.windowID = SDL_GetWindowID(win);
            SDL_PushEvent(&e);
            return;
        } else if (strcmp(cmd, "wait") == 0) {
            a->script_wait = now_ms() + (Uint64)atoi(arg);
            return;
        } else if (strcmp(cmd, "expect") == 0) {
            const char *want = arg;
            const char *got = MODE_NAMES[a->mode];
            char full[64];
            if (a->mode == MODE_WORKSHOP && a->ws) {
                got = workshop_screen(a->ws, full, sizeof full);
            } else if (a->mode == MODE_PLAY) {
                snprintf(full, sizeof full, "%s",
                         a->ui.screen == SCREEN_ENDING     ? "ending"
                         : a->ui.screen == SCREEN_FEEDBACK ? "feedback"
                                                           : "beat");
                got = full;
            }
            if (strcmp(want, got) != 0) {
                fprintf(stderr, "script: expected screen '%s' but it is '%s'\n", want, got);
                a->exit_code = 3;
                a->running = false;
                return;
            }
            fprintf(stderr, "script: screen %s\n", got);
        } else if (strcmp(cmd, "shot") == 0) {
            bool ok;
            if (a->mode == MODE_WORKSHOP && a->ws) {
                bool presenter = strncmp(arg, "presenter ", 10) == 0;
                ok = workshop_shot(a->ws, presenter, presenter ? arg + 10 : arg);
            } else {
                screens_draw(&a->screens, &a->ui, a->w, a->h);
                ok = render_save_png(a->renderer, arg);
            }
            if (!ok)
                a->exit_code = 3;
        } else if (strcmp(cmd, "quit") == 0) {
            a->running = false;
            return;
        } else {
            fprintf(stderr, "script: unknown command '%s'\n", cmd);
            a->exit_code = 3;
        }
    }
}

/* ---- the window and the loop ---- */

/* The remembered window, fitted to the usable area of the display it was
 * on (or the first display, when that one is gone): a settings file that
 * says 16384x16384 opened a 3 GB window in 27 s. */
static void fit_remembered_window(Settings *st)
{
    int display = 0, n = SDL_GetNumVideoDisplays();
    SDL_Rect r;
    for (int i = 0; i < n && st->window_x != INT_MIN && st->window_y != INT_MIN; i++) {
        SDL_Point p = {st->window_x, st->window_y};
        if (SDL_GetDisplayBounds(i, &r) == 0 && SDL_PointInRect(&p, &r)) {
            display = i;
            break;
        }
    }
    if (SDL_GetDisplayUsableBounds(display, &r) != 0)
        return;
    int w = st->window_w, h = st->window_h, x = st->window_x, y = st->window_y;
    settings_fit_window(st, r.x, r.y, r.w, r.h);
    if (w != st->window_w || h != st->window_h || x != st->window_x || y != st->window_y)
        log_error("app", "the remembered window (%dx%d at %d,%d) does not fit the display "
                  "(%dx%d at %d,%d); opened at %dx%d", w, h, x, y, r.w, r.h, r.x, r.y,
                  st->window_w, st->window_h);
}

static bool open_window(App *a, const AppOptions *o, bool software)
{
    Settings *st = &a->settings;
    if (o->width <= 0)
        fit_remembered_window(st);
    int w = o->width > 0 ? o->width : st->window_w > 0 ? st->window_w : 1280;
    int h = o->height > 0 ? o->height : st->window_h > 0 ? st->window_h : 720;
    int x = SDL_WINDOWPOS_CENTERED, y = SDL_WINDOWPOS_CENTERED;
    if (o->width <= 0 && st->window_x != INT_MIN && st->window_y != INT_MIN) {
        x = st->window_x;
        y = st->window_y;
    }
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (o->fullscreen || st->fullscreen)
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    if (st->window_maximized && o->width <= 0)
        flags |= SDL_WINDOW_MAXIMIZED;
    a->window = SDL_CreateWindow("Attune", x, y, w, h, flags);
    if (!a->window) {
        log_error("app", "cannot open a window: %s", SDL_GetError());
        return false;
    }
    /* Below this the answers, the line and the person cannot all be legible. */
    SDL_SetWindowMinimumSize(a->window, SCREENS_MIN_W, SCREENS_MIN_H);
    a->renderer = SDL_CreateRenderer(a->window, -1,
                                     software ? SDL_RENDERER_SOFTWARE : SDL_RENDERER_ACCELERATED);
    if (!a->renderer && !software)
        a->renderer = SDL_CreateRenderer(a->window, -1, SDL_RENDERER_SOFTWARE);
    if (!a->renderer) {
        log_error("app", "cannot create a renderer: %s", SDL_GetError());
        return false;
    }
    return true;
}

/* Sound and gamepads start after the first frame: the music fades in over
 * seconds anyway, and the window shows sooner. */
static void late_start(App *a)
{
    a->late_started = true;
    if (a->autosave_late) {
        a->autosave_late = false;
        autosave(a);
    }
    audio_init(a->audio_dir);
    audio_set_volume(a->settings.music_volume, a->settings.effects_volume);
    if (a->ws && a->mode == MODE_WORKSHOP) {
        workshop_sound(a->ws);
    } else if (a->story && a->mode == MODE_PLAY) {
        const StoryView *v = story_view(a->story);
        audio_play_music(v->music);
        audio_set_layer(v->is_ending ? NULL : v->state);
    }
}

/* Gamepads when the game is first idle: finding them takes ~0.1 s (device
 * scans), which must delay neither the first frame nor the first line. */
static void start_pads(App *a)
{
    a->pads_started = true;
    /* NOTE: evdev finds every common gamepad; the HIDAPI drivers would add
     * threads and memory for the few features we do not use (rumble, LEDs). */
    SDL_SetHint(SDL_HINT_JOYSTICK_HIDAPI, "0");
    if (SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER) == 0)
        input_open_pads();
}

static void draw_frame(App *a)
{
    double t0 = a->bench ? now_seconds() : 0;
    if (a->mode == MODE_WORKSHOP && a->ws) {
        workshop_draw(a->ws);
    } else {
        screens_draw(&a->screens, &a->ui, a->w, a->h);
        SDL_RenderPresent(a->renderer);
    }
    log_debug("app", "frame drawn");
    a->dirty = false;
    double t1 = a->bench ? now_seconds() : 0;
    if (!a->late_started)
        late_start(a);
    if (a->bench) {
        if (!a->bench_first_done && a->mode == MODE_PLAY) {
            fprintf(stderr, "bench: first-text-frame %.6f\n", t1);
            a->bench_first_done = true;
        } else if (revealing(a)) {
            fprintf(stderr, "bench: frame-ms %.3f\n", (t1 - t0) * 1000.0);
        }
        /* Every present, with what on it is still to change by itself: the
         * bench's "scene settled" is the first one after the last with a
         * preview, a fade or a meter moving (typing is reported apart). */
        bool play = a->mode == MODE_PLAY;
        fprintf(stderr, "bench: present %.6f%s%s%s%s\n", t1, revealing(a) ? " typing" : "",
                images_previews(a->screens.images) > 0 ? " preview" : "",
                play && a->ui.fade > 0 ? " fade" : "",
                play && a->ui.screen == SCREEN_FEEDBACK && a->ui.anim < 1.0f ? " anim" : "");
    }
}

int app_run(const AppOptions *o)
{
    App *a = calloc(1, sizeof *a);
    if (!a)
        return 1;
    a->bench = getenv("ATTUNE_BENCH") != NULL;
    int rc = 1;
    if (!paths_join(a->lib_dir, sizeof a->lib_dir, paths_data_dir(), "scripts/lib/attune"))
        goto out;
    settings_defaults(&a->settings);
    if (paths_save_dir())
        settings_load(&a->settings, paths_save_dir());
    if (o->input_script) {
        a->script = fopen(o->input_script, "r");
        if (!a->script) {
            log_error("app", "cannot read the input script '%s'", o->input_script);
            goto out;
        }
    }
    log_debug("app", "%s", "start");
    uint64_t seed = new_seed();
    if (o->story_dir && !o->workshop)
        preload_start(a, o->story_dir, seed);
    bool software = want_software(o->renderer);
    if (software)
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        log_error("app", "cannot start SDL video: %s", SDL_GetError());
        goto out;
    }
    log_debug("app", "%s", "video ready");
    if (!open_window(a, o, software))
        goto out;
    log_debug("app", "%s", "renderer ready");
    paths_join(a->font_dir, sizeof a->font_dir, paths_data_dir(), "assets/fonts");
    paths_join(a->audio_dir, sizeof a->audio_dir, paths_data_dir(), "assets/audio");
    if (!screens_open(&a->screens, a->renderer, a->font_dir, paths_data_dir(), true))
        goto out;
    apply_settings(a);
    log_debug("app", "%s", "text ready");
    update_size(a);
    if (!paths_save_dir())
        set_notice(a, _("No save folder could be found: progress will not be saved."));
    a->cmdline_dir = o->story_dir;
    a->wh = (WorkshopHost){a->window, a->renderer, &a->screens, &a->settings, a->lib_dir,
                           a->font_dir, o->report_dir, o->presenter};
    if (o->workshop && o->story_dir) {
        start_workshop(a, o->story_dir);
    } else if (o->workshop) {
        build_title(a);
        push(a);
        a->pick_workshop = true;
        open_stories(a);
    } else if (o->story_dir) {
        start_story(a, o->story_dir, seed);
    } else {
        build_title(a);
    }
    log_debug("app", "%s", "story ready");
    a->running = true;
    while (a->running) {
        SDL_Event e;
        int wait = tick(a);
        if (a->mode == MODE_WORKSHOP && a->ws) {
            wait = workshop_tick(a->ws);
            a->dirty = a->dirty || workshop_dirty(a->ws);
        }
        if (a->dirty)
            wait = 0;
        if (a->script && (SDL_PumpEvents(), !SDL_HasEvents(SDL_FIRSTEVENT, SDL_LASTEVENT))) {
            script_step(a);
            if (a->script && a->script_wait > now_ms()) {
                int left = (int)(a->script_wait - now_ms());
                wait = wait < 0 || left < wait ? left : wait;
            } else if (a->script) {
                wait = 0;
            }
        }
        if (wait < 0 && !a->pads_started && a->late_started) {
            start_pads(a);
            continue;
        }
        bool got = wait < 0 ? SDL_WaitEvent(&e) : SDL_WaitEventTimeout(&e, wait);
        while (got) {
            if (e.type == SDL_WINDOWEVENT && e.window.windowID == SDL_GetWindowID(a->window)) {
                /* Minimised, nobody is listening: the sound device closes
                 * (a workshop's room still hears it from the presenter). */
                Uint8 we = e.window.event;
                if ((we == SDL_WINDOWEVENT_MINIMIZED || we == SDL_WINDOWEVENT_HIDDEN) &&
                    a->mode != MODE_WORKSHOP)
                    audio_set_paused(true);
                else if (we == SDL_WINDOWEVENT_RESTORED || we == SDL_WINDOWEVENT_SHOWN)
                    audio_set_paused(false);
            }
            if (a->mode == MODE_WORKSHOP && a->ws) {
                WorkshopResult r = workshop_event(a->ws, &e);
                if (r == WORKSHOP_QUIT)
                    a->running = false;
                else if (r == WORKSHOP_LEAVE)
                    end_workshop(a);
                else if (e.type == SDL_WINDOWEVENT &&
                         e.window.windowID == SDL_GetWindowID(a->window))
                    update_size(a);
            } else if (e.type != 0 && e.type == images_event(a->screens.images)) {
                a->dirty = true; /* a full-size picture replaced its preview */
            } else {
                handle(a, input_translate(&e, a->sx, a->sy));
            }
            got = a->running && SDL_PollEvent(&e);
        }
        if (!a->running)
            break;
        tick(a);
        if (a->mode == MODE_WORKSHOP && a->ws) {
            workshop_tick(a->ws);
            a->dirty = a->dirty || workshop_dirty(a->ws);
        }
        if (a->dirty)
            draw_frame(a);
    }
    save_progress(a);
    if (a->window) {
        remember_window(a);
        save_settings(a);
    }
    rc = a->exit_code;
out:
    if (a->script)
        fclose(a->script);
    if (a->preload)
        preload_take(a, "", 0); /* the window failed before the story was used */
    voice_quit();
    workshop_close(a->ws);
    story_destroy(a->story);
    save_data_clear(&a->place);
    roads_clear(&a->roads);
    progress_destroy(a->progress);
    glossary_destroy(a->glossary);
    free(a->body);
    input_close_pads();
    if (a->window)
        SDL_HideWindow(a->window); /* gone at once; the sound drains for up to a second */
    audio_quit();
    screens_close(&a->screens);
    if (a->renderer)
        SDL_DestroyRenderer(a->renderer);
    if (a->window)
        SDL_DestroyWindow(a->window);
    free(a);
    return rc;
}
