/* The story library: the stories found on disk, and the title menu built
 * from them and from the newest autosave. Layer: C engine. Shared by the
 * game and by `attune render --title`, so the picture is the real menu. */
#ifndef ATTUNE_LIBRARY_H
#define ATTUNE_LIBRARY_H

#include "attune/screens.h"

enum { LIBRARY_MAX_STORIES = 12 };

typedef enum LibraryAction { LIBRARY_CONTINUE, LIBRARY_STORY, LIBRARY_QUIT } LibraryAction;

typedef struct LibraryStory {
    char dir[1024];
    char id[128];
    char title[128];
    char detail[256]; /* relationship and length */
    char more[768];   /* summary and content note */
} LibraryStory;

typedef struct Library {
    LibraryStory stories[LIBRARY_MAX_STORIES];
    int n_stories;
    LibraryAction actions[SCREENS_MAX_ITEMS];
    int action_story[SCREENS_MAX_ITEMS]; /* for LIBRARY_STORY */
    char continue_detail[256];
    char notice[256];
} Library;

/* Find the stories under <data_dir>/scripts/stories and read their cards. */
void library_scan(Library *lib, const char *data_dir, const char *lib_dir);

/* Fill `m` with the title menu: Continue (when `save_dir` holds a good
 * autosave), one entry per story, Quit. Sets lib->notice when a damaged save
 * was set aside. */
void library_title(Library *lib, UiModel *m, const char *save_dir);

/* Continue: open the newest good autosave in `save_dir`, find the story it
 * belongs to (its folder, or an installed story with its id), and replay the
 * path of choices. Returns the story, or NULL. A plain message for the
 * player goes to `notice` (a damaged save set aside, a changed story, a
 * save of another story, nothing to continue); a story error fills `err`
 * (err->message is empty otherwise). Caller frees with story_destroy(). */
Story *library_resume(const Library *lib, const char *save_dir, const char *lib_dir,
                      char *notice, size_t n, StoryError *err);

#endif
