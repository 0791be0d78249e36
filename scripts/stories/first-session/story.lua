-- SPDX-License-Identifier: CC-BY-4.0
-- SPDX-FileCopyrightText: 2026 The Attune contributors
-- First Session: Tomasz Nowak, 46, a Polish scaffolder who has lived in the
-- UK for eighteen years, comes to a talking-therapies service for the first
-- time. Three months ago Marek, the young workmate he trained, fell from the
-- third lift of a scaffold; Marek lived, with a spinal injury, and may not walk
-- again. Tomasz has not slept through a night or gone back up since. His GP
-- referred him; his wife Ania booked the appointment. The player is his
-- therapist (in their thirties, British, not religious; gender left open).
--
-- Shape of the story
--   spine:     name (waiting room) → frame → priest → crazy → want → marek →
--              the-sound (pressure 10) → alive → mother → everyone → forgiven →
--              sized-up (pressure 25) → up-there → the-clip → any-day → three-am →
--              nights (risk) → answer → what-then → own-body → tears → time →
--              ania → door (→ doorway) → ending. answer and what-then are
--              reached only once the risk question has been asked.
--   teaching:  a first session's frame (what the hour is, the forms, who hears
--              what: confidentiality and its one real limit, told straight at
--              priest and kept at what-then; the next step at time); attuning
--              across language, culture, faith, class and age by asking, not
--              assuming either sameness or difference (name, crazy, alive,
--              forgiven, sized-up); his faith taken as his, neither used as a
--              lever nor treated as a cause (forgiven, nights, answer); the
--              therapist's own body as information (frame: the wish to hurry
--              through the forms; the-sound: a tight chest; mother: the mind on
--              the clock and the blank risk section; sized-up: the flush of
--              defensiveness; the-clip: a thick head as the hour goes round in
--              circles, which says something about him); correct words without
--              presence (mother → leaflet: “You say it like the leaflet”); his
--              own self-attunement as the aim (own-body); safe practice (nights,
--              answer, what-then, and the late ask at time).
--   answers:   each spine beat offers one or two attuned answers among four to
--              six. The others are what a kind, well-trained therapist might
--              really say: reassurance, a promise, a cultural generalisation,
--              a questionnaire, psychoeducation, a translation of his word, a
--              technique, praise, a “me too”. Lengths, order and marks are
--              mixed so that only reading the scene tells them apart.
--   ruptures:  each miss leads to a beat that shows what it did: reassured,
--              advised, cornered, formal, brushed, managed, minding (his line
--              there follows the beat of the miss, s.last_open). The miss at
--              mother leads to leaflet, and the misses at nights to not-asked.
--              A repair there mends it; a second miss deepens the same rupture
--              and leads to gone-quiet (he asks for the forms, because they are
--              easier), a third to polite (he signs the session off early),
--              a fourth closes the hour (time, or door).
--              Misses at time lead on to ania, misses at ania to door, misses
--              at door to doorway, where a repair waits.
--   repairs:   rupture beats repair with `own` (the therapist's own words for
--              the miss, kept in s.vars["miss_<beat>"]) and TURN (a line that
--              turns back to him, by beat). Named repairs: leaflet (mother),
--              not-asked (nights), what-then (priest: the promise that it was
--              “the same as the priest”), time (the risk question never asked:
--              nights, not-asked). Late repairs at time, ania and door name the
--              miss still open, and only while it is open.
--   steadying: sized-up, where he asks how someone like you could know; its
--              own steady answer uses the therapist's flush as information.
--              The two pressures add up to 35, so a careful player is not
--              flooded by them alone; a miss that costs footing on the way is
--              what tips them over.
--   cue beats: name, frame, marek, alive, forgiven, the-clip (cue_only: the
--              words say one thing, the body or the room another; the attuned
--              answers meet what the cue shows without quoting it). A wordless
--              answer is not always attuned: at forgiven a look at his medal
--              corners him, and at the-clip a glance at the clock withdraws.
--   his state: a beat sets it only where its cue shows it (the first beat,
--              any-day, not-asked, tears, the rupture beats, doorway); elsewhere
--              the rules carry it.
--   safety:    nights offers the plain question about suicidal thoughts twice
--              (attune_boundary) beside a form read out, a question built for a
--              “no” (with his faith as the lever), an argument and normalising;
--              not-asked offers it again; if it is still unasked, time offers it
--              once more, before the plan. Every ending says so when it was
--              never asked plainly. His answer (passive thoughts, no plan, clear
--              reasons to live, and fear of falling rather than a wish to) is
--              met in proportion at answer and what-then, where the honest
--              answer includes the routine letter to his GP. Where to turn on a
--              bad night (GP, NHS 111, Samaritans) is said at what-then or
--              late-ask, and if not there, in the plan at time (routes_given).
--   consent:   both attuned answers at priest end by asking whether he is
--              willing to go on, now that he knows the edges.
--   continuity: late lines (time, doorway) mention the kitchen at three only
--              on roads that have seen three-am.
--
-- Variables: miss_<beat> (the words a repair uses for a miss there);
--   name_asked, told_limits, promised_secret, nights_miss, forgiven_miss,
--   body_miss, asked_risk, heard_heights, routes_given.

story { id = "first-session", title = "First Session",
        relationship = "therapist-client", minutes = 18, start = "name",
        connection = 45,
        summary = "A first session. Tomasz Nowak, 46, a Polish scaffolder, has not slept through a night or gone back up "
               .. "since the young workmate he trained fell three months ago. His GP referred him and his wife booked it. "
               .. "In Poland, he says, you see a psychologist when you are crazy.",
        content_note = "A workplace accident: a workmate’s fall from a scaffold and his spinal injury (nothing graphic). "
                    .. "Guilt, broken sleep, tears, and a plain question about suicidal thoughts: he has passing thoughts, with no plan.",
        you = "You are Tomasz’s therapist at a local NHS talking-therapies service, meeting him for the first time.",
        with = "tomasz" }

character "tomasz" { name = "Tomasz",
  about = "Tomasz Nowak, 46, a scaffolder from Poland, eighteen years in the UK; first session",
  age = 46, state = "activated",
  portraits = { regulated = "images/tomasz-regulated.svg",
                activated = "images/tomasz-activated.svg",
                shutdown  = "images/tomasz-shutdown.svg",
                crying    = "images/tomasz-crying.svg" } }

local WAITING = "images/waiting-room.svg"
local ROOM    = "images/clinic-room.svg"

------------------------------------------------------------------------------
-- Routing helpers
------------------------------------------------------------------------------

local SPINE = { "name", "frame", "priest", "crazy", "want", "marek", "the-sound", "alive", "mother",
                "everyone", "forgiven", "sized-up", "up-there", "the-clip", "any-day", "three-am",
                "nights", "answer", "what-then", "own-body", "tears", "time", "ania", "door" }

-- answer and what-then follow his answer to the risk question: without it
-- they are passed over (time offers the question late).
local function skipped(s, id)
  return (id == "answer" or id == "what-then") and not s.vars.asked_risk
end

-- The spine beat after the last one seen.
local function next_spine(s)
  local last = 0
  for i, id in ipairs(SPINE) do if s.seen(id) then last = i end end
  for j = last + 1, #SPINE do
    if not skipped(s, SPINE[j]) then return SPINE[j] end
  end
  return "door"
end

-- After a repair (or an attuned answer in a rupture beat): back to the spine.
local function resume()
  local out = {}
  for i = 2, #SPINE - 1 do
    local id = SPINE[i]
    out[#out + 1] = { id, when = function(s) return next_spine(s) == id end }
  end
  out[#out + 1] = { "door" }
  return out
end

-- When the session has closed over: straight to the end of the hour.
local function to_close()
  return { { "door", when = function(s) return s.seen("time") end }, { "time" } }
end

-- Each miss on the spine carries `own`: what it was, in the therapist's words
-- (“I took you up on Tommy without asking how you say your own name”). It is
-- kept in s.vars["miss_<beat>"] so that a repair can name the miss of the
-- rupture it mends (s.last_open). `own` is not an answer field: it is taken
-- off here.
local MISSES = { fix = true, rescue = true, dismiss = true, enmesh = true, withdraw = true }
local function spine(id, choices)
  for _, ch in ipairs(choices) do
    if MISSES[ch.kind] then
      ch.set = ch.set or {}
      ch.set["miss_" .. id] = ch.own or "I missed what you were telling me"
    end
    ch.own = nil
  end
  return choices
end

local function owned(s)
  local at = s.last_open
  return (at and s.vars["miss_" .. at]) or "I missed what you were telling me"
end

local function cap(t) return t:sub(1, 1):upper() .. t:sub(2) end

-- After owning a miss, the line that turns back to him, by the beat where it
-- happened.
local TURN = {
  name = "How do you say it?",
  frame = "First, how this hour works.",
  priest = "Straight, then: your GP gets my letters, and if a life were in danger I’d have to tell someone, and I’d try to tell you first.",
  crazy = "What did it take, coming in?",
  want = "What’s taken sleep and work?",
  marek = "Five years, you said.",
  ["the-sound"] = "Every night, you said.",
  alive = "Tell me about żal.",
  mother = "She thanked you.",
  everyone = "And none of it reaches you.",
  forgiven = "What was confession like, for you?",
  ["sized-up"] = "I haven’t been up there. Show me.",
  ["up-there"] = "Until him, you said.",
  ["the-clip"] = "Back to the phone call. I’ll stay there with you.",
  ["any-day"] = "Any day, to anybody. That’s frightening.",
  ["three-am"] = "Tell me about the kitchen.",
  answer = "Has it gone as far as a plan?",
  ["what-then"] = "My letter to your GP will mention the nights; you’ll get a copy.",
  ["own-body"] = "What’s it like in there now?",
  tears = "There’s time. Take it.",
}

local function owning(s)
  return cap(owned(s)) .. ". " .. (TURN[s.last_open] or "Can we go back to it?")
end

-- A rupture beat's line (or cue) for the miss that led in, from a table by
-- beat; a table entry may be a function of s.
local function by_miss(tbl, default)
  return function(s)
    local v = tbl[s.last_open or ""]
    if type(v) == "function" then v = v(s) end
    return v or default
  end
end

local function has_open(s) return s.last_open ~= nil end

-- The risk question was gone past at nights (and perhaps again at not-asked),
-- that miss is still open, and nobody has asked it since: the late repairs
-- are withheld, and time offers the question itself.
local function risk_unasked(s)
  return not s.vars.asked_risk and (s.open_at("nights") or s.open_at("not-asked"))
end

local function late_open(s) return has_open(s) and not risk_unasked(s) end

------------------------------------------------------------------------------
-- Arrival: the waiting area, and the frame of the hour
------------------------------------------------------------------------------

beat "name" {
  background = WAITING, music = "clinic", state = "activated", face = "activated", cue_only = true,
  say = { tomasz = "Yes. Tomasz. Or Tomas, Tommy, whatever is easy. Everybody here says it their own way. It’s fine." },
  cue = "He was up before you had finished reading the name out: jacket zipped to the chin, shoulders square, a quick, polite nod that doesn’t reach his eyes.",
  reflect = "He offers to be renamed before you have said hello. What do you hear in that, and what do you do with it?",
  note = "A cue beat, and the first cross-cultural moment. His words make it easy (“whatever is easy”); the quick, polite nod says he stopped expecting to be asked long ago. Asking how he says his own name is not fuss: it is the first small act of not assuming. Praising his English is kind and makes his difference the first thing about him; a flustered apology for getting it wrong makes him look after you before you have reached the room.",
  choices = spine("name", {
    { "(Smile.) Tommy it is, then. Second door on the left.",
      kind = "dismiss", next = "brushed", own = "I took you up on Tommy without asking",
      inner = "Tommy. Like on the site. It doesn’t matter.",
      why = "Friendly and quick, and it took his offer at face value: the first thing the service did was make him easier to say." },
    { "How do you say it yourself? I’d like to get it right.",
      kind = "attune", next = "frame", set = { name_asked = true },
      inner = "To-mash. Nobody asks this. They asked.",
      why = "You asked instead of assuming, and a man who stopped correcting people years ago heard that his own name was worth the trouble." },
    { "Your English is really good, you know.",
      kind = "fix", next = "reassured", own = "I praised your English, as if that mattered most",
      inner = "Eighteen years here. And still, first thing, the accent.",
      why = "A compliment meant to put him at ease; it made his difference the first thing about him, and cheered him along before anyone had met him." },
    { "Oh no, I’ve said it wrong, haven’t I? I’m so sorry. I hate getting names wrong, and I even practised it.",
      kind = "enmesh", next = "minding", own = "I made a fuss about your name, and you had to reassure me",
      inner = "Now I must make them feel OK. First minute.",
      why = "A flustered apology put your embarrassment in the middle, and his first job of the morning was to reassure you." },
    { "(Shake his hand, say it back the way he said it, and watch whether you’ve got it.)",
      kind = "attune", next = "frame", set = { name_asked = true },
      inner = "Almost. Closer than most. They are listening.",
      why = "You took his name as he says it, not as it is easy to say, and left him room to put you right." },
  }),
}

beat "frame" {
  background = ROOM, cue_only = true,
  say = { tomasz = function(s)
    local asked = s.vars.name_asked or (s.vars.miss_name and not s.open_at("name"))
    local pre = asked and "To-mash. Like mashed potato. " or ""
    return pre .. "So. You have forms for me, I think. Let’s do them. No problem, I know how it goes."
  end },
  cue = "He perches on the edge of the chair, jacket zipped, car keys in his fist. Your hand is already on the clipboard, and part of you is glad to hurry too.",
  reflect = "He wants the forms done fast. So, perhaps, do you. Whose hurry would you be following?",
  note = "A cue beat, and the first time the therapist’s own body speaks: the wish to get through the forms. The service needs its questionnaires, and the attuned answers do not skip them; they set the frame first (how long the hour is, what happens to what he says, what comes next), at a pace that tells him this is not a test. Calling it “a chat” is untrue; filling the forms in for him takes over what is his to answer.",
  choices = spine("frame", {
    { "(Uncap your pen.) Great. First one: over the last two weeks, how often have you had little interest or pleasure in doing things?",
      kind = "withdraw", next = "formal", own = "I went straight into the questionnaire",
      inner = "Question one. I am good at questions. Then I go.",
      why = "The questionnaire matters, and starting on it at his speed and yours turned the first minutes into a test to get through." },
    { "We’ll do them. First, how this works: we have until ten to ten, and I’ll tell you what happens to what you say.",
      kind = "attune_boundary", next = "priest",
      inner = "How it works. Good. First you look at the drawing.",
      why = "You kept the service’s questions and put the frame before them: how long, and who hears what. The hurry in both of you got a plan instead of a race." },
    { "Don’t worry about forms. Think of it as a chat, nothing official.",
      kind = "fix", next = "reassured", own = "I told you it was only a chat, and it isn’t",
      inner = "A chat. With a clipboard.",
      why = "Meant to put him at ease, and not true: there are forms and there are notes. Making it small before he knows what it is leaves him less sure of the ground." },
    { "(Put the papers down, lean back, and take your time before you begin.)",
      kind = "attune", next = "priest",
      inner = "No rush. Strange. Maybe I can open the jacket.",
      why = "You noticed the hurry in yourself and did not act it out; your slower pace answered his without a word about him." },
    { "We can skip the questionnaires today. I’ll fill them in later from what you say.",
      kind = "rescue", next = "managed", own = "I offered to answer the forms for you",
      inner = "They fill it for me. Like I can’t read.",
      why = "Kind, and it took over what is his to answer: his own account, written for him." },
  }),
}

beat "priest" {
  say = { tomasz = "One question. What I say here, who hears it? The company? The insurance? The priest can tell nobody, never. Is it the same here?" },
  cue = "He asks it the way he would test a fitting before putting his weight on it.",
  reflect = "He compares you with his priest. What do you owe him here: comfort, or the truth about the edges?",
  note = "Confidentiality and its limits, in a first session. The seal of confession is absolute and a therapist’s confidentiality is not, and he should know the difference before he says anything that matters. The honest answer names who hears nothing without his say-so (his employer, the insurers), that his GP gets the service’s letters, and the one real exception (a serious risk to his life or someone else’s), with “I’d try to tell you first”: honest, where “I promise” is not. Then it asks whether he will go on on that basis: consent means something only once he knows the edges. “Exactly the same” is a promise no service can keep, and it costs later (what-then). A policy pointed at coldly is a door shut. Use your own service’s wording: some also name safeguarding and court orders, and here a court order is not far-fetched (an HSE investigation, and very likely a claim for Marek’s injury).",
  choices = spine("priest", {
    { "Exactly the same. Whatever you say stays in this room, I promise.",
      kind = "fix", next = "reassured", own = "I said it was like the priest, and it isn’t",
      set = { promised_secret = true },
      inner = "Good. Like confession. Then I can say things.",
      why = "A promise no service can keep: the first time his safety came up, it would give way, and he would learn that words here do not hold weight." },
    { "Not quite. Work and the insurers hear nothing from me unless you want them to; your GP gets my letters. If your life or someone else’s were in danger, I’d have to tell someone, and I’d try to tell you first. Is that OK?",
      kind = "attune_boundary", next = "crazy", set = { told_limits = true },
      inner = "Not like the priest. But straight. Straight I can work with.",
      why = "You answered the question he asked with the real edges, not a comfort: who hears nothing, who hears what, and the one exception; then you asked whether he was willing to go on." },
    { "I’m not a priest, Tomasz. There’s a confidentiality policy; it’s in your appointment leaflet.",
      kind = "withdraw", next = "formal", own = "I sent you to a leaflet, not a straight answer",
      inner = "The leaflet. So it is rules, not a person.",
      why = "True, and cold: the policy answered for you, and a careful man checking whether it was safe to put his weight down was handed a leaflet." },
    { "Not like the priest, no. Your GP gets my letters, and if a life were in danger I’d have to tell someone. Nobody else. Is that OK with you?",
      kind = "attune_boundary", next = "crazy", set = { told_limits = true },
      inner = "Not the priest. But they show me where the edge is.",
      why = "You said plainly that it is not the seal of confession, gave him the edges before he says anything that matters, and asked whether he wants to go on: what he says next is his choice." },
    { "Honestly, nobody’s interested in what’s said in here. It’s all routine.",
      kind = "dismiss", next = "brushed", own = "I brushed off a serious question",
      inner = "Routine. So my question is stupid.",
      why = "Meant to calm him, it made his careful question small, and told him nothing true about the edges." },
  }),
}

beat "crazy" {
  say = { tomasz = function(s)
    local pre = ""
    if s.vars.told_limits or (s.vars.miss_priest and not s.open_at("priest")) then
      pre = "The doctor gets letters. Danger, you tell. Otherwise nobody. This I can agree to. "
    elseif s.vars.promised_secret then pre = "Good. Like confession. " end
    return pre .. "In Poland, when I was young, you see a psychologist when you are crazy. So. The doctor sent me, with a leaflet. Ania booked it. Here is the crazy man."
  end },
  cue = "He laughs, a short bark, and glances at the door.",
  reflect = "What do you know about how therapy is seen where he grew up? How would you find out, without assuming and without making him your informant?",
  note = "Ask, do not assume, in both directions. “There’s a lot of stigma in Polish culture” turns him into a type, however well read the therapist; reassurance that it is “completely normal now” argues with his word and assumes sameness (what is ordinary here must be ordinary for him); a string of questions about his background makes him a form. The attuned answers ask what it took him to come, and what he makes of it: his view, not his country’s.",
  choices = spine("crazy", {
    { "You’re not crazy, Tomasz. Lots of people come here now; it’s completely normal.",
      kind = "fix", next = "reassured", own = "I told you it was normal, as if what’s normal here is normal for you",
      inner = "Normal. Here, maybe. They decide this very fast.",
      why = "Reassurance argued with his word before anyone had asked what it carries for him, and took for granted that what is ordinary here is ordinary for him: sameness assumed." },
    { "What did it take, to walk in here this morning?",
      kind = "attune", next = "want",
      inner = "A lot. Twenty minutes in the car park. Ania’s face.",
      why = "You asked about his own step through the door, not about his country: one question, and a curious one." },
    { "I imagine there’s still a lot of stigma in Polish culture, especially for men your age.",
      kind = "fix", next = "advised", own = "I told you about Polish culture as if I knew it",
      inner = "They read an article about us. Men of my generation.",
      why = "Perhaps true of somebody, and it was yours, not his: a generalisation arrived before he had said what he thinks, and made him a type." },
    { "Can I ask about your background first? When did you come over? Polish at home? Are you religious?",
      kind = "dismiss", next = "brushed", own = "I fired questions at you about your background",
      inner = "Like the settled status form.",
      why = "Each question is fair in its place; fired together after his joke, they made his background a checklist and walked past what it cost him to come." },
    { "And now you’re here. What do you make of it?",
      kind = "attune", next = "want",
      inner = "What do I make of it? I don’t know. Nobody asked me this.",
      why = "You left his word alone and asked for his own view, without agreeing that he is crazy or arguing that he isn’t." },
  }),
}

beat "want" {
  say = { tomasz = "Honestly, I don’t want to talk about feelings. I want to sleep. I want to go back to work. If you can do this, good." },
  cue = "He says it like a man giving a quote for a job. His right knee is going up and down.",
  note = "A practical man’s contract. The pulls: to promise (fixing), to turn his wishes into a form (withdrawing), or to put him right about feelings (dismissing). The attuned answers take his two goals seriously; one holds the honest limit: no promise, and an interest in what has taken them.",
  choices = spine("want", {
    { "That’s exactly what we’ll work on. Most people sleep much better within a few weeks.",
      kind = "fix", next = "reassured", own = "I promised you better sleep within a few weeks",
      inner = "A few weeks. They all say a few weeks.",
      why = "A promise about sleep, kindly meant, that nobody can keep; it also told him his own account was not needed yet." },
    { "(Write them down.) Goals, then. From nought to ten, how important is each one?",
      kind = "withdraw", next = "formal", own = "I turned what you wanted into a scale from nought to ten",
      inner = "Ten. Obviously ten. Next question.",
      why = "Goals do get measured; measured first, his two plain wishes became numbers on your page." },
    { "Sleep, and work. Two big things to have lost.",
      kind = "attune", next = "marek",
      inner = "Lost. Yes. Not ‘problems’. Lost.",
      why = "You took his practical list for what it is, two losses, named plainly, without asking him to talk about feelings." },
    { "Feelings usually come into it, I’m afraid. That’s rather the job.",
      kind = "dismiss", next = "brushed", own = "I lectured you about feelings",
      inner = "So I am doing it wrong already.",
      why = "A small lecture put his way of saying it in the wrong, before you had heard what he wants." },
    { "Then we keep those two in front of us. I can’t promise either; I’d like to know what took them.",
      kind = "attune_boundary", next = "marek",
      inner = "No promise. Good. The ones who promise, I don’t trust.",
      why = "You kept his goals as the point of the work, honestly, without a promise, and turned to what took them." },
  }),
}

------------------------------------------------------------------------------
-- The accident
------------------------------------------------------------------------------

beat "marek" {
  cue_only = true,
  say = { tomasz = "Three months ago. Marek, my workmate. I trained him from his first day, five years. He fell from the third lift. Six metres. Not clipped on." },
  cue = "He gives it like a statement for the inspector: date, height, no adjectives. His palms press down hard on his thighs.",
  reflect = "He gave you the facts in a level voice. What told you there was more?",
  note = "A cue beat. The level voice is doing a job: it is how he has told it to the inspector, the company and the GP. The misses ask for more facts, read his body out to him, or protect him from his own story. The attuned answers pick up what the report leaves out (the five years), or simply slow down.",
  choices = spine("marek", {
    { "And the date? For the notes.",
      kind = "withdraw", next = "formal", own = "I asked for the date just after you told me he fell",
      inner = "The date. Everybody wants the date.",
      why = "A fair detail, asked at the worst moment: it kept him in the statement he has given everyone else." },
    { "You’re very calm, Tomasz, but your hands are pressing into your legs as if you’re holding yourself together.",
      kind = "fix", next = "cornered", own = "I read your hands out to you, far too soon",
      inner = "They watch my hands. What else do they watch?",
      why = "Accurate, and too soon: describing his body back to him exposed him in his first ten minutes, at your pace, not his." },
    { "Five years, from his very first day.",
      kind = "attune", next = "the-sound",
      inner = "From the first day. He couldn’t tie a knot. I showed him.",
      why = "You picked up the part of the report that was not for the inspector: the years between them." },
    { "We needn’t go into the accident today if it’s too much. We can stick to sleep.",
      kind = "rescue", next = "managed", own = "I decided the accident was too much for you to talk about",
      inner = "Too much. So they think I will break.",
      why = "Protective, and it decided for him what he can bear; he heard that his story was too heavy for this room." },
    { "(Slow down. Let ‘not clipped on’ land before you reach for anything else.)",
      kind = "attune", next = "the-sound",
      inner = "They don’t write. They wait.",
      why = "You let the last fact land instead of reaching for the next one; the pace told him there was room for more than the report." },
  }),
}

beat "the-sound" {
  pressure = 10,
  say = { tomasz = "I didn’t see it. I was on the phone to the yard; I should have looked. I heard it: the boards, then nothing, then the shouting. Every night I hear it." },
  cue = "His eyes are fixed on the carpet. Your own chest goes tight, your breath rides high, and the chair is suddenly hard to stay in.",
  reflect = "Your chest tightened as he told it. What might that tell you about him, and what do you do with it?",
  note = "Entering this beat costs a little steadiness: the story reaches the therapist’s body. The tightness is information (some of what he carries has come into the room) and a pull: to move away from the sound (“at least you didn’t see it”), to name it as a symptom, or to let your own reaction show. The attuned answers steady the therapist’s breath for his sake, or stay with the sound.",
  choices = spine("the-sound", {
    { "That’s a common trauma symptom. It’s called a flashback, and it can be treated.",
      kind = "fix", next = "advised", own = "I put a name from a textbook on the sound you hear",
      inner = "A flashback. Good, now it has a name. It still comes at three.",
      why = "Good information at the wrong moment: it filed the sound under a term before anyone had heard it with him." },
    { "(Let your own breath drop lower and slower, for him, and stay where you are.)",
      kind = "attune", next = "alive",
      inner = "The room is quiet. I can say the rest.",
      why = "You took your tight chest as a signal and steadied it for him: [[co-regulation]], without a word about it." },
    { "God, that’s horrible. I’ve gone cold all over.",
      kind = "enmesh", next = "minding", own = "I told you how it made me feel, and you minded me",
      inner = "I frightened them. I should keep it short.",
      why = "Being moved is human; saying so made the sound yours, and he turned to look after you." },
    { "At least you didn’t see it.",
      kind = "dismiss", next = "brushed", own = "I said at least you hadn’t seen it",
      inner = "At least. There is always an at least.",
      why = "“At least” found a bright side and made the sound he lives with smaller." },
    { "Every night. The same sound.",
      kind = "attune", next = "alive",
      inner = "Every night. Yes. Somebody heard it with me.",
      why = "A few plain words stayed with the sound itself, without explaining it or moving past it." },
  }),
}

beat "alive" {
  cue_only = true,
  say = { tomasz = "He is alive, in the spinal unit. Maybe he will not walk again. Everybody says I must be grateful, and I am. But there is also… in Polish we say żal. There is no English word." },
  cue = "On ‘grateful’ his jaw sets hard. Then he watches you, to see what you will do with the Polish word.",
  reflect = "He gave you a word from his own language. How do you meet a word you don’t know?",
  note = "A cue beat, and a beat about language. He tells you what everybody says (be grateful) and offers a word of his own. Translating it for him takes his word away and puts yours in its place; “it could have been worse” and hope for Marek’s recovery join the chorus. The attuned answers ask him what his word means, or let gratitude be only part of it. (Żal, roughly: sorrow, regret and pity at once, and a grievance too, as when you “have żal” against someone: a heaviness that can be aimed at someone, oneself included, and perhaps, unsayable for now, at Marek for not clipping on. That is for him to find, not for you to suggest.)",
  choices = spine("alive", {
    { "It could have been worse.",
      kind = "dismiss", next = "brushed", own = "I told you it could have been worse",
      inner = "Yes. Worse. Everybody says.",
      why = "The bright side made his heaviness smaller, and put you in the chorus he had just described." },
    { "Tell me about żal. What is it like?",
      kind = "attune", next = "mother",
      inner = "Nobody asks about the Polish word. They nod.",
      why = "You did not pretend to understand his word, and did not translate it into yours: you asked him to teach you." },
    { "Żal. We’d probably call that grief here, or regret.",
      kind = "fix", next = "advised", own = "I translated your word before you’d told me what it means",
      inner = "Grief. Regret. No. Not only. But OK.",
      why = "A helpful-sounding translation closed his word down: your word replaced his before he had said what it holds." },
    { "Spinal injuries can improve a lot with rehab, you know. There’s real hope.",
      kind = "fix", next = "reassured", own = "I told you there was hope for Marek instead of hearing you",
      inner = "Hope. The doctors say maybe. Everybody says maybe.",
      why = "Hope, kindly meant, answered a question he had not asked and went past what he had said." },
    { "He’s alive, and that isn’t the whole of it.",
      kind = "attune", next = "mother",
      inner = "Not the whole. No. Not nearly.",
      why = "You let there be more than one thing, without telling him which one he ought to feel." },
  }),
}

beat "mother" {
  say = { tomasz = "I went to the hospital once. His mother came from Poland. She took my hand and said, ‘Thank you for looking after him.’ Thank you. I haven’t been back." },
  cue = "Twenty minutes gone, the risk section on your knee still blank. You have checked the clock twice, and a neat, right-sounding sentence is already on its way.",
  reflect = "The words you were about to say were right. What would have made them land?",
  note = "The moment the story is built around. The therapist’s attention is on the clock and the blank risk section, and a correct, textbook reflection is ready to go. Said from there it is withdrawing: the words are right and nobody is in them, and he hears it at once (leaflet). Ask the room how a client can tell; most people can. The attuned answers first come back (the form turned over, the clock let go), or answer what he said: the thanks he cannot bear. The risk question matters and has its moment later, when he opens the door to it; asking it now, for the form’s sake, would be the same miss.",
  choices = spine("mother", {
    { "It sounds as if you’re carrying a great deal of guilt about Marek.",
      kind = "withdraw", next = "leaflet", own = "I gave you a textbook sentence with my mind on the form",
      inner = "Guilt. Like the leaflet from the GP. They are looking at the paper.",
      why = "Every word was right and you were in none of them: your mind was on the clock and the blank page, and he heard the form behind the words." },
    { "She’s right, though. You did look after him.",
      kind = "fix", next = "reassured", own = "I sided with Marek’s mother, as if that would help",
      inner = "Looked after him. Until I didn’t.",
      why = "Taking her side of the sentence argued with the part that hurts him." },
    { "(Turn the form face down, let the clock go, and look at him.) She thanked you.",
      kind = "attune", next = "everyone",
      inner = "She thanked me. Yes. The worst thing anybody said to me.",
      why = "You noticed where your attention had gone, brought it back, and gave him the one word he could not bear." },
    { "Maybe going back to see him would help. It might ease some of this.",
      kind = "fix", next = "advised", own = "I told you to go back to the hospital",
      inner = "I know I should go. Everybody knows this.",
      why = "Advice about the visit skipped what the last one did to him." },
    { "Thanked, by his mother. And since then you haven’t been able to go back.",
      kind = "attune", next = "everyone",
      inner = "No. I drive past. I don’t go in.",
      why = "You stayed with what he said, the thanks and the staying away, without hurrying to a feeling word." },
  }),
}

beat "everyone" {
  say = { tomasz = "Everybody says it is not my fault. The company. The HSE inspector. Ania. The priest. The lads: ‘Not your fault, Tomek.’ Everybody." },
  cue = "He counts them off on his fingers, his voice harder with each one.",
  reflect = "Everybody has told him it isn’t his fault. Why is it so hard not to say it too?",
  note = "The strongest pull of the session: to join the chorus. Each of them may be right, and saying it once more tells him that what he feels has already been ruled on. The attuned answers notice that the verdict has not reached him. Asking what the investigation concluded is fair and steps out of the room into the paperwork; anger on his behalf fills the room with yours. (Tomek is the everyday form of Tomasz.)",
  choices = spine("everyone", {
    { "They’re right, you know.",
      kind = "fix", next = "reassured", own = "I joined everybody and told you it wasn’t your fault",
      inner = "You also. Everybody.",
      why = "True, perhaps, and the same sentence he has heard from everyone: his feeling had been ruled on again before it was heard." },
    { "What did the HSE investigation conclude, in the end?",
      kind = "withdraw", next = "formal", own = "I asked about the investigation, not about you",
      inner = "The report. Back to the report.",
      why = "A fair question that stepped out of the room into the paperwork, just as he was telling you what none of it does." },
    { "And none of it reaches you.",
      kind = "attune", next = "forgiven",
      inner = "None. It runs off. Like rain off a sheet.",
      why = "Five words went under the list to what it does to him: nothing." },
    { "Honestly, it makes me angry that they all keep telling you what to feel.",
      kind = "enmesh", next = "minding", own = "I got angry with everybody on your behalf",
      inner = "Now they are angry with Ania. I must defend her.",
      why = "Loyal, and it filled the room with your feeling; he had to defend the people he loves." },
    { "(Let the list end where he ends it, and don’t add a name to it.)",
      kind = "attune", next = "forgiven",
      inner = "They didn’t say it. The only one.",
      why = "Your silence was the one voice that did not join the chorus." },
  }),
}

beat "forgiven" {
  cue_only = true,
  say = { tomasz = "I went to confession. The priest gave me absolution. I had a Mass said for Marek, and every Sunday I pray for him. So. God has forgiven me. This part is done." },
  cue = "His fingers find the thin chain at his collar and close round the medal. He doesn’t seem to know he is doing it.",
  reflect = "His faith is his. What did you want to do with it: use it, question it, or leave it outside? What did he need?",
  note = "A cue beat about faith. His words close the subject; his hand on the medal keeps it open. The misses are what a secular therapist might well say: using his faith as a lever (forgive yourself, as God has), treating it as a possible cause (a strict religious upbringing), leaving it outside the room, or a look at the medal that waits for him to explain it (attentive, silent and still intrusive: cornered). The attuned answers take it as his: they ask what confession was like for him, or let “done” and “not done” both be there. Neither the therapist’s belief nor unbelief belongs in the answer.",
  choices = spine("forgiven", {
    { "Then perhaps the next step is forgiving yourself, as God already has.",
      kind = "fix", next = "advised", own = "I used your faith to tell you what to do next", set = { forgiven_miss = "lever" },
      inner = "Forgive myself. The priest said this also. It is not so easy as a sentence.",
      why = "His faith became your lever: a task built from his own belief, before anyone had heard what absolution left undone." },
    { "What was it like, walking out of confession?",
      kind = "attune", next = "sized-up",
      inner = "Light. For one day. Then at three o’clock, heavy again.",
      why = "You asked about his own experience of his faith, without using it, testing it or stepping round it." },
    { "A strict religious upbringing can make guilt much heavier. Could that be part of it?",
      kind = "fix", next = "advised", own = "I suggested your religion might be making it worse", set = { forgiven_miss = "cause" },
      inner = "My faith did not make him fall.",
      why = "An interpretation he had not reached, and about the thing he holds dearest: his faith became a possible symptom." },
    { "Let’s leave religion aside, then.",
      kind = "dismiss", next = "brushed", own = "I asked you to leave your faith outside the room",
      inner = "God outside. Like a wet coat at the door.",
      why = "Perhaps meant as respect, it put the part of his life where he had already taken this outside the door." },
    { "Forgiven by God. And maybe not finished yet, in you.",
      kind = "attune", next = "sized-up",
      inner = "Not finished. No. How do they know this?",
      why = "You held both, the absolution he believes in and the weight that stays, without calling either one wrong." },
    { "(Let your eyes rest on the medal in his hand, and wait for him to tell you what it means.)",
      kind = "fix", next = "cornered", own = "I looked at your medal until you had to explain it",
      inner = "They look at the medal. Now I must explain my faith.",
      why = "Attentive, and silent, and it still pointed: your look put the medal he did not know he was holding in front of him, at your pace, and asked him to account for it." },
  }),
}

------------------------------------------------------------------------------
-- The middle of the hour: how could you know?
------------------------------------------------------------------------------

beat "sized-up" {
  pressure = 25,
  say = { tomasz = "With respect. How old are you, thirty-something? You have stood on a scaffold, eight metres up, in wind? You sit in an office. How can you know?" },
  cue = "He leans in, looking at you properly for the first time. Heat climbs your neck; a line about your training is on its way out.",
  reflect = "What happened in your body when he asked how you could know? What did you do with it?",
  note = "Entering this beat costs steadiness, and a player who has wobbled may be flooded. The flush is information: this is what being sized up feels like, and a Polish tradesman in English offices may know that feeling well. The steady answer is real work. Defending your training is dismissing; offering a background of your own (a roofer father) is getting swept up; passing him to someone else is withdrawing (a therapist who shares his language can be right when he asks for one; offered at the first push, it hands him away). The attuned answers admit the difference and ask him to show you, or name the question under his question. Age and class are in the room here too: let the group say so.",
  choices = spine("sized-up", {
    { "(Feel the heat in your neck: this is being sized up, and he may know it well. Breathe out once.)",
      kind = "steady", next = "sized-up", id = "sized-up.breath",
      when = function(s) return s.steadiness < 60 end,
      inner = "They don’t jump. They think first.",
      why = "You noticed the flush of defensiveness and used it as information instead of acting it out." },
    { "I do know what I’m doing, Tomasz.",
      kind = "dismiss", next = "brushed", own = "I defended my training when you asked me a fair question",
      inner = "Certificates. Like the site manager.",
      why = "Defending yourself answered the challenge, not the man making it." },
    { "No, I haven’t. You’d have to show me what it’s like up there.",
      kind = "attune", next = "up-there",
      inner = "Show. This I can do.",
      why = "You let the difference be real and made him the one who knows: not knowing became an invitation." },
    { "Actually, my dad was a roofer. I probably understand more than you’d think.",
      kind = "enmesh", next = "minding", own = "I brought my own dad into it to prove I understood",
      inner = "A roofer. So now we talk about the father.",
      why = "A “me too” to win the argument: your story took the floor, and the difference he had named was waved away." },
    { "You’re right, I haven’t. I could ask the team for someone else.",
      kind = "withdraw", next = "formal", own = "I offered to pass you on to someone else",
      inner = "Pass me on. Like a job nobody wants.",
      why = "It sounded humble, and it withdrew: at the first push you offered him away instead of staying to find out." },
    { "You want to know if someone like me can follow someone like you.",
      kind = "attune", next = "up-there",
      inner = "Yes. Exactly this.",
      why = "You named the question under his question, plainly, without defending yourself or agreeing to be useless." },
  }),
}

beat "up-there" {
  say = { tomasz = "Up there is my place. Twenty-eight years. I carry a twenty-one-foot tube along the boards like you walk to your car. No accident in my gang. Never. Until him." },
  cue = "His hands come alive, drawing tubes and boards in the air. On ‘until him’ they drop into his lap.",
  note = "His competence, and where it broke. Praise and a neat theory of control both land on the pride and miss the drop; a friendly question about how he started takes him back to the safe years. The attuned answers follow his hands down.",
  choices = spine("up-there", {
    { "That’s an incredible record. You should be proud of it.",
      kind = "fix", next = "reassured", own = "I praised your record and missed the ‘until him’",
      inner = "Proud. Twenty-eight years, and one Monday.",
      why = "Praise landed on the record and skipped the two words that ended it." },
    { "It sounds as if up there you felt in control, and control is what the accident took.",
      kind = "fix", next = "advised", own = "I gave you my theory about control",
      inner = "Control. Maybe. They know me half an hour.",
      why = "A neat interpretation, and yours: it explained him before he had finished showing you." },
    { "Twenty-eight years of never. Until him.",
      kind = "attune", next = "the-clip",
      inner = "Until him. Yes. Twenty-eight years, then one Monday.",
      why = "You followed him from the pride to the drop, in his own words." },
    { "What got you into scaffolding?",
      kind = "dismiss", next = "brushed", own = "I asked how you got into scaffolding and left Marek behind",
      inner = "My uncle. Good years. Safe to talk about.",
      why = "Friendly interest in his trade took him back to the safe years, away from where his hands had just stopped." },
    { "(Let the quiet after ‘until him’ be long enough.)",
      kind = "attune", next = "the-clip",
      inner = "They saw. They didn’t say.",
      why = "You saw where the telling stopped and gave it room, without pointing at it." },
  }),
}

beat "the-clip" {
  cue_only = true,
  say = { tomasz = "I should have checked his clip. I always check. Always. That day I was on the phone and I didn’t look. If I look, he is clipped. If he is clipped…" },
  cue = "Back to the clip a third time, nearly word for word. The air feels thick, and so does your head: the hour is going in circles.",
  reflect = "The session started going round in circles. What might the circle say about him, and not only about you?",
  note = "Stagnation as a sign. The third return to the clip, and the therapist’s heavy head, are easy to read as “we’re stuck” and to break out of: a change of subject, reassurance, or handing him your heaviness. But the circle says something: the clip is the one place where the accident makes sense. If it is his fault, he knows why it happened and how to stop it happening again. Letting your eyes go to the clock is the silent version of breaking out, and he sees it. The attuned answers name the circle as his, or stay in it with him, and he reaches the next layer himself (any-day).",
  choices = spine("the-clip", {
    { "We’ve been over the clip a few times. Can we look at your sleep?",
      kind = "dismiss", next = "brushed", own = "I moved us off the clip before we knew what it was for",
      inner = "Boring. I am boring them. So, sleep.",
      why = "Your own heaviness decided it: you broke out of the circle instead of asking what it was for." },
    { "You couldn’t have known. Nobody can watch everyone every second.",
      kind = "fix", next = "reassured", own = "I told you nobody could have known",
      inner = "Nobody could. I know the sentence.",
      why = "Reassurance tried to stop the circle from outside, and joined the chorus again." },
    { "Whatever road we take this morning, we end up at that phone call.",
      kind = "attune", next = "any-day",
      inner = "Always the phone call. Yes. Why always there?",
      why = "You named the pattern as his, lightly, without breaking out of it or explaining it." },
    { "I’m finding this really heavy to sit with. It’s a lot.",
      kind = "enmesh", next = "minding", own = "I told you how heavy it was for me",
      inner = "Heavy for them. I should stop.",
      why = "Honest, and it handed him your heaviness to carry as well as his own." },
    { "(Stay in it with him. The heaviness may be telling you something about him.)",
      kind = "attune", next = "any-day",
      inner = "They don’t change the subject. So I must say the next thing.",
      why = "You took your own heaviness as information rather than a problem to escape, and stayed; the next layer could come." },
    { "(Glance at the clock as he starts again.)",
      kind = "withdraw", next = "formal", own = "I looked at the clock while you went round it again",
      inner = "The clock. I am boring them. Finish quickly.",
      why = "Your heaviness went to the clock: a small, silent way of leaving the room, and a man who watches faces saw it." },
  }),
}

beat "any-day" {
  face = "activated",
  say = { tomasz = "Because if it’s my fault, I know why. I fix it: I check better. If it’s not my fault… it just happens. Any day. To my Kuba, who wants to start at the firm. To me." },
  cue = "He stops, frightened, and a little surprised, as if he had heard it for the first time.",
  reflect = "He found the fear under the guilt himself. What in the session made room for that?",
  note = "The next layer, reached by him: guilt is also a shelter from chance. Everything here pulls to argue with the fear (the safety figures), to treat it (graded exposure, a sound method offered too soon), or to let him off going back (rescuing: that is his to decide). The attuned answers stay with how big it is.",
  choices = spine("any-day", {
    { "Falls like that are very rare.",
      kind = "dismiss", next = "brushed", own = "I gave you the safety figures",
      inner = "Rare. I teach the young ones these numbers.",
      why = "True, and he teaches those numbers himself: the figures made his fear small and argued with it." },
    { "Then nowhere is safe. Not even up there.",
      kind = "attune", next = "three-am",
      inner = "Nowhere. Yes. That is it.",
      why = "You followed him to the size of what he had found, without shrinking it." },
    { "That’s an important insight. We can work on it step by step, with graded exposure.",
      kind = "fix", next = "advised", own = "I jumped to a treatment plan",
      inner = "Exposure. Step by step. Like a toolbox talk.",
      why = "Praise and a method arrived together, before he had felt what he had found." },
    { "You don’t have to go back up, you know. Lots of people move to work on the ground.",
      kind = "rescue", next = "managed", own = "I decided for you that you needn’t go back up",
      inner = "Not go back? I have a mortgage. This I decide.",
      why = "Kind, and it took his hardest decision out of his hands, out of pity." },
    { "That’s a frightening thing to find out, sitting here.",
      kind = "attune", next = "three-am",
      inner = "Frightening. Yes. I didn’t say this to anybody.",
      why = "You named the fear he had just met, gently, and kept him company in it." },
  }),
}

------------------------------------------------------------------------------
-- The nights, and the plain question
------------------------------------------------------------------------------

beat "three-am" {
  say = { tomasz = "I sleep four hours, maybe. At three I am awake and I hear it again. I go down to the kitchen so I don’t wake Ania, and sit there until it’s light." },
  cue = "He rubs his face hard with both hands, as if he could push the tiredness back in.",
  note = "Sleep help is what he asked for in the first minutes, and it is still too soon: nobody has been in the kitchen with him yet. The attuned answers stay there, which is where the next thing he says comes from.",
  choices = spine("three-am", {
    { "Have you tried a regular bedtime, and no screens for an hour before?",
      kind = "fix", next = "advised", own = "I gave you advice about bedtimes",
      inner = "No phone. Yes. I read this also.",
      why = "Sound advice for sleep that skipped the kitchen and the man sitting in it." },
    { "Alone in the kitchen, every night, until it’s light.",
      kind = "attune", next = "nights",
      inner = "Alone. The kettle, the clock, me.",
      why = "You stayed in the kitchen with him, at three o’clock, instead of hurrying to mend the sleep." },
    { "Four hours isn’t bad.",
      kind = "dismiss", next = "brushed", own = "I told you four hours wasn’t too bad",
      inner = "Not bad. I manage.",
      why = "Making the nights smaller made what happens in them smaller too." },
    { "(Note it down.) Early waking. How many nights a week?",
      kind = "withdraw", next = "formal", own = "I counted your nights for the form",
      inner = "Seven. Write seven.",
      why = "The count is a fair question on paper; here it turned his kitchen into a symptom to tally." },
    { "What goes through your mind, sitting there?",
      kind = "attune", next = "nights",
      inner = "What goes through. I can tell them. Maybe.",
      why = "One open question followed him into the kitchen, and opened the door to what the nights hold." },
  }),
}

beat "nights" {
  say = { tomasz = "In the kitchen I think: Marek is twenty-nine. He should be walking. It should be me in that bed, not him. Better me." },
  cue = "He says it to the window, in the level voice he used for the heights. Then his mouth shuts like a lid.",
  reflect = "“Better me.” What makes the plain question hard to ask, and how would you ask it?",
  note = "Risk. Three months of broken sleep, guilt, “better me”, and a man whose trade is at height: the picture calls for the plain question about suicidal thoughts, now that he has opened the door, asked warmly and in ordinary words. Asking does not put the idea in his head. Both attuned answers ask it. The misses spare everyone the question: a form read out, a question built to get a “no” (with his faith as the lever), an argument, or normalising it away. Each leads to not-asked, where it can be asked again.",
  choices = spine("nights", {
    { "You’d never act on that, though, would you? Not with your faith.",
      kind = "fix", next = "not-asked", own = "I used your faith to get a ‘no’ out of you", set = { nights_miss = "faith" },
      inner = "No. Of course not. What else can I say?",
      why = "A question built to get a “no”, with his own faith as the lever: it asked for reassurance, not the truth, and he gave you the reassurance." },
    { "At three o’clock, do you ever have thoughts of not wanting to be here? Of ending your life?",
      kind = "attune_boundary", next = "answer", set = { asked_risk = true },
      inner = "They ask it straight. Nobody asked me straight.",
      why = "He opened the door and you asked, plainly and warmly: part of the care, not a break from it." },
    { "I need to ask the risk questions; we ask everyone. Any thoughts of harming yourself?",
      kind = "withdraw", next = "not-asked", own = "I asked about your safety as if it were a form to fill in", set = { nights_miss = "form" },
      inner = "Standard. A box. No. Next.",
      why = "The right question, asked as a box to tick: it protected you from its weight and left him alone with the answer." },
    { "Don’t say that. Ania and the boys need you.",
      kind = "fix", next = "not-asked", own = "I told you not to say it, instead of asking", set = { nights_miss = "argue" },
      inner = "Don’t say it. OK. I won’t.",
      why = "Pointing him to his family argued with what he had hinted at, and closed the door on saying more." },
    { "Better you. Can I ask plainly? Do you ever think about killing yourself?",
      kind = "attune_boundary", next = "answer", set = { asked_risk = true },
      inner = "Plain. Like a man. Good.",
      why = "You took his words at their weight and asked in plain words, which tells him nothing is too much to say here." },
    { "Lots of people feel that after an accident. It does pass.",
      kind = "dismiss", next = "not-asked", own = "I called it common and went past it", set = { nights_miss = "common" },
      inner = "Common. So it passes. So I say nothing.",
      why = "Normalising moved past what he said, and the question that needed asking went unasked." },
  }),
}

local NOT_ASKED_SAY = {
  faith = "No. Of course not. It is a sin. Forget I said it.",
  form = "No. Nothing. You can write no.",
  argue = "Yes. I know. Forget I said it.",
  common = "Common. OK. So it passes.",
}
local NOT_ASKED_REPAIR = {
  faith = "I answered for your faith just then, and that was yours to say. So, plainly: do you have thoughts of ending your life?",
  form = "I read that off a form, and it deserved better. When you’re awake at three, do you think about ending your life?",
  argue = "I told you not to say it, and I’d rather hear it. Do you have thoughts of ending your life?",
  common = "I went past what you said, and I want to come back to it. Do you have thoughts of ending your life?",
}

beat "not-asked" {
  face = "activated",
  say = { tomasz = function(s) return NOT_ASKED_SAY[s.vars.nights_miss] or "Forget I said it." end },
  cue = "He folds his arms and looks at the clock.",
  note = "A second chance. The repair names the miss and asks the question properly; the plain question without owning the miss asks it too (attuned, though the miss stays open). If the room goes past it again, the question stays unasked, and time offers it once more before the plan for next week.",
  choices = {
    { "Alright. Let’s move on to your sleep, then.",
      kind = "withdraw", next = "gone-quiet",
      inner = "Good. Closed. Like a box.",
      why = "Taking him at his word spared you both the question, and left the risk unknown." },
    { function(s) return NOT_ASKED_REPAIR[s.vars.nights_miss] or NOT_ASKED_REPAIR.common end,
      kind = "repair", repairs = "nights", next = "answer", id = "not-asked.repair", set = { asked_risk = true },
      inner = "They came back for it. I will answer.",
      why = "You owned going past it in a line and asked the question you had skipped, plainly." },
    { "Good. I’m glad it’s only talk.",
      kind = "fix", next = "gone-quiet",
      inner = "Only talk. Good. Keep it that way.",
      why = "Relief closed the subject before anyone had checked." },
    { "I’d like to stay with what you said. At three o’clock, do you think about not being here?",
      kind = "attune_boundary", next = "answer", set = { asked_risk = true },
      inner = "They stay with it. I tell them.",
      why = "You asked the plain question after all. Owning that you had gone past it would mend it too." },
    { "Sorry, I didn’t mean to make it sound like that. We can leave it for today if you’d rather, and come back to it another time.",
      kind = "withdraw", next = "gone-quiet",
      inner = "Leave it. Good. I leave it in the kitchen.",
      why = "An apology that backed away from the question: gentle-sounding, and it left the risk unknown and him alone with it." },
  },
}

beat "answer" {
  say = { tomasz = "Thoughts, yes. At three o’clock, sometimes: it would be easier not to wake up. But to do something, no. Not to Ania and the boys. And for me it is a mortal sin; this I believe." },
  cue = "He looks you in the eye, then down at his hands, like a man waiting for the inspector’s verdict.",
  reflect = "He has told you something hard. What does your face need to do now?",
  note = "Passive thoughts of death, no intent, strong reasons not to act, and one of them is his faith. Meet it calmly, thank him, and check how far it goes: a plan, a way, anything to do with heights. His faith is his reason, not the therapist’s tool: “then your faith is a real protection” uses it to close the subject. Alarm makes him look after you; ringing his GP and Ania today, over his head, is out of proportion to what he has told you. In practice: follow your service’s risk procedure, record it, and agree with him what happens next.",
  choices = spine("answer", {
    { "Oh, Tomasz. That’s frightening to hear. I’m so relieved you’d never do it.",
      kind = "enmesh", next = "minding", own = "I let my own fright into the room",
      inner = "I frightened them. Next time I say nothing.",
      why = "Your alarm filled the room, and he learnt that saying it burdens you." },
    { "Thank you for telling me straight. Has it gone further than thoughts? A plan, or anything about heights?",
      kind = "attune_boundary", next = "what-then", set = { heard_heights = true },
      inner = "Heights. They thought of this. Good that they ask.",
      why = "You received it calmly and checked how far it goes, including the question any careful therapist would ask a man who works at height." },
    { "Good. Then your faith is a real protection, and we can build on that.",
      kind = "fix", next = "advised", own = "I took your faith and made it into a safety plan",
      inner = "My faith is not their plan.",
      why = "What keeps him safe belongs in your assessment; handed back to him as your plan, his faith closed the subject before you knew how far the thoughts go." },
    { "I’ll need to tell your GP today, and I think Ania should know too.",
      kind = "rescue", next = "managed", own = "I talked of telling your GP and Ania over your head",
      inner = "Ania. No. This is why I keep it inside.",
      why = "Out of worry you took the next step over his head: an urgent call and his wife told, out of proportion to what he said (no plan, and reasons to stay)." },
    { "That took saying, and I’m glad you did. Has it ever gone as far as a plan?",
      kind = "attune_boundary", next = "what-then",
      inner = "Glad. Not frightened of me. I answer.",
      why = "You took it in without flinching, let him know it was welcome, and checked how far it goes." },
  }),
}

beat "what-then" {
  say = { tomasz = function(s)
    local lead = s.vars.heard_heights
        and "No plan. And heights, no: up there I’m afraid to fall, not to jump. I want to live, only not like this. "
        or "No plan. Nothing. I want to live, only not like this. "
    local q = "So now what? You tell the doctor? Ania? The company?"
    if s.vars.promised_secret and s.open_at("priest") then q = q .. " You said: like the priest." end
    return lead .. q
  end },
  cue = "He grips the arms of the chair: the question from the start, with his weight on it now.",
  note = "Confidentiality in practice. What he has told you (passive thoughts, no plan, no intent, clear reasons to live) does not call for an urgent call to anyone. The honest answer says so, and says what is routine: it goes in his notes, and the letter to his GP after a first appointment usually summarises risk, so it will mention the nights (many services copy the letter to the client). If it ever came closer than thoughts, his GP would be involved sooner, with him where possible. The routes for a bad night belong here too (his GP, NHS 111, Samaritans; 999 or A&E if he were ever in danger right now); if they are not said here, the plan at time says them. Taking it to supervision is part of the work, not a reason to leave his question unanswered. If the room promised “the same as the priest” at the start, this is where that promise costs, and a repair names it.",
  choices = spine("what-then", {
    { "Nobody, from me. It stays between us, I promise.",
      kind = "fix", next = "reassured", own = "I promised you nobody would ever hear it",
      inner = "Between us. Good. Like confession.",
      why = "A promise that breaks the day it is needed: if the nights ever came closer, you could not keep it." },
    { "Nobody else today. It goes in your notes, and my letter to your GP will mention the nights, with no plan. You’ll get a copy.",
      kind = "attune_boundary", next = "own-body",
      inner = "A copy. Not behind my back. This holds.",
      why = "You told him exactly what happens to what he said, including the routine letter, and nothing behind his back." },
    { "That depends on the risk policy. I’ll have to ask my supervisor.",
      kind = "withdraw", next = "formal", own = "I hid behind the risk policy",
      inner = "Policy. Supervisor. So more people hear.",
      why = "Supervision is right; answering with the policy instead of with what you know left him hanging from the question he asked at the start." },
    { "I think I should ring Ania after this, so she can keep an eye on you.",
      kind = "rescue", next = "managed", own = "I said I’d ring Ania to keep an eye on you",
      inner = "No. She has enough. I told you, not her.",
      why = "Out of worry you took his story to his wife, over his head and out of proportion to what he told you." },
    { "I said it was like the priest, and it isn’t quite. Nobody else today, but my letter to your GP will mention the nights. You’ll get a copy.",
      kind = "repair", repairs = "priest", next = "own-body", id = "what-then.priest",
      when = function(s) return s.open_at("priest") end,
      inner = "Not like the priest. But straight, now.",
      why = "You named the promise you could not keep, and gave him the true edges at the moment they mattered." },
    { "Nobody else today. Your GP’s letter will say it, and you’ll see it. On a bad night: GP, NHS 111, Samaritans.",
      kind = "attune_boundary", next = "own-body", set = { routes_given = true },
      inner = "A card. Three numbers. In the wallet, behind the boys.",
      why = "You answered him plainly and gave him routes for the nights that do not depend on you." },
  }),
}

------------------------------------------------------------------------------
-- His own body
------------------------------------------------------------------------------

beat "own-body" {
  say = { tomasz = "Strange. When I talk about him, the chest goes tight. Like my first day on a scaffold, at eighteen. I never noticed. I only noticed I was shouting at the boys." },
  cue = "He lays a flat hand on his breastbone, more curious than embarrassed.",
  reflect = "He noticed his own body for the first time. What helps a client keep noticing, rather than handing it to you to explain?",
  note = "The aim of the work, arriving early: self-attunement. He notices a sensation and links it himself. Explaining it (a stress response), fixing it (a breathing exercise) or praising it takes it off him. The attuned answers follow his noticing at his pace and leave it his.",
  choices = spine("own-body", {
    { "That’s your stress response: the adrenaline from that day is still in your system.",
      kind = "fix", next = "advised", own = "I explained your chest to you", set = { body_miss = "explain" },
      inner = "Adrenaline. Like the leaflet.",
      why = "True, and it explained his chest before he had finished finding it." },
    { "Stay with it a moment, if you like. What’s it like in there now?",
      kind = "attune", next = "tears",
      inner = "Like a strap. Pulled tight. I never felt it before.",
      why = "You followed his own noticing at his pace and asked only for more of it." },
    { "Brilliant. That’s real progress.",
      kind = "fix", next = "reassured", own = "I praised your noticing while you were in it",
      inner = "Brilliant. A gold star.",
      why = "Praise graded what he was in the middle of and turned it into a good answer for you." },
    { "Like the first day up, at eighteen.",
      kind = "attune", next = "tears",
      inner = "Eighteen. My uncle holding the ladder. Frightened and proud.",
      why = "You gave him his own link back and let him go on with it." },
    { "Let’s try some slow breathing: in for four, out for six.",
      kind = "fix", next = "advised", own = "I gave you an exercise just as you found the feeling", set = { body_miss = "breathe" },
      inner = "In four, out six. Like the app Ania put on my phone.",
      why = "A good technique at the wrong moment: it aimed to stop the signal before he had listened to it." },
  }),
}

beat "tears" {
  face = "crying",
  say = "Tomasz’s eyes fill. He turns to the window and holds very still, the way he would hold a ladder steady for someone else.",
  cue = "His shoulders move once. He doesn’t reach for the tissues, and he doesn’t leave.",
  reflect = "What does your body want to do when a proud man cries in front of you?",
  note = "Soothing words and “it’s good to cry” both tell him how to feel; looking down at your notes to give him privacy leaves him alone; your own tears make him stop to look after you. The attuned answers keep him company and let it run its course; one tells him how much time there is, a fact he can lean on.",
  choices = spine("tears", {
    { "It’s alright. Let it out. It’s good to cry.",
      kind = "fix", next = "reassured", own = "I told you how to cry",
      inner = "Let it out. Now it is an exercise.",
      why = "Soothing words with an instruction inside: the aim was to manage his crying, not to keep him company in it." },
    { "(Leave the tissues within reach. Stay still, and let the quiet hold you both.)",
      kind = "attune", next = "time", face = "crying",
      inner = "They stay. They don’t fuss.",
      why = "Calm company let it run its course: he was not alone with it, and not managed." },
    { "(Pass him the tissues, then look down at your notes to give him some privacy.)",
      kind = "withdraw", next = "formal", own = "I looked down at my notes while you cried",
      inner = "They look away. Good. Quick, finish.",
      why = "Meant as privacy, it made you an onlooker: he cried alone, and hurried." },
    { "(Your own eyes sting.) Oh, Tomasz. I’m sorry. It’s just so sad.",
      kind = "enmesh", next = "minding", own = "my own feelings got loud, and you ended up minding me",
      inner = "Now they cry. I must stop.",
      why = "Being moved is human; letting it fill the room made him stop his own tears to look after yours." },
    { "There’s time. A quarter of an hour yet, and nothing you have to do with it.",
      kind = "attune", next = "time",
      inner = "Nothing to do. First time in three months.",
      why = "A plain fact about the hour gave him room, without asking him to stop or to go on." },
  }),
}

------------------------------------------------------------------------------
-- The end of the hour
------------------------------------------------------------------------------

local function late_repair(beat, next, lead, tail)
  return { function(s) return lead .. owned(s) .. tail end,
    kind = "repair", next = next, id = beat .. ".late", when = late_open,
    inner = "They remember. They say it plain.",
    why = "You named the particular miss in a line, owned it and turned back to him: a late [[repair]], and it still counts." }
end

beat "time" {
  say = { tomasz = function(s)
    local q = "How many times do I come? When can I go back up? The company phones every week."
    if s.seen("polite") then return "So. We finish. " .. q end
    return "Is that the clock? Already. So. " .. q
  end },
  cue = "He reaches for his jacket, but waits for the answer.",
  reflect = "What can you promise at the end of a first session, and what only sounds like a promise?",
  note = "Ending on time, with a clear next step, is part of the care. A date for going back up is a promise nobody can keep (fixing); “as many as you need” and writing to his employer take over (rescuing); the session count read off like a policy is withdrawing. The attuned answers give what can be kept: how often, roughly how long, when you will review it together, and that going back up is not the therapist’s to date: it is his, with his GP (a man sleeping four hours a night works at height; fitness for work is the GP’s and occupational health’s question, not a therapy target). If he has told you about the nights and nobody has yet said where to turn on a bad one, the plan says it. If the risk question has never been asked plainly, this is its last good moment: before the plan, not at the door.",
  choices = spine("time", {
    { "You’ll be back up by Christmas, I’d say. Most people are.",
      kind = "fix", next = "ania", own = "I promised you’d be back up by Christmas",
      inner = "Christmas. And if not, then what is wrong with me?",
      why = "A date nobody can promise: it sets him a test, and he may fail it." },
    { function(s)
        local t = "Every Wednesday at nine, about twelve times, and we review it together halfway. Your GP gets a short letter. "
        if s.vars.asked_risk and not s.vars.routes_given then
          return t .. "Going back up is for you and your GP. And on a bad night: GP, NHS 111, Samaritans."
        end
        return t .. "When you go back up is for you and your GP, not me."
      end,
      kind = "attune_boundary", next = "ania",
      inner = "Wednesday, nine. No date. Honest.",
      why = "You gave him what can be kept (how often, how long, when you review it together) and kept a date for going back up out of your hands: it is his, with his GP. If he had told you about the nights, you also said where to turn on a bad one." },
    { "As many as you need. And I’ll write to the company so they stop rushing you.",
      kind = "rescue", next = "ania", own = "I offered you endless sessions and a letter to your firm",
      inner = "They will talk to the company for me. Like for a child.",
      why = "Generous, and it cannot be kept, and it took his dealings with his own employer out of his hands." },
    { "The service offers up to twelve sessions. Admin will send you the dates.",
      kind = "withdraw", next = "ania", own = "I read you the service’s rules as the hour ended",
      inner = "A letter. Like the council.",
      why = "The right facts, handed over like a policy: the end of the hour became paperwork." },
    { "Before we plan: I went past it earlier. When you’re awake at three, do you think about ending your life?",
      kind = "repair", repairs = { "nights", "not-asked" }, next = "late-ask", id = "time.ask",
      when = risk_unasked, set = { asked_risk = true },
      inner = "They came back for it. At the end, but they came.",
      why = "The last good moment, and you took it: you owned letting it go by and asked plainly, before the plan." },
    { function(s)
        if s.seen("three-am") then return "Before we plan, one thing I should have asked: at three, do you think about ending your life?" end
        return "Before we plan, one thing I should have asked: when the nights are bad, do you think about ending your life?"
      end,
      kind = "attune_boundary", next = "late-ask", id = "time.ask-plain",
      when = function(s) return not s.vars.asked_risk and not risk_unasked(s) end, set = { asked_risk = true },
      inner = "They ask it straight. Late, but straight.",
      why = "Late, and still in time: you asked plainly about risk before the plan for next week." },
    late_repair("time", "ania", "Before we plan: earlier ", ". That was mine, and I don’t want you taking it home."),
  }),
}

beat "late-ask" {
  say = { tomasz = "Thoughts, yes. At three o’clock, sometimes, it would be easier not to wake up. To do something, no: Ania, the boys. And for me it is a sin. No plan." },
  cue = "He says it with his jacket half on, then looks up to see what you will do with it.",
  note = "The risk question asked late, and answered: passive thoughts, no plan, clear reasons to live. Calm thanks, what happens to what he said, and a route for a bad night are the attuned answers. In practice, with so little time left, you would also follow your service’s risk procedure and record it.",
  choices = {
    { "Good. That’s a relief.",
      kind = "fix", next = "ania",
      inner = "A relief. For them.",
      why = "Your relief closed the subject before he felt heard." },
    { "Thank you for telling me. It goes in your notes and my letter to your GP; you’ll get a copy. On a bad night: GP, NHS 111, Samaritans.",
      kind = "attune_boundary", next = "ania", set = { routes_given = true },
      inner = "A card. Straight.",
      why = "You received it calmly, told him what happens to it, and gave him routes for the nights." },
    { "I could ring you each evening this week, just to check you’re alright.",
      kind = "rescue", next = "ania",
      inner = "Every evening. So they think I can’t last a day.",
      why = "Out of worry you offered to carry his nights for him, which you cannot keep up and which tells him he cannot manage." },
    { "I’m glad you could tell me. Thank you.",
      kind = "attune", next = "ania",
      inner = "Glad. It’s said.",
      why = "You took it in without flinching and let him know it was welcome. What happens to it, and where he can turn on a bad night, still need saying before he goes." },
  },
}

beat "ania" {
  say = { tomasz = "Ania will ask me how it was. She is waiting in the car park. She booked this, so she wants a report." },
  cue = function(s)
    if s.open_ruptures == 0 then return "He almost smiles, and turns the car keys over once in his hand." end
    return "He turns the car keys over once in his hand, not quite looking at you."
  end,
  note = "Whose story is it to tell? Telling him what to say, offering to speak to Ania, or leaving him coldly to it are all ordinary at the end of an hour. The attuned answers leave it his.",
  choices = spine("ania", {
    { "Tell her it went really well. You did brilliantly today.",
      kind = "fix", next = "door", own = "I told you what to tell Ania",
      inner = "Brilliantly. So I passed.",
      why = "Praise at the end graded his hour and handed him the words for his wife." },
    { "What would you want to tell her?",
      kind = "attune", next = "door",
      inner = "What do I want? That it was strange. Not like I thought.",
      why = "You left his story his to tell, and asked." },
    { "Shall I pop out and have a quick word with her? I could explain how it works, so she knows what to expect from here on.",
      kind = "rescue", next = "door", own = "I offered to go and explain you to Ania",
      inner = "They will explain me. Like a teacher to the mother.",
      why = "Helpful-sounding, and it took over what is his to tell, as if he could not." },
    { "(Already writing up your notes.) That’s up to you. What you share is your own business.",
      kind = "withdraw", next = "door", own = "I left you to it when you asked about Ania",
      inner = "My business. Alone again.",
      why = "True, and said to your notes it left him on his own with a question he had brought to you." },
    { "(Let him hold the question a moment. He may already know.)",
      kind = "attune", next = "door",
      inner = "Quiet. I know what I tell her. Strange.",
      why = "You gave him room to find his own answer, without filling it." },
    late_repair("ania", "door", "Before you go: earlier ", ". That wasn’t what you needed."),
  }),
}

local function first_time_at_door(s) return not s.seen("doorway") end

beat "door" {
  say = { tomasz = function(s)
    if s.seen("doorway") then return "OK. Wednesday." end
    return "Wednesday, nine o’clock. OK. I will come. …Probably."
  end },
  cue = function(s)
    if s.seen("doorway") then return "He has come back to the door, jacket zipped, keys in his hand." end
    if s.open_ruptures == 0 then
      return "At the door, jacket zipped, he says ‘probably’ with half a smile, and watches to see what you will do with it."
    end
    return "At the door, jacket zipped, he says ‘probably’ to the handle, and waits to see what you will do with it."
  end,
  reflect = "“Probably.” What do the last words of a first session need to carry?",
  note = "A fact the therapist can keep (“Wednesday at nine, I’ll be here”) is not a promise. A direct line “any time, day or night” is the rescue most often offered at a door, and it cannot be kept. Cheering (“you’ll definitely come”) argues with his “probably”. He started the joke; meeting it lightly is attuned. A miss here leads to a last moment at the fire door, where it can still be mended.",
  choices = spine("door", {
    { "Oh, you’ll definitely come, I can tell. You’ve done so well today, and I think you’ll surprise yourself.",
      kind = "fix", next = "doorway", own = "I argued with your ‘probably’",
      when = first_time_at_door,
      inner = "Definitely. So now I must.",
      why = "Cheering argued with his “probably” and made coming back a test to pass." },
    { "Wednesday at nine. I’ll be here. Probably is allowed.",
      kind = "attune_boundary", next = to_ending(),
      inner = "Allowed. Then probably I come.",
      why = "A fact you can keep, and room for his doubt: a limit that holds without pushing him." },
    { "Here’s my direct number. Ring me any time, day or night, if it gets bad before Wednesday. I mean that.",
      kind = "rescue", next = "doorway", own = "I offered you my number day and night, which I can’t keep",
      when = first_time_at_door,
      inner = "Any time. They think I can’t last a week.",
      why = "An offer nobody can keep, made out of worry, in place of the routes that do not depend on one person." },
    { "I’ll take probably. Wednesday, nine o’clock.",
      kind = "attune", next = to_ending(),
      inner = "They laugh with me. Not at me.",
      why = "He started the joke; you met it lightly and gave him the time to hold." },
    { "(Stand up and open the door for him.) Take care, then.",
      kind = "withdraw", next = "doorway", own = "I saw you out without an answer to your ‘probably’",
      when = first_time_at_door,
      inner = "Out. Finished. Like the GP.",
      why = "A polite goodbye that stepped round what he had just said." },
    late_repair("door", to_ending(), "Wednesday at nine. Earlier ", "; that wasn’t right."),
  }),
}

beat "doorway" {
  state = "shutdown",
  say = { tomasz = "OK. Goodbye." },
  cue = "He is halfway down the corridor before the door closes. At the fire door he stops, one hand on the bar, and doesn’t push.",
  reflect = "He stopped at the fire door. What was he waiting for?",
  note = "The last chance in the hour. A repair at the door is short: it names the answer that missed and gives him the plain one. The gentle goodbye is attuned and leaves the miss unnamed.",
  choices = {
    { function(s)
        if s.seen("three-am") then
          return "Try to get some sleep this week, won’t you? And maybe give the kitchen a miss at three o’clock, just for once."
        end
        return "Try to get some sleep this week, won’t you? Early nights, and no screens before bed."
      end,
      kind = "fix", next = "door",
      inner = "Advice in the corridor. Still no answer.",
      why = "Kind advice down the corridor, while his “probably” still hung there." },
    { function(s)
        return cap(s.vars.miss_door or "I answered something else at the door") .. ". Plainly, then: Wednesday at nine, and I’ll be here."
      end,
      kind = "repair", next = to_ending(), id = "doorway.repair",
      inner = "They heard. Plain. Now I go.",
      why = "You named the answer that missed, in one line, and gave him the plain one." },
    { "Mind the step by the lift; it catches everybody.",
      kind = "dismiss", next = "door",
      inner = "The step. OK.",
      why = "A practical kindness that changed the subject just as he stopped to hear something else." },
    { function(s)
        if s.vars.name_asked or (s.vars.miss_name and not s.open_at("name")) then return "(Say his name once, the way he taught you, and let him turn round if he wants to.)" end
        return "(Say his name once, as near as you can to how he says it, and let him turn round if he wants to.)"
      end,
      kind = "attune", next = to_ending(), id = "doorway.name",
      inner = "My name. Right, this time. But they didn’t say.",
      why = "Gentle and present; it eases him, though the answer that missed him is still unnamed." },
  },
}

------------------------------------------------------------------------------
-- Ruptures and their repairs. Each shows what the miss did; his line follows
-- the beat where it happened (s.last_open).
------------------------------------------------------------------------------

local REASSURED_SAY = {
  name = "Thank you. After eighteen years, I hope so.",
  frame = "Just a chat. With a clipboard.",
  priest = "Good. Like confession. OK.",
  crazy = "Normal. For English people, maybe.",
  want = "A few weeks. We will see.",
  alive = "Maybe. The doctors say maybe. Everybody says maybe.",
  mother = "Yes. I looked after him. Five years. And then one day I didn’t.",
  everyone = "Yes. You also. Everybody.",
  ["up-there"] = "Proud. Yes. Of twenty-eight years and one Monday.",
  ["the-clip"] = "Yes. Nobody could know. I know this sentence.",
  ["what-then"] = "Good. Between us.",
  ["own-body"] = "Brilliant. OK. Thank you.",
  tears = "Yes. OK. It’s out now. Finished.",
}

beat "reassured" {
  state = "activated",
  say = { tomasz = by_miss(REASSURED_SAY, "Maybe. You have to say this. It’s your job.") },
  cue = function(s)
    if s.last_open == "priest" or s.last_open == "what-then" then
      return "He nods and sits back a little. He has taken you at your word."
    end
    return "He shrugs, polite, and his eyes go to the window. Whatever had started to open in his face has closed again."
  end,
  reflect = "What were you hoping your comfort would do? What did it do?",
  note = "Reassurance, promises, praise and hope all try to close the feeling instead of hearing it. The repair names the particular comfort and turns back to what he was saying. After the promise that it is “the same as the priest”, he is pleased: the rupture is in what he now believes, and it will cost later (what-then). A grovelling apology is not a repair: it asks him to comfort you.",
  choices = {
    { "I mean it, though. Honestly, you’ll be fine, Tomasz.",
      kind = "fix", next = "gone-quiet",
      inner = "Fine. OK. I will be fine, then. For them.",
      why = "More comfort on top of comfort closed the door a little further." },
    { owning, kind = "repair", next = resume(), id = "reassured.repair",
      inner = "They take it back. I can say the real thing.",
      why = "You named the particular comfort you had reached for and came back to what he was telling you." },
    { "(Glance at your notes.) Okay. Let’s keep going.",
      kind = "withdraw", next = "gone-quiet",
      inner = "Going. OK. Like nothing.",
      why = "Moving on let the moment close over, and left him alone behind it." },
    { "Take your time. I’m not in a hurry.",
      kind = "attune", next = resume(),
      inner = "Quiet. They are not pushing.",
      why = "You stopped and waited, which eases him; the comfort that missed him is still unnamed, so it is not mended." },
    { "Sorry, that was a silly thing to say, wasn’t it? I always do that when I want someone to feel better. Please just ignore me.",
      kind = "enmesh", next = "gone-quiet",
      inner = "Now I must say it was not silly.",
      why = "A self-critical apology asked him to look after you; a repair would have been short and turned back to him." },
  },
}

local ADVISED_SAY = {
  crazy = "Polish culture. You have read about us.",
  ["the-sound"] = "Flashback. So now it has a name.",
  alive = "Grief. OK. If you say so.",
  mother = "Go back. Yes. I know I should go back. Everybody knows this.",
  forgiven = function(s)
    if s.vars.forgiven_miss == "cause" then return "My faith did not make him fall. It is mine. Please." end
    return "Forgive myself. The priest said this also. It’s not so easy as a sentence."
  end,
  ["up-there"] = "Control. Maybe. You know me half an hour.",
  ["any-day"] = "Exposure. The GP said this also. Step by step up the ladder.",
  ["three-am"] = "No phone, no screens. Yes. I read this also.",
  answer = "My faith is mine. It’s not a plan for you to build on.",
  ["own-body"] = function(s)
    if s.vars.body_miss == "breathe" then return "In four, out six. OK. Like the app Ania put on my phone." end
    return "Adrenaline. OK. So it is chemistry."
  end,
}

beat "advised" {
  state = "shutdown",
  say = { tomasz = by_miss(ADVISED_SAY, "OK. I will try this. What else?") },
  cue = "He nods like a man being handed a job sheet by the site manager. The softer thing in his face has gone.",
  reflect = "Why is it so hard not to explain, advise or interpret when a client is suffering? Whose discomfort does it ease?",
  note = "Advice, a method, a term from training, an interpretation, a translation of his word, his own faith used as a lever: the most respectable kinds of fixing. Each may be sound; each came before the feeling had been met, and he took it like an instruction. The repair names it and gives him the lead back.",
  choices = {
    { "(Write it on a card for him.) There. Something to try this week, and you can tell me on Wednesday how you got on.",
      kind = "fix", next = "gone-quiet",
      inner = "Homework. Another job sheet.",
      why = "Following up made the advice a task he must now report on." },
    { "How’s your appetite been, generally?",
      kind = "dismiss", next = "gone-quiet",
      inner = "Appetite. OK. Next box.",
      why = "A change of subject left the miss sitting there, unnamed." },
    { owning, kind = "repair", next = resume(), id = "advised.repair",
      inner = "They put their idea down. Mine, then.",
      why = "You named your own idea arriving first, put it down, and gave him back the lead." },
    { "Go on. What were you going to say?",
      kind = "attune", next = resume(),
      inner = "The pen is down. Maybe I say it.",
      why = "You made room again, which eases him; your idea still sits there unnamed, so it is not mended." },
    { "Sorry, I’m getting ahead of myself. It’s just that there’s so much I think could help you.",
      kind = "dismiss", next = "gone-quiet",
      inner = "They want to help. So I should be grateful.",
      why = "An apology that turned into a defence of your help: he now has to agree it was kind." },
  },
}

local CORNERED_SAY = {
  forgiven = "It’s from my mother. For my First Communion. It’s nothing.",
}
local CORNERED_CUE = {
  forgiven = "He lets go of the medal and tucks it inside his collar. The colour comes up in his face.",
}

beat "cornered" {
  state = "activated",
  say = { tomasz = by_miss(CORNERED_SAY, "Yes. My hands. Ania says this also. I know.") },
  cue = by_miss(CORNERED_CUE, "He takes his hands off his legs and pushes them into his jacket pockets. The colour comes up in his face."),
  reflect = "The observation was accurate. What made it a miss?",
  note = "Pace. What was said may have been true; the timing was not. Naming his body to prove a point (or looking at his medal until he had to explain it) took the pace away from him, and he hid what you had pointed at. “You’re completely safe here” keeps pushing, a defence of the observation argues, and moving on leaves it unnamed.",
  choices = {
    { "It’s okay, Tomasz. You’re completely safe in here.",
      kind = "fix", next = "gone-quiet",
      inner = "Safe. Then why do they watch my hands?",
      why = "Reassurance argued with his alarm instead of owning what set it off." },
    { owning, kind = "repair", next = resume(), id = "cornered.repair",
      inner = "They stopped watching. I can talk.",
      why = "You owned reading him out to himself, and went back to what he had been telling you." },
    { "Okay. Let’s move on, then.",
      kind = "withdraw", next = "gone-quiet",
      inner = "Move on. Hands in pockets. OK.",
      why = "Moving on left him hiding his hands and the push unnamed." },
    { "(Sit back a little, give him more room, and let him choose where to start again.)",
      kind = "attune", next = resume(),
      inner = "More room. Slowly.",
      why = "You gave the pace back, which eases him; the push itself is still unnamed, so it is not mended." },
    { "I only said it because I could see how hard you were working to hold it all together, and I didn’t want you doing that alone.",
      kind = "dismiss", next = "gone-quiet",
      inner = "They explain. I should be grateful.",
      why = "Explaining your good reasons defended the observation instead of hearing how it landed." },
  },
}

local FORMAL_SAY = {
  frame = "More than half the days. Next question.",
  priest = "OK. I will read the leaflet.",
  want = "Ten. Both ten. Next.",
  marek = "The ninth of June. A Monday. Ten past eleven. You want the weather also?",
  everyone = "Not clipped on. The company has new rules now. It is all in the report.",
  ["sized-up"] = "No. It’s OK. I am here now. Let’s finish.",
  ["the-clip"] = "Sorry. Always the same story. You have other questions, I think.",
  ["three-am"] = "Every night. Seven. Write seven.",
  ["what-then"] = "Your supervisor. So somebody else also hears.",
  tears = "Sorry. I’m finished. Go on.",
}

beat "formal" {
  state = "shutdown",
  say = { tomasz = by_miss(FORMAL_SAY, "Yes. OK. Next question.") },
  cue = "He sits up straight with his hands on his knees and answers the way he answers at the doctor’s: short, correct, finished.",
  reflect = "When does a form, a policy or the clock protect the client, and when does it protect us?",
  note = "Withdrawing rarely feels cold from inside; it feels tidy and correct. Ask what the therapist was feeling just before it (the hurry, the heat, the heaviness). A grovelling apology is not a repair: it asks him to look after you.",
  choices = {
    { "Oh no, I’m sorry, that was so cold of me. I’m rubbish first thing in the morning, I really am. Please don’t take it personally.",
      kind = "enmesh", next = "gone-quiet",
      inner = "Now I say it’s OK. Of course.",
      why = "A long apology about yourself made him mind your feelings, not what he lost when you went cold." },
    { "Great. Moving on, then.",
      kind = "withdraw", next = "gone-quiet",
      inner = "Next. Finished. OK.",
      why = "Carrying on as if nothing had happened left him alone with it." },
    { owning, kind = "repair", next = resume(), id = "formal.repair",
      inner = "They came back. It was not me, being difficult.",
      why = "You named your stepping back, without excuses, and came back to him in plain words." },
    { "(Put the clipboard on the floor, and turn your chair a little towards him.)",
      kind = "attune", next = resume(),
      inner = "The clipboard is gone. Maybe they want to hear.",
      why = "You came back in person, which eases him; the stepping back is still unnamed, so it is not mended." },
    { "You’re doing really well with all this, you know.",
      kind = "fix", next = "gone-quiet",
      inner = "Doing well. At the forms.",
      why = "Praise papered over the chill instead of naming it." },
  },
}

local BRUSHED_SAY = {
  name = "Tommy. Like on the site.",
  priest = "Routine. OK.",
  crazy = "Two thousand and seven. Polish at home, yes. Catholic, yes. What else?",
  want = "Feelings. If you say so.",
  ["the-sound"] = "No. I didn’t see. Only I hear it. Every night.",
  alive = "Yes. It could be worse. Everybody says.",
  forgiven = "We leave God outside, then. Practical.",
  ["sized-up"] = "OK. You know what you’re doing. Good.",
  ["up-there"] = "My uncle. It’s not important.",
  ["the-clip"] = "Sleep. Four hours.",
  ["any-day"] = "Rare. Yes. I know the numbers. I teach the young ones the numbers.",
  ["three-am"] = "Yes. Four hours is OK. I manage.",
}

beat "brushed" {
  state = "activated",
  say = { tomasz = by_miss(BRUSHED_SAY, "OK. Not important.") },
  cue = "He shrugs and looks at the clock on the wall. Whatever he was about to say has gone back in.",
  reflect = "What did your answer make smaller, and why might it have felt necessary at the time?",
  note = "Moving past, minimising, lecturing, defending yourself, leaving his faith outside: each made something smaller. The repair names what was made small and goes back to it.",
  choices = {
    { "Great. So, where were we?",
      kind = "dismiss", next = "gone-quiet",
      inner = "Where were we. Nowhere. OK.",
      why = "Going on as if nothing had happened accepted his shrug as the end of it." },
    { owning, kind = "repair", next = resume(), id = "brushed.repair",
      inner = "They noticed. I try again.",
      why = "You named what you had made small, plainly, and went back to it." },
    { "Don’t worry, we’ll get to everything today, I promise. There’s plenty of time, and nothing you say in here is unimportant.",
      kind = "fix", next = "gone-quiet",
      inner = "Everything. In fifty minutes. OK.",
      why = "A promise about the hour answered his shrug instead of what was under it." },
    { "Go on. I’m listening.",
      kind = "attune", next = resume(),
      inner = "Silence. Maybe they want the real thing.",
      why = "You made room, which eases him; what you made small is still unnamed, so it is not mended." },
    { "(Pick up the clipboard.) Let’s carry on with the questions.",
      kind = "withdraw", next = "gone-quiet",
      inner = "Questions. Easier. OK.",
      why = "Going to the form sealed over what had just been made small." },
  },
}

local MANAGED_SAY = {
  frame = "You fill them for me? OK. Maybe you know better what I feel.",
  marek = "I can talk. I am not made of glass.",
  ["any-day"] = "Not go back? I have a mortgage. I have two sons. This I decide, not you.",
  answer = "Ania? No. You can’t. I told you because you asked me.",
  ["what-then"] = "No. Please. She has enough. I told you, not her.",
}

beat "managed" {
  state = "activated",
  say = { tomasz = by_miss(MANAGED_SAY, "I am not a child. I can decide for myself.") },
  cue = "The colour comes up in his face. He sits straighter: a proud man who has just been handled.",
  reflect = "Where is the line between protecting a client and deciding for him?",
  note = "Rescuing feels generous and lands as “you can’t”. For a proud man it lands twice. The repair owns the takeover and hands the decision back; an offer to do more of it, or a defence of your good intentions, deepens it.",
  choices = {
    { "I’m only trying to help, Tomasz.",
      kind = "dismiss", next = "gone-quiet",
      inner = "Help. So I should say thank you.",
      why = "Defending your intentions argued with how it landed on him." },
    { owning, kind = "repair", next = resume(), id = "managed.repair",
      inner = "Mine to decide. Good.",
      why = "You owned the takeover and gave the decision back, which is its own kind of respect." },
    { "Of course. You decide. Where would you like to go from here?",
      kind = "attune", next = resume(),
      inner = "I decide. Better.",
      why = "You handed the choice back, which eases him; the takeover is still unnamed, so it is not mended." },
    { "(Reach for the phone.) Honestly, it’s no trouble at all. Let me take care of that side of it, and you concentrate on getting better.",
      kind = "rescue", next = "gone-quiet",
      inner = "Enough on my plate. Poor man. OK.",
      why = "More taking over deepened the message that he cannot manage his own life." },
    { "Sorry. I didn’t mean it like that at all. I feel awful now.",
      kind = "enmesh", next = "gone-quiet",
      inner = "Now I must make them feel better.",
      why = "Your bad feeling became the subject, and he had to look after it." },
  },
}

local MINDING_SAY = {
  name = "No, no, it’s OK. Really. Everybody says it wrong. Don’t worry.",
  ["the-sound"] = "Sorry. I shouldn’t tell you these things. It’s not nice to hear.",
  everyone = "No, no, they mean well. Ania means well. Don’t be angry with her.",
  ["sized-up"] = "A roofer? Then you know. Where did he work, your father?",
  ["the-clip"] = "Sorry. I go round and round. I am boring you.",
  answer = "Don’t worry. I won’t do anything. Really. Don’t worry.",
  tears = "Hey. Hey. Don’t. I’m OK. Look, I’m OK.",
}

beat "minding" {
  state = "shutdown",
  say = { tomasz = by_miss(MINDING_SAY, "Hey, it’s OK. Don’t worry about me.") },
  cue = "He is looking after you now, the way he would look after a new lad on his first morning up. His own face has closed.",
  reflect = "Whose feeling was in the room after your answer?",
  note = "The client has become the carer. Denying your reaction (“I’m fine, don’t worry about me”) closes the door he opened by noticing it: withdrawing. Owning it briefly, showing you are steady and giving him the hour back is the repair.",
  choices = {
    { "(Wave it away.) No, no, I’m fine! Don’t worry about me.",
      kind = "withdraw", next = "gone-quiet",
      inner = "Not fine. I saw. Now we both pretend.",
      why = "Denying what he had seen closed the door he had opened by caring." },
    { "Sorry. It’s just a lot to take in, that’s all, and I care about getting this right for you. Give me a second.",
      kind = "enmesh", next = "gone-quiet",
      inner = "I wait for them. My turn later.",
      why = "Staying in your own feeling left him minding you in his own hour." },
    { function(s) return cap(owned(s)) .. ". I’m steady now. " .. (TURN[s.last_open] or "") end,
      kind = "repair", next = resume(), id = "minding.repair",
      inner = "They are OK. I don’t have to carry them. Good.",
      why = "You owned letting your feeling take the room, showed you were steady, and gave him the hour back." },
    { "It’s your hour. Go on; I’m listening.",
      kind = "attune", next = resume(),
      inner = "My hour. They listen. I go on.",
      why = "You turned back to him, which eases him; what you put in the room is still unnamed, so it is not mended." },
  },
}

beat "leaflet" {
  state = "activated",
  say = { tomasz = "You say it like the leaflet. ‘A great deal of guilt.’ The GP gave me that leaflet. I read it." },
  cue = "He sits back and folds his arms. He is looking at the clipboard on your knee, not at you.",
  reflect = "He heard the form behind your words. How did he know?",
  note = "Correct words without presence. He is right, and the repair says so in a line, owns where the attention was, and gives him back the moment he had offered: the mother’s thanks. Defending the sentence, or apologising at length about your morning, keeps the attention on you. Compare the repair with the sentence that missed: the same length, and the therapist in it.",
  choices = {
    { "It wasn’t from a leaflet, Tomasz. I meant every word of it. Guilt is a very natural response to what happened.",
      kind = "dismiss", next = "gone-quiet",
      inner = "Natural. Page two of the leaflet.",
      why = "Defending the sentence argued with what he heard, and repeated the leaflet while doing it." },
    { "Sorry, sorry. That came out wrong. I’m all over the place this morning.",
      kind = "enmesh", next = "gone-quiet",
      inner = "Now I must say it’s OK.",
      why = "An apology about your morning asked him to forgive you and made your state the subject." },
    { "You heard it. Half of me was on the form. It’s face down now. She thanked you.",
      kind = "repair", repairs = "mother", next = resume(), id = "leaflet.repair",
      inner = "They admit it. Now they are here.",
      why = "You owned in one line where your attention had been, put the form away, and gave him back the moment he had offered." },
    { "Fair point. Shall we do the rest of the questions, then?",
      kind = "withdraw", next = "gone-quiet",
      inner = "So the form was first. I knew.",
      why = "Agreeing and going to the form confirmed what he had heard: the form came first." },
    { "(Put the clipboard on the floor and turn towards him.)",
      kind = "attune", next = resume(),
      inner = "The paper is gone. Maybe.",
      why = "You came back in person, which eases him; the sentence that missed him is still unnamed, so it is not mended." },
  },
}

beat "gone-quiet" {
  state = "shutdown",
  say = { tomasz = "It’s OK. Let’s do your questions. It’s easier." },
  cue = "He has gone very still. His hands lie flat on his knees and his eyes are on the floor. He looks more tired than when he came in.",
  reflect = "He asked for the forms. What might the forms protect him from, and what might they protect you from?",
  note = "Two misses in a row: the same rupture, deepened. He asks for the questionnaire because it is easier, and the pull to agree is strong. One honest repair that names the first miss can still bring him back; quiet company eases him without mending it.",
  choices = {
    { "(Pick up the clipboard.) Okay, if it’s easier. How often have you felt down or hopeless?",
      kind = "withdraw", next = "polite",
      inner = "Several days. Next. Nearly over.",
      why = "Agreeing to the form accepted the shutdown as the session." },
    { function(s) return cap(owned(s)) .. ". The questions can wait." end,
      kind = "repair", next = resume(), id = "gone-quiet.repair",
      inner = "They noticed it went wrong. It was not only me.",
      why = "You named the first miss plainly, put the questions down, and stayed." },
    { "Sure. Where were we?",
      kind = "dismiss", next = "polite",
      inner = "Where were we. OK. Somewhere safe.",
      why = "Going back to the agenda took the quiet as the end of it." },
    { "(Leave the forms where they are. Sit quietly with him, and let the stillness be.)",
      kind = "attune", next = resume(),
      inner = "Quiet is allowed. I can breathe a bit.",
      why = "You let the stillness be, which eases him; naming your miss would mend it." },
    { "You’re doing fine, honestly. Everybody finds the first session hard; it gets much easier once you know what to expect.",
      kind = "fix", next = "polite",
      inner = "Everyone. So I am everyone.",
      why = "Reassurance about first sessions answered the shutdown with a generality and left the miss where it was." },
  },
}

beat "polite" {
  state = "shutdown",
  say = { tomasz = "I think this is enough for today. I have what I need. Thank you, really. Very helpful." },
  cue = "He zips his jacket to the chin and looks at the door: polite, tidy, finished, like a job signed off.",
  reflect = "Nothing he says is rude. What has been lost?",
  note = "He is signing the session off early, politely. The late repair names where you lost him and asks to go back; everything else lets the hour close over.",
  choices = {
    { "Well, I’m glad it’s been helpful. You’ve done really well today, and next week we can pick up wherever you like.",
      kind = "fix", next = to_close(),
      inner = "Helpful. OK. Signed off.",
      why = "Accepting the polite version ended the search for the real one." },
    { function(s) return "I lost you when " .. owned(s) .. ". Can we go back?" end,
      kind = "repair", next = resume(), id = "polite.repair",
      inner = "They want to know. One more try.",
      why = "Late, but honest: you named where you lost him and asked to go back, leaving the door open." },
    { "(Stand up.) Okay. We can stop there.",
      kind = "withdraw", next = to_close(),
      inner = "Stop. Good. Finished.",
      why = "Closing early met his retreat with your own." },
    { "Great. Same time next week, then?",
      kind = "dismiss", next = to_close(),
      inner = "Same time. Same forms.",
      why = "Moving on to the diary took his “enough” at its word." },
  },
}

------------------------------------------------------------------------------
-- Endings (chosen by the rules: next = to_ending())
------------------------------------------------------------------------------

-- Every ending says so when the risk question was never asked plainly.
local function unasked(s)
  if s.vars.asked_risk then return "" end
  if s.seen("nights") then
    return " One question was never asked plainly: whether his “better me” goes as far as thoughts of ending his life. "
        .. "You ring him today to ask, and take it to supervision."
  end
  return " One question was never asked: how dark his nights get, and whether he has thoughts of ending his life. "
      .. "You ring him before Wednesday to ask, and take it to supervision."
end

ending "end-stronger" {
  face = "regulated",
  title = "Mended", verdict = "stronger",
  text = function(s)
    return "Today you missed him, and he felt it: he is a man who notices a loose fitting. Then you said so, plainly, "
        .. "and came back. No leaflet could have taught him this: in here a mistake can be named, and the thing still "
        .. "takes his weight. On Wednesday at five to nine he is in the waiting area, jacket open."
        .. unasked(s)
  end,
  reflect = "Which repair mattered most to him? What made it possible to say it without a long apology?",
  note = "Ask how a mended rupture compares with never missing at all. For a proud, careful man, seeing the therapist name a mistake plainly may be what makes the room safe. If the ending says the risk question was never asked, stay with that: in practice it cannot wait a week.",
}

ending "end-close" {
  face = "regulated",
  title = "Wednesday, nine o’clock", verdict = "connected",
  text = function(s)
    return "He told you about the sound, the thanks from Marek’s mother, the kitchen at three and the fear under the guilt. "
        .. "You asked him plainly about the nights and told him straight what happens to what he says. He noticed his own "
        .. "chest, and it was his to notice. Nothing is mended yet, and nothing between you was left open."
        .. unasked(s)
  end,
  reflect = "Where did you feel the pull to reassure, explain, advise or hurry? What helped you keep the pace?",
  note = "Draw out how the frame (time, confidentiality, the forms, the next step) and the attunement worked together rather than against each other, and how his own noticing came once nobody explained it for him.",
}

ending "end-forms" {
  face = "shutdown",
  title = "The forms are done", verdict = "other",
  when = function(s) return not s.seen("any-day") end,
  text = function(s)
    return "Tomasz shakes your hand at the door and thanks you politely. Every question on the form has an answer. What he "
        .. "carries never quite came into the room, and nor did the fear under it. He may come on Wednesday, to be polite. "
        .. "He may not."
        .. unasked(s)
  end,
  reflect = "Look back at the hurry, the heat and the heaviness in you. Which moment would you slow down at next time?",
  note = "Reached when the hour closed over before he found the fear under the guilt. The client was polite, the therapist was thorough, and the session stayed on the surface.",
}

ending "end-undecided" {
  face = "shutdown",
  title = "Probably", verdict = "other",
  text = function(s)
    local t
    if s.open_ruptures > 0 then
      t = "In the car park he says “probably” again, and means it. Some of today reached him; something that went "
          .. "wrong between you was never named, and a man who checks every fitting has noted it. The appointment "
          .. "letter goes on the fridge, under the magnet from Zakopane."
    else
      t = "In the car park he says “probably” again. Each time you lost him you came back and said so, but the hour "
          .. "kept slipping, and he is not yet sure this room can take his weight. The appointment letter goes on the "
          .. "fridge, under the magnet from Zakopane."
    end
    return t .. unasked(s)
  end,
  reflect = "Where did the hour slip? What one sentence could begin Wednesday’s session, if he comes?",
  note = "A first session that ends undecided is common. A repair is still possible next time (“I’ve been thinking about something I said last week”), and a service can make coming back easier: a reminder, a named person, a plain letter. If risk was never asked, that call comes first.",
}

ending "end-apart" {
  face = "shutdown",
  title = "Not for people like me", verdict = "disconnected",
  text = function(s)
    return "On Monday Ania leaves a message: Tomasz has decided it is not for him. Nothing you said was cruel. Together the "
        .. "answers told him what he came in half believing: that here too he would be a form, a type or a problem to fix, "
        .. "and that what he carries is his to carry alone."
        .. unasked(s)
  end,
  reflect = "Trace the first miss. What would a one-line repair have sounded like?",
  note = "Clients rarely say a therapist missed them; they stop coming. Discuss how a service follows up a first session that goes no further: ring Tomasz himself, not only Ania; leave the door open; write to his GP. He spoke of not wanting to wake up, or nearly did: that call cannot wait, all the more if the risk question was never asked.",
}
