/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Watch: a story's folder watched for saved files (Linux inotify), for the
 * writer's live loop (`play --watch`, `check --watch`). Layer: core.
 * Waiting blocks in poll(): no CPU while nothing changes. An editor's burst
 * of writes (a temporary file, then a rename) is one change: watch_wait
 * returns once the folder has been quiet for a while. */
#ifndef ATTUNE_WATCH_H
#define ATTUNE_WATCH_H

#include <stdbool.h>
#include <stddef.h>

typedef struct Watch Watch;

/* Watch `dir` and the folders inside it (a few levels down, and those made
 * later). `quiet_ms`: how long nothing must change before a burst counts as
 * done (150 suits editors). NULL when it cannot (logged: no inotify on this
 * system, no such folder). Caller frees with watch_close(). */
Watch *watch_open(const char *dir, int quiet_ms);

/* Wait up to `timeout_ms` (-1: for ever) for a change, then until the
 * folder is quiet. 1: something changed (the last file named, relative to
 * the folder, in `what` of size n, when `what` is not NULL); 0: the time ran
 * out with nothing; -1: watch_wake() was called, or the watch failed.
 * Editors' own files (dot files, backups ending in '~', swap files) do not
 * count. */
int watch_wait(Watch *w, int timeout_ms, char *what, size_t n);

/* Make a watch_wait() on another thread return -1 at once (or the next one,
 * when none is waiting). Safe from any thread. */
void watch_wake(Watch *w);

/* Stop watching. NULL is a no-op. No thread may be in watch_wait(). */
void watch_close(Watch *w);

#endif
