/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The menus and pages (menus.c), drawn with the toolkit (ui.h). Layer: C
 * engine, private: screens.c sends SCREEN_MENU, SCREEN_READER and
 * SCREEN_BREATHE here, and the projector its pause menu; menus.c calls
 * neither. */
#ifndef ATTUNE_MENUS_H
#define ATTUNE_MENUS_H

#include "ui.h"

/* Draw SCREEN_MENU, SCREEN_READER or SCREEN_BREATHE for `m` at w x h. */
void menus_draw(Screens *s, const UiModel *m, int w, int h);
/* The item at (x, y), or -1; for SCREEN_READER also the page's scroll arrows:
 * MENUS_HIT_UP / MENUS_HIT_DOWN. */
enum { MENUS_HIT_UP = SCREENS_HIT_UP, MENUS_HIT_DOWN = SCREENS_HIT_DOWN };
int menus_hit(Screens *s, const UiModel *m, int w, int h, int x, int y);
/* SCREEN_READER: the largest useful m->scroll (lines) at this size. */
int menus_max_scroll(Screens *s, const UiModel *m, int w, int h);

#endif
