/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Glossary: reads the human-edited assets/glossary.txt ("## term", "also:",
 * "see:", then paragraphs) into entries sorted by term.
 * Layer: core. Invariant: every entry has a term of 1-63 bytes, a text of
 * at most GLOSSARY_TEXT_MAX bytes, and names no other entry uses. */
#include "attune/glossary.h"
#include "attune/alloc.h"
#include "attune/log.h"
#include "attune/paths.h"
#include "attune/utf8.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

enum {
    GLOSSARY_FILE_MAX = 4 << 20, /* bytes; the real one is a few kilobytes */
    GLOSSARY_TEXT_MAX = 4000,    /* bytes of one entry's text, like a story line */
    GLOSSARY_ENTRIES_MAX = 1000,
    GLOSSARY_NAMES_MAX = 32, /* the term and its also: forms */
    NAME_MAX_LEN = 63,
};

typedef struct Entry {
    char *term; /* as shown */
    char *text;
    char *see;                                        /* "a, b", or NULL */
    char names[GLOSSARY_NAMES_MAX][NAME_MAX_LEN + 1]; /* normalized; names[0] is the term */
    int n_names;
    int line;
} Entry;

struct Glossary {
    Entry *entries;
    int n;
};

/* An entry being read, with its text so far. */
typedef struct Reader {
    const char *path;
    Glossary *g;
    int cap;
    Entry cur;
    bool open;      /* a "## term" is being read */
    bool skip;      /* ... but it is unusable: read past it */
    bool has_text;  /* its paragraphs have begun (also:/see: must come first) */
    bool gap;       /* a blank line since the last text line */
    bool cut;       /* its text was too long and was cut */
    bool full;      /* the glossary has all the entries it can hold (said once) */
    bool no_memory; /* an allocation failed: the whole load is given up */
    size_t len, text_cap;
} Reader;

static bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

/* `s[0..n)` as a name is looked up: trimmed, inner spaces made one, ASCII
 * lower-cased (the same as a [[link]]'s term). False when empty or too long. */
static bool normalize(const char *s, size_t n, char out[NAME_MAX_LEN + 1])
{
    size_t k = 0;
    bool gap = false;
    for (size_t i = 0; i < n; i++) {
        if (is_blank(s[i])) {
            gap = k > 0;
            continue;
        }
        if (k + (gap ? 2 : 1) > NAME_MAX_LEN)
            return false;
        if (gap)
            out[k++] = ' ';
        gap = false;
        out[k++] = lower(s[i]);
    }
    out[k] = '\0';
    return k > 0;
}

static void trim(const char **a, const char **b)
{
    while (*a < *b && is_blank(**a))
        (*a)++;
    while (*b > *a && is_blank((*b)[-1]))
        (*b)--;
}

static void drop_entry(Entry *e)
{
    attune_free(e->term);
    attune_free(e->text);
    attune_free(e->see);
    memset(e, 0, sizeof *e);
}

/* Which entry already has `name`, or -1. */
static int owner_of(const Glossary *g, const char *name)
{
    for (int i = 0; i < g->n; i++)
        for (int k = 0; k < g->entries[i].n_names; k++)
            if (strcmp(g->entries[i].names[k], name) == 0)
                return i;
    return -1;
}

/* Append `s[0..n)` to the text, cut at GLOSSARY_TEXT_MAX on a character
 * boundary. */
static void add_text(Reader *r, const char *s, size_t n)
{
    if (r->cut)
        return;
    if (r->len + n > GLOSSARY_TEXT_MAX) {
        n = r->len < GLOSSARY_TEXT_MAX ? GLOSSARY_TEXT_MAX - r->len : 0;
        n = utf8_boundary(s, n);
        r->cut = true;
        log_error("glossary", "%s:%d: the text of '%s' is too long; it is cut at %d bytes", r->path,
                  r->cur.line, r->cur.term, GLOSSARY_TEXT_MAX);
    }
    size_t need = r->len + n + sizeof "…";
    if (need > r->text_cap) {
        size_t cap = need * 2;
        char *nt = attune_realloc(r->cur.text, cap);
        if (!nt) {
            r->no_memory = true;
            return;
        }
        r->cur.text = nt;
        r->text_cap = cap;
    }
    memcpy(r->cur.text + r->len, s, n);
    r->len += n;
    if (r->cut) {
        memcpy(r->cur.text + r->len, "…", sizeof "…" - 1);
        r->len += sizeof "…" - 1;
    }
    r->cur.text[r->len] = '\0';
}

/* Close the entry being read: keep it if it is whole, else say why not. */
static void finish(Reader *r)
{
    Entry *e = &r->cur;
    if (!r->open || r->skip || r->no_memory) {
        drop_entry(e);
    } else if (!e->text || !e->text[0]) {
        log_error("glossary", "%s:%d: '%s' has no text; skipped", r->path, e->line, e->term);
        drop_entry(e);
    } else if (owner_of(r->g, e->names[0]) >= 0) {
        log_error("glossary", "%s:%d: '%s' is already in the glossary; skipped", r->path, e->line,
                  e->term);
        drop_entry(e);
    } else if (r->g->n >= GLOSSARY_ENTRIES_MAX) {
        if (!r->full)
            log_error("glossary",
                      "%s:%d: more than %d entries; '%s' and those after it are skipped", r->path,
                      e->line, GLOSSARY_ENTRIES_MAX, e->term);
        r->full = true;
        drop_entry(e);
    } else {
        /* An also: form another entry has already taken is dropped here. */
        int kept = 1;
        for (int k = 1; k < e->n_names; k++) {
            int other = owner_of(r->g, e->names[k]);
            if (other >= 0) {
                log_error("glossary", "%s:%d: '%s' already names '%s'; it cannot name '%s' too",
                          r->path, e->line, e->names[k], r->g->entries[other].term, e->term);
                continue;
            }
            memmove(e->names[kept++], e->names[k], sizeof e->names[k]);
        }
        e->n_names = kept;
        if (r->g->n == r->cap) {
            int cap = r->cap ? r->cap * 2 : 32;
            Entry *ne = attune_realloc(r->g->entries, (size_t)cap * sizeof *ne);
            if (!ne) {
                r->no_memory = true;
                drop_entry(e);
                goto done;
            }
            r->g->entries = ne;
            r->cap = cap;
        }
        r->g->entries[r->g->n++] = *e;
        memset(e, 0, sizeof *e);
    }
done:
    r->open = r->skip = r->has_text = r->gap = r->cut = false;
    r->len = r->text_cap = 0;
}

/* "## term": start a new entry. */
static void heading(Reader *r, const char *a, const char *b, int line)
{
    finish(r);
    trim(&a, &b);
    r->open = true;
    r->cur.line = line;
    if (!normalize(a, (size_t)(b - a), r->cur.names[0])) {
        log_error("glossary", "%s:%d: a term must have 1 to %d characters; skipped", r->path, line,
                  NAME_MAX_LEN);
        r->skip = true;
        return;
    }
    r->cur.n_names = 1;
    r->cur.term = attune_malloc((size_t)(b - a) + 1);
    if (!r->cur.term) {
        r->no_memory = true;
        return;
    }
    memcpy(r->cur.term, a, (size_t)(b - a));
    r->cur.term[b - a] = '\0';
}

/* "also: a, b": more names; "see: a, b": related entries. */
static void list_line(Reader *r, bool also, const char *a, const char *b, int line)
{
    char see[1024];
    size_t see_len = 0;
    while (a < b) {
        const char *c = a;
        while (c < b && *c != ',')
            c++;
        const char *ia = a, *ib = c;
        trim(&ia, &ib);
        a = c + 1;
        if (ia == ib)
            continue;
        char name[NAME_MAX_LEN + 1];
        if (!normalize(ia, (size_t)(ib - ia), name)) {
            log_error("glossary", "%s:%d: '%.*s' is longer than %d characters; ignored", r->path,
                      line, (int)(ib - ia > 80 ? 80 : ib - ia), ia, NAME_MAX_LEN);
            continue;
        }
        if (also) {
            bool dup = false;
            for (int k = 0; k < r->cur.n_names; k++)
                dup = dup || strcmp(r->cur.names[k], name) == 0;
            if (dup)
                continue;
            if (r->cur.n_names == GLOSSARY_NAMES_MAX) {
                log_error("glossary", "%s:%d: more than %d names for '%s'; '%s' is ignored",
                          r->path, line, GLOSSARY_NAMES_MAX - 1, r->cur.term, name);
                continue;
            }
            memcpy(r->cur.names[r->cur.n_names++], name, sizeof name);
        } else if (see_len + (size_t)(ib - ia) + 3 < sizeof see) {
            if (see_len) {
                memcpy(see + see_len, ", ", 2);
                see_len += 2;
            }
            memcpy(see + see_len, ia, (size_t)(ib - ia));
            see_len += (size_t)(ib - ia);
        }
    }
    if (!also && see_len) {
        see[see_len] = '\0';
        attune_free(r->cur.see);
        r->cur.see = str_dup(see);
        r->no_memory = r->no_memory || !r->cur.see;
    }
}

/* Does line [a, b) start with the key `key` ("also:"), in any case? */
static bool has_key(const char *a, const char *b, const char *key)
{
    size_t n = strlen(key);
    if ((size_t)(b - a) < n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (lower(a[i]) != key[i])
            return false;
    return true;
}

static int by_term(const void *pa, const void *pb)
{
    const Entry *a = pa, *b = pb;
    int c = strcmp(a->names[0], b->names[0]);
    return c ? c : strcmp(a->term, b->term);
}

Glossary *glossary_load(const char *path)
{
    if (!path)
        return NULL;
    size_t len = 0;
    char *buf = paths_read_file(path, GLOSSARY_FILE_MAX, &len);
    if (!buf) {
        log_error("glossary", "cannot read '%s'; the game goes on without a glossary", path);
        return NULL;
    }
    if (strlen(buf) != len || !utf8_valid(buf, len)) {
        log_error("glossary", "'%s' is not UTF-8 text; the game goes on without a glossary", path);
        attune_free(buf);
        return NULL;
    }
    Glossary *g = attune_calloc(1, sizeof *g);
    if (!g) {
        attune_free(buf);
        return NULL;
    }
    Reader r = {.path = path, .g = g};
    bool warned_stray = false;
    int line = 0;
    for (const char *p = buf; p < buf + len && !r.no_memory;) {
        const char *eol = memchr(p, '\n', (size_t)(buf + len - p));
        const char *a = p, *b = eol ? eol : buf + len;
        p = eol ? eol + 1 : buf + len;
        line++;
        trim(&a, &b);
        if (a == b) {
            r.gap = r.has_text;
            continue;
        }
        if (b - a >= 2 && a[0] == '#' && a[1] == '#') {
            heading(&r, a + 2, b, line);
            continue;
        }
        if (a[0] == '#')
            continue; /* a comment */
        if (!r.open) {
            if (!warned_stray)
                log_error("glossary", "%s:%d: text before the first '## term' is ignored", path,
                          line);
            warned_stray = true;
            continue;
        }
        if (r.skip)
            continue;
        if (!r.has_text && has_key(a, b, "also:")) {
            list_line(&r, true, a + 5, b, line);
            continue;
        }
        if (!r.has_text && has_key(a, b, "see:")) {
            list_line(&r, false, a + 4, b, line);
            continue;
        }
        if (r.has_text)
            add_text(&r, r.gap ? "\n" : " ", 1);
        add_text(&r, a, (size_t)(b - a));
        r.has_text = true;
        r.gap = false;
    }
    finish(&r);
    attune_free(buf);
    if (r.no_memory) {
        log_error("glossary", "out of memory reading '%s'; the game goes on without a glossary",
                  path);
        glossary_destroy(g);
        return NULL;
    }
    ATTUNE_ASSERT(g->n <= GLOSSARY_ENTRIES_MAX);
    if (g->n == 0) {
        log_error("glossary", "'%s' holds no entry (each starts with a line '## term')", path);
        glossary_destroy(g);
        return NULL;
    }
    qsort(g->entries, (size_t)g->n, sizeof *g->entries, by_term);
    return g;
}

void glossary_destroy(Glossary *g)
{
    if (!g)
        return;
    for (int i = 0; i < g->n; i++)
        drop_entry(&g->entries[i]);
    attune_free(g->entries);
    attune_free(g);
}

int glossary_count(const Glossary *g)
{
    return g ? g->n : 0;
}

static const Entry *entry(const Glossary *g, int i)
{
    return g && i >= 0 && i < g->n ? &g->entries[i] : NULL;
}

const char *glossary_term(const Glossary *g, int i)
{
    const Entry *e = entry(g, i);
    return e ? e->term : NULL;
}

const char *glossary_text(const Glossary *g, int i)
{
    const Entry *e = entry(g, i);
    return e ? e->text : NULL;
}

const char *glossary_see(const Glossary *g, int i)
{
    const Entry *e = entry(g, i);
    return e ? e->see : NULL;
}

int glossary_find(const Glossary *g, const char *name)
{
    char key[NAME_MAX_LEN + 1];
    if (!g || !name || !normalize(name, strlen(name), key))
        return -1;
    return owner_of(g, key);
}
