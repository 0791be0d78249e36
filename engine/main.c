/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The entry point: everything happens in the command line module. */
#include "attune/cli.h"
#include "attune/i18n.h"
#include "attune/paths.h"
#include "attune/story_tools.h"

#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif

int main(int argc, char **argv)
{
#ifdef M_MMAP_THRESHOLD
    /* NOTE: glibc raises its mmap threshold after the first large free, so
     * later picture buffers (megabytes each) would come from the heap and
     * stay resident after they are freed. A fixed threshold keeps every
     * large buffer in its own mapping, returned to the system on free. */
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
    /* The interface's language, before anything is said (the writer's tools
     * speak English: engine/cli.c marks nothing). */
    char locale_dir[1024];
    i18n_init(paths_locale_dir(locale_dir, sizeof locale_dir) ? locale_dir : NULL);
    /* Stories run in Lua: the one binding there is. */
    story_bind(story_lua_binding());
    return cli_main(argc, argv);
}
