/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The story sandbox: capped allocator, sticky instruction budget, allow-list
 * environment, text-only chunks. Layer: the script binding.
 * Invariant: story code only ever runs inside sandbox_pcall with an armed
 * budget, and its environment holds nothing but the allow-list below. */
#include "sandbox.h"
#include "attune/alloc.h"
#include "attune/log.h"
#include "attune/paths.h"

#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static Sandbox *sandbox_of(lua_State *L)
{
    Sandbox *sb;
    memcpy(&sb, lua_getextraspace(L), sizeof sb);
    return sb;
}

/* NOTE: the coarse clock (a tick of 1-4 ms) is read at every firing of the
 * count hook: CLOCK_MONOTONIC cost 22 ns a read here against 5, which was
 * 15% of the time a story took to load (perf). The limits are hundreds of
 * ms, so a tick is well inside them. */
#define SANDBOX_CLOCK CLOCK_MONOTONIC_COARSE

static long ms_left(const struct timespec *deadline)
{
    struct timespec now;
    clock_gettime(SANDBOX_CLOCK, &now);
    return (deadline->tv_sec - now.tv_sec) * 1000L + (deadline->tv_nsec - now.tv_nsec) / 1000000L;
}

/* Push "file:line: " for the Lua function at `level`, or "" when it is not
 * a story line (not luaL_where: its short_src cuts long paths). */
static void push_where(lua_State *L, int level)
{
    lua_Debug where;
    if (lua_getstack(L, level, &where) && lua_getinfo(L, "Sl", &where) && where.currentline > 0 &&
        where.source[0] == '@')
        lua_pushfstring(L, "%s:%d: ", where.source + 1, where.currentline);
    else
        lua_pushliteral(L, "");
}

/* Write "file:line: " of the innermost story line on L's stack, from
 * `level` up (a C function has no line), into `out`; "" when none.
 * Allocates nothing, so the allocator may call it. */
static void find_where(lua_State *L, int level, char *out, size_t size)
{
    lua_Debug where;
    out[0] = '\0';
    for (; level < 400 && lua_getstack(L, level, &where); level++)
        if (lua_getinfo(L, "Sl", &where) && where.currentline > 0 && where.source[0] == '@') {
            snprintf(out, size, "%s:%d: ", where.source + 1, where.currentline);
            return;
        }
}

static const char time_message[] = "story took too long (an endless loop?)";
static const char memory_message[] =
    "story used too much memory (a table or text that grows without end?)";

static void budget_hook(lua_State *L, lua_Debug *ar);

/* A limit was hit inside the allocator, where nothing may be raised: note
 * the story's line and make the count hook fire on the next instruction,
 * where it raises (lua_sethook is safe anywhere). Only the main thread can
 * be reached from here (the allocator is not told which coroutine runs); a
 * coroutine's own hook fires within SANDBOX_HOOK_STEP instructions, and
 * until then big blocks are refused (spend_bytes). */
static void stop_soon(Sandbox *sb)
{
    if (!sb->where[0])
        find_where(sb->L, 0, sb->where, sizeof sb->where);
    lua_sethook(sb->L, budget_hook, LUA_MASKCOUNT, 1);
}

/* Once a limit is hit, blocks above this are refused: a C function that
 * would fill one (rep, upper, `..`) is stopped before its work. */
#define LATE_BLOCK_MAX ((size_t)64 * 1024)

/* Charge `bytes` about to be allocated while story code runs: the C work
 * that fills them (string.rep, string.upper, `..`, table.concat, format)
 * never reaches the count hook, so `string.rep("x", 1.5e7, "y")` in a loop
 * ran 36 s past a 1 s limit. False: refuse the block. */
static bool spend_bytes(Sandbox *sb, size_t bytes)
{
    if (sb->out_of_time || sb->out_of_memory)
        return bytes <= LATE_BLOCK_MAX;
    long cost = (long)(bytes / SANDBOX_BYTES_PER_INSTRUCTION);
    bool spent = cost >= sb->budget;
    sb->clock_bytes += bytes;
    if (!spent && sb->clock_bytes >= SANDBOX_CLOCK_BYTES) {
        sb->clock_bytes = 0;
        spent = ms_left(&sb->deadline) <= 0;
    }
    if (!spent) {
        sb->budget -= cost;
        return true;
    }
    sb->budget = 0;
    sb->out_of_time = true;
    stop_soon(sb);
    return bytes <= LATE_BLOCK_MAX;
}

static void *capped_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    Sandbox *sb = ud;
    if (!ptr)
        osize = 0;                    /* NOTE: osize is a type tag when ptr is NULL */
    ATTUNE_ASSERT(osize <= sb->used); /* every block was counted when it grew */
    if (nsize == 0) {
        attune_free(ptr);
        sb->used -= osize;
        return NULL;
    }
    if (nsize > osize) {
        /* A refusal is a memory error the story sees, unless Lua's answer
         * to it (a full collection, then the same request again) succeeds;
         * lauxlib's buffers (rep, concat, format...) raise at once. Seen
         * here as: the same block refused again, or another block asked
         * for instead. That error is sticky, like the time limit: a story
         * that caught it with pcall and went on would see the cap at a
         * point that depends on when the collector ran, which differs
         * between a play and its replay. */
        bool again = sb->refused_size && ptr == sb->refused_ptr && nsize == sb->refused_size;
        bool seen = sb->refused_size && !again;
        if (sb->used - osize + nsize > sb->cap) {
            if (sb->budget >= 0 && !sb->out_of_memory) {
                if (!sb->refused_size) /* the line where the cap was hit */
                    find_where(sb->L, 0, sb->where, sizeof sb->where);
                if (again || seen) {
                    sb->out_of_memory = true;
                    stop_soon(sb);
                }
            }
            sb->refused_ptr = ptr;
            sb->refused_size = nsize;
            return NULL;
        }
        if (seen && sb->budget >= 0 && !sb->out_of_memory) {
            sb->out_of_memory = true;
            stop_soon(sb);
        }
        if (sb->budget >= 0 && !spend_bytes(sb, nsize - osize))
            return NULL;
        /* The tests' failing switch (alloc.h): Lua sees it as memory that
         * ran out, tries a full collection and raises LUA_ERRMEM. */
        if (alloc_fail_now()) {
            sb->no_memory = true;
            return NULL;
        }
    }
    /* NOTE: not attune_realloc, which the switch may fail: Lua 5.4 copes
     * with a shrink that fails, but the error it raises then would come
     * from a collection step, far from anything the story did. */
    void *p = realloc(ptr, nsize);
    if (!p) {
        sb->no_memory = true;
        return NULL;
    }
    if (nsize > osize)
        sb->refused_size = 0;
    sb->used = sb->used - osize + nsize;
    return p;
}

/* WARNING: the hook must stay sticky and never remove itself before raising,
 * or `while true do pcall(function() while true do end end) end` would catch
 * the error and run forever. Once out of time it fires on every instruction
 * and raises again until the host re-arms it. */
/* Set by sandbox_cancel_on for the stories run on this thread: while it
 * holds true, every story stops at its next count hook, as if out of time
 * (the story lab's check, when the lab closes). */
static _Thread_local const atomic_bool *cancel_flag;

void sandbox_cancel_on(const atomic_bool *flag)
{
    cancel_flag = flag;
}

static void budget_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    Sandbox *sb = sandbox_of(L);
    if (sb->budget < 0)
        return;
    if (!sb->out_of_time && !sb->out_of_memory) {
        sb->budget -= SANDBOX_HOOK_STEP;
        bool cancelled = cancel_flag && atomic_load_explicit(cancel_flag, memory_order_relaxed);
        if (sb->budget > 0 && ms_left(&sb->deadline) > 0 && !cancelled)
            return;
        sb->budget = 0; /* not below: < 0 means unarmed */
        sb->out_of_time = true;
    }
    /* Every thread switches to count 1 when its hook next fires, not only the
     * one that ran out: each coroutine keeps its own count, so when the
     * budget ran out inside a coroutine the main thread kept raising only
     * every SANDBOX_HOOK_STEP instructions, always inside the inner loop of the pcall
     * escape, and hung (fixture hostile-coroutine-then-pcall). */
    if (lua_gethookcount(L) != 1)
        lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);
    /* Name the story line that was running (not luaL_error, which would add
     * the caller's position). */
    if (sb->out_of_memory && sb->where[0]) {
        /* Where the cap was hit, not where the story went on after a
         * pcall caught the memory error. */
        lua_pushstring(L, sb->where);
        lua_pushstring(L, memory_message);
    } else {
        push_where(L, 0);
        lua_pushstring(L, sb->out_of_memory ? memory_message : time_message);
    }
    lua_concat(L, 2);
    lua_error(L);
}

static void deadline_in(struct timespec *t, int ms)
{
    clock_gettime(SANDBOX_CLOCK, t);
    t->tv_sec += ms / 1000;
    t->tv_nsec += (long)(ms % 1000) * 1000000L;
    if (t->tv_nsec >= 1000000000L) {
        t->tv_sec++;
        t->tv_nsec -= 1000000000L;
    }
}

void sandbox_ceiling(Sandbox *sb, int ms)
{
    sb->has_ceiling = ms > 0;
    if (ms > 0)
        deadline_in(&sb->ceiling, ms);
}

void sandbox_arm(Sandbox *sb, long instructions, int ms)
{
    sb->budget = instructions;
    sb->out_of_time = false;
    sb->out_of_memory = false;
    sb->no_memory = false;
    sb->clock_bytes = 0;
    sb->refused_size = 0;
    sb->where[0] = '\0';
    deadline_in(&sb->deadline, ms);
    if (sb->has_ceiling && ms_left(&sb->ceiling) < ms_left(&sb->deadline))
        sb->deadline = sb->ceiling;
    lua_sethook(sb->L, budget_hook, LUA_MASKCOUNT, SANDBOX_HOOK_STEP);
}

static int on_panic(lua_State *L)
{
    const char *msg = lua_tostring(L, -1);
    log_error("story", "unrecoverable Lua error: %s", msg ? msg : "?");
    abort();
}

static void on_warning(void *ud, const char *msg, int tocont)
{
    (void)ud;
    (void)tocont;
    log_debug("story", "warning: %s", msg);
}

/* setmetatable that refuses __gc: finalizers run with hooks off, so no
 * budget could stop a finalizer that loops. And __mode: what a weak table
 * still holds depends on when the collector ran, which differs between a
 * play and its replay. */
static int l_sandbox_setmetatable(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    if (lua_istable(L, 2)) {
        lua_pushliteral(L, "__gc");       /* stack: t mt "__gc" */
        if (lua_rawget(L, 2) != LUA_TNIL) /* stack: t mt mt.__gc */
            return luaL_error(L, "__gc metamethods are not allowed in stories");
        lua_pop(L, 1);                    /* stack: t mt */
        lua_pushliteral(L, "__mode");     /* stack: t mt "__mode" */
        if (lua_rawget(L, 2) != LUA_TNIL) /* stack: t mt mt.__mode */
            return luaL_error(L, "weak tables (__mode) are not allowed in stories: what they keep "
                                 "depends on the garbage collector, so a replay would differ");
        lua_pop(L, 1);
    } else if (!lua_isnil(L, 2)) {
        return luaL_argerror(L, 2, "nil or table expected");
    }
    /* What the real setmetatable does, done here: called through lua_call,
     * its "protected metatable" error came from a C frame and lost the
     * story's file:line (fixture hostile-protected-metatable). */
    if (luaL_getmetafield(L, 1, "__metatable") != LUA_TNIL)
        return luaL_error(L, "cannot change a protected metatable");
    lua_settop(L, 2);       /* stack: t mt */
    lua_setmetatable(L, 1); /* stack: t */
    return 1;
}

/* Charge `n` elements of work done in a C loop to the budget: the count hook
 * only sees Lua instructions, so a C loop over a length the story chose ran
 * with no limit at all. Raises "story took too long" (sticky) when over. */
static void charge(lua_State *L, lua_Unsigned n)
{
    Sandbox *sb = sandbox_of(L);
    if (sb->budget < 0)
        return;
    if (!sb->out_of_time && n < (lua_Unsigned)sb->budget && ms_left(&sb->deadline) > 0) {
        sb->budget -= (long)n;
        return;
    }
    sb->out_of_time = true;
    lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);
    push_where(L, 1);                /* stack: ... "file:line: " */
    lua_pushstring(L, time_message); /* stack: ... "file:line: " message */
    lua_concat(L, 2);                /* stack: ... "file:line: message" */
    lua_error(L);
}

/* True when `msg` already starts with a "file:line:" position. */
static bool has_position(const char *msg)
{
    const char *c = strchr(msg, ':');
    while (c && c[1] >= '0' && c[1] <= '9') {
        const char *q = c + 1;
        while (*q >= '0' && *q <= '9')
            q++;
        if (*q == ':')
            return true;
        c = strchr(q, ':');
    }
    return false;
}

/* Call the real library function (upvalue 1) with this call's arguments.
 * Its own errors ("position out of bounds") are raised below this C frame,
 * where Lua knows no line: give them the story's. */
static int call_real(lua_State *L)
{
    int n = lua_gettop(L);                           /* stack: args */
    lua_pushvalue(L, lua_upvalueindex(1));           /* stack: args real */
    lua_insert(L, 1);                                /* stack: real args */
    if (lua_pcall(L, n, LUA_MULTRET, 0) != LUA_OK) { /* stack: message */
        if (lua_type(L, -1) == LUA_TSTRING && !has_position(lua_tostring(L, -1))) {
            push_where(L, 1);  /* stack: message "file:line: " */
            lua_insert(L, -2); /* stack: "file:line: " message */
            lua_concat(L, 2);  /* stack: "file:line: message" */
        }
        return lua_error(L);
    }
    return lua_gettop(L);
}

/* The table functions loop in C over a length the story chooses: #t (and
 * __len can claim any length) or an explicit range. table.insert(t, 1, x)
 * with __len returning 1e15, table.sort on such a table whose __index and
 * __newindex are C functions, table.move({}, 1, 1e15, 1, {}) and
 * table.concat(t, "", 1, 2e7) in a loop all hung the game (fixtures
 * hostile-table-*). So: no __len (except for move, which does not use #t),
 * and the length is charged to the budget before the loop runs.
 * Upvalues: the real function, the argument index of the range (0: none),
 * whether __len is refused. */
static int l_sandbox_table(lua_State *L)
{
    int range = (int)lua_tointeger(L, lua_upvalueindex(2));
    luaL_checktype(L, 1, LUA_TTABLE);
    if (lua_toboolean(L, lua_upvalueindex(3)) && luaL_getmetafield(L, 1, "__len") != LUA_TNIL)
        return luaL_argerror(L, 1, "a table with __len is not allowed in stories");
    lua_Integer first = 1, last = (lua_Integer)lua_rawlen(L, 1);
    if (range > 0) {
        first = luaL_optinteger(L, range, 1);
        last = luaL_optinteger(L, range + 1, last);
    }
    if (last >= first)
        charge(L, (lua_Unsigned)last - (lua_Unsigned)first);
    return call_real(L);
}

/* Stop the call with "story used too much memory" at the story's line. */
static int refuse_memory(lua_State *L)
{
    Sandbox *sb = sandbox_of(L);
    sb->out_of_memory = true;
    lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);
    push_where(L, 1);                  /* stack: ... "file:line: " */
    lua_pushstring(L, memory_message); /* stack: ... "file:line: " message */
    lua_concat(L, 2);                  /* stack: ... "file:line: message" */
    return lua_error(L);
}

static size_t string_len(lua_State *L, int idx)
{
    size_t len = 0;
    if (lua_type(L, idx) == LUA_TSTRING)
        lua_tolstring(L, idx, &len);
    return len;
}

/* What to charge before calling the real function. */
enum { CHARGE_LENGTH, CHARGE_REP, CHARGE_RANGE, CHARGE_ARGS, CHARGE_ARGS_16 };

/* How many values string.byte(s, i, j) or utf8.codepoint(s, i, j) gives
 * (j defaults to i), as they count them. */
static lua_Unsigned range_count(lua_State *L, size_t len)
{
    lua_Integer l = (lua_Integer)len;
    lua_Integer i = luaL_optinteger(L, 2, 1), j = luaL_optinteger(L, 3, i);
    if (i < 0)
        i = i < -l ? 1 : l + i + 1;
    else if (i == 0)
        i = 1;
    if (j < 0)
        j = j < -l ? 0 : l + j + 1;
    else if (j > l)
        j = l;
    return j >= i ? (lua_Unsigned)(j - i) + 1 : 0;
}

/* Library functions whose C work allocates nothing (or not in proportion),
 * charged before they run: utf8.len and utf8.offset walk the whole string;
 * string.byte, utf8.codepoint, string.char and utf8.char push or read one
 * value per step; string.rep of an empty string loops n times with nothing
 * to allocate (rep("", 1e15) never returned). rep is charged for its n
 * steps and its n * (len + seplen) bytes at the allocator's rate, so a rep
 * too big for the budget is refused before its work, and one too big for
 * the memory cap says so. The real function is called directly, in this
 * same C frame, so its own errors ("bad argument #2 to 'rep'") keep the
 * story's line. Upvalues: the real function, CHARGE_*. */
static int l_sandbox_charged(lua_State *L)
{
    lua_CFunction real = lua_tocfunction(L, lua_upvalueindex(1));
    size_t len = string_len(L, 1);
    /* Measured here: an instruction of the budget is about 8 ns; decoding
     * UTF-8 about 2.5 ns a byte, one step of rep about 7 ns. */
    lua_Unsigned cost = len / 4;
    int isnum = 0, kind = (int)lua_tointeger(L, lua_upvalueindex(2));
    lua_Integer n = lua_tointegerx(L, 2, &isnum);
    /* One per value pushed (about as much as an instruction): a call that
     * pushes 200,000 values took 1 ms, and 1000 of them ran between two
     * firings of the hook. */
    if (kind == CHARGE_RANGE)
        cost = range_count(L, len);
    else if (kind == CHARGE_ARGS)
        cost = (lua_Unsigned)lua_gettop(L);
    else if (kind == CHARGE_ARGS_16) /* utf8.char makes a string of each */
        cost = (lua_Unsigned)lua_gettop(L) * 16;
    if (kind == CHARGE_REP && isnum && n > 0) {
        lua_Unsigned each = (lua_Unsigned)len + string_len(L, 3);
        lua_Unsigned times = (lua_Unsigned)n;
        if (each > 0 && times > (lua_Unsigned)SIZE_MAX / each)
            return refuse_memory(L);
        if (each * times > sandbox_of(L)->cap)
            return refuse_memory(L);
        cost = times + each * times / SANDBOX_BYTES_PER_INSTRUCTION;
    }
    charge(L, cost);
    return real(L);
}

/* tostring without addresses: "table: 0x5581..." differs on every run, so
 * a story that looked at it (or keyed a choice on it) replayed differently
 * and its saves were dropped as "the story has changed". A table, function
 * or coroutine without __tostring is just its type. Pushes the text. */
static const char *safe_tostring(lua_State *L, int idx)
{
    int t = lua_type(L, idx);
    if (t == LUA_TTABLE || t == LUA_TFUNCTION || t == LUA_TTHREAD || t == LUA_TUSERDATA ||
        t == LUA_TLIGHTUSERDATA) {
        if (luaL_getmetafield(L, idx, "__tostring") == LUA_TNIL)
            return lua_pushstring(L, lua_typename(L, t));
        lua_pop(L, 1);
    }
    return luaL_tolstring(L, idx, NULL);
}

static int l_sandbox_tostring(lua_State *L)
{
    luaL_checkany(L, 1);
    safe_tostring(L, 1);
    return 1;
}

/* string.format without addresses: %p is refused and %s of a table,
 * function or coroutine gives what tostring gives. Upvalue: the real one. */
static int l_sandbox_format(lua_State *L)
{
    lua_CFunction real = lua_tocfunction(L, lua_upvalueindex(1));
    size_t flen = 0;
    const char *f = luaL_checklstring(L, 1, &flen);
    int arg = 1, top = lua_gettop(L);
    for (size_t i = 0; i < flen; i++) {
        if (f[i] != '%')
            continue;
        if (++i < flen && f[i] == '%')
            continue;
        while (i < flen && f[i] != '\0' && strchr("-+ #0123456789.", f[i]))
            i++;
        if (i >= flen)
            break;
        arg++;
        if (f[i] == 'p')
            return luaL_error(L, "string.format: %%p is not allowed in stories (an address "
                                 "differs on every run, so a replay would not be the same)");
        if (f[i] == 's' && arg <= top && lua_type(L, arg) != LUA_TSTRING &&
            lua_type(L, arg) != LUA_TNUMBER) {
            safe_tostring(L, arg);
            lua_replace(L, arg);
        }
    }
    return real(L);
}

/* A key as pairs and next order it: false, true, numbers, then strings by
 * their bytes. Tables, functions and coroutines as keys have no order
 * that is the same on every run (their addresses), so they are refused. */
typedef struct KeyRef {
    int type;
    bool isint;
    lua_Integer i; /* booleans and integers */
    lua_Number n;
    const char *s;
    size_t len;
    lua_Integer at; /* where pairs collected it */
} KeyRef;

static bool key_ref(lua_State *L, int idx, KeyRef *k)
{
    memset(k, 0, sizeof *k);
    k->type = lua_type(L, idx);
    switch (k->type) {
    case LUA_TBOOLEAN:
        k->i = lua_toboolean(L, idx);
        return true;
    case LUA_TNUMBER:
        k->isint = lua_isinteger(L, idx);
        if (k->isint)
            k->i = lua_tointeger(L, idx);
        else
            k->n = lua_tonumber(L, idx);
        return true;
    case LUA_TSTRING:
        k->s = lua_tolstring(L, idx, &k->len);
        return true;
    default:
        return false;
    }
}

/* A total order on KeyRefs (distinct keys never compare equal). */
static int key_cmp(const KeyRef *a, const KeyRef *b)
{
    if (a->type != b->type)
        return a->type < b->type ? -1 : 1;
    if (a->type == LUA_TSTRING) {
        int c = memcmp(a->s, b->s, a->len < b->len ? a->len : b->len);
        if (c)
            return c;
        return a->len < b->len ? -1 : a->len > b->len;
    }
    if (a->type == LUA_TBOOLEAN || (a->isint && b->isint))
        return a->i < b->i ? -1 : a->i > b->i;
    lua_Number x = a->isint ? (lua_Number)a->i : a->n, y = b->isint ? (lua_Number)b->i : b->n;
    if (x != y)
        return x < y ? -1 : 1;
    return a->isint ? -1 : b->isint ? 1 : 0; /* 2^53 + 1 and 2^53.0 */
}

static int key_cmp_q(const void *a, const void *b)
{
    return key_cmp(a, b);
}

static int refuse_unordered(lua_State *L, const char *fn)
{
    return luaL_error(L,
                      "%s: this table has a table, function or coroutine as a key; their "
                      "order differs on every run, so a replay would not be the same (use "
                      "text or numbers as keys, or keep a list)",
                      fn);
}

/* The iterator pairs returns. Upvalues: the table, its keys in order, the
 * position. Keys removed during the walk are skipped, as next would. */
static int l_sandbox_pairs_step(lua_State *L)
{
    lua_Integer pos = lua_tointeger(L, lua_upvalueindex(3));
    lua_Integer n = (lua_Integer)lua_rawlen(L, lua_upvalueindex(2));
    while (++pos <= n) {
        lua_rawgeti(L, lua_upvalueindex(2), pos);             /* stack: key */
        lua_pushvalue(L, -1);                                 /* stack: key key */
        if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL) { /* stack: key value */
            lua_pushinteger(L, pos);                          /* stack: key value pos */
            lua_replace(L, lua_upvalueindex(3));              /* stack: key value */
            return 2;
        }
        lua_pop(L, 2); /* removed during the walk: stack: (empty) */
    }
    lua_pushinteger(L, n);
    lua_replace(L, lua_upvalueindex(3));
    lua_pushnil(L);
    return 1;
}

/* pairs in an order that is the same on every run: Lua's own follows the
 * addresses of table keys and the hash of strings, which is seeded afresh
 * for every Lua state, so a story that stopped at the first key it met
 * chose differently in a replay. The keys are collected and sorted (n log n,
 * charged before the sort). __pairs is honoured as the real pairs does. */
static int l_sandbox_pairs(lua_State *L)
{
    luaL_checkany(L, 1);
    if (luaL_getmetafield(L, 1, "__pairs") != LUA_TNIL) {
        lua_pushvalue(L, 1);
        lua_call(L, 1, 3);
        return 3;
    }
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    lua_newtable(L); /* 2: the keys as they come */
    lua_Integer n = 0;
    lua_pushnil(L);             /* stack: t keys nil */
    while (lua_next(L, 1)) {    /* stack: t keys key value */
        lua_pop(L, 1);          /* stack: t keys key */
        lua_pushvalue(L, -1);   /* stack: t keys key key */
        lua_rawseti(L, 2, ++n); /* stack: t keys key (next's cursor) */
    }                           /* stack: t keys */
    lua_Unsigned log2n = 1;
    for (lua_Integer m = n; m > 1; m >>= 1)
        log2n++;
    charge(L, (lua_Unsigned)n * log2n);
    KeyRef *keys = lua_newuserdatauv(L, (size_t)n * sizeof *keys + 1, 0); /* 3 */
    for (lua_Integer i = 0; i < n; i++) {
        lua_rawgeti(L, 2, i + 1);
        if (!key_ref(L, -1, &keys[i]))
            return refuse_unordered(L, "pairs");
        keys[i].at = i + 1;
        lua_pop(L, 1); /* the string stays alive in table 2 */
    }
    qsort(keys, (size_t)n, sizeof *keys, key_cmp_q);
    lua_pushvalue(L, 1);                                         /* stack: t keys ud t */
    lua_createtable(L, (int)(n < INT32_MAX ? n : INT32_MAX), 0); /* stack: ... t sorted */
    for (lua_Integer i = 0; i < n; i++) {
        lua_rawgeti(L, 2, keys[i].at); /* stack: ... t sorted key */
        lua_rawseti(L, -2, i + 1);     /* stack: ... t sorted */
    }
    lua_pushinteger(L, 0);                        /* stack: ... t sorted 0 */
    lua_pushcclosure(L, l_sandbox_pairs_step, 3); /* stack: ... step */
    lua_pushvalue(L, 1);                          /* stack: ... step t */
    lua_pushnil(L);                               /* stack: ... step t nil */
    return 3;
}

/* next in the same order as pairs: the smallest key after the one given.
 * One call walks the whole table (charged), so a loop of next is n^2; it
 * is there for `next(t) == nil`, pairs is the way to walk a table. */
static int l_sandbox_next(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 2);
    KeyRef after, best, k;
    bool have_after = !lua_isnil(L, 2), found = false;
    if (have_after && !key_ref(L, 2, &after))
        return refuse_unordered(L, "next");
    lua_pushnil(L); /* 3: the best key so far */
    lua_pushnil(L); /* 4: the walk */
    lua_Unsigned n = 0;
    while (lua_next(L, 1)) { /* stack: t after best key value */
        lua_pop(L, 1);       /* stack: t after best key */
        n++;
        if (!key_ref(L, 4, &k))
            return refuse_unordered(L, "next");
        if ((!have_after || key_cmp(&k, &after) > 0) && (!found || key_cmp(&k, &best) < 0)) {
            best = k;
            found = true;
            lua_pushvalue(L, 4); /* stack: t after best key key */
            lua_replace(L, 3);   /* stack: t after key key */
        }
    }
    charge(L, n);
    if (!found) {
        lua_pushnil(L);
        return 1;
    }
    lua_pushvalue(L, 3);
    lua_pushvalue(L, 3);
    lua_rawget(L, 1);
    return 2;
}

/* Replace library function `name` of the table on top by `fn` with the real
 * one (and `kind`, when >= 0) as upvalues. */
static void wrap_field(lua_State *L, const char *name, lua_CFunction fn, int kind)
{
    lua_getfield(L, -1, name); /* stack: lib real */
    int n = 1;
    if (kind >= 0) {
        lua_pushinteger(L, kind); /* stack: lib real kind */
        n++;
    }
    lua_pushcclosure(L, fn, n); /* stack: lib wrapper */
    lua_setfield(L, -2, name);  /* stack: lib */
}

/* The trusted libraries, locked and wrapped: run as a protected call, so
 * running out of memory here is an error sandbox_open returns, not a panic
 * (Lua's lua.c opens its libraries inside pmain the same way). */
static int open_trusted(lua_State *L)
{
    static const luaL_Reg libs[] = {
        {LUA_GNAME, luaopen_base},       {LUA_STRLIBNAME, luaopen_string},
        {LUA_TABLIBNAME, luaopen_table}, {LUA_MATHLIBNAME, luaopen_math},
        {LUA_UTF8LIBNAME, luaopen_utf8}, {LUA_COLIBNAME, luaopen_coroutine},
        {LUA_DBLIBNAME, luaopen_debug},  {NULL, NULL},
    };
    for (const luaL_Reg *l = libs; l->func; l++) {
        luaL_requiref(L, l->name, l->func, 1);
        lua_pop(L, 1);
    }
    /* Lock the shared string metatable: getmetatable("") must not hand a
     * story the real string table. */
    lua_pushliteral(L, "");             /* stack: "" */
    lua_getmetatable(L, -1);            /* stack: "" mt */
    lua_pushboolean(L, 0);              /* stack: "" mt false */
    lua_setfield(L, -2, "__metatable"); /* stack: "" mt */
    lua_pop(L, 2);                      /* stack: (empty) */
    /* Remove what no code here needs and a story must never reach through
     * the string metatable: bytecode dumps, and Lua patterns, which run in C
     * where the budget cannot stop them. */
    lua_getglobal(L, LUA_STRLIBNAME);
    /* Wrapped in the library tables themselves, so ("x"):rep(n) through the
     * string metatable is charged too. */
    wrap_field(L, "rep", l_sandbox_charged, CHARGE_REP);
    wrap_field(L, "byte", l_sandbox_charged, CHARGE_RANGE);
    wrap_field(L, "char", l_sandbox_charged, CHARGE_ARGS);
    wrap_field(L, "format", l_sandbox_format, -1);
    static const char *const drop[] = {"dump", "find",     "match",  "gmatch", "gsub",
                                       "pack", "packsize", "unpack", NULL};
    for (const char *const *d = drop; *d; d++) {
        lua_pushnil(L);
        lua_setfield(L, -2, *d);
    }
    lua_pop(L, 1);
    lua_getglobal(L, LUA_UTF8LIBNAME);
    wrap_field(L, "len", l_sandbox_charged, CHARGE_LENGTH);
    wrap_field(L, "offset", l_sandbox_charged, CHARGE_LENGTH);
    wrap_field(L, "codepoint", l_sandbox_charged, CHARGE_RANGE);
    wrap_field(L, "char", l_sandbox_charged, CHARGE_ARGS_16);
    lua_pop(L, 1);
    return 0;
}

bool sandbox_open(Sandbox *sb, size_t cap)
{
    memset(sb, 0, sizeof *sb);
    sb->cap = cap;
    sb->budget = -1;
    lua_State *L = lua_newstate(capped_alloc, sb);
    if (!L) {
        log_error("story", "cannot create a Lua state");
        return false;
    }
    sb->L = L;
    memcpy(lua_getextraspace(L), &sb, sizeof sb);
    lua_atpanic(L, on_panic);
    lua_setwarnf(L, on_warning, NULL);
    /* stack: (empty) */
    lua_pushcfunction(L, open_trusted);    /* stack: open_trusted */
    if (lua_pcall(L, 0, 0, 0) != LUA_OK) { /* stack: message */
        const char *msg = lua_tostring(L, -1);
        log_error("story", "cannot open the Lua libraries: %s", msg ? msg : "out of memory");
        sandbox_close(sb);
        return false;
    }
    return true;
}

void sandbox_close(Sandbox *sb)
{
    if (sb->L) {
        sb->budget = -1;
        lua_close(sb->L);
    }
    sb->L = NULL;
}

/* Copy the named fields of global table `lib` into the table on top. */
static void copy_fields(lua_State *L, const char *lib, const char *const *names)
{
    lua_newtable(L);       /* stack: copy */
    lua_getglobal(L, lib); /* stack: copy lib */
    for (const char *const *n = names; *n; n++) {
        lua_getfield(L, -1, *n); /* stack: copy lib lib[n] */
        lua_setfield(L, -3, *n); /* stack: copy lib */
    }
    lua_pop(L, 1); /* stack: copy */
}

void sandbox_push_env(Sandbox *sb)
{
    lua_State *L = sb->L;
    lua_newtable(L);
    static const char *const base[] = {"assert", "error",    "ipairs",       "pcall",    "xpcall",
                                       "select", "tonumber", "type",         "rawequal", "rawlen",
                                       "rawget", "rawset",   "getmetatable", "_VERSION", NULL};
    for (const char *const *n = base; *n; n++) {
        lua_getglobal(L, *n);
        lua_setfield(L, -2, *n);
    }
    lua_pushcfunction(L, l_sandbox_setmetatable);
    lua_setfield(L, -2, "setmetatable");
    /* A replay must be the same play: nothing that shows an address or
     * Lua's per-state hash order (the library keeps the real ones). */
    lua_pushcfunction(L, l_sandbox_tostring);
    lua_setfield(L, -2, "tostring");
    lua_pushcfunction(L, l_sandbox_pairs);
    lua_setfield(L, -2, "pairs");
    lua_pushcfunction(L, l_sandbox_next);
    lua_setfield(L, -2, "next");
    static const char *const str[] = {"byte",  "char", "format",  "len", "lower",
                                      "upper", "rep",  "reverse", "sub", NULL};
    copy_fields(L, LUA_STRLIBNAME, str);
    lua_setfield(L, -2, "string");
    static const char *const tab[] = {"concat", "insert", "move",   "pack",
                                      "remove", "sort",   "unpack", NULL};
    copy_fields(L, LUA_TABLIBNAME, tab);
    static const struct {
        const char *name;
        int range;
        bool no_len;
    } looped[] = {{"concat", 3, true}, {"insert", 0, true}, {"move", 2, false},
                  {"remove", 0, true}, {"sort", 0, true},   {"unpack", 2, true}};
    for (size_t i = 0; i < sizeof looped / sizeof looped[0]; i++) {
        lua_getfield(L, -1, looped[i].name);
        lua_pushinteger(L, looped[i].range);
        lua_pushboolean(L, looped[i].no_len);
        lua_pushcclosure(L, l_sandbox_table, 3);
        lua_setfield(L, -2, looped[i].name);
    }
    lua_setfield(L, -2, "table");
    static const char *const mth[] = {"abs",        "ceil", "floor",      "fmod", "huge", "max",
                                      "maxinteger", "min",  "mininteger", "modf", "pi",   "sqrt",
                                      "tointeger",  "type", "ult",        "exp",  "log",  "sin",
                                      "cos",        "tan",  NULL};
    copy_fields(L, LUA_MATHLIBNAME, mth);
    lua_setfield(L, -2, "math");
    static const char *const u8[] = {"char", "charpattern", "codepoint", "codes",
                                     "len",  "offset",      NULL};
    copy_fields(L, LUA_UTF8LIBNAME, u8);
    lua_setfield(L, -2, "utf8");
    /* No coroutine.close: in Lua 5.4.4 (Debian 12) it runs the closed
     * coroutine's __close handlers with a fresh C-call count, so closes nested
     * through __close recurse in C until the process segfaults (fixed
     * upstream in 5.4.5; fixture hostile-coroutine-close). */
    static const char *const co[] = {"create", "isyieldable", "resume", "running",
                                     "status", "wrap",        "yield",  NULL};
    copy_fields(L, LUA_COLIBNAME, co);
    lua_setfield(L, -2, "coroutine");
}

/* Lua names a chunk in its messages by short_src, cut to 60 characters
 * ("...ose-path-is-longer/story.lua:4: '}' expected"): give the message on
 * top back the full `name` when it starts with a cut one. */
static void full_name_in_message(lua_State *L, const char *name)
{
    const char *msg = lua_tostring(L, -1);
    size_t nl = strlen(name);
    if (!msg || strncmp(msg, "...", 3) != 0 || (strncmp(msg, name, nl) == 0 && msg[nl] == ':'))
        return;
    for (const char *c = strchr(msg + 3, ':'); c; c = strchr(c + 1, ':')) {
        size_t tl = (size_t)(c - (msg + 3));
        if (c[1] >= '0' && c[1] <= '9' && tl <= nl && memcmp(name + nl - tl, msg + 3, tl) == 0) {
            lua_pushfstring(L, "%s%s", name, c); /* stack: msg full */
            lua_replace(L, -2);                  /* stack: full */
            return;
        }
    }
}

int sandbox_load_buffer(Sandbox *sb, const char *buf, size_t len, const char *name)
{
    char chunk[1100];
    snprintf(chunk, sizeof chunk, "@%s", name);
    /* "t": text only. Bytecode is unverified and a known way out of Lua. */
    int rc = luaL_loadbufferx(sb->L, buf, len, chunk, "t");
    if (rc != LUA_OK)
        full_name_in_message(sb->L, name);
    return rc;
}

int sandbox_load_file(Sandbox *sb, const char *path, const char *name)
{
    size_t len = 0;
    char *buf = paths_read_file(path, 16u * 1024 * 1024, &len);
    if (!buf) {
        lua_pushfstring(sb->L, "%s: cannot read the file", name);
        return LUA_ERRFILE;
    }
    int rc = sandbox_load_buffer(sb, buf, len, name);
    attune_free(buf);
    return rc;
}

enum { TRACEBACK_DEEP = 1000 };

static int traceback_handler(lua_State *L)
{
    const char *msg = lua_tostring(L, 1);
    if (!msg) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
            msg = lua_tostring(L, -1);
        else
            msg = lua_pushfstring(L, "(an error object of type %s)", luaL_typename(L, 1));
    }
    /* An error raised in C has no position when no Lua function is on top
     * ("C stack overflow" from tostring calling __tostring calling
     * tostring...): give it the innermost story line, found while the stack
     * is still there. */
    if (!has_position(msg)) {
        char where[sizeof((Sandbox *)0)->where];
        find_where(L, 1, where, sizeof where);
        if (where[0])
            msg = lua_pushfstring(L, "%s%s", where, msg);
    }
    /* luaL_traceback finds the last level by a search whose every step
     * walks the stack from the top: on the million frames of an endless
     * recursion it took 0.1 s here and 0.47 s in the sanitizer build, past
     * the time limit. A deep stack gets its first frames only. */
    lua_Debug ar;
    if (!lua_getstack(L, TRACEBACK_DEEP, &ar)) {
        luaL_traceback(L, L, msg, 1);
        return 1;
    }
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    luaL_addstring(&b, msg);
    luaL_addstring(&b, "\nstack traceback (the innermost frames of a very deep stack):");
    for (int level = 1; level <= 12 && lua_getstack(L, level, &ar); level++) {
        lua_getinfo(L, "Sln", &ar);
        lua_pushfstring(L, "\n\t%s:%d: in %s", ar.short_src, ar.currentline,
                        ar.name ? ar.name : "a function");
        luaL_addvalue(&b);
    }
    luaL_addstring(&b, "\n\t...");
    luaL_pushresult(&b);
    return 1;
}

int sandbox_pcall(Sandbox *sb, int nargs, int nresults)
{
    lua_State *L = sb->L;
    int base = lua_gettop(L) - nargs; /* the function's slot */
    ATTUNE_ASSERT(L != NULL && base >= 1);
    lua_pushcfunction(L, traceback_handler);      /* stack: fn args handler */
    lua_insert(L, base);                          /* stack: handler fn args */
    int rc = lua_pcall(L, nargs, nresults, base); /* stack: handler results|message */
    lua_remove(L, base);                          /* stack: results|message */
    /* How far past its deadline a call ended is the measure of the limits
     * (the count hook's step, C work not charged, unwinding). */
    long late = sb->budget >= 0 ? -ms_left(&sb->deadline) : 0;
    if (late > 100)
        log_debug("story", "a call ended %ld ms after its time limit", late);
    /* out_of_memory only says the cap refused something during the call;
     * Lua may have recovered (an emergency collection, or a string table
     * that simply stays small), so a later timeout or error was reported as
     * "too much memory" with no line. Only a memory error counts: LUA_ERRMEM,
     * or its message re-raised by coroutine.wrap, pcall and error(), and
     * the table wrappers. */
    const char *msg = rc == LUA_OK ? NULL : lua_tostring(L, -1);
    size_t len = msg ? strcspn(msg, "\n") : 0;
    static const char memerr[] = "not enough memory";
    bool memory_error = (sb->out_of_memory || sb->out_of_time) && len >= sizeof memerr - 1 &&
                        memcmp(msg + len - (sizeof memerr - 1), memerr, sizeof memerr - 1) == 0;
    /* A memory error unwinds without the message handler, so its line is
     * the one the allocator noted when it refused (sb->where). A block
     * refused because the time ran out (spend_bytes) is a time-out. */
    if (rc == LUA_ERRMEM && sb->no_memory && !sb->out_of_memory && !sb->out_of_time) {
        /* The machine refused, not the cap: the story is not to blame.
         * NOTE: pushing may raise again; story.c calls this under guard(). */
        lua_pop(L, 1);
        lua_pushliteral(L, "out of memory");
    } else if (rc == LUA_ERRMEM || memory_error) {
        lua_pop(L, 1);
        lua_pushfstring(L, "%s%s", sb->where,
                        sb->out_of_time && !sb->out_of_memory ? time_message : memory_message);
    }
    sb->budget = -1;
    return rc;
}
