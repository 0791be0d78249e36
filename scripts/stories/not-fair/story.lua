-- SPDX-License-Identifier: CC-BY-4.0
-- SPDX-FileCopyrightText: 2026 The Attune contributors
-- Not Fair: a Saturday morning, two children and one T-shirt. Kojo, 11, has
-- just left primary school; his leavers’ shirt, signed yesterday by his whole
-- class, now has ESI across the back in purple glitter. Esi, 6, wanted to be
-- on it too. He pushed her out of his room and snapped her pen; she had hit
-- him. The player is their parent, and the first Attune story with two people
-- on stage (docs: two-person API, with = { "kojo", "esi" }).
--
-- What it teaches
--   Meeting two children without becoming the judge of who started it; a
--   limit (nobody hurts anybody; other people’s things are theirs) held for
--   both, calmly; repairing with one child without losing the other; and
--   noticing when the children attune to each other, so the parent does not
--   have to do it all (and does not take it over when it happens).
--
-- Shape of the story (who is present in brackets)
--   the landing [both]:  landing (pressure) → [crossfire] → two-sides →
--                        shirt (cue) → apart
--   the kitchen [Esi]:   esi-elbow → [esi-under (cue)] → esi-name → esi-pen (cue) →
--                        esi-bigschool → esi-hit
--   his room [Kojo]:     kojo-door (cue) → kojo-shirt (cue) → [kojo-phones (cue)] →
--                        kojo-reuben → kojo-fair → kojo-push → kojo-alone
--   breakfast [both]:    breakfast → nana-call (pressure, the parent’s own steady
--                        answer) → [nana-breath] → after-call → esi-owns
--   the garden:          garden [both] → window [Esi] (cue) → kojo-goal [Kojo] →
--                        [kojo-fence] → invite [both] → dive [both] (pressure, a
--                        steady answer of its own) → after-dive [both]
--   the afternoon:       shirt-washed [both] → collar [both] (cue) →
--                        uncle [Kojo] → sofa [both] → goodnight [both] →
--                        [lights-out [both]] → endings
--   [side beats] are entered only after a miss (nana-breath after the steady
--   breath), and each offers the repair.
--   36 beats: both present at 19, Esi alone at 7, Kojo alone at 10.
--   cue_only: shirt, esi-under, esi-pen, kojo-door, kojo-shirt, kojo-phones,
--   window, collar (the words say one thing, the body or the hands another).
--   Six endings: end-close (connected), end-mended (stronger), end-esi-close
--   and end-kojo-close (other: one child close, the other not), end-unsaid
--   (other), end-apart (disconnected).
--
-- Reciprocity. Four beats are moments when the children reach each other
-- (esi-owns: she owns up to the hit in front of Nana and he pushes the plantain
-- back to her; invite: he asks her to go in goal; after-dive: each says sorry
-- in their own way, when the game went wrong and was met; collar: he lets her
-- name stay). The attuned answer there is mostly to leave it theirs. invite
-- comes only when nothing is open with Kojo (kojo-fence offers the repair
-- first): a boy still smarting does not share his garden.
--
-- Taking sides. Most beats with both present offer an answer attuned to one
-- child that lands on the other as a miss (`other`): the calm "your room, your
-- shirt; Esi, you started this" and "come here, baby; Kojo, you do not push
-- her" feel fair, and each opens a rupture with the other child. Where the
-- parent’s own outrage drives it ("How dare you laugh at her"), it is getting
-- swept up even for the favoured child (docs/attunement.md, side-taking), so
-- the calm verdicts are written calm (no capitals, no "how dare you"). Fighting
-- one child’s corner against the other ("Let her stay, Kojo", "Oh, let her
-- play", "Give him a break, Esi") is rescuing that child, and a miss for the
-- other. Agreeing with Nana is a miss for Kojo only: it does nothing for Esi.
--
-- Naming the miss. Every miss remembers, for each child it touches, the
-- parent’s own words for it (own_<child>_<beat>). A repair names that child’s
-- latest miss still open, with where it happened when it was in another scene
-- ("On the landing, I told you off while you were still on the floor."), then
-- turns back to the child. Repairs are shown only while a miss is open with
-- that child, and mend that child’s rupture only. A few are named for one
-- miss (repairs = "landing", "nana-call"): the landing’s verdict, and Nana.
--
-- Routing. Esi is seen first (she is six and hurt; Kojo asked for his door
-- shut), then Kojo. Every answer that ends the story uses to_ending(); the
-- rules choose by verdict. Two "other" endings say which child is close and
-- which is not (end-esi-close, end-kojo-close), before the general one.
--
-- Workshop (the 90-minute way). An attuned road is 30 decisions; each miss
-- adds one or two. Full pace (read aloud, vote, reveal, talk), about ten beats:
--   landing, two-sides, shirt, esi-bigschool (or esi-pen), kojo-door,
--   kojo-fair, nana-call, invite, dive, collar (or sofa).
-- Brisk (show of hands, reveal, inner voice read aloud) everywhere else.
-- Pauses: after landing (who did you go to first?), at nana-call (the eldest’s
-- sentence), at invite or collar (leaving it theirs). About 55-60 minutes.
-- The facilitator guide’s section is "Not Fair" in docs/facilitator-guide.md.
-- A rehearsal road through the taking-sides beats (the side-taking answers,
-- then repairs), for play --text or the workshop’s road not taken:
--   attune play --text scripts/stories/not-fair --path landing:landing.2,two-sides:3,
--     shirt:attune,apart:attune_boundary,esi-elbow:attune,esi-name:attune_boundary,
--     esi-pen:attune,esi-bigschool:attune,esi-hit:attune_boundary,kojo-door:repair
--   (written on one line, without spaces): the landing takes Esi’s side, and
--   Kojo’s door is where the verdict is named and mended.

story { id = "not-fair", title = "Not Fair", start = "landing",
        relationship = "parent and two children", minutes = 25,
        summary = "Saturday morning, the first day of the summer holidays. Esi, 6, has written her name in purple glitter "
               .. "across the back of Kojo’s leavers’ shirt. Kojo, 11, has pushed her out of his room and snapped her pen. "
               .. "Two children, two stories, one of you.",
        content_note = "Sibling conflict: a push, a hit, a ball thrown in anger and a grabbed wrist; tears and shouting; "
               .. "a grandparent’s “you should know better”. Nobody is badly hurt. Nothing graphic.",
        you = "You are Kojo and Esi’s parent. It’s just you and the children this morning.",
        with = { "kojo", "esi" },
        connection = { kojo = 50, esi = 55 } }

local function P(who)
  return { regulated = "images/" .. who .. "-regulated.svg", activated = "images/" .. who .. "-activated.svg",
           shutdown = "images/" .. who .. "-shutdown.svg", crying = "images/" .. who .. "-crying.svg" }
end

character "kojo" { name = "Kojo", about = "your son, 11, who left primary school yesterday", age = 11,
                   state = "activated", portraits = P("kojo") }
character "esi" { name = "Esi", about = "your daughter, 6, in Year 1", age = 6,
                  state = "activated", portraits = P("esi") }
character "nana" { name = "Nana", about = "your mother, on a video call from Kumasi", age = 72 }

------------------------------------------------------------------------------
-- Naming a miss later
------------------------------------------------------------------------------

-- The beats in the order a play meets them (side beats where they fall).
local ORDER = { "landing", "crossfire", "two-sides", "shirt", "apart",
  "esi-elbow", "esi-under", "esi-name", "esi-pen", "esi-bigschool", "esi-hit",
  "kojo-door", "kojo-shirt", "kojo-phones", "kojo-reuben", "kojo-fair", "kojo-push", "kojo-alone",
  "breakfast", "nana-call", "nana-breath", "after-call", "esi-owns",
  "garden", "window", "kojo-goal", "kojo-fence", "invite", "dive", "after-dive",
  "shirt-washed", "collar", "uncle", "sofa", "goodnight", "lights-out" }
local INDEX = {}
for i, id in ipairs(ORDER) do INDEX[id] = i end

-- Which scene each beat belongs to, and how the parent says where later.
local SCENE = {
  landing = "landing", crossfire = "landing", ["two-sides"] = "landing", shirt = "landing", apart = "landing",
  ["esi-elbow"] = "table", ["esi-under"] = "table", ["esi-name"] = "table", ["esi-pen"] = "table",
  ["esi-bigschool"] = "table", ["esi-hit"] = "table",
  ["kojo-door"] = "door", ["kojo-shirt"] = "room", ["kojo-phones"] = "room", ["kojo-reuben"] = "room",
  ["kojo-fair"] = "room", ["kojo-push"] = "room", ["kojo-alone"] = "room",
  breakfast = "breakfast", ["nana-call"] = "nana", ["nana-breath"] = "nana", ["after-call"] = "breakfast",
  ["esi-owns"] = "breakfast",
  garden = "garden", window = "window", ["kojo-goal"] = "garden", ["kojo-fence"] = "garden", invite = "garden",
  dive = "game", ["after-dive"] = "game",
  ["shirt-washed"] = "shirt", collar = "shirt", uncle = "drying", sofa = "sofa", goodnight = "bedtime", ["lights-out"] = "bedtime",
}
local PLACE = {
  landing = "On the landing", table = "At the kitchen table", door = "At your door", room = "In your room",
  breakfast = "At breakfast", nana = "When Nana rang", garden = "In the garden", window = "At the window",
  game = "When the game went wrong", shirt = "Over the shirt", drying = "When we were drying up",
  sofa = "On the sofa", bedtime = "At bedtime",
}

-- What a miss sets: the parent’s own words for it, for the child it touched.
-- own("esi", "landing", "...") for one child; own2(beat, words) for both
-- (“you” is both of them); ownk/owne add to a table for answers with other.
local function key(who, id) return "own_" .. who .. "_" .. id end
local function own(who, beat, words)
  return { [key(who, beat)] = words }
end
local function own2(beat, kwords, ewords)
  return { [key("kojo", beat)] = kwords, [key("esi", beat)] = ewords or kwords }
end

-- A miss that put the blame on `who` (a verdict, a telling-off): own() and a
-- mark, so that the child’s next words can say so only when it is true.
local function blame(who, beat, words)
  local t = own(who, beat, words)
  t["blamed_" .. who .. "_" .. beat] = true
  return t
end

-- The latest miss with `who` still open, before beat `here` (nil if none).
local function latest_miss(s, who, here)
  for i = INDEX[here] - 1, 1, -1 do
    local id = ORDER[i]
    if s.vars[key(who, id)] and s.open_at(id, who) then return id end
  end
  return nil
end

-- The open miss in the parent’s words: with where it happened when that was
-- in another scene (“On the landing, I …”), else plainly (“I …”).
local function named(s, who, here)
  local id = latest_miss(s, who, here)
  if not id then return "" end
  local what = s.vars[key(who, id)]
  if SCENE[id] == SCENE[here] then return what .. "." end
  return PLACE[SCENE[id]] .. ", " .. what .. "."
end

-- Is a miss that blamed `who` still open, before beat `here`?
local function blamed_open(s, who, here)
  for i = INDEX[here] - 1, 1, -1 do
    local id = ORDER[i]
    if s.vars["blamed_" .. who .. "_" .. id] and s.open_at(id, who) then return true end
  end
  return false
end

local function open_with(who) return function(s) return s.people[who].open_ruptures > 0 end end
local function calm_with(who) return function(s) return s.people[who].open_ruptures == 0 end end

-- A repair at beat `here` that names `who`’s open miss, then turns back to
-- them with `turn`. `pair`: the beat has both present, so the repair says
-- whom it is to.
local function repair(who, here, pair, turn, next, inner, why, set)
  return { function(s) return named(s, who, here) .. " " .. turn end,
           kind = "repair", to = pair and who or nil, next = next, id = here .. ".repair-" .. who,
           when = function(s) return latest_miss(s, who, here) ~= nil end,
           inner = inner, why = why, set = set }
end

-- A repair said to both at once, when each has a miss open from the same
-- answer: one sentence when it was the same miss for both (a miss said to
-- both), else each child’s by name (“Kojo, I … Esi, I …”).
local function both_named(s, here)
  local id = latest_miss(s, "kojo", here)
  local k, e = s.vars[key("kojo", id)], s.vars[key("esi", id)]
  if k == e then return named(s, "kojo", here) end
  local where = SCENE[id] == SCENE[here] and "" or PLACE[SCENE[id]] .. ": "
  return where .. "Kojo, " .. k .. ". Esi, " .. e .. "."
end

local function repair_both(here, turn, next, inner, why)
  return { function(s) return both_named(s, here) .. " " .. turn end,
           kind = "repair", to = "both", next = next, id = here .. ".repair-both",
           when = function(s)
             local k, e = latest_miss(s, "kojo", here), latest_miss(s, "esi", here)
             return k ~= nil and k == e
           end,
           inner = inner, why = why }
end

-- Where the story goes after kojo-goal: invite only when nothing is open
-- with Kojo; else the fence, where it can be mended first.
local AFTER_GOAL = { { "invite", when = calm_with("kojo") }, { "kojo-fence" } }

------------------------------------------------------------------------------
-- The landing: both of them, and you arriving in the middle
------------------------------------------------------------------------------

beat "landing" {
  background = "images/bedroom.svg", music = "saturday", pressure = 15,
  faces = { kojo = "activated", esi = "crying" },
  say = { esi = "He PUSHED me! He pushed me and I falled over and he snapped my pen!" },
  cue = "Esi is on the landing carpet, holding her elbow and crying. Kojo stands in his doorway, breathing hard, a white T-shirt crushed in his fist. Half a purple pen lies by your foot.",
  reflect = "Two children, two stories, and you arrived in the middle. Who did you want to go to first, and why?",
  note = "Arriving at a sibling fight. Each child has done something and had something done to them. Comforting the crying younger one while telling off the older one, or backing the older one’s grievance, both feel fair; each lands on the other child as a verdict before anyone has been heard (taking sides: attuned to one, a miss for the other). The limit, nobody gets hurt, is for both, and it can be held before anyone knows who started it. A good place to pause after the reveal.",
  choices = {
    { "I could hear you from the kitchen! What on earth is going on?",
      to = "both", kind = "dismiss", next = "crossfire",
      set = own2("landing", "I told you both off for the noise before I’d seen what happened"),
      inner = { kojo = "Both of us. Like it’s the same thing.", esi = "But I’m HURT. Nobody’s even looking." },
      why = "A telling-off for the noise treated a hurt child and a furious one as one nuisance, before anyone was heard." },
    { "Come here, baby. Kojo, you do not push your sister. She’s half your size.",
      to = "esi", kind = "attune", other = "dismiss", next = "two-sides",
      set = blame("kojo", "landing", "I told you off before I’d even asked what happened"),
      inner = { esi = "They came to me. Kojo’s in trouble now.", kojo = "Course. She cries, I’m the bad guy. Nobody even asked." },
      why = "Going to the hurt child felt right; the verdict on Kojo in the same breath took her side before he had been heard." },
    { "Stop! No pushing, no hitting. Esi, come here. Kojo, stay there: you’re next.",
      to = "both", kind = "attune_boundary", next = "two-sides",
      inner = { kojo = "Not shouting at me. I’m next.", esi = "They came. No pushing. I can hold on to them." },
      why = "You stopped the hurting for both, without a verdict on either, and told Kojo he will be heard too." },
    { "Is that your leavers’ shirt? Oh, Esi. You know you don’t go in his room.",
      to = "kojo", kind = "attune", other = "dismiss", next = "two-sides",
      set = own("esi", "landing", "I told you off while you were still on the floor"),
      inner = { kojo = "They saw it. They know whose fault it is.", esi = "I’m the one on the floor, and I’m in trouble." },
      why = "Seeing what mattered to Kojo was right; telling Esi off while she was still on the floor took his side." },
    { "Every single Saturday. I can’t do this with you two any more.",
      to = "both", kind = "enmesh", next = "crossfire",
      set = own2("landing", "I shouted that I couldn’t do this any more, as if it was about me"),
      inner = { kojo = "Great. Now it’s about them.", esi = "I made them sad. I’m bad." },
      why = "Your tiredness is real, but it filled the landing, and both children had you to deal with as well." },
    { "Okay, okay, everyone’s fine. Come down and have some plantain; you’ll feel better.",
      to = "both", kind = "fix", next = "crossfire",
      set = own2("landing", "I said everyone was fine and tried to cheer you up with plantain"),
      inner = { kojo = "Plantain. Like that fixes my shirt.", esi = "I’m NOT fine. My elbow isn’t fine." },
      why = "Food and cheer came before anyone’s hurt had been seen; it asked them both to be fine already." },
  },
}

-- Only after a miss said to both on the landing: each child answers it.
beat "crossfire" {
  faces = { kojo = "activated", esi = "crying" },
  say = { kojo = function(s)
    local w = s.vars[key("kojo", "landing")] or ""
    if w:sub(1, 9) == "I shouted" then return "It’s not about YOU! She went in my room and wrote all over my leavers’ shirt!" end
    if w:sub(1, 9) == "I said ev" then return "I don’t want plantain! She wrote on my leavers’ shirt! Look at it!" end
    return "Why are you having a go at ME? She went in my room! She wrote on my leavers’ shirt!"
  end },
  cue = "Esi cries louder, holding her elbow up high so that you can see it.",
  note = "After a miss said to both. One short repair to both can work when both heard the same miss: name it, then take them one at a time. Attuning to one of them now is warm, and it leaves the miss unnamed.",
  choices = {
    repair_both("crossfire", "One at a time. Esi, show me your elbow. Kojo, you’re next.", "two-sides",
      { kojo = "They took it back. And I’m next.", esi = "They’re looking at my elbow now." },
      "You named the miss to both of them in one line, and came back to them one at a time."),
    { "She wrote on your leavers’ shirt. The one from yesterday.",
      to = "kojo", kind = "attune", next = "two-sides",
      inner = "Yes. Yesterday’s. Someone gets it.",
      why = "You met Kojo’s outrage at what it was about; Esi waits her turn, which is not a miss. The miss itself is still unnamed." },
    { "(Kneel down by Esi and look at her elbow properly.)",
      to = "esi", kind = "attune", next = "two-sides",
      inner = "They’re looking. It’s a real hurt.",
      why = "You tended the hurt child without a word against her brother. The miss itself is still unnamed." },
    { "Right, that’s enough. I don’t care who started it; I’m finishing it.",
      to = "both", kind = "dismiss", next = "two-sides",
      set = own2("crossfire", "I said I didn’t care who started it"),
      inner = { kojo = "They don’t care. Fine.", esi = "Nobody cares about my elbow." },
      why = "Taking charge of the noise, again, said that neither of their stories mattered." },
    { "Don’t you raise your voice at me, Kojo.",
      to = "kojo", kind = "dismiss", next = "two-sides",
      set = blame("kojo", "crossfire", "I told you not to raise your voice at me"),
      inner = "I’m the one getting told off. Again.",
      why = "Correcting his tone put your authority first and his grievance nowhere." },
  },
}

beat "two-sides" {
  faces = { kojo = "activated", esi = "activated" },
  say = { kojo = function(s)
    if s.open_at("landing", "kojo") then
      return "You didn’t even ask what happened! She went in MY room. She wrote on my leavers’ shirt. And she hit me."
    end
    return "She went in my room and wrote on my leavers’ shirt. And she hit me. On my back. So I pushed her out."
  end },
  cue = "Esi shouts over him that she only did her NAME, and he snapped her glitter pen from Auntie Abena, and it’s NOT FAIR.",
  reflect = "“Who started it?” Why is that question so tempting, and what does answering it do to each child?",
  note = "The judge’s seat. Every answer that names who started it is a verdict one child wins and the other loses. Ordering apologies and a hug asks for the end of the feeling before it has been met: fixing. “Two wrongs don’t make a right” is true and a lecture. The attuned answer takes in that both had something spoiled and both were hurt, and takes them one at a time.",
  choices = {
    { "Your room, your shirt, and a hit on top. Esi, you started this.",
      to = "kojo", kind = "attune", other = "dismiss", next = "shirt",
      set = own("esi", "two-sides", "I said you started it, before I’d heard you"),
      inner = { kojo = "Finally. Someone’s on my side.", esi = "He broke my pen and it’s still all me." },
      why = "Kojo felt heard; Esi heard a verdict. Her pen, and her reason, never came into it." },
    { "I don’t care who started it. Two wrongs don’t make a right.",
      to = "both", kind = "dismiss", next = "shirt",
      set = own2("two-sides", "I gave you both a lecture about two wrongs"),
      inner = { kojo = "So my shirt doesn’t matter.", esi = "What’s two wrongs? I just want my pen." },
      why = "True, and a lecture: it skipped what each of them had lost." },
    { "You’ve both had something spoiled, and you’ve both been hurt. One at a time.",
      to = "both", kind = "attune", next = "shirt",
      inner = { kojo = "Both. Okay. As long as I get heard.", esi = "Both. My pen counts too." },
      why = "You took in both grievances without ranking them, and promised each a hearing." },
    { "Right. Esi, say sorry for the shirt. Kojo, say sorry for the pen. Then a hug.",
      to = "both", kind = "fix", next = "shirt",
      set = own2("two-sides", "I made you both say sorry before anyone had been heard"),
      inner = { kojo = "Sorry for what? She started it.", esi = "I don’t WANT to hug him." },
      why = "Ordering apologies and a hug asked for the end of the feeling before it had been met." },
    { "He snapped your pen as well? Kojo, you pushed her, and you broke her things.",
      to = "esi", kind = "attune", other = "dismiss", next = "shirt",
      set = blame("kojo", "two-sides", "I went on at you about her pen before I’d heard your side"),
      inner = { esi = "They’re on my side now.", kojo = "She wrecked my shirt and I’m the one getting it." },
      why = "Esi felt heard; Kojo heard a calm verdict, and the shirt she wrote on disappeared." },
  },
}

beat "shirt" {
  cue_only = true,
  faces = { kojo = "activated", esi = "shutdown" },
  say = { kojo = "Whatever. It doesn’t even matter. It’s ruined, so I’ll just bin it." },
  cue = "He holds it up by the shoulders. Among the names in black marker: ESI, in big purple glitter letters, and a heart. His voice cracks on “bin”. Behind you, Esi has gone quiet.",
  reflect = "“It doesn’t matter” and a voice that cracks. Which did you answer?",
  note = "Cue beat. Telling him he is nearly crying is accurate, and exposing in front of his little sister: fixing. Making the glitter small is dismissing; taking the shirt off him to inspect the damage takes it over. The attuned answer speaks to what the shirt is, without quoting the cue, and Esi, who has gone quiet, hears it too.",
  choices = {
    { "You don’t want to bin it. Your voice has gone all wobbly. You’re nearly crying.",
      to = "kojo", kind = "fix", next = "apart",
      set = own("kojo", "shirt", "I said out loud you were nearly crying, in front of Esi"),
      inner = "Shut up. Not in front of HER.",
      why = "You read him rightly, then said it out loud in front of his little sister." },
    { "It’s a bit of glitter, Kojo. It’ll come out in the wash.",
      to = "kojo", kind = "dismiss", next = "apart",
      set = own("kojo", "shirt", "I called it a bit of glitter"),
      inner = "A bit of glitter. On the one thing from yesterday.",
      why = "Making the damage small made his loss small too." },
    { "Your last day with Mr Hughes and everyone. Yesterday, of all days.",
      to = "kojo", kind = "attune", next = "apart",
      inner = "Yeah. Yesterday. They get why it’s so bad.",
      why = "A few words about what the shirt is, his last day, met what his voice was doing without naming it." },
    { "Esi. Are you pleased with yourself?",
      to = "esi", kind = "dismiss", next = "apart",
      set = own("esi", "shirt", "I asked if you were pleased with yourself"),
      inner = "I’m not pleased. I feel all horrible now.",
      why = "A shaming question gives a six-year-old nowhere to go but smaller." },
    { "(Take it out of his hands and hold it up to the window to see the damage.)",
      to = "kojo", kind = "rescue", next = "apart",
      set = own("kojo", "shirt", "I took the shirt out of your hands to sort it out"),
      inner = "Now it’s their problem. It was MY shirt.",
      why = "Taking the shirt off him to deal with it took over the one thing that was his." },
  },
}

beat "apart" {
  faces = { kojo = "activated", esi = "activated" },
  say = { kojo = "Can you get her out of here? I want my door shut." },
  cue = "Esi grabs the door frame with both hands. “I want to stay with Kojo,” she tells the carpet.",
  note = "Separating two children is not a punishment: it gives each a turn. Making Kojo let her stay sounds kind to Esi and overrides his no; it also fights her battle for her (rescuing). Sending both to their rooms is a cold limit for two.",
  choices = {
    { "Let her stay, Kojo. She only wants you.",
      to = "esi", kind = "rescue", other = "dismiss", next = "esi-elbow",
      set = { [key("esi", "apart")] = "I tried to make Kojo let you stay, as if I could sort it out for you",
              [key("kojo", "apart")] = "I tried to make you let her stay in your room" },
      inner = { esi = "Yes! Make him let me!", kojo = "My room doesn’t count. Nothing of mine counts." },
      why = "Fighting Esi’s corner with her brother took it out of her hands, and his no was brushed aside." },
    { "Kojo, your room, your door. Esi, come down with me. Kojo, I’ll knock in a bit.",
      to = "both", kind = "attune_boundary", next = "esi-elbow",
      inner = { kojo = "My door. And they’ll knock. Okay.", esi = "I wanted Kojo. But I’m with them." },
      why = "Each got a place: his room stays his, she stays with you, and he knows you’ll be back." },
    { "Right, that’s it. Both of you, your own rooms, doors shut, until you can be nice.",
      to = "both", kind = "withdraw", next = "esi-elbow",
      set = { [key("kojo", "apart")] = "I sent you both to your rooms", [key("esi", "apart")] = "I sent you both to your rooms",
              sent_off = true },
      inner = { kojo = "Fine by me.", esi = "On my own. With my elbow." },
      why = "A cold limit sent a hurt child and a furious one away to be alone with it." },
    { "Off you go downstairs, Esi. Kojo’s had enough of you for one day.",
      to = "kojo", kind = "attune", other = "withdraw", next = "esi-elbow",
      set = { [key("esi", "apart")] = "I said Kojo had had enough of you", sent_off = true },
      inner = { kojo = "Yes. Thank you.", esi = "Kojo’s had enough of me. Everybody has." },
      why = "Kojo got his door; Esi was sent away with a sentence that sounds, at six, like for ever." },
    { "(Crouch down by Esi and hold your hand out to her.)",
      to = "esi", kind = "attune", next = "esi-elbow",
      inner = "A hand. I can let go of the door.",
      why = "You met Esi where she was, clinging on, and let her come to you; Kojo waits for his door to shut." },
  },
}

------------------------------------------------------------------------------
-- The kitchen table: Esi on her own (Kojo has his door shut)
------------------------------------------------------------------------------

beat "esi-elbow" {
  present = { "esi" }, background = "images/kitchen.svg", face = "activated",
  say = { esi = function(s)
    local id = latest_miss(s, "esi", "esi-elbow")
    if id then
      -- her first words answer the miss that is open: a cheer-up, a corner
      -- fought for her, or (most often) a telling-off
      local w = s.vars[key("esi", id)]
      local lead = "You was cross with ME."
      if w:sub(1, 12) == "I said every" then lead = "I’m NOT fine."
      elseif w:sub(1, 20) == "I tried to make Kojo" then lead = "Kojo still doesn’t want me."
      elseif w:sub(1, 10) == "I shouted " then lead = "You said you can’t do us no more."
      elseif w:sub(1, 19) == "I said Kojo had had" then lead = "Kojo’s had enough of me."
      end
      return lead .. " And it’s bleeding. I think it’s broke. I need a plaster. A big one."
    end
    return "It’s bleeding. I think it’s broke. I need a plaster. A big one."
  end },
  cue = function(s)
    if s.vars.sent_off then
      return "A few minutes later she creeps into the kitchen, climbs onto a stool and holds up her elbow. A pink mark, no blood. She watches your face, not her arm."
    end
    return "She climbs onto a kitchen stool and holds her elbow up to you. A pink mark, no blood. She watches your face, not her arm."
  end,
  note = "Esi first: she is six, and hurt, and Kojo asked for his door shut. Taking a bump seriously is not making a fuss; alarm (“Should we go to the walk-in centre?”) is the parent’s feeling filling the kitchen. If a miss from the landing is open with her, her first words bring it back.",
  choices = {
    { "There’s no blood, Esi. It’s a tiny pink mark. You’re fine.",
      kind = "dismiss", next = "esi-under",
      set = own("esi", "esi-elbow", "I told you there was no blood, as if your bump didn’t count"),
      inner = "It DOES hurt. Nobody believes me.",
      why = "Accurate, and it told her that her hurt only counts if it bleeds." },
    { "Oh, my poor baby! Does it hurt terribly? Should we go to the walk-in centre?",
      kind = "enmesh", next = "esi-under",
      set = own("esi", "esi-elbow", "I got in such a flap about your elbow that I scared you"),
      inner = "The walk-in centre? Is it really broke? Now I’m scared.",
      why = "Your alarm became the biggest thing in the kitchen, and she took it on." },
    { "Ooh! That was a proper bump. Which plaster do you want?",
      kind = "attune", next = "esi-name",
      inner = "They looked properly. I want the dinosaur one.",
      why = "Taking the bump seriously took her seriously; the plaster is care, not a fuss." },
    { "Brave girl! Big smile, and then plantain.",
      kind = "fix", next = "esi-under",
      set = own("esi", "esi-elbow", "I asked you for a big smile when you were hurting"),
      inner = "I don’t want to smile. I want to cry more.",
      why = "Cheering her up asked the hurt to stop before it had been seen." },
    repair("esi", "esi-elbow", false, "Let me see that elbow.", "esi-name",
      "They said it. And they want to see my elbow.",
      "You named the miss from upstairs in one line, and came back to the hurt she was holding up."),
  },
}

-- Only after a miss over the elbow: she goes under the table.
beat "esi-under" {
  present = { "esi" }, cue_only = true, state = "shutdown",
  say = { esi = "I’m a dog now. Dogs don’t talk to people. Woof." },
  cue = "She has slid off the stool and under the table, on all fours, with her back to you. One hand creeps out and takes hold of the bottom of your trouser leg.",
  reflect = "A six-year-old turns into a dog. What was she telling you, and how could you answer in her language?",
  note = "Cue beat. Her words shut you out; her hand holds on. Joining the game she started is attuned humour. Using the hand to prove she wants to talk is too exposing, however accurate.",
  choices = {
    { "Come out from under there. You’re not a dog; you’re being silly.",
      kind = "dismiss", next = "esi-name",
      set = own("esi", "esi-under", "I told you you were being silly"),
      inner = "Silly. I’m silly AND nobody believes me.",
      why = "Calling her silly argued with the only way she had left to say she was hurt." },
    { "Hello, dog! Dogs are allowed to be cross, you know.",
      kind = "attune", next = "esi-name",
      inner = "The dog is allowed. Maybe the dog can come out a bit.",
      why = "You joined the game she started and let the dog be cross: humour she began, met. The miss itself is still unnamed." },
    { "You’re holding on to my trousers, so you do want to talk really, don’t you?",
      kind = "fix", next = "esi-name",
      set = own("esi", "esi-under", "I said you must want to talk because you were holding my trousers"),
      inner = "Caught. I’ll let go, then.",
      why = "You read her hand rightly, then used it to win the point, and she let go." },
    repair("esi", "esi-under", false, "Does the dog want to show me where it hurts?", "esi-name",
      "They said what they did. The dog can come out now.",
      "You owned the miss plainly and came back to her, in her own game."),
    { "(Leave her to it, and go and load the dishwasher.)",
      kind = "withdraw", next = "esi-name",
      set = own("esi", "esi-under", "I left you under the table on your own"),
      inner = "They went. The dog is on its own.",
      why = "Leaving until she was ready left her alone in the one place she had gone to be found." },
  },
}

beat "esi-name" {
  present = { "esi" }, face = "activated",
  say = { esi = "I only did my NAME. Everybody did their name on it. Even Mr Hughes did, and he’s a teacher." },
  cue = function(s)
    if s.seen("esi-under") then
      return "She’s back on the stool, kicking her heels against it, bang, bang, bang."
    end
    return "She kicks her heels against the stool, bang, bang, bang."
  end,
  choices = {
    { "You know you don’t go in his room without asking. How many times have I said?",
      kind = "dismiss", next = "esi-pen",
      set = own("esi", "esi-name", "I told you off about his room before I’d listened"),
      inner = "Lots of times. I know. Nobody asks why.",
      why = "The rule is right; arriving before her reason, it told her the reason didn’t matter." },
    { "Next time, ask him nicely first. I bet he’d have said yes.",
      kind = "fix", next = "esi-pen",
      set = own("esi", "esi-name", "I told you he’d have said yes if you’d asked"),
      inner = "He wouldn’t. He never says yes to me.",
      why = "Advice and a guess about Kojo skipped the hurt of being left off." },
    { "Everybody got to be on it except you. And it’s his shirt, so it was his to say.",
      kind = "attune_boundary", next = "esi-pen",
      inner = "Everybody except me. Yes. But it is his. Hmm.",
      why = "You met her being left out, and kept the rule about his things, kindly." },
    { "Tell you what: I’ll get you your own T-shirt, and we’ll all sign it. Even Nana!",
      kind = "fix", next = "esi-pen",
      set = own("esi", "esi-name", "I offered you a T-shirt of your own instead of listening"),
      inner = "I don’t want MY T-shirt. I want to be on HIS.",
      why = "A shirt of her own was kind, and it missed the point: she wanted to be on his." },
    repair("esi", "esi-name", false, "Tell me about the names.", "esi-pen",
      "They said it. Now I can tell about the names.",
      "You owned the miss simply, and asked about the thing she came to tell you."),
  },
}

beat "esi-pen" {
  present = { "esi" }, cue_only = true, face = "shutdown",
  say = { esi = "I don’t even care about my pen. It was a baby pen anyway. It was rubbish." },
  cue = "She lines the two purple halves up on the table, end to end, and pushes them together. They fall apart. She does it again.",
  reflect = "“I don’t care” while her hands keep trying. How do you answer the hands without pointing at them?",
  note = "Cue beat. Replacing the pen at once (a new pack this afternoon) is a fix; arranging for Kojo to pay, out of pity for her, is rescuing. Later, Kojo putting it right himself is his to do, and the story leaves room for it.",
  choices = {
    { "Look at you, trying to push it back together. You do care, don’t you?",
      kind = "fix", next = "esi-bigschool",
      set = own("esi", "esi-pen", "I said you did care, to prove you wrong"),
      inner = "I don’t. I DON’T. Stop looking.",
      why = "The cue was right; saying it to win the point made her hide it." },
    { "Good. Then it doesn’t matter.",
      kind = "dismiss", next = "esi-bigschool",
      set = own("esi", "esi-pen", "I took “I don’t care” at its word"),
      inner = "It did matter. Now I can’t say.",
      why = "Taking her words at face value was easy; her hands said the opposite." },
    { "That was the one Auntie Abena sent you.",
      kind = "attune", next = "esi-bigschool",
      inner = "From Auntie Abena. My best one. They remember.",
      why = "You answered what she was doing, without pointing at it: the pen mattered." },
    { "Kojo broke it, so Kojo can buy you a new one. I’ll make sure he does.",
      kind = "rescue", next = "esi-bigschool",
      set = own("esi", "esi-pen", "I said I’d make Kojo pay, as if it was mine to sort out for you"),
      inner = "Yes! Make him pay! But then he’ll hate me more.",
      why = "Settling her grievance for her, out of pity, took it out of her hands and set her against him." },
    { "We’ll go to the shop this afternoon and get a whole new pack. All the colours!",
      kind = "fix", next = "esi-bigschool",
      set = own("esi", "esi-pen", "I promised you a new pack of pens to cheer you up"),
      inner = "A new pack won’t be from Auntie Abena.",
      why = "A treat to replace it tried to end the loss before it had been met." },
    repair("esi", "esi-pen", false, "It was your best one, wasn’t it?", "esi-bigschool",
      "They came back. It was my best one.",
      "You named the miss and turned to the loss her hands were showing."),
  },
}

beat "esi-bigschool" {
  present = { "esi" }, face = "shutdown",
  say = { esi = "I did my name so he don’t forget me. When he goes to big school. He won’t walk me to my class no more." },
  cue = "She says it to the pen, very quietly, and wipes her nose on her sleeve.",
  reflect = "A six-year-old’s reason for writing on her brother’s shirt. How did knowing it change what you wanted to say to her, and to him?",
  note = "The thing under the thing. From September Kojo will not be at her school: he has walked her to her classroom every morning. “Of course he won’t forget you” is true and still a fix: it argues with the fear. The parent’s own sadness about the change is real, and handing it to her makes it hers to carry. Arranging Kojo’s company for her is rescuing.",
  choices = {
    { "Of course he won’t forget you, silly! He lives in the same house as you!",
      kind = "fix", next = "esi-hit",
      set = own("esi", "esi-bigschool", "I said of course he won’t forget you, and laughed"),
      inner = "But he FORGETS me now. Even at home.",
      why = "True, and it argued with her fear instead of hearing it." },
    { "Oh, Esi. I keep thinking about that too. I’m going to miss him at your school so much.",
      kind = "enmesh", next = "esi-hit",
      set = own("esi", "esi-bigschool", "I told you how much I’ll miss it, and gave you my sad as well"),
      inner = "They’re sad too. Now I have to be sad for two.",
      why = "Your sadness is real; handed to her, it became one more thing she has to carry." },
    { "I’ll tell Kojo he has to play with you every day this summer.",
      kind = "rescue", next = "esi-hit",
      set = own("esi", "esi-bigschool", "I said I’d make Kojo play with you, as if I could sort it out for you"),
      inner = "He’ll only play because he has to. That’s worse.",
      why = "Arranging his company for her takes the friendship out of both their hands." },
    { "You wanted to go with him. On his shirt, with everybody else.",
      kind = "attune", next = "esi-hit",
      inner = "Yes. On his shirt I could go too.",
      why = "You put her six-year-old logic into words, so the fear under the glitter was heard." },
    { "Year 2 next year! A big girl. You won’t need walking in.",
      kind = "dismiss", next = "esi-hit",
      set = own("esi", "esi-bigschool", "I said you’d be too big to need him"),
      inner = "I’m not big. I still want him.",
      why = "Growing up was meant as good news; it told her that wanting him is babyish." },
    repair("esi", "esi-bigschool", false, "Is that what your name was for?", "esi-hit",
      "They want to know. Yes. So he takes me with him.",
      "You owned the miss that was still open, and turned to the reason she had just told you."),
  },
}

beat "esi-hit" {
  present = { "esi" }, face = "activated",
  say = { esi = "And I hitted him. On his back. But only a small one. Is Kojo going to tell Nana?" },
  cue = "She watches you sideways, chewing the end of one of her plaits.",
  note = "The limit for the younger child. Excusing the hit because she is small (“a tap doesn’t count”) is rescuing: it takes her part in it away. A cold punishment sends her off alone just after she told the truth. The attuned answer holds the line on hitting and leaves the making-up to her, with your company. “Our little secret” soothes the worry about Nana and teaches a six-year-old that a grown-up may ask her to keep one from family: its repair takes the secret back in so many words.",
  choices = {
    { "Never mind that. He’s twice your size; a little tap doesn’t count.",
      kind = "rescue", next = "kojo-door",
      set = own("esi", "esi-hit", "I said your hit didn’t count, as if you were too small to matter"),
      inner = "It doesn’t count. I’m too little to count.",
      why = "Excusing her out of pity takes away her part in it, and tells her she’s too small to matter." },
    { "A small hit is still a hit, and we don’t hit, even that cross. You can tell him that yourself, when you’re ready.",
      kind = "attune_boundary", next = "kojo-door",
      inner = "Still a hit. But they’re not shouting. I can tell him.",
      why = "You held the line on hitting, warmly, and left the making-up hers to do." },
    { "Right, then you’re in trouble too, madam. No tablet today. Go and sit on the stairs till I call you.",
      kind = "withdraw", next = "kojo-door",
      set = own("esi", "esi-hit", "I sent you to the stairs with no tablet, right after you’d told me the truth"),
      inner = "On the stairs. On my own. Again.",
      why = "A cold punishment sent her away alone, right after she told the truth." },
    { "Well, if you hit people, they push you back. What did you expect?",
      kind = "dismiss", next = "kojo-door",
      set = own("esi", "esi-hit", "I said you’d asked for the push"),
      inner = "So it’s my fault I falled.",
      why = "A lesson in cause and effect told her the push was what she deserved." },
    { "Nana won’t find out. It’ll be our little secret.",
      kind = "fix", next = "kojo-door",
      set = own("esi", "esi-hit", "I said your hit could be our secret. We don’t keep secrets like that"),
      inner = "A secret. A secret is a bit scary.",
      why = "A secret to soothe her worry kept her from putting it right, and a grown-up’s secret is not a habit to teach a six-year-old." },
    repair("esi", "esi-hit", false, "A hit’s still a hit, though. What are you worried Nana will think?", "kojo-door",
      "They said what they did. And they still said no hitting.",
      "You owned the open miss, held the limit, and asked about the worry under her question."),
  },
}

------------------------------------------------------------------------------
-- His room: Kojo on his own (Esi is downstairs with her plaster)
------------------------------------------------------------------------------

beat "kojo-door" {
  present = { "kojo" }, cue_only = true, background = "images/bedroom.svg", face = "activated",
  say = { kojo = function(s)
    if blamed_open(s, "kojo", "kojo-door") then return "Go away. You’ve already decided it’s my fault." end
    if latest_miss(s, "kojo", "kojo-door") then return "Go away. I mean it. I’m not talking to you." end
    return "Go away. I’m not coming out, so don’t even ask."
  end },
  cue = "On his door there’s a new sign in his best capitals: KNOCK FIRST. THIS MEANS YOU. Behind it the music goes quieter. Not off.",
  reflect = "“Go away”, and the music goes down, not off. What did you trust?",
  note = "Cue beat at a closed door. Knocking, and keeping out of the room until asked, matters to an eleven-year-old; so does not being left. Walking in because he turned the music down corners him; “Stay in there, then” takes his words at face value. If a miss from the landing is still open with him (a verdict most of all: then his first words say so), this is the first place to name it. He has waited while his sister was seen first: that was triage (she was hurt, and he asked for his door shut), not a ranking, and it needs no apology, only his turn.",
  choices = {
    { "Don’t you talk to me like that, Kojo. Open this door.",
      kind = "dismiss", next = "kojo-shirt",
      set = own("kojo", "kojo-door", "I told you to open the door and mind your tone"),
      inner = "Tone. It’s always my tone.",
      why = "Correcting how he spoke put your authority first and left his hurt behind the door." },
    { "Fine. Stay in there all day, then.",
      kind = "withdraw", next = "kojo-shirt",
      set = { [key("kojo", "kojo-door")] = "I said stay in there all day, and walked off", door_left = true },
      inner = "They went. Course they did.",
      why = "Taking “go away” at its word left him alone behind a door he half wanted opened." },
    { "(Sit down on the carpet outside, your back against the wall, and wait.)",
      kind = "attune", next = "kojo-shirt",
      inner = "They’re still there. Not barging in. Not going.",
      why = "You answered the music, not the words: near, and not in his room." },
    { "(Open the door and go in. He did turn the music down, after all.)",
      kind = "fix", next = "kojo-shirt",
      set = { [key("kojo", "kojo-door")] = "I came in because you’d turned the music down, without asking", barged = true },
      inner = "Caught out. Great. I’ll turn it up next time.",
      why = "Taking the quieter music as an invitation and walking in took his room and his pace from him." },
    { "Kojo, please. I can’t bear it when we’re like this. Let me in, love. Please.",
      kind = "enmesh", next = "kojo-shirt",
      set = own("kojo", "kojo-door", "I begged you to let me in because I couldn’t bear it"),
      inner = "Now I have to make them feel better.",
      why = "Your own need to be let in became one more thing behind the door for him to deal with." },
    repair("kojo", "kojo-door", false, "Your turn, when you want it. I’ll be out here.", "kojo-shirt",
      "They said it. Plain. I could open the door.",
      "You named the miss that was still open, owned it in a line, and gave him his turn."),
  },
}

beat "kojo-shirt" {
  present = { "kojo" }, cue_only = true, face = "shutdown",
  say = { kojo = "It’s fine. It’s only a stupid T-shirt. I’m not a baby." },
  cue = function(s)
    local t = "He’s sitting on his bed with the shirt across his knees, reading the names down one sleeve. He has folded the back over so the glitter doesn’t show."
    if s.vars.door_left then return "Twenty minutes later his door is open a crack. " .. t end
    if s.vars.barged then return t end
    return "After a while the door opens. " .. t
  end,
  note = "Cue beat. “It’s fine” and a boy reading every name. Naming the folded shirt is accurate and exposing; ordering a new shirt, out of pity, tries to buy back a goodbye; the parent’s own tears at the leavers’ assembly take the room.",
  choices = {
    { "You’re not fine. You’ve folded it so you can’t see her writing. I can tell it’s upset you.",
      kind = "fix", next = "kojo-phones",
      set = own("kojo", "kojo-shirt", "I told you I could tell you weren’t fine"),
      inner = "Stop reading me. I’m not a baby.",
      why = "Accurate and exposing: it told an eleven-year-old he was an open book." },
    { "Good. It’s only glitter.",
      kind = "dismiss", next = "kojo-phones",
      set = own("kojo", "kojo-shirt", "I said it was only glitter"),
      inner = "Only. Everything of mine is only.",
      why = "Agreeing it didn’t matter took his words at face value, and his loss with them." },
    { "I’ll email Mr Hughes for a spare, and everyone can sign a new one.",
      kind = "rescue", next = "kojo-phones",
      set = own("kojo", "kojo-shirt", "I said I’d email Mr Hughes and sort out a new shirt for you"),
      inner = "They’ve all gone. You can’t get yesterday back.",
      why = "Sorting a new one for him, out of pity, tried to undo a goodbye that can’t be undone." },
    { "Who’s on there? Tell me some of them.",
      kind = "attune", next = "kojo-reuben",
      inner = "Everyone. I could tell them who.",
      why = "A plain question about the names followed what he was doing, not what he said." },
    { "Oh, Kojo. I cried all through your leavers’ assembly. I can’t believe you’re going.",
      kind = "enmesh", next = "kojo-phones",
      set = own("kojo", "kojo-shirt", "I told you how I cried at your assembly, when it was your day"),
      inner = "Now it’s their sad. Where does mine go?",
      why = "Your feelings about his growing up arrived first and filled the room." },
    repair("kojo", "kojo-shirt", false, "Show me who’s on there?", "kojo-reuben",
      "They said it. They want to see the names.",
      "You owned the open miss in a line and followed what he was doing with the shirt."),
  },
}

-- Only after a miss over the shirt: the headphones go on.
beat "kojo-phones" {
  present = { "kojo" }, cue_only = true, state = "shutdown",
  say = { kojo = "Can you go now? I’ve got stuff to do." },
  cue = "He puts his big headphones on. The lead isn’t plugged into anything.",
  reflect = "Headphones on, plugged into nothing. What is he asking for?",
  note = "Cue beat after a miss. Catching him out (“These aren’t even plugged in”) wins the point and loses the boy. Staying quietly, or a one-line repair, answers what the lead says.",
  choices = {
    { "(Lift one side off his ear.) These aren’t even plugged in, Kojo.",
      kind = "fix", next = "kojo-reuben",
      set = own("kojo", "kojo-phones", "I pointed out your headphones weren’t plugged in"),
      inner = "Busted. Great. I’ll plug them in next time.",
      why = "Catching him out proved a point and shut the door he had left ajar." },
    repair("kojo", "kojo-phones", false, "I’d still like to hear about yesterday.", "kojo-reuben",
      "They said it. Plainly. I can take these off.",
      "You owned the miss in one line, and left the way open to his day."),
    { "Okay. Suit yourself.",
      kind = "withdraw", next = "kojo-fair",
      set = { [key("kojo", "kojo-phones")] = "I said “suit yourself” and went", phones_left = true },
      inner = "See. Nobody stays.",
      why = "Going on his word left him alone with it, which the unplugged lead said he didn’t want." },
    { "(Sit on the end of his bed, and say nothing for a while.)",
      kind = "attune", next = "kojo-reuben",
      inner = "They’re not going and not talking. Okay.",
      why = "Quiet company answered the unplugged lead: he didn’t really want you gone. The miss itself is still unnamed." },
    { "Don’t be rude, Kojo. I’m trying to talk to you.",
      kind = "dismiss", next = "kojo-reuben",
      set = own("kojo", "kojo-phones", "I told you not to be rude"),
      inner = "Trying to talk AT me.",
      why = "Asking for manners put yours first; his morning stayed unheard." },
  },
}

beat "kojo-reuben" {
  present = { "kojo" }, face = "shutdown",
  say = { kojo = "Reuben wrote “see you never” on the collar. As a joke. Cos everyone’s going to Kingsmead except me." },
  cue = "He laughs once, a short laugh with no smile in it, and picks at a thread.",
  choices = {
    { "You’ll make loads of new friends, you’ll see.",
      kind = "fix", next = "kojo-fair",
      set = own("kojo", "kojo-reuben", "I told you you’d make loads of new friends"),
      inner = "I don’t want new ones. I want mine.",
      why = "True, probably, and too soon: it skipped the goodbye." },
    { "You’re the one who wanted Castle Hill, remember? For the football.",
      kind = "dismiss", next = "kojo-fair",
      set = own("kojo", "kojo-reuben", "I reminded you that you chose Castle Hill"),
      inner = "So it’s my own fault I’m on my own.",
      why = "Reminding him he chose it turned his loss into his fault." },
    { "All of them together at Kingsmead, and you somewhere else on your own.",
      kind = "attune", next = "kojo-fair",
      inner = "Yeah. Everyone. Except me.",
      why = "You said the hard part plainly, without rushing to make it better." },
    { "We’ll have Reuben round every week. I’ll text his mum now.",
      kind = "rescue", next = "kojo-fair",
      set = own("kojo", "kojo-reuben", "I said I’d text Reuben’s mum and sort it all out"),
      inner = "Like I’m six and need a playdate.",
      why = "Organising his friendships for him made him smaller, right when he wants to be older." },
    { "Same thing happened to me. My best friend went somewhere else, and I never saw him again.",
      kind = "enmesh", next = "kojo-fair",
      set = own("kojo", "kojo-reuben", "I told you about my friend I never saw again"),
      inner = "Never again? Great. Thanks.",
      why = "Your own story took over, and it told him the worst would happen." },
    repair("kojo", "kojo-reuben", false, "See you never. Some joke.", "kojo-fair",
      "They took it back. And they heard the joke wasn’t funny.",
      "You named the open miss and came back to the joke that hurt."),
  },
}

beat "kojo-fair" {
  present = { "kojo" }, face = "activated",
  say = { kojo = function(s)
    if s.open_at("landing", "kojo") or s.open_at("two-sides", "kojo") then
      return "You always take her side. You didn’t even ask what happened. You just went for me."
    end
    return "You always take her side. She could set my room on fire and you’d go, “She’s only six.”"
  end },
  cue = function(s)
    if s.vars.phones_left then
      return "When you bring him up a drink, he’s lying on the floor. He does your voice, high and silly, and watches to see if you’ll laugh."
    end
    return "He does your voice for it, high and silly, and watches to see if you’ll laugh."
  end,
  reflect = "“You always take her side.” What happens in you when a child says that, and what does he need you to do with it?",
  note = "Defending yourself (“I do not!”) is dismissing; reminding him she is only six is dismissing too. Agreeing, to make him feel better, with a promise to keep her out of his room for ever, is fixing: a promise that takes a side and cannot be kept. Attuned: taking in what it is like to be the older one, without agreeing or arguing.",
  choices = {
    { "That is not true, and you know it. I don’t take sides.",
      kind = "dismiss", next = "kojo-push",
      set = own("kojo", "kojo-fair", "I argued that I don’t take sides"),
      inner = "See. Can’t even say it.",
      why = "Defending yourself argued with his experience of you." },
    { "She IS only six, Kojo.",
      kind = "dismiss", next = "kojo-push",
      set = own("kojo", "kojo-fair", "I said “she’s only six”, just like you said I would"),
      inner = "And I’m only eleven. Nobody cares about that.",
      why = "The ages are true; used as an answer, they dismissed what it’s like to be him." },
    { "It feels like there are different rules for her.",
      kind = "attune", next = "kojo-push",
      inner = "There ARE. Finally someone says it.",
      why = "You took in what it is like to be the older one, without agreeing or arguing." },
    { "You’re right, I’m too soft on her. From now on she’s not allowed near your room.",
      kind = "fix", next = "kojo-push",
      set = own("kojo", "kojo-fair", "I promised to keep her out of your room for ever"),
      inner = "They’ll never do that. And then she’ll hate me.",
      why = "Agreeing, with a promise you can’t keep, tried to end the grievance instead of hearing it." },
    { "Oh, so it’s all my fault now? After the morning I’ve had?",
      kind = "enmesh", next = "kojo-push",
      set = own("kojo", "kojo-fair", "I made it about the morning I’d had"),
      inner = "Now they’re upset. I’d better shut up.",
      why = "Your hurt came first, so his complaint had nowhere to go." },
    repair("kojo", "kojo-fair", false, "What’s it been like, being the older one this morning?", "kojo-push",
      "They said it. And they asked about me.",
      "You owned the miss he was pointing at and turned to what it’s like to be him."),
  },
}

beat "kojo-push" {
  present = { "kojo" }, face = "activated",
  say = { kojo = "She hit me FIRST. On my back. So why am I the one in trouble?" },
  cue = "He pulls his T-shirt round to show you a red mark between his shoulder blades. It’s small. He wants you to see it.",
  note = "The limit for the older child: the push and the pen, without “you should know better” (the eldest’s sentence, which comes back when Nana rings). Taking his amends off him (“I’ll get her a new pen”) is rescuing; a sanction that ends the talk is withdrawing.",
  choices = {
    { "Because you’re eleven and she’s six. You’re the eldest. You should know better.",
      kind = "dismiss", next = "kojo-alone",
      set = own("kojo", "kojo-push", "I said you’re the eldest and should know better"),
      inner = "Eldest means it’s always me.",
      why = "The sentence every eldest child hears: it measured him against his age and skipped his hurt." },
    { "Don’t worry about the pen. I’ll get her a new one, and we’ll say no more.",
      kind = "rescue", next = "kojo-alone",
      set = own("kojo", "kojo-push", "I said I’d sort out her pen, so you wouldn’t have to"),
      inner = "Phew. But then it wasn’t mine to put right.",
      why = "Taking his part of the making-up off him, out of pity, left him nothing to put right." },
    { "She hit you, and that wasn’t okay. You pushed her and broke her pen. That wasn’t okay either.",
      kind = "attune_boundary", next = "kojo-alone",
      inner = "Both. Not just me. I can live with both.",
      why = "You took his hurt seriously and held the line on the push and the pen, without ranking them." },
    { "Because you pushed her. No football today. End of discussion.",
      kind = "withdraw", next = "kojo-alone",
      set = own("kojo", "kojo-push", "I banned football and ended the discussion"),
      inner = "End of discussion. End of me.",
      why = "A cold sanction closed the conversation just as he asked a real question." },
    { "Let’s not worry about who did what first. Let’s all move on and have a nice Saturday, shall we?",
      kind = "fix", next = "kojo-alone",
      set = own("kojo", "kojo-push", "I said let’s all move on, when you wanted to be heard"),
      inner = "Move on. Like it never happened.",
      why = "Moving on skipped the unfairness he needed someone to hear." },
    repair("kojo", "kojo-push", false, "She hit you, and that wasn’t okay. And the push wasn’t either.", "kojo-alone",
      "They took it back. And they still said the push wasn’t okay.",
      "You owned the open miss, then held the limit on both children evenly."),
  },
}

beat "kojo-alone" {
  present = { "kojo" }, face = "crying",
  say = { kojo = "Can I be on my own now? Like, actually on my own?" },
  cue = "He rolls onto his back and puts his arm across his eyes.",
  choices = {
    { "You can’t hide up here all morning, Kojo. Up you get.",
      kind = "dismiss", next = "breakfast",
      set = own("kojo", "kojo-alone", "I said you couldn’t hide up here all morning"),
      inner = "Not even my room is mine.",
      why = "Hurrying him out of his room ignored the tears he was hiding." },
    { "Not until you’ve said sorry to your sister. Then you can have all the time you like.",
      kind = "fix", next = "breakfast",
      set = own("kojo", "kojo-alone", "I made saying sorry the price of being left alone"),
      inner = "Sorry on command. Doesn’t count.",
      why = "An apology on demand asked for the end of it before he had got there." },
    { "Please don’t shut me out as well. I can’t bear it when you go quiet on me.",
      kind = "enmesh", next = "breakfast",
      set = own("kojo", "kojo-alone", "I asked you not to shut me out, because I couldn’t bear it"),
      inner = "I have to look after them now. Great.",
      why = "Your fear of being shut out landed on him when he needed to be alone." },
    { "Yes. Breakfast’s in ten minutes. I’ll save you the crunchy bits.",
      kind = "attune_boundary", next = "breakfast",
      inner = "They’re going. And coming back. Crunchy bits.",
      why = "You gave him the space he asked for, and a way back in." },
    { "Fine. If that’s what you want.",
      kind = "withdraw", next = "breakfast",
      set = own("kojo", "kojo-alone", "I said “fine” and left it at that"),
      inner = "Fine. Nobody’s coming back.",
      why = "Cold permission gave him the space and took away the way back." },
    repair("kojo", "kojo-alone", false, "I’ll go now, and I’ll save you the crunchy bits.", "breakfast",
      "They said it. And they’re still saving me the crunchy bits.",
      "You named the open miss before leaving, so he had space without it hanging between you."),
  },
}

------------------------------------------------------------------------------
-- Breakfast: both at the table, and Nana on the tablet
------------------------------------------------------------------------------

beat "breakfast" {
  background = "images/kitchen.svg",
  faces = { kojo = "shutdown", esi = "activated" },
  say = { esi = "Kojo! I saved you the crunchy bits! Look! Kojo. KOJO." },
  cue = "Kojo sits at the far end of the table with his hood up and puts one earbud in. Esi holds her plate out towards him with both hands.",
  note = "Two children at one table. The house rule (no earbuds at the table), his need not to talk yet and her wish to be seen can all be kept. Making him answer her, or making them make up, puts the parent’s wish for it to be over first. A repair for a miss still open with either child is offered to that child.",
  choices = {
    { "Kojo. Don’t be rude.",
      to = "kojo", kind = "dismiss", next = "nana-call",
      set = own("kojo", "breakfast", "I called you rude in front of Esi"),
      inner = "Rude. She wrecks my stuff and I’m rude.",
      why = "Manners came before the morning he was still in." },
    { "Earbuds out at the table, Kojo; you needn’t talk. Esi, he may need a bit longer.",
      to = "both", kind = "attune_boundary", next = "nana-call",
      inner = { kojo = "Earbud out. But I don’t have to talk. Fair.", esi = "A bit longer. Not never." },
      why = "One house rule for him, no demand to talk, and a kind word for her waiting: both kept in view." },
    { "Come on, you two, enough. Say sorry, have a big hug, and it’s all forgotten. Deal?",
      to = "both", kind = "fix", next = "nana-call",
      set = own2("breakfast", "I told you to hug and forget it"),
      inner = { kojo = "Forgotten. My shirt isn’t forgotten.", esi = "He won’t hug me. Then it’s MY fault." },
      why = "A hug to order asked them to be over it before either of them was." },
    { "You saved him the crunchiest ones!",
      to = "esi", kind = "attune", next = "nana-call",
      inner = "I did. The crunchiest.",
      why = "You saw what she was offering; he doesn’t have to take it yet, and he isn’t told to." },
    { "That’s lovely, Esi. Kojo, the least you can do is say thank you.",
      to = "esi", kind = "attune", other = "dismiss", next = "nana-call",
      set = own("kojo", "breakfast", "I told you the least you could do was say thank you"),
      inner = { esi = "They saw! Now he has to say thank you.", kojo = "The least I can do. Like I’m the problem." },
      why = "Esi’s kindness was seen; Kojo was ordered to be grateful before he was ready." },
    repair("kojo", "breakfast", true, "You don’t have to talk. I’m glad you came down.", "nana-call",
      "They said it. And I don’t have to talk.",
      "You named the miss still open with Kojo, and let him be quiet at the table."),
    repair("esi", "breakfast", true, "Thank you for saving him the crunchy bits.", "nana-call",
      "They remembered. And they saw my plate.",
      "You named the miss still open with Esi, and saw what she was offering."),
  },
}

beat "nana-call" {
  pressure = 30,
  faces = { kojo = "shutdown", esi = "activated" },
  say = { nana = "Ei! Kojo! You are the big brother. You must know better." },
  cue = "Esi got to the tablet first and told Nana everything. Kojo goes still, ears burning. You know that sentence: it was yours.",
  reflect = "Your own parent’s words came out of the tablet. What did you hear in them, as the eldest child you were, or the younger one?",
  note = "The pressure beat: entering it costs the player steadiness and may flood them. The steady answer is written for this parent: the old sentence lands in their own body first. Nana’s sentence carries something the family rightly values (the senior one looks out for the younger, as Kojo does every morning on the way to her classroom); said as a verdict, down a tablet, in front of his sister, it shames. Agreeing with her adds the parent’s voice to it and shames Kojo twice (a miss for him; it does nothing for Esi, so it is not written as taking her side); telling Nana that Esi started it takes Kojo’s side and does to Esi what she just did to him. Ringing Nana back, and keeping it at home, protects both without blaming anyone, Nana included. A good place to pause.",
  choices = {
    { "(Feel the old heat climb your neck. That sentence was yours once. Breathe out first.)",
      kind = "steady", next = "nana-breath",
      why = "The sentence hit your own history before it hit the room; one breath let you answer from now, not from then." },
    { "Nana’s right, Kojo. You’re the eldest. You should know better.",
      to = "kojo", kind = "dismiss", next = "after-call",
      set = own("kojo", "nana-call", "I agreed with Nana that you should know better, in front of everyone"),
      inner = "Two of them now. In front of Esi.",
      why = "Agreeing with Nana added your voice to hers; he was shamed twice over." },
    { "Mama, it wasn’t all Kojo. Esi went in his room and wrote all over his shirt.",
      to = "kojo", kind = "attune", other = "dismiss", next = "after-call",
      set = own("esi", "nana-call", "I told Nana what you did, to stick up for Kojo"),
      inner = { kojo = "They stuck up for me. In front of Nana.", esi = "Now Nana thinks I’m naughty. Nana was MINE." },
      why = "It defended Kojo, and it did to Esi exactly what she had just done to him." },
    { "Mama, I’ll ring you back. Esi, I know you wanted Nana to know. We’ll sort it out here.",
      to = "both", kind = "attune_boundary", next = "after-call",
      inner = { kojo = "They stopped it. Nana didn’t get the rest.", esi = "They know I wanted Nana. But we sort it here." },
      why = "You ended the call kindly, blamed nobody, and kept the sorting-out at home, where both can be heard." },
    { "Mama, please, not now. They’ve been at it since eight o’clock, and I’m at the end of my rope.",
      to = "both", kind = "enmesh", next = "after-call",
      set = own2("nana-call", "I told Nana I was at the end of my rope, with you both listening"),
      inner = { kojo = "Now they’re upset with both of us. Brilliant.", esi = "Is it my fault they’re at the end?" },
      why = "Your overwhelm went to Nana and landed on both children, listening." },
    { "Esi! Give me that. Nobody likes a telltale.",
      to = "esi", kind = "dismiss", next = "after-call",
      set = own("esi", "nana-call", "I called you a telltale"),
      inner = "Telltale. I was only telling the truth.",
      why = "The word shamed her for telling, when the push really happened." },
  },
}

-- Only after the steady breath at nana-call.
beat "nana-breath" {
  faces = { kojo = "shutdown", esi = "activated" },
  say = { nana = "Hello? Are you there? Kojo, are you hearing me?" },
  cue = "Your breath goes out long and slow. Kojo stares at his plate. Esi looks from him to you, holding the tablet a little less tightly.",
  choices = {
    { "She’s right, you know, Kojo. You’re the big brother. You’re meant to look after her.",
      to = "kojo", kind = "dismiss", next = "after-call",
      set = own("kojo", "nana-breath", "I agreed with Nana that you should know better, in front of everyone"),
      inner = "Even after all that. Still me.",
      why = "Steadier or not, agreeing with Nana shamed him twice over." },
    { "Mama, can I ring you back? We’re in the middle of something. We’ll sort it out here.",
      to = "both", kind = "attune_boundary", next = "after-call",
      inner = { kojo = "In the middle of something. Not “Kojo’s a bully”.", esi = "We sort it here. Okay." },
      why = "Steadier now, you closed the call without blaming anyone and kept the sorting-out at home." },
    { "Mama, it’s not only Kojo, you know. Esi started all of this.",
      to = "kojo", kind = "attune", other = "dismiss", next = "after-call",
      set = own("esi", "nana-breath", "I told Nana you started it, to stick up for Kojo"),
      inner = { kojo = "They stuck up for me.", esi = "Now Nana thinks I’m the naughty one." },
      why = "It defended Kojo by handing Esi to Nana instead." },
    { "(Rest a hand on Kojo’s shoulder, then hold out your other hand for the tablet.)",
      to = "kojo", kind = "attune", next = "after-call",
      inner = "A hand. They’re not agreeing with Nana.",
      why = "Your steadiness reached him before any words; Esi waits to see what happens to the call." },
    { "Esi, hand it over. That wasn’t yours to tell.",
      to = "esi", kind = "dismiss", next = "after-call",
      set = own("esi", "nana-breath", "I told you it wasn’t yours to tell"),
      inner = "It WAS mine. He pushed ME.",
      why = "It told her that her hurt wasn’t hers to tell." },
  },
}

beat "after-call" {
  faces = { kojo = "activated", esi = "shutdown" },
  say = { kojo = "Great. Thanks a lot, Esi. Now Nana thinks I’m a bully." },
  cue = "He pushes his plate away. Esi looks from him to you and back, twisting the end of a plait round her finger.",
  note = "After the call. A repair is offered to each child with a miss still open, by name: Nana’s call may have left one with either of them.",
  choices = {
    { "Hearing that from Nana, with everyone listening. That stung.",
      to = "kojo", kind = "attune", next = "esi-owns", when = calm_with("kojo"),
      inner = "It did. It really did.",
      why = "You named the sting without blaming his sister or his grandmother; Esi heard it too." },
    { "Nana doesn’t think that! She loves you to bits. She’ll have forgotten by tonight.",
      to = "kojo", kind = "fix", next = "esi-owns",
      set = own("kojo", "after-call", "I said Nana would have forgotten by tonight"),
      inner = "She won’t. Nana never forgets anything.",
      why = "Reassurance about Nana skipped how it felt to be shamed in front of her." },
    { "Well, you did push her, Kojo.",
      to = "kojo", kind = "dismiss", next = "esi-owns",
      set = own("kojo", "after-call", "I said “well, you did push her”"),
      inner = "So I AM a bully.",
      why = "True, and it told him the shame was deserved." },
    { "Nana only heard half of it. Esi, that wasn’t fair on him, was it?",
      to = "kojo", kind = "attune", other = "dismiss", next = "esi-owns",
      set = own("esi", "after-call", "I asked you if that was fair on him, in front of him"),
      inner = { kojo = "Yeah. Not fair on me.", esi = "Everyone’s cross with me now." },
      why = "It stood up for Kojo by putting Esi on the spot, when she was already working it out." },
    { "(Sit down between them, and let the quiet be for a moment.)",
      to = "both", kind = "attune", next = "esi-owns",
      inner = { kojo = "Nobody’s making a speech. Good.", esi = "Kojo’s face is sad. Because of me." },
      why = "Your quiet company gave both of them room, and gave Esi room to see what she had done." },
    repair("kojo", "after-call", true, "Hearing that from Nana, with everyone listening. That stung.", "esi-owns",
      "They said what they did. And they get how it stung.",
      "You owned the miss that was still open with Kojo, and turned to the sting of Nana’s words."),
    repair("esi", "after-call", true, "You wanted Nana on your side.", "esi-owns",
      "They said it. I did want Nana.",
      "You owned the miss that was still open with Esi, and named what she had wanted from Nana."),
  },
}

beat "esi-owns" {
  faces = { kojo = "regulated", esi = "activated" },
  say = { esi = "Kojo. I hitted you first. I’m telling Nana that bit too." },
  cue = "She says it to him, all in one breath. He looks at her properly, then slides the crunchy plantain back to her.",
  reflect = "Esi made a repair of her own, in a six-year-old’s words, and Kojo answered with a plate. What is the parent’s job when the children start mending it themselves?",
  note = "Reciprocity: the children reach each other, and the parent does not have to do it all. The job is to notice it and not take it over. Praise makes it a performance; a lesson makes it the parent’s; a hug asked for makes it about the parent’s relief; asking him for words misses the apology he made with a plate. Saying nothing, or very little, leaves it theirs.",
  choices = {
    { "Good girl, Esi! That’s very grown-up. See, Kojo? That’s how you say sorry.",
      to = "esi", kind = "fix", other = "dismiss", next = "garden",
      set = { [key("esi", "esi-owns")] = "I turned your sorry into a lesson for Kojo",
              [key("kojo", "esi-owns")] = "I held Esi up as an example to you" },
      inner = { esi = "Good girl. But now he’s gone cross again.", kojo = "See, Kojo. Like I’m the one who needs lessons." },
      why = "Praising Esi and pointing it at Kojo turned their moment into your lesson." },
    { "So it was both of you. As bad as each other, then.",
      to = "both", kind = "dismiss", next = "garden",
      set = own2("esi-owns", "I said you were as bad as each other"),
      inner = { kojo = "As bad as a six-year-old. Great.", esi = "Bad. Both of us bad." },
      why = "Lumping them together turned an act of honesty into a verdict." },
    { "(Say nothing. Pour the juice, and let it be theirs.)",
      to = "both", kind = "attune", next = "garden",
      inner = { kojo = "Nobody made a thing of it. Good.", esi = "He gave me the crunchy ones back!" },
      why = "They found their way back to each other; staying out of it left it theirs." },
    { "Oh, you two. Come here, I need a hug from both of you. I’ve been so upset all morning.",
      to = "both", kind = "enmesh", next = "garden",
      set = own2("esi-owns", "I asked you both for a hug because I’d been upset"),
      inner = { kojo = "Cringe. Now I have to hug them.", esi = "They were upset because of us." },
      why = "Your relief asked them to look after your morning, right in the middle of theirs." },
    { "Your turn now, Kojo. Say sorry for the push, and then it’s done.",
      to = "kojo", kind = "fix", next = "garden",
      set = own("kojo", "esi-owns", "I told you it was your turn to say sorry"),
      inner = "I just gave her the plantain. Doesn’t that count?",
      why = "Asking for words missed the apology he had just made with a plate." },
  },
}

------------------------------------------------------------------------------
-- The garden: his practice, her gloves, and a game of their own
------------------------------------------------------------------------------

beat "garden" {
  background = "images/garden.svg",
  faces = { kojo = "activated", esi = "regulated" },
  say = { kojo = "Can you tell her to go in? I’m practising. On my own." },
  cue = "Esi is standing on the back step in her wellies, wearing his old goalkeeper gloves. They come halfway up her arms.",
  note = "His no and her longing, both real. Making him include her fights her battle for her; “leave your brother in peace for once” gives him his peace at her expense; a fair rota arrives before either is heard. Holding his no and keeping her company is a limit for one and a place for the other.",
  choices = {
    { "Oh, let her play, Kojo. Five minutes won’t kill you.",
      to = "esi", kind = "rescue", other = "dismiss", next = "window",
      set = { [key("esi", "garden")] = "I tried to get Kojo to let you play, instead of being with you myself",
              [key("kojo", "garden")] = "I told you five minutes wouldn’t kill you" },
      inner = { esi = "Five minutes! Make him!", kojo = "My practice doesn’t count either." },
      why = "Winning her a place in his game, out of pity, took it out of both their hands." },
    { "Esi, in you come. Leave your brother in peace for once.",
      to = "kojo", kind = "attune", other = "dismiss", next = "window",
      set = own("esi", "garden", "I told you to leave Kojo in peace “for once”"),
      inner = { kojo = "Peace. Thanks.", esi = "For once. I always spoil it." },
      why = "He got his peace; “for once” told her she is always the problem." },
    { "His practice, his say, Esi. You can watch from inside, or help me peg out the washing.",
      to = "both", kind = "attune_boundary", next = "window",
      inner = { kojo = "My say. Okay.", esi = "I’ll watch. From inside. Close." },
      why = "You kept his no and kept her company: a limit for one, a place for the other." },
    { "How about you take turns? Ten minutes each in goal, and I’ll time it on my phone. Fair’s fair.",
      to = "both", kind = "fix", next = "window",
      set = own2("garden", "I made you take turns and timed it, before I’d heard either of you"),
      inner = { kojo = "I don’t want turns. I want to practise.", esi = "Ten minutes is tiny." },
      why = "A fair system arrived before either child had been heard, and took the garden out of their hands." },
    { "You want the garden to yourself for a bit. To practise.",
      to = "kojo", kind = "attune", next = "window",
      inner = "Yes. For a bit.",
      why = "You heard his wish; Esi waits to hear what it means for her." },
    repair("kojo", "garden", true, "It’s your practice. I’ll keep Esi company.", "window",
      "They said it. And they get the practice is mine.",
      "You owned the miss still open with Kojo, and kept his no."),
    repair("esi", "garden", true, "Stay by me for a bit?", "window",
      "They said it. I can stay by them.",
      "You owned the miss still open with Esi, and gave her somewhere to be."),
  },
}

beat "window" {
  present = { "esi" }, cue_only = true, background = "images/kitchen.svg", face = "activated",
  say = { esi = "I don’t even WANT to play with stupid Kojo. Football’s boringest." },
  cue = "She kneels on a chair, nose on the back window, still in the big gloves, watching every kick.",
  reflect = "“I don’t even want to.” What was the nose against the glass saying?",
  note = "Cue beat. Taking her words at face value (the socks), proving her wrong (the gloves), going out to make Kojo let her play, or distracting her with baking all miss the wanting. Keeping her company at the glass meets it.",
  choices = {
    { "(Hand her the sock basket to sort, since she doesn’t want to play.)",
      kind = "dismiss", next = "kojo-goal",
      set = own("esi", "window", "I took you at your word and gave you the socks"),
      inner = "Socks. I wanted Kojo.",
      why = "Taking her words at face value missed the nose on the glass." },
    { "You’ve still got his gloves on, and you’re watching every kick. You DO want to play.",
      kind = "fix", next = "kojo-goal",
      set = own("esi", "window", "I said you did want to play, to prove you wrong"),
      inner = "I DON’T. I’m taking them off.",
      why = "Naming what she was doing, to win the point, made her give it up." },
    { "I’ll go out and tell him he has to let you play. It’s not fair on you.",
      kind = "rescue", next = "kojo-goal",
      set = own("esi", "window", "I said I’d go and make Kojo let you play"),
      inner = "Then he’ll hate me. And the game.",
      why = "Going into battle for her, out of pity, would make Kojo’s game a punishment." },
    { "(Pull up a stool next to her and look out with her, saying nothing.)",
      kind = "attune", next = "kojo-goal",
      inner = "They’re watching too. Kojo did a good one.",
      why = "You joined her where she was, instead of arguing with her words." },
    { "Shall we do some baking instead? Cupcakes with sprinkles?",
      kind = "fix", next = "kojo-goal",
      set = own("esi", "window", "I offered you cupcakes to take your mind off him"),
      inner = "Cupcakes aren’t Kojo.",
      why = "A treat to distract her skipped the wanting she was pressed against the glass with." },
    repair("esi", "window", false, "Can I sit here with you?", "kojo-goal",
      "They said it. And they’re staying with me.",
      "You owned the open miss and asked to keep her company where she was."),
  },
}

beat "kojo-goal" {
  present = { "kojo" }, background = "images/garden.svg", face = "activated",
  say = { kojo = "There’s trials at Castle Hill. Against Year 8s. I’ll be the smallest." },
  cue = "You take him a drink. He keeps the ball up, four, five, six; it drops. He doesn’t turn round.",
  choices = {
    { "You’ll walk into that team. You’re brilliant, and they’ll see it.",
      kind = "fix", next = AFTER_GOAL,
      set = own("kojo", "kojo-goal", "I told you you’d walk into the team"),
      inner = "You have to say that. You’re my parent.",
      why = "Reassurance came before the fear had been heard, so he couldn’t believe it." },
    { "Do a hundred keepy-uppies a day all summer, and you’ll be ready.",
      kind = "fix", next = AFTER_GOAL,
      set = own("kojo", "kojo-goal", "I gave you a training plan instead of listening"),
      inner = "A plan. Like being small is a skills problem.",
      why = "Advice answered a fear with homework." },
    { "From the biggest in the school to the smallest.",
      kind = "attune", next = AFTER_GOAL,
      inner = "Exactly. All over again.",
      why = "You named the drop he is facing, in a line, and let it be as big as it is." },
    { "I was the smallest in my year at secondary. They put my bag in the bin every day. Awful.",
      kind = "enmesh", next = AFTER_GOAL,
      set = own("kojo", "kojo-goal", "I told you about my bag in the bin, and scared you"),
      inner = "Every day? Great. Thanks for that.",
      why = "Your own old hurt took the space, and told him what to dread." },
    { "That’s September! It’s the holidays.",
      kind = "dismiss", next = AFTER_GOAL,
      set = own("kojo", "kojo-goal", "I said not to worry about September yet"),
      inner = "I can’t just not worry.",
      why = "Putting the fear off till September left him holding it in July." },
    repair("kojo", "kojo-goal", false, "The smallest one there. That’s a lot to carry round.", AFTER_GOAL,
      "They said it. And they get the small thing.",
      "You owned the open miss, and then met the fear he had just told you."),
  },
}

-- Only while a miss is open with Kojo: he kicks the ball at the fence.
beat "kojo-fence" {
  present = { "kojo" }, face = "activated",
  say = { kojo = "Whatever. Can you stop watching me?" },
  cue = "He kicks the ball against the fence, hard, again and again. Thud. Thud. Thud.",
  choices = {
    { "Not so hard! You’ll break the fence.",
      kind = "dismiss", next = "invite",
      set = own("kojo", "kojo-fence", "I told you off about the fence"),
      inner = "Even the fence matters more.",
      why = "Guarding the fence answered the kicks and not the boy." },
    repair("kojo", "kojo-fence", false, "I’ll be at the washing line if you want me.", "invite",
      "They said it. And they’re not hovering.",
      "You owned the miss in a line and gave him his space, with you in reach."),
    { "(Go back inside and leave him to it.)",
      kind = "withdraw", next = "invite",
      set = own("kojo", "kojo-fence", "I went inside and left you to it"),
      inner = "They always go.",
      why = "Leaving answered his words and not his thuds." },
    { "(Go back to the washing line, in reach, and let him kick.)",
      kind = "attune", next = "invite",
      inner = "They’re not hovering. Good.",
      why = "Distance without leaving answered the thuds. The miss itself is still unnamed." },
    { "Come on, cheer up, it’s the summer holidays! No more long faces, eh?",
      kind = "fix", next = "invite",
      set = own("kojo", "kojo-fence", "I told you to cheer up"),
      inner = "Cheer up. Sure.",
      why = "Cheering him up asked the feeling to leave before it had been met." },
  },
}

beat "invite" {
  faces = { kojo = "regulated", esi = "regulated" },
  say = { kojo = function(s)
    if s.people.kojo.open_ruptures > 0 then return "Esi! You can go in goal. Anything’s better than being stared at." end
    return "Esi! You can go in goal. But you have to actually dive, okay?"
  end },
  cue = "She’s out of the door in a flash. He rolls his eyes, then moves the flowerpots in to make the goal smaller for her.",
  reflect = "When children find their own way back to each other, what is the pull for the parent, and what does stepping back cost?",
  note = "Reciprocity again, and the one Kojo would be most embarrassed to hear named: he is kind to her when he thinks no one is looking. Loud praise, a lesson, refereeing in case it goes wrong, or a photo for the family group all take the moment from them. Stepping back is an answer, to both. A good place to pause.",
  choices = {
    { "Aww, Kojo! That’s so kind of you! See how much nicer it is when you’re nice to each other?",
      to = "both", kind = "fix", next = "dive",
      set = own2("invite", "I made a big thing of you two playing"),
      inner = { kojo = "Cringe. Never doing that again.", esi = "Nice? We were just playing." },
      why = "Praise and a lesson turned his private kindness into a show, and he will hide the next one." },
    { "(Run over and join in.) I’ll be the ref! First to five, and no arguing with the ref!",
      to = "both", kind = "rescue", next = "dive",
      set = own2("invite", "I took over your game as the ref"),
      inner = { kojo = "Now it’s their game.", esi = "I wanted it to be me and Kojo." },
      why = "Refereeing in case it went wrong took over the game they had just made." },
    { "(Carry on pegging out the washing. Let the game be theirs.)",
      to = "both", kind = "attune", next = "dive",
      inner = { kojo = "Nobody’s watching. Good.", esi = "I’m in goal! Kojo’s goal!" },
      why = "They found each other; your quiet nearness let it stay theirs." },
    { "Oh, you two! Stay right there, I need a photo of this for Nana.",
      to = "both", kind = "enmesh", next = "dive",
      set = own2("invite", "I made it into a photo for Nana"),
      inner = { kojo = "Not for the family group. Please.", esi = "A photo! But Kojo’s gone all stiff." },
      why = "Your relief needed capturing, and the moment became yours." },
    { "Be gentle with her, Kojo. Remember she’s little.",
      to = "kojo", kind = "dismiss", next = "dive",
      set = own("kojo", "invite", "I told you to be gentle, as if you’d hurt her"),
      inner = "I moved the flowerpots for her. They think I’d hurt her.",
      why = "A warning answered the kindness he had just shown with suspicion." },
    repair("kojo", "invite", true, "I’ll leave you two to it.", "dive",
      "They said it. Short. And they’re not staring.",
      "You named the miss still open with Kojo, briefly, and left the game to the two of them, without making a show of his kindness."),
    repair("esi", "invite", true, "Go on, then. Dive.", "dive",
      "They said it. And I’m in goal!",
      "You named the miss still open with Esi and let her go to her game."),
  },
}

beat "dive" {
  pressure = 25,
  faces = { kojo = "activated", esi = "crying" },
  say = { esi = "He LAUGHED at me! He laughed when I falled!" },
  cue = "She threw the ball at his face; now he has her wrist, and she’s in tears. It was going so well.",
  reflect = "“It was going so well.” What happens to your own steadiness when a good moment breaks?",
  note = "The second flare, after the children had found each other. The pressure is the parent’s disappointment, which pulls towards “I give up” (getting swept up) or ending the game (withdrawing). The limit is the same as on the landing, for both. “How dare you laugh at her!” is the parent’s own outrage taking Esi’s side: getting swept up, even for her (docs: side-taking), and a miss for Kojo. Checking Kojo’s face and blaming Esi, calmly, is the other side taken: attuned to him, a verdict for her. Once it is calm, a look at her wrist and his face is care, not a fuss, as with the elbow in the morning.",
  choices = {
    { "I give up. I try and try with you two, and look at you. Every single time, without fail!",
      to = "both", kind = "enmesh", next = "after-dive",
      set = own2("dive", "I said I give up with you two"),
      inner = { kojo = "We ruin everything.", esi = "I broke it. The nice bit." },
      why = "Your disappointment was real, and it filled the garden; both children ended up holding it." },
    { "(It was going so well. Let the disappointment land, unclench your jaw, and breathe out once.)",
      kind = "steady", next = "dive", when = function(s) return s.steadiness < 60 end,
      why = "The pull here is your own disappointment; naming it to yourself, and one breath, lets you hold the limit without it." },
    { "Kojo! Let go of her this minute! How dare you laugh at her when she falls!",
      to = "esi", kind = "enmesh", other = "dismiss", next = "after-dive",
      set = { [key("esi", "dive")] = "I got furious with Kojo for you, and it turned into my anger",
              [key("kojo", "dive")] = "I shouted at you about laughing and never looked at your face" },
      inner = { esi = "They’re SO cross. Now it’s a big thing.", kojo = "She threw it in my FACE." },
      why = "Your outrage on her behalf filled the garden: she had your anger to deal with too, and Kojo’s face was never looked at." },
    { "Kojo, let go. Esi, no throwing. The laugh hurt and the ball hurt; nobody hurts anybody.",
      to = "both", kind = "attune_boundary", next = "after-dive",
      inner = { kojo = "Both of us. Both things. Okay.", esi = "They said the laughing hurt. It did." },
      why = "The same limit for both, with each one’s hurt named: nobody won, nobody was lost." },
    { "(Pick up the ball and take it inside.) Game over. Both of you in, now.",
      to = "both", kind = "withdraw", next = "after-dive",
      set = own2("dive", "I ended the game and sent you both in"),
      inner = { kojo = "Knew it wouldn’t last.", esi = "No more goal. Not ever." },
      why = "Ending everything, coldly, left both children alone with what had just happened." },
    { "Let go, Kojo. Are you okay? Let me see your face. Esi, that was a horrible throw.",
      to = "kojo", kind = "attune", other = "dismiss", next = "after-dive",
      set = own("esi", "dive", "I told you off for the throw, and never asked about the laughing"),
      inner = { kojo = "They looked at my face first.", esi = "He LAUGHED. Nobody cares about that." },
      why = "Checking Kojo’s face, calmly, was kind to him; the verdict on Esi took his side, and his laugh vanished." },
  },
}

beat "after-dive" {
  say = { kojo = function(s)
    if s.people.kojo.open_ruptures == 0 and s.people.esi.open_ruptures == 0 then
      return "Sorry I laughed. That was actually a good dive. Nearly."
    end
    return "It was a JOKE. She can’t even take a joke."
  end },
  cue = function(s)
    if s.people.kojo.open_ruptures == 0 and s.people.esi.open_ruptures == 0 then
      return "Esi wipes her nose on the big glove and thinks about it. “Sorry I did your face,” she says. Then: “Can I go in goal again?”"
    end
    return "Esi sits in the flowerbed rubbing her wrist and glaring at him. Mud on her knees, mud on the gloves."
  end,
  note = "When the flare was met, they mend it themselves: his sorry, hers, and the game again. When it was missed, each child still carries it (she is rubbing the wrist he grabbed: a look at it is care), and a repair is offered to each by name. Lollies and “you’re fine now” move past it either way.",
  choices = {
    { "(Sit down on the back step, near enough for both of them.)",
      to = "both", kind = "attune", next = "shirt-washed",
      inner = { kojo = "They’re just there. No lecture.", esi = "I can sit by them if I want." },
      why = "Your calm, close and quiet, was there for either of them to come to." },
    { "Best of three, then! I’ll be over at the washing line.",
      to = "both", kind = "attune", next = "shirt-washed",
      when = function(s) return s.people.kojo.open_ruptures == 0 and s.people.esi.open_ruptures == 0 end,
      inner = { kojo = "Best of three. She’s rubbish. She’s okay.", esi = "Again! Kojo said sorry!" },
      why = "They had sorted it between them; you followed their lead and stepped back." },
    { "Right, everyone’s fine. Let’s have an ice lolly and forget all about it.",
      to = "both", kind = "fix", next = "shirt-washed",
      set = own2("after-dive", "I said everyone was fine and offered lollies to forget it"),
      inner = { kojo = "Forget it. Sure.", esi = "Lolly. But my wrist still hurts." },
      why = "A treat and a clean slate moved past what had happened, whether they had mended it or not." },
    { "Dry your eyes now, Esi. No more tears. You’re fine.",
      to = "esi", kind = "fix", next = "shirt-washed",
      set = own("esi", "after-dive", "I told you to dry your eyes, that you were fine"),
      inner = "I’m not fine. I’m muddy and sad.",
      why = "Soothing meant to stop the tears asked her to feel less, not to be less alone." },
    { "It wasn’t a joke to her, Kojo. You laughed at her.",
      to = "kojo", kind = "dismiss", next = "shirt-washed",
      when = function(s) return s.people.kojo.open_ruptures > 0 or s.people.esi.open_ruptures > 0 end,
      set = own("kojo", "after-dive", "I told you it wasn’t a joke to her"),
      inner = "Everyone’s always on her side.",
      why = "True, and a lecture: he heard only that he was the problem again." },
    { "(Crouch down by Esi.) Let me see that wrist.",
      to = "esi", kind = "attune", next = "shirt-washed", id = "after-dive.wrist",
      when = function(s) return s.people.kojo.open_ruptures > 0 or s.people.esi.open_ruptures > 0 end,
      inner = "They’re looking. It does hurt a bit.",
      why = "Looking at her wrist took the hurt seriously, as with her elbow this morning; a miss still open is still unnamed." },
    repair("kojo", "after-dive", true, "Did the ball hurt?", "shirt-washed",
      "They said it. And they asked about my face.",
      "You owned the miss still open with Kojo, and asked about his hurt."),
    repair("esi", "after-dive", true, "The laughing hurt, didn’t it?", "shirt-washed",
      "They said it. And they know the laughing hurt.",
      "You owned the miss still open with Esi, and named the hurt under the throw."),
  },
}

------------------------------------------------------------------------------
-- The afternoon: the shirt, washed; a question while drying up; bedtime
------------------------------------------------------------------------------

beat "shirt-washed" {
  background = "images/living-room.svg",
  faces = { kojo = "activated", esi = "activated" },
  say = { kojo = "You can still see it. ESI. With a heart. On my leavers’ shirt." },
  cue = "The glitter has washed out to a pale purple ghost. Esi perches on the sofa arm, something folded behind her back.",
  note = "Property, and whose job the making-up is. The shirt is his; what she did to it is hers to put right, in her way. Saying her sorry for her takes it from her. “Never mind that, Esi’s got something for you” is kind to her and brushes his loss aside.",
  choices = {
    { "Honestly, it’s so faint now.",
      to = "kojo", kind = "dismiss", next = "collar",
      set = own("kojo", "shirt-washed", "I said it was so faint, as if it didn’t count"),
      inner = "I notice. Every time.",
      why = "Making it faint made his loss faint too." },
    { "It’s still there, and it’s still yours. Esi, is there something you want to do?",
      to = "both", kind = "attune_boundary", next = "collar",
      inner = { kojo = "Still mine. They get it.", esi = "My card! I can give it now." },
      why = "You let the damage be real, kept the shirt his, and left the making-up to her." },
    { "Esi’s made you a card, Kojo, haven’t you, Esi? She’s very sorry. Go on, show him.",
      to = "esi", kind = "rescue", next = "collar",
      set = own("esi", "shirt-washed", "I said your sorry for you, before you could"),
      inner = "That was MY sorry. They said it first.",
      why = "Saying her apology for her took it out of her hands." },
    { "Never mind that now, Kojo. Esi’s got something for you. Go on, Esi.",
      to = "esi", kind = "attune", other = "dismiss", next = "collar",
      set = own("kojo", "shirt-washed", "I said “never mind that” about your shirt"),
      inner = { esi = "My turn! My card!", kojo = "Never mind that. Never mind me." },
      why = "Making way for Esi’s card was kind to her; “never mind that” brushed his loss aside." },
    { "It’s your shirt, and it’s not how you wanted it.",
      to = "kojo", kind = "attune", next = "collar", when = calm_with("kojo"),
      inner = "No. It isn’t.",
      why = "You met his disappointment plainly; Esi waits with her card." },
    repair("kojo", "shirt-washed", true, "It’s your shirt, and it’s not how you wanted it.", "collar",
      "They said it. And it is still mine.",
      "You owned the miss still open with Kojo, and met his disappointment plainly."),
    repair("esi", "shirt-washed", true, "What have you got there?", "collar",
      "They said it. Now I can show my card.",
      "You owned the miss still open with Esi, and left her room to make her own amends."),
  },
}

beat "collar" {
  cue_only = true,
  faces = { kojo = "regulated", esi = "regulated" },
  say = { kojo = "Whatever. She can stay on it. But the heart’s going." },
  cue = "He says it to the radiator, her card open on his knee. Esi has both hands over her mouth.",
  reflect = "“Whatever” can be the biggest word an eleven-year-old has. What told you what he meant?",
  note = "Cue beat, and the last moment of reciprocity: his words shrug, and what he does is a gift. Correcting his “whatever” takes the words at face value; saying out loud how much they love each other exposes him and he will take it back. Taking up his joke about the heart, or a look and an exit, leaves it theirs.",
  choices = {
    { "Kojo. Say it nicely.",
      to = "kojo", kind = "dismiss", next = "uncle",
      set = own("kojo", "collar", "I told you to say it nicely, when you’d just been kind"),
      inner = "Forget it, then.",
      why = "Correcting the word missed the gift it came with." },
    { "Fair. The heart can go.",
      to = "kojo", kind = "attune", next = "uncle",
      inner = "Yeah. The heart can go. The name can stay.",
      why = "You took up his own terms, lightly, and let the gift stand without a speech." },
    { "Look at Esi, hands over her mouth! And you opened her card! You two love each other, really.",
      to = "both", kind = "fix", next = "uncle",
      set = own2("collar", "I made a speech about you two loving each other"),
      inner = { kojo = "Why do they have to SAY it?", esi = "He’s gone red. Is he cross?" },
      why = "Every word was true, and saying it out loud made him want to take it back." },
    { "(Catch Kojo’s eye for a second, nod, and go and put the kettle on.)",
      to = "both", kind = "attune", next = "uncle",
      inner = { kojo = "They saw. They didn’t say. Perfect.", esi = "Kojo kept my name!" },
      why = "A look and an exit left the moment to the two of them." },
    { "(Burst into happy tears and pull them both into a hug.)",
      to = "both", kind = "enmesh", next = "uncle",
      set = own2("collar", "I got all teary and pulled you both into a hug"),
      inner = { kojo = "Now they’re crying. Great.", esi = "Why is everyone crying?" },
      why = "Your feeling took the middle of the room, where theirs had just been." },
    repair("kojo", "collar", true, "And the heart can go.", "uncle",
      "They said it. Short. And the heart can go.",
      "You owned the miss still open with Kojo in a line, then took up his own terms."),
    repair("esi", "collar", true, "Your name’s staying.", "uncle",
      "They said it. And my name’s staying!",
      "You owned the miss still open with Esi, and let the news be hers."),
  },
}

beat "uncle" {
  present = { "kojo" }, background = "images/kitchen.svg", face = "regulated",
  say = { kojo = "Were you like this with Uncle Kwesi? When you were little?" },
  cue = "Esi is in the bath, singing. Kojo is drying up very slowly, eyes on the plate in his hands, which is how he asks the real questions.",
  reflect = "What did you learn as a child about being the older one, or the younger one? What of it came into the house today?",
  note = "A question about the parent’s own sibling history. A short, true answer that hands the focus straight back can be attuned; a long one moves the evening to the parent. The long answer is also where the parent’s own “you must know better” lives: worth noticing, and worth taking somewhere else (a friend, a partner, a group like this one).",
  choices = {
    { "Oh, all the time. Nana always said, “You are the senior one, you must know better.” I hated it. Today I felt eleven again.",
      kind = "enmesh", next = "sofa",
      set = own("kojo", "uncle", "I told you all about me and Nana, when you’d asked about you"),
      inner = "Now I feel sorry for them. I was asking about me.",
      why = "Your old hurt is real; told at length, it made him the listener." },
    { "That was different. We didn’t have time to fight; we had chores.",
      kind = "dismiss", next = "sofa",
      set = own("kojo", "uncle", "I said it was different for us"),
      inner = "Right. We’re just spoilt.",
      why = "Comparing childhoods closed the door he had opened." },
    { "Sometimes. He drew on my school project once. I was furious for days. What made you ask?",
      kind = "attune", next = "sofa",
      inner = "Furious for DAYS? And they want to know about me.",
      why = "A short, true answer, then straight back to him: company without a takeover." },
    { "And look at me and Uncle Kwesi now! Best mates. You two will be the same.",
      kind = "fix", next = "sofa",
      set = own("kojo", "uncle", "I promised you two would end up best mates"),
      inner = "Maybe. That’s not what I asked.",
      why = "A happy ending for later stepped past the question he was asking now." },
    repair("kojo", "uncle", false, "And yes, sometimes. What made you ask?", "sofa",
      "They said it. And they want to know why I asked.",
      "You owned the miss still open, answered briefly, and handed the question back to him."),
  },
}

beat "sofa" {
  background = "images/living-room.svg",
  faces = { kojo = "regulated", esi = "regulated" },
  say = { esi = "Kojo. When you go to big school, will you still wave at me? From the bus?" },
  cue = "She’s squashed up against him on the sofa, his silver gel pen in her fist. He keeps his eyes on the football on the telly.",
  reflect = "The question is hers and the answer is his. What is yours to do?",
  note = "Esi asks Kojo, not you. The pull is to answer for him (a promise he hasn’t made), to shield him from her (fighting his corner: rescuing, as fighting hers is in the garden), or to shield her from his silence. A repair for a miss still open with either child is offered to that child, here and once more at bedtime.",
  choices = {
    { "Course he will! Won’t you, Kojo? Tell her you will.",
      to = "esi", kind = "fix", other = "dismiss", next = "goodnight",
      set = { [key("esi", "sofa")] = "I promised you he’d wave, when it wasn’t mine to promise",
              [key("kojo", "sofa")] = "I told you what to say to Esi" },
      inner = { esi = "Course he will. Will he?", kojo = "I was going to say yes. Now I can’t." },
      why = "Answering for him made a promise that wasn’t yours, and took his yes away." },
    { "Give him a break, Esi. He’s got enough to think about, with a new school.",
      to = "kojo", kind = "rescue", other = "dismiss", next = "goodnight",
      set = own2("sofa", "I answered Esi for you, as if you couldn’t", "I told you to give him a break, when you’d asked him something real"),
      inner = { kojo = "Off the hook. I was going to say yes, though.", esi = "I shouldn’t have asked." },
      why = "Shielding Kojo from her question, out of worry for him, took his answer out of his hands; and it taught her not to ask." },
    { "(Sit down in the armchair, and wait with her for his answer.)",
      to = "both", kind = "attune", next = "goodnight", set = { his_answer = true },
      inner = { kojo = "They’re leaving it to me. Okay. Yes. Probably.", esi = "We’re both waiting for Kojo." },
      why = "The question was hers and the answer his; you kept them company and left it between them." },
    { "You’re going to miss him so much. Kojo, you could at least look at her.",
      to = "esi", kind = "attune", other = "dismiss", next = "goodnight",
      set = own("kojo", "sofa", "I told you off for watching the telly, when you were thinking about her question"),
      inner = { esi = "They know I’ll miss him.", kojo = "I was going to answer. Forget it." },
      why = "It met Esi, and made Kojo the one who’d let her down before he had said a word." },
    { "Oh, don’t, you’ll set me off. My babies, all grown up. Where did the time go?",
      to = "both", kind = "enmesh", next = "goodnight",
      set = own2("sofa", "I got teary about you growing up, and it took over"),
      inner = { kojo = "Here we go.", esi = "Why are they crying? I only asked about waving." },
      why = "Your own feeling about the change took over her question." },
    repair("kojo", "sofa", true, "And I’ll leave the answer to you.", "goodnight",
      "They said it. And they’re leaving it to me.",
      "You owned the miss still open with Kojo, and left him his own answer.", { his_answer = true }),
    repair("esi", "sofa", true, "That’s a big thing to ask him.", "goodnight",
      "They said it. And it is a big thing.",
      "You owned the miss still open with Esi, and let her question be as big as it is.", { his_answer = true }),
  },
}

-- The last beat, on the landing where the morning began. Every answer ends
-- the story; a miss made here is named in the ending.
beat "goodnight" {
  background = "images/bedroom.svg",
  faces = { kojo = "regulated", esi = "regulated" },
  say = { esi = "Can my door stay open? So I can hear Kojo’s music?" },
  cue = "Bedtime, on the landing. Kojo rolls his eyes, then leaves his door open a crack and turns his music down.",
  reflect = "The day ends where it began. What is different on the landing now, and who made it different?",
  note = "The last beat. A miss still open with either child can be named here, to that child. A miss made here leads to lights-out, where it can still be named. Both children have found their own way to an open door: the parent can let that be enough.",
  choices = {
    { "Kojo, music off. She needs to sleep.",
      to = "kojo", kind = "dismiss", other = "dismiss", next = "lights-out",
      set = own2("goodnight", "I told you to turn your music off, when you’d turned it down for her",
                 "I said music off, when you’d asked to hear it"),
      inner = { kojo = "I turned it down FOR her. Whatever.", esi = "But I WANTED to hear it." },
      why = "A rule landed on top of the kindness he had just done, and flattened it; and her question went unanswered." },
    { "Doors open a crack, music low, lights out in ten. Night, you two.",
      to = "both", kind = "attune_boundary", next = to_ending(),
      inner = { kojo = "Music low. Door open. Fine by me.", esi = "I can hear Kojo. Night night." },
      why = "A bedtime limit for both, kept warm, and their open doors left as they made them." },
    { "That’s good of you, Kojo. Esi, don’t push it; he’s been more than patient today.",
      to = "kojo", kind = "attune", other = "dismiss", next = "lights-out",
      set = own("esi", "goodnight", "I told you not to push it with Kojo"),
      inner = { kojo = "They noticed. Nice.", esi = "Don’t push it. I’m too much." },
      why = "It thanked Kojo at Esi’s expense, on the last word of her day." },
    { "Course you can, sweetheart. Kojo, you can turn it down more than that.",
      to = "esi", kind = "attune", other = "dismiss", next = "lights-out",
      set = own("kojo", "goodnight", "I told you to turn it down more, when you’d already done it for her"),
      inner = { esi = "Yes! Kojo’s music!", kojo = "I ALREADY did. Nobody sees anything." },
      why = "It gave Esi her wish and corrected Kojo for the kindness he had already done." },
    { "Look at the pair of you. This is all I’ve ever wanted, you know. I could cry, honestly.",
      to = "both", kind = "enmesh", next = "lights-out",
      set = own2("goodnight", "I got teary and made bedtime about me"),
      inner = { kojo = "Here we go again.", esi = "Are they sad or happy?" },
      why = "Your feeling took the last word of the day, which was theirs." },
    repair_both("goodnight", "Night, both of you. Doors open.", to_ending(),
      { kojo = "They said it. Fine. Night.", esi = "They said it! Night night." },
      "You named the miss still open with both of them before the day ended, and gave them their open doors."),
    repair("kojo", "goodnight", true, "Thanks for the music.", to_ending(),
      "They said it. And they heard the music.",
      "You named the miss still open with Kojo before the day ended, and thanked him for what he did."),
    repair("esi", "goodnight", true, "Door open. Night night.", to_ending(),
      "They said it. And my door stays open.",
      "You named the miss still open with Esi before she slept, and gave her the open door."),
  },
}

-- Only after a miss at goodnight: a voice from a dark bedroom. Every answer
-- ends the story.
beat "lights-out" {
  faces = { kojo = "shutdown", esi = "activated" },
  say = { esi = "Night night. Are you cross with us?" },
  cue = "The landing light is off. She has called out from her bed, and across the landing Kojo is listening too.",
  reflect = "A child calls out after lights out. What would you want both of them to fall asleep with?",
  note = "Only after a miss at goodnight. The question comes from Esi, and Kojo hears the answer. A repair to the child who was missed, or to both, can be one line. A warm “not cross” without naming the miss is attuned and still leaves it open; taking a side now ends the day with the other child’s rupture open.",
  choices = {
    repair_both("lights-out", "Not cross. Night, both of you.", to_ending(),
      { kojo = "They took it back. Night.", esi = "Not cross. Night night." },
      "You named the miss to both of them from the landing, in one line, before they slept."),
    repair("kojo", "lights-out", true, "Not cross, Kojo. Night.", to_ending(),
      "They said it. Fine. Night.",
      "You named the miss still open with Kojo, plainly, before he slept."),
    repair("esi", "lights-out", true, "Not cross, Esi. Night night.", to_ending(),
      "They said it. Night night.",
      "You named the miss still open with Esi, plainly, before she slept."),
    { "No. Not cross with either of you. Night night.",
      to = "both", kind = "attune", next = to_ending(),
      inner = { kojo = "Not cross. Okay.", esi = "Not cross. Night night." },
      why = "A warm answer to both of them. The miss itself is still unnamed." },
    { "Not with you, Esi. Kojo and I will talk about that music in the morning.",
      to = "esi", kind = "attune", other = "dismiss", next = to_ending(),
      set = own("kojo", "lights-out", "I told Esi I wasn’t cross with her, and left you out"),
      inner = { esi = "Not with me. Phew.", kojo = "Not her. Just me, then." },
      why = "It settled Esi at Kojo’s expense, with him listening in the dark." },
    { "Night, Kojo, love. Esi, no more calling out; it’s sleep time.",
      to = "kojo", kind = "attune", other = "dismiss", next = to_ending(),
      set = own("esi", "lights-out", "I told you no more calling out"),
      inner = { kojo = "Night. They said love.", esi = "I only asked. Now I can’t ask anything." },
      why = "It warmed Kojo and shut Esi’s question down." },
    { "(Say nothing, and go downstairs.)",
      to = "both", kind = "withdraw", next = to_ending(),
      set = own2("lights-out", "I didn’t answer, and went downstairs"),
      inner = { kojo = "No answer. Typical.", esi = "They didn’t answer. They ARE cross." },
      why = "Silence answered her question for you: yes." },
  },
}

------------------------------------------------------------------------------
-- Endings (the rules choose among them by verdict; of the "other" endings,
-- the first whose when holds)
------------------------------------------------------------------------------

local GOOD = 65
local function close_with(s, who)
  local p = s.people[who]
  return p.open_ruptures == 0 and p.connection >= GOOD
end

ending "end-close" {
  title = "Two doors open", verdict = "connected", background = "images/bedroom.svg",
  text = function(s)
    local bus = s.vars.his_answer
      and "On the sofa, eyes on the telly, he told her: “If you’re at the window. Eight-oh-five.” "
      or ""
    return bus .. "You stand on the landing between two half-open doors: Kojo’s music, low; Esi’s breathing, slow. "
      .. "The leavers’ shirt hangs on his chair with a pale purple name on the back and no heart. "
      .. "Nobody had to win this morning. Each of them was heard, the limits held for both, "
      .. "and when they reached for each other, you let them."
  end,
  reflect = "Where did you feel the pull to be the judge, and what helped you stay with both of them instead?",
  note = "Reached with no miss with either child, and both of them close. Ask where the pull to take a side was strongest, and what a repair would have sounded like if it had won.",
}

ending "end-mended" {
  title = "Mended, both of them", verdict = "stronger", background = "images/bedroom.svg",
  text = function(s)
    local k, e = s.people.kojo.repairs, s.people.esi.repairs
    local who
    if k > 0 and e > 0 then who = "each of them"
    elseif k > 0 then who = "Kojo"
    else who = "Esi" end
    local bus = s.vars.his_answer
      and " On the sofa, eyes on the telly, he told her he would wave: “Eight-oh-five. Be at the window.”"
      or ""
    return "Two doors open a crack on the landing, music low." .. bus .. " It wasn’t a smooth day: you missed "
      .. who .. ", and it showed. Each time you came back to the one you had missed, said what you had done, "
      .. "and didn’t lose the other on the way. The shirt keeps a pale purple name on the back. "
      .. "They have learned something worth more than who started it: in this house, a break can be named and put right, "
      .. "by the grown-up, and by them."
  end,
  reflect = "Which repair was hardest to say with the other child listening, and what made it possible?",
  note = "Reached when every miss with either child was mended and both ended close. Ask which repair the group found hardest, and whether repairing with one child ever felt like taking sides against the other.",
}

ending "end-esi-close" {
  title = "One door open", verdict = "other", background = "images/bedroom.svg",
  when = function(s) return close_with(s, "esi") and not close_with(s, "kojo") end,
  text = "Esi falls asleep to the music from across the landing, sure of you. Kojo’s door is open a crack too, "
      .. "but he has his headphones on, and when you say goodnight he says “Night” to the ceiling. "
      .. "Somewhere today he learned that his side of things waits. There is still time to go back and hear it.",
  reflect = "Where did Kojo’s side get lost? What would you say to him tomorrow, before anything else?",
  note = "An “other” ending: Esi close, Kojo not (a miss still open with him, or his connection low). Often reached by meeting the younger child’s tears and tending the older child’s grievance too little, or by side-taking that felt fair. Ask the group what it is like to be the eldest in a fight.",
}

ending "end-kojo-close" {
  title = "The other door", verdict = "other", background = "images/bedroom.svg",
  when = function(s) return close_with(s, "kojo") and not close_with(s, "esi") end,
  text = "Kojo says goodnight properly, even a “love you” under his breath. Across the landing Esi is already "
      .. "in bed with her face to the wall, holding half a purple pen, and she doesn’t say night night. Somewhere today "
      .. "something of hers went unheard, and she has stopped asking. There is still time to go and sit on the end of her bed.",
  reflect = "Where did Esi’s side get lost? What would she need to hear from you tonight?",
  note = "An “other” ending: Kojo close, Esi not. Often reached by siding with the older child’s grievance (it feels fair: she did start it), or by missing the reason under the glitter. Ask what it is like to be the youngest, and the one who started it.",
}

ending "end-unsaid" {
  title = "Something unsaid", verdict = "other", background = "images/bedroom.svg",
  text = function(s)
    local t = "The house goes quiet. The day got done: the shirt washed, the pen in the bin, Nana rung back. "
      .. "But something is still between you and them, and they each go to sleep carrying a bit of it."
    if s.open_ruptures > 0 then
      return t .. " Tomorrow there is still time to name what was missed, to the one who missed it."
    end
    return t .. " You came back after each miss, and they noticed; but the misses cost them something, and they are still a little wary."
  end,
  reflect = "Which miss was never mended, and with which child? What one sentence could mend it at breakfast tomorrow?",
  note = "The general “other” ending: a miss left open with each child, or every miss mended but neither child quite close. Invite the group to write the missing repairs together, one for each child.",
}

ending "end-apart" {
  title = "Two shut doors", verdict = "disconnected", background = "images/bedroom.svg",
  text = function(s)
    local lowk, lowe = s.people.kojo.connection < 40, s.people.esi.connection < 40
    local who = (lowk and lowe) and "Both doors are shut tonight."
      or lowk and "Kojo’s door is shut tonight, headphones on, music up."
      or "Esi’s door is shut tonight, and she didn’t ask for the landing light."
    return who .. " None of it was cruel: only a run of misses, each the kind of thing a tired parent says "
      .. "in the middle of a fight, carried from the landing to the table to the garden. The shirt is still on the radiator. "
      .. "Repair is still possible tomorrow. It always is."
  end,
  reflect = "Look back at the landing. What would one limit for both, said before anyone knew who started it, have sounded like?",
  note = "No blame here: each miss on this road is something a loving parent says. Reached when one child’s connection (or both) ended low. Ask which misses felt most natural to choose, and which child paid for them.",
}
