-- SPDX-License-Identifier: CC-BY-4.0
-- SPDX-FileCopyrightText: 2026 The Attune contributors
-- I’m Fine: a fifteen-year-old, a group chat he isn’t in, and the drive home.
-- The player is Jonah’s parent.
--
-- Shape of the story
--   car:   pickup (cue) → pull-out (cue) → radio (cue) → the-chat → year-three →
--          confession → skip-school → slam (pressure, with a steady answer)
--   home:  [doorstep] → ivy-hall (cue) → door (cue) → [typing] (cue) → ask →
--          real-thing → ivy-charger (cue) → tomorrow → goodnight → endings
--   Each main beat offers one or two attuned answers among four to six; the
--   misses are what a loving, tired parent of a fifteen-year-old says (a
--   light question about his phone, sensible advice, a warm reassurance, a
--   flat “no”, a plan for Saturday). Two good answers shorten the evening
--   because the story needs it: following him straight in after the slam
--   means he is never stuck at the locked front door (doorstep, where the
--   steady breath and the slam’s misses lead); leaving his room with a
--   promise to knock after tea skips typing.
--   side beats, entered only by a miss, each offering the repair that names
--          it: cheered (pickup: chips, band), told-off, grilled (pickup);
--          dont-you-dare (pull-out: Nina); shut-window (pull-out, radio);
--          not-the-point (the-chat); your-story (the-chat);
--          just-a-den (year-three);
--          lecture (confession: telling-off, advice), email (confession);
--          day-off (skip-school); headphones (door); ghostwriter (typing);
--          old-wound (real-thing); exposed (ivy-charger)
--   misses with no side beat (skip-school but the day off, ivy-hall, ask,
--          real-thing but “old”, tomorrow) are mended by a late repair.
--   closing: goodnight’s misses lead to doorway, and its exits to landing,
--          so a miss is never the last word.
--   late repairs: one answer at doorstep, door, typing, ask, tomorrow,
--          goodnight, doorway and landing, shown while any earlier miss is
--          open. It names the most recent one in the parent’s words (OWN
--          below) and mends it; the next late repair can mend the one before.
--          The landing also offers owning a text sent to Nina.
--
-- Every answer that ends the story uses to_ending(): the shared rules pick
-- the ending by verdict. The special "other" ending, A day off, is chosen
-- when the parent let him skip school and never took it back.
--
-- Variables:
--   m_<beat>      which miss was chosen at a main beat (its answer id), so a
--                 repair can name it (set by noted, below)
--   day_off       the parent agreed he could skip school. Only taking it back
--                 mends that miss (day-off, tomorrow, goodnight, doorway,
--                 landing), and while it stands no other repair is offered
--                 (a deepened rupture could otherwise be mended with the day
--                 off still standing), so a play that keeps the day off ends
--                 "other" (A day off) or apart, never well.
--   went_behind   the parent offered to go to another parent behind his back
--                 (the landing’s cue remembers it)
--   texted_nina   the parent sent Nina a text from the landing
--   cheer_texted  the landing’s cheery text, offered once
--   last_text     which of those two texts was sent last ("nina", "cheer"), so
--                 the landing, shown again after it, says what came of it
--   stepped_out   the parent left his room after Ivy’s charger (and came back)

story { id = "im-fine", title = "I’m Fine",
        relationship = "parent-child", minutes = 15, start = "pickup",
        summary = "Thursday, after band practice. Jonah, 15, gets into the car, says he’s fine, "
               .. "and stares at a phone full of a plan he wasn’t asked to.",
        content_note = "A teenager left out by his friends: hurt, tears, swearing (not spelled out), "
                    .. "a slammed door, and a request to skip school.",
        you = "You are Jonah’s parent. His sister Ivy is nine; the dog, Pickle, is older than she is.",
        with = "jonah" }

character "jonah" { name = "Jonah", about = "your son, 15, bass player, Year 11",
  state = "shutdown",
  portraits = { regulated = "images/jonah-regulated.svg",
                activated = "images/jonah-activated.svg",
                shutdown  = "images/jonah-shutdown.svg",
                crying    = "images/jonah-crying.svg" } }

character "ivy" { name = "Ivy", about = "Jonah’s sister, 9",
  portraits = { regulated = "images/ivy-regulated.svg",
                activated = "images/ivy-activated.svg",
                shutdown  = "images/ivy-shutdown.svg",
                crying    = "images/ivy-crying.svg" } }

------------------------------------------------------------------------------
-- Helpers
------------------------------------------------------------------------------

-- The beats where a rupture can open, in the order a play meets them (a
-- side beat is entered by a miss, so a miss there deepens that rupture;
-- doorstep is also entered after a steady breath, so it is here too).
local MAIN = { "pickup", "pull-out", "radio", "the-chat", "year-three", "confession",
               "skip-school", "slam", "doorstep", "ivy-hall", "door", "typing", "ask",
               "real-thing", "ivy-charger", "tomorrow", "goodnight" }

local MISS = { fix = true, rescue = true, dismiss = true, enmesh = true, withdraw = true }

-- beat "x" (noted "x" { ... }): each miss of the beat also records which
-- miss it was (m_x = its answer id), for the repairs that name it.
local function noted(id)
  return function(t)
    for _, ch in ipairs(t.choices) do
      if MISS[ch.kind] then
        ch.set = ch.set or {}
        ch.set["m_" .. id] = ch.id
      end
    end
    return t
  end
end

-- What the parent says, later in the evening, to own each miss.
local OWN = {
  ["pickup.chips"]          = "In the car park I went on about chips and never asked about your day.",
  ["pickup.band"]           = "In the car park I chatted on about band when you’d only asked to go.",
  ["pickup.hello"]          = "In the car park I had a go about saying hello before you’d sat down.",
  ["pickup.panic"]          = "In the car park I panicked at you, and you had to deal with that.",
  ["pull-out.nina"]         = "In the car park I nearly marched over to Nina. That was never mine to sort.",
  ["pull-out.wave"]         = "In the car park I went on about Cal and Saturday while you were hiding.",
  ["pull-out.sunk"]         = "In the car park I told you how you were sitting, with them right there.",
  ["radio.listing"]         = "In the car I eyed your phone and asked who it was.",
  ["radio.busy"]            = "In the car I asked about your phone when you’d turned it face down.",
  ["radio.glovebox"]        = "In the car I told you to put your phone away when you’d asked for the radio.",
  ["the-chat.friends"]      = "When you told me about the chat, I slagged off your friends. They matter to you.",
  ["the-chat.story"]        = "When you told me about the chat, I made it about my old party.",
  ["the-chat.ask-cal"]      = "When you told me about the chat, I sent you off to sort it with Cal before I’d listened.",
  ["year-three.drift"]      = "When you told me about the den, I called eight years ‘drifting apart’.",
  ["year-three.laugh"]      = "When you told me about the den, I laughed, and you weren’t laughing.",
  ["confession.lecture"]    = "When you told me about lunch, I went straight into a telling-off.",
  ["confession.sorry-first"] = "When you told me about lunch, I went straight to what you should do about it.",
  ["confession.email"]      = "When you told me about lunch, I went to get you out of the detention.",
  ["skip-school.blown"]     = "When you asked about tomorrow, I said it’d blow over. It won’t, not by then.",
  ["skip-school.flat"]      = "When you asked about tomorrow, I said no and shut the whole thing down.",
  ["skip-school.dayoff"]    = "When you asked about tomorrow, I said yes to a day off without thinking.",
  ["slam.hard"]             = "When the door slammed, I said everything’s hard with you. That was my temper.",
  ["slam.tea"]              = "When the door slammed, I yelled that you needn’t bother with tea.",
  ["doorstep.apologise"]    = "At the front door I wanted an apology before anything else.",
  ["doorstep.silent"]       = "At the front door I let you in and walked off without a word.",
  ["ivy-hall.nightmare"]    = "Downstairs I called you a nightmare to Ivy, and you heard it.",
  ["ivy-hall.caught"]       = "Downstairs I called you out for listening on the landing.",
  ["ivy-hall.explain"]      = "Downstairs I told Ivy your business, and you heard me do it.",
  ["door.leave"]            = "When I came up, I took “fine” at its word and left you to it.",
  ["door.notes"]            = "When I came up, I used your playing as proof against you.",
  ["door.cinema"]           = "When I came up, I jumped in with plans for Saturday.",
  ["typing.help"]           = "Earlier I tried to take your message off you.",
  ["typing.advice"]         = "Earlier I told you to sleep on your message before I knew what you wanted to say.",
  ["typing.watching"]       = "Earlier I commented on your typing like I was marking it.",
  ["ask.script"]            = "When you asked what I’d say, I handed you a script.",
  ["ask.something"]         = "When you read me Cal’s message, I said at least he’d said sorry.",
  ["ask.phone"]             = "When you asked what I’d say, I tried to write it for you.",
  ["real-thing.forgot"]     = "When you said they decided, I told you they’d probably forgotten.",
  ["real-thing.old"]        = "When you said they decided, I made it about my old stuff.",
  ["real-thing.great-lad"]  = "When you said they decided, I rushed in with how great you are.",
  ["ivy-charger.teary"]     = "When Ivy came in, I told her you were teary.",
  ["ivy-charger.sort"]      = "When Ivy came in, I had you sort the charger when you needed a minute.",
  ["tomorrow.ring"]         = "Just now I said I’d ring Mr Adeyemi without asking you.",
  ["tomorrow.head-down"]    = "Just now I told you how to get through the meeting instead of listening.",
  ["goodnight.sides"]       = "Just now I had a go at Cal when you were trying to do the right thing.",
  ["goodnight.mean-it"]     = "Just now I lectured you about meaning your sorry, when you were trying to do the right thing.",
  ["goodnight.christmas"]   = "Just now I brushed it off as forgotten by Christmas.",
}

-- The main beat of the most recent miss still open. Only the newest open
-- rupture can deepen, and a side beat is only entered by a miss (its misses
-- deepen that rupture), so this beat is in the newest open rupture: the one
-- a late repair mends.
local function latest_open(s)
  for i = #MAIN, 1, -1 do
    local b = MAIN[i]
    if s.vars["m_" .. b] and s.open_at(b) then return b end
  end
  return nil
end

-- The late repair at `site`: one answer, shown while a miss at an earlier
-- main beat is open (and not while the day off stands: only taking that back
-- mends it). It names the most recent open miss in the parent’s words (OWN,
-- chosen by the m_<beat> variable), mends the rupture that holds it (the
-- newest open one: `repairs` lists every earlier main beat), and turns back
-- to him. `extra`, if given, must also hold. Put it last in a beat’s choices.
local function late(site, next, before, after, inner, why, extra)
  local beats, earlier = {}, {}
  for _, b in ipairs(MAIN) do
    if b == site then break end
    beats[#beats + 1] = b
    earlier[b] = true
  end
  return { function(s)
      local b = latest_open(s)
      return before .. (OWN[b and s.vars["m_" .. b] or ""] or "I got that wrong earlier.") .. after
    end,
    kind = "repair", id = site .. ".own-up", next = next, repairs = beats,
    when = function(s)
      local b = latest_open(s)
      return b ~= nil and earlier[b] == true and not s.vars.day_off and (extra == nil or extra(s))
    end,
    inner = inner, why = why }
end

-- When a side beat’s repair is offered: while the miss it names is open, and
-- not while the day off stands.
local function mending(beat_id, extra)
  return function(s)
    return s.open_at(beat_id) and not s.vars.day_off and (extra == nil or extra(s))
  end
end

local function was(beat_id, answer)
  return function(s) return s.vars["m_" .. beat_id] == answer end
end

local day_off = function(s) return s.vars.day_off == true end

------------------------------------------------------------------------------
-- The car park
------------------------------------------------------------------------------

beat "pickup" (noted "pickup" {
  background = "images/car-evening.svg", music = "drive", state = "shutdown", cue_only = true,
  say = { jonah = "Yeah. Fine. Can we go?" },
  cue = "He drops into the seat with his bass case jammed between his knees. Hood up. One earbud in, nothing playing.",
  reflect = "He said “fine”. What else in the car told you how he was?",
  note = "A cue beat: the words say fine; the hood and the silent earbud say “not yet”. The answers that land let him be, without believing the “fine” or prising it open. Asking how band went is the tempting one: it sounds interested, and it takes the “fine” at its word.",
  choices = {
    { "Fine? It’s nearly Friday! Chippy tea tonight, that’ll sort you out.",
      kind = "fix", next = "cheered", id = "pickup.chips",
      inner = "Chips. Wow. That’ll fix everything.",
      why = "Cheering him up came before anyone knew what was wrong, so his mood became something to get rid of." },
    { "(Nod. Start the engine. Leave the radio off.)",
      kind = "attune", next = "pull-out", id = "pickup.nod",
      inner = "No questions. Good.",
      why = "A nod and a quiet car answered what he showed you, not what he said." },
    { "Oh no. What’s happened? Is it school? Tell me, or I’ll only worry more.",
      kind = "enmesh", next = "grilled", id = "pickup.panic",
      inner = "Great, now they’re panicking. Can’t tell them anything now.",
      why = "Your worry arrived bigger than his, and “or I’ll only worry more” made settling you his job before he could feel anything himself." },
    { "Good. How was band, then? Did you get that bass line sorted in the new piece?",
      kind = "dismiss", next = "cheered", id = "pickup.band",
      inner = "Band. Sure. Let’s talk about band.",
      why = "Taking “fine” at its word and chatting about band sounded interested, and went straight past the hood and the silent earbud." },
    { "Hello first, please. I’m not a taxi.",
      kind = "dismiss", next = "told-off", id = "pickup.hello",
      inner = "Manners. That’s what matters today. Cool.",
      why = "A hello matters, but asking for it now made his mood the problem instead of whatever caused it." },
    { "Hi. Belt on and we’ll go. You don’t have to talk.",
      kind = "attune_boundary", next = "pull-out", id = "pickup.belt",
      inner = "Belt. Fine. And no talking. Fine.",
      why = "You kept an ordinary rule and made the quiet his: warmth and a small limit together." },
  },
})

beat "cheered" {
  face = "shutdown",
  state = "activated",
  say = { jonah = "I said I’m fine. God. Can you just drive?" },
  cue = "He pushes the second earbud in, hard, and turns to the window.",
  choices = {
    { "All right, no need to bite my head off. I was only being nice.",
      kind = "dismiss", next = "pull-out", id = "cheered.defend",
      inner = "So now I’m the one being mean. Brilliant.",
      why = "Defending your kindness turned his mood into something he had done to you." },
    { "Sorry, sorry. I never know what to say to you these days. I’m rubbish at this.",
      kind = "enmesh", next = "pull-out", id = "cheered.grovel",
      inner = "Now I have to tell them they’re not rubbish. Great.",
      why = "A grovelling sorry asks him to comfort you: the moment becomes about how you’re doing as a parent." },
    { "I went straight to chips and never asked how you were.",
      kind = "repair", repairs = "pickup", next = "pull-out", id = "cheered.repair",
      when = mending("pickup", was("pickup", "pickup.chips")),
      inner = "Huh. They clocked it. Okay.",
      why = "You named the rush to cheer him in one line and gave him back the quiet he asked for." },
    { "You asked to go, and I chatted on about band. Driving now.",
      kind = "repair", repairs = "pickup", next = "pull-out", id = "cheered.repair-band",
      when = mending("pickup", was("pickup", "pickup.band")),
      inner = "They heard the “can we go”. Finally.",
      why = "You named chatting past what he had asked for, in a line, and did what he asked." },
    { "(Say nothing more. Start the engine.)",
      kind = "attune", next = "pull-out", id = "cheered.quiet",
      inner = "Quiet. Good.",
      why = "You stopped and gave him quiet. It eases things, though what you said first hasn’t been named." },
  },
}

beat "told-off" {
  state = "shutdown",
  say = { jonah = "Hello. Happy now?" },
  cue = "He shoves the hood back. His face is blank, but his ears have gone red.",
  choices = {
    { "(Start the engine without another word, or a look at him.)",
      kind = "withdraw", next = "pull-out", id = "told-off.silent",
      inner = "Cool. So we’re both angry now.",
      why = "A cold silence after a telling-off is not the same as a quiet car: it left him alone with whatever he brought into the car." },
    { "Thanks. Looks like today’s been a lot. We don’t have to talk.",
      kind = "attune_boundary", next = "pull-out", id = "told-off.both",
      inner = "Still had to say hello. But they saw the rest.",
      why = "You kept the small standard and met the red ears: warmth and a limit together. The telling-off itself is still unnamed." },
    { "Less of the attitude, please. A hello when you get in the car isn’t much to ask for.",
      kind = "dismiss", next = "pull-out", id = "told-off.attitude",
      inner = "Right. I’m the problem. Noted.",
      why = "Defending what you asked for made the argument about tone; his red ears went unanswered." },
    { "I had a go at you before you’d even sat down. Sorry. Home?",
      kind = "repair", repairs = "pickup", next = "pull-out", id = "told-off.repair",
      inner = "Oh. They know that was harsh.",
      why = "You owned the telling-off in a line, without a speech, and turned back to getting him home." },
  },
}

beat "grilled" {
  state = "activated",
  say = { jonah = "Nobody’s done anything. Why are you being so weird? Stop interrogating me." },
  cue = "His hand has gone to the door handle, though the car hasn’t moved.",
  choices = {
    { "(Nod at the door handle.) “That’s not nothing, love. Talk to me.”",
      kind = "fix", next = "pull-out", id = "grilled.handle",
      inner = "Now I’m being watched as well. Great.",
      why = "Pointing at the door handle to prove he isn’t fine corners him. It was true, and far too soon." },
    { "I panicked at you. That’s my worry to sort, not yours. I’ll drive.",
      kind = "repair", repairs = "pickup", next = "pull-out", id = "grilled.repair",
      inner = "They’re taking their panic back. I can breathe.",
      why = "You named your panic as yours, took it back, and left him room." },
    { "I’m your parent, I’m allowed to worry! If something’s wrong, you tell me.",
      kind = "enmesh", next = "pull-out", id = "grilled.allowed",
      inner = "So now I’ve got their worry to carry too.",
      why = "Your worry is real, but demanding he settle it made him responsible for you." },
    { "(Start the car. Say nothing for a bit.)",
      kind = "attune", next = "pull-out", id = "grilled.space",
      inner = "Not chasing me. Okay.",
      why = "You gave him space without a word. It helps, though the panic at the start is still unnamed." },
  },
}

beat "pull-out" (noted "pull-out" {
  face = "shutdown",
  cue_only = true,
  say = { jonah = "Can you just go. Please." },
  cue = "Two spaces down, his friends Cal and Sami are laughing by the car of Cal’s mum, Nina. Jonah slides lower and tugs his hood forward.",
  reflect = "He only asked you to drive. What told you more than his words did?",
  note = "A cue beat: the answers that land respond to what he does when he sees his friends, without making him explain it. Telling him how he has sunk in his seat is true and kindly meant, and it corners him with his friends in sight. Going over to Cal’s mum is the first pull to sort his friendships for him; see the note at the next beat.",
  choices = {
    { "There’s Nina, Cal’s mum. I’ll nip over and ask what’s going on with the boys.",
      kind = "rescue", next = "dont-you-dare", id = "pull-out.nina", set = { went_behind = true },
      inner = "NO. Oh my god. That would be the worst thing ever.",
      why = "Sorting it with another parent takes over something that belongs to him, and shames him in public." },
    { "Going.",
      kind = "attune", next = "radio", id = "pull-out.going",
      inner = "Good. Go. Go go go.",
      why = "One word and a quick getaway: you took the hint his body gave and asked nothing." },
    { "You’ve gone right down in your seat since you saw them. Has something happened with Cal?",
      kind = "fix", next = "shut-window", id = "pull-out.sunk",
      inner = "Can they not. They’re RIGHT THERE.",
      why = "True, and kindly meant, but naming how he had sunk out of sight, with his friends two spaces away, made him explain what he was hiding." },
    { "There’s Cal! Give him a wave. Are you two still on for Saturday?",
      kind = "dismiss", next = "shut-window", id = "pull-out.wave",
      inner = "Saturday. The thing I’m not invited to.",
      why = "Cheerful chat about his friends went straight past the way he sank out of sight." },
    { "(Pull straight out. Take the back way, away from them.)",
      kind = "attune", next = "radio", id = "pull-out.back-way",
      inner = "They didn’t even ask. Just went. Okay.",
      why = "You answered what he did, not what he said, and got him away without making him explain." },
  },
})

beat "dont-you-dare" {
  state = "activated",
  say = { jonah = "Don’t you DARE go over there. Are you serious? Everyone would see. Just drive." },
  cue = "He’s grabbed your sleeve. His face has gone white, then blotchy.",
  reflect = "Where is the line between standing up for your child and taking his problem off him?",
  note = "Going to another parent is right when there is bullying, a threat or a safety worry, or when he asks for it, and then it is planned with him. Not being invited to a birthday is his friendship to handle: a parent stepping in tonight, or behind his back, tells him he can’t.",
  choices = {
    { "Calm down. I’m only trying to help.",
      kind = "dismiss", next = "radio", id = "dont-you-dare.calm",
      inner = "They’re not even listening. They’re going to do it.",
      why = "“Calm down” and “I’m only trying to help” defended your idea and made his panic the problem." },
    { "Okay. I won’t go over, and nobody’s going behind your back. It’s yours.",
      kind = "attune_boundary", next = "radio", id = "dont-you-dare.wont", set = { went_behind = false },
      inner = "Okay. Okay. They won’t. Breathe.",
      why = "You put the problem back in his hands at once. The offer itself hasn’t been owned yet." },
    { "She’s a friend! I’ll have a quiet word, that’s all. She won’t say it came from you.",
      kind = "rescue", next = "radio", id = "dont-you-dare.insist",
      inner = "They’re going to do it anyway. Can’t trust them with anything.",
      why = "Insisting kept the takeover going and taught him to tell you less next time." },
    { "Going to Nina was me taking over. I won’t.",
      kind = "repair", repairs = "pull-out", next = "radio", id = "dont-you-dare.repair",
      set = { went_behind = false },
      inner = "Yours, not mine. They actually get it.",
      why = "You named the takeover plainly and handed the friendship back to him." },
  },
}

beat "radio" (noted "radio" {
  face = "shutdown",
  cue_only = true,
  say = { jonah = "Can you put the radio on or something." },
  cue = "The phone on his knee buzzes and lights up, again and again. He turns it face down without looking. His thumb keeps tapping the case.",
  reflect = "What is the phone telling you that Jonah isn’t?",
  note = "A cue beat. Teenagers often say most with what they do with their phones, and he has just turned his face down. The answers that land do what he asked and leave the phone alone. A light, friendly question about it still reaches for what he has hidden; so does asking who it is, and a rule about phones changes the subject.",
  choices = {
    { "(Glance at his lap.) “Your phone keeps lighting up. Who’s that?”",
      kind = "fix", next = "shut-window", id = "radio.listing",
      inner = "Why are they looking at my phone? Back off.",
      why = "Eyeing his phone and asking who it was reached for what he was hiding before he had offered it." },
    { "(Put his station on, a notch louder than usual.)",
      kind = "attune", next = "the-chat", id = "radio.louder",
      inner = "Louder. Good. Can’t hear it now.",
      why = "You did what he asked and gave him a bit of cover, without a glance at the phone." },
    { "Sure. Busy night in there?",
      kind = "fix", next = "shut-window", id = "radio.busy",
      inner = "Busy. Yeah. And now they’re looking at it.",
      why = "A light question, kindly meant, still pointed at the phone he had just turned face down: what he was hiding, he now had to account for." },
    { "Radio on. And phone away, please, just for the drive. You’re on it far too much.",
      kind = "dismiss", next = "shut-window", id = "radio.glovebox",
      inner = "Screen time. Right. Forget it.",
      why = "A rule about phones changed the subject just as the phone showed you where it hurt." },
    { "(Put it on low. Eyes on the road.)",
      kind = "attune", next = "the-chat", id = "radio.road",
      inner = "They’re not looking. Good.",
      why = "You saw the buzzing and chose not to stare at it: he can keep what he isn’t ready to show." },
  },
})

beat "shut-window" {
  state = "shutdown",
  say = { jonah = "Whatever. It doesn’t matter. It’s literally nothing." },
  cue = "His forehead is on the window. He draws a small square in the fog of his breath, then wipes it out with his sleeve.",
  reflect = "“It doesn’t matter.” What would make you believe it, and what makes you doubt it?",
  choices = {
    { "(Shrug, and leave it there.)",
      kind = "withdraw", next = "the-chat", id = "shut-window.nothing",
      inner = "They believed me. Course they did.",
      why = "Taking “nothing” at face value felt respectful, but it left him alone behind the glass." },
    { "I went on at you about your phone when all you asked for was the radio.",
      kind = "repair", repairs = "radio", when = mending("radio"), next = "the-chat",
      id = "shut-window.repair-phone",
      inner = "Okay. They heard themselves.",
      why = "You named what you did about the phone in one line and came back to what he had asked for." },
    { "It’s clearly not nothing, you’re drawing on the window. Come on, out with it.",
      kind = "fix", next = "the-chat", id = "shut-window.drawing",
      inner = "Great. Now they’re narrating me.",
      why = "Using the drawing on the glass to win the point pushed for the truth faster than he could give it." },
    { "Okay. It can be nothing for now.",
      kind = "attune", next = "the-chat", id = "shut-window.for-now",
      inner = "For now. Okay. Maybe.",
      why = "You let “nothing” stand for now without believing it, which leaves room for later. The earlier miss is still unnamed." },
    { "I went on about Cal back there when you’d asked me to go.",
      kind = "repair", repairs = "pull-out", next = "the-chat", id = "shut-window.repair-friends",
      when = mending("pull-out", was("pull-out", "pull-out.wave")),
      inner = "They noticed. Huh.",
      why = "You owned pointing at his friends when he had asked you to drive, and let him be." },
    { "You asked me to go, and I stopped to tell you how you were sitting.",
      kind = "repair", repairs = "pull-out", next = "the-chat", id = "shut-window.repair-sunk",
      when = mending("pull-out", was("pull-out", "pull-out.sunk")),
      inner = "They know. Okay. Just drive.",
      why = "You owned pointing out what he was hiding, in a line, and did what he had asked." },
  },
}

------------------------------------------------------------------------------
-- The drive
------------------------------------------------------------------------------

beat "the-chat" (noted "the-chat" {
  face = "shutdown",
  say = { jonah = "It’s Cal’s birthday Saturday. Bowling, then everyone’s sleeping at his. There’s a whole separate chat. I’m not in it. I saw it on Sami’s phone." },
  cue = "He says it fast and flat, straight at the windscreen, as if reading it off a list.",
  note = "Not being invited is his friendship to handle, and the answers that land leave it with him. It would be different if the chat were about him (jokes at his expense, pictures passed round, threats): that is bullying, and telling the school is then the parent’s job, planned with him, and never done behind his back.",
  choices = {
    { "(Shake your head.) “Then they’re not real friends.”",
      kind = "enmesh", next = "not-the-point", id = "the-chat.friends",
      inner = "Not real friends. So now I have to stick up for them.",
      why = "Taking against his friends fills the car with your anger and leaves him defending people he still loves." },
    { "Off Sami’s phone. That’s a horrible way to find out.",
      kind = "attune", next = "year-three", id = "the-chat.found-out",
      inner = "Yeah. Exactly. Off Sami’s phone.",
      why = "You stayed with the hurt and the way he found out, and didn’t hurry past it." },
    { "Oh, that happened to me. Claire Dawson’s party.",
      kind = "enmesh", next = "your-story", id = "the-chat.story",
      inner = "Right. So now it’s their story.",
      why = "Your old hurt woke up and took the floor just as he had finally put his down." },
    { "A separate chat? Have you said anything to Cal? There might be a reason, you know.",
      kind = "fix", next = "not-the-point", id = "the-chat.ask-cal",
      inner = "Ask Cal. Like it’s that easy.",
      why = "Advice as a question: talking to Cal may help one day, but asked now it sent him off to fix it before anyone had heard how it felt." },
    { "(Keep driving. Let it land before you say anything.)",
      kind = "attune", next = "year-three", id = "the-chat.land",
      inner = "They’re not jumping on it. Okay. There’s more.",
      why = "A silence that took it seriously gave him room to say the next hard thing." },
  },
})

beat "not-the-point" {
  state = "activated",
  say = { jonah = function(s)
    if s.vars["m_the-chat"] == "the-chat.ask-cal" then
      return "Say what? “Why don’t you want me?” You don’t get it. That’s not the point anyway."
    end
    return "They ARE my friends. Since Year Three. You don’t even know them. That’s not the point anyway."
  end },
  cue = "His jaw is tight. He jabs at the heater button twice.",
  choices = {
    { "Easy on the heater. I’m on your side here, you know.",
      kind = "dismiss", next = "year-three", id = "not-the-point.heater",
      inner = "On my side. So I should shut up.",
      why = "Telling him off for the heater and defending yourself moved the talk off what he was trying to say." },
    { "I slagged off your mates, and I hardly know them. They matter to you.",
      kind = "repair", repairs = "the-chat", id = "not-the-point.repair-friends",
      when = mending("the-chat", was("the-chat", "the-chat.friends")), next = "year-three",
      inner = "Yeah. They do. That’s why it’s so bad.",
      why = "You owned taking against his friends and came back to why it hurts: they matter to him." },
    { "You’ll make new friends at sixth form, you know. Better ones. I promise you will.",
      kind = "fix", next = "year-three", id = "not-the-point.sixth-form",
      inner = "I don’t want new friends. I want mine.",
      why = "A hopeful promise about later walked straight past what he was losing now." },
    { "I sent you off to sort it with Cal before I’d even listened. Go on.",
      kind = "repair", repairs = "the-chat", id = "not-the-point.repair-ask",
      when = mending("the-chat", was("the-chat", "the-chat.ask-cal")), next = "year-three",
      inner = "Go on. Okay. They actually want it.",
      why = "You owned jumping to the fix in one line and asked for the rest of it." },
    { "Okay. What is the point?",
      kind = "attune", next = "year-three", id = "not-the-point.what",
      inner = "They want to know. Okay.",
      why = "You let him correct you and asked him to lead. The earlier miss is still unnamed." },
  },
}

beat "your-story" {
  state = "shutdown",
  say = { jonah = "Cool. So now it’s about you." },
  cue = "He jams both earbuds in and turns the volume up until you can hear the tinny drums.",
  reflect = "When a child’s hurt wakes up one of your own, what helps you keep the two apart?",
  note = "Getting swept up often starts as empathy. The repair is short: notice that your story took the floor, and hand it back.",
  choices = {
    { "I’m only trying to show you I understand. Honestly, I know exactly how this feels.",
      kind = "enmesh", next = "year-three", id = "your-story.exactly",
      inner = "They don’t. It’s not the same. It’s MINE.",
      why = "Insisting you know exactly how it feels kept your hurt in the middle of his." },
    { "(Wait. Let him have the drums till the next roundabout.)",
      kind = "attune", next = "year-three", id = "your-story.wait",
      inner = "They’re just… waiting. Not talking at me.",
      why = "Quiet patience said you would still be there for his story. Your own story taking over still needs naming." },
    { "Sorry. Sorry. I always do this.",
      kind = "enmesh", next = "year-three", id = "your-story.grovel",
      inner = "Now I’ve got to say it’s fine. Again.",
      why = "A grovelling sorry makes him comfort you, which is the same problem as before." },
    { "That was my old story barging in. Yours is the one that matters.",
      kind = "repair", repairs = "the-chat", next = "year-three", id = "your-story.repair",
      inner = "They gave it back. Okay.",
      why = "You noticed your story had taken over and handed the moment back to him, without a fuss." },
  },
}

beat "year-three" (noted "year-three" {
  face = "regulated",
  say = { jonah = "Me and Cal built a den in the hedge behind the playground in Year Three. We had a password. It was “sausage.” …Whatever. That’s so stupid." },
  cue = "He laughs, but nothing else in his face moves.",
  note = "Humour he starts can be shared, but here his face says the laugh is cover. Laughing with him is the warm, tempting miss.",
  choices = {
    { "(Laugh.) “Sausage! I remember that den. You came home filthy every day for a month.”",
      kind = "dismiss", next = "just-a-den", id = "year-three.laugh",
      inner = "It’s not a funny story. Not any more.",
      why = "He laughed, so you laughed; but his face wasn’t laughing, and a fond memory of yours made light of what he was losing." },
    { "That’s not stupid. That’s you and Cal.",
      kind = "attune", next = "confession", id = "year-three.you-and-cal",
      inner = "Me and Cal. Was.",
      why = "You named what the joke was covering: a friendship that mattered." },
    { "Oh, love. People drift apart at your age. It’s normal, it happens to everyone.",
      kind = "dismiss", next = "just-a-den", id = "year-three.drift",
      inner = "Normal. So I should just get over it.",
      why = "Calling it normal filed his loss away before it had been felt." },
    { "(Don’t laugh. Nod, eyes on the road.)",
      kind = "attune", next = "confession", id = "year-three.nod",
      inner = "They didn’t laugh. Good.",
      why = "You didn’t join a laugh that wasn’t real, and let the memory matter." },
  },
})

beat "just-a-den" {
  state = "shutdown",
  say = { jonah = function(s)
    if s.vars["m_year-three"] == "year-three.laugh" then
      return "Yeah. Hilarious. Forget I said anything."
    end
    return "Right. Normal. Forget I said anything."
  end },
  cue = "He pulls his hood right down and turns to the side window. Two sets of traffic lights go by.",
  choices = {
    { "Oh, don’t sulk. It was a nice memory.",
      kind = "dismiss", next = "confession", id = "just-a-den.sulk",
      inner = "Nice for them. So now I’m sulking.",
      why = "Calling his quiet sulking defended what you had said and made light of the loss a second time." },
    { "Honestly, by this time next year you won’t even remember who went to Cal’s birthday.",
      kind = "fix", next = "confession", id = "just-a-den.next-year",
      inner = "I remember the password. I’ll remember this.",
      why = "A promise about next year tried to close the hurt before anyone had heard it." },
    { "(Keep driving. Leave the quiet to him for a while.)",
      kind = "attune", next = "confession", id = "just-a-den.quiet",
      inner = "They’ve stopped. Not pushing. Okay.",
      why = "You stopped talking and let him have the quiet. It eases things, though what you said about the den is still unnamed." },
    { "I called eight years ‘drifting apart’. That was lazy of me. Go on.",
      kind = "repair", repairs = "year-three", id = "just-a-den.repair-drift",
      when = mending("year-three", was("year-three", "year-three.drift")), next = "confession",
      inner = "Eight years. Yeah. It’s not just drifting.",
      why = "You took back the shrug about drifting apart and let the loss be the size it is." },
    { "I laughed about the den, and you weren’t laughing. It mattered.",
      kind = "repair", repairs = "year-three", id = "just-a-den.repair-laugh",
      when = mending("year-three", was("year-three", "year-three.laugh")), next = "confession",
      inner = "It did. It does.",
      why = "You owned laughing along with a laugh that was only cover, and let the memory matter." },
  },
}

beat "confession" (noted "confession" {
  face = "activated",
  say = { jonah = "And I’ve got detention tomorrow. Lunch, with Adeyemi, Head of Year. I told Cal to eff off in the lunch hall and knocked his tray flying. Everyone saw." },
  cue = "He watches you sideways, shoulders up near his ears, braced.",
  reflect = "He has been hurt, and he has done something wrong. How do you hold both?",
  note = "Here the limit matters: the detention is a fair consequence and his to face. Attunement joins the hurt without taking the consequence away. Advice about saying sorry may be right by tomorrow; given first, it is one more telling-off. Emailing the school to get him off is rescuing; see the note at the email beat.",
  choices = {
    { "Right. First thing tomorrow you find Cal and say sorry, before Adeyemi makes you. It’ll go much better coming from you.",
      kind = "fix", next = "lecture", id = "confession.sorry-first",
      inner = "Sorry to HIM. Course. Nobody asks what he did.",
      why = "Sensible advice, maybe right by tomorrow, but it came before anyone asked what the day had cost him, so it landed as a telling-off." },
    { "You look like you’re waiting for me to go off. I’m not going to.",
      kind = "attune", next = "skip-school", id = "confession.braced",
      inner = "They saw me waiting for it. Okay. Shoulders down.",
      why = "You answered the bracing, not the story, so he could stop defending himself." },
    { "Jonah! What were you thinking?",
      kind = "dismiss", next = "lecture", id = "confession.lecture",
      inner = "There it is. Like I didn’t already know.",
      why = "The telling-off was true, but it came before anyone asked what the day had cost him." },
    { "Fair detention. What happened before?",
      kind = "attune_boundary", next = "skip-school", id = "confession.before",
      inner = "Fair. Yeah. And they want the before.",
      why = "You kept the consequence in place and turned, with real interest, to what led up to it." },
    { "I’ll email Mr Adeyemi tonight and get you out of it.",
      kind = "rescue", next = "email", id = "confession.email",
      inner = "For a second, relief. Then: everyone’ll know my parent got me off.",
      why = "Getting him off the consequence felt loyal, but it took it out of his hands." },
  },
})

beat "lecture" {
  state = "activated",
  say = { jonah = "Yeah, thanks. Really helpful. I know. I KNOW, okay? I’m not an idiot." },
  cue = "He kicks the bass case and grips the seat belt with both hands.",
  choices = {
    { "You know it wasn’t okay. And today sounds rotten. Both.",
      kind = "attune_boundary", next = "skip-school", id = "lecture.both",
      inner = "Both. Yeah. I know it was bad.",
      why = "You kept the line and met the feeling under the shouting. What you said first is still unnamed." },
    { "Sorry, but somebody has to say it. You can’t lash out every time you’re upset.",
      kind = "dismiss", next = "skip-school", id = "lecture.sorry-but",
      inner = "Yeah. Everyone says it. Nobody asks.",
      why = "“Sorry, but” was not an apology: it was the lecture again, louder." },
    { "I went straight into a telling-off. You know already. What happened first?",
      kind = "repair", repairs = "confession", next = "skip-school", id = "lecture.repair",
      when = mending("confession", was("confession", "confession.lecture")),
      inner = "They stopped. They want my side.",
      why = "You owned the telling-off in a line and asked for his side, which is what he was waiting for." },
    { "I jumped to what you should do tomorrow. What happened first?",
      kind = "repair", repairs = "confession", next = "skip-school", id = "lecture.repair-advice",
      when = mending("confession", was("confession", "confession.sorry-first")),
      inner = "They stopped. They want my side first.",
      why = "You owned rushing to the fix in a line and asked for his side, which is what he was waiting for." },
    { "Don’t take that tone with me.",
      kind = "dismiss", next = "skip-school", id = "lecture.tone",
      inner = "Right. I’m just the kid who messed up.",
      why = "Defending your authority made the argument about tone and left the hurt untouched." },
  },
}

beat "email" {
  state = "shutdown",
  say = { jonah = "…No. Actually don’t. Then Adeyemi’ll think I went crying home. Everyone’ll know. Just leave it." },
  cue = "The relief on his face lasted about two seconds. He’s picking at the rubber round the window.",
  note = "Contacting the school is the parent’s job when something is unsafe (bullying, threats, a pattern), or when the young person wants help and it is planned with him. A fair detention for something he did is his to face.",
  choices = {
    { "It’s no trouble, honestly. I know how to word it so it doesn’t look like that.",
      kind = "rescue", next = "skip-school", id = "email.insist",
      inner = "They’re not listening. They’re doing it anyway.",
      why = "Pressing on past his “no” kept the takeover going and told him you doubt he can cope." },
    { "I went to get you out of it. That’s not my call. No email.",
      kind = "repair", repairs = "confession", next = "skip-school", id = "email.repair",
      inner = "It is mine. That’s horrible. But it’s better.",
      why = "You named the urge to get him off and gave the consequence back to him." },
    { "Okay. No email. The detention’s yours, and I’m in your corner for it.",
      kind = "attune_boundary", next = "skip-school", id = "email.corner",
      inner = "My corner. Okay. I can do a detention.",
      why = "You kept the problem his and your warmth with him. The offer to email still hasn’t been owned." },
    { "Fine. Your call. But don’t come running to me when it all goes wrong.",
      kind = "withdraw", next = "skip-school", id = "email.cold",
      inner = "Noted. On my own, then.",
      why = "Stepping back coldly turned his “no” into a punishment: the problem stayed his, and so did the loneliness." },
  },
}

beat "skip-school" (noted "skip-school" {
  face = "crying",
  say = { jonah = "Can I just not go in tomorrow? Say I’m ill. Please. Just tomorrow." },
  cue = "His voice cracks on “please.” He coughs to cover it.",
  reflect = "What does kindness look like when a teenager asks to be let off?",
  note = "The heart of the story: the parent can want the hurt gone and still hold the limit. Keeping a young person home is right when he is ill, unsafe at school, or so overwhelmed that going in would harm him, and then it is planned with him and the school. Here it would spare him a hard, fair day. The flat “no” is the right limit with the door shut on the feeling. Ask which answer felt kindest tonight and which is kindest by Monday.",
  choices = {
    { "I can’t tell them you’re ill when you’re not. But I get why you’d want me to.",
      kind = "attune_boundary", next = "slam", id = "skip-school.honest",
      inner = "No lying for me. But they get why I asked.",
      why = "You kept to the truth and the school day, and let the wish to hide make sense." },
    { "It’ll have blown over by tomorrow.",
      kind = "fix", next = "slam", id = "skip-school.blown",
      inner = "Everyone will remember. They weren’t there.",
      why = "Reassurance you can’t back up made him more alone with what he knows." },
    { "No. You’re going in, and that’s the end of it.",
      kind = "withdraw", next = "slam", id = "skip-school.flat",
      inner = "Didn’t even ask why. Course.",
      why = "The limit was right, and the door shut with it: a flat no, with nothing for the crack in his voice, left him alone with the dread." },
    { "(Sigh.) “Okay. Just this once. I’ll say you’re ill.”",
      kind = "rescue", next = "day-off", id = "skip-school.dayoff", set = { day_off = true },
      inner = "YES. …Wait. Then Monday’s the same, only worse.",
      why = "Letting him off is [[rescuing]]: it soothes tonight, tells him he can’t face it, and moves the dread to Monday." },
    { "No. But what’s the worst bit about it?",
      kind = "attune_boundary", next = "slam", id = "skip-school.worst",
      inner = "The worst bit. Where do I even start.",
      why = "A clear no, and then straight back to his dread, so the limit didn’t end the conversation." },
  },
})

beat "day-off" {
  face = "shutdown",
  say = { jonah = "Really? …Cool. So I just stay home and Cal tells everyone I’m scared. Great." },
  cue = "He’s relieved for a breath, then goes quiet. He’s turning the phone over and over.",
  choices = {
    { "Duvet day. Pizza, films, and we’ll worry about school on Monday.",
      kind = "rescue", next = "slam", id = "day-off.duvet",
      inner = "Nice. But Monday’s still sitting there.",
      why = "A cosy day off is loving, and it leaves the hard thing waiting, bigger." },
    { "You don’t want to look scared. So you’re going in, and I’m right behind you.",
      kind = "attune_boundary", next = "slam", id = "day-off.going-in", set = { day_off = false },
      inner = "Going in. Okay. Not on my own, though.",
      why = "You heard the worry under his “great” and turned the yes into a limit. The quick yes itself hasn’t been owned." },
    { "Nobody’ll think that! I’ll tell them it’s a bug going round. It’s totally believable.",
      kind = "fix", next = "slam", id = "day-off.bug",
      inner = "They’re lying for me. That’s worse.",
      why = "“Nobody’ll think that” was reassurance: it talked him out of his doubt instead of hearing it, and added a lie to the day off." },
    { "I said yes to make tonight easier, not to help you. You’re going in.",
      kind = "repair", repairs = "skip-school", next = "slam", id = "day-off.repair", set = { day_off = false },
      inner = "Ugh. But yeah. Hiding would make it worse.",
      why = "You owned why you said yes and gave tomorrow back to him." },
  },
}

------------------------------------------------------------------------------
-- Home: the slam
------------------------------------------------------------------------------

beat "slam" (noted "slam" {
  state = "activated", pressure = 35,
  say = { jonah = function(s)
    if s.vars.day_off then
      return "You don’t GET it! Monday’s just going to be WORSE! You never get ANYTHING!"
    end
    local m = s.vars["m_skip-school"]
    if m == "skip-school.blown" then
      return "It WON’T blow over! Everyone’s going to be staring at me tomorrow and you just… forget it! You never get it!"
    elseif m == "skip-school.flat" then
      return "You didn’t even ASK! Everyone’s going to be staring at me tomorrow and you don’t even care! Forget it!"
    end
    return "Everyone’s going to be staring at me tomorrow! EVERYONE! And I just have to walk in and TAKE it!"
  end },
  cue = "You pull onto the drive. He’s out before the engine stops, and the car door slams so hard the mirror shakes. His little sister Ivy’s face is at the window.",
  reflect = "What happens in your body when your child slams a door on you? What brings you back?",
  note = "This beat costs the player steadiness and may flood them. The steady answer is real: a breath before following him in. Ask what steadies each person in the room. The slam comes whatever was said about school: a warm limit is still a limit, and a fifteen-year-old may rage at it (after a warm answer he rages at tomorrow, not at you). It does not mean the answer was wrong.",
  choices = {
    { "(Grip the wheel.) “Why does everything have to be so hard with you?”",
      kind = "enmesh", next = "doorstep", id = "slam.hard",
      inner = "I make everything hard. I’m the problem.",
      why = "His anger flooded you, and your own hurt came out as blame he will carry to bed." },
    { "(Stay in the seat. Hands off the wheel. One long breath out.)",
      kind = "steady", next = "doorstep", id = "slam.breath",
      inner = "They’re not chasing me, shouting. Just sitting there.",
      why = "You can only meet him from a steady place. A breath first is part of the skill: [[steadying yourself]]." },
    { "“Fine! Don’t bother coming down for tea, then!”",
      kind = "withdraw", next = "doorstep", id = "slam.tea",
      inner = "When I’m too much, they shut me out. Noted.",
      why = "A cold consequence shouted in the heat of it left him alone with a feeling too big to hold." },
    { "(Get out.) “You’re furious, and that’s allowed. Not the car door. I’m coming in.”",
      kind = "attune_boundary", next = "ivy-hall", id = "slam.limit",
      inner = "They didn’t lose it. They’re still coming.",
      why = "You met the fury, held a line about the door, and didn’t leave: warmth and authority together." },
    { "(Get out, unlock the front door for him, and say nothing yet.)",
      kind = "attune", next = "ivy-hall", id = "slam.unlock",
      inner = "They let me in. No speech. Okay.",
      why = "You let the storm pass without adding to it, and stayed near without chasing." },
  },
})

beat "doorstep" (noted "doorstep" {
  background = "images/hall.svg",
  state = "activated",
  say = { jonah = "Just open the door." },
  cue = "He’s stuck at the locked front door without a key, hood up, forehead nearly on the glass. Inside, Pickle, the old family dog, is barking.",
  choices = {
    { "Apologise for that door first.",
      kind = "dismiss", next = "ivy-hall", id = "doorstep.apologise",
      inner = "Sorry for the door. Nobody’s sorry for anything else.",
      why = "An apology can come later; demanding it now made the door the only thing that counted." },
    { "(Unlock it.) “Angry’s allowed. Slamming isn’t.”",
      kind = "attune_boundary", next = "ivy-hall", id = "doorstep.limit",
      inner = "Not shouting. Just the line. Okay.",
      why = "Calm and short: you let the anger be and held the line about slamming." },
    { "(Open the door without a word, step round him and go straight through to the kitchen.)",
      kind = "withdraw", next = "ivy-hall", id = "doorstep.silent",
      inner = "Fine. Nobody’s coming. I’ll sort myself out.",
      why = "Silence after a slam can feel like punishment; he was hoping you would come." },
    { "(Unlock it, and stand back to let him past.)",
      kind = "attune", next = "ivy-hall", id = "doorstep.let-past",
      inner = "Space. Good.",
      why = "You let him in without a word against him, and left him room to cool down." },
    late("doorstep", "ivy-hall", "(Unlock it.) “", " Go on in.”",
      "They said it. Huh. Maybe it’s not all me.",
      "You named your own miss at the door, before the anger set, so the way back stayed open."),
  },
})

beat "ivy-hall" (noted "ivy-hall" {
  background = "images/hall.svg",
  cue_only = true,
  say = { ivy = "Why did Jonah stomp up the stairs? He kicked his shoes at the wall. Is he in trouble?" },
  cue = "Above you, a stair creaks and stops. Jonah is sitting just out of sight on the landing, listening.",
  reflect = "He isn’t in the room, but he can hear you. How does that change what you say?",
  note = "A cue beat: the words come from Ivy, but the creak tells you who is really listening. What is said about a teenager within earshot lands as if said to him; so does explaining his day to his sister, however kindly.",
  choices = {
    { "He’s had a rotten day. He’s not in trouble with me.",
      kind = "attune", next = "door", id = "ivy-hall.rotten",
      inner = "Not in trouble. Rotten day. Yeah.",
      why = "You answered the one who was listening: honest, kind, and nothing of his business told." },
    { "Ignore him. He’s being a nightmare.",
      kind = "dismiss", next = "door", id = "ivy-hall.nightmare",
      inner = "A nightmare. That’s what I am to them.",
      why = "Said to Ivy, heard by him: his hurt became a nuisance in the family story." },
    { "His friends have left him out of a birthday, so he’s upset. Be extra nice to him tonight, okay?",
      kind = "fix", next = "door", id = "ivy-hall.explain",
      inner = "Great. Now Ivy knows. Now Ivy’s going to be NICE to me.",
      why = "Recruiting Ivy to cheer him up told his private hurt to his little sister, in his hearing." },
    { "(Call up.) “I know you’re listening, Jonah.”",
      kind = "fix", next = "door", id = "ivy-hall.caught",
      inner = "Caught. Brilliant. Not coming down now.",
      why = "Naming his hiding place out loud cornered him: true, and it took away the one bit of privacy he had." },
    { "That’s his to tell you, if he wants to. He’s not in trouble.",
      kind = "attune_boundary", next = "door", id = "ivy-hall.his-to-tell",
      inner = "They didn’t tell her. They kept it mine.",
      why = "You kept his story private, kindly, and let the one listening hear that he’s not in trouble." },
  },
})

------------------------------------------------------------------------------
-- His room
------------------------------------------------------------------------------

beat "door" (noted "door" {
  face = "shutdown",
  background = "images/jonah-room.svg", music = "evening", cue_only = true,
  say = { jonah = "I said I’m fine. You can go." },
  cue = "He’s on the bed with his bass, playing the same four notes over and over, hard enough that the string buzzes. Pickle, the old dog, is lying on his feet.",
  reflect = "What does the riff tell you that “I’m fine” doesn’t?",
  note = "A cue beat. The answers that land respond to the playing without using it as evidence, and neither obey nor ignore the invitation to leave. A treat planned for Saturday is the generous miss: it tries to fill the gap before anyone has felt it.",
  choices = {
    { "(Back out.) “If you’re fine, you’re fine.”",
      kind = "withdraw", next = "headphones", id = "door.leave",
      inner = "They believed it. Nobody checks twice.",
      why = "Taking “fine” at its word looked like respect, and felt like being left." },
    { "I’ll go in a minute. Tea’s at seven, and I’ll knock again after.",
      kind = "attune_boundary", next = "ask", id = "door.knock",
      inner = "They heard it. And they’re coming back.",
      why = "You respected his “go” without believing his “fine”, and kept a small normal rule." },
    { "(Sit on the bed.) “Tell you what: Saturday, you and me, cinema. Your pick. Pizza after.”",
      kind = "fix", next = "headphones", id = "door.cinema",
      inner = "Cinema with my parent. While everyone’s at Cal’s. Wow.",
      why = "A treat for Saturday, kindly meant, tried to fill the gap before anyone had felt it, and made the hurt a problem to solve." },
    { "You’re hammering the same four notes over and over. That’s not someone who’s fine.",
      kind = "fix", next = "headphones", id = "door.notes",
      inner = "So I’m a case study now. Get out.",
      why = "Using what you could hear as proof against his words pushed him to defend the “fine”." },
    { "(Sit on the floor.) “That riff’s taking a beating!”",
      kind = "attune", next = "typing", id = "door.riff",
      inner = "Ha. It is. They’re just… sitting there.",
      why = "You answered the playing, lightly, and stayed low and near without asking for talk." },
    late("door", "typing", "", " Can I sit a minute?",
      "They said it first. Okay. They can sit.",
      "Naming your own miss first, plainly, told him this visit was safe."),
  },
})

beat "headphones" {
  state = "shutdown",
  say = "He doesn’t answer.",
  cue = "He puts the bass down, pulls on his big headphones and turns his face to the wall. Pickle looks from him to you.",
  choices = {
    { "Right. Well, I’m here if you need me.",
      kind = "withdraw", next = "typing", id = "headphones.doorway",
      inner = "They say that, then they go.",
      why = "A kind line said from the doorway still left him on his own." },
    { "(Come back in.) “I walked off just now. Can I stay a bit?”",
      kind = "repair", repairs = "door", next = "typing", id = "headphones.repair-left",
      when = mending("door", was("door", "door.leave")),
      inner = "They came back. Fine. Okay.",
      why = "You owned walking off in a line and asked to stay, rather than pushing." },
    { "(Lift one side of his headphones.) “You’ll feel better if you talk.”",
      kind = "fix", next = "typing", id = "headphones.talk",
      inner = "Talk. Feel better. Like a leaflet.",
      why = "Pressing him to talk so he’d feel better pulled at the headphones instead of waiting for him." },
    { "(Sit on the end of the bed next to Pickle, and say nothing at all for a while.)",
      kind = "attune", next = "typing", id = "headphones.sit",
      inner = "They’re not going. And they’re not talking at me.",
      why = "Quiet company answered the turned back better than words would have. The miss at the door is still unnamed." },
    { "I used your playing against you just now. Can I stay a bit?",
      kind = "repair", repairs = "door", next = "typing", id = "headphones.repair-notes",
      when = mending("door", was("door", "door.notes")),
      inner = "They know that was a dig. Okay. They can stay.",
      why = "You owned turning his playing into evidence and asked to stay rather than assuming." },
    { "Forget the cinema. That was me trying to fix it. Can I sit a bit?",
      kind = "repair", repairs = "door", next = "typing", id = "headphones.repair-cinema",
      when = mending("door", was("door", "door.cinema")),
      inner = "No cinema. Just sitting. Okay.",
      why = "You owned rushing to cheer him with a plan, and asked to stay instead." },
  },
}

beat "typing" (noted "typing" {
  face = "activated",
  cue_only = true,
  say = { jonah = "What." },
  cue = "His thumbs fly over the phone, then hold down delete. He types again. Deletes again. His jaw is working.",
  reflect = "How do you respond to what he is doing with his hands, not to the word he says?",
  note = "A cue beat. The drafting and deleting is the truth of this moment: something he wants to say and can’t. Describing it back to him, taking it off him, or telling him to sleep on it (advice that may be right by morning, given before anyone knows what he wants to say) are the misses.",
  choices = {
    { "(Hold out your hand.) “Give it here, I’ll word it.”",
      kind = "rescue", next = "ghostwriter", id = "typing.help",
      inner = "My parent writing my texts. I’m five.",
      why = "Offering to write it took over a conversation that belongs between him and Cal." },
    { "(Give Pickle’s ears a scratch. Wait.)",
      kind = "attune", next = "ask", id = "typing.wait",
      inner = "They’re just there. With Pickle. Okay.",
      why = "Waiting, busy with the dog, gave him company without pressure while he wrestled with it." },
    { "Is that Cal? Don’t send anything tonight while you’re this wound up. Sleep on it.",
      kind = "fix", next = "ghostwriter", id = "typing.advice",
      inner = "How do they even know it’s Cal. Stop.",
      why = "Advice, and maybe good advice: telling him to sleep on it jumped to fixing the message before anyone knew what he was trying to say to Cal." },
    { "You keep typing and deleting, and your jaw’s going. Send it or leave it.",
      kind = "fix", next = "ghostwriter", id = "typing.watching",
      inner = "Stop watching me type. God.",
      why = "Describing his jaw and his thumbs to hurry him made him feel watched, not met." },
    { "Take your time with it. I won’t read it. It’s yours to send or not.",
      kind = "attune_boundary", next = "ask", id = "typing.wont-read",
      inner = "Not reading it. Good. Maybe I’ll show them.",
      why = "You made it plain the message stays his, and stayed anyway." },
    late("typing", "ask", "", " I’m listening now, if you want.",
      "They know they messed up. Okay. Maybe I’ll ask them.",
      "Owning that earlier miss, briefly, cleared the way for him to bring you the hard part."),
  },
})

beat "ghostwriter" {
  state = "activated",
  say = { jonah = "Oh my god. This is why I don’t tell you stuff. Can you not?" },
  cue = "He pulls the phone to his chest with both hands.",
  choices = {
    { "Don’t be like that.",
      kind = "dismiss", next = "ask", id = "ghostwriter.help",
      inner = "Like what? Like me?",
      why = "Telling him off for pushing back made his push-back the problem." },
    { "I went to take it off you. It’s yours. I’ll stop.",
      kind = "repair", repairs = "typing", next = "ask", id = "ghostwriter.repair-grab",
      when = mending("typing", was("typing", "typing.help")),
      inner = "They gave it back. Huh.",
      why = "You owned the grab in a few words and put the message back in his hands." },
    { "That’s not fair. I’m only trying, and it’s been a long day for me too.",
      kind = "enmesh", next = "ask", id = "ghostwriter.my-day",
      inner = "Great. Now I’ve upset them too.",
      why = "Handing him your hard day made him responsible for your feelings as well as his." },
    { "Okay. Hands off. It’s your message.",
      kind = "attune_boundary", next = "ask", id = "ghostwriter.hands-off",
      inner = "Hands off. Okay. Good.",
      why = "You backed off his phone and stayed warm. The moment before still hasn’t been named." },
    { "I was marking your typing like homework. Sorry. Take your time.",
      kind = "repair", repairs = "typing", next = "ask", id = "ghostwriter.repair-watching",
      when = mending("typing", was("typing", "typing.watching")),
      inner = "Okay. They get it. Maybe I can ask them something.",
      why = "You owned watching and hurrying him, and gave him back his own pace." },
    { "I jumped in with advice before I even knew what you wanted to say.",
      kind = "repair", repairs = "typing", next = "ask", id = "ghostwriter.repair-advice",
      when = mending("typing", was("typing", "typing.advice")),
      inner = "They did. Okay. Maybe I’ll ask them anyway.",
      why = "You owned rushing in with advice, in a line, and left him room to find his own words." },
  },
}

beat "ask" (noted "ask" {
  face = "regulated",
  say = { jonah = function(s)
    if s.seen("typing") then
      return "It’s Cal. He messaged hours ago. “u ok? sorry about earlier.” Like nothing happened. Everything I write back sounds stupid. What would you even say? Seriously. What would you do?"
    end
    return "Cal messaged. “u ok? sorry about earlier.” Like nothing happened. What would you even say? Seriously. What would you do?"
  end },
  cue = function(s)
    if not s.seen("typing") then
      return "After tea you knock again, and this time he moves his feet to make room. He holds up his phone, then looks straight at you."
    end
    return "For the first time tonight he looks straight at you."
  end,
  reflect = "He asked for advice. Why might giving it still miss him?",
  note = "The pull to fix is strongest when a young person asks directly. Curiosity keeps the problem his while staying close. Advice can come later, if he still wants it once he has found his own words.",
  choices = {
    { "“Like nothing happened.” That’s what gets you.",
      kind = "attune", next = "real-thing", id = "ask.like-nothing",
      inner = "Yeah. Like I’m the one overreacting.",
      why = "You stayed with what stung about the message before answering the question." },
    { "Keep it short. Something like “yeah fine, see you tomorrow.”",
      kind = "fix", next = "real-thing", id = "ask.script",
      inner = "See you tomorrow. Great. Easy for them.",
      why = "Advice, even asked for and sensible, jumped to the answer before he had found what he wanted to say." },
    { "Well, he’s said sorry. That’s something, isn’t it? It’s a start.",
      kind = "fix", next = "real-thing", id = "ask.something",
      inner = "A start. Sure. He’s still bowling Saturday and I’m still not.",
      why = "Looking on the bright side of the message went straight past what stung about it: “like nothing happened”." },
    { "(Hold out your hand.) “Give it here. I’ll write it.”",
      kind = "rescue", next = "real-thing", id = "ask.phone",
      inner = "Then it’s their words. He’d know.",
      why = "Writing it for him would take his friendship out of his hands." },
    { "Honestly? I don’t know what I’d say. What do you want him to know?",
      kind = "attune_boundary", next = "real-thing", id = "ask.what-know",
      inner = "What do I want him to know? …That it hurt.",
      why = "You stayed with him and handed the thinking back, trusting he has the words." },
    late("ask", "real-thing", "", " What would you want Cal to know?",
      "They want what I think. Nobody asks that.",
      "You owned the earlier miss and turned his question back to him with respect."),
  },
})

beat "real-thing" (noted "real-thing" {
  face = "shutdown",
  say = { jonah = "It’s not even the sleepover. It’s like… they had a whole conversation about me not being there. Like they decided." },
  cue = "His voice goes small. He’s pulling a long thread out of his hoodie cuff.",
  reflect = "“It’s not even the sleepover.” What helped the deeper layer come out?",
  note = "Truth comes in layers. Ask what the parent did earlier that made this sentence possible. Telling him how likeable he is is the loving miss: it argues with what he has just found out. If a young person ever says something like “they’d all be better off without me”, or the hurt goes on for weeks (not sleeping or eating, dropping what he loves, refusing school day after day), that is the moment to ask him plainly whether he has thought of hurting himself or of ending his life, and to talk to his GP or the school; asking does not put the idea in his head. Jonah says nothing like that, and one hard evening does not call for the question.",
  choices = {
    { "Maybe they just forgot to add you? I’m sure nobody sat down and decided anything.",
      kind = "fix", next = "ivy-charger", id = "real-thing.forgot",
      inner = "They don’t believe me. I saw it.",
      why = "A hopeful reassurance that it was a mistake argued with what he saw, so he felt unbelieved." },
    { "Talked about, not talked to.",
      kind = "attune", next = "ivy-charger", id = "real-thing.talked-about",
      inner = "Yeah. Exactly that.",
      why = "A few words that fitted exactly showed him you had understood the layer under the sleepover." },
    { "That feeling. I had it at your age. It never really goes away, you know.",
      kind = "enmesh", next = "old-wound", id = "real-thing.old",
      inner = "Never goes away? Great. And now they look upset.",
      why = "Your old hurt came up with his, and he ended up worrying about you." },
    { "Hey. You’re a great lad, Jonah. Anyone would be lucky to have you at their party.",
      kind = "fix", next = "ivy-charger", id = "real-thing.great-lad",
      inner = "Then why wasn’t I. Doesn’t help.",
      why = "Telling him what a great lad he is argued with what he had just found out, and left the hurt of being decided about unheard." },
    { "(Say nothing. Let it sit.)",
      kind = "attune", next = "ivy-charger", id = "real-thing.silence",
      inner = "They’re not rushing me. …Yeah.",
      why = "Leaving a silence after the hardest sentence let it be true without needing an answer." },
  },
})

beat "old-wound" {
  face = "regulated",
  state = "shutdown",
  say = { jonah = "…Are you okay? You look weird." },
  cue = "He’s stopped pulling the thread. He’s watching your face now, not his phone.",
  reflect = "He has started to look after you. What happened, and how do you hand the evening back to him?",
  note = "“I’m fine, love” denies what he saw and closes the door he opened (withdrawing). An honest line that keeps your hurt yours, and hands the evening back, is what he needs.",
  choices = {
    { "I’m fine, love. Don’t worry about me.",
      kind = "withdraw", next = "ivy-charger", id = "old-wound.fine",
      inner = "They’re not fine. I saw. Okay, whatever.",
      why = "Saying “I’m fine” about what he could see in your face closed the door he had just opened." },
    { "Old stuff of mine. I’ve got it. Go on.",
      kind = "attune", next = "ivy-charger", id = "old-wound.honest",
      inner = "Okay. They’re okay. Back to mine.",
      why = "An honest, brief answer to his question, and the focus back to him. Owning that your story took the floor would mend it." },
    { "It just brings it all back, that’s all. Sorry. Give me a minute, I’ll be okay.",
      kind = "enmesh", next = "ivy-charger", id = "old-wound.minute",
      inner = "Now I’ve upset them. I should stop talking.",
      why = "Your hurt is real, but leaning on him for comfort made him your carer." },
    { "Yeah. I made that about me for a second. Mine to sort. Back to you.",
      kind = "repair", repairs = "real-thing", next = "ivy-charger", id = "old-wound.repair",
      when = mending("real-thing"),
      inner = "They’re okay. They’re handling it. I can have mine.",
      why = "You named what happened, kept it yours, and returned to him without a long story." },
  },
}

beat "ivy-charger" (noted "ivy-charger" {
  shown = "jonah", face = "crying",
  cue_only = true,
  say = { ivy = "Jonah, can I borrow your charger? Mine’s broken. Why’s everyone being weird?" },
  cue = "Ivy’s in the doorway. Jonah turns his face to the wall, fast, and drags his sleeve across his eyes.",
  note = "A cue beat: the answers that land protect what he is hiding, without naming it, and still answer Ivy kindly. Sorting the charger on autopilot is the everyday miss: it asks him to turn round.",
  choices = {
    { "Give him a minute, Ivy. He’s a bit teary.",
      kind = "fix", next = "exposed", id = "ivy-charger.teary",
      inner = "She knows. Great. Thanks for that.",
      why = "Explaining the moment to Ivy put his tears on show to his little sister." },
    { "(Stand between them.) “Mine’s on the kitchen table. Go on, quick!”",
      kind = "attune", next = "tomorrow", id = "ivy-charger.between",
      inner = "They blocked her view. Okay.",
      why = "You stood where he needed you and sent her off kindly, without a word about him." },
    { "Nobody’s being weird. Jonah, give her your charger, it’s right there on your desk.",
      kind = "dismiss", next = "exposed", id = "ivy-charger.sort",
      inner = "Turn round. With my face like this. In front of her.",
      why = "Sorting the charger on autopilot asked him to turn round and deal with Ivy just when he was hiding his face." },
    { "Here, take mine! And tell Pickle it’s tea time, would you?",
      kind = "attune", next = "tomorrow", id = "ivy-charger.cover",
      inner = "They got her out. She didn’t see.",
      why = "You saw what he was hiding and quietly covered for him, guarding his dignity." },
  },
})

beat "exposed" {
  face = "crying",
  state = "activated",
  say = { jonah = "Oh my god, get OUT, Ivy! Everyone just get out of my room!" },
  cue = "Ivy bolts. Jonah is on his feet, eyes wet, fists in his hoodie pocket.",
  choices = {
    { "Sorry. I’ve made everything worse tonight, haven’t I? I’m so sorry, I’m hopeless at this.",
      kind = "enmesh", next = "tomorrow", id = "exposed.grovel",
      inner = "Now I have to say it’s fine. Again.",
      why = "A pile of sorries made him comfort you, in the middle of his own worst moment." },
    { "Okay. A minute on your own. Ivy didn’t deserve that, mind. I’ll be back up.",
      kind = "attune_boundary", next = "tomorrow", id = "exposed.limit", set = { stepped_out = true },
      inner = "I know. I shouldn’t have. They’re coming back, though.",
      why = "You gave him the space he asked for, held a line about his sister, and said you’d be back, so space didn’t mean being left." },
    { "Don’t you talk to your sister like that. She was only asking.",
      kind = "dismiss", next = "tomorrow", id = "exposed.sister",
      inner = "Course. Ivy’s feelings count.",
      why = "Protecting Ivy matters; doing it first left his humiliation untouched." },
    { "I put you on show in front of her. I’ll go and see Ivy, then come back. Okay?",
      kind = "repair", repairs = "ivy-charger", next = "tomorrow", id = "exposed.repair", set = { stepped_out = true },
      when = mending("ivy-charger", was("ivy-charger", "ivy-charger.teary")),
      inner = "They saw it was them. And they’re coming back.",
      why = "You named the exposure, went to look after Ivy, and asked to come back rather than assuming." },
    { "I had you sorting chargers when you needed a minute. I’ll see to Ivy, then come back. Okay?",
      kind = "repair", repairs = "ivy-charger", next = "tomorrow", id = "exposed.repair-sort", set = { stepped_out = true },
      when = mending("ivy-charger", was("ivy-charger", "ivy-charger.sort")),
      inner = "They get it. And they’re coming back.",
      why = "You named what you asked of him at the worst moment, went to look after Ivy, and asked to come back." },
    { "(Leave, and close the door behind you.)",
      kind = "withdraw", next = "tomorrow", id = "exposed.go", set = { stepped_out = true },
      inner = "Everyone out. Like I said. Great.",
      why = "Taking his words literally, with no word about coming back, left him alone at the worst moment." },
  },
}

beat "tomorrow" (noted "tomorrow" {
  face = "regulated",
  say = { jonah = function(s)
    if s.vars.day_off then
      return "Adeyemi’s going to make me sit with Cal and ‘talk about it.’ So that’s Monday now. Great."
    end
    return "Adeyemi’s going to make me sit with Cal in his office and ‘talk about it.’ Restorative whatever. Tomorrow."
  end },
  cue = function(s)
    if s.vars.stepped_out then
      return "Ten minutes later you knock and go back in. He’s sitting on the edge of the bed now, elbows on his knees, hood down."
    end
    return "He’s sitting on the edge of the bed now, elbows on his knees, hood down."
  end,
  note = "Ringing the school about the chat, unasked, takes his side of the meeting off him. Asking whether there is anything he would want the school to hear from you, and accepting no, is the parent’s part done with him. If he had told you of threats or bullying, or of the chat being used against him, the call would be yours to make even if he would rather you didn’t, and you would tell him you were making it and why.",
  choices = {
    { "I’ll ring Mr Adeyemi and tell him about the chat.",
      kind = "rescue", next = "goodnight", id = "tomorrow.ring",
      inner = "Adeyemi gets a call from my parent. Everyone will know.",
      why = "Telling the school about the chat without asking him took his side of the meeting off him." },
    { "In Adeyemi’s office, with Cal. That sounds grim.",
      kind = "attune", next = "goodnight", id = "tomorrow.grim",
      inner = "It is grim. Yeah.",
      why = "You sat with the dread instead of solving it." },
    { "Keep your head down, let Adeyemi do the talking, and it’ll all be over in ten minutes.",
      kind = "fix", next = "goodnight", id = "tomorrow.head-down",
      inner = "Over in ten minutes. Then everyone talks about it for a month.",
      why = "Advice, and a promise that it would soon be over, hurried past the dread of sitting across from Cal." },
    { "I said yes to a day off too fast. You’re going in tomorrow. Monday would only be worse.",
      kind = "repair", repairs = "skip-school", next = "goodnight", id = "tomorrow.undo-day-off",
      when = day_off, set = { day_off = false },
      inner = "Ugh. …Yeah. Better tomorrow than Monday.",
      why = "You took back the rescue, owned it plainly, and gave tomorrow back to him." },
    { "Is there anything you’d want Mr Adeyemi to hear from me? It’s fine if not.",
      kind = "attune_boundary", next = "goodnight", id = "tomorrow.school",
      inner = "Nothing. But they asked. Okay.",
      why = "You offered your part with the school and left the choice with him." },
    late("tomorrow", "goodnight", "", " What do you want to say to him?",
      "They’re asking me. Not telling me. Okay.",
      "You named the miss in a line, then asked for his plan, not yours."),
  },
})

beat "goodnight" (noted "goodnight" {
  face = "regulated",
  say = { jonah = function(s)
    if s.vars.day_off then
      return "I should probably say sorry to him. About the tray. Even though he’s the one who… whatever. Monday, I guess."
    end
    return "I should probably say sorry. About the tray. Even though he’s the one who… whatever. Can you wake me at seven?"
  end },
  cue = "Pickle has climbed up beside him. One of his hands is buried in the dog’s fur.",
  reflect = "What would you want him to take to sleep with him tonight?",
  note = "The last beat; the rules choose the ending. Its misses lead to closing beats, where a repair is still possible.",
  choices = {
    { "Sorry? He should be saying sorry to you.",
      kind = "enmesh", next = "doorway", id = "goodnight.sides",
      inner = "Now I don’t know what to do at all.",
      why = "Taking his side that hard put your anger at Cal in the room and argued him out of his own good instinct." },
    { "(Nod. Sit with him and Pickle a minute longer before you go.)",
      kind = "attune", next = to_ending(), id = "goodnight.sit",
      inner = "They stayed. Nobody said anything. Nice.",
      why = "A last minute of quiet company told him the evening hadn’t been too much for you." },
    { "You should, yes. And make sure you mean it, or Adeyemi will see straight through it.",
      kind = "dismiss", next = "doorway", id = "goodnight.mean-it",
      inner = "Right. Even my sorry’s wrong.",
      why = "He was working out how to put things right, hurt and all; a lecture about meaning it made his good instinct one more thing to get right." },
    { "Not Monday. I shouldn’t have said yes to that. You’re going in, and I’ll wake you at seven.",
      kind = "repair", repairs = "skip-school", next = to_ending(), id = "goodnight.undo-day-off",
      when = day_off, set = { day_off = false },
      inner = "Ugh. Fine. …Better than Monday.",
      why = "At the last moment you took back the rescue, owned it, and left tomorrow with him." },
    { "Both. He hurt you, and the tray was down to you.",
      kind = "attune_boundary", next = to_ending(), id = "goodnight.both",
      inner = "Both. Yeah. I can say both.",
      why = "You held both halves for him, so he can own his part without losing his hurt." },
    { "(Ruffle his hair.) “Course. Now sleep. It’ll all be forgotten by Christmas.”",
      kind = "fix", next = "doorway", id = "goodnight.christmas",
      inner = "Forgotten. Sure. It won’t be.",
      why = "A cheerful promise hurried past what he was trying to work out." },
    late("goodnight", to_ending(), "", " You’re doing something hard. Night.",
      "They said it. We’re okay.",
      "A short, specific owning at the end of the day lets him sleep knowing you’re together."),
  },
})

beat "doorway" {
  state = "shutdown",
  say = { jonah = "Yeah. Night." },
  cue = function(s)
    if s.seen("headphones") then
      return "He’s put his big headphones back on before you reach the door. He doesn’t look up."
    end
    return "He’s pulled on his big headphones before you reach the door. He doesn’t look up."
  end,
  choices = {
    { "(Click the light off and go downstairs.)",
      kind = "withdraw", next = "landing", id = "doorway.leave",
      inner = "Done, then.",
      why = "Leaving without a word closed the evening on the headphones." },
    { "(Go back in.) “About tomorrow: I said yes too fast. You’re going in. Alarm at seven.”",
      kind = "repair", repairs = "skip-school", next = to_ending(), id = "doorway.undo-day-off",
      when = day_off, set = { day_off = false },
      inner = "Ugh. Seven. …Fine.",
      why = "You came back and took back the rescue before the night closed, and left tomorrow with him." },
    { "Night, Jonah. Come and find me if you can’t sleep.",
      kind = "attune", next = to_ending(), id = "doorway.night",
      inner = "Maybe. Probably not. But maybe.",
      why = "A warm line at the door keeps it open, though what went wrong hasn’t been named." },
    { "(Lift one side of his headphones.) “Don’t go to sleep on a bad mood. It’ll all look better in the morning, I promise.”",
      kind = "fix", next = "landing", id = "doorway.morning",
      inner = "It won’t. Headphones back on.",
      why = "A bright promise at bedtime, and lifting his headphones to make it, told him to feel better instead of leaving him be." },
    late("doorway", to_ending(), "(Go back and sit on the bed.) “", " Night, Jonah.”",
      "They came back. I didn’t think they would.",
      "You read the headphones as a message about your last answer, came back, and owned it before the night closed."),
  },
}

beat "landing" {
  background = "images/hall.svg",
  say = function(s)
    if s.vars.last_text == "nina" then
      return "Your phone buzzes. Nina, already: “Oh no! Leave it with me, I’ll have a word with Cal x”"
    elseif s.vars.last_text == "cheer" then
      return "Your text to him shows as read. No reply comes."
    end
    return "The landing is dark. Behind his door, very quietly, the same four notes on the bass."
  end,
  cue = function(s)
    if s.vars.last_text == "nina" then
      return "Behind his door the four notes go on, over and over. He doesn’t know yet."
    elseif s.vars.last_text == "cheer" then
      return "Behind his door the four notes stop, then start again, harder. Your phone is still in your hand."
    end
    if s.vars.went_behind then
      return "Your phone is in your hand, and Nina’s number is right there: Cal’s mum, the same pull as in the car park."
    end
    return "Your phone is in your hand, and Nina’s number is right there: Cal’s mum. You could just ask her."
  end,
  note = "The pull to rescue often comes back when we are alone, and a text to another parent sent behind his back will reach him through his friend by tomorrow. If it was sent, the repair is to tell him, own it, and call it off. Repair is still possible after the door has closed.",
  choices = {
    { "(Text Nina: “Hi, bit of a falling out between the boys, I think. Could we have a quick chat?” Send.)",
      kind = "rescue", next = "landing", id = "landing.nina",
      when = function(s) return not s.vars.texted_nina end,
      set = { texted_nina = true, went_behind = true, last_text = "nina" },
      inner = "(Tomorrow, at break, Cal:) ‘Why’s my mum asking me about you?’ …They went behind my back.",
      why = "Alone on the landing, the pull to sort it behind his back won, and you acted on it: his friendship is now in two parents’ hands." },
    { "(Knock again.) “I’ve just texted Nina about you and Cal. That wasn’t mine to do. I’m telling her to leave it.”",
      kind = "repair", repairs = "landing", next = to_ending(), id = "landing.own-nina",
      when = function(s) return s.vars.texted_nina and s.open_at("landing") and not s.vars.day_off end,
      inner = "You WHAT. …Okay. At least they told me. And they’re stopping it.",
      why = "You told him what you had done behind his back, owned it in a line and called it off: a hard repair, and the one that keeps his trust." },
    { "(Knock again.) “Changed my mind about tomorrow. You’re going in. I’ll wake you at seven.”",
      kind = "repair", repairs = "skip-school", next = to_ending(), id = "landing.undo-day-off",
      when = day_off, set = { day_off = false },
      inner = "Ugh. …Yeah. Okay.",
      why = "Even at the last moment, taking back the rescue gave tomorrow back to him." },
    { "(Text him: “Chin up x”)",
      kind = "fix", next = "landing", id = "landing.chin-up",
      when = function(s) return not s.vars.cheer_texted end,
      set = { cheer_texted = true, last_text = "cheer" },
      inner = "Chin up. Cool. Thanks.",
      why = "A cheery text told him how to feel, from the other side of a closed door." },
    { "(Text him: “Whatever you say to Cal, I’m on your side.” Then leave it.)",
      kind = "attune_boundary", next = to_ending(), id = "landing.text",
      inner = "On my side. Whatever I say. Okay.",
      why = "A small message kept you close without taking the problem off him." },
    late("landing", to_ending(), "(Knock again.) “", " Sleep well.”",
      "They knocked again. They meant it.",
      "You went back and named the miss, without making a big thing of it, after the door had closed.",
      function(s) return not (s.vars.texted_nina and s.open_at("landing")) end),
  },
}

------------------------------------------------------------------------------
-- Endings (the shared rules choose among them by verdict, in this order)
------------------------------------------------------------------------------

ending "end-stronger" {
  face = "regulated",
  title = "Mended", verdict = "stronger", background = "images/jonah-room.svg",
  text = "At seven you knock, and he’s already up. In the car he says, “If it goes badly, don’t ask me "
      .. "about it straight away, yeah?” and you say okay. Tonight wasn’t smooth: you missed him, and he "
      .. "felt it. You came back and said what you’d done, in a line, and he got something worth "
      .. "more than a sleepover: proof that things can go wrong between you and still be put right.",
  reflect = "Which repair mattered most? What made it possible to say it simply, without a speech?",
  note = "Invite people to say their repair line aloud. Short, owned, and turned back to him is the shape.",
}

ending "end-close" {
  face = "regulated",
  title = "Hood down", verdict = "connected", background = "images/jonah-room.svg",
  text = "He sends Cal four words and deletes none of them. You don’t ask what they were. At seven you "
      .. "knock and he groans, which is normal. He still isn’t going bowling on Saturday. But he walks into "
      .. "tomorrow knowing the worst of it was seen by someone who stayed, and left it his to carry.",
  reflect = "Where did you feel the pull to fix, rescue or phone someone, and what helped you stay with him instead?",
  note = "Attunement did not make the problem go away; it kept Jonah company while it stayed his.",
}

ending "end-day-off" {
  face = "regulated",
  title = "A day off", verdict = "other", background = "images/jonah-room.svg",
  when = function(s) return s.vars.day_off end,
  text = "He sleeps in. You ring the school and say he has a temperature, and it feels kind. The house is "
      .. "quiet and he’s calmer all day. But Monday is still there, now with the detention, the meeting, and "
      .. "a rumour that he was too scared to come in. The hard thing wasn’t taken off him; it was only moved, "
      .. "and he has learned that at home the way out of a hard thing is to be let off it.",
  reflect = "Letting him off felt loving. What did it tell him about what he can face?",
  note = "Rescuing feels like care and often is care. Discuss the difference between protecting a young person and taking away what is his to do, and when keeping a teenager home is the right call (illness, real danger at school, a plan made with the school).",
}

ending "end-done" {
  face = "shutdown",
  title = "Sorted, not shared", verdict = "other", background = "images/jonah-room.svg",
  text = "He goes to school, does the detention, and sits through the meeting with Cal. On paper, it all "
      .. "got handled. But less of tonight reached you than he carried home, and he’s a little surer that "
      .. "“I’m fine” is the safest thing to say in this house. There’s the drive on Friday, and a sentence "
      .. "that could start, “I’ve been thinking about last night…”",
  reflect = "What was left unsaid between you? What one sentence could reach him in the car tomorrow?",
}

ending "end-apart" {
  face = "shutdown",
  title = "Headphones on", verdict = "disconnected", background = "images/jonah-room.svg",
  text = "The bass goes quiet around eleven. Tomorrow he’ll go to school, or he won’t, and either way he’ll "
      .. "tell you it was fine. Nothing terrible happened tonight: a run of caring, well-meant misses, each "
      .. "one a little door closing. He is fifteen, and he is learning to carry things on his own. It isn’t "
      .. "too late. A short, honest sentence in the car tomorrow, naming one of them, would still reach him.",
  reflect = "Look back at the first miss. What would a one-line repair have sounded like?",
  note = "Treat this ending gently: every answer that led here is something loving parents say. The point is noticing, not blame.",
}
