/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The command line: the game and the writer's tools on one binary.
 * Layer: the program. `render` draws with the same screens code onto an
 * off-screen surface, so what it writes is what the window would show. */
#include "attune/cli.h"
#include "attune/alloc.h"
#include "attune/app.h"
#include "attune/i18n.h"
#include "attune/library.h"
#include "attune/log.h"
#include "attune/paths.h"
#include "attune/picture.h"
#include "attune/route.h"
#include "attune/play_text.h"
#include "attune/screens.h"
#include "attune/story_tools.h"
#include "attune/strbuf.h"
#include "attune/sdl_host.h"
#include "attune/save.h"
#include "attune/story.h"
#include "attune/watch.h"

#include <SDL.h>
#include <SDL_image.h>
#include <SDL_ttf.h>
#include <time.h>
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <dirent.h>

/* --lang, for the game's window (over the setting), or NULL. */
static const char *cli_lang;

static const char USAGE[] =
    "Usage: attune [COMMAND] [OPTIONS]\n"
    "\n"
    "A story game for learning emotional attunement, and the writer's tools.\n"
    "\n"
    "Commands:\n"
    "  (none)                  open the game at the title screen\n"
    "  --workshop [STORY_DIR]  workshop mode: a story run with a group, on a projector\n"
    "  play [STORY_DIR]        open the game, straight into a story when given\n"
    "  play --text STORY_DIR   play a story in the terminal\n"
    "  check STORY_DIR...      list every problem of a story as file:line\n"
    "  graph STORY_DIR         the story as a Graphviz graph (DOT) on stdout\n"
    "  simulate STORY_DIR      play a story many times and run the teaching checks\n"
    "  render ...              draw one screen to a PNG, without a display\n"
    "  new ID                  start a new story from a template\n"
    "  lint-voice STORY_DIR    how each character's lines read: grade, sentence length\n"
    "  translate extract|check STORY_DIR  a story's translations (.po files)\n"
    "\n"
    "Options for the game:\n"
    "  --size WxH              window size\n"
    "  --fullscreen            start full screen\n"
    "  --renderer R            auto (default), software or gpu\n"
    "  --presenter             workshop: open the presenter window on this display too\n"
    "  --report-dir DIR        workshop: save session reports in DIR\n"
    "  --lang LANG             the game and its stories in LANG (de, es, en) for this run\n"
    "  --phones                workshop: the group votes from their phones too\n"
    "  --phones-bind ADDR[:PORT]  workshop: the network address phones use\n"
    "  --watch                 writers: reload the story whenever one of its files is\n"
    "                          saved, with the story lab (F6) beside the game\n"
    "  --help, --version\n"
    "\n"
    "STORY_DIR is a story's folder, or the id of one of your stories or of an\n"
    "installed one. Your stories live in $XDG_DATA_HOME/attune/stories\n"
    "(~/.local/share/attune/stories); the game lists them after the installed ones.\n"
    "'attune COMMAND --help' tells more about each command; 'man attune' tells all.\n"
    "Exit codes: 0 success; 1 a problem was found (errors in a story, a failed\n"
    "teaching check, a story error while playing); 2 the command line is wrong.\n";

typedef struct Command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *usage;
} Command;

static const char USAGE_PLAY[] =
    "Usage: attune play [STORY_DIR] [--size WxH] [--fullscreen] [--renderer R]\n"
    "                   [--input-script FILE] [--watch] [--order authored]\n"
    "       attune play --workshop [STORY_DIR] [--presenter] [--report-dir DIR]\n"
    "                   [--phones] [--phones-bind ADDRESS[:PORT]]\n"
    "       attune play --text STORY_DIR [--seed N] [--order authored]\n"
    "                   [--path BEAT:ANSWER,... | --kinds KIND,...]\n"
    "\n"
    "Open the game, straight into the story in STORY_DIR when given. In the game,\n"
    "F5 reloads the story from disk and keeps your place.\n"
    "--watch (for writers) reloads it by itself whenever a file of the story is\n"
    "saved (a broken save shows the error, the next good one goes on), and shows\n"
    "the story lab beside the game: check's problems and a fresh simulate after\n"
    "every save. F6 shows or hides the lab (without --watch too).\n"
    "--input-script FILE feeds the game scripted input (for tests): one command\n"
    "a line -- key NAME, click X Y, wait MS, expect SCREEN, shot FILE.png,\n"
    "choose ANSWER (by number, id or kind, as --path takes them), quit.\n"
    "--workshop runs the story (or one picked from the library) with a group: a\n"
    "projector view, group votes, discussion pauses and a report to export.\n"
    "--presenter opens the facilitator's window even with one display (with two it\n"
    "opens by itself); --report-dir DIR is where reports go.\n"
    "--phones lets the group vote from their phones on the room's own network (no\n"
    "internet): the projector shows an address, its QR code and a room code, and\n"
    "the phones' votes add up with the keyed ones. It listens on every interface\n"
    "at port 8740 (or the next free one); --phones-bind ADDRESS[:PORT] picks the\n"
    "interface (and port; 0 for any free one), and implies --phones. J in a\n"
    "workshop shows how to join. See docs/facilitator-guide.md.\n"
    "With --text, play in the terminal: the beat, the meters and numbered answers;\n"
    "type a number, an answer's id or its kind and Enter (q quits). Reads answers\n"
    "from stdin, so it can be scripted: printf 'attune\\nrepair\\n' | attune play\n"
    "--text DIR. The answers are shuffled with --seed (default 1), so the same seed\n"
    "gives the same order; --order authored shows them in the order written.\n"
    "--path gives the answers first, one step per decision: BEAT:ANSWER, where\n"
    "ANSWER is an answer's id (its default id is BEAT.N, the Nth as written, so\n"
    "kitchen:2 works), or its kind when the beat has one answer of that kind\n"
    "(kitchen:attune,snap:repair); a step may leave out 'BEAT:', and a bare\n"
    "number is the answer shown at that place. --kinds KIND,... gives the nth\n"
    "decision the answer of the nth kind (attune,repair,attune).\n"
    "Exit: 0 at an ending or when the input ends; 1 on a story error; 2 when a\n"
    "step of --path or --kinds names no answer, or two (the beat's answers are\n"
    "listed, with their ids and kinds).\n";

static const char USAGE_CHECK[] =
    "Usage: attune check STORY_DIR... [--size WxH]\n"
    "       attune check --watch STORY_DIR [--size WxH]\n"
    "\n"
    "Load each story without a window and report every problem, one per line as\n"
    "file:line: error|warning: message. Errors: Lua syntax and load errors, unknown\n"
    "next targets, duplicate ids, dead ends, answers with no kind or why, beats with\n"
    "no attuned answer, ruptures no path can repair, missing pictures or music,\n"
    "invalid UTF-8, and text that does not fit the text box at the smallest\n"
    "window (640x360, or --size), measured with the game's font and layout.\n"
    "Warnings: unreachable beats, unknown fields, and the like. A name close to one\n"
    "the game knows gets a \"did you mean\"; a message about an answer names the\n"
    "answer's own line. Each story ends with a summary on stderr: 'ok',\n"
    "'ok, 2 warnings' or '1 error, 2 warnings'.\n"
    "--watch checks the story again whenever one of its files is saved, with a\n"
    "short simulate (the teaching checks, coverage, the beats no play reached),\n"
    "and prints a compact report each time, until Ctrl-C.\n"
    "Exit: 0 when there is no error (warnings too); 1 when there is one.\n";

static const char USAGE_TRANSLATE[] =
    "Usage: attune translate extract STORY_DIR --lang LANG [--out FILE]\n"
    "       attune translate check STORY_DIR [--lang LANG] [--size WxH]\n"
    "\n"
    "A story's translations are gettext .po files in its translations/ folder,\n"
    "one per language (translations/de.po), made and kept up to date by extract\n"
    "and edited with any .po editor (Poedit, Lokalize, Weblate). Each line's id\n"
    "(msgctxt) says where it is written: the beat, the answer's id or kind, the\n"
    "field (kitchen.fix.why); docs/translating.md tells all.\n"
    "extract writes translations/LANG.po (or --out FILE) with every line of the\n"
    "story, keeping what the file already translated: a line whose English\n"
    "changed keeps its translation marked fuzzy (stale), with the English it was\n"
    "made for; translations of lines no longer in the story are kept as #~.\n"
    "check reports, as file:line: warning: ..., the lines each translation is\n"
    "missing, has not translated, or translated for older English (stale), and\n"
    "what it holds that the story no longer has; then loads the story in that\n"
    "language and checks it as `attune check` does, measuring the translated\n"
    "text at the smallest window (640x360, or --size). The game shows the\n"
    "English for any line a translation lacks.\n"
    "Right-to-left languages (Arabic, Hebrew, Persian, Urdu...) are refused: the\n"
    "game cannot lay them out yet.\n"
    "Exit: 0 when every line is translated and fits; 1 when one is not (or an\n"
    "error); 2 when the command line is wrong.\n";

static const char USAGE_GRAPH[] =
    "Usage: attune graph STORY_DIR > story.dot\n"
    "\n"
    "Write the story as a Graphviz graph: beats as boxes, endings as octagons\n"
    "filled by verdict, answers as arrows labelled by kind (green attuned, blue\n"
    "repair, dashed red misattuned, dotted steady). Render it with\n"
    "  attune graph DIR | dot -Tsvg > story.svg\n"
    "Exit: 0, or 1 when the story does not load.\n";

static const char USAGE_SIMULATE[] =
    "Usage: attune simulate STORY_DIR [--runs N] [--strategy S] [--seed N]\n"
    "                       [--require-full-coverage]\n"
    "\n"
    "Play the story N times (default 1000) with the real rules, choosing by\n"
    "strategy S: random (default), attune, fix, rescue, dismiss, enmesh, withdraw\n"
    "or mixed; or as a surface player who never reads the scene: longest,\n"
    "second-longest, middle, second-shortest, shortest (by length), apology (an\n"
    "apology while a rupture is open), cue-echo (the answer sharing most words\n"
    "with the cue), body (the answer naming the body) or first (the order\n"
    "written); or all (every strategy, as a table). Prints the endings reached,\n"
    "beat and answer coverage over all its plays (and what was never reached),\n"
    "the range of connection at the end, the speed, and the teaching checks:\n"
    "always attuning reaches a good ending; always missing (each kind) never\n"
    "does; one miss repaired, and two, reach a stronger ending; no surface\n"
    "player ends well in more than 10% of plays (story field surface_max).\n"
    "With --require-full-coverage, also: every beat and every answer is reached.\n"
    "Exit: 0 when every teaching check passes; 1 when one fails.\n";

static const char USAGE_RENDER[] =
    "Usage: attune render STORY_DIR [--beat ID] [--path BEAT:ANSWER,... | --kinds KIND,...]\n"
    "                     [--choices 1,2,...] [--feedback] [--seed N] [--order authored]\n"
    "                     [--size WxH] --out FILE.png\n"
    "       attune render --title [--size WxH] --out FILE.png\n"
    "       attune render --continue [--size WxH] --out FILE.png\n"
    "\n"
    "Draw one screen exactly as the window would, without a display: the story's\n"
    "start, or where a road leads, then the --choices made (numbers as shown on\n"
    "screen, answers ordered by --seed, default 1, or as written with --order\n"
    "authored); --feedback shows what the last choice did. --path and --kinds\n"
    "give the road as 'attune play --text' takes them. --beat ID reaches beat (or\n"
    "ending) ID along a real road, so the meters, the face and the ruptures are a\n"
    "player's there: the road given, or by default the one with the fewest misses,\n"
    "then the fewest answers. It prints the road taken ('road: kitchen:fix ->\n"
    "snap:repair -> calm') and the meters there ('there: ...'), in steps that\n"
    "--path takes back. A beat too large to show whole (two steps in the game) is\n"
    "drawn at its answers' step. --title draws the title screen; --continue what\n"
    "Continue would open.\n"
    "Exit: 0 when drawn; 1 on a story error (its error screen is drawn), or when\n"
    "--beat cannot be reached; 2 when a step names no answer, or two, or the road\n"
    "given does not lead to --beat.\n";

static const char USAGE_NEW[] =
    "Usage: attune new ID [--dir FOLDER]\n"
    "\n"
    "Create FOLDER/ID/story.lua from a template that passes check and plays,\n"
    "with an editor configuration (.luarc.json) for autocompletion. FOLDER: your\n"
    "stories folder when Attune is installed (~/.local/share/attune/stories), the\n"
    "source tree's scripts/stories when it runs from a build. ID: lower-case\n"
    "letters, digits and '-'.\n"
    "Exit: 0 when created; 1 when the folder exists or cannot be written.\n";

static const char USAGE_LINT_VOICE[] =
    "Usage: attune lint-voice STORY_DIR\n"
    "\n"
    "How each character's lines read, and the player's answers: how many lines,\n"
    "sentences and words, a reading level (the Flesch-Kincaid grade, from syllables\n"
    "estimated by vowel groups) and the mean and longest sentence in words. A\n"
    "character under 18 (age = N on the character, else the first number in its\n"
    "'about') whose lines read more than 4 grades above their age is warned about\n"
    "as file:line: warning: voice: ..., with their hardest line. Lines a function\n"
    "computes are counted, not measured.\n"
    "Exit: 0 (warnings too); 1 when the story does not load.\n";

static bool parse_size(const char *s, int *w, int *h)
{
    return s && sscanf(s, "%dx%d", w, h) == 2 && *w >= 64 && *h >= 64 && *w <= 8192 && *h <= 8192;
}

static int usage_error(const char *msg)
{
    log_printf(stderr, "attune: %s\nTry 'attune --help'.\n", msg);
    return 2;
}

static const char *lib_dir(void)
{
    static char lib[1200];
    if (!lib[0])
        paths_join(lib, sizeof lib, paths_data_dir(), "scripts/lib/attune");
    return lib;
}

/* The options that choose a road, shared by play --text and render: the
 * answers by id or kind (--path, --kinds), and the order they are shown in
 * (--order). One reader for both: route.h. */
typedef struct RoadOptions {
    const char *path, *kinds;
    bool authored;
} RoadOptions;

/* Read argv[*i] when it is a road option: 1 taken (with its value), 0 not
 * one, 2 a usage error (reported). */
static int road_option(int argc, char **argv, int *i, RoadOptions *o)
{
    const char *a = argv[*i], *next = *i + 1 < argc ? argv[*i + 1] : NULL;
    if (strcmp(a, "--path") != 0 && strcmp(a, "--kinds") != 0 && strcmp(a, "--order") != 0)
        return 0;
    if (!next) {
        log_printf(stderr, "attune: %s needs a value\nTry 'attune --help'.\n", a);
        return 2;
    }
    (*i)++;
    if (strcmp(a, "--order") == 0) {
        if (strcmp(next, "authored") != 0 && strcmp(next, "shuffled") != 0)
            return usage_error("--order is 'authored' (as written) or 'shuffled' (the default)");
        o->authored = strcmp(next, "authored") == 0;
    } else if (strcmp(a, "--path") == 0) {
        o->path = next;
    } else {
        o->kinds = next;
    }
    if (o->path && o->kinds)
        return usage_error("give --path or --kinds, not both");
    return 1;
}

/* The road the options give, read into `r`: false (reported, exit 2) when a
 * step is empty. An empty route when none was given. */
static bool road_route(const RoadOptions *o, Route *r)
{
    char why[300];
    memset(r, 0, sizeof *r);
    if (!o->path && !o->kinds)
        return true;
    if (route_parse(r, o->path ? o->path : o->kinds, o->path ? ROUTE_ANY : ROUTE_KINDS, why,
                    sizeof why))
        return true;
    log_printf(stderr, "attune: %s: %s\n", o->path ? "--path" : "--kinds", why);
    return false;
}

/* A story named on the command line: its folder, or the id of one of the
 * player's stories or of an installed one (paths_find_story). The result is
 * `buf`, or `arg` itself when nothing matched (reported as given). */
static const char *story_arg(const char *arg, char *buf, size_t n)
{
    return paths_find_story(arg, buf, n) ? buf : arg;
}

/* Off-screen screens for measuring text with the game's font and layout. */
typedef struct Offscreen {
    SDL_Surface *surf;
    Screens sc;
} Offscreen;

static bool offscreen_open(Offscreen *o, int w, int h)
{
    memset(o, 0, sizeof *o);
    if (!sdl_host_init_fonts())
        return false;
    char fonts[1200];
    paths_join(fonts, sizeof fonts, paths_data_dir(), "assets/fonts");
    o->surf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = o->surf ? SDL_CreateSoftwareRenderer(o->surf) : NULL;
    return screens_open(&o->sc, r, fonts, paths_data_dir(), false);
}

static void offscreen_close(Offscreen *o)
{
    screens_close(&o->sc);
    if (o->sc.renderer)
        SDL_DestroyRenderer(o->sc.renderer);
    SDL_FreeSurface(o->surf);
}

/* A picture as the game would load it (picture_check: the same limits),
 * each file drawn once however many beats show it, and in how the first
 * shows it (covering, or fitted). NULL when it loads, else why not. */
enum { CHECKED_MAX = 256 };
static struct {
    char *key, *why;
} checked[CHECKED_MAX];
static int n_checked;

/* Forget the pictures checked (`check --watch`: one may be fixed since). */
static void forget_pictures(void)
{
    for (int i = 0; i < n_checked; i++) {
        attune_free(checked[i].key);
        attune_free(checked[i].why);
    }
    n_checked = 0;
}

static const char *check_picture(const char *path, bool cover)
{
    const char *key = path;
    for (int i = 0; i < n_checked; i++)
        if (strcmp(checked[i].key, key) == 0)
            return checked[i].why;
    char why[400];
    bool ok = picture_check(path, cover, why, sizeof why);
    if (n_checked == CHECKED_MAX)
        return ok ? NULL : "is refused (see above)";
    checked[n_checked].key = str_dup(key);
    checked[n_checked].why = ok ? NULL : str_dup(why);
    if (!checked[n_checked].key || (!ok && !checked[n_checked].why)) { /* out of memory */
        attune_free(checked[n_checked].key);
        attune_free(checked[n_checked].why);
        return ok ? NULL : "is refused (see above)";
    }
    return checked[n_checked++].why;
}

/* The checks that need the loaded story and the engine: files on disk, and
 * text measured with the real font and layout. Returns the errors found. */
static int check_loaded(Story *s, int w, int h)
{
    /* In a translation, each message says which: "error: de: beat ...". */
    char tag[24] = "";
    if (story_loaded_language(s)[0])
        snprintf(tag, sizeof tag, "%s: ", story_loaded_language(s));
    int errors = 0;
    char path[PATH_MAX], reason[PATH_MAX + 200];
    const StoryRef *refs;
    int n = story_refs(s, &refs);
    Offscreen o;
    bool measure = offscreen_open(&o, w, h);
    for (int i = 0; i < n; i++) {
        const StoryRef *r = &refs[i];
        if (strcmp(r->what, "music") == 0) {
            if (!story_find_music(s, r->value, path, sizeof path, reason, sizeof reason)) {
                log_printf(stdout, "%s:%d: error: %sbeat '%s': music '%s' %s\n", r->file, r->line,
                           tag, r->id, r->value, reason);
                errors++;
            }
        } else if (strcmp(r->what, "background") == 0 || strcmp(r->what, "portrait") == 0) {
            bool cover = strcmp(r->what, "background") == 0;
            const char *bad =
                story_find_image(s, r->value, path, sizeof path, reason, sizeof reason)
                    ? check_picture(path, cover)
                    : reason;
            if (bad) {
                log_printf(stdout, "%s:%d: error: %s%s '%s': picture '%s' %s\n", r->file, r->line,
                           tag, r->what, r->id, r->value, bad);
                errors++;
            }
        } else if (measure) {
            /* A beat or an ending, as it would stand on the smallest window. */
            StoryError e;
            if (!story_goto(s, r->value, &e)) {
                log_printf(stdout, "%s:%d: error: %s%s\n", e.file, e.line, tag, e.message);
                errors++;
                continue;
            }
            char why[256];
            if (screens_beat_fit(&o.sc, story_view(s), w, h, why, sizeof why) != 0) {
                log_printf(stdout, "%s:%d: error: %s%s '%s': %s; shorten it\n", r->file, r->line,
                           tag, r->what, r->id, why);
                errors++;
            }
        }
    }
    if (measure)
        offscreen_close(&o);
    story_destroy(s);
    return errors;
}

/* NOTE: not SDL's counter: graph and simulate touch no SDL at all. */
static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* One round of `check --watch`: check (its lines as `check` prints them),
 * then, with no error, a short simulate of every strategy, told in a few
 * lines: the checks that failed, coverage, what no play reached. */
static void watch_round(const char *dir, int w, int h)
{
    double t0 = now_s();
    FILE *diags = tmpfile();
    int e = 0, warnings = 0;
    Story *s = story_check_load(dir, lib_dir(), diags ? diags : stdout, &e);
    if (diags) { /* passed on, counting the warnings */
        char ln[4096];
        rewind(diags);
        while (fgets(ln, sizeof ln, diags)) {
            warnings += strstr(ln, ": warning: ") != NULL;
            log_puts(stdout, ln);
        }
        fclose(diags);
    }
    if (s)
        e = check_loaded(s, w, h); /* destroys s */
    forget_pictures();
    sdl_host_quit(); /* the fonts, until the next round */
    char summary[400];
    int n = snprintf(summary, sizeof summary, "%d error%s, %d warning%s", e, e == 1 ? "" : "s",
                     warnings, warnings == 1 ? "" : "s");
    if (e == 0) {
        StoryError err;
        s = story_load(dir, lib_dir(), 1, &err);
        bool passed = false;
        long long choices = 0;
        char *rep = s ? story_simulate(s, "all", 100, 1, false, &passed, &choices, &err) : NULL;
        story_destroy(s);
        if (!rep) {
            log_printf(stdout, "%s:%d: error: %s\n", err.file, err.line, err.message);
        } else {
            int ok = 0, failed = 0;
            for (char *ln = strtok(rep, "\n"); ln; ln = strtok(NULL, "\n")) {
                if (strncmp(ln, "  ok  ", 6) == 0)
                    ok++;
                else if (strncmp(ln, "  FAIL", 6) == 0 || strncmp(ln, "coverage: ", 10) == 0 ||
                         strncmp(ln, "  beats never", 13) == 0 ||
                         strncmp(ln, "  answers never", 15) == 0)
                    log_printf(stdout, "%s\n", ln);
                failed += strncmp(ln, "  FAIL", 6) == 0;
            }
            attune_free(rep);
            n += snprintf(summary + n, sizeof summary - (size_t)n,
                          "; teaching checks: %d of %d pass", ok, ok + failed);
        }
    }
    log_printf(stdout, "== %s (%.1f s)\n", summary, now_s() - t0);
    fflush(stdout);
}

static int check_watch(const char *arg, int w, int h)
{
    char found[1200];
    const char *dir = story_arg(arg, found, sizeof found);
    if (!paths_is_dir(dir)) {
        log_printf(stdout, "%s: error: no such story folder\n", arg);
        return 1;
    }
    Watch *wt = watch_open(dir, 150);
    if (!wt)
        return 1;
    char what[256] = "";
    for (int round = 1;; round++) {
        char clock[16];
        time_t now = time(NULL);
        strftime(clock, sizeof clock, "%H:%M:%S", localtime(&now));
        log_printf(stdout, "== %s check %d of %s%s%s\n", clock, round, arg,
                   what[0] ? ", after saving " : "", what);
        watch_round(dir, w, h);
        if (watch_wait(wt, -1, what, sizeof what) < 0)
            break;
    }
    watch_close(wt);
    return 1;
}

/* A language code fit to name a file: "de", "es", "pt_BR". */
static bool lang_ok(const char *l)
{
    size_t n = strlen(l);
    if (n < 2 || n > 8)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = l[i];
        bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
        if (!(i < 2 ? lower : (lower || upper || c == '_')))
            return false;
    }
    return true;
}

enum { LANGS_MAX = 64 };

/* The languages a story has a translation for (translations/LANG.po),
 * sorted; how many. */
static int story_langs(const char *dir, char langs[][16], int max)
{
    char tdir[1400];
    snprintf(tdir, sizeof tdir, "%s/translations", dir);
    DIR *dh = opendir(tdir);
    int n = 0;
    if (!dh)
        return 0;
    for (struct dirent *de; (de = readdir(dh)) != NULL && n < max;) {
        size_t len = strlen(de->d_name);
        if (len < 4 || len - 3 >= 16 || strcmp(de->d_name + len - 3, ".po") != 0)
            continue;
        char l[16];
        memcpy(l, de->d_name, len - 3);
        l[len - 3] = '\0';
        if (!lang_ok(l))
            continue;
        int at = n++;
        while (at > 0 && strcmp(langs[at - 1], l) > 0) {
            memcpy(langs[at], langs[at - 1], 16);
            at--;
        }
        memcpy(langs[at], l, 16);
    }
    closedir(dh);
    return n;
}

/* Check the translation `lang` of the story in `dir`: its lines against the
 * .po (missing, untranslated, stale, obsolete: warnings), then the story
 * loaded in that language, checked and measured as `check` does (errors).
 * Adds to *errors and *warnings; returns the lines that need work. */
static int check_translation(const char *dir, const char *lang, int w, int h, int *errors,
                             int *warnings)
{
    char rel[64], path[PATH_MAX], why[PATH_MAX + 200], shown[1400];
    snprintf(rel, sizeof rel, "translations/%s.po", lang);
    snprintf(shown, sizeof shown, "%s/%s", dir, rel);
    bool missing = false;
    size_t len = 0;
    char *po = NULL;
    if (paths_resolve_inside(dir, rel, 16u << 20, path, sizeof path, why, sizeof why, &missing))
        po = paths_read_regular(path, 16u << 20, &len, why, sizeof why);
    if (!po) {
        log_printf(stdout, "%s:0: error: %s\n", shown,
                   missing ? "no such translation (make it with attune translate extract)" : why);
        (*errors)++;
        return 0;
    }
    /* The English story, for its lines. */
    story_set_language(NULL);
    int e = 0, wn = 0, work = 0;
    StoryError lerr;
    Story *s = story_load(dir, lib_dir(), 1, &lerr);
    if (s) {
        StoryError err;
        char summary[300];
        int perr = 0, pwarn = 0;
        work = story_translate_check(s, lang, po, len, shown, stdout, summary, sizeof summary,
                                     &perr, &pwarn, &err);
        *warnings += pwarn;
        story_destroy(s);
        if (work < 0) {
            log_printf(stdout, "%s:%d: error: %s\n", err.file, err.line, err.message);
            (*errors)++;
            work = 0;
        } else {
            *errors += perr;
            log_printf(stderr, "%s\n", summary);
        }
    } else {
        log_printf(stdout, "%s:0: error: the English story does not load; check it first\n", dir);
        (*errors)++;
    }
    attune_free(po);
    /* The story as a player of that language sees it: its errors (the
     * English's warnings are not said again), and its text measured. */
    story_set_language(lang);
    e = 0;
    wn = 0;
    FILE *diags = tmpfile();
    s = story_check_load_counted(dir, lib_dir(), diags ? diags : stdout, &e, &wn);
    if (diags) {
        char ln[4096];
        rewind(diags);
        while (fgets(ln, sizeof ln, diags))
            if (strstr(ln, ": error: ")) { /* "...: error: de: message" */
                char *at = strstr(ln, ": error: ") + 9;
                log_printf(stdout, "%.*s%s: %s", (int)(at - ln), ln, lang, at);
            }
        fclose(diags);
    }
    if (s)
        e = check_loaded(s, w, h); /* destroys s */
    *errors += e;
    story_set_language(NULL);
    return work;
}

static int cmd_check(int argc, char **argv)
{
    int w = SCREENS_MIN_W, h = SCREENS_MIN_H, errors = 0, stories = 0;
    bool watch = false;
    for (int i = 0; i < argc; i++)
        watch = watch || strcmp(argv[i], "--watch") == 0;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--size") == 0 && i + 1 < argc) {
            if (!parse_size(argv[++i], &w, &h))
                return usage_error("--size wants WxH, e.g. 640x360");
            continue;
        }
        if (strcmp(argv[i], "--watch") == 0)
            continue;
        if (watch) {
            if (argv[i][0] == '-' || stories++)
                return usage_error("check --watch takes one story folder");
            continue;
        }
        if (argv[i][0] == '-')
            return usage_error("check: unknown option");
        stories++;
        char found[1200];
        const char *dir = story_arg(argv[i], found, sizeof found);
        if (!paths_is_dir(dir)) {
            log_printf(stdout, "%s: error: no such story folder\n", argv[i]);
            errors++;
            continue;
        }
        int e = 0, warnings = 0;
        story_set_language(NULL);
        Story *s = story_check_load_counted(dir, lib_dir(), stdout, &e, &warnings);
        if (s)
            e = check_loaded(s, w, h); /* destroys s */
        /* Its translations: what each lacks (warnings: the game shows the
         * English there), then the story in that language, measured. */
        char langs[LANGS_MAX][16];
        int nl = e == 0 ? story_langs(dir, langs, LANGS_MAX) : 0;
        for (int l = 0; l < nl; l++)
            check_translation(dir, langs[l], w, h, &e, &warnings);
        log_debug("check", "done");
        /* "ok", "ok, 2 warnings", "1 error, 1 warning" */
        char warned[64] = "";
        if (warnings)
            snprintf(warned, sizeof warned, ", %d warning%s", warnings, warnings == 1 ? "" : "s");
        if (e == 0)
            log_printf(stderr, "%s: ok%s\n", argv[i], warned);
        else
            log_printf(stderr, "%s: %d error%s%s\n", argv[i], e, e == 1 ? "" : "s", warned);
        errors += e;
    }
    sdl_host_quit(); /* SDL_ttf, if a story was measured */
    if (stories == 0)
        return usage_error("check needs a story folder");
    if (watch) {
        for (int i = 0; i < argc; i++)
            if (argv[i][0] != '-' && (i == 0 || strcmp(argv[i - 1], "--size") != 0))
                return check_watch(argv[i], w, h);
    }
    return errors ? 1 : 0;
}

static Story *load_or_report(const char *arg)
{
    char found[1200];
    const char *dir = arg ? story_arg(arg, found, sizeof found) : NULL;
    if (!dir || !paths_is_dir(dir)) {
        usage_error("no such story folder");
        return NULL;
    }
    StoryError err;
    Story *s = story_load(dir, lib_dir(), 1, &err);
    if (!s)
        log_printf(stderr, "%s:%d: error: %s\n", err.file, err.line, err.message);
    return s;
}

static int cmd_graph(int argc, char **argv)
{
    if (argc != 1 || argv[0][0] == '-')
        return usage_error("graph needs one story folder");
    Story *s = load_or_report(argv[0]);
    if (!s)
        return 1;
    StoryError err;
    char *dot = story_graph(s, &err);
    story_destroy(s);
    if (!dot) {
        log_printf(stderr, "%s:%d: error: %s\n", err.file, err.line, err.message);
        return 1;
    }
    log_puts(stdout, dot);
    attune_free(dot);
    return 0;
}

static int cmd_simulate(int argc, char **argv)
{
    const char *dir = NULL, *strategy = "random";
    long runs = 1000;
    unsigned long long seed = 1;
    bool full = false;
    for (int i = 0; i < argc; i++) {
        const char *next = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(argv[i], "--require-full-coverage") == 0) {
            full = true;
        } else if (strcmp(argv[i], "--runs") == 0 && next) {
            runs = strtol(argv[++i], NULL, 10);
            if (runs < 1 || runs > 100000000)
                return usage_error("--runs wants a number from 1 to 100000000");
        } else if (strcmp(argv[i], "--strategy") == 0 && next) {
            strategy = argv[++i];
        } else if (strcmp(argv[i], "--seed") == 0 && next) {
            seed = strtoull(argv[++i], NULL, 10);
        } else if (argv[i][0] != '-' && !dir) {
            dir = argv[i];
        } else {
            return usage_error("simulate: unknown option");
        }
    }
    if (!dir)
        return usage_error("simulate needs a story folder");
    Story *s = load_or_report(dir);
    if (!s)
        return 1;
    StoryError err;
    bool passed = false;
    long long choices = 0;
    double t0 = now_s();
    char *report = story_simulate(s, strategy, (int)runs, seed, full, &passed, &choices, &err);
    double dt = now_s() - t0;
    story_destroy(s);
    if (!report) {
        log_printf(stderr, "%s:%d: error: %s\n", err.file, err.line, err.message);
        return 1;
    }
    log_puts(stdout, report);
    log_printf(stdout, "speed: %lld choice%s in %.3f s (%.0f choices per second)\n", choices,
               choices == 1 ? "" : "s", dt, dt > 0 ? (double)choices / dt : 0.0);
    bool known = strstr(report, "unknown strategy") == NULL;
    attune_free(report);
    if (!known)
        return 2;
    return passed ? 0 : 1;
}

/* How each character's lines read; warnings about a child who speaks far
 * above their age. */
static int cmd_lint_voice(int argc, char **argv)
{
    if (argc != 1 || argv[0][0] == '-')
        return usage_error("lint-voice needs one story folder");
    Story *s = load_or_report(argv[0]);
    if (!s)
        return 1;
    StoryError err;
    int warnings = 0;
    bool ok = story_voice(s, stdout, &warnings, &err);
    story_destroy(s);
    if (!ok) {
        log_printf(stderr, "%s:%d: error: %s\n", err.file, err.line, err.message);
        return 1;
    }
    if (warnings)
        log_printf(stderr, "%s: %d warning%s\n", argv[0], warnings, warnings == 1 ? "" : "s");
    else
        log_printf(stderr, "%s: ok, every voice fits its age\n", argv[0]);
    return 0;
}

static int cmd_translate(int argc, char **argv)
{
    if (argc < 2 || (strcmp(argv[0], "extract") != 0 && strcmp(argv[0], "check") != 0))
        return usage_error("translate wants extract or check, then a story folder");
    bool extract = strcmp(argv[0], "extract") == 0;
    const char *lang = NULL, *out = NULL, *arg = NULL;
    int w = SCREENS_MIN_W, h = SCREENS_MIN_H;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            lang = argv[++i];
        else if (extract && strcmp(argv[i], "--out") == 0 && i + 1 < argc)
            out = argv[++i];
        else if (!extract && strcmp(argv[i], "--size") == 0 && i + 1 < argc) {
            if (!parse_size(argv[++i], &w, &h))
                return usage_error("--size wants WxH, e.g. 640x360");
        } else if (argv[i][0] == '-' || arg)
            return usage_error("translate: unknown option, or more than one story folder");
        else
            arg = argv[i];
    }
    if (!arg)
        return usage_error("translate needs a story folder");
    if (lang && !lang_ok(lang))
        return usage_error("--lang wants a language code such as de, es or pt_BR");
    if (extract && !lang)
        return usage_error("translate extract needs --lang, e.g. --lang de");
    char found[1200];
    const char *dir = story_arg(arg, found, sizeof found);
    if (!paths_is_dir(dir)) {
        log_printf(stdout, "%s: error: no such story folder\n", arg);
        return 1;
    }
    if (!extract) {
        char langs[LANGS_MAX][16];
        int n = lang ? 1 : story_langs(dir, langs, LANGS_MAX);
        if (lang)
            str_copy(langs[0], lang, sizeof langs[0]);
        if (n == 0) {
            log_printf(stderr,
                       "%s: no translations yet (translations/*.po); make one with "
                       "attune translate extract %s --lang LANG\n",
                       arg, arg);
            return 0;
        }
        int errors = 0, warnings = 0, work = 0;
        for (int i = 0; i < n; i++)
            work += check_translation(dir, langs[i], w, h, &errors, &warnings);
        sdl_host_quit();
        if (errors || work)
            log_printf(stderr, "%s: %d error%s, %d line%s to translate or review\n", arg, errors,
                       errors == 1 ? "" : "s", work, work == 1 ? "" : "s");
        else
            log_printf(stderr, "%s: ok, every line translated and fits\n", arg);
        return errors || work ? 1 : 0;
    }
    /* The English as it loads (a story still being written, whose graph
     * `check` faults, has its lines all the same). */
    story_set_language(NULL);
    StoryError lerr;
    Story *s = story_load(dir, lib_dir(), 1, &lerr);
    if (!s) {
        log_printf(stderr, "%s:%d: error: %s\n", lerr.file, lerr.line, lerr.message);
        log_printf(stderr, "%s: the story does not load; fix it before extracting\n", arg);
        return 1;
    }
    char path[1400], tdir[1300];
    if (out) {
        str_copy(path, out, sizeof path);
    } else {
        snprintf(tdir, sizeof tdir, "%s/translations", dir);
        if (mkdir(tdir, 0755) != 0 && errno != EEXIST) {
            log_printf(stderr, "%s: cannot make the folder: %s\n", tdir, strerror(errno));
            story_destroy(s);
            return 1;
        }
        snprintf(path, sizeof path, "%s/%s.po", tdir, lang);
    }
    size_t old_len = 0;
    char why[400];
    char *old =
        paths_is_file(path) ? paths_read_regular(path, 16u << 20, &old_len, why, sizeof why) : NULL;
    StoryError err;
    char summary[300];
    char *po =
        story_translate_extract(s, lang, old, old_len, path, stderr, summary, sizeof summary, &err);
    story_destroy(s);
    attune_free(old);
    if (!po) {
        log_printf(stderr, "%s:%d: error: %s\n", err.file, err.line, err.message);
        return 1;
    }
    bool ok = save_write_atomic(path, (const unsigned char *)po, strlen(po));
    attune_free(po);
    if (!ok) {
        log_printf(stderr, "%s: cannot write it\n", path);
        return 1;
    }
    log_printf(stderr, "%s: %s\n", path, summary);
    return 0;
}

/* Copy the template into a new story folder, with its id and title filled. */
static int cmd_new(int argc, char **argv)
{
    const char *id = NULL;
    char parent[1200];
    /* Installed, the game's own stories folder is not the writer's: the
     * player's stories folder is, where the library also finds it. */
    if (paths_data_is_installed() && paths_user_stories_dir())
        str_copy(parent, paths_user_stories_dir(), sizeof parent);
    else
        paths_join(parent, sizeof parent, paths_data_dir(), "scripts/stories");
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--dir") == 0 && i + 1 < argc)
            str_copy(parent, argv[++i], sizeof parent);
        else if (argv[i][0] != '-' && !id)
            id = argv[i];
        else
            return usage_error("new: unknown option");
    }
    if (!id)
        return usage_error("new needs an id, e.g. attune new bedtime");
    bool ok = strlen(id) > 0 && strlen(id) < 64 && id[0] != '-';
    for (const char *c = id; ok && *c; c++)
        ok = (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '-';
    if (!ok)
        return usage_error("the id takes lower-case letters, digits and '-', e.g. bedtime-fears");
    char dir[1400], file[1500], tpl_path[1300];
    paths_join(dir, sizeof dir, parent, id);
    if (paths_is_dir(dir) || paths_is_file(dir)) {
        log_printf(stderr, "attune: '%s' already exists; choose another id\n", dir);
        return 1;
    }
    paths_join(tpl_path, sizeof tpl_path, paths_data_dir(), "scripts/templates/new-story.lua");
    size_t len = 0;
    char *tpl = paths_read_file(tpl_path, 1 << 20, &len);
    if (!tpl)
        return 1;
    /* A title from the id: "bedtime-fears" -> "Bedtime fears". */
    char title[128];
    str_copy(title, id, sizeof title);
    for (char *c = title; *c; c++)
        if (*c == '-')
            *c = ' ';
    if (title[0] >= 'a' && title[0] <= 'z')
        title[0] = (char)(title[0] - 'a' + 'A');
    if (mkdir(dir, 0755) != 0) {
        log_printf(stderr, "attune: cannot create '%s': %s\n", dir, strerror(errno));
        attune_free(tpl);
        return 1;
    }
    paths_join(file, sizeof file, dir, "story.lua");
    FILE *f = fopen(file, "wb");
    if (!f) {
        log_printf(stderr, "attune: cannot write '%s': %s\n", file, strerror(errno));
        attune_free(tpl);
        return 1;
    }
    for (const char *p = tpl; *p;) {
        if (strncmp(p, "{{ID}}", 6) == 0) {
            fputs(id, f);
            p += 6;
        } else if (strncmp(p, "{{TITLE}}", 9) == 0) {
            fputs(title, f);
            p += 9;
        } else if (strncmp(p, "{{DIR}}", 7) == 0) {
            fputs(dir, f);
            p += 7;
        } else {
            fputc(*p++, f);
        }
    }
    attune_free(tpl);
    bool written = fclose(f) == 0;
    /* An editor configuration, so a language server autocompletes the API. */
    char luarc[1500], docs[1300];
    paths_join(luarc, sizeof luarc, dir, ".luarc.json");
    paths_join(docs, sizeof docs, paths_data_dir(), "docs/lua");
    f = fopen(luarc, "wb");
    if (f) {
        fprintf(f,
                "{\n"
                "  \"runtime.version\": \"Lua 5.4\",\n"
                "  \"runtime.builtin\": { \"io\": \"disable\", \"os\": \"disable\", "
                "\"debug\": \"disable\", \"package\": \"disable\" },\n"
                "  \"workspace.library\": [\"%s\"]\n"
                "}\n",
                docs);
        written = fclose(f) == 0 && written;
    }
    if (!written) {
        log_printf(stderr, "attune: cannot write the new story in '%s'\n", dir);
        return 1;
    }
    log_printf(stdout,
               "Created %s\n"
               "  edit    %s\n"
               "  check   attune check %s\n"
               "  play    attune play --text %s   (or attune play %s)\n",
               dir, file, dir, dir, dir);
    return 0;
}

/* Follow `r` in `s`, adding its steps to `taken`; 0, or the exit code after
 * saying what went wrong (2 a step names no answer, 1 a story error). */
static int follow(Story *s, const Route *r, const char *option, StrBuf *taken, StoryError *err)
{
    char why[1600];
    RouteResult res = route_follow(s, r, taken, why, sizeof why, err);
    if (res == ROUTE_BAD_STEP)
        log_printf(stderr, "attune: %s: %s\n", option, why);
    else if (res == ROUTE_STORY_ERROR)
        log_printf(stderr, "%s:%d: error: %s\n", err->file, err->line, err->message);
    return res == ROUTE_OK ? 0 : res == ROUTE_BAD_STEP ? 2 : 1;
}

/* Bring `s` to what render draws: along `road` (--path, --kinds), or along
 * the preview's own road to `beat`, then the --choices; prints the road
 * taken. 0, or the exit code after saying why not. */
static int render_road(Story *s, const char *beat, const Route *road, const Route *picks,
                       StrBuf *taken, StoryError *err)
{
    const char *option = road->what == ROUTE_KINDS ? "--kinds" : "--path";
    int bad = follow(s, road, option, taken, err);
    if (bad)
        return bad;
    if (beat && road->n && strcmp(story_view(s)->beat_id, beat) != 0) {
        log_printf(stderr, "attune: %s leads to '%s', not to beat '%s' (the road: %s)\n", option,
                   story_view(s)->beat_id, beat, taken->len ? taken->p : "none");
        return 2;
    }
    if (beat && !road->n) {
        /* The preview's road: a real play there, so the meters, the face
         * and the ruptures are those a player there would have. */
        char **steps = NULL;
        int n = story_road(s, beat, &steps, err);
        if (n < 0) {
            if (err->line == -1)
                log_printf(stderr, "attune: %s\n", err->message);
            else
                log_printf(stderr, "%s:%d: error: %s\n", err->file, err->line, err->message);
            return 1;
        }
        Route found = {ROUTE_ANY, n, steps};
        bad = follow(s, &found, "the road found", taken, err);
        story_road_free(steps, n);
        if (bad)
            return 1;
    }
    bad = follow(s, picks, "--choices", taken, err);
    if (bad)
        return bad;
    if (beat || road->n || picks->n) {
        const StoryView *v = story_view(s);
        log_printf(stdout, "road: %s%s%s%s\n", taken->len ? taken->p : "",
                   taken->len ? " \u2192 " : "", v->beat_id, taken->len ? "" : " (the start)");
        if (v->n_people == 2) {
            /* two people: each one's meters, then yours */
            log_printf(stdout, "there:");
            for (int i = 0; i < 2; i++) {
                const StoryPerson *p = &v->people[i];
                log_printf(stdout, " %s %s \u00b7 connection %d \u00b7 %d open rupture%s%s;",
                           p->name ? p->name : "", p->state_word ? p->state_word : "",
                           p->connection, p->open_ruptures, p->open_ruptures == 1 ? "" : "s",
                           p->present ? "" : " (not here)");
            }
            log_printf(stdout, " you %d%s\n", v->steadiness, v->flooded ? " (flooded)" : "");
        } else {
            log_printf(
                stdout,
                "there: %s %s \u00b7 connection %d \u00b7 you %d%s \u00b7 %d open rupture%s\n",
                v->name ? v->name : "", v->state_word ? v->state_word : "", v->connection,
                v->steadiness, v->flooded ? " (flooded)" : "", v->open_ruptures,
                v->open_ruptures == 1 ? "" : "s");
        }
    }
    return 0;
}

static int cmd_render(int argc, char **argv)
{
    const char *dir = NULL, *beat = NULL, *choices = NULL, *out = NULL;
    bool title = false, feedback = false, resume = false;
    int w = 1280, h = 720;
    unsigned long long seed = 1;
    RoadOptions ro = {0};
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *next = i + 1 < argc ? argv[i + 1] : NULL;
        int took = road_option(argc, argv, &i, &ro);
        if (took == 2)
            return 2;
        if (took)
            continue;
        if (strcmp(a, "--beat") == 0 && next)
            beat = argv[++i];
        else if (strcmp(a, "--choices") == 0 && next)
            choices = argv[++i];
        else if (strcmp(a, "--out") == 0 && next)
            out = argv[++i];
        else if (strcmp(a, "--seed") == 0 && next)
            seed = strtoull(argv[++i], NULL, 10);
        else if (strcmp(a, "--size") == 0 && next) {
            if (!parse_size(argv[++i], &w, &h))
                return usage_error("--size wants WxH, e.g. 1280x720");
        } else if (strcmp(a, "--title") == 0)
            title = true;
        else if (strcmp(a, "--continue") == 0)
            resume = true;
        else if (strcmp(a, "--feedback") == 0)
            feedback = true;
        else if (a[0] != '-' && !dir)
            dir = a;
        else
            return usage_error("render: unknown option");
    }
    if (!out)
        return usage_error("render needs --out FILE.png");
    if (!title && !resume && !dir)
        return usage_error("render needs a story folder (or --title, or --continue)");
    char found[1200];
    if (dir)
        dir = story_arg(dir, found, sizeof found);
    Route road, picks;
    char why[1200];
    if (!road_route(&ro, &road))
        return 2;
    if (!route_parse(&picks, choices ? choices : "", ROUTE_NUMBERS, why, sizeof why) && choices) {
        route_free(&road);
        log_printf(stderr, "attune: --choices: %s\n", why);
        return 2;
    }
    story_set_order(ro.authored ? STORY_ORDER_AUTHORED : STORY_ORDER_SHUFFLED);

    int rc = 1;
    StrBuf taken = {0};
    Story *story = NULL;
    SDL_Surface *surf = NULL;
    SDL_Renderer *r = NULL;
    Screens sc = {0};
    UiModel m;
    memset(&m, 0, sizeof m);
    m.focus = m.hover = -1;
    m.reveal = -1;
    StoryError err;
    char lib[1200], fonts[1200];
    paths_join(lib, sizeof lib, paths_data_dir(), "scripts/lib/attune");
    paths_join(fonts, sizeof fonts, paths_data_dir(), "assets/fonts");

    if (!sdl_host_init_fonts()) {
        log_error("render", "cannot start SDL_ttf: %s", TTF_GetError());
        return 1;
    }
    surf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    r = surf ? SDL_CreateSoftwareRenderer(surf) : NULL;
    if (!r) {
        log_error("render", "cannot make an off-screen renderer: %s", SDL_GetError());
        goto out;
    }
    if (!screens_open(&sc, r, fonts, paths_data_dir(), false))
        goto out;

    static Library library;
    static char notice[256];
    if (resume) {
        /* What Continue would show, through the same code as the game. */
        library_scan(&library, paths_data_dir(), paths_user_stories_dir(), dir, lib);
        story = library_resume(&library, paths_save_dir(), lib, notice, sizeof notice, &err, NULL);
        if (story) {
            const StoryView *v = story_view(story);
            m.view = v;
            m.story = story;
            m.screen = v->is_ending ? SCREEN_ENDING : SCREEN_BEAT;
        } else if (err.message[0]) {
            m.screen = SCREEN_ERROR;
            m.error = &err;
        } else {
            library_title(&library, &m, paths_save_dir());
        }
        m.notice = notice[0] ? notice : NULL;
        if (notice[0])
            log_printf(stderr, "attune: %s\n", notice);
    } else if (title) {
        library_scan(&library, paths_data_dir(), paths_user_stories_dir(), dir, lib);
        library_title(&library, &m, paths_save_dir());
    } else {
        story = story_load(dir, lib, seed, &err);
        if (!story) {
            log_printf(stderr, "%s:%d: error: %s\n", err.file, err.line, err.message);
            m.screen = SCREEN_ERROR;
            m.error = &err;
        } else {
            int bad = render_road(story, beat, &road, &picks, &taken, &err);
            if (bad) {
                rc = bad;
                goto out;
            }
            const StoryView *v = story_view(story);
            m.view = v;
            m.story = story;
            m.screen = v->is_ending                    ? SCREEN_ENDING
                       : (feedback && v->has_feedback) ? SCREEN_FEEDBACK
                                                       : SCREEN_BEAT;
        }
    }
    /* a beat too large to show whole (two steps in the game): its answers */
    if (m.screen == SCREEN_BEAT && m.view && screens_beat_steps(&sc, &m, w, h))
        m.beat_step = 1;
    screens_draw(&sc, &m, w, h);
    SDL_RenderPresent(r);
    if (IMG_SavePNG(surf, out) != 0) {
        log_error("render", "cannot write '%s': %s", out, IMG_GetError());
        goto out;
    }
    rc = (m.screen == SCREEN_ERROR || (resume && !story)) ? 1 : 0;
out:
    route_free(&road);
    route_free(&picks);
    attune_free(strbuf_take(&taken));
    story_destroy(story);
    screens_close(&sc);
    if (r)
        SDL_DestroyRenderer(r);
    SDL_FreeSurface(surf);
    sdl_host_quit();
    return rc;
}

static int cmd_play_with(int argc, char **argv, bool explicit_play)
{
    AppOptions o = {0};
    o.lang = cli_lang;
    o.renderer = getenv("ATTUNE_RENDERER");
    bool text = false;
    unsigned long long seed = 1;
    RoadOptions ro = {0};
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *next = i + 1 < argc ? argv[i + 1] : NULL;
        int took = road_option(argc, argv, &i, &ro);
        if (took == 2)
            return 2;
        if (took)
            continue;
        if (explicit_play && strcmp(a, "--text") == 0) {
            text = true;
        } else if (explicit_play && strcmp(a, "--seed") == 0 && next) {
            seed = strtoull(argv[++i], NULL, 10);
        } else if (strcmp(a, "--size") == 0 && next) {
            if (!parse_size(argv[++i], &o.width, &o.height))
                return usage_error("--size wants WxH, e.g. 1280x720");
        } else if (strcmp(a, "--renderer") == 0 && next) {
            o.renderer = argv[++i];
        } else if (strcmp(a, "--fullscreen") == 0) {
            o.fullscreen = true;
        } else if (strcmp(a, "--input-script") == 0 && next) {
            o.input_script = argv[++i];
        } else if (strcmp(a, "--workshop") == 0) {
            o.workshop = true;
        } else if (strcmp(a, "--presenter") == 0) {
            o.presenter = true;
        } else if (strcmp(a, "--report-dir") == 0 && next) {
            o.report_dir = argv[++i];
        } else if (strcmp(a, "--phones") == 0) {
            o.phones = true;
        } else if (strcmp(a, "--phones-bind") == 0 && next) {
            o.phones = true;
            o.phones_bind = argv[++i];
        } else if (strcmp(a, "--watch") == 0) {
            o.watch = true;
        } else if ((explicit_play || o.workshop) && a[0] != '-' && !o.story_dir) {
            o.story_dir = a;
        } else {
            return usage_error("unknown option");
        }
    }
    char found[1200];
    if (o.story_dir && !paths_find_story(o.story_dir, found, sizeof found))
        return usage_error("no such story folder");
    if (o.story_dir)
        o.story_dir = found;
    if (o.watch && !o.story_dir)
        return usage_error("--watch needs a story folder");
    story_set_order(ro.authored ? STORY_ORDER_AUTHORED : STORY_ORDER_SHUFFLED);
    if (text) {
        if (!o.story_dir)
            return usage_error("play --text needs a story folder");
        Route road;
        if (!road_route(&ro, &road))
            return 2;
        /* The story in the interface's language, as in the window (--lang,
         * else the system's). */
        if (!cli_lang)
            story_set_language(i18n_language_full());
        int rc = play_text_run(o.story_dir, lib_dir(), seed, &road, stdin, stdout);
        route_free(&road);
        return rc;
    }
    if (ro.path || ro.kinds)
        return usage_error("--path and --kinds go with --text or render; in the window, an input "
                           "script's 'choose' line takes the same steps");
    return app_run(&o);
}

static int cmd_play(int argc, char **argv)
{
    return cmd_play_with(argc, argv, true);
}

static const Command COMMANDS[] = {
    {"play", cmd_play, USAGE_PLAY},
    {"check", cmd_check, USAGE_CHECK},
    {"graph", cmd_graph, USAGE_GRAPH},
    {"simulate", cmd_simulate, USAGE_SIMULATE},
    {"render", cmd_render, USAGE_RENDER},
    {"new", cmd_new, USAGE_NEW},
    {"lint-voice", cmd_lint_voice, USAGE_LINT_VOICE},
    {"translate", cmd_translate, USAGE_TRANSLATE},
};

int cli_main(int argc, char **argv)
{
    if (argc > 1 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
                     strcmp(argv[1], "help") == 0)) {
        fputs(USAGE, stdout);
        return 0;
    }
    if (argc > 1 && strcmp(argv[1], "--version") == 0) {
        log_printf(stdout, "attune %s\n", ATTUNE_VERSION);
        return 0;
    }
    /* `attune --lang de play STORY`: the command comes after it. */
    if (argc > 3 && strcmp(argv[1], "--lang") == 0 && argv[3][0] != '-') {
        char *opt = argv[1], *val = argv[2];
        memmove(argv + 1, argv + 3, (size_t)(argc - 3) * sizeof *argv);
        argv[argc - 2] = opt;
        argv[argc - 1] = val;
    }
    const Command *cmd = NULL;
    for (size_t i = 0; argc > 1 && i < sizeof COMMANDS / sizeof COMMANDS[0]; i++)
        if (strcmp(argv[1], COMMANDS[i].name) == 0)
            cmd = &COMMANDS[i];
    if (cmd) {
        for (int i = 2; i < argc; i++)
            if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
                fputs(cmd->usage, stdout);
                return 0;
            }
    } else if (argc > 1 && argv[1][0] != '-') {
        log_printf(stderr, "attune: unknown command '%s'\nTry 'attune --help'.\n", argv[1]);
        return 2;
    }
    /* --lang LANG, anywhere: the language of the game and its stories for
     * this run (docs/translating.md). */
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--lang") != 0 || (cmd && strcmp(cmd->name, "translate") == 0))
            continue;
        if (i + 1 >= argc || !lang_ok(argv[i + 1]))
            return usage_error("--lang wants a language code such as de, es or pt_BR");
        i18n_set_language(argv[i + 1]);
        story_set_language(i18n_language_full());
        cli_lang = argv[i + 1];
        memmove(argv + i, argv + i + 2, (size_t)(argc - i - 2) * sizeof *argv);
        argc -= 2;
        argv[argc] = NULL;
        break;
    }
    if (!paths_init())
        return 1;
    int rc = cmd ? cmd->run(argc - 2, argv + 2) : cmd_play_with(argc - 1, argv + 1, false);
    paths_quit();
    return rc;
}
