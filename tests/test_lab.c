/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The story lab (engine/ui/lab.c): its check runs on its own thread and
 * says so with an SDL event, a save is seen and checked again, a broken
 * story's error is named with file:line, and the panel fits beside the
 * stage at 1280x720 and 1920x1080 at every text size (drawn on the software
 * renderer, its pixels looked at; a PNG is written only on failure). */
#include "../engine/ui/lab.h"
#include "attune/paths.h"
#include "attune/render.h"
#include "attune/screens.h"
#include "attune/story_tools.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <SDL.h>
#include <SDL_image.h>
#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char dir[256], lib[1200];

static void copy_story(const char *fixture)
{
    snprintf(dir, sizeof dir, "/tmp/attune-lab-XXXXXX");
    assert_non_null(mkdtemp(dir));
    char cmd[1600];
    snprintf(cmd, sizeof cmd, "cp '%s/stories/%s/story.lua' '%s/'", getenv("ATTUNE_FIXTURES"),
             fixture, dir);
    assert_int_equal(system(cmd), 0);
}

static void copy_fixture(void)
{
    copy_story("watch");
}

static void remove_copy(void)
{
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
}

/* Wait (at most 60 s: the sanitizers) for the lab's news `want`. */
static void wait_for(Lab *l, LabNews want)
{
    Uint64 end = SDL_GetTicks64() + 60000;
    SDL_Event e;
    while (SDL_GetTicks64() < end) {
        if (SDL_WaitEventTimeout(&e, 200) && lab_event(l, &e) == want)
            return;
    }
    fail_msg("no news %d from the lab within 60 s", (int)want);
}

static void edit(const char *sed)
{
    char cmd[600];
    snprintf(cmd, sizeof cmd, "sed -i '%s' '%s/story.lua'", sed, dir);
    assert_int_equal(system(cmd), 0);
}

static void checks_and_rechecks_on_a_save(void **state)
{
    (void)state;
    copy_fixture();
    Lab *l = lab_open(dir, lib, true, true);
    assert_non_null(l);
    wait_for(l, LAB_CHECKED);
    /* (the copy's folder is not named like its id: that one warning) */
    assert_non_null(strstr(lab_summary(l), "0 errors, 1 warning; teaching checks: 8 of 8 pass"));
    edit("s/next = \"why\"/next = \"wyh\"/");
    wait_for(l, LAB_SAVED);
    assert_string_equal(lab_saved_file(l), "story.lua");
    wait_for(l, LAB_CHECKED);
    assert_non_null(strstr(lab_summary(l), "3 errors"));
    assert_null(strstr(lab_summary(l), "teaching checks")); /* no simulate of a broken story */
    edit("s/next = \"wyh\"/next = \"why\"/");
    wait_for(l, LAB_SAVED);
    wait_for(l, LAB_CHECKED);
    assert_non_null(strstr(lab_summary(l), "0 errors"));
    lab_close(l);
    lab_close(NULL);
    remove_copy();
}

/* A story that loads but loops for ever once played: the simulation stops
 * on its error (within the tools' budget), and the lab says so. */
static void a_simulation_that_stops_is_told(void **state)
{
    (void)state;
    copy_story("loop-in-condition");
    Lab *l = lab_open(dir, lib, false, true);
    assert_non_null(l);
    wait_for(l, LAB_CHECKED);
    assert_non_null(strstr(lab_summary(l), "0 errors"));
    assert_non_null(strstr(lab_summary(l), "the simulation stopped on a story error"));
    lab_close(l);
    remove_copy();
}

/* Some pixels of the panel unlike its background: text was drawn. */
static double inked(SDL_Surface *s, SDL_Rect r)
{
    const Uint32 *px = s->pixels;
    int pitch = s->pitch / 4;
    Uint32 bg = px[(r.y + r.h / 2) * pitch + r.x + r.w - 2];
    long ink = 0, all = 0;
    for (int y = r.y; y < r.y + r.h; y += 2)
        for (int x = r.x + 4; x < r.x + r.w; x += 2, all++)
            ink += px[y * pitch + x] != bg;
    return (double)ink / (double)all;
}

static void the_panel_fits_beside_the_stage(void **state)
{
    (void)state;
    copy_fixture();
    Lab *l = lab_open(dir, lib, false, true);
    assert_non_null(l);
    wait_for(l, LAB_CHECKED);
    static const int sizes[][2] = {{1280, 720}, {1920, 1080}};
    static const float scales[] = {1.0f, 1.3f, 1.75f};
    char fonts[1200];
    paths_join(fonts, sizeof fonts, paths_data_dir(), "assets/fonts");
    for (int i = 0; i < 2; i++) {
        int w = sizes[i][0], h = sizes[i][1];
        SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
        Screens sc;
        memset(&sc, 0, sizeof sc);
        assert_true(
            screens_open(&sc, SDL_CreateSoftwareRenderer(surf), fonts, paths_data_dir(), false));
        for (size_t k = 0; k < sizeof scales / sizeof scales[0]; k++) {
            sc.text_scale = scales[k];
            int lw = lab_width(l, &sc, w, h);
            /* Beside the stage, never over it: a third of the window at most. */
            assert_true(lw >= 240);
            assert_true(w - lw >= (int)(w * 0.66f));
            SDL_Rect r = {w - lw, 0, lw, h};
            lab_draw(l, &sc, r);
            SDL_RenderPresent(sc.renderer);
            double ink = inked(surf, r);
            if (ink < 0.02 || ink > 0.5) {
                char png[64];
                snprintf(png, sizeof png, "lab-%dx%d-%zu.png", w, h, k);
                IMG_SavePNG(surf, png);
                fail_msg("the panel at %dx%d, text x%.2f: %.3f of it inked (see %s)", w, h,
                         (double)scales[k], ink, png);
            }
            lab_scroll(l, 1000); /* scrolls to its end, and no further */
            lab_draw(l, &sc, r);
            lab_scroll(l, -1000);
        }
        lab_show(l, false);
        assert_int_equal(lab_width(l, &sc, w, h), 0);
        lab_show(l, true);
        screens_close(&sc);
        SDL_DestroyRenderer(sc.renderer);
        SDL_FreeSurface(surf);
    }
    assert_null(lab_width(NULL, NULL, 1280, 720) ? "" : NULL); /* no lab, no panel */
    lab_close(l);
    remove_copy();
}

int main(void)
{
    story_bind(story_lua_binding());
    assert_true(paths_init());
    assert_int_equal(SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS), 0);
    assert_int_equal(TTF_Init(), 0);
    paths_join(lib, sizeof lib, paths_data_dir(), "scripts/lib/attune");
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(checks_and_rechecks_on_a_save),
        cmocka_unit_test(a_simulation_that_stops_is_told),
        cmocka_unit_test(the_panel_fits_beside_the_stage),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    TTF_Quit();
    SDL_Quit();
    paths_quit();
    return rc;
}
