/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Settings: defaults, the settings.txt file, and the table behind the
 * settings screen. Layer: core.
 * One table describes every setting (its key in the file, its label and help
 * on screen, its kind and range), so loading, saving, showing and stepping
 * are each one loop, and a new setting is one new row. */
#include "attune/settings.h"
#include "attune/alloc.h"
#include "attune/i18n.h"
#include "attune/log.h"
#include "attune/paths.h"
#include "attune/save.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum {
    FILE_MAX = 64 * 1024, /* a real file is about 1 KiB */
    VALUE_MAX = 64,       /* longest value worth reading */
    WARN_MAX = 8,         /* problems reported per load; the rest are counted */
    POS_MAX = 4 * SETTINGS_WINDOW_MAX,
};

static const char FILE_NAME[] = "settings.txt";

typedef enum Kind {
    KIND_TOGGLE, /* bool: on or off */
    KIND_LIST,   /* int index into `words` */
    KIND_VOLUME, /* int 0..100 in steps of SETTINGS_VOLUME_STEP */
    KIND_INT,    /* int min..max (remembered, never shown) */
} Kind;

typedef struct Entry {
    const char *key;   /* in the file */
    const char *label; /* on screen; NULL for the remembered, unshown ones */
    const char *help;
    Kind kind;
    size_t offset;            /* of the field in Settings */
    int min, max;             /* KIND_INT; KIND_LIST: 0 and the last index */
    const char *const *words; /* KIND_LIST: as written in the file */
    const char *const *shown; /* KIND_LIST: as shown on screen */
} Entry;

static const char *const SPEED_WORDS[SETTINGS_SPEED_COUNT] = {"slow", "normal", "fast", "very-fast",
                                                              "instant"};
static const char *const SPEED_SHOWN[SETTINGS_SPEED_COUNT] = {N_("Slow"), N_("Normal"), N_("Fast"),
                                                              N_("Very fast"), N_("Instant")};
static const int SPEED_CPS[SETTINGS_SPEED_COUNT] = {30, 55, 90, 150, 0};

/* The interface's languages: "system" follows the computer (i18n.c). Each is
 * shown by its own name, untranslated, so a player lost in a language they
 * do not read still finds theirs; "System" is shown translated, with the
 * language it gives (settings_entry_value). */
static const char *const LANGUAGE_WORDS[SETTINGS_LANGUAGE_COUNT] = {"system", "en", "de", "es"};

static const char *const SIZE_WORDS[SETTINGS_TEXT_SIZE_COUNT] = {"100%", "115%", "130%", "150%",
                                                                 "175%"};
static const float SIZE_SCALE[SETTINGS_TEXT_SIZE_COUNT] = {1.0f, 1.15f, 1.3f, 1.5f, 1.75f};

#define FIELD(f) offsetof(Settings, f)

/* NOTE: the shown entries come first, in screen order; settings_entry_count()
 * counts the rows with a label, and index i on screen is row i here. */
static const Entry ENTRIES[] = {
    {"text_speed", N_("Text speed"),
     N_("How fast the words appear. Instant shows the whole line at once."), KIND_LIST,
     FIELD(text_speed), 0, SETTINGS_SPEED_COUNT - 1, SPEED_WORDS, SPEED_SHOWN},
    {"auto_advance", N_("Auto-advance"),
     N_("Go on to the next line by itself once there has been time to read it."), KIND_TOGGLE,
     FIELD(auto_advance), 0, 0, NULL, NULL},
    {"skip_seen", N_("Skip seen text"),
     N_("Lines you read in an earlier play appear at once, without the typewriter."), KIND_TOGGLE,
     FIELD(skip_seen), 0, 0, NULL, NULL},
    {"music_volume", N_("Music volume"),
     /* xgettext:no-c-format */
     N_("How loud the music plays. 0% turns it off."), KIND_VOLUME, FIELD(music_volume), 0, 0, NULL,
     NULL},
    {"effects_volume", N_("Effects volume"),
     /* xgettext:no-c-format */
     N_("How loud the short sounds are, like the one for making a choice. 0% turns them off."),
     KIND_VOLUME, FIELD(effects_volume), 0, 0, NULL, NULL},
    {"fullscreen", N_("Fullscreen"), N_("Fill the whole screen instead of a window."), KIND_TOGGLE,
     FIELD(fullscreen), 0, 0, NULL, NULL},
    {"text_size", N_("Text size"), N_("Make all the words on screen bigger."), KIND_LIST,
     FIELD(text_size), 0, SETTINGS_TEXT_SIZE_COUNT - 1, SIZE_WORDS, SIZE_WORDS},
    {"dyslexic_font", N_("Dyslexia-friendly font"),
     N_("Use a typeface that many readers with dyslexia find easier to read."), KIND_TOGGLE,
     FIELD(dyslexic_font), 0, 0, NULL, NULL},
    {"high_contrast", N_("High contrast"),
     N_("Plainer backgrounds and stronger colours, so the text stands out."), KIND_TOGGLE,
     FIELD(high_contrast), 0, 0, NULL, NULL},
    {"reduce_motion", N_("Reduce motion"),
     N_("Fewer moving effects: no fades or slides between screens."), KIND_TOGGLE,
     FIELD(reduce_motion), 0, 0, NULL, NULL},
    {"feedback", N_("Feedback after each choice"),
     N_("After each answer, a short note on what it did and why."), KIND_TOGGLE, FIELD(feedback), 0,
     0, NULL, NULL},
    {"meters", N_("Meters"), N_("Show the meters for connection, their state and your steadiness."),
     KIND_TOGGLE, FIELD(meters), 0, 0, NULL, NULL},
    {"self_voicing", N_("Read text aloud"),
     N_("Read each line aloud as it appears. Needs espeak-ng to be installed."), KIND_TOGGLE,
     FIELD(self_voicing), 0, 0, NULL, NULL},
    {"language", N_("Language"),
     N_("The language of the menus and screens. System follows your computer."), KIND_LIST,
     FIELD(language), 0, SETTINGS_LANGUAGE_COUNT - 1, LANGUAGE_WORDS, LANGUAGE_WORDS},
    /* Remembered between plays, never shown. */
    {"window_x", NULL, NULL, KIND_INT, FIELD(window_x), -POS_MAX, POS_MAX, NULL, NULL},
    {"window_y", NULL, NULL, KIND_INT, FIELD(window_y), -POS_MAX, POS_MAX, NULL, NULL},
    {"window_w", NULL, NULL, KIND_INT, FIELD(window_w), 0, SETTINGS_WINDOW_MAX, NULL, NULL},
    {"window_h", NULL, NULL, KIND_INT, FIELD(window_h), 0, SETTINGS_WINDOW_MAX, NULL, NULL},
    {"window_maximized", NULL, NULL, KIND_TOGGLE, FIELD(window_maximized), 0, 0, NULL, NULL},
    {"guide_seen", NULL, NULL, KIND_TOGGLE, FIELD(guide_seen), 0, 0, NULL, NULL},
};

enum { N_ENTRIES = (int)(sizeof ENTRIES / sizeof ENTRIES[0]) };

static bool *bool_at(Settings *s, const Entry *e)
{
    return (bool *)(void *)((char *)s + e->offset);
}

static int *int_at(Settings *s, const Entry *e)
{
    return (int *)(void *)((char *)s + e->offset);
}

static const bool *cbool_at(const Settings *s, const Entry *e)
{
    return (const bool *)(const void *)((const char *)s + e->offset);
}

static const int *cint_at(const Settings *s, const Entry *e)
{
    return (const int *)(const void *)((const char *)s + e->offset);
}

static int list_len(const Entry *e)
{
    return e->max + 1;
}

static int clamp_int(int v, int lo, int hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

void settings_defaults(Settings *s)
{
    memset(s, 0, sizeof *s);
    s->text_speed = 1;
    s->music_volume = 70;
    s->effects_volume = 80;
    s->feedback = true;
    s->meters = true;
    s->window_x = INT_MIN;
    s->window_y = INT_MIN;
}

/* Put one field back in range. A position of INT_MIN stays "unknown". */
static void clamp_entry(Settings *s, const Entry *e)
{
    int *v = int_at(s, e);
    switch (e->kind) {
    case KIND_TOGGLE:
        break;
    case KIND_LIST:
        *v = clamp_int(*v, 0, list_len(e) - 1);
        break;
    case KIND_VOLUME: {
        int c = clamp_int(*v, 0, 100);
        int step = SETTINGS_VOLUME_STEP;
        *v = (c + step / 2) / step * step;
        break;
    }
    case KIND_INT:
        if (!(*v == INT_MIN && e->min < 0))
            *v = clamp_int(*v, e->min, e->max);
        break;
    }
}

void settings_clamp(Settings *s)
{
    for (int i = 0; i < N_ENTRIES; i++)
        clamp_entry(s, &ENTRIES[i]);
}

/* ---- the file ---------------------------------------------------------- */

static bool same_word(const char *a, const char *b)
{
    /* Case, spaces and underscores do not matter: "Very fast" = "very-fast". */
    for (;; a++, b++) {
        char x = *a, y = *b;
        if (x >= 'A' && x <= 'Z')
            x = (char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = (char)(y - 'A' + 'a');
        if (x == ' ' || x == '_')
            x = '-';
        if (y == ' ' || y == '_')
            y = '-';
        if (x != y)
            return false;
        if (!x)
            return true;
    }
}

static bool parse_int(const char *v, int lo, int hi, bool percent, int *out)
{
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (end == v || errno)
        return false;
    if (percent && *end == '%')
        end++;
    if (*end || n < lo || n > hi)
        return false;
    *out = (int)n;
    return true;
}

/* Parse `v` for entry `e` into `s`. False when it is not a valid value. */
static bool parse_value(Settings *s, const Entry *e, const char *v)
{
    static const char *const yes[] = {"on", "true", "yes", "1"};
    static const char *const no[] = {"off", "false", "no", "0"};
    switch (e->kind) {
    case KIND_TOGGLE:
        for (int k = 0; k < 4; k++) {
            if (same_word(v, yes[k]) || same_word(v, no[k])) {
                *bool_at(s, e) = same_word(v, yes[k]);
                return true;
            }
        }
        return false;
    case KIND_LIST:
        for (int k = 0; k < list_len(e); k++) {
            if (same_word(v, e->words[k])) {
                *int_at(s, e) = k;
                return true;
            }
        }
        return false;
    case KIND_VOLUME:
        if (!parse_int(v, 0, 100, true, int_at(s, e)))
            return false;
        clamp_entry(s, e); /* onto a step of 10 */
        return true;
    case KIND_INT:
        return parse_int(v, e->min, e->max, false, int_at(s, e));
    }
    return false;
}

/* The value as written in the file. */
static void file_value(const Settings *s, const Entry *e, char *out, size_t n)
{
    switch (e->kind) {
    case KIND_TOGGLE:
        str_copy(out, *cbool_at(s, e) ? "on" : "off", n);
        break;
    case KIND_LIST:
        str_copy(out, e->words[clamp_int(*cint_at(s, e), 0, list_len(e) - 1)], n);
        break;
    case KIND_VOLUME:
    case KIND_INT:
        snprintf(out, n, "%d", *cint_at(s, e));
        break;
    }
}

/* What a valid value looks like, for the file's comments and the warnings. */
static void describe(const Entry *e, char *out, size_t n)
{
    switch (e->kind) {
    case KIND_TOGGLE:
        str_copy(out, "on or off", n);
        break;
    case KIND_LIST: {
        size_t used = 0;
        out[0] = '\0';
        for (int k = 0; k < list_len(e) && used < n; k++) {
            const char *sep = k == 0 ? "" : k == list_len(e) - 1 ? " or " : ", ";
            int w = snprintf(out + used, n - used, "%s%s", sep, e->words[k]);
            if (w < 0)
                break;
            used += (size_t)w;
        }
        break;
    }
    case KIND_VOLUME:
        str_copy(out, "0 to 100, in steps of 10", n);
        break;
    case KIND_INT:
        snprintf(out, n, "a whole number from %d to %d", e->min, e->max);
        break;
    }
}

static const Entry *find_key(const char *key, size_t len)
{
    for (int i = 0; i < N_ENTRIES; i++)
        if (strlen(ENTRIES[i].key) == len && memcmp(ENTRIES[i].key, key, len) == 0)
            return &ENTRIES[i];
    return NULL;
}

static bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* Trim blanks from both ends of [*p, *end). */
static void trim(const char **p, const char **end)
{
    while (*p < *end && is_blank(**p))
        (*p)++;
    while (*end > *p && is_blank((*end)[-1]))
        (*end)--;
}

typedef struct Reader {
    const char *path;
    int warnings;
} Reader;

static void warn(Reader *r, int line, const char *fmt, ...) LOG_PRINTF(3, 4);

static void warn(Reader *r, int line, const char *fmt, ...)
{
    if (++r->warnings > WARN_MAX)
        return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    log_error("settings", "%s:%d: %s", r->path, line, msg);
}

/* Apply one line (without its '\n') to `s`. */
static void parse_line(Settings *s, const Settings *def, Reader *r, int line, const char *p,
                       const char *end)
{
    trim(&p, &end);
    if (p == end || *p == '#')
        return;
    const char *eq = memchr(p, '=', (size_t)(end - p));
    if (!eq) {
        warn(r, line, "not a 'key = value' line; skipped");
        return;
    }
    const char *k = p, *kend = eq, *v = eq + 1, *vend = end;
    trim(&k, &kend);
    trim(&v, &vend);
    const Entry *e = find_key(k, (size_t)(kend - k));
    if (!e) {
        /* Perhaps from a newer Attune: not an error. */
        log_debug("settings", "%s:%d: unknown setting skipped", r->path, line);
        return;
    }
    char value[VALUE_MAX];
    size_t vlen = (size_t)(vend - v);
    bool ok = vlen < sizeof value && !memchr(v, '\0', vlen);
    if (ok) {
        memcpy(value, v, vlen);
        value[vlen] = '\0';
        ok = parse_value(s, e, value);
    }
    if (!ok) {
        char want[128], fallback[32];
        describe(e, want, sizeof want);
        /* Back to the default, whatever an earlier line said. */
        if (e->kind == KIND_TOGGLE)
            *bool_at(s, e) = *cbool_at(def, e);
        else
            *int_at(s, e) = *cint_at(def, e);
        if (e->kind == KIND_INT && *cint_at(def, e) == INT_MIN)
            str_copy(fallback, "unknown", sizeof fallback);
        else
            file_value(def, e, fallback, sizeof fallback);
        warn(r, line, "%s should be %s; using %s", e->key, want, fallback);
    }
}

bool settings_load(Settings *s, const char *dir)
{
    settings_defaults(s);
    if (!dir)
        return false;
    char path[1200];
    if (!paths_join(path, sizeof path, dir, FILE_NAME)) {
        log_error("settings", "the folder name '%s' is too long", dir);
        return false;
    }
    /* Opened only as a regular file: without O_NONBLOCK a FIFO named
     * settings.txt blocked the game before its window, and fstat refuses a
     * FIFO, a folder or a device before anything is read. */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) {
            log_debug("settings", "no '%s' yet; using the defaults", path);
            return true;
        }
        log_error("settings", "cannot open '%s': %s; using the defaults", path, strerror(errno));
        return false;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        log_error("settings", "'%s' is not a regular file; using the defaults", path);
        return false;
    }
    FILE *f = fdopen(fd, "rb");
    if (!f) {
        close(fd);
        log_error("settings", "cannot open '%s': %s; using the defaults", path, strerror(errno));
        return false;
    }
    char *buf = attune_malloc(FILE_MAX + 1);
    if (!buf) {
        fclose(f);
        log_error("settings", "out of memory reading '%s'", path);
        return false;
    }
    size_t len = fread(buf, 1, FILE_MAX + 1, f);
    bool bad = ferror(f);
    fclose(f);
    if (bad) {
        attune_free(buf);
        log_error("settings", "cannot read '%s'; using the defaults", path);
        return false;
    }
    Reader r = {path, 0};
    if (len > FILE_MAX) {
        log_error("settings", "'%s' is larger than %d KiB; only its start is read", path,
                  FILE_MAX / 1024);
        /* Drop the line cut in two. */
        len = FILE_MAX;
        while (len > 0 && buf[len - 1] != '\n')
            len--;
    }
    Settings def;
    settings_defaults(&def);
    const char *p = buf, *end = buf + len;
    int line = 1;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl : end;
        parse_line(s, &def, &r, line, p, stop);
        p = nl ? nl + 1 : end;
        line++;
    }
    attune_free(buf);
    if (r.warnings > WARN_MAX)
        log_error("settings", "%s: %d more problems not shown", path, r.warnings - WARN_MAX);
    return true;
}

void settings_fit_window(Settings *s, int x, int y, int w, int h)
{
    if (w <= 0 || h <= 0)
        return; /* no display known: nothing to fit to */
    if (s->window_w > w)
        s->window_w = w;
    if (s->window_h > h)
        s->window_h = h;
    if (s->window_x == INT_MIN || s->window_y == INT_MIN)
        return; /* centred by the window system */
    /* The whole window inside the bounds when it fits, else its top left
     * corner at theirs (the title bar stays reachable). */
    int ww = s->window_w > 0 ? s->window_w : 1, wh = s->window_h > 0 ? s->window_h : 1;
    long long right = (long long)x + w - ww, bottom = (long long)y + h - wh;
    if (s->window_x > right)
        s->window_x = (int)right;
    if (s->window_y > bottom)
        s->window_y = (int)bottom;
    if (s->window_x < x)
        s->window_x = x;
    if (s->window_y < y)
        s->window_y = y;
}

bool settings_save(const Settings *s, const char *dir)
{
    if (!dir) {
        log_error("settings", "no save folder; settings not saved");
        return false;
    }
    char path[1200];
    if (!paths_join(path, sizeof path, dir, FILE_NAME)) {
        log_error("settings", "the folder name '%s' is too long", dir);
        return false;
    }
    Settings c = *s;
    settings_clamp(&c);

    char buf[8192];
    size_t used = 0;
#define PUT(...)                                                                                   \
    do {                                                                                           \
        int w_ = snprintf(buf + used, sizeof buf - used, __VA_ARGS__);                             \
        ATTUNE_ASSERT(w_ >= 0 && (size_t)w_ < sizeof buf - used);                                  \
        used += (size_t)w_;                                                                        \
    } while (0)
    PUT("# Attune settings. The game rewrites this file whenever a setting\n"
        "# changes; edit it while the game is closed if you like. One\n"
        "# \"key = value\" a line; a line starting with # is a comment. A value\n"
        "# that cannot be read falls back to its default.\n");
    for (int i = 0; i < N_ENTRIES; i++) {
        const Entry *e = &ENTRIES[i];
        char value[32], want[128];
        if (e->kind == KIND_INT && *cint_at(&c, e) == INT_MIN)
            continue; /* unknown position: left out */
        file_value(&c, e, value, sizeof value);
        if (e->label) {
            describe(e, want, sizeof want);
            PUT("\n# %s: %s\n", e->label, want);
        } else if (i > 0 && ENTRIES[i - 1].label) {
            PUT("\n# The window as it was last left (size 0 = not known yet).\n");
        }
        PUT("%s = %s\n", e->key, value);
    }
#undef PUT
    if (!save_write_atomic(path, (const unsigned char *)buf, used)) {
        log_error("settings", "settings not saved in '%s'", dir);
        return false;
    }
    return true;
}

/* ---- the settings screen ---------------------------------------------- */

int settings_entry_count(void)
{
    int n = 0;
    while (n < N_ENTRIES && ENTRIES[n].label)
        n++;
    return n;
}

static const Entry *shown_entry(int i)
{
    return i >= 0 && i < settings_entry_count() ? &ENTRIES[i] : NULL;
}

const char *settings_entry_label(int i)
{
    const Entry *e = shown_entry(i);
    return e ? _(e->label) : "";
}

const char *settings_entry_help(int i)
{
    const Entry *e = shown_entry(i);
    return e ? _(e->help) : "";
}

/* "English", "Deutsch"...: each in its own language; the system's as
 * "System (Deutsch)", naming the language the interface then shows (English
 * when the system's has no catalogue). */
static void language_value(const Settings *s, char *out, size_t n)
{
    const char *code = settings_language(s);
    if (code) {
        const char *name = i18n_language_name(code);
        str_copy(out, name ? name : code, n);
        return;
    }
    const char *sys = i18n_system_language();
    const char *name = i18n_has_catalogue(sys) ? i18n_language_name(sys) : NULL;
    /* TRANSLATORS: the Language setting when it follows the computer; %s is
     * the language that gives, in that language ("Deutsch"). */
    snprintf(out, n, _("System (%s)"), name ? name : "English");
}

void settings_entry_value(const Settings *s, int i, char *out, size_t n)
{
    const Entry *e = shown_entry(i);
    if (n == 0)
        return;
    out[0] = '\0';
    if (!e)
        return;
    switch (e->kind) {
    case KIND_TOGGLE:
        str_copy(out, *cbool_at(s, e) ? _("On") : _("Off"), n);
        break;
    case KIND_LIST:
        if (e->words == LANGUAGE_WORDS)
            language_value(s, out, n);
        else
            str_copy(out, _(e->shown[clamp_int(*cint_at(s, e), 0, list_len(e) - 1)]), n);
        break;
    case KIND_VOLUME:
    case KIND_INT:
        snprintf(out, n, "%d%%", *cint_at(s, e));
        break;
    }
}

const char *settings_language(const Settings *s)
{
    int k = clamp_int(s->language, 0, SETTINGS_LANGUAGE_COUNT - 1);
    return k == 0 ? NULL : LANGUAGE_WORDS[k];
}

bool settings_entry_step(Settings *s, int i, int dir)
{
    const Entry *e = shown_entry(i);
    if (!e || dir == 0)
        return false;
    dir = dir < 0 ? -1 : 1;
    if (e->kind == KIND_TOGGLE) {
        bool *b = bool_at(s, e);
        *b = !*b;
        return true;
    }
    int *v = int_at(s, e);
    int before = *v;
    clamp_entry(s, e); /* a value set out of range by hand cannot overflow */
    *v += e->kind == KIND_VOLUME ? dir * SETTINGS_VOLUME_STEP : dir;
    clamp_entry(s, e);
    return *v != before;
}

int settings_reveal_cps(const Settings *s)
{
    return SPEED_CPS[clamp_int(s->text_speed, 0, SETTINGS_SPEED_COUNT - 1)];
}

float settings_text_scale(const Settings *s)
{
    return SIZE_SCALE[clamp_int(s->text_size, 0, SETTINGS_TEXT_SIZE_COUNT - 1)];
}
