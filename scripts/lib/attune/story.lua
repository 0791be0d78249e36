-- SPDX-License-Identifier: MIT
-- SPDX-FileCopyrightText: 2026 The Attune contributors
-- The story DSL: `story`, `character`, `beat`, `ending`, and the checks that
-- turn what a writer declared into a story the runtime can walk.
-- Layer: Lua story library (trusted). Story files only ever see the four
-- functions of `collector().api`; nothing here is reachable from a story.
local lib = ...
local rules = lib.rules

local M = {}

local getinfo = debug.getinfo

-- Where the story's call came from: file and line of the caller of a DSL function.
local function where(level)
  local info = getinfo(level + 1, "Sl")
  if not info then return "?", 0 end
  local src = info.source or "?"
  if src:sub(1, 1) == "@" then src = src:sub(2) end
  return src, info.currentline or 0
end

local function fail(file, line, msg)
  error(string.format("%s:%d: %s", file, line, msg), 0)
end

local TEXT_FIELDS = { "title", "summary", "content_note", "you", "relationship" }

local function is_text(v) return type(v) == "string" or type(v) == "function" end

-- Fields a writer may put on each declaration; anything else is a typo worth naming.
local KNOWN = {
  story = { id = 1, title = 1, relationship = 1, minutes = 1, start = 1, summary = 1, content_note = 1,
            you = 1, with = 1, connection = 1, steadiness = 1, rules = 1, thresholds = 1, surface_max = 1 },
  character = { name = 1, about = 1, age = 1, state = 1, portraits = 1 },
  beat = { say = 1, cue = 1, choices = 1, background = 1, music = 1, state = 1, pressure = 1,
           shuffle = 1, reflect = 1, note = 1, cue_only = 1, face = 1, shown = 1, present = 1, faces = 1 },
  ending = { title = 1, text = 1, say = 1, verdict = 1, background = 1, music = 1, reflect = 1, note = 1,
             choices = 1, when = 1, face = 1, shown = 1 },
  choice = { [1] = 1, kind = 1, next = 1, inner = 1, why = 1, id = 1, when = 1, effects = 1, set = 1,
             repairs = 1, face = 1, to = 1, other = 1 },
}

-- An answer's fields that change what it does: a misspelling of one is an
-- error (the others -- inner, why, face, id -- only a warning).
local BEHAVIOUR = { when = true, repairs = true, next = true, kind = true, effects = true, set = true,
                    to = true, other = true }

-- The expressions a portrait can show: the three states, and crying. A
-- character declares one picture per expression it has (`portraits`); a
-- beat's `face` names one, and an answer's `face` the one its feedback shows.
M.EXPRESSIONS = { regulated = true, activated = true, shutdown = true, crying = true }
M.EXPRESSION_NAMES = "regulated, activated, shutdown or crying"

-- Who a beat shows: its `shown`, else a speaker who has portraits, else the
-- character the story is about (`with`). A character id, or nil.
function M.shown_of(story, b)
  if b.shown then return b.shown end
  local who = b.speaker and story.characters[b.speaker]
  if who and type(who.portraits) == "table" and next(who.portraits) then return b.speaker end
  -- two people, one of them on stage: them
  if b.present_list and #b.present_list == 1 then return b.present_list[1] end
  return story.info.with
end

-- The expression a beat shows on `who`: its `face`, else `state` (the
-- current state of the character the story is about; nil when unknown, as
-- in a check, where it follows the play), else settled for anyone else.
function M.face_of(story, b, who, state)
  if b.face then return b.face end
  if who == story.info.with then return b.state or state end
  return "regulated"
end

-- The value `to_ending()` returns: "let the rules choose the ending". Stories
-- can only pass it on; finish() turns it into a list of branches.
local TO_ENDING = setmetatable({}, { __name = "to_ending()", __tostring = function() return "to_ending()" end,
                                  __metatable = false })

-- The verdicts in the order the rules try them, and where one with no ending
-- of its own falls.
local VERDICT_ORDER = { "stronger", "connected", "other", "disconnected" }
local VERDICT_FALLBACK = { other = "disconnected" }

local VERDICTS = { connected = true, stronger = true, disconnected = true, other = true }

-- The longest text any one field may hold. A line that long could never fit
-- the text box; anything beyond it is a mistake (a pasted file, a runaway
-- string), not writing.
M.MAX_TEXT = 1000

-- The longest id (story, beat, ending, character, choice), in bytes: what a
-- save holds (SAVE_MAX_ID in include/attune/save.h, handed in by the engine),
-- so every id a story can reach can be saved and read back.
M.MAX_ID = lib.MAX_ID
-- A game built before this library hands in no limit: say so in words a
-- writer can act on (a checkout pulled without rebuilding), not "not set".
assert(math.type(M.MAX_ID) == "integer" and M.MAX_ID > 0,
  "the game program is older than its story library (scripts/lib): rebuild it, e.g. cmake --build build")

-- Control characters: C0 but for the line break ("\n") a text may hold, DEL,
-- C1 (U+0080..U+009F) and the line and paragraph separators. None is
-- writing; printed, an escape sequence clears the writer's terminal, sets its
-- title or writes the clipboard. `s` is valid UTF-8 here. Returns the byte
-- position of the first and its code point, or nil.
local function control_at(s, newline_ok)
  local byte = string.byte
  for i = 1, #s do
    local b = byte(s, i)
    if b < 32 or b == 127 then
      if not (newline_ok and b == 10) then return i, b end
    elseif b == 0xC2 then
      local n = byte(s, i + 1)
      if n >= 0x80 and n <= 0x9F then return i, n end
    elseif b == 0xE2 and byte(s, i + 1) == 0x80 then
      local n = byte(s, i + 2)
      if n == 0xA8 or n == 0xA9 then return i, 0x2000 + n - 0x80 end
    end
  end
  return nil
end

-- `s` as a message may show it: control characters and bytes that are not
-- UTF-8 written as \x1b or \u0085, cut to about 40 bytes.
local function shown(s)
  s = tostring(s)
  local cut = #s > 40
  if cut then
    s = s:sub(1, 40)
    -- not in the middle of a character
    local n, bad = utf8.len(s)
    if not n and bad >= #s - 3 then s = s:sub(1, bad - 1) end
  end
  local out, i = {}, 1
  while i <= #s do
    local b = s:byte(i)
    local len = b < 0x80 and 1 or b >= 0xF0 and b < 0xF5 and 4 or b >= 0xE0 and 3 or b >= 0xC2 and 2 or 0
    local ch = len > 0 and s:sub(i, i + len - 1) or nil
    if ch and (#ch ~= len or not utf8.len(ch)) then ch = nil end
    if not ch then
      out[#out + 1] = string.format("\\x%02x", b)
      i = i + 1
    else
      local c = utf8.codepoint(ch)
      if c < 32 or (c >= 0x7F and c <= 0x9F) or c == 0x2028 or c == 0x2029 then
        out[#out + 1] = c < 0x80 and string.format("\\x%02x", c) or string.format("\\u%04x", c)
      else
        out[#out + 1] = ch
      end
      i = i + len
    end
  end
  return table.concat(out) .. (cut and "…" or "")
end
M.shown = shown

-- Why `id` cannot be an id, or nil when it can: a string of 1..MAX_ID bytes
-- of UTF-8 on one line with no control character (as save_id_ok in C). The
-- reasons end messages (tests/messages-documented.py reads them by the
-- marker below).
--@fragments
function M.id_problem(id)
  if type(id) ~= "string" or id == "" then return "must be a name in quotes" end
  if #id > M.MAX_ID then
    return string.format("is %d bytes long; an id is at most %d (it is saved with every answer)", #id, M.MAX_ID)
  end
  local n, bad = utf8.len(id)
  if not n then return string.format("is not valid UTF-8 at byte %d (save the file as UTF-8)", bad) end
  local at, cp = control_at(id, false)
  if at then
    return string.format("holds a control character (U+%04X) at byte %d; an id is one line of printable text", cp, at)
  end
  return nil
end

-- A number a story gives: a real number (not NaN, not infinite) from lo to hi.
-- NaN fails every comparison, so the test is written to pass only in range.
local function number_in(v, lo, hi)
  return type(v) == "number" and v >= lo and v <= hi
end
M.number_in = number_in

-- Check one text field: valid UTF-8, no control character (a line break only
-- where the text may have one) and not enormous. Functions are checked when
-- they run (the engine caps what they return; the command line escapes what
-- it prints).
local function check_text(diag, file, line, label, v, one_line)
  if type(v) ~= "string" then return end
  local n, bad = utf8.len(v)
  if not n then
    diag("error", file, line, string.format("%s: invalid UTF-8 at byte %d (save the file as UTF-8)", label, bad))
  elseif n > M.MAX_TEXT then
    diag("error", file, line, string.format("%s: %d characters is far too long for the text box (at most %d)", label, n, M.MAX_TEXT))
  else
    local at, cp = control_at(v, not one_line)
    if at then
      diag("error", file, line, string.format("%s: a control character (U+%04X) at byte %d; take it out (%s)",
        label, cp, at, one_line and "this text is one line" or "of them only a line break, \\n, may stand in a text"))
    end
  end
end

-- Edit distance between two ids (insertions, deletions, substitutions).
local function distance(a, b)
  if math.abs(#a - #b) > 3 then return 99 end
  local prev = {}
  for j = 0, #b do prev[j] = j end
  for i = 1, #a do
    local cur = { [0] = i }
    for j = 1, #b do
      local cost = a:byte(i) == b:byte(j) and 0 or 1
      cur[j] = math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
    end
    prev = cur
  end
  return prev[#b]
end

-- The closest key of `names` (a table keyed by name: beats, kinds, fields,
-- characters) to a misspelt one, if it is close enough to suggest.
local function suggest(name, names)
  if type(name) ~= "string" then return nil end
  local best, bestd = nil, math.max(2, #name // 4) + 1
  for id in pairs(names) do
    local d = type(id) == "string" and distance(name, id) or 99
    if d < bestd or (d == bestd and best and id < best) then best, bestd = id, d end
  end
  return best
end

-- "; did you mean 'x'?" when a name close to `name` is among `names`, else "".
local function did_you_mean(name, names)
  local hint = suggest(name, names)
  return hint and ("; did you mean '" .. hint .. "'?") or ""
end
M.did_you_mean = did_you_mean
M.suggest = suggest

-- A new, empty story being declared. Returns the collector; `c.api` holds the
-- functions a story file may call.
function M.collector()
  local c = { info = nil, characters = {}, beats = {}, order = {}, diags = {} }

  -- `line` may be a function that finds it (an answer's line, read from the
  -- source only when a message needs it: M.answer_line).
  local function diag(level, file, line, msg)
    if type(line) == "function" then line = line() end
    c.diags[#c.diags + 1] = { level = level, file = file, line = line, msg = msg }
  end

  local function unknown_fields(kind, t, file, line, label)
    for k in pairs(t) do
      if not KNOWN[kind][k] then
        local function fline() return M.field_line(file, type(line) == "function" and line() or line, k) end
        diag("warning", file, fline, string.format("%s: unknown field '%s' (ignored)%s", label, shown(k),
          did_you_mean(k, KNOWN[kind])))
      end
    end
  end

  local api = {}

  function api.story(t)
    local file, line = where(2)
    if type(t) ~= "table" then fail(file, line, "story { ... } expects a table") end
    if c.info then fail(file, line, "story { ... } is declared twice") end
    unknown_fields("story", t, file, line, "story")
    c.info = t
    c.info_file, c.info_line = file, line
  end

  local function named(kind, fn)
    return function(id)
      local file, line = where(2)
      if type(id) ~= "string" or id == "" then
        fail(file, line, kind .. " needs a name in quotes, e.g. " .. kind .. ' "kitchen" { ... }')
      end
      local problem = M.id_problem(id)
      if problem then fail(file, line, kind .. ' "' .. shown(id) .. '": the name ' .. problem) end
      return function(t)
        if type(t) ~= "table" then fail(file, line, kind .. ' "' .. id .. '" expects a table { ... }') end
        fn(id, t, file, line)
      end
    end
  end

  api.character = named("character", function(id, t, file, line)
    if c.characters[id] then fail(file, line, "character '" .. id .. "' is defined twice") end
    unknown_fields("character", t, file, line, "character '" .. id .. "'")
    t.id, t.file, t.line = id, file, line
    c.characters[id] = t
  end)

  local function add_node(kind, id, t, file, line)
    local prev = c.beats[id]
    if prev then
      fail(file, line, string.format("%s '%s' is defined twice (first at %s:%d)", kind, id, prev.file, prev.line))
    end
    unknown_fields(kind, t, file, line, kind .. " '" .. id .. "'")
    t.id, t.file, t.line, t.is_ending = id, file, line, kind == "ending"
    c.beats[id] = t
    c.order[#c.order + 1] = id
  end

  -- next = to_ending(): the rules choose the ending from how the play went.
  function api.to_ending() return TO_ENDING end

  api.beat = named("beat", function(id, t, file, line) add_node("beat", id, t, file, line) end)
  api.ending = named("ending", function(id, t, file, line) add_node("ending", id, t, file, line) end)

  c.api = api
  c.diag = diag
  return c
end

-- Targets a `next` can lead to (a string, or a list of branches).
function M.targets(nx)
  if type(nx) == "string" then return { nx } end
  local out = {}
  if type(nx) == "table" then
    for _, b in ipairs(nx) do
      if type(b) == "table" and type(b[1]) == "string" then out[#out + 1] = b[1] end
    end
  end
  return out
end

-- The names the game's glossary (assets/glossary.txt) knows: every term and
-- `also:` form, lower-cased as a [[link]] is looked up. GENERATED by
-- tools/make-glossary-terms.py: do not edit by hand; run the tool after
-- changing the glossary (unit.glossary-terms fails until you do).
-- BEGIN GLOSSARY TERMS
local GLOSSARY_TERMS = {
  ["activated"] = true,
  ["advice"] = true,
  ["attune"] = true,
  ["attune with a boundary"] = true,
  ["attune_boundary"] = true,
  ["attuned"] = true,
  ["attunement"] = true,
  ["attuning"] = true,
  ["being flooded"] = true,
  ["boundaries"] = true,
  ["boundary"] = true,
  ["brushing off"] = true,
  ["co-dependency"] = true,
  ["co-dependent"] = true,
  ["co-regulate"] = true,
  ["co-regulating"] = true,
  ["co-regulation"] = true,
  ["codependency"] = true,
  ["codependent"] = true,
  ["connected"] = true,
  ["connection"] = true,
  ["coregulation"] = true,
  ["disconnected"] = true,
  ["disconnection"] = true,
  ["dismiss"] = true,
  ["dismissing"] = true,
  ["dismissive"] = true,
  ["enmesh"] = true,
  ["enmeshed"] = true,
  ["enmeshing"] = true,
  ["enmeshment"] = true,
  ["feeling felt"] = true,
  ["fight or flight"] = true,
  ["fight-or-flight"] = true,
  ["fight/flight"] = true,
  ["fix"] = true,
  ["fixes"] = true,
  ["fixing"] = true,
  ["flooded"] = true,
  ["flooding"] = true,
  ["freeze"] = true,
  ["frozen"] = true,
  ["getting swept up"] = true,
  ["giving advice"] = true,
  ["going cold"] = true,
  ["holding a limit"] = true,
  ["hyperarousal"] = true,
  ["hypoarousal"] = true,
  ["limit"] = true,
  ["limits"] = true,
  ["mentalisation"] = true,
  ["mentalising"] = true,
  ["mentalization"] = true,
  ["mentalizing"] = true,
  ["minimising"] = true,
  ["minimizing"] = true,
  ["misattune"] = true,
  ["misattuned"] = true,
  ["misattunement"] = true,
  ["misattunements"] = true,
  ["neuroception"] = true,
  ["neuroceptive"] = true,
  ["numb"] = true,
  ["on edge"] = true,
  ["open rupture"] = true,
  ["open ruptures"] = true,
  ["overwhelmed"] = true,
  ["reflective functioning"] = true,
  ["regulated"] = true,
  ["regulating"] = true,
  ["regulation"] = true,
  ["repair"] = true,
  ["repaired"] = true,
  ["repairing"] = true,
  ["repairs"] = true,
  ["rescue"] = true,
  ["rescued"] = true,
  ["rescues"] = true,
  ["rescuing"] = true,
  ["rupture"] = true,
  ["ruptures"] = true,
  ["self-regulate"] = true,
  ["self-regulation"] = true,
  ["shut down"] = true,
  ["shutdown"] = true,
  ["steadiness"] = true,
  ["steady"] = true,
  ["steady yourself"] = true,
  ["steadying"] = true,
  ["steadying yourself"] = true,
  ["swept up"] = true,
  ["taking over"] = true,
  ["the connection meter"] = true,
  ["tolerance window"] = true,
  ["validate"] = true,
  ["validated"] = true,
  ["validating"] = true,
  ["validation"] = true,
  ["window"] = true,
  ["window of tolerance"] = true,
  ["withdraw"] = true,
  ["withdrawal"] = true,
  ["withdrawing"] = true,
  ["your steadiness"] = true,
}
-- END GLOSSARY TERMS

local function is_space(b) return b == 32 or b == 9 or b == 10 or b == 13 end

local function all_space(s, from, to)
  for i = from, to do
    if not is_space(s:byte(i)) then return false end
  end
  return true
end

-- A link's term as the glossary looks it up: trimmed, inner spaces made one,
-- ASCII lower-cased (as engine/ui/text.c does).
local function link_term(s, from, to)
  local out, gap = {}, false
  for i = from, to do
    local b = s:byte(i)
    if is_space(b) then
      gap = #out > 0
    else
      if gap then out[#out + 1] = " " end
      gap = false
      if b >= 65 and b <= 90 then b = b + 32 end
      out[#out + 1] = string.char(b)
    end
  end
  return table.concat(out)
end

-- The [[links]] written in `s`, as { raw = "[[...]]", term = "..." }, found by
-- the rules of engine/ui/text.c: the first "]]" closes a "[[", "[[shown|term]]"
-- links `term`, and an empty link or a "[[" never closed is plain text.
local function links_in(s)
  local found, n, i, close = {}, #s, 1, 0
  if n > 8 * M.MAX_TEXT then return found end -- far too long anyway (reported above)
  while i < n do
    if s:byte(i) == 91 and s:byte(i + 1) == 91 then
      if close < i + 2 then
        local j = i + 2
        while j < n and not (s:byte(j) == 93 and s:byte(j + 1) == 93) do j = j + 1 end
        close = j < n and j or n + 1
      end
      if close > n then break end
      local bar = i + 2
      while bar < close and s:byte(bar) ~= 124 do bar = bar + 1 end
      local ts, te = i + 2, close - 1
      if bar < close then ts = bar + 1 end
      local no_show, no_term = all_space(s, i + 2, bar - 1), all_space(s, ts, te)
      if no_show and no_term then
        i = i + 1
      else
        if no_term then ts, te = i + 2, bar - 1 end
        found[#found + 1] = { raw = s:sub(i, close + 1), term = link_term(s, ts, te) }
        i = close + 2
      end
    else
      i = i + 1
    end
  end
  return found
end

-- Warn about each [[link]] in the text field `v` whose term the glossary
-- does not have.
local function check_links(diag, file, line, label, v)
  if type(v) ~= "string" then return end
  local said = {}
  for _, k in ipairs(links_in(v)) do
    if not GLOSSARY_TERMS[k.term] and not said[k.term] then
      said[k.term] = true
      local raw = #k.raw > 80 and (k.raw:sub(1, 77) .. "...") or k.raw
      diag("warning", file, line, string.format("%s links '%s' which the glossary does not have%s",
        label, raw, did_you_mean(k.term, GLOSSARY_TERMS)))
    end
  end
end

-- The folder a story file sits in ("homework-night" for .../homework-night/story.lua).
function M.folder_of(path)
  if type(path) ~= "string" then return nil end
  local parts = {}
  local start = 1
  for i = 1, #path + 1 do
    if i > #path or path:sub(i, i) == "/" then
      if i > start then parts[#parts + 1] = path:sub(start, i - 1) end
      start = i + 1
    end
  end
  return #parts >= 2 and parts[#parts - 1] or nil
end

-- The kinds, in the order the docs list them.
local KIND_LIST = "attune, attune_boundary, fix, rescue, dismiss, enmesh, withdraw, repair, steady"

local EFFECT_FIELDS = { connection = "number", steadiness = "number", state = "state",
                        rupture = "boolean", repair = "boolean" }

-- Check an effects table (a choice's `effects`, or one kind in story.rules).
function M.check_effects(diag, file, line, label, t)
  if type(t) ~= "table" then
    diag("error", file, line, label .. " must be a table, e.g. { connection = 5 }")
    return
  end
  for k, v in pairs(t) do
    local want = EFFECT_FIELDS[k]
    if not want then
      diag("error", file, line, label .. ": unknown field '" .. shown(k) .. "'" .. did_you_mean(k, EFFECT_FIELDS)
        .. " (connection, steadiness, state, rupture, repair)")
    elseif want == "state" then
      if v ~= false and v ~= "ease" and v ~= "escalate" and not rules.STATES[v] then
        diag("error", file, line, label .. ".state must be regulated, activated, shutdown, ease, escalate or false")
      end
    elseif type(v) ~= want then
      diag("error", file, line, label .. "." .. k .. " must be a " .. want)
    elseif want == "number" and not number_in(v, -100, 100) then
      diag("error", file, line, label .. "." .. k .. " must be a number from -100 to 100")
    end
  end
end

-- The branches `next = to_ending()` stands for: every ending, tried by the
-- verdict the rules give (rules.verdict), then in the order declared; an
-- ending's own `when` narrows it further. Returns the list, or nil and what
-- is missing (a connected, a stronger and a disconnected ending without a
-- `when` are needed; with no "other" ending, "other" plays end disconnected).
function M.ending_routes(c, info)
  local by, default = {}, {}
  for _, id in ipairs(c.order) do
    local b = c.beats[id]
    if b.is_ending and VERDICTS[b.verdict] then
      by[b.verdict] = by[b.verdict] or {}
      table.insert(by[b.verdict], b)
      if b.when == nil and not default[b.verdict] then default[b.verdict] = id end
    end
  end
  local missing = {}
  for _, v in ipairs({ "connected", "stronger", "disconnected" }) do
    if not default[v] then missing[#missing + 1] = "a " .. v .. " ending" end
  end
  if #missing > 0 then
    return nil, table.concat(missing, ", ") .. " without a when (the rules choose among the endings by verdict)"
  end
  local t = type(info.thresholds) == "table" and info.thresholds or nil
  local verdict = rules.verdict
  local list = {}
  for _, v in ipairs(VERDICT_ORDER) do
    local group = by[v]
    if not default[v] then group = by[VERDICT_FALLBACK[v]] end
    for _, b in ipairs(group) do
      local w = type(b.when) == "function" and b.when or nil
      list[#list + 1] = { b.id, when = function(s) return verdict(s, t) == v and (w == nil or w(s)) end }
      -- the first without a `when` always matches: an ending of the same
      -- verdict declared after it is never chosen (check says it cannot be
      -- reached, unless a `next` names it)
      if w == nil then break end
    end
  end
  list.to_ending = true -- for the facilitator's "leads to"
  return list
end

-- ---------------------------------------------------------------- answer lines

-- Where each answer of a beat starts, from the story's source (lib.source:
-- the text of a story file the engine compiled). A beat's table is built
-- before `beat` sees it, so Lua's debug information knows only the line of
-- the call; the answers' lines are read here with a small scanner of Lua's
-- tokens (strings, long strings and comments are skipped). It finds the
-- `choices = { ... }` of the beat declared at `line`, and the line where
-- each item directly inside it starts (a table, or a call that makes one).
-- Returns the list of lines, or {} when the source is unknown or the items
-- written are not `n` (a list built elsewhere, say): messages then keep the
-- beat's line.
-- The line where answer `i` of beat `b` starts (else the beat's line),
-- worked out for the whole beat the first time a message asks: a story
-- with nothing to report costs nothing.
function M.answer_line(b, i)
  local lines = b.answer_lines
  if lines == nil then
    lines = type(b.choices) == "table" and M.answer_lines(b.file, b.line, #b.choices) or {}
    b.answer_lines = lines
  end
  return lines[i] or b.line
end

-- The line of field `name = ...` written at or after line `from` of `file`
-- (within the next 40 lines), else `from`: a misspelt field's own line.
function M.field_line(file, from, name)
  local src = lib.source and lib.source(file)
  if type(src) ~= "string" or type(name) ~= "string" or type(from) ~= "number" or #name == 0 then
    return from
  end
  local byte, len, nlen = string.byte, #src, #name
  local function ident(c) -- a letter, digit or _
    return c and (c == 95 or (c >= 48 and c <= 57) or (c >= 65 and c <= 90) or (c >= 97 and c <= 122))
  end
  -- `name = ` (not `==`) starting at p, on its own word
  local function at_field(p)
    if ident(byte(src, p - 1)) then return false end
    for j = 1, nlen do
      if byte(src, p + j - 1) ~= byte(name, j) then return false end
    end
    local q = p + nlen
    if ident(byte(src, q)) then return false end
    while byte(src, q) == 32 or byte(src, q) == 9 do q = q + 1 end
    return byte(src, q) == 61 and byte(src, q + 1) ~= 61
  end
  -- straight to line `from` (the line starts, worked out once per file: a
  -- story with many warnings does not walk its file again for each)
  local p, ln = M.line_starts(file, src)[from], from
  if not p then return from end
  while p <= len and ln <= from + 40 do
    local c = byte(src, p)
    if c == 10 then
      ln = ln + 1
    elseif c == byte(name, 1) and at_field(p) then
      return ln
    end
    p = p + 1
  end
  return from
end

local line_starts = {}
-- The start of each line of `file` (its text `src`), worked out once per
-- file (the library has no string.find either: no pattern can run where no
-- budget reaches).
function M.line_starts(file, src)
  local starts = line_starts[file]
  if not starts then
    local byte = string.byte
    starts = { 1 }
    for i = 1, #src do
      if byte(src, i) == 10 then starts[#starts + 1] = i + 1 end
    end
    line_starts[file] = starts
  end
  return starts
end

function M.answer_lines(file, line, n)
  local src = lib.source and lib.source(file)
  if type(src) ~= "string" or n == 0 then return {} end
  local byte = string.byte
  local len = #src
  local starts = M.line_starts(file, src)
  local pos, ln = starts[line], line
  if not pos then return {} end
  -- The end of the line from `p`, or of the file.
  local function eol(p)
    while p <= len and byte(src, p) ~= 10 do p = p + 1 end
    return p
  end
  -- A long bracket at `p` ("[[" or "[==["): its level and where its text starts.
  local function long_open(p)
    if byte(src, p) ~= 91 then return nil end
    local q = p + 1
    while byte(src, q) == 61 do q = q + 1 end
    if byte(src, q) == 91 then return q - p - 1, q + 1 end
    return nil
  end
  -- Past the long bracket's close "]==]" from `p`, counting its lines.
  local function skip_long(level, p)
    while p <= len do
      local c = byte(src, p)
      if c == 10 then
        ln = ln + 1
      elseif c == 93 then
        local q = p + 1
        while byte(src, q) == 61 do q = q + 1 end
        if q - p - 1 == level and byte(src, q) == 93 then return q + 1 end
      end
      p = p + 1
    end
    return p
  end
  local depth, choices_depth, want = 0, nil, nil -- want: "=" then "{" after `choices`
  local out, item = {}, false -- item: the next token directly in `choices` starts an answer
  local parens = 0 -- ( and [ open inside the braces
  local cparens = 0 -- parens open where the choices' table opened
  local function token()
    if item and depth == choices_depth and parens == cparens then
      out[#out + 1] = ln
      item = false
    end
  end
  local p = pos
  while p <= len do
    local b = byte(src, p)
    if b == 10 then
      ln = ln + 1; p = p + 1
    elseif b == 32 or b == 9 or b == 13 then
      p = p + 1
    elseif b == 45 and byte(src, p + 1) == 45 then -- a comment
      local level, body = long_open(p + 2)
      if level then p = skip_long(level, body) else p = eol(p) end
    elseif b == 34 or b == 39 then -- a quoted string
      token()
      if want == "=" then want = nil end
      local q = p + 1
      while q <= len do
        local c = byte(src, q)
        if c == 92 then
          if byte(src, q + 1) == 10 then ln = ln + 1 end
          q = q + 2
        elseif c == b or c == 10 then -- closed (or unfinished: Lua refused it)
          break
        else
          q = q + 1
        end
      end
      p = q + 1
    elseif b == 91 and long_open(p) then
      token()
      local level, body = long_open(p)
      p = skip_long(level, body)
      if want == "=" then want = nil end
    elseif b == 123 then -- {
      token()
      depth = depth + 1
      if want == "{" then
        choices_depth, item, cparens, want = depth, true, parens, nil
      end
      p = p + 1
    elseif b == 125 then -- }
      if choices_depth and depth == choices_depth then break end
      depth = depth - 1
      if depth <= 0 then break end -- the beat's table closed without choices
      p = p + 1
    elseif (b == 44 or b == 59) and choices_depth and depth == choices_depth and parens == cparens then -- , or ;
      item = true
      p = p + 1
    elseif (b == 44 or b == 59) and want == "{" and depth == 1 and parens == 0 then
      want = nil -- `choices = ` ended without a table (a list made elsewhere)
      p = p + 1
    elseif b == 40 or b == 91 then -- ( or [: a call's arguments, an index
      token()
      parens = parens + 1
      p = p + 1
    elseif b == 41 or b == 93 then
      parens = math.max(parens - 1, 0)
      p = p + 1
    elseif b == 61 and want == "=" and byte(src, p + 1) ~= 61 then
      want = "{"
      p = p + 1
    elseif (b >= 65 and b <= 90) or (b >= 97 and b <= 122) or b == 95 then -- a name
      token()
      local q = p + 1
      while true do
        local c = byte(src, q)
        if not c or not ((c >= 65 and c <= 90) or (c >= 97 and c <= 122) or (c >= 48 and c <= 57) or c == 95) then break end
        q = q + 1
      end
      if want ~= "{" then
        want = (depth == 1 and not choices_depth and q - p == 7 and src:sub(p, q - 1) == "choices") and "=" or nil
      end
      p = q
    else
      token()
      if want == "=" then want = nil end
      p = p + 1
    end
  end
  if #out ~= n then return {} end
  return out
end

-- Validate the declared story. Fills c.diags; returns the story table or nil.
-- A two-person beat's answer: whom it is to (`to`), what it is to the
-- other (`other`), and each person's inner voice and face. Resolves
-- ch.to_list: the people it touches, each { id, kind }.
function M.check_to(diag, b, ch, cl, cline, info)
  local present = b.present_list or info.people
  local two = #present == 2
  local function here(who) return who == present[1] or who == present[2] end
  local to = ch.to
  if to == nil then
    if two and ch.kind ~= "steady" and ch.kind ~= nil then
      diag("error", b.file, cline, cl .. ": say whom it is to: to = \"" .. present[1] .. "\", \""
        .. present[2] .. "\" or \"both\" (two people are present)")
    end
    to = not two and present[1] or nil
  elseif to == "both" then
    if not two then
      diag("error", b.file, cline, cl .. ": to = \"both\", but only " .. present[1] .. " is present at this beat")
      to = present[1]
    end
  elseif type(to) ~= "string" or not here(to) then
    diag("error", b.file, cline, cl .. ": to = '" .. shown(to) .. "' is not someone present at this beat ("
      .. table.concat(present, ", ") .. (two and ", or both" or "") .. ")")
    to = present[1]
  end
  if ch.kind == "steady" then
    if type(ch.inner) == "table" then
      diag("error", b.file, cline, cl .. ": a steady answer's inner voice is one text (the room's, as it slows down)")
      ch.inner = nil
    end
    if ch.to ~= nil or ch.other ~= nil then
      diag("warning", b.file, cline, cl .. ": a steady answer is about you: to and other are ignored")
    end
    ch.to, ch.other, ch.to_list = nil, nil, {}
    return
  end
  ch.to = to
  local list = {}
  if to == "both" then
    list = { { present[1], ch.kind }, { present[2], ch.kind } }
  elseif to then
    list = { { to, ch.kind } }
  end
  if ch.other ~= nil then
    if not rules.KINDS[ch.other] or ch.other == "steady" then
      diag("error", b.file, cline, cl .. ": other = '" .. shown(ch.other) .. "' is not a kind of answer (the kinds but steady)"
        .. did_you_mean(ch.other, rules.KINDS))
      ch.other = nil
    elseif to == "both" or not two then
      diag("error", b.file, cline, cl .. ": other = ... needs to = one of two people present (it says what the answer is to the other)")
      ch.other = nil
    elseif ch.other == "repair" or (ch.repairs ~= nil) then
      diag("error", b.file, cline, cl .. ": other = \"repair\" cannot say which miss it mends; make a repair to = \"both\"")
      ch.other = nil
    else
      local o = present[1] == to and present[2] or present[1]
      list[#list + 1] = { o, ch.other }
    end
  end
  ch.to_list = list
  -- Inner voices: one per person it touches.
  local inner = ch.inner
  if type(inner) == "table" then
    for who, v in pairs(inner) do
      local touched = false
      for _, p in ipairs(list) do if p[1] == who then touched = true end end
      if not touched then
        diag("warning", b.file, cline, cl .. ": inner." .. shown(who) .. ": the answer does not touch them (to = "
          .. tostring(to) .. (ch.other and (", other = " .. ch.other) or "") .. ")")
      elseif not is_text(v) then
        diag("error", b.file, cline, cl .. ": inner." .. who .. " must be text")
      end
    end
    for _, p in ipairs(list) do
      if inner[p[1]] == nil then diag("warning", b.file, cline, cl .. ": has no inner voice for " .. p[1]) end
    end
  elseif inner == nil then
    diag("warning", b.file, cline, cl .. ": has no inner voice")
  elseif #list > 1 then
    diag("warning", b.file, cline, cl .. ": it touches two people; give each an inner voice: inner = { "
      .. list[1][1] .. " = \"...\", " .. list[2][1] .. " = \"...\" }")
  end
  if type(ch.face) == "table" then
    for who, v in pairs(ch.face) do
      if not here(who) then
        diag("error", b.file, cline, cl .. ": face." .. shown(who) .. ": not someone present at this beat")
      elseif not M.EXPRESSIONS[v] then
        diag("error", b.file, cline, cl .. ": face." .. who .. " = '" .. shown(v) .. "' is not an expression ("
          .. M.EXPRESSION_NAMES .. ")")
      end
    end
  end
end

function M.finish(c, path)
  local diag = c.diag
  local info = c.info
  if not info then
    diag("error", path, 1, "no story { ... } declaration: start the file with story { id = ..., start = ... }")
    return nil
  end
  local f, l = c.info_file, c.info_line
  if type(info.title) ~= "string" or info.title == "" then diag("error", f, l, "story has no title") end
  for _, k in ipairs(TEXT_FIELDS) do
    if info[k] ~= nil and type(info[k]) ~= "string" then diag("error", f, l, "story." .. k .. " must be a string") end
  end
  if type(info.start) ~= "string" then
    diag("error", f, l, "story has no start: name the first beat, e.g. start = \"kitchen\"")
  elseif not c.beats[info.start] then
    diag("error", f, l, "start = '" .. shown(info.start) .. "' names no beat" .. did_you_mean(info.start, c.beats))
  end
  if type(info.with) == "table" and getmetatable(info.with) ~= nil then
    diag("error", f, l, "with = { ... } must be a plain list of two character ids")
    info.with = nil
  end
  if type(info.with) == "table" then
    -- Two people on stage: the meters follow both (docs/writing-stories.md,
    -- "Two people"). info.people keeps the list; info.with becomes the
    -- first, the person a one-person field (the feedback's face) falls to.
    local list, seen_p = {}, {}
    for i, id in ipairs(info.with) do
      if id == "both" then
        diag("error", f, l, "with names 'both', the word an answer uses for both people (to = \"both\"); give that character another id")
      elseif type(id) ~= "string" or not c.characters[id] then
        diag("error", f, l, "with[" .. i .. "] = '" .. shown(id) .. "' names no character" .. did_you_mean(id, c.characters))
      elseif seen_p[id] then
        diag("error", f, l, "with names '" .. id .. "' twice")
      else
        seen_p[id] = true
        list[#list + 1] = id
      end
    end
    if #info.with ~= 2 then
      diag("error", f, l, "with = { ... } names two people (the meters follow at most two); it names " .. #info.with)
    end
    info.people = list
    info.with = list[1]
  elseif info.with ~= nil and not c.characters[info.with] then
    diag("error", f, l, "with = '" .. shown(info.with) .. "' names no character" .. did_you_mean(info.with, c.characters))
  end
  if info.rules ~= nil then
    if type(info.rules) ~= "table" then
      diag("error", f, l, "story.rules must be a table of kinds")
    else
      for k in pairs(info.rules) do
        if not rules.KINDS[k] then
          diag("error", f, l, "story.rules: unknown kind '" .. shown(k) .. "'" .. did_you_mean(k, rules.KINDS)
            .. " (the kinds: " .. KIND_LIST .. ")")
        end
      end
    end
  end
  if not info.with then
    -- One character: the meters are about them. Several: the writer says who.
    local ids = {}
    for id in pairs(c.characters) do ids[#ids + 1] = id end
    if #ids == 1 then
      info.with = ids[1]
    elseif #ids > 1 then
      table.sort(ids)
      diag("error", f, l, "story has several characters (" .. table.concat(ids, ", ")
        .. "): say which one the meters are about, e.g. with = \"" .. ids[1] .. "\"")
    end
  end
  info.people = info.people or { info.with }
  local pair = #info.people == 2
  if type(info.connection) == "table" and getmetatable(info.connection) ~= nil then
    diag("error", f, l, "story.connection must be a number, or a plain table of one number per person")
    info.connection = nil
  end
  if pair and type(info.connection) == "table" then
    for _, id in ipairs(info.people) do
      if info.connection[id] == nil then
        diag("warning", f, l, "story.connection gives no number for " .. id .. ", who starts at 50")
      end
    end
    for k, v in pairs(info.connection) do
      local known = false
      for _, id in ipairs(info.people) do if id == k then known = true end end
      if not known then
        diag("error", f, l, "story.connection." .. shown(k) .. ": not one of the people in with")
      elseif not number_in(v, 0, 100) then
        diag("error", f, l, "story.connection." .. k .. " must be a number from 0 to 100")
      end
    end
  end
  for _, k in ipairs({ "connection", "steadiness" }) do
    local v = info[k]
    if v ~= nil and not (pair and k == "connection" and type(v) == "table") and not number_in(v, 0, 100) then
      diag("error", f, l, "story." .. k .. " must be a number from 0 to 100")
    end
  end
  if info.thresholds ~= nil then
    local t = info.thresholds
    if type(t) ~= "table" then
      diag("error", f, l, "story.thresholds must be a table, e.g. { good = 65, apart = 40 }")
    else
      for k, v in pairs(t) do
        if k ~= "good" and k ~= "apart" then
          diag("error", f, l, "story.thresholds: unknown field '" .. shown(k) .. "'"
            .. did_you_mean(k, { good = 1, apart = 1 }) .. " (good, apart)")
        elseif not number_in(v, 0, 100) then
          diag("error", f, l, "story.thresholds." .. k .. " must be a number from 0 to 100")
        end
      end
      local good = type(t.good) == "number" and t.good or rules.THRESHOLDS.good
      local apart = type(t.apart) == "number" and t.apart or rules.THRESHOLDS.apart
      if apart > good then
        diag("error", f, l, string.format("story.thresholds: apart (%s) is above good (%s)", tostring(apart), tostring(good)))
      end
    end
  end
  if info.surface_max ~= nil and not number_in(info.surface_max, 0, 100) then
    diag("error", f, l, "story.surface_max must be a number from 0 to 100 (a share of plays, in percent)")
  end
  if info.minutes ~= nil and not number_in(info.minutes, 1, 600) then
    diag("error", f, l, "story.minutes must be a number from 1 to 600")
  end
  if type(info.id) ~= "string" or info.id == "" then
    info.id = M.folder_of(path) or "story"
    diag("warning", f, l, "story has no id; using its folder's name, id = \"" .. shown(info.id) .. "\"")
    local problem = M.id_problem(info.id)
    if problem then diag("error", f, l, "story has no id, and its folder's name " .. problem .. "; give it an id") end
  elseif M.id_problem(info.id) then
    diag("error", f, l, "story.id '" .. shown(info.id) .. "' " .. M.id_problem(info.id))
  elseif M.folder_of(path) and info.id ~= M.folder_of(path) then
    diag("warning", f, l, "story.id '" .. info.id .. "' differs from its folder's name '" .. M.folder_of(path) .. "'; saves find a story by its id")
  end
  if type(info.rules) == "table" then
    for kind, t in pairs(info.rules) do
      if rules.KINDS[kind] then M.check_effects(diag, f, l, "story.rules." .. kind, t) end
    end
  end

  for id, ch in pairs(c.characters) do
    if ch.state ~= nil and not rules.STATES[ch.state] then
      diag("error", ch.file, ch.line, "character '" .. id .. "': state must be regulated, activated or shutdown")
    end
    if ch.age ~= nil and not number_in(ch.age, 1, 120) then
      diag("error", ch.file, ch.line, "character '" .. id .. "': age must be a number from 1 to 120")
    end
    if ch.portraits ~= nil and type(ch.portraits) ~= "table" then
      diag("error", ch.file, ch.line, "character '" .. id .. "': portraits must be a table")
    end
    for k, p in pairs(type(ch.portraits) == "table" and ch.portraits or {}) do
      if not M.EXPRESSIONS[k] then
        diag("error", ch.file, ch.line, "character '" .. id .. "': portraits." .. shown(k)
          .. " is not an expression (" .. M.EXPRESSION_NAMES .. ")")
      elseif type(p) ~= "string" then
        diag("error", ch.file, ch.line, "character '" .. id .. "': portraits." .. k .. " must be a picture's path")
      end
    end
    check_text(diag, ch.file, ch.line, "character '" .. id .. "': name", ch.name, true)
    check_text(diag, ch.file, ch.line, "character '" .. id .. "': about", ch.about)
  end

  for _, k in ipairs(TEXT_FIELDS) do check_text(diag, f, l, "story." .. k, info[k], k == "title") end

  local routes, routes_missing = M.ending_routes(c, info)

  for _, id in ipairs(c.order) do
    local b = c.beats[id]
    local label = (b.is_ending and "ending '" or "beat '") .. id .. "'"
    for _, k in ipairs({ "cue", "text", "title", "reflect", "note" }) do
      check_text(diag, b.file, b.line, label .. ": " .. k, b[k], k == "title")
      check_links(diag, b.file, b.line, label .. ": " .. k, b[k])
    end
    if type(b.say) == "table" then
      for who, v in pairs(b.say) do
        check_text(diag, b.file, b.line, label .. ": say." .. tostring(who), v)
        check_links(diag, b.file, b.line, label .. ": say", v)
      end
    else
      check_text(diag, b.file, b.line, label .. ": say", b.say)
      check_links(diag, b.file, b.line, label .. ": say", b.say)
    end
    for i, ch in ipairs(type(b.choices) == "table" and b.choices or {}) do
      if type(ch) == "table" then
        for _, k in ipairs({ 1, "inner", "why" }) do
          local cl = label .. ", choice " .. i .. ": " .. (k == 1 and "text" or k)
          local function cline() return M.answer_line(b, i) end
          if k == "inner" and type(ch[k]) == "table" then
            for who, v in pairs(ch[k]) do
              check_text(diag, b.file, cline, cl .. "." .. tostring(who), v)
              check_links(diag, b.file, cline, cl .. "." .. tostring(who), v)
            end
          else
            check_text(diag, b.file, cline, cl, ch[k])
            check_links(diag, b.file, cline, cl, ch[k])
          end
        end
      end
    end
    if type(b.say) == "table" then
      local n = 0
      for who, line in pairs(b.say) do
        n = n + 1
        if not c.characters[who] then
          diag("error", b.file, b.line, label .. ": say names no character '" .. shown(who) .. "'"
            .. did_you_mean(who, c.characters))
        end
        if not is_text(line) then diag("error", b.file, b.line, label .. ": say." .. tostring(who) .. " must be text") end
        b.speaker, b.line_text = who, line
      end
      if n ~= 1 then diag("error", b.file, b.line, label .. ": say holds one speaker and one line") end
    elseif is_text(b.say) then
      b.line_text = b.say
    elseif b.say ~= nil then
      diag("error", b.file, b.line, label .. ": say must be { name = \"line\" } or a string")
    end
    -- Who is on stage (two-person stories): `present`, else both.
    if b.present ~= nil and not pair then
      diag("error", b.file, b.line, label .. ": present = { ... } is for a story with two people (with = { \"a\", \"b\" })")
      b.present = nil
    end
    if pair and not b.is_ending then
      local list = {}
      if b.present == nil then
        list = { info.people[1], info.people[2] }
      elseif type(b.present) ~= "table" or getmetatable(b.present) ~= nil or rawlen(b.present) == 0 then
        diag("error", b.file, b.line, label .. ": present must be a list of the people on stage, e.g. { \"" .. info.people[1] .. "\" }")
      else
        for _, who in ipairs(b.present) do
          if who ~= info.people[1] and who ~= info.people[2] then
            diag("error", b.file, b.line, label .. ": present names '" .. shown(who) .. "', who is not one of with ("
              .. table.concat(info.people, ", ") .. ")")
          elseif not list[who] then
            list[#list + 1], list[who] = who, true
          end
        end
      end
      -- in `with` order, so the meters never swap places
      if list[2] and list[1] == info.people[2] then list[1], list[2] = list[2], list[1] end
      for k in pairs(list) do if type(k) == "string" then list[k] = nil end end
      b.present_list = #list > 0 and list or { info.people[1], info.people[2] }
    end
    if pair and type(b.state) == "table" then
      for who, v in pairs(b.state) do
        if not (b.present_list and (b.present_list[1] == who or b.present_list[2] == who)) then
          diag("error", b.file, b.line, label .. ": state." .. shown(who) .. ": not someone present at this beat")
        elseif not rules.STATES[v] then
          diag("error", b.file, b.line, label .. ": state." .. who .. " must be regulated, activated or shutdown")
        end
      end
    elseif b.state ~= nil and not rules.STATES[b.state] then
      diag("error", b.file, b.line, label .. ": state must be regulated, activated or shutdown")
    end
    if b.faces ~= nil then
      if not pair then
        diag("error", b.file, b.line, label .. ": faces = { ... } is for a story with two people; use face = \"...\"")
        b.faces = nil
      elseif type(b.faces) ~= "table" or getmetatable(b.faces) ~= nil then
        diag("error", b.file, b.line, label .. ": faces must be a table, e.g. { " .. info.people[1] .. " = \"crying\" }")
        b.faces = nil
      else
        for who, v in pairs(b.faces) do
          if not (b.present_list and (b.present_list[1] == who or b.present_list[2] == who)) then
            diag("error", b.file, b.line, label .. ": faces." .. shown(who) .. ": not someone present at this beat")
          elseif not M.EXPRESSIONS[v] then
            diag("error", b.file, b.line, label .. ": faces." .. who .. " = '" .. shown(v) .. "' is not an expression ("
              .. M.EXPRESSION_NAMES .. ")")
          end
        end
      end
    end
    if b.shown ~= nil and (type(b.shown) ~= "string" or not c.characters[b.shown]) then
      diag("error", b.file, b.line, label .. ": shown = '" .. shown(b.shown) .. "' names no character"
        .. did_you_mean(b.shown, c.characters))
      b.shown = nil
    end
    if b.face ~= nil and not M.EXPRESSIONS[b.face] then
      diag("error", b.file, b.line, label .. ": face = '" .. shown(b.face) .. "' is not an expression ("
        .. M.EXPRESSION_NAMES .. ")")
      b.face = nil
    end
    do
      local who = M.shown_of({ characters = c.characters, info = info }, b)
      local ch = who and c.characters[who]
      local p = ch and type(ch.portraits) == "table" and ch.portraits or nil
      if b.shown and not (p and next(p)) then
        diag("warning", b.file, b.line, label .. ": shows '" .. b.shown .. "', who has no portraits")
      elseif b.face and p and not p[b.face] then
        diag("warning", b.file, b.line, label .. ": face = '" .. b.face .. "', but '" .. who
          .. "' has no portraits." .. b.face .. " (the regulated one shows)")
      end
    end
    if b.cue ~= nil and not is_text(b.cue) then diag("error", b.file, b.line, label .. ": cue must be text") end
    if b.pressure ~= nil and not number_in(b.pressure, -100, 100) then
      diag("error", b.file, b.line, label .. ": pressure must be a number from -100 to 100")
    end
    if b.cue_only ~= nil and type(b.cue_only) ~= "boolean" then diag("error", b.file, b.line, label .. ": cue_only must be true or false") end
    if b.cue_only and not b.is_ending and not b.cue then diag("error", b.file, b.line, label .. ": cue_only, but the beat has no cue") end
    if b.is_ending and b.when ~= nil and type(b.when) ~= "function" then
      diag("error", b.file, b.line, label .. ": when must be a function")
    end
    if b.is_ending then
      if b.verdict == nil then
        diag("error", b.file, b.line, label .. ": no verdict (connected, stronger, disconnected or other)")
      elseif not VERDICTS[b.verdict] then
        diag("error", b.file, b.line, label .. ": unknown verdict '" .. tostring(b.verdict) .. "'")
      end
      if not is_text(b.text) and not b.line_text then diag("error", b.file, b.line, label .. ": no text") end
      if b.choices then diag("error", b.file, b.line, label .. ": an ending has no choices (make it a beat, or remove them)") end
    else
      if not b.line_text and not b.cue then diag("warning", b.file, b.line, label .. ": nothing is said and no cue is given") end
      if type(b.choices) ~= "table" or #b.choices == 0 then
        diag("error", b.file, b.line, label .. ": has no choices and is not an ending (a dead end)")
        b.choices = {}
      end
      if #b.choices > 8 then
        diag("error", b.file, b.line, label .. ": " .. #b.choices .. " answers is too many (at most 8, so the offered breath still fits)")
      end
      local attuned, ids = false, {}
      for i, ch in ipairs(b.choices) do
        local cl = label .. ", choice " .. i
        -- the answer's own line, found only when a message needs it
        local function cline() return M.answer_line(b, i) end
        if type(ch) ~= "table" then
          diag("error", b.file, cline, cl .. ": must be a table { \"text\", kind = ..., next = ... }")
          b.choices[i] = { "?", kind = "attune", next = id, why = "?" }
          ch = b.choices[i]
        end
        for k in pairs(ch) do
          if not KNOWN.choice[k] then
            local function fline() return M.field_line(b.file, M.answer_line(b, i), k) end
            local near = suggest(k, KNOWN.choice)
            if BEHAVIOUR[near] then
              -- `wen`, `repair`, `nxt`: without it the answer silently does
              -- something else (always shown, mending the wrong rupture...)
              diag("error", b.file, fline, cl .. ": unknown field '" .. shown(k) .. "'; did you mean '"
                .. near .. "'? (an error: without it the answer does something else)")
            else
              diag("warning", b.file, fline, cl .. ": unknown field '" .. shown(k) .. "' (ignored)"
                .. did_you_mean(k, KNOWN.choice))
            end
          end
        end
        if not is_text(ch[1]) then diag("error", b.file, cline, cl .. ": has no text (the first item)") end
        if ch.kind == nil then
          diag("error", b.file, cline, cl .. ": has no kind (" .. KIND_LIST .. ")")
        elseif not rules.KINDS[ch.kind] then
          diag("error", b.file, cline, cl .. ": unknown kind '" .. shown(ch.kind) .. "'" .. did_you_mean(ch.kind, rules.KINDS)
            .. " (the kinds: " .. KIND_LIST .. ")")
        elseif rules.ATTUNED[ch.kind] and ch.when == nil and not rules.MISATTUNED[ch.other] then
          attuned = true
        end
        if ch.kind ~= "steady" and not is_text(ch.why) then diag("error", b.file, cline, cl .. ": has no why") end
        if pair then
          M.check_to(diag, b, ch, cl, cline, info)
        else
          for _, k in ipairs({ "to", "other" }) do
            if ch[k] ~= nil then
              diag("error", b.file, cline, cl .. ": " .. k .. " = ... is for a story with two people (with = { \"a\", \"b\" })")
              ch[k] = nil
            end
          end
          if ch.kind ~= "steady" and ch.kind ~= nil and not is_text(ch.inner) then
            diag("warning", b.file, cline, cl .. ": has no inner voice")
          end
        end
        if ch.when ~= nil and type(ch.when) ~= "function" then diag("error", b.file, cline, cl .. ": when must be a function") end
        if ch.face ~= nil and not (pair and type(ch.face) == "table") and not M.EXPRESSIONS[ch.face] then
          diag("error", b.file, cline, cl .. ": face = '" .. shown(ch.face) .. "' is not an expression ("
            .. M.EXPRESSION_NAMES .. ")")
          ch.face = nil
        end
        if ch.effects ~= nil then M.check_effects(diag, b.file, cline, cl .. ": effects", ch.effects) end
        if ch.set ~= nil and type(ch.set) ~= "table" then diag("error", b.file, cline, cl .. ": set must be a table") end
        for k, v in pairs(type(ch.set) == "table" and ch.set or {}) do
          if type(v) == "number" and (v ~= v or v == math.huge or v == -math.huge) then
            diag("error", b.file, cline, cl .. ": set." .. shown(k) .. " is not a real number (NaN or infinite)")
          end
        end
        local written = ch.id ~= nil
        ch.id = written and tostring(ch.id) or (id .. "." .. i)
        local problem = M.id_problem(ch.id)
        if problem then
          diag("error", b.file, cline, cl .. ": id '" .. shown(ch.id) .. "' " .. problem
            .. (written and "" or " (an answer's id is its beat's id and its number; give it a shorter one with id = \"...\")"))
        end
        if ids[ch.id] then diag("error", b.file, cline, cl .. ": id '" .. shown(ch.id) .. "' is used twice") end
        ids[ch.id] = true
        if ch.next == TO_ENDING then
          if routes then
            ch.next = routes
          else
            diag("error", b.file, cline, cl .. ": next = to_ending() needs " .. routes_missing)
            ch.next = b.id -- reported above; keeps the checks below quiet
          end
        end
        if ch.repairs ~= nil then
          local names = type(ch.repairs) == "table" and ch.repairs or { ch.repairs }
          if ch.kind ~= "repair" then
            diag("error", b.file, cline, cl .. ": repairs = ... belongs on a repair answer, not " .. tostring(ch.kind))
          end
          for _, r in ipairs(names) do
            if type(r) ~= "string" then
              diag("error", b.file, cline, cl .. ": repairs must be a beat id, or a list of them")
            elseif not c.beats[r] then
              diag("error", b.file, cline, cl .. ": repairs = '" .. shown(r) .. "' names no beat" .. did_you_mean(r, c.beats))
            end
          end
          if type(ch.repairs) ~= "string" and (type(ch.repairs) ~= "table" or #names == 0) then
            diag("error", b.file, cline, cl .. ": repairs must be a beat id, or a list of them")
          end
        end
        local targets = M.targets(ch.next)
        if ch.kind == "steady" and ch.when == nil then
          for _, t in ipairs(targets) do
            if t == id then
              diag("warning", b.file, cline, cl .. ": a steady answer that leads back to this beat, always shown, "
                .. "can be chosen again and again; show it only while steadiness is low "
                .. "(when = function(s) return s.steadiness < 60 end) or lead on to another beat")
            end
          end
        end
        if #targets == 0 then
          diag("error", b.file, cline, cl .. ": has no next (a beat id, or a list of branches)")
        end
        if type(ch.next) == "table" then
          for bi, br in ipairs(ch.next) do
            if type(br) ~= "table" or type(br[1]) ~= "string" then
              diag("error", b.file, cline, cl .. ": branch " .. bi .. " must be { \"beat-id\", when = function(s) ... end }")
            elseif br.when ~= nil and type(br.when) ~= "function" then
              diag("error", b.file, cline, cl .. ": branch " .. bi .. ": when must be a function")
            end
          end
        end
        for _, t in ipairs(targets) do
          if not c.beats[t] then
            diag("error", b.file, cline, cl .. ": next = '" .. shown(t) .. "' names no beat" .. did_you_mean(t, c.beats))
          end
        end
      end
      if not attuned and #b.choices > 0 then
        diag("error", b.file, b.line, label .. ": has no attuned answer that is always shown (attune, attune_boundary or repair without a when"
          .. (pair and ", and a miss for no one" or "") .. ")")
      end
    end
  end

  -- Reachability from the start.
  if type(info.start) == "string" and c.beats[info.start] then
    local seen, stack = { [info.start] = true }, { info.start }
    while #stack > 0 do
      local b = c.beats[table.remove(stack)]
      for _, ch in ipairs(b.choices or {}) do
        for _, t in ipairs(M.targets(ch.next)) do
          if c.beats[t] and not seen[t] then seen[t] = true; stack[#stack + 1] = t end
        end
      end
    end
    -- the ending to_ending() takes for each verdict (the first without a when)
    local first = {}
    for _, id in ipairs(c.order) do
      local b = c.beats[id]
      if b.is_ending and b.verdict and b.when == nil and not first[b.verdict] then first[b.verdict] = id end
    end
    for _, id in ipairs(c.order) do
      if not seen[id] then
        local b = c.beats[id]
        local why = ""
        if b.is_ending and b.when == nil and first[b.verdict] and first[b.verdict] ~= id then
          why = "; to_ending() always takes '" .. first[b.verdict] .. "', declared before it, for a "
            .. b.verdict .. " play: give this one a when, or name it in a next"
        end
        diag("warning", b.file, b.line, (b.is_ending and "ending '" or "beat '") .. id .. "' can never be reached from the start" .. why)
      end
    end
  end

  for _, d in ipairs(c.diags) do
    if d.level == "error" then return nil end
  end
  return {
    info = info, characters = c.characters, beats = c.beats, order = c.order,
    info_file = c.info_file, info_line = c.info_line,
  }
end

-- Declare a story, for the engine (engine/script/story.c, which has loaded
-- the library and compiled the story's file into `chunk`): run the chunk
-- with the DSL's functions and `include` in `env`, the sandbox's allow-listed
-- globals, then check what it declared. Each phase runs on a budget of its
-- own (lib.rearm): `limits.call` for making the collector, `limits.load` for
-- the story's own code and again for the checks. Returns the story table (nil
-- when it has errors) and the diagnostics; an error raised by the story's
-- code goes on to the engine, which reports its file and line.
function M.declare(chunk, env, include, path, limits)
  lib.rearm(limits.call[1], limits.call[2])
  local c = M.collector()
  for name, fn in pairs(c.api) do env[name] = fn end
  env.include = include
  lib.set_env(chunk, env)
  lib.rearm(limits.load[1], limits.load[2])
  chunk()
  lib.rearm(limits.load[1], limits.load[2])
  return M.finish(c, path), c.diags
end

return M
