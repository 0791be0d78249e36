/* The story library and the title menu. Layer: C engine. */
#include "attune/library.h"
#include "attune/log.h"
#include "attune/paths.h"
#include "attune/save.h"

#include <glob.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

void library_scan(Library *lib, const char *data_dir, const char *lib_dir)
{
    char pattern[1200];
    snprintf(pattern, sizeof pattern, "%s/scripts/stories/*/story.lua", data_dir);
    glob_t g;
    lib->n_stories = 0;
    if (glob(pattern, 0, NULL, &g) != 0)
        return;
    for (size_t i = 0; i < g.gl_pathc && lib->n_stories < LIBRARY_MAX_STORIES; i++) {
        LibraryStory *e = &lib->stories[lib->n_stories++];
        str_copy(e->dir, g.gl_pathv[i], sizeof e->dir);
        char *slash = strrchr(e->dir, '/');
        if (slash)
            *slash = '\0';
        slash = strrchr(e->dir, '/');
        str_copy(e->id, slash ? slash + 1 : e->dir, sizeof e->id);
        StoryError err;
        Story *s = story_load(e->dir, lib_dir, 1, &err);
        if (!s) {
            str_copy(e->title, e->id, sizeof e->title);
            snprintf(e->detail, sizeof e->detail, _("Cannot be played: %s:%d: %s"), err.file,
                     err.line, err.message);
            continue;
        }
        const StoryInfo *in = story_info(s);
        str_copy(e->title, in->title ? in->title : e->id, sizeof e->title);
        snprintf(e->detail, sizeof e->detail, _("%s · about %d minutes"),
                 in->relationship ? in->relationship : "", in->minutes);
        snprintf(e->more, sizeof e->more, "%s%s%s%s", in->summary ? in->summary : "",
                 in->content_note ? "\n" : "", in->content_note ? _("*Content note:* ") : "",
                 in->content_note ? in->content_note : "");
        story_destroy(s);
    }
    globfree(&g);
}

static void format_time(int64_t t, char *out, size_t n)
{
    time_t tt = (time_t)t;
    struct tm tmv;
    out[0] = '\0';
    if (localtime_r(&tt, &tmv))
        strftime(out, n, "%d %b, %H:%M", &tmv);
}

Story *library_resume(const Library *lib, const char *save_dir, const char *lib_dir,
                      char *notice, size_t n, StoryError *err)
{
    notice[0] = '\0';
    memset(err, 0, sizeof *err);
    SaveData d;
    int damaged = 0;
    if (save_load_latest(save_dir, &d, &damaged) != SAVE_OK) {
        snprintf(notice, n,
                 damaged ? _("Your save is damaged and there is no earlier good one; the damaged "
                             "file was kept aside (*.corrupt).")
                         : _("There is no saved story to continue."));
        return NULL;
    }
    char when[64];
    format_time(d.time, when, sizeof when);
    if (damaged)
        snprintf(notice, n, _("This save was damaged (or from another version of Attune) and "
                              "was kept aside; your last good save, from %s, was loaded."),
                 when);
    /* Its own folder, or an installed story with the same id. */
    const char *dir = NULL;
    char probe[1200];
    if (d.story_dir[0] && paths_join(probe, sizeof probe, d.story_dir, "story.lua") &&
        paths_is_file(probe))
        dir = d.story_dir;
    for (int i = 0; !dir && i < lib->n_stories; i++)
        if (strcmp(lib->stories[i].id, d.story_id) == 0)
            dir = lib->stories[i].dir;
    if (!dir) {
        snprintf(notice, n, _("The story of this save (“%s”) is not installed."), d.story_id);
        save_data_clear(&d);
        return NULL;
    }
    Story *s = story_load(dir, lib_dir, d.seed, err);
    if (!s) {
        save_data_clear(&d);
        return NULL;
    }
    const StoryInfo *in = story_info(s);
    if (!in->id || strcmp(in->id, d.story_id) != 0) {
        snprintf(notice, n, _("This save belongs to another story (“%s”), not to “%s”; it was "
                              "left as it is."),
                 d.story_id, in->title ? in->title : "?");
        story_destroy(s);
        save_data_clear(&d);
        return NULL;
    }
    int done = story_replay(s, (const char *const *)d.path, d.n_path, err);
    if (done < 0) {
        story_destroy(s);
        s = NULL;
    } else if (done < d.n_path) {
        memset(err, 0, sizeof *err);
        snprintf(notice, n, _("The story has changed since you saved: you are back at your "
                              "last answer that still exists (%d of %d)."),
                 done, d.n_path);
    }
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
        format_time(d.time, when, sizeof when);
        const char *title = d.story_id;
        for (int i = 0; i < lib->n_stories; i++)
            if (strcmp(lib->stories[i].id, d.story_id) == 0)
                title = lib->stories[i].title;
        snprintf(lib->continue_detail, sizeof lib->continue_detail,
                 d.n_path == 1 ? _("%s · %d choice made · %s") : _("%s · %d choices made · %s"),
                 title, d.n_path, when);
        m->items[n] = (TitleItem){_("Continue"), lib->continue_detail, NULL};
        lib->actions[n++] = LIBRARY_CONTINUE;
        save_data_clear(&d);
    }
    if (damaged)
        snprintf(lib->notice, sizeof lib->notice,
                 _("A damaged save was found and kept aside (*.corrupt); Continue opens your "
                   "last good save."));
    for (int i = 0; i < lib->n_stories && n < SCREENS_MAX_ITEMS - 1; i++) {
        m->items[n] = (TitleItem){lib->stories[i].title, lib->stories[i].detail,
                                  lib->stories[i].more[0] ? lib->stories[i].more : NULL};
        lib->action_story[n] = i;
        lib->actions[n++] = LIBRARY_STORY;
    }
    m->items[n] = (TitleItem){_("Quit"), NULL, NULL};
    lib->actions[n++] = LIBRARY_QUIT;
    m->n_items = n;
    m->notice = lib->notice[0] ? lib->notice : NULL;
}
