/* The game: window, event-driven loop, and the flow title -> beat ->
 * feedback -> ... -> ending -> title, with an autosave after every choice.
 * Layer: C engine. The loop blocks in SDL_WaitEvent unless the typewriter
 * is revealing text, so waiting for a choice costs no CPU and no wake-ups. */
#include "attune/app.h"
#include "attune/audio.h"
#include "attune/input.h"
#include "attune/library.h"
#include "attune/log.h"
#include "attune/paths.h"
#include "attune/save.h"
#include "attune/screens.h"

#include <SDL.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { REVEAL_CPS = 55, FRAME_MS = 16 };

typedef struct App {
    SDL_Window *window;
    SDL_Renderer *renderer;
    Screens screens;
    UiModel ui;
    Story *story;
    StoryError error;
    int w, h;
    float sx, sy;
    bool dirty, running;
    Uint64 reveal_start;
    Library library;
    SaveData place; /* where the player is: story folder, seed, path (for reload) */
    bool bench, bench_first_done;
    bool audio_started;
    char audio_dir[1200];
    char lib_dir[1200];
} App;

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

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

/* The window's title names the story, and the ending when it is reached. */
static void set_window_title(App *a)
{
    char t[300] = "Attune";
    if (a->story && a->ui.screen != SCREEN_TITLE && a->ui.screen != SCREEN_ERROR) {
        const StoryInfo *in = story_info(a->story);
        const StoryView *v = story_view(a->story);
        /* NOTE: ASCII only around the title: X11's WM_NAME (which some window
         * managers and xdotool read) is Latin-1, and "—" left it unchanged. */
        snprintf(t, sizeof t, v->is_ending ? _("Attune: %s (the end)") : _("Attune: %s"),
                 in->title ? in->title : in->id);
    }
    SDL_SetWindowTitle(a->window, t);
}

static void build_title(App *a)
{
    library_title(&a->library, &a->ui, paths_save_dir());
    audio_play_music(NULL);
    audio_set_layer(NULL);
    set_window_title(a);
    a->dirty = true;
}

static void show_error(App *a)
{
    /* For the writer: the same place and words as the screen shows. */
    log_error("story", "%s:%d: %s", a->error.file, a->error.line, a->error.message);
    story_destroy(a->story);
    a->story = NULL;
    memset(&a->ui, 0, sizeof a->ui);
    a->ui.screen = SCREEN_ERROR;
    a->ui.error = &a->error;
    a->ui.can_reload = a->place.story_dir[0] != '\0';
    a->ui.focus = a->ui.hover = -1;
    a->dirty = true;
}

/* Remember where the player is (the same data as a save), for reload. */
static void remember_place(App *a)
{
    SaveData *d = &a->place;
    save_data_clear(d);
    const StoryInfo *in = story_info(a->story);
    str_copy(d->story_id, in->id ? in->id : "story", sizeof d->story_id);
    str_copy(d->story_dir, story_dir(a->story), sizeof d->story_dir);
    d->seed = story_seed(a->story);
    int n = story_history_count(a->story);
    for (int i = 0; i < n; i++)
        save_data_push(d, story_history(a->story, i)->choice_id);
}

static void autosave(App *a)
{
    remember_place(a);
    if (!save_autosave(paths_save_dir(), &a->place))
        snprintf(a->library.notice, sizeof a->library.notice,
                 _("Your progress cannot be saved (the save folder is not writable)."));
}

/* Show the story's current view: a beat (typewriter from the start) or the ending. */
static void show_view(App *a)
{
    const StoryView *v = story_view(a->story);
    a->ui.view = v;
    a->ui.story = a->story;
    a->ui.hover = -1;
    a->ui.scroll = 0;
    audio_play_music(v->music);
    audio_set_layer(v->is_ending ? NULL : v->state);
    if (v->is_ending) {
        a->ui.screen = SCREEN_ENDING;
        a->ui.focus = -1;
    } else {
        a->ui.screen = SCREEN_BEAT;
        a->ui.focus = -1;
        a->ui.reveal = 0;
        a->reveal_start = SDL_GetTicks64();
    }
    set_window_title(a);
    a->dirty = true;
}

static void start_story(App *a, const char *dir, uint64_t seed)
{
    story_destroy(a->story);
    memset(&a->ui, 0, sizeof a->ui);
    /* The place is this story's start, so that a story that fails to load
     * can be tried again from the error screen once it is fixed. */
    save_data_clear(&a->place);
    str_copy(a->place.story_dir, dir, sizeof a->place.story_dir);
    a->place.seed = seed;
    a->story = story_load(dir, a->lib_dir, seed, &a->error);
    if (!a->story) {
        show_error(a);
        return;
    }
    autosave(a);
    show_view(a);
}

static void continue_game(App *a)
{
    story_destroy(a->story);
    memset(&a->ui, 0, sizeof a->ui);
    a->story = library_resume(&a->library, paths_save_dir(), a->lib_dir, a->library.notice,
                              sizeof a->library.notice, &a->error);
    if (a->story) {
        remember_place(a);
        show_view(a);
        a->ui.notice = a->library.notice[0] ? a->library.notice : NULL;
    } else if (a->error.message[0]) {
        show_error(a);
    } else {
        char keep[sizeof a->library.notice];
        str_copy(keep, a->library.notice, sizeof keep);
        build_title(a);
        str_copy(a->library.notice, keep, sizeof a->library.notice);
        a->ui.notice = a->library.notice;
    }
}

static void choose(App *a, int index)
{
    const StoryView *v = story_view(a->story);
    if (index < 0 || index >= v->n_choices || !v->choices[index].enabled)
        return;
    if (!story_choose(a->story, index, &a->error)) {
        if (a->error.line != -1)
            show_error(a);
        return;
    }
    a->library.notice[0] = '\0';
    autosave(a);
    a->ui.notice = a->library.notice[0] ? a->library.notice : NULL;
    v = story_view(a->story);
    audio_play_effect(AUDIO_CHOICE);
    audio_set_layer(v->is_ending ? NULL : v->state);
    if (v->has_feedback && v->feedback.opened)
        audio_play_effect(AUDIO_RUPTURE);
    else if (v->has_feedback && v->feedback.repaired)
        audio_play_effect(AUDIO_REPAIR);
    a->ui.view = v;
    a->ui.screen = SCREEN_FEEDBACK;
    a->ui.focus = a->ui.hover = -1;
    a->dirty = true;
}

static void activate_menu(App *a, int i)
{
    if (i < 0 || i >= a->ui.n_items)
        return;
    switch (a->library.actions[i]) {
    case LIBRARY_CONTINUE:
        continue_game(a);
        break;
    case LIBRARY_STORY:
        start_story(a, a->library.stories[a->library.action_story[i]].dir,
                    (uint64_t)time(NULL) ^ ((uint64_t)SDL_GetPerformanceCounter() << 16));
        break;
    case LIBRARY_QUIT:
        a->running = false;
        break;
    }
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
    if (done < a->place.n_path)
        snprintf(a->library.notice, sizeof a->library.notice,
                 _("Reloaded. The story changed: you are back at your last answer that still "
                   "exists (%d of %d)."),
                 done, a->place.n_path);
    else
        snprintf(a->library.notice, sizeof a->library.notice, _("Reloaded from disk."));
    remember_place(a);
    show_view(a);
    a->ui.reveal = -1; /* no typewriter again for a line already read */
    a->ui.notice = a->library.notice;
}

static bool revealing(App *a)
{
    return a->ui.screen == SCREEN_BEAT && a->ui.reveal >= 0;
}

static void finish_reveal(App *a)
{
    a->ui.reveal = -1;
    a->dirty = true;
}

static void handle(App *a, InputAction act)
{
    UiModel *m = &a->ui;
    int n = screens_item_count(m);
    switch (act.kind) {
    case INPUT_QUIT:
        a->running = false;
        return;
    case INPUT_RESIZE:
    case INPUT_REDRAW:
        update_size(a);
        return;
    default:
        break;
    }
    if (act.kind == INPUT_RELOAD) {
        if (m->screen != SCREEN_TITLE)
            reload(a);
        return;
    }
    if (act.kind == INPUT_CLICK && act.index == -2) { /* touch: normalised */
        act.x = act.x * a->w / 10000;
        act.y = act.y * a->h / 10000;
    }
    switch (m->screen) {
    case SCREEN_TITLE:
        if (act.kind == INPUT_UP)
            m->focus = (m->focus - 1 + n) % n;
        else if (act.kind == INPUT_DOWN)
            m->focus = (m->focus + 1) % n;
        else if (act.kind == INPUT_CONFIRM)
            activate_menu(a, m->focus);
        else if (act.kind == INPUT_CHOOSE && act.index < n)
            activate_menu(a, act.index);
        else if (act.kind == INPUT_POINTER)
            m->hover = screens_hit(&a->screens, m, a->w, a->h, act.x, act.y);
        else if (act.kind == INPUT_CLICK)
            activate_menu(a, screens_hit(&a->screens, m, a->w, a->h, act.x, act.y));
        break;
    case SCREEN_BEAT:
        if (act.kind == INPUT_BACK) {
            build_title(a);
        } else if (revealing(a)) {
            /* A key or a click completes the line first. */
            if (act.kind == INPUT_CONFIRM || act.kind == INPUT_CLICK || act.kind == INPUT_CHOOSE)
                finish_reveal(a);
        } else if (act.kind == INPUT_CHOOSE) {
            choose(a, act.index);
        } else if (act.kind == INPUT_UP && n > 0) {
            m->focus = m->focus < 0 ? n - 1 : (m->focus - 1 + n) % n;
        } else if (act.kind == INPUT_DOWN && n > 0) {
            m->focus = m->focus < 0 ? 0 : (m->focus + 1) % n;
        } else if (act.kind == INPUT_CONFIRM && m->focus >= 0) {
            choose(a, m->focus);
        } else if (act.kind == INPUT_POINTER) {
            int hit = screens_hit(&a->screens, m, a->w, a->h, act.x, act.y);
            if (hit == m->hover)
                return;
            m->hover = hit;
        } else if (act.kind == INPUT_CLICK) {
            choose(a, screens_hit(&a->screens, m, a->w, a->h, act.x, act.y));
        } else {
            return;
        }
        break;
    case SCREEN_FEEDBACK:
        if (act.kind == INPUT_CONFIRM || act.kind == INPUT_CLICK)
            show_view(a);
        else if (act.kind == INPUT_BACK)
            build_title(a);
        else
            return;
        break;
    case SCREEN_ENDING:
        if (act.kind == INPUT_CONFIRM || act.kind == INPUT_BACK || act.kind == INPUT_CLICK)
            build_title(a);
        else if (act.kind == INPUT_DOWN)
            m->scroll++;
        else if (act.kind == INPUT_UP && m->scroll > 0)
            m->scroll--;
        else
            return;
        break;
    case SCREEN_ERROR:
        if (act.kind == INPUT_CONFIRM || act.kind == INPUT_BACK || act.kind == INPUT_CLICK)
            build_title(a);
        else
            return;
        break;
    }
    a->dirty = true;
}

/* Advance the typewriter; true while it still runs. */
static bool tick_reveal(App *a)
{
    if (!revealing(a))
        return false;
    int total = screens_reveal_total(&a->screens, &a->ui, a->w, a->h);
    int shown = (int)((SDL_GetTicks64() - a->reveal_start) * REVEAL_CPS / 1000);
    if (shown >= total) {
        finish_reveal(a);
        return false;
    }
    if (shown != a->ui.reveal) {
        a->ui.reveal = shown;
        a->dirty = true;
    }
    return true;
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
    log_debug("app", "%s", "start");
    bool software = want_software(o->renderer);
    if (software)
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        log_error("app", "cannot start SDL video: %s", SDL_GetError());
        goto out;
    }
    int w = o->width > 0 ? o->width : 1280, h = o->height > 0 ? o->height : 720;
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (o->fullscreen)
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    log_debug("app", "%s", "video ready");
    a->window = SDL_CreateWindow("Attune", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h,
                                 flags);
    if (!a->window) {
        log_error("app", "cannot open a window: %s", SDL_GetError());
        goto out;
    }
    /* Below this the answers, the line and the person cannot all be legible. */
    SDL_SetWindowMinimumSize(a->window, SCREENS_MIN_W, SCREENS_MIN_H);
    a->renderer = SDL_CreateRenderer(a->window, -1,
                                     software ? SDL_RENDERER_SOFTWARE : SDL_RENDERER_ACCELERATED);
    if (!a->renderer && !software)
        a->renderer = SDL_CreateRenderer(a->window, -1, SDL_RENDERER_SOFTWARE);
    if (!a->renderer) {
        log_error("app", "cannot create a renderer: %s", SDL_GetError());
        goto out;
    }
    log_debug("app", "%s", "renderer ready");
    char fonts[1200];
    paths_join(fonts, sizeof fonts, paths_data_dir(), "assets/fonts");
    paths_join(a->audio_dir, sizeof a->audio_dir, paths_data_dir(), "assets/audio");
    a->screens.renderer = a->renderer;
    a->screens.text = text_create(a->renderer, fonts);
    a->screens.images = images_create(a->renderer, true);
    a->screens.data_dir = paths_data_dir();
    if (!a->screens.text || !a->screens.images)
        goto out;
    log_debug("app", "%s", "text ready");
    update_size(a);
    if (!paths_save_dir())
        snprintf(a->library.notice, sizeof a->library.notice,
                 _("No save folder could be found: progress will not be saved."));
    if (o->story_dir) {
        start_story(a, o->story_dir,
                    (uint64_t)time(NULL) ^ ((uint64_t)SDL_GetPerformanceCounter() << 16));
    } else {
        library_scan(&a->library, paths_data_dir(), a->lib_dir);
        build_title(a);
    }
    log_debug("app", "%s", "story ready");
    a->running = true;
    while (a->running) {
        SDL_Event e;
        bool animating = revealing(a);
        bool got = animating ? SDL_WaitEventTimeout(&e, FRAME_MS) : SDL_WaitEvent(&e);
        while (got) {
            if (e.type != 0 && e.type == images_event(a->screens.images))
                a->dirty = true; /* a full-size picture replaced its preview */
            else
                handle(a, input_translate(&e, a->sx, a->sy));
            got = SDL_PollEvent(&e);
        }
        tick_reveal(a);
        if (a->dirty && a->running) {
            double t0 = a->bench ? now_seconds() : 0;
            screens_draw(&a->screens, &a->ui, a->w, a->h);
            SDL_RenderPresent(a->renderer);
            log_debug("app", "frame drawn");
            a->dirty = false;
            if (!a->audio_started) {
                /* Sound starts after the first frame: the music fades in over
                 * seconds anyway, and the window shows ~7 ms sooner. */
                a->audio_started = true;
                audio_init(a->audio_dir);
                if (a->ui.view && a->ui.screen != SCREEN_TITLE) {
                    audio_play_music(a->ui.view->music);
                    audio_set_layer(a->ui.view->is_ending ? NULL : a->ui.view->state);
                }
            }
            if (a->bench) {
                double t1 = now_seconds();
                if (!a->bench_first_done && a->ui.screen != SCREEN_TITLE) {
                    fprintf(stderr, "bench: first-text-frame %.6f\n", t1);
                    a->bench_first_done = true;
                } else if (revealing(a)) {
                    fprintf(stderr, "bench: frame-ms %.3f\n", (t1 - t0) * 1000.0);
                }
            }
        }
    }
    rc = 0;
out:
    story_destroy(a->story);
    save_data_clear(&a->place);
    audio_quit();
    screens_release(&a->screens);
    text_destroy(a->screens.text);
    images_destroy(a->screens.images);
    if (a->renderer)
        SDL_DestroyRenderer(a->renderer);
    if (a->window)
        SDL_DestroyWindow(a->window);
    free(a);
    return rc;
}
