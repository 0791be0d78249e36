/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The stack of screens (engine/ui/app_menus.c), driven through the real
 * loop: the game opened headless, keys pushed as SDL events, one app_frame
 * each (which also draws). The test walks every path of screens opened over
 * one another, three deep over the pause menu and over the title, by the
 * menu's own items and by the keys that open a screen anywhere (G, H, B),
 * then back with Esc; after every step the labels the screen on top would
 * draw are checked against the actions under them. An action is checked by
 * taking it: the label "Settings" must open the settings, and so on. */
#include "attune/story_tools.h"
#include "attune/paths.h"
#include "../engine/ui/app_internal.h"
#include "../engine/ui/menus.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum { DEPTH = 3 }; /* screens opened over the pause menu, or over the title */

/* What each pause item does, in the order the player sees them. MODE_PLAY
 * for the items that leave the menu (resume, take back, the title). */
static const struct {
    const char *label;
    Mode opens;
} PAUSE[] = {
    {"Resume", MODE_PLAY},
    {"Save", MODE_SAVE},
    {"Load", MODE_LOAD},
    {"Settings", MODE_SETTINGS},
    {"Glossary", MODE_GLOSSARY},
    {"How to read the meters", MODE_GUIDE},
    {"History", MODE_HISTORY},
    {"Take back the last answer", MODE_PLAY},
    {"Pause and breathe", MODE_BREATHE},
    {"Back to the title", MODE_TITLE},
};
enum { N_PAUSE = sizeof PAUSE / sizeof PAUSE[0] };

/* The title's items that open a screen over it, by their label. */
static const struct {
    const char *label;
    Mode opens;
} TITLE[] = {
    {"Stories", MODE_STORIES},   {"Workshop", MODE_STORIES},  {"Load a saved game", MODE_LOAD},
    {"Settings", MODE_SETTINGS}, {"Glossary", MODE_GLOSSARY},
};
enum { N_TITLE = sizeof TITLE / sizeof TITLE[0] };

static int steps, paths;
static char trail[400]; /* the path walked, for a failure's message */

static void fail_at(const char *what)
{
    fail_msg("after %s: %s", trail, what);
}

static void key(App *a, SDL_Keycode k)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.state = SDL_PRESSED;
    e.key.keysym.sym = k;
    SDL_PushEvent(&e);
    while (SDL_HasEvents(SDL_FIRSTEVENT, SDL_LASTEVENT))
        assert_true(app_frame(a));
    steps++;
}

static const char *mode_name(Mode m)
{
    return APP_MODE_NAMES[m];
}

static void expect_mode(const App *a, Mode m)
{
    if (a->mode != m) {
        char msg[200];
        snprintf(msg, sizeof msg, "the screen is %s, not %s", mode_name(a->mode), mode_name(m));
        fail_at(msg);
    }
}

static void expect_str(const char *got, const char *want, const char *what)
{
    if (!got || strcmp(got, want) != 0) {
        char msg[600];
        snprintf(msg, sizeof msg, "%s is \"%s\", not \"%s\"", what, got ? got : "(none)", want);
        fail_at(msg);
    }
}

static void expect_labels_n(const App *a, int n)
{
    if (a->ui.n_items != n) {
        char msg[120];
        snprintf(msg, sizeof msg, "%d items shown, not %d", a->ui.n_items, n);
        fail_at(msg);
    }
}

/* The screen on top shows its own heading and labels, each the one of the
 * action its index runs (the tables the actions are taken from). */
static void check(App *a)
{
    const UiModel *m = &a->ui;
    char what[80];
    switch (a->mode) {
    case MODE_PAUSE:
        expect_str(m->heading, "Paused", "the heading");
        expect_labels_n(a, N_PAUSE);
        for (int i = 0; i < N_PAUSE; i++) {
            snprintf(what, sizeof what, "pause item %d", i + 1);
            expect_str(m->items[i].label, PAUSE[i].label, what);
        }
        break;
    case MODE_SETTINGS:
        expect_str(m->heading, "Settings", "the heading");
        expect_labels_n(a, settings_entry_count());
        for (int i = 0; i < settings_entry_count(); i++) {
            char value[64];
            settings_entry_value(&a->settings, i, value, sizeof value);
            snprintf(what, sizeof what, "settings row %d", i + 1);
            expect_str(m->items[i].label, settings_entry_label(i), what);
            expect_str(m->items[i].value, value, what);
        }
        expect_str(m->help, settings_entry_help(m->focus), "the settings' help");
        break;
    case MODE_GLOSSARY: {
        expect_str(m->heading, "Glossary", "the heading");
        assert_non_null(a->glossary);
        int n = glossary_count(a->glossary);
        expect_labels_n(a, n < SCREENS_MAX_ITEMS ? n : SCREENS_MAX_ITEMS);
        for (int i = 0; i < m->n_items; i++) {
            snprintf(what, sizeof what, "glossary term %d", i + 1);
            expect_str(m->items[i].label, glossary_term(a->glossary, i), what);
        }
        assert_true(m->focus >= 0);
        expect_str(m->body_title, glossary_term(a->glossary, m->focus), "the page's title");
        const char *text = glossary_text(a->glossary, m->focus);
        if (!m->body || strncmp(m->body, text, strlen(text)) != 0)
            fail_at("the glossary's page is not the focused term's");
        break;
    }
    case MODE_HISTORY:
        expect_str(m->heading, "History", "the heading");
        expect_labels_n(a, 0);
        if (!m->body || !strstr(m->body, "*(now)*"))
            fail_at("the history's page is not the history");
        if (m->body_title && m->body_title[0])
            fail_at("the history has a glossary term's title");
        break;
    case MODE_SAVE:
    case MODE_LOAD:
        expect_str(m->heading, a->mode == MODE_SAVE ? "Save" : "Load", "the heading");
        expect_labels_n(a, SAVE_SLOTS);
        for (int i = 0; i < SAVE_SLOTS; i++) {
            char want[32];
            snprintf(want, sizeof want, "Slot %d", i + 1);
            expect_str(m->items[i].label, want, "a slot");
        }
        break;
    case MODE_BREATHE:
        expect_str(m->heading, "Pause and breathe", "the heading");
        expect_labels_n(a, 0);
        break;
    case MODE_GUIDE:
        expect_str(m->heading, "How to read the meters", "the heading");
        expect_labels_n(a, 0);
        if (!m->body || !strstr(m->body, "**Connection**") || !strstr(m->body, "**flooded**"))
            fail_at("the guide's page is not the guide");
        break;
    case MODE_STORIES:
        expect_labels_n(a, a->library.n_stories);
        for (int i = 0; i < a->library.n_stories; i++)
            expect_str(m->items[i].label, a->library.stories[i].title, "a story's card");
        break;
    case MODE_TITLE:
        assert_int_equal(m->screen, SCREEN_TITLE);
        for (int i = 0; i < m->n_items; i++) {
            const char *want = NULL;
            switch (a->library.actions[i]) {
            case LIBRARY_CONTINUE:
                want = "Continue";
                break;
            case LIBRARY_STORIES:
                want = "Stories";
                break;
            case LIBRARY_WORKSHOP:
                want = "Workshop";
                break;
            case LIBRARY_LOAD:
                want = "Load a saved game";
                break;
            case LIBRARY_SETTINGS:
                want = "Settings";
                break;
            case LIBRARY_GLOSSARY:
                want = "Glossary";
                break;
            case LIBRARY_QUIT:
                want = "Quit";
                break;
            case LIBRARY_STORY:
                want = a->library.stories[a->library.action_story[i]].title;
                break;
            }
            expect_str(m->items[i].label, want, "a title item");
        }
        break;
    case MODE_PLAY:
        assert_non_null(a->story);
        if (m->view != story_view(a->story))
            fail_at("the beat shows a view that is not the story's");
        break;
    default:
        fail_at("an unexpected screen");
    }
}

/* The ways to open a screen over the one on top: its own items (by their
 * number key) and the keys that work on every screen. */
typedef struct Opener {
    SDL_Keycode key;
    Mode opens;
    char name[40];
    int item; /* the item chosen (which takes the focus), or -1 for a key */
} Opener;

static int openers(const App *a, Opener *out)
{
    int n = 0;
    if (a->mode == MODE_PAUSE) {
        for (int i = 0; i < N_PAUSE; i++)
            if (PAUSE[i].opens != MODE_PLAY && PAUSE[i].opens != MODE_TITLE) {
                out[n] = (Opener){SDLK_1 + i, PAUSE[i].opens, "", i};
                snprintf(out[n++].name, sizeof out[0].name, "\"%s\"", PAUSE[i].label);
            }
    } else if (a->mode == MODE_TITLE) {
        for (int i = 0; i < a->ui.n_items && i < 9; i++)
            for (int k = 0; k < N_TITLE; k++)
                if (strcmp(a->ui.items[i].label, TITLE[k].label) == 0) {
                    out[n] = (Opener){SDLK_1 + i, TITLE[k].opens, "", i};
                    snprintf(out[n++].name, sizeof out[0].name, "\"%s\"", TITLE[k].label);
                }
    }
    bool playing = a->story && (a->mode == MODE_PLAY || a->mode == MODE_PAUSE);
    if (a->mode != MODE_GLOSSARY)
        out[n++] = (Opener){SDLK_g, MODE_GLOSSARY, "G", -1};
    if (a->mode != MODE_BREATHE)
        out[n++] = (Opener){SDLK_b, MODE_BREATHE, "B", -1};
    if (playing && a->mode != MODE_HISTORY)
        out[n++] = (Opener){SDLK_h, MODE_HISTORY, "H", -1};
    return n;
}

/* Every path of up to `left` more screens from here, and back. */
static void walk(App *a, int left)
{
    check(a);
    if (left == 0) {
        paths++;
        return;
    }
    Opener op[SCREENS_MAX_ITEMS + 3];
    int n = openers(a, op);
    Mode here = a->mode;
    size_t mark = strlen(trail);
    for (int i = 0; i < n; i++) {
        int focus = a->ui.focus;
        snprintf(trail + mark, sizeof trail - mark, " > %s", op[i].name);
        key(a, op[i].key);
        expect_mode(a, op[i].opens);
        walk(a, left - 1);
        snprintf(trail + mark, sizeof trail - mark, " > %s > Esc", op[i].name);
        key(a, SDLK_ESCAPE);
        expect_mode(a, here);
        check(a);
        if (a->ui.focus != (op[i].item >= 0 ? op[i].item : focus) && here != MODE_TITLE)
            fail_at("the focus moved");
        trail[mark] = '\0';
    }
}

static App *open_game(const char *story)
{
    char dir[1200];
    if (story)
        paths_join(dir, sizeof dir, paths_data_dir(), story);
    AppOptions o = {
        .story_dir = story ? dir : NULL, .width = 640, .height = 360, .renderer = "software"};
    App *a = app_open(&o);
    assert_non_null(a);
    app_frame(a);
    return a;
}

/* Play until one answer is given and the next beat shows. */
static void answer_once(App *a)
{
    for (int tries = 0; tries < 20; tries++) {
        if (a->ui.screen == SCREEN_BEAT && story_history_count(a->story) > 0 && !app_revealing(a))
            return;
        key(a, a->ui.screen == SCREEN_BEAT && !app_revealing(a) ? SDLK_1 : SDLK_RETURN);
    }
    fail_msg("no answer could be given");
}

static void test_pause_paths(void **state)
{
    (void)state;
    App *a = open_game("scripts/stories/homework-night");
    expect_mode(a, MODE_PLAY); /* the guide was seen (test_guide_once runs first) */
    answer_once(a);
    int given = story_history_count(a->story);
    steps = paths = 0;
    strcpy(trail, "Esc");
    key(a, SDLK_ESCAPE);
    expect_mode(a, MODE_PAUSE);
    walk(a, DEPTH);
    /* And the items that leave the menu, from a menu that has had every
     * screen over it: "Take back" takes back, "Resume" resumes. */
    strcpy(trail, "the walk > \"Take back the last answer\"");
    key(a, SDLK_8);
    expect_mode(a, MODE_PLAY);
    assert_int_equal(story_history_count(a->story), given - 1);
    key(a, SDLK_ESCAPE);
    strcpy(trail, "Esc > \"Resume\"");
    key(a, SDLK_1);
    expect_mode(a, MODE_PLAY);
    check(a);
    key(a, SDLK_ESCAPE);
    strcpy(trail, "Esc > \"Back to the title\"");
    key(a, SDLK_UP); /* the last item: past 9, no number key reaches it */
    key(a, SDLK_RETURN);
    expect_mode(a, MODE_TITLE);
    check(a);
    print_message("pause: %d paths walked, %d keys\n", paths, steps);
    assert_true(paths >= 12);
    app_close(a);
}

static void test_title_paths(void **state)
{
    (void)state;
    App *a = open_game(NULL);
    expect_mode(a, MODE_TITLE);
    steps = paths = 0;
    strcpy(trail, "the title");
    walk(a, DEPTH);
    print_message("title: %d paths walked, %d keys\n", paths, steps);
    assert_true(paths >= 10);
    app_close(a);
}

/* The first play in a fresh save folder opens with the guide to the meters
 * over the first beat, the story's "You are..." line on it; Enter goes on to
 * the beat, which shows that line; the guide is remembered and never shown
 * again by itself, and the pause menu opens it again. */
static void test_guide_once(void **state)
{
    (void)state;
    App *a = open_game("scripts/stories/homework-night");
    strcpy(trail, "the first play");
    expect_mode(a, MODE_GUIDE);
    check(a);
    char you[400];
    assert_non_null(story_info(a->story)->you);
    snprintf(you, sizeof you, "%s", story_info(a->story)->you);
    assert_non_null(strstr(a->ui.body, you));
    assert_true(a->ui.over_beat); /* the beat waits, dimmed, underneath */
    assert_true(a->settings.guide_seen);
    /* one screen, no scrolling, in a 1280x720 window and larger */
    assert_int_equal(menus_max_scroll(&a->screens, &a->ui, 1280, 720), 0);
    assert_int_equal(menus_max_scroll(&a->screens, &a->ui, 1920, 1080), 0);
    key(a, SDLK_RETURN);
    expect_mode(a, MODE_PLAY);
    assert_int_equal(a->ui.screen, SCREEN_BEAT);
    /* The story's opening line, as a calm note on its first beat. */
    assert_non_null(a->ui.notice);
    assert_string_equal(a->ui.notice, you);
    assert_true(a->ui.notice_calm);
    /* Again from the pause menu; a click goes on as Enter does. */
    key(a, SDLK_ESCAPE);
    strcpy(trail, "Esc > \"How to read the meters\"");
    key(a, SDLK_6);
    expect_mode(a, MODE_GUIDE);
    check(a);
    key(a, SDLK_ESCAPE);
    expect_mode(a, MODE_PAUSE);
    key(a, SDLK_ESCAPE);
    expect_mode(a, MODE_PLAY);
    assert_string_equal(a->ui.notice, you); /* still there after the menus */
    app_close(a);
    /* Remembered: the next play opens on its beat, with no guide. */
    a = open_game("scripts/stories/homework-night");
    strcpy(trail, "the second play");
    expect_mode(a, MODE_PLAY);
    assert_string_equal(a->ui.notice, you);
    answer_once(a);
    assert_null(a->ui.notice); /* the line belongs to the opening only */
    app_close(a);
}

/* At 175 % text a beat whose line and answers only fit together small comes
 * in two steps: its line, then its answers. A number key on the line's step
 * shows the answers and chooses nothing unseen; Left goes back to the line;
 * a number on the answers' step chooses. */
static void test_two_steps(void **state)
{
    (void)state;
    App *a = open_game("scripts/stories/safe-here");
    strcpy(trail, "safe-here at 175 %");
    a->settings.text_size = 4;
    app_apply_settings(a);
    app_frame(a);
    expect_mode(a, MODE_PLAY);
    if (app_revealing(a))
        key(a, SDLK_RETURN); /* the typewriter finishes the line */
    assert_true(screens_beat_steps(&a->screens, &a->ui, a->w, a->h));
    assert_int_equal(a->ui.beat_step, 0);
    assert_int_equal(screens_hit(&a->screens, &a->ui, a->w, a->h, a->w / 2, a->h / 3), -1);
    key(a, SDLK_1);
    assert_int_equal(story_history_count(a->story), 0); /* nothing chosen unseen */
    assert_int_equal(a->ui.beat_step, 1);
    /* the answers larger than the one-step layout gives at this size */
    int stepped = screens_answer_px(&a->screens, &a->ui, a->w, a->h);
    a->settings.text_size = 0;
    app_apply_settings(a);
    int plain = screens_answer_px(&a->screens, &a->ui, a->w, a->h);
    a->settings.text_size = 4;
    app_apply_settings(a);
    assert_true(stepped > plain);
    key(a, SDLK_LEFT);
    assert_int_equal(a->ui.beat_step, 0);
    key(a, SDLK_RETURN);
    assert_int_equal(a->ui.beat_step, 1);
    key(a, SDLK_1);
    assert_int_equal(story_history_count(a->story), 1);
    app_close(a);
}

/* The history quotes what you said once: quotes inside become single ones,
 * and an action in brackets keeps its own. */
static void history_quotes_do_not_nest(void **state)
{
    (void)state;
    static const struct {
        const char *said, *shown;
    } CASES[] = {
        {"That sum's hard.", "\u201cThat sum's hard.\u201d"},
        {"Let the word \u201cshould\u201d hang there.",
         "\u201cLet the word \u2018should\u2019 hang there.\u201d"},
        {"She said \"no\" twice.", "\u201cShe said \u2018no\u2019 twice.\u201d"},
        {"(Shake your head.) \u201cDon\u2019t worry.\u201d",
         "(Shake your head.) \u201cDon\u2019t worry.\u201d"},
        {"\u201cAlready quoted.\u201d", "\u201cAlready quoted.\u201d"},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        char out[200];
        screens_quoted(out, sizeof out, CASES[i].said);
        assert_string_equal(out, CASES[i].shown);
    }
    /* Cut short, it still closes its quote on a whole character. */
    char small[12];
    screens_quoted(small, sizeof small, "\u201c\u00e9\u00e9\u00e9\u00e9\u00e9");
    screens_quoted(small, sizeof small, "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9");
    assert_true(strlen(small) < sizeof small);
    assert_string_equal(small + strlen(small) - 3, "\u201d");
}

int main(void)
{
    story_bind(story_lua_binding());
    /* A save folder of its own, fresh: the first play is a first time. It is
     * made inside the tests' folder (XDG_DATA_HOME), so nothing is left in /tmp. */
    const char *base = getenv("XDG_DATA_HOME");
    char fresh[1100];
    snprintf(fresh, sizeof fresh, "%s/app-menus-XXXXXX", base && base[0] == '/' ? base : "/tmp");
    mkdir(base && base[0] == '/' ? base : "/tmp", 0700);
    if (!mkdtemp(fresh))
        return 1;
    setenv("XDG_DATA_HOME", fresh, 1);
    if (!paths_init())
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_guide_once),  cmocka_unit_test(test_pause_paths),
        cmocka_unit_test(test_title_paths), cmocka_unit_test(history_quotes_do_not_nest),
        cmocka_unit_test(test_two_steps),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    paths_quit();
    return rc;
}
