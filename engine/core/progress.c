/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Progress across plays of one story: endings, answers chosen, beats seen.
 * Layer: core. Invariant: a file that fails its checks is set aside
 * (never overwritten) and progress starts empty; sizes are bounded so that
 * no file can exhaust memory. File (one "key value" a line):
 *   attune-progress 1 | story ID | plays N | finished N | last T
 *   ending TIMES ID<tab>TITLE ... | chose ID ... | seen ID ... | crc HEX
 * where HEX is the CRC-32 of every byte before the crc line. */
#include "attune/progress.h"
#include "attune/alloc.h"
#include "attune/log.h"
#include "attune/paths.h"
#include "attune/save.h"
#include "attune/utf8.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum { FORMAT_VERSION = 1, MAX_FILE = 16 * 1024 * 1024 };

/* A set of strings: open addressing, linear probing, at most half full. */
typedef struct IdSet {
    char **slot;
    size_t cap; /* a power of two, or 0 */
    size_t count;
} IdSet;

typedef struct Ending {
    char *id;
    char title[PROGRESS_MAX_TITLE + 1];
    int times;
} Ending;

struct Progress {
    char story_id[128];
    bool can_save; /* false: bad story id, or a file we could not judge */
    bool warned;   /* the "too many marks" message was given */
    IdSet seen, chosen;
    Ending *endings;
    int n_endings, cap_endings;
    int started, finished;
    int64_t last;
};

/* ---- the sets ---------------------------------------------------------- */

static size_t hash(const char *s)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return (size_t)h;
}

/* The slot holding `id`, or the empty slot where it would go. */
static size_t set_slot(const IdSet *set, const char *id)
{
    ATTUNE_ASSERT(set->cap > 0 && (set->cap & (set->cap - 1)) == 0); /* the mask needs 2^k */
    size_t mask = set->cap - 1, i = hash(id) & mask;
    while (set->slot[i] && strcmp(set->slot[i], id) != 0)
        i = (i + 1) & mask;
    return i;
}

static bool set_has(const IdSet *set, const char *id)
{
    return set->cap > 0 && set->slot[set_slot(set, id)] != NULL;
}

static bool set_grow(IdSet *set)
{
    size_t cap = set->cap ? set->cap * 2 : 64;
    char **old = set->slot;
    size_t old_cap = set->cap;
    set->slot = attune_calloc(cap, sizeof *set->slot);
    if (!set->slot) {
        set->slot = old;
        return false;
    }
    set->cap = cap;
    for (size_t i = 0; i < old_cap; i++)
        if (old[i])
            set->slot[set_slot(set, old[i])] = old[i];
    attune_free(old);
    return true;
}

/* 1 when added, 0 when it was there already, -1 when out of memory. */
static int set_add(IdSet *set, const char *id)
{
    if (set_has(set, id))
        return 0;
    if ((set->count + 1) * 2 > set->cap && !set_grow(set))
        return -1;
    char *copy = str_dup(id);
    if (!copy)
        return -1;
    set->slot[set_slot(set, id)] = copy;
    set->count++;
    ATTUNE_ASSERT(set->count * 2 <= set->cap); /* never more than half full */
    return 1;
}

static void set_free(IdSet *set)
{
    for (size_t i = 0; i < set->cap; i++)
        attune_free(set->slot[i]);
    attune_free(set->slot);
    memset(set, 0, sizeof *set);
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The members, sorted (so that files are stable); caller frees the array. */
static char **set_sorted(const IdSet *set)
{
    char **all = attune_malloc((set->count + 1) * sizeof *all);
    if (!all)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < set->cap; i++)
        if (set->slot[i])
            all[n++] = set->slot[i];
    qsort(all, n, sizeof *all, compare_strings);
    return all;
}

/* ---- the object -------------------------------------------------------- */

static bool story_id_ok(const char *id)
{
    size_t n = id ? strlen(id) : 0;
    if (n == 0 || n > PROGRESS_MAX_ID)
        return false;
    return strspn(id, "abcdefghijklmnopqrstuvwxyz0123456789_-") == n;
}

/* An id fit to be kept: 1..PROGRESS_MAX_ID bytes, no control characters. */
static bool id_ok(const char *id, size_t n)
{
    if (n == 0 || n > PROGRESS_MAX_ID)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)id[i] < 0x20 || id[i] == 0x7f)
            return false;
    return true;
}

static int entries(const Progress *p)
{
    return (int)(p->seen.count + p->chosen.count) + p->n_endings;
}

static void reset(Progress *p)
{
    set_free(&p->seen);
    set_free(&p->chosen);
    for (int i = 0; i < p->n_endings; i++)
        attune_free(p->endings[i].id);
    attune_free(p->endings);
    p->endings = NULL;
    p->n_endings = p->cap_endings = 0;
    p->started = p->finished = 0;
    p->last = 0;
}

void progress_destroy(Progress *p)
{
    if (!p)
        return;
    reset(p);
    attune_free(p);
}

const char *progress_story_id(const Progress *p)
{
    return p->story_id;
}

/* Room for one more mark? Says so once when there is not. */
static bool room(Progress *p)
{
    if (entries(p) < PROGRESS_MAX_ENTRIES)
        return true;
    if (!p->warned)
        log_error("progress", "story '%s': too many marks to keep; later ones are not kept",
                  p->story_id);
    p->warned = true;
    return false;
}

static void mark(Progress *p, IdSet *set, const char *id)
{
    if (!id || !id_ok(id, strlen(id)) || set_has(set, id) || !room(p))
        return;
    set_add(set, id);
}

void progress_mark_seen(Progress *p, const char *beat_id)
{
    mark(p, &p->seen, beat_id);
}

bool progress_seen(const Progress *p, const char *beat_id)
{
    return beat_id && set_has(&p->seen, beat_id);
}

int progress_seen_count(const Progress *p)
{
    return (int)p->seen.count;
}

void progress_mark_chosen(Progress *p, const char *choice_id)
{
    mark(p, &p->chosen, choice_id);
}

bool progress_chosen(const Progress *p, const char *choice_id)
{
    return choice_id && set_has(&p->chosen, choice_id);
}

int progress_chosen_count(const Progress *p)
{
    return (int)p->chosen.count;
}

/* Copy a title onto one line, cut on a whole UTF-8 character. */
static void set_title(char *dst, const char *src)
{
    size_t n = 0;
    for (; src[n] && n < PROGRESS_MAX_TITLE; n++) {
        unsigned char c = (unsigned char)src[n];
        dst[n] = (c < 0x20 || c == 0x7f) ? ' ' : (char)c;
    }
    if (src[n]) /* cut: do not leave half a character */
        n = utf8_boundary(src, n);
    dst[n] = '\0';
}

int progress_ending_find(const Progress *p, const char *ending_id)
{
    for (int i = 0; ending_id && i < p->n_endings; i++)
        if (strcmp(p->endings[i].id, ending_id) == 0)
            return i;
    return -1;
}

/* Append a new ending (id already checked); NULL when there is no room. */
static Ending *add_ending(Progress *p, const char *id, size_t id_len)
{
    if (p->n_endings >= PROGRESS_MAX_ENDINGS)
        return NULL;
    if (p->n_endings == p->cap_endings) {
        int cap = p->cap_endings ? p->cap_endings * 2 : 8;
        Ending *grown = attune_realloc(p->endings, (size_t)cap * sizeof *grown);
        if (!grown)
            return NULL;
        p->endings = grown;
        p->cap_endings = cap;
    }
    ATTUNE_ASSERT(p->n_endings < p->cap_endings && p->n_endings < PROGRESS_MAX_ENDINGS);
    Ending *e = &p->endings[p->n_endings++];
    memset(e, 0, sizeof *e);
    e->id = attune_malloc(id_len + 1);
    if (!e->id) {
        p->n_endings--;
        return NULL;
    }
    memcpy(e->id, id, id_len);
    e->id[id_len] = '\0';
    return e;
}

void progress_mark_ending(Progress *p, const char *ending_id, const char *title)
{
    if (!ending_id || !id_ok(ending_id, strlen(ending_id)))
        return;
    int i = progress_ending_find(p, ending_id);
    Ending *e = i >= 0 ? &p->endings[i] : NULL;
    if (!e) {
        if (!room(p) || !(e = add_ending(p, ending_id, strlen(ending_id))))
            return;
    }
    if (e->times < INT_MAX)
        e->times++;
    if (title && *title)
        set_title(e->title, title);
}

int progress_ending_count(const Progress *p)
{
    return p->n_endings;
}

const char *progress_ending_id(const Progress *p, int i)
{
    return i >= 0 && i < p->n_endings ? p->endings[i].id : NULL;
}

const char *progress_ending_title(const Progress *p, int i)
{
    return i >= 0 && i < p->n_endings ? p->endings[i].title : NULL;
}

int progress_ending_times(const Progress *p, int i)
{
    return i >= 0 && i < p->n_endings ? p->endings[i].times : 0;
}

void progress_start_play(Progress *p, int64_t now)
{
    if (p->started < INT_MAX)
        p->started++;
    p->last = now > 0 ? now : 0;
}

void progress_finish_play(Progress *p, int64_t now)
{
    if (p->finished < INT_MAX)
        p->finished++;
    p->last = now > 0 ? now : 0;
}

int progress_plays_started(const Progress *p)
{
    return p->started;
}

int progress_plays_finished(const Progress *p)
{
    return p->finished;
}

int64_t progress_last_played(const Progress *p)
{
    return p->last;
}

/* ---- the file ---------------------------------------------------------- */

static bool file_path(char *out, size_t n, const char *dir, const char *story_id)
{
    char name[160];
    snprintf(name, sizeof name, "progress-%s.txt", story_id);
    return dir && paths_join(out, n, dir, name);
}

/* Decimal digits only, at most `max`. */
static bool parse_number(const char *s, size_t n, int64_t max, int64_t *out)
{
    if (n == 0 || n > 19)
        return false;
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0'); /* 19 digits cannot overflow */
    }
    if (v > max)
        return false;
    *out = v;
    return true;
}

static bool key_is(const char *k, size_t klen, const char *name)
{
    return strlen(name) == klen && memcmp(k, name, klen) == 0;
}

/* "TIMES ID<tab>TITLE" */
static bool parse_ending(Progress *p, const char *v, size_t n)
{
    const char *sp = memchr(v, ' ', n);
    const char *tab = sp ? memchr(sp + 1, '\t', n - (size_t)(sp + 1 - v)) : NULL;
    int64_t times;
    if (!tab || !parse_number(v, (size_t)(sp - v), INT_MAX, &times) || times < 1)
        return false;
    const char *id = sp + 1, *title = tab + 1;
    size_t id_len = (size_t)(tab - id), title_len = n - (size_t)(title - v);
    if (!id_ok(id, id_len) || title_len > PROGRESS_MAX_TITLE)
        return false;
    for (size_t i = 0; i < title_len; i++)
        if ((unsigned char)title[i] < 0x20 || title[i] == 0x7f)
            return false;
    char key[PROGRESS_MAX_ID + 1];
    memcpy(key, id, id_len);
    key[id_len] = '\0';
    if (progress_ending_find(p, key) >= 0 || entries(p) >= PROGRESS_MAX_ENTRIES)
        return false;
    Ending *e = add_ending(p, id, id_len);
    if (!e)
        return false;
    e->times = (int)times;
    memcpy(e->title, title, title_len);
    e->title[title_len] = '\0';
    return true;
}

/* A set member; a repeated one means the file was not written by us. */
static bool parse_member(Progress *p, IdSet *set, const char *v, size_t n)
{
    if (!id_ok(v, n) || entries(p) >= PROGRESS_MAX_ENTRIES)
        return false;
    char id[PROGRESS_MAX_ID + 1];
    memcpy(id, v, n);
    id[n] = '\0';
    return set_add(set, id) == 1;
}

typedef enum Verdict { READ_OK, READ_DAMAGED, READ_OTHER_VERSION } Verdict;

/* Check and read a whole file into the empty `p`. */
static Verdict parse(Progress *p, const char *buf, size_t len)
{
    static const char head[] = "attune-progress ";
    size_t hl = sizeof head - 1;
    if (len < hl || memcmp(buf, head, hl) != 0 || memchr(buf, '\0', len))
        return READ_DAMAGED;
    const char *eol = memchr(buf, '\n', len);
    int64_t version;
    if (!eol || !parse_number(buf + hl, (size_t)(eol - buf) - hl, INT_MAX, &version))
        return READ_DAMAGED;
    if (version != FORMAT_VERSION)
        return READ_OTHER_VERSION;
    /* The last line is "crc HEX" for every byte before it. */
    if (buf[len - 1] != '\n')
        return READ_DAMAGED;
    size_t last = len - 1;
    while (last > 0 && buf[last - 1] != '\n')
        last--;
    char crc_line[16];
    snprintf(crc_line, sizeof crc_line, "crc %08x\n", (unsigned)save_crc32(buf, last));
    if (len - last != strlen(crc_line) || memcmp(buf + last, crc_line, len - last) != 0)
        return READ_DAMAGED;

    enum { STORY = 1, PLAYS = 2, FINISHED = 4, LAST = 8 };
    unsigned got = 0;
    for (const char *s = eol + 1, *end = buf + last; s < end;) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        const char *sp = memchr(s, ' ', (size_t)(nl - s));
        if (!sp)
            return READ_DAMAGED;
        size_t klen = (size_t)(sp - s), vlen = (size_t)(nl - sp - 1);
        const char *v = sp + 1;
        unsigned field = 0;
        int64_t num = 0;
        bool ok;
        if (key_is(s, klen, "seen")) {
            ok = parse_member(p, &p->seen, v, vlen);
        } else if (key_is(s, klen, "chose")) {
            ok = parse_member(p, &p->chosen, v, vlen);
        } else if (key_is(s, klen, "ending")) {
            ok = parse_ending(p, v, vlen);
        } else if (key_is(s, klen, "story")) {
            field = STORY;
            ok = vlen == strlen(p->story_id) && memcmp(v, p->story_id, vlen) == 0;
        } else if (key_is(s, klen, "plays")) {
            field = PLAYS;
            ok = parse_number(v, vlen, INT_MAX, &num);
            p->started = (int)num;
        } else if (key_is(s, klen, "finished")) {
            field = FINISHED;
            ok = parse_number(v, vlen, INT_MAX, &num);
            p->finished = (int)num;
        } else if (key_is(s, klen, "last")) {
            field = LAST;
            ok = parse_number(v, vlen, INT64_MAX, &num);
            p->last = num;
        } else {
            ok = false;
        }
        if (!ok || (got & field))
            return READ_DAMAGED;
        got |= field;
        s = nl + 1;
    }
    return (got & STORY) ? READ_OK : READ_DAMAGED;
}

Progress *progress_load(const char *dir, const char *story_id)
{
    Progress *p = attune_calloc(1, sizeof *p);
    if (!p)
        return NULL;
    if (!story_id_ok(story_id)) {
        log_error("progress", "story id '%.64s' cannot name a file; progress will not be kept",
                  story_id ? story_id : "(none)");
        str_copy(p->story_id, story_id, sizeof p->story_id);
        return p;
    }
    str_copy(p->story_id, story_id, sizeof p->story_id);
    char path[1400];
    if (!file_path(path, sizeof path, dir, story_id))
        return p; /* no folder: nothing to read, nowhere to write */
    struct stat st;
    if (stat(path, &st) != 0) {
        p->can_save = errno == ENOENT;
        if (!p->can_save)
            log_error("progress", "cannot read '%s': %s", path, strerror(errno));
        return p;
    }
    Verdict v = READ_DAMAGED;
    if (S_ISREG(st.st_mode) && st.st_size <= MAX_FILE) {
        size_t len = 0;
        char *buf = paths_read_file(path, MAX_FILE, &len);
        if (!buf)
            return p; /* logged; a file we could not read is not overwritten */
        v = parse(p, buf, len);
        attune_free(buf);
    }
    if (v == READ_OK) {
        p->can_save = true;
    } else if (v == READ_OTHER_VERSION) {
        reset(p);
        log_error("progress", "'%s' is from another version of Attune; left as it is", path);
    } else {
        reset(p);
        log_error("progress", "'%s' is damaged; keeping it as .corrupt and starting afresh", path);
        p->can_save = save_set_aside(path);
    }
    return p;
}

/* The whole file's text; caller frees. NULL when out of memory. */
static char *format(const Progress *p, size_t *len)
{
    char **seen = set_sorted(&p->seen), **chosen = set_sorted(&p->chosen);
    size_t cap = 256 + strlen(p->story_id);
    for (int i = 0; i < p->n_endings; i++)
        cap += 32 + strlen(p->endings[i].id) + strlen(p->endings[i].title);
    for (size_t i = 0; seen && i < p->seen.count; i++)
        cap += 8 + strlen(seen[i]);
    for (size_t i = 0; chosen && i < p->chosen.count; i++)
        cap += 8 + strlen(chosen[i]);
    char *buf = seen && chosen ? attune_malloc(cap) : NULL;
    if (!buf) {
        attune_free(seen);
        attune_free(chosen);
        return NULL;
    }
    size_t n = (size_t)snprintf(
        buf, cap, "attune-progress %d\nstory %s\nplays %d\nfinished %d\nlast %lld\n",
        FORMAT_VERSION, p->story_id, p->started, p->finished, (long long)p->last);
    for (int i = 0; i < p->n_endings; i++)
        n += (size_t)snprintf(buf + n, cap - n, "ending %d %s\t%s\n", p->endings[i].times,
                              p->endings[i].id, p->endings[i].title);
    for (size_t i = 0; i < p->chosen.count; i++)
        n += (size_t)snprintf(buf + n, cap - n, "chose %s\n", chosen[i]);
    for (size_t i = 0; i < p->seen.count; i++)
        n += (size_t)snprintf(buf + n, cap - n, "seen %s\n", seen[i]);
    n += (size_t)snprintf(buf + n, cap - n, "crc %08x\n", (unsigned)save_crc32(buf, n));
    attune_free(seen);
    attune_free(chosen);
    *len = n;
    return buf;
}

bool progress_save(Progress *p, const char *dir)
{
    char path[1400];
    if (!p->can_save || !file_path(path, sizeof path, dir, p->story_id)) {
        log_error("progress", "progress in story '%s' cannot be kept here", p->story_id);
        return false;
    }
    size_t len = 0;
    char *buf = format(p, &len);
    if (!buf) {
        log_error("progress", "out of memory writing '%s'", path);
        return false;
    }
    bool ok = save_write_atomic(path, (const unsigned char *)buf, len);
    attune_free(buf);
    return ok;
}
