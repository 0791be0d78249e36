/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The report a facilitator exports from a workshop session (session.c): one
 * UTF-8 JSON object (report_json.c) and one self-contained HTML page
 * (report_html.c), and where they go. This file holds what the two writers
 * share (report_internal.h: the growing string, prose, the tally) and the
 * export. Layer: core, plain data: no SDL calls and no Lua. It only
 * reads a Session, never changes it, and writes nothing but the two files. */
#include "attune/session_report.h"
#include "attune/alloc.h"
#include "attune/i18n.h"
#include "attune/log.h"
#include "attune/markup.h"
#include "attune/paths.h"
#include "attune/save.h"
#include "attune/session.h"
#include "report_internal.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* Whether an ending was reached (and recorded). */
bool report_has_ending(const Session *s)
{
    return s->finished && (s->ending_title || s->ending_verdict || s->ending_text);
}

/* Story prose as it reads, without *emphasis* and [[link]] markup (caller
 * frees); NULL for NULL, or when out of memory (then *oom is set). */
char *report_prose(const char *s, bool *oom)
{
    if (!s)
        return NULL;
    size_t n = strlen(s) + 1;
    char *out = attune_malloc(n);
    if (!out) {
        *oom = true;
        return NULL;
    }
    markup_plain(s, out, n);
    return out;
}

/* Milliseconds as whole seconds, rounded. */
long long report_secs(long long ms)
{
    return ms > 0 ? (ms + 500) / 1000 : 0;
}

long long report_session_ms(const Session *s)
{
    long long end = s->finished ? s->ended_at : s->last_at;
    return end > s->started_at ? end - s->started_at : 0;
}

/* What the group chose, counted. */
void report_tally(const Session *s, Tally *t)
{
    memset(t, 0, sizeof *t);
    for (int i = 0; i < s->n_decisions; i++) {
        const SessionDecision *d = &s->decisions[i];
        const char *k =
            d->chosen >= 0 && d->chosen < d->n_options ? d->options[d->chosen].kind : NULL;
        t->attuned += kinds_attuned(&s->kinds, k);
        if (s->n_people > 0 && d->n_people > 0) {
            for (int p = 0; p < d->n_people && p < STORY_MAX_PEOPLE; p++) {
                t->opened += d->people[p].opened;
                t->repaired += d->people[p].repaired;
            }
        } else {
            t->opened += d->opened;
            t->repaired += d->repaired;
        }
        if (!k)
            continue;
        int j = 0;
        while (j < t->n_kinds && strcmp(t->kinds[j], k) != 0)
            j++;
        if (j == t->n_kinds) {
            if (j == 64)
                continue;
            t->kinds[t->n_kinds++] = k;
        }
        t->counts[j]++;
    }
}

void report_person_counts(const Session *s, int *opened, int *repaired)
{
    for (int k = 0; k < STORY_MAX_PEOPLE; k++)
        opened[k] = repaired[k] = 0;
    for (int i = 0; i < s->n_decisions; i++) {
        const SessionDecision *d = &s->decisions[i];
        for (int k = 0; k < d->n_people && k < s->n_people && k < STORY_MAX_PEOPLE; k++) {
            opened[k] += d->people[k].opened;
            repaired[k] += d->people[k].repaired;
        }
    }
}

/* ---- export ------------------------------------------------------------- */

static void set_err(char *err, size_t n, const char *fmt, ...) LOG_PRINTF(3, 4);

static void set_err(char *err, size_t n, const char *fmt, ...)
{
    if (!err || n == 0)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, n, fmt, ap);
    va_end(ap);
}

/* `id` made safe for a file name: letters, digits, '-', '_' and '.' kept
 * (not a leading '.'), anything else a '-'; "story" when empty. */
static void file_safe(char *out, size_t n, const char *id)
{
    size_t k = 0;
    for (const char *p = id ? id : ""; *p && k + 1 < n && k < 64; p++) {
        char c = *p;
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '-' || c == '_' || (c == '.' && k > 0);
        out[k++] = ok ? c : '-';
    }
    out[k] = '\0';
    if (k == 0)
        str_copy(out, "story", n);
}

static bool exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

/* Write `text` to `path` atomically; false with errno kept. */
static bool write_text(const char *path, const char *text)
{
    errno = 0;
    if (save_write_atomic(path, (const unsigned char *)text, strlen(text)))
        return true;
    if (errno == 0)
        errno = EIO;
    return false;
}

bool session_export(const Session *s, const char *dir, char *html, char *json, size_t n, char *err)
{
    if (html && n)
        html[0] = '\0';
    if (json && n)
        json[0] = '\0';
    if (err && n)
        err[0] = '\0';
    if (!s || !dir || !dir[0]) {
        set_err(err, n, _("No folder was given for the report."));
        return false;
    }
    if (strlen(dir) > 900) {
        set_err(err, n, _("Cannot write to %s: the folder name is too long"), dir);
        return false;
    }
    /* NOTE: paths_make_dirs gives up at the first mkdir that fails, with its
     * errno ("Not a directory" under a file, "Permission denied"...). */
    errno = 0;
    if (!paths_make_dirs(dir) || access(dir, W_OK | X_OK) != 0) {
        int e = errno ? errno : ENOTDIR;
        set_err(err, n, _("Cannot write to %s: %s"), dir, strerror(e));
        return false;
    }
    char *h = session_report_html(s), *j = session_report_json(s);
    if (!h || !j) {
        attune_free(h);
        attune_free(j);
        set_err(err, n, _("Cannot make the report: out of memory"));
        return false;
    }
    char id[72], stamp[32], hp[1100], jp[1100];
    file_safe(id, sizeof id, s->story_id);
    time_t now = time(NULL);
    struct tm tmv;
    if (!localtime_r(&now, &tmv) || !strftime(stamp, sizeof stamp, "%Y-%m-%d-%H%M", &tmv))
        str_copy(stamp, s->date, sizeof stamp);
    size_t dl = strlen(dir);
    const char *slash = dl > 0 && dir[dl - 1] == '/' ? "" : "/";
    bool named = false;
    for (int k = 1; k <= 999 && !named; k++) {
        char suffix[16] = "";
        if (k > 1)
            snprintf(suffix, sizeof suffix, "-%d", k);
        snprintf(hp, sizeof hp, "%s%sattune-workshop-%s-%s%s.html", dir, slash, id, stamp, suffix);
        snprintf(jp, sizeof jp, "%s%sattune-workshop-%s-%s%s.json", dir, slash, id, stamp, suffix);
        named = !exists(hp) && !exists(jp);
    }
    bool ok = false;
    if (!named) {
        set_err(err, n, _("Cannot write to %s: too many reports of this minute already"), dir);
    } else if (strlen(hp) >= n || strlen(jp) >= n) {
        set_err(err, n, _("Cannot write to %s: the folder name is too long"), dir);
    } else if (!write_text(hp, h)) {
        set_err(err, n, _("Cannot write to %s: %s"), hp, strerror(errno));
    } else if (!write_text(jp, j)) {
        int e = errno;
        unlink(hp); /* both or neither */
        set_err(err, n, _("Cannot write to %s: %s"), jp, strerror(e));
    } else {
        if (html)
            str_copy(html, hp, n);
        if (json)
            str_copy(json, jp, n);
        ok = true;
    }
    attune_free(h);
    attune_free(j);
    return ok;
}

/* The user's documents folder as the XDG user-dirs file names it (its
 * XDG_DOCUMENTS_DIR="$HOME/..." or "/..." line). False when it names none,
 * or names the home folder itself (which means "none"). Not checked for
 * existence here. */
static bool xdg_documents_dir(char *out, size_t n, const char *home)
{
    char conf[1200];
    const char *xdg = getenv("XDG_CONFIG_HOME");
    bool have = xdg && xdg[0] == '/'
                    ? paths_join(conf, sizeof conf, xdg, "user-dirs.dirs")
                    : paths_join(conf, sizeof conf, home, ".config/user-dirs.dirs");
    char found[1024] = "";
    FILE *f = have ? fopen(conf, "r") : NULL;
    if (f) {
        char line[1200];
        while (fgets(line, sizeof line, f)) {
            const char *p = line;
            while (*p == ' ' || *p == '\t')
                p++;
            static const char KEY[] = "XDG_DOCUMENTS_DIR";
            if (strncmp(p, KEY, sizeof KEY - 1) != 0)
                continue;
            p += sizeof KEY - 1;
            while (*p == ' ' || *p == '\t')
                p++;
            if (*p++ != '=')
                continue;
            while (*p == ' ' || *p == '\t')
                p++;
            if (*p++ != '"')
                continue;
            char value[1024];
            size_t k = 0;
            bool closed = false;
            for (; *p && k + 1 < sizeof value; p++) {
                if (*p == '\\' && p[1])
                    p++;
                else if (*p == '"') {
                    closed = true;
                    break;
                }
                value[k++] = *p;
            }
            value[k] = '\0';
            if (!closed)
                continue;
            const char *rest = NULL;
            if (strncmp(value, "$HOME", 5) == 0 && (value[5] == '/' || value[5] == '\0'))
                rest = value + 5;
            else if (strncmp(value, "${HOME}", 7) == 0 && (value[7] == '/' || value[7] == '\0'))
                rest = value + 7;
            if (rest)
                snprintf(found, sizeof found, "%s%s", home, rest);
            else if (value[0] == '/')
                str_copy(found, value, sizeof found);
            /* The last line that names it wins, as in a shell. */
        }
        fclose(f);
    }
    /* A documents folder set to the home folder itself means "none". */
    size_t fl = strlen(found), hl = strlen(home);
    while (fl > 1 && found[fl - 1] == '/')
        found[--fl] = '\0';
    while (hl > 1 && home[hl - 1] == '/')
        hl--;
    if (!found[0] || (fl == hl && strncmp(found, home, hl) == 0))
        return false;
    return (size_t)snprintf(out, n, "%s", found) < n;
}

bool session_report_dir(char *out, size_t n)
{
    if (!out || n == 0)
        return false;
    out[0] = '\0';
    const char *env = getenv("ATTUNE_REPORT_DIR");
    if (env && env[0])
        return (size_t)snprintf(out, n, "%s", env) < n;
    const char *home = getenv("HOME");
    char docs[1100];
    if (home && home[0] == '/') {
        if (xdg_documents_dir(docs, sizeof docs, home) && paths_is_dir(docs))
            return paths_join(out, n, docs, "Attune reports");
        if (paths_join(docs, sizeof docs, home, "Documents") && paths_is_dir(docs))
            return paths_join(out, n, docs, "Attune reports");
    }
    const char *save = paths_save_dir();
    if (save && (size_t)snprintf(out, n, "%sreports", save) < n)
        return true;
    out[0] = '\0';
    return false;
}
