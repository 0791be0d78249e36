/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The report a facilitator exports from a workshop session (session.h): one
 * self-contained HTML page and a JSON file, and the folder they go to.
 * Layer: core, plain data (no SDL, no Lua); it only reads the Session. */
#ifndef ATTUNE_SESSION_REPORT_H
#define ATTUNE_SESSION_REPORT_H

#include "attune/session.h"

#include <stdbool.h>
#include <stddef.h>

/* The report. Each returns a new string (caller frees) or NULL when out of
 * memory. The JSON is UTF-8, one object (its fields are listed at the top of
 * engine/core/report_json.c and in docs/facilitator-guide.md); the HTML is one
 * self-contained page (inline CSS and SVG, no scripts, no external
 * references), readable when printed. */
char *session_report_json(const Session *s);
char *session_report_html(const Session *s);

/* Write both into folder `dir` (created if needed) as
 * attune-workshop-<story>-<YYYY-MM-DD>-<HHMM>.html and .json (local time of
 * the export; "-2", "-3"... added when that name is taken), atomically (a
 * temporary file renamed into place). The paths go to html/json (size n).
 * False, with `err` (size n) saying why in words ("Cannot write to /x:
 * Permission denied"), when they cannot be written; nothing half-written is
 * left behind (not one file of the two). */
bool session_export(const Session *s, const char *dir, char *html, char *json, size_t n, char *err);

/* The default folder for reports: $ATTUNE_REPORT_DIR; else the user's
 * documents folder (XDG_DOCUMENTS_DIR from $XDG_CONFIG_HOME/user-dirs.dirs or
 * ~/.config/user-dirs.dirs, else ~/Documents), when it exists, + "/Attune
 * reports"; else <save dir>reports. Not created here. False when none can be
 * had. */
bool session_report_dir(char *out, size_t n);

#endif
