/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Saves: encode, decode, atomic write, rotating autosave generations and
 * manual slots. Layer: core. Invariant: a file that fails to decode is
 * never overwritten or deleted (it is set aside as *.corrupt), and a write
 * either lands whole or leaves the previous file as it was.
 * Header (little-endian): "ATSV" | u32 version | u64 sequence | u32 payload
 * length | u32 CRC32 of the header's first 20 bytes and the payload.
 * Payload: "key value" lines. Version 1 keys: story, dir, seed, time, step.
 * Version 2 adds title, beat, label, and roads: "road N" then N "via ID".
 * Version 3 is version 2 with up to SAVE_MAX_STEPS steps and MAX_PAYLOAD
 * bytes (version 2: 512 and V2_PAYLOAD), written only for a play that needs
 * it. Every past version is read: 1 with its new fields empty, 2 as is. */
#include "attune/save.h"
#include "attune/alloc.h"
#include "attune/i18n.h"
#include "attune/log.h"
#include "attune/paths.h"
#include "attune/utf8.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

/* MAX_PAYLOAD holds SAVE_MAX_STEPS steps and every road at SAVE_MAX_ID
 * bytes an id with room to spare; format 2 held at most V2_PAYLOAD. */
enum { HEADER_SIZE = 24, MAX_PAYLOAD = 2 * 1024 * 1024, V2_PAYLOAD = 256 * 1024, LABEL_MAX = 60 };
static const char MAGIC[4] = {'A', 'T', 'S', 'V'};

void save_data_clear(SaveData *d)
{
    for (int i = 0; i < d->n_path; i++)
        attune_free(d->path[i]);
    attune_free(d->path);
    for (int i = 0; i < d->n_roads; i++)
        attune_free(d->roads[i]);
    memset(d, 0, sizeof *d);
}

bool save_data_push(SaveData *d, const char *choice_id)
{
    if (d->n_path >= SAVE_MAX_STEPS || !choice_id)
        return false;
    if (d->n_path == d->cap_path) {
        int cap = d->cap_path ? d->cap_path * 2 : 64;
        if (cap > SAVE_MAX_STEPS)
            cap = SAVE_MAX_STEPS;
        char **grown = attune_realloc(d->path, (size_t)cap * sizeof *grown);
        if (!grown)
            return false;
        d->path = grown;
        d->cap_path = cap;
    }
    char *id = str_dup(choice_id);
    if (!id)
        return false;
    ATTUNE_ASSERT(d->n_path < d->cap_path && d->cap_path <= SAVE_MAX_STEPS);
    d->path[d->n_path++] = id;
    return true;
}

bool save_data_add_road(SaveData *d, const char *const *ids, int n)
{
    if (d->n_roads >= SAVE_MAX_ROADS || !ids || n < 1 || n > SAVE_MAX_PATH)
        return false;
    size_t len = 0;
    for (int i = 0; i < n; i++) {
        if (!save_id_ok(ids[i]))
            return false;
        len += strlen(ids[i]) + 1;
    }
    char *road = attune_malloc(len);
    if (!road)
        return false;
    char *p = road;
    for (int i = 0; i < n; i++) {
        size_t k = strlen(ids[i]);
        memcpy(p, ids[i], k);
        p += k;
        *p++ = i + 1 < n ? '\n' : '\0';
    }
    ATTUNE_ASSERT(d->n_roads < SAVE_MAX_ROADS);
    d->roads[d->n_roads++] = road;
    return true;
}

void save_data_drop_road(SaveData *d, int i)
{
    if (i < 0 || i >= d->n_roads)
        return;
    attune_free(d->roads[i]);
    memmove(d->roads + i, d->roads + i + 1, (size_t)(d->n_roads - i - 1) * sizeof d->roads[0]);
    d->roads[--d->n_roads] = NULL;
}

int save_road_split(char *road_copy, char **ids, int max)
{
    if (!road_copy || !*road_copy)
        return 0;
    int n = 0;
    for (char *p = road_copy;;) {
        char *nl = strchr(p, '\n');
        if (n < max)
            ids[n] = p;
        n++;
        if (!nl)
            break;
        *nl = '\0';
        p = nl + 1;
    }
    return n;
}

/* Append byte `c` to the label being built, collapsing runs of spaces. */
static void label_put(char *out, size_t *n, char c)
{
    if (c == ' ' && (*n == 0 || out[*n - 1] == ' '))
        return;
    out[(*n)++] = c;
}

void save_data_set_label(SaveData *d, const char *text)
{
    char out[LABEL_MAX + 8];
    size_t n = 0;
    bool cut = false, mid_char = false;
    for (const char *s = text ? text : ""; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '\\' && s[1])
            c = (unsigned char)*++s; /* an escaped character stands for itself */
        else if (c == '*')
            continue; /* emphasis markup */
        if (c < 0x20 || c == 0x7f)
            c = ' ';
        if (n >= LABEL_MAX) {
            if (c == ' ')
                continue;
            cut = true;
            mid_char = (c & 0xC0) == 0x80;
            break;
        }
        label_put(out, &n, (char)c);
    }
    if (cut) {
        /* Back to a whole word when one ends in the second half, else at
         * least to a whole UTF-8 character. */
        size_t k = n;
        while (k > LABEL_MAX / 2 && out[k - 1] != ' ')
            k--;
        if (k > LABEL_MAX / 2) {
            n = k;
        } else if (mid_char) {
            n = utf8_trim(out, n);
        }
        while (n > 0 && strchr(" ,;:-", out[n - 1]))
            n--;
    }
    while (n > 0 && out[n - 1] == ' ')
        n--;
    out[n] = '\0';
    if (cut && n > 0)
        snprintf(d->beat_label, sizeof d->beat_label, "%s\xE2\x80\xA6", out);
    else
        str_copy(d->beat_label, out, sizeof d->beat_label);
}

static void put32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static void put64(unsigned char *p, uint64_t v)
{
    for (int i = 0; i < 8; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static uint32_t get32(const unsigned char *p)
{
    uint32_t v = 0;
    for (int i = 3; i >= 0; i--)
        v = (v << 8) | p[i];
    return v;
}

static uint64_t get64(const unsigned char *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--)
        v = (v << 8) | p[i];
    return v;
}

/* zlib's CRC-32 (the IEEE one), chunked to fit its uInt length.
 * NOTE: the same value SDL_crc32 gave, which saves written before were
 * checked with (tests/test_save.c holds one such save and known values). */
static uint32_t crc_more(uint32_t crc, const void *buf, size_t len)
{
    const Bytef *p = buf;
    while (len > 0) {
        uInt k = len > 0x40000000u ? 0x40000000u : (uInt)len;
        crc = (uint32_t)crc32(crc, p, k);
        p += k;
        len -= k;
    }
    return crc;
}

uint32_t save_crc32(const void *buf, size_t len)
{
    return crc_more(0, buf, len);
}

/* CRC32 of the header before the checksum field, then of the payload, so a
 * damaged sequence number is caught as surely as damaged text. */
static uint32_t checksum(const unsigned char *buf, uint32_t payload)
{
    uint32_t crc = crc_more(0, buf, 20);
    return crc_more(crc, buf + HEADER_SIZE, payload);
}

/* A value may not hold a newline; anything else is kept as is. It must end
 * inside its array, or it is not a string at all. */
static bool clean_value(const char *s, size_t size)
{
    return s && strnlen(s, size) < size && !strchr(s, '\n') && !strchr(s, '\r');
}

bool save_id_ok(const char *id)
{
    size_t len = id ? strnlen(id, SAVE_MAX_ID + 1) : 0, i = 0;
    if (len == 0 || len > SAVE_MAX_ID)
        return false;
    while (i < len) {
        size_t at = i;
        uint32_t c = utf8_next(id, len, &i);
        if (str_is_control(c) || (c == 0xFFFD && !(i - at == 3 && (unsigned char)id[at] == 0xEF)))
            return false;
    }
    return true;
}

/* How many ids road `r` holds, or 0 when it could not be read back (an id
 * that fails save_id_ok, or too many). */
static int road_count(const char *r)
{
    if (!r || !*r)
        return 0;
    int n = 0;
    for (const char *p = r; p; n++) {
        const char *nl = strchr(p, '\n');
        size_t k = nl ? (size_t)(nl - p) : strlen(p);
        char id[SAVE_MAX_ID + 1];
        if (k > SAVE_MAX_ID || n >= SAVE_MAX_PATH)
            return 0;
        memcpy(id, p, k);
        id[k] = '\0';
        if (!save_id_ok(id))
            return 0;
        p = nl ? nl + 1 : NULL;
    }
    return n;
}

/* A growing output buffer for the payload; capacity is worked out first. */
typedef struct Out {
    char *p;
    size_t left;
} Out;

static void out_line(Out *o, const char *key, const char *value)
{
    int n = snprintf(o->p, o->left, "%s %s\n", key, value);
    o->p += n;
    o->left -= (size_t)n;
}

unsigned char *save_encode(const SaveData *d, size_t *len)
{
    /* Only what save_decode reads back is written: ids by save_id_ok (the
     * story id and every step are needed, the beat may be empty), other
     * fields on one line and ended inside their arrays. */
    if (!save_id_ok(d->story_id) || (d->beat[0] && !save_id_ok(d->beat)) ||
        !clean_value(d->story_dir, sizeof d->story_dir) ||
        !clean_value(d->story_title, sizeof d->story_title) ||
        !clean_value(d->beat_label, sizeof d->beat_label))
        return NULL;
    const char *single[] = {d->story_id, d->story_dir, d->story_title, d->beat, d->beat_label};
    size_t cap = HEADER_SIZE + 128;
    for (size_t i = 0; i < sizeof single / sizeof single[0]; i++)
        cap += strlen(single[i]) + 16;
    if (d->n_path < 0 || d->n_path > SAVE_MAX_STEPS || d->n_roads < 0 ||
        d->n_roads > SAVE_MAX_ROADS)
        return NULL;
    for (int i = 0; i < d->n_path; i++) {
        if (!save_id_ok(d->path[i]))
            return NULL;
        cap += strlen(d->path[i]) + 8;
    }
    for (int i = 0; i < d->n_roads; i++) {
        int n = road_count(d->roads[i]);
        if (n == 0)
            return NULL;
        cap += strlen(d->roads[i]) + 16 + (size_t)n * 8;
    }
    if (cap - HEADER_SIZE > MAX_PAYLOAD + 1024)
        return NULL; /* could not be read back */
    unsigned char *buf = attune_malloc(cap);
    if (!buf)
        return NULL;
    Out o = {(char *)buf + HEADER_SIZE, cap - HEADER_SIZE};
    char num[32];
    out_line(&o, "story", d->story_id);
    out_line(&o, "dir", d->story_dir);
    snprintf(num, sizeof num, "%llu", (unsigned long long)d->seed);
    out_line(&o, "seed", num);
    snprintf(num, sizeof num, "%lld", (long long)d->time);
    out_line(&o, "time", num);
    /* Empty optional fields are left out: absent and empty are one thing. */
    if (d->story_title[0])
        out_line(&o, "title", d->story_title);
    if (d->beat[0])
        out_line(&o, "beat", d->beat);
    if (d->beat_label[0])
        out_line(&o, "label", d->beat_label);
    for (int i = 0; i < d->n_path; i++)
        out_line(&o, "step", d->path[i]);
    for (int i = 0; i < d->n_roads; i++) {
        snprintf(num, sizeof num, "%d", road_count(d->roads[i]));
        out_line(&o, "road", num);
        for (const char *p = d->roads[i]; p;) {
            const char *nl = strchr(p, '\n');
            size_t k = nl ? (size_t)(nl - p) : strlen(p);
            int n = snprintf(o.p, o.left, "via %.*s\n", (int)k, p);
            o.p += n;
            o.left -= (size_t)n;
            p = nl ? nl + 1 : NULL;
        }
    }
    uint32_t payload = (uint32_t)(o.p - (char *)buf - HEADER_SIZE);
    if (payload > MAX_PAYLOAD) {
        attune_free(buf);
        return NULL;
    }
    memcpy(buf, MAGIC, 4);
    /* The oldest format that holds it: a play within format 2's limits
     * stays readable by an Attune that knows only format 2. */
    put32(buf + 4, d->n_path > SAVE_MAX_PATH || payload > V2_PAYLOAD ? 3 : 2);
    put64(buf + 8, d->sequence);
    put32(buf + 16, payload);
    put32(buf + 20, checksum(buf, payload));
    *len = HEADER_SIZE + payload;
    return buf;
}

/* Decimal digits only (no sign, no space), within range. */
static bool parse_u64(const char *s, uint64_t *out)
{
    if (!*s)
        return false;
    uint64_t v = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9')
            return false;
        unsigned digit = (unsigned)(*s - '0');
        if (v > (UINT64_MAX - digit) / 10)
            return false;
        v = v * 10 + digit;
    }
    *out = v;
    return true;
}

static bool parse_i64(const char *s, int64_t *out)
{
    bool neg = *s == '-';
    uint64_t v;
    if (!parse_u64(s + neg, &v) || v > (uint64_t)INT64_MAX + neg)
        return false;
    *out = neg ? (v == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)v) : (int64_t)v;
    return true;
}

static bool key_is(const char *k, size_t klen, const char *name)
{
    return strlen(name) == klen && memcmp(k, name, klen) == 0;
}

/* Copy a value into a fixed field: refused when empty or too long. */
static bool set_field(char *field, size_t size, const char *value, size_t vlen)
{
    if (vlen == 0 || vlen >= size)
        return false;
    memcpy(field, value, vlen + 1);
    return true;
}

/* Fields that may appear at most once. */
enum { F_STORY = 1, F_DIR = 2, F_SEED = 4, F_TIME = 8, F_TITLE = 16, F_BEAT = 32, F_LABEL = 64 };

SaveStatus save_decode(const unsigned char *buf, size_t len, SaveData *d)
{
    memset(d, 0, sizeof *d);
    if (len < HEADER_SIZE)
        return len == 0 ? SAVE_ERR_TRUNCATED
                        : (memcmp(buf, MAGIC, len < 4 ? len : 4) == 0 ? SAVE_ERR_TRUNCATED
                                                                      : SAVE_ERR_CORRUPT);
    if (memcmp(buf, MAGIC, 4) != 0)
        return SAVE_ERR_CORRUPT;
    uint32_t version = get32(buf + 4);
    if (version < 1 || version > SAVE_FORMAT_VERSION)
        return SAVE_ERR_VERSION;
    uint32_t payload = get32(buf + 16);
    if (payload > MAX_PAYLOAD)
        return SAVE_ERR_CORRUPT;
    if (len < HEADER_SIZE + (size_t)payload)
        return SAVE_ERR_TRUNCATED;
    if (len > HEADER_SIZE + (size_t)payload)
        return SAVE_ERR_CORRUPT;
    if (checksum(buf, payload) != get32(buf + 20))
        return SAVE_ERR_CORRUPT;
    d->sequence = get64(buf + 8);
    const char *p = (const char *)buf + HEADER_SIZE, *end = p + payload;
    unsigned seen = 0;
    char *road = NULL; /* the road being read */
    size_t road_len = 0;
    int via_left = 0; /* ids it still needs */
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            goto corrupt;
        const char *sp = memchr(p, ' ', (size_t)(nl - p));
        if (!sp || sp == p)
            goto corrupt;
        size_t klen = (size_t)(sp - p), vlen = (size_t)(nl - sp - 1);
        char value[1024];
        if (vlen >= sizeof value || memchr(sp + 1, '\0', vlen) || memchr(sp + 1, '\r', vlen))
            goto corrupt;
        memcpy(value, sp + 1, vlen);
        value[vlen] = '\0';
        unsigned field = 0;
        bool ok = true;
        if (via_left > 0) {
            /* A road's ids come right after it, nothing between. */
            if (!key_is(p, klen, "via") || vlen == 0)
                goto corrupt;
            char *grown = attune_realloc(road, road_len + vlen + 2);
            if (!grown)
                goto no_memory;
            road = grown;
            if (road_len > 0)
                road[road_len++] = '\n';
            memcpy(road + road_len, value, vlen + 1);
            road_len += vlen;
            if (--via_left == 0) {
                ATTUNE_ASSERT(d->n_roads < SAVE_MAX_ROADS);
                d->roads[d->n_roads++] = road;
                road = NULL;
                road_len = 0;
            }
        } else if (key_is(p, klen, "story")) {
            field = F_STORY;
            ok = set_field(d->story_id, sizeof d->story_id, value, vlen);
        } else if (key_is(p, klen, "dir")) {
            field = F_DIR;
            str_copy(d->story_dir, value, sizeof d->story_dir);
        } else if (key_is(p, klen, "seed")) {
            field = F_SEED;
            ok = parse_u64(value, &d->seed);
        } else if (key_is(p, klen, "time")) {
            field = F_TIME;
            ok = parse_i64(value, &d->time);
        } else if (key_is(p, klen, "step")) {
            ok = vlen > 0 && d->n_path < SAVE_MAX_STEPS;
            if (ok && !save_data_push(d, value))
                goto no_memory; /* there was room: only memory lacked */
        } else if (version >= 2 && key_is(p, klen, "title")) {
            field = F_TITLE;
            ok = set_field(d->story_title, sizeof d->story_title, value, vlen);
        } else if (version >= 2 && key_is(p, klen, "beat")) {
            field = F_BEAT;
            ok = set_field(d->beat, sizeof d->beat, value, vlen);
        } else if (version >= 2 && key_is(p, klen, "label")) {
            field = F_LABEL;
            ok = set_field(d->beat_label, sizeof d->beat_label, value, vlen);
        } else if (version >= 2 && key_is(p, klen, "road")) {
            uint64_t n;
            ok =
                d->n_roads < SAVE_MAX_ROADS && parse_u64(value, &n) && n >= 1 && n <= SAVE_MAX_PATH;
            via_left = ok ? (int)n : 0;
        } else if (version >= 2 && key_is(p, klen, "via")) {
            ok = false; /* an id outside any road */
        }
        /* Other keys are skipped: room for later fields. (In a version 1
         * save the version 2 keys are such keys, so its new fields stay
         * empty.) */
        if (!ok || (seen & field))
            goto corrupt;
        seen |= field;
        p = nl + 1;
    }
    if (via_left > 0 || !(seen & F_STORY) || !(seen & F_SEED))
        goto corrupt;
    return SAVE_OK;
corrupt:
    attune_free(road);
    save_data_clear(d);
    return SAVE_ERR_CORRUPT;
no_memory: /* the file may be whole: never called damaged for this */
    attune_free(road);
    save_data_clear(d);
    return SAVE_ERR_MEMORY;
}

bool save_write_atomic(const char *path, const unsigned char *buf, size_t len)
{
    char tmp[1400], dir[1200];
    const char *slash = strrchr(path, '/');
    if (slash) {
        size_t dl = (size_t)(slash - path);
        if (dl == 0)
            dl = 1;
        if (dl >= sizeof dir)
            return false;
        memcpy(dir, path, dl);
        dir[dl] = '\0';
        snprintf(tmp, sizeof tmp, "%s/.%s.tmp.%ld", dir, slash + 1, (long)getpid());
    } else {
        str_copy(dir, ".", sizeof dir);
        snprintf(tmp, sizeof tmp, ".%s.tmp.%ld", path, (long)getpid());
    }
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        log_error("save", "cannot write '%s': %s", tmp, strerror(errno));
        return false;
    }
    bool ok = paths_write_all(fd, buf, len) && fsync(fd) == 0;
    int saved = errno;
    if (close(fd) != 0)
        ok = false;
    if (!ok || rename(tmp, path) != 0) {
        log_error("save", "cannot write '%s': %s", path, strerror(ok ? errno : saved));
        unlink(tmp);
        return false;
    }
    /* Make the rename itself durable. */
    int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        fsync(dfd);
        close(dfd);
    }
    return true;
}

bool save_set_aside(const char *path)
{
    char bad[1400];
    for (int k = 1; k <= 100; k++) {
        if (k == 1)
            snprintf(bad, sizeof bad, "%s.corrupt", path);
        else
            snprintf(bad, sizeof bad, "%s.corrupt-%d", path, k);
        struct stat st;
        if (lstat(bad, &st) == 0)
            continue; /* an earlier damaged file: keep it too */
        if (rename(path, bad) == 0)
            return true;
        log_error("save", "cannot move '%s' aside: %s", path, strerror(errno));
        return false;
    }
    log_error("save", "cannot move '%s' aside: too many damaged copies already", path);
    return false;
}

/* Remove temp files left by a process killed mid-write (save_write_atomic
 * names them ".<name>.tmp.<pid>"). */
static void clean_temps(const char *dir)
{
    static const char *const prefixes[] = {".autosave-", ".slot-", ".progress-"};
    DIR *dh = opendir(dir);
    if (!dh)
        return;
    struct dirent *e;
    while ((e = readdir(dh))) {
        for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
            if (strncmp(e->d_name, prefixes[i], strlen(prefixes[i])) == 0 &&
                strstr(e->d_name, ".tmp.")) {
                char p[1400];
                if (paths_join(p, sizeof p, dir, e->d_name))
                    unlink(p);
            }
        }
    }
    closedir(dh);
}

static bool write_save(const char *path, const SaveData *d);

static void generation_path(char *out, size_t n, const char *dir, int g)
{
    char name[32];
    snprintf(name, sizeof name, "autosave-%d.sav", g);
    paths_join(out, n, dir, name);
}

/* The whole of a file opened only as a regular file: O_NONBLOCK so that a
 * FIFO named like a save cannot block the game, fstat so that a folder or a
 * device is refused before reading. NULL with *odd set when it is no
 * regular file; NULL with *too_big when it holds more than `max` bytes. */
static unsigned char *read_regular(const char *path, size_t max, size_t *len, bool *odd,
                                   bool *too_big, int *err)
{
    *odd = *too_big = false;
    *err = 0;
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *err = errno;
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        *err = errno;
        close(fd);
        return NULL;
    }
    if (!S_ISREG(st.st_mode)) {
        *odd = true;
        *err = EISDIR; /* anything but ENOENT: it is there */
        close(fd);
        return NULL;
    }
    if ((uint64_t)st.st_size > max) {
        *too_big = true;
        close(fd);
        return NULL;
    }
    size_t cap = (size_t)st.st_size, n = 0;
    unsigned char *buf = attune_malloc(cap + 1);
    if (!buf)
        *err = ENOMEM;
    while (buf && n <= cap) {
        ssize_t k = read(fd, buf + n, cap + 1 - n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0) {
            if (k < 0) {
                *err = errno;
                attune_free(buf);
                buf = NULL;
            }
            break;
        }
        n += (size_t)k;
    }
    close(fd);
    if (buf && n > cap) { /* it grew while read: not a finished save */
        attune_free(buf);
        *too_big = true;
        return NULL;
    }
    *len = n;
    return buf;
}

/* Read and decode one file. One too big to be a save is damaged; one that
 * exists but is no regular file (*odd) or cannot be read is SAVE_ERR_IO. */
static SaveStatus read_save(const char *path, SaveData *d, bool *odd)
{
    memset(d, 0, sizeof *d);
    size_t len = 0;
    bool too_big;
    int err;
    unsigned char *buf = read_regular(path, HEADER_SIZE + MAX_PAYLOAD, &len, odd, &too_big, &err);
    if (!buf)
        return too_big         ? SAVE_ERR_CORRUPT
               : err == ENOENT ? SAVE_ERR_MISSING
               : err == ENOMEM ? SAVE_ERR_MEMORY
                               : SAVE_ERR_IO;
    SaveStatus st = save_decode(buf, len, d);
    attune_free(buf);
    return st;
}

/* Names logged and told to the player in this run (a hash of the path),
 * and the one sentence that waits for the player: each name is told once,
 * not at every answer; a second name waits for the next chance. */
enum { NOTED_MAX = 64 };
static uint32_t logged[NOTED_MAX], told[NOTED_MAX];
static int n_logged, n_told;
static char pending[512];

/* Add `h` to `set` unless it is there (or the set is full: the first ones
 * were enough). True when it was added. */
static bool note_add(uint32_t *set, int *n, uint32_t h)
{
    for (int i = 0; i < *n; i++)
        if (set[i] == h)
            return false;
    if (*n == NOTED_MAX)
        return false;
    ATTUNE_ASSERT(*n < NOTED_MAX);
    set[(*n)++] = h;
    return true;
}

/* Tell the log and the player, once a run, about `path`. `what` ends "in
 * the save folder ..." (the player's words); `then` says what happens
 * (NULL: nothing is told). */
static void note_once(const char *path, const char *what, const char *then)
{
    if (!then)
        return; /* not this caller's to tell */
    uint32_t h = save_crc32(path, strlen(path));
    if (note_add(logged, &n_logged, h))
        log_error("save", "'%s' %s; %s", path, what, then);
    if (pending[0] || !note_add(told, &n_told, h))
        return;
    const char *slash = strrchr(path, '/');
    const char *name = slash ? slash + 1 : path;
    snprintf(pending, sizeof pending, _("%s in the save folder %s: %s."), name, what, then);
}

bool save_take_notice(char *out, size_t n)
{
    if (!pending[0])
        return false;
    str_copy(out, pending, n);
    pending[0] = '\0';
    return true;
}

/* What a save's name holds, for writing over it. */
typedef enum Held {
    HELD_EMPTY,     /* nothing (or a damaged file, now set aside) */
    HELD_NO_MEMORY, /* not known: out of memory reading it (the caller gives up) */
    HELD_OURS,      /* a save of ours that decodes whole: *d filled */
    HELD_OTHER,     /* not ours to overwrite: another version, no file, unreadable */
} Held;

/* Look at the save named `path`. A damaged one is set aside as *.corrupt
 * (counted in *damaged); what is not ours is reported once, with `then`
 * saying what the game does instead. */
static Held look(const char *path, SaveData *d, int *damaged, const char *then)
{
    bool odd = false;
    SaveStatus st = read_save(path, d, &odd);
    switch (st) {
    case SAVE_OK:
        return HELD_OURS;
    case SAVE_ERR_MISSING:
        return HELD_EMPTY;
    case SAVE_ERR_VERSION:
        note_once(path, _("was written by another version of Attune"), then);
        return HELD_OTHER;
    case SAVE_ERR_IO:
        note_once(path,
                  odd ? _("is not a save file (a folder or other special file)")
                      : _("cannot be read"),
                  then);
        return HELD_OTHER;
    case SAVE_ERR_MEMORY:
        log_error("save", "out of memory reading '%s'; it is left as it is", path);
        return HELD_NO_MEMORY;
    case SAVE_ERR_TRUNCATED:
    case SAVE_ERR_CORRUPT:
        break;
    }
    log_error("save", "'%s' is damaged (%s); keeping it as .corrupt", path, save_status_text(st));
    if (damaged)
        (*damaged)++;
    return save_set_aside(path) ? HELD_EMPTY : HELD_OTHER;
}

/* The sequence after `top`, the highest of our `n` saves at `paths` (with
 * sequences `seq`). It never wraps: only a hand-made file reaches
 * UINT64_MAX, and then our saves are renumbered 1..n, oldest first, each
 * rewrite atomic, so that at every moment the newest stays on top. 0 when
 * a rewrite fails. */
static uint64_t next_sequence(uint64_t top, char (*paths)[1300], uint64_t *seq, int n)
{
    if (top < UINT64_MAX)
        return top + 1;
    log_error("save", "sequence numbers ran out; renumbering %d saves from 1", n);
    for (int i = 1; i < n; i++) /* insertion sort by sequence: n is at most 16 */
        for (int j = i; j > 0 && seq[j - 1] > seq[j]; j--) {
            uint64_t t = seq[j];
            seq[j] = seq[j - 1];
            seq[j - 1] = t;
            char p[1300];
            memcpy(p, paths[j], sizeof p);
            memcpy(paths[j], paths[j - 1], sizeof p);
            memcpy(paths[j - 1], p, sizeof p);
        }
    for (int i = 0; i < n; i++) {
        SaveData d;
        bool ok = read_save(paths[i], &d, &(bool){false}) == SAVE_OK;
        d.sequence = (uint64_t)i + 1;
        ok = ok && write_save(paths[i], &d);
        save_data_clear(&d);
        if (!ok)
            return 0;
    }
    return (uint64_t)n + 1;
}

SaveStatus save_load_latest(const char *dir, SaveData *d, int *damaged)
{
    memset(d, 0, sizeof *d);
    if (damaged)
        *damaged = 0;
    if (!dir)
        return SAVE_ERR_MISSING;
    clean_temps(dir);
    bool found = false;
    for (int g = 0; g < SAVE_AUTOSAVE_NAMES; g++) {
        char path[1300];
        generation_path(path, sizeof path, dir, g);
        SaveData cand;
        Held h = look(path, &cand, damaged, _("it is left as it is"));
        if (h == HELD_NO_MEMORY) { /* the newest may be the one not read */
            save_data_clear(d);
            return SAVE_ERR_MEMORY;
        }
        if (h != HELD_OURS)
            continue;
        if (!found || cand.sequence > d->sequence) {
            save_data_clear(d);
            *d = cand;
            found = true;
        } else {
            save_data_clear(&cand);
        }
    }
    return found ? SAVE_OK : SAVE_ERR_MISSING;
}

/* Encode `d` and write it atomically to `path`. */
static bool write_save(const char *path, const SaveData *d)
{
    size_t len = 0;
    unsigned char *buf = save_encode(d, &len);
    if (!buf) {
        log_error("save", "cannot write '%s': out of memory, or the place cannot be encoded", path);
        return false;
    }
    bool ok = save_write_atomic(path, buf, len);
    attune_free(buf);
    return ok;
}

bool save_autosave(const char *dir, SaveData *d)
{
    if (!dir)
        return false;
    char paths[SAVE_AUTOSAVE_NAMES][1300];
    uint64_t seq[SAVE_AUTOSAVE_NAMES], top = 0;
    int ours = 0, empty = -1, oldest = -1;
    for (int g = 0; g < SAVE_AUTOSAVE_NAMES; g++) {
        char path[1300];
        generation_path(path, sizeof path, dir, g);
        SaveData cand;
        Held h = look(path, &cand, NULL,
                      _("it is left as it is, and your progress is saved "
                        "under another name"));
        if (h == HELD_NO_MEMORY) { /* which to replace is not known: keep them all */
            log_error("save", "cannot autosave in '%s': out of memory", dir);
            return false;
        }
        if (h == HELD_EMPTY && empty < 0)
            empty = g;
        if (h != HELD_OURS)
            continue;
        memcpy(paths[ours], path, sizeof path);
        seq[ours] = cand.sequence;
        if (oldest < 0 || cand.sequence < seq[oldest])
            oldest = ours;
        top = cand.sequence > top ? cand.sequence : top;
        ours++;
        save_data_clear(&cand);
    }
    char target[1300];
    if (empty >= 0 && (ours < SAVE_GENERATIONS || oldest < 0))
        generation_path(target, sizeof target, dir, empty);
    else if (oldest >= 0)
        memcpy(target, paths[oldest], sizeof target);
    else {
        log_error("save",
                  "cannot autosave in '%s': all %d autosave names hold files that are "
                  "not ours to overwrite",
                  dir, SAVE_AUTOSAVE_NAMES);
        return false;
    }
    d->sequence = next_sequence(top, paths, seq, ours);
    if (d->sequence == 0)
        return false;
    d->time = (int64_t)time(NULL);
    return write_save(target, d);
}

bool save_keep_changed(const char *dir, const SaveData *d, char *name, size_t n)
{
    if (!dir)
        return false;
    size_t len = 0;
    unsigned char *buf = save_encode(d, &len);
    if (!buf) {
        log_error("save", "cannot keep the save: out of memory, or the place cannot be encoded");
        return false;
    }
    bool ok = false;
    for (int k = 1; k <= 100; k++) {
        char file[80], path[1300];
        if (k == 1)
            snprintf(file, sizeof file, "story-changed-%llu.sav", (unsigned long long)d->sequence);
        else
            snprintf(file, sizeof file, "story-changed-%llu-%d.sav",
                     (unsigned long long)d->sequence, k);
        if (!paths_join(path, sizeof path, dir, file))
            break;
        size_t have = 0;
        bool odd, too_big;
        int err;
        unsigned char *old = read_regular(path, len, &have, &odd, &too_big, &err);
        bool same = old && have == len && memcmp(old, buf, len) == 0;
        attune_free(old);
        if (!old && err == ENOENT)
            ok = save_write_atomic(path, buf, len);
        if (same || (!old && err == ENOENT)) {
            if (ok || same) {
                str_copy(name, file, n);
                log_error("save", "the story has changed since this save: kept it as '%s'", path);
            }
            ok = ok || same;
            break;
        }
    }
    attune_free(buf);
    return ok;
}

/* The file of slot `slot`; false for a bad number or no folder. */
static bool slot_path(char *out, size_t n, const char *dir, int slot)
{
    if (!dir || slot < 1 || slot > SAVE_SLOTS)
        return false;
    char name[32];
    snprintf(name, sizeof name, "slot-%d.sav", slot);
    return paths_join(out, n, dir, name);
}

bool save_slot_write(const char *dir, int slot, SaveData *d)
{
    char path[1300];
    if (!slot_path(path, sizeof path, dir, slot)) {
        log_error("save", "no slot %d to write", slot);
        return false;
    }
    char paths[SAVE_SLOTS][1300];
    uint64_t seq[SAVE_SLOTS], top = 0;
    int ours = 0;
    for (int s = 1; s <= SAVE_SLOTS; s++) {
        char other[1300];
        SaveData cand;
        slot_path(other, sizeof other, dir, s);
        Held h = look(other, &cand, NULL,
                      s == slot ? _("it is left as it is; choose another slot") : NULL);
        if (h == HELD_OTHER && s == slot) {
            log_error("save", "slot %d not written: what it holds is not ours to overwrite", slot);
            return false;
        }
        if (h != HELD_OURS)
            continue;
        memcpy(paths[ours], other, sizeof other);
        seq[ours++] = cand.sequence;
        top = cand.sequence > top ? cand.sequence : top;
        save_data_clear(&cand);
    }
    d->sequence = next_sequence(top, paths, seq, ours);
    if (d->sequence == 0)
        return false;
    d->time = (int64_t)time(NULL);
    return write_save(path, d);
}

SaveStatus save_slot_read(const char *dir, int slot, SaveData *d)
{
    memset(d, 0, sizeof *d);
    char path[1300];
    if (!slot_path(path, sizeof path, dir, slot))
        return SAVE_ERR_MISSING;
    bool odd = false;
    SaveStatus st = read_save(path, d, &odd);
    if (st == SAVE_ERR_CORRUPT || st == SAVE_ERR_TRUNCATED) {
        log_error("save", "'%s' is damaged (%s); keeping it as .corrupt", path,
                  save_status_text(st));
        save_set_aside(path);
    } else if (st == SAVE_ERR_VERSION) {
        log_error("save", "'%s' is from another version of Attune; left as it is", path);
    }
    return st;
}

bool save_slot_delete(const char *dir, int slot)
{
    char path[1300];
    if (!slot_path(path, sizeof path, dir, slot))
        return false;
    if (unlink(path) != 0 && errno != ENOENT) {
        log_error("save", "cannot delete '%s': %s", path, strerror(errno));
        return false;
    }
    return true;
}

const char *save_status_text(SaveStatus s)
{
    switch (s) {
    case SAVE_OK:
        return _("fine");
    case SAVE_ERR_MISSING:
        return _("no save");
    case SAVE_ERR_IO:
        return _("could not be read");
    case SAVE_ERR_TRUNCATED:
        return _("cut short");
    case SAVE_ERR_CORRUPT:
        return _("damaged");
    case SAVE_ERR_VERSION:
        return _("from another version of Attune");
    case SAVE_ERR_MEMORY:
        return _("out of memory");
    }
    return "?";
}
