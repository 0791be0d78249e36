/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Input: SDL events translated into the game's actions, so that keys, mouse
 * and touch mean the same thing to every screen. Layer: C engine. */
#ifndef ATTUNE_INPUT_H
#define ATTUNE_INPUT_H

#include <SDL.h>

typedef enum InputKind {
    INPUT_NONE = 0,
    INPUT_QUIT,
    INPUT_CHOOSE,  /* number key: index = 0-based choice */
    INPUT_UP,
    INPUT_DOWN,
    INPUT_CONFIRM, /* Enter / Space */
    INPUT_BACK,    /* Escape */
    INPUT_POINTER, /* pointer moved to (x, y) in output pixels */
    INPUT_CLICK,   /* pointer pressed at (x, y) in output pixels */
    INPUT_RESIZE,
    INPUT_REDRAW,  /* exposed or otherwise needs drawing */
    INPUT_RELOAD,  /* F5, R or Ctrl+R: reload the story from disk */
    INPUT_LEFT,    /* Left arrow, d-pad left: change a value down */
    INPUT_RIGHT,   /* Right arrow, d-pad right: change a value up */
    INPUT_SCROLL,  /* wheel or Page Up/Down: index = lines, negative is up */
    INPUT_HISTORY, /* H, gamepad Back: the history */
    INPUT_GLOSSARY,/* G, F1, gamepad Y: the glossary */
    INPUT_REWIND,  /* Backspace, Z, gamepad left shoulder: take back a choice */
    INPUT_BREATHE, /* B, gamepad X: pause and breathe */
    INPUT_FULLSCREEN, /* F11, Alt+Enter */
    INPUT_EXPORT,  /* E: export the debrief as a picture */
    INPUT_COMPARE, /* C: the debrief's roads side by side */
    INPUT_DEVICE,  /* a gamepad was plugged in or out: index = device */
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

#endif
