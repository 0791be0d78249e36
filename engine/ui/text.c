/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Text: the *emphasis* / **strong** / [[link]] markup drawn (markup.c reads
 * it, utf8.c decodes it), greedy word wrap, and two caches: laid-out
 * paragraphs, and rendered runs of one style. Layer: UI (SDL2_ttf).
 * Runs are rendered white and tinted with a colour modulation, so one
 * texture serves every colour; a typewriter reveal clips the last visible
 * run instead of rendering new glyphs each frame.
 * Every cache belongs to the current family: changing it empties them all. */
#include "attune/text.h"
#include "attune/alloc.h"
#include "attune/log.h"
#include "attune/markup.h"
#include "attune/paths.h"
#include "attune/utf8.h"
#include "attune/sdl_host.h"

#include <SDL_ttf.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum {
    FAMILIES = 2,      /* the TextFamily a player chooses */
    FACE_FAMILIES = 3, /* and, for letters neither has, DejaVu Sans */
    FAMILY_FALLBACK = 2,
    FACES = 4,
    FONT_SLOTS = 24,
    LAYOUT_SLOTS = 96,
    RUN_SLOTS = 768,
    MAX_RUNS = 512,
    WIDTH_SLOTS = 8192, /* power of two */
    WIDTH_MAX_LEN = 24, /* longer strings are measured each time */
};

/* Widths of short strings (words) already measured, per face and size. */
typedef struct WidthEntry {
    uint32_t hash;
    int16_t px;
    uint8_t style, len;
    int w;
    char s[WIDTH_MAX_LEN];
} WidthEntry;

typedef struct OpenFont {
    TTF_Font *font;
    int family, style, px;
    unsigned used;
} OpenFont;

typedef struct Run {
    int x, y, w;
    int style;      /* the face: a TextStyle */
    int link;       /* which [[link]] of the paragraph it shows (1, 2, ...); 0: none */
    int start, len; /* bytes in Layout.buf */
    int chars;      /* code points */
} Run;

typedef struct Layout {
    uint64_t key;
    char *src;
    int px, width, style;
    char *buf;
    Run *runs;
    int n_runs;
    int height, max_w, lines, chars;
    unsigned used;
} Layout;

typedef struct RunTex {
    uint64_t key;
    char *text;
    int style, px;
    SDL_Texture *tex;
    int w, h;
    unsigned used;
} RunTex;

struct Text {
    SDL_Renderer *renderer;
    char *font_dir;
    int family;                            /* a TextFamily */
    bool family_failed[FACE_FAMILIES];     /* its faces could not be read (logged once) */
    char *face_path[FACE_FAMILIES][FACES]; /* each face's file, read as glyphs are needed */
    OpenFont fonts[FONT_SLOTS];
    Layout layouts[LAYOUT_SLOTS];
    RunTex runs[RUN_SLOTS];
    WidthEntry *widths; /* direct-mapped cache of word widths */
    unsigned tick;
};

/* Per family, the files of the faces in TextStyle order. */
static const char *const face_files[FACE_FAMILIES][FACES] = {
    {"OpenSans-Regular.ttf", "OpenSans-Italic.ttf", "OpenSans-Semibold.ttf",
     "OpenSans-SemiboldItalic.ttf"},
    {"OpenDyslexic-Regular.otf", "OpenDyslexic-Italic.otf", "OpenDyslexic-Bold.otf",
     "OpenDyslexic-BoldItalic.otf"},
    {"DejaVuSans.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-Bold.ttf",
     "DejaVuSans-BoldOblique.ttf"},
};

/* Where Debian's fonts-open-sans and fonts-opendyslexic put the same files
 * (byte for byte the copies in assets/fonts). The Debian package depends on
 * those packages and ships no copy; a checkout or a `cmake --install` has its
 * own copies in `font_dir`, which come first. */
/* Open Sans has Latin, Greek and Cyrillic; OpenDyslexic Latin only, so a
 * word it has no letters for is shown in Open Sans; DejaVu Sans (Debian's
 * fonts-dejavu-core) takes what neither has (docs/translating.md). */
static const char *system_font_dirs[FACE_FAMILIES] = {
    "/usr/share/fonts/truetype/open-sans",
    "/usr/share/fonts/opentype/opendyslexic",
    "/usr/share/fonts/truetype/dejavu",
};

void text_set_system_font_dirs(const char *sans, const char *dyslexic)
{
    system_font_dirs[TEXT_FAMILY_SANS] = sans;
    system_font_dirs[TEXT_FAMILY_DYSLEXIC] = dyslexic;
}

void text_set_fallback_font_dir(const char *dir)
{
    system_font_dirs[FAMILY_FALLBACK] = dir;
}

/* Find one face: in the game's fonts folder, else in the system's. */
static char *find_face(const Text *t, int family, const char *file)
{
    const char *dirs[2] = {t->font_dir, system_font_dirs[family]};
    for (int d = 0; d < 2; d++) {
        char path[1200];
        /* NOTE: the first folder lacks the fonts in the Debian package. */
        if (!paths_join(path, sizeof path, dirs[d], file) || access(path, R_OK) != 0)
            continue;
        FILE *f = paths_open_regular(path, 32u << 20, NULL, 0);
        if (f) {
            fclose(f);
            return str_dup(path);
        }
    }
    return NULL;
}

/* Find the four faces of `family`; all or none.
 * NOTE: a face is opened from its file, not read into memory: FreeType
 * reads a glyph's outline when it first draws it, and the few tables
 * HarfBuzz shapes with are copied per size either way, so the files' ~0.9
 * MB (Open Sans) never need to be resident. A file that shrinks while the
 * game runs costs glyphs (FreeType reports a read error), never a crash,
 * which is why they are not mapped (SIGBUS). */
static bool load_family(Text *t, int family)
{
    for (int i = 0; i < FACES; i++) {
        const char *file = face_files[family][i];
        t->face_path[family][i] = find_face(t, family, file);
        /* fonts-dejavu-core has no obliques (fonts-dejavu-extra has):
         * the upright face stands in for them */
        if (!t->face_path[family][i] && family == FAMILY_FALLBACK && (i & 1) &&
            t->face_path[family][i - 1])
            t->face_path[family][i] = str_dup(t->face_path[family][i - 1]);
        if (!t->face_path[family][i]) {
            log_error("text", "cannot load font '%s' from '%s' or '%s'", file, t->font_dir,
                      system_font_dirs[family]);
            for (int k = 0; k < FACES; k++) {
                attune_free(t->face_path[family][k]);
                t->face_path[family][k] = NULL;
            }
            return false;
        }
    }
    return true;
}

Text *text_create(SDL_Renderer *r, const char *font_dir)
{
    if (!sdl_host_init_fonts()) {
        log_error("text", "cannot start SDL_ttf: %s", TTF_GetError());
        return NULL;
    }
    Text *t = attune_calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->renderer = r;
    t->family = TEXT_FAMILY_SANS;
    t->font_dir = str_dup(font_dir ? font_dir : ".");
    t->widths = attune_calloc(WIDTH_SLOTS, sizeof *t->widths);
    if (!t->font_dir || !load_family(t, TEXT_FAMILY_SANS)) {
        text_destroy(t);
        return NULL;
    }
    return t;
}

static void drop_layout(Layout *l)
{
    attune_free(l->src);
    attune_free(l->buf);
    attune_free(l->runs);
    memset(l, 0, sizeof *l);
}

static void drop_run(RunTex *r)
{
    if (r->tex)
        SDL_DestroyTexture(r->tex);
    attune_free(r->text);
    memset(r, 0, sizeof *r);
}

void text_flush(Text *t)
{
    for (int i = 0; i < RUN_SLOTS; i++)
        drop_run(&t->runs[i]);
}

/* Drop everything measured, laid out, opened or rendered (not the faces). */
static void drop_caches(Text *t)
{
    text_flush(t);
    for (int i = 0; i < LAYOUT_SLOTS; i++)
        drop_layout(&t->layouts[i]);
    for (int i = 0; i < FONT_SLOTS; i++) {
        if (t->fonts[i].font)
            TTF_CloseFont(t->fonts[i].font);
        memset(&t->fonts[i], 0, sizeof t->fonts[i]);
    }
    if (t->widths)
        memset(t->widths, 0, WIDTH_SLOTS * sizeof *t->widths);
}

void text_destroy(Text *t)
{
    if (!t)
        return;
    drop_caches(t);
    for (int f = 0; f < FACE_FAMILIES; f++)
        for (int i = 0; i < FACES; i++)
            attune_free(t->face_path[f][i]);
    attune_free(t->widths);
    attune_free(t->font_dir);
    attune_free(t);
}

bool text_set_family(Text *t, TextFamily f)
{
    int family = (int)f;
    if (family < 0 || family >= FAMILIES)
        return false;
    if (family == t->family)
        return true;
    if (!t->face_path[family][0]) {
        if (t->family_failed[family])
            return false;
        if (!load_family(t, family)) {
            /* NOTE: logged here once; later calls fail quietly. */
            log_error("text", "the dyslexia-friendly font is missing from '%s'; staying with %s",
                      t->font_dir, "Open Sans");
            t->family_failed[family] = true;
            return false;
        }
    }
    drop_caches(t);
    t->family = family;
    return true;
}

/* The face `style` of `family` at `px` pixels, opened on first use and
 * kept (LRU). */
static TTF_Font *font_get_in(Text *t, int family, int style, int px)
{
    if (px < 4)
        px = 4;
    if (px > 400)
        px = 400;
    OpenFont *victim = &t->fonts[0];
    for (int i = 0; i < FONT_SLOTS; i++) {
        OpenFont *f = &t->fonts[i];
        if (f->font && f->family == family && f->style == style && f->px == px) {
            f->used = ++t->tick;
            return f->font;
        }
        if (!f->font || (victim->font && f->used < victim->used))
            victim = f;
    }
    /* A family that is not there (DejaVu Sans not installed) evicts no
     * face: the victim may be in use, and its slot would keep it closed. */
    if (!t->face_path[family][style])
        return NULL;
    if (victim->font)
        TTF_CloseFont(victim->font);
    SDL_RWops *rw = SDL_RWFromFile(t->face_path[family][style], "rb");
    victim->font = rw ? TTF_OpenFontRW(rw, 1, px) : NULL;
    if (!victim->font) {
        log_error("text", "cannot open '%s' at %dpx: %s", face_files[family][style], px,
                  TTF_GetError());
        memset(victim, 0, sizeof *victim);
        return NULL;
    }
    TTF_SetFontHinting(victim->font, TTF_HINTING_LIGHT);
    victim->family = family;
    victim->style = style;
    victim->px = px;
    victim->used = ++t->tick;
    return victim->font;
}

static TTF_Font *font_get(Text *t, int style, int px)
{
    return font_get_in(t, t->family, style, px);
}

/* Has `f` a glyph for every letter of `len` bytes of `s`? */
static bool has_glyphs(TTF_Font *f, const char *s, int len)
{
    size_t i = 0;
    while (i < (size_t)len) {
        uint32_t c = utf8_next(s, (size_t)len, &i);
        if (c > 0x20 && c != 0xA0 && c != 0xAD && (c < 0x200B || c > 0x200F) &&
            !TTF_GlyphIsProvided32(f, c))
            return false;
    }
    return true;
}

/* The face for `len` bytes of `s` (a word or a run): the family chosen,
 * else Open Sans when it has letters the chosen one lacks (OpenDyslexic has
 * no Greek or Cyrillic), else DejaVu Sans, read when first needed; the
 * chosen one when none has them all (the missing letters show as boxes). */
static TTF_Font *font_for(Text *t, int style, int px, const char *s, int len)
{
    TTF_Font *f = font_get(t, style, px);
    if (!f || has_glyphs(f, s, len))
        return f;
    if (t->family != TEXT_FAMILY_SANS) {
        TTF_Font *sans = font_get_in(t, TEXT_FAMILY_SANS, style, px);
        if (sans && has_glyphs(sans, s, len))
            return sans;
    }
    if (!t->face_path[FAMILY_FALLBACK][0] && !t->family_failed[FAMILY_FALLBACK] &&
        !load_family(t, FAMILY_FALLBACK))
        t->family_failed[FAMILY_FALLBACK] = true;
    TTF_Font *more = font_get_in(t, FAMILY_FALLBACK, style, px);
    return more && has_glyphs(more, s, len) ? more : f;
}

TextFamily text_family(const Text *t)
{
    return t ? (TextFamily)t->family : TEXT_FAMILY_SANS;
}

int text_line_height(Text *t, int px)
{
    TTF_Font *f = font_get(t, TEXT_REGULAR, px);
    int skip = f ? TTF_FontLineSkip(f) : px;
    return skip + skip / 8; /* generous line height, as the design asks */
}

static uint64_t fnv(uint64_t h, const void *data, size_t n)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static int measure(Text *t, int style, int px, const char *s, int len);

/* Width of `len` bytes of `s` in `style` at `px`. Words (short strings) are
 * cached: text is laid out word by word, and words repeat. */
static int width_of(Text *t, int style, int px, const char *s, int len)
{
    if (len <= 0)
        return 0;
    if (len > WIDTH_MAX_LEN || !t->widths)
        return measure(t, style, px, s, len);
    uint32_t h = 2166136261u ^ (uint32_t)(style * 131 + px * 7919);
    for (int i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    WidthEntry *e = &t->widths[h & (WIDTH_SLOTS - 1)];
    if (e->len == len && e->hash == h && e->px == px && e->style == style &&
        memcmp(e->s, s, (size_t)len) == 0)
        return e->w;
    int w = measure(t, style, px, s, len);
    e->hash = h;
    e->px = (int16_t)px;
    e->style = (uint8_t)style;
    e->len = (uint8_t)len;
    e->w = w;
    memcpy(e->s, s, (size_t)len);
    return w;
}

static int measure(Text *t, int style, int px, const char *s, int len)
{
    TTF_Font *f = font_for(t, style, px, s, len);
    if (!f)
        return 0;
    char tmp[1024];
    char *buf = (size_t)len < sizeof tmp ? tmp : attune_malloc((size_t)len + 1);
    if (!buf)
        return 0;
    memcpy(buf, s, (size_t)len);
    buf[len] = '\0';
    int w = 0, h = 0;
    TTF_SizeUTF8(f, buf, &w, &h);
    if (buf != tmp)
        attune_free(buf);
    return w;
}

static int count_chars(const char *s, int len)
{
    int n = 0;
    for (int i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    return n;
}

/* A piece of a word in one style (and one link, or none). */
typedef struct Piece {
    int start, len, style, link;
} Piece;

/* Builder state while wrapping. */
typedef struct Wrap {
    Text *t;
    Layout *l;
    int px, width, line_h;
    int x, y;
    int buf_len, buf_cap;
    int run_cap;
    bool line_empty;
} Wrap;

static bool buf_put(Wrap *w, const char *s, int n)
{
    if (w->buf_len + n + 1 > w->buf_cap) {
        int cap = (w->buf_cap + n + 1) * 2;
        char *nb = attune_realloc(w->l->buf, (size_t)cap);
        if (!nb)
            return false;
        w->l->buf = nb;
        w->buf_cap = cap;
    }
    memcpy(w->l->buf + w->buf_len, s, (size_t)n);
    w->buf_len += n;
    w->l->buf[w->buf_len] = '\0';
    return true;
}

/* The real width of the line's last run: it is drawn as one texture. */
static void fix_run(Wrap *w)
{
    Layout *l = w->l;
    if (l->n_runs == 0)
        return;
    Run *last = &l->runs[l->n_runs - 1];
    if (last->y != w->y)
        return;
    last->w = width_of(w->t, last->style, w->px, l->buf + last->start, last->len);
    w->x = last->x + last->w;
    if (w->x > l->max_w)
        l->max_w = w->x;
}

static void new_line(Wrap *w)
{
    fix_run(w);
    w->y += w->line_h;
    w->x = 0;
    w->line_empty = true;
    w->l->lines++;
}

/* Append text (already measured as `pw` wide) in `style` and `link` at the
 * cursor, extending the current run when the style, link and line match. */
static void emit(Wrap *w, const char *s, int n, int style, int link, int pw)
{
    Layout *l = w->l;
    Run *last = l->n_runs ? &l->runs[l->n_runs - 1] : NULL;
    bool extend = last && last->style == style && last->link == link && last->y == w->y &&
                  last->start + last->len == w->buf_len;
    if (!extend) {
        /* A new run starts where the previous one really ends. */
        fix_run(w);
        if (l->n_runs >= MAX_RUNS)
            return;
        if (l->n_runs == w->run_cap) {
            int cap = w->run_cap ? w->run_cap * 2 : 16;
            Run *nr = attune_realloc(l->runs, (size_t)cap * sizeof *nr);
            if (!nr)
                return;
            l->runs = nr;
            w->run_cap = cap;
        }
        last = &l->runs[l->n_runs++];
        memset(last, 0, sizeof *last);
        last->x = w->x;
        last->y = w->y;
        last->style = style;
        last->link = link;
        last->start = w->buf_len;
    }
    if (!buf_put(w, s, n))
        return;
    last->len += n;
    last->chars += count_chars(s, n);
    /* Summed from its words for now; fix_run() measures it whole when the
     * line is done (kerning across the joins makes the whole a little wider). */
    last->w = w->x + pw - last->x;
    w->x = last->x + last->w;
    if (w->x > l->max_w)
        l->max_w = w->x;
    w->line_empty = false;
}

/* Place one word made of `np` pieces of `src`. */
static void place_word(Wrap *w, const char *src, const Piece *pieces, int np)
{
    int total = 0;
    int widths[64];
    for (int i = 0; i < np; i++) {
        widths[i] = width_of(w->t, pieces[i].style, w->px, src + pieces[i].start, pieces[i].len);
        total += widths[i];
    }
    int space = width_of(w->t, pieces[0].style, w->px, " ", 1);
    if (!w->line_empty) {
        /* Would the line still fit? Measure the run as it would be drawn. */
        Layout *l = w->l;
        const Run *last = l->n_runs ? &l->runs[l->n_runs - 1] : NULL;
        int end = w->x + space + total;
        /* Near the edge, measure the run as it would be drawn: the sum of
         * its words can be a pixel or two short. Elsewhere the sum will do. */
        if (end > w->width - w->px && np == 1 && last && last->style == pieces[0].style &&
            last->link == pieces[0].link && last->y == w->y &&
            last->start + last->len == w->buf_len) {
            int n = last->len + 1 + pieces[0].len;
            char stack[512];
            char *tmp = n < (int)sizeof stack ? stack : attune_malloc((size_t)n + 1);
            if (tmp) {
                memcpy(tmp, l->buf + last->start, (size_t)last->len);
                tmp[last->len] = ' ';
                memcpy(tmp + last->len + 1, src + pieces[0].start, (size_t)pieces[0].len);
                end = last->x + width_of(w->t, pieces[0].style, w->px, tmp, n);
                if (tmp != stack)
                    attune_free(tmp);
            }
        }
        if (end > w->width)
            new_line(w);
    }
    if (!w->line_empty) {
        /* The space belongs to a link only between two words of that link,
         * so an underline never reaches out before or after it. */
        const Run *last = w->l->n_runs ? &w->l->runs[w->l->n_runs - 1] : NULL;
        int link = last && last->y == w->y && last->link == pieces[0].link ? pieces[0].link : 0;
        emit(w, " ", 1, pieces[0].style, link, space);
    }
    for (int i = 0; i < np; i++) {
        const char *s = src + pieces[i].start;
        int n = pieces[i].len;
        if (w->x + widths[i] <= w->width || widths[i] == 0) {
            emit(w, s, n, pieces[i].style, pieces[i].link, widths[i]);
            continue;
        }
        /* Too long for any line: break it between code points. */
        int from = 0;
        while (from < n) {
            int cut = from, fit = from;
            while (cut < n) {
                size_t k = (size_t)cut;
                utf8_next(s, (size_t)n, &k);
                if (w->x + width_of(w->t, pieces[i].style, w->px, s + from, (int)k - from) >
                        w->width &&
                    (fit > from || !w->line_empty))
                    break;
                fit = cut = (int)k;
            }
            if (fit == from && !w->line_empty) {
                /* Nothing more fits on this line: go on at the next one. */
                new_line(w);
                continue;
            }
            if (fit == from) { /* not even one character fits a line: take one anyway */
                size_t k = (size_t)from;
                utf8_next(s, (size_t)n, &k);
                fit = (int)k;
            }
            emit(w, s + from, fit - from, pieces[i].style, pieces[i].link,
                 width_of(w->t, pieces[i].style, w->px, s + from, fit - from));
            from = fit;
            if (from < n)
                new_line(w);
        }
    }
}

static void build(Text *t, Layout *l, const char *s)
{
    Wrap w = {
        .t = t, .l = l, .px = l->px, .width = l->width > 0 ? l->width : 1, .line_empty = true};
    w.line_h = text_line_height(t, l->px);
    l->lines = 1;
    size_t len = strlen(s);
    /* Markup toggles: * italic, ** strong, \* a literal asterisk. */
    bool ital = (l->style & TEXT_ITALIC) != 0, strong = (l->style & TEXT_STRONG) != 0;
    char *clean = attune_malloc(len + 1);
    Piece *pieces = attune_malloc(sizeof *pieces * 64);
    if (!clean || !pieces) {
        attune_free(clean);
        attune_free(pieces);
        return;
    }
    int np = 0, clen = 0, piece_start = 0;
    int cur_style = (ital ? TEXT_ITALIC : 0) | (strong ? TEXT_STRONG : 0);
    /* Inside a link: its number, where its shown words stop, and where the
     * source goes on after its "]]". */
    int link = 0, links = 0;
    size_t link_stop = 0, link_resume = 0, close = 0;
    size_t i = 0;
#define CLOSE_PIECE()                                                                              \
    do {                                                                                           \
        if (clen > piece_start && np < 64) {                                                       \
            pieces[np].start = piece_start;                                                        \
            pieces[np].len = clen - piece_start;                                                   \
            pieces[np].style = cur_style;                                                          \
            pieces[np].link = link;                                                                \
            np++;                                                                                  \
        }                                                                                          \
        piece_start = clen;                                                                        \
    } while (0)
    while (i <= len) {
        if (link && i == link_stop) {
            CLOSE_PIECE();
            link = 0;
            i = link_resume;
            cur_style = (ital ? TEXT_ITALIC : 0) | (strong ? TEXT_STRONG : 0);
            continue;
        }
        char c = i < len ? s[i] : ' ';
        MarkupLink k;
        if (!link && c == '[' && markup_link_at(s, len, i, &close, &k)) {
            /* A link's words are semi-bold (an underline marks them too). */
            CLOSE_PIECE();
            link = ++links;
            link_stop = k.show_end;
            link_resume = k.end;
            i = k.show;
            cur_style = (ital ? TEXT_ITALIC : 0) | TEXT_STRONG;
            continue;
        }
        if (link && c != ' ' && c != '\n' && c != '\t' && c != '\r') {
            clean[clen++] = c; /* no markup inside a link */
            i++;
            continue;
        }
        if (c == '\\' && i + 1 < len && s[i + 1] == '*') {
            clean[clen++] = '*';
            i += 2;
            continue;
        }
        if (c == '*') {
            CLOSE_PIECE();
            if (i + 1 < len && s[i + 1] == '*') {
                strong = !strong;
                i += 2;
            } else {
                ital = !ital;
                i++;
            }
            cur_style = (ital ? TEXT_ITALIC : 0) | (strong ? TEXT_STRONG : 0);
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            CLOSE_PIECE();
            if (np > 0)
                place_word(&w, clean, pieces, np);
            np = 0;
            clen = piece_start = 0;
            if (c == '\n')
                new_line(&w);
            i++;
            continue;
        }
        clean[clen++] = c;
        i++;
    }
#undef CLOSE_PIECE
    fix_run(&w);
    attune_free(clean);
    attune_free(pieces);
    l->height = w.y + w.line_h;
    l->chars = 0;
    for (int k = 0; k < l->n_runs; k++)
        l->chars += l->runs[k].chars;
}

static Layout *layout_get(Text *t, const char *s, int px, int width, int style)
{
    uint64_t key = fnv(14695981039346656037ULL, s, strlen(s));
    int params[3] = {px, width, style};
    key = fnv(key, params, sizeof params);
    Layout *victim = &t->layouts[0];
    for (int i = 0; i < LAYOUT_SLOTS; i++) {
        Layout *l = &t->layouts[i];
        if (l->src && l->key == key && l->px == px && l->width == width && l->style == style &&
            strcmp(l->src, s) == 0) {
            l->used = ++t->tick;
            return l;
        }
        if (!l->src || (victim->src && l->used < victim->used))
            victim = l;
    }
    drop_layout(victim);
    victim->key = key;
    victim->src = str_dup(s);
    victim->px = px;
    victim->width = width;
    victim->style = style;
    victim->used = ++t->tick;
    build(t, victim, s);
    return victim;
}

int text_measure(Text *t, const char *s, int px, int width, TextStyle base, int *lines, int *w)
{
    if (!s || !*s) {
        if (lines)
            *lines = 0;
        if (w)
            *w = 0;
        return 0;
    }
    Layout *l = layout_get(t, s, px, width, (int)base);
    if (lines)
        *lines = l->lines;
    if (w)
        *w = l->max_w;
    return l->height;
}

int text_char_count(Text *t, const char *s, int px, int width, TextStyle base)
{
    if (!s || !*s)
        return 0;
    return layout_get(t, s, px, width, (int)base)->chars;
}

static RunTex *run_texture(Text *t, const Layout *l, const Run *r)
{
    const char *s = l->buf + r->start;
    uint64_t key = fnv(14695981039346656037ULL, s, (size_t)r->len);
    int params[2] = {r->style, l->px};
    key = fnv(key, params, sizeof params);
    RunTex *victim = &t->runs[0];
    for (int i = 0; i < RUN_SLOTS; i++) {
        RunTex *e = &t->runs[i];
        if (e->tex && e->key == key && e->style == r->style && e->px == l->px &&
            strncmp(e->text, s, (size_t)r->len) == 0 && e->text[r->len] == '\0') {
            e->used = ++t->tick;
            return e;
        }
        if (!e->tex || (victim->tex && e->used < victim->used))
            victim = e;
    }
    drop_run(victim);
    TTF_Font *f = font_for(t, r->style, l->px, s, r->len);
    if (!f)
        return NULL;
    char *text = attune_malloc((size_t)r->len + 1);
    if (!text)
        return NULL;
    memcpy(text, s, (size_t)r->len);
    text[r->len] = '\0';
    /* NOTE: TTF_RenderUTF8_Blended returns NULL for "", so skip blank runs. */
    SDL_Surface *surf = TTF_RenderUTF8_Blended(f, text, (SDL_Color){255, 255, 255, 255});
    if (!surf) {
        attune_free(text);
        return NULL;
    }
    victim->tex = SDL_CreateTextureFromSurface(t->renderer, surf);
    victim->w = surf->w;
    victim->h = surf->h;
    SDL_FreeSurface(surf);
    if (!victim->tex) {
        attune_free(text);
        return NULL;
    }
    SDL_SetTextureBlendMode(victim->tex, SDL_BLENDMODE_BLEND);
    victim->key = key;
    victim->text = text;
    victim->style = r->style;
    victim->px = l->px;
    victim->used = ++t->tick;
    return victim;
}

/* The underline of a link's run: a thin line just under the baseline, in the
 * text's colour a little softened, so a link reads as a link without colour. */
static void underline(Text *t, const Run *r, int px, int x, int y, int w, SDL_Color color)
{
    TTF_Font *f = font_get(t, r->style, px);
    if (!f || w <= 0)
        return;
    int thick = px >= 24 ? px / 12 : 1;
    SDL_Rect line = {x, y + TTF_FontAscent(f) + (px + 9) / 10, w, thick};
    Uint8 or, og, ob, oa;
    SDL_BlendMode mode;
    SDL_GetRenderDrawColor(t->renderer, & or, &og, &ob, &oa);
    SDL_GetRenderDrawBlendMode(t->renderer, &mode);
    SDL_SetRenderDrawBlendMode(t->renderer, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(t->renderer, color.r, color.g, color.b, (Uint8)(color.a * 3 / 4));
    SDL_RenderFillRect(t->renderer, &line);
    SDL_SetRenderDrawColor(t->renderer, or, og, ob, oa);
    SDL_SetRenderDrawBlendMode(t->renderer, mode);
}

int text_draw(Text *t, const char *s, int px, int x, int y, int width, TextStyle base,
              SDL_Color color, int reveal)
{
    if (!s || !*s)
        return 0;
    Layout *l = layout_get(t, s, px, width, (int)base);
    int left = reveal < 0 ? l->chars : reveal;
    for (int i = 0; i < l->n_runs && left > 0; i++) {
        const Run *r = &l->runs[i];
        bool blank = true;
        for (int k = 0; k < r->len; k++)
            if (l->buf[r->start + k] != ' ')
                blank = false;
        if (blank) {
            left -= r->chars;
            continue;
        }
        RunTex *rt = run_texture(t, l, r);
        if (!rt) {
            left -= r->chars;
            continue;
        }
        SDL_SetTextureColorMod(rt->tex, color.r, color.g, color.b);
        SDL_SetTextureAlphaMod(rt->tex, color.a);
        int w = rt->w;
        if (left < r->chars) {
            /* Clip to the revealed prefix. */
            const char *rs = l->buf + r->start;
            int bytes = 0, n = 0;
            while (bytes < r->len && n < left) {
                size_t k = (size_t)bytes;
                utf8_next(rs, (size_t)r->len, &k);
                bytes = (int)k;
                n++;
            }
            w = width_of(t, r->style, px, rs, bytes);
            if (w > rt->w)
                w = rt->w;
        }
        SDL_Rect src = {0, 0, w, rt->h};
        SDL_Rect dst = {x + r->x, y + r->y, w, rt->h};
        SDL_RenderCopy(t->renderer, rt->tex, &src, &dst);
        if (r->link)
            underline(t, r, px, dst.x, dst.y, w, color);
        left -= r->chars;
    }
    return l->height;
}
