/* Saves: encode, decode, atomic write, rotating autosave generations.
 * Layer: C engine. Invariant: a file that fails to decode is never
 * overwritten or deleted (it is renamed to *.corrupt), and a write either
 * lands whole or leaves the previous file as it was.
 * Header (little-endian): "ATSV" | u32 version | u64 sequence | u32 payload
 * length | u32 CRC32 of the header's first 20 bytes and the payload. Payload: "key value" lines of text. */
#include "attune/save.h"
#include "attune/log.h"
#include "attune/paths.h"

#include <SDL.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

enum { HEADER_SIZE = 24, MAX_PAYLOAD = 256 * 1024 };
static const char MAGIC[4] = {'A', 'T', 'S', 'V'};

void save_data_clear(SaveData *d)
{
    for (int i = 0; i < d->n_path; i++)
        free(d->path[i]);
    memset(d, 0, sizeof *d);
}

bool save_data_push(SaveData *d, const char *choice_id)
{
    if (d->n_path >= SAVE_MAX_PATH || !choice_id)
        return false;
    d->path[d->n_path++] = str_dup(choice_id);
    return true;
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

/* CRC32 of the header before the checksum field, then of the payload, so a
 * damaged sequence number is caught as surely as damaged text. */
static uint32_t checksum(const unsigned char *buf, uint32_t payload)
{
    uint32_t crc = SDL_crc32(0, buf, 20);
    return SDL_crc32(crc, buf + HEADER_SIZE, payload);
}

/* A value may not hold a newline; anything else is kept as is. */
static bool clean_value(const char *s)
{
    return s && !strchr(s, '\n') && !strchr(s, '\r');
}

unsigned char *save_encode(const SaveData *d, size_t *len)
{
    if (!clean_value(d->story_id) || !clean_value(d->story_dir))
        return NULL;
    size_t cap = HEADER_SIZE + 256 + strlen(d->story_id) + strlen(d->story_dir);
    for (int i = 0; i < d->n_path; i++) {
        if (!clean_value(d->path[i]))
            return NULL;
        cap += strlen(d->path[i]) + 8;
    }
    unsigned char *buf = malloc(cap);
    if (!buf)
        return NULL;
    char *p = (char *)buf + HEADER_SIZE;
    size_t left = cap - HEADER_SIZE;
    int n = snprintf(p, left, "story %s\ndir %s\nseed %llu\ntime %lld\n", d->story_id,
                     d->story_dir, (unsigned long long)d->seed, (long long)d->time);
    p += n;
    left -= (size_t)n;
    for (int i = 0; i < d->n_path; i++) {
        n = snprintf(p, left, "step %s\n", d->path[i]);
        p += n;
        left -= (size_t)n;
    }
    uint32_t payload = (uint32_t)(p - (char *)buf - HEADER_SIZE);
    memcpy(buf, MAGIC, 4);
    put32(buf + 4, SAVE_FORMAT_VERSION);
    put64(buf + 8, d->sequence);
    put32(buf + 16, payload);
    put32(buf + 20, checksum(buf, payload));
    *len = HEADER_SIZE + payload;
    return buf;
}

SaveStatus save_decode(const unsigned char *buf, size_t len, SaveData *d)
{
    memset(d, 0, sizeof *d);
    if (len < HEADER_SIZE)
        return len == 0 ? SAVE_ERR_TRUNCATED : (memcmp(buf, MAGIC, len < 4 ? len : 4) == 0
                                                    ? SAVE_ERR_TRUNCATED
                                                    : SAVE_ERR_CORRUPT);
    if (memcmp(buf, MAGIC, 4) != 0)
        return SAVE_ERR_CORRUPT;
    uint32_t version = get32(buf + 4);
    if (version != SAVE_FORMAT_VERSION)
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
    bool have_story = false, have_seed = false;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            goto corrupt;
        const char *sp = memchr(p, ' ', (size_t)(nl - p));
        if (!sp)
            goto corrupt;
        size_t klen = (size_t)(sp - p), vlen = (size_t)(nl - sp - 1);
        char value[1024];
        if (vlen >= sizeof value || memchr(sp + 1, '\0', vlen))
            goto corrupt;
        memcpy(value, sp + 1, vlen);
        value[vlen] = '\0';
        if (klen == 5 && memcmp(p, "story", 5) == 0) {
            if (vlen == 0 || vlen >= sizeof d->story_id)
                goto corrupt;
            str_copy(d->story_id, value, sizeof d->story_id);
            have_story = true;
        } else if (klen == 3 && memcmp(p, "dir", 3) == 0) {
            str_copy(d->story_dir, value, sizeof d->story_dir);
        } else if (klen == 4 && memcmp(p, "seed", 4) == 0) {
            char *e;
            errno = 0;
            d->seed = strtoull(value, &e, 10);
            if (*e || errno)
                goto corrupt;
            have_seed = true;
        } else if (klen == 4 && memcmp(p, "time", 4) == 0) {
            char *e;
            d->time = strtoll(value, &e, 10);
            if (*e)
                goto corrupt;
        } else if (klen == 4 && memcmp(p, "step", 4) == 0) {
            if (vlen == 0 || !save_data_push(d, value))
                goto corrupt;
        }
        /* Unknown keys are skipped: room for later fields. */
        p = nl + 1;
    }
    if (!have_story || !have_seed)
        goto corrupt;
    return SAVE_OK;
corrupt:
    save_data_clear(d);
    return SAVE_ERR_CORRUPT;
}

static bool write_all(int fd, const unsigned char *buf, size_t len)
{
    while (len > 0) {
        ssize_t k = write(fd, buf, len);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        buf += k;
        len -= (size_t)k;
    }
    return true;
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
    bool ok = write_all(fd, buf, len) && fsync(fd) == 0;
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

static void generation_path(char *out, size_t n, const char *dir, int g)
{
    char name[32];
    snprintf(name, sizeof name, "autosave-%d.sav", g);
    paths_join(out, n, dir, name);
}

/* Read and decode one file. */
static SaveStatus read_save(const char *path, SaveData *d)
{
    if (!paths_is_file(path))
        return SAVE_ERR_MISSING;
    size_t len = 0;
    char *buf = paths_read_file(path, HEADER_SIZE + MAX_PAYLOAD + 1, &len);
    if (!buf)
        return SAVE_ERR_IO;
    SaveStatus st = save_decode((const unsigned char *)buf, len, d);
    free(buf);
    return st;
}

/* Remove temp files left by a process killed mid-write. */
static void clean_temps(const char *dir)
{
    DIR *dh = opendir(dir);
    if (!dh)
        return;
    struct dirent *e;
    while ((e = readdir(dh))) {
        if (strncmp(e->d_name, ".autosave-", 10) == 0 && strstr(e->d_name, ".tmp.")) {
            char p[1400];
            if (paths_join(p, sizeof p, dir, e->d_name))
                unlink(p);
        }
    }
    closedir(dh);
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
    for (int g = 0; g < SAVE_GENERATIONS; g++) {
        char path[1300];
        generation_path(path, sizeof path, dir, g);
        SaveData cand;
        SaveStatus st = read_save(path, &cand);
        if (st == SAVE_OK) {
            if (!found || cand.sequence > d->sequence) {
                save_data_clear(d);
                *d = cand;
                found = true;
            } else {
                save_data_clear(&cand);
            }
        } else if (st == SAVE_ERR_VERSION) {
            /* Written by another (newer) Attune: not ours to judge or move. */
            log_error("save", "'%s' is from another version of Attune; left as it is", path);
            if (damaged)
                (*damaged)++;
        } else if (st != SAVE_ERR_MISSING) {
            log_error("save", "'%s' is damaged (%s); keeping it as .corrupt", path,
                      save_status_text(st));
            char bad[1400];
            snprintf(bad, sizeof bad, "%s.corrupt", path);
            rename(path, bad);
            if (damaged)
                (*damaged)++;
        }
    }
    return found ? SAVE_OK : SAVE_ERR_MISSING;
}

bool save_autosave(const char *dir, SaveData *d)
{
    if (!dir)
        return false;
    uint64_t top = 0;
    for (int g = 0; g < SAVE_GENERATIONS; g++) {
        char path[1300];
        generation_path(path, sizeof path, dir, g);
        size_t len = 0;
        if (!paths_is_file(path))
            continue;
        char *buf = paths_read_file(path, HEADER_SIZE + MAX_PAYLOAD + 1, &len);
        if (buf && len >= HEADER_SIZE && memcmp(buf, MAGIC, 4) == 0) {
            uint64_t seq = get64((const unsigned char *)buf + 8);
            if (seq > top)
                top = seq;
        }
        free(buf);
    }
    d->sequence = top + 1;
    d->time = (int64_t)time(NULL);
    size_t len = 0;
    unsigned char *buf = save_encode(d, &len);
    if (!buf)
        return false;
    char path[1300];
    generation_path(path, sizeof path, dir, (int)(d->sequence % SAVE_GENERATIONS));
    bool ok = save_write_atomic(path, buf, len);
    free(buf);
    return ok;
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
    }
    return "?";
}
