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
} InputKind;

typedef struct InputAction {
    InputKind kind;
    int index;
    int x, y;
} InputAction;

/* Translate one event. `sx`, `sy` scale window coordinates to output pixels
 * (they differ on HiDPI displays). */
InputAction input_translate(const SDL_Event *e, float sx, float sy);

#endif
