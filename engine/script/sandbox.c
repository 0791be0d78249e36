/* The story sandbox: capped allocator, sticky instruction budget, allow-list
 * environment, text-only chunks. Layer: C/Lua bridge.
 * Invariant: story code only ever runs inside sandbox_pcall with an armed
 * budget, and its environment holds nothing but the allow-list below. */
#include "sandbox.h"
#include "attune/log.h"
#include "attune/paths.h"

#include <lauxlib.h>
#include <lualib.h>
#include <stdlib.h>
#include <string.h>

static Sandbox *sandbox_of(lua_State *L)
{
    Sandbox *sb;
    memcpy(&sb, lua_getextraspace(L), sizeof sb);
    return sb;
}

static void *capped_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    Sandbox *sb = ud;
    if (!ptr)
        osize = 0; /* NOTE: osize is a type tag when ptr is NULL */
    if (nsize == 0) {
        free(ptr);
        sb->used -= osize;
        return NULL;
    }
    if (nsize > osize && sb->used - osize + nsize > sb->cap) {
        sb->out_of_memory = true;
        return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (!p)
        return NULL;
    sb->used = sb->used - osize + nsize;
    return p;
}

static long ms_left(const struct timespec *deadline)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
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

/* WARNING: the hook must stay sticky and never remove itself before raising,
 * or `while true do pcall(function() while true do end end) end` would catch
 * the error and run forever. Once out of time it fires on every instruction
 * and raises again until the host re-arms it. */
static void budget_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    Sandbox *sb = sandbox_of(L);
    if (sb->budget < 0)
        return;
    if (!sb->out_of_time) {
        sb->budget -= SANDBOX_HOOK_STEP;
        if (sb->budget > 0 && ms_left(&sb->deadline) > 0)
            return;
        sb->out_of_time = true;
    }
    /* Every thread switches to count 1 when its hook next fires, not only the
     * one that ran out: each coroutine keeps its own count, so when the
     * budget ran out inside a coroutine the main thread kept raising only
     * every 1000 instructions, always inside the inner loop of the pcall
     * escape, and hung (fixture hostile-coroutine-then-pcall). */
    if (lua_gethookcount(L) != 1)
        lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);
    /* Name the story line that was running (not luaL_error, which would add
     * the caller's position). */
    push_where(L, 0);
    lua_pushliteral(L, "story took too long (an endless loop?)");
    lua_concat(L, 2);
    lua_error(L);
}

void sandbox_arm(Sandbox *sb, long instructions, int ms)
{
    sb->budget = instructions;
    sb->out_of_time = false;
    sb->out_of_memory = false;
    clock_gettime(CLOCK_MONOTONIC, &sb->deadline);
    sb->deadline.tv_sec += ms / 1000;
    sb->deadline.tv_nsec += (long)(ms % 1000) * 1000000L;
    if (sb->deadline.tv_nsec >= 1000000000L) {
        sb->deadline.tv_sec++;
        sb->deadline.tv_nsec -= 1000000000L;
    }
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
 * budget could stop a finalizer that loops. */
static int l_sandbox_setmetatable(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    if (lua_istable(L, 2)) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "__gc metamethods are not allowed in stories");
        lua_pop(L, 1);
    } else if (!lua_isnil(L, 2)) {
        return luaL_argerror(L, 2, "nil or table expected");
    }
    /* What the real setmetatable does, done here: called through lua_call,
     * its "protected metatable" error came from a C frame and lost the
     * story's file:line (fixture hostile-protected-metatable). */
    if (luaL_getmetafield(L, 1, "__metatable") != LUA_TNIL)
        return luaL_error(L, "cannot change a protected metatable");
    lua_settop(L, 2);
    lua_setmetatable(L, 1);
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
    push_where(L, 1);
    lua_pushliteral(L, "story took too long (an endless loop?)");
    lua_concat(L, 2);
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
    int n = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    if (lua_pcall(L, n, LUA_MULTRET, 0) != LUA_OK) {
        if (lua_type(L, -1) == LUA_TSTRING && !has_position(lua_tostring(L, -1))) {
            push_where(L, 1);
            lua_insert(L, -2);
            lua_concat(L, 2);
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
    static const luaL_Reg libs[] = {
        {LUA_GNAME, luaopen_base},         {LUA_STRLIBNAME, luaopen_string},
        {LUA_TABLIBNAME, luaopen_table},   {LUA_MATHLIBNAME, luaopen_math},
        {LUA_UTF8LIBNAME, luaopen_utf8},   {LUA_COLIBNAME, luaopen_coroutine},
        {LUA_DBLIBNAME, luaopen_debug},    {NULL, NULL},
    };
    for (const luaL_Reg *l = libs; l->func; l++) {
        luaL_requiref(L, l->name, l->func, 1);
        lua_pop(L, 1);
    }
    /* Lock the shared string metatable: getmetatable("") must not hand a
     * story the real string table. */
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);
    /* Remove what no code here needs and a story must never reach through
     * the string metatable: bytecode dumps, and Lua patterns, which run in C
     * where the budget cannot stop them. */
    lua_getglobal(L, LUA_STRLIBNAME);
    static const char *const drop[] = {"dump", "find", "match", "gmatch", "gsub", "pack", "packsize", "unpack", NULL};
    for (const char *const *d = drop; *d; d++) {
        lua_pushnil(L);
        lua_setfield(L, -2, *d);
    }
    lua_pop(L, 1);
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
    lua_newtable(L);
    lua_getglobal(L, lib);
    for (const char *const *n = names; *n; n++) {
        lua_getfield(L, -1, *n);
        lua_setfield(L, -3, *n);
    }
    lua_pop(L, 1);
}

void sandbox_push_env(Sandbox *sb)
{
    lua_State *L = sb->L;
    lua_newtable(L);
    static const char *const base[] = {"assert",   "error",    "ipairs",       "next",
                                       "pairs",    "pcall",    "xpcall",       "select",
                                       "tonumber", "tostring", "type",         "rawequal",
                                       "rawlen",   "rawget",   "rawset",       "getmetatable",
                                       "_VERSION", NULL};
    for (const char *const *n = base; *n; n++) {
        lua_getglobal(L, *n);
        lua_setfield(L, -2, *n);
    }
    lua_pushcfunction(L, l_sandbox_setmetatable);
    lua_setfield(L, -2, "setmetatable");
    static const char *const str[] = {"byte", "char", "format", "len", "lower",
                                      "upper", "rep", "reverse", "sub", NULL};
    copy_fields(L, LUA_STRLIBNAME, str);
    lua_setfield(L, -2, "string");
    static const char *const tab[] = {"concat", "insert", "move", "pack",
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
    static const char *const mth[] = {"abs",  "ceil", "floor", "fmod", "huge", "max", "maxinteger",
                                      "min",  "mininteger", "modf", "pi", "sqrt", "tointeger",
                                      "type", "ult",  "exp", "log", "sin", "cos", "tan", NULL};
    copy_fields(L, LUA_MATHLIBNAME, mth);
    lua_setfield(L, -2, "math");
    static const char *const u8[] = {"char", "charpattern", "codepoint", "codes",
                                     "len",  "offset", NULL};
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

int sandbox_load_file(Sandbox *sb, const char *path, const char *name)
{
    size_t len = 0;
    char *buf = paths_read_file(path, 16u * 1024 * 1024, &len);
    if (!buf) {
        lua_pushfstring(sb->L, "%s: cannot read the file", name);
        return LUA_ERRFILE;
    }
    char chunk[1100];
    snprintf(chunk, sizeof chunk, "@%s", name);
    /* "t": text only. Bytecode is unverified and a known way out of Lua. */
    int rc = luaL_loadbufferx(sb->L, buf, len, chunk, "t");
    free(buf);
    return rc;
}

static int traceback_handler(lua_State *L)
{
    const char *msg = lua_tostring(L, 1);
    if (!msg) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
            msg = lua_tostring(L, -1);
        else
            msg = lua_pushfstring(L, "(an error object of type %s)", luaL_typename(L, 1));
    }
    luaL_traceback(L, L, msg, 1);
    return 1;
}

int sandbox_pcall(Sandbox *sb, int nargs, int nresults)
{
    lua_State *L = sb->L;
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, traceback_handler);
    lua_insert(L, base);
    int rc = lua_pcall(L, nargs, nresults, base);
    lua_remove(L, base);
    /* out_of_memory only says the cap refused something during the call;
     * Lua may have recovered (an emergency collection, or a string table
     * that simply stays small), so a later timeout or error was reported as
     * "too much memory" with no line. Only a memory error counts: LUA_ERRMEM,
     * or its message re-raised by coroutine.wrap, pcall and error(), and
     * the table wrappers. */
    const char *msg = rc == LUA_OK ? NULL : lua_tostring(L, -1);
    size_t len = msg ? strcspn(msg, "\n") : 0;
    static const char memerr[] = "not enough memory";
    bool memory_message = sb->out_of_memory && len >= sizeof memerr - 1 &&
                          memcmp(msg + len - (sizeof memerr - 1), memerr, sizeof memerr - 1) == 0;
    if (rc == LUA_ERRMEM || memory_message) {
        lua_pop(L, 1);
        lua_pushliteral(L, "story used too much memory (a table or text that grows without end?)");
    }
    sb->budget = -1;
    return rc;
}
