/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Where things live: the data folder (scripts/, assets/) and the player's
 * save folder. Layer: core (no SDL, no Lua). */
#ifndef ATTUNE_PATHS_H
#define ATTUNE_PATHS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* The folder holding scripts/ and assets/, first found of: $ATTUNE_DATA_DIR;
 * the installed layout beside the executable (<prefix>/bin/attune ->
 * <prefix>/share/attune); the source tree the build was configured from,
 * while the executable is in that build's folder (ATTUNE_SOURCE_DIR and
 * ATTUNE_BUILD_DIR, given by CMake); the nearest ancestor of the executable,
 * then of the working folder, that holds scripts/lib/attune/runtime.lua.
 * Never NULL after paths_init() returned true. */
bool paths_init(void);
const char *paths_data_dir(void);

/* The folder of the interface's catalogues (<lang>/LC_MESSAGES/attune.mo)
 * into `out` (size n): ATTUNE_LOCALE_DIR when set; <build>/locale for a
 * binary in its build folder; else the installed locale folder beside the
 * executable (<prefix>/share/locale). False when none is found (gettext then
 * looks in the system's). Needs no paths_init(). */
bool paths_locale_dir(char *out, size_t n);

/* True when the data was found in the installed layout (not a source tree,
 * not $ATTUNE_DATA_DIR): its stories folder is then not the writer's to use. */
bool paths_data_is_installed(void);

/* The player's own stories folder, $XDG_DATA_HOME/attune/stories (by default
 * ~/.local/share/attune/stories), created on the first call. NULL when it
 * cannot be had (no HOME and no XDG_DATA_HOME, or it cannot be created). */
const char *paths_user_stories_dir(void);

/* Resolve a story named on the command line into `out` (size n): an existing
 * folder as it is; else a bare id (no '/') names a story folder in the
 * player's stories folder, then among the installed stories. False when
 * nothing matches (the caller reports `arg` as given). */
bool paths_find_story(const char *arg, char *out, size_t n);

/* The player's save folder, with a trailing slash, or NULL when it cannot be
 * had (no HOME and no XDG_DATA_HOME): the game then runs without saving. */
const char *paths_save_dir(void);

/* The rule paths_save_dir() follows, for (org, app) = ("Attune", "attune"),
 * the same as SDL2's SDL_GetPrefPath on Linux: $XDG_DATA_HOME/org/app/ when
 * XDG_DATA_HOME is absolute, else $HOME/.local/share/org/app/ (an empty or
 * NULL org leaves its folder out), with a trailing slash, every folder on the
 * way made (0700). A new string (caller frees), or NULL with why not in
 * `why` (size wn). */
char *paths_pref_dir(const char *org, const char *app, char *why, size_t wn);

/* Join a folder and a relative path into `out` (size n). Returns false if it
 * does not fit. */
bool paths_join(char *out, size_t n, const char *dir, const char *rel);

/* Make folder `path` and its parents (mkdir -p), private to the user
 * (0700, as the XDG spec asks). True when it exists afterwards. */
bool paths_make_dirs(const char *path);

/* True when `path` names an existing regular file. */
bool paths_is_file(const char *path);
/* True when `path` names an existing folder. */
bool paths_is_dir(const char *path);

/* Read a whole file into a new NUL-terminated buffer (caller frees). Refuses
 * files larger than `max` bytes. NULL on failure, with the reason logged. */
char *paths_read_file(const char *path, size_t max, size_t *len);

/* The one rule for every file a story names (story.lua, the files it
 * includes, its pictures, its music): `rel` joined to `dir` must, with every
 * symlink followed, be a regular file of at most `max` bytes whose real path
 * lies inside the real path of `dir`. So a link to /etc/passwd, /proc or
 * /dev/zero, a FIFO or a folder is refused before anything opens it. True
 * with the file's real path in `out` (size n); false with why not in `why`
 * (size wn), worded to follow the file's name ("leads outside the story's
 * folder"); `*missing` (when given) tells "there is no such file" apart. */
bool paths_resolve_inside(const char *dir, const char *rel, size_t max, char *out, size_t n,
                          char *why, size_t wn, bool *missing);

/* Open for reading a file paths_resolve_inside() passed (or one of the
 * game's own). It is checked again on the open file: its real path opened
 * without blocking and without following a link, it must be a regular file
 * of at most `max` bytes (a file swapped for a FIFO or a link since is
 * refused). NULL with why not in `why`. */
FILE *paths_open_regular(const char *path, size_t max, char *why, size_t wn);
/* The same, read whole into a new NUL-terminated buffer (caller frees). */
char *paths_read_regular(const char *path, size_t max, size_t *len, char *why, size_t wn);

/* Read exactly `len` bytes from `fd` / write all of `buf` to it, going on
 * after EINTR and short counts. False on an error or an early end. */
bool paths_read_all(int fd, void *buf, size_t len);
bool paths_write_all(int fd, const void *buf, size_t len);

void paths_quit(void);

#endif
