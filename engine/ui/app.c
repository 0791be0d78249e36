/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The game: the window and the event-driven loop (app_open, app_frame,
 * app_close), and what the flow's files share (the mode, notices, settings,
 * the voice). The flow itself is in app_menus.c and app_play.c; scripted
 * input in app_script.c; SDL's own start and end in sdl_host.c.
 * Layer: UI. The loop blocks in SDL_WaitEvent unless something moves
 * (typewriter, a fade, the breathing circle, an auto-advance), so waiting for
 * a choice costs no CPU and no wake-ups. Every choice is saved at once. */
#include "app_internal.h"
#include "lab.h"
#include "ui.h"
#include "attune/app_script.h"
#include "attune/alloc.h"
#include "attune/audio.h"
#include "attune/i18n.h"
#include "attune/log.h"
#include "attune/phone_server.h"
#include "attune/paths.h"
#include "attune/sdl_host.h"
#include "attune/story.h"
#include "attune/utf8.h"
#include "attune/voice.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

const char *const APP_MODE_NAMES[] = {"title", "stories",  "play",     "pause",   "save",
                                      "load",  "settings", "glossary", "history", "breathe",
                                      "error", "workshop", "guide"};

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

Uint64 app_now_ms(void)
{
    return SDL_GetTicks64();
}

static void update_size(App *a)
{
    int ww, wh;
    SDL_GetRendererOutputSize(a->renderer, &a->w, &a->h);
    SDL_GetWindowSize(a->window, &ww, &wh);
    a->sx = ww > 0 ? (float)a->w / (float)ww : 1.0f;
    a->sy = wh > 0 ? (float)a->h / (float)wh : 1.0f;
    a->full_w = a->w;
    a->w -= lab_width(a->lab, &a->screens, a->w, a->h); /* the stage, left of the lab */
    a->dirty = true;
}

bool app_motion(const App *a)
{
    return !a->settings.reduce_motion;
}

/* ---- saying things aloud ---- */

void app_say(App *a, const char *text)
{
    if (a->settings.self_voicing && text)
        voice_say(text);
}

void app_say_focus(App *a)
{
    UiModel *m = &a->ui;
    if (!a->settings.self_voicing || m->focus < 0)
        return;
    if (m->screen == SCREEN_BEAT && m->view && m->focus < m->view->n_choices) {
        char t[2800], text[1400];
        /* with two people, whom it is to, as the card says */
        snprintf(t, sizeof t, "%d. %s%s", m->focus + 1,
                 ui_choice_text(&m->view->choices[m->focus], text, sizeof text),
                 m->chosen_before[m->focus] ? _(". You chose this before.") : "");
        app_say(a, t);
    } else if (m->focus < m->n_items) {
        char t[1200];
        const TitleItem *it = &m->items[m->focus];
        snprintf(t, sizeof t, "%s%s%s%s%s", it->label, it->value ? ": " : "",
                 it->value ? it->value : "", it->detail ? ". " : "", it->detail ? it->detail : "");
        app_say(a, t);
    }
}

/* ---- settings ---- */

static void set_window_title(App *a);

void app_language_changed(App *a)
{
    /* The library's cards hold their words (library.c): read again when
     * next shown. Every menu is built again when shown (app_menus.c), and
     * every screen translates as it draws; the layout caches are keyed by
     * the text itself. */
    a->scanned = false;
    /* Stories from now on in the new language; the one being played is read
     * again at the same place (app_frame, once no menu is over it). */
    story_set_language(i18n_language_full());
    a->language_pending = a->story != NULL;
    /* The glossary of the new language, when next opened. */
    glossary_destroy(a->glossary);
    a->glossary = NULL;
    set_window_title(a);
    a->dirty = true;
}

/* The language this run shows: --lang, else the setting. */
static const char *wanted_language(const App *a)
{
    return a->forced_lang[0] ? a->forced_lang : settings_language(&a->settings);
}

void app_apply_settings(App *a)
{
    Settings *st = &a->settings;
    if (!a->language_set || a->language != st->language) {
        bool first = !a->language_set;
        a->language_set = true;
        a->language = st->language;
        if (!first)
            a->forced_lang[0] = '\0'; /* the player chose in Settings: over --lang */
        i18n_set_language(wanted_language(a));
        story_set_language(i18n_language_full());
        if (!first)
            app_language_changed(a);
    }
    a->screens.high_contrast = st->high_contrast;
    a->screens.hide_meters = !st->meters;
    a->screens.text_scale = settings_text_scale(st);
    if (a->screens.text)
        text_set_family(a->screens.text,
                        st->dyslexic_font ? TEXT_FAMILY_DYSLEXIC : TEXT_FAMILY_SANS);
    audio_set_volume(st->music_volume, st->effects_volume);
    if (a->window) {
        bool fs = (SDL_GetWindowFlags(a->window) & SDL_WINDOW_FULLSCREEN_DESKTOP) != 0;
        if (fs != st->fullscreen)
            SDL_SetWindowFullscreen(a->window, st->fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    }
    if (!st->self_voicing)
        voice_stop();
    if (a->renderer)
        update_size(a);
    a->dirty = true;
}

void app_save_settings(App *a)
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

void app_set_mode(App *a, Mode m)
{
    a->mode = m;
    log_debug("app", "screen %s", APP_MODE_NAMES[m]);
    set_window_title(a);
    a->dirty = true;
}

void app_clear_ui(App *a)
{
    memset(&a->ui, 0, sizeof a->ui);
    a->ui.focus = a->ui.hover = -1;
    a->ui.reveal = -1;
}

void app_set_notice(App *a, const char *msg)
{
    str_copy(a->notice, msg ? msg : "", sizeof a->notice);
    a->ui.notice = a->notice[0] ? a->notice : NULL;
    a->notice_calm = a->ui.notice_calm = false;
    a->dirty = true;
}

void app_set_news(App *a, const char *msg)
{
    app_set_notice(a, msg);
    a->notice_calm = a->ui.notice_calm = msg != NULL;
}

uint64_t app_new_seed(void)
{
    return (uint64_t)time(NULL) ^ ((uint64_t)SDL_GetPerformanceCounter() << 16);
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
        act.x = act.x * a->full_w / 10000;
        act.y = act.y * a->h / 10000;
    }
    if ((act.kind == INPUT_CLICK || act.kind == INPUT_POINTER) && act.x >= a->w)
        return; /* on the lab's panel */
    if (act.kind == INPUT_LAB) {
        app_toggle_lab(a);
        return;
    }
    if (act.kind == INPUT_RELOAD) {
        if (a->mode == MODE_PLAY || a->mode == MODE_ERROR)
            app_reload(a);
        if (a->lab && (a->mode == MODE_PLAY || a->mode == MODE_ERROR))
            lab_check(a->lab);
        return;
    }
    bool used;
    app_handle_global(a, act, &used);
    if (used)
        return;
    switch (a->mode) {
    case MODE_PLAY:
        app_handle_play(a, act);
        break;
    case MODE_ERROR:
        if (act.kind == INPUT_CONFIRM || act.kind == INPUT_BACK || act.kind == INPUT_CLICK)
            app_build_title(a);
        break;
    default:
        app_handle_menu(a, act);
        break;
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
        log_error("app",
                  "the remembered window (%dx%d at %d,%d) does not fit the display "
                  "(%dx%d at %d,%d); opened at %dx%d",
                  w, h, x, y, r.w, r.h, r.x, r.y, st->window_w, st->window_h);
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
        app_autosave(a);
    }
    audio_init(a->audio_dir);
    audio_set_volume(a->settings.music_volume, a->settings.effects_volume);
    if (a->ws && a->mode == MODE_WORKSHOP) {
        workshop_sound(a->ws);
    } else if (a->story && (a->mode == MODE_PLAY || a->mode == MODE_GUIDE)) {
        /* (the guide to the meters opens over a first play's first beat) */
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
    if (sdl_host_init_pads())
        input_open_pads();
}

static void draw_frame(App *a)
{
    double t0 = a->bench ? now_seconds() : 0;
    if (a->mode == MODE_WORKSHOP && a->ws) {
        workshop_draw(a->ws);
    } else {
        app_draw_screens(a);
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
        } else if (app_revealing(a)) {
            fprintf(stderr, "bench: frame-ms %.3f\n", (t1 - t0) * 1000.0);
        }
        /* Every present, with what on it is still to change by itself: the
         * bench's "scene settled" is the first one after the last with a
         * preview, a fade or a meter moving (typing is reported apart). */
        bool play = a->mode == MODE_PLAY;
        fprintf(stderr, "bench: present %.6f%s%s%s%s\n", t1, app_revealing(a) ? " typing" : "",
                images_previews(a->screens.images) > 0 ? " preview" : "",
                play && a->ui.fade > 0 ? " fade" : "",
                play && a->ui.screen == SCREEN_FEEDBACK && a->ui.anim < 1.0f ? " anim" : "");
    }
}

/* Everything app_open made, freed, and SDL shut down: the end of a game
 * that ran (app_close) or could not start. */
static void app_free(App *a)
{
    app_script_close(a);
    lab_close(a->lab);
    if (a->preload)
        app_preload_take(a, "", 0); /* the window failed before the story was used */
    voice_quit();
    workshop_close(a->ws);
    app_phones_closed(a);
    story_destroy(a->story);
    save_data_clear(&a->place);
    roads_clear(&a->roads);
    progress_destroy(a->progress);
    glossary_destroy(a->glossary);
    attune_free(a->body);
    input_close_pads();
    if (a->window)
        SDL_HideWindow(a->window); /* gone at once; the sound drains for up to a second */
    audio_quit();
    screens_close(&a->screens);
    if (a->renderer)
        SDL_DestroyRenderer(a->renderer);
    if (a->window)
        SDL_DestroyWindow(a->window);
    attune_free(a);
    sdl_host_quit();
}

App *app_open(const AppOptions *o)
{
    App *a = attune_calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->bench = getenv("ATTUNE_BENCH") != NULL;
    if (!paths_join(a->lib_dir, sizeof a->lib_dir, paths_data_dir(), "scripts/lib/attune"))
        goto fail;
    settings_defaults(&a->settings);
    if (paths_save_dir())
        settings_load(&a->settings, paths_save_dir());
    /* The language before any story is read (the preload below). */
    if (o->lang)
        str_copy(a->forced_lang, o->lang, sizeof a->forced_lang);
    i18n_set_language(wanted_language(a));
    story_set_language(i18n_language_full());
    if (o->input_script && !app_script_open(a, o->input_script))
        goto fail;
    log_debug("app", "%s", "start");
    uint64_t seed = app_new_seed();
    if (o->story_dir && !o->workshop)
        app_preload_start(a, o->story_dir, seed);
    bool software = sdl_host_want_software(o->renderer);
    if (!sdl_host_init_video(software)) {
        log_error("app", "cannot start SDL video: %s", SDL_GetError());
        goto fail;
    }
    log_debug("app", "%s", "video ready");
    if (!open_window(a, o, software))
        goto fail;
    log_debug("app", "%s", "renderer ready");
    paths_join(a->font_dir, sizeof a->font_dir, paths_data_dir(), "assets/fonts");
    paths_join(a->audio_dir, sizeof a->audio_dir, paths_data_dir(), "assets/audio");
    if (!screens_open(&a->screens, a->renderer, a->font_dir, paths_data_dir(), true))
        goto fail;
    app_apply_settings(a);
    log_debug("app", "%s", "text ready");
    update_size(a);
    if (!paths_save_dir())
        app_set_notice(a, _("No save folder could be found: progress will not be saved."));
    if (o->watch && o->story_dir) {
        /* The lab's panel narrows the stage; on the projector it stays hidden. */
        a->lab = lab_open(o->story_dir, a->lib_dir, true, !o->workshop);
        update_size(a);
    }
    a->cmdline_dir = o->story_dir;
    a->wh = (WorkshopHost){a->window,   a->renderer,   &a->screens,  &a->settings, a->lib_dir,
                           a->font_dir, o->report_dir, o->presenter, o->phones,    o->phones_bind};
    if (o->workshop && o->story_dir) {
        app_start_workshop(a, o->story_dir);
    } else if (o->workshop) {
        app_build_title(a);
        app_push(a);
        a->pick_workshop = true;
        app_open_stories(a);
    } else if (o->story_dir) {
        app_start_story(a, o->story_dir, seed);
    } else {
        app_build_title(a);
    }
    log_debug("app", "%s", "story ready");
    a->running = true;
    return a;
fail:
    app_free(a);
    return NULL;
}

/* ---- the writer's story lab (lab.c) ---- */

void app_draw_screens(App *a)
{
    int lw = a->full_w - a->w;
    if (lw <= 0 || !a->lab || a->mode == MODE_WORKSHOP) {
        screens_draw(&a->screens, &a->ui, a->w, a->h);
        return;
    }
    SDL_Rect stage = {0, 0, a->w, a->h};
    SDL_RenderSetViewport(a->renderer, &stage);
    screens_draw(&a->screens, &a->ui, a->w, a->h);
    SDL_RenderSetViewport(a->renderer, NULL);
    lab_draw(a->lab, &a->screens, (SDL_Rect){a->w, 0, lw, a->h});
}

void app_toggle_lab(App *a)
{
    if (a->mode == MODE_WORKSHOP)
        return; /* the projector is the room's */
    if (a->lab && !lab_shown(a->lab) && a->place.story_dir[0] &&
        strcmp(lab_dir(a->lab), a->place.story_dir) != 0) {
        /* Another story is played since: the lab follows it. */
        bool watch = lab_watching(a->lab);
        lab_close(a->lab);
        a->lab = lab_open(a->place.story_dir, a->lib_dir, watch, true);
    } else if (a->lab) {
        lab_show(a->lab, !lab_shown(a->lab));
    } else if (a->place.story_dir[0]) {
        a->lab = lab_open(a->place.story_dir, a->lib_dir, false, true);
    }
    update_size(a);
}

/* A file of the story was saved: reload it where the player is (after the
 * menu on screen, if any), and say so in the terminal. */
void app_watch_saved(App *a)
{
    const char *file = a->lab ? lab_saved_file(a->lab) : "";
    a->watch_pending = false;
    if (a->mode == MODE_WORKSHOP && a->ws) {
        char why[1400];
        if (workshop_reload(a->ws, why, sizeof why))
            log_printf(stderr, "attune: %s saved: reloaded\n", file);
        else
            log_printf(stderr, "attune: %s saved: not reloaded: %s\n", file, why);
        return;
    }
    if (a->mode != MODE_PLAY && a->mode != MODE_ERROR) {
        /* A menu over the play waits; the title and the library have no place to keep. */
        a->watch_pending = a->story != NULL;
        return;
    }
    app_reload(a); /* a story error: the error screen, with file:line (logged) */
    if (a->mode == MODE_PLAY && a->story) {
        /* Where, and the line's start: the writer sees the change took. */
        const StoryView *v = story_view(a->story);
        char line[48];
        str_copy(line, v->text ? v->text : "", sizeof line);
        line[utf8_trim(line, strlen(line))] = '\0';
        for (char *c = line; *c; c++)
            *c = *c == '\n' ? ' ' : *c;
        int n = story_history_count(a->story);
        log_printf(stderr, "attune: %s saved: reloaded at %s '%s' after %d answer%s (\"%s...\")\n",
                   file, v->is_ending ? "ending" : "beat", v->beat_id ? v->beat_id : "", n,
                   n == 1 ? "" : "s", line);
    }
}

/* The lab's events (a save, a check done) and the wheel over its panel:
 * true when `e` was one of them. */
bool app_lab_event(App *a, SDL_Event *e)
{
    if (!a->lab)
        return false;
    LabNews news = lab_event(a->lab, e);
    if (news == LAB_SAVED) {
        app_watch_saved(a);
        a->dirty = true;
        return true;
    }
    if (news == LAB_CHECKED) {
        log_printf(stderr, "attune: story lab: %s\n", lab_summary(a->lab));
        a->dirty = a->dirty || lab_shown(a->lab);
        return true;
    }
    if (e->type == SDL_MOUSEWHEEL && a->full_w > a->w && a->mode != MODE_WORKSHOP) {
        int mx, my;
        SDL_GetMouseState(&mx, &my);
        if ((float)mx * a->sx >= (float)a->w) {
            lab_scroll(a->lab, e->wheel.y > 0 ? -3 : 3);
            a->dirty = true;
            return true;
        }
    }
    return false;
}

/* One event from SDL: to the workshop while one runs, else to the game's
 * screens as an action. */
static void dispatch(App *a, SDL_Event *e)
{
    if (app_lab_event(a, e))
        return;
    if (e->type == SDL_WINDOWEVENT && e->window.windowID == SDL_GetWindowID(a->window)) {
        /* Minimised, nobody is listening: the sound device closes
         * (a workshop's room still hears it from the presenter). */
        Uint8 we = e->window.event;
        if ((we == SDL_WINDOWEVENT_MINIMIZED || we == SDL_WINDOWEVENT_HIDDEN) &&
            a->mode != MODE_WORKSHOP)
            audio_set_paused(true);
        else if (we == SDL_WINDOWEVENT_RESTORED || we == SDL_WINDOWEVENT_SHOWN)
            audio_set_paused(false);
    }
    if (a->mode == MODE_WORKSHOP && a->ws) {
        WorkshopResult r = workshop_event(a->ws, e);
        if (r == WORKSHOP_QUIT)
            a->running = false;
        else if (r == WORKSHOP_LEAVE)
            app_end_workshop(a);
        else if (e->type == SDL_WINDOWEVENT && e->window.windowID == SDL_GetWindowID(a->window))
            update_size(a);
    } else if (e->type != 0 && e->type == images_event(a->screens.images)) {
        a->dirty = true; /* a full-size picture replaced its preview */
    } else {
        handle(a, input_translate(e, a->sx, a->sy));
    }
}

bool app_frame(App *a)
{
    if (!a->running)
        return false;
    SDL_Event e;
    int wait = app_tick(a);
    if (a->mode == MODE_WORKSHOP && a->ws) {
        wait = workshop_tick(a->ws);
        a->dirty = a->dirty || workshop_dirty(a->ws);
    }
    if (a->phones_closing) {
        Uint64 now = app_now_ms();
        if (now >= a->phones_close_at) {
            app_phones_closed(a);
        } else {
            int left = (int)(a->phones_close_at - now);
            wait = wait < 0 || left < wait ? left : wait;
        }
    }
    if (a->dirty)
        wait = 0;
    if (a->script)
        wait = app_script_turn(a, wait);
    if (wait < 0 && !a->pads_started && a->late_started) {
        start_pads(a);
        return true;
    }
    bool got = wait < 0 ? SDL_WaitEvent(&e) : SDL_WaitEventTimeout(&e, wait);
    double work_from = now_seconds();
    while (got) {
        dispatch(a, &e);
        got = a->running && SDL_PollEvent(&e);
    }
    if (!a->running) {
        a->work_ms = (now_seconds() - work_from) * 1000.0;
        return false;
    }
    if (a->watch_pending && (a->mode == MODE_PLAY || a->mode == MODE_ERROR))
        app_watch_saved(a);
    if (a->language_pending && (a->mode == MODE_PLAY || a->mode == MODE_ERROR)) {
        a->language_pending = false;
        app_reload_saying(a, NULL);
        if (a->mode == MODE_PLAY && a->story) {
            const char *lang = story_loaded_language(a->story);
            const char *name = i18n_language_name(i18n_language());
            char news[300];
            if (lang[0] || strcmp(i18n_language(), "en") == 0)
                str_copy(news, _("The story is now in the language you chose."), sizeof news);
            else
                /* TRANSLATORS: %s is the language's own name ("Deutsch"). */
                snprintf(news, sizeof news,
                         _("This story has no translation into %s yet: it stays in English."),
                         name ? name : i18n_language());
            app_set_news(a, news);
        }
    }
    app_tick(a);
    if (a->mode == MODE_WORKSHOP && a->ws) {
        workshop_tick(a->ws);
        a->dirty = a->dirty || workshop_dirty(a->ws);
    }
    if (a->dirty)
        draw_frame(a);
    a->work_ms = (now_seconds() - work_from) * 1000.0;
    return a->running;
}

void app_phones_closed(App *a)
{
    phone_server_stop(a->phones_closing);
    a->phones_closing = NULL;
}

double app_frame_work_ms(const App *a)
{
    return a->work_ms;
}

struct Workshop *app_workshop(App *a)
{
    return a->mode == MODE_WORKSHOP ? a->ws : NULL;
}

int app_close(App *a)
{
    app_save_progress(a);
    if (a->window) {
        remember_window(a);
        app_save_settings(a);
    }
    int rc = a->exit_code;
    app_free(a);
    return rc;
}

int app_run(const AppOptions *o)
{
    App *a = app_open(o);
    if (!a)
        return 1;
    while (app_frame(a))
        ;
    return app_close(a);
}
