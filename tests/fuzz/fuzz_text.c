/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* libFuzzer target: UTF-8 decoding, the markup (with [[links]]) and the word
 * wrap, drawn with the real fonts of both families onto a small off-screen
 * surface. Invariants: nothing crashes, a laid-out paragraph is never wider
 * than its width unless a single character is, and markup_links() gives
 * distinct, normalized terms that fit their buffer. */
#include "attune/markup.h"
#include "attune/paths.h"
#include "attune/text.h"
#include "attune/utf8.h"

#include <SDL.h>
#include <SDL_ttf.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static SDL_Surface *surf;
static SDL_Renderer *renderer;
static Text *text;

static void init(void)
{
    if (text)
        return;
    if (!paths_init() || TTF_Init() != 0)
        abort();
    surf = SDL_CreateRGBSurfaceWithFormat(0, 320, 200, 32, SDL_PIXELFORMAT_ARGB8888);
    renderer = SDL_CreateSoftwareRenderer(surf);
    char fonts[1200];
    paths_join(fonts, sizeof fonts, paths_data_dir(), "assets/fonts");
    text = text_create(renderer, fonts);
    if (!text)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    init();
    if (size < 3)
        return 0;
    int px = 6 + data[0] % 40;
    int width = 1 + data[1] * 3;
    int style = data[2] % 4;
    /* One byte picks the family too; switching empties every cache. */
    text_set_family(text, (data[2] & 4) ? TEXT_FAMILY_DYSLEXIC : TEXT_FAMILY_SANS);
    char *s = malloc(size - 2);
    if (!s)
        return 0;
    memcpy(s, data + 3, size - 3);
    s[size - 3] = '\0';
    utf8_valid(s, strlen(s));
    char terms[8][64];
    int n = markup_links(s, terms, 8);
    if (n < 0 || n > 8)
        abort();
    for (int i = 0; i < n; i++) {
        size_t len = strnlen(terms[i], 64);
        if (len == 0 || len > 63 || terms[i][0] == ' ' || terms[i][len - 1] == ' ')
            abort();
        for (size_t k = 0; k < len; k++)
            if ((terms[i][k] >= 'A' && terms[i][k] <= 'Z') || terms[i][k] == '\n')
                abort();
        for (int j = 0; j < i; j++)
            if (strcmp(terms[i], terms[j]) == 0)
                abort();
    }
    /* Plain text fits its buffer and is never longer than its source. */
    char plain[64];
    size_t pl = markup_plain(s, plain, sizeof plain);
    if (pl >= sizeof plain || pl != strlen(plain) || pl > strlen(s))
        abort();
    int lines = 0, w = 0;
    text_measure(text, s, px, width, (TextStyle)style, &lines, &w);
    int chars = text_char_count(text, s, px, width, (TextStyle)style);
    SDL_Color c = {255, 255, 255, 255};
    text_draw(text, s, px, 0, 0, width, (TextStyle)style, c, chars / 2);
    text_draw(text, s, px, 0, 0, width, (TextStyle)style, c, -1);
    /* One character wider than the line is the only excuse for overflow. */
    if (w > width + px * 3)
        abort();
    free(s);
    return 0;
}
