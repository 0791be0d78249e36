-- SPDX-License-Identifier: MIT
-- SPDX-FileCopyrightText: 2026 The Attune contributors
-- The runtime that walks a story: holds the play state, answers "what is on
-- screen now" as plain data, and takes "the player chose N".
-- Layer: Lua story library (trusted). Deterministic: all chance comes from the
-- seed the host gives, so a save (seed + path of choice ids) replays exactly.
local lib = ...
local rules = lib.rules
local dsl = lib.story

local M = {}
local Run = {}
-- The interface's translation (GNU gettext) of the sentences written here.
local _ = lib.gettext or function(t) return t end
local ngettext = lib.ngettext or function(one, many, n) if n == 1 then return one end return many end

-- The effect of each answer, worked out once (its kind, the story's rules
-- and its own overrides never change during a play).
local effect_cache = setmetatable({}, { __mode = "k" })
Run.__index = Run

-- xorshift64* on Lua's 64-bit integers: small, fast, and its state is one number.
local function rng_next(self)
  local x = self.rng
  x = x ~ (x << 13)
  x = x ~ (x >> 7)
  x = x ~ (x << 17)
  self.rng = x
  return x
end

local function rng_below(self, n)
  return (rng_next(self) >> 11) % n + 1
end

-- The view of the play state handed to a writer's functions: one table per
-- play, refreshed before each use (conditions run on every beat; making a
-- new table each time was the simulator's biggest cost).
-- Both it and s.vars are read-only with protected metatables: a function
-- that wrote into getmetatable(s.vars).__index changed the play state
-- whenever it happened to run, so a replay took other roads and a
-- Continue was refused as "the story has changed".
local function read_only(what)
  return function()
    error(what .. " is read-only in a function; change variables with set = { ... } on an answer", 2)
  end
end

local function state_proxy(self)
  local st = self.st
  local f = self.proxy_fields
  if not f then
    -- The fields live behind __index: an empty table takes no assignment
    -- without __newindex (s.connection = 100 changed an existing field).
    f = {
      vars = setmetatable({}, { __index = st.vars, __newindex = read_only("s.vars"),
                                __metatable = false }),
      seen = function(id) return st.seen[id] ~= nil end,
      -- Is a rupture that holds a miss at beat `id` still open?
      -- (`who`, in a story with two people: only their ruptures)
      open_at = function(id, who)
        for _, r in ipairs(st.open) do
          if who == nil or r.who == who then
            for _, m in ipairs(r.moments) do
              if m == id then return true end
            end
          end
        end
        return false
      end,
    }
    if st.people then
      local people, data = {}, {}
      for _, p in ipairs(st.people) do
        data[p.id] = {}
        people[p.id] = setmetatable({}, { __index = data[p.id], __newindex = read_only("s.people"), __metatable = false })
      end
      f.people = setmetatable({}, { __index = people, __newindex = read_only("s.people"), __metatable = false })
      self.proxy_people = data
    end
    self.proxy_fields = f
    self.proxy = setmetatable({}, { __index = f, __newindex = read_only("s"), __metatable = false })
  end
  f.connection, f.steadiness, f.state = st.connection, st.steadiness, st.state
  f.open_ruptures, f.ruptures, f.repairs = #st.open, st.ruptures, st.repairs
  f.last_open = st.open[#st.open] and st.open[#st.open].beat or nil
  if st.people then
    for _, p in ipairs(st.people) do
      local t = self.proxy_people[p.id]
      t.connection, t.state, t.open_ruptures, t.ruptures, t.repairs = p.connection, p.state, #p.open, p.ruptures, p.repairs
    end
  end
  return self.proxy
end

local function text(self, v)
  if type(v) == "function" then
    local r = v(state_proxy(self))
    if r == nil then return nil end
    if type(r) ~= "string" then
      local b = self.beat
      error(string.format("%s:%d: beat '%s': a text function returned a %s, not a string",
        b.file, b.line, b.id, type(r)), 0)
    end
    return r
  end
  return v
end

-- A beat's `face` as the state it shows (tears may be of relief or of
-- distress: crying leaves the state as the play made it).
local FACE_STATE = { regulated = "regulated", activated = "activated", shutdown = "shutdown" }

-- In a story with two people, the play state's own connection, state and
-- ruptures sum the two up (what the ending rule, a story's `s` and the
-- one-person fields read): the lower connection, the first person's state,
-- every open rupture in the order opened, the totals.
local function sync(st)
  local ps = st.people
  if not ps then return end
  st.connection = math.min(ps[1].connection, ps[2].connection)
  st.state = ps[1].state
  st.ruptures, st.repairs = ps[1].ruptures + ps[2].ruptures, ps[1].repairs + ps[2].repairs
  local open = {}
  for _, p in ipairs(ps) do
    for _, r in ipairs(p.open) do open[#open + 1] = r end
  end
  table.sort(open, function(a, b) return a.seq < b.seq end)
  st.open = open
end

-- Enter beat `id`: apply its state (or its face's) and pressure, pick the
-- answers to show.
local function enter(self, id)
  local b = self.story.beats[id]
  local st = self.st
  local again = self.beat == b -- staying (a steady breath): no second pressure
  self.beat = b
  st.seen[id] = (st.seen[id] or 0) + 1
  if b.background then st.background = b.background end
  if b.music then st.music = b.music end
  if st.people and not b.is_ending then
    -- each person present: the beat's state for them, else their face's
    local shown_id = dsl.shown_of(self.story, b)
    for _, who in ipairs(b.present_list) do
      local p = st.by[who]
      local face = b.faces and b.faces[who] or (who == shown_id and b.face) or nil
      if type(b.state) == "table" and b.state[who] then
        p.state = b.state[who]
      elseif type(b.state) == "string" then
        p.state = b.state
      elseif FACE_STATE[face] then
        p.state = FACE_STATE[face]
      end
    end
    sync(st)
  elseif b.state then
    st.state = b.state
  elseif FACE_STATE[b.face] and dsl.shown_of(self.story, b) == self.story.info.with then
    -- the beat's face on the person the meters are about: the meters read
    -- as the face shows (a shut-down face beside "settled" argued with it)
    st.state = FACE_STATE[b.face]
  end
  if b.pressure and not again then
    st.steadiness = math.max(0, math.min(100, st.steadiness - b.pressure))
  end
  self:_arrange()
end

-- The answers on screen, in display order: visible ones, shuffled unless pinned,
-- plus a steady answer when the player is flooded and the beat has none.
function Run:_arrange()
  local b = self.beat
  local shown = self.shown or {}
  for k = #shown, 1, -1 do shown[k] = nil end
  if not b.is_ending then
    local proxy
    for _, ch in ipairs(b.choices) do
      local ok = true
      if ch.when then
        proxy = proxy or state_proxy(self)
        ok = ch.when(proxy) and true or false
      end
      if ok then shown[#shown + 1] = ch end
    end
    if #shown == 0 then
      error(string.format("%s:%d: beat '%s': every answer is hidden by its when condition; the player would be stuck",
        b.file, b.line, b.id), 0)
    end
    -- (The simulator's lean plays pick at random anyway: no shuffle needed.)
    if b.shuffle ~= false and self.record and not self.authored then
      for i = #shown, 2, -1 do
        local j = rng_below(self, i)
        shown[i], shown[j] = shown[j], shown[i]
      end
    end
    if rules.flooded(self.st) then
      local has_steady = false
      for _, ch in ipairs(shown) do if ch.kind == "steady" then has_steady = true end end
      if not has_steady then
        local steady = self.steady[b.id]
        if not steady then
          steady = { rules.STEADY_TEXT, kind = "steady", next = b.id, id = "steady",
                     inner = rules.STEADY_INNER, why = rules.STEADY_WHY, builtin = true }
          self.steady[b.id] = steady
        end
        shown[#shown + 1] = steady
      end
    end
  end
  self.shown = shown
end

local function excerpt(v, n)
  if type(v) ~= "string" then return nil end
  if (utf8.len(v) or 0) > n then v = v:sub(1, utf8.offset(v, n + 1) - 1) .. "…" end
  return v
end

-- A new play of `story` (from lib.story.finish) with an integer seed.
-- opts.record = false skips the history (the simulator's fast path);
-- opts.authored = true shows the answers in the order written (no shuffle).
function M.new(story, seed, opts)
  local info = story.info
  local who = story.characters[info.with or ""]
  local self = setmetatable({ story = story, rng = (seed ~= 0 and seed or 0x2545F4914F6CDD1D) }, Run)
  self.st = {
    connection = type(info.connection) == "number" and info.connection or 50,
    steadiness = info.steadiness or 70,
    state = who and who.state or "regulated",
    open = {}, ruptures = 0, repairs = 0, vars = {}, seen = {},
    live = false, -- the last rupture is live: nothing attuned said since it opened
    told = {},    -- which of the rules' explanations this play has shown
    seq = 0,      -- ruptures opened so far (their order, across people)
  }
  if info.people and #info.people == 2 then
    -- Two people on stage: each has their own connection, state and ruptures.
    local st = self.st
    st.people, st.by = {}, {}
    for i, id in ipairs(info.people) do
      local c = info.connection
      if type(c) == "table" then c = c[id] end
      local ch = story.characters[id]
      st.people[i] = { id = id, connection = type(c) == "number" and c or 50,
                       state = ch and ch.state or "regulated",
                       open = {}, ruptures = 0, repairs = 0, live = false }
      st.by[id] = st.people[i]
    end
    sync(st)
  end
  self.history = {}
  self.path = {}
  self.feedback = nil
  self.record = not (opts and opts.record == false)
  self.authored = opts and opts.authored == true -- the order written, for scripts
  self.steady = {}
  enter(self, info.start)
  return self
end

-- A copy of a lean play (opts.record = false) that goes on by itself: the
-- tools try each answer on a copy instead of replaying the road each time.
function Run:clone()
  assert(not self.record, "only a lean play (record = false) is cloned")
  local st, nst = self.st, {}
  for k, v in pairs(st) do nst[k] = v end
  local function copy(t)
    local c = {}
    for k, v in pairs(t) do c[k] = v end
    return c
  end
  nst.vars, nst.seen, nst.told, nst.open = copy(st.vars), copy(st.seen), copy(st.told), {}
  local function copy_open(list)
    local out = {}
    for i, r in ipairs(list) do
      out[i] = copy(r)
      out[i].moments = copy(r.moments)
    end
    return out
  end
  if st.people then
    nst.people, nst.by = {}, {}
    for i, p in ipairs(st.people) do
      nst.people[i] = copy(p)
      nst.people[i].open = copy_open(p.open)
      nst.by[p.id] = nst.people[i]
    end
    sync(nst)
  else
    nst.open = copy_open(st.open)
  end
  -- (no proxy: a writer's functions must see the copy's own state)
  return setmetatable({ story = self.story, rng = self.rng, st = nst, history = {}, path = {},
                        record = false, authored = self.authored, steady = self.steady,
                        beat = self.beat, shown = copy(self.shown) }, Run)
end

function Run:flooded() return rules.flooded(self.st) end

-- The text of answer `ch` and the beat's cue as the player sees them now
-- (for the simulator's surface players).
function Run:choice_text(ch) return text(self, ch[1]) end
function Run:beat_cue() return text(self, self.beat.cue) end

-- The words of the answer that opened rupture `r`, short, in quotes.
local function miss_words(self, r)
  local said = r.said or (r.choice and text(self, r.choice[1]))
  if type(said) ~= "string" then return nil end
  if (utf8.len(said) or 0) > 70 then
    -- Cut at the last space before 70 characters, not inside a word.
    local cut = utf8.offset(said, 71) - 1
    while cut > 20 and said:byte(cut) ~= 32 do cut = cut - 1 end
    said = said:sub(1, cut - 1) .. "\u{2026}"
  end
  local first = said:sub(1, 3)
  if first == "\u{201C}" or said:sub(1, 1) == '"' then return said end
  return "\u{201C}" .. said .. "\u{201D}"
end

-- One plain sentence on what the rules just did, when it is worth saying:
-- always for a deepened rupture and a repair; the first time in a play for
-- an opened rupture and for attuning while a rupture is open.
function Run:_explain(ch, res)
  local st, told = self.st, self.st.told
  local function once(key, s)
    if told[key] then return nil end
    told[key] = true
    return s
  end
  if res.deepened then
    return _("Another miss before anything attuned: the same rupture deepened. "
        .. "There is still one break to mend, not several.")
  elseif res.mended then
    local w = miss_words(self, res.mended)
    -- TRANSLATORS: %s is the answer that opened the rupture, in quotes.
    return (w and string.format(res.mended.depth > 1
                    and _("This repair mended the rupture from %s (and the misses that deepened it).")
                    or _("This repair mended the rupture from %s."), w)
              or _("This repair mended the rupture it speaks to."))
        .. (#st.open > 0 and (" " .. _("Another is still open.")) or "")
  elseif res.nothing then
    if ch.repairs ~= nil and #st.open > 0 then
      return _("The miss this repair names is not the one still open, so it mends nothing; it shows care, a little.")
    end
    return _("Nothing was open to mend, so this repair shows care and no more.")
  elseif res.opened then
    return once("opened", _("A rupture opened. It stays open until a repair names this miss; "
        .. "another miss before you attune again would deepen it."))
  elseif rules.ATTUNED[ch.kind] and #st.open > 0 then
    return once("attuned-open", _("Attuning helps, but the rupture stays open until a repair names the miss."))
  elseif rules.ATTUNED[ch.kind] and st.connection >= 80 then
    return once("near-top", _("Connection grows more slowly as it rises: near the top each answer adds a little."))
  end
  return nil
end

-- The name of person `id`, for the rules' sentences.
local function name_of(self, id)
  local ch = self.story.characters[id or ""]
  return ch and type(ch.name) == "string" and ch.name or tostring(id)
end

-- An answer in a story with two people: applied to each person it touches
-- (ch.to_list: whom it is to, and the other when it lands on them too), and
-- your steadiness moved once. Returns the summed-up result (as rules.apply
-- gives) and, by person id, { kind, res } for each person touched.
function Run:_apply_pair(ch, e, answer)
  local st = self.st
  local touched, out = {}, { opened = false, deepened = false }
  local before = st.connection
  local steady = e.steadiness or 0
  out.steady_kind = ch.kind -- the kind that moved your steadiness, for its sentence
  for i, t in ipairs(ch.to_list or {}) do
    local who, kind = t[1], t[2]
    local pe = e
    if i == 2 and ch.other then
      -- the other person (check_to puts them second): the plain effect of
      -- what it is to them; a miss costs your steadiness too (getting swept
      -- up with one of them), and its sentence names that kind
      pe = rules.effect(kind, self.story.info.rules, nil)
      if (pe.steadiness or 0) < 0 then
        steady = steady + pe.steadiness
        out.steady_kind = kind
      end
    end
    local p = st.by[who]
    local r = rules.apply_person(p, pe, self.beat.id, kind)
    if r.opened then
      st.seq = st.seq + 1
      r.rupture.seq, r.rupture.who = st.seq, who
      r.rupture.choice, r.rupture.said = ch, answer
    end
    touched[who] = { kind = kind, res = r }
    touched[#touched + 1] = who
    out.opened = out.opened or r.opened
    out.deepened = out.deepened or r.deepened
    if r.mended then out.mended = r.mended end
  end
  st.steadiness = rules.clamp(st.steadiness + steady)
  sync(st)
  out.dconn = st.connection - before
  return out, touched
end

-- A step's record of each person, in a story with two people.
function Run:_pair_step(step, ch, touched)
  local st = self.st
  local function pick(v, who)
    if type(v) == "table" then return v[who] end
    if who == ch.to or (ch.to == "both" and who == touched[1]) then return v end
    return nil
  end
  step.to = ch.to
  step.took_sides = rules.sides(ch.to_list) ~= nil
  step.people = {}
  for i, p in ipairs(st.people) do
    local t = touched[p.id]
    local face = pick(ch.face, p.id)
    step.people[i] = {
      id = p.id, name = name_of(self, p.id), kind = t and t.kind or nil,
      connection = p.connection, dconn = t and t.res.dconn or 0, state = p.state,
      state_word = rules.STATE_WORDS[p.state], open_ruptures = #p.open,
      opened = t and t.res.opened or false, deepened = t and t.res.deepened or false,
      repaired = t and t.res.mended ~= nil or false,
      inner = t and text(self, pick(ch.inner, p.id)) or nil,
      face = face or p.state,
    }
  end
  -- the one-person fields: the person it is to (the first, when to both)
  local first = step.people[1]
  for _, q in ipairs(step.people) do if q.id == ch.to then first = q end end
  step.inner = type(ch.inner) == "table" and first.inner or step.inner
  step.face = first.face
  step.dconn = first.dconn
end

-- One plain sentence (or two) on what the rules did with two people, when
-- it matters: taking sides always; each rupture opened, deepened or mended,
-- named with the person.
function Run:_explain_pair(ch, touched)
  local told = self.st.told
  local parts = {}
  local a, o = rules.sides(ch.to_list)
  if a then
    -- TRANSLATORS: taking sides in a scene with two people; %s are their names.
    parts[#parts + 1] = string.format(_("That took %s's side: it met %s and was a miss for %s."),
      name_of(self, a), name_of(self, a), name_of(self, o))
  end
  for _i, who in ipairs(touched) do
    local r, n = touched[who].res, name_of(self, who)
    if r.deepened then
      -- TRANSLATORS: %s is a person's name.
      parts[#parts + 1] = string.format(_("Another miss with %s before anything attuned to them: the same rupture deepened."), n)
    elseif r.mended then
      local w = miss_words(self, r.mended)
      parts[#parts + 1] = w and string.format(_("This mended the rupture with %s from %s."), n, w)
          or string.format(_("This mended the rupture with %s."), n)
    elseif r.nothing then
      parts[#parts + 1] = string.format(_("Nothing was open with %s to mend, so this shows care and no more."), n)
    elseif r.opened then
      parts[#parts + 1] = string.format(_("A rupture opened with %s. It stays open until a repair to %s names this miss."), n, n)
    end
  end
  if #parts == 0 and not told["pair-wait"] and #touched == 1 and ch.kind ~= "steady" then
    local other
    for _i, p in ipairs(self.st.people) do if p.id ~= touched[1] then other = p.id end end
    local b = self.beat
    if other and b.present_list and #b.present_list == 2 then
      told["pair-wait"] = true
      -- TRANSLATORS: %s is a person's name.
      parts[#parts + 1] = string.format(_("%s was not touched by this answer: waiting a turn is not a miss."), name_of(self, other))
    end
  end
  if #parts == 0 then return nil end
  return table.concat(parts, " ")
end

-- Pick the answer at display position `i` (1-based). Returns true, or nil and a message.
function Run:choose(i)
  local b = self.beat
  if b.is_ending then return nil, "the story has ended" end
  local ch = self.shown[i]
  if not ch then return nil, "no answer " .. tostring(i) end
  if rules.flooded(self.st) and rules.needs_steadiness(ch) then
    return nil, rules.FLOODED_HINT
  end
  local st = self.st
  local e = effect_cache[ch]
  if not e then
    e = rules.effect(ch.kind, self.story.info.rules, ch.effects)
    if ch.repairs ~= nil then e.repairs = ch.repairs end
    effect_cache[ch] = e
  end
  local before_state = st.state
  local said, speaker, cue, answer
  if self.record then
    -- What was on screen when the answer was given (for the history), read
    -- before the answer changes the state that text functions may look at.
    local who = b.speaker and self.story.characters[b.speaker]
    speaker = who and who.name or nil
    said, cue = text(self, b.line_text or b.text), text(self, b.cue)
    answer = text(self, ch[1])
  end
  local steady_before = st.steadiness
  local res, touched
  if st.people then
    res, touched = self:_apply_pair(ch, e, answer)
  else
    res = rules.apply(st, e, b.id, ch.kind)
    if res.opened then res.rupture.choice, res.rupture.said = ch, answer end
  end
  if ch.set then for k, v in pairs(ch.set) do st.vars[k] = v end end
  local target
  if type(ch.next) == "string" then
    target = ch.next
  else
    local proxy = state_proxy(self)
    for _, br in ipairs(ch.next) do
      if not br.when or br.when(proxy) then target = br[1]; break end
    end
    if not target then
      -- at the answer's own line (story.answer_line reads it from the source)
      local line = b.line
      for i, c in ipairs(b.choices) do
        if c == ch then line = dsl.answer_line(b, i) end
      end
      error(string.format("%s:%d: beat '%s', answer '%s': no branch of next matched", b.file, line, b.id, ch.id), 0)
    end
  end
  if self.record then
    local step = {
      beat = b.id, choice = ch.id, text = answer, kind = ch.kind,
      speaker = speaker, said = said, cue = cue,
      inner = text(self, ch.inner), why = text(self, ch.why),
      connection = st.connection, steadiness = st.steadiness, state = st.state, state_before = before_state,
      steadiness_before = steady_before,
      steady = rules.steadiness_reason(res.steady_kind or ch.kind, steady_before, st.steadiness),
      face = ch.face or st.state, -- their expression just after it (the feedback's face)
      state_word = rules.STATE_WORDS[st.state],
      opened = res.opened, deepened = res.deepened, repaired = res.mended ~= nil,
      mended = res.mended and res.mended.beat or nil,
      dconn = res.dconn, open_ruptures = #st.open, flooded = rules.flooded(st),
      rule = touched and self:_explain_pair(ch, touched) or self:_explain(ch, res),
    }
    if touched then self:_pair_step(step, ch, touched) end
    self.history[#self.history + 1] = step
    self.path[#self.path + 1] = ch.id
    self.feedback = step
  end
  enter(self, target)
  return true
end

-- Choose by stable id (for replaying a save). Returns true, or nil and a message.
function Run:choose_id(id)
  for i, ch in ipairs(self.shown) do
    if ch.id == id then return self:choose(i) end
  end
  return nil, "answer '" .. tostring(id) .. "' is not offered at beat '" .. self.beat.id .. "'"
end

-- Jump to beat `id` without a choice (tools and tests only).
function Run:jump(id)
  if not self.story.beats[id] then return nil, "there is no beat '" .. tostring(id) .. "'" end
  self.feedback = nil
  enter(self, id)
  return true
end

-- The picture of character `id` with expression `face`: its own, else
-- their settled one.
local function portrait_of(self, id, face)
  local who = self.story.characters[id or ""]
  if not who or type(who.portraits) ~= "table" then return nil end
  return who.portraits[face or "regulated"] or who.portraits.regulated
end

-- The face on screen at the beat: who it shows and their expression (the
-- beat's `shown` and `face`, else the speaker, else `with` in their state).
local function portrait_for(self)
  local b = self.beat
  local who = dsl.shown_of(self.story, b)
  return portrait_of(self, who, dsl.face_of(self.story, b, who, self.st.state))
end

-- A few words on where an answer leads, for the facilitator's notes: the
-- next line (who says it), or the ending's title. Branching answers list
-- each place they may lead.

local function preview(self, id, here)
  local b = self.story.beats[id]
  if not b then return id end
  if b == here then return _("The same moment, a little steadier") end
  if b.is_ending then
    -- TRANSLATORS: where an answer leads, for the facilitator: an ending's title.
    return string.format(_("Ending: %s"), excerpt(b.title, 60) or id)
  end
  local who = b.speaker and self.story.characters[b.speaker]
  local line = excerpt(b.line_text or b.text, 90) or excerpt(b.cue, 90)
  if not line then return id end
  return (who and who.name and (who.name .. ": ") or "") .. line
end

local function next_preview(self, ch)
  if type(ch.next) == "string" then return preview(self, ch.next, self.beat) end
  if ch.next.to_ending then return _("An ending, chosen by how the whole play went") end
  local parts = {}
  for _, br in ipairs(ch.next or {}) do
    parts[#parts + 1] = preview(self, br[1], self.beat)
    if #parts == 3 then break end
  end
  -- TRANSLATORS: where an answer leads when it depends; the places are joined by " | or | ".
  return string.format(_("Depends: %s"), table.concat(parts, _(" | or | ")))
end

-- A sentence naming each rupture still open (which answer, its kind), for
-- an ending: nil when nothing is open.
function Run:left_open()
  local open = self.st.open
  if #open == 0 then return nil end
  -- The latest two by their words (they fit any window); the rest counted,
  -- since the debrief lists them all.
  local parts = {}
  for i = #open, math.max(1, #open - 1), -1 do
    local r = open[i]
    local w = miss_words(self, r)
    local kind = rules.KIND_WORDS[r.kind] or r.kind
    if r.who then
      -- TRANSLATORS: a kind of answer and the person it missed ("dismissing, with Esi").
      kind = string.format(_("%s, with %s"), kind, name_of(self, r.who))
    end
    table.insert(parts, 1, w and (w .. " (" .. kind .. ")") or kind)
  end
  local more = #open - #parts
  -- TRANSLATORS: the ruptures still open at an ending, each "“words” (kind)", joined by "; ".
  local list = table.concat(parts, "; ")
  if more > 0 then
    return string.format(ngettext("Never mended: %s; and %d more before (see the debrief).",
      "Never mended: %s; and %d more before (see the debrief).", more), list, more)
  end
  return string.format(_("Never mended: %s."), list)
end

-- What is on screen now, as plain data for the engine.
function Run:view()
  local b, st = self.beat, self.st
  local who = self.story.characters[self.story.info.with or ""]
  local speaker = b.speaker and self.story.characters[b.speaker]
  local v = {
    kind = b.is_ending and "ending" or "beat",
    reflect = text(self, b.reflect),
    note = text(self, b.note),
    beat = b.id,
    speaker = speaker and speaker.name or nil,
    text = text(self, b.line_text or b.text),
    cue = text(self, b.cue),
    background = st.background,
    portrait = portrait_for(self),
    music = st.music,
    name = who and who.name or nil,
    connection = st.connection,
    steadiness = st.steadiness,
    state = st.state,
    state_word = rules.STATE_WORDS[st.state],
    open_ruptures = #st.open,
    flooded = rules.flooded(st),
    choices = {},
    feedback = self.feedback,
    -- Their face just after the answer (its `face`, else their state then),
    -- before the next beat moves it on.
    feedback_portrait = self.feedback and portrait_of(self, self.story.info.with, self.feedback.face) or nil,
  }
  if b.is_ending then
    v.title = text(self, b.title)
    v.verdict = b.verdict
    if b.line_text and b.text then v.text = text(self, b.text) end
    local left = self:left_open()
    if left then v.text = (v.text and (v.text .. "\n\n") or "") .. left end
    local t = type(self.story.info.thresholds) == "table" and self.story.info.thresholds or nil
    v.reason = rules.verdict_reason(st, t, b.verdict)
    if v.reason and st.people then
      local p1, p2 = st.people[1], st.people[2]
      -- TRANSLATORS: an ending with two people: each connection and name, then the rules' reason.
      v.reason = string.format(_("Both of them count: connection ended at %d with %s and %d with %s, and the ending follows the lower."),
        p1.connection, name_of(self, p1.id), p2.connection, name_of(self, p2.id)) .. " " .. v.reason
    end
  else
    local flooded = v.flooded
    for i, ch in ipairs(self.shown) do
      local enabled = not (flooded and rules.needs_steadiness(ch))
      v.choices[i] = { text = text(self, ch[1]), enabled = enabled,
                       hint = (not enabled) and rules.FLOODED_HINT or nil, kind = ch.kind,
                       id = ch.id, why = text(self, ch.why),
                       inner = type(ch.inner) ~= "table" and text(self, ch.inner) or nil,
                       next = next_preview(self, ch) }
      if st.people and ch.to then
        local c = v.choices[i]
        -- TRANSLATORS: whom an answer is to, when two people are present: both of them.
        c.to = ch.to == "both" and _("both") or name_of(self, ch.to)
        c.other = ch.other
        if type(ch.inner) == "table" then
          local parts = {}
          for _i, t in ipairs(ch.to_list) do
            local w = text(self, ch.inner[t[1]])
            if w then parts[#parts + 1] = name_of(self, t[1]) .. ": " .. w end
          end
          c.inner = table.concat(parts, " / ")
        end
      end
    end
  end
  if st.people then
    -- Each person: their meters, whether on stage, their face now and just
    -- after the last answer.
    v.people = {}
    local fb = self.feedback and self.feedback.people
    local shown_id = not b.is_ending and dsl.shown_of(self.story, b) or nil
    for i, p in ipairs(st.people) do
      local here = b.is_ending
      for _i, who in ipairs(b.present_list or {}) do if who == p.id then here = true end end
      local face = b.faces and b.faces[p.id] or (p.id == shown_id and b.face) or p.state
      v.people[i] = { id = p.id, name = name_of(self, p.id), connection = p.connection, state = p.state,
                      state_word = rules.STATE_WORDS[p.state], open_ruptures = #p.open, present = here,
                      portrait = portrait_of(self, p.id, face),
                      feedback_portrait = fb and fb[i] and portrait_of(self, p.id, fb[i].face) or nil }
    end
  end
  return v
end

M.targets = dsl.targets
return M
