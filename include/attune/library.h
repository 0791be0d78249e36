/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The story library: the stories found on disk, and the title menu built
 * from them and from the newest autosave. Layer: core. Shared by the
 * game and by `attune render --title`, so the picture is the real menu. */
#ifndef ATTUNE_LIBRARY_H
#define ATTUNE_LIBRARY_H

#include "attune/save.h"
#include "attune/ui_model.h"

enum { LIBRARY_MAX_STORIES = 64 };

typedef enum LibraryAction {
    LIBRARY_CONTINUE,
    LIBRARY_STORY,
    LIBRARY_STORIES,
    LIBRARY_LOAD,
    LIBRARY_WORKSHOP,
    LIBRARY_SETTINGS,
    LIBRARY_GLOSSARY,
    LIBRARY_QUIT
} LibraryAction;

/* Where a story was found; the library lists them in this order. */
typedef enum LibraryOrigin {
    LIBRARY_ORIGIN_INSTALLED,    /* <data>/scripts/stories, shipped with the game */
    LIBRARY_ORIGIN_USER,         /* the player's own folder (paths_user_stories_dir) */
    LIBRARY_ORIGIN_COMMAND_LINE, /* a folder named on the command line */
} LibraryOrigin;

typedef struct LibraryStory {
    char dir[1024];
    char id[128];
    char title[128];
    char detail[256]; /* relationship and length, and the origin when not installed */
    char more[768];   /* summary and content note */
    LibraryOrigin origin;
    const char *origin_word; /* the origin for the player: "installed", "your stories"... */
} LibraryStory;

typedef struct Library {
    LibraryStory stories[LIBRARY_MAX_STORIES];
    int n_stories;
    LibraryAction actions[SCREENS_MAX_ITEMS];
    int action_story[SCREENS_MAX_ITEMS]; /* for LIBRARY_STORY */
    char continue_detail[256];
    char stories_detail[64];
    char notice[256];
    char user_dir[1024]; /* the player's stories folder, or "" */
    char hint[1100];     /* "Add your own stories to ~/...", or "" */
} Library;

/* Find the stories and read their cards, in this order: the installed ones
 * (<data_dir>/scripts/stories), the player's (`user_dir`), and
 * `command_line_dir` (a story folder, or a folder of story folders). Any of
 * the three may be NULL. The same folder is listed once; the same id in two
 * places is listed twice, each with its origin. Sets lib->user_dir and the
 * one-line lib->hint about it. */
void library_scan(Library *lib, const char *data_dir, const char *user_dir,
                  const char *command_line_dir, const char *lib_dir);

/* Fill `m` with the title menu: Continue (when `save_dir` holds a good
 * autosave), Stories, Load, Settings, Glossary, Quit. Sets lib->notice when a damaged save
 * was set aside. */
void library_title(Library *lib, UiModel *m, const char *save_dir);

/* Open the story of save `d` (its folder, or an installed story with its
 * id, written back into d->story_dir) and replay its path of choices.
 * Returns the story, or NULL. A plain message for the player goes to
 * `notice` (a changed story, a save of another story, a story not
 * installed); a story error fills `err` (err->message is empty otherwise).
 * Caller frees with story_destroy(). */
Story *library_open_save(const Library *lib, SaveData *d, const char *lib_dir, char *notice,
                         size_t n, StoryError *err);

/* Continue: library_open_save() on the newest good autosave in `save_dir`
 * (NULL: none), also saying when a damaged save was set aside or there is
 * nothing to continue. When the story has changed since the save, the save
 * is kept out of the rotation (save_keep_changed) and the notice says where. With `keep`, the save
 * read is handed to the caller (clear it with save_data_clear) when a story is returned. */
Story *library_resume(const Library *lib, const char *save_dir, const char *lib_dir, char *notice,
                      size_t n, StoryError *err, SaveData *keep);

/* A save's time for the player: "23 Nov, 16:49" (empty for 0). */
void library_format_time(int64_t t, char *out, size_t n);

#endif
