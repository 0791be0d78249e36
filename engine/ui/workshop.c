/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Workshop mode: the flow of a session and the facilitator's keys.
 * Layer: UI. Two "lanes" can be played: the group's road (lane 0,
 * recorded in the session) and a road not taken (lane 1, a second copy of
 * the story replayed to an earlier decision, recorded as a road when the
 * facilitator returns). Over a lane's own screen (beat, tie, chosen,
 * revealed, ending, debrief) a short stack of overlays can open: a
 * discussion pause, the list of past decisions, the menu, the key map, the
 * export. Nothing moves unless a timer runs or the meters animate, so an
 * idle session costs nothing. The record kept in the save folder and the
 * RESUME screen are workshop_record.c's (workshop_internal.h). */
#include "attune/workshop.h"
#include "attune/alloc.h"
#include "attune/audio.h"
#include "attune/input.h"
#include "attune/i18n.h"
#include "attune/log.h"
#include "attune/resume.h"
#include "attune/session.h"
#include "attune/session_report.h"
#include "attune/stage.h"
#include "attune/utf8.h"
#include "workshop_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const MENU_ITEMS[] = {
    N_("Back to the session"), N_("Keyboard map"),          N_("Debrief so far"),
    N_("Export the report"),   N_("Projector: dark theme"), N_("Votes from phones: on"),
    N_("End the session"),
};
enum {
    MENU_BACK,
    MENU_KEYS,
    MENU_DEBRIEF,
    MENU_EXPORT,
    MENU_THEME,
    MENU_PHONES,
    MENU_END,
    MENU_COUNT
};

long long workshop_now_ms(void)
{
    return (long long)SDL_GetTicks64();
}

/* ---- timers ---- */

static long long timer_left(const Timer *t, long long now)
{
    if (!t->running)
        return t->left;
    long long l = t->left - (now - t->since);
    return l > 0 ? l : 0;
}

void workshop_timer_reset(Timer *t, long long total)
{
    memset(t, 0, sizeof *t);
    t->total = t->left = total;
}

static void timer_toggle(Timer *t, long long now)
{
    if (t->running) {
        t->left = timer_left(t, now);
        t->running = false;
        return;
    }
    if (t->left <= 0)
        t->left = t->total;
    t->since = now;
    t->running = t->on = true;
}

static void timer_adjust(Timer *t, long long d, long long now)
{
    long long left = timer_left(t, now) + d;
    t->total += d;
    if (t->total < TIMER_MIN_MS)
        t->total = TIMER_MIN_MS;
    if (t->total > TIMER_MAX_MS)
        t->total = TIMER_MAX_MS;
    t->left = left < 0 ? 0 : left > t->total ? t->total : left;
    t->since = now;
    t->on = true;
}

/* ---- what is shown ---- */

static Lane *lane(Workshop *w)
{
    return &w->lane[w->cur];
}

static StagePhase top(const Workshop *w)
{
    return w->depth ? w->stack[w->depth - 1] : w->lane[w->cur].phase;
}

void workshop_notice(Workshop *w, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(w->notice, sizeof w->notice, fmt, ap);
    va_end(ap);
    w->dirty = true;
}

/* The view the lane shows: the beat answered on while its answer is up. */
static const StoryView *lane_view(const Lane *l)
{
    if ((l->phase == STAGE_CHOSEN || l->phase == STAGE_REVEALED) && l->held)
        return l->held;
    return story_view(l->story);
}

static void build_model(Workshop *w, StageModel *m, bool projector)
{
    Lane *l = lane(w);
    long long now = workshop_now_ms();
    memset(m, 0, sizeof *m);
    m->phase = top(w);
    m->paused_from = l->phase;
    m->view = lane_view(l);
    m->beat_page = l->beat_page;
    m->session = &w->session;
    m->votes = workshop_lane_votes(w, l);
    m->chosen = (l->phase == STAGE_CHOSEN || l->phase == STAGE_REVEALED) ? l->chosen : -1;
    if (m->chosen >= 0 && story_view(l->story)->has_feedback) {
        m->step = &story_view(l->story)->feedback;
        m->face = story_view(l->story)->feedback_portrait;
    }
    m->anim = 1.0f;
    if (l->phase == STAGE_REVEALED && !w->host->settings->reduce_motion) {
        float f = (float)(now - l->reveal_at) / (float)REVEAL_MS;
        m->anim = f < 0 ? 0 : f > 1 ? 1 : f;
    }
    m->n_tied = l->n_tied;
    memcpy(m->tied, l->tied, sizeof m->tied);
    const Timer *t = NULL;
    if (m->phase == STAGE_DISCUSS) {
        t = &w->talk;
        m->timer_label = _("Discussion");
    } else if ((l->phase == STAGE_BEAT || l->phase == STAGE_TIE) && l->vote.on) {
        t = &l->vote;
        m->timer_label = _("Vote");
    }
    if (t) {
        m->timer_on = true;
        m->timer_running = t->running;
        long long left = timer_left(t, now);
        m->timer_left_s = (int)((left + 999) / 1000);
        m->timer_total_s = (int)(t->total / 1000);
    }
    m->question = m->view ? m->view->reflect : NULL;
    if (w->cur == 1) {
        m->side_road = true;
        m->side_from = l->from + 1;
        if (l->from < w->session.n_decisions) {
            const SessionDecision *d = &w->session.decisions[l->from];
            if (d->chosen >= 0 && d->chosen < d->n_options)
                m->side_group_kind = d->options[d->chosen].kind;
        }
    }
    m->focus = m->phase == STAGE_ROADS  ? w->roads_focus
               : m->phase == STAGE_MENU ? w->menu_focus
                                        : -1;
    m->page = w->page;
    m->folder = w->folder;
    m->saved_html = w->saved_html[0] ? w->saved_html : NULL;
    m->saved_json = w->saved_json[0] ? w->saved_json : NULL;
    m->export_error = w->export_error[0] ? w->export_error : NULL;
    m->n_menu = MENU_COUNT;
    for (int i = 0; i < MENU_COUNT; i++)
        m->menu[i] = _(MENU_ITEMS[i]);
    if (w->session.ended_at)
        m->menu[MENU_DEBRIEF] = _("The debrief");
    if (w->dark_projector)
        m->menu[MENU_THEME] = _("Projector: light theme");
    if (w->phones)
        m->menu[MENU_PHONES] = _("Votes from phones: off");
    m->phones_on = w->phones != NULL;
    m->phones_error = w->phones_error[0] ? w->phones_error : NULL;
    if (w->phones) {
        m->phones_url = phone_server_url(w->phones);
        m->phones_local = phone_server_local(w->phones);
        m->phones_code = phone_server_code(w->phones);
        m->phones_joined = w->phones_joined;
        m->phones_voted = w->phones_voted;
    }
    if (w->cur == 0 && (w->phones || w->phone_kept))
        m->phone_votes = w->phone_votes;
    if (m->phase == STAGE_RESUME) {
        /* nothing of the new session under it: the room, dimmed */
        m->paused_from = STAGE_RESUME;
        m->n_menu = 2;
        m->menu[0] = w->offer_text[0];
        m->menu[1] = _("Start afresh");
        m->menu_detail[0] = _("Votes, pauses, roads not taken and timings as they were");
        m->menu_detail[1] = _("A new session from the start; the unfinished one is kept");
        m->resume_note = w->offer_text[1];
        m->focus = w->resume_focus;
    }
    m->notice = w->notice[0] ? w->notice : NULL;
    m->overlay = projector && w->overlay && !w->pres.window;
    m->projector_theme = projector && !w->dark_projector;
    m->presenter_window = projector && w->pres.window;
    /* what the room sees under the facilitator's pages: the top of the
     * stack that is not one of them */
    m->room = l->phase;
    for (int k = w->depth - 1; k >= 0; k--)
        if (w->stack[k] != STAGE_MENU && w->stack[k] != STAGE_KEYS && w->stack[k] != STAGE_EXPORT &&
            w->stack[k] != STAGE_RESUME) {
            m->room = w->stack[k];
            break;
        }
    m->session_ms = now - w->session.started_at;
    m->story_title = w->session.story_title;
    m->room_pages = 1;
    /* the presenter says which page of a long beat the room has up */
    int pw = 0, ph = 0;
    StageMeasure me;
    StageModel room;
    if (!projector && w->host->renderer &&
        SDL_GetRendererOutputSize(w->host->renderer, &pw, &ph) == 0) {
        build_model(w, &room, true);
        if (stage_measure(w->host->screens, &room, pw, ph, &me) && me.pages > 1) {
            m->room_page = me.page;
            m->room_pages = me.pages;
            m->room_first = me.first_card;
            m->room_count = me.line_only ? 0 : me.n_cards;
        }
    }
}

const char *workshop_screen(const Workshop *w, char *buf, size_t n)
{
    static const char *const NAMES[] = {"beat",  "tie",    "chosen",  "revealed", "discuss",
                                        "roads", "ending", "debrief", "export",   "menu",
                                        "keys",  "resume", "phones"};
    StagePhase p = top(w);
    snprintf(buf, n, "workshop-%s%s", (unsigned)p < sizeof NAMES / sizeof NAMES[0] ? NAMES[p] : "?",
             w->cur == 1 ? "-side" : "");
    return buf;
}

const StoryView *workshop_beat(const Workshop *w)
{
    const Lane *l = &w->lane[w->cur];
    return top(w) == STAGE_BEAT && l->story ? story_view(l->story) : NULL;
}

bool workshop_dirty(const Workshop *w)
{
    return w->dirty;
}

SDL_Window *workshop_presenter(const Workshop *w)
{
    return w->pres.window;
}

/* ---- the presenter window ---- */

static void presenter_close(Workshop *w)
{
    Presenter *p = &w->pres;
    screens_close(&p->screens);
    if (p->renderer)
        SDL_DestroyRenderer(p->renderer);
    if (p->window)
        SDL_DestroyWindow(p->window);
    memset(p, 0, sizeof *p);
    w->dirty = true;
}

static void presenter_apply(Workshop *w)
{
    const Settings *st = w->host->settings;
    Screens *s = &w->pres.screens;
    s->high_contrast = st->high_contrast;
    s->hide_meters = false;
    s->text_scale = 1.0f; /* the laptop is read from arm's length */
    if (s->text)
        text_set_family(s->text, st->dyslexic_font ? TEXT_FAMILY_DYSLEXIC : TEXT_FAMILY_SANS);
}

/* With two displays the projector window goes full screen on the second
 * and the presenter opens on the first (the laptop's, as a rule). */
static void presenter_open(Workshop *w)
{
    int displays = SDL_GetNumVideoDisplays();
    Presenter *p = &w->pres;
    int x = SDL_WINDOWPOS_UNDEFINED, y = SDL_WINDOWPOS_UNDEFINED, pw = 1280, ph = 720;
    SDL_Rect r;
    if (displays >= 2) {
        SDL_SetWindowPosition(w->host->window, (int)SDL_WINDOWPOS_CENTERED_DISPLAY(1),
                              (int)SDL_WINDOWPOS_CENTERED_DISPLAY(1));
        SDL_SetWindowFullscreen(w->host->window, SDL_WINDOW_FULLSCREEN_DESKTOP);
        x = y = (int)SDL_WINDOWPOS_CENTERED_DISPLAY(0);
        if (SDL_GetDisplayUsableBounds(0, &r) == 0 && r.w > 0) {
            pw = r.w * 9 / 10;
            ph = r.h * 9 / 10;
        }
    } else if (SDL_GetDisplayUsableBounds(0, &r) == 0 && r.w > 0) {
        /* one display (a rehearsal): at its right edge, over the game's if
         * need be, large enough to read at arm's length (its type scales
         * with it: at 1152 x 720 the smallest is 17 px) */
        pw = r.w / 2 > 1152 ? r.w / 2 : 1152;
        pw = pw < r.w ? pw : r.w;
        ph = pw * 10 / 16;
        ph = ph < r.h * 9 / 10 ? ph : r.h * 9 / 10;
        x = r.x + r.w - pw;
        y = r.y + (r.h - ph) / 2;
    }
    p->window = SDL_CreateWindow(_("Attune: presenter"), x, y, pw, ph,
                                 SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!p->window) {
        log_error("workshop", "cannot open the presenter window: %s", SDL_GetError());
        return;
    }
    SDL_SetWindowMinimumSize(p->window, SCREENS_MIN_W, SCREENS_MIN_H);
    SDL_RendererInfo info;
    Uint32 flags = SDL_RENDERER_ACCELERATED;
    if (SDL_GetRendererInfo(w->host->renderer, &info) == 0 && (info.flags & SDL_RENDERER_SOFTWARE))
        flags = SDL_RENDERER_SOFTWARE;
    p->renderer = SDL_CreateRenderer(p->window, -1, flags);
    if (!p->renderer)
        p->renderer = SDL_CreateRenderer(p->window, -1, SDL_RENDERER_SOFTWARE);
    if (!screens_open(&p->screens, p->renderer, w->host->font_dir, w->host->screens->data_dir,
                      false)) {
        log_error("workshop", "cannot draw the presenter window: %s", SDL_GetError());
        presenter_close(w);
        return;
    }
    presenter_apply(w);
    SDL_RaiseWindow(p->window);
}

/* How many pages the projector shows the lane's beat in (stage_beat_pages). */
static int projector_pages(Workshop *w)
{
    StageModel m;
    build_model(w, &m, true);
    int pw = 0, ph = 0;
    if (!w->host->renderer || SDL_GetRendererOutputSize(w->host->renderer, &pw, &ph) != 0)
        return 1;
    int n = stage_beat_pages(w->host->screens, &m, pw, ph);
    return n < 1 ? 1 : n;
}

/* ---- the flow ---- */

void workshop_lane_clear(Lane *l)
{
    attune_free(l->held);
    l->held = NULL;
    memset(l->votes, 0, sizeof l->votes);
    l->n_tied = 0;
    l->chosen = -1;
}

/* The lane's story moved on: show its new beat (or ending). */
static void enter_view(Workshop *w, Lane *l)
{
    workshop_lane_clear(l);
    const StoryView *v = story_view(l->story);
    long long now = workshop_now_ms();
    workshop_timer_reset(&l->vote, l->vote.total ? l->vote.total : VOTE_DEFAULT_MS);
    audio_play_music(v->music);
    audio_set_layer(v->is_ending ? NULL : v->state);
    if (v->is_ending) {
        l->phase = STAGE_ENDING;
        if (l == &w->lane[0]) {
            session_finish(&w->session, v, now);
            workshop_record_keep(w);
        }
    } else {
        l->phase = STAGE_BEAT;
        l->beat_page = 0; /* a long beat: its line first (StageModel.beat_page) */
        if (l == &w->lane[0])
            session_begin_beat(&w->session, v, now);
    }
    w->dirty = true;
}

/* On a road not taken, at the decision it leaves from: is answer i the
 * group's own (which this road is not)? */
static bool refused(const Workshop *w, int i)
{
    const Lane *l = &w->lane[w->cur];
    if (w->cur != 1 || l->first_option >= 0 || l->from >= w->session.n_decisions)
        return false;
    const StoryView *v = story_view(l->story);
    const SessionDecision *d = &w->session.decisions[l->from];
    return i >= 0 && i < v->n_choices && d->chosen >= 0 && d->chosen < d->n_options &&
           v->choices[i].id && d->options[d->chosen].id &&
           strcmp(v->choices[i].id, d->options[d->chosen].id) == 0;
}

static void decide(Workshop *w, int i, SessionDecidedBy by)
{
    Lane *l = lane(w);
    const StoryView *v = story_view(l->story);
    if (l->phase != STAGE_BEAT && l->phase != STAGE_TIE)
        return;
    if (i < 0 || i >= v->n_choices) {
        workshop_notice(w, _("There is no answer %c here."), stage_letter(i));
        return;
    }
    if (!v->choices[i].enabled) {
        workshop_notice(w, _("%c is not open now: %s"), stage_letter(i),
                        v->choices[i].hint ? v->choices[i].hint : _("not available"));
        return;
    }
    if (refused(w, i)) {
        workshop_notice(w,
                        _("%c is the answer the group chose. Pick another to see where it leads."),
                        stage_letter(i));
        return;
    }
    if (w->cur == 0)
        workshop_phones_close(w); /* picked directly: the phones' vote closes too */
    StoryView *held = story_view_copy(v);
    if (!held) {
        workshop_notice(w, _("Out of memory."));
        return;
    }
    StoryError err;
    if (!story_choose(l->story, i, &err)) {
        attune_free(held);
        if (err.line == -1)
            workshop_notice(w, "%s", err.message);
        else
            workshop_notice(w, _("Story error: %s:%d: %s"), err.file, err.line, err.message);
        return;
    }
    const StoryView *nv = story_view(l->story);
    if (w->cur == 0) {
        session_decide(&w->session, i, by, nv->has_feedback ? &nv->feedback : NULL,
                       workshop_now_ms());
        workshop_record_keep(w);
    } else if (l->first_option < 0) {
        l->first_option = i;
    }
    l->held = held;
    l->chosen = i;
    l->n_tied = 0;
    l->vote.running = false;
    l->phase = STAGE_CHOSEN;
    audio_play_effect(AUDIO_CHOICE);
    w->dirty = true;
}

static void reveal(Workshop *w)
{
    Lane *l = lane(w);
    if (l->phase != STAGE_CHOSEN)
        return;
    l->phase = STAGE_REVEALED;
    l->reveal_at = workshop_now_ms();
    const StoryView *nv = story_view(l->story);
    if (nv->has_feedback && nv->feedback.opened)
        audio_play_effect(AUDIO_RUPTURE);
    else if (nv->has_feedback && nv->feedback.repaired)
        audio_play_effect(AUDIO_REPAIR);
    if (w->cur == 0) {
        session_mark_revealed(&w->session);
        workshop_record_keep(w);
    }
    w->dirty = true;
}

static void confirm(Workshop *w)
{
    Lane *l = lane(w);
    const StoryView *v = story_view(l->story);
    int tied[STORY_MAX_CHOICES], n_tied = 0;
    int total = 0;
    const int *votes = workshop_lane_votes(w, l);
    for (int i = 0; i < v->n_choices; i++)
        total += votes[i];
    if (total == 0) { /* nothing to close on: the phones vote on */
        workshop_notice(w, _("No votes yet: A-%c add votes, or a number picks an answer."),
                        stage_letter(v->n_choices - 1));
        return;
    }
    if (w->cur == 0) {
        workshop_phones_close(w); /* the phones' vote closes with the facilitator's Return */
        votes = workshop_lane_votes(w, l);
        total = 0;
        for (int i = 0; i < v->n_choices; i++)
            total += votes[i];
        if (total == 0) { /* the room's exact count: a vote had gone meanwhile */
            workshop_notice(w, _("No votes yet: A-%c add votes, or a number picks an answer."),
                            stage_letter(v->n_choices - 1));
            workshop_phones_sync(w); /* open again */
            return;
        }
    }
    int best = session_majority(votes, v->n_choices, tied, &n_tied);
    if (best >= 0) {
        decide(w, best, SESSION_BY_MAJORITY);
        return;
    }
    l->n_tied = n_tied;
    memcpy(l->tied, tied, sizeof tied);
    l->phase = STAGE_TIE;
    w->dirty = true;
}

void workshop_push(Workshop *w, StagePhase p)
{
    if (w->depth < OVERLAYS)
        w->stack[w->depth++] = p;
    w->dirty = true;
}

void workshop_pop(Workshop *w)
{
    if (!w->depth)
        return;
    StagePhase p = w->stack[--w->depth];
    if (p == STAGE_DISCUSS) {
        w->talk.left = timer_left(&w->talk, workshop_now_ms());
        w->talk.running = false;
        session_pause_end(&w->session, workshop_now_ms());
        if (w->session.n_decisions > 0)
            workshop_record_keep(w);
    }
    if (p == STAGE_EXPORT)
        SDL_StopTextInput();
    w->dirty = true;
}

static void open_pause(Workshop *w)
{
    workshop_push(w, STAGE_DISCUSS);
    long long now = workshop_now_ms();
    workshop_timer_reset(&w->talk, w->talk.total ? w->talk.total : TALK_DEFAULT_MS);
    timer_toggle(&w->talk, now);
    session_pause_begin(&w->session, now);
}

static void open_export(Workshop *w)
{
    if (!w->folder[0]) {
        if (w->host->report_dir)
            snprintf(w->folder, sizeof w->folder, "%s", w->host->report_dir);
        else
            workshop_record_folder(w->folder, sizeof w->folder);
        if (!w->folder[0] && !session_report_dir(w->folder, sizeof w->folder))
            w->folder[0] = '\0';
    }
    w->saved_html[0] = w->saved_json[0] = w->export_error[0] = '\0';
    w->exported = false;
    workshop_push(w, STAGE_EXPORT);
    SDL_StartTextInput();
}

static void do_export(Workshop *w)
{
    char err[FOLDER_MAX + 200] = "";
    w->saved_html[0] = w->saved_json[0] = w->export_error[0] = '\0';
    if (!w->folder[0]) {
        snprintf(w->export_error, sizeof w->export_error,
                 _("Type a folder to save the report in."));
    } else if (session_export(&w->session, w->folder, w->saved_html, w->saved_json,
                              sizeof w->saved_html, err)) {
        w->exported = true;
        w->saved_at = w->session.n_decisions + w->session.n_roads;
        workshop_record_remember_folder(w->folder);
        log_debug("workshop", "report saved: %s and %s", w->saved_html, w->saved_json);
        SDL_StopTextInput();
    } else {
        w->saved_html[0] = w->saved_json[0] = '\0';
        snprintf(w->export_error, sizeof w->export_error, "%s",
                 err[0] ? err : _("The report could not be saved."));
    }
    w->dirty = true;
}

/* Leave the road not taken: keep what it did, and go back to the group. */
static void return_to_group(Workshop *w)
{
    if (w->cur != 1)
        return;
    Lane *l = &w->lane[1];
    if (l->first_option >= 0) {
        int n = story_history_count(l->story) - l->steps_from;
        const StoryView *v = story_view(l->story);
        session_add_road(&w->session, l->from, l->first_option,
                         n > 0 ? story_history(l->story, l->steps_from) : NULL, n > 0 ? n : 0,
                         v->is_ending ? v->title : NULL, workshop_now_ms() - l->started);
        workshop_record_keep(w);
    }
    workshop_lane_clear(l);
    story_destroy(l->story);
    memset(l, 0, sizeof *l);
    w->cur = 0;
    while (w->depth)
        workshop_pop(w);
    workshop_sound(w);
    workshop_notice(w, _("Back on the group's road."));
}

/* Take the road not taken at decision `k`: a second copy of the story,
 * replayed to just before it. */
static void take_road(Workshop *w, int k)
{
    if (k < 0 || k >= w->session.n_decisions)
        return;
    StoryError err;
    Story *s = story_load(w->dir, w->host->lib_dir, w->seed, &err);
    if (!s) {
        workshop_notice(w, _("The story cannot be loaded again: %s:%d: %s"), err.file, err.line,
                        err.message);
        return;
    }
    const char *ids[512];
    int n = k < 512 ? k : 512;
    for (int i = 0; i < n; i++) {
        const SessionDecision *d = &w->session.decisions[i];
        ids[i] = d->chosen >= 0 && d->chosen < d->n_options ? d->options[d->chosen].id : "";
    }
    int got = story_replay(s, ids, n, &err);
    const StoryView *v = story_view(s);
    if (got != n || v->is_ending || !v->beat_id ||
        strcmp(v->beat_id, w->session.decisions[k].beat ? w->session.decisions[k].beat : "")) {
        story_destroy(s);
        workshop_notice(w, _("That decision cannot be played again (the story has changed)."));
        return;
    }
    while (w->depth)
        workshop_pop(w);
    Lane *l = &w->lane[1];
    memset(l, 0, sizeof *l);
    l->story = s;
    l->from = k;
    l->first_option = -1;
    l->steps_from = story_history_count(s);
    l->started = workshop_now_ms();
    l->vote.total = VOTE_DEFAULT_MS;
    w->cur = 1;
    enter_view(w, l);
    workshop_notice(
        w, _("The road not taken, from decision %d. Pick another answer; N returns to the group."),
        k + 1);
}

static void go_on(Workshop *w)
{
    Lane *l = lane(w);
    if (l->phase == STAGE_REVEALED) {
        enter_view(w, l);
    } else if (l->phase == STAGE_ENDING) {
        if (w->cur == 1) {
            return_to_group(w);
        } else {
            l->phase = STAGE_DEBRIEF;
            w->page = 0;
            w->dirty = true;
        }
    }
}

static int debrief_pages(Workshop *w)
{
    StageModel m;
    build_model(w, &m, true);
    int pw, ph;
    SDL_GetRendererOutputSize(w->host->renderer, &pw, &ph);
    return stage_debrief_pages(w->host->screens, &m, pw, ph);
}

/* The projector's theme: light for a room (the default), or the game's own. */
static void toggle_theme(Workshop *w)
{
    w->dark_projector = !w->dark_projector;
    workshop_notice(w, "%s",
                    w->dark_projector ? _("The projector in the game's dark theme.")
                                      : _("The projector in the light theme, for a room."));
}

static WorkshopResult menu_activate(Workshop *w, int i)
{
    workshop_pop(w); /* the menu */
    switch (i) {
    case MENU_KEYS:
        workshop_push(w, STAGE_KEYS);
        break;
    case MENU_DEBRIEF:
        w->page = 0;
        if (w->lane[0].phase != STAGE_DEBRIEF || w->cur != 0)
            workshop_push(w, STAGE_DEBRIEF);
        break;
    case MENU_EXPORT:
        open_export(w);
        break;
    case MENU_THEME:
        toggle_theme(w);
        break;
    case MENU_PHONES:
        if (w->phones) {
            workshop_phones_off(w);
            workshop_notice(w, "%s", _("Votes from phones are off."));
        } else {
            char why[300];
            if (workshop_phones_on(w, why, sizeof why))
                workshop_push(w, STAGE_PHONES);
        }
        break;
    case MENU_END:
        if (w->saved_at != w->session.n_decisions + w->session.n_roads && !w->end_armed &&
            w->session.n_decisions > 0) {
            /* the report would be lost: say so once */
            w->end_armed = true;
            w->menu_focus = MENU_EXPORT;
            workshop_push(w, STAGE_MENU);
            workshop_notice(w, _("The report of this session is not saved yet: Export the report "
                                 "first, or choose End the session again."));
            break;
        }
        if (w->session.n_decisions > 0) {
            w->ended = true; /* ended on purpose: not offered for resuming */
            workshop_record_keep(w);
        }
        return WORKSHOP_LEAVE;
    default:
        break;
    }
    return WORKSHOP_GOING;
}

static void timer_key(Workshop *w, InputAction a)
{
    Lane *l = lane(w);
    long long now = workshop_now_ms();
    Timer *t = top(w) == STAGE_DISCUSS                         ? &w->talk
               : (top(w) == STAGE_BEAT || top(w) == STAGE_TIE) ? &l->vote
                                                               : NULL;
    if (!t) {
        workshop_notice(w, _("The timer runs on a beat (the vote) or in a discussion pause."));
        return;
    }
    if (a.kind == INPUT_TIMER) {
        bool was = t->running;
        timer_toggle(t, now);
        if (!was && t == &l->vote && w->cur == 0)
            session_note_vote_timer(&w->session, t->total);
    } else {
        timer_adjust(t, a.index < 0 ? -TIMER_STEP_MS : TIMER_STEP_MS, now);
        if (t == &l->vote && w->cur == 0)
            session_note_vote_timer(&w->session, t->total);
    }
    w->dirty = true;
}

static WorkshopResult export_key(Workshop *w, InputAction a)
{
    if (w->exported) {
        if (a.kind == INPUT_CONFIRM || a.kind == INPUT_BACK || a.kind == INPUT_EXPORT)
            workshop_pop(w);
        return WORKSHOP_GOING;
    }
    if (a.kind == INPUT_BACK) {
        workshop_pop(w);
    } else if (a.kind == INPUT_CONFIRM) {
        do_export(w);
    } else if (a.kind == INPUT_ERASE) {
        w->folder[utf8_prev(w->folder, strlen(w->folder))] = '\0';
        w->dirty = true;
    } else if (a.kind == INPUT_ERASE_ALL) {
        w->folder[0] = '\0';
        w->dirty = true;
    }
    return WORKSHOP_GOING;
}

/* The facilitator's action (input_workshop_key), on the screen on top. */
static WorkshopResult act(Workshop *w, InputAction a)
{
    StagePhase p = top(w);
    Lane *l = lane(w);
    if (p == STAGE_EXPORT)
        return export_key(w, a);
    w->notice[0] = '\0';
    w->dirty = true;
    if (p == STAGE_RESUME && a.kind != INPUT_FULLSCREEN) {
        workshop_record_resume_key(w, a);
        return WORKSHOP_GOING;
    }
    /* keys that work everywhere */
    switch (a.kind) {
    case INPUT_FULLSCREEN: {
        bool fs = (SDL_GetWindowFlags(w->host->window) & SDL_WINDOW_FULLSCREEN_DESKTOP) != 0;
        SDL_SetWindowFullscreen(w->host->window, fs ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
        return WORKSHOP_GOING;
    }
    case INPUT_KEYMAP:
        if (p == STAGE_KEYS)
            workshop_pop(w);
        else
            workshop_push(w, STAGE_KEYS);
        return WORKSHOP_GOING;
    case INPUT_THEME:
        toggle_theme(w);
        return WORKSHOP_GOING;
    case INPUT_OVERLAY:
        w->overlay = !w->overlay;
        if (w->pres.window)
            workshop_notice(w, _("The presenter window is open; the overlay is for one display."));
        return WORKSHOP_GOING;
    case INPUT_PAUSE:
        if (p == STAGE_DISCUSS)
            workshop_pop(w);
        else
            open_pause(w);
        return WORKSHOP_GOING;
    case INPUT_ROADS:
        if (w->cur == 1) {
            return_to_group(w);
        } else if (p == STAGE_ROADS) {
            workshop_pop(w);
        } else if (w->session.n_decisions == 0) {
            workshop_notice(
                w, _("No decisions yet: the road not taken opens after the group's first choice."));
        } else {
            w->roads_focus = w->session.n_decisions - 1;
            workshop_push(w, STAGE_ROADS);
        }
        return WORKSHOP_GOING;
    case INPUT_EXPORT:
        open_export(w);
        return WORKSHOP_GOING;
    case INPUT_PHONES:
        if (p == STAGE_PHONES) {
            workshop_pop(w);
        } else {
            char why[300];
            if (workshop_phones_on(w, why, sizeof why))
                workshop_push(w, STAGE_PHONES);
            else
                workshop_push(w, STAGE_PHONES); /* it says why */
        }
        return WORKSHOP_GOING;
    case INPUT_TIMER:
    case INPUT_TIMER_ADJUST:
        timer_key(w, a);
        return WORKSHOP_GOING;
    case INPUT_BACK:
        if (w->depth)
            workshop_pop(w);
        else if (l->phase == STAGE_TIE)
            l->phase = STAGE_BEAT;
        else if (w->cur == 1)
            return_to_group(w);
        else {
            w->menu_focus = 0;
            workshop_push(w, STAGE_MENU);
        }
        return WORKSHOP_GOING;
    default:
        break;
    }
    bool enter = a.kind == INPUT_CONFIRM, space = a.kind == INPUT_NEXT;
    bool vote = a.kind == INPUT_VOTE || a.kind == INPUT_UNVOTE;
    int letter = vote ? a.index : -1, number = a.kind == INPUT_CHOOSE ? a.index : -1;
    switch (p) {
    case STAGE_BEAT: {
        int n = story_view(l->story)->n_choices;
        /* a long beat's pages: Space turns them (the line, the answers,
         * and round again); a vote on the line's page goes to the answers */
        if (space) {
            l->beat_page = (l->beat_page + 1) % projector_pages(w);
            w->dirty = true;
        } else if ((vote || enter || number >= 0) && l->beat_page == 0 && projector_pages(w) > 1) {
            l->beat_page = 1;
            w->dirty = true;
        }
        if (letter >= 0 && letter < n) {
            if (a.kind == INPUT_UNVOTE) {
                if (l->votes[letter] > 0)
                    l->votes[letter]--;
                if (w->cur == 0)
                    session_vote_remove(&w->session, letter);
            } else if (refused(w, letter)) {
                /* a vote for the group's own answer would pick the road it
                 * already took */
                workshop_notice(w, _("%c is the answer the group chose: no votes here."),
                                stage_letter(letter));
            } else {
                l->votes[letter]++;
                if (w->cur == 0)
                    session_vote_add(&w->session, letter);
            }
        } else if (a.kind == INPUT_ERASE || a.kind == INPUT_DELETE) {
            memset(l->votes, 0, sizeof l->votes);
            if (w->cur == 0)
                session_vote_clear(&w->session);
            if (w->phones && w->cur == 0 && w->phones_voted > 0)
                workshop_notice(w, "%s",
                                _("Your keyed votes are cleared; the phones' votes stay (each "
                                  "phone changes its own)."));
        } else if (enter) {
            confirm(w);
        } else if (number >= 0) {
            decide(w, number, SESSION_BY_FACILITATOR);
        }
        break;
    }
    case STAGE_TIE:
        if (letter >= 0) {
            bool ok = false;
            for (int i = 0; i < l->n_tied; i++)
                ok = ok || l->tied[i] == letter;
            if (ok)
                decide(w, letter, SESSION_BY_TIE_BREAK);
            else
                workshop_notice(w, _("%c is not one of the tied answers."), stage_letter(letter));
        } else if (number >= 0) {
            decide(w, number, SESSION_BY_FACILITATOR);
        } else if (enter) {
            workshop_notice(
                w, _("A tie: press the letter of the answer to go with, or Esc to vote again."));
        }
        break;
    case STAGE_CHOSEN:
        if (enter || a.kind == INPUT_REVEAL || space)
            reveal(w);
        break;
    case STAGE_REVEALED:
    case STAGE_ENDING:
        if (enter || space || a.kind == INPUT_RIGHT)
            go_on(w);
        break;
    case STAGE_DEBRIEF: {
        int pages = debrief_pages(w);
        bool on = a.kind == INPUT_RIGHT || (a.kind == INPUT_PAGE && a.index > 0) || space || enter;
        bool back = a.kind == INPUT_LEFT || (a.kind == INPUT_PAGE && a.index < 0);
        if (on && w->page + 1 < pages)
            w->page++;
        else if (back && w->page > 0)
            w->page--;
        else if (a.kind == INPUT_FIRST)
            w->page = 0;
        else if (a.kind == INPUT_LAST)
            w->page = pages - 1;
        break;
    }
    case STAGE_DISCUSS:
        if (enter)
            workshop_pop(w);
        break;
    case STAGE_ROADS:
        if (a.kind == INPUT_UP && w->roads_focus > 0)
            w->roads_focus--;
        else if (a.kind == INPUT_DOWN && w->roads_focus + 1 < w->session.n_decisions)
            w->roads_focus++;
        else if (enter)
            take_road(w, w->roads_focus);
        break;
    case STAGE_MENU:
        if (a.kind == INPUT_UP)
            w->menu_focus = (w->menu_focus + MENU_COUNT - 1) % MENU_COUNT;
        else if (a.kind == INPUT_DOWN)
            w->menu_focus = (w->menu_focus + 1) % MENU_COUNT;
        else if (enter)
            return menu_activate(w, w->menu_focus);
        break;
    case STAGE_KEYS:
    case STAGE_PHONES:
        if (enter || space)
            workshop_pop(w);
        break;
    default:
        break;
    }
    return WORKSHOP_GOING;
}

static WorkshopResult click(Workshop *w, const SDL_MouseButtonEvent *b)
{
    if (b->button != SDL_BUTTON_LEFT)
        return WORKSHOP_GOING;
    if (w->pres.window && b->windowID == SDL_GetWindowID(w->pres.window))
        return WORKSHOP_GOING; /* the presenter is read, not clicked */
    int ww, wh, pw, ph;
    SDL_GetWindowSize(w->host->window, &ww, &wh);
    SDL_GetRendererOutputSize(w->host->renderer, &pw, &ph);
    int x = ww > 0 ? b->x * pw / ww : b->x, y = wh > 0 ? b->y * ph / wh : b->y;
    StageModel m;
    build_model(w, &m, true);
    int hit = stage_hit(w->host->screens, &m, pw, ph, x, y);
    if (hit < 0 && m.phase == STAGE_BEAT && lane(w)->beat_page == 0 &&
        stage_beat_pages(w->host->screens, &m, pw, ph) > 1) {
        lane(w)->beat_page = 1; /* a click on a long beat's line: its answers */
        w->dirty = true;
    }
    if (hit < 0)
        return WORKSHOP_GOING;
    switch (m.phase) {
    case STAGE_BEAT:
    case STAGE_TIE:
        decide(w, hit, SESSION_BY_FACILITATOR);
        break;
    case STAGE_ROADS:
        take_road(w, hit);
        break;
    case STAGE_MENU:
        return menu_activate(w, hit);
    case STAGE_RESUME:
        w->resume_focus = hit;
        workshop_record_resume_key(w, (InputAction){INPUT_CONFIRM, -1, 0, 0});
        break;
    default:
        break;
    }
    return WORKSHOP_GOING;
}

static WorkshopResult event(Workshop *w, const SDL_Event *e);

WorkshopResult workshop_event(Workshop *w, const SDL_Event *e)
{
    if (workshop_phones_event(w, e))
        return WORKSHOP_GOING;
    WorkshopResult r = event(w, e);
    /* the phones follow what the room sees, which only a key or a click
     * changes (a reload syncs by itself): not at every mouse move */
    if (r == WORKSHOP_GOING && (e->type == SDL_KEYDOWN || e->type == SDL_MOUSEBUTTONDOWN))
        workshop_phones_sync(w);
    return r;
}

static WorkshopResult event(Workshop *w, const SDL_Event *e)
{
    switch (e->type) {
    case SDL_QUIT:
        return WORKSHOP_QUIT;
    case SDL_KEYDOWN:
        return act(w, input_workshop_key(&e->key));
    case SDL_TEXTINPUT:
        if (top(w) == STAGE_EXPORT && !w->exported) {
            size_t n = strlen(w->folder), add = strlen(e->text.text);
            if (n + add < sizeof w->folder) {
                memcpy(w->folder + n, e->text.text, add + 1);
                w->dirty = true;
            }
        }
        return WORKSHOP_GOING;
    case SDL_MOUSEBUTTONDOWN:
        return click(w, &e->button);
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_CLOSE) {
            if (w->pres.window && e->window.windowID == SDL_GetWindowID(w->pres.window)) {
                presenter_close(w);
                workshop_notice(w,
                                _("The presenter window is closed; O shows it over this screen."));
                return WORKSHOP_GOING;
            }
            return WORKSHOP_QUIT;
        }
        w->dirty = true;
        return WORKSHOP_GOING;
    case SDL_RENDER_TARGETS_RESET:
    case SDL_RENDER_DEVICE_RESET:
        w->dirty = true;
        return WORKSHOP_GOING;
    default:
        if (e->type >= SDL_USEREVENT)
            w->dirty = true; /* a picture finished loading */
        return WORKSHOP_GOING;
    }
}

/* ---- time ---- */

/* A running timer that reached zero stops, with a soft sound. */
static int timer_tick(Workshop *w, Timer *t, long long now, int wait)
{
    if (!t->running)
        return wait;
    long long left = timer_left(t, now);
    if (left <= 0) {
        t->running = false;
        t->left = 0;
        audio_play_effect(AUDIO_REPAIR);
        w->dirty = true;
        return wait;
    }
    int next = (int)(left % 1000);
    if (next == 0)
        next = 1000;
    long long s = (left + 999) / 1000; /* redraw when the seconds shown change */
    if (s != t->shown) {
        t->shown = s;
        w->dirty = true;
    }
    return wait < 0 || next < wait ? next : wait;
}

int workshop_tick(Workshop *w)
{
    long long now = workshop_now_ms();
    int wait = -1;
    Lane *l = lane(w);
    wait = timer_tick(w, &l->vote, now, wait);
    wait = timer_tick(w, &w->talk, now, wait);
    if (l->phase == STAGE_REVEALED && !w->host->settings->reduce_motion &&
        now - l->reveal_at < REVEAL_MS) {
        w->dirty = true;
        wait = FRAME_MS;
    }
    return wait;
}

void workshop_sound(Workshop *w)
{
    const StoryView *v = story_view(lane(w)->story);
    audio_play_music(v->music);
    audio_set_layer(v->is_ending ? NULL : v->state);
}

/* ---- drawing ---- */

void workshop_draw(Workshop *w)
{
    StageModel m;
    int pw, ph;
    build_model(w, &m, true);
    SDL_GetRendererOutputSize(w->host->renderer, &pw, &ph);
    stage_draw_projector(w->host->screens, &m, pw, ph);
    SDL_RenderPresent(w->host->renderer);
    if (w->pres.window) {
        build_model(w, &m, false);
        SDL_GetRendererOutputSize(w->pres.renderer, &pw, &ph);
        stage_draw_presenter(&w->pres.screens, &m, pw, ph);
        SDL_RenderPresent(w->pres.renderer);
    }
    w->dirty = false;
}

bool workshop_shot(Workshop *w, bool presenter, const char *path)
{
    if (presenter && !w->pres.window) {
        log_error("workshop", "no presenter window to take a picture of");
        return false;
    }
    SDL_Renderer *r = presenter ? w->pres.renderer : w->host->renderer;
    StageModel m;
    int pw, ph;
    build_model(w, &m, !presenter);
    SDL_GetRendererOutputSize(r, &pw, &ph);
    if (presenter)
        stage_draw_presenter(&w->pres.screens, &m, pw, ph);
    else
        stage_draw_projector(w->host->screens, &m, pw, ph);
    return render_save_png(r, path);
}

/* ---- start and end ---- */

Workshop *workshop_open(const WorkshopHost *host, const char *dir, uint64_t seed, StoryError *err)
{
    Workshop *w = attune_calloc(1, sizeof *w);
    if (!w) {
        snprintf(err->message, sizeof err->message, "out of memory");
        return NULL;
    }
    w->host = host;
    w->seed = seed;
    w->saved_at = -1;
    snprintf(w->dir, sizeof w->dir, "%s", dir);
    Lane *l = &w->lane[0];
    l->story = story_load(dir, host->lib_dir, seed, err);
    if (!l->story) {
        attune_free(w);
        return NULL;
    }
    l->vote.total = VOTE_DEFAULT_MS;
    w->talk.total = TALK_DEFAULT_MS;
    session_init(&w->session, story_info(l->story), story_view(l->story), workshop_now_ms());
    SDL_StopTextInput();
    enter_view(w, l);
    if (host->presenter || SDL_GetNumVideoDisplays() >= 2)
        presenter_open(w);
    char title[300];
    snprintf(title, sizeof title, _("Attune workshop: %s"),
             w->session.story_title ? w->session.story_title : "");
    SDL_SetWindowTitle(host->window, title);
    workshop_record_find_offer(w);
    if (host->phones) {
        char why[300];
        if (workshop_phones_on(w, why, sizeof why))
            workshop_push(w, STAGE_PHONES);
        else
            fprintf(stderr, "attune: phone votes are off: %s\n", why);
    }
    log_debug("workshop", "workshop of '%s' started%s", dir,
              w->pres.window ? " with a presenter window" : "");
    w->dirty = true;
    return w;
}

void workshop_close(Workshop *w)
{
    if (!w)
        return;
    workshop_phones_off(w); /* the phones stop with the session */
    phone_server_room_free(w->phone_room);
    while (w->depth)
        workshop_pop(w);
    for (int i = 0; i < 2; i++) {
        workshop_lane_clear(&w->lane[i]);
        story_destroy(w->lane[i].story);
    }
    session_free(&w->session);
    resume_record_free(&w->offer);
    presenter_close(w);
    attune_free(w);
}

/* ---- the writer's live loop (`--workshop STORY --watch`) ---- */

bool workshop_reload(Workshop *w, char *why, size_t n)
{
    Story *fresh[2] = {NULL, NULL};
    StoryError err;
    for (int i = 0; i < 2; i++) {
        Lane *l = &w->lane[i];
        if (!l->story)
            continue;
        int steps = story_history_count(l->story);
        const char *ids[512];
        if (steps > 512)
            steps = 512;
        for (int k = 0; k < steps; k++)
            ids[k] = story_history(l->story, k)->choice_id;
        fresh[i] = story_load(w->dir, w->host->lib_dir, w->seed, &err);
        int got = fresh[i] ? story_replay(fresh[i], ids, steps, &err) : -1;
        if (got != steps) {
            if (got >= 0)
                snprintf(err.message, sizeof err.message, "%s",
                         _("the story changed where the group is (an answer given is gone)"));
            snprintf(why, n, "%s:%d: %s", err.file, err.line, err.message);
            story_destroy(fresh[0]);
            story_destroy(fresh[1]);
            /* The session goes on with the copy it has: a group is never
             * stopped by a writer's half-saved file. */
            workshop_notice(w, _("Not reloaded: %s:%d: %s"), err.file, err.line, err.message);
            return false;
        }
    }
    for (int i = 0; i < 2; i++) {
        if (!fresh[i])
            continue;
        story_destroy(w->lane[i].story);
        w->lane[i].story = fresh[i];
    }
    images_flush(w->host->screens->images);
    workshop_phones_sync(w); /* the phones read the reworded answers, their votes kept */
    workshop_notice(w, "%s", "Reloaded from disk.");
    return true;
}
