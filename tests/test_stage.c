/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Screenshot tests of the stage (engine/ui/stage.c): the projector and the
 * presenter of workshop mode, drawn off-screen with the shipped font and the
 * software renderer at 1920x1080, 1280x720, 1024x768 and 640x360, in the
 * calm and the high-contrast theme, from real views of a shipped story and
 * a session filled in by hand. The checks are properties of pixels: text in
 * every phase, nothing drawn outside the window, vote bars where there are
 * votes and none without, the facilitator's words never on the projector
 * before a reveal, answer cards where the pointer finds them, the debrief's
 * pages. A PNG is written on failure, and for the main phases when
 * ATTUNE_SHOT_DIR is set. */
#include "../engine/ui/ui.h"
#include "attune/story_tools.h"
#include "attune/paths.h"
#include "attune/stage.h"

/* cmocka needs these first. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <SDL.h>
#include <SDL_image.h>
#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Variant {
    int w, h;
    bool contrast;
    const char *tag;
} Variant;

static const Variant VARIANTS[] = {
    {1920, 1080, false, "calm"},   {1280, 720, false, "calm"},     {1024, 768, false, "calm"},
    {640, 360, false, "calm"},     {1920, 1080, true, "contrast"}, {1280, 720, true, "contrast"},
    {1024, 768, true, "contrast"}, {640, 360, true, "contrast"},
};
enum { N_VARIANTS = sizeof VARIANTS / sizeof VARIANTS[0] };

/* The surface is larger than the window by BORDER on the right and at the
 * foot, filled with a colour nothing draws: it must stay untouched. */
enum { BORDER = 24 };
static const Uint32 SENTINEL = 0xFF01FE02u;

typedef struct Canvas {
    SDL_Surface *surf;
    Screens sc;
    int w, h;
    const Variant *v;
    Uint32 *snap[2]; /* frames kept to compare with (w x h each) */
} Canvas;

static char lib[1200], story_path[1200];
/* One canvas per variant, shared by the tests (fonts and pictures load once). */
static Canvas canvases[N_VARIANTS];
static Story *story_beat, *story_after, *story_end, *story_noted;
static const StoryView *beat_view, *end_view, *noted_view;
static StoryStep step; /* what the first answer did */

/* ---- the session, filled by hand ---- */

static char arena[1 << 16];
static size_t arena_used;

static char *S(const char *s)
{
    size_t n = strlen(s) + 1;
    assert_true(arena_used + n <= sizeof arena);
    char *p = arena + arena_used;
    memcpy(p, s, n);
    arena_used += n;
    return p;
}

static SessionDecision decisions[16];
static SessionRoad road;
static SessionRoadStep road_steps[3];
static Session session;

static const char *const SAID[] = {
    "I can't do it! This is stupid. I'm stupid.",
    "Whatever.",
    "You always say that. You don't even listen to me when I tell you things.",
    "Fine. Do you want to see it or not?",
    "I hate you!",
    "Can you stay a bit?",
};
static const char *const KINDS[] = {"attune", "fix", "rescue", "dismiss", "repair", "withdraw"};
static const char *const QUESTIONS[] = {
    "She pushed back hard. What did her push-back tell you about your last answer?",
    "Her words and her body said different things. Which did you answer, and how did you "
    "decide?",
    "What happens in your body when a child shouts \u201cI hate you\u201d?",
    "Which answer felt kindest in the moment? Which would help her most by Friday?",
};

static void build_session(int n)
{
    memset(&session, 0, sizeof session);
    memset(decisions, 0, sizeof decisions);
    arena_used = 0;
    session.kinds = *story_info(story_beat)->kinds; /* the rules' labels, as a real session */
    session.story_id = S("homework-night");
    session.story_title = S("Homework Night");
    session.relationship = S("parent-child");
    session.connection_start = 50;
    session.steadiness_start = 70;
    snprintf(session.date, sizeof session.date, "2026-11-23");
    int conn = 50;
    for (int i = 0; i < n; i++) {
        SessionDecision *d = &decisions[i];
        d->number = i + 1;
        d->beat = S("kitchen");
        d->speaker = S("Maya");
        d->said = S(SAID[i % 6]);
        d->reflect = i % 3 == 0 ? S(QUESTIONS[(i / 3) % 4]) : NULL;
        d->n_options = 3 + i % 2;
        for (int k = 0; k < d->n_options; k++) {
            char id[32];
            snprintf(id, sizeof id, "c%d-%d", i, k);
            d->options[k].text = S("An answer the group could give here.");
            d->options[k].kind = S(KINDS[(i + k) % 6]);
            d->options[k].id = S(id);
            d->options[k].votes = (i * 7 + k * 3) % 6;
        }
        d->chosen = i % d->n_options;
        d->by = (SessionDecidedBy)(i % 3);
        d->connection_before = conn;
        d->dconn = kinds_attuned(&session.kinds, d->options[d->chosen].kind) ? 8 : -6;
        conn += d->dconn;
        conn = conn < 0 ? 0 : conn > 100 ? 100 : conn;
        d->connection_after = conn;
        d->opened = i == 2 || i == 7;
        d->repaired = i == 4 || i == 9;
        d->revealed = true;
        d->discussion_ms = i % 3 == 0 ? 120000 : 0;
    }
    session.n_decisions = session.cap_decisions = n;
    session.decisions = decisions;
    if (n >= 3) {
        road.from = 2;
        road.option = 0;
        road.n_steps = 3;
        road.steps = road_steps;
        for (int j = 0; j < 3; j++)
            road_steps[j] = (SessionRoadStep){.text = S("A road answer"),
                                              .kind = S(KINDS[j]),
                                              .connection = 60 + 6 * j,
                                              .dconn = 6,
                                              .repaired = j == 1};
        road.ending = S("Homework Done");
        session.n_roads = session.cap_roads = 1;
        session.roads = &road;
    }
    session.ending_title = S("Homework Done, Together");
    session.ending_verdict = S("connected");
    session.ending_text = S("She finishes the page with you beside her.");
    session.connection_end = conn;
}

/* ---- the canvas ---- */

static void canvas_open(Canvas *c, const Variant *v)
{
    memset(c, 0, sizeof *c);
    c->v = v;
    c->w = v->w;
    c->h = v->h;
    c->surf = SDL_CreateRGBSurfaceWithFormat(0, c->w + BORDER, c->h + BORDER, 32,
                                             SDL_PIXELFORMAT_ARGB8888);
    assert_non_null(c->surf);
    char fonts[1200];
    paths_join(fonts, sizeof fonts, paths_data_dir(), "assets/fonts");
    screens_open(&c->sc, SDL_CreateSoftwareRenderer(c->surf), fonts, paths_data_dir(), false);
    c->sc.high_contrast = v->contrast;
    assert_non_null(c->sc.text);
    for (int k = 0; k < 2; k++) {
        c->snap[k] = malloc((size_t)c->w * (size_t)c->h * 4);
        assert_non_null(c->snap[k]);
    }
    ui_begin(&c->sc);
}

/* The shared canvas of variant vi, its theme in force. */
static Canvas canvas(int vi)
{
    Canvas c = canvases[vi];
    ui_begin(&c.sc);
    return c;
}

static void canvas_close(Canvas *c)
{
    screens_close(&c->sc);
    SDL_DestroyRenderer(c->sc.renderer);
    SDL_FreeSurface(c->surf);
    free(c->snap[0]);
    free(c->snap[1]);
}

static Uint32 pixel(const Canvas *c, int x, int y)
{
    return ((const Uint32 *)c->surf->pixels)[y * (c->surf->pitch / 4) + x];
}

static void prepare(Canvas *c)
{
    SDL_FillRect(c->surf, NULL, SENTINEL);
}

static void projector(Canvas *c, const StageModel *m)
{
    prepare(c);
    stage_draw_projector(&c->sc, m, c->w, c->h);
    SDL_RenderPresent(c->sc.renderer);
    ui_begin(&c->sc);
}

static void presenter(Canvas *c, const StageModel *m)
{
    prepare(c);
    stage_draw_presenter(&c->sc, m, c->w, c->h);
    SDL_RenderPresent(c->sc.renderer);
    ui_begin(&c->sc);
}

static bool near(Uint32 p, SDL_Color k, int tol)
{
    int r = (int)((p >> 16) & 255), g = (int)((p >> 8) & 255), b = (int)(p & 255);
    return abs(r - k.r) <= tol && abs(g - k.g) <= tol && abs(b - k.b) <= tol;
}

static long count_colour(const Canvas *c, SDL_Rect a, SDL_Color k, int tol)
{
    long n = 0;
    for (int y = a.y < 0 ? 0 : a.y; y < a.y + a.h && y < c->h; y++)
        for (int x = a.x < 0 ? 0 : a.x; x < a.x + a.w && x < c->w; x++)
            n += near(pixel(c, x, y), k, tol);
    return n;
}

static SDL_Rect whole(const Canvas *c)
{
    return (SDL_Rect){0, 0, c->w, c->h};
}

/* Pixels of the theme's text colour: words drawn (every other row and
 * column counted, times four: a frame has hundreds of thousands). */
static long text_pixels(const Canvas *c, SDL_Rect a)
{
    SDL_Color k = ui_theme()->text;
    long n = 0;
    for (int y = a.y < 0 ? 0 : a.y; y < a.y + a.h && y < c->h; y += 2)
        for (int x = a.x < 0 ? 0 : a.x; x < a.x + a.w && x < c->w; x += 2)
            n += near(pixel(c, x, y), k, 24);
    return n * 4;
}

/* Nothing drawn past the window's right edge or foot. */
static bool inside(const Canvas *c)
{
    for (int y = 0; y < c->h + BORDER; y++)
        for (int x = (y < c->h ? c->w : 0); x < c->w + BORDER; x++)
            if (pixel(c, x, y) != SENTINEL)
                return false;
    return true;
}

/* Keep the frame as snapshot k; is the frame the same as snapshot k? */
static void keep(Canvas *c, int k)
{
    for (int y = 0; y < c->h; y++)
        memcpy(c->snap[k] + (size_t)y * (size_t)c->w,
               (const Uint8 *)c->surf->pixels + y * c->surf->pitch, (size_t)c->w * 4);
}

static bool same_as(const Canvas *c, int k)
{
    for (int y = 0; y < c->h; y++)
        if (memcmp(c->snap[k] + (size_t)y * (size_t)c->w,
                   (const Uint8 *)c->surf->pixels + y * c->surf->pitch, (size_t)c->w * 4) != 0)
            return false;
    return true;
}

/* A PNG of the frame on failure (in the working folder), and of the main
 * phases (`keep`) when ATTUNE_SHOT_DIR is set. */
static void save_shot(Canvas *c, const char *name, bool ok, bool keep)
{
    const char *dir = getenv("ATTUNE_SHOT_DIR");
    char path[1400];
    if (ok && !(keep && dir && *dir))
        return;
    SDL_Rect win = {0, 0, c->w, c->h};
    SDL_Surface *cut = SDL_CreateRGBSurfaceWithFormat(0, c->w, c->h, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_BlitSurface(c->surf, &win, cut, NULL);
    if (keep && dir && *dir) {
        snprintf(path, sizeof path, "%s/stage-%s-%dx%d-%s.png", dir, name, c->w, c->h, c->v->tag);
        IMG_SavePNG(cut, path);
    }
    if (!ok) {
        snprintf(path, sizeof path, "stage-%s-%dx%d-%s.png", name, c->w, c->h, c->v->tag);
        IMG_SavePNG(cut, path);
        SDL_FreeSurface(cut);
        fail_msg("stage '%s' at %dx%d (%s) failed; see %s", name, c->w, c->h, c->v->tag, path);
    }
    SDL_FreeSurface(cut);
}

static void shot(Canvas *c, const char *name, bool ok)
{
    save_shot(c, name, ok, false);
}

/* Every frame: words on it, and nothing outside the window. */
static void check_frame(Canvas *c, const char *name, long min_text)
{
    long t = text_pixels(c, whole(c));
    bool in = inside(c);
    if (t < min_text || !in)
        print_message("%s %dx%d %s: %ld text pixels (want %ld), inside %d\n", name, c->w, c->h,
                      c->v->tag, t, min_text, in);
    save_shot(c, name, t >= min_text && in, true);
}

/* ---- models ---- */

static int votes[STORY_MAX_CHOICES];

static StageModel model(StagePhase phase)
{
    StageModel m;
    memset(&m, 0, sizeof m);
    m.phase = phase;
    m.view = beat_view;
    m.session = &session;
    m.votes = votes;
    m.chosen = -1;
    m.anim = 1.0f;
    m.focus = -1;
    m.paused_from = STAGE_BEAT;
    m.story_title = "Homework Night";
    m.session_ms = 42 * 60 * 1000;
    m.folder = "/home/facilitator/Documents/Attune reports";
    return m;
}

static void set_votes(const int *v, int n)
{
    memset(votes, 0, sizeof votes);
    for (int i = 0; i < n; i++)
        votes[i] = v[i];
}

/* Where each card answers the pointer: scanned down a line near the right
 * edge (every card reaches it), then across the middle of each. */
static int hit_at(Canvas *c, const StageModel *m, int x, int y)
{
    return stage_hit(&c->sc, m, c->w, c->h, x, y);
}

/* The last point from `in` (where card i answers) toward `out` (where it
 * does not) that still answers i: a card's edge, found by halving. */
static int edge(Canvas *c, const StageModel *m, int i, int in, int out, int fixed, bool horiz)
{
    while (abs(out - in) > 1) {
        int mid = (in + out) / 2;
        if (hit_at(c, m, horiz ? mid : fixed, horiz ? fixed : mid) == i)
            in = mid;
        else
            out = mid;
    }
    return in;
}

static void card_boxes(Canvas *c, const StageModel *m, SDL_Rect *out)
{
    enum { STEP = 4 };
    int x = c->w - c->w / 20, y0[STORY_MAX_CHOICES], y1[STORY_MAX_CHOICES];
    for (int i = 0; i < STORY_MAX_CHOICES; i++) {
        y0[i] = y1[i] = -1;
        out[i] = (SDL_Rect){0, 0, 0, 0};
    }
    for (int y = 0; y < c->h; y += STEP) {
        int i = hit_at(c, m, x, y);
        if (i >= 0 && i < STORY_MAX_CHOICES) {
            y0[i] = y0[i] < 0 ? y : y0[i];
            y1[i] = y;
        }
    }
    for (int i = 0; i < STORY_MAX_CHOICES; i++) {
        if (y0[i] < 0)
            continue;
        /* Cards are taller than STEP: their exact edges, then their sides. */
        y0[i] = edge(c, m, i, y0[i], y0[i] - STEP, x, false);
        y1[i] = edge(c, m, i, y1[i], y1[i] + STEP, x, false);
        int cy = (y0[i] + y1[i]) / 2;
        int x0 = edge(c, m, i, x, -1, cy, true), x1 = edge(c, m, i, x, c->w, cy, true);
        out[i] = (SDL_Rect){x0, y0[i], x1 - x0 + 1, y1[i] - y0[i] + 1};
    }
}

static SDL_Rect card_box(Canvas *c, const StageModel *m, int i)
{
    SDL_Rect all[STORY_MAX_CHOICES];
    card_boxes(c, m, all);
    return all[i];
}

/* ---- tests ---- */

static int setup(void **state)
{
    (void)state;
    assert_true(paths_init());
    assert_int_equal(TTF_Init(), 0);
    paths_join(lib, sizeof lib, paths_data_dir(), "scripts/lib/attune");
    paths_join(story_path, sizeof story_path, paths_data_dir(), "scripts/stories/homework-night");
    StoryError err;
    story_beat = story_load(story_path, lib, 3, &err);
    story_after = story_load(story_path, lib, 3, &err);
    story_end = story_load(story_path, lib, 3, &err);
    assert_non_null(story_beat);
    assert_non_null(story_after);
    assert_non_null(story_end);
    /* A beat with a note for the facilitator and a question for the room. */
    story_noted = story_load(story_path, lib, 3, &err);
    assert_non_null(story_noted);
    assert_true(story_goto(story_noted, "snap", &err));
    noted_view = story_view(story_noted);
    assert_non_null(noted_view->note);
    assert_non_null(noted_view->reflect);
    beat_view = story_view(story_beat);
    assert_false(beat_view->is_ending);
    assert_true(beat_view->n_choices >= 3);
    /* What the second answer did, as the story tells it. */
    assert_true(story_choose(story_after, 1, &err));
    assert_true(story_view(story_after)->has_feedback);
    step = story_view(story_after)->feedback;
    for (int k = 0; k < 200 && !story_view(story_end)->is_ending; k++) {
        const StoryView *v = story_view(story_end);
        int pick = 0;
        while (pick < v->n_choices && !v->choices[pick].enabled)
            pick++;
        assert_true(story_choose(story_end, pick, &err));
    }
    end_view = story_view(story_end);
    assert_true(end_view->is_ending);
    build_session(12);
    for (int vi = 0; vi < N_VARIANTS; vi++)
        canvas_open(&canvases[vi], &VARIANTS[vi]);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    for (int vi = 0; vi < N_VARIANTS; vi++)
        canvas_close(&canvases[vi]);
    story_destroy(story_beat);
    story_destroy(story_after);
    story_destroy(story_end);
    story_destroy(story_noted);
    TTF_Quit();
    return 0;
}

/* Every phase of both views, at every size and in both themes: words on
 * the frame, nothing outside it; PNGs of each when asked. */
static void every_phase(void **state)
{
    (void)state;
    for (int vi = 0; vi < N_VARIANTS; vi++) {
        Canvas c = canvas(vi);
        long min = (long)c.w * c.h / 2000;
        int v3[] = {5, 2, 1, 0};
        int tie[] = {4, 0, 4, 0};

        set_votes(NULL, 0);
        StageModel m = model(STAGE_BEAT);
        projector(&c, &m);
        check_frame(&c, "beat", min);
        presenter(&c, &m);
        check_frame(&c, "presenter-beat", min);

        set_votes(v3, 4);
        m.timer_on = m.timer_running = true;
        m.timer_left_s = 45;
        m.timer_total_s = 60;
        m.timer_label = "Vote";
        projector(&c, &m);
        check_frame(&c, "beat-votes", min);
        presenter(&c, &m);
        check_frame(&c, "presenter-beat-votes", min);
        m.timer_left_s = 0;
        m.timer_running = false;
        projector(&c, &m);
        check_frame(&c, "beat-time", min);

        m = model(STAGE_BEAT);
        m.view = noted_view;
        projector(&c, &m);
        check_frame(&c, "noted", min);
        presenter(&c, &m);
        check_frame(&c, "presenter-noted", min);

        set_votes(tie, 4);
        m = model(STAGE_TIE);
        m.n_tied = 2;
        m.tied[0] = 0;
        m.tied[1] = 2;
        projector(&c, &m);
        check_frame(&c, "tie", min);
        presenter(&c, &m);
        check_frame(&c, "presenter-tie", min);

        set_votes(v3, 4);
        m = model(STAGE_CHOSEN);
        m.chosen = 1;
        projector(&c, &m);
        check_frame(&c, "chosen", min);
        presenter(&c, &m);
        check_frame(&c, "presenter-chosen", min);

        m.phase = STAGE_REVEALED;
        m.step = &step;
        m.anim = 0.4f;
        projector(&c, &m);
        check_frame(&c, "revealed-moving", min);
        m.anim = 1.0f;
        projector(&c, &m);
        check_frame(&c, "revealed", min);
        presenter(&c, &m);
        check_frame(&c, "presenter-revealed", min);

        m = model(STAGE_DISCUSS);
        m.question = beat_view->reflect ? beat_view->reflect : QUESTIONS[0];
        m.timer_on = m.timer_running = true;
        m.timer_left_s = 150;
        m.timer_total_s = 180;
        m.timer_label = "Discussion";
        projector(&c, &m);
        check_frame(&c, "discuss", min);
        presenter(&c, &m);
        check_frame(&c, "presenter-discuss", min);
        m.question = NULL;
        m.timer_on = false;
        projector(&c, &m);
        check_frame(&c, "discuss-talk", min);

        m = model(STAGE_ROADS);
        m.focus = 7;
        projector(&c, &m);
        check_frame(&c, "roads", min);
        presenter(&c, &m);
        check_frame(&c, "presenter-roads", min);

        m = model(STAGE_ENDING);
        m.view = end_view;
        m.paused_from = STAGE_ENDING;
        projector(&c, &m);
        check_frame(&c, "ending", min);
        presenter(&c, &m);
        check_frame(&c, "presenter-ending", min);

        m.phase = STAGE_DEBRIEF;
        m.paused_from = STAGE_DEBRIEF;
        int pages = stage_debrief_pages(&c.sc, &m, c.w, c.h);
        assert_true(pages >= 2);
        for (int p = 0; p < pages; p++) {
            char name[32];
            snprintf(name, sizeof name, "debrief-%d", p + 1);
            m.page = p;
            projector(&c, &m);
            check_frame(&c, name, min);
        }
        presenter(&c, &m);
        check_frame(&c, "presenter-debrief", min);

        m = model(STAGE_EXPORT);
        m.view = end_view;
        m.paused_from = STAGE_DEBRIEF;
        projector(&c, &m);
        check_frame(&c, "export", min);
        m.export_error = "cannot create '/mnt/usb/reports': Permission denied";
        projector(&c, &m);
        check_frame(&c, "export-error", min);
        m.export_error = NULL;
        m.saved_html = "/home/facilitator/Documents/Attune reports/"
                       "attune-workshop-homework-night-2026-11-23-1405.html";
        m.saved_json = "/home/facilitator/Documents/Attune reports/"
                       "attune-workshop-homework-night-2026-11-23-1405.json";
        projector(&c, &m);
        check_frame(&c, "export-saved", min);
        presenter(&c, &m);
        check_frame(&c, "presenter-export", min);

        static const char *const items[] = {"Back to the session", "Keyboard map", "Debrief so far",
                                            "Export the report", "End the session"};
        m = model(STAGE_MENU);
        m.n_menu = 5;
        for (int i = 0; i < 5; i++)
            m.menu[i] = items[i];
        m.focus = 1;
        projector(&c, &m);
        check_frame(&c, "menu", min);
        presenter(&c, &m);
        check_frame(&c, "presenter-menu", min);

        m = model(STAGE_KEYS);
        projector(&c, &m);
        check_frame(&c, "keys", min);
        presenter(&c, &m);
        check_frame(&c, "presenter-keys", min);

        /* A road not taken, the overlay, a notice. */
        set_votes(v3, 4);
        m = model(STAGE_BEAT);
        m.side_road = true;
        m.side_from = 3;
        m.side_group_kind = "fix";
        projector(&c, &m);
        check_frame(&c, "side-road", min);
        presenter(&c, &m);
        check_frame(&c, "presenter-side-road", min);
        m = model(STAGE_BEAT);
        m.overlay = true;
        projector(&c, &m);
        check_frame(&c, "overlay", min);
        m = model(STAGE_BEAT);
        m.notice = "Report saved to /home/facilitator/Documents/Attune reports";
        projector(&c, &m);
        check_frame(&c, "notice", min);
    }
}

/* A bar in a card where its answer has votes, none where it has none, and
 * none at all before any vote is in. */
static void vote_bars(void **state)
{
    (void)state;
    for (int vi = 0; vi < N_VARIANTS; vi++) {
        Canvas c = canvas(vi);
        const Theme *th = ui_theme();
        StageModel m = model(STAGE_BEAT);
        int n = beat_view->n_choices;
        int v[] = {3, 0, 1, 0};
        for (int pass = 0; pass < 2; pass++) {
            set_votes(pass ? v : NULL, pass ? 4 : 0);
            projector(&c, &m);
            SDL_Rect boxes[STORY_MAX_CHOICES];
            card_boxes(&c, &m, boxes);
            for (int i = 0; i < n; i++) {
                SDL_Rect b = boxes[i];
                assert_true(b.w > 0);
                /* The foot of the card, where its bar goes (inside its edge). */
                SDL_Rect foot = {b.x + b.h / 4 + 2, b.y + b.h * 6 / 10, b.w - b.h / 2 - 4,
                                 b.h * 4 / 10 - 3};
                long bar = count_colour(&c, foot, th->accent, 30);
                int want = pass ? (i < 4 ? v[i] : 0) : 0;
                bool ok = want > 0 ? bar > b.w / 20 : bar == 0;
                if (!ok)
                    print_message("%dx%d %s: card %d, %d votes: %ld bar pixels in %d,%d %dx%d\n",
                                  c.w, c.h, c.v->tag, i, want, bar, foot.x, foot.y, foot.w, foot.h);
                shot(&c, pass ? "bars" : "no-bars", ok);
            }
        }
        /* The longer bar for more votes. */
        set_votes(v, 4);
        projector(&c, &m);
        SDL_Rect bx[STORY_MAX_CHOICES];
        card_boxes(&c, &m, bx);
        SDL_Rect b0 = bx[0], b2 = bx[2];
        SDL_Rect f0 = {b0.x + b0.h / 4 + 2, b0.y + b0.h * 6 / 10, b0.w - b0.h / 2 - 4,
                       b0.h * 4 / 10 - 3};
        SDL_Rect f2 = {b2.x + b2.h / 4 + 2, b2.y + b2.h * 6 / 10, b2.w - b2.h / 2 - 4,
                       b2.h * 4 / 10 - 3};
        assert_true(count_colour(&c, f0, th->accent, 30) >
                    2 * count_colour(&c, f2, th->accent, 30));
    }
}

/* The projector shows nothing held back: a view with a facilitator's note,
 * kinds, inner voices, whys and where each answer leads draws the same
 * projector frame as one without them (before the reveal); the presenter
 * shows them. */
static void nothing_held_back_shows(void **state)
{
    (void)state;
    static const char *const NOTE = "FACILITATOR ONLY: a long distinctive note, ask the room "
                                    "what they saw before what they heard, then wait.";
    StoryView with = *beat_view, without = *beat_view;
    with.note = NOTE;
    without.note = NULL;
    for (int i = 0; i < with.n_choices; i++) {
        with.choices[i].why = "WHY: only for the facilitator";
        with.choices[i].inner = "INNER: only after the reveal";
        with.choices[i].next = "NEXT: only for the facilitator";
        with.choices[i].kind = i ? "fix" : "attune";
        without.choices[i].why = without.choices[i].inner = NULL;
        without.choices[i].next = without.choices[i].kind = NULL;
    }
    static const StagePhase phases[] = {STAGE_BEAT, STAGE_TIE, STAGE_CHOSEN};
    for (int vi = 0; vi < N_VARIANTS; vi++) {
        Canvas c = canvas(vi);
        int v[] = {2, 1, 2};
        set_votes(v, 3);
        for (size_t k = 0; k < sizeof phases / sizeof phases[0]; k++) {
            StageModel m = model(phases[k]);
            m.n_tied = 2;
            m.tied[0] = 0;
            m.tied[1] = 2;
            m.chosen = 1;
            m.view = &without;
            projector(&c, &m);
            keep(&c, 0);
            m.view = &with;
            projector(&c, &m);
            bool same = same_as(&c, 0);
            if (!same)
                print_message("projector phase %d at %dx%d shows what is held back\n",
                              (int)phases[k], c.w, c.h);
            shot(&c, "held-back", same);
            presenter(&c, &m);
            keep(&c, 1);
            m.view = &without;
            presenter(&c, &m);
            bool differs = !same_as(&c, 1);
            shot(&c, "presenter-note", differs);
        }
        /* The note alone makes the presenter differ. */
        StoryView only = *beat_view;
        only.note = NOTE;
        StoryView nonote = *beat_view;
        nonote.note = NULL;
        StageModel m = model(STAGE_BEAT);
        m.view = &nonote;
        presenter(&c, &m);
        keep(&c, 0);
        m.view = &only;
        presenter(&c, &m);
        shot(&c, "presenter-note-only", !same_as(&c, 0));
    }
}

/* Each answer card answers the pointer at its centre, where a card is
 * drawn; in order, apart, and -1 away from them. */
static void cards_answer_the_pointer(void **state)
{
    (void)state;
    for (int vi = 0; vi < N_VARIANTS; vi++) {
        Canvas c = canvas(vi);
        const Theme *th = ui_theme();
        int v[] = {1, 1, 1, 1};
        set_votes(v, 4);
        StagePhase phases[] = {STAGE_BEAT, STAGE_TIE};
        for (int k = 0; k < 2; k++) {
            StageModel m = model(phases[k]);
            m.n_tied = 2;
            m.tied[0] = 0;
            m.tied[1] = 1;
            projector(&c, &m);
            int last_bottom = -1;
            SDL_Rect boxes[STORY_MAX_CHOICES];
            card_boxes(&c, &m, boxes);
            for (int i = 0; i < beat_view->n_choices; i++) {
                SDL_Rect b = boxes[i];
                assert_true(b.w > c.w / 3 && b.h > c.h / 40);
                int cx = b.x + b.w / 2, cy = b.y + b.h / 2;
                assert_int_equal(stage_hit(&c.sc, &m, c.w, c.h, cx, cy), i);
                assert_true(b.y > last_bottom);
                last_bottom = b.y + b.h - 1;
                /* A card is drawn there: its colour fills most of a strip
                 * just inside its right edge (a tie outlines the tied and
                 * dims the others: their colours then). */
                SDL_Color col = (k == 1 && i >= 2) ? th->card_off
                                : (k == 1)         ? th->card_hover
                                                   : th->card;
                SDL_Rect strip = {b.x + b.w - 14, b.y + b.h / 4, 6, b.h / 2};
                long in = count_colour(&c, strip, col, 40);
                bool ok = in * 2 >= (long)strip.w * strip.h;
                if (!ok)
                    print_message("card %d at %dx%d: %ld of %d pixels of its colour\n", i, c.w, c.h,
                                  in, strip.w * strip.h);
                shot(&c, "card-hit", ok);
                /* Between cards: nothing. */
                if (i > 0)
                    assert_int_equal(stage_hit(&c.sc, &m, c.w, c.h, cx, b.y - 1) == i - 1 ||
                                         stage_hit(&c.sc, &m, c.w, c.h, cx, b.y - 1) == -1,
                                     1);
            }
            assert_int_equal(stage_hit(&c.sc, &m, c.w, c.h, 2, 2), -1);
            assert_int_equal(stage_hit(&c.sc, &m, c.w, c.h, c.w - 2, c.h - 2), -1);
            assert_int_equal(stage_hit(&c.sc, &m, c.w, c.h, -5, 10), -1);
            /* Chosen: no card answers any more. */
            m.phase = STAGE_CHOSEN;
            m.chosen = 0;
            SDL_Rect b = card_box(&c, &(StageModel){.phase = STAGE_BEAT, .view = beat_view}, 0);
            assert_int_equal(stage_hit(&c.sc, &m, c.w, c.h, b.x + b.w / 2, b.y + b.h / 2), -1);
        }
    }
}

/* The road not taken: each visible decision answers the pointer, and the
 * focus stays in view wherever it is. */
static void roads_keep_the_focus(void **state)
{
    (void)state;
    for (int vi = 0; vi < N_VARIANTS; vi++) {
        Canvas c = canvas(vi);
        for (int f = 0; f < session.n_decisions; f += 3) {
            StageModel m = model(STAGE_ROADS);
            m.focus = f;
            projector(&c, &m);
            bool found = false;
            for (int y = 0; y < c.h && !found; y += 2)
                found = stage_hit(&c.sc, &m, c.w, c.h, c.w / 2, y) == f;
            if (!found)
                print_message("roads: focus %d not in view at %dx%d\n", f, c.w, c.h);
            shot(&c, "roads-focus", found);
            /* The focus is outlined: accent in its row. */
            SDL_Rect b = {0, 0, 0, 0};
            int y0 = -1, y1 = -1;
            for (int y = 0; y < c.h; y++)
                if (stage_hit(&c.sc, &m, c.w, c.h, c.w / 2, y) == f) {
                    y0 = y0 < 0 ? y : y0;
                    y1 = y;
                }
            b = (SDL_Rect){0, y0, c.w, y1 - y0 + 1};
            assert_true(count_colour(&c, b, ui_theme()->accent, 20) > c.w / 4);
        }
    }
}

/* The debrief: a 12-decision session takes several pages, each different
 * and each with words; a short one fewer; the menu answers the pointer. */
static void debrief_pages_and_menu(void **state)
{
    (void)state;
    for (int vi = 0; vi < N_VARIANTS; vi++) {
        Canvas c = canvas(vi);
        StageModel m = model(STAGE_DEBRIEF);
        m.view = end_view;
        int pages = stage_debrief_pages(&c.sc, &m, c.w, c.h);
        assert_true(pages >= 3); /* the chart, the decisions, the questions, the road */
        for (int p = 0; p < pages; p++) {
            m.page = p;
            projector(&c, &m);
            assert_true(text_pixels(&c, whole(&c)) > (long)c.w * c.h / 2000);
            if (p > 0)
                assert_false(same_as(&c, 0));
            keep(&c, 0);
        }
        build_session(1);
        int few = stage_debrief_pages(&c.sc, &m, c.w, c.h);
        assert_true(few >= 1 && few < pages);
        build_session(0);
        assert_int_equal(stage_debrief_pages(&c.sc, &m, c.w, c.h), 1);
        projector(&c, &m);
        assert_true(inside(&c));
        build_session(12);

        static const char *const items[] = {"Back", "Keys", "Debrief", "Export", "End"};
        m = model(STAGE_MENU);
        m.n_menu = 5;
        for (int i = 0; i < 5; i++)
            m.menu[i] = items[i];
        m.focus = 0;
        projector(&c, &m);
        for (int i = 0; i < 5; i++) {
            bool found = false;
            for (int y = 0; y < c.h && !found; y += 2)
                found = stage_hit(&c.sc, &m, c.w, c.h, c.w / 2, y) == i;
            assert_true(found);
        }
    }
}

/* The timer: the countdown draws on the beat when on, and "Time" (in the
 * accent) when it has run out. */
static void timer_shows(void **state)
{
    (void)state;
    Canvas c = canvas(1);
    set_votes(NULL, 0);
    StageModel m = model(STAGE_BEAT);
    projector(&c, &m);
    keep(&c, 0);
    m.timer_on = m.timer_running = true;
    m.timer_left_s = 45;
    m.timer_total_s = 60;
    m.timer_label = "Vote";
    projector(&c, &m);
    SDL_Rect corner = {0, 0, c.w / 2, c.h / 4};
    long on_text = text_pixels(&c, corner);
    assert_false(same_as(&c, 0));
    m.timer_left_s = 0;
    m.timer_running = false;
    projector(&c, &m);
    long up_accent = count_colour(&c, corner, ui_theme()->accent, 20);
    assert_true(on_text > 100);
    assert_true(up_accent > 100);
}

/* Models at their edges draw without harm and inside the window: no view,
 * no session, no votes, no answer chosen, a page past the end, a folder
 * longer than the screen; and nine long answers still get cards apart. */
static void odd_models_draw_safely(void **state)
{
    (void)state;
    static char folder[1100];
    memset(folder, 'x', sizeof folder - 1);
    for (int i = 0; i < 1000; i += 37)
        folder[i] = '/';
    folder[sizeof folder - 1] = '\0';
    /* Nine answers: short ones, and (on a wide screen) the story's long ones. */
    static const char *const SHORT[] = {"Tell me.", "Hm.",          "I see.",
                                        "Not now.", "That's hard.", "Go on.",
                                        "Stop it.", "I'm here.",    "Later."};
    StoryView nine = *beat_view, long_nine = *beat_view;
    nine.n_choices = long_nine.n_choices = STORY_MAX_CHOICES;
    for (int i = 0; i < STORY_MAX_CHOICES; i++) {
        long_nine.choices[i] = beat_view->choices[i % beat_view->n_choices];
        long_nine.choices[i].enabled = i != 4;
        long_nine.choices[i].hint = i == 4 ? "You are flooded: steady yourself first." : NULL;
        nine.choices[i] = long_nine.choices[i];
        nine.choices[i].text = SHORT[i];
    }
    int many[STORY_MAX_CHOICES] = {120, 3, 0, 7, 0, 1, 2, 0, 9};
    for (int vi = 0; vi < N_VARIANTS; vi += 3) {
        Canvas c = canvas(vi);
        for (int p = STAGE_BEAT; p <= STAGE_KEYS; p++) {
            StageModel m;
            memset(&m, 0, sizeof m);
            m.phase = (StagePhase)p;
            m.paused_from = STAGE_BEAT;
            m.chosen = -1;
            m.n_tied = 99;
            m.page = 1000;
            m.focus = 500;
            m.n_menu = 99;
            projector(&c, &m);
            assert_true(inside(&c));
            presenter(&c, &m);
            assert_true(inside(&c));
            assert_true(stage_hit(&c.sc, &m, c.w, c.h, c.w / 2, c.h / 2) < STAGE_MAX_MENU);
            m = model((StagePhase)p);
            m.votes = NULL;
            m.folder = folder;
            m.notice = folder;
            m.page = -3;
            m.chosen = p == STAGE_CHOSEN || p == STAGE_REVEALED ? 2 : -1;
            projector(&c, &m);
            assert_true(inside(&c));
            presenter(&c, &m);
            assert_true(inside(&c));
        }
        StageModel m = model(STAGE_BEAT);
        m.view = c.w == 1920 ? &long_nine : &nine;
        m.votes = many;
        m.timer_on = true;
        m.timer_left_s = 3599;
        m.timer_total_s = 60;
        projector(&c, &m);
        check_frame(&c, "nine", (long)c.w * c.h / 2000);
        /* Every answer answers the pointer down one of three lines, each
         * over a run of rows of its own: the cards never share a point. */
        bool seen[STORY_MAX_CHOICES] = {false};
        for (int k = 1; k <= 5; k += 2) {
            int x = c.w * k / 6, last = -1, runs = 0;
            bool done[STORY_MAX_CHOICES] = {false};
            for (int y = 0; y < c.h; y += 3) {
                int i = stage_hit(&c.sc, &m, c.w, c.h, x, y);
                assert_true(i < STORY_MAX_CHOICES);
                if (i >= 0 && i != last) {
                    assert_false(done[i]); /* one run per card on a line */
                    done[i] = seen[i] = true;
                    runs++;
                }
                last = i;
            }
            assert_true(runs > 0);
        }
        for (int i = 0; i < STORY_MAX_CHOICES; i++)
            assert_true(seen[i]);
        presenter(&c, &m);
        check_frame(&c, "presenter-nine", (long)c.w * c.h / 2000);
    }
}

int main(void)
{
    story_bind(story_lua_binding());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_phase),
        cmocka_unit_test(vote_bars),
        cmocka_unit_test(nothing_held_back_shows),
        cmocka_unit_test(cards_answer_the_pointer),
        cmocka_unit_test(roads_keep_the_focus),
        cmocka_unit_test(debrief_pages_and_menu),
        cmocka_unit_test(timer_shows),
        cmocka_unit_test(odd_models_draw_safely),
    };
    /* STAGE_TEST_FILTER=vote_bars runs one test (while working on it). */
    if (getenv("STAGE_TEST_FILTER"))
        cmocka_set_test_filter(getenv("STAGE_TEST_FILTER"));
    return cmocka_run_group_tests(tests, setup, teardown);
}
