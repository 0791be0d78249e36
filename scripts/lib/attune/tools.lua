-- The writer's tools that work on a whole story: the graph, the simulator
-- with the teaching checks, and the checks that need the whole graph (a
-- rupture with no repair ahead). Layer: Lua story library (trusted).
-- Everything here is deterministic: the same story and seed give the same
-- numbers.
local lib = ...
local rules = lib.rules
local dsl = lib.story
local runtime = lib.runtime

local M = {}

local function attuned(kind) return rules.ATTUNED[kind] == true end
local function misattuned(kind) return rules.MISATTUNED[kind] == true end

-- Does choice `ch` open a rupture (its kind's default, or its own effects)?
local function opens_rupture(story, ch)
  local e = rules.effect(ch.kind, story.info.rules, ch.effects)
  return e.rupture == true
end

-- ---------------------------------------------------------------- graph

local function dot_escape(s)
  s = tostring(s or "")
  local out = {}
  for i = 1, #s do
    local c = s:sub(i, i)
    if c == "\\" then out[#out + 1] = "\\\\"
    elseif c == '"' then out[#out + 1] = '\\"'
    elseif c == "\n" then out[#out + 1] = "\\n"
    else out[#out + 1] = c end
  end
  return table.concat(out)
end

-- A short excerpt of a text for a node label (text functions show as …).
local function excerpt(v, n)
  if type(v) ~= "string" then return v and "(computed)" or "" end
  local plain = {}
  for i = 1, #v do
    local c = v:sub(i, i)
    if c ~= "*" then plain[#plain + 1] = c end
  end
  v = table.concat(plain)
  if utf8.len(v) and utf8.len(v) > n then
    v = v:sub(1, utf8.offset(v, n + 1) - 1) .. "…"
  end
  return v
end

local EDGE_STYLE = {
  attune = 'color="#2f7d4f", penwidth=2',
  attune_boundary = 'color="#2f7d4f", penwidth=2, style=bold',
  repair = 'color="#2b5fa8", penwidth=2.4, style=bold',
  steady = 'color="#8a8a8a", style=dotted',
}
local MISS_STYLE = 'color="#b8452b", style=dashed'
local VERDICT_FILL = { connected = "#cfe8d4", stronger = "#a9dbb8", disconnected = "#f2c9bd", other = "#e8e2d0" }

-- Graphviz DOT: beats as boxes, endings as double octagons filled by verdict,
-- answers as edges labelled and styled by kind (dashed red: misattuned).
function M.graph(story)
  local out = {}
  local function w(s) out[#out + 1] = s end
  w(string.format('digraph "%s" {', dot_escape(story.info.id or "story")))
  w(string.format('  label="%s"; labelloc=t; fontsize=20; fontname="Open Sans";', dot_escape(story.info.title)))
  w('  rankdir=TB; nodesep=0.35; ranksep=0.55;')
  w('  node [shape=box, style="rounded,filled", fillcolor="#f6eede", fontname="Open Sans", fontsize=11];')
  w('  edge [fontname="Open Sans", fontsize=9];')
  for _, id in ipairs(story.order) do
    local b = story.beats[id]
    if b.is_ending then
      w(string.format('  "%s" [shape=doubleoctagon, fillcolor="%s", label="%s\\n(%s ending)"];',
        dot_escape(id), VERDICT_FILL[b.verdict] or "#eeeeee", dot_escape(excerpt(b.title, 40)), dot_escape(b.verdict)))
    else
      local extra = (id == story.info.start) and ', penwidth=2.5' or ''
      if b.pressure then extra = extra .. ', color="#b8452b"' end
      w(string.format('  "%s" [label="%s\\n%s"%s];', dot_escape(id), dot_escape(id),
        dot_escape(excerpt(b.line_text or b.cue, 48)), extra))
    end
  end
  for _, id in ipairs(story.order) do
    local b = story.beats[id]
    for _, ch in ipairs(b.choices or {}) do
      local style = EDGE_STYLE[ch.kind] or (misattuned(ch.kind) and MISS_STYLE) or ""
      local targets = dsl.targets(ch.next)
      local conditional = type(ch.next) == "table" and #targets > 1
      for _, t in ipairs(targets) do
        w(string.format('  "%s" -> "%s" [label="%s%s", %s];', dot_escape(id), dot_escape(t),
          dot_escape(ch.kind), conditional and " ?" or "", style))
      end
    end
  end
  w('}')
  return table.concat(out, "\n") .. "\n"
end

-- ---------------------------------------------------------------- checks

-- Problems only the whole graph shows. Returns a list of
-- { level, file, line, msg }.
function M.deep_check(story)
  local diags = {}
  -- Beats from which a repair answer can still be reached: every beat with a
  -- repair answer, and (walking the answers backwards) every beat that leads
  -- to one. One pass over the edges.
  local can_repair, into, queue = {}, {}, {}
  for _, id in ipairs(story.order) do
    local b = story.beats[id]
    for _, ch in ipairs(b.choices or {}) do
      if ch.kind == "repair" and not can_repair[id] then
        can_repair[id] = true
        queue[#queue + 1] = id
      end
      for _, t in ipairs(dsl.targets(ch.next)) do
        local list = into[t]
        if not list then list = {}; into[t] = list end
        list[#list + 1] = id
      end
    end
  end
  local head = 1
  while head <= #queue do
    local t = queue[head]
    head = head + 1
    for _, from in ipairs(into[t] or {}) do
      if not can_repair[from] then
        can_repair[from] = true
        queue[#queue + 1] = from
      end
    end
  end
  for _, id in ipairs(story.order) do
    local b = story.beats[id]
    for i, ch in ipairs(b.choices or {}) do
      if opens_rupture(story, ch) then
        local reachable, only_endings = false, true
        for _, t in ipairs(dsl.targets(ch.next)) do
          if can_repair[t] then reachable = true end
          if story.beats[t] and not story.beats[t].is_ending then only_endings = false end
        end
        if not reachable and only_endings then
          -- The last line of a story may miss: the debrief shows it unrepaired.
          diags[#diags + 1] = { level = "warning", file = b.file, line = b.line, msg = string.format(
            "beat '%s', choice %d (%s) opens a rupture and the story ends on it; the debrief will show it unrepaired",
            id, i, ch.kind) }
        elseif not reachable then
          diags[#diags + 1] = { level = "error", file = b.file, line = b.line, msg = string.format(
            "beat '%s', choice %d (%s) opens a rupture, but no path from there offers a repair before an ending",
            id, i, ch.kind) }
        end
      end
    end
  end
  return diags
end

-- Everything on disk a story refers to, and every beat, for the engine to
-- check (files) and measure (text in the box). A list of
-- { what, id, value, file, line }.
function M.refs(story)
  local refs = {}
  for _, id in ipairs(story.order) do
    local b = story.beats[id]
    refs[#refs + 1] = { what = b.is_ending and "ending" or "beat", id = id, value = id, file = b.file, line = b.line }
    if type(b.background) == "string" then
      refs[#refs + 1] = { what = "background", id = id, value = b.background, file = b.file, line = b.line }
    end
    if type(b.music) == "string" then
      refs[#refs + 1] = { what = "music", id = id, value = b.music, file = b.file, line = b.line }
    end
  end
  for id, c in pairs(story.characters) do
    if type(c.portraits) == "table" then
      for state, p in pairs(c.portraits) do
        refs[#refs + 1] = { what = "portrait", id = id .. "." .. tostring(state), value = p, file = c.file, line = c.line }
      end
    end
  end
  return refs
end

-- ---------------------------------------------------------------- simulate

-- A tiny deterministic generator for the simulator's own choices.
local function rng(seed)
  local x = seed ~= 0 and seed or 0x9E3779B97F4A7C15
  return function(n)
    x = x ~ (x << 13); x = x ~ (x >> 7); x = x ~ (x << 17)
    return (x >> 11) % n + 1
  end
end

-- The answers a player could pick now: {index, choice}.
local function open_choices(run)
  local out = {}
  local flooded = rules.flooded(run.st)
  for i, ch in ipairs(run.shown) do
    if not (flooded and rules.NEEDS_STEADINESS[ch.kind]) then out[#out + 1] = { i, ch } end
  end
  return out
end

local function pick_kind(open, pred, rand)
  local c = {}
  for _, o in ipairs(open) do if pred(o[2].kind) then c[#c + 1] = o end end
  if #c == 0 then return nil end
  return c[rand(#c)][1]
end

-- Strategies: given the run and a random function, the index to choose.
local STRATEGIES = {}

local FLOODED, NEEDS = rules.FLOODED, rules.NEEDS_STEADINESS

function STRATEGIES.random(run, rand)
  local shown = run.shown
  if run.st.steadiness >= FLOODED then return rand(#shown) end
  -- Flooded: pick among the answers still in reach, without a list.
  local n = 0
  for i = 1, #shown do if not NEEDS[shown[i].kind] then n = n + 1 end end
  local k = rand(n)
  for i = 1, #shown do
    if not NEEDS[shown[i].kind] then
      k = k - 1
      if k == 0 then return i end
    end
  end
end

function STRATEGIES.attune(run, rand)
  local open = open_choices(run)
  if #run.st.open > 0 then
    local r = pick_kind(open, function(k) return k == "repair" end, rand)
    if r then return r end
  end
  return pick_kind(open, function(k) return k == "attune" or k == "attune_boundary" end, rand)
      or pick_kind(open, function(k) return k == "steady" end, rand)
      or pick_kind(open, attuned, rand)
      or open[rand(#open)][1]
end

local function always(kind)
  return function(run, rand)
    local open = open_choices(run)
    return pick_kind(open, function(k) return k == kind end, rand)
        or pick_kind(open, misattuned, rand)
        or pick_kind(open, function(k) return k == "steady" end, rand)
        or open[rand(#open)][1]
  end
end
STRATEGIES.fix = always("fix")
STRATEGIES.rescue = always("rescue")
STRATEGIES.dismiss = always("dismiss")
STRATEGIES.enmesh = always("enmesh")
STRATEGIES.withdraw = always("withdraw")

function STRATEGIES.mixed(run, rand)
  if rand(2) == 1 then return STRATEGIES.attune(run, rand) end
  return STRATEGIES.random(run, rand)
end

-- Miss once at step `at`, then attune (repairing first): the road a
-- learner takes when they slip and notice.
local function slip_at(at)
  return function(run, rand, step)
    if step == at then
      local open = open_choices(run)
      local r = pick_kind(open, misattuned, rand)
      if r then return r end
    end
    return STRATEGIES.attune(run, rand)
  end
end

M.STRATEGY_NAMES = { "random", "attune", "fix", "rescue", "dismiss", "enmesh", "withdraw", "mixed" }

local GOOD = { connected = true, stronger = true }
local MAX_STEPS = 1000

-- Play once with `strategy`; returns the ending beat (or nil when the step
-- limit was hit), the number of choices, and the run.
local function play(story, strategy, seed, visit)
  local run = runtime.new(story, seed, { record = false })
  local rand = rng(seed * 2654435761 + 1)
  local steps = 0
  while not run.beat.is_ending and steps < MAX_STEPS do
    local i = strategy(run, rand, steps)
    if visit then visit(run, i) end
    local ok, msg = run:choose(i)
    if not ok then error(msg, 0) end
    steps = steps + 1
  end
  return run.beat.is_ending and run.beat or nil, steps, run
end

-- Run the simulator. Returns the report (text), whether every teaching check
-- passed, and the number of choices made (the engine times it).
function M.simulate(story, strategy_name, runs, seed, require_full)
  local strategy = STRATEGIES[strategy_name]
  if not strategy then
    return "unknown strategy '" .. tostring(strategy_name) .. "'; use one of: "
        .. table.concat(M.STRATEGY_NAMES, ", ") .. "\n", false, 0
  end
  local out = {}
  local function w(...) out[#out + 1] = string.format(...) end
  local endings, beats_seen, choices_seen = {}, {}, {}
  local total_choices, stuck = 0, 0
  local cmin, cmax, finals = 101, -1, {}
  local function visit(run, i)
    beats_seen[run.beat.id] = true
    local ch = run.shown[i]
    if ch and not ch.builtin then choices_seen[ch.id] = true end
  end
  for r = 1, runs do
    local ending, steps, run = play(story, strategy, seed + r, visit)
    total_choices = total_choices + steps
    if ending then
      beats_seen[ending.id] = true
      endings[ending.id] = (endings[ending.id] or 0) + 1
      local c = run.st.connection
      finals[#finals + 1] = c
      if c < cmin then cmin = c end
      if c > cmax then cmax = c end
    else
      stuck = stuck + 1
    end
  end

  w("%s: %d runs, strategy %s\n", story.info.id or "story", runs, strategy_name)
  w("endings:\n")
  local ids = {}
  for _, id in ipairs(story.order) do if story.beats[id].is_ending then ids[#ids + 1] = id end end
  for _, id in ipairs(ids) do
    local n = endings[id] or 0
    w("  %-24s %-13s %7d  %5.1f%%\n", id, "(" .. story.beats[id].verdict .. ")", n, 100 * n / math.max(runs, 1))
  end
  if stuck > 0 then w("  %d runs reached no ending within %d choices (a loop?)\n", stuck, MAX_STEPS) end

  local nb, seen_b, nc, seen_c = 0, 0, 0, 0
  local missing_b, missing_c = {}, {}
  for _, id in ipairs(story.order) do
    local b = story.beats[id]
    nb = nb + 1
    if beats_seen[id] then seen_b = seen_b + 1 else missing_b[#missing_b + 1] = string.format("%s (%s:%d)", id, b.file, b.line) end
    for _, ch in ipairs(b.choices or {}) do
      nc = nc + 1
      if choices_seen[ch.id] then seen_c = seen_c + 1 else missing_c[#missing_c + 1] = string.format("%s [%s]", ch.id, ch.kind) end
    end
  end
  w("coverage: beats %d/%d, answers %d/%d\n", seen_b, nb, seen_c, nc)
  local full = seen_b == nb and seen_c == nc
  if #missing_b > 0 then w("  beats never reached: %s\n", table.concat(missing_b, ", ")) end
  if #missing_c > 0 then
    local shown = {}
    for i = 1, math.min(#missing_c, 40) do shown[i] = missing_c[i] end
    w("  answers never chosen: %s%s\n", table.concat(shown, ", "), #missing_c > 40 and string.format(" … and %d more", #missing_c - 40) or "")
  end
  if #finals > 0 then
    table.sort(finals)
    w("connection at the end: %d to %d (median %d)\n", cmin, cmax, finals[(#finals + 1) // 2])
  end

  -- The teaching checks of attunement-model.md, "What good looks like".
  local all_ok = true
  local checks = {}
  local function check(ok, msg)
    checks[#checks + 1] = string.format("  %s  %s\n", ok and "ok  " or "FAIL", msg)
    if not ok then all_ok = false end
  end
  local K = 40
  local function tally(strat)
    local good, reached = 0, {}
    for r = 1, K do
      local ending, steps = play(story, strat, seed + 1000 + r)
      total_choices = total_choices + steps
      if ending and GOOD[ending.verdict] then good = good + 1 end
      if ending then reached[ending.id] = true end
    end
    local names = {}
    for id in pairs(reached) do names[#names + 1] = id end
    table.sort(names)
    return good, table.concat(names, ", ")
  end
  local g, names = tally(STRATEGIES.attune)
  check(g == K, string.format("always attuning reaches a good ending (%d/%d runs good: %s)", g, K, names))
  for _, kind in ipairs({ "fix", "rescue", "dismiss" }) do
    g, names = tally(STRATEGIES[kind])
    check(g == 0, string.format("always %s never reaches a good ending (%d/%d runs good: %s)",
      kind == "fix" and "fixing" or kind == "rescue" and "rescuing" or "dismissing", g, K, names))
  end
  -- A road with a rupture and a repair that still ends well.
  local found
  for at = 0, 12 do
    for r = 1, 8 do
      local ending, steps, run = play(story, slip_at(at), seed + 2000 + at * 8 + r)
      total_choices = total_choices + steps
      if ending and GOOD[ending.verdict] and run.st.ruptures > 0 and run.st.repairs > 0 then
        found = string.format("a miss at choice %d, repaired, ends '%s'", at + 1, ending.id)
        break
      end
    end
    if found then break end
  end
  check(found ~= nil, "a road with a rupture and a repair reaches a good ending" .. (found and (" (" .. found .. ")") or ""))
  if require_full then
    check(full, string.format("every beat and every answer is reached (%d/%d beats, %d/%d answers)", seen_b, nb, seen_c, nc))
  end
  w("teaching checks:\n")
  for _, c in ipairs(checks) do out[#out + 1] = c end
  return table.concat(out), all_ok, total_choices
end

return M
