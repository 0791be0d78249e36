/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/*
 * bench/floor.c — the "floor": a bare SDL2 + SDL2_ttf program that draws the
 * same first scene as Attune (one line of dialogue in a dark-teal text box
 * across the bottom third, three answers above it, warm flat background),
 * through the same renderer, and then idles on SDL_WaitEvent.
 *
 * It prints `bench: first-text-frame <t>` to stderr right after the first
 * SDL_RenderPresent that shows text, <t> being CLOCK_MONOTONIC in seconds,
 * and `bench: present <t>` after that present and every later one.
 *
 * Usage: floor [--size WxH] [--renderer software|gpu] [--font PATH]
 *
 * Build: cc -std=c11 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L -O2 \
 *          bench/floor.c -o build-bench/floor \
 *          $(pkg-config --cflags --libs sdl2 SDL2_ttf)
 */
#include <SDL.h>
#include <SDL_ttf.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define FONT_REL "assets/fonts/OpenSans-Regular.ttf"

static const char *const DIALOGUE = "I can't do it. It's stupid. I'm stupid.";
static const char *const ANSWERS[3] = {
    "That sounds really frustrating. Which part is stuck?",
    "You're not stupid. Here, I'll just do it for you.",
    "Come on, it's easy. Just try harder.",
};

enum { N_ANSWERS = 3 };

typedef struct {
    SDL_Texture *tex;
    int w, h;
} Text;

typedef struct {
    SDL_Window *win;
    SDL_Renderer *ren;
    const char *font_path;
    int built_for_h, built_for_w; /* window size the text was built for */
    Text dialogue;
    Text answers[N_ANSWERS];
} Scene;

static double mono_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void text_free(Text *t)
{
    if (t->tex)
        SDL_DestroyTexture(t->tex);
    t->tex = NULL;
    t->w = t->h = 0;
}

static int text_make(SDL_Renderer *ren, TTF_Font *font, const char *s,
                     SDL_Color fg, Uint32 wrap, Text *out)
{
    SDL_Surface *surf = TTF_RenderUTF8_Blended_Wrapped(font, s, fg, wrap);
    if (!surf) {
        fprintf(stderr, "floor: render text: %s\n", TTF_GetError());
        return -1;
    }
    out->tex = SDL_CreateTextureFromSurface(ren, surf);
    out->w = surf->w;
    out->h = surf->h;
    SDL_FreeSurface(surf);
    if (!out->tex) {
        fprintf(stderr, "floor: texture: %s\n", SDL_GetError());
        return -1;
    }
    return 0;
}

/* (Re)build the text textures for the current output size. */
static int scene_build(Scene *sc, int w, int h)
{
    text_free(&sc->dialogue);
    for (int i = 0; i < N_ANSWERS; i++)
        text_free(&sc->answers[i]);

    int dsize = h * 4 / 100, asize = h * 3 / 100;
    if (dsize < 8)
        dsize = 8;
    if (asize < 7)
        asize = 7;
    TTF_Font *fd = TTF_OpenFont(sc->font_path, dsize);
    TTF_Font *fa = TTF_OpenFont(sc->font_path, asize);
    if (!fd || !fa) {
        fprintf(stderr, "floor: open font %s: %s\n", sc->font_path, TTF_GetError());
        if (fd)
            TTF_CloseFont(fd);
        if (fa)
            TTF_CloseFont(fa);
        return -1;
    }
    int rc = 0;
    SDL_Color ink_light = {0xF4, 0xEE, 0xE2, 0xFF};
    SDL_Color ink_dark = {0x2B, 0x24, 0x1E, 0xFF};
    Uint32 wrap_d = (Uint32)(w * 84 / 100);
    Uint32 wrap_a = (Uint32)(w * 70 / 100);
    rc |= text_make(sc->ren, fd, DIALOGUE, ink_light, wrap_d, &sc->dialogue);
    for (int i = 0; i < N_ANSWERS && rc == 0; i++)
        rc |= text_make(sc->ren, fa, ANSWERS[i], ink_dark, wrap_a, &sc->answers[i]);
    TTF_CloseFont(fd);
    TTF_CloseFont(fa);
    sc->built_for_w = w;
    sc->built_for_h = h;
    return rc;
}

/* A rectangle with rounded corners, filled one scan line per corner row. */
static void fill_roundish(SDL_Renderer *ren, SDL_Rect r, int rad)
{
    if (rad * 2 > r.h)
        rad = r.h / 2;
    if (rad * 2 > r.w)
        rad = r.w / 2;
    SDL_Rect mid = {r.x, r.y + rad, r.w, r.h - 2 * rad};
    SDL_RenderFillRect(ren, &mid);
    for (int y = 0; y < rad; y++) {
        /* inset dx for the row y rows from the top: smallest dx with
         * (rad - dx)^2 + (rad - y)^2 <= rad^2, in integers */
        int dy = rad - y, dx = 0;
        while (dx < rad && (rad - dx) * (rad - dx) + dy * dy > rad * rad)
            dx++;
        SDL_Rect top = {r.x + dx, r.y + y, r.w - 2 * dx, 1};
        SDL_Rect bot = {r.x + dx, r.y + r.h - 1 - y, r.w - 2 * dx, 1};
        SDL_RenderFillRect(ren, &top);
        SDL_RenderFillRect(ren, &bot);
    }
}

static int scene_draw(Scene *sc)
{
    int w, h;
    if (SDL_GetRendererOutputSize(sc->ren, &w, &h) != 0) {
        fprintf(stderr, "floor: output size: %s\n", SDL_GetError());
        return -1;
    }
    if (w != sc->built_for_w || h != sc->built_for_h || !sc->dialogue.tex)
        if (scene_build(sc, w, h) != 0)
            return -1;

    /* warm flat background */
    SDL_SetRenderDrawColor(sc->ren, 0xE9, 0xD8, 0xBE, 0xFF);
    SDL_RenderClear(sc->ren);

    /* dark-teal text box across the bottom third */
    int margin = w * 3 / 100;
    SDL_Rect box = {margin, h * 2 / 3, w - 2 * margin, h / 3 - margin};
    SDL_SetRenderDrawColor(sc->ren, 0x15, 0x4A, 0x4E, 0xFF);
    fill_roundish(sc->ren, box, h / 60);

    /* dialogue */
    int pad = h * 3 / 100;
    SDL_Rect dst = {box.x + pad, box.y + pad, sc->dialogue.w, sc->dialogue.h};
    SDL_RenderCopy(sc->ren, sc->dialogue.tex, NULL, &dst);

    /* three answers on rounded-ish rectangles, stacked above the box */
    int gap = h / 80;
    int apad_x = h * 2 / 100, apad_y = h / 100;
    int y = box.y - gap;
    for (int i = N_ANSWERS - 1; i >= 0; i--) {
        Text *t = &sc->answers[i];
        SDL_Rect r;
        r.h = t->h + 2 * apad_y;
        r.w = t->w + 2 * apad_x;
        r.x = (w - r.w) / 2;
        r.y = y - r.h;
        y = r.y - gap;
        SDL_SetRenderDrawColor(sc->ren, 0xFB, 0xF6, 0xEC, 0xFF);
        fill_roundish(sc->ren, r, r.h / 3);
        SDL_Rect td = {r.x + apad_x, r.y + apad_y, t->w, t->h};
        SDL_RenderCopy(sc->ren, t->tex, NULL, &td);
    }

    SDL_RenderPresent(sc->ren);
    return 0;
}

static int parse_size(const char *s, int *w, int *h)
{
    char *end;
    long lw = strtol(s, &end, 10);
    if (end == s || (*end != 'x' && *end != 'X'))
        return -1;
    const char *p = end + 1;
    long lh = strtol(p, &end, 10);
    if (end == p || *end != '\0')
        return -1;
    if (lw < 64 || lh < 64 || lw > 16384 || lh > 16384)
        return -1;
    *w = (int)lw;
    *h = (int)lh;
    return 0;
}

static void usage(void)
{
    fprintf(stderr, "usage: floor [--size WxH] [--renderer software|gpu] [--font PATH]\n");
}

/* The font: --font, else ./assets/..., else <binary dir>/../assets/... */
static char *find_font(const char *given)
{
    if (given)
        return SDL_strdup(given);
    SDL_RWops *rw = SDL_RWFromFile(FONT_REL, "rb");
    if (rw) {
        SDL_RWclose(rw);
        return SDL_strdup(FONT_REL);
    }
    char *base = SDL_GetBasePath();
    if (base) {
        size_t n = strlen(base) + strlen("../" FONT_REL) + 1;
        char *p = SDL_malloc(n);
        if (p)
            SDL_snprintf(p, n, "%s../%s", base, FONT_REL);
        SDL_free(base);
        return p;
    }
    return SDL_strdup(FONT_REL);
}

int main(int argc, char **argv)
{
    int w = 1920, h = 1080;
    int gpu = 0;
    const char *font_arg = NULL;

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--size") == 0 && i + 1 < argc) {
            if (parse_size(argv[++i], &w, &h) != 0) {
                fprintf(stderr, "floor: bad --size '%s' (want WxH)\n", argv[i]);
                return 2;
            }
        } else if (strcmp(argv[i], "--renderer") == 0 && i + 1 < argc) {
            const char *r = argv[++i];
            if (strcmp(r, "gpu") == 0)
                gpu = 1;
            else if (strcmp(r, "software") == 0)
                gpu = 0;
            else {
                fprintf(stderr, "floor: bad --renderer '%s' (software|gpu)\n", r);
                return 2;
            }
        } else if (strcmp(argv[i], "--font") == 0 && i + 1 < argc) {
            font_arg = argv[++i];
        } else {
            usage();
            return 2;
        }
    }

    if (!gpu)
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");

    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "floor: SDL_Init: %s\n", SDL_GetError());
        return 1;
    }
    if (TTF_Init() != 0) {
        fprintf(stderr, "floor: TTF_Init: %s\n", TTF_GetError());
        SDL_Quit();
        return 1;
    }

    int rc = 1;
    Scene sc;
    memset(&sc, 0, sizeof sc);
    char *font_path = find_font(font_arg);
    sc.font_path = font_path;

    sc.win = SDL_CreateWindow("Attune floor", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                              w, h, SDL_WINDOW_SHOWN | SDL_WINDOW_RESIZABLE);
    if (!sc.win) {
        fprintf(stderr, "floor: window: %s\n", SDL_GetError());
        goto out;
    }
    sc.ren = SDL_CreateRenderer(sc.win, -1, gpu ? SDL_RENDERER_ACCELERATED : SDL_RENDERER_SOFTWARE);
    if (!sc.ren) {
        fprintf(stderr, "floor: renderer: %s\n", SDL_GetError());
        goto out;
    }

    if (scene_draw(&sc) != 0)
        goto out;
    double first = mono_now();
    fprintf(stderr, "bench: first-text-frame %.6f\n", first);
    fprintf(stderr, "bench: present %.6f\n", first);
    {
        SDL_RendererInfo info;
        if (SDL_GetRendererInfo(sc.ren, &info) == 0)
            fprintf(stderr, "floor: renderer %s, video driver %s\n", info.name,
                    SDL_GetCurrentVideoDriver());
    }

    /* Event-driven: sleep in SDL_WaitEvent, redraw only on expose/resize. */
    SDL_Event ev;
    int running = 1;
    while (running && SDL_WaitEvent(&ev)) {
        do {
            if (ev.type == SDL_QUIT) {
                running = 0;
            } else if (ev.type == SDL_WINDOWEVENT) {
                switch (ev.window.event) {
                case SDL_WINDOWEVENT_EXPOSED:
                case SDL_WINDOWEVENT_SIZE_CHANGED:
                    if (scene_draw(&sc) != 0)
                        goto out;
                    fprintf(stderr, "bench: present %.6f\n", mono_now());
                    break;
                default:
                    break;
                }
            }
        } while (running && SDL_PollEvent(&ev));
    }
    rc = 0;

out:
    text_free(&sc.dialogue);
    for (int i = 0; i < N_ANSWERS; i++)
        text_free(&sc.answers[i]);
    if (sc.ren)
        SDL_DestroyRenderer(sc.ren);
    if (sc.win)
        SDL_DestroyWindow(sc.win);
    SDL_free(font_path);
    TTF_Quit();
    SDL_Quit();
    return rc;
}
