/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Exports: the debrief drawn off-screen, its pages one under the other,
 * and written as one PNG. Layer: UI. */
#include "attune/export.h"
#include "attune/i18n.h"
#include "attune/log.h"
#include "attune/paths.h"

#include <SDL_image.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Write what `r` drew on `surf` to `path`. */
static bool write_png(SDL_Surface *surf, const char *path)
{
    if (IMG_SavePNG(surf, path) != 0) {
        log_error("export", "cannot write '%s': %s", path, IMG_GetError());
        return false;
    }
    return true;
}

int export_png(const UiModel *m, const Screens *look, bool dyslexic, const char *font_dir, int w,
               int h, const char *path)
{
    int pages = 0;
    Screens sc;
    memset(&sc, 0, sizeof sc);
    SDL_Surface *tall = NULL;
    SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = surf ? SDL_CreateSoftwareRenderer(surf) : NULL;
    if (!r) {
        log_error("export", "cannot make an off-screen picture: %s", SDL_GetError());
        goto out;
    }
    bool ok = screens_open(&sc, r, font_dir, look->data_dir, false);
    sc.high_contrast = look->high_contrast;
    sc.text_scale = look->text_scale;
    sc.hide_meters = look->hide_meters;
    if (!ok)
        goto out;
    if (dyslexic)
        text_set_family(sc.text, TEXT_FAMILY_DYSLEXIC);
    UiModel pm = *m;
    pm.focus = pm.hover = -1;
    pm.notice = NULL;
    pm.fade = 0;
    pm.anim = 1;
    pm.picture = true;
    pm.scroll = 0;
    int total = screens_ending_pages(&sc, &pm, w, h);
    if (total > EXPORT_MAX_PAGES)
        total = EXPORT_MAX_PAGES;
    /* Three bytes a pixel: a 1080p page is 6 MB, and a PNG has no alpha to keep. */
    tall = SDL_CreateRGBSurfaceWithFormat(0, w, h * total, 24, SDL_PIXELFORMAT_RGB24);
    if (!tall) {
        log_error("export", "cannot make a picture of %d pages: %s", total, SDL_GetError());
        goto out;
    }
    for (int k = 0; k < total; k++) {
        pm.page = k;
        screens_draw(&sc, &pm, w, h);
        SDL_RenderPresent(r);
        SDL_Rect to = {0, k * h, w, h};
        if (SDL_BlitSurface(surf, NULL, tall, &to) != 0) {
            log_error("export", "cannot compose page %d: %s", k + 1, SDL_GetError());
            goto out;
        }
    }
    if (write_png(tall, path))
        pages = total;
out:
    screens_close(&sc);
    if (r)
        SDL_DestroyRenderer(r);
    SDL_FreeSurface(surf);
    SDL_FreeSurface(tall);
    return pages;
}

bool export_dir(char *out, size_t n)
{
    const char *env = getenv("ATTUNE_EXPORT_DIR");
    if (env && env[0])
        return (size_t)snprintf(out, n, "%s", env) < n && paths_make_dirs(out);
    const char *home = getenv("HOME");
    char pics[1024];
    if (home && home[0] == '/' &&
        (size_t)snprintf(pics, sizeof pics, "%s/Pictures", home) < sizeof pics &&
        paths_is_dir(pics)) {
        if ((size_t)snprintf(out, n, "%s/Attune", pics) < n && paths_make_dirs(out))
            return true;
    }
    const char *save = paths_save_dir();
    return save && (size_t)snprintf(out, n, "%sexports", save) < n && paths_make_dirs(out);
}

void export_name(char *out, size_t n, const char *dir, const char *story_id, const char *ext)
{
    time_t t = time(NULL);
    struct tm tmv;
    localtime_r(&t, &tmv);
    char stamp[32];
    strftime(stamp, sizeof stamp, "%Y-%m-%d-%H%M%S", &tmv);
    snprintf(out, n, "%s/attune-%s-%s.%s", dir, story_id ? story_id : "story", stamp, ext);
}
