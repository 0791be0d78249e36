/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Input: SDL events become the game's actions. Layer: UI.
 * Keys 1-9 choose; arrows move the focus; Enter/Space confirm; Esc goes back.
 * A gamepad does the same with its d-pad, stick and buttons (A confirms, B
 * goes back, Start pauses). Mouse and touch report positions in output pixels.
 * The workshop has a keymap of its own (input_workshop_key), for the
 * facilitator's keyboard. */
#include "attune/input.h"
#include "attune/story.h"

#include <stdlib.h>

enum { MAX_PADS = 4, STICK_DEAD = 16000 };

static SDL_GameController *pads[MAX_PADS];
static int stick_dir; /* -1 up, 1 down, 0 centred: one step per push */

void input_open_pads(void)
{
    for (int i = 0; i < SDL_NumJoysticks(); i++) {
        if (!SDL_IsGameController(i))
            continue;
        for (int k = 0; k < MAX_PADS; k++)
            if (!pads[k]) {
                pads[k] = SDL_GameControllerOpen(i);
                break;
            }
    }
}

void input_close_pads(void)
{
    for (int k = 0; k < MAX_PADS; k++) {
        if (pads[k])
            SDL_GameControllerClose(pads[k]);
        pads[k] = NULL;
    }
}

static InputKind pad_button(Uint8 b)
{
    switch (b) {
    case SDL_CONTROLLER_BUTTON_A:
        return INPUT_CONFIRM;
    case SDL_CONTROLLER_BUTTON_B:
    case SDL_CONTROLLER_BUTTON_START:
        return INPUT_BACK;
    case SDL_CONTROLLER_BUTTON_X:
        return INPUT_BREATHE;
    case SDL_CONTROLLER_BUTTON_Y:
        return INPUT_GLOSSARY;
    case SDL_CONTROLLER_BUTTON_BACK:
        return INPUT_HISTORY;
    case SDL_CONTROLLER_BUTTON_LEFTSHOULDER:
        return INPUT_REWIND;
    case SDL_CONTROLLER_BUTTON_DPAD_UP:
        return INPUT_UP;
    case SDL_CONTROLLER_BUTTON_DPAD_DOWN:
        return INPUT_DOWN;
    case SDL_CONTROLLER_BUTTON_DPAD_LEFT:
        return INPUT_LEFT;
    case SDL_CONTROLLER_BUTTON_DPAD_RIGHT:
        return INPUT_RIGHT;
    default:
        return INPUT_NONE;
    }
}

static InputAction key_action(const SDL_KeyboardEvent *ke)
{
    InputAction a = {INPUT_NONE, -1, 0, 0};
    SDL_Keycode k = ke->keysym.sym;
    Uint16 mod = ke->keysym.mod;
    if (k >= SDLK_1 && k <= SDLK_9) {
        a.kind = INPUT_CHOOSE;
        a.index = (int)(k - SDLK_1);
    } else if (k >= SDLK_KP_1 && k <= SDLK_KP_9) {
        a.kind = INPUT_CHOOSE;
        a.index = (int)(k - SDLK_KP_1);
    } else if (k == SDLK_UP) {
        a.kind = INPUT_UP;
    } else if (k == SDLK_DOWN) {
        a.kind = INPUT_DOWN;
    } else if (k == SDLK_LEFT) {
        a.kind = INPUT_LEFT;
    } else if (k == SDLK_RIGHT) {
        a.kind = INPUT_RIGHT;
    } else if (k == SDLK_TAB) {
        a.kind = (mod & KMOD_SHIFT) ? INPUT_UP : INPUT_DOWN;
    } else if ((k == SDLK_RETURN || k == SDLK_KP_ENTER) && (mod & KMOD_ALT)) {
        a.kind = INPUT_FULLSCREEN;
    } else if (k == SDLK_RETURN || k == SDLK_KP_ENTER || k == SDLK_SPACE) {
        a.kind = INPUT_CONFIRM;
    } else if (k == SDLK_ESCAPE || k == SDLK_AC_BACK) {
        a.kind = INPUT_BACK;
    } else if (k == SDLK_F5 || k == SDLK_r) {
        a.kind = INPUT_RELOAD;
    } else if (k == SDLK_PAGEUP || k == SDLK_PAGEDOWN) {
        a.kind = INPUT_SCROLL;
        a.index = k == SDLK_PAGEUP ? -8 : 8;
    } else if (k == SDLK_HOME || k == SDLK_END) {
        a.kind = INPUT_SCROLL;
        a.index = k == SDLK_HOME ? -100000 : 100000;
    } else if (k == SDLK_h) {
        a.kind = INPUT_HISTORY;
    } else if (k == SDLK_g || k == SDLK_F1) {
        a.kind = INPUT_GLOSSARY;
    } else if (k == SDLK_BACKSPACE || k == SDLK_z) {
        a.kind = INPUT_REWIND;
    } else if (k == SDLK_b) {
        a.kind = INPUT_BREATHE;
    } else if (k == SDLK_F11) {
        a.kind = INPUT_FULLSCREEN;
    } else if (k == SDLK_F6) {
        a.kind = INPUT_LAB;
    } else if (k == SDLK_e) {
        a.kind = INPUT_EXPORT;
    } else if (k == SDLK_c) {
        a.kind = INPUT_COMPARE;
    }
    return a;
}

InputAction input_workshop_key(const SDL_KeyboardEvent *ke)
{
    InputAction a = {INPUT_NONE, -1, 0, 0};
    SDL_Keycode k = ke->keysym.sym;
    Uint16 mod = ke->keysym.mod;
    if (k >= SDLK_a && k < SDLK_a + STORY_MAX_CHOICES) {
        a.kind = (mod & KMOD_SHIFT) ? INPUT_UNVOTE : INPUT_VOTE;
        a.index = (int)(k - SDLK_a);
    } else if (k >= SDLK_1 && k <= SDLK_9) {
        a.kind = INPUT_CHOOSE;
        a.index = (int)(k - SDLK_1);
    } else if (k >= SDLK_KP_1 && k <= SDLK_KP_9) {
        a.kind = INPUT_CHOOSE;
        a.index = (int)(k - SDLK_KP_1);
    } else {
        switch (k) {
        case SDLK_F11:
            a.kind = INPUT_FULLSCREEN;
            break;
        case SDLK_F1:
            a.kind = INPUT_KEYMAP;
            break;
        case SDLK_o:
            a.kind = INPUT_OVERLAY;
            break;
        case SDLK_j:
            a.kind = INPUT_PHONES;
            break;
        case SDLK_p:
            a.kind = INPUT_PAUSE;
            break;
        case SDLK_n:
            a.kind = INPUT_ROADS;
            break;
        case SDLK_x:
            a.kind = INPUT_EXPORT;
            break;
        case SDLK_l:
            a.kind = INPUT_THEME;
            break;
        case SDLK_t:
            a.kind = INPUT_TIMER;
            break;
        case SDLK_PLUS:
        case SDLK_EQUALS:
        case SDLK_KP_PLUS:
            a.kind = INPUT_TIMER_ADJUST;
            a.index = 1;
            break;
        case SDLK_MINUS:
        case SDLK_KP_MINUS:
            a.kind = INPUT_TIMER_ADJUST;
            a.index = -1;
            break;
        case SDLK_ESCAPE:
            a.kind = INPUT_BACK;
            break;
        case SDLK_RETURN:
        case SDLK_KP_ENTER:
            a.kind = INPUT_CONFIRM;
            break;
        case SDLK_SPACE:
            a.kind = INPUT_NEXT;
            break;
        case SDLK_r:
            a.kind = INPUT_REVEAL;
            break;
        case SDLK_BACKSPACE:
            a.kind = INPUT_ERASE;
            break;
        case SDLK_DELETE:
            a.kind = INPUT_DELETE;
            break;
        case SDLK_u:
            if (mod & KMOD_CTRL)
                a.kind = INPUT_ERASE_ALL;
            break;
        case SDLK_TAB:
            a.kind = INPUT_SWITCH;
            break;
        case SDLK_UP:
            a.kind = INPUT_UP;
            break;
        case SDLK_DOWN:
            a.kind = INPUT_DOWN;
            break;
        case SDLK_LEFT:
            a.kind = INPUT_LEFT;
            break;
        case SDLK_RIGHT:
            a.kind = INPUT_RIGHT;
            break;
        case SDLK_PAGEUP:
            a.kind = INPUT_PAGE;
            a.index = -1;
            break;
        case SDLK_PAGEDOWN:
            a.kind = INPUT_PAGE;
            a.index = 1;
            break;
        case SDLK_HOME:
            a.kind = INPUT_FIRST;
            break;
        case SDLK_END:
            a.kind = INPUT_LAST;
            break;
        default:
            break;
        }
    }
    return a;
}

InputAction input_translate(const SDL_Event *e, float sx, float sy)
{
    InputAction a = {INPUT_NONE, -1, 0, 0};
    switch (e->type) {
    case SDL_QUIT:
        a.kind = INPUT_QUIT;
        break;
    case SDL_KEYDOWN:
        a = key_action(&e->key);
        break;
    case SDL_MOUSEMOTION:
        a.kind = INPUT_POINTER;
        a.x = (int)((float)e->motion.x * sx);
        a.y = (int)((float)e->motion.y * sy);
        break;
    case SDL_MOUSEBUTTONDOWN:
        if (e->button.button == SDL_BUTTON_LEFT && e->button.which != SDL_TOUCH_MOUSEID) {
            a.kind = INPUT_CLICK;
            a.x = (int)((float)e->button.x * sx);
            a.y = (int)((float)e->button.y * sy);
        } else if (e->button.button == SDL_BUTTON_RIGHT) {
            a.kind = INPUT_BACK; /* as in visual novels: the menu */
        }
        break;
    case SDL_MOUSEWHEEL: {
        int dy = e->wheel.y;
        if (e->wheel.direction == SDL_MOUSEWHEEL_FLIPPED)
            dy = -dy;
        if (dy != 0) {
            a.kind = INPUT_SCROLL;
            a.index = dy > 0 ? -3 : 3; /* wheel up scrolls back */
        }
        break;
    }
    case SDL_FINGERDOWN:
        /* Touch: normalised coordinates; the caller scales by the output size. */
        a.kind = INPUT_CLICK;
        a.x = (int)(e->tfinger.x * 10000.0f);
        a.y = (int)(e->tfinger.y * 10000.0f);
        a.index = -2; /* marks normalised coordinates */
        break;
    case SDL_CONTROLLERBUTTONDOWN:
        a.kind = pad_button(e->cbutton.button);
        break;
    case SDL_CONTROLLERAXISMOTION:
        if (e->caxis.axis == SDL_CONTROLLER_AXIS_LEFTY) {
            int dir = e->caxis.value < -STICK_DEAD ? -1 : e->caxis.value > STICK_DEAD ? 1 : 0;
            if (dir != stick_dir && dir != 0)
                a.kind = dir < 0 ? INPUT_UP : INPUT_DOWN;
            stick_dir = dir;
        }
        break;
    case SDL_CONTROLLERDEVICEADDED:
    case SDL_CONTROLLERDEVICEREMOVED:
        a.kind = INPUT_DEVICE;
        a.index = e->cdevice.which;
        break;
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED)
            a.kind = INPUT_RESIZE;
        else if (e->window.event == SDL_WINDOWEVENT_EXPOSED ||
                 e->window.event == SDL_WINDOWEVENT_RESTORED)
            a.kind = INPUT_REDRAW;
        break;
    case SDL_RENDER_TARGETS_RESET:
    case SDL_RENDER_DEVICE_RESET:
        a.kind = INPUT_RESIZE;
        break;
    default:
        break;
    }
    return a;
}
