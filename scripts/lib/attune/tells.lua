-- SPDX-License-Identifier: MIT
-- SPDX-FileCopyrightText: 2026 The Attune contributors
-- Tells: what a player could pick an answer by without reading the scene --
-- its length, its marks, an apology, a body word, the words of the cue.
-- Layer: Lua story library (trusted). Used by `attune check` (tell warnings)
-- and `attune simulate` (the surface players). Written without Lua patterns,
-- which the sandbox does not offer.
local lib = ...
local rules = lib.rules

local M = {}

-- ---------------------------------------------------------------- words

local function is_letter(b)
  return (b >= 97 and b <= 122) or (b >= 65 and b <= 90)
end

-- The words of `s`, lower-cased ASCII, apostrophes kept inside a word (a
-- curly apostrophe counts as one). Other characters separate words.
function M.words(s)
  local out, cur, n, i = {}, {}, #s, 1
  local function flush()
    if #cur > 0 then
      -- no apostrophe at the end ("Isla's" keeps its 's; "lads'" loses it)
      while cur[#cur] == "'" do cur[#cur] = nil end
      if #cur > 0 then out[#out + 1] = table.concat(cur) end
      cur = {}
    end
  end
  while i <= n do
    local b = s:byte(i)
    if is_letter(b) then
      if b <= 90 then b = b + 32 end
      cur[#cur + 1] = string.char(b)
      i = i + 1
    elseif (b == 39 or (b == 0xE2 and s:byte(i + 1) == 0x80 and s:byte(i + 2) == 0x99)) and #cur > 0 then
      cur[#cur + 1] = "'"
      i = i + (b == 39 and 1 or 3)
    else
      flush()
      i = i + 1
    end
  end
  flush()
  return out
end

local function ends(w, suffix)
  return #w > #suffix and w:sub(-#suffix) == suffix
end

-- A light stem, enough to match "hands"/"hand", "gripping"/"grip",
-- "shaking"/"shakes", "cried"/"cry".
function M.stem(w)
  if ends(w, "'s") then w = w:sub(1, -3) end
  if #w > 5 and ends(w, "ing") then
    w = w:sub(1, -4)
  elseif #w > 4 and ends(w, "ied") then
    w = w:sub(1, -4) .. "y"
  elseif #w > 4 and ends(w, "ed") then
    w = w:sub(1, -3)
  elseif #w > 4 and ends(w, "ies") then
    w = w:sub(1, -4) .. "y"
  elseif #w > 3 and ends(w, "s") and not ends(w, "ss") then
    w = w:sub(1, -2)
  end
  -- "gripp" -> "grip", "shak" stays; a final silent e goes ("shake" = "shak")
  local a, b = w:byte(-1), w:byte(-2)
  if #w > 3 and a == b and a ~= 108 and a ~= 115 then w = w:sub(1, -2) end
  if #w > 3 and ends(w, "e") then w = w:sub(1, -2) end
  return w
end

-- A set from words separated by spaces.
local function set_of(list)
  local t = {}
  for _, w in ipairs(M.words(list)) do t[w] = true end
  return t
end

-- Words too common to tell anything.
local STOP = set_of("a an the and or but if so of to in on at for with from by as into onto over under up down "
  .. "out off about again back then than now here there this that these those it its it's i i'm i've i'll "
  .. "i'd me my mine myself you you're you've you'll you'd your yours yourself he he's him his she she's "
  .. "her hers we we're we'll we've us our they they're them their what what's when where why how who which "
  .. "is are was were be been being am do does did doing don't didn't doesn't have has had having "
  .. "can can't could couldn't will won't would wouldn't shall should shouldn't may might must "
  .. "not no yes oh okay ok well just very really too also still even only all any some one two "
  .. "get got go going gone come came let let's say said tell told know knew think thought want "
  .. "like make made see saw look take took give gave thing things lot way bit little much more most "
  .. "isn't aren't wasn't weren't that's there's here's who's")

-- The content stems of `s` (words that are not stop words, stemmed), as a
-- list and as a set mapping each stem to the first word it came from.
function M.stems(s)
  local out, seen = {}, {}
  for _, w in ipairs(M.words(s)) do
    if not STOP[w] and #w >= 3 then
      local st = M.stem(w)
      if not seen[st] then seen[st] = w; out[#out + 1] = st end
    end
  end
  return out, seen
end

-- Words that name the body, as stems.
local BODY = {}
for _, w in ipairs(M.words("hand hands finger fingers thumb thumbs fist fists knuckle knuckles wrist arm arms "
    .. "shoulder shoulders neck jaw chin lip lips mouth face eye eyes tear tears cheek cheeks brow forehead "
    .. "breath breathe breathing chest throat voice stomach tummy belly leg legs knee knees foot feet toes "
    .. "body skin heart heartbeat head sleeve sleeves hair")) do
  BODY[M.stem(w)] = true
end

-- Does `ws` (a list of words) hold the phrase `p` (a list of words)?
local function has_phrase(ws, p)
  for i = 1, #ws - #p + 1 do
    local ok = true
    for k = 1, #p do
      if ws[i + k - 1] ~= p[k] then ok = false; break end
    end
    if ok then return true end
  end
  return false
end

local function phrases(list)
  local out = {}
  for _, p in ipairs(list) do out[#out + 1] = M.words(p) end
  return out
end

local APOLOGY = phrases({ "sorry", "apologise", "apologize", "apologies", "apology", "my fault", "i was wrong",
  "i got that wrong", "i got it wrong", "i got things wrong", "forgive me", "my mistake", "i messed up",
  "i shouldn't have" })
local NOTICE = phrases({ "i notice", "i noticed", "i'm noticing", "i can see", "i see", "i saw" })
local FEEL = phrases({ "feel", "feels", "feeling", "feelings", "felt" })
local FONDNESS = phrases({ "love", "sweetheart", "darling", "honey", "sweetie", "pet", "kiddo", "mate" })
local HERE = phrases({ "i'm here", "i am here", "not going anywhere", "i'm staying", "i'll stay" })
local RIGHT = phrases({ "you're right", "you are right", "fair enough" })
local LETS = phrases({ "let's", "together" })
local JUST = phrases({ "just" })
local WONDER = phrases({ "wonder", "i wonder" })

local function any_phrase(ws, list)
  for _, p in ipairs(list) do
    if has_phrase(ws, p) then return true end
  end
  return false
end

local function has_bytes(s, needle)
  local n, m = #s, #needle
  for i = 1, n - m + 1 do
    if s:sub(i, i + m - 1) == needle then return true end
  end
  return false
end

-- The length a player sees: characters, without markup asterisks.
function M.length(s)
  local n = utf8.len(s) or #s
  for i = 1, #s do
    if s:byte(i) == 42 then n = n - 1 end
  end
  return n
end

function M.is_apology(s) return any_phrase(M.words(s), APOLOGY) end

-- How many body words `s` holds.
function M.body_words(s)
  local n = 0
  for _, w in ipairs(M.words(s)) do
    if BODY[M.stem(w)] then n = n + 1 end
  end
  return n
end

-- The marks and words checked for tells, each with a test on (text, words)
-- and a hint for the writer.
M.FEATURES = {
  { name = "an exclamation mark", test = function(s) return has_bytes(s, "!") end },
  { name = "a question mark", test = function(s) return has_bytes(s, "?") end },
  { name = "an ellipsis", test = function(s) return has_bytes(s, "\u{2026}") or has_bytes(s, "...") end },
  { name = "a dash", test = function(s) return has_bytes(s, "\u{2014}") or has_bytes(s, " \u{2013} ") end },
  { name = "a stage direction in brackets", test = function(s) return s:byte(1) == 40 end },
  { name = "an apology (sorry, my fault, I got that wrong...)", test = function(_, ws) return any_phrase(ws, APOLOGY) end },
  { name = "\"I notice\" or \"I can see\"", test = function(_, ws) return any_phrase(ws, NOTICE) end },
  { name = "a body word (hands, eyes, breath, voice...)", test = function(s) return M.body_words(s) > 0 end },
  { name = "a feeling word (feel, felt, feeling)", test = function(_, ws) return any_phrase(ws, FEEL) end },
  { name = "an endearment (love, sweetheart...)", test = function(_, ws) return any_phrase(ws, FONDNESS) end },
  { name = "\"I'm here\" or \"not going anywhere\"", test = function(_, ws) return any_phrase(ws, HERE) end },
  { name = "\"you're right\"", test = function(_, ws) return any_phrase(ws, RIGHT) end },
  { name = "\"let's\" or \"together\"", test = function(_, ws) return any_phrase(ws, LETS) end },
  { name = "\"just\"", test = function(_, ws) return any_phrase(ws, JUST) end },
  { name = "\"wonder\"", test = function(_, ws) return any_phrase(ws, WONDER) end },
}

-- Limits of the tell checks: a share of beats, and how lopsided a feature
-- may be (rate in one class over the other) when it is in at least
-- FEATURE_MIN of that class's answers.
M.LENGTH_MAX = 0.40
M.FEATURE_RATIO = 3
M.FEATURE_MIN = 0.10
-- Below these sizes a story is too small for a share to mean anything.
M.MIN_BEATS = 8
M.MIN_ANSWERS = 15

-- ---------------------------------------------------------------- faces

-- What a cue (or a line of narration) can say about a face, the
-- expressions that would contradict it on screen, and the one to suggest. A small word list, not a
-- reader: a mention just after "no", "not", "without" or "never", or just
-- before "gone", "stopped", "fades" or "dry", does not count ("The smile has
-- gone", "His tears have stopped dead").
M.FACE_CUES = {
  { name = "tears", set = "crying",
    contradicts = { regulated = true, activated = true, shutdown = true },
    words = set_of("tears tearful teary crying cries cry sob sobs sobbing weeping weeps wept"),
    phrases = phrases({ "eyes fill", "eyes filling", "eyes are wet", "eyes wet", "wet eyes", "bright and wet",
      "eyes brim", "across his eyes", "across her eyes", "wipes his eyes", "wipes her eyes" }) },
  { name = "a turned-away face", set = "shutdown",
    contradicts = { regulated = true, activated = true },
    words = {},
    phrases = phrases({ "turns away", "turned away", "turns his face", "turns her face", "turned his face",
      "turned her face", "face to the wall", "turns to the wall", "turns to the window", "turns to the side window",
      "hides his face", "hides her face", "face in his hands", "face in her hands", "won't look at you" }) },
  { name = "a smile", set = "regulated",
    contradicts = { shutdown = true, crying = true },
    words = set_of("smile smiles smiling smiled grin grins grinning grinned beams beaming"),
    phrases = {} },
}
local NEGATE_BEFORE = set_of("no not without never")
local NEGATE_AFTER = set_of("gone stopped stop fades faded fade dry dried dries")

-- Is the mention at words i..j of `ws` negated?
local function negated(ws, i, j)
  for k = math.max(1, i - 2), i - 1 do
    if NEGATE_BEFORE[ws[k]] then return true end
  end
  for k = j + 1, math.min(#ws, j + 3) do
    if NEGATE_AFTER[ws[k]] then return true end
  end
  return false
end

-- The face cues text `s` names (a list of M.FACE_CUES entries, each with the
-- word that named it as `.said`).
function M.face_cues(s)
  local ws, out = M.words(s), {}
  for _, fc in ipairs(M.FACE_CUES) do
    local said
    for i, w in ipairs(ws) do
      if fc.words[w] and not negated(ws, i, i) then said = w; break end
    end
    if not said then
      for _, p in ipairs(fc.phrases) do
        for i = 1, #ws - #p + 1 do
          local ok = true
          for k = 1, #p do
            if ws[i + k - 1] ~= p[k] then ok = false; break end
          end
          if ok and not negated(ws, i, i + #p - 1) then said = table.concat(p, " "); break end
        end
        if said then break end
      end
    end
    if said then out[#out + 1] = { cue = fc, said = said } end
  end
  return out
end

-- Warnings for beats whose face on screen argues with their words: a cue
-- (or narration) that names tears, a turned-away face or a smile, over an
-- expression that contradicts it. A face that follows the play (no `face`,
-- no `state`) could be any of the three states, so such a beat must say
-- which face it shows.
function M.face_check(story)
  local diags = {}
  local dsl = lib.story
  for _, id in ipairs(story.order) do
    local b = story.beats[id]
    local texts = { b.cue }
    if not b.speaker then texts[2] = b.line_text end
    local who = dsl.shown_of(story, b)
    local ch = who and story.characters[who]
    if ch and type(ch.portraits) == "table" and next(ch.portraits) then
      local face = dsl.face_of(story, b, who, nil)
      local name = ch.name or who
      for _, t in ipairs(texts) do
        if type(t) == "string" then
          for _, hit in ipairs(M.face_cues(t)) do
            local fc = hit.cue
            local bad
            if face == nil then
              for st in pairs(rules.STATES) do if fc.contradicts[st] then bad = true end end
            else
              bad = fc.contradicts[face]
            end
            -- Two people on stage: the words may be about either of them;
            -- one face that agrees, set by the beat, is enough.
            if bad and b.present_list and #b.present_list == 2 then
              for _, p in ipairs(b.present_list) do
                local f = b.faces and b.faces[p] or (p == who and b.face)
                  or (type(b.state) == "table" and b.state[p]) or (type(b.state) == "string" and b.state) or nil
                if f and not fc.contradicts[f] then bad = false end
              end
            end
            if bad then
              diags[#diags + 1] = { level = "warning", file = b.file, line = b.line, msg = string.format(
                "face: %s '%s' names %s ('%s'), but %s: the face would argue with the words; "
                .. "set face = \"%s\" (or shown = \"...\" to show someone else)",
                b.is_ending and "ending" or "beat", id, fc.name, hit.said,
                face and (name .. " shows the " .. face .. " face")
                  or (name .. "'s face follows the state here, and may be any of the three"),
                fc.set) }
            end
          end
        end
      end
    end
  end
  return diags
end

-- The tell warnings for a finished story: a list of { level, file, line, msg }.
function M.check(story)
  local diags = {}
  local info = story.info
  local function warn(file, line, msg)
    diags[#diags + 1] = { level = "warning", file = file, line = line, msg = msg }
  end
  local sfile, sline = story.info_file or "?", story.info_line or 1
  -- 1. Length: is the attuned answer the longest (or the shortest) answer?
  local beats, longest, shortest = 0, 0, 0
  local long_ids, short_ids = {}, {}
  -- 2. Features by class.
  local A, Mi = 0, 0
  local fa, fm = {}, {}
  for k = 1, #M.FEATURES do fa[k], fm[k] = 0, 0 end
  for _, id in ipairs(story.order) do
    local b = story.beats[id]
    if not b.is_ending then
      local best_len, best_att, worst_len, worst_att = -1, false, math.huge, false
      local best_tie, worst_tie = false, false
      local has_att, has_miss = false, false
      for _, ch in ipairs(b.choices) do
        local t = ch[1]
        local att, miss = rules.ATTUNED[ch.kind], rules.MISATTUNED[ch.kind]
        if type(t) == "string" and (att or miss) then
          has_att = has_att or att
          has_miss = has_miss or miss
          local n = M.length(t)
          if n > best_len then best_len, best_att, best_tie = n, att, false
          elseif n == best_len then best_tie = true end
          if n < worst_len then worst_len, worst_att, worst_tie = n, att, false
          elseif n == worst_len then worst_tie = true end
          local ws = M.words(t)
          if att then A = A + 1 else Mi = Mi + 1 end
          for k, f in ipairs(M.FEATURES) do
            if f.test(t, ws) then
              if att then fa[k] = fa[k] + 1 else fm[k] = fm[k] + 1 end
            end
          end
        end
      end
      if has_att and has_miss then
        beats = beats + 1
        if best_att and not best_tie then longest = longest + 1; long_ids[#long_ids + 1] = id end
        if worst_att and not worst_tie then shortest = shortest + 1; short_ids[#short_ids + 1] = id end
      end
      -- 3. A cue-only beat: the attuned answer must not quote the cue.
      if b.cue_only and type(b.cue) == "string" then
        local _, cue = M.stems(b.cue)
        for i, ch in ipairs(b.choices) do
          if rules.ATTUNED[ch.kind] and type(ch[1]) == "string" then
            local shared = {}
            local list, words = M.stems(ch[1])
            for _, st in ipairs(list) do
              if cue[st] then shared[#shared + 1] = "'" .. words[st] .. "'" end
            end
            if #shared > 0 then
              warn(b.file, lib.story.answer_line(b, i), string.format(
                "tell: beat '%s' is cue_only, but its attuned answer %d (%s) repeats the cue's words %s: "
                .. "the player should find the cue in the scene, not in the answer; answer what it shows without quoting it",
                id, i, ch.kind, table.concat(shared, ", ")))
            end
          end
        end
      end
    end
  end
  local function some(ids)
    local t = {}
    for i = 1, math.min(#ids, 6) do t[i] = ids[i] end
    return table.concat(t, ", ") .. (#ids > 6 and ", …" or "")
  end
  if beats >= M.MIN_BEATS and longest / beats > M.LENGTH_MAX then
    warn(sfile, sline, string.format(
      "tell: the attuned answer is the longest in %d of %d beats (%d%%; at most %d%%), e.g. %s: "
      .. "a player can win by picking the longest answer; make some misses the longest (a careful, "
      .. "kind-sounding fix is often long) and some attuned answers short and plain",
      longest, beats, math.floor(100 * longest / beats + 0.5), math.floor(100 * M.LENGTH_MAX), some(long_ids)))
  end
  if beats >= M.MIN_BEATS and shortest / beats > M.LENGTH_MAX then
    warn(sfile, sline, string.format(
      "tell: the attuned answer is the shortest in %d of %d beats (%d%%; at most %d%%), e.g. %s: "
      .. "a player can win by picking the shortest answer; let some attuned answers take their time and some misses be curt",
      shortest, beats, math.floor(100 * shortest / beats + 0.5), math.floor(100 * M.LENGTH_MAX), some(short_ids)))
  end
  if A >= M.MIN_ANSWERS and Mi >= M.MIN_ANSWERS then
    for k, f in ipairs(M.FEATURES) do
      local pa, pm = fa[k] / A, fm[k] / Mi
      local hi, lo = math.max(pa, pm), math.min(pa, pm)
      if hi >= M.FEATURE_MIN and (hi + 0.02) / (lo + 0.02) >= M.FEATURE_RATIO then
        local favoured = pa > pm and "attuned answers" or "misses"
        warn(sfile, sline, string.format(
          "tell: %s is in %d of %d attuned answers (%d%%) and %d of %d misses (%d%%): a player can pick by it; "
          .. "use it in the %s too, or less in the %s",
          f.name, fa[k], A, math.floor(100 * pa + 0.5), fm[k], Mi, math.floor(100 * pm + 0.5),
          pa > pm and "misses" or "attuned answers", favoured))
      end
    end
  end
  return diags
end

return M
