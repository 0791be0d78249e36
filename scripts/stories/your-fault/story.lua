-- SPDX-License-Identifier: CC-BY-4.0
-- SPDX-FileCopyrightText: 2026 The Attune contributors
-- Your Fault: a nine-year-old in foster care, a contact visit his mum did not
-- come to, and the evening after. The player is Dylan’s foster carer.
--
-- Shape of the story
--   spine:   door → your-fault → sofa (cue) → waited → why → tea →
--            juice (cue) → thrown (pressure, own steady) → cracked →
--            money (pressure: the carer’s freeze, own steady) → sleepover →
--            unfair → teeth (cue) → photo → move → goodnight (cue) → endings
--   after a steady breath: breath (after thrown), unlocked (cue, after money)
--   side beats, entered only by a miss, each offering the repair that names
--            it: told-you (door), same (your-fault: defending, explaining),
--            wobble (cue; your-fault: taking the blame), hood (cue; sofa),
--            excuses (waited), ringing (why: offering to ring his mum),
--            chips (tea: giving in), stairs-cold (cue; thrown),
--            laugh (cue; money, unlocked), yes-yes (sleepover: giving in),
--            cant-promise (move: “you’ll never move”), lights-out (goodnight)
--   late repairs: a spine beat offers one only for a miss on the thread of
--            the evening its moment is about (THREADS, below): sofa, waited
--            and goodnight take any; why, tea and photo take his mum; juice
--            the table; cracked the storm; unfair the sleepover; move being
--            sent away. your-fault, thrown, money, sleepover and teeth offer
--            none. It names the latest open miss on those threads in the
--            carer’s own words (own_<beat>, set by the miss) and mends that
--            one (`repairs`), even when a later miss on another thread is
--            open too. A side beat’s repair names the miss that led there.
--   cue beats: sofa, juice, teeth, goodnight on the spine; unlocked, wobble,
--            hood, stairs-cold, laugh on the side. The attuned answer answers
--            what the body does without quoting the cue.
--   safe practice: no attuned answer threatens or shames; the threats
--            and penalties among the misses (Saturday, tea at Reece’s, the
--            pocket money, being sent back) are taken back when they are
--            owned, and so are the rescues that gave something away (the day
--            off school, the sleepover). The limit on throwing is said at
--            thrown or breath, or else in cracked’s attuned answers, and the
--            remote goes on the shelf; nobody is held. Freedom (Reece’s
--            sleepover) comes back in steps said as the way things go (tea
--            first, then, when teas go well, Priya is asked), not as a threat;
--            calls to his mum go through his social worker; the carer never
--            promises that he will not move (a promise a foster carer cannot
--            keep is a fix, and the story shows what it costs).
--   the freeze: at money the carer’s own body locks. The steady answer
--            notices it as the carer’s own, not his, and does not act from it;
--            withdrawing into the kitchen is the freeze acted out. Where the
--            stillness comes from is for the carer’s own supervision.
--   the log: writing the evening up and telling Priya, and the carer’s own
--            supervising social worker, tomorrow is ordinary practice on every
--            road (the notes say so), never a threat. A threat about the
--            placement is among the misses (stairs-cold), and its repair
--            takes it back.
--
-- Music: “hearth” (hearth.ogg in this folder), from the first beat on.
-- Pictures: Dylan in four expressions (tools/art/maya.py); one house in
-- four rooms (tools/art/foster.py): the hall (door, stairs-cold), the living
-- room (sofa, thrown, cracked), the kitchen (tea) and his bedroom
-- (sleepover on). A background is kept until a beat names another, so each
-- beat a road can enter from another room names its own.
--
-- Length: an attuned play is 16 choices; one with misses and their repairs
-- runs to 20–27 (a breath while flooded adds one), hence about 18 minutes.

story { id = "your-fault", title = "Your Fault",
        relationship = "parent-child", minutes = 18, start = "door",
        connection = 45, with = "dylan",
        summary = "Dylan, 9, has lived with you for five months. This afternoon his mum didn’t come to their visit, "
               .. "and he has come home furious with the one grown-up who did turn up: you.",
        content_note = "A child in foster care: a missed visit with his birth mother, the loss of his birth family "
                    .. "and the fear of being moved again, anger and blame aimed at the carer, and a thrown remote "
                    .. "control. Nobody is hurt, and nothing is graphic.",
        you = "You are Dylan’s foster carer. Since he ran off at the park last Sunday, sleepovers are on hold; "
           .. "his social worker, Priya, arranges his visits and calls with his mum." }

character "dylan" { name = "Dylan", about = "9, in foster care with you for five months", age = 9,
  state = "activated",
  portraits = { regulated = "images/dylan-regulated.svg",
                activated = "images/dylan-activated.svg",
                shutdown  = "images/dylan-shutdown.svg",
                crying    = "images/dylan-crying.svg" } }

------------------------------------------------------------------------------
-- Naming a miss later
------------------------------------------------------------------------------

-- Every beat, in the order a play meets them. A play moves down this list and
-- enters each beat once (a breath while flooded enters it again).
local ORDER = { "door", "told-you", "your-fault", "same", "wobble", "sofa", "hood", "waited",
  "excuses", "why", "ringing", "tea", "chips", "juice", "thrown", "breath", "stairs-cold",
  "cracked", "money", "unlocked", "laugh", "sleepover", "yes-yes", "unfair", "teeth", "photo",
  "move", "cant-promise", "goodnight", "lights-out" }

-- What a miss leaves behind: the carer’s own words for it, as a clause that
-- says where it happened (“when you came in, I …”), and any other variables.
local function own(beat, words, more)
  local t = { ["own_" .. beat] = words }
  if more then for k, v in pairs(more) do t[k] = v end end
  return t
end

-- The threads of the evening, by the beat a miss was made at: the afternoon
-- (the hall and the settee), his mum (the visit, the call, the photo), the
-- table (tea), the storm (the juice and the remote), being sent away (the
-- freeze, moving), the sleepover, and bed.
local THREAD = {
  door = "afternoon", ["told-you"] = "afternoon", ["your-fault"] = "afternoon", same = "afternoon",
  wobble = "afternoon", sofa = "afternoon", hood = "afternoon",
  waited = "mum", excuses = "mum", why = "mum", ringing = "mum", photo = "mum",
  tea = "table", chips = "table",
  juice = "storm", thrown = "storm", breath = "storm", ["stairs-cold"] = "storm", cracked = "storm",
  money = "away", unlocked = "away", laugh = "away", move = "away", ["cant-promise"] = "away",
  sleepover = "sleepover", ["yes-yes"] = "sleepover", unfair = "sleepover",
  teeth = "bed", goodnight = "bed", ["lights-out"] = "bed",
}

-- Where a late repair may look back. A side beat follows straight on from
-- the miss that led there, so its repair names that miss. A spine beat names
-- only a miss on a thread its own moment is about, so the repair reads as
-- one thought (at tea, where he is missing her cooking: “When you asked why,
-- I said it didn’t matter. It’s been a long day without her.”), never an old
-- miss glued onto a new subject (the juice, named while he asks about the
-- sleepover). It mends that miss even when a later one, on another thread,
-- is open too (`repairs`). The calm moments (the settee and the waiting,
-- minutes after he came in, and goodnight, when a carer looks back on the
-- day) take any miss.
local ANY = true
local THREADS = {
  sofa = ANY, waited = ANY, goodnight = ANY,
  why = { mum = true }, tea = { mum = true }, photo = { mum = true },
  juice = { table = true }, cracked = { storm = true },
  unfair = { sleepover = true }, move = { away = true },
}

-- The beats a repair at `here` may name (nil: any), in ORDER.
local function reach(here)
  local t = THREADS[here]
  if t == nil or t == ANY then return nil end
  local list = {}
  for _, id in ipairs(ORDER) do
    if t[THREAD[id]] then list[#list + 1] = id end
  end
  return list
end

-- The latest miss still open (among `among`, a list of beats, when given):
-- the one a repair there mends.
local function latest_miss(s, among)
  local ok
  if among then
    ok = {}
    for _, id in ipairs(among) do ok[id] = true end
  end
  for i = #ORDER, 1, -1 do
    local id = ORDER[i]
    if (not ok or ok[id]) and s.vars["own_" .. id] and s.open_at(id) then return id end
  end
  return nil
end

local INDEX = {}
for i, id in ipairs(ORDER) do INDEX[id] = i end

-- Whether the miss at `id` was the answer given just before `here`: no beat
-- between them in ORDER was entered (a play moves down ORDER).
local function just_now(s, id, here)
  for i = INDEX[id] + 1, INDEX[here] - 1 do
    if s.seen(ORDER[i]) then return false end
  end
  return true
end

-- The open miss in the carer’s words. A miss made a moment ago needs no
-- “when you …, ” to say where it happened: that clause is dropped.
local function named(s, here, among)
  local id = latest_miss(s, among)
  if not id then return "" end
  local w = s.vars["own_" .. id]
  if just_now(s, id, here) then
    for i = 1, #w - 3 do   -- (the sandbox has no string.find)
      if w:sub(i, i + 3) == ", I " then w = w:sub(i + 2); break end
    end
  end
  return w:sub(1, 1):upper() .. w:sub(2) .. "."
end

-- Whether the repair at `here` is offered: a miss it may name is open.
local function offered(s, here) return latest_miss(s, reach(here)) ~= nil end

-- The plain attuned answer a repair stands beside, hidden while the repair
-- is offered (as homework-night does), so that no beat shows three attuned
-- answers.
local function no_repair(here) return function(s) return not offered(s, here) end end

-- A repair that names the miss it mends in one line, then turns back to him
-- with `turn` (text, or a function of s). Shown only while `offered`.
local function repair(here, turn, next, inner, why)
  local among = reach(here)
  return { function(s)
             local t = type(turn) == "function" and turn(s) or turn
             return named(s, here, among) .. " " .. t
           end,
           kind = "repair", next = next, id = here .. ".repair", repairs = among,
           when = function(s) return latest_miss(s, among) ~= nil end,
           inner = inner, why = why }
end

------------------------------------------------------------------------------
-- Home from the visit
------------------------------------------------------------------------------

beat "door" {
  background = "images/hall.svg",
  music = "hearth", state = "activated",
  say = { dylan = "Don’t touch me." },
  cue = "Priya, his social worker, rang at three: his mum never came. Now he ducks under your hand in the hall, "
     .. "kicks his trainers at the wall and stands there with his coat zipped right up to his chin.",
  reflect = "A child comes home from a visit that didn’t happen. What do you feel pulled to do first?",
  note = "Opening beat. Set the scene for the group: his mum did not come to contact this afternoon; he waited "
      .. "at the family centre with a contact worker until it was called off. The rule about shoes is real, and it can wait.",
  choices = {
    { "Trainers on the rack, please.",
      kind = "dismiss", next = "told-you",
      set = own("door", "when you came in, I went on about your trainers"),
      inner = "Shoes. That’s all they care about. Not her.",
      why = "The rule is fair, but it came before the afternoon he has just had, so it told him the shoes mattered more." },
    { "Okay. No touching. Rotten afternoon, wasn’t it?",
      kind = "attune", next = "your-fault",
      inner = "They know it was rotten. I don’t have to say it.",
      why = "You took the ‘no’ to touch at its word and named the afternoon plainly, without asking anything of him." },
    { "She’ll come next time, love, I’m sure something came up. Let’s have a nice tea and forget about it, eh?",
      kind = "fix", next = "told-you",
      set = own("door", "when you came in, I told you she’d come next time, and I can’t know that"),
      inner = "They don’t know that. Nobody knows that. Forget it? I can’t.",
      why = "A promise about his mum that you cannot keep, and a nice tea to cover it, closed the afternoon before it was heard." },
    { "Come here. No school tomorrow, how about that? We’ll have a duvet day, just us two.",
      kind = "rescue", next = "told-you",
      set = own("door", "when you came in, I tried to make it up to you with a day off school. School’s on tomorrow, like always"),
      inner = "A day off. So it must be really bad. So bad I can’t even do school.",
      why = "Out of pity you took away the ordinary day that would have held him, and it told him this was too much for him." },
    { "(Pick his trainers up, put them on the rack, and go through to start tea.)",
      kind = "withdraw", next = "told-you",
      set = own("door", "when you came in, I tidied your trainers and went off to the kitchen"),
      inner = "They went. Everyone goes.",
      why = "Tidying up without a word kept the peace and left him alone in the hall with it." },
  },
}

beat "told-you" {
  state = "activated",
  say = { dylan = "See. Nobody cares. She doesn’t and you don’t." },
  cue = "He yanks his coat zip up and down, up and down, and doesn’t look at you.",
  face = "activated",
  note = "After a miss at the door. Defending your care (“I drove all the way there”) argues with what he feels, so it is dismissing.",
  choices = {
    { "I drove all the way over there to fetch you and sat in that car park for forty minutes. Don’t tell me nobody cares.",
      kind = "dismiss", next = "your-fault",
      set = own("told-you", "when you said nobody cares, I threw how far I’d driven back at you"),
      inner = "Now I’m in trouble for not being grateful.",
      why = "Defending yourself argued with his experience of you, on the day someone else let him down." },
    repair("told-you", "Horrible afternoon. I’m listening now.", "your-fault",
      "They stopped. They said it. Maybe they’re listening.",
      "You named your miss in a line and came back to his afternoon: a [[repair]], and it shows him breaks can mend."),
    { "(Sit down on the bottom stair, not too near, and leave it quiet.)",
      kind = "attune", next = "your-fault",
      inner = "They sat down. They’re not going.",
      why = "Staying close and quiet met him. The miss itself is still unnamed, so that break stays open." },
    { "Don’t say that, Dylan. I care about you so much it hurts, and when you push me away like this I don’t know what to do.",
      kind = "enmesh", next = "your-fault",
      set = own("told-you", "when you said nobody cares, I made it about how much it hurt me"),
      inner = "Now they’re upset. I’ve made another grown-up upset.",
      why = "Your hurt is real, but handing it to him made him responsible for your feelings as well as his own." },
  },
}

beat "your-fault" {
  say = { dylan = "It’s your fault I’m here. If I lived at home she’d have come." },
  cue = "He says it to the wall, not to you. His chin is wobbling and he is working hard to stop it.",
  face = "activated",
  reflect = "“It’s your fault.” What happens in you when a child blames you for something you didn’t do?",
  note = "The heart of the story. He blames the person who is safe to blame. Taking the blame (“maybe it is my fault”) "
      .. "hands him your distress; defending yourself, or pointing at his mum, makes him defend her; a calm explanation "
      .. "of why he is in care comes before the feeling has been met. None of these is cruel. “That’s not fair, I’m not the one "
      .. "who didn’t turn up” is a defence first (dismissing); its dig at his mum edges towards side-taking, and a group may "
      .. "argue for getting swept up.",
  choices = {
    { "It’s nobody’s fault, love. The grown-ups decided it was safest for you to live here for a while, that’s all it is.",
      kind = "fix", next = "same",
      set = own("your-fault", "when you said it was my fault, I explained why you’re in care instead of listening",
        { blamed = "explained" }),
      inner = "Safest. Always safest. That’s not what I said.",
      why = "A true and careful explanation, but it answered his blame with reasons before anyone heard how much he wanted her." },
    { "You wanted her to come so much, didn’t you?",
      kind = "attune", next = "sofa",
      inner = "I did. I really did.",
      why = "You let the blame go past and answered what was under it." },
    { "Maybe it is my fault. Sorry.",
      kind = "enmesh", next = "wobble",
      set = own("your-fault", "when you said it was my fault, I took all the blame and got upset"),
      inner = "Uh oh. I made them sad. Now I have to fix them.",
      why = "Taking the blame to soothe him left him no steady grown-up to be angry with, and a sad one to look after." },
    { "That’s not fair. I’m not the one who didn’t turn up today.",
      kind = "dismiss", next = "same",
      set = own("your-fault", "when you said it was my fault, I argued back and had a go at your mum",
        { blamed = "defended" }),
      inner = "They hate her. I have to stick up for her.",
      why = "Defending yourself by pointing at his mum made him choose between you, and he chose her." },
    { "Be as cross with me as you need. I’m staying, and tea’s at six.",
      kind = "attune_boundary", next = "sofa",
      inner = "They didn’t flinch. They’re still making tea.",
      why = "You didn’t take the blame or argue with it. You stayed steady and ordinary: warmth and a frame together." },
  },
}

beat "same" {
  state = "activated",
  say = { dylan = function(s)
    if s.vars.blamed == "defended" then return "Don’t talk about my mum! You don’t even know her!" end
    return "Safest. That’s Priya’s word. It’s a stupid word."
  end },
  cue = "He kicks the skirting board, once, hard, then looks round to see what you’ll do.",
  choices = {
    { "Kicking it won’t bring her here, will it?",
      kind = "dismiss", next = "sofa",
      set = own("same", "when you kicked the skirting board, I told you kicking was pointless"),
      inner = "Nothing will. That’s the point. They don’t get it.",
      why = "A sharp truth, but it made light of how badly he wanted her to come." },
    { "Not the wall, mate. You can be as cross with me as you like.",
      kind = "attune_boundary", next = "sofa",
      inner = "Not the wall. …I’m still cross, though.",
      why = "You held the line on kicking and let the anger stay. The miss before it is still unnamed." },
    repair("same", "You’re so angry she didn’t come.", "sofa",
      "They took it back. They get it. It IS about her.",
      "You owned the miss in one line, without a fuss, and came back to what he feels."),
    { "When you’re kicking things I’m not talking to you, Dylan. Come and find me when you’ve stopped.",
      kind = "withdraw", next = "sofa",
      set = own("same", "when you kicked the skirting board, I said I wouldn’t talk to you and walked off"),
      inner = "When I’m angry they go. Like her.",
      why = "Waiting apart until he was calm took your company away just when the anger needed somewhere to land." },
  },
}

beat "wobble" {
  state = "shutdown", cue_only = true, face = "shutdown",
  say = { dylan = "I didn’t mean it. It’s fine." },
  cue = "He has gone very still and is watching your face, the careful way you’d watch a dog you don’t know.",
  reflect = "His words comfort you. What was he doing while he said them?",
  note = "Cue-only beat. A child in care may be quick to look after a grown-up’s feelings: it has kept him safe before. "
      .. "Saying “I’m fine, don’t worry about me” closes the door he opened (withdrawing); asking him for comfort makes him the carer.",
  choices = {
    { "I’m not sad, silly! I’m fine.",
      kind = "withdraw", next = "sofa",
      set = own("wobble", "when you were worried about me, I pretended I was fine"),
      inner = "They’re lying. I can tell. Better keep watching.",
      why = "Denying what he had seen closed the door he opened, and left him reading you on his own." },
    repair("wobble", "That’s mine to sort out, not yours. You were telling me about your mum.", "sofa",
      "Oh. They’re alright. …I’m still cross, though.",
      "You took your feeling back as your own, in one line, and handed him back his."),
    { "You don’t have to look after me, love. You can still be cross.",
      kind = "attune", next = "sofa",
      inner = "I don’t have to? …Okay. I’m still cross.",
      why = "You took the job of looking after you off him and gave him his anger back. Naming your wobble would also mend it." },
    { "It’s been a lot for me as well today, sweetheart. Come here and give me a hug, I really need one.",
      kind = "enmesh", next = "sofa",
      set = own("wobble", "when you said you didn’t mean it, I asked you for a hug because I needed one"),
      inner = "I have to make them better. That’s my job now.",
      why = "Asking him for comfort turned him into the one holding you up." },
  },
}

beat "sofa" {
  background = "images/living-room.svg",
  cue_only = true,
  say = { dylan = "I’m fine. I’m gonna play Minecraft." },
  cue = "He’s perched on the arm of the settee with the controller in his lap. The telly is off, and he hasn’t moved for five minutes.",
  reflect = "“I’m fine.” What told you whether to believe it?",
  note = "Cue-only beat. Ask the group what they saw before what they heard, and what pointing it out would have done to him. "
      .. "Telling Priya tonight or tomorrow how he is after a missed contact is good practice, not a miss; "
      .. "the miss is promising him the next visit before this one has been heard.",
  choices = {
    { "You’re not playing anything, Dyl, the telly’s not even on. You’re upset about your mum, aren’t you? Come on, talk to me.",
      kind = "fix", next = "hood",
      set = own("sofa", "when you said you were fine, I pointed out the telly was off to prove you weren’t fine"),
      inner = "Caught. Now I have to talk about it.",
      why = "You read him rightly and then used it to corner him, at your pace, not his." },
    { "(Bring your mug through, sit down at the other end, and wait.)",
      kind = "attune", next = "waited",
      inner = "They’re just sitting. Not asking. Okay.",
      why = "His words said fine; the rest of him said otherwise. You kept him company without making him say it." },
    { "Okay. Half an hour, then tea.",
      kind = "dismiss", next = "hood",
      set = own("sofa", "when you said you were fine, I took your word for it and moved straight on to tea"),
      inner = "They believed it. Course they did.",
      why = "Taking “fine” at its word and moving on to tea passed over everything the rest of him was showing." },
    { "After tea I’ll ring Priya and get another visit booked this week. She’ll come next time, you’ll see.",
      kind = "fix", next = "hood",
      set = own("sofa", "when you were sitting there, I went straight to the next visit and said she’d come, and I can’t know that"),
      inner = "Next time. Like she’ll come next time.",
      why = "A plan and a promise to mend it, before the visit that had just gone wrong had been heard." },
    repair("sofa", "Rotten afternoon. I’ll sit with you.", "waited",
      "They said what they did. I don’t have to be fine.",
      "A late [[repair]]: you named the miss still open, owned it, and left him room."),
  },
}

beat "hood" {
  state = "shutdown", cue_only = true, face = "shutdown",
  say = { dylan = "Don’t care. Leave me alone." },
  cue = "He has pulled his hood up and is picking a thread out of the cushion. He hasn’t left the room, and every so often he checks you’re still there.",
  choices = {
    { "Look at you, pulling that cushion to bits. You do care, so stop pretending it’s nothing and tell me what’s up.",
      kind = "fix", next = "waited",
      set = own("hood", "when you pulled your hood up, I told you to stop pretending"),
      inner = "Stop pretending. Fine. I’ll pretend better.",
      why = "True, and used like a crowbar: it pushed him further into the hood." },
    { "(Stay put. Say nothing for a while.)",
      kind = "attune", next = "waited",
      inner = "Still there. Still not going.",
      why = "His words said go; you stayed without a speech. The miss before is still unnamed." },
    repair("hood", "I’ll sit here a bit, if that’s okay.", "waited",
      "They came back to it. They’re staying.",
      "You owned the miss plainly and asked to stay, leaving the pace with him."),
    { "(Sit right up close beside him and put your arm round his shoulders.)",
      kind = "fix", next = "waited",
      set = own("hood", "when you said leave me alone, I sat right up close and put my arm round you"),
      inner = "Get off. I said. …Just go still till they let go.",
      why = "A cuddle to make it stop, a minute after “don’t touch me”, went at your pace and not his." },
    { "Fine. Shout when you want your tea.",
      kind = "withdraw", next = "waited",
      set = own("hood", "when you said leave me alone, I left you to it"),
      inner = "They went. Told you.",
      why = "Taking “leave me alone” at its word left him alone with it, which was what he feared." },
  },
}

beat "waited" {
  say = { dylan = "I waited ages. The lady kept saying five more minutes. I had my picture for her and everything." },
  cue = function(s)
    if s.seen("hood") then return "He pushes the hood back a little. He says it fast and flat, then his voice goes very small." end
    return "He says it fast and flat, to the blank telly, then his voice goes very small."
  end,
  reflect = "What do you want to say about his mum? What does he need to hear about her?",
  note = "Excuses for his mum (“her bus was late”) and anger at her (“she should be ashamed”) both take the afternoon away "
      .. "from him. A foster carer does not speak against a child’s parent, and does not promise for her either.",
  choices = {
    { "I bet her bus was late, love.",
      kind = "fix", next = "excuses",
      set = own("waited", "when you told me about the waiting, I made excuses for your mum", { mum = "excuse" }),
      inner = "They don’t know that. Nobody knows.",
      why = "An excuse you can’t know is true tried to make the hurt smaller before it was heard." },
    { "You waited and waited, with your picture ready.",
      kind = "attune", next = "why",
      inner = "I did. I had it ready the whole time.",
      why = "You said back what happened, picture and all, and let it be as sad as it was." },
    { "It makes me so angry. How can she keep doing this to you? She should be ashamed of herself, she really should.",
      kind = "enmesh", next = "excuses",
      set = own("waited", "when you told me about the waiting, I got angry with your mum", { mum = "angry" }),
      inner = "Don’t be cross with her. Then I have to pick.",
      why = "Your outrage filled the room, and he had to defend the mum he still loves." },
    { "Well, at least you got a go on the Lego, and there were biscuits.",
      kind = "fix", next = "excuses",
      set = own("waited", "when you told me about the waiting, I talked about the Lego", { mum = "lego" }),
      inner = "Lego. Like I care about the Lego.",
      why = "Looking on the bright side tried to cheer him up before the hour of waiting had been heard." },
    repair("waited", "An hour’s a long wait.", "why",
      "They came back to it. They know how long I waited.",
      "You owned the miss still open and came back to the hour he had waited for her."),
  },
}

beat "excuses" {
  state = "activated",
  say = { dylan = function(s)
    if s.vars.mum == "angry" then return "Don’t say that about my mum! She’s not bad!" end
    if s.vars.mum == "lego" then return "I didn’t even want the Lego. It’s baby Lego." end
    return "You don’t know that. You weren’t even there."
  end },
  cue = "He screws his picture up into a ball and holds it tight in his fist.",
  choices = {
    { "Oh, don’t scrunch it up, it was a lovely picture. You took such care over that.",
      kind = "dismiss", next = "why",
      set = own("excuses", "when you scrunched your picture up, I fussed about the picture"),
      inner = "It’s MY picture. Doesn’t matter anyway.",
      why = "Saving the picture mattered more to you, in that moment, than what he was feeling about it." },
    repair("excuses", function(s)
        if s.vars.mum == "angry" then return "She’s your mum, and you love her." end
        if s.vars.mum == "lego" then return "It was never about the Lego. You wanted her." end
        return "You waited ages, and she didn’t come."
      end, "why",
      "They took it back. They want to hear my bit.",
      "You named what you did and left his mum to him, then turned back to his afternoon."),
    { "(Leave the picture where it is, in his fist, and wait with him.)",
      kind = "attune", next = "why",
      inner = "They didn’t grab it. I can keep it.",
      why = "You let him keep the picture and the feeling. Owning the miss would mend it too." },
    { "Here, let’s flatten it out, and you can give it to her next time. She’ll love it, you’ll see.",
      kind = "fix", next = "why",
      set = own("excuses", "when you scrunched your picture up, I said you could give it to her next time"),
      inner = "Next time. There’s always a next time.",
      why = "Saving the picture for a next time nobody can promise hurried past how much this time hurt." },
  },
}

beat "why" {
  say = { dylan = "Did Priya say why? Did she say anything?" },
  cue = "He looks at you properly for the first time since the family centre.",
  note = "A direct question. The carer tells what they know, no more and no less, without guessing, excusing or blaming. "
      .. "Offering to ring his mum yourself is a rescue, and not the carer’s call to make: calls go through Priya.",
  choices = {
    { "She said your mum’s poorly, love, that’s all. She’ll be right as rain by next week, you’ll see.",
      kind = "fix", next = "tea",
      set = own("why", "when you asked why, I said your mum was poorly, and I don’t know that"),
      inner = "Poorly. They said that last time.",
      why = "A comforting guess, passed off as news, answered his question with something neither of you knows." },
    { "Priya said your mum couldn’t come today. She didn’t say why. I’ll ask her to tell you what she can.",
      kind = "attune_boundary", next = "tea",
      inner = "They didn’t make stuff up. And they’ll ask Priya.",
      why = "You told him the truth, no further than you know, and showed him where more of it can come from." },
    { "I’ll ring your mum myself tonight and find out.",
      kind = "rescue", next = "ringing",
      set = own("why", "when you asked why, I said I’d ring your mum, and I can’t: calls go through Priya"),
      inner = "Tonight! I can talk to her tonight!",
      why = "Out of pity you took on what Priya arranges, and raised his hopes on something you can’t do." },
    { "It doesn’t matter why. What matters is you’re home now, with me.",
      kind = "dismiss", next = "tea",
      set = own("why", "when you asked why, I said it didn’t matter"),
      inner = "It matters to ME.",
      why = "Moving him on to “home now” skipped the question he most wanted answered." },
    repair("why", "Nobody’s told me why. I’d tell you if I knew.", "tea",
      "They owned it, and they told me straight.",
      "You owned the miss and then gave him the plain truth he had asked for."),
  },
}

beat "ringing" {
  state = "activated",
  say = { dylan = "Now? Ring her now! Can I talk to her? I want to tell her about my picture." },
  cue = "He’s hopping from foot to foot, bright and fast, already holding his hand out for your phone.",
  note = "Handing him your phone goes round the contact plan: calls are arranged through Priya, and a carer’s number is often kept "
      .. "from the birth family. If his mum doesn’t answer, he is let down twice in a day. If a carer did hand the phone over, "
      .. "Priya and their own supervising social worker hear about the call the same day, with what was said.",
  choices = {
    { "(Get your phone out.) Go on, then, quick. Do you know her number off by heart?",
      kind = "rescue", next = "tea",
      set = own("ringing", "when you wanted to ring your mum, I let you ring her on my phone, without Priya", { rang = true }),
      inner = "I know it! I know it by heart. …What if she doesn’t pick up?",
      why = "Going round Priya can break the contact plan and give his mum your number, and if she doesn’t pick up he is let down twice in one day." },
    repair("ringing", "What did you want to tell her?", "tea",
      "No call. But they said so. They didn’t trick me.",
      "You owned raising his hopes, put the call back where it belongs, and came back to what he wanted."),
    { "Maybe tomorrow, eh? Let’s see how she is. I bet she’ll be dying to hear all about your picture.",
      kind = "fix", next = "tea",
      set = own("ringing", "when you wanted to ring your mum, I said maybe tomorrow, and that’s not mine to say"),
      inner = "Maybe. Maybe means no. …But maybe it means yes.",
      why = "A maybe about a call you can’t arrange, and a guess at how keen she’ll be, kept his hope going on nothing to get past the moment." },
    { "You want to tell her so much. I’ll ask Priya about the next call.",
      kind = "attune_boundary", next = "tea",
      inner = "I really do want to. Priya, then.",
      why = "You met the wish and put the call where it belongs. Naming the raised hope would mend it fully." },
  },
}

------------------------------------------------------------------------------
-- Tea, and the storm
------------------------------------------------------------------------------

beat "tea" {
  background = "images/kitchen.svg",
  say = { dylan = "This is disgusting. My mum makes proper tea. Nuggets." },
  cue = function(s)
    if s.vars.rang then
      return "The call rang out to her voicemail, and he hasn’t said a word since. Now he pushes his plate to the edge of the table, watching you."
    end
    return "He pushes the plate of pasta to the very edge of the table with one finger, watching you."
  end,
  note = "Testing: will the new grown-up give in, or get hurt? Neither is needed. The plate can stay, and so can the rule.",
  choices = {
    { "(Take his plate away.) Oh, go on then, I’ll do you some nuggets instead. You’ve had such a rotten day, love.",
      kind = "rescue", next = "chips",
      set = own("tea", "at tea, I gave in and made nuggets because I felt bad for you"),
      inner = "That was easy. What else can I get?",
      why = "Giving in out of pity felt kind, but it told him the rules bend when he’s sad, and he will test them again." },
    { "You don’t have to eat it. It’ll be in the oven till eight.",
      kind = "attune_boundary", next = "juice",
      inner = "They’re not cross. And they’re not giving in.",
      why = "You left eating up to him and kept tea as it is: no fight, no giving in." },
    { "I stood at that cooker for an hour for you. The least you could do is try a mouthful.",
      kind = "enmesh", next = "juice",
      set = own("tea", "at tea, I went on about how long I’d spent cooking"),
      inner = "Now they’re hurt. Good. No. Not good.",
      why = "Your effort was real, and handing him your hurt turned his test into a win." },
    { "There’s children who’d be glad of that plate. Eat up.",
      kind = "dismiss", next = "juice",
      set = own("tea", "at tea, I lectured you about children who’d be glad of it"),
      inner = "I know. I’m ungrateful. Everyone says.",
      why = "The lecture answered the words and missed the missing mum behind them." },
    { "You miss her cooking, love.",
      kind = "attune", next = "juice", when = no_repair("tea"),
      inner = "She does the nuggets with the smiley faces.",
      why = "You heard what the complaint was about." },
    repair("tea", "It’s been a long day without her.", "juice",
      "They said it. They’re not cross about tea.",
      "You named the miss still open and came back to the day he has had."),
  },
}

beat "chips" {
  face = "activated",
  say = { dylan = "And chips. And can I have it on the settee? And stay up till ten?" },
  cue = "He’s grinning, but he is watching you hard, to see how far this goes.",
  note = "After giving in. A rescue rarely settles a child who is testing; it tells him the limits move. Taking it back calmly, with no punishment, is a repair.",
  choices = {
    { "Go on then. Just this once.",
      kind = "rescue", next = "juice",
      set = own("chips", "at tea, I kept giving in: nuggets, chips, the settee"),
      inner = "Just this once. That’s what the last ones said too.",
      why = "Each yes out of pity moved the ground under him a bit further." },
    repair("chips", "That’s the last yes tonight, and you’re not in trouble for asking.", "juice",
      "Oh. Same as always. That’s… okay, actually.",
      "You owned giving in and put the ordinary frame back, without blaming him for testing it."),
    { "When I made you nuggets, I didn’t say you could have the lot, did I? Now you’re taking advantage. Eat what you’re given.",
      kind = "dismiss", next = "juice",
      set = own("chips", "at tea, I made nuggets and then told you off for asking for more"),
      inner = "They gave it, then they’re cross. I can’t win.",
      why = "Blaming him for the door you opened made your giving in his fault." },
    { "Nuggets at the table, then bed at eight like always.",
      kind = "attune_boundary", next = "juice",
      inner = "Like always. The same. Okay.",
      why = "You put the frame back warmly. Owning that you gave in would mend it fully." },
  },
}

beat "juice" {
  cue_only = true,
  say = { dylan = "Oops." },
  cue = "He tips his glass over slowly, looking straight at you, and waits to see what you will do.",
  reflect = "The word said “accident”. Everything else said “watch this”. What was he asking?",
  note = "Cue-only beat: a test. He wants to know whether you will explode, punish or pretend. Catching him out (“you did that on purpose”) "
      .. "is right and still a miss: it corners him. The attuned answer stays calm and leaves the mess his to put right.",
  choices = {
    { "When you look right at me like that, Dylan, I know full well you did it on purpose. Don’t give me ‘oops’.",
      kind = "fix", next = "thrown",
      set = own("juice", "when the juice went over, I caught you out"),
      inner = "Got me. So I might as well be bad.",
      why = "You read the test rightly, then said it to win, and it pushed him to raise the stakes." },
    { "Cloth’s by the sink. Give me a shout if you need a hand.",
      kind = "attune_boundary", next = "thrown",
      inner = "No shouting. No making it better. Huh.",
      why = "You didn’t take the bait: the mess is his to put right, and you stayed friendly." },
    { "(Grab the kitchen roll.) Never mind, accidents happen. I’ll get it.",
      kind = "rescue", next = "thrown",
      set = own("juice", "when the juice went over, I cleaned it up for you"),
      inner = "They didn’t even notice. Nobody ever notices.",
      why = "Mopping it up for him skipped both the test and the job that was his." },
    { "RIGHT. Bed. I’ve had enough of you today.",
      kind = "withdraw", next = "thrown",
      set = own("juice", "when the juice went over, I said I’d had enough of you"),
      inner = "There it is. Enough of me. I knew it.",
      why = "Sending him off told him what he expects: that he can be got rid of." },
    repair("juice", "The wiping’s still yours, mind.", "thrown",
      "They owned it. And I still have to wipe it. Fair.",
      "You named the miss still open and kept the job his."),
  },
}

beat "thrown" {
  background = "images/living-room.svg",
  state = "activated", pressure = 30, face = "activated",
  say = { dylan = "I HATE you! You’re not my mum! You’re just a stupid carer!" },
  cue = "He shoves his chair back from the table and storms through to the living room. As you come in after him, he grabs the telly remote and hurls it. It cracks against the wall a foot from your head, and the batteries skitter across the floor.",
  reflect = "What happens in your body when something is thrown at you? What helps you come back before you answer?",
  note = "A pressure beat: entering it costs the player steadiness and may flood them. The limit goes on throwing, not on hating: "
      .. "safety first (the remote out of reach), then staying. A punishment given in the heat of it (“you can forget Saturday”) is a threat, "
      .. "and withdrawing; “calm down and then we’ll talk” makes his company wait until the feeling is gone. "
      .. "Writing the incident down and telling Priya and your own supervising social worker tomorrow is ordinary practice, not a punishment.",
  choices = {
    { "You could have hit me! After everything I do for you, Dylan, this is how you treat me?",
      kind = "enmesh", next = "stairs-cold",
      set = own("thrown", "when the remote went, I shouted about everything I do for you"),
      inner = "Everything they do. And I’m bad. I ruin it.",
      why = "Being shaken is human. Making it about what he owes you turned fear into shame." },
    { "Dylan. Nothing gets thrown at people. The remote’s going on the shelf, and I’m staying.",
      kind = "attune_boundary", next = "cracked", set = { limit_said = true, remote_up = true },
      inner = "They’re not scared of me. And they’re not going.",
      why = "You kept you both safe, held the line on throwing, and stayed: warmth and authority at once." },
    { "(Don’t move yet. Let one long breath out, and feel the floor under you.)",
      kind = "steady", next = "breath",
      inner = "They’ve gone quiet. Not shouting. Are they going to send me back?",
      why = "A breath before a word: with your feet back under you, you can answer him, not the crack on the wall." },
    { "(Point at the stairs.) Room. Now. And you can forget Saturday at Reece’s.",
      kind = "withdraw", next = "stairs-cold",
      set = own("thrown", "when the remote went, I sent you off and said you could forget Saturday. Saturday still stands"),
      inner = "I knew it. When I’m bad, I get sent away.",
      why = "Limits matter, but a punishment thrown back in the heat of it was a threat, and it left him alone with it." },
    { "Calm down right now. We’ll talk when you can speak nicely.",
      kind = "dismiss", next = "stairs-cold",
      set = own("thrown", "when the remote went, I told you to calm down before I’d talk"),
      inner = "I can’t calm down. So they won’t talk to me.",
      why = "Said while you stood over him, it asked him to switch the feeling off before you would be with him." },
  },
}

beat "breath" {
  face = "activated",
  say = { dylan = "I didn’t throw it AT you. It slipped." },
  cue = "He’s crouched behind the armchair, watching you round the side of it, ready to run.",
  note = "After the breath. “It slipped” is a nine-year-old’s way of saying he is frightened of what he did. "
      .. "The limit can be held without arguing about the word.",
  choices = {
    { "It didn’t slip, Dylan. I saw you throw it, and you know it. Don’t tell me fibs.",
      kind = "dismiss", next = "cracked",
      set = own("breath", "after the remote, I argued about whether it slipped"),
      inner = "Caught. Here it comes.",
      why = "Winning the argument about the word missed the fright behind it." },
    { "Come on out, sweetheart, it’s all forgotten. We’ll say no more about it, eh? Clean slate.",
      kind = "fix", next = "cracked",
      set = own("breath", "after the remote, I said we’d say no more about it"),
      inner = "But I did throw it. Now I can’t say so.",
      why = "Wiping the slate clean before anyone had looked at it meant you couldn’t look at it together, and the limit went too." },
    { "Slipped or not, things don’t get thrown here. You’re not in trouble for being angry.",
      kind = "attune_boundary", next = "cracked", set = { limit_said = true },
      inner = "Not in trouble. …Maybe I can come out.",
      why = "You held the limit on throwing and let the anger stay, without a fight about the word." },
    { "(Sit down on the floor, a little way off, and keep your breathing slow.)",
      kind = "attune", next = "cracked",
      inner = "They’re down on the floor. Not coming to get me. Slow.",
      why = "Low and slow, your calm was there for him to borrow: [[co-regulation]]." },
  },
}

beat "stairs-cold" {
  background = "images/hall.svg",
  state = "shutdown", cue_only = true, face = "shutdown",
  say = { dylan = "Go on then. Send me back. I don’t care." },
  cue = "He shouts it from the landing and slams his bedroom door. A moment later it opens again, just a crack, and stays like that.",
  reflect = "He said “send me back”, and then he opened the door again. Which did you answer?",
  note = "Cue-only beat. He is waiting to see whether he will be fetched. A child who has been moved before often "
      .. "pushes to find out whether this grown-up will go too. “Send me back” invites the one thing a foster carer must "
      .. "never say, a threat about the placement; tired carers say it, and when they do it is owned to him, taken back, "
      .. "and told to their supervising social worker.",
  choices = {
    { "(Leave him to it, and start picking the batteries up off the carpet.)",
      kind = "withdraw", next = "cracked",
      set = own("stairs-cold", "after the remote, I left you up there on your own and started tidying"),
      inner = "They let me go. Like I said.",
      why = "Leaving him to it took “I don’t care” at its word, when the door he opened again said the opposite." },
    repair("stairs-cold", "Nobody’s getting sent anywhere tonight.", "cracked",
      "They came after me. Not to shout. To say it.",
      "You owned the miss, said what is true tonight, and left the coming out to him."),
    { "Oh, come on out, you daft thing, nobody’s sending you anywhere! We’ll forget all about it. Hot chocolate?",
      kind = "fix", next = "cracked",
      set = own("stairs-cold", "after the remote, I told you we’d forget all about it"),
      inner = "Forget it. So it was nothing. So I’m nothing.",
      why = "Jollying him out skipped what had happened, and promised what you can’t." },
    { "(Go up, and sit down on the top stair. Say nothing yet.)",
      kind = "attune", next = "cracked",
      inner = "They came up. They’re just sitting there. Not coming in.",
      why = "You went to him and left him room. The miss itself is still to be named." },
    { "Keep this up and that’s exactly what’ll happen.",
      kind = "withdraw", next = "cracked",
      set = own("stairs-cold", "when you said send me back, I said that’s what would happen if you kept this up. That was wrong: I’m not asking for you to move"),
      inner = "There. They said it. I knew they would.",
      why = "Said in the heat of it, a threat about where he lives told him his worst fear was true. It is never a carer’s to make: if it slips out, take it back to him and tell your supervising social worker you said it." },
  },
}

beat "cracked" {
  background = "images/living-room.svg",
  say = { dylan = "Is it broke? …It’s only a bit cracked." },
  cue = function(s)
    if s.vars.remote_up then
      return "He comes and stands by the shelf where you put the remote, looking up at it, at the battery cover hanging off."
    end
    if s.seen("stairs-cold") then
      return "Back downstairs, he picks the remote up off the carpet and holds it out to you in both hands, with the battery cover hanging off."
    end
    return "He’s found the remote and holds it out to you in both hands, with the battery cover hanging off."
  end,
  note = "His own small repair. Wiping it away and punishing it both miss it. Putting it right together keeps the responsibility his, without shame. "
      .. "Services differ on money sanctions for children in care: asking him to help put something right is not the same as a fine.",
  choices = {
    { "That’s coming out of your pocket money, every penny, till it’s paid for.",
      kind = "withdraw", next = "money",
      set = own("cracked", "when you brought the remote back, I said it was coming out of your pocket money. It isn’t"),
      inner = "Knew it. Doesn’t matter what I do.",
      why = "A cold penalty answered his attempt to put it right, and it went unnoticed." },
    { function(s)
        if s.vars.remote_up then return "A bit. Help me get the batteries back in, and we’ll see if it works." end
        if s.vars.limit_said then return "A bit. Help me get the batteries back in, then it goes on the shelf." end
        return "A bit. Remotes don’t get thrown here, however cross you are. Help me get the batteries back in, then it goes on the shelf."
      end,
      kind = "attune_boundary", next = "money",
      inner = "I can help fix it. I’m not all bad.",
      why = "You met his try at making it right and let him share the fixing: responsibility, no shame." },
    { "Don’t worry about it, love. We’ll get it sorted, it’ll be fine.",
      kind = "fix", next = "money",
      set = own("cracked", "when you brought the remote back, I said it didn’t matter"),
      inner = "Fine, they said. They didn’t even look at it.",
      why = "Reassurance closed it before he could put it right, so his try counted for nothing." },
    { "That was my dad’s telly, and that remote came with it. You don’t care about anything of mine, do you?",
      kind = "enmesh", next = "money",
      set = own("cracked", "when you brought the remote back, I made it about my dad’s telly"),
      inner = "I broke their dad’s thing. I break everything.",
      why = "Your loss is real, but handing it to him piled your hurt on his shame." },
    repair("cracked", function(s)
        if s.vars.limit_said then return "Want to help me fix it?" end
        return "Want to help me fix it? Nothing gets thrown here, mind."
      end, "money",
      "They said it. And we’re fixing it together.",
      "You owned the miss still open and let him help put the remote right."),
  },
}

------------------------------------------------------------------------------
-- The freeze
------------------------------------------------------------------------------

beat "money" {
  pressure = 35, face = "activated",
  say = { dylan = "You only have me for the money. You’ll send me back, like the Hendersons did." },
  cue = "Something in you goes still. Your throat locks and your hands go cold. It’s an old stillness, and it got here first.",
  reflect = "When your own body locks, what do you usually do next? Whose is that stillness?",
  note = "The carer’s freeze. The cue is about you, not him. The steady answer notices the stillness as your own and "
      .. "does not act from it. Going into the kitchen and running the tap is the freeze acted out: withdrawing. "
      .. "“I’d never send you back” is a promise a foster carer cannot keep: fixing. Defending your motives is dismissing. "
      .. "Where an old stillness comes from is the carer’s to take to supervision with their supervising social worker, not his to carry; "
      .. "nobody in the room needs to say.",
  choices = {
    { "(Say nothing. Go and run the kitchen tap till your hands stop.)",
      kind = "withdraw", next = "laugh",
      set = own("money", "when you said I’d send you back, I froze and went into the kitchen"),
      inner = "See. They went. They always go.",
      why = "The freeze was real; acting from it walked away just as he named his biggest fear." },
    { "You think I’ll send you back too.",
      kind = "attune", next = "sleepover",
      inner = "Yes. Everybody does. They said it out loud.",
      why = "You followed the link he made himself, and let his fear be said." },
    { "I’d never send you back. Never. You’re staying for good.",
      kind = "fix", next = "laugh",
      set = own("money", "when you said I’d send you back, I promised you’d stay for good, and that isn’t mine to promise"),
      inner = "The Hendersons said that. Word for word.",
      why = "A promise you cannot keep, on the very thing he fears, sounded like everyone before you." },
    { "(Notice the stillness: it’s yours, not his. Let a breath out.)",
      kind = "steady", next = "unlocked",
      inner = "They’ve gone funny. Quiet. Are they going to go?",
      why = "You noticed the freeze as your own and didn’t act from it: you can only attune from a steady body." },
    { "That’s a horrible thing to say. I don’t do this for money.",
      kind = "dismiss", next = "laugh",
      set = own("money", "when you said I’d send you back, I told you off and said I don’t do this for money"),
      inner = "Told off. Still going to send me back, though.",
      why = "Defending your motives argued with his fear instead of hearing it." },
    { "Is that what you think of me?",
      kind = "enmesh", next = "laugh",
      set = own("money", "when you said I’d send you back, I made it about my hurt"),
      inner = "I hurt them. Now they’ll really send me back.",
      why = "Your hurt is real; handing it to him made his fear about your feelings." },
  },
}

beat "unlocked" {
  cue_only = true, face = "activated",
  say = { dylan = "What? Why are you looking at me like that?" },
  cue = "He’s half off his chair, knees pulled up, and his eyes keep flicking from you to the door.",
  note = "After the steady breath. He saw the freeze and is reading it as the start of being sent away. Cue-only: the words are a challenge, the body is ready to run.",
  choices = {
    { "Your eyes keep going to the door. You think you’ll have to run. Well, you don’t.",
      kind = "fix", next = "laugh",
      set = own("unlocked", "when you were watching the door, I told you what you were thinking"),
      inner = "Don’t read me. I hate being read.",
      why = "You named his body to prove a point and reassured him in the same breath: too exposing, too fast." },
    { "I’m not looking at you like anything. Don’t be daft.",
      kind = "withdraw", next = "laugh",
      set = own("unlocked", "when you asked why I was looking at you, I said I wasn’t, and I was"),
      inner = "They did look funny. They’re lying.",
      why = "Denying what he had seen closed the door he opened, and left him to make sense of your freeze alone." },
    { "I went quiet, didn’t I? That was me, not you. I’m not cross, and I’m still here.",
      kind = "attune", next = "sleepover",
      inner = "Not me. Not cross. Still here. …So it wasn’t the start of going.",
      why = "He saw the freeze. Owning it as yours, in a few plain words and without handing him what it cost you, meant he didn’t have to read your face on his own." },
    { "Nothing. Go and brush your teeth.",
      kind = "dismiss", next = "laugh",
      set = own("unlocked", "when you asked why I was looking at you, I sent you to brush your teeth"),
      inner = "Brush teeth. Pack bag. Same thing.",
      why = "Changing the subject to teeth moved past the fear he had just shown you." },
  },
}

beat "laugh" {
  cue_only = true, face = "activated",
  say = { dylan = "Ha. You’ve gone all weird. Baby." },
  cue = "He laughs, too loud, and it stops as suddenly as it started. He’s gone pale round the mouth.",
  reflect = "He laughed at you. What was the laugh for?",
  note = "Cue-only beat. Bravado covers fear. Telling him off for cheek answers the laugh; staying, or owning the miss, answers the fear.",
  choices = {
    { "That’s enough cheek for one night, young man. You don’t talk to me like that.",
      kind = "dismiss", next = "sleepover",
      set = own("laugh", "when you laughed, I told you off for cheek"),
      inner = "Good. Cheek’s easier than scared.",
      why = "Answering the cheek let him hide the fright behind it." },
    repair("laugh", "I heard what you said, and I’m still here.", "sleepover",
      "They saw. They came back. It didn’t break them.",
      "You owned the miss in one line, came back to what he had said, and stayed."),
    { "I’m right here, Dyl. No rush.",
      kind = "attune", next = "sleepover",
      inner = "Not leaving. Not shouting. Weird. Good weird.",
      why = "Steady and staying answered the fear under the laugh. The miss is still unnamed." },
    { "Fine. Be like that.",
      kind = "withdraw", next = "sleepover",
      set = own("laugh", "when you laughed, I went cold on you"),
      inner = "There. I made them go.",
      why = "Going cold showed him the thing he was testing for." },
  },
}

------------------------------------------------------------------------------
-- The sleepover
------------------------------------------------------------------------------

beat "sleepover" {
  background = "images/bedroom.svg",
  say = { dylan = "Can I still go to Reece’s sleepover on Saturday? I won’t run off this time. Promise." },
  cue = "Upstairs, sitting on the edge of his bed with one sock off, he says it to the carpet, all in one breath, then holds very still. "
     .. "Sleepovers have been on hold since he ran off at the park on Sunday; you and Priya agreed teas at friends’ first.",
  reflect = "How do you say “not yet” without it sounding like a punishment?",
  note = "Freedom earned through behaviour. Since he ran off at the park, you and Priya agreed that visits come before "
      .. "sleepovers. The attuned answer holds that and says the next step plainly, as the way it goes, not as a threat. "
      .. "Giving in out of pity is rescuing; “you’ve blown it” is a punishment, withdrawing.",
  choices = {
    { "Oh, go on then. You’ve had such an awful day, love, you deserve something nice. I’ll ring Reece’s mum in the morning.",
      kind = "rescue", next = "yes-yes",
      set = own("sleepover", "when you asked about the sleepover, I said yes because I felt bad for you. It’s tea at Reece’s, not the sleepover", { gave_in = true }),
      inner = "Yes! …They said yes because I’m sad. Not because I can.",
      why = "Saying yes out of pity took away the steps he needs to feel safe, and he may not manage a whole night yet." },
    { "After tonight? You’ve blown that, mate.",
      kind = "withdraw", next = "unfair",
      set = own("sleepover", "when you asked about the sleepover, I said you’d blown it. You haven’t: it’s tea at Reece’s on Saturday", { said_no = "blown" }),
      inner = "Blown it. Always blow it. Why bother.",
      why = "A punishment in place of a plan told him he can lose things but never win them back." },
    { "You really want to go. Tea at Reece’s on Saturday, home at seven, and when teas go well we’ll ask Priya about sleepovers.",
      kind = "attune_boundary", next = "unfair",
      inner = "Not this one. But tea. Then sleepovers. There’s a way.",
      why = "You met the wish first, then held the limit and showed him the way back to sleepovers, step by step, said as the way it goes, with no threat in it." },
    { "Let’s not think about Saturday now. We’ll see how the week goes, shall we?",
      kind = "dismiss", next = "unfair",
      set = own("sleepover", "when you asked about the sleepover, I fobbed you off. It’s tea at Reece’s on Saturday, and sleepovers are the step after", { said_no = "vague" }),
      inner = "See how it goes. So they’re watching for me to mess up.",
      why = "Putting it off left a test hanging over him, with no plan he could follow." },
  },
}

beat "yes-yes" {
  face = "activated",
  say = { dylan = "YES! And can I take your phone? And stay up late? Reece’s mum won’t care." },
  cue = "He’s bouncing on the bed, too high and too fast, talking over himself.",
  note = "After the rescue. The yes has wound him up, not settled him. Taking it back calmly, owning that it was your pity and not his fault, is a repair. "
      .. "A repair of a rescue has to hand the decision back: every repair that names this yes, here or later, takes it back.",
  choices = {
    { "Go on, take my old phone too, and stay up as late as Reece does. Just be good for his mum, and ring me if you need me.",
      kind = "rescue", next = "teeth",
      set = own("yes-yes", "when you asked about the sleepover, I kept saying yes, phone and all. It’s tea at Reece’s, not the sleepover"),
      inner = "Be good. Don’t know how. Oh well.",
      why = "Each yes took the frame further away from him, and “be good” left the whole weight on him." },
    repair("yes-yes", "That’s on me, not you.", "unfair",
      "What? …But they said why. It wasn’t me.",
      "You owned your own yes, took it back without blaming him, and gave him the real steps."),
    { "Calm down, calm down, or you’ll never get to sleep.",
      kind = "dismiss", next = "teeth",
      set = own("yes-yes", "when you asked about the sleepover, I said yes because I felt bad for you, then told you to calm down. It’s tea at Reece’s, not the sleepover"),
      inner = "Calm down. I can’t.",
      why = "An order to calm down, after a yes that wound him up, gave him nothing to hold on to." },
    { "Whoa, you’re fizzing. Come and sit by me a sec.",
      kind = "attune", next = "teeth",
      inner = "Fizzing. I am. …Okay. Sitting.",
      why = "You met how wound up he was and slowed him down with you. The yes still stands, unowned: only taking it back mends it." },
  },
}

beat "unfair" {
  say = { dylan = function(s)
    if s.vars.said_no == "vague" then return "That means no. It’s not fair! Everyone else just goes. It’s cos I’m in care." end
    return "That’s not fair! Everyone else just goes. It’s cos I’m in care."
  end },
  cue = "He kicks the end of the bed, hard, over and over.",
  choices = {
    { "Life’s not fair, love, and the sooner you learn that, the easier it’ll be. Plenty of kids would love a tea at Reece’s.",
      kind = "dismiss", next = "teeth",
      set = own("unfair", "when you said it wasn’t fair, I told you life isn’t"),
      inner = "Life. Mine, anyway.",
      why = "A lecture about fairness, and a comparison, answered the words and left the being-different alone." },
    { "Rotten, isn’t it, being the one with extra rules?",
      kind = "attune", next = "teeth",
      inner = "It IS rotten. They said it.",
      why = "You met what it is like to be the one in care, without moving the limit." },
    { "I’ll ring Reece’s mum. Leave it with me.",
      kind = "rescue", next = "teeth",
      set = own("unfair", "when you said it wasn’t fair, I offered to ring Reece’s mum to get round it"),
      inner = "So the rules aren’t real. Nothing’s real.",
      why = "Getting round the plan to stop his upset told him the limits are only there until he cries." },
    { "Do you think I like being the bad guy? This is hard for me too, you know.",
      kind = "enmesh", next = "teeth",
      set = own("unfair", "when you said it wasn’t fair, I made it about how hard it was for me"),
      inner = "Now I have to feel sorry for them.",
      why = "Your side of it is real, and it made him look after you instead." },
    { "Keep kicking that bed and there’ll be no tea at Reece’s either.",
      kind = "withdraw", next = "teeth",
      set = own("unfair", "when you kicked the bed, I threatened to stop tea at Reece’s. Tea’s still on"),
      inner = "Here we go. One thing wrong and it all goes.",
      why = "A threat turned the steps back into a trap he can fall out of at any moment." },
    repair("unfair", "It stinks, having steps.", "teeth",
      "They said what they did. And they get it.",
      "You owned the miss still open and met the unfairness he feels."),
  },
}

------------------------------------------------------------------------------
-- Bedtime
------------------------------------------------------------------------------

beat "teeth" {
  cue_only = true,
  say = { dylan = "I’m not scared of the dark. I’m nine." },
  cue = "Back from brushing his teeth, in his pyjamas, he stops in the doorway of his room and won’t go in. Before he went, he checked the window catch twice.",
  reflect = "His words were brave. What were his feet saying?",
  note = "Cue-only beat. Bravado and smallness side by side. Agreeing with the bravado leaves him alone with the fear; "
      .. "naming the fear out loud exposes it; taking over his going to sleep, every night, out of worry, is rescuing. "
      .. "Staying close at bedtime is often right for a child like Dylan, and the goodnight answers do it; the miss is deciding, "
      .. "on the spot and out of your worry, how every night will go, against the brave words he chose. In a real household "
      .. "the safer-caring plan says how bedtime is done.",
  choices = {
    { "Course you’re not. In you get, then.",
      kind = "dismiss", next = "photo",
      set = own("teeth", "when you stopped at your door, I said course you weren’t scared"),
      inner = "Not allowed to be. Okay.",
      why = "Agreeing with the brave words left the scared part of him nowhere to go." },
    { "You’ve checked that window twice now, Dyl. You’re scared, aren’t you? It’s okay to be scared.",
      kind = "fix", next = "photo",
      set = own("teeth", "when you stopped at your door, I told you you were scared"),
      inner = "Don’t SAY it. Now it’s real.",
      why = "Accurate and kindly meant, but naming his fear for him stripped off the cover he needed." },
    { "(Put the big light on, and go in ahead of him to draw the curtains.)",
      kind = "attune", next = "photo",
      inner = "Big light. Curtains. They went first.",
      why = "You answered the fear without naming it, and let him keep his brave words." },
    { "At bedtime from now on I’ll sit with you till you drop off, every night, so you’re never on your own in there.",
      kind = "rescue", next = "photo",
      set = own("teeth", "when you stopped at your door, I offered to sit with you every night till you sleep"),
      inner = "They think I can’t even sleep on my own.",
      why = "Deciding every night from now on, out of your worry and over his brave words, told him he can’t manage on his own." },
  },
}

beat "photo" {
  say = { dylan = "That’s my mum. She used to do my hair in spikes. With gel." },
  cue = "Sitting up in bed, he holds out the photo he keeps under his pillow, the one with the bent corner.",
  reflect = "He shares his mum with you. What does he need you to do with her?",
  note = "A gift. “Me too” stories, hopes about the future and tidying the photo away all step past it.",
  choices = {
    { "One day she’ll do them again.",
      kind = "fix", next = "move",
      set = own("photo", "when you showed me your mum’s photo, I said she’d do your hair again one day"),
      inner = "One day. Everyone says one day.",
      why = "A hope about the future you can’t know stepped past the memory he was sharing." },
    { "With gel! Tell me about the spikes.",
      kind = "attune", next = "move",
      inner = "They want to hear about her. They don’t hate her.",
      why = "Curious and warm about his mum, you let him have her here." },
    { "When I was your age my mum wasn’t around much either. I know exactly how it feels.",
      kind = "enmesh", next = "move",
      set = own("photo", "when you showed me your mum’s photo, I started on about my own mum"),
      inner = "Their mum. Now it’s about them.",
      why = "A “me too” moved his moment with his mum over to your story." },
    { "(Slide the photo back under his pillow.) Let’s not talk about her tonight, love. It’s late, and you’ll only get upset.",
      kind = "dismiss", next = "move",
      set = own("photo", "when you showed me your mum’s photo, I said not tonight"),
      inner = "Not allowed to talk about her here.",
      why = "Protecting him from the upset shut his mum out of the house." },
    repair("photo", "What else did you two do together?", "move",
      "They came back to it. And they want to hear about Mum.",
      "You owned the miss still open and made room for his mum."),
  },
}

beat "move" {
  say = { dylan = "Am I gonna have to move? Kayden at school got moved three times." },
  cue = "He asks it lightly, already lying down, but his fingers are wound tight in the duvet.",
  reflect = "What can a foster carer honestly say to “Am I going to have to move?”",
  note = "Safe practice: a foster carer cannot promise a child will never move, and should not. Saying what you know and "
      .. "what you will do (tonight, tomorrow) is a fact, not a promise. Hiding behind “that’s for Priya to decide” is withdrawing.",
  choices = {
    { "You’re never moving, sweetheart, never ever. You’re staying right here with me forever, I promise.",
      kind = "fix", next = "cant-promise",
      set = own("move", "when you asked about moving, I promised you forever, and that’s not mine to promise"),
      inner = "Forever. The Hendersons said forever.",
      why = "The warmest words in the story, and a promise a foster carer cannot keep: it tried to close the fear, not hear it." },
    { "Kayden got moved three times, and now you’re wondering if it’ll be you.",
      kind = "attune", next = "goodnight", when = no_repair("move"),
      inner = "I am. Every night, nearly. They get it.",
      why = "You let the worry be as big as it is, without a promise to shrink it." },
    { "That’s for Priya and her boss to decide, not us. Go to sleep now.",
      kind = "withdraw", next = "goodnight",
      set = own("move", "when you asked about moving, I said it was for Priya to decide"),
      inner = "Not us. So not them. They don’t get a say.",
      why = "True, and hiding behind the system left him alone with the fear." },
    { "I can’t promise what gets decided, love. I know you’re here tonight, and I’m walking you to school tomorrow.",
      kind = "attune_boundary", next = "goodnight",
      inner = "They didn’t lie. Tonight. Tomorrow. That’s something.",
      why = "You told him the truth, and what you will do, which you can keep." },
    { "You don’t need to think about that. That’s grown-up stuff.",
      kind = "dismiss", next = "goodnight",
      set = own("move", "when you asked about moving, I said it was grown-up stuff"),
      inner = "I do think about it. All the time.",
      why = "Telling him not to think about it shrank a fear he lives with." },
    repair("move", "It’s scary, not knowing.", "goodnight",
      "They said it. And they let me be worried.",
      "You owned the miss still open, then met the worry without promising it away."),
  },
}

beat "cant-promise" {
  face = "shutdown", state = "shutdown",
  say = { dylan = "You can’t say that. Priya decides. The Hendersons said forever too." },
  cue = "He rolls over to face the wall.",
  note = "He is right, and he knows it. The repair owns the promise and replaces it with what can be kept.",
  choices = {
    { "But I mean it, Dylan. I’ll fight anyone who tries to take you away from me. Priya, her boss, anyone.",
      kind = "enmesh", next = "goodnight",
      set = own("cant-promise", "when you asked about moving, I said I’d fight anyone who moved you"),
      inner = "A fight. About me. Like last time.",
      why = "Your fierce love filled the room, and it promised a fight he would be in the middle of." },
    repair("cant-promise", "I know I’ll be here at breakfast.", "goodnight",
      "They took it back. Breakfast. That’s real.",
      "You owned the promise you can’t keep and gave him what you can."),
    { "Well, I’m not the Hendersons. Night.",
      kind = "dismiss", next = "goodnight",
      set = own("cant-promise", "when you asked about moving, I said I’m not the Hendersons"),
      inner = "That’s what they said.",
      why = "Defending yourself against the last carers argued with his experience." },
    { "(Stay sitting on the end of the bed a while.)",
      kind = "attune", next = "goodnight",
      inner = "Still here.",
      why = "You stayed. The promise is still there between you, unowned." },
  },
}

beat "goodnight" {
  cue_only = true,
  say = { dylan = "Night. You can go now." },
  cue = "His hand comes out from under the duvet and takes hold of the edge of your sleeve.",
  reflect = "He said go, and held on. How do you leave a child who asks you to?",
  note = "Cue-only beat, and the last. Teasing him about it (“see, you do like me”) is intrusive noticing: fixing.",
  choices = {
    { "Night, then. Lights off.",
      kind = "withdraw", next = "lights-out",
      set = own("goodnight", "at lights out, I took ‘you can go’ at its word"),
      inner = "They went. I said go. They went.",
      why = "You did as he said; his grip was asking something else." },
    { "(Stay where you are a little while, in no hurry.)",
      kind = "attune", next = to_ending(), when = no_repair("goodnight"),
      inner = "Still here. I can let go now.",
      why = "You answered the hold, not the words, and let him let go when he was ready." },
    { "Aww, you don’t want me to go! See, you do like me really.",
      kind = "fix", next = "lights-out",
      set = own("goodnight", "at lights out, I teased you for holding on"),
      inner = "Don’t. Let go. Pretend I didn’t.",
      why = "Pointing out his hold for a cosy win made him drop it." },
    { "I’ll sit five minutes, love, then it’s lights out. Door open a crack, like always.",
      kind = "attune_boundary", next = to_ending(),
      inner = "Five minutes. Door open. Like always.",
      why = "You stayed, and kept bedtime ordinary and certain." },
    { "After the night we’ve had, sweetheart, you’ll set me off. I’ve been worried sick about you all evening, you know.",
      kind = "enmesh", next = "lights-out",
      set = own("goodnight", "at lights out, I put my worry on you"),
      inner = "I worried them. I’m a worry.",
      why = "Your worry was real, and handing it to him at lights out gave him one more thing to carry." },
    repair("goodnight", "No rush. I’m here a bit longer.", to_ending(),
      "They remembered. And they’re staying a bit.",
      "At the last moment you named the miss still open, owned it, and stayed."),
  },
}

beat "lights-out" {
  face = "shutdown", state = "shutdown",
  say = { dylan = "Whatever. Shut the door." },
  cue = "He lets go and turns to the wall, with the duvet pulled up over his head.",
  note = "A last chance to repair before the story ends.",
  choices = {
    { "(Shut the door and go downstairs.)",
      kind = "withdraw", next = to_ending(),
      set = own("lights-out", "at lights out, I shut the door and went"),
      inner = "Gone. Like I said.",
      why = "You did as he asked, and he fell asleep sure that he can make people go." },
    repair("lights-out", "I’ll sit a bit. Door open a crack.", to_ending(),
      "They came back. Door open.",
      "You named the miss at the last moment and stayed: a [[repair]], late, and it still counts."),
    { "(Sit down on the floor by the bed, and stay.)",
      kind = "attune", next = to_ending(),
      inner = "Still there. Hm.",
      why = "You stayed. What you did is still unnamed." },
    { "(Fold the duvet back off his face and tuck it in nice and tight all round him.)",
      kind = "fix", next = to_ending(),
      set = own("lights-out", "at lights out, I pulled the duvet off your face to tuck you in"),
      inner = "I was hiding. Now I’m not allowed to.",
      why = "A cosy tuck-in to make the night end nicely uncovered him, at your pace, when he had hidden on purpose." },
    { "Oh, don’t be so dramatic. Night.",
      kind = "dismiss", next = to_ending(),
      set = own("lights-out", "at lights out, I called you dramatic"),
      inner = "Dramatic. So it’s nothing. Whatever.",
      why = "Calling it drama made his hurt smaller than it was, and the night ended with it unheard." },
  },
}

------------------------------------------------------------------------------
-- Endings (the rules choose by verdict; end-yes narrows “other”)
------------------------------------------------------------------------------

ending "end-stronger" {
  face = "regulated",
  title = "Put right", verdict = "stronger",
  text = function(s)
    local missed = s.repairs > 1
      and "you missed him more than once tonight, and each time you came back and said so"
      or "you missed him once tonight, and you came back and said so"
    return "In the morning he eats his toast and says, to the toast, “You went weird last night.” You say you did. "
      .. "He nods as if that settles something. It wasn’t a smooth evening: " .. missed .. ". "
      .. "Nobody can tell him yet how long he will live with you. But he has found out that here, when something breaks between two people, it gets named and put right."
  end,
  reflect = "Which repair mattered most to Dylan? What made it possible to say it without making him look after you?",
  note = "Reached when every miss was mended and connection ended high. Ask which repair was hardest to say, and how the limits held through it. Whatever the ending, the evening is written up in the log, and Priya and your supervising social worker hear about it tomorrow: ordinary practice, not a punishment.",
}

ending "end-close" {
  face = "regulated",
  title = "Door open a crack", verdict = "connected",
  text = "He falls asleep with his hand still on your sleeve, and you ease it off. His mum didn’t come today, and nothing you said "
      .. "changed that. Nobody can promise him where he will be next year. But tonight he blamed you, tested you and threw "
      .. "something at you, and you stayed kind and you stayed in charge. Tea at Reece’s on Saturday. Home at seven.",
  reflect = "Where did you feel the pull to give in, to punish or to promise? What helped you hold warmth and the limit together?",
  note = "Reached with no miss at all. Ask the group where the limit and the warmth felt like they pulled against each other, and what made them fit. Whatever the ending, the evening is written up in the log, and Priya and your supervising social worker hear about it tomorrow: ordinary practice, not a punishment.",
}

ending "end-yes" {
  face = "activated",
  title = "Just this once", verdict = "other",
  when = function(s) return s.vars.gave_in and (s.open_at("sleepover") or s.open_at("yes-yes")) end,
  text = "On Saturday you drop him at Reece’s with his sleeping bag. At half past eleven Reece’s mum rings: he has locked himself "
      .. "in the bathroom and won’t come out, and he is asking for you. The yes was meant kindly. It asked more of him than he can do yet, "
      .. "and he paid for it in front of his friends.",
  reflect = "What made the yes so tempting? How could you take it back before Saturday, without making it his fault?",
  note = "A rescue usually feels like the kindest thing in the room. Ask whose distress the yes was soothing, and how the steps back "
      .. "(tea, then a sleepover) keep him safe rather than keep him out. Telling Priya about the yes, and taking it back before Saturday, "
      .. "is still possible and is good practice; so is telling your supervising social worker why it was so hard to say no.",
}

ending "end-other" {
  face = "shutdown",
  title = "Something unsaid", verdict = "other",
  text = function(s)
    local t = "The house goes quiet. He is asleep, or pretending. The evening got done: tea, teeth, lights out. "
      .. "But he goes to sleep still carrying part of it on his own, sure that some of what he feels is too much for this house."
    if s.open_ruptures > 0 then return t .. " In the morning there is still time to name what went wrong." end
    return t .. " You came back after each miss, and he noticed; there were a lot of them, and he is still wary."
  end,
  reflect = "Which miss was left unmended? What one plain sentence could you say at breakfast?",
  note = "The evening got done and the bond did not grow. The ending names any miss left open. Invite the group to write the missing repair together. Whatever the ending, the evening is written up in the log, and Priya and your supervising social worker hear about it tomorrow: ordinary practice, not a punishment.",
}

ending "end-apart" {
  face = "shutdown",
  title = "Bag by the door", verdict = "disconnected",
  text = function(s)
    local t = "In the morning his school bag is packed, and so is the rucksack he came with, both by the front door. He says it’s "
      .. "so he’s ready. Nothing cruel happened last night. "
    if s.open_ruptures > 0 then
      return t .. "Only one tired, decent grown-up’s misses, one after another, each the kind of thing a carer says at the end "
        .. "of a long day. He has learned again what he already believed: that grown-ups go, and that it is safest to be ready. "
        .. "Repair is still possible this morning. It always is."
    end
    return t .. "You came back after each miss and said so, and he noticed. But there were so many that the evening still "
      .. "felt to him like one long test, and he is keeping his rucksack ready. Keep coming back: it adds up."
  end,
  reflect = "Look back at the first miss. What would staying, or one plain line of repair straight after, have sounded like?",
  note = "Keep this debrief gentle: every answer on this road is one a caring carer might give. Ask which misses felt most natural, and what in the carer they came from. The packed rucksack is not only a feeling: from a boy who ran off at the park on Sunday it is a risk for today. Keep him in sight, tell Priya and your supervising social worker this morning, with the rest of the evening, and follow his missing-from-care plan if he goes. Not as a failure, but so the people around him know what he is carrying.",
}
