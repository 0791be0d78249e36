/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Voice: the text read aloud by an external speech program (espeak-ng).
 * Layer: core. One child speaks at a time, in its own process group so
 * that stopping it stops all of it; stopped children are reaped without
 * blocking on every call, and voice_quit() waits for the last of them.
 * No shell is involved: the text is one argument after "--". */
#include "attune/voice.h"
#include "attune/i18n.h"
#include "attune/alloc.h"
#include "attune/log.h"
#include "attune/markup.h"
#include "attune/paths.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

enum {
    TEXT_MAX = 8192,   /* longest text passed on, in bytes */
    STOPPING_MAX = 16, /* stopped children not yet reaped */
    QUIT_WAIT_MS = 500 /* how long voice_quit() lets them go quietly */
};

static const char DEFAULT_PROGRAM[] = "espeak-ng";

static int found = -1; /* -1: not looked up yet; 0: missing; 1: program[] */
static char program[1024];
static pid_t speaking;               /* 0 when silent */
static pid_t stopping[STOPPING_MAX]; /* told to stop, not reaped yet */
static int n_stopping;

/* Find `name` (a path, or a name to look for on PATH) as an executable file. */
static bool find_program(const char *name, char *out, size_t n)
{
    if (strchr(name, '/')) {
        str_copy(out, name, n);
        return paths_is_file(out) && access(out, X_OK) == 0;
    }
    const char *path = getenv("PATH");
    if (!path || !*path)
        path = "/usr/local/bin:/usr/bin:/bin";
    while (*path) {
        const char *colon = strchr(path, ':');
        size_t len = colon ? (size_t)(colon - path) : strlen(path);
        char dir[1024];
        if (len < sizeof dir) {
            memcpy(dir, path, len);
            dir[len] = '\0';
            /* An empty entry means the working folder. */
            if (paths_join(out, n, len ? dir : ".", name) && paths_is_file(out) &&
                access(out, X_OK) == 0)
                return true;
        }
        if (!colon)
            break;
        path = colon + 1;
    }
    return false;
}

bool voice_available(void)
{
    if (found < 0) {
        const char *name = getenv("ATTUNE_VOICE_CMD");
        if (!name || !*name)
            name = DEFAULT_PROGRAM;
        found = find_program(name, program, sizeof program);
        if (found)
            log_debug("voice", "reading aloud with '%s'", program);
        else
            log_debug("voice", "'%s' not found; reading aloud is off", name);
    }
    return found == 1;
}

/* True when `pid` has exited (and is now reaped) or is not ours to wait for. */
static bool reaped(pid_t pid, int flags)
{
    for (;;) {
        pid_t r = waitpid(pid, NULL, flags);
        if (r == pid)
            return true;
        if (r < 0 && errno == EINTR)
            continue;
        return r < 0; /* ECHILD: already gone (e.g. SIGCHLD ignored) */
    }
}

/* Reap every child that has finished, without blocking. */
static void reap(void)
{
    if (speaking && reaped(speaking, WNOHANG))
        speaking = 0;
    int kept = 0;
    for (int i = 0; i < n_stopping; i++)
        if (!reaped(stopping[i], WNOHANG))
            stopping[kept++] = stopping[i];
    n_stopping = kept;
}

void voice_stop(void)
{
    reap();
    if (!speaking)
        return;
    if (kill(-speaking, SIGTERM) != 0)
        kill(speaking, SIGTERM);
    if (n_stopping == STOPPING_MAX) {
        /* NOTE: only reached when children ignore SIGTERM; wait for the
         * oldest rather than let them pile up. */
        if (kill(-stopping[0], SIGKILL) != 0)
            kill(stopping[0], SIGKILL);
        reaped(stopping[0], 0);
        memmove(stopping, stopping + 1, sizeof stopping[0] * (STOPPING_MAX - 1));
        n_stopping--;
    }
    ATTUNE_ASSERT(n_stopping < STOPPING_MAX);
    stopping[n_stopping++] = speaking;
    speaking = 0;
}

size_t voice_strip_markup(const char *text, char *out, size_t n)
{
    size_t len = markup_plain(text, out, n);
    /* Line breaks and tabs are pauses, not characters to read out. */
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)out[i] < 0x20 || out[i] == 0x7f)
            out[i] = ' ';
    return len;
}

static bool blank(const char *s)
{
    for (; *s; s++)
        if (*s != ' ')
            return false;
    return true;
}

/* Start the program on `words`. The child gets /dev/null for its standard
 * streams (espeak-ng reports a missing sound card loudly), default signal
 * handling, and its own process group. */
static pid_t spawn(const char *words)
{
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t attr;
    if (posix_spawn_file_actions_init(&fa) != 0)
        return 0;
    if (posix_spawnattr_init(&attr) != 0) {
        posix_spawn_file_actions_destroy(&fa);
        return 0;
    }
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    sigset_t none, defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGTERM);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGCHLD);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setpgroup(&attr, 0);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF |
                                        POSIX_SPAWN_SETPGROUP);
    /* In the interface's language ("-v de": espeak-ng's voice for it), and
     * "--" so that a line starting with '-' is read, not taken as an option. */
    char lang[16];
    str_copy(lang, i18n_language(), sizeof lang);
    char *argv[] = {program, (char *)"-v", lang, (char *)"--", (char *)words, NULL};
    pid_t pid = 0;
    int err = posix_spawnp(&pid, program, &fa, &attr, argv, environ);
    posix_spawnattr_destroy(&attr);
    posix_spawn_file_actions_destroy(&fa);
    if (err != 0) {
        /* Said once: reading aloud is off until voice_quit(). */
        log_error("voice", "cannot run '%s': %s; reading aloud is off", program, strerror(err));
        found = 0;
        return 0;
    }
    return pid;
}

void voice_say(const char *text)
{
    voice_stop();
    if (!text || !*text || !voice_available())
        return;
    char *words = attune_malloc(TEXT_MAX);
    if (!words) {
        log_error("voice", "out of memory: this line is not spoken");
        return;
    }
    voice_strip_markup(text, words, TEXT_MAX);
    if (!blank(words))
        speaking = spawn(words);
    attune_free(words);
}

static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

void voice_quit(void)
{
    voice_stop();
    for (int waited = 0; n_stopping > 0 && waited < QUIT_WAIT_MS; waited += 10) {
        sleep_ms(10);
        reap();
    }
    /* Whatever ignored SIGTERM is ended for good. */
    for (int i = 0; i < n_stopping; i++) {
        if (kill(-stopping[i], SIGKILL) != 0)
            kill(stopping[i], SIGKILL);
        reaped(stopping[i], 0);
    }
    n_stopping = 0;
    found = -1;
}
