/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Exports: the debrief as a picture the player keeps. Layer: UI.
 * Drawn off-screen with the software renderer by the same code as the
 * window, so the picture is what the player saw, whole and sharp. */
#ifndef ATTUNE_EXPORT_H
#define ATTUNE_EXPORT_H

#include "attune/screens.h"

#include <stdbool.h>
#include <stddef.h>

/* Draw every page of `m`'s debrief (an ending) off-screen at w x h with the
 * look of `look` (theme, text size), one under the other, and write them as
 * one tall PNG (w x h*pages) to `path`; at most EXPORT_MAX_PAGES pages.
 * `font_dir` holds the fonts; `dyslexic` picks the dyslexia-friendly family.
 * Returns the pages written; 0 (logged) on failure. */
enum { EXPORT_MAX_PAGES = 24 };
int export_png(const UiModel *m, const Screens *look, bool dyslexic, const char *font_dir, int w,
               int h, const char *path);

/* The folder for exports, created if needed: $ATTUNE_EXPORT_DIR, else
 * ~/Pictures/Attune when ~/Pictures exists, else <save dir>exports/.
 * False when none can be had. */
bool export_dir(char *out, size_t n);

/* A new file name in `dir` for `story_id`: attune-<story>-<date>-<time>.png. */
void export_name(char *out, size_t n, const char *dir, const char *story_id, const char *ext);

#endif
