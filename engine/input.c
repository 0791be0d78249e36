/* Input: SDL events become the game's actions. Layer: C engine.
 * Keys 1-9 choose; arrows move the focus; Enter/Space confirm; Esc goes back.
 * Mouse and touch report positions in output pixels. */
#include "attune/input.h"

InputAction input_translate(const SDL_Event *e, float sx, float sy)
{
    InputAction a = {INPUT_NONE, -1, 0, 0};
    switch (e->type) {
    case SDL_QUIT:
        a.kind = INPUT_QUIT;
        break;
    case SDL_KEYDOWN: {
        SDL_Keycode k = e->key.keysym.sym;
        if (k >= SDLK_1 && k <= SDLK_9) {
            a.kind = INPUT_CHOOSE;
            a.index = (int)(k - SDLK_1);
        } else if (k >= SDLK_KP_1 && k <= SDLK_KP_9) {
            a.kind = INPUT_CHOOSE;
            a.index = (int)(k - SDLK_KP_1);
        } else if (k == SDLK_UP || k == SDLK_LEFT) {
            a.kind = INPUT_UP;
        } else if (k == SDLK_DOWN || k == SDLK_RIGHT || k == SDLK_TAB) {
            a.kind = (e->key.keysym.mod & KMOD_SHIFT) ? INPUT_UP : INPUT_DOWN;
        } else if (k == SDLK_RETURN || k == SDLK_KP_ENTER || k == SDLK_SPACE) {
            a.kind = INPUT_CONFIRM;
        } else if (k == SDLK_ESCAPE || k == SDLK_AC_BACK) {
            a.kind = INPUT_BACK;
        } else if (k == SDLK_F5 || k == SDLK_r) {
            a.kind = INPUT_RELOAD;
        }
        break;
    }
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
        }
        break;
    case SDL_FINGERDOWN:
        /* Touch: normalised coordinates; the caller scales by the output size. */
        a.kind = INPUT_CLICK;
        a.x = (int)(e->tfinger.x * 10000.0f);
        a.y = (int)(e->tfinger.y * 10000.0f);
        a.index = -2; /* marks normalised coordinates */
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
