/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Input: keys, mouse wheel, touch and gamepad events mean the same actions
 * on every screen. Events are built by hand, as SDL would deliver them. */
#include "attune/input.h"
#include "attune/story.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

static InputKind key(SDL_Keycode k, Uint16 mod)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = k;
    e.key.keysym.mod = mod;
    return input_translate(&e, 1, 1).kind;
}

static InputAction ws(SDL_Keycode k, Uint16 mod)
{
    SDL_KeyboardEvent ke;
    memset(&ke, 0, sizeof ke);
    ke.type = SDL_KEYDOWN;
    ke.keysym.sym = k;
    ke.keysym.mod = mod;
    return input_workshop_key(&ke);
}

static InputKind pad(Uint8 button)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_CONTROLLERBUTTONDOWN;
    e.cbutton.button = button;
    return input_translate(&e, 1, 1).kind;
}

static void test_keys(void **state)
{
    (void)state;
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = SDLK_3;
    InputAction a = input_translate(&e, 1, 1);
    assert_int_equal(a.kind, INPUT_CHOOSE);
    assert_int_equal(a.index, 2);
    assert_int_equal(key(SDLK_UP, 0), INPUT_UP);
    assert_int_equal(key(SDLK_DOWN, 0), INPUT_DOWN);
    assert_int_equal(key(SDLK_LEFT, 0), INPUT_LEFT);
    assert_int_equal(key(SDLK_RIGHT, 0), INPUT_RIGHT);
    assert_int_equal(key(SDLK_TAB, 0), INPUT_DOWN);
    assert_int_equal(key(SDLK_TAB, KMOD_LSHIFT), INPUT_UP);
    assert_int_equal(key(SDLK_RETURN, 0), INPUT_CONFIRM);
    assert_int_equal(key(SDLK_SPACE, 0), INPUT_CONFIRM);
    assert_int_equal(key(SDLK_RETURN, KMOD_LALT), INPUT_FULLSCREEN);
    assert_int_equal(key(SDLK_F11, 0), INPUT_FULLSCREEN);
    assert_int_equal(key(SDLK_ESCAPE, 0), INPUT_BACK);
    assert_int_equal(key(SDLK_h, 0), INPUT_HISTORY);
    assert_int_equal(key(SDLK_g, 0), INPUT_GLOSSARY);
    assert_int_equal(key(SDLK_F1, 0), INPUT_GLOSSARY);
    assert_int_equal(key(SDLK_z, 0), INPUT_REWIND);
    assert_int_equal(key(SDLK_BACKSPACE, 0), INPUT_REWIND);
    assert_int_equal(key(SDLK_b, 0), INPUT_BREATHE);
    assert_int_equal(key(SDLK_e, 0), INPUT_EXPORT);
    assert_int_equal(key(SDLK_c, 0), INPUT_COMPARE);
    assert_int_equal(key(SDLK_F5, 0), INPUT_RELOAD);
    assert_int_equal(key(SDLK_PAGEUP, 0), INPUT_SCROLL);
    assert_int_equal(key(SDLK_q, 0), INPUT_NONE);
}

static void test_gamepad(void **state)
{
    (void)state;
    assert_int_equal(pad(SDL_CONTROLLER_BUTTON_A), INPUT_CONFIRM);
    assert_int_equal(pad(SDL_CONTROLLER_BUTTON_B), INPUT_BACK);
    assert_int_equal(pad(SDL_CONTROLLER_BUTTON_START), INPUT_BACK);
    assert_int_equal(pad(SDL_CONTROLLER_BUTTON_DPAD_UP), INPUT_UP);
    assert_int_equal(pad(SDL_CONTROLLER_BUTTON_DPAD_DOWN), INPUT_DOWN);
    assert_int_equal(pad(SDL_CONTROLLER_BUTTON_DPAD_LEFT), INPUT_LEFT);
    assert_int_equal(pad(SDL_CONTROLLER_BUTTON_DPAD_RIGHT), INPUT_RIGHT);
    assert_int_equal(pad(SDL_CONTROLLER_BUTTON_Y), INPUT_GLOSSARY);
    assert_int_equal(pad(SDL_CONTROLLER_BUTTON_X), INPUT_BREATHE);
    assert_int_equal(pad(SDL_CONTROLLER_BUTTON_BACK), INPUT_HISTORY);
    assert_int_equal(pad(SDL_CONTROLLER_BUTTON_LEFTSHOULDER), INPUT_REWIND);

    /* The stick moves the focus one step per push, not once per event. */
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_CONTROLLERAXISMOTION;
    e.caxis.axis = SDL_CONTROLLER_AXIS_LEFTY;
    e.caxis.value = 30000;
    assert_int_equal(input_translate(&e, 1, 1).kind, INPUT_DOWN);
    e.caxis.value = 31000;
    assert_int_equal(input_translate(&e, 1, 1).kind, INPUT_NONE);
    e.caxis.value = 0;
    assert_int_equal(input_translate(&e, 1, 1).kind, INPUT_NONE);
    e.caxis.value = -30000;
    assert_int_equal(input_translate(&e, 1, 1).kind, INPUT_UP);
    e.caxis.value = 0;
    input_translate(&e, 1, 1);
}

static void test_pointer(void **state)
{
    (void)state;
    SDL_Event e;
    memset(&e, 0, sizeof e);
    /* HiDPI: window coordinates scaled to output pixels. */
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = 100;
    e.button.y = 50;
    InputAction a = input_translate(&e, 2, 2);
    assert_int_equal(a.kind, INPUT_CLICK);
    assert_int_equal(a.x, 200);
    assert_int_equal(a.y, 100);
    e.button.button = SDL_BUTTON_RIGHT;
    assert_int_equal(input_translate(&e, 1, 1).kind, INPUT_BACK);
    /* Wheel up reads back (negative scroll). */
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEWHEEL;
    e.wheel.y = 1;
    a = input_translate(&e, 1, 1);
    assert_int_equal(a.kind, INPUT_SCROLL);
    assert_true(a.index < 0);
    e.wheel.direction = SDL_MOUSEWHEEL_FLIPPED;
    assert_true(input_translate(&e, 1, 1).index > 0);
    /* Touch comes normalised; the caller scales it. */
    memset(&e, 0, sizeof e);
    e.type = SDL_FINGERDOWN;
    e.tfinger.x = 0.5f;
    e.tfinger.y = 0.25f;
    a = input_translate(&e, 1, 1);
    assert_int_equal(a.kind, INPUT_CLICK);
    assert_int_equal(a.index, -2);
    assert_int_equal(a.x, 5000);
    assert_int_equal(a.y, 2500);
}

/* The workshop's keymap: every key its F1 screen lists, and the ones that
 * differ from the game's (Space is not Return there, Tab is not Down). */
static void test_workshop_keys(void **state)
{
    (void)state;
    InputAction a = ws(SDLK_a, 0);
    assert_int_equal(a.kind, INPUT_VOTE);
    assert_int_equal(a.index, 0);
    a = ws(SDLK_d, KMOD_LSHIFT);
    assert_int_equal(a.kind, INPUT_UNVOTE);
    assert_int_equal(a.index, 3);
    a = ws(SDLK_i, KMOD_RSHIFT);
    assert_int_equal(a.kind, INPUT_UNVOTE);
    assert_int_equal(a.index, STORY_MAX_CHOICES - 1);
    assert_int_equal(ws(SDLK_b, KMOD_CTRL).kind, INPUT_VOTE); /* only Shift counts */
    /* j, the letter after the last answer's: how to join by phone, not a vote */
    assert_int_equal(ws(SDLK_a + STORY_MAX_CHOICES, 0).kind, INPUT_PHONES);
    assert_int_equal(ws(SDLK_k, 0).kind, INPUT_NONE);
    a = ws(SDLK_3, 0);
    assert_int_equal(a.kind, INPUT_CHOOSE);
    assert_int_equal(a.index, 2);
    a = ws(SDLK_KP_9, 0);
    assert_int_equal(a.kind, INPUT_CHOOSE);
    assert_int_equal(a.index, 8);
    assert_int_equal(ws(SDLK_0, 0).kind, INPUT_NONE);
    assert_int_equal(ws(SDLK_BACKSPACE, 0).kind, INPUT_ERASE);
    assert_int_equal(ws(SDLK_DELETE, 0).kind, INPUT_DELETE);
    assert_int_equal(ws(SDLK_RETURN, 0).kind, INPUT_CONFIRM);
    assert_int_equal(ws(SDLK_KP_ENTER, 0).kind, INPUT_CONFIRM);
    assert_int_equal(ws(SDLK_RETURN, KMOD_LALT).kind, INPUT_CONFIRM); /* not fullscreen */
    assert_int_equal(ws(SDLK_SPACE, 0).kind, INPUT_NEXT);
    assert_int_equal(ws(SDLK_t, 0).kind, INPUT_TIMER);
    assert_int_equal(ws(SDLK_t, KMOD_LSHIFT).kind, INPUT_TIMER);
    const SDL_Keycode longer[] = {SDLK_PLUS, SDLK_EQUALS, SDLK_KP_PLUS};
    for (size_t i = 0; i < sizeof longer / sizeof longer[0]; i++) {
        a = ws(longer[i], 0);
        assert_int_equal(a.kind, INPUT_TIMER_ADJUST);
        assert_int_equal(a.index, 1);
    }
    const SDL_Keycode shorter[] = {SDLK_MINUS, SDLK_KP_MINUS};
    for (size_t i = 0; i < sizeof shorter / sizeof shorter[0]; i++) {
        a = ws(shorter[i], 0);
        assert_int_equal(a.kind, INPUT_TIMER_ADJUST);
        assert_int_equal(a.index, -1);
    }
    assert_int_equal(ws(SDLK_p, 0).kind, INPUT_PAUSE);
    assert_int_equal(ws(SDLK_r, 0).kind, INPUT_REVEAL);
    assert_int_equal(ws(SDLK_n, 0).kind, INPUT_ROADS);
    assert_int_equal(ws(SDLK_LEFT, 0).kind, INPUT_LEFT);
    assert_int_equal(ws(SDLK_RIGHT, 0).kind, INPUT_RIGHT);
    assert_int_equal(ws(SDLK_UP, 0).kind, INPUT_UP);
    assert_int_equal(ws(SDLK_DOWN, 0).kind, INPUT_DOWN);
    assert_int_equal(ws(SDLK_TAB, 0).kind, INPUT_SWITCH);
    assert_int_equal(ws(SDLK_TAB, KMOD_LSHIFT).kind, INPUT_SWITCH);
    a = ws(SDLK_PAGEUP, 0);
    assert_int_equal(a.kind, INPUT_PAGE);
    assert_int_equal(a.index, -1);
    a = ws(SDLK_PAGEDOWN, 0);
    assert_int_equal(a.kind, INPUT_PAGE);
    assert_int_equal(a.index, 1);
    assert_int_equal(ws(SDLK_HOME, 0).kind, INPUT_FIRST);
    assert_int_equal(ws(SDLK_END, 0).kind, INPUT_LAST);
    assert_int_equal(ws(SDLK_x, 0).kind, INPUT_EXPORT);
    assert_int_equal(ws(SDLK_o, 0).kind, INPUT_OVERLAY);
    assert_int_equal(ws(SDLK_F1, 0).kind, INPUT_KEYMAP);
    assert_int_equal(ws(SDLK_F11, 0).kind, INPUT_FULLSCREEN);
    assert_int_equal(ws(SDLK_ESCAPE, 0).kind, INPUT_BACK);
    /* Ctrl+U clears a typed field; U alone is nothing. */
    assert_int_equal(ws(SDLK_u, KMOD_LCTRL).kind, INPUT_ERASE_ALL);
    assert_int_equal(ws(SDLK_u, 0).kind, INPUT_NONE);
    /* Keys the workshop does not use, some of them the game's. */
    assert_int_equal(ws(SDLK_q, 0).kind, INPUT_NONE);
    assert_int_equal(ws(SDLK_F5, 0).kind, INPUT_NONE);
    assert_int_equal(ws(SDLK_z, 0).kind, INPUT_NONE);
    assert_int_equal(ws(SDLK_LSHIFT, KMOD_LSHIFT).kind, INPUT_NONE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keys),
        cmocka_unit_test(test_gamepad),
        cmocka_unit_test(test_pointer),
        cmocka_unit_test(test_workshop_keys),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
