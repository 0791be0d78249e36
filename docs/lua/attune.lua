-- SPDX-License-Identifier: MIT
-- SPDX-FileCopyrightText: 2026 The Attune contributors
---@meta
-- Attune story API, for your editor.
--
-- This file is never run. It tells a Lua editor (anything that uses the Lua
-- language server, "LuaLS", such as VS Code with the "Lua" extension by
-- sumneko, Neovim or Zed) what a story file may use, so the editor can
-- complete field names, show what each one means, and underline mistakes
-- while you type. The full reference is docs/writing-stories.md.
--
-- Stories run in a sandbox: they see the story API below and a small part of
-- Lua's standard library, nothing else. This file declares exactly that part.
-- `io`, `os`, `debug`, `package`, `require`, `load`, `loadfile`, `dofile`,
-- `print`, `collectgarbage`, `math.random`, `string.find`/`match`/`gmatch`/
-- `gsub`, `string.dump` and `coroutine.close` are deliberately missing: a
-- story that uses them fails when it loads.
--
-- For the editor to know this too, switch off its own idea of the standard
-- library and point it at this folder. Put a file named `.luarc.json` in your
-- story folder (copy docs/lua/luarc.json.example, which is set up for a story
-- in scripts/stories/<id>/) and open that folder in your editor:
--
--   {
--     "runtime.version": "Lua 5.4",
--     "runtime.builtin": {
--       "basic": "disable", "coroutine": "disable", "debug": "disable",
--       "io": "disable", "math": "disable", "os": "disable",
--       "package": "disable", "string": "disable", "table": "disable",
--       "utf8": "disable"
--     },
--     "workspace.library": ["../../docs/lua"],
--     "workspace.checkThirdParty": false
--   }
--
-- "runtime.builtin" switches the editor's standard library off (io, os,
-- debug and package above all, but also the parts of basic, string, math and
-- coroutine that stories cannot use); this file then declares what stories
-- really get. "workspace.library" is the path from your story folder to this
-- folder (use "docs/lua" if you open the whole repository instead, with the
-- .luarc.json at its top). No "diagnostics.globals" entry is needed: every
-- global a story may use is declared here, so the editor underlines any other
-- one (`os`, `print`, a misspelt `bet`) as an undefined global.

------------------------------------------------------------------------------
-- Words used everywhere
------------------------------------------------------------------------------

---What kind of answer a choice is. The kind decides what the answer does to
---the relationship (see rules.lua, "Kinds" in docs/writing-stories.md, and
---docs/attunement.md for which kind an answer is). Gains are their size at
---connection 50 and shrink as connection rises; a miss while the last
---rupture is still live deepens it instead of opening another.
---@alias Kind
---| "attune"          # Meet the feeling: reflect it, name what you notice, stay with it. Connection +5 at 50; they ease to regulated.
---| "attune_boundary" # Meet the feeling and hold a limit, or keep the problem theirs. Connection +5 at 50; they ease; your steadiness +5.
---| "fix"             # Advice, a solution, reassurance, a promise or cheerleading before the feeling is met. Connection -10; opens (or deepens) a rupture; they escalate; your steadiness -5.
---| "rescue"          # Take over what is theirs to do, out of pity. Connection -8; opens (or deepens) a rupture; your steadiness -5.
---| "dismiss"         # Minimise, lecture, defend, change the subject. Connection -12; opens (or deepens) a rupture; they escalate.
---| "enmesh"          # Take their feeling on as your own; lose your footing. Connection -8; opens (or deepens) a rupture; they escalate; your steadiness -20.
---| "withdraw"        # Go cold or detached. Connection -12; opens (or deepens) a rupture; they shut down.
---| "repair"          # Name the miss, own it, come back to them. Mends the rupture it names (`repairs`), else the most recent; connection +5 at 50; they ease; your steadiness +5. With nothing to mend: +2 at 50.
---| "steady"          # You steady yourself (a breath, slowing down). Your steadiness +30. Needs no `why`.

---The nervous-system state of the character the story is about.
---@alias State
---| "regulated" # settled
---| "activated" # on edge: fight or flight (anxious, angry, restless)
---| "shutdown"  # shut down: freeze (numb, flat, withdrawn)

---What a portrait shows: the three states, and crying. A beat's `face` of a
---state on the `with` character also sets their state (the meters read as
---the face shows); `crying`, and an answer's `face`, set only the picture.
---@alias Expression
---| "regulated" # settled
---| "activated" # on edge, upset
---| "shutdown"  # shut down, eyes down
---| "crying"    # in tears

---How an ending turned out. `connected` and `stronger` count as good endings
---for `attune simulate`.
---@alias Verdict
---| "connected"    # close at the end
---| "stronger"     # ruptures happened and were repaired: closer than before
---| "disconnected" # apart at the end
---| "other"        # neither (for example: the task got done, the bond did not grow)

---Text on screen: a string, or a function of the play state `s` that returns
---one. A function is called again each time the text is shown, so keep it to
---reading `s`: no counters, no changes. Returning nil leaves the text out.
---Markup: `*italic*`, `**semi-bold**`; write `"\\*"` for a plain asterisk and
---`"\n"` for a new line. At most 1000 characters.
---@alias Text string|fun(s: PlayState): string

------------------------------------------------------------------------------
-- The play state
------------------------------------------------------------------------------

---The play state, handed to every function you write (`when`, branch
---conditions, computed text). Read it; never change it (use `set` on an
---answer to change a variable). It is a fresh copy for each call.
---@class PlayState
---@field connection number How close you are to them, 0-100 (starts at story.connection, default 50).
---@field steadiness number Your own steadiness, 0-100 (starts at story.steadiness, default 70). Below 35 you are flooded.
---@field state State Their state now (the character named by story.with).
---@field open_ruptures integer Ruptures opened and not yet repaired.
---@field ruptures integer Ruptures opened so far in this play.
---@field repairs integer Ruptures repaired so far in this play.
---@field vars table<string, any> The story's variables, set by answers with `set`. Nil until set.
---@field seen fun(id: string): boolean Whether the beat or ending `id` has been entered in this play (the one on screen counts).
---@field open_at fun(id: string, who?: string): boolean Whether a rupture holding a miss at beat `id` is still open (with two people, `who` asks for one person's only).
---@field people? table<string, {connection: number, state: string, open_ruptures: integer, ruptures: integer, repairs: integer}> Two-person stories: each person's meters, by id.
---@field last_open string? The beat where the most recent open rupture began (what a repair without `repairs` mends), or nil.

------------------------------------------------------------------------------
-- story { ... }
------------------------------------------------------------------------------

---Per-story tuning of what each kind does. Each entry changes only the fields
---it names; the rest keep the defaults. `steady` also tunes the steady answer
---the game offers when you are flooded.
---@class Rules
---@field attune? Effects
---@field attune_boundary? Effects
---@field fix? Effects
---@field rescue? Effects
---@field dismiss? Effects
---@field enmesh? Effects
---@field withdraw? Effects
---@field repair? Effects
---@field steady? Effects

---@class StoryInfo
---@field id string The folder name (letters, digits, `-`). Saves remember the story by it, so keep it equal to the folder name and never change it.
---@field title string Shown in the story list and the window title. Required.
---@field start string Id of the first beat. Required.
---@field relationship? string `"parent-child"`, `"therapist-client"`, or your own words; shown in the story list.
---@field minutes? integer Rough length of one play, shown as "about N minutes".
---@field summary? string One or two sentences for the story list.
---@field content_note? string A content note for players (the game window does not show it yet; write it anyway).
---@field you? string Who the player is, one line: "You are Maya's parent." (not shown in the game window yet).
---@field with? string|string[] Id of the character the meters, face and state are about. Give it whenever the story has more than one character; two ids put two people on stage, each with meters.
---@field connection? number|table<string, number> Starting connection, 0-100 (default 50); with two people, one each by id.
---@field steadiness? number Starting steadiness, 0-100 (default 70).
---@field rules? Rules Per-story tuning of the default effects, e.g. `rules = { fix = { connection = -15 } }`. Use rarely.
---@field thresholds? {good?: number, apart?: number} The ending rule's lines (defaults 65 and 40): see "How a story ends".
---@field surface_max? number Share of plays, in percent, a surface player may end well in before `attune simulate` fails (default 10).

---Declare the story. Once per story, first in story.lua.
---
---```lua
---story { id = "homework-night", title = "Homework Night", start = "kitchen",
---        relationship = "parent-child", minutes = 8, with = "maya",
---        summary = "Your daughter melts down over maths at the kitchen table." }
---```
---@param info StoryInfo
function story(info) end

------------------------------------------------------------------------------
-- character "id" { ... }
------------------------------------------------------------------------------

---One picture per expression: the three states and `crying`. An expression
---without one shows the `regulated` picture. Paths are relative to the story
---folder (then assets/images/); a picture that cannot be found is an error in
---`attune check` (the game would show the scene without it).
---@class Portraits
---@field regulated? string
---@field activated? string
---@field shutdown? string
---@field crying? string

---@class Character
---@field name? string The name shown when they speak and beside the meters. Always give one.
---@field about? string One line about them: "your daughter, 8" (not shown by the game yet).
---@field age? number Their age, 1-120, for `attune lint-voice` (default: the first number standing alone in `about`).
---@field state? State Their state when the story starts (default "regulated").
---@field portraits? Portraits One picture per expression; the face on screen follows their current state unless a beat sets `face`.

---Declare a character. The id is what `say = { id = "..." }` and
---`story { with = "id" }` use.
---
---```lua
---character "maya" { name = "Maya", about = "your daughter, 8", state = "activated",
---  portraits = { regulated = "images/maya-regulated.svg" } }
---```
---@param id string
---@return fun(t: Character)
function character(id) end

------------------------------------------------------------------------------
-- beat "id" { ... }
------------------------------------------------------------------------------

---Changes to what an answer's kind does. Every field is optional; a field
---you leave out keeps the kind's default. `attune check` checks every field:
---a misspelt name (`conection`) or a value of the wrong type is an error.
---@class Effects
---@field connection? number Added to connection (then kept within 0-100).
---@field steadiness? number Added to your steadiness (then kept within 0-100).
---@field state? State|"ease"|"escalate"|false Their new state: a state, "ease" (to regulated), "escalate" (regulated to activated; activated or shut down to shut down when two or more ruptures are open), or false for no change.
---@field rupture? boolean true opens a rupture, false opens none.
---@field repair? boolean true mends a rupture as a repair does (with nothing to mend, +2 at 50 instead of `connection`).

---One way on from an answer: a beat or ending id, taken when `when` is true
---(or always, when there is no `when`). Branches are tried in order.
---@class Branch
---@field [1] string The beat or ending id.
---@field when? fun(s: PlayState): any Take this branch when this returns true. Sees the state after the answer's effects and `set`.

---An answer the player can give.
---
---```lua
---{ "That sounds so frustrating.", kind = "attune", next = "closer",
---  inner = "Someone sees how hard this is.",
---  why = "You met the feeling before the homework." }
---```
---@class Choice
---@field to? string Two-person stories with both present: whom the answer is to, a person's id or "both".
---@field other? Kind Two-person stories: what the same answer is to the other person present (taking sides: kind = "attune", other = "dismiss").
---@field [1] Text What the player says (or does). Required: the first item, without a name.
---@field kind Kind What kind of answer this is; decides its effect. Required.
---@field next string|Branch[] Where it leads: a beat or ending id, `to_ending()`, or a list of branches `{ { "id", when = function(s) ... end }, ..., { "fallback-id" } }`. Required.
---@field why? Text One plain line on why this lands as it does, shown after the choice. Required except for `steady`.
---@field inner? Text|table<string, Text> What lands inside them: their inner voice, shown after the choice; with two people, one per person it touches.
---@field id? string A stable name for this answer, used by saves (default "<beat>.<position>"). Give one to answers you may move or insert around.
---@field when? fun(s: PlayState): any Show this answer only when this returns true (checked when the beat is entered).
---@field effects? Effects Change this answer's effect from its kind's default.
---@field set? table<string, any> Story variables to set when chosen, read as `s.vars.name`.
---@field repairs? string|string[] On a repair: the beat (or beats) where the miss it speaks to happened. It mends that rupture only.
---@field face? Expression The `with` character's expression in the feedback just after this answer (default: their state after it).

---@class Beat
---@field say? Text|table<string, Text> Who speaks and what: `{ maya = "line" }` (one speaker), or plain text for narration.
---@field cue? Text What you can see or hear besides the words (body, voice, face); shown in italics.
---@field choices Choice[] The answers; at least one attuned (attune, attune_boundary or repair) without a `when`. Two to six read best; at most eight. Required.
---@field background? string Picture behind the scene; kept from the beat before when absent.
---@field music? string Music name (`<name>.ogg` in the story folder, then assets/audio/); kept when absent.
---@field state? State Set their state on entering this beat.
---@field pressure? number Steadiness it costs you to enter this beat (can flood you).
---@field shuffle? boolean false keeps the answers in the order written (they are shuffled by default).
---@field cue_only? boolean true: the beat can only be answered well from its cue; `attune check` warns when an attuned answer repeats the cue's words.
---@field reflect? string A question for a group to discuss at this beat (shown in workshop mode).
---@field note? string A note for facilitators (shown in the workshop's presenter window).
---@field face? Expression The expression of the person shown at this beat; on the `with` character a state's face also sets their state (a beat's `state` wins).
---@field shown? string Who is shown at this beat (a character id with portraits); by default the speaker if they have portraits, else the `with` character.
---@field present? string[] Two-person stories: who is on stage at this beat, e.g. { "esi" }; by default both people of `with`.
---@field faces? table<string, Expression> Two-person stories: each present person's expression; a state's face also sets their state.

---Declare a beat: one moment, what is said and seen, and the answers.
---
---```lua
---beat "kitchen" {
---  say = { maya = "I can't do it." },
---  cue = "The pencil is snapped in two.",
---  choices = { { "...", kind = "attune", next = "closer", why = "...", inner = "..." } },
---}
---```
---@param id string
---@return fun(t: Beat)
function beat(id) end

------------------------------------------------------------------------------
-- ending "id" { ... }
------------------------------------------------------------------------------

---@class Ending
---@field verdict Verdict How it turned out. Required.
---@field title? Text The ending's title (default "The end").
---@field text? Text What happened, as narration. `text` or `say` is required.
---@field say? Text|table<string, Text> A last line, like a beat's `say`. Use `text` or `say`, not both.
---@field background? string Picture behind the ending; kept from the beat before when absent.
---@field music? string Music name; kept when absent.
---@field reflect? string A question for the debrief.
---@field note? string A note for facilitators.
---@field face? Expression As in a beat.
---@field shown? string As in a beat.
---@field when? fun(s: PlayState): any Among the endings of its verdict, `to_ending()` chooses this one only when this returns true.

---Declare an ending. An ending has no answers.
---
---```lua
---ending "end-close" { title = "Side by side", verdict = "connected",
---  text = "She leans on your arm and tries the next sum." }
---```
---@param id string
---@return fun(t: Ending)
function ending(id) end

---Let the rules choose the ending: `next = to_ending()`. Connection below 40:
---disconnected; nothing open and 65 or more: stronger (after a repair) or
---connected; otherwise other. The first ending of that verdict whose `when`
---holds (or that has none) is the one reached.
---@return Branch[]
function to_ending() end

------------------------------------------------------------------------------
-- include "file.lua"
------------------------------------------------------------------------------

---Run another file of this story, here and now, as more of the story. The
---path is relative to the story folder (also from an included file), made of
---letters, digits, `-`, `_`, `.` and `/`, and ends in `.lua`. No `..`, no
---absolute path, no link out of the folder; each file once; at most 64.
---Included files share the story's globals, not its locals.
---
---```lua
---include "scenes/kitchen.lua"
---```
---@param path string
function include(path) end

------------------------------------------------------------------------------
-- The part of Lua's standard library that stories get
------------------------------------------------------------------------------

---"Lua 5.4"
---@type string
_VERSION = "Lua 5.4"

---Raise an error with `message` when `v` is false or nil; otherwise return all arguments.
---@generic T
---@param v T
---@param message? any
---@param ... any
---@return T
---@return any ...
function assert(v, message, ...) end

---Stop with an error. The game shows it with your file and line, so
---`error("score is " .. tostring(s.connection))` is a way to look at a value
---(there is no `print`).
---@param message any
---@param level? integer
function error(message, level) end

---Walk the items 1, 2, 3... of a list, in order.
---@generic V
---@param t V[]
---@return fun(t: V[], i: integer): integer, V
---@return V[]
---@return integer
function ipairs(t) end

---The next key and value of table `t` after `index`, in the same fixed order
---as `pairs` (one call walks the whole table: use `pairs` to walk it).
---@generic K, V
---@param t table<K, V>
---@param index? K
---@return K?
---@return V?
function next(t, index) end

---Walk every key and value of a table in a fixed order, the same in every
---replay: false, true, numbers from the smallest, then text in byte order.
---A table with tables or functions as keys is refused.
---@generic K, V
---@param t table<K, V>
---@return fun(t: table<K, V>, k?: K): K, V
---@return table<K, V>
---@return nil
function pairs(t) end

---Call `f` and catch its errors: returns true and its results, or false and the message.
---@param f function
---@param ... any
---@return boolean ok
---@return any ...
function pcall(f, ...) end

---Like pcall, with `handler` called on the error message.
---@param f function
---@param handler fun(message: any): any
---@param ... any
---@return boolean ok
---@return any ...
function xpcall(f, handler, ...) end

---`select(n, ...)`: the arguments from the n-th on; `select("#", ...)`: how many there are.
---@param index integer|"#"
---@param ... any
---@return any ...
function select(index, ...) end

---Text to number (nil when it is not one); with `base`, a whole number in that base.
---@overload fun(e: any): number?
---@param e string
---@param base integer
---@return integer?
function tonumber(e, base) end

---Any value as text. A table, function or coroutine without `__tostring`
---is just "table", "function" or "thread" (no memory address).
---@param v any
---@return string
function tostring(v) end

---The type of a value, as text.
---@param v any
---@return "nil"|"number"|"string"|"boolean"|"table"|"function"|"thread"|"userdata"
function type(v) end

---Equality without metamethods.
---@param a any
---@param b any
---@return boolean
function rawequal(a, b) end

---Length without metamethods.
---@param v table|string
---@return integer
function rawlen(v) end

---Read a table without metamethods.
---@param t table
---@param k any
---@return any
function rawget(t, k) end

---Write a table without metamethods.
---@generic T: table
---@param t T
---@param k any
---@param v any
---@return T
function rawset(t, k, v) end

---The metatable of a value (for text, `s`, `s.vars` and `to_ending()`:
---false; they are locked).
---@param v any
---@return table|false|nil
function getmetatable(v) end

---Set the metatable of table `t`. A metatable with `__gc` is refused
---("__gc metamethods are not allowed in stories"), and so is one with
---`__mode` (weak tables).
---@generic T: table
---@param t T
---@param mt table|nil
---@return T
function setmetatable(t, mt) end

---Text functions, also usable as methods: `("hello"):upper()`.
---Lua patterns (`find`, `match`, `gmatch`, `gsub`) are not available: they
---run where no time limit can stop them. `dump` is not available either.
---@class stringlib
string = {}

---The byte values of characters i..j.
---@param s string
---@param i? integer
---@param j? integer
---@return integer ...
function string.byte(s, i, j) end

---Text from byte values.
---@param ... integer
---@return string
function string.char(...) end

---Text from a format and values: `string.format("%d%%", 40)`.
---@param fmt string
---@param ... any
---@return string
function string.format(fmt, ...) end

---Length in bytes (for characters use `utf8.len`).
---@param s string
---@return integer
function string.len(s) end

---Lower case (ASCII letters only).
---@param s string
---@return string
function string.lower(s) end

---Upper case (ASCII letters only).
---@param s string
---@return string
function string.upper(s) end

---`s` repeated `n` times, with `sep` between.
---@param s string
---@param n integer
---@param sep? string
---@return string
function string.rep(s, n, sep) end

---Bytes in reverse order.
---@param s string
---@return string
function string.reverse(s) end

---Bytes i..j (negative counts from the end).
---@param s string
---@param i integer
---@param j? integer
---@return string
function string.sub(s, i, j) end

---List functions. `concat`, `insert`, `remove`, `sort` and `unpack` refuse a
---table with a `__len` metamethod.
---@class tablelib
table = {}

---Join the items i..j of a list into text, with `sep` between.
---@param list table
---@param sep? string
---@param i? integer
---@param j? integer
---@return string
function table.concat(list, sep, i, j) end

---Insert `value` at the end of the list, or at position `pos`.
---@overload fun(list: table, value: any)
---@param list table
---@param pos integer
---@param value any
function table.insert(list, pos, value) end

---Copy the items f..e of list a1 to position t of list a2 (default: a1 itself).
---@generic T: table
---@param a1 table
---@param f integer
---@param e integer
---@param t integer
---@param a2? T
---@return T
function table.move(a1, f, e, t, a2) end

---A list of the arguments, with their count in field `n`.
---@param ... any
---@return table
function table.pack(...) end

---Remove and return the item at `pos` (default: the last).
---@param list table
---@param pos? integer
---@return any
function table.remove(list, pos) end

---Sort a list in place, with `comp(a, b)` true when a comes first.
---@generic T
---@param list T[]
---@param comp? fun(a: T, b: T): boolean
function table.sort(list, comp) end

---The items i..j of a list, as separate values.
---@generic T
---@param list T[]
---@param i? integer
---@param j? integer
---@return T ...
function table.unpack(list, i, j) end

---Numbers. There is no `math.random`: chance comes from the game, so a save
---replays exactly (and answers are already shuffled for you).
---@class mathlib
---@field huge number Larger than any number.
---@field pi number
---@field maxinteger integer
---@field mininteger integer
math = {}

---@param x number
---@return number
function math.abs(x) end

---Round up to a whole number.
---@param x number
---@return integer
function math.ceil(x) end

---Round down to a whole number.
---@param x number
---@return integer
function math.floor(x) end

---Remainder of x / y, rounded towards zero.
---@param x number
---@param y number
---@return number
function math.fmod(x, y) end

---@param x number
---@param ... number
---@return number
function math.max(x, ...) end

---@param x number
---@param ... number
---@return number
function math.min(x, ...) end

---Whole and fractional parts.
---@param x number
---@return number
---@return number
function math.modf(x) end

---@param x number
---@return number
function math.sqrt(x) end

---The number as a whole number, or nil when it has a fraction.
---@param x any
---@return integer?
function math.tointeger(x) end

---"integer", "float", or nil when x is not a number.
---@param x any
---@return "integer"|"float"|nil
function math.type(x) end

---Whether m < n, comparing as unsigned whole numbers.
---@param m integer
---@param n integer
---@return boolean
function math.ult(m, n) end

---@param x number
---@return number
function math.exp(x) end

---@param x number
---@param base? number
---@return number
function math.log(x, base) end

---@param x number
---@return number
function math.sin(x) end

---@param x number
---@return number
function math.cos(x) end

---@param x number
---@return number
function math.tan(x) end

---UTF-8 text: count and walk characters rather than bytes.
---@class utf8lib
---@field charpattern string
utf8 = {}

---Text from character codes.
---@param ... integer
---@return string
function utf8.char(...) end

---The character codes in bytes i..j.
---@param s string
---@param i? integer
---@param j? integer
---@param lax? boolean
---@return integer ...
function utf8.codepoint(s, i, j, lax) end

---Walk the characters: `for pos, code in utf8.codes(s) do ... end`.
---@param s string
---@param lax? boolean
---@return fun(s: string, i: integer): integer, integer
---@return string
---@return integer
function utf8.codes(s, lax) end

---Number of characters in bytes i..j (nil and a position when not valid UTF-8).
---@param s string
---@param i? integer
---@param j? integer
---@param lax? boolean
---@return integer?
---@return integer?
function utf8.len(s, i, j, lax) end

---Byte position of the n-th character (from byte i).
---@param s string
---@param n integer
---@param i? integer
---@return integer?
function utf8.offset(s, n, i) end

---Coroutines (there is no `coroutine.close`).
---@class coroutinelib
coroutine = {}

---@param f function
---@return thread
function coroutine.create(f) end

---@return boolean
function coroutine.isyieldable() end

---@param co thread
---@param ... any
---@return boolean ok
---@return any ...
function coroutine.resume(co, ...) end

---@return thread
---@return boolean ismain
function coroutine.running() end

---@param co thread
---@return "running"|"suspended"|"normal"|"dead"
function coroutine.status(co) end

---@param f function
---@return fun(...): ...
function coroutine.wrap(f) end

---@param ... any
---@return any ...
function coroutine.yield(...) end
