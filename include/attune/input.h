/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Input: SDL events translated into the game's actions, so that keys, mouse
 * and touch mean the same thing to every screen. Layer: UI. */
#ifndef ATTUNE_INPUT_H
#define ATTUNE_INPUT_H

#include <SDL.h>

typedef enum InputKind {
    INPUT_NONE = 0,
    INPUT_QUIT,
    INPUT_CHOOSE, /* number key: index = 0-based choice */
    INPUT_UP,
    INPUT_DOWN,
    INPUT_CONFIRM, /* Enter / Space */
    INPUT_BACK,    /* Escape */
    INPUT_POINTER, /* pointer moved to (x, y) in output pixels */
    INPUT_CLICK,   /* pointer pressed at (x, y) in output pixels */
    INPUT_RESIZE,
    INPUT_REDRAW,     /* exposed or otherwise needs drawing */
    INPUT_RELOAD,     /* F5, R or Ctrl+R: reload the story from disk */
    INPUT_LEFT,       /* Left arrow, d-pad left: change a value down */
    INPUT_RIGHT,      /* Right arrow, d-pad right: change a value up */
    INPUT_SCROLL,     /* wheel or Page Up/Down: index = lines, negative is up */
    INPUT_HISTORY,    /* H, gamepad Back: the history */
    INPUT_GLOSSARY,   /* G, F1, gamepad Y: the glossary */
    INPUT_REWIND,     /* Backspace, Z, gamepad left shoulder: take back a choice */
    INPUT_BREATHE,    /* B, gamepad X: pause and breathe */
    INPUT_FULLSCREEN, /* F11, Alt+Enter */
    INPUT_EXPORT,     /* E: export the debrief as a picture */
    INPUT_COMPARE,    /* C: the debrief's roads side by side */
    INPUT_DEVICE,     /* a gamepad was plugged in or out: index = device */
    INPUT_LAB,        /* F6: the story lab (for writers) shown or hidden */
    /* The workshop's own keys (input_workshop_key); it also uses INPUT_UP,
     * DOWN, LEFT, RIGHT, CONFIRM (Return only), BACK (Esc), CHOOSE (1-9),
     * FULLSCREEN (F11) and EXPORT (X). */
    INPUT_KEYMAP,       /* F1: the keyboard map */
    INPUT_OVERLAY,      /* O: the presenter's overlay on one display */
    INPUT_THEME,        /* L: the projector's theme, light or dark */
    INPUT_PAUSE,        /* P: a discussion pause */
    INPUT_ROADS,        /* N: the road not taken */
    INPUT_TIMER,        /* T: start or stop the timer */
    INPUT_TIMER_ADJUST, /* + or -: index = 1 longer, -1 shorter */
    INPUT_VOTE,         /* A-I: index = 0-based answer */
    INPUT_UNVOTE,       /* Shift + A-I: index = 0-based answer */
    INPUT_ERASE,        /* Backspace: the last character typed; on a beat, the votes */
    INPUT_DELETE,       /* Delete: on a beat, the votes */
    INPUT_ERASE_ALL,    /* Ctrl+U: all of a typed field */
    INPUT_REVEAL,       /* R: reveal what the answer did */
    INPUT_NEXT,         /* Space: go on (reveal, the next screen or page) */
    INPUT_SWITCH,       /* Tab: the other of two buttons */
    INPUT_PAGE,         /* Page Up, Page Down: index = -1 back, 1 on */
    INPUT_FIRST,        /* Home: the first page */
    INPUT_LAST,         /* End: the last page */
    INPUT_PHONES,       /* J: how to join the vote by phone (phone votes on) */
} InputKind;

typedef struct InputAction {
    InputKind kind;
    int index;
    int x, y;
} InputAction;

/* Open gamepads (call once SDL_INIT_GAMECONTROLLER is up) and close them. */
void input_open_pads(void);
void input_close_pads(void);

/* Translate one event. `sx`, `sy` scale window coordinates to output pixels
 * (they differ on HiDPI displays). */
InputAction input_translate(const SDL_Event *e, float sx, float sy);

/* The workshop's keymap: one key press as the facilitator's action (the
 * workshop's F1 screen lists them). Modifiers count only where a key says so
 * (Shift on a letter, Ctrl on U); Alt+Return is Return here. */
InputAction input_workshop_key(const SDL_KeyboardEvent *ke);

#endif
