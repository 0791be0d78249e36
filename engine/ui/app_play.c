/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* A story played: starting it (from the library, a save, or the command
 * line, loaded beside SDL's start), beat -> feedback -> ... -> ending and
 * its debrief, autosave and progress, rewind and reload, and time (the
 * typewriter, fades, meters, breathing, auto-advance). Layer: UI.
 * Every choice is saved at once; a story error becomes the error screen. */
#include "app_internal.h"
#include "lab.h"
#include "attune/audio.h"
#include "attune/alloc.h"
#include "attune/export.h"
#include "attune/i18n.h"
#include "attune/log.h"
#include "attune/markup.h"
#include "attune/paths.h"
#include "attune/story_tools.h"
#include "attune/utf8.h"
#include "attune/voice.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

void app_show_error(App *a)
{
    /* For the writer: the same place and words as the screen shows. */
    log_error("story", "%s:%d: %s", a->error.file, a->error.line, a->error.message);
    story_destroy(a->story);
    a->story = NULL;
    a->depth = 0;
    app_clear_ui(a);
    a->ui.screen = SCREEN_ERROR;
    a->ui.error = &a->error;
    a->ui.can_reload = a->place.story_dir[0] != '\0';
    a->ui.watching = a->lab && lab_watching(a->lab);
    voice_stop();
    app_set_mode(a, MODE_ERROR);
}

/* Remember where the player is (the same data as a save), for reload and saves. */
void app_remember_place(App *a)
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

void app_autosave(App *a)
{
    app_remember_place(a);
    if (paths_save_dir() && !save_autosave(paths_save_dir(), &a->place))
        app_set_notice(a, _("Your progress cannot be saved (the save folder is not writable)."));
    char msg[600];
    if (save_take_notice(msg, sizeof msg)) /* a name in the save folder stepped around */
        app_set_notice(a, msg);
    int n = story_history_count(a->story);
    if (n > SAVE_MAX_STEPS) {
        snprintf(msg, sizeof msg,
                 _("This play is longer than a save can hold (%d answers): Continue will bring "
                   "back its first %d answers."),
                 n, SAVE_MAX_STEPS);
        app_set_notice(a, msg);
    }
}

/* Write the progress when it changed (once a beat at most; none at all on
 * a beat and answer already known from an earlier play). */
void app_save_progress(App *a)
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
void app_refresh_play(App *a)
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

void app_speak_view(App *a)
{
    const StoryView *v = story_view(a->story);
    char t[2400];
    if (v->is_ending)
        snprintf(t, sizeof t, "%s. %s", v->title ? v->title : _("The end"), v->text ? v->text : "");
    else
        snprintf(t, sizeof t, "%s%s%s %s", v->speaker ? v->speaker : "", v->speaker ? ": " : "",
                 v->text ? v->text : "", v->cue ? v->cue : "");
    app_say(a, t);
}

/* Show the story's current view: a beat (typewriter from the start) or the ending. */
static void show_view(App *a)
{
    const StoryView *v = story_view(a->story);
    a->depth = 0;
    UiModel keep = a->ui;
    app_clear_ui(a);
    a->ui.fade = keep.screen == SCREEN_BEAT || keep.screen == SCREEN_FEEDBACK ? 1.0f : 0.0f;
    if (!app_motion(a))
        a->ui.fade = 0;
    a->fade_start = app_now_ms();
    a->ui.anim = 1;
    a->ui.notice = a->notice[0] ? a->notice : NULL;
    a->ui.notice_calm = a->notice_calm;
    /* The story opens with who you are in it ("You are Maya's parent..."),
     * on its first beat, unless something must be said instead. */
    const char *you = story_info(a->story)->you;
    if (!a->ui.notice && !v->is_ending && story_history_count(a->story) == 0 && you && you[0]) {
        a->ui.notice = you;
        a->ui.notice_calm = true;
    }
    find_links(a, v);
    audio_play_music(v->music);
    audio_set_layer(v->is_ending ? NULL : v->state);
    bool seen = a->progress && v->beat_id && progress_seen(a->progress, v->beat_id);
    if (a->progress && v->beat_id && !seen) {
        progress_mark_seen(a->progress, v->beat_id);
        a->progress_dirty = true;
    }
    bool arrived =
        a->mode == MODE_PLAY && (keep.screen == SCREEN_BEAT || keep.screen == SCREEN_FEEDBACK);
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
        a->reveal_start = app_now_ms();
    }
    app_save_progress(a);
    a->auto_at = 0;
    app_refresh_play(a);
    app_set_mode(a, MODE_PLAY);
    app_speak_view(a);
}

static void begin_play(App *a)
{
    const StoryInfo *in = story_info(a->story);
    app_save_progress(a); /* the play before, if any */
    progress_destroy(a->progress);
    a->progress =
        paths_save_dir() ? progress_load(paths_save_dir(), in->id ? in->id : "story") : NULL;
    a->progress_dirty = false;
    a->n_endings_total = -1;
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

void app_preload_start(App *a, const char *dir, uint64_t seed)
{
    Preload *p = attune_calloc(1, sizeof *p);
    if (!p || strlen(dir) >= sizeof p->dir) {
        attune_free(p);
        return;
    }
    str_copy(p->dir, dir, sizeof p->dir);
    p->seed = seed;
    p->lib_dir = a->lib_dir;
    p->error = a->error;
    p->thread = SDL_CreateThread(preload_run, "attune-story", p);
    if (!p->thread) {
        attune_free(p);
        return;
    }
    a->preload = p;
}

/* The preloaded story if it is `dir` with `seed` (true, with a->story and
 * a->error set as story_load would); the thread is joined either way. */
bool app_preload_take(App *a, const char *dir, uint64_t seed)
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
    attune_free(p);
    return same;
}

void app_start_story(App *a, const char *dir, uint64_t seed)
{
    story_destroy(a->story);
    roads_clear(&a->roads);
    app_set_notice(a, NULL);
    /* The place is this story's start, so that a story that fails to load
     * can be tried again from the error screen once it is fixed. */
    save_data_clear(&a->place);
    str_copy(a->place.story_dir, dir, sizeof a->place.story_dir);
    a->place.seed = seed;
    if (!app_preload_take(a, dir, seed))
        a->story = story_load(dir, a->lib_dir, seed, &a->error);
    if (!a->story) {
        app_show_error(a);
        return;
    }
    begin_play(a);
    if (a->progress)
        progress_start_play(a->progress, (int64_t)time(NULL));
    a->progress_dirty = true;
    /* Before the first frame, the first autosave of the play waits for it:
     * its fsyncs (2 to 20 ms, by the disk) need not keep the window empty. */
    if (a->late_started)
        app_autosave(a);
    else
        a->autosave_late = true;
    show_view(a);
    /* The first play of any story begins with the guide to the meters, once. */
    if (!a->settings.guide_seen) {
        a->settings.guide_seen = true;
        app_save_settings(a);
        app_open_guide(a);
    }
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
            app_show_error(a);
        } else {
            app_set_notice(a, msg);
            app_build_title(a);
        }
        return;
    }
    story_destroy(a->story);
    a->story = s;
    roads_from_save(&a->roads, d, a->lib_dir);
    begin_play(a);
    app_set_notice(a, msg);
    app_remember_place(a);
    show_view(a);
    a->ui.reveal = -1;
}

/* Play on from save `d` (the library finds its story and replays it), with
 * the roads it kept. Leaves `d` as it was, apart from its story folder. */
void app_open_saved(App *a, SaveData *d)
{
    app_ensure_library(a);
    char msg[512] = "";
    Story *s = library_open_save(&a->library, d, a->lib_dir, msg, sizeof msg, &a->error);
    play_saved(a, s, d, msg);
}

void app_continue_game(App *a)
{
    app_ensure_library(a);
    SaveData d;
    char msg[512];
    Story *s =
        library_resume(&a->library, paths_save_dir(), a->lib_dir, msg, sizeof msg, &a->error, &d);
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
            app_show_error(a);
        return;
    }
    if (a->progress && chosen_id[0] && !progress_chosen(a->progress, chosen_id)) {
        progress_mark_chosen(a->progress, chosen_id);
        a->progress_dirty = true; /* written with the next beat's marks */
    }
    app_set_notice(a, NULL);
    app_autosave(a);
    v = story_view(a->story);
    play_feedback_sounds(v);
    if (!a->settings.feedback || !v->has_feedback) {
        show_view(a);
        return;
    }
    a->ui.screen = SCREEN_FEEDBACK;
    a->ui.view = v;
    a->ui.focus = a->ui.hover = -1;
    a->ui.fade = app_motion(a) ? 1.0f : 0.0f;
    a->fade_start = app_now_ms();
    a->ui.anim = app_motion(a) ? 0.001f : 1.0f;
    a->anim_start = app_now_ms();
    app_refresh_play(a);
    const StoryStep *f = &v->feedback;
    char t[6400], head[1200], inner[4200];
    if (screens_pair_feedback(f, head, sizeof head, inner, sizeof inner))
        /* two people: what it did to each, and each one's inner voice */
        snprintf(t, sizeof t, "%s. %s. %s", head, inner, f->why ? f->why : "");
    else
        snprintf(t, sizeof t, "%s%s. %s %s", f->label,
                 f->repaired   ? _(", the rupture is repaired")
                 : f->deepened ? _(", the rupture deepened")
                 : f->opened   ? _(", a rupture opened")
                               : "",
                 f->inner ? f->inner : "", f->why ? f->why : "");
    if (f->steady) {
        size_t len = strlen(t);
        snprintf(t + len, sizeof t - len, " %s", f->steady);
    }
    if (f->rule) {
        size_t len = strlen(t);
        snprintf(t + len, sizeof t - len, " %s", f->rule);
    }
    app_say(a, t);
    if (a->settings.auto_advance) {
        size_t chars = strlen(f->inner ? f->inner : "") + strlen(f->why ? f->why : "");
        a->auto_at = app_now_ms() + 2500 + (Uint64)chars * 45;
    }
}

/* Take back the last `k` answers: the road so far is kept (history and
 * debrief show both), and the story is replayed to `k` answers before. */
void app_rewind(App *a, int k)
{
    int n = story_history_count(a->story);
    if (n == 0) {
        app_set_notice(a, _("This is the start of the story: there is no answer to take back."));
        return;
    }
    if (k > n)
        k = n;
    roads_keep(&a->roads, a->story);
    app_remember_place(a);
    Story *s = story_load(a->place.story_dir, a->lib_dir, a->place.seed, &a->error);
    int done = s ? story_replay(s, (const char *const *)a->place.path, n - k, &a->error) : -1;
    if (done < 0) {
        story_destroy(s);
        app_show_error(a);
        return;
    }
    story_destroy(a->story);
    a->story = s;
    char msg[200];
    if (k == 1) /* not a count: "your last answer" */
        snprintf(msg, sizeof msg, "%s",
                 _("You took back your last answer. Choose again: both roads stay in the "
                   "history and the debrief."));
    else
        snprintf(msg, sizeof msg,
                 P_("You took back %d answer. Choose again: both roads stay in the "
                    "history and the debrief.",
                    "You took back %d answers. Choose again: both roads stay in the "
                    "history and the debrief.",
                    k),
                 k);
    app_set_news(a, msg); /* what the player asked for: news, not a warning */
    app_autosave(a);
    show_view(a);
    a->ui.reveal = -1; /* a line already read */
}

/* Reload the story from disk and replay the player's path: the same place
 * when it still exists, else the last answer that does (and say so). On a
 * story error, the error screen; the save is not touched either way. */
void app_reload(App *a)
{
    app_reload_saying(a, NULL);
}

void app_reload_saying(App *a, const char *news)
{
    if (!a->place.story_dir[0])
        return;
    Story *s = story_load(a->place.story_dir, a->lib_dir, a->place.seed, &a->error);
    int done =
        s ? story_replay(s, (const char *const *)a->place.path, a->place.n_path, &a->error) : -1;
    if (done < 0) {
        story_destroy(s);
        log_error("story", "reload failed: %s:%d: %s", a->error.file, a->error.line,
                  a->error.message);
        app_show_error(a);
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
        snprintf(msg, sizeof msg, "%s", news ? news : _("Reloaded from disk."));
    if (done < a->place.n_path)
        app_set_notice(a, msg);
    else
        app_set_news(a, msg); /* nothing lost: news, not a warning (--watch says it often) */
    app_remember_place(a);
    show_view(a);
    a->ui.reveal = -1; /* no typewriter again for a line already read */
}

/* ---- the debrief's picture ---- */

/* `path` for a notice: broken onto lines after its slashes, at most about
 * `per_line` characters each, so the wrap never cuts a name (or the date and
 * time in it) in two; a name longer than a line keeps a line of its own.
 * Markup's '*' is escaped. */
static void path_lines(char *out, size_t n, const char *path, size_t per_line)
{
    size_t o = 0, line = 0;
    const char *p = path;
    while (*p && o + 4 < n) {
        size_t len = strcspn(p, "/");
        len += p[len] == '/';
        if (line > 0 && line + len > per_line) {
            out[o++] = '\n';
            line = 0;
        }
        for (size_t k = 0; k < len && o + 3 < n; k++) {
            if (p[k] == '*')
                out[o++] = '\\';
            out[o++] = p[k];
        }
        line += len;
        p += len;
    }
    out[o] = '\0';
}

static void export_debrief(App *a)
{
    char dir[1100], path[1400];
    if (!export_dir(dir, sizeof dir)) {
        app_set_notice(a, _("No folder could be found to save the picture in."));
        return;
    }
    export_name(path, sizeof path, dir, story_info(a->story)->id, "png");
    UiModel m = a->ui;
    int pages =
        export_png(&m, &a->screens, a->settings.dyslexic_font, a->font_dir, 1920, 1080, path);
    if (pages > 0) {
        char msg[1500], where[1500];
        path_lines(where, sizeof where, path, 34);
        if (pages == 1)
            snprintf(msg, sizeof msg, _("Saved the debrief as a picture:\n%s"), where);
        else
            snprintf(msg, sizeof msg, _("Saved the debrief's %d pages as one picture:\n%s"), pages,
                     where);
        app_set_news(a, msg);
        log_debug("app", "exported %s", path);
        fprintf(stderr, "attune: exported %s\n", path);
    } else {
        app_set_notice(a, _("The picture could not be saved (see the terminal for why)."));
    }
}

bool app_revealing(const App *a)
{
    return a->mode == MODE_PLAY && a->ui.screen == SCREEN_BEAT && a->ui.reveal >= 0;
}

static void finish_reveal(App *a)
{
    a->ui.reveal = -1;
    a->dirty = true;
}

void app_handle_play(App *a, InputAction act)
{
    UiModel *m = &a->ui;
    int n = screens_item_count(m);
    switch (m->screen) {
    case SCREEN_BEAT:
        if (act.kind == INPUT_BACK) {
            app_open_pause(a);
        } else if (act.kind == INPUT_SCROLL && act.index < 0) {
            app_open_history(a); /* wheel up: read back, as in visual novels */
        } else if (app_revealing(a)) {
            /* A key or a click completes the line first. */
            if (act.kind == INPUT_CONFIRM || act.kind == INPUT_CLICK || act.kind == INPUT_CHOOSE)
                finish_reveal(a);
        } else if (m->beat_step == 0 && screens_beat_steps(&a->screens, m, a->w, a->h)) {
            /* A beat in two steps, its line up: any going on shows its
             * answers; a number key chooses nothing unseen. */
            if (act.kind == INPUT_CONFIRM || act.kind == INPUT_CLICK || act.kind == INPUT_CHOOSE ||
                act.kind == INPUT_DOWN || act.kind == INPUT_RIGHT) {
                m->beat_step = 1;
                m->focus = m->hover = -1;
                app_say(a, _("Your answers. Left: the whole line."));
            } else if (act.kind == INPUT_POINTER) {
                return;
            }
        } else if (act.kind == INPUT_LEFT && m->beat_step == 1 &&
                   screens_beat_steps(&a->screens, m, a->w, a->h)) {
            m->beat_step = 0; /* back to the whole line */
            m->focus = m->hover = -1;
        } else if (act.kind == INPUT_CHOOSE) {
            choose(a, act.index);
        } else if (act.kind == INPUT_UP || act.kind == INPUT_LEFT) {
            app_move_focus(a, -1, n);
        } else if (act.kind == INPUT_DOWN || act.kind == INPUT_RIGHT) {
            app_move_focus(a, 1, n);
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
            app_open_pause(a);
        break;
    case SCREEN_ENDING:
        if (act.kind == INPUT_CONFIRM || act.kind == INPUT_CLICK) {
            app_set_notice(a, NULL);
            app_build_title(a);
        } else if (act.kind == INPUT_BACK) {
            app_open_pause(a);
        } else if (act.kind == INPUT_DOWN || act.kind == INPUT_RIGHT ||
                   ((act.kind == INPUT_SCROLL || act.kind == INPUT_PAGE) && act.index > 0)) {
            /* The debrief's pages, within bounds: past the last stays there. */
            int pages = screens_ending_pages(&a->screens, m, a->w, a->h);
            m->page = m->page + 1 < pages ? m->page + 1 : pages - 1;
        } else if (act.kind == INPUT_UP || act.kind == INPUT_LEFT || act.kind == INPUT_SCROLL ||
                   act.kind == INPUT_PAGE) {
            m->page = m->page > 0 ? m->page - 1 : 0;
        } else if (act.kind == INPUT_EXPORT) {
            export_debrief(a);
        } else if (act.kind == INPUT_COMPARE && m->n_roads > 0) {
            /* Side by side from where the roads parted: its first page. */
            m->compare = !m->compare;
            m->page = m->compare ? 1 : 0;
            int pages = screens_ending_pages(&a->screens, m, a->w, a->h);
            if (m->page >= pages)
                m->page = pages - 1;
        }
        break;
    default:
        break;
    }
    a->dirty = true;
}

/* ---- time: typewriter, fades, breathing, auto-advance ---- */

/* Advance whatever moves; returns the milliseconds until it next needs a
 * frame, or -1 when nothing moves (the loop may sleep until an event). */
int app_tick(App *a)
{
    int wait = -1;
    Uint64 t = app_now_ms();
    if (app_revealing(a)) {
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
    if (a->mode == MODE_BREATHE && app_motion(a)) {
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
