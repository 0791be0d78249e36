/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The sandbox every story runs in: its own Lua state with a memory cap, an
 * instruction budget on every call, text-only loading and an allow-listed
 * environment. Layer: the script binding (private to engine/script/). */
#ifndef ATTUNE_SANDBOX_H
#define ATTUNE_SANDBOX_H

#include <lua.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

/* The limits, in one place.
 * - Memory: 64 MiB. A large story (2,000 beats) with the library needs a few
 *   MiB; a table that grows by doubling fails at about half the cap, so 64
 *   MiB still leaves a runaway story well inside the game's own budget.
 * - Load: 50 M instructions or 1 s of wall time: enough to declare thousands
 *   of beats, and a stuck `while true do end` stops in well under a second.
 * - Each call (a view, a choice, a condition): 5 M instructions or 250 ms. A
 *   frame needs far less; a loop is caught long before the player notices.
 * The count hook fires every SANDBOX_HOOK_STEP instructions and reads the
 * clock: 100, not 1000, because some instructions do C work that is not
 * charged (comparing two 16 MB strings takes 1.3 ms: 333 of them between
 * two firings ran 0.45 s past the limit); it costs about 2% of a
 * simulation. */
#define SANDBOX_MEMORY_CAP ((size_t)64 * 1024 * 1024)
#define SANDBOX_LOAD_INSTRUCTIONS 50000000L
#define SANDBOX_LOAD_MS 1000
#define SANDBOX_CALL_INSTRUCTIONS 5000000L
#define SANDBOX_CALL_MS 250
/* - A whole load (the story's file, then the library's finishing, the card,
 *   the first view: each armed on its own) ends within 1.5 s of wall time
 *   together: a story that used most of each phase's budget took 3 s. */
#define SANDBOX_WHOLE_LOAD_MS 1500
/* - `check`'s checks over the whole graph (tools.deep_check: the tells, the
 *   reachability) are the library's work, not a load the game makes: 500 M
 *   instructions stop a story's runaway condition the same on any machine,
 *   and 30 s of wall time only backs that up, so a writer's busy machine
 *   (a build beside it) does not fail a story that loads in a second. */
#define SANDBOX_TOOL_INSTRUCTIONS 500000000L
#define SANDBOX_TOOL_MS 30000
#define SANDBOX_HOOK_STEP 100
/* C work is charged to the same budget: one instruction for every
 * SANDBOX_BYTES_PER_INSTRUCTION bytes the story's state allocates (a string
 * built by rep, upper, `..`, format, table.concat) or a library function
 * walks (utf8.len), and the clock is read after every SANDBOX_CLOCK_BYTES
 * allocated, so C loops over big strings cannot outrun the limits between
 * two firings of the count hook. */
#define SANDBOX_BYTES_PER_INSTRUCTION 8
#define SANDBOX_CLOCK_BYTES ((size_t)1 << 20)

typedef struct Sandbox {
    lua_State *L;
    size_t used, cap;
    long budget; /* instructions left; < 0 when unarmed */
    struct timespec deadline;
    struct timespec ceiling; /* no deadline goes past this, when set */
    bool has_ceiling;
    bool out_of_time;   /* sticky until re-armed */
    bool out_of_memory; /* sticky until re-armed */
    bool no_memory;     /* the system (not the cap) refused a block; until re-armed */
    size_t clock_bytes; /* allocated since the clock was last read */
    void *refused_ptr;  /* the block the cap last refused, and its size */
    size_t refused_size;
    /* "file:line: " of the story line running when the allocator hit a
     * limit: a memory error unwinds without a message handler, so this is
     * where its line comes from. Empty when none. */
    char where[1100];
} Sandbox;

/* Create the state with the trusted libraries the story library needs.
 * False (logged) when even that fails. */
bool sandbox_open(Sandbox *sb, size_t cap);
void sandbox_close(Sandbox *sb);

/* Give the next calls `instructions` and `ms` of wall time. */
void sandbox_arm(Sandbox *sb, long instructions, int ms);
/* Stories run on the calling thread from now on stop at their next count
 * hook (as out of time) while *flag is true; NULL: never. */
void sandbox_cancel_on(const atomic_bool *flag);

/* From now on no call runs past `ms` from now, however it is armed (a
 * whole load); ms <= 0 lifts that. */
void sandbox_ceiling(Sandbox *sb, int ms);

/* Load a text-only chunk from `path` (bytecode refused), with chunk name
 * "@name". Pushes the function, or an error message; returns the lua status. */
int sandbox_load_file(Sandbox *sb, const char *path, const char *name);
/* The same for a chunk already in memory. Both give a syntax error the full
 * name, not Lua's 60-character short_src. */
int sandbox_load_buffer(Sandbox *sb, const char *buf, size_t len, const char *name);

/* Push a fresh environment holding only the allow-listed globals. */
void sandbox_push_env(Sandbox *sb);

/* lua_pcall with a traceback handler and the limits turned into plain
 * messages ("story took too long", "story used too much memory"). */
int sandbox_pcall(Sandbox *sb, int nargs, int nresults);

#endif
