/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Where things live: the data folder, the save folder and the player's own
 * stories folder. Layer: core (no SDL, no Lua). The data folder is found
 * relative to the executable (or the working folder), so the same binary
 * runs from any install prefix. The one absolute path compiled in is the
 * source tree a build was configured from, used only by a binary still in
 * its build folder (wherever that folder is). The save folder is the one
 * SDL_GetPrefPath gave before this file stopped using SDL, so players' saves
 * stay where they are. */
#include "attune/paths.h"
#include "attune/alloc.h"
#include "attune/log.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Where the data sits relative to an installed executable's folder; the
 * build passes the real one (from its install directories). */
#ifndef ATTUNE_DATA_FROM_BIN
#define ATTUNE_DATA_FROM_BIN "../share/attune"
#endif

/* The source tree and the build folder of this build (CMake passes both):
 * a binary in its build folder uses that source tree's data, also when the
 * build folder is outside it. Empty when not given. */
#ifndef ATTUNE_SOURCE_DIR
#define ATTUNE_SOURCE_DIR ""
#endif
#ifndef ATTUNE_BUILD_DIR
#define ATTUNE_BUILD_DIR ""
#endif

/* Where the catalogues (<lang>/LC_MESSAGES/attune.mo) sit relative to an
 * installed executable's folder; the build passes the real one. */
#ifndef ATTUNE_LOCALE_FROM_BIN
#define ATTUNE_LOCALE_FROM_BIN "../share/locale"
#endif

static char data_dir[1024];
static bool data_installed;
static char *save_dir;
static bool save_dir_tried;
static char user_dir[1024];
static bool user_dir_tried, user_dir_ok;

bool paths_join(char *out, size_t n, const char *dir, const char *rel)
{
    size_t dl = strlen(dir);
    bool slash = dl > 0 && dir[dl - 1] == '/';
    int k = snprintf(out, n, "%s%s%s", dir, (slash || dl == 0) ? "" : "/", rel);
    return k >= 0 && (size_t)k < n;
}

bool paths_is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

bool paths_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool has_data(const char *dir)
{
    char probe[1200];
    return paths_join(probe, sizeof probe, dir, "scripts/lib/attune/runtime.lua") &&
           paths_is_file(probe);
}

/* Try `start` and up to four of its ancestors. */
static bool search_up(const char *start)
{
    char dir[1024];
    str_copy(dir, start, sizeof dir);
    for (int i = 0; i < 5; i++) {
        size_t n = strlen(dir);
        while (n > 1 && dir[n - 1] == '/')
            dir[--n] = '\0';
        if (has_data(dir)) {
            str_copy(data_dir, dir, sizeof data_dir);
            return true;
        }
        char *slash = strrchr(dir, '/');
        if (!slash || slash == dir)
            break;
        *slash = '\0';
    }
    return false;
}

/* The installed layout: <prefix>/bin/attune with <prefix>/share/attune. */
static bool search_installed(const char *bin_dir)
{
    char dir[1200], real[PATH_MAX];
    if (!paths_join(dir, sizeof dir, bin_dir, ATTUNE_DATA_FROM_BIN) || !has_data(dir))
        return false;
    /* "/usr/share/attune" reads better in messages than "/usr/bin/../share/attune". */
    str_copy(data_dir, realpath(dir, real) ? real : dir, sizeof data_dir);
    data_installed = true;
    return true;
}

/* The source tree this build was configured from, when the executable in
 * `bin_dir` (with a trailing slash) is still inside the build folder: an
 * installed or copied binary never reaches back into a source tree. */
static bool search_configured(const char *bin_dir)
{
    char build[PATH_MAX], bin[PATH_MAX];
    if (!ATTUNE_SOURCE_DIR[0] || !ATTUNE_BUILD_DIR[0] || !realpath(ATTUNE_BUILD_DIR, build) ||
        !realpath(bin_dir, bin))
        return false;
    size_t n = strlen(build);
    bool inside = strncmp(bin, build, n) == 0 && (bin[n] == '\0' || bin[n] == '/');
    if (!inside || !has_data(ATTUNE_SOURCE_DIR))
        return false;
    str_copy(data_dir, ATTUNE_SOURCE_DIR, sizeof data_dir);
    return true;
}

/* The folder of the running executable, with a trailing slash (caller
 * frees), or NULL: /proc/self/exe read as a link, as SDL_GetBasePath did. */
static char *exe_dir(void)
{
    char *buf = NULL;
    for (size_t cap = 256; cap <= 65536; cap *= 2) {
        char *nb = attune_realloc(buf, cap);
        if (!nb)
            break;
        buf = nb;
        ssize_t k = readlink("/proc/self/exe", buf, cap);
        if (k < 0)
            break;
        if ((size_t)k < cap) { /* else it may have been cut: try a larger buffer */
            buf[k] = '\0';
            char *slash = strrchr(buf, '/');
            if (!slash)
                break;
            slash[1] = '\0';
            return buf;
        }
    }
    attune_free(buf);
    return NULL;
}

bool paths_init(void)
{
    data_installed = false;
    const char *env = getenv("ATTUNE_DATA_DIR");
    if (env && *env) {
        if (!has_data(env)) {
            log_error("paths", "ATTUNE_DATA_DIR='%s' holds no scripts/lib/attune/runtime.lua", env);
            return false;
        }
        str_copy(data_dir, env, sizeof data_dir);
        return true;
    }
    char *base = exe_dir();
    /* NOTE: the installed layout first, so a prefix inside a source tree
     * (build/stage/bin) still uses its own installed copy of the data; then
     * the source tree this build was configured from (a build folder
     * anywhere); then the nearest ancestor that holds the data. */
    const char *how = "installed";
    bool ok = base && search_installed(base);
    if (!ok && base && (ok = search_configured(base)))
        how = "the source tree this build was configured from";
    if (!ok && base && (ok = search_up(base)))
        how = "a folder above the executable";
    attune_free(base);
    char cwd[1024];
    if (!ok && getcwd(cwd, sizeof cwd) && (ok = search_up(cwd)))
        how = "a folder above the working folder";
    if (ok) {
        log_debug("paths", "data: %s (%s)", data_dir, how);
        return true;
    }
    log_error("paths", "cannot find the game's data (scripts/ and assets/); set ATTUNE_DATA_DIR");
    return false;
}

/* True when the executable's folder `bin_dir` is inside this build's folder. */
static bool in_build_dir(const char *bin_dir)
{
    char build[PATH_MAX], bin[PATH_MAX];
    if (!ATTUNE_BUILD_DIR[0] || !realpath(ATTUNE_BUILD_DIR, build) || !realpath(bin_dir, bin))
        return false;
    size_t n = strlen(build);
    return strncmp(bin, build, n) == 0 && (bin[n] == '\0' || bin[n] == '/');
}

bool paths_locale_dir(char *out, size_t n)
{
    const char *env = getenv("ATTUNE_LOCALE_DIR");
    if (env && *env) {
        str_copy(out, env, n);
        return strlen(env) < n;
    }
    char *base = exe_dir();
    bool ok = false;
    if (base && in_build_dir(base)) {
        /* The build writes them into <build>/locale (CMakeLists.txt). */
        ok = paths_join(out, n, ATTUNE_BUILD_DIR, "locale");
    } else if (base) {
        char dir[1200], real[PATH_MAX];
        ok = paths_join(dir, sizeof dir, base, ATTUNE_LOCALE_FROM_BIN) && paths_is_dir(dir);
        if (ok) {
            const char *d = realpath(dir, real) ? real : dir;
            str_copy(out, d, n);
            ok = strlen(d) < n;
        }
    }
    attune_free(base);
    return ok;
}

const char *paths_data_dir(void)
{
    return data_dir;
}

bool paths_data_is_installed(void)
{
    return data_installed;
}

/* $XDG_DATA_HOME/attune/stories or ~/.local/share/attune/stories, not created.
 * An empty or relative XDG_DATA_HOME is ignored, as the XDG spec says. */
static bool user_stories_path(char *out, size_t n)
{
    const char *xdg = getenv("XDG_DATA_HOME");
    if (xdg && xdg[0] == '/')
        return paths_join(out, n, xdg, "attune/stories");
    const char *home = getenv("HOME");
    if (home && home[0])
        return paths_join(out, n, home, ".local/share/attune/stories");
    return false;
}

bool paths_make_dirs(const char *path)
{
    char p[1024];
    str_copy(p, path, sizeof p);
    for (char *c = p + 1;; c++) {
        if (*c != '/' && *c != '\0')
            continue;
        char keep = *c;
        *c = '\0';
        if (mkdir(p, 0700) != 0 && errno != EEXIST)
            return false;
        *c = keep;
        if (!keep)
            break;
    }
    return paths_is_dir(p);
}

const char *paths_user_stories_dir(void)
{
    if (!user_dir_tried) {
        user_dir_tried = true;
        user_dir_ok = user_stories_path(user_dir, sizeof user_dir);
        if (user_dir_ok && !paths_make_dirs(user_dir)) {
            log_error("paths", "cannot create your stories folder '%s': %s", user_dir,
                      strerror(errno));
            user_dir_ok = false;
        }
    }
    return user_dir_ok ? user_dir : NULL;
}

static bool holds_story(const char *dir)
{
    char probe[1200];
    return paths_join(probe, sizeof probe, dir, "story.lua") && paths_is_file(probe);
}

bool paths_find_story(const char *arg, char *out, size_t n)
{
    if (paths_is_dir(arg)) {
        str_copy(out, arg, n);
        return strlen(arg) < n;
    }
    if (!arg[0] || arg[0] == '.' || strchr(arg, '/'))
        return false;
    char dir[1200];
    if (user_stories_path(dir, sizeof dir) && paths_join(out, n, dir, arg) && holds_story(out))
        return true;
    if (data_dir[0] && paths_join(dir, sizeof dir, data_dir, "scripts/stories") &&
        paths_join(out, n, dir, arg) && holds_story(out))
        return true;
    return false;
}

char *paths_pref_dir(const char *org, const char *app, char *why, size_t wn)
{
    /* The XDG spec: an empty or relative XDG_DATA_HOME is to be ignored
     * (SDL used it as it was; this file unset it first, for the same
     * folders as here). */
    const char *base = getenv("XDG_DATA_HOME");
    const char *sub = "/";
    if (!base || base[0] != '/') {
        base = getenv("HOME");
        sub = "/.local/share/";
        if (!base) {
            snprintf(why, wn, "neither XDG_DATA_HOME nor HOME environment is set");
            return NULL;
        }
    }
    /* NOTE: an empty HOME is kept as SDL kept it: "/.local/share/...". */
    size_t bl = strlen(base);
    if (bl > 0 && base[bl - 1] == '/')
        sub++;
    org = org ? org : "";
    size_t n = bl + strlen(sub) + strlen(org) + strlen(app) + 3;
    char *dir = attune_malloc(n);
    if (!dir) {
        snprintf(why, wn, "out of memory");
        return NULL;
    }
    if (org[0])
        snprintf(dir, n, "%s%s%s/%s/", base, sub, org, app);
    else
        snprintf(dir, n, "%s%s%s/", base, sub, app);
    /* Every folder on the way, each private (0700); one that is there
     * already is fine, whatever it is, as it was for SDL. */
    for (char *c = dir + 1; *c; c++) {
        if (*c != '/')
            continue;
        *c = '\0';
        if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
            snprintf(why, wn, "cannot create directory '%s': %s", dir, strerror(errno));
            attune_free(dir);
            return NULL;
        }
        *c = '/';
    }
    return dir;
}

const char *paths_save_dir(void)
{
    if (!save_dir_tried) {
        save_dir_tried = true;
        char why[1200];
        save_dir = paths_pref_dir("Attune", "attune", why, sizeof why);
        if (!save_dir)
            log_error("save", "no save folder (%s): progress will not be saved", why);
    }
    return save_dir;
}

char *paths_read_file(const char *path, size_t max, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        log_error("paths", "cannot open '%s': %s", path, strerror(errno));
        return NULL;
    }
    char *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (n + 4096 + 1 > cap) {
            cap = cap ? cap * 2 : 8192;
            if (cap > max + 4097)
                cap = max + 4097;
            char *nb = attune_realloc(buf, cap);
            if (!nb) {
                attune_free(buf);
                fclose(f);
                log_error("paths", "out of memory reading '%s'", path);
                return NULL;
            }
            buf = nb;
        }
        size_t k = fread(buf + n, 1, cap - n - 1, f);
        n += k;
        if (n > max) {
            attune_free(buf);
            fclose(f);
            log_error("paths", "'%s' is larger than %zu bytes", path, max);
            return NULL;
        }
        if (k == 0)
            break;
    }
    bool bad = ferror(f);
    fclose(f);
    if (bad) {
        attune_free(buf);
        log_error("paths", "cannot read '%s'", path);
        return NULL;
    }
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

void paths_quit(void)
{
    attune_free(save_dir);
    save_dir = NULL;
    save_dir_tried = false;
    user_dir_tried = user_dir_ok = false;
}

bool paths_resolve_inside(const char *dir, const char *rel, size_t max, char *out, size_t n,
                          char *why, size_t wn, bool *missing)
{
    char joined[PATH_MAX], real_dir[PATH_MAX], real[PATH_MAX];
    if (missing)
        *missing = false;
    if (!rel || !*rel || rel[0] == '/' || !paths_join(joined, sizeof joined, dir, rel)) {
        snprintf(why, wn, "is not a path inside the story's folder");
        return false;
    }
    if (!realpath(dir, real_dir)) {
        snprintf(why, wn, "cannot be looked for: the folder '%s' cannot be read (%s)", dir,
                 strerror(errno));
        return false;
    }
    if (!realpath(joined, real)) {
        bool gone = errno == ENOENT || errno == ENOTDIR;
        if (missing)
            *missing = gone;
        snprintf(why, wn, "%s", gone ? "there is no such file" : strerror(errno));
        return false;
    }
    /* Inside means below: the folder's real path, then a '/'. */
    size_t dl = strlen(real_dir);
    bool inside =
        strncmp(real, real_dir, dl) == 0 && (real[dl] == '/' || (dl == 1 && real_dir[0] == '/'));
    if (!inside) {
        snprintf(why, wn, "leads outside the story's folder (to %s)", real);
        return false;
    }
    struct stat st;
    if (stat(real, &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(why, wn, "is not a plain file (a folder, a device or a pipe?)");
        return false;
    }
    if ((unsigned long long)st.st_size > max) {
        snprintf(why, wn, "is %lld bytes, more than the %zu a file may have", (long long)st.st_size,
                 max);
        return false;
    }
    if (strlen(real) >= n) {
        snprintf(why, wn, "has too long a path");
        return false;
    }
    str_copy(out, real, n);
    return true;
}

FILE *paths_open_regular(const char *path, size_t max, char *why, size_t wn)
{
    /* NOTE: O_NONBLOCK so that opening a FIFO never waits for a writer; the
     * check below then refuses it. The links are resolved first (the game's
     * own pictures may be links in a distribution's package), and the real
     * path opened without following a link swapped in since. */
    char real[PATH_MAX];
    int fd = realpath(path, real) ? open(real, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) : -1;
    if (fd < 0) {
        snprintf(why, wn, "%s",
                 errno == ENOENT  ? "there is no such file"
                 : errno == ELOOP ? "is a link (it changed since it was checked)"
                                  : strerror(errno));
        return NULL;
    }
    struct stat st;
    const char *bad = NULL;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        bad = "is not a plain file (a folder, a device or a pipe?)";
    else if ((unsigned long long)st.st_size > max)
        bad = "is larger than a file of its kind may be";
    int flags = fcntl(fd, F_GETFL);
    FILE *f =
        bad || flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0 ? NULL : fdopen(fd, "rb");
    if (!f) {
        snprintf(why, wn, "%s", bad ? bad : strerror(errno));
        close(fd);
    }
    return f;
}

bool paths_read_all(int fd, void *buf, size_t len)
{
    unsigned char *p = buf;
    while (len > 0) {
        ssize_t k = read(fd, p, len);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return false;
        p += k;
        len -= (size_t)k;
    }
    return true;
}

bool paths_write_all(int fd, const void *buf, size_t len)
{
    const unsigned char *p = buf;
    while (len > 0) {
        ssize_t k = write(fd, p, len);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return false;
        p += k;
        len -= (size_t)k;
    }
    return true;
}

char *paths_read_regular(const char *path, size_t max, size_t *len, char *why, size_t wn)
{
    FILE *f = paths_open_regular(path, max, why, wn);
    if (!f)
        return NULL;
    /* The size was checked, but a file can grow while it is read: read one
     * byte more than it has and refuse when that one came too. */
    struct stat st;
    size_t size = fstat(fileno(f), &st) == 0 ? (size_t)st.st_size : max;
    char *buf = attune_malloc(size + 2);
    size_t n = buf ? fread(buf, 1, size + 1, f) : 0;
    bool bad = !buf || ferror(f) || n > size;
    fclose(f);
    if (bad) {
        snprintf(why, wn, "%s",
                 !buf       ? "is too large to hold in memory"
                 : n > size ? "grew while it was read"
                            : "cannot be read");
        attune_free(buf);
        return NULL;
    }
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}
