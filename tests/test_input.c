/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Input: keys, mouse wheel, touch and gamepad events mean the same actions
 * on every screen. Events are built by hand, as SDL would deliver them. */
#include "attune/input.h"

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keys),
        cmocka_unit_test(test_gamepad),
        cmocka_unit_test(test_pointer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
