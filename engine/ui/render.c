/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Drawing primitives (rounded panels, arcs, discs, gradients) with
 * SDL_RenderGeometry, and the picture cache that rasterises SVG art at the
 * size the window needs. Layer: UI.
 * Every picture is loaded through picture_load, under the limits `check`
 * applies too (attune/picture.h): an SVG is drawn at a size we choose within
 * a pixel budget, a PNG or JPEG is refused by its header before decoding,
 * and decoding or drawing that takes too long is stopped. */
#include "attune/render.h"
#include "attune/alloc.h"
#include "attune/log.h"
#include "attune/picture.h"

#include <SDL_image.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { IMAGE_SLOTS = 24, ARC_SEGMENTS = 96, CORNER_SEGMENTS = 10 };
#define IMAGE_MAX_SIDE PICTURE_MAX_SIDE

static SDL_Vertex vert(float x, float y, SDL_Color c)
{
    SDL_Vertex v = {{x, y}, c, {0, 0}};
    return v;
}

void render_fill(SDL_Renderer *r, SDL_FRect rect, SDL_Color c)
{
    SDL_SetRenderDrawBlendMode(r, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(r, c.r, c.g, c.b, c.a);
    SDL_RenderFillRectF(r, &rect);
}

void render_gradient(SDL_Renderer *r, SDL_FRect rc, SDL_Color top, SDL_Color bottom)
{
    SDL_Vertex v[4] = {vert(rc.x, rc.y, top), vert(rc.x + rc.w, rc.y, top),
                       vert(rc.x + rc.w, rc.y + rc.h, bottom), vert(rc.x, rc.y + rc.h, bottom)};
    int idx[6] = {0, 1, 2, 0, 2, 3};
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    SDL_RenderGeometry(r, NULL, v, 4, idx, 6);
}

/* The outline of a rounded rectangle as a closed polygon, inset by `inset`. */
static int round_points(SDL_FRect rc, float radius, float inset, SDL_FPoint *out)
{
    float x0 = rc.x + inset, y0 = rc.y + inset, x1 = rc.x + rc.w - inset, y1 = rc.y + rc.h - inset;
    float rr = radius - inset;
    float maxr = fminf(x1 - x0, y1 - y0) / 2;
    if (rr > maxr)
        rr = maxr;
    if (rr < 0)
        rr = 0;
    const float cx[4] = {x1 - rr, x1 - rr, x0 + rr, x0 + rr};
    const float cy[4] = {y0 + rr, y1 - rr, y1 - rr, y0 + rr};
    int n = 0;
    for (int k = 0; k < 4; k++) {
        float a0 = -90.0f + 90.0f * (float)k;
        for (int i = 0; i <= CORNER_SEGMENTS; i++) {
            float a = (a0 + 90.0f * (float)i / CORNER_SEGMENTS) * (float)M_PI / 180.0f;
            out[n].x = cx[k] + rr * cosf(a);
            out[n].y = cy[k] + rr * sinf(a);
            n++;
        }
    }
    return n;
}

/* A quarter disc (corner) as a small triangle fan. */
static void corner(SDL_Renderer *r, float cx, float cy, float rad, float a0, SDL_Color c)
{
    SDL_Vertex v[CORNER_SEGMENTS + 2];
    int idx[3 * CORNER_SEGMENTS];
    v[0] = vert(cx, cy, c);
    for (int i = 0; i <= CORNER_SEGMENTS; i++) {
        float a = (a0 + 90.0f * (float)i / CORNER_SEGMENTS) * (float)M_PI / 180.0f;
        v[i + 1] = vert(cx + rad * cosf(a), cy + rad * sinf(a), c);
    }
    for (int i = 0; i < CORNER_SEGMENTS; i++) {
        idx[3 * i] = 0;
        idx[3 * i + 1] = i + 1;
        idx[3 * i + 2] = i + 2;
    }
    SDL_RenderGeometry(r, NULL, v, CORNER_SEGMENTS + 2, idx, 3 * CORNER_SEGMENTS);
}

/* NOTE: SDL's software renderer fills triangles pixel by pixel, ~20x slower
 * than a rectangle fill; so a rounded panel is three rectangles (that do not
 * overlap, so translucency stays even) and four small corner fans. */
void render_round_rect(SDL_Renderer *r, SDL_FRect rc, float radius, SDL_Color c)
{
    float rr = fminf(radius, fminf(rc.w, rc.h) / 2);
    if (rr < 1.0f) {
        render_fill(r, rc, c);
        return;
    }
    rr = floorf(rr);
    /* Whole pixels, so the three rectangles and the corners meet exactly. */
    float x0 = roundf(rc.x), y0 = roundf(rc.y);
    rc = (SDL_FRect){x0, y0, roundf(rc.x + rc.w) - x0, roundf(rc.y + rc.h) - y0};
    SDL_SetRenderDrawBlendMode(r, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(r, c.r, c.g, c.b, c.a);
    SDL_FRect parts[3] = {
        {rc.x + rr, rc.y, rc.w - 2 * rr, rc.h},
        {rc.x, rc.y + rr, rr, rc.h - 2 * rr},
        {rc.x + rc.w - rr, rc.y + rr, rr, rc.h - 2 * rr},
    };
    SDL_RenderFillRectsF(r, parts, 3);
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    corner(r, rc.x + rc.w - rr, rc.y + rr, rr, -90, c);
    corner(r, rc.x + rc.w - rr, rc.y + rc.h - rr, rr, 0, c);
    corner(r, rc.x + rr, rc.y + rc.h - rr, rr, 90, c);
    corner(r, rc.x + rr, rc.y + rr, rr, 180, c);
}

void render_round_outline(SDL_Renderer *r, SDL_FRect rc, float radius, float thick, SDL_Color c)
{
    SDL_FPoint outer[4 * (CORNER_SEGMENTS + 1)], inner[4 * (CORNER_SEGMENTS + 1)];
    int n = round_points(rc, radius, 0, outer);
    round_points(rc, radius, thick, inner);
    SDL_Vertex v[8 * (CORNER_SEGMENTS + 1)];
    int idx[6 * 4 * (CORNER_SEGMENTS + 1)];
    for (int i = 0; i < n; i++) {
        v[2 * i] = vert(outer[i].x, outer[i].y, c);
        v[2 * i + 1] = vert(inner[i].x, inner[i].y, c);
    }
    for (int i = 0; i < n; i++) {
        int a = 2 * i, b = 2 * i + 1, c2 = 2 * ((i + 1) % n), d = 2 * ((i + 1) % n) + 1;
        int *q = &idx[6 * i];
        q[0] = a, q[1] = c2, q[2] = b, q[3] = b, q[4] = c2, q[5] = d;
    }
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    SDL_RenderGeometry(r, NULL, v, 2 * n, idx, 6 * n);
}

void render_arc(SDL_Renderer *r, float cx, float cy, float radius, float thick, float from_deg,
                float to_deg, SDL_Color c)
{
    if (to_deg <= from_deg)
        return;
    int segs = (int)ceilf((to_deg - from_deg) / 360.0f * ARC_SEGMENTS);
    if (segs < 1)
        segs = 1;
    SDL_Vertex v[2 * (ARC_SEGMENTS + 1)];
    int idx[6 * ARC_SEGMENTS];
    for (int i = 0; i <= segs; i++) {
        float a = (from_deg + (to_deg - from_deg) * (float)i / (float)segs - 90.0f) * (float)M_PI /
                  180.0f;
        v[2 * i] = vert(cx + radius * cosf(a), cy + radius * sinf(a), c);
        v[2 * i + 1] = vert(cx + (radius - thick) * cosf(a), cy + (radius - thick) * sinf(a), c);
    }
    for (int i = 0; i < segs; i++) {
        int *q = &idx[6 * i];
        q[0] = 2 * i, q[1] = 2 * i + 2, q[2] = 2 * i + 1;
        q[3] = 2 * i + 1, q[4] = 2 * i + 2, q[5] = 2 * i + 3;
    }
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    SDL_RenderGeometry(r, NULL, v, 2 * (segs + 1), idx, 6 * segs);
}

void render_disc(SDL_Renderer *r, float cx, float cy, float radius, SDL_Color c)
{
    SDL_Vertex v[ARC_SEGMENTS / 2 + 1];
    int idx[3 * (ARC_SEGMENTS / 2)];
    int n = ARC_SEGMENTS / 2;
    v[0] = vert(cx, cy, c);
    for (int i = 0; i < n; i++) {
        float a = 2.0f * (float)M_PI * (float)i / (float)n;
        v[i + 1] = vert(cx + radius * cosf(a), cy + radius * sinf(a), c);
        idx[3 * i] = 0;
        idx[3 * i + 1] = i + 1;
        idx[3 * i + 2] = (i + 1) % n + 1;
    }
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    SDL_RenderGeometry(r, NULL, v, n + 1, idx, 3 * n);
}

typedef struct Image {
    char *path;
    int req_w, req_h;
    bool cover;
    SDL_Texture *tex; /* NULL with `failed` when it could not be loaded */
    bool failed;
    bool full; /* false while only the quick preview is here */
    int w, h;
    unsigned used;
    unsigned gen;       /* bumped on reuse, so a late worker result is dropped */
    SDL_Surface *ready; /* the worker's full-size result (under lock) */
    bool gave_up;       /* the worker could not make it: the preview stays (under lock) */
} Image;

typedef struct Job {
    int slot;
    unsigned gen;
    char *path;
    int w, h;
    bool cover;
} Job;

enum { JOB_QUEUE = IMAGE_SLOTS };

struct Images {
    SDL_Renderer *renderer;
    Image slots[IMAGE_SLOTS];
    unsigned tick;
    unsigned generation; /* grows when a full-size picture arrives */
    /* The worker that rasterises SVG at full size off the main thread. */
    bool async;
    SDL_Thread *thread;
    SDL_mutex *lock;
    SDL_cond *wake;
    bool quit;
    Job jobs[JOB_QUEUE];
    int n_jobs;
    /* Pictures refused once (main thread only): not tried again at another
     * size, which would cost the same refusal (up to PICTURE_DRAW_MS) and
     * the same message each time. Forgotten by images_flush (F5, reload). */
    char *refused[IMAGE_SLOTS];
    int n_refused;
    Uint32 event;
};

static int worker(void *data)
{
    Images *im = data;
    SDL_LockMutex(im->lock);
    for (;;) {
        while (!im->quit && im->n_jobs == 0)
            SDL_CondWait(im->wake, im->lock);
        if (im->quit)
            break;
        Job job = im->jobs[0];
        memmove(im->jobs, im->jobs + 1, (size_t)(--im->n_jobs) * sizeof(Job));
        SDL_UnlockMutex(im->lock);
        char why[400];
        SDL_Surface *surf = picture_load(job.path, job.w, job.h, job.cover, why, sizeof why);
        if (!surf)
            log_error("render", "picture '%s' %s; its preview stays", job.path, why);
        attune_free(job.path);
        SDL_LockMutex(im->lock);
        Image *e = &im->slots[job.slot];
        if (e->gen == job.gen && !e->ready && !e->gave_up) {
            e->ready = surf;
            e->gave_up = !surf;
            surf = NULL;
            SDL_Event ev;
            SDL_zero(ev);
            ev.type = im->event;
            SDL_PushEvent(&ev);
        }
        picture_free(surf);
    }
    SDL_UnlockMutex(im->lock);
    return 0;
}

Images *images_create(SDL_Renderer *r, bool async)
{
    Images *im = attune_calloc(1, sizeof *im);
    if (!im)
        return NULL;
    im->renderer = r;
    if (async) {
        im->event = SDL_RegisterEvents(1);
        im->lock = SDL_CreateMutex();
        im->wake = SDL_CreateCond();
        if (im->event != (Uint32)-1 && im->lock && im->wake)
            im->thread = SDL_CreateThread(worker, "attune-images", im);
        im->async = im->thread != NULL;
    }
    return im;
}

Uint32 images_event(const Images *im)
{
    return im && im->async ? im->event : 0;
}

unsigned images_generation(const Images *im)
{
    return im ? im->generation : 0;
}

int images_previews(const Images *im)
{
    int n = 0;
    for (int i = 0; im && i < IMAGE_SLOTS; i++)
        n += im->slots[i].path && im->slots[i].tex && !im->slots[i].full;
    return n;
}

static void drop_image(Image *e)
{
    if (e->tex)
        SDL_DestroyTexture(e->tex);
    picture_free(e->ready);
    attune_free(e->path);
    unsigned gen = e->gen + 1;
    memset(e, 0, sizeof *e);
    e->gen = gen;
}

void images_flush(Images *im)
{
    if (im->lock)
        SDL_LockMutex(im->lock);
    for (int i = 0; i < IMAGE_SLOTS; i++)
        drop_image(&im->slots[i]);
    if (im->lock)
        SDL_UnlockMutex(im->lock);
    for (int i = 0; i < im->n_refused; i++)
        attune_free(im->refused[i]);
    im->n_refused = 0;
    im->generation++; /* a scene composed with the old pictures is stale */
}

void images_destroy(Images *im)
{
    if (!im)
        return;
    if (im->thread) {
        SDL_LockMutex(im->lock);
        im->quit = true;
        SDL_CondSignal(im->wake);
        SDL_UnlockMutex(im->lock);
        SDL_WaitThread(im->thread, NULL);
        for (int i = 0; i < im->n_jobs; i++)
            attune_free(im->jobs[i].path);
    }
    images_flush(im);
    if (im->wake)
        SDL_DestroyCond(im->wake);
    if (im->lock)
        SDL_DestroyMutex(im->lock);
    attune_free(im);
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && SDL_strcasecmp(s + a - b, suffix) == 0;
}

Uint32 render_opaque_format(SDL_Renderer *r)
{
    SDL_Window *w = r ? SDL_RenderGetWindow(r) : NULL;
    return w && SDL_GetWindowPixelFormat(w) == SDL_PIXELFORMAT_RGB888 ? SDL_PIXELFORMAT_RGB888
                                                                      : SDL_PIXELFORMAT_ARGB8888;
}

/* Turn a surface into the slot's texture (taking the surface). */
static void set_texture(Images *im, Image *e, SDL_Surface *s)
{
    /* NOTE: a room (covering, drawn opaque) is kept in the window's own
     * format when that is RGB888: the software renderer stretches it
     * straight into the window or the composed scene then, where an
     * ARGB8888 one went through a window-sized temporary surface and a
     * conversion (~18 ms of the first frame at 1080p). RGB888 is ARGB8888
     * with the alpha byte ignored, so the pixels go in as they are. */
    SDL_Texture *tex = NULL;
    Uint32 opaque = render_opaque_format(im->renderer);
    if (e->cover && opaque != s->format->format) {
        tex = SDL_CreateTexture(im->renderer, opaque, SDL_TEXTUREACCESS_STATIC, s->w, s->h);
        if (tex && SDL_UpdateTexture(tex, NULL, s->pixels, s->pitch) != 0) {
            SDL_DestroyTexture(tex);
            tex = NULL;
        }
    }
    if (!tex)
        tex = SDL_CreateTextureFromSurface(im->renderer, s);
    if (!tex) {
        picture_free(s);
        return;
    }
    if (e->tex)
        SDL_DestroyTexture(e->tex);
    e->tex = tex;
    e->w = s->w;
    e->h = s->h;
    picture_free(s);
    SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
    SDL_SetTextureScaleMode(tex, SDL_ScaleModeLinear);
}

/* Take the worker's full-size result for `e`, if it has arrived. */
static void collect(Images *im, Image *e)
{
    if (!im->async || e->full)
        return;
    SDL_LockMutex(im->lock);
    SDL_Surface *s = e->ready;
    e->ready = NULL;
    if (e->gave_up)
        e->full = true; /* the preview is all there will be */
    SDL_UnlockMutex(im->lock);
    if (s) {
        set_texture(im, e, s);
        e->full = true;
        im->generation++;
    }
}

void images_update(Images *im)
{
    if (!im || !im->async)
        return;
    for (int i = 0; i < IMAGE_SLOTS; i++)
        if (im->slots[i].path && !im->slots[i].full)
            collect(im, &im->slots[i]);
}

SDL_Texture *images_get(Images *im, const char *path, int w, int h, bool cover, int *out_w,
                        int *out_h)
{
    if (!path || w <= 0 || h <= 0)
        return NULL;
    if (w > IMAGE_MAX_SIDE)
        w = IMAGE_MAX_SIDE;
    if (h > IMAGE_MAX_SIDE)
        h = IMAGE_MAX_SIDE;
    for (int i = 0; i < im->n_refused; i++)
        if (strcmp(im->refused[i], path) == 0)
            return NULL;
    Image *victim = &im->slots[0];
    for (int i = 0; i < IMAGE_SLOTS; i++) {
        Image *e = &im->slots[i];
        if (e->path && e->req_w == w && e->req_h == h && e->cover == cover &&
            strcmp(e->path, path) == 0) {
            e->used = ++im->tick;
            collect(im, e);
            if (out_w)
                *out_w = e->w;
            if (out_h)
                *out_h = e->h;
            return e->tex;
        }
        if (!e->path || (victim->path && e->used < victim->used))
            victim = e;
    }
    if (im->lock)
        SDL_LockMutex(im->lock);
    drop_image(victim);
    if (im->lock)
        SDL_UnlockMutex(im->lock);
    victim->path = str_dup(path);
    victim->req_w = w;
    victim->req_h = h;
    victim->cover = cover;
    victim->used = ++im->tick;
    bool svg = ends_with(path, ".svg");
    /* NOTE: full-size SVG rasterising takes ~100 ms for a 1080p room. With a
     * worker, draw a quarter-size preview now (scaled up, soft) and swap in
     * the full picture when it arrives, so the window never waits on it. */
    bool later = svg && im->async && im->n_jobs < JOB_QUEUE;
    /* A picture drawn at this size on an earlier start is in the cache of
     * drawn pictures (picture.c): read whole in ~1 ms, it needs no preview. */
    SDL_Surface *s = later ? picture_load_cached(path, w, h, cover) : NULL;
    later = later && !s;
    log_debug("render", "loading '%s' at %dx%d%s", path, w, h,
              s       ? " (drawn before)"
              : later ? " (preview)"
                      : "");
    char why[400];
    if (!s)
        s = picture_load(path, later ? (w + 3) / 4 : w, later ? (h + 3) / 4 : h, cover, why,
                         sizeof why);
    if (!s) {
        victim->failed = true;
        log_error("render", "picture '%s' %s; the scene is drawn without it", path, why);
        if (im->n_refused == IMAGE_SLOTS) { /* forget the oldest */
            attune_free(im->refused[0]);
            memmove(im->refused, im->refused + 1, sizeof im->refused[0] * (IMAGE_SLOTS - 1));
            im->n_refused--;
        }
        char *copy = str_dup(path); /* out of memory: only not remembered */
        if (copy)
            im->refused[im->n_refused++] = copy;
        return NULL;
    }
    set_texture(im, victim, s);
    log_debug("render", "loaded");
    char *job_path = later ? str_dup(path) : NULL;
    later = later && job_path; /* out of memory: the preview stays */
    victim->full = !later;
    if (later) {
        SDL_LockMutex(im->lock);
        im->jobs[im->n_jobs++] =
            (Job){(int)(victim - im->slots), victim->gen, job_path, w, h, cover};
        SDL_CondSignal(im->wake);
        SDL_UnlockMutex(im->lock);
    }
    if (out_w)
        *out_w = victim->w;
    if (out_h)
        *out_h = victim->h;
    return victim->tex;
}

bool images_draw(Images *im, const char *path, SDL_FRect dst, bool cover, float detail, Uint8 alpha)
{
    int tw = 0, th = 0;
    SDL_Texture *tex = images_get(im, path, (int)ceilf(dst.w * detail), (int)ceilf(dst.h * detail),
                                  cover, &tw, &th);
    if (!tex || tw <= 0 || th <= 0)
        return false;
    SDL_SetTextureAlphaMod(tex, alpha);
    /* NOTE: a covering picture is a room: opaque. Drawing it without blending
     * lets SDL stretch it straight into the target; with blending, a linear
     * stretch first builds a temporary surface the size of the window. */
    SDL_SetTextureBlendMode(tex, cover && alpha == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    if (cover) {
        /* Centre and crop to the destination. */
        float sx = (float)tw / dst.w, sy = (float)th / dst.h;
        float s = fminf(sx, sy);
        float cw = fminf(dst.w * s, (float)tw), ch = fminf(dst.h * s, (float)th);
        SDL_Rect src = {(int)((float)tw - cw) / 2, (int)((float)th - ch) / 2, (int)cw, (int)ch};
        SDL_RenderCopyF(im->renderer, tex, &src, &dst);
    } else {
        /* Fit inside, anchored bottom-centre (for portraits). At (nearly) its
         * own size the copy stays 1:1, which is far cheaper than scaling. */
        float s = fminf(dst.w / (float)tw, dst.h / (float)th);
        if (fabsf(s - 1.0f) < 0.02f)
            s = 1.0f;
        SDL_FRect d = {floorf(dst.x + (dst.w - (float)tw * s) / 2),
                       floorf(dst.y + dst.h - (float)th * s), (float)tw * s, (float)th * s};
        SDL_RenderCopyF(im->renderer, tex, NULL, &d);
    }
    return true;
}

bool render_save_png(SDL_Renderer *r, const char *path)
{
    int w = 0, h = 0;
    SDL_GetRendererOutputSize(r, &w, &h);
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    bool ok = s &&
              SDL_RenderReadPixels(r, NULL, SDL_PIXELFORMAT_ARGB8888, s->pixels, s->pitch) == 0 &&
              IMG_SavePNG(s, path) == 0;
    if (!ok)
        log_error("render", "cannot take a screenshot to '%s': %s", path, SDL_GetError());
    SDL_FreeSurface(s);
    return ok;
}
