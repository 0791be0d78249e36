/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The story library and the title menu. Layer: core. */
#include "attune/library.h"
#include "attune/alloc.h"
#include "attune/i18n.h"
#include "attune/log.h"
#include "attune/paths.h"
#include "attune/save.h"

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *origin_word(LibraryOrigin origin)
{
    switch (origin) {
    case LIBRARY_ORIGIN_USER:
        return _("your stories");
    case LIBRARY_ORIGIN_COMMAND_LINE:
        return _("command line");
    default:
        return _("installed");
    }
}

/* The same folder reached two ways (a command-line folder inside the user's
 * folder, say) is listed once, under the origin that came first. */
static bool already_listed(const Library *lib, const char *dir)
{
    char a[PATH_MAX], b[PATH_MAX];
    if (!realpath(dir, a))
        return false;
    for (int i = 0; i < lib->n_stories; i++)
        if (realpath(lib->stories[i].dir, b) && strcmp(a, b) == 0)
            return true;
    return false;
}

/* Read the card of the story in `dir` into the next entry. */
static void add_story(Library *lib, const char *dir, LibraryOrigin origin, const char *lib_dir)
{
    if (already_listed(lib, dir))
        return;
    if (lib->n_stories >= LIBRARY_MAX_STORIES) {
        log_error("library", "more than %d stories: '%s' is not listed", LIBRARY_MAX_STORIES, dir);
        return;
    }
    ATTUNE_ASSERT(lib->n_stories < LIBRARY_MAX_STORIES);
    LibraryStory *e = &lib->stories[lib->n_stories++];
    memset(e, 0, sizeof *e);
    str_copy(e->dir, dir, sizeof e->dir);
    e->origin = origin;
    e->origin_word = origin_word(origin);
    /* The id is the folder's name (of the real folder: "." names nothing). */
    char real[PATH_MAX];
    const char *name = realpath(dir, real) ? real : e->dir;
    const char *slash = strrchr(name, '/');
    str_copy(e->id, slash && slash[1] ? slash + 1 : name, sizeof e->id);
    StoryError err;
    Story *s = story_load(e->dir, lib_dir, 1, &err);
    if (!s) {
        str_copy(e->title, e->id, sizeof e->title);
        snprintf(e->detail, sizeof e->detail, _("Cannot be played: %s:%d: %s"), err.file, err.line,
                 err.message);
        return;
    }
    const StoryInfo *in = story_info(s);
    str_copy(e->title, in->title ? in->title : e->id, sizeof e->title);
    const char *rel = in->relationship ? i18n_relationship(in->relationship) : "";
    if (origin == LIBRARY_ORIGIN_INSTALLED)
        snprintf(e->detail, sizeof e->detail,
                 /* TRANSLATORS: a story's card: its relationship ("parent and
                  * child") and how long it takes. */
                 P_("%s · about %d minute", "%s · about %d minutes", in->minutes), rel,
                 in->minutes);
    else
        snprintf(e->detail, sizeof e->detail,
                 /* TRANSLATORS: a story's card: its relationship, how long
                  * it takes, and where it comes from ("your stories"). */
                 P_("%s · about %d minute · %s", "%s · about %d minutes · %s", in->minutes), rel,
                 in->minutes, e->origin_word);
    /* A story not translated into the interface's language says so. */
    if (strcmp(i18n_language(), "en") != 0 && !story_loaded_language(s)[0]) {
        size_t used = strlen(e->detail);
        /* TRANSLATORS: after a story's card, when it has no translation
         * into your language. */
        snprintf(e->detail + used, sizeof e->detail - used, " · %s", _("in English"));
    }
    snprintf(e->more, sizeof e->more, "%s%s%s%s", in->summary ? in->summary : "",
             in->content_note ? "\n" : "", in->content_note ? _("*Content note:* ") : "",
             in->content_note ? in->content_note : "");
    story_destroy(s);
}

/* Each sub-folder of `dir` that holds a story.lua, by name; a command-line
 * folder may also be a story itself. */
static void scan_folder(Library *lib, const char *dir, LibraryOrigin origin, const char *lib_dir)
{
    char sub[1200], probe[1300];
    if (origin == LIBRARY_ORIGIN_COMMAND_LINE &&
        paths_join(probe, sizeof probe, dir, "story.lua") && paths_is_file(probe)) {
        add_story(lib, dir, origin, lib_dir);
        return;
    }
    struct dirent **names;
    int n = scandir(dir, &names, NULL, alphasort);
    for (int i = 0; i < n; i++) {
        if (names[i]->d_name[0] != '.' && paths_join(sub, sizeof sub, dir, names[i]->d_name) &&
            paths_join(probe, sizeof probe, sub, "story.lua") && paths_is_file(probe))
            add_story(lib, sub, origin, lib_dir);
        attune_free(names[i]);
    }
    if (n >= 0)
        attune_free(names);
}

void library_scan(Library *lib, const char *data_dir, const char *user_dir,
                  const char *command_line_dir, const char *lib_dir)
{
    lib->n_stories = 0;
    char installed[1200];
    if (data_dir && paths_join(installed, sizeof installed, data_dir, "scripts/stories"))
        scan_folder(lib, installed, LIBRARY_ORIGIN_INSTALLED, lib_dir);
    if (user_dir)
        scan_folder(lib, user_dir, LIBRARY_ORIGIN_USER, lib_dir);
    if (command_line_dir)
        scan_folder(lib, command_line_dir, LIBRARY_ORIGIN_COMMAND_LINE, lib_dir);
    /* The hint names the folder as the player knows it: ~/... */
    lib->user_dir[0] = lib->hint[0] = '\0';
    if (user_dir) {
        str_copy(lib->user_dir, user_dir, sizeof lib->user_dir);
        const char *home = getenv("HOME");
        size_t hl = home ? strlen(home) : 0;
        bool tilde = hl > 1 && strncmp(user_dir, home, hl) == 0 && user_dir[hl] == '/';
        snprintf(lib->hint, sizeof lib->hint, _("Add your own stories to %s%s"), tilde ? "~" : "",
                 user_dir + (tilde ? hl : 0));
    }
}

void library_format_time(int64_t t, char *out, size_t n)
{
    time_t tt = (time_t)t;
    struct tm tmv;
    out[0] = '\0';
    if (t > 0 && localtime_r(&tt, &tmv))
        /* TRANSLATORS: a date and time (strftime: %d day, %b short month,
         * %H:%M time), "14 Mar, 15:40"; write your language's order. */
        /* xgettext:no-c-format */
        i18n_strftime(out, n, _("%d %b, %H:%M"), &tmv);
}

Story *library_open_save(const Library *lib, SaveData *d, const char *lib_dir, char *notice,
                         size_t n, StoryError *err)
{
    memset(err, 0, sizeof *err);
    /* Its own folder, or an installed story with the same id. */
    const char *dir = NULL;
    char probe[1200];
    if (d->story_dir[0] && paths_join(probe, sizeof probe, d->story_dir, "story.lua") &&
        paths_is_file(probe))
        dir = d->story_dir;
    for (int i = 0; !dir && i < lib->n_stories; i++)
        if (strcmp(lib->stories[i].id, d->story_id) == 0)
            dir = lib->stories[i].dir;
    if (!dir) {
        snprintf(notice, n, _("The story of this save (“%s”) is not installed."), d->story_id);
        return NULL;
    }
    if (dir != d->story_dir)
        str_copy(d->story_dir, dir, sizeof d->story_dir);
    Story *s = story_load(d->story_dir, lib_dir, d->seed, err);
    if (!s)
        return NULL;
    const StoryInfo *in = story_info(s);
    if (!in->id || strcmp(in->id, d->story_id) != 0) {
        snprintf(notice, n,
                 _("This save belongs to another story (“%s”), not to “%s”; it was "
                   "left as it is."),
                 d->story_id, in->title ? in->title : "?");
        story_destroy(s);
        return NULL;
    }
    int done = story_replay(s, (const char *const *)d->path, d->n_path, err);
    if (done < 0) {
        story_destroy(s);
        return NULL;
    }
    if (done < d->n_path) {
        memset(err, 0, sizeof *err);
        snprintf(notice, n,
                 _("The story has changed since you saved: you are back at your "
                   "last answer that still exists (%d of %d)."),
                 done, d->n_path);
    }
    return s;
}

Story *library_resume(const Library *lib, const char *save_dir, const char *lib_dir, char *notice,
                      size_t n, StoryError *err, SaveData *keep)
{
    notice[0] = '\0';
    memset(err, 0, sizeof *err);
    SaveData d;
    int damaged = 0;
    if (!save_dir || save_load_latest(save_dir, &d, &damaged) != SAVE_OK) {
        snprintf(notice, n,
                 damaged ? _("Your save is damaged and there is no earlier good one; the damaged "
                             "file was kept aside (*.corrupt).")
                         : _("There is no saved story to continue."));
        return NULL;
    }
    char when[64];
    library_format_time(d.time, when, sizeof when);
    if (damaged)
        snprintf(notice, n,
                 _("This save was damaged (or from another version of Attune) and "
                   "was kept aside; your last good save, from %s, was loaded."),
                 when);
    /* A notice from opening it (a changed story) says more than "damaged". */
    char more[512] = "";
    Story *s = library_open_save(lib, &d, lib_dir, more, sizeof more, err);
    /* A story that opens with a notice has changed since the save: the
     * save is kept out of the rotation, or the new play's next autosaves
     * would overwrite the only record of the whole play. */
    char kept[80];
    if (s && more[0] && save_keep_changed(save_dir, &d, kept, sizeof kept))
        snprintf(notice, n,
                 _("%s Your whole save is kept as it was, as %s in the save folder: "
                   "what you play now will not overwrite it."),
                 more, kept);
    else if (more[0])
        str_copy(notice, more, n);
    if (s && keep)
        *keep = d; /* the caller owns the strings now */
    else
        save_data_clear(&d);
    return s;
}

void library_title(Library *lib, UiModel *m, const char *save_dir)
{
    memset(m, 0, sizeof *m);
    m->screen = SCREEN_TITLE;
    m->focus = 0;
    m->hover = -1;
    int n = 0, damaged = 0;
    SaveData d;
    if (save_load_latest(save_dir, &d, &damaged) == SAVE_OK) {
        char when[64];
        library_format_time(d.time, when, sizeof when);
        const char *title = d.story_id;
        for (int i = 0; i < lib->n_stories; i++)
            if (strcmp(lib->stories[i].id, d.story_id) == 0)
                title = lib->stories[i].title;
        snprintf(lib->continue_detail, sizeof lib->continue_detail,
                 /* TRANSLATORS: Continue's detail: the story's title, the
                  * answers given so far, and when it was last played. */
                 P_("%s · %d choice made · %s", "%s · %d choices made · %s", d.n_path), title,
                 d.n_path, when);
        m->items[n] = (TitleItem){_("Continue"), lib->continue_detail, NULL, NULL, false};
        lib->actions[n++] = LIBRARY_CONTINUE;
        save_data_clear(&d);
    }
    if (damaged)
        snprintf(lib->notice, sizeof lib->notice,
                 _("A damaged save was found and kept aside (*.corrupt); Continue opens your "
                   "last good save."));
    else
        save_take_notice(lib->notice, sizeof lib->notice); /* a name the saves step around */
    snprintf(lib->stories_detail, sizeof lib->stories_detail,
             P_("%d story to play", "%d stories to play", lib->n_stories), lib->n_stories);
    static const struct {
        const char *label;
        LibraryAction action;
    } rest[] = {
        {N_("Stories"), LIBRARY_STORIES},        {N_("Workshop"), LIBRARY_WORKSHOP},
        {N_("Load a saved game"), LIBRARY_LOAD}, {N_("Settings"), LIBRARY_SETTINGS},
        {N_("Glossary"), LIBRARY_GLOSSARY},      {N_("Quit"), LIBRARY_QUIT},
    };
    for (size_t i = 0; i < sizeof rest / sizeof rest[0]; i++) {
        const char *detail = rest[i].action == LIBRARY_STORIES    ? lib->stories_detail
                             : rest[i].action == LIBRARY_WORKSHOP ? _("For a group, on a projector")
                                                                  : NULL;
        m->items[n] = (TitleItem){_(rest[i].label), detail, NULL, NULL, false};
        ATTUNE_ASSERT(n < SCREENS_MAX_ITEMS);
        lib->actions[n++] = rest[i].action;
    }
    m->n_items = n;
    m->notice = lib->notice[0] ? lib->notice : NULL;
}
