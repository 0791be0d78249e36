/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Watch: a folder and its subfolders watched with inotify, and a burst of
 * saves folded into one change. Layer: core. watch_wait sleeps in poll() on
 * two descriptors, the inotify one and a pipe that watch_wake writes to, so
 * a waiting thread costs nothing and can always be stopped. */
#include "attune/watch.h"
#include "attune/alloc.h"
#include "attune/log.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#ifdef __linux__
#include <sys/inotify.h>
#endif

enum {
    WATCH_DIRS = 64,    /* folders watched at most */
    WATCH_DEPTH = 3,    /* how far down from the story's folder */
    WATCH_BURST = 2000, /* a burst that never goes quiet counts after this many ms */
    WATCH_RETRY = 200,  /* ms between looks for a folder moved or deleted */
};

typedef struct WatchedDir {
    int wd;
    char rel[256]; /* "" for the folder itself */
} WatchedDir;

struct Watch {
    int fd;      /* inotify */
    int wake[2]; /* watch_wake writes to [1]; poll reads [0] */
    int quiet_ms;
    char root[1024];
    WatchedDir dirs[WATCH_DIRS];
    int n_dirs;
    bool lost; /* the folder itself was moved or deleted: watched again once it is back */
};

#ifdef __linux__

static const unsigned MASK = IN_CLOSE_WRITE | IN_ATTRIB | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE |
                             IN_CREATE | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;

/* IN_ATTRIB: `touch story.lua` checks again (reading a file is IN_ACCESS,
 * not watched: the game's own reads never count). */

/* Files an editor keeps beside the one being edited: not the story. */
static bool editors_own(const char *name)
{
    size_t n = strlen(name);
    if (n == 0 || name[0] == '.' || name[0] == '#' || name[n - 1] == '~')
        return true;
    if (strcmp(name, "4913") == 0) /* vim's test of the folder */
        return true;
    static const char *const ends[] = {".swp", ".swx", ".swo", ".tmp", ".kate-swp"};
    for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++) {
        size_t e = strlen(ends[i]);
        if (n > e && strcmp(name + n - e, ends[i]) == 0)
            return true;
    }
    return false;
}

/* Watch folder `rel` (under the root) and the folders in it. `again`: after
 * the events overflowed, folders already watched are looked into again for
 * new ones made meanwhile. */
static void add_dir(Watch *w, const char *rel, int depth, bool again)
{
    if (depth > WATCH_DEPTH)
        return;
    char path[1400];
    snprintf(path, sizeof path, "%s%s%s", w->root, rel[0] ? "/" : "", rel);
    bool known = false;
    int wd = -1;
    if (w->n_dirs < WATCH_DIRS || again)
        wd = inotify_add_watch(w->fd, path, MASK);
    if (wd < 0)
        return;
    for (int i = 0; i < w->n_dirs; i++)
        if (w->dirs[i].wd == wd)
            known = true; /* already watched (a folder seen twice, or again) */
    if (known && !again)
        return;
    if (!known) {
        if (w->n_dirs >= WATCH_DIRS) {
            inotify_rm_watch(w->fd, wd);
            return;
        }
        WatchedDir *d = &w->dirs[w->n_dirs++];
        d->wd = wd;
        str_copy(d->rel, rel, sizeof d->rel);
    }
    DIR *dir = opendir(path);
    if (!dir)
        return;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        if (editors_own(e->d_name))
            continue; /* also "." and ".." */
        char sub[1700], subrel[256];
        snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
        struct stat st;
        if (lstat(sub, &st) != 0 || !S_ISDIR(st.st_mode))
            continue;
        if (snprintf(subrel, sizeof subrel, "%s%s%s", rel, rel[0] ? "/" : "", e->d_name) <
            (int)sizeof subrel)
            add_dir(w, subrel, depth + 1, again);
    }
    closedir(dir);
}

/* A folder's watch is gone (IN_IGNORED: it was deleted or moved away): its
 * place is free for folders made later. */
static void drop_dir(Watch *w, int wd)
{
    for (int i = 0; i < w->n_dirs; i++)
        if (w->dirs[i].wd == wd) {
            w->dirs[i] = w->dirs[--w->n_dirs];
            return;
        }
}

/* The folder itself was replaced (moved away and another put in its place,
 * as some editors and `git checkout` do): watch the path afresh. False
 * while nothing is there yet. */
static bool reattach(Watch *w)
{
    for (int i = 0; i < w->n_dirs; i++)
        inotify_rm_watch(w->fd, w->dirs[i].wd);
    w->n_dirs = 0;
    add_dir(w, "", 0, false);
    w->lost = w->n_dirs == 0;
    return !w->lost;
}

static const WatchedDir *find_dir(const Watch *w, int wd)
{
    for (int i = 0; i < w->n_dirs; i++)
        if (w->dirs[i].wd == wd)
            return &w->dirs[i];
    return NULL;
}

Watch *watch_open(const char *dir, int quiet_ms)
{
    if (strlen(dir) >= sizeof((Watch *)0)->root) {
        log_error("watch", "the folder's name is too long: '%s'", dir);
        return NULL;
    }
    Watch *w = attune_calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->wake[0] = w->wake[1] = -1;
    w->quiet_ms = quiet_ms > 0 ? quiet_ms : 1;
    str_copy(w->root, dir, sizeof w->root);
    w->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (w->fd < 0 || pipe(w->wake) != 0) {
        log_error("watch", "cannot watch '%s': %s", dir, strerror(errno));
        watch_close(w);
        return NULL;
    }
    for (int i = 0; i < 2; i++) {
        fcntl(w->wake[i], F_SETFL, fcntl(w->wake[i], F_GETFL) | O_NONBLOCK);
        fcntl(w->wake[i], F_SETFD, FD_CLOEXEC);
    }
    add_dir(w, "", 0, false);
    if (w->n_dirs == 0) {
        log_error("watch", "cannot watch '%s': %s", dir, strerror(errno));
        watch_close(w);
        return NULL;
    }
    return w;
}

/* Read what inotify has; true when any of it is a change to the story. */
static bool take_events(Watch *w, char *what, size_t n)
{
    bool changed = false;
    _Alignas(struct inotify_event) char buf[8192];
    for (;;) {
        ssize_t got = read(w->fd, buf, sizeof buf);
        if (got <= 0)
            return changed;
        for (char *p = buf; p < buf + got;) {
            const struct inotify_event *e = (const struct inotify_event *)(void *)p;
            p += sizeof *e + e->len;
            if (e->mask & IN_Q_OVERFLOW) {
                changed = true;          /* too much at once: something surely changed */
                add_dir(w, "", 0, true); /* and folders made meanwhile */
                continue;
            }
            if (e->mask & IN_IGNORED) {
                drop_dir(w, e->wd);
                continue;
            }
            const WatchedDir *d = find_dir(w, e->wd);
            if (d && !d->rel[0] && (e->mask & (IN_DELETE_SELF | IN_MOVE_SELF)))
                w->lost = true; /* the folder itself: watched again below */
            const char *name = e->len ? e->name : "";
            if (e->len && editors_own(name))
                continue;
            char rel[600];
            snprintf(rel, sizeof rel, "%s%s%s", d ? d->rel : "",
                     d && d->rel[0] && name[0] ? "/" : "", name);
            if ((e->mask & IN_ISDIR) && (e->mask & (IN_CREATE | IN_MOVED_TO)) && d) {
                int depth = 1;
                for (const char *c = rel; *c; c++)
                    depth += *c == '/';
                add_dir(w, rel, depth, false);
            }
            /* A file made empty is written next (IN_CLOSE_WRITE): wait for that. */
            if ((e->mask & IN_CREATE) && !(e->mask & IN_ISDIR))
                continue;
            changed = true;
            if (what && n)
                str_copy(what, rel[0] ? rel : ".", n);
        }
        if (w->lost)
            reattach(w);
    }
}

static long long now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* poll() the two descriptors: 1 inotify readable, 0 timeout, -1 woken or failed. */
static int wait_fds(Watch *w, int timeout_ms)
{
    struct pollfd p[2] = {{w->fd, POLLIN, 0}, {w->wake[0], POLLIN, 0}};
    int r;
    do
        r = poll(p, 2, timeout_ms);
    while (r < 0 && errno == EINTR);
    if (r < 0)
        return -1;
    if (p[1].revents) {
        char c[64];
        while (read(w->wake[0], c, sizeof c) > 0)
            ;
        return -1;
    }
    return r > 0 ? 1 : 0;
}

int watch_wait(Watch *w, int timeout_ms, char *what, size_t n)
{
    if (what && n)
        what[0] = '\0';
    long long end = timeout_ms < 0 ? -1 : now_ms() + timeout_ms;
    for (;;) { /* the first change */
        int left = end < 0 ? -1 : (int)(end - now_ms());
        if (end >= 0 && left < 0)
            left = 0;
        /* the folder gone: look for it again every 200 ms; back, it changed */
        int r = wait_fds(w, w->lost && (left < 0 || left > WATCH_RETRY) ? WATCH_RETRY : left);
        if (r < 0)
            return -1;
        if (r == 0) {
            if (w->lost && reattach(w)) {
                if (what && n)
                    str_copy(what, ".", n);
                break;
            }
            if (!w->lost || (end >= 0 && now_ms() >= end))
                return 0;
            continue;
        }
        if (take_events(w, what, n))
            break;
    }
    /* Then until quiet: an editor's temporary file, its rename, a second file. */
    long long burst_end = now_ms() + WATCH_BURST;
    for (;;) {
        int r = wait_fds(w, w->quiet_ms);
        if (r < 0)
            return -1;
        if (r == 0 || now_ms() >= burst_end)
            return 1;
        take_events(w, what, n);
    }
}

#else /* no inotify: no watching */

Watch *watch_open(const char *dir, int quiet_ms)
{
    (void)quiet_ms;
    log_error("watch", "cannot watch '%s': not supported on this system", dir);
    return NULL;
}

int watch_wait(Watch *w, int timeout_ms, char *what, size_t n)
{
    (void)w;
    (void)timeout_ms;
    (void)what;
    (void)n;
    return -1;
}

#endif

void watch_wake(Watch *w)
{
    if (w && w->wake[1] >= 0) {
        ssize_t r = write(w->wake[1], "!", 1);
        (void)r; /* a full pipe is already a wake-up */
    }
}

void watch_close(Watch *w)
{
    if (!w)
        return;
    if (w->fd >= 0)
        close(w->fd);
    for (int i = 0; i < 2; i++)
        if (w->wake[i] >= 0)
            close(w->wake[i]);
    attune_free(w);
}
