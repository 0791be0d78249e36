/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* SDL's lifetime: hints, the subsystems the game starts, SDL_ttf, and the
 * one SDL_Quit. Layer: UI. Nothing else calls SDL_Init,
 * SDL_Quit, TTF_Init or TTF_Quit (audio.c starts and stops the audio
 * subsystem with its device). */
#include "attune/sdl_host.h"

#include <SDL.h>
#include <SDL_ttf.h>
#include <glob.h>
#include <string.h>

bool sdl_host_want_software(const char *choice)
{
    if (choice && strcmp(choice, "software") == 0)
        return true;
    if (choice && strcmp(choice, "gpu") == 0)
        return false;
    glob_t g;
    bool gpu = glob("/dev/dri/renderD*", 0, NULL, &g) == 0 && g.gl_pathc > 0;
    globfree(&g);
    return !gpu;
}

bool sdl_host_init_video(bool software)
{
    if (software)
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    return SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) == 0;
}

bool sdl_host_init_pads(void)
{
    /* NOTE: evdev finds every common gamepad; the HIDAPI drivers would add
     * threads and memory for the few features we do not use (rumble, LEDs). */
    SDL_SetHint(SDL_HINT_JOYSTICK_HIDAPI, "0");
    return SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER) == 0;
}

bool sdl_host_init_fonts(void)
{
    return TTF_WasInit() || TTF_Init() == 0;
}

void sdl_host_quit(void)
{
    while (TTF_WasInit())
        TTF_Quit();
    if (SDL_WasInit(0))
        SDL_Quit();
}
