/* The command line: the game and the writer's tools on one binary.
 * Layer: C engine. `render` draws with the same screens code onto an
 * off-screen surface, so what it writes is what the window would show. */
#include "attune/cli.h"
#include "attune/app.h"
#include "attune/library.h"
#include "attune/log.h"
#include "attune/paths.h"
#include "attune/screens.h"

#include <SDL.h>
#include <SDL_image.h>
#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char USAGE[] =
    "Usage: attune [COMMAND] [OPTIONS]\n"
    "\n"
    "A story game for learning emotional attunement.\n"
    "\n"
    "Commands:\n"
    "  (none)                 open the game at the title screen\n"
    "  play [STORY_DIR]       open the game, straight into a story when given\n"
    "  render STORY_DIR       draw one screen of a story to a PNG, without a display\n"
    "      --beat ID            start at this beat\n"
    "      --choices 1,2,...    then make these choices (numbers as shown on screen)\n"
    "      --feedback           show the feedback of the last choice\n"
    "      --seed N             the seed that orders the answers (default 1)\n"
    "  render --title         draw the title screen (with this player's Continue)\n"
    "  render --continue      draw what Continue opens (the newest good autosave)\n"
    "      --size WxH           output size (default 1280x720)\n"
    "      --out FILE.png       where to write (required)\n"
    "  check STORY_DIR        check a story and list every problem as file:line\n"
    "\n"
    "Options for the game:\n"
    "  --size WxH             window size\n"
    "  --fullscreen           start full screen\n"
    "  --renderer R           auto (default), software or gpu\n"
    "  --help, --version\n";

static bool parse_size(const char *s, int *w, int *h)
{
    return s && sscanf(s, "%dx%d", w, h) == 2 && *w >= 64 && *h >= 64 && *w <= 8192 &&
           *h <= 8192;
}

static int usage_error(const char *msg)
{
    fprintf(stderr, "attune: %s\nTry 'attune --help'.\n", msg);
    return 2;
}

static int cmd_check(int argc, char **argv)
{
    if (argc < 1)
        return usage_error("check needs a story folder");
    char lib[1200];
    paths_join(lib, sizeof lib, paths_data_dir(), "scripts/lib/attune");
    int errors = 0;
    for (int i = 0; i < argc; i++) {
        if (!paths_is_dir(argv[i])) {
            fprintf(stdout, "%s: error: no such story folder\n", argv[i]);
            errors++;
            continue;
        }
        int e = story_check(argv[i], lib, stdout);
        if (e == 0)
            fprintf(stderr, "%s: ok\n", argv[i]);
        errors += e;
    }
    return errors ? 1 : 0;
}

static int cmd_render(int argc, char **argv)
{
    const char *dir = NULL, *beat = NULL, *choices = NULL, *out = NULL;
    bool title = false, feedback = false, resume = false;
    int w = 1280, h = 720;
    unsigned long long seed = 1;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *next = i + 1 < argc ? argv[i + 1] : NULL;
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

    int rc = 1;
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

    if (TTF_Init() != 0) {
        log_error("render", "cannot start SDL_ttf: %s", TTF_GetError());
        return 1;
    }
    surf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    r = surf ? SDL_CreateSoftwareRenderer(surf) : NULL;
    if (!r) {
        log_error("render", "cannot make an off-screen renderer: %s", SDL_GetError());
        goto out;
    }
    sc.renderer = r;
    sc.text = text_create(r, fonts);
    sc.images = images_create(r, false);
    sc.data_dir = paths_data_dir();
    if (!sc.text || !sc.images)
        goto out;

    static Library library;
    static char notice[256];
    if (resume) {
        /* What Continue would show, through the same code as the game. */
        library_scan(&library, paths_data_dir(), lib);
        story = library_resume(&library, paths_save_dir(), lib, notice, sizeof notice, &err);
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
            fprintf(stderr, "attune: %s\n", notice);
    } else if (title) {
        library_scan(&library, paths_data_dir(), lib);
        library_title(&library, &m, paths_save_dir());
    } else {
        story = story_load(dir, lib, seed, &err);
        if (!story) {
            fprintf(stderr, "%s:%d: error: %s\n", err.file, err.line, err.message);
            m.screen = SCREEN_ERROR;
            m.error = &err;
        } else {
            if (beat && !story_goto(story, beat, &err)) {
                fprintf(stderr, "attune: %s\n", err.message);
                goto out;
            }
            for (const char *p = choices; p && *p;) {
                int n = atoi(p);
                if (n < 1 || !story_choose(story, n - 1, &err)) {
                    fprintf(stderr, "attune: choice %d: %s\n", n, n < 1 ? "bad number"
                                                                         : err.message);
                    goto out;
                }
                p = strchr(p, ',');
                if (p)
                    p++;
            }
            const StoryView *v = story_view(story);
            m.view = v;
            m.story = story;
            m.screen = v->is_ending                     ? SCREEN_ENDING
                       : (feedback && v->has_feedback) ? SCREEN_FEEDBACK
                                                       : SCREEN_BEAT;
        }
    }
    screens_draw(&sc, &m, w, h);
    SDL_RenderPresent(r);
    if (IMG_SavePNG(surf, out) != 0) {
        log_error("render", "cannot write '%s': %s", out, IMG_GetError());
        goto out;
    }
    rc = (m.screen == SCREEN_ERROR || (resume && !story)) ? 1 : 0;
out:
    story_destroy(story);
    screens_release(&sc);
    text_destroy(sc.text);
    images_destroy(sc.images);
    if (r)
        SDL_DestroyRenderer(r);
    SDL_FreeSurface(surf);
    TTF_Quit();
    return rc;
}

static int cmd_play(int argc, char **argv, bool explicit_play)
{
    AppOptions o = {0};
    o.renderer = getenv("ATTUNE_RENDERER");
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *next = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--size") == 0 && next) {
            if (!parse_size(argv[++i], &o.width, &o.height))
                return usage_error("--size wants WxH, e.g. 1280x720");
        } else if (strcmp(a, "--renderer") == 0 && next) {
            o.renderer = argv[++i];
        } else if (strcmp(a, "--fullscreen") == 0) {
            o.fullscreen = true;
        } else if (explicit_play && a[0] != '-' && !o.story_dir) {
            o.story_dir = a;
        } else {
            return usage_error("unknown option");
        }
    }
    if (o.story_dir && !paths_is_dir(o.story_dir))
        return usage_error("no such story folder");
    int rc = app_run(&o);
    SDL_Quit();
    return rc;
}

int cli_main(int argc, char **argv)
{
    if (argc > 1 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        fputs(USAGE, stdout);
        return 0;
    }
    if (argc > 1 && strcmp(argv[1], "--version") == 0) {
        printf("attune %s\n", ATTUNE_VERSION);
        return 0;
    }
    if (!paths_init())
        return 1;
    int rc;
    if (argc > 1 && strcmp(argv[1], "check") == 0)
        rc = cmd_check(argc - 2, argv + 2);
    else if (argc > 1 && strcmp(argv[1], "render") == 0)
        rc = cmd_render(argc - 2, argv + 2);
    else if (argc > 1 && strcmp(argv[1], "play") == 0)
        rc = cmd_play(argc - 2, argv + 2, true);
    else if (argc > 1 && argv[1][0] != '-')
        rc = usage_error("unknown command");
    else
        rc = cmd_play(argc - 1, argv + 1, false);
    paths_quit();
    return rc;
}
