-- SPDX-License-Identifier: MIT
-- SPDX-FileCopyrightText: 2026 The Attune contributors
-- The attunement rules: what each kind of answer does to the relationship,
-- which rupture a repair mends, and which ending a play has earned.
-- Layer: Lua story library. Every default effect size and threshold lives
-- here and only here (docs/attunement.md says what they mean); a story tunes
-- them with `story { rules = { ... }, thresholds = { ... } }`, a choice with
-- `effects`.
local lib = ...
local rules = {}
-- The interface's translation (GNU gettext) of the sentences the rules
-- write; as written when there is none (a tool loading this file alone).
local _ = type(lib) == "table" and lib.gettext or function(t) return t end
local ngettext = type(lib) == "table" and lib.ngettext
  or function(one, many, n) if n == 1 then return one end return many end

-- Below this steadiness the player is flooded: attuned answers are out of reach.
rules.FLOODED = 35

rules.STATES = { regulated = true, activated = true, shutdown = true }

-- A word for each state, shown beside the face (never colour alone).
-- TRANSLATORS: the other person's state, as the meters show it.
rules.STATE_WORDS = { regulated = _("settled"), activated = _("on edge"), shutdown = _("shut down") }

-- Default effects of each kind.
--   connection: added to connection (0..100). A gain is the gain at
--     connection 50 and shrinks as connection rises (rules.gain); a loss is
--     the same at any height.
--   steadiness: added (0..100)
--   state: "ease" | "escalate" | a state name | false (no change)
--   rupture: opens a rupture (or deepens the live one); repair: mends one
rules.KINDS = {
  attune          = { connection = 5,   steadiness = 0,   state = "ease" },
  attune_boundary = { connection = 5,   steadiness = 5,   state = "ease" },
  fix             = { connection = -10, steadiness = -5,  state = "escalate", rupture = true },
  rescue          = { connection = -8,  steadiness = -5,  state = false,      rupture = true },
  dismiss         = { connection = -12, steadiness = 0,   state = "escalate", rupture = true },
  enmesh          = { connection = -8,  steadiness = -20, state = "escalate", rupture = true },
  withdraw        = { connection = -12, steadiness = 0,   state = "shutdown", rupture = true },
  repair          = { connection = 5,   steadiness = 5,   state = "ease",     repair = true },
  steady          = { connection = 0,   steadiness = 30,  state = false },
}

-- A repair with nothing to mend (nothing open, or the miss it names is not
-- open) still shows care, a little: this gain instead of its own.
rules.REPAIR_NOTHING_OPEN = 2

-- Kinds that need a steady helper: greyed out while flooded.
rules.NEEDS_STEADINESS = { attune = true, attune_boundary = true, repair = true }

-- Does answer `ch` need a steady helper? Its kind, or (two people) what it
-- is to the other: an answer attuned to anyone is out of reach while flooded.
function rules.needs_steadiness(ch)
  return rules.NEEDS_STEADINESS[ch.kind] or (ch.other ~= nil and rules.NEEDS_STEADINESS[ch.other]) or false
end

-- Taking sides, with two people: an answer whose `to_list` (each person it
-- reaches, with what it is to them) is attuned to one and a miss for the
-- other, written either way round. Returns the one it backs and the one it
-- misses, or nil.
function rules.sides(to_list)
  if not to_list or #to_list ~= 2 then return nil end
  local a, b = to_list[1], to_list[2]
  if rules.ATTUNED[b[2]] and rules.MISATTUNED[a[2]] then a, b = b, a end
  if rules.ATTUNED[a[2]] and rules.MISATTUNED[b[2]] then return a[1], b[1] end
  return nil
end

-- Kinds that count as an attuned answer for a beat.
rules.ATTUNED = { attune = true, attune_boundary = true, repair = true }

-- Kinds that open a rupture by default (the misattuned ones).
rules.MISATTUNED = { fix = true, rescue = true, dismiss = true, enmesh = true, withdraw = true }

-- How each kind is named to the player: its label on its own ("Attuning",
-- the feedback's headline, the debrief, the workshop's screens and report),
-- and the same word inside the sentences the rules write ("attuning"). The
-- engine shows these and nothing of its own (engine/script/story.c reads
-- them, with ATTUNED, through rules.kind_table()).
-- TRANSLATORS: the kinds of answer, as labels (docs/attunement.md).
rules.KIND_LABELS = { attune = _("Attuning"), attune_boundary = _("Attuning, holding a limit"),
                      fix = _("Fixing"), rescue = _("Rescuing"), dismiss = _("Dismissing"),
                      enmesh = _("Getting swept up"), withdraw = _("Withdrawing"),
                      repair = _("Repairing"), steady = _("Steadying yourself") }
-- TRANSLATORS: the kinds of answer inside a sentence ("Your steadiness fell
-- from 70 to 50: getting swept up costs you.").
rules.KIND_WORDS = { attune = _("attuning"), attune_boundary = _("attuning, holding a limit"),
                     fix = _("fixing"), rescue = _("rescuing"), dismiss = _("dismissing"),
                     enmesh = _("getting swept up"), withdraw = _("withdrawing"),
                     repair = _("repairing"), steady = _("steadying yourself") }

-- Every kind the rules know, for the engine: a list sorted by id of
-- { id, label, tone }, tone being "attuned", "missed" (a misattuned kind,
-- which opens a rupture) or "neither" (steady: about the helper).
function rules.kind_table()
  local ids = {}
  for kind in pairs(rules.KINDS) do ids[#ids + 1] = kind end
  table.sort(ids)
  local out = {}
  for i, kind in ipairs(ids) do
    out[i] = { id = kind, label = rules.KIND_LABELS[kind] or kind,
               tone = rules.ATTUNED[kind] and "attuned"
                      or rules.MISATTUNED[kind] and "missed" or "neither" }
  end
  return out
end

-- The ending rule (docs/attunement.md, "Endings"): nothing open and at least
-- `good` connection is a good ending (stronger when a rupture was mended on
-- the way); below `apart` is disconnected; anything else is "other".
rules.THRESHOLDS = { good = 65, apart = 40 }

-- A surface player (one who never reads the scene) may reach a good ending
-- in at most this share of its plays, in percent (story field surface_max).
rules.SURFACE_MAX = 10

-- The line offered when the player is flooded and the beat has no steady answer.
rules.STEADY_TEXT = _("(Pause. Breathe out slowly, feel your feet on the floor.)")
rules.STEADY_INNER = _("Something in the room slows down.")
rules.STEADY_WHY = _("You can only attune from a steady body; a breath comes first.")
rules.FLOODED_HINT = _("You are too flooded to find these words. Steady yourself first.")

local function clamp(v)
  if v < 0 then return 0 elseif v > 100 then return 100 end
  return v
end
rules.clamp = clamp

-- What a gain of `base` (its size at connection 50) is worth at connection
-- `c`: it shrinks as connection rises, so a well-played story nears the top
-- only towards its end, and it is never less than 1 below the top.
function rules.gain(base, c)
  if base <= 0 then return base end
  local g = math.floor(base * (100 - c) / 50 + 0.5)
  if g < 1 then g = 1 end
  return g
end

-- The effect of `kind` after story-wide tuning and a choice's own overrides.
function rules.effect(kind, story_rules, overrides)
  local base = rules.KINDS[kind]
  local e = {}
  for k, v in pairs(base) do e[k] = v end
  local tune = story_rules and story_rules[kind]
  if tune then for k, v in pairs(tune) do e[k] = v end end
  if overrides then for k, v in pairs(overrides) do e[k] = v end end
  return e
end

-- Does the open rupture `r` hold a miss at one of the beats `names` (a beat
-- id or a list of them)?
local function speaks_to(r, names)
  if type(names) == "string" then names = { names } end
  for _, id in ipairs(names) do
    for _, m in ipairs(r.moments) do
      if m == id then return true end
    end
  end
  return false
end

-- The open rupture a repair mends: the one it names (`repairs`), or the most
-- recent. Returns its index in st.open, or nil.
function rules.target(st, repairs)
  for i = #st.open, 1, -1 do
    if repairs == nil or speaks_to(st.open[i], repairs) then return i end
  end
  return nil
end

-- Apply an effect to the play state `st`. Returns a table of what happened:
-- opened / deepened (a rupture), mended (the rupture record a repair closed),
-- dconn (the change in connection).
--
-- A miss while the last rupture is still live (nothing attuned said since it
-- opened or deepened) deepens it instead of opening another; any attuned
-- answer ends that. A rupture is { beat, kind, moments = {beat ids}, depth }.
function rules.apply(st, e, beat_id, kind)
  local out = rules.apply_person(st, e, beat_id, kind)
  st.steadiness = clamp(st.steadiness + (e.steadiness or 0))
  return out
end

-- The same for one person `st` (connection, state, ruptures: everything but
-- your steadiness, which is yours). In a story with two people each has
-- their own, and an answer is applied to each person it touches.
function rules.apply_person(st, e, beat_id, kind)
  local before = st.connection
  local out = { opened = false, deepened = false }
  local dc = e.connection or 0
  if e.repair then
    local i = rules.target(st, e.repairs)
    if i then
      out.mended = table.remove(st.open, i)
      st.repairs = st.repairs + 1
    else
      dc = rules.REPAIR_NOTHING_OPEN
      out.nothing = true
    end
  end
  st.connection = clamp(st.connection + rules.gain(dc, st.connection))
  if e.rupture then
    local last = st.open[#st.open]
    if last and st.live then
      last.depth = last.depth + 1
      last.moments[#last.moments + 1] = beat_id
      out.deepened = true
    else
      last = { beat = beat_id, kind = kind, moments = { beat_id }, depth = 1 }
      st.open[#st.open + 1] = last
      st.ruptures = st.ruptures + 1
      out.opened = true
    end
    out.rupture = last
    st.live = true
  elseif rules.ATTUNED[kind] then
    st.live = false
  end
  local s = e.state
  if s == "ease" then
    st.state = "regulated"
  elseif s == "escalate" then
    if out.deepened or #st.open >= 2 then
      st.state = "shutdown"
    elseif st.state == "regulated" then
      st.state = "activated"
    end
  elseif s and rules.STATES[s] then
    st.state = s
  end
  out.dconn = st.connection - before
  return out
end

function rules.flooded(st)
  return st.steadiness < rules.FLOODED
end

-- Why your steadiness moved with an answer, in one plain sentence for the
-- feedback ("Your steadiness fell from 70 to 50: getting swept up costs
-- you."), or nil
-- when it did not move. `before` and `after` are the steadiness either side
-- of the answer's effect.
function rules.steadiness_reason(kind, before, after)
  if before == after then return nil end
  local word = rules.KIND_WORDS[kind] or _("this answer")
  if after < before then
    -- TRANSLATORS: %d and %d are steadiness before and after; %s a kind of answer ("fixing").
    local s = string.format(_("Your steadiness fell from %d to %d: %s costs you."), before, after, word)
    if after < rules.FLOODED and before >= rules.FLOODED then
      s = s .. " " .. string.format(_("Under %d you are flooded: the attuned answers are out of reach until you steady yourself."), rules.FLOODED)
    end
    return s
  end
  -- TRANSLATORS: %d and %d are steadiness before and after; %s a kind of answer ("steadying yourself").
  local s = string.format(_("Your steadiness rose from %d to %d: %s gives some back."), before, after, word)
  if before < rules.FLOODED and after >= rules.FLOODED then
    s = s .. " " .. _("You are no longer flooded: the attuned answers are within reach again.")
  end
  return s
end

-- The verdict a play has earned now: "connected", "stronger", "other" or
-- "disconnected" (docs/attunement.md, "Endings"). `t` holds the story's
-- thresholds (missing ones take the defaults). `s` is the play state or the
-- proxy given to a story's functions.
-- The story's thresholds (missing ones take the defaults) and the number of
-- open ruptures, from the play state or the proxy given to story functions.
local function limits(s, t)
  return t and t.good or rules.THRESHOLDS.good, t and t.apart or rules.THRESHOLDS.apart,
      s.open_ruptures or (s.open and #s.open) or 0
end

function rules.verdict(s, t)
  local good, apart, open = limits(s, t)
  if s.connection < apart then return "disconnected" end
  if open == 0 and s.connection >= good then
    return s.repairs > 0 and "stronger" or "connected"
  end
  return "other"
end

rules.GOOD = { connected = true, stronger = true }

-- Why the rules give the verdict they give, in one plain sentence (for the
-- ending screen), or nil when `verdict` is not what they give now (an
-- ending reached by a story's own route).
function rules.verdict_reason(s, t, verdict)
  if rules.verdict(s, t) ~= verdict then return nil end
  local good, apart, open = limits(s, t)
  local c = s.connection
  if verdict == "disconnected" then
    return string.format(_("Connection ended at %d, below %d: an ending apart."), c, apart)
  elseif verdict == "stronger" then
    -- TRANSLATORS: ruptures mended, then connection at the end, then the threshold.
    return string.format(ngettext("Nothing was left open, %d rupture was mended, and connection ended at %d (%d or more): a mended ending.",
      "Nothing was left open, %d ruptures were mended, and connection ended at %d (%d or more): a mended ending.", s.repairs),
      s.repairs, c, good)
  elseif verdict == "connected" then
    return string.format(_("Nothing was missed and connection ended at %d (%d or more): a close ending."), c, good)
  elseif open > 0 then
    return string.format(ngettext("A rupture left open keeps this ending from the good ones, whatever the connection.",
      "%d ruptures left open keep this ending from the good ones, whatever the connection.", open), open)
  end
  return string.format(_("Nothing was left open, but connection ended at %d, under %d: not yet a good ending."), c, good)
end

return rules
