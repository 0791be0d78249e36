/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The Lua binding's own door: the binding to install (story_bind) and the
 * writer's tools, which need the story's Lua state itself (`attune check`,
 * `graph`, `simulate`, what a story refers to). Layer: the script binding
 * (engine/script/); the core never includes this header. */
#ifndef ATTUNE_STORY_TOOLS_H
#define ATTUNE_STORY_TOOLS_H

#include "attune/story.h"

#include <stdatomic.h>

/* The binding of engine/script/story.c, to pass to story_bind(). */
const StoryBinding *story_lua_binding(void);

/* What a story refers to, and its beats, for `attune check`: `what` is
 * "beat", "ending", "background", "portrait" or "music". */
typedef struct StoryRef {
    const char *what, *id, *value, *file;
    int line;
} StoryRef;

/* Every reference of the loaded story; valid until the next call or
 * story_destroy(). Returns how many, or -1 on a story error. */
int story_refs(Story *s, const StoryRef **out);
/* Where a picture (a path) or music (a name, without ".ogg") the story names
 * is, as the game looks: the story's folder first, then the game's assets,
 * under the one folder rule (paths_resolve_inside). True with the file's
 * real path in `out` (size n); else false with why not in `why` (size wn),
 * worded to follow the name ("leads outside the story's folder"). */
bool story_find_image(const Story *s, const char *rel, char *out, size_t n, char *why, size_t wn);
bool story_find_music(const Story *s, const char *name, char *out, size_t n, char *why, size_t wn);

/* Graphviz DOT of the story (caller frees), or NULL with `err`. */
char *story_graph(Story *s, StoryError *err);

/* Play the story `runs` times with `strategy` (random, attune, fix, rescue,
 * dismiss, enmesh, withdraw, mixed) and run the teaching checks (with `full`,
 * also: every beat and answer reached). Returns the report (caller frees) or
 * NULL with `err`; *passed is false when a check failed; *choices counts the
 * choices made. */
/* The story lab's way out: while *flag is true, every story loaded, checked
 * or simulated on the calling thread stops at once with a story error (as
 * out of time); NULL turns it off. */
void story_cancel_on(const atomic_bool *flag);

char *story_simulate(Story *s, const char *strategy, int runs, uint64_t seed, bool full,
                     bool *passed, long long *choices, StoryError *err);

/* How each character's lines read (`attune lint-voice`): prints to
 * `out_file` the table of reading levels and sentence lengths, then its
 * warnings (a child who speaks far above their age) as file:line: warning:
 * ..., counted in *warnings. False with `err` on a story error. */
bool story_voice(Story *s, void *out_file, int *warnings, StoryError *err);

/* `attune translate extract`: the .po of language `lang` for every line of
 * the loaded story (docs/translating.md), keeping what `old` (the text of
 * the existing .po, `old_len` bytes, or NULL) translated. Returns the new
 * .po's text (caller frees with attune_free) and a one-line summary in
 * `summary`; the old file's problems are printed to `out_file` as warnings.
 * NULL with `err` on a story error. */
char *story_translate_extract(Story *s, const char *lang, const char *old, size_t old_len,
                              const char *old_shown, void *out_file, char *summary,
                              size_t summary_size, StoryError *err);
/* `attune translate check`: the lines of the loaded story that the .po
 * `po` (`po_len` bytes, shown as `po_shown`) misses, has untranslated or
 * translated for older English (stale), and what it holds no longer in the
 * story, printed to `out_file` as file:line: level: message, with a summary
 * in `summary`. Returns how many lines need work (missing, untranslated,
 * stale), or -1 with `err`; *errors and *warnings count what was printed
 * (errors: a file that does not read as .po, right-to-left text). */
int story_translate_check(Story *s, const char *lang, const char *po, size_t po_len,
                          const char *po_shown, void *out_file, char *summary, size_t summary_size,
                          int *errors, int *warnings, StoryError *err);

/* The road from the start to beat `target` that a preview takes (`attune
 * render --beat`): the fewest misses, then the fewest answers (tools.lua's
 * road). Returns how many answers, with each as a step "beat:id" (route.h)
 * in *steps (free with story_road_free), 0 when `target` is the start; -1
 * with `err` when there is no such beat or no road reaches it (err->line -1)
 * or on a story error. The story's own play is not touched. */
int story_road(Story *s, const char *target, char ***steps, StoryError *err);
void story_road_free(char **steps, int n);

/* Diagnostics from loading (errors and warnings), one per line as
 * "file:line: error|warning: message". Returns how many errors; prints all
 * to `out` when it is not NULL. Used by `attune check`. */
int story_check(const char *dir, const char *lib_dir, void *out_file);
/* The same, and when there is no error, the story started as story_load()
 * would (NULL otherwise). Caller frees with story_destroy(). */
Story *story_check_load(const char *dir, const char *lib_dir, void *out_file, int *errors);
/* story_check_load, also counting the warnings printed (when `warnings` is
 * not NULL), for check's summary ("ok, 2 warnings"). */
Story *story_check_load_counted(const char *dir, const char *lib_dir, void *out_file, int *errors,
                                int *warnings);

#endif
