/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The story lab (lab.h): the folder watched on one thread, check and a short
 * simulate on another, and the panel that shows their last result. Layer:
 * UI. The checking thread loads its own copy of the story (its own Lua state,
 * as the preload does beside SDL's start): nothing of the game's story is
 * shared, and the main thread only ever copies a finished result under the
 * lock. Both threads sleep (poll, a condition) while nothing changes. */
#include "lab.h"
#include "ui.h"
#include "attune/alloc.h"
#include "attune/i18n.h"
#include "attune/log.h"
#include "attune/story_tools.h"
#include "attune/strbuf.h"
#include "attune/text.h"
#include "attune/render.h"
#include "attune/watch.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

enum {
    LAB_QUIET_MS = 150, /* an editor's burst of writes, as one save */
    LAB_RUNS = 200,     /* plays of each strategy: under a second for a 40-beat story */
    LAB_CHANGED = 1,    /* SDL user event codes */
    LAB_DONE = 2,
};

/* One check's result: every field owned here. */
typedef struct LabResult {
    char *check; /* check's lines, "file:line: error|warning: message" */
    int errors, warnings;
    char *sim; /* simulate's report (--strategy all), or NULL when not run */
    bool passed;
    double secs;
    time_t at;
} LabResult;

struct Lab {
    char dir[1200], lib[1200];
    Uint32 ev;
    Watch *watch;
    SDL_Thread *watcher, *worker;
    SDL_mutex *mu;
    SDL_cond *cv;
    /* under mu */
    bool want, quit;
    bool running;       /* the worker is checking (taken `want`, not yet done) */
    atomic_bool cancel; /* closing: the worker's story stops at its next count hook */
    uintptr_t gen; /* this lab's number, in its events: a closed lab's late ones are not ours */
    LabResult done;
    bool have_done;
    char saved_locked[256];
    /* the main thread's */
    char saved[256];
    char summary[400];
    LabResult shown_result;
    bool have_result, checking, shown;
    int scroll; /* in lines of the panel's type */
    int max_scroll;
};

static Uint32 lab_event_type;

static void result_clear(LabResult *r)
{
    attune_free(r->check);
    attune_free(r->sim);
    memset(r, 0, sizeof *r);
}

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void push(const Lab *l, int code)
{
    SDL_Event e;
    SDL_zero(e);
    e.type = l->ev;
    e.user.code = code;
    e.user.data1 = (void *)l->gen;
    SDL_PushEvent(&e); /* thread-safe; a full queue drops it, the next save brings another */
}

/* Whatever was written to `f`, as a string of ours (NULL when empty). */
static char *slurp(FILE *f)
{
    long n = ftell(f);
    if (n <= 0)
        return NULL;
    char *s = attune_malloc((size_t)n + 1);
    rewind(f);
    if (s && fread(s, 1, (size_t)n, f) != (size_t)n) {
        attune_free(s);
        return NULL;
    }
    if (s)
        s[n] = '\0';
    return s;
}

/* The pictures and music the story names, as the game would find them
 * (check's own file checks; the text measured at the smallest window is
 * left to `attune check`, which needs the fonts). */
static int check_files(Story *s, FILE *out)
{
    const StoryRef *refs;
    int n = story_refs(s, &refs), errors = 0;
    char path[1200], why[1400];
    for (int i = 0; i < n; i++) {
        const StoryRef *r = &refs[i];
        bool music = strcmp(r->what, "music") == 0;
        bool picture = strcmp(r->what, "background") == 0 || strcmp(r->what, "portrait") == 0;
        bool ok = music     ? story_find_music(s, r->value, path, sizeof path, why, sizeof why)
                  : picture ? story_find_image(s, r->value, path, sizeof path, why, sizeof why)
                            : true;
        if (!ok) {
            fprintf(out, "%s:%d: error: %s '%s': %s '%s' %s\n", r->file, r->line, r->what, r->id,
                    music ? "music" : "picture", r->value, why);
            errors++;
        }
    }
    return errors;
}

static void run_check(Lab *l, LabResult *r)
{
    double t0 = now_s();
    memset(r, 0, sizeof *r);
    FILE *f = tmpfile();
    if (!f) {
        r->check = str_dup("the lab cannot make a temporary file to check in");
        r->errors = 1;
        return;
    }
    int errors = 0;
    Story *s = story_check_load(l->dir, l->lib, f, &errors);
    if (s)
        errors += check_files(s, f);
    r->errors = errors;
    r->check = slurp(f);
    fclose(f);
    for (const char *p = r->check; p && (p = strstr(p, ": warning: ")) != NULL; p++)
        r->warnings++;
    if (s && errors == 0) {
        StoryError err;
        long long choices = 0;
        r->sim = story_simulate(s, "all", LAB_RUNS, 1, false, &r->passed, &choices, &err);
        if (!r->sim) {
            char msg[1400];
            snprintf(msg, sizeof msg, "%s:%d: error: %s\n", err.file, err.line, err.message);
            r->sim = str_dup(msg);
            r->passed = false;
        }
    }
    story_destroy(s);
    r->secs = now_s() - t0;
    r->at = time(NULL);
}

static int worker_main(void *data)
{
    Lab *l = data;
    story_cancel_on(&l->cancel); /* lab_close stops a check under way */
    SDL_LockMutex(l->mu);
    while (!l->quit) {
        if (!l->want) {
            SDL_CondWait(l->cv, l->mu);
            continue;
        }
        l->want = false;
        l->running = true;
        SDL_UnlockMutex(l->mu);
        LabResult r;
        run_check(l, &r);
        SDL_LockMutex(l->mu);
        result_clear(&l->done);
        l->done = r;
        l->have_done = true;
        l->running = false;
        push(l, LAB_DONE);
    }
    SDL_UnlockMutex(l->mu);
    return 0;
}

static int watcher_main(void *data)
{
    Lab *l = data;
    char what[256];
    int r;
    while ((r = watch_wait(l->watch, -1, what, sizeof what)) >= 0) {
        if (r == 0)
            continue;
        SDL_LockMutex(l->mu);
        str_copy(l->saved_locked, what, sizeof l->saved_locked);
        SDL_UnlockMutex(l->mu);
        push(l, LAB_CHANGED);
    }
    return 0;
}

Lab *lab_open(const char *dir, const char *lib_dir, bool watch, bool shown)
{
    Lab *l = attune_calloc(1, sizeof *l);
    if (!l)
        return NULL;
    atomic_init(&l->cancel, false);
    str_copy(l->dir, dir, sizeof l->dir);
    str_copy(l->lib, lib_dir, sizeof l->lib);
    l->shown = shown;
    if (!lab_event_type)
        lab_event_type = SDL_RegisterEvents(1);
    l->ev = lab_event_type;
    static uintptr_t labs;
    l->gen = ++labs;
    l->mu = SDL_CreateMutex();
    l->cv = SDL_CreateCond();
    if (l->ev == (Uint32)-1 || !l->mu || !l->cv) {
        log_error("lab", "cannot start the story lab: %s", SDL_GetError());
        lab_close(l);
        return NULL;
    }
    /* Watched before the first check starts: a save from then on is seen. */
    if (watch) {
        l->watch = watch_open(dir, LAB_QUIET_MS);
        if (l->watch)
            l->watcher = SDL_CreateThread(watcher_main, "attune-watch", l);
        if (!l->watcher)
            log_error("lab", "'%s' is not watched: save and press F5 to reload", dir);
    }
    l->want = l->checking = true; /* the first check, at once */
    l->worker = SDL_CreateThread(worker_main, "attune-lab", l);
    if (!l->worker) {
        log_error("lab", "cannot start the story lab: %s", SDL_GetError());
        lab_close(l);
        return NULL;
    }
    return l;
}

void lab_close(Lab *l)
{
    if (!l)
        return;
    if (l->watcher) {
        watch_wake(l->watch);
        SDL_WaitThread(l->watcher, NULL);
    }
    watch_close(l->watch);
    if (l->worker) {
        atomic_store(&l->cancel, true); /* a check under way stops, not runs on */
        SDL_LockMutex(l->mu);
        l->quit = true;
        SDL_CondSignal(l->cv);
        SDL_UnlockMutex(l->mu);
        SDL_WaitThread(l->worker, NULL);
    }
    result_clear(&l->done);
    result_clear(&l->shown_result);
    if (l->cv)
        SDL_DestroyCond(l->cv);
    if (l->mu)
        SDL_DestroyMutex(l->mu);
    attune_free(l);
}

void lab_check(Lab *l)
{
    SDL_LockMutex(l->mu);
    l->want = true;
    SDL_CondSignal(l->cv);
    SDL_UnlockMutex(l->mu);
    l->checking = true;
}

/* The result just taken, in one line (lab_summary). */
static void summarise(Lab *l)
{
    const LabResult *r = &l->shown_result;
    int ok = 0, failed = 0;
    char coverage[200] = "";
    for (const char *p = r->sim; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : "") {
        ok += strncmp(p, "  ok  ", 6) == 0;
        failed += strncmp(p, "  FAIL", 6) == 0;
        if (strncmp(p, "coverage: ", 10) == 0) {
            size_t n = strcspn(p, "\n");
            snprintf(coverage, sizeof coverage, "; %.*s", (int)(n < 150 ? n : 150), p);
        }
    }
    int n = snprintf(l->summary, sizeof l->summary, "%d error%s, %d warning%s", r->errors,
                     r->errors == 1 ? "" : "s", r->warnings, r->warnings == 1 ? "" : "s");
    if (r->sim && ok + failed == 0 && n > 0 && (size_t)n < sizeof l->summary)
        n += snprintf(l->summary + n, sizeof l->summary - (size_t)n,
                      "; the simulation stopped on a story error");
    else if (r->sim && n > 0 && (size_t)n < sizeof l->summary)
        n += snprintf(l->summary + n, sizeof l->summary - (size_t)n,
                      "; teaching checks: %d of %d pass%s", ok, ok + failed, coverage);
    if (n > 0 && (size_t)n < sizeof l->summary)
        snprintf(l->summary + n, sizeof l->summary - (size_t)n, " (%.1f s)", r->secs);
}

LabNews lab_event(Lab *l, const SDL_Event *e)
{
    if (!l || e->type != l->ev || (uintptr_t)e->user.data1 != l->gen)
        return LAB_NONE;
    if (e->user.code == LAB_CHANGED) {
        SDL_LockMutex(l->mu);
        str_copy(l->saved, l->saved_locked, sizeof l->saved);
        SDL_UnlockMutex(l->mu);
        lab_check(l);
        return LAB_SAVED;
    }
    SDL_LockMutex(l->mu);
    if (l->have_done) {
        result_clear(&l->shown_result);
        l->shown_result = l->done;
        memset(&l->done, 0, sizeof l->done);
        l->have_done = false;
        l->have_result = true;
        summarise(l);
    }
    /* another save came while it ran: the worker may have taken it already */
    l->checking = l->want || l->running;
    SDL_UnlockMutex(l->mu);
    return LAB_CHECKED;
}

const char *lab_summary(const Lab *l)
{
    return l->summary;
}

const char *lab_saved_file(const Lab *l)
{
    return l->saved;
}

const char *lab_dir(const Lab *l)
{
    return l->dir;
}

bool lab_watching(const Lab *l)
{
    return l->watcher != NULL;
}

bool lab_shown(const Lab *l)
{
    return l && l->shown;
}

void lab_show(Lab *l, bool shown)
{
    l->shown = shown;
    l->scroll = 0;
}

void lab_scroll(Lab *l, int lines)
{
    l->scroll += lines;
    if (l->scroll > l->max_scroll)
        l->scroll = l->max_scroll;
    if (l->scroll < 0)
        l->scroll = 0;
}

/* ---- the panel ---- */

/* The panel's type: the player's text size, up to what keeps some twenty
 * characters on a line of a panel `w` wide. */
static int body_px(int w, int h)
{
    int px = ui_px(0.022f, h, 12), most = w / 20;
    return px < most || most < 12 ? px : most;
}

int lab_width(const Lab *l, Screens *s, int w, int h)
{
    if (!lab_shown(l))
        return 0;
    ui_begin(s);
    int px = ui_px(0.022f, h, 12);
    int want = px * 27;
    /* NOTE: at most a third: the stage below ~0.66 of a 16:9 window crowds
     * its answers at the largest text size. */
    int most = (int)((float)w * 0.34f);
    if (want > most)
        want = most;
    if (w - want < SCREENS_MIN_W)
        want = w - SCREENS_MIN_W;
    return want >= 240 ? want : 0; /* narrower, too little could be read */
}

/* What the panel draws, a line (wrapped) at a time. */
typedef struct Pen {
    Screens *s;
    SDL_Rect r;
    int px, pad;
    float y;      /* where the next line goes, before scrolling */
    int skip;     /* pixels scrolled off the top */
    bool measure; /* only measuring */
} Pen;

static void line(Pen *p, const char *markup, int px, TextStyle st, SDL_Color c, int indent)
{
    int width = p->r.w - 2 * p->pad - indent;
    int hgt = text_measure(p->s->text, markup, px, width, st, NULL, NULL);
    float y = p->y - (float)p->skip;
    /* Only lines that show whole: none cut by the top or the foot. */
    if (!p->measure && y >= (float)p->r.y && y + (float)hgt <= (float)(p->r.y + p->r.h) + 1.0f)
        text_draw(p->s->text, markup, px, p->r.x + p->pad + indent, (int)y, width, st, c, -1);
    p->y += (float)hgt + (float)px * 0.15f;
}

static void gap(Pen *p, float lines)
{
    p->y += (float)p->px * lines;
}

/* `s` with markup's '*' escaped, into `b`. */
static void add_plain(StrBuf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n && s[i]; i++) {
        if (s[i] == '*' || s[i] == '\\')
            strbuf_add(b, "\\", 1);
        strbuf_add(b, &s[i], 1);
    }
}

/* A check line "FILE:LINE: error: message": the file shortened to the
 * story's folder, the place in bold. */
static void check_line(Pen *p, const Lab *l, const char *ln, size_t len)
{
    const Theme *t = ui_theme();
    size_t dl = strlen(l->dir);
    if (len > dl + 1 && strncmp(ln, l->dir, dl) == 0 && ln[dl] == '/') {
        ln += dl + 1;
        len -= dl + 1;
    }
    const char *kind = NULL;
    bool error = false;
    for (size_t i = 0; i + 9 < len && !kind; i++) {
        if (strncmp(ln + i, ": error: ", 9) == 0) {
            kind = ln + i;
            error = true;
        } else if (i + 11 < len && strncmp(ln + i, ": warning: ", 11) == 0) {
            kind = ln + i;
        }
    }
    StrBuf b = {0};
    if (kind) {
        strbuf_puts(&b, "**");
        add_plain(&b, ln, (size_t)(kind - ln));
        strbuf_puts(&b, error ? "** error: " : "** warning: ");
        const char *msg = kind + (error ? 9 : 11);
        add_plain(&b, msg, len - (size_t)(msg - ln));
    } else {
        add_plain(&b, ln, len);
    }
    char *m = strbuf_take(&b);
    if (m)
        line(p, m, p->px, TEXT_REGULAR, error ? t->bad : t->accent, 0);
    attune_free(m);
}

/* The next line of `*text` (without its newline), or NULL at the end. */
static const char *next_line(const char **text, size_t *len)
{
    const char *s = *text;
    if (!s || !*s)
        return NULL;
    const char *nl = strchr(s, '\n');
    *len = nl ? (size_t)(nl - s) : strlen(s);
    *text = nl ? nl + 1 : s + *len;
    return s;
}

static bool starts(const char *s, size_t len, const char *with)
{
    size_t n = strlen(with);
    return len >= n && strncmp(s, with, n) == 0;
}

/* The teaching checks ("  ok    ...", "  FAIL  ...", "  skip  ..."): with
 * `passed` false, a heading and the failed ones; with it true, those that
 * passed or were skipped (they go last: the panel opens on what is wrong). */
static void teaching(Pen *p, const char *sim, bool passed)
{
    const Theme *t = ui_theme();
    int small = (int)lroundf((float)p->px * 0.9f);
    int ok = 0, failed = 0;
    for (int pass = 0; pass < 3; pass++) {
        const char *at = sim, *ln;
        size_t len;
        while ((ln = next_line(&at, &len)) != NULL) {
            bool is_fail = starts(ln, len, "  FAIL  "), is_ok = starts(ln, len, "  ok    ");
            bool is_skip = starts(ln, len, "  skip  ");
            if (pass == 0)
                ok += is_ok, failed += is_fail;
            if ((pass == 1 && (!is_fail || passed)) ||
                (pass == 2 && ((!is_ok && !is_skip) || !passed)) || pass == 0)
                continue;
            StrBuf b = {0};
            /* Words, not colour alone (and no glyph the font may lack). */
            strbuf_puts(&b, is_fail ? _("**fails:** ") : is_skip ? _("*skipped:* ") : _("ok: "));
            add_plain(&b, ln + 8, len - 8);
            char *m = strbuf_take(&b);
            if (m)
                line(p, m, is_fail ? p->px : small, TEXT_REGULAR,
                     is_fail ? t->bad : (is_ok ? t->muted : t->dim), (int)(p->px * 0.2f));
            attune_free(m);
        }
        if (pass == 0 && ok + failed == 0)
            return; /* the simulation stopped on a story error (simulated() shows it) */
        if (pass == 0 && passed) {
            if (ok > 0)
                line(p, _("**Teaching checks that pass**"), p->px, TEXT_REGULAR, t->text, 0);
        } else if (pass == 0) {
            char head[160];
            snprintf(head, sizeof head,
                     failed ? _("**Teaching checks:** %d failed, %d passed")
                            : _("**Teaching checks:** all %d passed"),
                     failed ? failed : ok, ok);
            line(p, head, p->px, TEXT_REGULAR, failed ? t->bad : t->good, 0);
        }
    }
}

/* Coverage and the beats no play reached (`endings` false: first, where a
 * writer looks), or the endings of each strategy (`endings` true). */
static void simulated(Pen *p, const Lab *l, const char *sim, bool endings)
{
    const Theme *t = ui_theme();
    const char *at = sim, *ln;
    size_t len;
    bool table = false;
    int small = (int)lroundf((float)p->px * 0.9f);
    while ((ln = next_line(&at, &len)) != NULL) {
        StrBuf b = {0};
        bool cov = starts(ln, len, "coverage: ") || starts(ln, len, "  beats never reached: ") ||
                   starts(ln, len, "  answers never chosen: ");
        bool error = !starts(ln, len, "  ") && strstr(ln, ": error: ") != NULL &&
                     strstr(ln, ": error: ") < ln + len;
        if (endings ? cov || error : starts(ln, len, "  strategy "))
            continue;
        if (starts(ln, len, "coverage: ")) {
            table = false;
            gap(p, 0.5f);
            strbuf_puts(&b, _("**Coverage:** "));
            add_plain(&b, ln + 10, len - 10);
        } else if (starts(ln, len, "  beats never reached: ")) {
            strbuf_puts(&b, _("**Beats no play reached:** "));
            const char *what = ln + 23;
            size_t dl = strlen(l->dir), n = len - 23;
            for (size_t i = 0; i < n; i++) { /* the story's folder left out of each place */
                if (n - i > dl + 1 && strncmp(what + i, l->dir, dl) == 0 && what[i + dl] == '/')
                    i += dl + 1;
                add_plain(&b, what + i, 1);
            }
        } else if (starts(ln, len, "  answers never chosen: ")) {
            strbuf_puts(&b, _("**Answers no play chose:** "));
            add_plain(&b, ln + 24, len - 24);
        } else if (starts(ln, len, "  strategy ")) {
            table = true;
            gap(p, 0.5f);
            line(p, _("**Endings by strategy** (good share, then each ending)"), p->px,
                 TEXT_REGULAR, t->text, 0);
            continue;
        } else if (table && starts(ln, len, "  ")) {
            /* "  name  good%  steps  endings" */
            char name[40], good[16], steps[16];
            int used = 0;
            char row[600];
            size_t rl = len < sizeof row - 1 ? len : sizeof row - 1;
            memcpy(row, ln, rl);
            row[rl] = '\0';
            if (sscanf(row, " %39s %15s %15s %n", name, good, steps, &used) < 3)
                continue;
            strbuf_puts(&b, "**");
            add_plain(&b, name, sizeof name);
            strbuf_puts(&b, "** ");
            add_plain(&b, good, sizeof good);
            strbuf_puts(&b, " good \u00b7 ");
            add_plain(&b, row + used, strlen(row + used));
            char *m = strbuf_take(&b);
            if (m)
                line(p, m, small, TEXT_REGULAR, t->muted, (int)(p->px * 0.2f));
            attune_free(m);
            continue;
        } else if (!starts(ln, len, "  ") && !starts(ln, len, "teaching checks:") &&
                   strstr(ln, ": error: ") != NULL && strstr(ln, ": error: ") < ln + len) {
            check_line(p, l, ln, len); /* the simulation stopped on a story error */
            continue;
        } else {
            continue; /* the heading and the checks (drawn apart) */
        }
        char *m = strbuf_take(&b);
        if (m)
            line(p, m, p->px, TEXT_REGULAR, t->text, 0);
        attune_free(m);
    }
}

static void content(Pen *p, Lab *l)
{
    const Theme *t = ui_theme();
    const LabResult *r = &l->shown_result;
    int head_px = (int)lroundf((float)p->px * 1.25f);
    char s[300];
    line(p, _("Story lab"), head_px, TEXT_STRONG, t->text, 0);
    if (l->checking) {
        line(p, _("*checking\u2026*"), p->px, TEXT_REGULAR, t->accent, 0);
    } else if (l->have_result) {
        struct tm tm;
        localtime_r(&r->at, &tm);
        char clock[32];
        strftime(clock, sizeof clock, "%H:%M:%S", &tm);
        snprintf(s, sizeof s, _("checked at %s in %.1f s"), clock, r->secs);
        line(p, s, p->px, TEXT_REGULAR, t->muted, 0);
    }
    if (l->saved[0]) {
        StrBuf b = {0};
        strbuf_puts(&b, _("last saved: "));
        add_plain(&b, l->saved, sizeof l->saved);
        char *m = strbuf_take(&b);
        if (m)
            line(p, m, p->px, TEXT_REGULAR, t->dim, 0);
        attune_free(m);
    }
    if (!l->have_result)
        return;
    gap(p, 0.6f);
    char warn[80] = "";
    if (r->warnings)
        snprintf(warn, sizeof warn, P_("%d warning", "%d warnings", r->warnings), r->warnings);
    if (r->errors == 0 && r->warnings == 0)
        snprintf(s, sizeof s, "%s", _("**Check:** no problems"));
    else if (r->errors == 0)
        snprintf(s, sizeof s, _("**Check:** ok, %s"), warn);
    else {
        int k = snprintf(s, sizeof s, P_("**Check:** %d error", "**Check:** %d errors", r->errors),
                         r->errors);
        if (warn[0] && k > 0 && (size_t)k < sizeof s)
            /* TRANSLATORS: after "**Check:** 2 errors": the warnings ("1 warning"). */
            snprintf(s + k, sizeof s - (size_t)k, _(", %s"), warn);
    }
    line(p, s, p->px, TEXT_REGULAR, r->errors ? t->bad : r->warnings ? t->accent : t->good, 0);
    /* what the lab's thread cannot measure (FreeType is the window's) */
    line(p, _("*Text fitting the box and picture limits: attune check*"),
         (int)lroundf((float)p->px * 0.85f), TEXT_REGULAR, t->muted, 0);
    for (int errors = 1; errors >= 0; errors--) { /* the errors first */
        const char *at = r->check, *ln;
        size_t len;
        while ((ln = next_line(&at, &len)) != NULL) {
            const char *e = strstr(ln, ": error: ");
            if ((e != NULL && e < ln + len) == (errors == 1))
                check_line(p, l, ln, len);
        }
    }
    if (!r->sim) {
        gap(p, 0.6f);
        line(p, _("*The simulation waits for a story with no errors.*"), p->px, TEXT_REGULAR,
             t->muted, 0);
        return;
    }
    gap(p, 0.6f);
    teaching(p, r->sim, false);
    simulated(p, l, r->sim, false);
    simulated(p, l, r->sim, true);
    gap(p, 0.6f);
    teaching(p, r->sim, true);
}

void lab_draw(Lab *l, Screens *s, SDL_Rect r)
{
    ui_begin(s);
    const Theme *t = ui_theme();
    SDL_Renderer *rd = s->renderer;
    render_fill(rd, ui_rect((float)r.x, (float)r.y, (float)r.w, (float)r.h), t->panel);
    int px = body_px(r.w, r.h);
    float edge = fmaxf(1.0f, (float)px * 0.12f);
    render_fill(rd, ui_rect((float)r.x, (float)r.y, edge, (float)r.h), t->track);
    Pen p = {s, r, px, (int)lroundf((float)px * 0.9f), (float)r.y + (float)px * 0.7f, 0, true};
    content(&p, l); /* measured first: how far it may scroll */
    int lh = text_line_height(s->text, px);
    int fpx = (int)lroundf((float)px * 0.85f);
    int fh = text_line_height(s->text, fpx) + px / 2;
    float over = p.y + (float)px - (float)(r.y + r.h);
    if (over > 0) { /* the foot says there is more: the text stops above it */
        over += (float)fh;
        p.r.h -= fh;
    }
    l->max_scroll = over > 0 ? (int)ceilf(over / (float)lh) : 0;
    if (l->scroll > l->max_scroll)
        l->scroll = l->max_scroll;
    p.y = (float)r.y + (float)px * 0.7f;
    p.skip = l->scroll * lh;
    p.measure = false;
    SDL_Rect clip = p.r;
    SDL_RenderSetClipRect(rd, &clip);
    content(&p, l);
    SDL_RenderSetClipRect(rd, NULL);
    /* More below (or above): said at the foot, over the text. */
    if (l->max_scroll > 0) {
        render_fill(
            rd, ui_rect((float)r.x + edge, (float)(r.y + r.h - fh), (float)r.w - edge, (float)fh),
            t->panel_soft);
        const char *hint = l->scroll < l->max_scroll ? _("wheel: more below \u00b7 F6 hides")
                                                     : _("wheel: back up \u00b7 F6 hides");
        text_draw(s->text, hint, fpx, r.x + p.pad, r.y + r.h - fh + px / 4, r.w - 2 * p.pad,
                  TEXT_ITALIC, t->muted, -1);
    }
}
