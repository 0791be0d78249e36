-- The attunement rules: what each kind of answer does to the relationship.
-- Layer: Lua story library. Every default effect size lives here and only here;
-- a story tunes them with `story { rules = { ... } }`, a choice with `effects`.
local rules = {}

-- Below this steadiness the player is flooded: attuned answers are out of reach.
rules.FLOODED = 35

rules.STATES = { regulated = true, activated = true, shutdown = true }

-- A word for each state, shown beside the face (never colour alone).
rules.STATE_WORDS = { regulated = "settled", activated = "on edge", shutdown = "shut down" }

-- Default effects of each kind.
--   connection, steadiness: added (clamped to 0..100)
--   state: "ease" | "escalate" | a state name | false (no change)
--   rupture: opens a rupture; repair: closes the oldest open one
rules.KINDS = {
  attune          = { connection = 10,  steadiness = 0,   state = "ease" },
  attune_boundary = { connection = 8,   steadiness = 5,   state = "ease" },
  fix             = { connection = -10, steadiness = -5,  state = "escalate", rupture = true },
  rescue          = { connection = -8,  steadiness = -5,  state = false,      rupture = true },
  dismiss         = { connection = -12, steadiness = 0,   state = "escalate", rupture = true },
  enmesh          = { connection = -8,  steadiness = -20, state = "escalate", rupture = true },
  withdraw        = { connection = -12, steadiness = 0,   state = "shutdown", rupture = true },
  repair          = { connection = 15,  steadiness = 5,   state = "ease",     repair = true },
  steady          = { connection = 0,   steadiness = 30,  state = false },
}

-- A repair when nothing is open still shows care, a little.
rules.REPAIR_NOTHING_OPEN = 5

-- Kinds that need a steady helper: greyed out while flooded.
rules.NEEDS_STEADINESS = { attune = true, attune_boundary = true, repair = true }

-- Kinds that count as an attuned answer for a beat.
rules.ATTUNED = { attune = true, attune_boundary = true, repair = true }

-- Kinds that open a rupture by default (the misattuned ones).
rules.MISATTUNED = { fix = true, rescue = true, dismiss = true, enmesh = true, withdraw = true }

-- The line offered when the player is flooded and the beat has no steady answer.
rules.STEADY_TEXT = "(Pause. Breathe out slowly, feel your feet on the floor.)"
rules.STEADY_INNER = "Something in the room slows down."
rules.STEADY_WHY = "You can only attune from a steady body; a breath comes first."
rules.FLOODED_HINT = "You are too flooded to find these words. Steady yourself first."

local function clamp(v)
  if v < 0 then return 0 elseif v > 100 then return 100 end
  return v
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

-- Apply an effect to the play state `st`; returns what happened: whether a
-- rupture opened, whether one was repaired, and the change in connection.
function rules.apply(st, e, beat_id, kind)
  local before = st.connection
  local opened, repaired = false, false
  if e.repair then
    if #st.open > 0 then
      table.remove(st.open, 1)
      st.repairs = st.repairs + 1
      repaired = true
      st.connection = clamp(st.connection + (e.connection or 0))
    else
      st.connection = clamp(st.connection + rules.REPAIR_NOTHING_OPEN)
    end
  else
    st.connection = clamp(st.connection + (e.connection or 0))
  end
  if e.rupture then
    st.open[#st.open + 1] = { beat = beat_id, kind = kind }
    st.ruptures = st.ruptures + 1
    opened = true
  end
  st.steadiness = clamp(st.steadiness + (e.steadiness or 0))
  local s = e.state
  if s == "ease" then
    st.state = "regulated"
  elseif s == "escalate" then
    if st.state == "regulated" then
      st.state = "activated"
    elseif #st.open >= 2 then
      st.state = "shutdown"
    end
  elseif s and rules.STATES[s] then
    st.state = s
  end
  return opened, repaired, st.connection - before
end

function rules.flooded(st)
  return st.steadiness < rules.FLOODED
end

return rules
