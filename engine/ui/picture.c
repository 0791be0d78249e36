/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Pictures under one set of limits (see attune/picture.h for what and why).
 * Layer: UI (SDL2, SDL2_image). */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS, beside -D_POSIX_C_SOURCE */
#endif
#include "attune/picture.h"
#include "attune/alloc.h"
#include "attune/log.h"
#include "attune/paths.h"

#include <SDL_image.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <dirent.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define PICTURE_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PICTURE_SANITIZED 1
#endif
#endif

/* ---- Reading sizes without decoding ---------------------------------- */

static unsigned be32(const unsigned char *p)
{
    return (unsigned)p[0] << 24 | (unsigned)p[1] << 16 | (unsigned)p[2] << 8 | p[3];
}

static bool png_size(const unsigned char *b, size_t len, double *w, double *h)
{
    /* The signature, then IHDR first: length 13, "IHDR", width, height. */
    static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (len < 24 || memcmp(b, sig, 8) != 0 || memcmp(b + 12, "IHDR", 4) != 0)
        return false;
    *w = be32(b + 16);
    *h = be32(b + 20);
    return true;
}

/* A JPEG's size is in its frame header (SOF0..SOF15 but DHT, JPG and DAC),
 * found by walking the markers from the start. */
static bool jpeg_size(const unsigned char *b, size_t len, double *w, double *h)
{
    size_t i = 2;
    while (i + 4 <= len) {
        if (b[i] != 0xFF)
            return false;
        unsigned m = b[i + 1];
        if (m == 0xFF) { /* fill byte */
            i++;
            continue;
        }
        if (m == 0x01 || (m >= 0xD0 && m <= 0xD8)) { /* markers with no length */
            i += 2;
            continue;
        }
        if (m == 0xD9 || m == 0xDA) /* the end, or image data, before any frame header */
            return false;
        size_t seg = (size_t)b[i + 2] << 8 | b[i + 3];
        if (seg < 2)
            return false;
        if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC) {
            if (i + 9 > len)
                return false;
            *h = (double)((unsigned)b[i + 5] << 8 | b[i + 6]);
            *w = (double)((unsigned)b[i + 7] << 8 | b[i + 8]);
            return true;
        }
        i += 2 + seg;
    }
    return false;
}

/* ---- An SVG's text: its declared size, its elements, its coordinates ---- */

typedef struct SvgScan {
    const char *p, *end;
    double width, height, vb_w, vb_h;
    bool root_seen;
    int elements, numbers;
} SvgScan;

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Skip past `until`; false when the text ends first. */
static bool skip_past(SvgScan *sc, const char *until)
{
    size_t n = strlen(until);
    for (; sc->p + n <= sc->end; sc->p++)
        if (memcmp(sc->p, until, n) == 0) {
            sc->p += n;
            return true;
        }
    sc->p = sc->end;
    return false;
}

/* How many numbers a path's d= or a polygon's points= holds: what nanosvg
 * turns into points, and so what its time grows with. "1.5.5" is two. */
static int count_numbers(const char *s, const char *end)
{
    int n = 0;
    while (s < end) {
        if (is_digit(*s) || (*s == '.' && s + 1 < end && is_digit(s[1]))) {
            n++;
            while (s < end && is_digit(*s))
                s++;
            if (s < end && *s == '.')
                for (s++; s < end && is_digit(*s); s++) {
                }
            if (s < end && (*s == 'e' || *s == 'E')) {
                const char *e = s + 1;
                if (e < end && (*e == '+' || *e == '-'))
                    e++;
                if (e < end && is_digit(*e))
                    for (s = e; s < end && is_digit(*s); s++) {
                    }
            }
        } else {
            s++;
        }
    }
    return n;
}

/* A length as nanosvg reads one (px at 96 per inch); 0 when it is missing,
 * relative (%), or not a number. */
static double svg_length(const char *s, const char *end)
{
    char buf[64];
    size_t n = (size_t)(end - s) < sizeof buf - 1 ? (size_t)(end - s) : sizeof buf - 1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    char *unit;
    double v = strtod(buf, &unit);
    while (is_space(*unit))
        unit++;
    static const struct {
        const char *unit;
        double px;
    } units[] = {{"", 1},           {"px", 1},  {"pt", 96.0 / 72}, {"pc", 16}, {"mm", 96 / 25.4},
                 {"cm", 96 / 2.54}, {"in", 96}, {"em", 16},        {"ex", 8}};
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if (strncmp(unit, units[i].unit, 2) == 0 && strlen(unit) <= 2 &&
            strlen(unit) == strlen(units[i].unit))
            return isfinite(v) && v > 0 ? v * units[i].px : 0;
    return 0;
}

static void svg_viewbox(SvgScan *sc, const char *s, const char *end)
{
    char buf[256];
    size_t n = (size_t)(end - s) < sizeof buf - 1 ? (size_t)(end - s) : sizeof buf - 1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    double v[4] = {0};
    char *p = buf;
    for (int i = 0; i < 4; i++) {
        while (is_space(*p) || *p == ',')
            p++;
        char *next;
        v[i] = strtod(p, &next);
        if (next == p)
            return;
        p = next;
    }
    if (isfinite(v[2]) && isfinite(v[3]) && v[2] > 0 && v[3] > 0) {
        sc->vb_w = v[2];
        sc->vb_h = v[3];
    }
}

/* One element from just after its '<': count it, and read its attributes. */
static void svg_element(SvgScan *sc)
{
    const char *name = sc->p;
    while (sc->p < sc->end && !is_space(*sc->p) && *sc->p != '>' && *sc->p != '/')
        sc->p++;
    size_t name_len = (size_t)(sc->p - name);
    bool root = !sc->root_seen && name_len == 3 && memcmp(name, "svg", 3) == 0;
    sc->root_seen |= root;
    sc->elements++;
    while (sc->p < sc->end && *sc->p != '>') {
        if (is_space(*sc->p) || *sc->p == '/') {
            sc->p++;
            continue;
        }
        const char *attr = sc->p;
        while (sc->p < sc->end && *sc->p != '=' && *sc->p != '>' && !is_space(*sc->p))
            sc->p++;
        size_t attr_len = (size_t)(sc->p - attr);
        while (sc->p < sc->end && is_space(*sc->p))
            sc->p++;
        if (sc->p >= sc->end || *sc->p != '=')
            continue;
        sc->p++;
        while (sc->p < sc->end && is_space(*sc->p))
            sc->p++;
        if (sc->p >= sc->end || (*sc->p != '"' && *sc->p != '\''))
            continue;
        char quote = *sc->p++;
        const char *value = sc->p;
        while (sc->p < sc->end && *sc->p != quote)
            sc->p++;
        const char *value_end = sc->p;
        if (sc->p < sc->end)
            sc->p++;
#define ATTR_IS(s) (attr_len == sizeof(s) - 1 && memcmp(attr, s, sizeof(s) - 1) == 0)
        if (ATTR_IS("d") || ATTR_IS("points"))
            sc->numbers += count_numbers(value, value_end);
        else if (root && ATTR_IS("width"))
            sc->width = svg_length(value, value_end);
        else if (root && ATTR_IS("height"))
            sc->height = svg_length(value, value_end);
        else if (root && ATTR_IS("viewBox"))
            svg_viewbox(sc, value, value_end);
#undef ATTR_IS
    }
}

static void svg_scan(SvgScan *sc)
{
    while (sc->p < sc->end) {
        if (*sc->p++ != '<')
            continue;
        size_t left = (size_t)(sc->end - sc->p);
        if (left >= 3 && memcmp(sc->p, "!--", 3) == 0)
            skip_past(sc, "-->");
        else if (left >= 8 && memcmp(sc->p, "![CDATA[", 8) == 0)
            skip_past(sc, "]]>");
        else if (left >= 1 && *sc->p == '?')
            skip_past(sc, "?>");
        else if (left >= 1 && (*sc->p == '!' || *sc->p == '/'))
            skip_past(sc, ">");
        else
            svg_element(sc);
    }
}

static bool looks_like_svg(const unsigned char *b, size_t len)
{
    size_t n = len < 4096 ? len : 4096;
    for (size_t i = 0; i + 4 <= n; i++)
        if (memcmp(b + i, "<svg", 4) == 0)
            return true;
    return false;
}

bool picture_inspect(const void *data, size_t len, PictureInfo *info, char *why, size_t wn)
{
    const unsigned char *b = data;
    memset(info, 0, sizeof *info);
    if (png_size(b, len, &info->w, &info->h)) {
        info->kind = PICTURE_PNG;
    } else if (len >= 3 && b[0] == 0xFF && b[1] == 0xD8) {
        info->kind = PICTURE_JPEG;
        if (!jpeg_size(b, len, &info->w, &info->h)) {
            snprintf(why, wn, "is a JPEG whose size cannot be read (no frame header)");
            return false;
        }
    } else if (looks_like_svg(b, len)) {
        info->kind = PICTURE_SVG;
        if (len > PICTURE_SVG_MAX_BYTES) {
            snprintf(why, wn, "is an SVG of %zu KB; an SVG may have at most %u KB", len / 1024,
                     PICTURE_SVG_MAX_BYTES / 1024);
            return false;
        }
        SvgScan sc = {.p = (const char *)b, .end = (const char *)b + len};
        svg_scan(&sc);
        info->elements = sc.elements;
        info->numbers = sc.numbers;
        /* As nanosvg: width and height, else the viewBox's. */
        info->w = sc.width > 0 ? sc.width : sc.vb_w;
        info->h = sc.height > 0 ? sc.height : sc.vb_h;
        if (sc.elements > PICTURE_SVG_MAX_ELEMENTS) {
            snprintf(why, wn, "has %d SVG elements; a picture may have at most %d", sc.elements,
                     PICTURE_SVG_MAX_ELEMENTS);
            return false;
        }
        if (sc.numbers > PICTURE_SVG_MAX_NUMBERS) {
            snprintf(why, wn,
                     "has %d numbers in its paths; a picture may have at most %d "
                     "(simplify its paths)",
                     sc.numbers, PICTURE_SVG_MAX_NUMBERS);
            return false;
        }
        if (!(info->w > 0 && info->h > 0)) {
            snprintf(why, wn,
                     "declares no size: give its <svg> a viewBox (or a width and a "
                     "height)");
            return false;
        }
    } else {
        snprintf(why, wn, "is not a PNG, JPEG or SVG picture");
        return false;
    }
    if (!(info->w >= 1 && info->h >= 1)) {
        snprintf(why, wn, "declares a size of %gx%g", info->w, info->h);
        return false;
    }
    double aspect = info->w > info->h ? info->w / info->h : info->h / info->w;
    if (aspect > PICTURE_MAX_ASPECT) {
        snprintf(why, wn, "is %gx%g, %.0f times as %s as it is %s; a picture may be at most %d",
                 info->w, info->h, aspect, info->w > info->h ? "wide" : "tall",
                 info->w > info->h ? "tall" : "wide", PICTURE_MAX_ASPECT);
        return false;
    }
    if (info->kind != PICTURE_SVG && (info->w > PICTURE_MAX_SIDE || info->h > PICTURE_MAX_SIDE ||
                                      info->w * info->h > PICTURE_MAX_PIXELS)) {
        snprintf(why, wn,
                 "is %.0fx%.0f pixels; a picture may have at most %d pixels (3840x2160) "
                 "and %d on a side",
                 info->w, info->h, PICTURE_MAX_PIXELS, PICTURE_MAX_SIDE);
        return false;
    }
    return true;
}

void picture_box(double w, double h, int bw, int bh, bool cover, int *out_w, int *out_h)
{
    double a = w / h, W = bw > 0 ? bw : 1, H = bh > 0 ? bh : 1;
    double ow, oh;
    if ((W / H > a) == cover) { /* as wide as the box */
        ow = W;
        oh = W / a;
    } else { /* as tall as the box */
        oh = H;
        ow = H * a;
    }
    double f = 1;
    if (ow * oh > PICTURE_MAX_PIXELS)
        f = sqrt(PICTURE_MAX_PIXELS / (ow * oh));
    if (ow * f > PICTURE_MAX_SIDE)
        f = PICTURE_MAX_SIDE / ow;
    if (oh * f > PICTURE_MAX_SIDE)
        f = PICTURE_MAX_SIDE / oh;
    *out_w = (int)fmax(1, floor(ow * f));
    *out_h = (int)fmax(1, floor(oh * f));
}

/* ---- Decoding in a child process with a deadline --------------------- */

/* What the child hands back, in memory shared with it. */
typedef struct Shared {
    size_t mapped; /* the mapping's length, set by the parent (picture_free) */
    int w, h;
    char error[200];
    Uint32 pixels[]; /* ARGB8888, w * h, rows packed */
} Shared;

/* NOTE: a fork while another thread holds the write end of another
 * picture's pipe would keep that pipe open in this child, and its parent
 * would wait the full deadline for a child that already died. The pipe is
 * made and its write end closed in the parent under this lock. */
static pthread_mutex_t fork_lock = PTHREAD_MUTEX_INITIALIZER;

/* In the child: cap its memory (a dash pattern or a path can make nanosvg
 * allocate without end) at what it has now plus 256 MB. Not under ASan,
 * which reserves terabytes of address space for its shadow. */
static void child_limit_memory(void)
{
#ifndef PICTURE_SANITIZED
    long pages = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f) {
        if (fscanf(f, "%ld", &pages) != 1)
            pages = 0;
        fclose(f);
    }
    if (pages > 0) {
        rlim_t cap = (rlim_t)pages * (rlim_t)sysconf(_SC_PAGESIZE) + ((rlim_t)256 << 20);
        struct rlimit rl = {cap, cap};
        setrlimit(RLIMIT_AS, &rl);
    }
#endif
}

/* In the child: SIGPROF (which ends it) after PICTURE_DRAW_MS of its own CPU
 * time. NOTE: CPU time, not wall time: a picture that draws in 0.3 s was
 * refused by `check` on a machine busy with two builds, where the same 0.3 s
 * of work took more than a second to get. */
static void child_limit_time(void)
{
    /* NOTE: SDL's threads block SIGPROF, and a child forked from the picture
     * worker inherits that mask: unblocked here, or the timer never ends it. */
    signal(SIGPROF, SIG_DFL);
    sigset_t prof;
    sigemptyset(&prof);
    sigaddset(&prof, SIGPROF);
    sigprocmask(SIG_UNBLOCK, &prof, NULL);
    struct itimerval t = {{0, 0}, {PICTURE_DRAW_MS / 1000, (PICTURE_DRAW_MS % 1000) * 1000}};
    setitimer(ITIMER_PROF, &t, NULL);
}

static void child_decode(const void *data, size_t len, const PictureInfo *info, int bw, int bh,
                         Shared *out, int max_w, int max_h)
{
    child_limit_time();
    child_limit_memory();
    SDL_RWops *rw = SDL_RWFromConstMem(data, (int)len);
    SDL_Surface *s = NULL;
    if (rw)
        s = info->kind == PICTURE_PNG    ? IMG_LoadPNG_RW(rw)
            : info->kind == PICTURE_JPEG ? IMG_LoadJPG_RW(rw)
                                         : IMG_LoadSizedSVG_RW(rw, bw, bh);
    if (rw)
        SDL_RWclose(rw);
    if (!s) {
        snprintf(out->error, sizeof out->error, "cannot be read as a picture: %s", SDL_GetError());
        return;
    }
    /* A decoder that gave more than the header said (it never should) is
     * refused rather than trusted. */
    if (s->w < 1 || s->h < 1 || s->w > max_w || s->h > max_h ||
        SDL_ConvertPixels(s->w, s->h, s->format->format, s->pixels, s->pitch,
                          SDL_PIXELFORMAT_ARGB8888, out->pixels, s->w * 4) != 0) {
        snprintf(out->error, sizeof out->error, "came out %dx%d, not the size it declares", s->w,
                 s->h);
        return;
    }
    out->w = s->w;
    out->h = s->h;
}

/* Wait for the child to write its one byte, until the deadline: 1 when it
 * did, 0 when time ran out, -1 when it died first (its end of the pipe
 * closed with nothing written). */
static int wait_child(int fd, Uint32 ms)
{
    Uint32 start = SDL_GetTicks();
    for (;;) {
        Uint32 spent = SDL_GetTicks() - start;
        if (spent >= ms)
            return 0;
        struct pollfd p = {fd, POLLIN, 0};
        int r = poll(&p, 1, (int)(ms - spent));
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return 0;
        char c;
        return read(fd, &c, 1) == 1 ? 1 : -1;
    }
}

/* ---- Drawn pictures kept on disk -------------------------------------- */

/* NOTE: drawing the two previews in children is most of the first frame
 * (10-15 ms at 1080p), and the full-size room and person come 50 and 25 ms
 * after it. So once a child has drawn a picture, its pixels are kept in the
 * user's cache folder, and every later start shows them without drawing.
 * An entry is named by what the pixels depend on: a hash of the picture
 * file's bytes, its kind, the most it may be drawn at (max_w x max_h: the
 * header's size for a PNG or JPEG, the box for an SVG), the pixel format
 * and the version of this layout. It only ever holds pixels our own child
 * produced within the limits (the file's bytes are inspected before the
 * lookup, as before drawing), so reading them back in the process is safe;
 * a file whose header or length does not match is removed. */

enum { CACHE_VERSION = 1 };
static const char cache_magic[8] = {'A', 'T', 'P', 'I', 'X', 'C', 'A', 'C'};

typedef struct CacheHeader {
    char magic[8];
    uint32_t version, w, h, pitch, format, reserved;
    uint64_t payload; /* bytes of pixels after the header: pitch * h */
    uint64_t key;     /* the entry's key again, against a renamed file */
} CacheHeader;

static atomic_ulong drawn_count;
static atomic_size_t cache_max = (size_t)128 << 20;
static atomic_bool cache_warned;

unsigned long picture_drawn_count(void)
{
    return atomic_load(&drawn_count);
}

void picture_cache_set_max(size_t bytes)
{
    atomic_store(&cache_max, bytes);
}

static uint64_t fnv1a(uint64_t h, const void *data, size_t len)
{
    const unsigned char *b = data;
    for (size_t i = 0; i < len; i++) {
        h ^= b[i];
        h *= 1099511628211ull;
    }
    return h;
}

static uint64_t cache_key(const void *data, size_t len, const PictureInfo *info, int max_w,
                          int max_h)
{
    uint64_t h = fnv1a(14695981039346656037ull, data, len);
    uint32_t parts[5] = {CACHE_VERSION, (uint32_t)info->kind, (uint32_t)max_w, (uint32_t)max_h,
                         SDL_PIXELFORMAT_ARGB8888};
    return fnv1a(h, parts, sizeof parts);
}

/* $XDG_CACHE_HOME/attune/pictures, else ~/.cache/attune/pictures (an empty
 * or relative XDG_CACHE_HOME is ignored, as the XDG spec says); false when
 * the cache is off (ATTUNE_NO_PICTURE_CACHE) or there is no such folder. */
static bool cache_dir(char *out, size_t n)
{
    const char *off = getenv("ATTUNE_NO_PICTURE_CACHE");
    if (off && off[0] && strcmp(off, "0") != 0)
        return false;
    const char *xdg = getenv("XDG_CACHE_HOME");
    if (xdg && xdg[0] == '/')
        return paths_join(out, n, xdg, "attune/pictures");
    const char *home = getenv("HOME");
    return home && home[0] && paths_join(out, n, home, ".cache/attune/pictures");
}

static bool cache_path(char *out, size_t n, uint64_t key)
{
    char dir[1100];
    if (!cache_dir(dir, sizeof dir))
        return false;
    int k = snprintf(out, n, "%s/%016llx.px", dir, (unsigned long long)key);
    return k > 0 && (size_t)k < n;
}

static void cache_warn(const char *what, const char *path)
{
    if (!atomic_exchange(&cache_warned, true))
        log_debug("picture", "no picture cache: cannot %s '%s': %s", what, path, strerror(errno));
}

/* The surface over a Shared the caller filled; NULL with why when SDL
 * cannot make one (the mapping is then the caller's to unmap). */
static SDL_Surface *shared_surface(Shared *sh, size_t size, char *why, size_t wn)
{
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormatFrom(sh->pixels, sh->w, sh->h, 32, sh->w * 4,
                                                        SDL_PIXELFORMAT_ARGB8888);
    if (s) {
        sh->mapped = size;
        s->userdata = sh;
    } else {
        snprintf(why, wn, "cannot be held: %s", SDL_GetError());
    }
    return s;
}

/* The entry for `key`, no larger than max_w x max_h, as a surface like the
 * child's (picture_free frees it); NULL when there is none or it is not
 * whole (then it is removed). */
static SDL_Surface *cache_lookup(uint64_t key, int max_w, int max_h)
{
    char path[1200];
    if (!cache_path(path, sizeof path, key))
        return NULL;
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0)
        return NULL;
    struct stat st;
    CacheHeader hd;
    size_t most = sizeof hd + (size_t)max_w * (size_t)max_h * 4;
    bool whole =
        fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= (off_t)sizeof hd &&
        (size_t)st.st_size <= most && paths_read_all(fd, &hd, sizeof hd) &&
        memcmp(hd.magic, cache_magic, sizeof cache_magic) == 0 && hd.version == CACHE_VERSION &&
        hd.format == SDL_PIXELFORMAT_ARGB8888 && hd.key == key && hd.w >= 1 && hd.h >= 1 &&
        hd.w <= (uint32_t)max_w && hd.h <= (uint32_t)max_h && hd.pitch == hd.w * 4 &&
        hd.payload == (uint64_t)hd.pitch * hd.h && (uint64_t)st.st_size == sizeof hd + hd.payload;
    SDL_Surface *s = NULL;
    Shared *sh = MAP_FAILED;
    size_t size = 0;
    if (whole) {
        size = sizeof(Shared) + (size_t)hd.payload;
        sh = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (sh != MAP_FAILED) {
            sh->w = (int)hd.w;
            sh->h = (int)hd.h;
            char why[64];
            if (paths_read_all(fd, sh->pixels, (size_t)hd.payload))
                s = shared_surface(sh, size, why, sizeof why);
            else
                whole = false;
            if (!s)
                munmap(sh, size);
        }
    }
    if (whole)
        futimens(fd, NULL); /* used now: the bound removes the least recently used */
    close(fd);
    if (!whole) {
        log_debug("picture", "removing the damaged cache entry '%s'", path);
        unlink(path);
    }
    return s;
}

/* Keep the folder under cache_max: remove the least recently used entries
 * (by mtime, which a lookup renews). Run after a write only, which is rare:
 * a few entries per story and size. */
static void cache_bound(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    typedef struct Entry {
        char name[64];
        time_t mtime;
        long nsec;
        size_t size;
    } Entry;
    Entry *all = NULL;
    size_t n = 0, cap = 0, total = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t nl = strlen(e->d_name);
        if (nl < 4 || nl >= sizeof all->name || strcmp(e->d_name + nl - 3, ".px") != 0 ||
            e->d_name[0] == '.')
            continue;
        struct stat st;
        if (fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
            continue;
        if (n == cap) {
            size_t nc = cap ? cap * 2 : 32;
            Entry *na = attune_realloc(all, nc * sizeof *na);
            if (!na)
                break;
            all = na;
            cap = nc;
        }
        memcpy(all[n].name, e->d_name, nl + 1);
        all[n].mtime = st.st_mtim.tv_sec;
        all[n].nsec = st.st_mtim.tv_nsec;
        all[n].size = (size_t)st.st_size;
        total += all[n].size;
        n++;
    }
    size_t max = atomic_load(&cache_max);
    while (total > max && n > 0) {
        size_t old = 0;
        for (size_t i = 1; i < n; i++)
            if (all[i].mtime < all[old].mtime ||
                (all[i].mtime == all[old].mtime && all[i].nsec < all[old].nsec))
                old = i;
        unlinkat(dirfd(d), all[old].name, 0);
        total -= all[old].size;
        all[old] = all[--n];
    }
    attune_free(all);
    closedir(d);
}

/* Keep what the child drew under `key`: written whole to a temporary file
 * and renamed, so a reader sees the old entry, none, or this one. No fsync:
 * a cache lost in a crash is only drawn again, and a torn one fails the
 * length check. */
static void cache_store(uint64_t key, const SDL_Surface *s)
{
    char dir[1100], path[1200], tmp[1300];
    if (!cache_dir(dir, sizeof dir) || !cache_path(path, sizeof path, key))
        return;
    if (!paths_make_dirs(dir)) {
        cache_warn("create", dir);
        return;
    }
    snprintf(tmp, sizeof tmp, "%s/.%016llx.tmp.%ld.%lu", dir, (unsigned long long)key,
             (long)getpid(), (unsigned long)atomic_load(&drawn_count));
    CacheHeader hd = {.version = CACHE_VERSION,
                      .w = (uint32_t)s->w,
                      .h = (uint32_t)s->h,
                      .pitch = (uint32_t)s->w * 4,
                      .format = SDL_PIXELFORMAT_ARGB8888,
                      .payload = (uint64_t)s->w * 4 * (uint64_t)s->h,
                      .key = key};
    memcpy(hd.magic, cache_magic, sizeof hd.magic);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        cache_warn("write", tmp);
        return;
    }
    bool ok =
        paths_write_all(fd, &hd, sizeof hd) && paths_write_all(fd, s->pixels, (size_t)hd.payload);
    if (close(fd) != 0)
        ok = false;
    if (!ok || rename(tmp, path) != 0) {
        cache_warn("write", path);
        unlink(tmp);
        return;
    }
    cache_bound(dir);
}

static SDL_Surface *decode_guarded(const void *data, size_t len, const PictureInfo *info, int bw,
                                   int bh, int max_w, int max_h, char *why, size_t wn)
{
    size_t size = sizeof(Shared) + (size_t)max_w * (size_t)max_h * 4;
    Shared *sh = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (sh == MAP_FAILED) {
        snprintf(why, wn, "cannot be decoded: no memory (%s)", strerror(errno));
        return NULL;
    }
    atomic_fetch_add(&drawn_count, 1);
    int fds[2] = {-1, -1};
    pid_t pid = -1;
    pthread_mutex_lock(&fork_lock);
    if (pipe(fds) == 0) {
        fcntl(fds[0], F_SETFD, FD_CLOEXEC);
        fcntl(fds[1], F_SETFD, FD_CLOEXEC);
        pid = fork();
        if (pid == 0) {
            close(fds[0]);
            child_decode(data, len, info, bw, bh, sh, max_w, max_h);
            char done = 1;
            ssize_t wrote = write(fds[1], &done, 1);
            _exit(wrote == 1 ? 0 : 1);
        }
        close(fds[1]);
    }
    pthread_mutex_unlock(&fork_lock);
    SDL_Surface *s = NULL;
    int waited = pid > 0 ? wait_child(fds[0], PICTURE_WALL_MS) : 0;
    if (pid > 0 && waited == 0)
        kill(pid, SIGKILL);
    int status = 0;
    if (pid > 0)
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
    bool out_of_time =
        waited == 0 || (waited < 0 && WIFSIGNALED(status) && WTERMSIG(status) == SIGPROF);
    if (pid < 0) {
        snprintf(why, wn, "cannot be decoded: %s", strerror(errno));
    } else if (out_of_time) {
        snprintf(why, wn, "took longer than %.1f s to %s at %dx%d; simplify it",
                 (waited == 0 ? PICTURE_WALL_MS : PICTURE_DRAW_MS) / 1000.0,
                 info->kind == PICTURE_SVG ? "draw" : "decode",
                 info->kind == PICTURE_SVG ? bw : max_w, info->kind == PICTURE_SVG ? bh : max_h);
    } else if (waited < 0) {
        snprintf(why, wn, "made the %s fail (its process died)",
                 info->kind == PICTURE_SVG ? "SVG drawing" : "decoder");
    } else if (sh->w <= 0) {
        snprintf(why, wn, "%s", sh->error[0] ? sh->error : "cannot be decoded");
    } else {
        /* NOTE: the surface is the child's pixels where they are, not a copy:
         * copying them made a full-size picture's pixels three times over for
         * a moment (the shared memory, the copy and the texture made from it).
         * The mapping goes with the surface (picture_free). The child is gone
         * by then (waited for above), so nothing else writes to it. */
        s = shared_surface(sh, size, why, wn);
    }
    if (fds[0] >= 0)
        close(fds[0]);
    if (!s)
        munmap(sh, size);
    return s;
}

void picture_free(SDL_Surface *s)
{
    if (!s)
        return;
    Shared *sh = s->userdata;
    SDL_FreeSurface(s);
    if (sh)
        munmap(sh, sh->mapped);
}

/* How load uses the cache of drawn pictures. */
typedef enum LoadMode { LOAD_DRAW, LOAD_CACHE_OR_DRAW, LOAD_CACHE_ONLY } LoadMode;

static SDL_Surface *load(const char *path, int w, int h, bool cover, LoadMode mode, char *why,
                         size_t wn)
{
    char dir[1100];
    bool cached = mode != LOAD_DRAW && cache_dir(dir, sizeof dir);
    if (mode == LOAD_CACHE_ONLY && !cached) {
        snprintf(why, wn, "is not kept: the picture cache is off");
        return NULL;
    }
    size_t len = 0;
    char *data = paths_read_regular(path, PICTURE_MAX_BYTES, &len, why, wn);
    if (!data)
        return NULL;
    PictureInfo info;
    SDL_Surface *s = NULL;
    if (picture_inspect(data, len, &info, why, wn)) {
        int bw = 0, bh = 0;
        if (info.kind == PICTURE_SVG)
            picture_box(info.w, info.h, w, h, cover, &bw, &bh);
        /* Room for what the header said (a PNG or JPEG) or for the box (an
         * SVG, which nanosvg may round up by a pixel). */
        int max_w = info.kind == PICTURE_SVG ? bw + 1 : (int)info.w;
        int max_h = info.kind == PICTURE_SVG ? bh + 1 : (int)info.h;
        uint64_t key = cached ? cache_key(data, len, &info, max_w, max_h) : 0;
        if (cached)
            s = cache_lookup(key, max_w, max_h);
        if (!s && mode == LOAD_CACHE_ONLY)
            snprintf(why, wn, "has not been drawn at that size yet");
        else if (!s) {
            s = decode_guarded(data, len, &info, bw, bh, max_w, max_h, why, wn);
            if (s && cached)
                cache_store(key, s);
        }
    }
    attune_free(data);
    return s;
}

SDL_Surface *picture_load(const char *path, int w, int h, bool cover, char *why, size_t wn)
{
    return load(path, w, h, cover, LOAD_CACHE_OR_DRAW, why, wn);
}

SDL_Surface *picture_load_cached(const char *path, int w, int h, bool cover)
{
    char why[400];
    return load(path, w, h, cover, LOAD_CACHE_ONLY, why, sizeof why);
}

/* NOTE: never the cache: check is to prove that each picture draws within
 * the limits now, in a child, not that it once did. */
bool picture_check(const char *path, bool cover, char *why, size_t wn)
{
    SDL_Surface *s = load(path, PICTURE_CHECK_W, PICTURE_CHECK_H, cover, LOAD_DRAW, why, wn);
    picture_free(s);
    return s != NULL;
}
