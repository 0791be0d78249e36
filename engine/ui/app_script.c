/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Scripted input (for tests): the real loop, fed from a file. Each line is
 * read by app_script_parse (plain C) and then becomes the SDL event a player
 * would cause, pushed onto SDL's queue, or a check of what is on screen.
 * Layer: UI. A line runs only when SDL's queue is empty, so every key
 * lands after the one before it has been handled and drawn. */
#include "attune/app_script.h"
#include "app_internal.h"
#include "attune/log.h"
#include "attune/render.h"
#include "attune/route.h"
#include "attune/utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

AppScriptOp app_script_parse(const char *line, AppScriptLine *out)
{
    static const struct {
        const char *name;
        AppScriptOp op;
    } OPS[] = {
        {"key", APP_SCRIPT_KEY},     {"click", APP_SCRIPT_CLICK}, {"type", APP_SCRIPT_TYPE},
        {"close", APP_SCRIPT_CLOSE}, {"wait", APP_SCRIPT_WAIT},   {"expect", APP_SCRIPT_EXPECT},
        {"shot", APP_SCRIPT_SHOT},   {"quit", APP_SCRIPT_QUIT},   {"choose", APP_SCRIPT_CHOOSE},
    };
    char text[1200];
    size_t n = strcspn(line, "\r\n");
    if (n >= sizeof text)
        n = sizeof text - 1;
    memcpy(text, line, n);
    text[n] = '\0';
    memset(out, 0, sizeof *out);
    if (sscanf(text, "%31s %1099[^\n]", out->cmd, out->arg) < 1 || out->cmd[0] == '#')
        return out->op = APP_SCRIPT_SKIP;
    out->op = APP_SCRIPT_UNKNOWN;
    for (size_t i = 0; i < sizeof OPS / sizeof OPS[0]; i++)
        if (strcmp(out->cmd, OPS[i].name) == 0)
            out->op = OPS[i].op;
    if (out->op == APP_SCRIPT_CLICK)
        sscanf(out->arg, "%f %f", &out->x, &out->y);
    else if (out->op == APP_SCRIPT_WAIT)
        out->ms = atoi(out->arg);
    return out->op;
}

const char *app_script_key_mods(const char *name, int *mods)
{
    *mods = 0;
    for (;;) {
        if (strncmp(name, "shift+", 6) == 0 && name[6]) {
            *mods |= APP_SCRIPT_SHIFT;
            name += 6;
        } else if (strncmp(name, "ctrl+", 5) == 0 && name[5]) {
            *mods |= APP_SCRIPT_CTRL;
            name += 5;
        } else {
            return name;
        }
    }
}

bool app_script_open(App *a, const char *path)
{
    a->script = fopen(path, "r");
    if (!a->script)
        log_error("app", "cannot read the input script '%s'", path);
    return a->script != NULL;
}

void app_script_close(App *a)
{
    if (a->script)
        fclose(a->script);
    a->script = NULL;
}

/* "a", "Return", "shift+a", "ctrl+u". */
static void push_key(const char *arg)
{
    int mods;
    const char *name = app_script_key_mods(arg, &mods);
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.state = SDL_PRESSED;
    if (mods & APP_SCRIPT_SHIFT)
        e.key.keysym.mod |= KMOD_LSHIFT;
    if (mods & APP_SCRIPT_CTRL)
        e.key.keysym.mod |= KMOD_LCTRL;
    e.key.keysym.sym = SDL_GetKeyFromName(name);
    if (e.key.keysym.sym == SDLK_UNKNOWN)
        log_error("script", "no key called '%s'", name);
    SDL_PushEvent(&e);
}

static void push_click(const App *a, float fx, float fy)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = (int)(fx * (float)a->w / a->sx);
    e.button.y = (int)(fy * (float)a->h / a->sy);
    SDL_PushEvent(&e);
}

/* Text typed into a field, in pieces as SDL's text input gives it. */
static void push_text(const char *text)
{
    for (const char *t = text; *t;) {
        SDL_Event e;
        memset(&e, 0, sizeof e);
        e.type = SDL_TEXTINPUT;
        size_t n = strlen(t), max = sizeof e.text.text - 1;
        if (n > max)
            n = utf8_boundary(t, max); /* not in the middle of a character */
        memcpy(e.text.text, t, n);
        SDL_PushEvent(&e);
        t += n;
    }
}

/* A window's close button: "close" (the game's), "close presenter". False
 * when there is no such window. */
static bool push_close(const App *a, const char *which)
{
    SDL_Window *win = a->window;
    if (strcmp(which, "presenter") == 0)
        win = a->ws ? workshop_presenter(a->ws) : NULL;
    if (!win)
        return false;
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_WINDOWEVENT;
    e.window.event = SDL_WINDOWEVENT_CLOSE;
    e.window.windowID = SDL_GetWindowID(win);
    SDL_PushEvent(&e);
    return true;
}

/* The screen on top, by the name `expect` uses. */
static const char *screen_name(App *a, char *buf, size_t size)
{
    if (a->mode == MODE_WORKSHOP && a->ws)
        return workshop_screen(a->ws, buf, size);
    if (a->mode == MODE_PLAY) {
        snprintf(buf, size, "%s",
                 a->ui.screen == SCREEN_ENDING     ? "ending"
                 : a->ui.screen == SCREEN_FEEDBACK ? "feedback"
                                                   : "beat");
        return buf;
    }
    return APP_MODE_NAMES[a->mode];
}

static bool shot(App *a, const char *arg)
{
    if (a->mode == MODE_WORKSHOP && a->ws) {
        bool presenter = strncmp(arg, "presenter ", 10) == 0;
        return workshop_shot(a->ws, presenter, presenter ? arg + 10 : arg);
    }
    app_draw_screens(a); /* with the lab beside, as on screen */
    return render_save_png(a->renderer, arg);
}

/* `choose STEP`: the answer that STEP names (a number shown, an id or a
 * kind, maybe after its beat: route.h) on the beat on screen, chosen with
 * its number key as a player would (pressed once more while the line is
 * still being typed: that press completes it; and once more on the line's
 * step of a beat in two steps: that press shows the answers). False, reported, when there is no
 * beat on screen or STEP names no answer there (or an ambiguous one). */
static bool choose(App *a, const char *step)
{
    const StoryView *v = NULL;
    const Kinds *kinds = NULL;
    if (a->mode == MODE_WORKSHOP && a->ws) {
        v = workshop_beat(a->ws);
    } else if (a->mode == MODE_PLAY && a->story && a->ui.screen == SCREEN_BEAT) {
        v = story_view(a->story);
        kinds = story_info(a->story)->kinds;
    }
    char why[1200];
    if (!v) {
        char buf[64];
        fprintf(stderr, "script: choose %s: no beat on screen (the screen is '%s')\n", step,
                screen_name(a, buf, sizeof buf));
        return false;
    }
    int i = route_find(v, kinds, step, ROUTE_ANY, why, sizeof why);
    if (i < 0) {
        log_printf(stderr, "script: choose %s: %s\n", step, why);
        return false;
    }
    char key[2] = {(char)('1' + i), '\0'};
    log_debug("script", "choose %s: answer %d", step, i + 1);
    if (a->mode == MODE_PLAY && app_revealing(a))
        push_key(key); /* the first press completes the line, as a player's would */
    if (a->mode == MODE_PLAY && a->ui.beat_step == 0 &&
        screens_beat_steps(&a->screens, &a->ui, a->w, a->h))
        push_key(key); /* a beat in two steps: the next shows its answers */
    push_key(key);
    return true;
}

/* Run script lines until one makes something happen. */
static void step(App *a)
{
    char line[1200];
    AppScriptLine c;
    while (a->script && app_now_ms() >= a->script_wait) {
        if (!fgets(line, sizeof line, a->script)) {
            app_script_close(a);
            return;
        }
        line[strcspn(line, "\r\n")] = '\0';
        if (app_script_parse(line, &c) == APP_SCRIPT_SKIP)
            continue;
        log_debug("script", "%s", line);
        switch (c.op) {
        case APP_SCRIPT_KEY:
            push_key(c.arg);
            return;
        case APP_SCRIPT_CLICK:
            push_click(a, c.x, c.y);
            return;
        case APP_SCRIPT_TYPE:
            push_text(c.arg);
            return;
        case APP_SCRIPT_CLOSE:
            if (push_close(a, c.arg))
                return;
            fprintf(stderr, "script: no window '%s' to close\n", c.arg);
            a->exit_code = 3;
            break;
        case APP_SCRIPT_WAIT:
            a->script_wait = app_now_ms() + (Uint64)c.ms;
            return;
        case APP_SCRIPT_EXPECT: {
            char buf[64];
            const char *got = screen_name(a, buf, sizeof buf);
            if (strcmp(c.arg, got) != 0) {
                fprintf(stderr, "script: expected screen '%s' but it is '%s'\n", c.arg, got);
                a->exit_code = 3;
                a->running = false;
                return;
            }
            fprintf(stderr, "script: screen %s\n", got);
            break;
        }
        case APP_SCRIPT_SHOT:
            if (!shot(a, c.arg))
                a->exit_code = 3;
            break;
        case APP_SCRIPT_CHOOSE:
            if (choose(a, c.arg))
                return;
            a->exit_code = 3;
            a->running = false;
            return;
        case APP_SCRIPT_QUIT:
            a->running = false;
            return;
        case APP_SCRIPT_SKIP:
        case APP_SCRIPT_UNKNOWN:
            fprintf(stderr, "script: unknown command '%s'\n", c.cmd);
            a->exit_code = 3;
            break;
        }
    }
}

int app_script_turn(App *a, int wait)
{
    SDL_PumpEvents();
    if (SDL_HasEvents(SDL_FIRSTEVENT, SDL_LASTEVENT))
        return wait; /* the events first, as a player's would be */
    step(a);
    if (a->script && a->script_wait > app_now_ms()) {
        int left = (int)(a->script_wait - app_now_ms());
        wait = wait < 0 || left < wait ? left : wait;
    } else if (a->script) {
        wait = 0;
    }
    return wait;
}
