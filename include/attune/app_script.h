/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Scripted input, for tests: the real game loop fed from a file, one command
 * a line, each run when the loop has nothing else to do (docs/testing.md).
 * Layer: UI. Reading a line is plain C (unit-tested without SDL);
 * running it turns it into the SDL events a player would cause. */
#ifndef ATTUNE_APP_SCRIPT_H
#define ATTUNE_APP_SCRIPT_H

#include "attune/app.h"

#include <stdbool.h>

typedef enum AppScriptOp {
    APP_SCRIPT_SKIP,   /* a blank line or a comment (#) */
    APP_SCRIPT_KEY,    /* key NAME: an SDL key name, maybe after shift+ or ctrl+ */
    APP_SCRIPT_CLICK,  /* click X Y: fractions of the window */
    APP_SCRIPT_TYPE,   /* type TEXT: text typed into a field */
    APP_SCRIPT_CLOSE,  /* close, close presenter: a window's close button */
    APP_SCRIPT_WAIT,   /* wait MS */
    APP_SCRIPT_EXPECT, /* expect SCREEN: else the game ends with status 3 */
    APP_SCRIPT_SHOT,   /* shot FILE.png, shot presenter FILE.png */
    APP_SCRIPT_CHOOSE, /* choose STEP: the answer by number, id or kind (route.h), as its key */
    APP_SCRIPT_QUIT,
    APP_SCRIPT_UNKNOWN, /* any other word: reported, status 3 */
} AppScriptOp;

/* One line of a script, read. */
typedef struct AppScriptLine {
    AppScriptOp op;
    char cmd[32];   /* the command's word, as written (cut at 31 bytes) */
    char arg[1100]; /* the rest of the line after one run of blanks, or "" */
    float x, y;     /* click: 0 when not given */
    int ms;         /* wait: atoi's reading of the argument */
} AppScriptLine;

/* Read one line (its end of line, if any, is ignored). Returns out->op. */
AppScriptOp app_script_parse(const char *line, AppScriptLine *out);

enum { APP_SCRIPT_SHIFT = 1, APP_SCRIPT_CTRL = 2 };

/* A key's name after its modifiers ("shift+ctrl+a" gives "a", with *mods
 * APP_SCRIPT_SHIFT | APP_SCRIPT_CTRL). A modifier with nothing after it is
 * the name itself ("shift+" stays "shift+"). Points into `name`. */
const char *app_script_key_mods(const char *name, int *mods);

/* Open the script `path` for the game `a`. False, logged, when it cannot be read. */
bool app_script_open(App *a, const char *path);

/* Close the game's script, if any. */
void app_script_close(App *a);

/* When no event is waiting, run the script's lines until one makes
 * something happen. Returns `wait` (ms until the loop must wake, or -1)
 * shortened to the script's own next moment. Only while a script runs. */
int app_script_turn(App *a, int wait);

#endif
