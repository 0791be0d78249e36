/* Where things live: the data folder (scripts/, assets/) and the player's
 * save folder. Layer: C engine. */
#ifndef ATTUNE_PATHS_H
#define ATTUNE_PATHS_H

#include <stdbool.h>
#include <stddef.h>

/* The folder holding scripts/ and assets/: $ATTUNE_DATA_DIR if set, else the
 * nearest ancestor of the executable (or of the working folder) that holds
 * scripts/lib/attune/runtime.lua. Never NULL after paths_init() returned true. */
bool paths_init(void);
const char *paths_data_dir(void);

/* The player's save folder, with a trailing slash, or NULL when it cannot be
 * had (no HOME and no XDG_DATA_HOME): the game then runs without saving. */
const char *paths_save_dir(void);

/* Join a folder and a relative path into `out` (size n). Returns false if it
 * does not fit. */
bool paths_join(char *out, size_t n, const char *dir, const char *rel);

/* True when `path` names an existing regular file. */
bool paths_is_file(const char *path);
/* True when `path` names an existing folder. */
bool paths_is_dir(const char *path);

/* Read a whole file into a new NUL-terminated buffer (caller frees). Refuses
 * files larger than `max` bytes. NULL on failure, with the reason logged. */
char *paths_read_file(const char *path, size_t max, size_t *len);

void paths_quit(void);

#endif
