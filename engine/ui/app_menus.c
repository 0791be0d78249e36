/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The game's menus and what they open: the stack of screens opened over one
 * another, the title and the story library, pause, save and load slots,
 * settings, the glossary and history pages, pause and breathe, and starting
 * a workshop. Layer: UI. Drawing is screens.c's and menus.c's; this
 * file only fills the UiModel they draw and acts on the player's choices. */
#include "app_internal.h"
#include "attune/audio.h"
#include "attune/alloc.h"
#include "attune/i18n.h"
#include "attune/log.h"
#include "attune/paths.h"
#include "attune/utf8.h"
#include "attune/voice.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the stack of screens opened over one another ---- */

void app_push(App *a)
{
    if (a->depth == STACK_MAX) {
        memmove(&a->stack[0], &a->stack[1], (STACK_MAX - 1) * sizeof a->stack[0]);
        a->depth--;
    }
    a->stack[a->depth].mode = a->mode;
    a->stack[a->depth].ui = a->ui;
    a->depth++;
}

static void build_pause(App *a);
static void build_slots(App *a, bool saving);
static void open_settings(App *a);
static void open_glossary(App *a, const char *term);
static void build_history(App *a);
static void build_breathe(App *a);
static void build_guide(App *a);

/* Build the screen of mode `m` again, over the UiModel just restored, and put
 * back the place the player had in it (focus, scroll). NOTE: a layer keeps
 * only its UiModel, whose strings point into a->mt and a->body, which every
 * screen shares; the screens opened over it have written theirs there since.
 * So a menu shown again is always built again: its labels are then the
 * actions under them, whatever was opened over it. */
static void rebuild(App *a, Mode m)
{
    int focus = a->ui.focus, scroll = a->ui.scroll;
    switch (m) {
    case MODE_TITLE:
        app_build_title(a);
        return;
    case MODE_STORIES:
        app_open_stories(a); /* keeps its own focus */
        return;
    case MODE_PLAY:
        if (a->story) {
            app_refresh_play(a);
            /* Back from a menu or the guide: read the scene again, as it is
             * what the screen now shows (self-voicing). */
            if (a->ui.screen == SCREEN_BEAT || a->ui.screen == SCREEN_ENDING)
                app_speak_view(a);
        }
        return;
    case MODE_PAUSE:
        build_pause(a);
        break;
    case MODE_SAVE:
    case MODE_LOAD:
        build_slots(a, m == MODE_SAVE);
        break;
    case MODE_SETTINGS:
        open_settings(a); /* keeps its own focus */
        return;
    case MODE_GLOSSARY:
        open_glossary(a, a->glossary && focus >= 0 && focus < glossary_count(a->glossary)
                             ? glossary_term(a->glossary, focus)
                             : NULL);
        a->ui.scroll = scroll;
        return;
    case MODE_HISTORY:
        build_history(a);
        a->ui.scroll = scroll;
        return;
    case MODE_BREATHE:
        build_breathe(a);
        return;
    case MODE_GUIDE:
        build_guide(a);
        a->ui.scroll = scroll;
        return;
    case MODE_ERROR:
    case MODE_WORKSHOP:
        return;
    }
    if (focus >= 0 && focus < a->ui.n_items && !a->ui.items[focus].disabled)
        a->ui.focus = focus;
}

void app_pop(App *a)
{
    if (a->depth == 0) {
        app_build_title(a);
        return;
    }
    a->depth--;
    Mode m = a->stack[a->depth].mode;
    a->ui = a->stack[a->depth].ui;
    a->ui.hover = -1;
    /* A notice of the screen's own (the story's "You are..." line on its
     * first beat) stays; one from a->notice is shown as it is now. */
    const char *own = a->ui.notice != a->notice ? a->ui.notice : NULL;
    bool own_calm = a->ui.notice_calm;
    app_set_mode(a, m);
    /* What the screen shows may have changed meanwhile (settings, a save),
     * and the text it pointed at has been reused by the screens over it. */
    rebuild(a, m);
    a->ui.hover = -1;
    a->ui.notice = a->notice[0] ? a->notice : NULL;
    a->ui.notice_calm = a->notice_calm;
    if (!a->ui.notice && own && m == MODE_PLAY) {
        a->ui.notice = own;
        a->ui.notice_calm = own_calm;
    }
    app_say_focus(a);
}

/* A menu screen: `n` items from a->mt. */
static void menu_screen(App *a, Mode mode, ScreenId screen, MenuStyle style, int n)
{
    const StoryView *keep_view = a->story ? story_view(a->story) : NULL;
    bool over = a->story && mode != MODE_STORIES &&
                (a->mode == MODE_PLAY || a->mode == MODE_PAUSE || a->ui.over_beat);
    app_clear_ui(a);
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
    /* A menu is its own place: the story's notice waits under it (app_pop()
     * brings it back); what the menu itself reports comes after this. */
    a->ui.notice = NULL;
    a->ui.anim = 1;
    app_set_mode(a, mode);
}

/* ---- the title and the story library ---- */

/* Read the stories' cards, once: not before the first frame of a story
 * opened from the command line, since each card loads its story. */
void app_ensure_library(App *a)
{
    if (a->scanned)
        return;
    a->scanned = true;
    library_scan(&a->library, paths_data_dir(), paths_user_stories_dir(), a->cmdline_dir,
                 a->lib_dir);
}

void app_build_title(App *a)
{
    app_ensure_library(a);
    a->pick_workshop = false;
    app_save_progress(a); /* the library's cards read it from disk */
    a->depth = 0;
    app_clear_ui(a);
    a->ui.screen = SCREEN_TITLE;
    library_title(&a->library, &a->ui, paths_save_dir());
    if (a->notice[0]) {
        a->ui.notice = a->notice;
        a->ui.notice_calm = a->notice_calm;
    }
    a->ui.focus = 0;
    audio_play_music(NULL);
    audio_set_layer(NULL);
    voice_stop();
    app_set_mode(a, MODE_TITLE);
}

void app_open_stories(App *a)
{
    app_ensure_library(a);
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
            if (e == 1) /* the one ending reached, named */
                /* TRANSLATORS: a story's card: the one ending reached, by its title. */
                snprintf(played, sizeof played, _("**1 ending reached** (%s)"),
                         progress_ending_title(p, 0));
            else
                snprintf(played, sizeof played,
                         P_("**%d ending reached**", "**%d endings reached**", e), e);
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

/* ---- menus ---- */

typedef enum PauseItem {
    PAUSE_RESUME,
    PAUSE_SAVE,
    PAUSE_LOAD,
    PAUSE_SETTINGS,
    PAUSE_GLOSSARY,
    PAUSE_GUIDE,
    PAUSE_HISTORY,
    PAUSE_REWIND,
    PAUSE_BREATHE,
    PAUSE_TITLE,
    PAUSE_COUNT
} PauseItem;

static void build_pause(App *a)
{
    static const char *const labels[PAUSE_COUNT] = {N_("Resume"),
                                                    N_("Save"),
                                                    N_("Load"),
                                                    N_("Settings"),
                                                    N_("Glossary"),
                                                    N_("How to read the meters"),
                                                    N_("History"),
                                                    N_("Take back the last answer"),
                                                    N_("Pause and breathe"),
                                                    N_("Back to the title")};
    static const char *const details[PAUSE_COUNT] = {"",
                                                     N_("Keep this place in a slot"),
                                                     N_("Open a saved place"),
                                                     "",
                                                     N_("The words the game uses"),
                                                     N_("What the numbers at the top say"),
                                                     N_("Everything said and chosen so far (H)"),
                                                     N_("And choose again (Z)"),
                                                     N_("A minute for yourself (B)"),
                                                     N_("Your place is saved")};
    MenuText *t = &a->mt;
    for (int i = 0; i < PAUSE_COUNT; i++) {
        str_copy(t->label[i], _(labels[i]), sizeof t->label[i]);
        /* NOTE: never _(""): gettext("") is the catalogue's header. */
        str_copy(t->detail[i], details[i][0] ? _(details[i]) : "", sizeof t->detail[i]);
        t->more[i][0] = t->value[i][0] = '\0';
    }
    const StoryInfo *in = story_info(a->story);
    str_copy(t->heading, _("Paused"), sizeof t->heading);
    int given = story_history_count(a->story);
    snprintf(t->sub, sizeof t->sub,
             /* TRANSLATORS: the pause menu: the story's title, answers given. */
             P_("%s · %d answer so far", "%s · %d answers so far", given),
             in->title ? in->title : in->id, given);
    t->help[0] = '\0';
    str_copy(t->footer, _("Enter: choose · Esc: resume"), sizeof t->footer);
    menu_screen(a, MODE_PAUSE, SCREEN_MENU, MENU_LIST, PAUSE_COUNT);
    a->ui.items[PAUSE_REWIND].disabled = story_history_count(a->story) == 0;
}

void app_open_pause(App *a)
{
    app_push(a);
    build_pause(a);
    app_say(a, _("Paused."));
}

static void build_slots(App *a, bool saving)
{
    MenuText *t = &a->mt;
    for (int i = 0; i < SAVE_SLOTS; i++) {
        SaveData d;
        snprintf(t->label[i], sizeof t->label[i], _("Slot %d"), i + 1);
        t->more[i][0] = t->value[i][0] = '\0';
        SaveStatus st =
            paths_save_dir() ? save_slot_read(paths_save_dir(), i + 1, &d) : SAVE_ERR_MISSING;
        if (st == SAVE_OK) {
            char when[64];
            library_format_time(d.time, when, sizeof when);
            snprintf(t->detail[i], sizeof t->detail[i], "%s · %s",
                     d.story_title[0] ? d.story_title : d.story_id, when);
            snprintf(t->more[i], sizeof t->more[i],
                     /* TRANSLATORS: a save slot: the beat it stopped at, answers given. */
                     P_("“%s” · %d answer", "“%s” · %d answers", d.n_path),
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
            str_copy(t->sub,
                     _("No saved games yet: choose Save in the pause menu (Esc) "
                       "while you play."),
                     sizeof t->sub);
            a->ui.subheading = t->sub;
        }
    }
}

static void open_slots(App *a, bool saving)
{
    app_push(a);
    build_slots(a, saving);
}

static void slot_activate(App *a, int i)
{
    if (i < 0 || i >= SAVE_SLOTS || !paths_save_dir())
        return;
    if (a->mode == MODE_SAVE) {
        app_remember_place(a);
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
        app_set_notice(a, msg);
        a->depth--; /* the slots screen itself */
        a->ui = a->stack[a->depth].ui;
        a->mode = a->stack[a->depth].mode;
        app_pop(a); /* and the pause menu under it */
        return;
    }
    SaveData d;
    SaveStatus st = save_slot_read(paths_save_dir(), i + 1, &d);
    if (st != SAVE_OK) {
        app_set_notice(a, _("That slot cannot be opened."));
        return;
    }
    app_open_saved(a, &d);
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
        app_push(a);
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
    app_apply_settings(a);
    app_save_settings(a);
    open_settings(a); /* new values and sizes */
    if (a->settings.self_voicing && !voice_available())
        app_set_notice(a, _("Reading aloud needs espeak-ng, which is not installed."));
    app_say_focus(a);
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
        char *nb = attune_realloc(a->body, cap);
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
        /* The glossary of the interface's language, else the English one. */
        char path[1200], name[64];
        snprintf(name, sizeof name, "assets/glossary.%s.txt", i18n_language());
        if (!paths_join(path, sizeof path, paths_data_dir(), name) || !paths_is_file(path))
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
        app_push(a);
    menu_screen(a, MODE_GLOSSARY, SCREEN_READER, MENU_LIST,
                n < SCREENS_MAX_ITEMS ? n : SCREENS_MAX_ITEMS);
    int at = term && a->glossary ? glossary_find(a->glossary, term) : -1;
    a->ui.focus = at >= 0 ? at : (n > 0 ? 0 : -1);
    glossary_page(a);
    if (a->ui.focus >= 0)
        app_say(a, glossary_text(a->glossary, a->ui.focus));
}

static void build_history(App *a)
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
            body_add(a, "%s (%s)\n", said, kinds_label(story_info(a->story)->kinds, rd[k].kind[i]));
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
    menu_screen(a, MODE_HISTORY, SCREEN_READER, MENU_LIST, 0);
    a->ui.body = a->body;
    a->ui.scroll = -1;
}

void app_open_history(App *a)
{
    if (!a->story)
        return;
    app_push(a);
    build_history(a);
}

static void build_breathe(App *a)
{
    MenuText *t = &a->mt;
    str_copy(t->heading, _("Pause and breathe"), sizeof t->heading);
    str_copy(t->sub, _("These stories can stir things up. Take as long as you need."),
             sizeof t->sub);
    t->help[0] = '\0';
    str_copy(t->footer, _("Enter or Esc: back when you are ready"), sizeof t->footer);
    menu_screen(a, MODE_BREATHE, SCREEN_BREATHE, MENU_LIST, 0);
}

static void open_breathe(App *a)
{
    app_push(a);
    build_breathe(a);
    a->breathe_start = app_now_ms();
    a->ui.anim = app_motion(a) ? 0.0f : 1.0f;
    app_say(a, _("Pause and breathe. Breathe in for four, and out for six."));
}

/* The guide to the meters: what each number and word at the top of a beat
 * says, in the words of docs/attunement.md. Shown over the first beat the
 * first time any story is played (app_play.c), and from the pause menu. */
static void build_guide(App *a)
{
    body_reset(a);
    const StoryInfo *in = a->story ? story_info(a->story) : NULL;
    if (in && in->you && in->you[0])
        body_add(a, "**%s**\n\n", in->you);
    body_add(a, "%s",
             _("The meters at the top show what is happening between you: there to learn "
               "from, not a score to win.\n"
               "**Their state** (*settled*, *on edge*, *shut down*): how they are now. Read it "
               "as you would read their face.\n"
               "**Connection**, the number in the ring (0 to 100): how close you are. Meeting "
               "them raises it; a miss lowers it.\n"
               "**you 70**: your own steadiness (0 to 100). Hard moments lower it. Below 35 you "
               "are **flooded**: the answers that would meet them are out of reach until you "
               "steady yourself.\n"
               "**Open ruptures**: a miss opens one. It stays open until an answer names the "
               "miss and comes back to them; one left open is named at the end.\n\n"
               "*To read this again: Esc, then How to read the meters.*"));
    MenuText *t = &a->mt;
    str_copy(t->heading, _("How to read the meters"), sizeof t->heading);
    str_copy(t->sub, in && in->title ? in->title : "", sizeof t->sub);
    t->help[0] = t->body_title[0] = '\0';
    str_copy(t->footer, _("Enter or click: go on · Up, Down: scroll"), sizeof t->footer);
    menu_screen(a, MODE_GUIDE, SCREEN_READER, MENU_LIST, 0);
    a->ui.body = a->body;
    a->ui.scroll = 0;
}

void app_open_guide(App *a)
{
    app_push(a);
    build_guide(a);
    app_say(a, a->body);
}

/* ---- workshop mode ---- */

void app_start_workshop(App *a, const char *dir)
{
    app_phones_closed(a); /* the last session's server: its port for this one */
    story_destroy(a->story);
    a->story = NULL;
    save_data_clear(&a->place);
    str_copy(a->place.story_dir, dir, sizeof a->place.story_dir);
    voice_stop();
    a->ws = workshop_open(&a->wh, dir, app_new_seed(), &a->error);
    if (!a->ws) {
        app_show_error(a);
        return;
    }
    a->depth = 0;
    a->pick_workshop = false;
    app_set_mode(a, MODE_WORKSHOP);
}

void app_end_workshop(App *a)
{
    /* the phones read "the session has ended" before the server stops */
    app_phones_closed(a);
    a->phones_closing = workshop_phones_release(a->ws);
    a->phones_close_at = app_now_ms() + PHONES_GRACE_MS;
    workshop_close(a->ws);
    a->ws = NULL;
    save_data_clear(&a->place);
    app_set_notice(a, NULL);
    app_build_title(a);
}

static void activate_title(App *a, int i)
{
    if (i < 0 || i >= a->ui.n_items || a->ui.items[i].disabled)
        return;
    switch (a->library.actions[i]) {
    case LIBRARY_CONTINUE:
        app_continue_game(a);
        break;
    case LIBRARY_STORY:
        app_start_story(a, a->library.stories[a->library.action_story[i]].dir, app_new_seed());
        break;
    case LIBRARY_STORIES:
    case LIBRARY_WORKSHOP:
        app_push(a);
        a->pick_workshop = a->library.actions[i] == LIBRARY_WORKSHOP;
        app_open_stories(a);
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
        app_pop(a);
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
    case PAUSE_GUIDE:
        app_open_guide(a);
        break;
    case PAUSE_HISTORY:
        app_open_history(a);
        break;
    case PAUSE_REWIND:
        if (story_history_count(a->story) > 0)
            app_rewind(a, 1);
        break;
    case PAUSE_BREATHE:
        open_breathe(a);
        break;
    case PAUSE_TITLE:
    case PAUSE_COUNT:
        app_set_notice(a, NULL);
        app_build_title(a);
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
            app_start_workshop(a, a->library.stories[i].dir);
        else
            app_start_story(a, a->library.stories[i].dir, app_new_seed());
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

/* Move the focus by `d` over the items that can be chosen. */
void app_move_focus(App *a, int d, int n)
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
    app_say_focus(a);
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

void app_handle_global(App *a, InputAction act, bool *used)
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
            app_open_history(a);
        else
            *used = false;
        return;
    case INPUT_FULLSCREEN:
        a->settings.fullscreen = !a->settings.fullscreen;
        app_apply_settings(a);
        app_save_settings(a);
        if (a->mode == MODE_SETTINGS)
            open_settings(a);
        return;
    case INPUT_REWIND:
        if (a->mode == MODE_PLAY && a->story)
            app_rewind(a, 1);
        else
            *used = false;
        return;
    default:
        *used = false;
        return;
    }
}

void app_handle_menu(App *a, InputAction act)
{
    UiModel *m = &a->ui;
    int n = screens_item_count(m);
    bool values = a->mode == MODE_SETTINGS;
    bool page = m->screen == SCREEN_READER;
    switch (act.kind) {
    case INPUT_BACK:
        if (a->mode != MODE_TITLE)
            app_pop(a);
        break;
    case INPUT_UP:
        if (page && n == 0)
            scroll_page(a, -1);
        else
            app_move_focus(a, -1, n);
        break;
    case INPUT_DOWN:
        if (page && n == 0)
            scroll_page(a, 1);
        else
            app_move_focus(a, 1, n);
        break;
    case INPUT_LEFT:
    case INPUT_RIGHT:
        if (values)
            settings_change(a, m->focus, act.kind == INPUT_LEFT ? -1 : 1);
        else if (!page)
            app_move_focus(a, act.kind == INPUT_LEFT ? -1 : 1, n);
        break;
    case INPUT_SCROLL:
        if (page)
            scroll_page(a, act.index);
        else
            app_move_focus(a, act.index < 0 ? -1 : 1, n);
        break;
    case INPUT_CONFIRM:
        if (a->mode == MODE_BREATHE || (page && n == 0))
            app_pop(a);
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
        } else if (a->mode == MODE_BREATHE || a->mode == MODE_GUIDE) {
            app_pop(a); /* a click anywhere goes on, as Enter does */
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
