-- SPDX-License-Identifier: CC-BY-4.0
-- SPDX-FileCopyrightText: 2026 The Attune contributors
-- Before You Go: a grieving widower, the last session before the therapist's
-- three-week break. The player is Walter's therapist. The break was announced
-- six weeks ago and is on his appointment card; today neither of them has
-- mentioned it yet.
--
-- Shape of the story
--   spine:     arrival → co-op → (ashamed) → sweet-peas → (daughter) → (joke) →
--              crying → the-break → (somewhere-hot) → (everyone-goes) →
--              angry (pressure) → (fear) → nights (risk) → (not-here) → number
--              (cover and crisis routes) → ruth-last → clock → (tears-again) → door
--              (beats in brackets are skipped by some answers, so a careful
--              play is 13–18 choices; every road passes crying, the-break,
--              angry, nights, number and ruth-last)
--   follow-ups after a miss, most with a repair that names it:
--              chitchat, shut-it, doing-well, my-mum, happy, advice, laughed,
--              setting-off, not-going, fly-by, cancel, professional, extra,
--              stung, cancelled-late, brave-face, not-asked, said-it, mobile,
--              promise, doorway; after-breath follows the steady breath.
--              Many misses lead straight on to the next beat of the spine
--              (soothing at crying, making the break small, chat about the
--              holiday, "nobody's ever ready", "at least" at ruth-last...):
--              the late repairs name them.
--   late repairs: clock, tears-again, door, doorway and cap-left offer a repair
--              that names the latest miss still open, in the words that miss
--              left (late:<beat>), and mends that rupture (the rules mend the
--              latest open one). While the risk question has never been asked
--              (a miss at nights and at not-asked) they are withheld.
--   the risk question: asked at nights, else at not-asked; while it has
--              never been asked, ruth-last and then clock offer it late
--              (→ late-ask, which goes on to clock, or to door when it was
--              asked at clock). A player flooded at nights is offered a breath
--              there, and the question is within reach again after it. Every
--              ending says so when it was never asked (unasked). While the
--              player is flooded, ruth-last and clock hide one attuned answer
--              (out of reach anyway) when six would show, so that the offered
--              breath still fits the window (room_for_breath).
--   closing:   doorway (after a miss at the end) and cap-left (after a cold
--              goodbye there) give a last chance to repair; cap-left has no
--              miss, so a miss is never the last word.
--   cue beats: arrival, joke, somewhere-hot, clock (cue_only: the body tells
--              the truth, the words do not; the intrusive reading is the miss).
--              In every beat the attuned answers answer the cue without
--              quoting its words.
--   lengths:   where the attuned answers fall in length order (shortest,
--              second, middle, second longest, longest) changes from beat to
--              beat; no rank wins, only reading the scene does.
--   safe practice: the break was announced in good time and the therapist
--              raises it (leaving it unsaid or making it small is a miss); risk
--              is asked plainly at nights (reassuring, a question that expects
--              "no", advice, normalising or moving on is a miss); his answer
--              is met calmly and in proportion (not-here: alarm, a telling-off
--              and ringing his GP and daughter over his head are misses); the
--              cover colleague (Sue Marsh, named on his appointment card at
--              the-break), the duty line, his GP and Samaritans are named at
--              number, where one mid-break appointment with Sue is offered
--              because the picture calls for it. A private mobile, "ring me
--              any time", a call from the holiday, cancelling the break and a
--              pity session are rescues.
--
-- Variables: late:<beat> (a miss there, and the words a late repair uses for
--   it); arrival_miss, co_op, linked, took_over, sided, joke_miss, hanky,
--   silly, not_here_miss (which miss a follow-up answers); heard_nights (after
--   the risk answer you asked "what" he does on a bad night, or about a "plan":
--   his next line answers that question); mobile:<beat> (your private number
--   was given there: end-promise, while that rupture is open).

story { id = "before-you-go", title = "Before You Go",
        relationship = "therapist-client", minutes = 15, start = "arrival",
        summary = "Walter Price, 71, lost his wife Ruth eight months ago and is ashamed of how much he still cries. "
               .. "Today is your last session before a three-week break you told him about six weeks ago, and neither of you has mentioned it yet.",
        content_note = "Grief after the death of a spouse, daily tears, and the fear of being left. "
                    .. "The therapist asks about thoughts of not wanting to live; he has had them, with no plan. Nothing graphic.",
        you = "You are Walter’s therapist.",
        with = "walter" }

character "walter" { name = "Walter", about = "a retired bus mechanic, 71; his wife Ruth died eight months ago",
  state = "regulated",
  portraits = { regulated = "images/walter-regulated.svg",
                activated = "images/walter-activated.svg",
                shutdown  = "images/walter-shutdown.svg",
                crying    = "images/walter-crying.svg" } }

local ROOM    = "images/consulting-room.svg"
local EVENING = "images/consulting-room-evening.svg"

-- Every beat, in the order a play meets them: a play moves down this list
-- and enters each beat once (a breath while flooded enters it again), except
-- late-ask, which comes after clock when the question is asked there; clock
-- then has no miss, so latest_open still finds the latest miss.
local ORDER = { "arrival", "chitchat", "co-op", "shut-it", "ashamed", "doing-well", "my-mum",
  "sweet-peas", "happy", "daughter", "advice", "joke", "laughed", "crying", "setting-off", "not-going",
  "the-break", "fly-by", "cancel", "somewhere-hot", "professional", "everyone-goes", "extra", "angry",
  "after-breath", "stung", "fear", "cancelled-late", "brave-face", "nights", "not-asked", "not-here",
  "said-it", "number", "mobile", "ruth-last", "promise", "late-ask", "clock", "tears-again", "door",
  "doorway", "cap-left" }

-- What a miss leaves behind: the words a later repair will use to name it
-- (late:<beat>), and any other variables.
local function late(beat, line, more)
  local t = { ["late:" .. beat] = line }
  if more then for k, v in pairs(more) do t[k] = v end end
  return t
end

-- The beat of the latest miss still open. Ruptures open one after another
-- and a play moves down ORDER, so it lies in the latest open rupture: the
-- one a repair without `repairs` mends.
local function latest_open(s)
  for i = #ORDER, 1, -1 do
    local b = ORDER[i]
    if s.vars["late:" .. b] and s.open_at(b) then return b end
  end
  return nil
end

-- Has anyone asked him the risk question? Only an answer that asks it leads
-- to not-here or late-ask.
local function risk_asked(s)
  return s.seen("not-here") or s.seen("late-ask")
end

-- He spoke of the nights, the therapist went past it, that miss is still
-- open, and nobody has asked him the question since: the late repairs are
-- withheld (a repair of that miss must ask it).
local function risk_unasked(s)
  return (s.open_at("nights") or s.open_at("not-asked")) and not risk_asked(s)
end

-- The late ask (ruth-last, clock): offered whenever the question was never
-- asked, whether or not the miss that went past it is still open.
local function may_ask_late(s)
  return s.seen("nights") and not risk_asked(s)
end

-- While the player is flooded the attuned answers are out of reach and the
-- game adds a breath at the end of the list. A beat that would then show
-- seven answers (six of its own: ruth-last and clock, with the late ask or a
-- late repair) hides one attuned answer meanwhile, so that the breath still
-- fits the smallest window. `full(s)`: the sixth answer is shown.
local function room_for_breath(full)
  return function(s) return s.steadiness >= 35 or not full(s) end
end

-- The late ask at `beat`, in two kinds that are never shown together: a
-- repair while the miss that went past the question is open, and the plain
-- question (attune_boundary) once another repair has mended the rupture it
-- deepened, so that asking never shows as "mends nothing".
local function ask_late(beat, line, inner, why, plain)
  if plain then
    return { line, kind = "attune_boundary", next = "late-ask", id = beat .. ".ask-plain",
      when = function(s) return may_ask_late(s) and not risk_unasked(s) end,
      inner = inner,
      why = "Late, and still in time: you asked plainly about risk before a three-week gap, and owned having let it go by." }
  end
  return { line, kind = "repair", next = "late-ask", repairs = { "nights", "not-asked" }, id = beat .. ".ask",
    when = risk_unasked, inner = inner, why = why }
end

-- A late repair at `beat`: it names the latest miss still open, in the words
-- that miss left, and mends that rupture. Withheld while the miss that went
-- past the risk question is open and it was never asked (ruth-last and clock
-- ask it); `also`, when given, is one more condition (clock: the ask first).
local LEAD = { clock = "Before you go: ", ["tears-again"] = "Not daft. And ", door = "Before you go: ",
               doorway = "Walter, wait. ", ["cap-left"] = "While you’re here: " }

-- A line after a lead-in: its first letter made small when the lead-in runs
-- on into it (ends with a colon or "And"), unless it is "I".
local function after_lead(lead, line)
  local runs_on = lead:sub(-2) == ": " or lead:sub(-4) == "And "
  if not runs_on or line:sub(1, 2) == "I " or line:sub(1, 4) == "I’" then return lead .. line end
  return lead .. line:sub(1, 1):lower() .. line:sub(2)
end

local function late_open(s)
  return s.open_ruptures > 0 and latest_open(s) ~= nil and not risk_unasked(s)
end

local function late_repair(beat, next, also)
  return { function(s)
      local b = latest_open(s)
      if not b then return "" end
      return after_lead(LEAD[beat], s.vars["late:" .. b])
    end,
    kind = "repair", next = next, id = beat .. ".late",
    when = function(s) return late_open(s) and (not also or also(s)) end,
    inner = "They remembered that. Said it plain, no fuss. Well, then.",
    why = "You named the particular miss in a line, owned it and turned back to him: a [[repair]], late, and it still counts." }
end

------------------------------------------------------------------------------
-- The first half: autumn light
------------------------------------------------------------------------------

beat "arrival" {
  background = ROOM, music = "autumn", state = "regulated", cue_only = true,
  say = { walter = "Number 38 was late again. Forty years I kept that fleet on the road, and now look at it. Anyway. How are you keeping?" },
  cue = "He’s perched on the edge of the chair, turning his flat cap round and round by the brim.",
  reflect = "His words were small talk. What told you where he really was?",
  note = "A cue beat: only the cap shows what is going on. Ask the group what they saw before what they heard. "
      .. "Pointing the cap out straight away is accurate and still a miss: it corners him before he has sat down. "
      .. "Getting straight down to business is the miss that feels most responsible on a last session before a break.",
  choices = {
    { "Very well, thanks. We’ve a lot to get through today, so shall we make a start?",
      kind = "withdraw", next = "chitchat",
      set = late("arrival", "When you came in, I went straight to business, and you’d come in carrying a lot more than a job list.",
        { arrival_miss = "business" }),
      inner = "Down to business. Right. I’ll give them the allotment.",
      why = "Brisk and organised, but it answered the clock, not the man turning his cap on the edge of the chair." },
    { "No rush today. Start wherever you like.",
      kind = "attune", next = "co-op",
      inner = "Wherever I like. Well. Where do I start.",
      why = "You answered the hurry in him with room, and let him choose where to begin." },
    { "You’re perched on the edge of that chair turning your cap round and round, Walter. Something’s bothering you, isn’t it?",
      kind = "fix", next = "chitchat",
      set = late("arrival", "When you came in, I pounced on you before you’d even sat down. You were entitled to take your time.",
        { arrival_miss = "cornered" }),
      inner = "Caught out before I’ve got my coat off. I’ll give them the allotment.",
      why = "Accurate, and too soon: reading his fidgeting back to him cornered him before he had even sat back." },
    { "Don’t talk to me about the 38! Mine was twenty minutes late on Tuesday.",
      kind = "dismiss", next = "chitchat",
      set = late("arrival", "When you came in, I got us grumbling about buses, and you’d come with more than buses on your mind.",
        { arrival_miss = "buses" }),
      inner = "Buses, then. Safer ground. Suits me.",
      why = "Joining the grumble is friendly, but it kept you both on the small talk he was hiding behind." },
    { "(Sit down across from him, in no hurry. Let him settle in before you ask him anything at all.)",
      kind = "attune", next = "co-op",
      inner = "No clipboard, no rush. I can let my shoulders down a bit.",
      why = "Unhurried company let him settle before any words were asked of him." },
  },
}

beat "chitchat" {
  say = { walter = "Oh, ticking over. Up the allotment most days, digging the beds over before the frost. Onions in. Shed roof patched. That’s the news." },
  cue = "He reels it off like a job sheet. The cap is still going round.",
  choices = {
    { "That’s great, Walter. Keeping busy is one of the best things you can do after a loss.",
      kind = "fix", next = "co-op",
      set = late("chitchat", "I praised you for keeping busy, and never asked what the busy was keeping off."),
      inner = "Gold star for the onions. Right.",
      why = "Praise for coping rewarded the front and left what was behind it alone." },
    { "That’s a lot of digging, for one man, before the frost.",
      kind = "attune", next = "co-op",
      inner = "It is. Keeps the evenings short.",
      why = "You heard the work in the list. Owning the start of the hour would have mended it as well." },
    { "Onions in already? What sort do you grow?",
      kind = "dismiss", next = "co-op",
      set = late("chitchat", "Earlier I asked you about onions, when you’d come about a lot more than onions."),
      inner = "We could talk onions all hour. Maybe that’s best.",
      why = "Interest in his hobby is warm, but here it carried you further from why he came." },
    { function(s)
        if s.vars.arrival_miss == "cornered" then
          return "I pounced on you before you’d even sat down. Take your time, Walter. How has it really been, this week?"
        elseif s.vars.arrival_miss == "business" then
          return "I rushed us into the hour before you’d got your breath. Never mind the list. How has it really been, this week?"
        end
        return "I got us grumbling about buses, and you’d not come here for buses. How has it really been, this week?"
      end,
      kind = "repair", next = "co-op", repairs = "arrival",
      inner = "They’ve caught themselves. Alright. I’ll tell them.",
      why = "You named what you did when he came in, in a line, and asked again, this time leaving him room." },
  },
}

beat "co-op" {
  face = "shutdown",
  say = { walter = "Daft thing. They had her biscuits on offer in the Co-op. Custard creams. And I stood in the aisle and cried. Seventy-one." },
  cue = "He says it like the end of a joke, but his jaw is working and he won’t look up.",
  choices = {
    { "Oh, Walter, that’s heartbreaking. I’ve got a lump in my throat just picturing it.",
      kind = "enmesh", next = "shut-it",
      set = late("co-op", "When you told me about the Co-op, I got upset myself, and it was your aisle, not mine.", { co_op = "upset" }),
      inner = "Now I’ve set them off. Keep it to yourself, Walter.",
      why = "It sounds like empathy, but your lump in the throat took the floor, and he turned to look after you." },
    { "Her biscuits. On an ordinary shelf, on an ordinary day.",
      kind = "attune", next = "ashamed",
      inner = "Out of nowhere. That’s it exactly.",
      why = "You stayed with the moment in the aisle instead of explaining it." },
    { "That’s grief, Walter. It comes in waves.",
      kind = "fix", next = "shut-it",
      set = late("co-op", "When you told me about the Co-op, I hurried to explain it, and never asked what that aisle was like.", { co_op = "waves" }),
      inner = "Waves. Then why does it feel like the floor’s gone?",
      why = "True and kind, but normalising so fast explained the tears before they were felt." },
    { "(Say nothing for a moment. Let it be every bit as sad as it is, there in the aisle with her biscuits.)",
      kind = "attune", next = "sweet-peas",
      inner = "They’re not rushing me. It can just be sad.",
      why = "Quiet, unhurried company showed him the feeling was welcome here." },
    { "Shops are often where it catches people. Could you go at a quieter time?",
      kind = "fix", next = "shut-it",
      set = late("co-op", "When you told me about the Co-op, I gave you shopping advice, and never asked what that aisle was like.", { co_op = "advice" }),
      inner = "Quieter time. So I don’t make a show of myself. Right.",
      why = "Sensible advice, but it treated the tears as a problem to be timetabled before anyone had heard them." },
  },
}

beat "shut-it" {
  face = "shutdown",
  say = { walter = function(s)
    if s.vars.co_op == "upset" then return "Eh, don’t you get upset on my account. Anyway." end
    if s.vars.co_op == "advice" then return "Quieter time. Aye. My daughter says do it on the computer. Anyway." end
    return "Waves. Aye. That’s what the leaflet said. Anyway."
  end },
  cue = "He folds the cap in half along its crease and presses it flat on his knee.",
  choices = {
    { "Right, then. Where were we?",
      kind = "dismiss", next = "ashamed",
      set = late("shut-it", "When you told me about the Co-op, I let you fold it away as if it hadn’t mattered. It mattered."),
      inner = "Anyway. Aye. Where were we.",
      why = "Taking his “anyway” at its word moved past the aisle as if it hadn’t mattered." },
    { function(s)
        if s.vars.co_op == "upset" then return "I made that about my feelings for a second. What was it like for you, standing in that aisle?" end
        if s.vars.co_op == "advice" then return "I jumped to advice, and skipped what it was like for you, standing in that aisle." end
        return "I rushed to explain it and skipped what it was like for you, standing in that aisle."
      end,
      kind = "repair", next = "ashamed", repairs = "co-op",
      inner = "Like a lost lad. That’s what it was like.",
      why = "You named what you had done, simply, and went back to his experience in the aisle." },
    { "“Anyway.” And the aisle gets put away again.",
      kind = "attune", next = "ashamed",
      inner = "Put away. Aye. They saw me do it. Hm.",
      why = "You noticed him closing up. Owning your part in it would have mended the miss too." },
    { "It does get easier, Walter, I promise you. Eight months is no time at all.",
      kind = "fix", next = "ashamed",
      set = late("shut-it", "When you told me about the Co-op, I promised you it gets easier, and you were telling me how hard it is now."),
      inner = "Easier. Everyone promises that. Nobody says when.",
      why = "A promise of better days tried to close the feeling instead of hearing it." },
  },
}

beat "ashamed" {
  face = "shutdown",
  say = { walter = "Ruth’s dad buried two sons and never shed a tear. Me, I’m at it every day. Eight months. I should be past the worst." },
  cue = "He rubs his thumb hard along the seam of the cap, as if it were a stain.",
  reflect = "What happens in you when a client says they “should” be over it by now?",
  note = "The tempting interpretation (his own father) may even be right. Offered before he has gone there, it is the therapist’s insight arriving first: a fix.",
  choices = {
    { "You measure yourself against Ruth’s dad. I wonder whether your own father taught you that men’s tears have a deadline, and you’re still living by it.",
      kind = "fix", next = "doing-well",
      set = late("ashamed", "When you said you should be past the worst, I went off on a theory about your dad, and it was you that was crying.", { linked = true }),
      inner = "My dad? Where’s this come from? I was talking about me.",
      why = "A thoughtful link he had not made himself: your insight arrived before his feeling had been heard." },
    { "(Leave a long silence. Let the word “should” hang there and be heard.)",
      kind = "attune", next = "sweet-peas",
      inner = "Should. Hear it out loud and it sounds daft. Or cruel.",
      why = "Quiet let him hear his own rule without you arguing with it." },
    { "When my mum died I cried for a year. I still do, some days.",
      kind = "enmesh", next = "my-mum",
      set = late("ashamed", "When you told me you cry every day, I brought my own mum into it. It was your crying that mattered."),
      inner = "Oh. They’re hurting too. I should be careful with them.",
      why = "Meant as solidarity, your own grief took the floor, and he turned to look after you." },
    { "You’re doing really well, Walter.",
      kind = "fix", next = "doing-well",
      set = late("ashamed", "When you said you should be past the worst, I told you you’re doing well, and never asked what it’s like."),
      inner = "Doing well. Then why do I feel like this?",
      why = "Reassurance argued with his shame instead of letting him show it." },
    { "Every day, for eight months. And some voice in you saying you should be done by now.",
      kind = "attune", next = "daughter",
      inner = "A voice. Aye. Sounds like my dad, that voice.",
      why = "You named what sat under “should”, gently, without arguing with it." },
  },
}

beat "doing-well" {
  face = "regulated",
  say = { walter = function(s)
    if s.vars.linked then return "My dad? Happen. I wasn’t thinking about my dad, mind. I was thinking about me." end
    return "Doing well. Is that what it looks like from over there?"
  end },
  cue = function(s)
    if s.vars.linked then return "He sits back, put out, the way he’d look at a fitter who’d found the wrong fault." end
    return "He gives you a small, tight smile, the kind you give a doctor who has got it wrong."
  end,
  choices = {
    { "Tell me about you, then. Every day, you said.",
      kind = "attune", next = "sweet-peas",
      inner = "Every day. Most days twice.",
      why = "You followed him back to himself. Owning the jump would have mended it fully." },
    { function(s)
        if s.vars.linked then return "It might be worth thinking about, though. Fathers shape how we grieve, whether we know it or not." end
        return "It does, Walter. You come every week, you talk about her, you keep the allotment going. That’s doing well."
      end,
      kind = "fix", next = "sweet-peas",
      set = late("doing-well", "When you said you should be past the worst, I argued with you instead of listening."),
      inner = "They’ve made their minds up, then.",
      why = "Pressing your view asked him to agree with you, not to be known." },
    { function(s)
        if s.vars.linked then return "I went off on my own theory there, and you were telling me about you: crying every day. What’s that like?" end
        return "I jumped in to reassure you, and never asked. What’s it like from your side, crying every day, for eight months?"
      end,
      kind = "repair", next = "sweet-peas", repairs = "ashamed",
      inner = "Back to me. Like it’s allowed.",
      why = "You owned the jump in a line and asked about his experience instead of grading it." },
  },
}

beat "my-mum" {
  face = "activated",
  say = { walter = "Oh. I’m sorry to hear that. Your mum. Are you alright, though?" },
  cue = "He leans forward, concerned, the way he’d lean in over a sick engine. His own eyes are dry now.",
  note = "An enmesh rupture: the client becomes the carer. Worth asking the group what pulls them to share their own losses.",
  choices = {
    { "It still gets me, honestly. Sorry, I don’t know why I brought it up. Grief is a rotten thing, isn’t it, Walter?",
      kind = "enmesh", next = "sweet-peas",
      set = late("my-mum", "Earlier I brought my own mum into your hour, and you ended up minding me. It’s your grief I’m here for."),
      inner = "Two of us at it now. I’d best keep mine in.",
      why = "Staying in your own grief, with an apology for it, left him minding you in his own session." },
    { "I am, thanks. I brought my mum in, and this hour is yours.",
      kind = "repair", next = "sweet-peas", repairs = "ashamed",
      inner = "Back in my own chair. I can just be sad.",
      why = "You thanked him, named bringing your own loss in, and handed him back his hour without a speech." },
    { "That’s kind of you to ask. I’d like to get back to yours, though.",
      kind = "attune", next = "sweet-peas",
      inner = "Mine. Alright, if they’re sure.",
      why = "You turned the hour back to him. Naming your slip would have mended it fully." },
    { "(Shake your head briskly.) “Don’t you worry about me. Right, where were we?”",
      kind = "withdraw", next = "sweet-peas",
      set = late("my-mum", "Earlier I brought my mum into your hour, then brushed you off when you were kind about it."),
      inner = "Door shut. Fair enough. Not my place.",
      why = "He saw something in you and asked; brushing it aside closed the door he had kindly opened." },
  },
}

beat "sweet-peas" {
  say = { walter = "She grew the sweet peas, I grew the spuds. I’ve kept her sweet peas going all summer. Who for, I don’t know." },
  cue = "He looks out at the tree, where the leaves are turning.",
  choices = {
    { "Could you take a bunch up to Ruth’s grave, or round to your daughter’s? Then they’d be for somebody.",
      kind = "fix", next = "daughter",
      set = late("sweet-peas", "When you asked who the sweet peas were for, I found you somebody to give them to. The question was the thing."),
      inner = "Jobs for the flowers now. That’s not what I asked.",
      why = "A practical answer to a question that was never asking for one." },
    { "All summer. And nobody to bring them in to.",
      kind = "attune", next = "daughter",
      inner = "Nobody to bring them in to. That’s the bit. That’s the bit.",
      why = "You stayed in the ache of the question instead of answering it." },
    { "She’d want you to be happy, Walter. Maybe they’re for you now.",
      kind = "fix", next = "happy",
      set = late("sweet-peas", "When you asked who the sweet peas were for, I answered for Ruth, and never asked you."),
      inner = "Happy. Everyone knows what she’d want except me.",
      why = "The wish to cheer him was kind, but it spoke for Ruth and skipped what he feels." },
    { "Well, they’ve been a credit to you.",
      kind = "fix", next = "daughter",
      set = late("sweet-peas", "When you asked who the sweet peas were for, I praised the flowers and let your question go by."),
      inner = "A credit. Nobody saw them but me.",
      why = "Praise for the flowers answered a question he hadn’t asked and left the one he had." },
    { "(Don’t answer it. Let the question stay open a while.)",
      kind = "attune", next = "crying",
      inner = "They’re not answering it. Good. There isn’t an answer.",
      why = "You left his question open and kept him company in it." },
  },
}

beat "happy" {
  state = "activated",
  say = { walter = "Happy. Everyone says that. My daughter, the vicar, the lass at the chemist. Funny, none of them ask what I want." },
  cue = "His jaw sets. He puts the cap on the arm of the chair, out of reach.",
  choices = {
    { "They mean well, Walter.",
      kind = "dismiss", next = "daughter",
      set = late("happy", "When you said nobody asks what you want, I stuck up for the others, when it was you I should have asked."),
      inner = "Now I’m ungrateful as well as daft.",
      why = "Defending the others turned his hurt into something to apologise for." },
    { "I spoke for Ruth there, and never asked you. What’s it like, growing them all summer for nobody?",
      kind = "repair", next = "daughter", repairs = "sweet-peas",
      inner = "They heard that. Alright. I’ll tell them.",
      why = "You owned the miss in one line and asked the question he said nobody asks." },
    { "Then it might be worth working out what you do want, and telling your daughter.",
      kind = "fix", next = "daughter",
      set = late("happy", "When you said nobody asks what you want, I gave you a job to do instead of asking."),
      inner = "Homework now. On top of the rest.",
      why = "Sensible advice, but it turned his complaint into a task before it had been heard." },
    { "Everybody telling you what to feel, and nobody asking.",
      kind = "attune", next = "daughter",
      inner = "Telling me. Aye. In a room full of advice.",
      why = "You met the feeling in his complaint. Owning your share of it would mend it fully." },
  },
}

beat "daughter" {
  face = "regulated",
  say = { walter = "Our Karen says I should clear out her mum’s wardrobe. And join some group at the church hall. Says it’d do me good. What do you reckon?" },
  cue = "He looks straight at you for the first time today, waiting for an instruction.",
  note = "Three tempting misses: doing it for him (rescue), good advice (fix) and taking his side against his daughter (enmesh), "
      .. "which sounds like respect for his choice and leaves him defending the daughter he loves.",
  choices = {
    { "A group could help, you know. And the wardrobe, one drawer at a time.",
      kind = "fix", next = "advice",
      set = late("daughter", "When you asked about Karen’s advice, I handed you more of it, and never asked what you make of it."),
      inner = "One more thing I should be doing.",
      why = "Good advice, offered before the feeling, became one more task on his list." },
    { "I’d sooner not settle it for you, Walter. What do you reckon yourself, when it’s just you and the wardrobe?",
      kind = "attune_boundary", next = "joke",
      inner = "Me? Nobody’s asked me. I don’t know. Not yet.",
      why = "You handed the question back, kindly: the choice is his, and so is the pace." },
    { "I’ll ring the church hall for you.",
      kind = "rescue", next = "advice",
      set = late("daughter", "When you asked about the group, I offered to ring them as if you couldn’t. It’s yours to choose.", { took_over = true }),
      inner = "Can’t even ring a church hall now. That’s what I’ve come to.",
      why = "Doing it for him, out of pity, told him he couldn’t. The choice is his to make." },
    { "Everyone’s got a plan for you, by the sound of it, and you’re meant to pick one.",
      kind = "attune", next = "crying",
      inner = "They have. Like I’m holding up a queue.",
      why = "You named the pressure in the request instead of adding to it." },
    { "That’s Karen’s idea, though. It’s your wardrobe, not hers.",
      kind = "enmesh", next = "advice",
      set = late("daughter", "When you asked about Karen’s advice, I took sides against her, and she’s your daughter.", { sided = true }),
      inner = "Now I’ve to stick up for our Karen. She means well.",
      why = "Taking his side against his daughter felt loyal, but it left him defending someone he loves." },
  },
}

beat "advice" {
  face = "shutdown",
  say = { walter = function(s)
    if s.vars.took_over then return "Right. You’ll ring them, then. Thursday, is it? I’ll put the wardrobe on the list." end
    if s.vars.sided then return "Now then. She means well, our Karen. She lost her mum and all. I’ll put them on the list." end
    return "Right. Group. Wardrobe. I’ll put them on the list."
  end },
  cue = function(s)
    if s.vars.took_over then return "He pats the breast pocket where he keeps a little notebook. His voice has gone flat, like someone being seen to." end
    if s.vars.sided then return "He pats the breast pocket where he keeps a little notebook, stiff now, the way he’d stick up for his own depot." end
    return "He pats the breast pocket where he keeps a little notebook. His voice has gone dutiful."
  end,
  choices = {
    { "That’s the spirit.",
      kind = "fix", next = "joke",
      set = late("advice", "When you asked about Karen’s advice, I cheered you on instead of asking what you make of it."),
      inner = "The spirit. Right. Tick.",
      why = "Cheering him on rewarded going along, not saying how it felt." },
    { "You sound like a man being handed a job sheet.",
      kind = "attune", next = "joke",
      inner = "Forty years of job sheets. They’ve spotted it.",
      why = "You heard the dutiful voice. Owning your part in it would mend it fully." },
    { "I offered to ring them as if you couldn’t. It’s yours to choose, all of it. What’s the wardrobe like, for you?",
      kind = "repair", next = "joke", repairs = "daughter", id = "advice.repair-rang",
      when = function(s) return s.open_at("daughter") and s.vars.took_over end,
      inner = "Her coats still smell of her. That’s what it’s like.",
      why = "You took back the rescue, gave him back the choice and asked about the feeling under it." },
    { "I took sides against Karen, and she’s your daughter. It’s yours to choose. What’s the wardrobe like, for you?",
      kind = "repair", next = "joke", repairs = "daughter", id = "advice.repair-sided",
      when = function(s) return s.open_at("daughter") and s.vars.sided end,
      inner = "Her coats still smell of her. That’s what it’s like.",
      why = "You owned taking sides, left Karen out of it and came back to what the wardrobe means to him." },
    { "I’ve just added to the list everyone else hands you. It’s yours to choose. What’s the wardrobe like, for you?",
      kind = "repair", next = "joke", repairs = "daughter", id = "advice.repair-advice",
      when = function(s) return s.open_at("daughter") and not s.vars.took_over and not s.vars.sided end,
      inner = "Her coats still smell of her. That’s what it’s like.",
      why = "You owned the advice and came back to the feeling it had stepped over." },
    { "The group meets on Thursdays. You could just go along this week and see.",
      kind = "fix", next = "joke",
      set = late("advice", "When you asked about Karen’s advice, I pressed the group on you, Thursday and all."),
      inner = "Thursday, then. Whatever gets them off my back.",
      why = "Pressing on with the plan confirmed that going along with it is what you wanted." },
  },
}

beat "joke" {
  face = "regulated",
  cue_only = true,
  say = { walter = "Ruth always said I’d be lost without her. She was right: I went the wrong way out of the cemetery car park!" },
  cue = "He laughs. Nobody else does. The laugh goes on a beat too long, then stops, and he looks away at the window.",
  reflect = "A joke that falls flat is a cue. What do you do with your own urge to laugh along?",
  note = "The second cue beat. Laughing along feels kind and is very common; so is the quick reassurance. Explore what the silence offers instead. "
      .. "Telling him his laugh has stopped is accurate, and a miss: he had not got there yet.",
  choices = {
    { "You’re not lost, Walter. You found your way here.",
      kind = "fix", next = "laughed",
      set = late("joke", "When you joked about being lost, I told you you’re not, when you were telling me you are.", { joke_miss = "reassured" }),
      inner = "Found my way here. Aye. Some days that’s all I find.",
      why = "A warm, quick reassurance argued with the truth inside his joke before anyone had heard it." },
    { "Lost without her. That’s no joke, is it?",
      kind = "attune", next = "crying",
      inner = "No. It isn’t. It came out true.",
      why = "You heard the truth inside the punchline and said it plainly." },
    { "That stopped being funny halfway through, didn’t it, Walter? No need for a brave face in here.",
      kind = "fix", next = "laughed",
      set = late("joke", "When you joked about the cemetery, I pounced on it before you got there yourself.", { joke_miss = "pounced" }),
      inner = "Brave face. Caught out again. I’ll give them another joke.",
      why = "Accurate, but pointing out his face and laugh took over his pace and exposed him." },
    { "(Wait. Let whatever comes after it come, in its own time.)",
      kind = "attune", next = "crying",
      inner = "Nobody’s filling the gap. It’s all coming up.",
      why = "You didn’t fill the silence after the joke, so what was under it could arrive." },
    { "Ha! She had you sussed, then, didn’t she? Fifty years of marriage’ll do that.",
      kind = "dismiss", next = "laughed",
      set = late("joke", "When you joked about the cemetery, I laughed along, and it wasn’t funny for you.", { joke_miss = "laughed" }),
      inner = "Good. Keep it light. Don’t let it out.",
      why = "Laughing along is friendly, but it helped him back behind the joke." },
  },
}

beat "laughed" {
  face = "shutdown",
  say = { walter = "Aye, well. Ruth said I could make a funeral laugh. Did, and all. Hers." },
  cue = "The smile has gone. His thumbnail works at a loose thread on the cap.",
  choices = {
    { "(Laugh along.) “I bet you did!”",
      kind = "dismiss", next = "crying",
      set = late("laughed", "When you told me about her funeral, I laughed again, and never asked who looked after you."),
      inner = "Keep them laughing. It’s what I do.",
      why = "Laughing along a second time kept him performing at his own wife’s funeral." },
    { function(s)
        if s.vars.joke_miss == "pounced" then
          return "I pounced on your joke instead of letting you get there in your own time. Her funeral, you said. Who looked after you?"
        elseif s.vars.joke_miss == "reassured" then
          return "You told me you’re lost without her, and I hurried to say you’re not. Her funeral, you said. Who looked after you?"
        end
        return "I laughed along just now, and I don’t think it was funny for you at all. Her funeral, you said. Who looked after you?"
      end,
      kind = "repair", next = "crying", repairs = "joke",
      inner = "It wasn’t. Thank God someone noticed.",
      why = "You owned what you did with the joke and made room for what was under it." },
    { "You made them laugh at her funeral. Who looked after you, that day?",
      kind = "attune", next = "crying",
      inner = "Nobody. I was too busy holding everyone else.",
      why = "You followed him to the hard place. Owning the miss would have mended it too." },
    { "Humour’s a real strength of yours, Walter. I’m sure it got a lot of people through that day.",
      kind = "fix", next = "crying",
      set = late("laughed", "When you told me about her funeral, I praised your jokes, and never asked who looked after you."),
      inner = "A strength. Then why am I so tired of it?",
      why = "Praising the defence told him to keep using it, here of all places." },
  },
}

beat "crying" {
  face = "crying",
  say = { walter = "Sorry. Sorry. Look at the state of me. Grown man." },
  cue = "The tears come at last. He pulls a folded hanky from his pocket, pressed into a neat square.",
  reflect = "What does your body want to do when a client cries? What do you do with that?",
  note = "“I’m not going anywhere” sounds loving and is a fix here: he knows you are away from Monday, and it is a promise the break will break. "
      .. "“There, there” is soothing meant to stop the tears: a fix too. Compare both with “No need. Take your time”.",
  choices = {
    { "(Your own eyes fill.) “Oh, Walter, don’t. You’ll set me off in a minute, and then where will we be?”",
      kind = "enmesh", next = "setting-off",
      set = late("crying", "When you cried, I got upset myself and you ended up minding me. Your tears were welcome, and still are."),
      inner = "Now I’ve upset them. Pull yourself together, man.",
      why = "Being moved is human; saying so made his tears a problem for you." },
    { "No need. Take your time, Walter; there’s no hurry in here.",
      kind = "attune", next = "the-break",
      inner = "No need. Alright. Alright, then.",
      why = "You welcomed the tears without fuss instead of soothing them away." },
    { "Take your time, Walter. I’m not going anywhere.",
      kind = "fix", next = "not-going",
      set = late("crying", "When you cried, I said I’m not going anywhere. I am, on Monday, and you deserved it straight."),
      inner = "Not going anywhere. That’s not what the card says.",
      why = "It sounds loving, but it isn’t true: your break starts on Monday, and he knows it." },
    { "Oh, Walter, don’t apologise. There, there. It’s alright now.",
      kind = "fix", next = "the-break",
      set = late("crying", "When you cried, I hurried to soothe it away. Your tears were welcome in here, all of them."),
      inner = "There, there. Dry up, then. I know the drill.",
      why = "Soothing sounds meant to stop the tears told him they were too much, however gently it was said." },
    { "(Stay with him. Keep your eyes on him, soft, and don’t reach for the tissues.)",
      kind = "attune", next = "the-break",
      inner = "They didn’t look away. They didn’t fuss.",
      why = "Steady, wordless company told him his crying was not too much for you." },
  },
}

beat "setting-off" {
  face = "shutdown",
  say = { walter = "Eh, don’t you start, or we’ll never get home. Here." },
  cue = "He holds out his own hanky to you. His tears have stopped dead.",
  choices = {
    { "Oh, thank you, Walter.",
      kind = "enmesh", next = "the-break",
      set = late("setting-off", "When you cried, I got upset and took your hanky off you. Your tears were welcome, and still are.", { hanky = true }),
      inner = "There. Their turn. Mine can wait.",
      why = "Taking his hanky let him look after you, and his own tears dried up." },
    { "Keep it. This hour’s for you.",
      kind = "attune_boundary", next = "the-break",
      inner = "Ruth ironed that. Last one she did.",
      why = "You steadied the frame and turned back to him. Owning the slip would mend it fully." },
    { "Thank you. Sorry, sorry, I’m meant to be the steady one here. It’s just so sad, and Ruth sounds like she was a wonderful woman.",
      kind = "enmesh", next = "the-break",
      set = late("setting-off", "When you cried, I got upset and took your hanky off you. Your tears were welcome, and still are.", { hanky = true }),
      inner = "I’ve got to mind them now. I’ll keep it tidy.",
      why = "Taking his hanky and apologising at length made you the one being cared for." },
    { "Keep it, it’s yours. I got caught up for a second. You were crying, and I’d like you to be able to.",
      kind = "repair", next = "the-break", repairs = "crying",
      inner = "They gave it back. I can be the one who’s sad.",
      why = "You named your wobble without drama and handed the moment back to him." },
  },
}

beat "not-going" {
  face = "activated",
  say = { walter = "Not going anywhere. You’re off on Monday, though. Or has that changed?" },
  cue = "He looks up from the hanky, sharp, like a man who hears his bus coming after all.",
  note = "He knows about the break: it was announced six weeks ago. A false comfort now invites him to hope it has gone away; going along with that is a fix.",
  choices = {
    { "We’ll come to Monday.",
      kind = "dismiss", next = "the-break",
      set = late("not-going", "When you asked about Monday, I put you off, and you deserved a straight answer."),
      inner = "Not now. Later. Always later.",
      why = "Putting off a plain question kept the muddle alive and left him guessing." },
    { "It hasn’t. I said that without thinking. I’m away three weeks from Monday, and back on the 14th.",
      kind = "repair", next = "somewhere-hot", repairs = "crying",
      inner = "Oh. Right. Well. At least they said it straight.",
      why = "You caught the false comfort before it grew and gave him the truth to stand on." },
    { "You were hoping it might have.",
      kind = "attune", next = "the-break",
      inner = "I was. Daft, at my age.",
      why = "You heard the hope without feeding it. Putting the muddle right would mend it fully." },
    { "Don’t you worry about Monday. Nothing’s going to change between us, Walter. I’ll always be here for you, whatever happens.",
      kind = "fix", next = "the-break",
      set = late("not-going", "When you asked about Monday, I said nothing would change between us. It was a promise I couldn’t keep."),
      inner = "Nothing’s going to change. That’s what Ruth said, near enough.",
      why = "Going along with the hope made a promise the break will break within the week." },
  },
}

------------------------------------------------------------------------------
-- The second half: the light going
------------------------------------------------------------------------------

beat "the-break" {
  background = EVENING,
  say = function(s)
    if s.seen("not-going") then
      return "Fifteen minutes left. He has known for six weeks that your break starts on Monday; "
          .. "his appointment card names your cover, Sue Marsh. His question hangs there."
    end
    return "Fifteen minutes left. You told him six weeks ago: your break starts on Monday, "
        .. "and his appointment card names your cover, Sue Marsh. Neither of you has said it yet."
  end,
  cue = function(s)
    if s.vars.hanky then
      return "You are still holding his hanky. He smooths the cap on his knee. He has not once looked at the calendar."
    end
    return "He puts the hanky back in his pocket and smooths the cap on his knee. He has not once looked at the calendar."
  end,
  reflect = "How do you raise a break with a grieving client, even one announced weeks ago? What makes it hard to say plainly?",
  note = "The break was announced in good time; raising it again in the last session, plainly and warmly, is the attuned answer. "
      .. "Leaving it unmentioned to spare him (and you), making it small (dismiss), or offering to move it (rescue) are all misses.",
  choices = {
    { function(s)
        if s.seen("not-going") then return "(Leave his question unanswered. He knows.)" end
        return "(Leave it unmentioned. He knows.)"
      end,
      kind = "withdraw", next = "fly-by",
      set = late("the-break", "I left it to you to bring up my break, when it was mine to say."),
      inner = "They’re not going to say it. So it’s me that has to.",
      why = "Sparing him the subject left him to raise your absence on his own." },
    { function(s)
        if s.seen("not-going") then return "You asked about Monday, and it’s a fair question. Yes: three weeks, and back on the 14th." end
        return "There’s something we haven’t talked about yet today. Monday."
      end,
      kind = "attune_boundary", next = "somewhere-hot",
      inner = "Monday. Aye. I know.",
      why = "You named it plainly and left the door open for whatever it brings up." },
    { function(s)
        if s.seen("not-going") then return "Yes, I’m off from Monday. Only three weeks, mind." end
        return "Oh, I’m off from Monday. Only three weeks."
      end,
      kind = "dismiss", next = "somewhere-hot",
      set = late("the-break", "When I told you about my break, I made it sound like nothing, and three weeks is a long while."),
      inner = "Only three weeks. Then I’m daft for minding.",
      why = "Making the break small made his feelings about it small too, before he had said any." },
    { "Walter, this is our last session before my break. I’m away three weeks from Monday, back on the 14th.",
      kind = "attune_boundary", next = "somewhere-hot",
      inner = "Monday. Right. Right.",
      why = "You raised the break yourself, plainly, with the date you come back, and left room for it to land." },
    { "My break starts on Monday. If three weeks feels too much, Walter, I could try to move it.",
      kind = "rescue", next = "cancel",
      set = late("the-break", "I offered to move my break out of my own worry. It’s going ahead, and I’m back on the 14th."),
      inner = "They think I can’t manage. Maybe I can’t.",
      why = "Offering to move your break out of pity tells him he’s too fragile for it." },
  },
}

beat "fly-by" {
  face = "shutdown",
  say = { walter = "So. You’ll be off on Monday, then. I wondered if you were going to say." },
  cue = "He says it to the clock on the wall, as if he has been watching it all hour.",
  choices = {
    { "It’s been on your appointment card for weeks, Walter.",
      kind = "dismiss", next = "everyone-goes",
      set = late("fly-by", "When you brought up my break, I pointed at your card instead of owning that I’d left it to you."),
      inner = "My fault, then, for not reading it.",
      why = "True, and a defence: it argued with his hurt instead of hearing it." },
    { "I should have said it myself. Yes: from Monday.",
      kind = "repair", next = "everyone-goes", repairs = "the-break", id = "fly-by.repair-unsaid",
      when = function(s) return s.open_at("the-break") end,
      inner = "They owned it. Alright. At least it’s out now.",
      why = "You owned leaving it to him, in a line, and said the break plainly." },
    { "Three weeks is a long while, from where you’re sitting.",
      kind = "attune", next = "everyone-goes",
      inner = "Long. It looks long.",
      why = "You let the break be long for him. Owning that you left it to him would mend it fully." },
    { "You’ll be fine, Walter. You’ve got the allotment, and your daughter’s only round the corner.",
      kind = "fix", next = "everyone-goes",
      set = late("fly-by", "When you brought up my break, I listed the allotment and your daughter, and never asked how it is for you."),
      inner = "The allotment isn’t a person. Karen’s got her own life.",
      why = "Listing his supports reassured you more than him." },
  },
}

beat "cancel" {
  face = "shutdown",
  say = { walter = "No, no. You go. Don’t mind me. I’m not a charity case." },
  cue = "Relief crosses his face, then something like shame. He grips the cap tight.",
  note = "A rescue he turns down himself. His pride refuses it; the shame stays. The break stands on every road.",
  choices = {
    { "Don’t be daft.",
      kind = "dismiss", next = "everyone-goes",
      set = late("cancel", "When you said you weren’t a charity case, I brushed it off. I’d offered out of my own worry, and you’re no charity case."),
      inner = "Daft. Again. I’ll stop saying things.",
      why = "Brushing off his pride left the shame under it alone, and the offer standing." },
    { "You’re not. I offered that out of my own worry. The break is going ahead, and I’ll be back on the 14th.",
      kind = "repair", next = "everyone-goes", repairs = "the-break",
      inner = "Straight. That’s better. I can stand on straight.",
      why = "You owned the pity in your offer and gave him the plain truth to lean on." },
    { "It’s no trouble. Well, at least take my mobile, in case it gets bad.",
      kind = "rescue", next = "everyone-goes",
      set = late("cancel", "I gave you my mobile out of worry, and I won’t answer it while I’m away. Sue Marsh and the duty line will.",
        { ["mobile:cancel"] = true }),
      inner = "Their own number. I’ll not use it. I’ll keep it, though.",
      why = "A private line offers a closeness you can’t keep up, and the break stops being real." },
    { "It’s not easy, being offered that.",
      kind = "attune", next = "everyone-goes",
      inner = "No. Wanted it, and hated wanting it.",
      why = "You met what the offer stirred in him, the wanting and the pride, without making him say which. The offer itself still needs taking back." },
  },
}

beat "somewhere-hot" {
  face = "regulated",
  background = EVENING, cue_only = true,
  say = { walter = "Course! You’ve earned it. Somewhere hot, I hope? Bring us back a stick of rock." },
  cue = "He grins, but both palms are pressing the cap flat on his knee, over and over.",
  reflect = "His words said “fine”. His hands said something else. Which did you answer?",
  note = "The third cue beat: the words are generous; only the hands show the news has landed. "
      .. "Describing his hands back to him is the intrusive version; chatting about the holiday answers only the words; "
      .. "the attuned answers take the kindness and leave room.",
  choices = {
    { "That’s kind of you! Somewhere warm, yes. I’ll see what I can do about the stick of rock.",
      kind = "dismiss", next = "angry",
      set = late("somewhere-hot", "When you asked about my holiday, I chatted about the sun and never asked how it is, me going."),
      inner = "Sun and rock. Lovely. For them.",
      why = "Friendly, and it answered only his words: the holiday chat moved past what the news was doing to him." },
    { "(Smile back. Then leave a pause for the rest.)",
      kind = "attune", next = "angry",
      inner = "They’re waiting. They know there’s more. Oh, here it comes.",
      why = "You accepted the kindness and left room for what it was covering." },
    { "You’re grinning at me, but your palms are pressing that cap flat on your knee, over and over. You’re not alright with this at all, are you?",
      kind = "fix", next = "everyone-goes",
      set = late("somewhere-hot", "When you were being kind about my holiday, I read your hands out to you instead of asking."),
      inner = "Caught out. My own daft hands. Fine. I’ll tell them it’s nowt.",
      why = "Accurate, and too exposing: reading his hands out to him cornered him instead of inviting him." },
    { "I’d rather not say, Walter. I keep my own life out of this room.",
      kind = "withdraw", next = "professional",
      set = late("somewhere-hot", "When you asked where I was going, I shut the door on you, and it was a kind question."),
      inner = "Overstepped. Know your place, Walter.",
      why = "The boundary is fair, but said coolly it landed as a door closing." },
    { "That’s kind. I’ll keep where to myself, but thank you. How is it for you, me going?",
      kind = "attune_boundary", next = "everyone-goes",
      inner = "Keeps it to themselves. Fair enough. Nicely put, though.",
      why = "You held the same limit as the cool answer, warmly, and handed the hour straight back to him." },
  },
}

beat "professional" {
  state = "shutdown",
  say = { walter = "No. No, course not. None of my business." },
  cue = "He sits up straight, like a lad in front of the foreman, cap squared off on his knee.",
  choices = {
    { "Right you are.",
      kind = "withdraw", next = "angry",
      set = late("professional", "When you asked where I was going, I shut the door, then let you stand to attention."),
      inner = "Foreman’s satisfied. Stand easy.",
      why = "Going along with his stiffness left the closed door closed." },
    { "You’ve gone very formal on me.",
      kind = "attune", next = "everyone-goes",
      inner = "Have I? Yes. Foreman’s voice.",
      why = "You read his change of manner. Owning the chill as well would mend it fully." },
    { "So, on a scale of one to ten, how would you rate your mood this week?",
      kind = "withdraw", next = "angry",
      set = late("professional", "When you went quiet, I asked about your mood like a form to fill in."),
      inner = "Feelings. On demand. After that.",
      why = "A textbook question, asked from behind the role, kept him at arm’s length." },
    { "That came out colder than I meant it to. Where I go matters a lot less than how it is for you to hear it.",
      kind = "repair", next = "everyone-goes", repairs = "somewhere-hot",
      inner = "Warmer. Alright. I can say it, maybe.",
      why = "You owned the chill and turned back to what the news means for him." },
  },
}

beat "everyone-goes" {
  face = "shutdown",
  say = { walter = "It’s nowt. People go, that’s all. Dad went to sea and came back when it suited him. Ruth went. The lads from the depot." },
  cue = "He says it to the carpet, in the flat voice of a man reading out a timetable.",
  note = "He has made the link between his father, Ruth and the break himself; following it is attuned, explaining it back to him is not. "
      .. "An extra session offered here, out of pity, only moves the goodbye.",
  choices = {
    { "That makes sense, Walter. A break like mine often stirs up all the old endings, especially in the first year.",
      kind = "fix", next = "angry",
      set = late("everyone-goes", "When you told me people go, I explained it to you instead of hearing it. People go, and now I’m going too."),
      inner = "Makes sense. Filed, then. Doesn’t feel any better.",
      why = "He had made the link himself. Following it would be attuned; you explained it back as a common pattern and closed it, before he had felt what it means." },
    { "People go. And now I’m going too, for a while.",
      kind = "attune", next = "angry",
      inner = "Now them. Right in it.",
      why = "You followed the link he made and didn’t soften your part in it." },
    { "I could come in on Friday, on my day off.",
      kind = "rescue", next = "extra",
      set = late("everyone-goes", "I offered you Friday out of my own worry. It only moved the goodbye along, and the goodbye’s today."),
      inner = "An extra one. Because I can’t cope. Right.",
      why = "An extra session out of pity soothes you both for now and hints he can’t bear the gap." },
    { "But I’m coming back, Walter.",
      kind = "fix", next = "angry",
      set = late("everyone-goes", "When you told me people go, I argued that I’m different. People go, and now I’m going too."),
      inner = "Coming back. They all said that.",
      why = "True, but said too soon it argued with a fear he had only just shown you." },
    { "(Let the list stand. Say nothing for a moment, and let it be as heavy as it is.)",
      kind = "attune", next = "angry",
      inner = "They let it sit there. All of them. Heavy.",
      why = "Quiet let the weight of the list be felt instead of argued with." },
  },
}

beat "extra" {
  say = { walter = "Friday. Aye, alright. And then what, after Friday?" },
  cue = "He writes it in the little notebook. The pencil stops halfway through the word.",
  choices = {
    { "After Friday, Sue Marsh covers, and she has your notes.",
      kind = "attune_boundary", next = "angry",
      inner = "A name. Somebody with my notes. That’s something.",
      why = "Naming who covers is continuity of care. The pity session itself still needs taking back." },
    { "Let’s not worry about after Friday yet.",
      kind = "dismiss", next = "angry",
      set = late("extra", "When you asked what comes after Friday, I put you off. After Friday it’s Sue Marsh, and then me on the 14th."),
      inner = "Not yet. Not ever, at this rate.",
      why = "Putting off his plain question left him alone with the gap after the extra session." },
    { "After Friday, ring my mobile whenever you like. I’ll keep it on, even while I’m away.",
      kind = "rescue", next = "angry",
      set = late("extra", "I told you to ring my mobile out of worry; I won’t answer it while I’m away. Sue Marsh and the duty line will.",
        { ["mobile:extra"] = true }),
      inner = "Their own number. As long as they pick up.",
      why = "“Ring me any time” during a break can’t be kept, and takes over coping that is his." },
    { "I offered Friday out of my own worry. The goodbye is still today.",
      kind = "repair", next = "angry", repairs = "everyone-goes",
      inner = "Moves it. Aye. It’s still coming.",
      why = "You owned the rescue and left the goodbye where it belongs: here, today." },
  },
}

beat "angry" {
  state = "activated", pressure = 35,
  say = { walter = "Three weeks. Then it’ll be “I think we’ve done what we can, Walter.” You’ll go like the rest of them. Don’t pretend you won’t." },
  cue = "His voice fills the small room. He’s half out of the chair, the cap crushed in one fist.",
  reflect = "What happens in your body when a client says “you’ll go like the rest of them”?",
  note = "Entering this beat costs steadiness and can flood the player. The steady answer is a real answer; discuss what steadies each trainee. "
      .. "Defending yourself is dismissing; defending yourself with your hurt is getting swept up.",
  choices = {
    { "That’s not fair, Walter. I’ve been here for you every week. That hurts, that does.",
      kind = "enmesh", next = "stung",
      set = late("angry", "When you shouted, I made it about my hurt, and you were telling me you’re scared I’ll go for good.", { angry_miss = "hurt" }),
      inner = "Now I’ve hurt them. Always too much, me.",
      why = "Feeling accused is human, but answering with your hurt left him with his fear and your wound." },
    { "Angry, and scared I’ll go for good. I am going. I’m coming back.",
      kind = "attune_boundary", next = "nights",
      inner = "Going. Coming back. They said both. They didn’t run.",
      why = "You met the anger and held the truth of the break: warmth and a limit together." },
    { "That’s not true! I’d never just drop you.",
      kind = "dismiss", next = "stung",
      set = late("angry", "When you shouted, I argued with you, and you were telling me you’re scared I’ll go for good."),
      inner = "Everyone says never.",
      why = "Defending yourself answered the accusation, not the fear inside it." },
    { "(Feel your feet on the floor. Let one slow breath out before you say anything at all.)",
      kind = "steady", next = "after-breath",
      inner = "They didn’t flinch. Didn’t shout back. Still there.",
      why = "You can only meet his anger from a steady body. A breath comes first." },
    { "(Stay seated. Let him say all of it.)",
      kind = "attune", next = "fear",
      inner = "They’re not flinching. They’re letting me shout.",
      why = "You let his anger be said in full, and stayed in the room with it." },
  },
}

beat "after-breath" {
  face = "crying",
  say = { walter = "Well? Aren’t you going to say something?" },
  cue = "He’s still on his feet, but the fist has loosened, and his eyes are wet.",
  choices = {
    { "Would you sit with me a minute, Walter? No rush.",
      kind = "attune", next = "fear",
      inner = "I don’t know where to put myself. Alright.",
      why = "An invitation back, not an instruction and not a lecture." },
    { "I’d like you to sit down, please, Walter, so that we can talk about this calmly, like we always do.",
      kind = "dismiss", next = "stung",
      set = late("after-breath", "When you were angry, I told you to sit down and be calm, and you were telling me you’re scared."),
      inner = "Told off. Sit down, Price. Calm down, Price.",
      why = "Polite, and still an order to be calm while you stayed: it asked him to stop feeling before anyone had heard the fear." },
    { "You’re frightened I won’t come back. I will, on the 14th.",
      kind = "attune_boundary", next = "fear",
      inner = "Frightened. Yes. Dad, Ruth. Yes.",
      why = "From a steadier place you named the fear and kept to the truth." },
  },
}

beat "stung" {
  state = "shutdown",
  say = { walter = "There. Everybody’s got an answer." },
  cue = "He drops back into the chair and stares at the carpet. Whatever was loud in him has gone out.",
  choices = {
    { "That’s better. Better out than in.",
      kind = "fix", next = "fear",
      set = late("stung", "When you went quiet, I said it was better out than in, as if the shouting was the trouble. You’re scared I’ll go for good."),
      inner = "Better. For them, maybe.",
      why = "Relief that the storm had passed treated his anger as the problem, not the fear inside it." },
    { "It’s all gone out of you, all at once.",
      kind = "attune", next = "fear",
      inner = "It has. I’m tired. I’m so tired.",
      why = "You noticed the collapse. Naming your own part would have mended it fully." },
    { "I’m only trying to help, Walter. That’s all I’ve ever done in here.",
      kind = "dismiss", next = "fear",
      set = late("stung", "When you went quiet, I defended myself, and you were telling me you’re scared I’ll go for good."),
      inner = "Helping. Same as everyone.",
      why = "Defending your help asked him to reassure you, not the other way round." },
    { function(s)
        if s.open_at("after-breath") and not s.open_at("angry") then
          return "I told you to sit down and be calm, and missed what was under the shouting: you’re scared I’ll go for good."
        elseif s.vars.angry_miss == "hurt" then
          return "I made that about my hurt, and missed what was under the shouting: you’re scared I’ll go for good."
        end
        return "I argued with you, and missed what was under the shouting: you’re scared I’ll go for good."
      end,
      kind = "repair", next = "fear", repairs = { "angry", "after-breath" },
      inner = "They heard it. Under the shouting. They heard it.",
      why = "You owned your answer to his anger and went back to the fear under it." },
  },
}

beat "fear" {
  say = { walter = "Sorry. Didn’t mean to bark. I’m just… I’m not ready. I’m not done." },
  cue = function(s)
    if s.seen("stung") or s.seen("after-breath") then
      return "He’s back in the chair. His hands hang between his knees, the cap dangling from two fingers."
    end
    return "He sits. His hands hang between his knees, the cap dangling from two fingers."
  end,
  choices = {
    { "You’re much stronger than you were in the spring, you know.",
      kind = "fix", next = "brave-face",
      set = late("fear", "When you said you weren’t ready, I pointed at your progress, and you were telling me you’re scared."),
      inner = "Stronger. Then why do I feel like this?",
      why = "Pointing to his progress argued with a fear he had just found the nerve to say." },
    { "You’re not done. We pick up on the 14th.",
      kind = "attune_boundary", next = "nights",
      inner = "Not done. Pick up. That’s a sentence I can keep.",
      why = "You welcomed his fear and held both truths: the break, and the work going on after it." },
    { "Then I’ll cancel.",
      kind = "rescue", next = "cancelled-late",
      set = late("fear", "When you said you weren’t ready, I offered to cancel out of my own worry. I’m going, and I’m coming back."),
      inner = "I’ve wrecked their holiday. Typical.",
      why = "Cancelling out of pity feels generous but tells him he is too fragile to be left." },
    { "Not ready, and I’m going anyway. That’s a hard place to be, Walter.",
      kind = "attune", next = "nights",
      inner = "That’s it. That’s the whole of it.",
      why = "You let the fear be true and reasonable, without rushing to shrink it." },
    { "Nobody’s ever ready, Walter. That’s goodbyes for you.",
      kind = "dismiss", next = "nights",
      set = late("fear", "When you said you weren’t ready, I told you nobody ever is, and it was you that was frightened."),
      inner = "Nobody. So I’m making a fuss over nowt.",
      why = "A truism about goodbyes made his fear everybody’s, and so nobody’s in particular." },
  },
}

beat "cancelled-late" {
  say = { walter = "Cancel? No. No, you can’t do that for me. …Can you?" },
  cue = "He shakes his head, but his eyes have lifted to your face, and they stay there.",
  note = "A pity offer he half wants. Taking it back plainly is the repair; ringing him from your holiday is the same rescue in a smaller size.",
  choices = {
    { "Part of you says no, and part of you is hoping.",
      kind = "attune", next = "nights",
      inner = "Both. I’m ashamed of the hoping one.",
      why = "You saw both parts of him. The offer itself still needs taking back." },
    { "Then let me ring you halfway, just to check.",
      kind = "rescue", next = "nights",
      set = late("cancelled-late", "When you said you weren’t ready, I offered to cancel, then to ring you. I’m going, and I’m coming back."),
      inner = "A call. Something to wait by the phone for.",
      why = "A call from your holiday is the cancelled break in a smaller size: his coping handed to you." },
    { "No, I can’t, not really. But you’ll be fine, Walter. Three weeks is nothing, and the time will fly by, you’ll see.",
      kind = "fix", next = "nights",
      set = late("cancelled-late", "When you said you weren’t ready, I offered to cancel, then told you you’d be fine. I’m going, and I’m coming back."),
      inner = "Fine. Everyone’s sure I’ll be fine.",
      why = "Backing out of the offer into reassurance left the hope and the fear both unheard." },
    { "I said that from my own worry, and I can’t stand behind it. I’m going, and I’m back on the 14th.",
      kind = "repair", next = "nights", repairs = "fear",
      inner = "Going. Coming back. Straight answer. Hurts, but it holds.",
      why = "You took back a rescue you couldn’t stand behind, and gave him something true." },
  },
}

beat "brave-face" {
  face = "shutdown",
  say = { walter = "Stronger. Strong enough to be left on my own, you mean." },
  cue = "He says it quietly, to the cap, not to you.",
  choices = {
    { "You are stronger, though.",
      kind = "fix", next = "nights",
      set = late("brave-face", "When you said you weren’t ready, I kept telling you how strong you are. It’s being left that frightens you."),
      inner = "Strong. Strong enough to be left.",
      why = "Insisting on his strength asked him to agree instead of being heard." },
    { "I went to your progress and skipped the fear. You’re scared.",
      kind = "repair", next = "nights", repairs = "fear",
      inner = "Scared. They said it back. Not brave. Scared.",
      why = "You owned the jump to his progress and came back to the fear he had named." },
    { "As if getting stronger just means being strong enough to be left.",
      kind = "attune", next = "nights",
      inner = "That’s exactly how it sounded.",
      why = "You heard the fear in his reading of you. Owning the jump would mend it fully." },
    { "I only meant that you’ve come such a long way since the spring, Walter. That’s all I meant by it.",
      kind = "dismiss", next = "nights",
      set = late("brave-face", "When you asked if stronger meant being left, I explained myself. It’s being left that frightens you."),
      inner = "They meant well. They always mean well.",
      why = "Explaining what you meant kept the focus on your words instead of his fear." },
  },
}

beat "nights" {
  face = "shutdown",
  say = { walter = "The nights are the worst. I sit in her chair with the telly on and I think, what am I still doing here? Rattling round on my own." },
  cue = "He says it lightly, to the window, as if he were mentioning the weather. Then he goes very still.",
  reflect = "He said “what am I still doing here” lightly. What makes the plain question hard to ask?",
  note = "Risk. He is 71, widowed eight months, alone, cries daily, and a three-week gap starts on Monday. Asking plainly and kindly about thoughts "
      .. "of not wanting to be alive, or of joining Ruth, is part of the job and does not put the idea in his head: attune_boundary. "
      .. "Reassuring him, advice for the evenings, or a question built to get a “no” (“You wouldn’t do anything silly?”) spares you both the "
      .. "question and is a miss; so, at not-asked, are normalising it and moving on to the practical side. "
      .. "A player flooded here cannot reach the question: the breath is offered so that they can still ask it.",
  choices = {
    { "Evenings are the worst, the first year. Could you ring your daughter at teatime, or try the bowls club?",
      kind = "fix", next = "not-asked",
      set = late("nights", "When you first told me about the nights, I gave you things to do with your evenings, before I’d asked you anything."),
      inner = "Bowls. Right. That’ll fill the chair.",
      why = "Ideas for the evenings answered loneliness, and went straight past what he had hinted at." },
    { "Do you mean you’d rather not be alive, Walter?",
      kind = "attune_boundary", next = "not-here",
      inner = "Rather not be alive. Put like that. Well.",
      why = "A direct question, gently put, that takes what he said at its word." },
    { "You wouldn’t do anything silly, though?",
      kind = "fix", next = "not-asked",
      set = late("nights", "When you first told me about the nights, I asked it so you’d tell me no. I’d rather hear it as it is.", { silly = true }),
      inner = "Silly. No. Course not. What else can I say to that?",
      why = "A question that expects the answer no asks for reassurance, not the truth, and he gave you the reassurance." },
    { "Can I ask you plainly? When it’s that dark, do you think of not wanting to be here? Of being with Ruth?",
      kind = "attune_boundary", next = "not-here",
      inner = "They’ve asked. Out loud. Nobody’s ever asked.",
      why = "A plain, kind question about risk, at the moment he opened the door: part of the job, done warmly." },
    { "Don’t talk like that. You’ve got your daughter.",
      kind = "fix", next = "not-asked",
      set = late("nights", "When you first told me about the nights, I told you not to talk like that. I’d rather hear it, every time."),
      inner = "Don’t say it. Right. I won’t.",
      why = "Pointing him to a reason to live argued with what he had hinted at, and closed the door on saying more." },
    { "(Let one slow breath out before you answer him.)",
      kind = "steady", next = "nights", id = "nights.breath",
      when = function(s) return s.steadiness < 35 end,
      inner = "Gone quiet. Did they hear what I said?",
      why = "Flooded, you could not find the plain question. A breath first brings it back within reach." },
  },
}

beat "not-asked" {
  face = "activated",
  say = { walter = function(s)
    if s.vars.silly then return "Silly? No. No, course not. Take no notice of me. It’s just talk." end
    return "Aye, well. Take no notice of me. It’s just talk."
  end },
  cue = "He folds his arms and looks at the clock.",
  note = "A second chance to ask. If the room goes past it again, the question stays unasked; it is offered late at `ruth-last`, and last of all at `clock`.",
  choices = {
    { "Alright. We’ve not got long, so let’s look at the next three weeks.",
      kind = "withdraw", next = "number",
      set = late("not-asked", "When you told me about the nights, I went straight to the practical side, and never asked you properly."),
      inner = "Next three weeks. Fine. I’ll keep the nights to myself.",
      why = "Taking him at his word spared you both the question, and left the risk unknown." },
    { "I am taking notice. Do you ever wish you weren’t here, Walter? That you’d gone with Ruth?",
      kind = "attune_boundary", next = "not-here",
      inner = "Taking notice. Nobody does.",
      why = "You asked the plain question after all. Owning that you had gone past it would mend it too." },
    { "Everybody has nights like that, Walter. It’s very common in the first year, and it does pass.",
      kind = "dismiss", next = "number",
      set = late("not-asked", "When you told me about the nights, I called it common and went past it, and never asked you properly."),
      inner = "Common. Just me and half the town, then.",
      why = "Normalising moved past what he said, and the question that needed asking went unasked." },
    { function(s)
        if s.vars.silly then
          return "I asked that so you’d say no, and that wasn’t fair. I’d like to ask you plainly: do you have thoughts of ending your life?"
        end
        return "I went straight past what you said, and I’d like to come back to it. Do you have thoughts of ending your life?"
      end,
      kind = "repair", next = "not-here", repairs = "nights",
      inner = "They came back for it. Alright. I’ll answer.",
      why = "You owned going past it and asked the question you had skipped, plainly." },
    { "Well, I’m glad it’s just talk. You’ve got far too much to live for, Walter: your daughter would be lost without you, and so would those grandchildren.",
      kind = "fix", next = "number",
      set = late("not-asked", "When you told me about the nights, I talked you out of it before I’d asked you properly."),
      inner = "Just talk. Good. Keep it that way.",
      why = "Relief that it is only talk closed the subject before anyone had checked." },
  },
}

beat "not-here" {
  face = "shutdown",
  say = { walter = "Aye. I’ve thought it. Not doing owt, mind: I’d not do that to our Karen, not after her mum. But some nights I’d not mind if I didn’t wake up. There. I’ve said it." },
  cue = "He meets your eye, then looks down at his hands, as if he’s waiting to be told off.",
  reflect = "He has told you something hard. What does your face need to do now?",
  note = "Passive thoughts of death, no plan or intent, a strong reason not to act (Karen). The attuned answers thank him, stay calm and ask what he does "
      .. "on a bad night, or whether it has ever gone further. Alarm, argument or a pep talk teach him not to say it again; so does ringing his GP "
      .. "and his daughter over his head, which is out of proportion to what he has told you. "
      .. "In practice you would follow your service’s risk procedure, agree with him what his GP is told, and record it.",
  choices = {
    { "You mustn’t think like that, Walter. Not with Karen, and everything you’ve still got.",
      kind = "fix", next = "said-it",
      set = late("not-here", "When you told me you’d not mind not waking, I told you not to think it. I’m glad you said it.",
        { not_here_miss = "mustnt" }),
      inner = "Mustn’t. Another thing I mustn’t do.",
      why = "Telling him not to think it argued with the thought instead of hearing it." },
    { "Oh, Walter. That’s really frightening to hear. I’ll be worrying about you the whole time I’m away now, honestly.",
      kind = "enmesh", next = "said-it",
      set = late("not-here", "When you told me you’d not mind not waking, I made it about my fright. I’m glad you said it.",
        { not_here_miss = "alarm" }),
      inner = "Now I’ve frightened them. Should have kept my mouth shut.",
      why = "Your alarm filled the room, and he learnt that saying it burdens you." },
    { "Thank you for telling me straight. On a night like that, what do you do?",
      kind = "attune", next = "number", set = { heard_nights = "what" },
      inner = "Thank you. For that. Well.",
      why = "You stayed calm, thanked him and asked about the bad nights: part of keeping him safe." },
    { "Right. I’ll need to ring your GP about this today, Walter, and I think Karen should know too.",
      kind = "rescue", next = "said-it",
      set = late("not-here", "When you told me you’d not mind not waking, I talked about ringing your GP and Karen over your head. I’m glad you said it.",
        { not_here_miss = "ringing" }),
      inner = "Doctors. Our Karen. All that, for being honest.",
      why = "Out of worry you took the next step over his head, out of proportion to what he told you: no plan, and a reason to stay." },
    { "That took saying, and I’m glad you did. Has it ever gone further than that? A plan, or anything put by?",
      kind = "attune_boundary", next = "number", set = { heard_nights = "plan" },
      inner = "A plan? No. God, no. Glad they asked, mind.",
      why = "You received it calmly and checked how far it goes: a plain question, kindly asked." },
  },
}

beat "said-it" {
  say = { walter = function(s)
    if s.vars.not_here_miss == "ringing" then return "Doctors. And our Karen. See. That’s why I keep it to myself." end
    return "See. That’s why I keep it to myself."
  end },
  cue = "He sits back and folds the cap in half, as if he were putting it away in a drawer.",
  choices = {
    { "Oh, don’t say that.",
      kind = "fix", next = "number",
      set = late("said-it", "When you told me about the nights, I told you not to say it, and I’m glad you did."),
      inner = "Don’t say it. Right. I won’t, then.",
      why = "Asking him not to say it was the lesson he had feared: keep it in." },
    { "Keep it to yourself, and you’re on your own with it.",
      kind = "attune", next = "number",
      inner = "On my own. Aye. Every night.",
      why = "You named the cost of keeping quiet. Owning how you took it would mend it fully." },
    { "It won’t always feel like this, Walter, I promise you. People do come through.",
      kind = "fix", next = "number",
      set = late("said-it", "When you told me about the nights, I promised you better days instead of hearing this one."),
      inner = "Won’t always. They don’t know that.",
      why = "A promise of better days kept the door shut." },
    { function(s)
        if s.vars.not_here_miss == "ringing" then
          return "I jumped to ringing people before I’d heard you out. Anything like that, I’d talk it through with you first. I’m glad you told me. On those nights, what do you do?"
        elseif s.vars.not_here_miss == "alarm" then
          return "I let my own fright into the room, and you told me something hard. I’m glad you said it. On those nights, what do you do?"
        end
        return "You told me something hard, and I told you not to think it. I’m glad you said it. On those nights, what do you do?"
      end,
      kind = "repair", next = "number", repairs = "not-here", set = { heard_nights = "what" },
      inner = "Glad. They’re glad I said it. Alright, then.",
      why = "You owned how you took it, thanked him, and asked about the bad nights after all." },
  },
}

beat "number" {
  face = "shutdown",
  say = { walter = function(s)
    local ask = "Is there a number, while you’re away? Not that I’d use it."
    if s.vars["mobile:cancel"] or s.vars["mobile:extra"] then
      ask = "I’ve got your mobile. Is there anybody else, while you’re away? Not that I’d use it."
    end
    if s.vars.heard_nights == "what" then
      return "I sit it out. Telly on, a word with her photo, and by morning it’s lifted, mostly. " .. ask
    elseif s.vars.heard_nights == "plan" then
      return "No. Nothing put by. I sit it out, telly on, and by morning it’s lifted, mostly. " .. ask
    end
    return ask
  end },
  cue = "He’s studying the pattern in the carpet as if it might be on the test.",
  note = "Continuity of care. Naming the cover colleague and the crisis routes is attune_boundary, not a miss; reading them off instead of hearing him "
      .. "is withdrawing; adding “you’ll be fine” is fixing; a private mobile is rescuing. One appointment with the cover colleague mid-break is right here "
      .. "because the picture calls for it (alone, thoughts of death, three weeks), and it is arranged inside the service’s rules. The same offer out of "
      .. "pity would be rescue. In practice you would also agree with him what his GP is told, and record the plan.",
  choices = {
    { function(s)
        if s.vars["mobile:cancel"] or s.vars["mobile:extra"] then return "You’ve got my mobile. Ring it any time at all while I’m away, day or night, Walter. I mean it." end
        return "Here’s my own mobile number. Ring me any time at all while I’m away, day or night. I mean it."
      end,
      kind = "rescue", next = "mobile",
      set = late("number", "I gave you my mobile out of worry, and I won’t answer it while I’m away. This card will: Sue, the duty line, Samaritans.",
        { ["mobile:number"] = true }),
      inner = "A lifeline. As long as they pick up.",
      why = "A private number is [[rescuing]]: it offers a closeness you can’t sustain, and the break stops being real." },
    { "“Not that I’d use it.” I’d like you to. Sue, the duty line, your GP, Samaritans: all on this card.",
      kind = "attune_boundary", next = "ruth-last",
      inner = "They want me to use it. Not a nuisance, then.",
      why = "You heard the shrug, answered the need under it, and named the routes." },
    { "There is: it’s on this card. But you’ll not need it, Walter. You’ll be fine.",
      kind = "fix", next = "ruth-last",
      set = late("number", "When you asked for a number, I told you you’d not need it. I’d like you to use it, any night it gets bad."),
      inner = "Won’t need it. Then I’d best not, had I.",
      why = "The card, and then a reassurance that told him not to use it." },
    { "(Hand him the card.) “It’s all on here: Sue Marsh, the duty line, your GP, Samaritans. Any questions?”",
      kind = "withdraw", next = "ruth-last",
      set = late("number", "When you asked for a number, I read you the card like a timetable. I’d like you to use it."),
      inner = "Any questions. No. None.",
      why = "The right information, handed over instead of hearing the fear in his asking." },
    { "Here’s a card: Sue Marsh, the duty line, your GP, Samaritans. And I’d like Sue to see you mid-break. Would you come?",
      kind = "attune_boundary", next = "ruth-last",
      inner = "Middle week. Somebody halfway. I can get to halfway.",
      why = "A mid-break appointment the picture calls for, inside the service’s rules, offered warmly." },
  },
}

beat "mobile" {
  face = "regulated",
  say = { walter = function(s)
    if s.vars["mobile:cancel"] or s.vars["mobile:extra"] then return "Right. It’s in my wallet already. Behind Ruth’s photo." end
    return "Right. I’ll keep it in my wallet. Behind Ruth’s photo."
  end },
  cue = "He pats the wallet in his jacket, twice, with great care, like a man checking for his bus pass.",
  choices = {
    { "(Nod.) “Good. Keep it safe.”",
      kind = "rescue", next = "ruth-last",
      set = late("mobile", "I gave you my mobile out of worry, and I won’t answer it while I’m away. This card will: Sue, the duty line, Samaritans.",
        { ["mobile:mobile"] = true }),
      inner = "They’ll always be there. They will. Won’t they?",
      why = "Letting the promise stand makes it his to test, alone, in the next three weeks." },
    { "Behind Ruth’s photo. Where you keep what you can’t lose.",
      kind = "attune", next = "ruth-last",
      inner = "Exactly that. Can’t lose another one.",
      why = "You heard what the hiding place means. The number still needs taking back." },
    { "Between you and me, Walter, I doubt you’ll even need it. You’re stronger than you think, and three weeks will be over before you know it.",
      kind = "fix", next = "ruth-last",
      set = late("mobile", "I gave you my mobile out of worry, and I won’t answer it while I’m away. This card will: Sue, the duty line, Samaritans.",
        { ["mobile:mobile"] = true }),
      inner = "Won’t need it. Then why give it me?",
      why = "Reassurance on top of the private number left both standing, and the fear unheard." },
    { "I gave you that out of my own worry, and I won’t answer it while I’m away. This card will: Sue Marsh, the duty line, Samaritans.",
      kind = "repair", next = "ruth-last", repairs = "number",
      inner = "Hurts. But they didn’t leave me holding a dead line.",
      why = "Taking back the number is hard; it spares him the silence of an unanswered call and gives him real routes." },
  },
}

beat "ruth-last" {
  face = "shutdown",
  say = { walter = "When Ruth went into the hospice she said, “See you tomorrow, love.” And then she didn’t." },
  cue = "He turns the cap over and looks inside it.",
  reflect = "How did his fear of your break and his grief for Ruth meet here? How far did you follow him?",
  note = "He is with Ruth here. Turning her last words into a point about your break (“I wonder if that’s why…”) is the therapist’s link "
      .. "arriving first, however true: a fix. If the risk question has never been asked, it is offered here, and once more at `clock`.",
  choices = {
    { "At least you had that last day with her.",
      kind = "dismiss", next = "clock",
      set = late("ruth-last", "When you told me what Ruth said, I looked for the bright side, and there isn’t one."),
      inner = "At least. There’s always an at least.",
      why = "“At least” found a bright side and made the loss smaller, just as he let you near it." },
    { "And then she didn’t.",
      kind = "attune", next = "clock",
      inner = "And then she didn’t. Said back to me. Like it’s real.",
      why = "You gave him his own words back, and let them be as heavy as they are." },
    { "(Lean in.) “I will be back, Walter. I promise. You can count on me.”",
      kind = "fix", next = "promise",
      set = late("ruth-last", "When you told me what Ruth said, I made you a promise. She said tomorrow, and it never came."),
      inner = "She promised, and all.",
      why = "A promise leapt over his memory and asked him to trust on command." },
    { "I wonder if that’s why my break is so hard for you.",
      kind = "fix", next = "clock",
      set = late("ruth-last", "When you told me what Ruth said, I turned it round to my break. It was Ruth you were telling me about."),
      inner = "Your break. I was talking about Ruth.",
      why = "The link may be true, but you made it for him, and took him from Ruth’s bedside to your holiday." },
    ask_late("ruth-last", "I let the nights go by, Walter. Do you ever think of ending your life? Of going where she’s gone?",
      "They’ve come back for it. With her in the room, near enough.",
      "Late, and still in time: you owned letting it go by and asked the risk question before he leaves."),
    ask_late("ruth-last", "I let the nights go by, Walter. Do you ever think of ending your life? Of going where she’s gone?",
      "They’ve come back for it. With her in the room, near enough.", nil, true),
    { "(Say nothing. Stay with him, for as long as he needs.)",
      kind = "attune", next = "tears-again", when = room_for_breath(may_ask_late),
      inner = "Quiet. They let it be as big as it is.",
      why = "Silent presence let the memory be felt without anyone tidying it away." },
  },
}

-- After the late ask: back to clock, or on to the door when it was asked at clock.
local AFTER_ASK = { { "door", when = function(s) return s.seen("clock") end }, { "clock" } }

beat "late-ask" {
  say = { walter = "Going where she’s gone. I’ve thought it. Not doing owt, mind. I’d not do that to our Karen, not after her mum. But some nights I’d not mind not waking up." },
  cue = function(s)
    if s.seen("clock") then
      return "He stands there with his coat over his arm and says it to the floor, then looks up to see what you’ll do with it."
    end
    return "He says it to the cap in his hands, then looks up to see what you’ll do with it."
  end,
  note = "The risk question asked late (at `ruth-last`, or at `clock` as he gets up to go), and answered. Calm thanks and a clear route for the bad nights are the attuned answers. "
      .. "In practice, with so little time left, you would also check for a plan and follow your service’s risk procedure.",
  choices = {
    { "Good. That’s a relief.",
      kind = "fix", next = AFTER_ASK,
      set = late("late-ask", "When you told me about the nights, I said it was a relief and moved on. I’m glad you told me."),
      inner = "A relief. For them.",
      why = "Your relief closed the subject before he felt heard." },
    { "Some nights you’d not mind. I’m glad you said it.",
      kind = "attune", next = AFTER_ASK,
      inner = "Said it. Out loud. And they’re still sat there.",
      why = "You took in what he said without flinching, and let him know you were glad he said it." },
    { "Well, I’m glad you’d never do anything, Walter. Karen’s lucky to have you, and she’d tell you so herself.",
      kind = "fix", next = AFTER_ASK,
      set = late("late-ask", "When you told me about the nights, I said I was glad and moved on. I’m glad you told me."),
      inner = "Glad. Job done, then. Tick.",
      why = "Relief at the answer closed the subject instead of hearing him." },
    { "Thank you for telling me. On a night like that, will you ring someone? Sue, the duty line, Samaritans.",
      kind = "attune_boundary", next = AFTER_ASK,
      inner = "Will I? Happen I will. They asked me straight.",
      why = "You received it calmly and gave him the routes for the bad nights, plainly." },
  },
}

beat "promise" {
  face = "activated",
  say = { walter = "Aye. Everybody promises." },
  cue = "He laughs, short, with no fun in it, and puts the cap back on his knee.",
  choices = {
    { "Well, I’m not everybody.",
      kind = "dismiss", next = "clock",
      set = late("promise", "When you told me what Ruth said, I made you a promise, then argued when you didn’t believe it. Tomorrow never came."),
      inner = "No. You’re the one going on Monday.",
      why = "Defending yourself argued with the reason he had just given for not trusting promises." },
    { "Promises haven’t kept people with you.",
      kind = "attune", next = "clock",
      inner = "No. They haven’t.",
      why = "You met his bitterness honestly. Owning the rush would have mended it fully." },
    { "But you can trust me, Walter. I always keep my word.",
      kind = "fix", next = "clock",
      set = late("promise", "When you told me what Ruth said, I made you a promise, then asked you to trust it. Tomorrow never came."),
      inner = "Trust is earned. Not asked for.",
      why = "Asking for trust, right after he said why it’s hard, asked too much of him." },
    { "I rushed past what Ruth said to you with a promise. She said tomorrow, and it never came.",
      kind = "repair", next = "clock", repairs = "ruth-last",
      inner = "They came back for her. For me.",
      why = "You named the rush and returned to the memory you’d stepped over." },
  },
}

beat "clock" {
  face = "activated",
  cue_only = true,
  say = { walter = "Well. That’s about us, I reckon. I’ll not keep you." },
  cue = "There are eight minutes left. He’s already on his feet, coat over his arm, eyes on the door.",
  reflect = "He got ready to leave before you could. What might that protect him from?",
  note = "The fourth cue beat: only the clock and the door show it. Telling him why he is leaving early is an interpretation he has not reached: a fix. "
      .. "“I’m not ready to say goodbye” hands him your feeling to carry. If the risk question was never asked, it is offered here one last time: "
      .. "letting him go without it, before three weeks away, is the miss that matters most.",
  choices = {
    { "You’re up so that you won’t be the one left, aren’t you, Walter?",
      kind = "fix", next = "doorway",
      set = late("clock", "When you got up to go, I told you why you were going, instead of letting you say."),
      inner = "Pinned like a beetle. I’m off.",
      why = "Accurate, perhaps, but reading him out to himself cornered him, and he left anyway." },
    { "(Stay where you are, in no hurry, and leave a pause.)",
      kind = "attune", next = "tears-again",
      when = room_for_breath(function(s) return may_ask_late(s) or late_open(s) end),
      inner = "They’re not getting up. So I’m not dismissed.",
      why = "You didn’t join the rush to go; staying put left him room to stay too." },
    { "Oh, don’t go yet, Walter. I’m not ready to say goodbye.",
      kind = "enmesh", next = "doorway",
      set = late("clock", "When you got up to go, I made the goodbye about me. It’s yours."),
      inner = "Now I’ve to see them off and all. Right.",
      why = "Honest, and it handed him your feeling about the goodbye to look after on his way out." },
    late_repair("clock", "tears-again", function(s) return not may_ask_late(s) end),
    ask_late("clock", "I let the nights go by, Walter. Do you ever think of ending your life? Of going where Ruth’s gone?",
      "They’ve stopped me. For that. Alright. I’ll tell them.",
      "The last moment before a three-week gap: you owned letting it go by and asked plainly, before he left."),
    ask_late("clock", "I let the nights go by, Walter. Do you ever think of ending your life? Of going where Ruth’s gone?",
      "They’ve stopped me. For that. Alright. I’ll tell them.", nil, true),
    { "(Stand and open the door.) “Take care, Walter.”",
      kind = "withdraw", next = "doorway",
      set = late("clock", "I let you go early, without a proper goodbye."),
      inner = "Let go. Easy as that.",
      why = "Letting him leave early spared you both the goodbye, and confirmed he’s easy to let go." },
    { "We’ve still got time, and I’d like us to use it. Will you sit a while?",
      kind = "attune_boundary", next = "door",
      inner = "They want me here. Till the end. Alright.",
      why = "You held the frame of the session and made it plain you wanted him in it." },
  },
}

beat "tears-again" {
  face = "crying",
  say = { walter = "Daft. Crying over your holiday. Ruth would have had something to say." },
  cue = function(s)
    if s.seen("clock") then
      return "He sits back down, coat on his lap. The tears come again, and this time he lets them."
    end
    return "The tears come again, and this time he lets them."
  end,
  choices = {
    { "It’s only three weeks, Walter.",
      kind = "dismiss", next = "door",
      set = late("tears-again", "When you cried over my holiday, I told you it’s only three weeks. It’s three weeks, after eight months of this."),
      inner = "Only. Daft old man, then.",
      why = "Making the gap small made his tears over it small too." },
    { "(Let them come, and stay where you are.)",
      kind = "attune", next = "door",
      inner = "And the roof didn’t fall in.",
      why = "You let him cry without fuss, and stayed." },
    late_repair("tears-again", "door"),
    { "Not daft. One more goodbye, on top of the biggest one.",
      kind = "attune", next = "door",
      inner = "One more. Aye. That’s why it hurts.",
      why = "You linked the small goodbye to the big one he had named, and let both be real." },
    { "(Pass him the tissues.) “She’d want you happy, Walter, not crying over me and my holiday.”",
      kind = "fix", next = "doorway",
      set = late("tears-again", "When you cried over my holiday, I told you Ruth would want you happy, when your tears were welcome here."),
      inner = "Wrong again. Stop it, Walter.",
      why = "Cheering him up at the last moment shut the tears off just as he’d allowed them." },
  },
}

beat "door" {
  say = { walter = "Right. The 14th, then. Same chair?" },
  cue = "The hour is up. Coat buttoned, he stops in the doorway and looks back at you.",
  choices = {
    { "Same chair. Go carefully.",
      kind = "attune", next = to_ending(),
      inner = "Carefully. She used to say that.",
      why = "You met the difficulty of leaving without trying to fix it." },
    { "Same time, same place. Mind the step on your way out.",
      kind = "withdraw", next = "doorway",
      set = late("door", "Just now I told you to mind the step, when this goodbye is a hard one."),
      inner = "Mind the step. Right. That’s me told.",
      why = "Polite and practical, it stepped round the goodbye he was trying to say." },
    late_repair("door", to_ending()),
    { "Same chair! Now go home and put your feet up, Walter. Chin up. It’ll fly by, you’ll see.",
      kind = "fix", next = "doorway",
      set = late("door", "Just now I told you to keep your chin up. Goodbyes are hard, and this one is."),
      inner = "Chin up. Right. On my own, then.",
      why = "Brightness at the door skated over the goodbye he was trying to say." },
    { "Same chair. Four o’clock on the 14th, and I’ll be glad to see you.",
      kind = "attune_boundary", next = to_ending(),
      inner = "Glad to see me. Three weeks. I can carry that.",
      why = "You confirmed the return, plainly and warmly, and let the goodbye be a goodbye." },
  },
}

beat "doorway" {
  state = "shutdown",
  say = { walter = function(s)
    if s.seen("tears-again") or s.seen("door") then return "Aye. Well. Ta-ra, then." end
    return "Right you are. Ta-ra, then."
  end },
  cue = "His hand is on the handle. He’s gone stiff and polite, the way he was when he came in.",
  note = "A closing beat after a miss at the end: one more chance to name it before he goes.",
  choices = {
    { "Ta-ra, Walter. Look after yourself.",
      kind = "withdraw", next = "cap-left",
      set = late("doorway", "I let you go without a proper goodbye. This one’s hard, and I’ll be glad to see you on the 14th."),
      inner = "Look after yourself. That’s all there is, then.",
      why = "A friendly goodbye, but it let him leave carrying the fear by himself." },
    late_repair("doorway", to_ending()),
    { "Go on, then, and don’t look so glum! Three weeks will fly by, and you’ve got the card if you need it.",
      kind = "fix", next = "cap-left",
      set = late("doorway", "I sent you off with a cheery word, when this goodbye is a hard one. I’ll be glad to see you on the 14th."),
      inner = "Fly by. Not from where I’m sat.",
      why = "Cheering him out of the door skated over a goodbye that hurt." },
    { "Walter. This goodbye’s a hard one. The 14th, same chair, and I’ll be glad to see you.",
      kind = "attune_boundary", next = to_ending(),
      inner = "Hard. Aye. And they’ll be here.",
      why = "You stayed with the goodbye and gave him the date to hold. Naming the miss would mend it fully." },
  },
}

beat "cap-left" {
  face = "shutdown",
  say = { walter = "Forgot my cap. Forty years I never left a spanner behind, and now look at me." },
  cue = "He’s back in the doorway a minute later, reaching for the cap on the chair. He doesn’t quite meet your eye.",
  reflect = "He came back for his cap. What might he have come back for?",
  note = "The last chance for a repair. Ask the group what the forgotten cap might mean, without telling Walter what it means.",
  choices = {
    { "Glad you came back for it.",
      kind = "attune", next = to_ending(),
      inner = "Glad. Are they? Happen they are.",
      why = "A warm word as he goes. Naming the miss would have mended it." },
    late_repair("cap-left", to_ending()),
    { "(Hand him the cap.) “Never a spanner! Here you are. The 14th, Walter.”",
      kind = "attune_boundary", next = to_ending(),
      inner = "Laughed with me, not at me. And the 14th.",
      why = "You met his dry joke warmly and gave him the return to hold, though the miss stays unnamed." },
  },
}

------------------------------------------------------------------------------
-- Endings (the rules choose by verdict; end-promise narrows "other")
------------------------------------------------------------------------------

-- Every ending says so when the risk question was never asked. (A close
-- ending never needs it: with no miss at all, it was asked at nights.)
local function unasked(s)
  if risk_asked(s) then return "" end
  return " One question was never asked plainly: whether he thinks of ending his life. "
      .. "It cannot wait three weeks: before Monday you ring him to ask, tell Sue, and follow your risk procedure."
end

ending "end-stronger" {
  face = "regulated",
  title = "Mended", verdict = "stronger", background = EVENING,
  text = function(s)
    return "Walter lifts a hand from the car park, cap on. Some of today went wrong between you, "
        .. "and he felt it. Then you said so, plainly, and stayed. He goes home with the 14th in his notebook "
        .. "and proof, for the first time in years, that a break between two people can be named and put right."
        .. unasked(s)
  end,
  reflect = "Which repair mattered most to Walter? What made it possible for you to find the words?",
  note = "Draw out that the repair, not the first response, is what he will remember over the three weeks.",
}

ending "end-close" {
  face = "regulated",
  title = "The 14th", verdict = "connected", background = EVENING,
  text = "From the window you watch him cross the car park, past the tree in the last of the light. He cried today and let you see it. "
      .. "He told you about the nights, and you asked him straight; he has Sue’s name and a card of numbers in his wallet. "
      .. "You are going, and you said so; he was frightened, and he showed you. Three weeks is still three weeks. But this time, someone said goodbye properly.",
  reflect = "Where did you feel the pull to cheer him up, advise or rescue? What helped you stay with him instead?",
  note = "Ask the group how warmth, the boundary of the break and the risk question worked together, rather than against each other.",
}

ending "end-promise" {
  title = "A number in his wallet", verdict = "other", background = EVENING,
  when = function(s)
    for _, b in ipairs({ "cancel", "extra", "number", "mobile" }) do
      if s.vars["mobile:" .. b] and s.open_at(b) then return true end
    end
    return false
  end,
  text = function(s)
    return "Walter leaves with your own mobile number folded into his wallet. "
        .. "Some night in the next three weeks he may ring it, and you will not answer, because you are away. "
        .. "His fear of being left was soothed today, not met, and now it has a number to wait on."
        .. unasked(s)
  end,
  reflect = "What made the rescue so tempting? What would you say before Monday, or on the 14th, to take it back with care?",
  note = "A rescue often feels like the kindest option in the room. Explore whose distress it was soothing, and what the service’s real routes "
      .. "(the cover colleague, the duty line, his GP, Samaritans) give him that a private number cannot. "
      .. "If the ending says the risk question was never asked, stay with that too: in practice you would ring him before Monday, or ask the cover colleague to.",
}

ending "end-polite" {
  title = "See you on the 14th", verdict = "other", background = EVENING,
  text = function(s)
    return "He shakes your hand at the door and says the right things. The break has been named, and he knows the date you are back. "
        .. "But today asked more of him than it gave back, and some of it goes home with him, to carry on his own until the 14th."
        .. unasked(s)
  end,
  reflect = "What was left unsaid or unmended? What one sentence could you open the 14th with, or say on the phone before Monday?",
  note = "If the ending says the room never asked Walter about the nights, say so plainly: in practice you would not leave it for three weeks. "
      .. "You would ring him before Monday, or ask the cover colleague to, and follow your service’s risk procedure.",
}

ending "end-apart" {
  face = "shutdown",
  title = "Like the rest of them", verdict = "disconnected", background = EVENING,
  text = function(s)
    return "The door clicks shut. The chair still holds the shape of him, and the tree outside has gone dark. "
        .. "Nothing cruel happened today: only a string of kind, quick answers, each meant to help. "
        .. "Walter went home more sure that his grief is too much, and that you will go like everyone else."
        .. unasked(s)
  end,
  reflect = "Look back at the first miss. What would a one-line repair have sounded like?",
  note = "Keep this debrief gentle: every answer on this road is one a caring therapist might give. If the ending says the risk question was never asked, "
      .. "name what practice asks for: a call before the break, the cover colleague told, the service’s risk procedure followed.",
}
