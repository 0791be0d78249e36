-- Before You Go: a grieving widower, the last session before the therapist's
-- three-week break. The player is Walter's therapist.
--
-- Shape of the story
--   spine:     arrival → co-op → ashamed → sweet-peas → daughter → joke → crying →
--              the-break → somewhere-hot → everyone-goes → angry (pressure) →
--              fear → number → ruth-last → clock → tears-again → door
--              (some attuned answers skip a beat, so a play is 12–17 choices)
--   ruptures:  chitchat, polite, shut-it, my-mum, happy, advice, laughed,
--              setting-off, not-going, fly-by, cancel, cancelled, professional,
--              extra, stung, mobile, promise, doorway, cap-left; each offers a repair
--   steadying: angry → after-breath (the player's own steady answer)
--   cue beats: arrival, joke, somewhere-hot, clock, cap-left (the body tells the truth)
--
-- Variables record the kind of miss, so late repairs can name it:
--   cheered (fix), brushed (dismiss, withdraw), own_stuff (enmesh),
--   promised (rescue: a promise or a number the therapist can't keep).

story { id = "before-you-go", title = "Before You Go",
        relationship = "therapist-client", minutes = 15, start = "arrival",
        summary = "Walter Price, 71, lost his wife Ruth eight months ago and is ashamed of how much he still cries. "
               .. "Today is your last session before a three-week break, and it has to be said.",
        content_note = "Grief after the death of a spouse, and the fear of being left.",
        you = "You are Walter’s therapist.",
        with = "walter" }

character "walter" { name = "Walter", about = "a retired bus mechanic, 71; his wife Ruth died eight months ago",
  state = "regulated",
  portraits = { regulated = "images/walter-regulated.svg",
                activated = "images/walter-activated.svg",
                shutdown  = "images/walter-shutdown.svg" } }

local ROOM    = "images/consulting-room.svg"
local EVENING = "images/consulting-room-evening.svg"

-- Every path ends at the door, which routes by how the hour went.
local function to_ending()
  return {
    { "end-stronger", when = function(s)
        return s.repairs > 0 and s.open_ruptures == 0 and s.connection >= 65 end },
    { "end-close", when = function(s)
        return s.open_ruptures == 0 and s.connection >= 65 end },
    { "end-promise", when = function(s)
        return s.vars.promised and s.open_ruptures > 0 and s.connection >= 25 end },
    { "end-polite", when = function(s) return s.connection >= 45 end },
    { "end-apart" },
  }
end

local CHEERED   = { cheered = true }
local BRUSHED   = { brushed = true }
local OWN_STUFF = { own_stuff = true }
local PROMISED  = { promised = true }

-- A late repair that names the miss that happened.
local function late_repair_text(s)
  if s.vars.promised then
    return "Earlier I offered more than I can give, out of my own worry. I’m sorry. I go, and I come back."
  elseif s.vars.took_over then
    return "Earlier I offered to do for you what’s yours to choose. I’m sorry. You don’t need rescuing."
  elseif s.vars.own_stuff then
    return "Earlier you ended up looking after me. I’m sorry. This hour is yours, and I’m with you now."
  elseif s.vars.brushed then
    return "I kept us on safe ground today when you needed me with you. I’m sorry. I’m here now."
  end
  return "I kept trying to cheer you up today instead of listening. I’m sorry. I’m listening now."
end
local function late_repair_inner(s)
  if s.vars.promised then return "Straight with me. That’s harder, and better. I can hold on to straight." end
  if s.vars.own_stuff then return "Back in my own chair. I don’t have to mind them. I can just be sad." end
  return "They noticed. They said so. That’s more than most people manage."
end
local LATE_WHY = "Owning the miss in a line, late or not, tells him the bond can take a knock and mend."
local function has_open(s) return s.open_ruptures > 0 end

------------------------------------------------------------------------------
-- The first half: autumn light
------------------------------------------------------------------------------

beat "arrival" {
  background = ROOM, music = "autumn", state = "regulated",
  say = { walter = "Number 38 was late again. Forty years I kept that fleet on the road, and now look at it. Anyway. How are you keeping?" },
  cue = "He’s perched on the edge of the chair, turning his flat cap round and round by the brim.",
  reflect = "His words were small talk. What told you where he really was?",
  note = "A cue beat: only the cap shows what is going on. Ask the group what they saw before what they heard.",
  choices = {
    { "I’m well, thanks. Your cap’s doing laps, though. How are *you* keeping, Walter?",
      kind = "attune", next = "co-op",
      inner = "Caught out. By a cap. Fair enough, then.",
      why = "You answered his politeness briefly, then noticed his hands and turned back to him." },
    { "Sit for a moment, and let him see you’re in no hurry. Then: “It’s good to see you.”",
      kind = "attune", next = "co-op",
      inner = "No clipboard, no rush. I can let my shoulders down a bit.",
      why = "Unhurried presence let his body settle before any words were asked of him." },
    { "Don’t talk to me about the 38! I waited half an hour for it last week.",
      kind = "dismiss", next = "chitchat", set = BRUSHED,
      inner = "Buses it is, then. Safer ground.",
      why = "Joining the banter is friendly, but it kept you both on the surface he was hiding behind." },
  },
}

beat "chitchat" {
  say = { walter = "I’ve been up the allotment, digging the beds over before the frost. Onions in. Shed roof patched. That’s the news." },
  cue = "He lists it like a job sheet. The cap is still going round.",
  choices = {
    { "I kept us on the small stuff just now, and I missed you. How has it really been?",
      kind = "repair", next = "co-op",
      inner = "Really been. Nobody asks that twice. They did.",
      why = "You named the drift in a line and asked again, this time meaning it." },
    { "Busy, busy. I wonder if busy is what gets you through the days.",
      kind = "attune", next = "co-op",
      inner = "Busy’s all there is, some days. They’ve clocked that.",
      why = "You wondered about the work under the list. Owning the drift as well would mend it fully." },
    { "That’s great, Walter. Keeping active is one of the best things you can do.",
      kind = "fix", next = "polite", set = CHEERED,
      inner = "Gold star for the onions. Right.",
      why = "Praise for coping rewarded the front and left the grief behind it alone." },
    { "Onions already? What variety do you grow?",
      kind = "dismiss", next = "polite", set = BRUSHED,
      inner = "We could talk onions all hour. Maybe that’s best.",
      why = "Interest in his hobby is warm, but here it carried you further from why he came." },
  },
}

beat "polite" {
  state = "shutdown",
  say = { walter = "Oh, I’m alright, me. Mustn’t grumble. Ticking along." },
  cue = "His voice has gone flat and pleasant. The cap has stopped, held still in both hands.",
  choices = {
    { "I’ve kept us on safe ground, and I think I lost you. Ticking along sounds tiring.",
      kind = "repair", next = "co-op",
      inner = "Tiring. Aye. That’s the word.",
      why = "You owned the drift and reached past “alright” to what his voice was saying." },
    { "Your hands went still just then. Something stopped.",
      kind = "attune", next = "co-op",
      inner = "Did it? …It did.",
      why = "You spoke to the change in his body, not the pleasant words." },
    { "Ticking along is good. Eight months on, that counts as progress.",
      kind = "fix", next = "co-op", set = CHEERED,
      inner = "Progress. If that’s what they want to hear.",
      why = "Calling it progress sealed the polite front instead of opening it." },
  },
}

beat "co-op" {
  say = { walter = "Daft thing. They had her biscuits on offer in the Co-op. Custard creams. And I stood in the aisle and cried. Seventy-one." },
  cue = "He says it like the end of a joke, but his jaw is working and he won’t look up.",
  choices = {
    { "Her biscuits, on an ordinary shelf. That caught you right off guard.",
      kind = "attune", next = "ashamed",
      inner = "Off guard. That’s it exactly. Out of nowhere.",
      why = "You stayed with the moment in the aisle instead of explaining it." },
    { "Say nothing yet. Let the custard creams sit in the room with you both.",
      kind = "attune", next = "sweet-peas",
      inner = "They’re not rushing me. It can just be sad.",
      why = "Quiet, unhurried company showed him the feeling was welcome here." },
    { "That’s so normal, Walter. Grief comes in waves. There’s nothing daft about it.",
      kind = "fix", next = "shut-it", set = CHEERED,
      inner = "Normal. Then why does it feel like the floor’s gone?",
      why = "True and kind, but normalising so fast explained the tears before they were felt." },
    { "Something I rushed earlier: it’s been a hard week, hasn’t it? Tell me about the aisle.",
      kind = "repair", next = "ashamed", when = has_open,
      inner = "They came back for it. Alright. The aisle.",
      why = LATE_WHY },
  },
}

beat "shut-it" {
  say = { walter = "Waves. Aye. That’s what the leaflet said." },
  cue = "He folds the cap in half along its crease and presses it flat on his knee. “Anyway.”",
  choices = {
    { "I hurried to tell you it’s normal, and skipped how awful it felt in that aisle. Sorry.",
      kind = "repair", next = "ashamed",
      inner = "Awful. It was. Standing there like a lost lad.",
      why = "You named the rush simply and went back to his experience, not the leaflet’s." },
    { "“Anyway.” I think you’re folding it away again.",
      kind = "attune", next = "ashamed",
      inner = "They saw me fold it. Hm.",
      why = "You noticed him closing up. Owning your part would have mended the miss too." },
    { "The leaflets are actually quite good. Did you read the one about anniversaries?",
      kind = "dismiss", next = "ashamed", set = BRUSHED,
      inner = "Reading list. Grand.",
      why = "Pointing to the leaflet took you both further into information and away from him." },
  },
}

beat "ashamed" {
  say = { walter = "Ruth’s dad buried two sons and never shed a tear. Me, I’m at it every day. Eight months. I should be past the worst." },
  cue = "He rubs his thumb hard along the seam of the cap, as if it were a stain.",
  reflect = "What happens in you when a client says they “should” be over it by now?",
  choices = {
    { "There’s shame in it for you. That the tears keep coming, eight months on.",
      kind = "attune", next = "sweet-peas",
      inner = "Shame. Nobody’s said the word. That’s what it is.",
      why = "You named what sat under “should”, gently, without arguing with it." },
    { "You measure yourself against her dad. I wonder who taught you tears had a deadline.",
      kind = "attune", next = "sweet-peas",
      inner = "My own dad, if I’m honest. Never thought about it.",
      why = "Curiosity about the rule, not a correction of it, opened a door." },
    { "There’s no timetable for grief, Walter. You’re doing really well.",
      kind = "fix", next = "doing-well", set = CHEERED,
      inner = "Doing well. Then why do I feel like this?",
      why = "Reassurance argued with his shame instead of letting him show it." },
    { "When my mum died I cried for a year. I still do sometimes, honestly.",
      kind = "enmesh", next = "my-mum", set = OWN_STUFF,
      inner = "Oh. They’re hurting too. I should be careful with them.",
      why = "Meant as solidarity, your own grief took the floor, and he turned to look after you." },
  },
}

beat "doing-well" {
  say = { walter = "Doing well. Is that what it looks like from over there?" },
  cue = "He gives you a small, tight smile, the kind you give a doctor who has got it wrong.",
  choices = {
    { "Maybe not how it feels from your side. I jumped to reassure you. What’s the crying like?",
      kind = "repair", next = "sweet-peas",
      inner = "They asked. Properly. Like it’s allowed.",
      why = "You owned the reassurance and asked about his experience instead of grading it." },
    { "From your side, I think it feels like failing.",
      kind = "attune", next = "sweet-peas",
      inner = "Failing. Every day. Yes.",
      why = "You named what his smile hid. Owning the rush would have mended it fully." },
    { "It really does, Walter. You come every week. You talk about her.",
      kind = "fix", next = "sweet-peas", set = CHEERED,
      inner = "Turning up isn’t the same as coping.",
      why = "Insisting he is doing well asked him to agree, not to be known." },
  },
}

beat "my-mum" {
  say = { walter = "Oh. I’m sorry to hear that. Your mum. Are you alright, though?" },
  cue = "He leans forward, concerned, the way he’d lean in over a sick engine. His own eyes are dry now.",
  note = "An enmesh rupture: the client becomes the carer. Worth asking the group what pulls them to share their own losses.",
  choices = {
    { "Thank you, I am. I brought my own loss in just now. This hour’s yours: you cry every day.",
      kind = "repair", next = "sweet-peas",
      inner = "Back to me. That’s a relief, actually.",
      why = "You thanked him, took your grief back, and returned to his without a speech." },
    { "I’m fine. You were telling me about crying every day. I want to hear that.",
      kind = "attune_boundary", next = "sweet-peas",
      inner = "Fine, they say. Alright. If they’re sure.",
      why = "You held the line on whose hour it was. Naming your slip would have mended it fully." },
    { "It still gets me, honestly. Grief is a rotten thing, isn’t it?",
      kind = "enmesh", next = "sweet-peas", set = OWN_STUFF,
      inner = "Two of us at it now. I’d best keep mine in.",
      why = "Staying in your own grief left him minding you in his own session." },
  },
}

beat "sweet-peas" {
  say = { walter = "She grew the sweet peas, I grew the spuds. I’ve kept her sweet peas going all summer. Who for, I don’t know." },
  cue = "He looks out at the tree beyond the window, where the leaves are turning.",
  choices = {
    { "All summer, tending her flowers. And no one to bring them in to.",
      kind = "attune", next = "daughter",
      inner = "No one to bring them in to. That’s the bit. That’s the bit.",
      why = "You stayed in the ache of the question instead of answering it." },
    { "“Who for.” That sounds like a heavy question to carry up to the allotment.",
      kind = "attune", next = "joke",
      inner = "Heavy. Every morning. They get it.",
      why = "You left his question open and noticed its weight." },
    { "She’d want you to be happy, Walter. Maybe the sweet peas are for you now.",
      kind = "fix", next = "happy", set = CHEERED,
      inner = "Happy. Everyone knows what she’d want except me.",
      why = "The wish to cheer him was kind, but it spoke for Ruth and skipped what he feels." },
  },
}

beat "happy" {
  state = "activated",
  say = { walter = "Happy. Everyone says that. Our Karen, the vicar, the lass at the chemist. Funny, none of them ask what I want." },
  cue = "His jaw sets. He puts the cap on the arm of the chair, out of reach.",
  choices = {
    { "You’re right. I spoke for Ruth and didn’t ask you. What’s it like, growing them for no one?",
      kind = "repair", next = "daughter",
      inner = "They heard that. Alright. I’ll tell them.",
      why = "You owned the miss in one line and asked the question he said nobody asks." },
    { "Everyone tells you how to feel. That sounds lonely.",
      kind = "attune", next = "daughter",
      inner = "Lonely. Aye. In a room full of advice.",
      why = "You met the feeling in his complaint. Owning your share of it would mend it fully." },
    { "I’m sure they all mean well, Walter.",
      kind = "dismiss", next = "daughter", set = BRUSHED,
      inner = "Now I’m ungrateful as well as daft.",
      why = "Defending the others, you included, turned his hurt into something to apologise for." },
  },
}

beat "daughter" {
  say = { walter = "Karen says I should clear out Ruth’s wardrobe. And join some group at the church hall. Says it’d do me good. What do you reckon?" },
  cue = "He looks straight at you for the first time today, waiting for an instruction.",
  choices = {
    { "I notice you’d like me to decide. What happens in you when Karen says “do you good”?",
      kind = "attune_boundary", next = "joke",
      inner = "They won’t tell me. Annoying. Though… what does happen?",
      why = "You kept the decision his and turned to what the advice stirs in him." },
    { "Everyone seems to have a plan for your grief. I wonder if you feel hurried.",
      kind = "attune", next = "joke",
      inner = "Hurried. Aye. Like I’m holding up a queue.",
      why = "You named the pressure in the request instead of adding to it." },
    { "A group could really help: people who know what it’s like. Maybe try one?",
      kind = "fix", next = "advice", set = CHEERED,
      inner = "One more thing I should be doing.",
      why = "Good advice, offered before the feeling, became one more task on his list." },
    { "I’ll find the details of a group and ring them for you, so you don’t have to.",
      kind = "rescue", next = "advice", set = { took_over = true },
      inner = "Can’t even ring a church hall now. That’s what I’ve come to.",
      why = "Doing it for him, out of pity, told him he couldn’t. The choice is his to make." },
  },
}

beat "advice" {
  say = { walter = "Right. Group. Wardrobe. I’ll put them on the list." },
  cue = "He pats the breast pocket where he keeps a little notebook. His voice has gone dutiful.",
  choices = {
    { "I just added to the list everyone gives you. Sorry. I’d rather know what the wardrobe is like for you.",
      kind = "repair", next = "joke",
      inner = "The wardrobe. Her coats still smell of her. That’s what.",
      why = "You owned the advice and came back to the feeling it had stepped over." },
    { "You sound like a man taking orders.",
      kind = "attune", next = "joke",
      inner = "Forty years of job sheets. They’ve spotted it.",
      why = "You noticed his dutiful voice. Owning your part in it would mend it fully." },
    { "And the group meets on Thursdays, so you could start this week.",
      kind = "fix", next = "joke", set = CHEERED,
      inner = "Thursday, then. Whatever gets them off my back.",
      why = "Pressing on with the plan confirmed that compliance is what you wanted." },
  },
}

beat "joke" {
  say = { walter = "Ruth always said I’d be lost without her. She was right: I went the wrong way out of the cemetery car park!" },
  cue = "He laughs. Nobody else does. The laugh goes on a beat too long, then stops, and he looks at the window.",
  reflect = "A joke that falls flat is a cue. What do you do with your own urge to laugh along?",
  note = "The second cue beat. Laughing along feels kind and is very common; explore what the silence offers instead.",
  choices = {
    { "Don’t laugh. Let the quiet sit, then: “That one didn’t come out funny, did it?”",
      kind = "attune", next = "crying",
      inner = "No. It didn’t. It came out true.",
      why = "You answered the laugh that stopped, not the joke, and let it be sad." },
    { "Lost without her. Underneath the joke, I think that’s just how it is.",
      kind = "attune", next = "crying",
      inner = "Just how it is. God help me, yes.",
      why = "You heard the truth inside the punchline and said it plainly." },
    { "Ha! She had you sussed, then.",
      kind = "dismiss", next = "laughed", set = BRUSHED,
      inner = "Good. Keep it light. Don’t let it out.",
      why = "Laughing along is friendly, but it helped him back behind the joke." },
  },
}

beat "laughed" {
  say = { walter = "Aye, well. Ruth said I could make a funeral laugh. Did, and all. Hers." },
  cue = "The smile has gone. His thumbnail works at a loose thread on the cap.",
  choices = {
    { "I laughed along, and I don’t think it was funny for you at all. I’m sorry.",
      kind = "repair", next = "crying",
      inner = "It wasn’t. Thank God someone noticed.",
      why = "You owned joining the joke and made room for what was under it." },
    { "You made them laugh at her funeral. Who held you, that day?",
      kind = "attune", next = "crying",
      inner = "Nobody. I was too busy holding everyone else.",
      why = "You followed him to the hard place. Owning the laugh would have mended the miss too." },
    { "Humour’s a great way of coping, you know. It’s a real strength.",
      kind = "fix", next = "crying", set = CHEERED,
      inner = "A strength. Then why am I so tired of it?",
      why = "Praising the defence told him to keep using it, here of all places." },
  },
}

beat "crying" {
  state = "activated",
  say = { walter = "Sorry. Sorry. Look at the state of me. Grown man." },
  cue = "The tears come at last. He pulls a folded hanky from his pocket, pressed into a neat square.",
  reflect = "What does your body want to do when a client cries? What do you do with that?",
  choices = {
    { "Nothing to be sorry for. Let them come. I’m right here with you.",
      kind = "attune", next = "the-break",
      inner = "Let them come. Alright. Alright, then.",
      why = "You welcomed the tears instead of soothing them away." },
    { "Stay quiet. Let him cry, and keep your eyes soft on him.",
      kind = "attune", next = "the-break",
      inner = "They didn’t look away. They didn’t fuss.",
      why = "Steady, wordless company told him his crying was not too much for you." },
    { "Take all the time you need, Walter. I’m not going anywhere.",
      kind = "fix", next = "not-going", set = CHEERED,
      inner = "Not going anywhere. Someone’s finally said it.",
      why = "It sounds loving, but it isn’t true: in ten minutes you must tell him you’re going away." },
    { "(Your eyes fill.) “Oh, Walter. You’ll set me off in a minute.”",
      kind = "enmesh", next = "setting-off", set = OWN_STUFF,
      inner = "Now I’ve upset them. Pull yourself together, man.",
      why = "Being moved is human; saying so made his tears a problem for you." },
  },
}

beat "setting-off" {
  say = { walter = "Eh, don’t you start, or we’ll never get home. Here." },
  cue = "He holds out his own hanky to you. His tears have stopped dead.",
  choices = {
    { "Keep it, Walter, it’s yours. I got caught up for a moment. I’m back now, with you.",
      kind = "repair", next = "the-break",
      inner = "They gave it back. I can be the one who’s sad.",
      why = "You named your wobble without drama and handed the moment back to him." },
    { "I’m alright. This is your time. I’d like to hear about that hanky.",
      kind = "attune_boundary", next = "the-break",
      inner = "Ruth ironed it. Last one she did.",
      why = "You steadied the frame and turned back to him. Owning the slip would mend it fully." },
    { "Thank you. Sorry, it’s just so sad. Ruth sounds like she was wonderful.",
      kind = "enmesh", next = "the-break", set = OWN_STUFF,
      inner = "I’ve got to mind them now. I’ll keep it tidy.",
      why = "Taking his hanky and his sorrow made you the one being cared for." },
  },
}

beat "not-going" {
  say = { walter = "That’s good. Because this is the only hour in the week I don’t have to be alright." },
  cue = "He sits back, properly, for the first time today. You feel the weight of what you’ve just promised.",
  note = "A rupture the client can’t yet see. The therapist’s own reassurance has set up the break to land harder.",
  choices = {
    { "Walter, I spoke too quickly. I’m here today, but my break starts Monday. Three weeks. I should have said.",
      kind = "repair", next = "somewhere-hot",
      inner = "Oh. Oh, right. Well. At least they said.",
      why = "You caught your promise before it grew and told him the truth, plainly." },
    { "This is the hour where you don’t have to be alright. I hear how much that matters.",
      kind = "attune", next = "the-break",
      inner = "It matters more than they know.",
      why = "You met what the hour means to him. The promise still needs taking back." },
    { "I’m glad this is that place for you. Let’s keep it that way.",
      kind = "dismiss", next = "the-break", set = BRUSHED,
      inner = "Safe here. Always. Good.",
      why = "Letting the promise stand made the news you’re holding heavier still." },
  },
}

------------------------------------------------------------------------------
-- The second half: the light going
------------------------------------------------------------------------------

beat "the-break" {
  background = EVENING,
  say = function(s)
    if s.seen("not-going") then
      return "The light on the tree outside has turned amber. Fifteen minutes left. You told him you weren’t going anywhere; "
          .. "your break starts on Monday."
    end
    return "The light on the tree outside has turned amber. Fifteen minutes left, and your three-week break starts on Monday. "
        .. "You haven’t said it yet."
  end,
  cue = "Walter tucks the hanky away and smooths the cap on his knee. He looks steadier.",
  reflect = "How do you name a break to a grieving client? What makes it hard to say plainly?",
  note = "The boundary is the break itself. Naming it honestly, with warmth, is the attuned answer; softening or moving it is not.",
  choices = {
    { "Walter, I need to tell you something before we finish. My break starts Monday; I’m back on the 14th.",
      kind = "attune_boundary", next = "somewhere-hot",
      inner = "Monday. Right. …Right.",
      why = "You named the break plainly, with the date you come back, and left room for it to land." },
    { "There’s something hard to say, and I want to give it time: I’m away for three weeks from Monday.",
      kind = "attune_boundary", next = "somewhere-hot",
      inner = "Hard to say. So they know it’s hard to hear.",
      why = "You said it straight, and your care about how it lands showed." },
    { "Oh, quick reminder: I’m off for a few weeks from Monday. It’ll fly by!",
      kind = "dismiss", next = "fly-by", set = BRUSHED,
      inner = "Fly by. For them, maybe.",
      why = "Making the break small spared you his reaction and left him alone with it." },
    { "I’m meant to be away from Monday, but honestly, I could move it if you need me.",
      kind = "rescue", next = "cancel", set = PROMISED,
      inner = "They think I can’t manage. Maybe I can’t.",
      why = "Offering to move your break out of pity tells him he’s too fragile for it." },
  },
}

beat "fly-by" {
  say = { walter = "Fly by. Aye. Course it will." },
  cue = "He agrees too fast, then looks up at the clock on the wall and doesn’t look away.",
  choices = {
    { "That came out as if it were nothing. Three weeks is a long time. I’m not pretending otherwise.",
      kind = "repair", next = "everyone-goes",
      inner = "Not nothing. No. It isn’t.",
      why = "You took back the shrinking and let the break be the size it is for him." },
    { "You’re watching the clock. I wonder what three weeks looks like from your chair.",
      kind = "attune", next = "everyone-goes",
      inner = "Long. It looks long.",
      why = "You read his eyes on the clock. Owning the breezy tone would have mended it too." },
    { "You’ll be fine. You’ve got the allotment, and Karen.",
      kind = "fix", next = "everyone-goes", set = CHEERED,
      inner = "The allotment isn’t a person. Karen’s got her own life.",
      why = "Listing his supports reassured you more than him." },
  },
}

beat "cancel" {
  say = { walter = "No, no. You go. Don’t mind me. I’m not a charity case." },
  cue = "Relief crosses his face, then something like shame. He grips the cap tight.",
  choices = {
    { "You’re not. I offered that out of my worry. The break is happening, and I’ll be back on the 14th.",
      kind = "repair", next = "somewhere-hot", set = { promised = false },
      inner = "Straight. That’s better. I can stand on straight.",
      why = "You owned the pity in your offer and gave him the plain truth to lean on." },
    { "Relief, and then shame. Both were on your face just then.",
      kind = "attune", next = "somewhere-hot",
      inner = "Both. Aye. They see a lot, this one.",
      why = "You named both feelings. The offer itself still needs taking back." },
    { "Honestly, it’s no trouble. I’ll move it. You matter more than a holiday.",
      kind = "rescue", next = "cancelled", set = PROMISED,
      inner = "I’ve made them cancel. I’m that much of a burden.",
      why = "Insisting on sacrificing your break confirmed his fear of being a burden." },
  },
}

beat "cancelled" {
  say = { walter = "Well. If you’re sure. That’s… that’s a weight off." },
  cue = "He smiles, but he looks smaller in the chair, like a man let off a bill he knows is still owed.",
  note = "A rescue that ‘works’. Worth asking what the client learns when the therapist gives up a boundary for him.",
  choices = {
    { "Walter, I’m sorry. I spoke from my own worry. I am taking the break, and I’ll be back on the 14th.",
      kind = "repair", next = "everyone-goes", set = { promised = false },
      inner = "Oh. Back to real, then. Scary. But real.",
      why = "You took back a promise you couldn’t keep well, and owned why you made it." },
    { "You look smaller, not lighter. I don’t think that helped.",
      kind = "attune", next = "everyone-goes",
      inner = "Smaller. That’s how it feels. Like a charity case.",
      why = "You saw the shame under the relief. Taking back the offer would mend it fully." },
    { "And here’s my mobile, too, just in case. Ring any time.",
      kind = "rescue", next = "everyone-goes", set = PROMISED,
      inner = "They’ll always be there. Unless they aren’t. Like Ruth.",
      why = "Each rescue offers comfort no one can keep up, and the fear waits underneath." },
  },
}

beat "somewhere-hot" {
  say = { walter = "Course! You’ve earned it. Somewhere hot, I hope? Bring us back a stick of rock." },
  cue = "He grins, but both palms are pressing the cap flat on his knee, over and over.",
  reflect = "His words said “fine”. His hands said something else. Which did you answer?",
  note = "The third cue beat: the words are generous; only the hands show the news has landed.",
  choices = {
    { "You’re smiling, and your hands are pressing that cap flat. What’s it like to hear?",
      kind = "attune", next = "everyone-goes",
      inner = "My hands. Daft hands. They’ve given me away.",
      why = "You noticed the mismatch and asked about it gently, with no pressure." },
    { "Let the joke pass. “That’s kind. And I wonder how the news feels, underneath.”",
      kind = "attune", next = "angry",
      inner = "Underneath. They always go underneath.",
      why = "You thanked the kindness and still went looking for him." },
    { "Ha, no rock, I’m afraid! But you’ll be fine. Three weeks is nothing.",
      kind = "fix", next = "fly-by", set = CHEERED,
      inner = "Nothing. For them.",
      why = "Matching his cheer and reassuring him took the words at face value." },
    { "I’d rather not share my plans, Walter. Let’s keep the focus on you.",
      kind = "withdraw", next = "professional", set = BRUSHED,
      inner = "Overstepped. Know your place, Walter.",
      why = "The boundary is fair, but said coolly it landed as a door closing." },
  },
}

beat "professional" {
  state = "shutdown",
  say = { walter = "No. No, course not. None of my business." },
  cue = "He sits up straight, like a lad in front of the foreman, cap squared off on his knee.",
  choices = {
    { "That came out colder than I meant. Where I go matters less than how it feels to hear it.",
      kind = "repair", next = "everyone-goes",
      inner = "Warmer. Alright. I can say it, maybe.",
      why = "You owned the chill and turned back to what the news means for him." },
    { "You’ve gone very upright. I think I shut a door just then.",
      kind = "attune", next = "everyone-goes",
      inner = "They noticed. Not a foreman, then.",
      why = "You read his posture. Saying sorry as well would mend the miss fully." },
    { "Good. So, how are you feeling about the next few weeks?",
      kind = "withdraw", next = "angry", set = BRUSHED,
      inner = "Feelings. On demand. After that.",
      why = "A textbook question, asked from behind the role, kept him at arm’s length." },
  },
}

beat "everyone-goes" {
  say = { walter = "It’s nowt. People go, that’s all. Dad went to sea and came back when it suited him. Ruth went. The lads from the depot." },
  cue = "He says it to the carpet, in the flat voice of a man reading out a timetable.",
  choices = {
    { "People go. And now I’m going too, for a while. That lands somewhere old.",
      kind = "attune", next = "angry",
      inner = "Somewhere old. Right in it.",
      why = "You linked his history to the break without softening your part in it." },
    { "That’s a long list of people leaving. No wonder three weeks doesn’t feel like nothing.",
      kind = "attune", next = "angry",
      inner = "It doesn’t. It feels like the first step out the door.",
      why = "You let the list be as heavy as it is, and tied it to now." },
    { "But I’m coming back, Walter. That’s different, isn’t it?",
      kind = "fix", next = "angry", set = CHEERED,
      inner = "Different. They all said that.",
      why = "True, but said too soon it argued with a fear he had only just shown you." },
    { "Why don’t we book an extra session on Friday, before I go?",
      kind = "rescue", next = "extra", set = PROMISED,
      inner = "An extra one. Because I can’t cope. Right.",
      why = "Adding a session out of pity soothes you both for now and hints he can’t bear it." },
  },
}

beat "extra" {
  say = { walter = "Friday. Aye, alright. And then what, after Friday?" },
  cue = "He writes it in the little notebook. The pencil stops halfway through the word.",
  choices = {
    { "I offered Friday out of my own worry, and it just moves the goodbye. I’m sorry.",
      kind = "repair", next = "angry", set = { promised = false },
      inner = "Moves it. Aye. It’s still coming.",
      why = "You owned the rescue and left the goodbye where it belongs: here, today." },
    { "“And then what.” That’s the real question, isn’t it?",
      kind = "attune", next = "angry",
      inner = "It is. And then nobody.",
      why = "You went to the fear under his question. Taking back Friday would mend it fully." },
    { "After Friday you’ll have my cover colleague’s number. You won’t be alone.",
      kind = "fix", next = "angry", set = CHEERED,
      inner = "A stranger’s number. That’s not what I asked.",
      why = "The information is right, but it came as a patch over his fear." },
  },
}

beat "angry" {
  state = "activated", pressure = 35,
  say = { walter = "Three weeks. Then it’ll be “I think we’ve done what we can, Walter.” You’ll go like the rest of them. Don’t pretend you won’t." },
  cue = "His voice fills the small room. He’s half out of the chair, the cap crushed in one fist.",
  reflect = "What happens in your body when a client says “you’ll go like the rest of them”?",
  note = "Entering this beat costs steadiness and can flood the player. The steady answer is a real answer; discuss what steadies each trainee.",
  choices = {
    { "Feel your feet on the floor. Let one slow breath out before you say anything.",
      kind = "steady", next = "after-breath",
      inner = "They didn’t flinch. Didn’t shout back. …Still there.",
      why = "You can only meet his anger from a steady body. A breath comes first." },
    { "You’re angry, and you’re scared I’ll leave for good. I am going. And I’m coming back.",
      kind = "attune_boundary", next = "fear",
      inner = "Going. Coming back. They said both. They didn’t run.",
      why = "You met the anger and held the truth of the break: warmth and a boundary together." },
    { "That’s not true, Walter! I’d never just drop you like that.",
      kind = "fix", next = "stung", set = CHEERED,
      inner = "Everyone says never.",
      why = "Defending yourself answered the accusation, not the fear inside it." },
    { "That’s not fair. I’ve been here for you every single week.",
      kind = "enmesh", next = "stung", set = OWN_STUFF,
      inner = "Now I’ve hurt them. Always too much, me.",
      why = "Feeling accused is human, but making it about your hurt left him with his fear and your wound." },
  },
}

beat "after-breath" {
  say = { walter = "Well? Aren’t you going to say something?" },
  cue = "He’s still on his feet, but the fist has loosened, and his eyes are wet.",
  choices = {
    { "I’m here. You’re frightened I won’t come back. I will, on the 14th.",
      kind = "attune_boundary", next = "fear",
      inner = "Frightened. Yes. Dad, Ruth. Yes.",
      why = "From a steadier place you named the fear and kept to the truth." },
    { "Your fist’s opened a bit. Would you sit with me a moment?",
      kind = "attune", next = "fear",
      inner = "It has. I don’t know where to put myself.",
      why = "You noticed his body easing and invited him back, without a lecture." },
    { "I’d like you to sit down, please, Walter, so we can talk about this calmly.",
      kind = "withdraw", next = "stung", set = BRUSHED,
      inner = "Told off. Sit down, Price.",
      why = "A calm instruction felt safe to you but reached him as the foreman’s voice." },
  },
}

beat "stung" {
  state = "shutdown",
  say = { walter = "There. Everybody’s got an answer." },
  cue = "He drops back into the chair and stares at the carpet. Whatever was loud in him has gone out.",
  choices = {
    { "I got defensive, and you were telling me something that matters: you’re scared I’ll go for good.",
      kind = "repair", next = "fear",
      inner = "They heard it. Under the shouting. They heard it.",
      why = "You owned your defensiveness and went back to the fear under his anger." },
    { "Everything went out of you just then.",
      kind = "attune", next = "fear",
      inner = "It did. I’m tired. I’m so tired.",
      why = "You noticed the collapse. Naming your own part would have mended it fully." },
    { "I’m not trying to have an answer. I’m trying to help you.",
      kind = "fix", next = "fear", set = CHEERED,
      inner = "Helping. Same as everyone.",
      why = "Explaining your intention asked him to reassure you, not the other way round." },
  },
}

beat "fear" {
  state = "activated",
  say = { walter = "Sorry. Didn’t mean to bark. I’m just… I’m not ready. I’m not done." },
  cue = "He sits. His hands hang between his knees, the cap dangling from two fingers.",
  choices = {
    { "You’re not ready, and I’m going anyway. It makes sense that that frightens you.",
      kind = "attune", next = "number",
      inner = "It does. It makes sense. I’m not mad.",
      why = "You let the fear be true and reasonable, without rushing to shrink it." },
    { "No need for sorry. You’re not done, and we’re not done. We pick up on the 14th.",
      kind = "attune_boundary", next = "ruth-last",
      inner = "Not done. Pick up. That’s a sentence I can keep.",
      why = "You welcomed his anger and held both truths: the break, and the work going on after it." },
    { "Then I’ll cancel. You matter more than any holiday.",
      kind = "rescue", next = "cancelled-late", set = PROMISED,
      inner = "I’ve wrecked their holiday. Typical.",
      why = "Cancelling out of pity feels generous but tells him he is too fragile to be left." },
    { "You’re much stronger than you were in the spring, you know.",
      kind = "fix", next = "brave-face", set = CHEERED,
      inner = "Stronger. Then why do I feel like this?",
      why = "Pointing to his progress argued with a fear he had just found the nerve to say." },
  },
}

beat "cancelled-late" {
  say = { walter = "Cancel? No. No, you can’t do that for me. …Can you?" },
  cue = "He shakes his head, but his eyes have lifted to your face, hoping.",
  choices = {
    { "I said that from my own worry, and I’m sorry. I’m going, and I’m back on the 14th.",
      kind = "repair", next = "number", set = { promised = false },
      inner = "Going. Coming back. Straight answer. Hurts, but it holds.",
      why = "You took back a rescue you couldn’t stand behind, and gave him something true." },
    { "Part of you says no, and part of you is hoping I will.",
      kind = "attune", next = "number",
      inner = "Both. I’m ashamed of the hoping one.",
      why = "You saw both parts of him. The offer itself still needs taking back." },
    { "I can, and I will. Consider it done.",
      kind = "rescue", next = "number", set = PROMISED,
      inner = "I’ve kept them home. Now I owe them. Now I mustn’t be too much.",
      why = "Giving up your break for him makes his fear the thing that runs the room." },
  },
}

beat "brave-face" {
  say = { walter = "Stronger. Strong enough to be left on my own, you mean." },
  cue = "He says it quietly, to the cap, not to you.",
  choices = {
    { "You’d just told me you’re scared, and I pointed at your progress. I’m sorry. You’re scared.",
      kind = "repair", next = "number",
      inner = "Scared. They said it back. Not brave. Scared.",
      why = "You owned the jump to his progress and came back to the fear he had named." },
    { "That’s how it sounded, isn’t it? As if getting stronger means being left.",
      kind = "attune", next = "number",
      inner = "That’s exactly how it sounded.",
      why = "You heard the fear in his reading of you. A sorry as well would mend it fully." },
    { "I only meant you’ve come such a long way.",
      kind = "fix", next = "number", set = CHEERED,
      inner = "They meant well. They always mean well.",
      why = "Explaining what you meant kept the focus on your words instead of his fear." },
  },
}

beat "number" {
  say = { walter = "Is there a number, while you’re away? Not that I’d use it." },
  cue = "He’s studying the pattern in the carpet as if it might be on the test.",
  choices = {
    { "I won’t be reachable, and I know that’s hard. The practice has cover, and I’m back on the 14th.",
      kind = "attune_boundary", next = "ruth-last",
      inner = "Not reachable. Hard. But they said it to my face.",
      why = "You held a clear limit, named what’s there instead, and didn’t hide from how it lands." },
    { "“Not that I’d use it.” It took something to ask, though.",
      kind = "attune", next = "ruth-last",
      inner = "It did. Felt like begging.",
      why = "You heard the need behind the shrug before answering the question." },
    { "Here’s my own mobile. Ring any time, day or night. I mean it.",
      kind = "rescue", next = "mobile", set = PROMISED,
      inner = "A lifeline. As long as they pick up.",
      why = "A private number offers a closeness you can’t sustain, and the break stops being real." },
  },
}

beat "mobile" {
  say = { walter = "Right. I’ll keep it in my wallet. Behind Ruth’s photo." },
  cue = "He folds the paper small and tucks it away with great care, like a ticket he mustn’t lose.",
  choices = {
    { "Walter, I gave you that out of my own worry. I won’t answer it while I’m away. I’m sorry.",
      kind = "repair", next = "ruth-last", set = { promised = false },
      inner = "Hurts. But they didn’t leave me holding a dead line.",
      why = "Taking back the number is hard; it spares him the silence of an unanswered call." },
    { "Behind Ruth’s photo. That’s where you keep the things you can’t lose.",
      kind = "attune", next = "ruth-last",
      inner = "Exactly that. Can’t lose another one.",
      why = "You heard what the hiding place means. The number still needs taking back." },
    { "Good. It’ll be there if you need it.",
      kind = "rescue", next = "ruth-last", set = PROMISED,
      inner = "They’ll always be there. They will. Won’t they?",
      why = "Letting the promise stand makes it his to test, alone, in the next three weeks." },
  },
}

beat "ruth-last" {
  say = { walter = "When Ruth went into the hospice she said, “See you tomorrow, love.” And then she didn’t." },
  cue = "He turns the cap over and looks inside it, as if there might be something there.",
  reflect = "How did his fear of your break and his grief for Ruth meet here? How far did you follow him?",
  choices = {
    { "She said tomorrow, and tomorrow didn’t come. So “I’ll be back” is hard to trust.",
      kind = "attune", next = "clock",
      inner = "Hard to trust. Aye. That’s the nub of it.",
      why = "You let his loss and your break meet, and didn’t hurry to make it better." },
    { "Say nothing. Stay with him while he looks into the cap.",
      kind = "attune", next = "tears-again",
      inner = "Quiet. They let it be as big as it is.",
      why = "Silent presence let the memory be felt without anyone tidying it away." },
    { "I will be back, Walter. I promise you that.",
      kind = "fix", next = "promise", set = CHEERED,
      inner = "She promised, and all.",
      why = "A promise leapt over his memory and asked him to trust on command." },
  },
}

beat "promise" {
  say = { walter = "Aye. Everybody promises." },
  cue = "He laughs, short, with no fun in it, and puts the cap back on his knee.",
  choices = {
    { "I rushed past what Ruth said to you. You heard “tomorrow”, and it never came. I’m sorry.",
      kind = "repair", next = "clock",
      inner = "They came back for her. For me.",
      why = "You named the rush and returned to the memory you’d stepped over." },
    { "Promises haven’t kept people with you.",
      kind = "attune", next = "clock",
      inner = "No. They haven’t.",
      why = "You met his bitterness honestly. Owning the rush would have mended it fully." },
    { "I understand. But you can trust me.",
      kind = "fix", next = "clock", set = CHEERED,
      inner = "Trust is earned, lad.",
      why = "Asking for trust, right after he said why it’s hard, asked too much of him." },
  },
}

beat "clock" {
  say = { walter = "Well. That’s about us, I reckon. I’ll not keep you." },
  cue = "There are eight minutes left. He’s already on his feet, coat over his arm, eyes on the door.",
  reflect = "He got ready to leave before you could. What might that protect him from?",
  note = "The fourth cue beat: only the clock and the door show it. Leaving first is one way not to be left.",
  choices = {
    { "There are eight minutes yet. I notice you’re getting ready to go first.",
      kind = "attune", next = "tears-again",
      inner = "First. Aye. Better than being the one left.",
      why = "You named what the coat and the door were doing, gently, with time to stay." },
    { "We’ve still got eight minutes, and I’d like us to use them. Will you sit a while?",
      kind = "attune_boundary", next = "tears-again",
      inner = "They want me here. Till the end. Alright.",
      why = "You held the frame of the session and made it plain you wanted him in it." },
    { "Alright then. Take care of yourself, Walter.",
      kind = "withdraw", next = "doorway", set = BRUSHED,
      inner = "Let go. Easy as that.",
      why = "Letting him leave early spared you both the goodbye, and confirmed he’s easy to let go." },
    { late_repair_text,
      kind = "repair", next = "tears-again", id = "clock.late-repair", when = has_open,
      inner = late_repair_inner, why = LATE_WHY },
  },
}

beat "tears-again" {
  say = { walter = "Daft. Crying over your holiday. Ruth would have had something to say." },
  cue = function(s)
    if s.seen("clock") then
      return "He sits back down, coat on his lap. The tears come again, and this time he doesn’t reach for the hanky."
    end
    return "The tears come again, and this time he doesn’t reach for the hanky."
  end,
  choices = {
    { "You’re letting them come this time. I’m glad you can, here.",
      kind = "attune", next = "door",
      inner = "I am. And the roof didn’t fall in.",
      why = "You noticed he let the tears be, and welcomed it without fuss." },
    { "Not daft. It’s one more goodbye, on top of the biggest one.",
      kind = "attune", next = "door",
      inner = "One more. Aye. That’s why it hurts.",
      why = "You linked the small goodbye to the big one and let both be real." },
    { "She’d want you to be happy, Walter. Not crying over me.",
      kind = "fix", next = "doorway", set = CHEERED,
      inner = "Wrong again. Stop it, Walter.",
      why = "Cheering him up at the last moment shut the tears off just as he’d allowed them." },
  },
}

beat "door" {
  say = { walter = "Right. The 14th, then. Same chair?" },
  cue = "Cap on, coat buttoned, he stops in the doorway and looks back at you.",
  choices = {
    { "Same chair. I’ll be here on the 14th, and I’ll be glad to see you.",
      kind = "attune_boundary", next = to_ending(),
      inner = "Glad to see me. Three weeks. I can carry that.",
      why = "You confirmed the return, plainly and warmly, and let the goodbye be a goodbye." },
    { "Same chair. It’s hard to go, I know. Go gently, Walter.",
      kind = "attune", next = to_ending(),
      inner = "Gently. She used to say that.",
      why = "You met the difficulty of leaving without trying to fix it." },
    { "Same chair! Chin up, now. It’ll fly by.",
      kind = "fix", next = "doorway", set = CHEERED,
      inner = "Chin up. Right. On my own, then.",
      why = "Brightness at the door skated over the goodbye he was trying to say." },
    { late_repair_text,
      kind = "repair", next = to_ending(), id = "door.late-repair", when = has_open,
      inner = late_repair_inner, why = LATE_WHY },
  },
}

beat "doorway" {
  state = "shutdown",
  say = { walter = function(s)
    if s.seen("cap-left") then return "Right. Got it. Ta-ra, then." end
    return "Aye. Well. Ta-ra, then."
  end },
  cue = "His hand is on the handle. He’s gone stiff and polite, the way he was when he came in.",
  choices = {
    { late_repair_text,
      kind = "repair", next = to_ending(), id = "doorway.repair",
      inner = late_repair_inner, why = LATE_WHY },
    { "Walter, before you go: this goodbye is hard. I’ll be here on the 14th.",
      kind = "attune_boundary", next = to_ending(),
      inner = "Hard for them too. And they’ll be here.",
      why = "You stayed with the goodbye and gave him the date to hold. A sorry would mend it fully." },
    { "Ta-ra, Walter. Look after yourself.",
      kind = "withdraw", set = BRUSHED,
      next = { { "cap-left", when = function(s) return not s.seen("cap-left") end },
               { "end-polite", when = function(s) return s.connection >= 45 end },
               { "end-apart" } },
      inner = "Look after yourself. That’s all there is, then.",
      why = "A friendly goodbye, but it let him leave carrying the fear by himself." },
  },
}

beat "cap-left" {
  say = { walter = "Forgot my cap. Forty years I never left a spanner behind, and now look at me." },
  cue = "He’s back in the doorway a minute later, reaching for the cap on the chair. He doesn’t quite meet your eye.",
  reflect = "He came back for his cap. What might he have come back for?",
  note = "The last cue beat and a last chance for repair. Ask the group what the forgotten cap might mean, without over-reading it.",
  choices = {
    { late_repair_text,
      kind = "repair", next = to_ending(), id = "cap-left.repair",
      inner = late_repair_inner, why = LATE_WHY },
    { "Hand him the cap. “Maybe part of you wasn’t ready to go yet. I’ll be here on the 14th.”",
      kind = "attune_boundary", next = to_ending(),
      inner = "Not ready. No. But the 14th. I can hold the 14th.",
      why = "You noticed what the forgotten cap might say and gave him the return to hold." },
    { "Here you go. Easily done!",
      kind = "dismiss", next = "doorway", set = BRUSHED,
      inner = "Easily done. Aye. Off I go.",
      why = "Treating it as nothing missed a second chance he half offered you." },
  },
}

------------------------------------------------------------------------------
-- Endings
------------------------------------------------------------------------------

ending "end-stronger" {
  title = "Mended", verdict = "stronger", background = EVENING,
  text = "Walter goes down the stairs slowly, cap on, and lifts a hand at the corner. Some of today went wrong, and he felt it. "
      .. "Then you said so, plainly, and stayed. He leaves with something he has not had for a long time: "
      .. "proof that a goodbye can be said out loud, and that a break between people can be put right.",
  reflect = "Which repair mattered most to Walter? What made it possible for you to find the words?",
  note = "Draw out that the repair, not the first response, is what he will remember over the three weeks.",
}

ending "end-close" {
  title = "The 14th", verdict = "connected", background = EVENING,
  text = "From the window you watch him cross the car park, past the tree in the last of the light. "
      .. "He cried today and didn’t apologise for it twice. You are going, and you told him so; "
      .. "he was frightened, and he showed you. Three weeks is still three weeks. But this time, someone said goodbye properly.",
  reflect = "Where did you feel the pull to cheer him up, advise or rescue? What helped you stay with him instead?",
  note = "Ask the group how warmth and the boundary of the break worked together, rather than against each other.",
}

ending "end-promise" {
  title = "A number in his wallet", verdict = "other", background = EVENING,
  text = "Walter leaves lighter than he came, because you promised more than you can give. "
      .. "Somewhere in the next three weeks he will test that promise, alone, late at night. "
      .. "His fear of being left was soothed, not met, and now it has something to wait for.",
  reflect = "What made the rescue so tempting? What might you say on the 14th to take it back with care?",
  note = "A rescue often feels like the kindest option in the room. Explore whose distress it was soothing.",
}

ending "end-polite" {
  title = "See you on the 14th", verdict = "other", background = EVENING,
  text = "He shakes your hand at the door and says the right things. The break has been named, and he knows the date. "
      .. "But the fear under his politeness went home with him unspoken, and he will carry it on his own until you are back.",
  reflect = "Which miss was never mended? What one sentence could you open the 14th with?",
}

ending "end-apart" {
  title = "Like the rest of them", verdict = "disconnected", background = EVENING,
  text = "The door clicks shut. The chair still holds the shape of him, and the tree outside has gone dark. "
      .. "Nothing cruel happened today: only a string of kind, quick answers, each meant to help. "
      .. "Walter went home sure that his grief is too much, and that you will go like everyone else. Repair is still possible on the 14th.",
  reflect = "Look back at the first miss. What would a one-line repair have sounded like?",
  note = "Keep this debrief gentle: every answer on this road is one a caring therapist might give.",
}
