/* The sandbox every story runs in: its own Lua state with a memory cap, an
 * instruction budget on every call, text-only loading and an allow-listed
 * environment. Layer: C/Lua bridge (private to engine/script/). */
#ifndef ATTUNE_SANDBOX_H
#define ATTUNE_SANDBOX_H

#include <lua.h>
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
 * The count hook fires every SANDBOX_HOOK_STEP instructions. */
#define SANDBOX_MEMORY_CAP ((size_t)64 * 1024 * 1024)
#define SANDBOX_LOAD_INSTRUCTIONS 50000000L
#define SANDBOX_LOAD_MS 1000
#define SANDBOX_CALL_INSTRUCTIONS 5000000L
#define SANDBOX_CALL_MS 250
#define SANDBOX_HOOK_STEP 1000

typedef struct Sandbox {
    lua_State *L;
    size_t used, cap;
    long budget;             /* instructions left; < 0 when unarmed */
    struct timespec deadline;
    bool out_of_time;        /* sticky until re-armed */
    bool out_of_memory;
} Sandbox;

/* Create the state with the trusted libraries the story library needs.
 * False (logged) when even that fails. */
bool sandbox_open(Sandbox *sb, size_t cap);
void sandbox_close(Sandbox *sb);

/* Give the next calls `instructions` and `ms` of wall time. */
void sandbox_arm(Sandbox *sb, long instructions, int ms);

/* Load a text-only chunk from `path` (bytecode refused), with chunk name
 * "@name". Pushes the function, or an error message; returns the lua status. */
int sandbox_load_file(Sandbox *sb, const char *path, const char *name);

/* Push a fresh environment holding only the allow-listed globals. */
void sandbox_push_env(Sandbox *sb);

/* lua_pcall with a traceback handler and the limits turned into plain
 * messages ("story took too long", "story used too much memory"). */
int sandbox_pcall(Sandbox *sb, int nargs, int nresults);

#endif
