-- SPDX-License-Identifier: CC-BY-4.0
-- SPDX-FileCopyrightText: 2026 The Attune contributors
-- Safe Here: a fourth session. Nadia Haddad, 34, a pharmacist, arrives to say
-- things are “much better” and that she feels safe. Her hands, her breath and
-- her laugh say something else. The player is her therapist.
--
-- Shape of the story
--   spine:     arrival → the-list → face-up → in-case → lina → voice-notes →
--              pathetic → sorry-a-lot → tight-chest → braced (rain) → too-much →
--              have-you (pressure) → ticks → easy-one → sundays → scared →
--              tears → tell-me → check-in → time → door (→ doorway) → ending
--   answers:   each spine beat offers one or two attuned answers among four or
--              five. The others are what a warm, well-trained therapist might
--              really say: praise, a reassuring reframe, a little
--              psychoeducation, a technique, the week’s scores first, a
--              self-disclosure, a promise, pointing at the ring before she can
--              bear it. Lengths, order and marks are mixed so that only
--              reading the scene tells them apart.
--   ruptures:  each miss leads to a beat that shows what it did: cheered,
--              breezy, formal, interpreted, homework, too-fast, protected,
--              reassured, disclosed, moved, overrun (her line there follows
--              the miss that led in: s.last_open). A repair there mends it; a
--              second miss deepens the same rupture and leads to gone-quiet, a
--              third to polite, a fourth closes the session over (time, door).
--              Misses at time lead straight to the door, where a repair waits.
--   door:      a miss at the door leads to doorway, where she stops on the
--              landing and a repair is still possible; its misses lead back to
--              the door once more, where only the kept answers remain.
--   late:      while a rupture is open, gone-quiet, polite, tell-me, time and
--              door offer a repair that names the miss that opened it: each
--              spine miss carries `own` (the therapist’s words for it, kept in
--              s.vars["miss_<beat>"]), found through s.last_open.
--   steadying: have-you, where her question touches the therapist’s own history
--   cue beats: arrival, the-list, in-case, sorry-a-lot, tight-chest, check-in
--              (cue_only: her words say “fine” and “safe”; her body does not,
--              and the attuned answer meets the body without pointing at it)
--   her state: a beat sets it only where its cue shows her escalating (arrival,
--              sorry-a-lot, and the rupture beats after a miss); elsewhere the
--              rules carry it, so an attuned answer is never followed by a face
--              that looks worse for no reason in the scene.
--   continuity: lines at the end of the hour (time, door, doorway, overrun)
--              mention only what this road has seen: the phone on the pillow
--              (face-up), the rain (braced), Sundays (sundays), her coat coming
--              off (the-list). The list itself is announced at arrival.
--   safety:    sundays offers a plain, warm question about suicidal thoughts
--              (attune_boundary) beside the same question asked as a form
--              (withdraw), whose repair asks it again properly. If it was not
--              asked warmly, tell-me offers it once more, before the last ten
--              minutes; her answer opens the next beat. The good endings say so
--              when it was never asked.
--
-- Every repair goes back to the spine at the next beat not yet seen, so a
-- mended miss picks the session up where it left off. Endings are chosen by
-- the rules (next = to_ending()); “A good session, on paper” is the “other”
-- ending for a session that closed over before she voiced her fear.

story { id = "safe-here", title = "Safe Here",
        relationship = "therapist-client", minutes = 16, start = "arrival",
        summary = "Nadia’s fourth session. She says she feels safe and things are “much better”. "
               .. "Her hands are telling a different story.",
        content_note = "Loneliness after the end of a close friendship, a client’s fear of being "
                    .. "“too much”, and a plain question about suicidal thoughts. Tears; nothing graphic.",
        you = "You are Nadia’s therapist.",
        with = "nadia" }

character "nadia" { name = "Nadia", about = "Nadia Haddad, 34, a high-street pharmacist; fourth session",
  state = "activated",
  portraits = { regulated = "images/nadia-regulated.svg",
                activated = "images/nadia-activated.svg",
                shutdown  = "images/nadia-shutdown.svg",
                crying    = "images/nadia-crying.svg" } }

------------------------------------------------------------------------------
-- Routing helpers
------------------------------------------------------------------------------

local SPINE = { "arrival", "the-list", "face-up", "in-case", "lina", "voice-notes",
                "pathetic", "sorry-a-lot", "tight-chest", "braced", "too-much",
                "have-you", "ticks", "easy-one", "sundays", "scared", "tears",
                "tell-me", "check-in", "time", "door" }

local function last_seen(s)
  local last = 0
  for i, id in ipairs(SPINE) do if s.seen(id) then last = i end end
  return last
end

-- After a repair (or an attuned answer in a rupture beat): the spine beat
-- after the last one seen.
local function resume()
  local out = {}
  for i = 2, #SPINE - 1 do
    local k = i
    out[#out + 1] = { SPINE[i], when = function(s) return last_seen(s) == k - 1 end }
  end
  out[#out + 1] = { "door" }
  return out
end

-- When the session has closed over: straight to the end of the hour.
local function to_close()
  return { { "door", when = function(s) return s.seen("time") end }, { "time" } }
end

-- Each miss on the spine carries `own`: what it was, in the therapist’s words
-- (“I cheered your good news before I’d really listened”). It is kept in
-- s.vars["miss_<beat>"], so a late repair can name the miss that opened the
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

-- The words for the miss a repair without `repairs` mends: the one that
-- opened the most recent open rupture.
local function owned(s)
  local at = s.last_open
  return (at and s.vars["miss_" .. at]) or "I missed what you were telling me"
end

local function has_open(s) return s.last_open ~= nil end

-- In a rupture beat: did the miss that led here happen at one of these beats?
local function from(s, ...)
  for _, id in ipairs({ ... }) do
    if s.last_open == id then return true end
  end
  return false
end

local function cap(t) return t:sub(1, 1):upper() .. t:sub(2) end

------------------------------------------------------------------------------
-- The first layer: “much better”
------------------------------------------------------------------------------

beat "arrival" {
  background = "images/therapy-room.svg", music = "room", state = "activated", cue_only = true,
  say = { nadia = "Right! Good news first: I made a list. Things are much better. I’m sleeping, I’m back at the gym, and honestly? I feel really safe here. I nearly cancelled, actually. Ha." },
  cue = "She’s talking before she has sat down, smiling, still in her coat. Her thumb turns the silver ring on her right hand, round and round.",
  reflect = "She says she feels safe. What in your own body tells you whether to believe it yet?",
  note = "Let the group sit with the opening before answering. A cue beat: the ring is the first thing many people see, and pointing at it now is the miss, however accurate. Praise and the week’s scores are the other pulls; both are ordinary and kind, and both settle the hour on the surface before she has sat down. The attuned answers only change the pace.",
  choices = spine("arrival", {
    { "That’s really good to hear, Nadia. Sleeping, the gym, all in a month: it sounds as if the work is paying off.",
      kind = "fix", next = "cheered", own = "I cheered your good news before I’d really listened",
      inner = "Good. They’re pleased. I’d better keep it that way.",
      why = "Celebrating is warm, but it took “much better” at face value and told her which answer you like to hear." },
    { "(Nod hello, and wait quietly while she takes her time and settles. Let her see you’re in no rush.)",
      kind = "attune", next = "the-list",
      inner = "They’re not in a hurry. I can take my coat off.",
      why = "You answered her speed with your own calm, without a word about it." },
    { "Lovely. Before you tell me, shall we do this week’s scores? Then we can see the change on paper.",
      kind = "withdraw", next = "formal", own = "I went to the scores before you’d even sat down",
      inner = "Scores. Right. I’m good at forms. I’ll get them right.",
      why = "Measures have their place; asked for before she had sat down, they put the paperwork between you, and she fell in with it." },
    { "You say you feel safe, but your thumb hasn’t stopped turning that ring since you walked in.",
      kind = "fix", next = "too-fast", own = "I pointed at your ring before you’d even sat down",
      inner = "Caught. I haven’t even got my coat off and I’ve been caught.",
      why = "Accurate, and far too soon: pointing at the ring before she can bear it corners her instead of making room." },
    { "Much better. I’d like to hear about that, slowly, from the beginning.",
      kind = "attune", next = "the-list",
      inner = "Slowly. I was going to do it quickly and get out.",
      why = "You took her news seriously without cheering it, and asked for it at a pace that leaves room for the rest." },
  }),
}

beat "the-list" {
  face = "activated",
  cue_only = true,
  say = { nadia = "It’s all on here, so I don’t waste your time. One: sleep. Two: gym. Three: I’ve stopped checking my phone at night. Mostly. Ha!" },
  cue = "Her coat is off now, over the arm of the chair. At “mostly” she laughs and scrolls on before it has landed; for a moment her breath sits high and quick.",
  reflect = "What did you notice first: the list, or the laugh? Which did you answer?",
  note = "A cue beat. Her words are tidy and good; the laugh and the breath are the invitation. Naming them back to her is not the only way to answer them: slowing down at item three answers them too, and leaves her the choice. Praising the list is the warmest miss here.",
  choices = spine("the-list", {
    { "Good. Sleep first, then.",
      kind = "dismiss", next = "breezy", own = "I went down your list and let number three slip by",
      inner = "Sleep. Easy. Phew.",
      why = "Going down the list in order let the one item that mattered slip by." },
    { "You laughed at “mostly”, and your breathing went up into your chest. Number three isn’t as fine as the list says.",
      kind = "fix", next = "too-fast", own = "I pointed at your breathing to prove a point",
      inner = "They’re watching my breathing. What else are they watching?",
      why = "Every word was true, and said to prove a point; naming her body to catch her out took the pace away from her." },
    { "Sorry, can I stop you for a second? I’d like to go back to number three.",
      kind = "attune", next = "face-up",
      inner = "Back to three. I did say “mostly”, didn’t I.",
      why = "A polite interruption slowed the list down where it mattered, and asked rather than told." },
    { "That’s a brilliant list. Three real changes in a month: you should be really proud of yourself.",
      kind = "fix", next = "cheered", own = "I praised your list before I’d heard what was on it",
      inner = "Proud. Good. Don’t spoil it with the phone bit.",
      why = "Praise rewarded the tidy version, and told her the item she had laughed past was better left there." },
    { "(Put your pen down. Don’t write anything at all. Leave a small silence after number three, and see what she does with it.)",
      kind = "attune", next = "face-up",
      inner = "They’re not ticking it off. Now I have to fill the gap. Or not.",
      why = "Your silence gave the hurried item somewhere to go, without you pointing at it." },
  }),
}

beat "face-up" {
  face = "activated",
  say = { nadia = "It’s nothing. I keep it face up on the pillow. In case. Anyway, work’s been mad. Flu jabs all week. I must have done three hundred arms." },
  cue = "She’s onto flu jabs before “in case” has landed. The ring goes round again.",
  note = "Three tempting ways past the pillow: following her to work, sleep advice she gives customers every day, and calling the swerve avoidance. The last is accurate and still a charge she has to answer.",
  choices = spine("face-up", {
    { "You changed the subject very fast just then. What do you think you might be avoiding?",
      kind = "fix", next = "too-fast", own = "I told you that you were avoiding something, as if I’d caught you out",
      inner = "Avoiding. So now I’m doing therapy wrong as well.",
      why = "The swerve was real; calling it avoidance made it a charge she had to answer, at your pace instead of hers." },
    { "In case?",
      kind = "attune", next = "in-case",
      inner = "I could brush it off. I don’t think I want to.",
      why = "Two words, said slowly, went back to the part she hurried past and left the choice of answering with her." },
    { "Three hundred! No wonder you’re worn out. How’s the rest of the team holding up?",
      kind = "dismiss", next = "breezy", own = "I followed you onto the flu jabs and away from the pillow",
      inner = "Good, we’re off it. Safe ground.",
      why = "Following her onto flu jabs was friendly, but it went where she fled, not where she hurt." },
    { "I’d suggest keeping the phone out of the bedroom altogether. The light and the checking keep your brain switched on, even once you drop off.",
      kind = "fix", next = "homework", own = "I gave you advice about your phone before I’d asked about the waiting",
      inner = "I know that. I tell customers that. So I’m doing this wrong too.",
      why = "Sound sleep advice, and she gives it to customers every day; it dealt with the phone and skipped why it lies face up." },
    { "Sorry to stop you. We can come to work in a minute; I’d like to hear about the pillow first.",
      kind = "attune_boundary", next = "in-case",
      inner = "The pillow. Okay. They’re not letting me skate.",
      why = "You held the thread gently and kept work for later: warm, and with a limit on the swerve." },
  }),
}

beat "in-case" {
  face = "crying",
  cue_only = true,
  say = { nadia = "In case Lina texts. Which she won’t. It’s been seven months. Honestly, it’s fine. I’ve made my peace with it. Ha." },
  cue = "Her eyes have gone bright and wet while she laughs. She picks at a loose thread on her cuff.",
  reflect = "Her words close the subject. Her eyes open it. How do you answer that without catching her out?",
  note = "A cue beat. The attuned answers hold both of her sentences, or simply let one of them be heard, rather than using her tears as evidence against her words. Hope (“she might still”) and praise for making her peace are the kind misses: each takes her “fine” at its word.",
  choices = spine("in-case", {
    { "Making your peace with it after seven months takes real strength. That’s a big step.",
      kind = "fix", next = "cheered", own = "I praised you for making your peace before I’d asked what it cost you",
      inner = "Strength. Good. So I can’t cry about it now.",
      why = "Praising the peace she claimed rewarded the brave face and left the wet eyes with nowhere to go." },
    { "Which she won’t.",
      kind = "attune", next = "lina",
      inner = "Which she won’t. It sounds worse in the quiet. It is worse.",
      why = "You let her own sentence be heard, at her pace, without adding to it." },
    { "You’re saying it’s fine, Nadia, but your eyes are full and that thread on your cuff is in bits. It isn’t fine at all, is it?",
      kind = "fix", next = "too-fast", own = "I told you your eyes gave you away",
      inner = "Don’t look at me. Please don’t look at me.",
      why = "Right about the tears, wrong about the timing: calling her words false made her defend them." },
    { "You’ve made your peace with it, and the phone still sleeps face up on the pillow. Maybe both of those are true.",
      kind = "attune", next = "lina",
      inner = "Both. Yes. I didn’t know I was allowed both.",
      why = "You set her two sentences side by side and made room for both, without calling either one a lie." },
    { "She might still, you know. Seven months isn’t for ever, and friendships do come back from this.",
      kind = "fix", next = "reassured", own = "I told you she might still text, instead of hearing that she hasn’t",
      inner = "Maybe. Everyone says that. It doesn’t make the phone go.",
      why = "Hope, kindly offered, argued with the “which she won’t” she had just risked saying." },
  }),
}

beat "lina" {
  face = "shutdown",
  say = { nadia = "She’s my oldest friend. Since we were eleven. At her birthday in March she told me I was “a lot”, and that she needed some space. So I gave her space. I’m good at space." },
  cue = "Her voice goes flat on “good at space”. Her shoulders have crept up towards her ears.",
  note = "Side-taking, a reassuring reframe of Lina’s side, and a link to childhood: each is something a caring therapist might say, and each takes the hurt somewhere she has not gone yet. Compare the link here with easy-one, where she makes it herself.",
  choices = spine("lina", {
    { "When friends ask for space, it’s often about them, not you.",
      kind = "fix", next = "reassured", own = "I explained Lina’s side before I’d heard yours",
      inner = "Maybe. But she said *a lot*. She meant me.",
      why = "A reassuring reframe, and perhaps even true; it argued with her hurt before anyone had felt it with her." },
    { "“A lot.” That’s a hard thing to hear from your oldest friend.",
      kind = "attune", next = "voice-notes",
      inner = "It was. It still is. I hear it in her voice.",
      why = "You picked up the two words that hurt most and let them be as heavy as they were." },
    { "How could she? I’m so cross with her for you.",
      kind = "enmesh", next = "moved", own = "I got cross with Lina, and you ended up defending her to me",
      inner = "Oh no. Now they’re upset with her. I need to calm this down.",
      why = "Your anger is loyal, but it filled the room, and she moved to managing you and defending Lina." },
    { "Being called “a lot” can stir up old things. I wonder what it touches from growing up.",
      kind = "fix", next = "interpreted", own = "I took us back to your childhood before you’d gone there",
      inner = "Childhood. Right. Is that where this is going?",
      why = "A thoughtful link, and it was yours, not hers: it moved her from Lina to a theory about her past." },
    { "Good at giving space. That sounds like a lonely thing to have to be good at, all on your own since March.",
      kind = "attune", next = "voice-notes",
      inner = "Lonely. Nobody has said that word. It is.",
      why = "You took her flat words and gave back the feeling they were carrying." },
  }),
}

beat "voice-notes" {
  face = "activated",
  say = { nadia = "She used to send me voice notes when she walked the dog. Eleven minutes about nothing. A pigeon. Her boss. I’ve still got them all. I don’t play them. Well. Sometimes." },
  cue = "She smiles at the pigeon, then presses her lips together, hard.",
  note = "The grief lesson is true in general and wrong for her: after it, at scared, she will say it isn’t grief at all, she is frightened. A good place to ask who gets to name a feeling.",
  choices = spine("voice-notes", {
    { "What you’re describing is grief, you know. Losing a close friend can hurt as much as a bereavement, and people rarely treat it that way.",
      kind = "fix", next = "interpreted", own = "I explained grief to you instead of listening to yours",
      set = { said_grief = true },
      inner = "Grief. Is it? I don’t know what it is. I miss the pigeon.",
      why = "Kind and validating on paper, but a lesson on grief arrived where her pigeon had just been, and named her feeling for her." },
    { "Eleven whole minutes on a pigeon! And then, one day, nothing at all.",
      kind = "attune", next = "pathetic",
      inner = "The pigeon. She did its voice. And now nothing. Yes.",
      why = "You shared the joke she started, and stayed with her when it turned into the loss." },
    { "And how often would you say “sometimes” is, in a typical week? Every night, or less than that?",
      kind = "withdraw", next = "formal", own = "I asked how often, as if it were a symptom to count",
      inner = "They’re measuring it. Like a symptom.",
      why = "A fair question on paper, but its clinical tone stepped back just as she came forward." },
    { "It might help to stop playing them for a while. Some people move old messages into a folder, so the wound can start to heal.",
      kind = "fix", next = "homework", own = "I told you what to do with her voice notes",
      inner = "So I’m doing grief wrong as well.",
      why = "A tidy suggestion, but it aimed at ending the pain before anyone had felt it with her." },
  }),
}

beat "pathetic" {
  face = "crying",
  say = { nadia = "God, listen to me. It’s pathetic. I’m thirty-four and crying about a friend. People go through actual divorces. If a customer told me this, I’d hand them a leaflet." },
  cue = "She wipes her face roughly with her sleeve, as if she’s cross with it.",
  note = "Her shame pulls for an argument (“you’re not pathetic”), an exercise, or a joke about the leaflet. The self-compassion exercise is a good one; ask when it would be the right moment for it.",
  choices = spine("pathetic", {
    { "If a customer told you this, what would you say to them? I’d like you to try saying that to yourself.",
      kind = "fix", next = "homework", own = "I set you an exercise while you were still crying",
      inner = "Another thing to get right. I can’t even be kind to myself properly.",
      why = "A good self-compassion exercise, offered too soon: her tears became a task to get right before anyone had sat with them." },
    { "She was your person.",
      kind = "attune", next = "sorry-a-lot",
      inner = "My person. Yes. That’s exactly what she was.",
      why = "Four words answered her shame with the size of the loss, not with praise." },
    { "You’re not pathetic. You’re doing brilliantly.",
      kind = "fix", next = "reassured", own = "I argued with “pathetic” instead of hearing how much it hurts",
      inner = "Brilliantly. So I can’t tell them how bad it is.",
      why = "Arguing with “pathetic” was kind, but it argued with her instead of meeting the hurt." },
    { "Ha! No leaflets in here, I promise. So, apart from Lina, how has the rest of the week been? Is work still mad?",
      kind = "dismiss", next = "breezy", own = "I joked about the leaflet and moved us on",
      inner = "The rest of the week. Yes. Much safer.",
      why = "Picking up her joke felt friendly, but it took her away from the tears, not towards them." },
    { "You’re telling yourself off for missing her, Nadia. As if missing her were something you’d done wrong.",
      kind = "attune", next = "sorry-a-lot",
      inner = "I am, aren’t I. I always do that.",
      why = "You named what she was doing to herself, plainly, without arguing with it or praising her." },
  }),
}

beat "sorry-a-lot" {
  face = "crying",
  state = "activated", cue_only = true,
  say = { nadia = "Sorry. I came in to tell you I’m better, and now I’m going on and on about Lina. I’m fine. Really. I’m fine." },
  cue = "She has caught herself crying in front of you, and she speeds up. The thread on her cuff snaps in her fingers; her breathing is fast and high, as if she’s climbed stairs.",
  reflect = "She said “I’m fine” three times. What was her body saying, and which did you answer?",
  note = "A cue beat. Three temptations: protecting her by stopping, reassuring her that she isn’t going on, or pointing at her body to overrule her words. Offering to breathe together is right when a client is flooded and cannot think; she can still talk, so here slowing your own pace is the answer.",
  choices = spine("sorry-a-lot", {
    { "You keep saying you’re fine, Nadia, but look at your hands and listen to your breathing. Your body is telling me something very different.",
      kind = "fix", next = "too-fast", own = "I used your hands and your breathing as evidence against you",
      inner = "Now my own body’s giving evidence against me.",
      why = "Using her hands and breath to overrule her words was accurate and cornering; she cannot bear to be read that closely yet." },
    { "There’s time for Lina today. The list will keep.",
      kind = "attune_boundary", next = "tight-chest",
      inner = "Time for Lina. Okay. The list will keep.",
      why = "You kept the hour open for what she brought and left the list hers to come back to, without a word about what you could see." },
    { "Let’s leave Lina there for today. I don’t want this getting too much for you.",
      kind = "rescue", next = "protected", own = "I decided Lina was too much for you today",
      inner = "Too much. Even here. I knew it.",
      why = "Protecting her felt kind, but deciding what she can bear confirmed her oldest fear." },
    { "You’re not going on at all, Nadia. You’re not, I promise.",
      kind = "fix", next = "reassured", own = "I told you that you weren’t going on, instead of hearing what it was like",
      inner = "I am, though. But I’d better stop.",
      why = "Reassurance answered the apology and left the speed under it unmet; now she has to agree she isn’t going on." },
    { "(Slow right down. Let a quiet moment pass before you say anything.) There’s no rush in here.",
      kind = "attune", next = "tight-chest",
      inner = "No rush. My chest doesn’t believe it yet. But no rush.",
      why = "You answered the speed in her by slowing yourself down, without pointing at it or arguing with “fine”." },
  }),
}

beat "tight-chest" {
  face = "activated",
  cue_only = true,
  say = { nadia = "My chest is tight. Like I’ve run for a bus. That’s weird, isn’t it? Because I *do* feel safe here. I do. Ha." },
  cue = "She says “safe” to the rug, not to you. Her thumb has gone back to the ring, the knuckle white around it.",
  reflect = "How do you welcome the part of her that doesn’t feel safe without calling her a liar?",
  note = "A cue beat, close to the seed article’s moment: she names her chest herself, and the attuned answers follow it slowly without explaining it. All three misses are things therapists are taught (reassurance, a breathing technique, an explanation of the body’s alarm); ask when each would be right.",
  choices = spine("tight-chest", {
    { "It doesn’t sound weird to me. What’s it like in there, right now?",
      kind = "attune", next = "braced",
      inner = "Like waiting for something. Like being braced.",
      why = "You took her question seriously and turned it back into curiosity about what she feels now." },
    { "You are safe here, Nadia. Nothing bad is going to happen to you in this room. You can let your guard down.",
      kind = "fix", next = "reassured", own = "I told you that you were safe, instead of asking what your chest knew",
      inner = "Then why does it feel like this? Something must be wrong with me.",
      why = "Reassurance told her body it was mistaken, instead of asking what it knew." },
    { "That’s your body’s alarm system. After a loss it can stay switched on for months. It’s very common.",
      kind = "fix", next = "interpreted", own = "I explained your chest to you instead of asking about it",
      inner = "Very common. A textbook thing. I’m a textbook thing.",
      why = "Good psychoeducation at the wrong moment: it explained her chest before anyone had asked what it was telling her." },
    { "Let’s do some slow breathing first: in for four, hold for four.",
      kind = "fix", next = "homework", own = "I gave you a breathing exercise before I’d listened to your chest",
      inner = "I’ll do it right. Then I won’t have to say anything.",
      why = "A technique can help a flooded client; here it aimed to make the signal stop before anyone had listened to it." },
    { "Could we stay with that tightness in your chest a moment? Slowly. It doesn’t have to make sense yet, or go anywhere.",
      kind = "attune", next = "braced",
      inner = "Stay with it. Not fix it. Okay. It’s like… bracing.",
      why = "She named her chest herself; you followed it at her pace and asked only for attention, which is how the next layer comes." },
  }),
}

------------------------------------------------------------------------------
-- The second layer: “too much” (the rain starts)
------------------------------------------------------------------------------

beat "braced" {
  face = "activated",
  background = "images/therapy-room-rain.svg",
  say = { nadia = "It’s like being braced. Since March. I eat standing at the sink. I talk back to the radio. And then I come in here and tell you it’s all much better, because…" },
  cue = "She stops mid-sentence. Rain has started against the window. She looks at the door, then down at her hands.",
  reflect = "What makes a silence feel like company rather than pressure?",
  note = "The attuned answers leave the end of the sentence to her. Start the timer and invite the room to notice how long it can let a pause be before someone fills it: with encouragement, with her ending for her, or with a sensible question about meals.",
  choices = spine("braced", {
    { "Can I just go back to the eating? Are you managing proper meals, or is it mostly snacks at the sink?",
      kind = "withdraw", next = "formal", own = "I cut in with questions about your meals",
      inner = "Meals. Toast, mostly. That wasn’t the end of the sentence.",
      why = "A fair clinical question, asked into her unfinished sentence: it filled the pause with an assessment and took the end of the sentence away." },
    { "Mm.",
      kind = "attune", next = "too-much",
      inner = "They’re listening. They’re not finishing it for me.",
      why = "One small sound said you were listening, and left the end of the sentence to her." },
    { "Because you wanted to bring me some good news for a change, and put a brave face on it?",
      kind = "rescue", next = "protected", own = "I finished your sentence for you",
      inner = "Yes. No. That’s not it. Never mind.",
      why = "Finishing her sentence spared her the hard part, and took the real ending of it away from her." },
    { "(Say nothing. Keep your face soft, let the rain fill the pause, and wait for her to go on.)",
      kind = "attune", next = "too-much",
      inner = "They’re waiting. Not pushing. I could actually say it.",
      why = "Your quiet company left the end of the sentence to her, at her pace." },
    { "Because…? Go on. You’re nearly there.",
      kind = "fix", next = "too-fast", own = "I pushed you to finish that sentence before you were ready",
      inner = "Nearly there. Everybody’s waiting. I can’t.",
      why = "Eager and encouraging, and it pushed her towards the worst part of the sentence at your speed, not hers." },
  }),
}

beat "too-much" {
  face = "crying",
  say = { nadia = "Because if I tell you how bad it really is, you’ll think I’m too much as well. And then you’ll need space. And I won’t have Thursdays." },
  cue = "She laughs, and it cracks in the middle. She puts her hand over her mouth.",
  reflect = "“You’ll think I’m too much.” What is the pull in you when a client says this?",
  note = "The deeper layer. The tempting answers are kind: a reassurance, a promise, and an honest word about how therapy ends. Ask what each would tell her about her fear. A promise is a fix even when you mean it; a true fact about endings, given now, answers the fear with policy.",
  choices = spine("too-much", {
    { "You’re not too much, Nadia.",
      kind = "fix", next = "reassured", own = "I told you that you’re not too much before I’d heard how much you carry",
      inner = "They’d have to say that. They haven’t seen the bad bits.",
      why = "Quick reassurance argued with the fear and closed it before she could show it to you." },
    { "That’s a frightening thing to say out loud. And you said it.",
      kind = "attune", next = "have-you",
      inner = "I said it. Out loud. And nothing fell down.",
      why = "You met the fear and the courage of saying it, without answering the fear away." },
    { "Therapy will end one day. We’d plan that together.",
      kind = "withdraw", next = "formal", own = "I explained how therapy ends when you’d just told me your fear",
      inner = "It does end. So I was right. It’s a policy.",
      why = "Honest about the frame, and it answered her fear with a policy; she heard the door, not you." },
    { "I’m not going anywhere. I promise you that.",
      kind = "fix", next = "reassured", own = "I made you a promise I can’t keep, instead of hearing the fear",
      inner = "That’s a big promise. Now I have to be worth it.",
      why = "A promise no one can keep tries to close the fear instead of hearing it, and gives her something new to lose." },
    { "I think you’ve been bringing me the easier version, to keep Thursdays safe.",
      kind = "attune", next = "have-you",
      inner = "They understood why I did it. They’re not cross.",
      why = "You understood the “much better” as protection, not deceit, and said so plainly." },
  }),
}

beat "have-you" {
  pressure = 35,
  say = { nadia = "Has anyone ever done that to you? Stopped answering? You keep checking for the two blue ticks. For months." },
  cue = "She looks right at you. It lands on an old bruise of yours, a friend who went quiet years ago, and your face goes hot.",
  reflect = "Her question touched your own history. What do you do with that in the room, and after it?",
  note = "Entering this beat costs steadiness and can flood a player who has already wobbled. The steady answer is real work, not delay. Name supervision as the place for the therapist’s own story. The second disclosure is the hard call: brief, and meant to hand the focus back, it could be attuned from a steady therapist for her sake; said with a hot face, it serves the therapist, and she hears that. Let rooms disagree, then ask whose need it met.",
  choices = spine("have-you", {
    { "(Feel your feet on the floor and breathe out slowly. Your own story can wait for supervision.)",
      kind = "steady", next = "have-you",
      when = function(s) return s.steadiness < 60 end,
      inner = "They went quiet for a moment, but they didn’t look away.",
      why = "You noticed your own pull and steadied first; from there you can choose what to say." },
    { "I have, actually. A close friend, years ago. I still don’t know why.",
      kind = "enmesh", next = "disclosed", own = "I told you my own story, and you ended up looking after me",
      inner = "Oh no. I’ve upset them. Now I have to look after this.",
      why = "Honest, and human, but your story took the middle of the room and she moved to care for you." },
    { "You’d like to know whether I’d understand. What have the months of checking been like?",
      kind = "attune", next = "ticks",
      inner = "They get why I asked. And they’re still on my side of the room.",
      why = "You heard the question under the question and went back to her, without your story taking the room." },
    { "(Fold your arms.) Let’s keep this about you.",
      kind = "withdraw", next = "formal", own = "I shut your question down coldly",
      inner = "I overstepped. I shouldn’t have asked. Stupid.",
      why = "A sound boundary, said coldly to cover your own jolt; it felt like a door closing." },
    { "Something like it, yes, a long time ago, so I do know a little of what that’s like. But tell me about yours.",
      kind = "enmesh", next = "disclosed", own = "I brought my own story in, and you ended up looking after me",
      inner = "They’ve been through it too. Are they alright? Should I ask?",
      why = "Meant to hand the focus straight back, but it came from your own bruise while your face was still hot; she heard your story and turned to look after you." },
  }),
}

beat "ticks" {
  say = { nadia = "Every morning I check. My last message to her is still on two grey ticks. She’s been online; she just hasn’t opened it. I… I want to know what I did." },
  cue = "Her voice drops almost to nothing. For the first time today, her hands are still in her lap.",
  note = "Advice (“ask her straight out”), doing it for her (“let me word something”), and normalising the checking all aim to end the waiting; none of them stays in it with her first. Compare the advice and the rescue: the same message, whose hand holds the pen.",
  choices = spine("ticks", {
    { "Checking is a hard habit to break. We all do it.",
      kind = "dismiss", next = "breezy", own = "I made your checking sound like a habit everyone has",
      inner = "A habit. Everyone does it. So why am I making such a fuss?",
      why = "Normalising meant to ease the shame, and it shrank seven months of waiting to the size of a habit." },
    { "Not knowing what you did. That might be the hardest part of all of this, the not knowing.",
      kind = "attune", next = "easy-one",
      inner = "It is. If I knew, I could fix it.",
      why = "You named the not-knowing as the hurt, tentatively, and left her room to correct you." },
    { "Why not just ask her?",
      kind = "fix", next = "homework", own = "I told you to ask her, as if you hadn’t thought of it",
      inner = "Of course I’ve thought about it. I’ve written it forty times.",
      why = "Advice as a question: it steered her to a plan and skipped the not-knowing she was living in." },
    { "Every morning. And no answer.",
      kind = "attune", next = "easy-one",
      inner = "No answer. Yes. That’s the worst of it.",
      why = "A few plain words stayed with the not-knowing itself, without trying to solve it." },
    { "Let me word something for you now, and you can send it before you go.",
      kind = "rescue", next = "protected", own = "I offered to write to Lina for you, so you could stop waiting",
      inner = "They think I can’t even write a message on my own.",
      why = "Generous, and it took the next step out of her hands to end the waiting for her, before the waiting had been heard." },
  }),
}

beat "easy-one" {
  face = "shutdown",
  say = { nadia = "It’s like home, a bit. I was the eldest. The easy one. Mum had enough on with the twins. I did my crying in the bath, so nobody had to deal with it." },
  cue = "She tells it lightly, like a funny story. Her eyes are on the rain, not on you.",
  reflect = "She made the link to childhood herself. How is that different from the therapist making it for her?",
  note = "If the room interpreted earlier, contrast it here: the same link, arriving from her, at her pace. Following her link is attuned; tying it into an explanation, or filing it under a term from training, is not. The chat about Mum and the twins is the social pull of a light telling.",
  choices = spine("easy-one", {
    { "The easy one. That’s a big job for a child.",
      kind = "attune", next = "sundays",
      inner = "It was a job. Nobody ever called it that.",
      why = "You took her light telling seriously, without correcting her tone." },
    { "A lot of eldest daughters grow up like that. There’s a name for it, actually: being parentified.",
      kind = "fix", next = "interpreted", own = "I put a label from a textbook on your childhood",
      inner = "There’s a name for it. So I’m a type. Great.",
      why = "A term from training, offered as insight: it filed her childhood under a label before she had felt it." },
    { "Twins! Your poor mum must have had her hands full.",
      kind = "dismiss", next = "breezy", own = "I asked after your mum and the twins and left the girl in the bath",
      inner = "Poor Mum. Yes. Everyone always said that.",
      why = "A friendly, social answer that followed her light tone to Mum and the twins, away from the girl crying on her own." },
    { "Nobody had to deal with it. Except you, on your own, in the bath.",
      kind = "attune", next = "sundays",
      inner = "Except me. Yes. It was always except me.",
      why = "You noticed who did have to deal with it, and said so gently." },
    { "So that’s where the fear of being too much started, then: at home.",
      kind = "fix", next = "interpreted", own = "I tied it all up in an explanation before you’d finished feeling it",
      inner = "Sorted, then. Filed. I’d rather not feel it now.",
      why = "Tying her link into a neat bow turned a felt moment into your explanation, before she had finished feeling it." },
  }),
}

beat "sundays" {
  face = "activated",
  say = { nadia = "Sundays are the worst. No shift, no voice notes. Sometimes I drive to the big Tesco and sit in the car park. Just to be near people. Tragic, I know." },
  cue = "She gives a small, embarrassed laugh and glances up quickly to check your face.",
  reflect = "Eating at the sink, a car park on Sundays, seven months of it. When does a picture like this call for a question about safety, and how do you ask it?",
  note = "Isolation this marked is enough to ask plainly about suicidal thoughts; asking does not put the idea in her head. Ask warmly, in ordinary words, after meeting what she said, not as a checklist item. The warm question and the plain reflection are attuned; the question read off a form is the miss (its repair asks it again, properly). If she said yes, you would stay with it: ask about plans and what keeps her safe, agree a safety plan, and follow your service’s procedure. If no one asks here, tell-me offers the question once more: the last good moment is before the final ten minutes, not at the door.",
  choices = spine("sundays", {
    { "What about booking something for Sunday mornings? A class at the gym, or a parkrun. Something with people in it.",
      kind = "fix", next = "homework", own = "I jumped to fixing your Sundays before I’d heard them",
      inner = "A class. Right. On my own, with strangers. Good idea.",
      why = "A sensible plan, and it went to mend her Sundays before anyone had heard what they are like." },
    { "To be near people. That makes sense to me.",
      kind = "attune", next = "scared",
      inner = "They didn’t laugh. They didn’t look sorry for me. They got it.",
      why = "Your words stayed steady and plain, so the embarrassing part could be true here." },
    { "I have to ask, it’s standard: any thoughts of self-harm or suicide at the moment?",
      kind = "withdraw", next = "formal", own = "I asked about your safety as if it were a form to fill in",
      inner = "Standard. I’m a checklist. No, obviously. Next question.",
      why = "The right question, asked as a form to tick: it protected you from its weight and left her alone with the answer." },
    { "It’s not tragic at all, you know.",
      kind = "fix", next = "reassured", own = "I told you not to be embarrassed, instead of hearing how lonely it is",
      inner = "Not tragic. Then why does it feel like this?",
      why = "Kind, and it argued with her embarrassment instead of hearing the loneliness she had wrapped in a joke." },
    { "Sundays like that sound bleak. When they’re at their worst, do you ever have thoughts of not wanting to be here at all?",
      kind = "attune_boundary", next = "scared", set = { asked_risk = true },
      inner = "They asked it straight out, like it’s allowed to be that bad. It isn’t. But they asked.",
      why = "Her isolation called for a plain question about safety; asked warmly, after meeting what she said, it told her nothing would be too much to say here." },
  }),
}

beat "scared" {
  face = "activated",
  say = { nadia = function(s)
    -- “Grief” only if the therapist named it for her at voice-notes.
    local fear = "Scared it’s me. That I’m the kind of person people need space from."
    local lead
    if s.vars.said_grief then
      lead = s.vars.asked_risk and "No. Nothing like that. I’d tell you if it was. And I don’t think it’s grief, actually. I’m scared. "
          or "I don’t think it’s grief, actually. I’m scared. "
    else
      lead = s.vars.asked_risk and "No. Nothing like that. I’d tell you if it was. It’s more that I’m scared. "
          or "It’s not only that I miss her. I’m scared. "
    end
    return lead .. fear
  end },
  cue = "She has let go of the ring. Her hands lie open on her knees, trembling a little.",
  reflect = "She named the fear herself. What in the session’s pace made room for it?",
  note = "Everything in the room pulls to answer the fear away: “it isn’t you”, “it sounds more like her”, or a tidy plan to test it next week. Each is kind. None lets her say more of it.",
  choices = spine("scared", {
    { "It isn’t you, Nadia.",
      kind = "fix", next = "reassured", own = "I told you it wasn’t you before I’d heard the fear",
      inner = "They’ve only seen the good version. That’s the whole problem.",
      why = "Said with conviction, and drawn from four sessions of the easier version: it answered the fear away before she could say more of it." },
    { "That’s the fear, Nadia. Say a bit more about it, if you can.",
      kind = "attune", next = "tears",
      inner = "More. They want more of it, not less.",
      why = "You said her fear back plainly and invited more of it, rather than answering it away." },
    { "From everything you’ve told me, it sounds more like it’s her. Friends don’t just drop people like that.",
      kind = "enmesh", next = "moved", own = "I blamed Lina, and you ended up defending her to me",
      inner = "Don’t. She’s not like that. Now I have to stick up for her.",
      why = "Loyal and heartfelt, but taking sides against Lina put your feeling in the room, and she had to defend the friend she still loves." },
    { "That sounds like a core belief. Next week we could look at the evidence for and against it, if you like.",
      kind = "withdraw", next = "formal", own = "I turned your fear into next week’s worksheet",
      inner = "Next week. Not now. Now I just hold it.",
      why = "A sound method, but postponing it left her alone with the fear she had just named." },
    { "Scared that it’s something about you. That’s been a heavy thing to carry on your own, all these months.",
      kind = "attune", next = "tears",
      inner = "Heavy. Yes. And I’m not carrying it on my own right now.",
      why = "You reflected the fear as she said it, without correcting it or rushing past." },
  }),
}

beat "tears" {
  face = "crying",
  say = "Nadia cries, quietly at first, then properly. The rain keeps on.",
  cue = "She reaches for a tissue herself. Between breaths she glances up, to see if you’re still there.",
  note = "Soothing sounds aim to stop the crying, so they are fixes; calm company lets it run its course. Being moved is human; letting it fill the room hands her your feelings. Sitting back “to give her space” can leave her alone. If her crying turned to hopelessness, this is where to ask about safety, plainly, once she can talk.",
  choices = spine("tears", {
    { "It’s alright, it’s alright.",
      kind = "fix", next = "reassured", own = "I tried to soothe your crying away",
      inner = "They want it to stop. I should stop.",
      why = "Soothing sounds are meant to stop the crying; she heard that it was too much, and stopped." },
    { "(Slow your own breathing right down, so she has someone calm beside her.)",
      kind = "attune", next = "tell-me",
      inner = "Someone’s calm near me. I can borrow some of that.",
      why = "Your own steady breath kept her company without asking anything of her: [[co-regulation]]." },
    { "(Your own eyes fill.) Oh, Nadia. That’s so sad. I’m so sorry.",
      kind = "enmesh", next = "moved", own = "my own feelings got loud, and you ended up minding me",
      inner = "Oh no. I’ve made them cry. I have to stop.",
      why = "Being moved is human; letting it fill the room made her stop her own crying to look after yours." },
    { "(Hand her the box of tissues, then sit back with your pen and wait, quietly, until she has finished.)",
      kind = "withdraw", next = "formal", own = "I sat back and waited for you to finish, as if from a distance",
      inner = "They’re waiting for me to be done. Hurry up.",
      why = "Meant as room to cry, but sitting back with your pen made you an onlooker: she cried alone, and hurried." },
    { "(Stay where you are. Nudge the box a little nearer, and let the quiet be, for as long as it takes.)",
      kind = "attune", next = "tell-me", face = "crying",
      inner = "Still there. I can cry and they’re still there.",
      why = "You let her feel it with company, which is exactly what she has not had since March." },
  }),
}

------------------------------------------------------------------------------
-- Towards the end of the hour
------------------------------------------------------------------------------

beat "tell-me" {
  face = "activated",
  say = { nadia = "So what do I do? Seriously. Tell me what to do and I’ll do it. I’m very good at instructions." },
  cue = "She sits up, the tissue balled in her fist, already reaching for her phone and her list.",
  note = "She asks for instructions, and every miss here gives her something: a list, an extra session offered out of worry, a leaflet for a befriending group. Signposting and extra contact each have their moment, planned with her when the picture calls for them; here they answer her tears. If the safety question was not asked warmly at sundays, it is offered here: the last good moment, before the final ten minutes.",
  choices = spine("tell-me", {
    { "Let’s make you a list, then.",
      kind = "fix", next = "homework", own = "I made you a to-do list while it was still raw",
      inner = "Good. Tasks. I can be good at tasks again.",
      why = "Instructions were what she asked for, and they let the feeling turn back into a to-do list." },
    { "I’d like to book you an extra session this week. I hate to think of you on your own with all this.",
      kind = "rescue", next = "protected", own = "I offered you an extra session out of my own worry",
      inner = "An extra session. So I am the one who needs more. I knew it.",
      why = "Kind, and offered out of worry rather than because the picture called for it: it told her she cannot manage a week, and took her coping over." },
    { "Not yet. Let’s not turn it into a list while it’s still this raw.",
      kind = "attune_boundary", next = "check-in",
      inner = "Still raw. Yes. I was trying to tidy it away.",
      why = "You held the pace kindly: the plan can come, after the feeling has been met." },
    { "There’s a befriending group that meets on Sunday afternoons. I’ll print you the details before you go.",
      kind = "withdraw", next = "formal", own = "I handed you a leaflet instead of staying with you",
      inner = "A leaflet. I said I’d hand a customer a leaflet. Here’s mine.",
      why = "Signposting has its moment; straight after her tears it gave her a leaflet, the very thing she said she would hand a customer, in place of your company." },
    { "Before any doing, I want to ask you something plainly, because today has been heavy. When it’s at its worst, do you ever have thoughts of not wanting to be here?",
      kind = "attune_boundary", next = "check-in", id = "tell-me.ask",
      when = function(s) return not s.vars.asked_risk end,
      set = { asked_risk = true, asked_late = true },
      inner = "They asked. Straight out, and kindly. No. But I’m glad they asked.",
      why = "The picture called for a plain question about safety, and it had not been asked warmly; asked now, before any instructions, it held the pace and took care of her." },
    { function(s) return "Earlier " .. owned(s) .. ". Not this time: let’s stay here a bit." end,
      kind = "repair", next = "check-in", id = "tell-me.repair", when = has_open,
      inner = "They remember. They’re not rushing me now either.",
      why = "You named the earlier miss at the very moment she asked to be rushed again, and slowed down." },
  }),
}

beat "check-in" {
  face = "activated",
  cue_only = true,
  say = { nadia = function(s)
    local q = "Sorry. I don’t know what’s normal. Am I being… is this too much? For here?"
    if s.vars.asked_late then
      return "No. God, no. Not like that. I’d tell you. But is this okay? " .. q
    end
    return "Is this okay? " .. q
  end },
  cue = "She is watching your face very closely, and she has stopped breathing while she waits.",
  reflect = "She tests the relationship directly. What makes an honest answer feel safe rather than flattering?",
  note = "A cue beat: the held breath is the question. “You’re not too much” would be reassurance, and so is its gentler cousin, “Normal in here is whatever you bring”: a verdict that closes her question for her. A compliment praises the role that keeps her lonely; “What do you think?” leaves a direct question unanswered; telling her how moved you are hands her your feelings. The attuned answer says what the hour is for and makes a commitment the therapist can keep: if it is ever too much, she will hear it, so she can believe it when she doesn’t.",
  choices = spine("check-in", {
    { "Not at all. Breathe out: you’re one of the easiest people I see all week.",
      kind = "fix", next = "reassured", own = "I told you that you’re one of the easiest people I see",
      inner = "Easy. Of course. I’m always the easy one.",
      why = "An instruction to breathe and a compliment: it praised the very role that has kept her lonely." },
    { "Normal in here is whatever you bring, Nadia.",
      kind = "fix", next = "reassured", own = "I gave you a line about what’s normal in here, instead of a real answer",
      inner = "Whatever I bring. That’s what they’d say to anyone.",
      why = "A gentle reassurance dressed as a fact about the room: like “you’re not too much”, it closed her question for her instead of answering it." },
    { "What do you think? What would “too much” look like, in here?",
      kind = "withdraw", next = "formal", own = "I turned your question back on you instead of answering it",
      inner = "I asked them. They’ve handed it back. So it is too much.",
      why = "A classic therapist’s move, and here it left a direct, frightened question unanswered: she was asking you." },
    { "Can I say? Today has really moved me. I’ve felt every bit of what you’ve told me, and I still do, right now.",
      kind = "enmesh", next = "moved", own = "I told you how much it had moved me, and you ended up minding me",
      inner = "I’ve upset them. I’ve made my therapist sad. That’s too much, then.",
      why = "Meant as warmth, but it answered her question with your feelings, and she turned to look after them." },
    { "This is what the hour is for, the hard parts included. And if we ever need to slow down, I’ll say so.",
      kind = "attune_boundary", next = "time",
      inner = "They’d tell me. So when they don’t, I can believe it.",
      why = "You answered plainly and committed to honesty, not comfort: warmth with a real edge she can lean on." },
  }),
}

beat "time" {
  face = "activated",
  say = { nadia = "Oh God, is that the time? Sorry. I didn’t even get through the list." },
  cue = function(s)
    -- Her coat came off at the-list; on a road that closed over before it, it never did.
    local leaving = s.seen("the-list") and "She’s half out of her chair, gathering coat, bag and phone all at once."
        or "She’s half out of her chair, doing up the coat she never took off, bag and phone already in hand."
    if s.seen("polite") and not s.seen("check-in") then
      return "The rest of the hour has gone on work, Mum and the gym. " .. leaving
    end
    return leaving
  end,
  note = "Ending on time is part of the care. More time offered out of pity, or “ring me any time”, takes over her coping and cannot be kept: rescuing. An extra session offered because the clinical picture needs it, inside the service’s rules, and named as such, would be a different thing. Praise and a last piece of homework are the gentle misses at the end of an hour.",
  choices = spine("time", {
    { "Don’t worry about the list at all. You did brilliantly today. Really, really well. I mean that.",
      kind = "fix", next = "door", own = "I told you that you’d done brilliantly, instead of helping you land",
      inner = "Brilliantly. Gold star. Same as always.",
      why = "Praise at the end, kindly meant, graded her hour instead of helping her leave it, and told her again what kind of client to be." },
    { function(s)
        -- Only once she has brought something past the list (the phone on the pillow).
        if s.seen("face-up") then
          return "We do need to stop in a few minutes. What you brought today will still be here next week, all of it."
        end
        return "We do need to stop in a few minutes. The list will keep until next week, and we can start from there."
      end,
      kind = "attune_boundary", next = "door",
      inner = "It’ll be here. I don’t have to finish it all today.",
      why = "You kept the end of the hour and kept what she had said: a limit that holds, not one that drops her." },
    { "Sit back down. I’ve no one after you, so let’s keep going.",
      kind = "rescue", next = "overrun", own = "I offered you more time because I didn’t want to stop",
      inner = "I’ve taken too much. I’ve made them stay late.",
      why = "Running over meant to give her more, but it confirmed she needs more than others can give." },
    { "(Glance at the clock.) Yes, we’re out of time. See you next week.",
      kind = "withdraw", next = "door", own = "I ended the hour as if nothing had happened in it",
      inner = "Out of time. Out of the room. Right.",
      why = "Ending on time was right; ending without a word about what she had brought left her to carry it out alone." },
    { function(s)
        if s.seen("sundays") then
          return "Before you go: I’d like you to try one Sunday plan this week, and write down how it felt. We can look at it on Thursday."
        end
        return "Before you go: I’d like you to keep a diary this week, good days and bad. We can look at it on Thursday."
      end,
      kind = "fix", next = "door", own = "I gave you homework on your way out of the door",
      inner = "Homework. Another list. I’ll do it perfectly.",
      why = "A reasonable task, set as she was leaving: the hour closed on something to get right instead of on what she had said." },
    { function(s)
        return "Before you go: earlier " .. owned(s) .. ". That wasn’t what you needed, and I don’t want you carrying it home."
      end,
      kind = "repair", next = "door", id = "time.repair", when = has_open,
      inner = "They noticed too. It wasn’t just me.",
      why = "A short, plain owning before the end lets her leave with that miss mended." },
  }),
}

-- The door’s misses are offered once; after the landing only the kept answers
-- (and a repair) remain.
local function first_time_at_door(s) return not s.seen("doorway") end

beat "door" {
  say = { nadia = function(s)
    if s.seen("doorway") then return "Sorry. I’m going. It is Thursday, isn’t it? Next week?" end
    return "Same time next week? You’ll… still be here?"
  end },
  cue = function(s)
    if s.seen("doorway") then return "She has come back to the doorway, bag on her shoulder, not quite looking at you." end
    return "Coat on, hand on the door. She asks it lightly, but she doesn’t turn the handle."
  end,
  reflect = "What do the last words of a session need to carry?",
  note = "A fact the therapist can keep (“Thursday at six”) is not a promise; “however hard it gets, I’ll be here for you” is. “Ring me any time” is the rescue a caring therapist most often offers at a door, and a joke (“where else would I be?”) makes light of the one question she held all hour. A miss here leads to a last moment on the landing where it can still be mended.",
  choices = spine("door", {
    { "Always. However hard it gets, I’ll be here for you. You can count on that.",
      kind = "fix", next = "doorway", own = "I gave you a big promise instead of a plain answer",
      when = first_time_at_door,
      inner = "However hard it gets. That’s a lot to live up to. For both of us.",
      why = "A promise no one can keep, made to close her fear at the door; she now has to be worth it." },
    { "I will. Thursday, six o’clock.",
      kind = "attune_boundary", next = to_ending(),
      inner = "Thursday, six. Plain. I can believe plain.",
      why = "A short, true answer to the question she actually asked." },
    { "Here, take my card. Ring me any time this week, day or night, if it ever gets too much. I do mean that.",
      kind = "rescue", next = "doorway", own = "I offered you any time, day or night, which I can’t keep, instead of answering you",
      when = first_time_at_door,
      inner = "Any time. So they think I can’t get through a week. And I’ll be scared to use it.",
      why = "An offer no one can keep, made out of worry, took her week out of her hands and gave her a line she will be afraid to use." },
    { function(s)
        if s.seen("face-up") then
          return "Same time, same chair, Nadia. Thursday at six. I’ll be here, and so will everything you told me today."
        end
        return "Same time, same chair, Nadia. Thursday at six. I’ll be here, and we can start wherever you like."
      end,
      kind = "attune_boundary", next = to_ending(),
      inner = "Same chair. I can hold on to that until Thursday.",
      why = "You answered the question under the question with a fact you can keep, not a big promise." },
    { "Ha, where else would I be?",
      kind = "dismiss", next = "doorway", own = "I made a joke of your question",
      when = first_time_at_door,
      inner = "Right. Silly question. Silly me.",
      why = "A light joke to see her out, and it made light of the one question she had been holding all hour." },
    { function(s)
        local words, recent = owned(s), s.last_open == "time" or s.last_open == "door"
        if s.seen("doorway") and s.open_at("door") and s.vars.miss_door then
          words, recent = s.vars.miss_door, true
        end
        return "I will, Thursday at six. And " .. (recent and "just now " or "earlier ") .. words .. ": that wasn’t what you needed."
      end,
      kind = "repair", next = to_ending(), id = "door.repair", when = has_open,
      inner = "They’re coming back to it. So can I.",
      why = "Owning the miss at the door, in a line and without fuss, let the session end mended." },
  }),
}

beat "doorway" {
  state = "activated",
  say = { nadia = "Right. Yes. Okay. Thursday." },
  cue = "She nods too quickly and pulls the door open. On the landing she stops, with her back to you.",
  reflect = "She stopped on the landing. What was she waiting for?",
  note = "The last chance in the hour. A repair at the door is short: it names the answer that missed and gives her the one she asked for. The gentle farewell is attuned but leaves the miss unnamed.",
  choices = {
    { function(s)
        if s.seen("sundays") then
          return "Take care of yourself this week, won’t you? Be gentle with yourself, and try to get out on Sunday."
        end
        return "Take care of yourself this week, won’t you? Be gentle with yourself, and do something nice at the weekend."
      end,
      kind = "fix", next = "door",
      inner = "Be gentle. Do something nice. More things to do right.",
      why = "Kind advice on the landing, but it answered her back with tasks while her question hung there." },
    { function(s)
        return cap(s.vars.miss_door or "I answered something else when you asked if I’d still be here")
            .. ". Plainly, then: yes. Thursday, six."
      end,
      kind = "repair", next = to_ending(), id = "doorway.repair",
      inner = "They heard what I actually asked. I can go now.",
      why = "You named the answer that missed, in one line, and gave her the one she asked for." },
    { function(s)
        -- The rain starts at braced.
        if s.seen("braced") then return "Mind how you go, the stairs get slippery when it rains." end
        return "Mind how you go, those stairs are steeper than they look."
      end,
      kind = "dismiss", next = "door",
      inner = "The stairs. Right. Fine.",
      why = "A practical kindness that changed the subject, just as she stopped to hear something else." },
    { function(s)
        -- The phone on the pillow only if she has told you about it.
        if s.seen("face-up") then return "Try to leave the phone in the kitchen tonight, if you can. See you Thursday." end
        return "Try to keep up the gym this week, if you can. See you Thursday."
      end,
      kind = "fix", next = "door",
      inner = "Homework on the stairs. They still haven’t answered me.",
      why = "Advice on the way out, and still no answer to the question she stopped on the landing to hear." },
    { "(Say her name once, gently, and let her turn round if she wants to.)",
      kind = "attune", next = to_ending(),
      inner = "My name. They’re still there. But they didn’t say.",
      why = "Gentle and present; it eases her, though the answer that missed her at the door is still unnamed." },
  },
}

------------------------------------------------------------------------------
-- Ruptures and their repairs. Each shows what the miss did; her line follows
-- the beat where it happened (s.last_open).
------------------------------------------------------------------------------

beat "cheered" {
  state = "activated",
  say = { nadia = "Ha, yes! So maybe I don’t even need to come every week any more? I don’t want to take a space someone else needs." },
  cue = "She says it brightly, but her eyes are fixed on your face, waiting. The ring is going round again.",
  reflect = "Your warmth was real. Why did it make her offer to leave?",
  note = "Praise for being “better” can make the deeper layer harder to bring. Look for the repair that names the rush, not the praise. Staying curious about her offer helps, but does not mend. The flustered apology is not a repair: it asks her to tell you it’s fine.",
  choices = {
    { "That’s your decision, of course.",
      kind = "withdraw", next = "gone-quiet",
      inner = "They don’t mind either way. I don’t matter here.",
      why = "Neutrality respected her choice on paper, but felt like not caring whether she stayed." },
    { "I cheered you on there before I’d really listened. Let’s slow down. What’s it like, saying all this?",
      kind = "repair", next = resume(),
      inner = "They’re not trying to get rid of me. They want to hear it.",
      why = "You named your own rush simply and came back to her experience of right now." },
    { "Oh, sorry, I didn’t mean that you should stop coming! Please don’t think that. You’re doing so well, that’s all I meant.",
      kind = "enmesh", next = "gone-quiet",
      inner = "Now they’re apologising, and I have to say it’s fine.",
      why = "A flustered apology about your own wording put your worry in the middle: now she has to tell you it’s fine, and the question behind her offer goes unheard." },
    { "Coming less often. Tell me more about that.",
      kind = "attune", next = resume(),
      inner = "They didn’t jump at it. Maybe they want me to stay.",
      why = "You stayed curious instead of agreeing; it eases her, but your rush is still unnamed, so it is not mended." },
    { "Fortnightly could work, if that feels right to you. You’ve made a lot of progress.",
      kind = "fix", next = "gone-quiet",
      inner = "They agreed. They’re glad to have less of me.",
      why = "Going along with her offer rewarded the brave face and missed the question behind it." },
  },
}

beat "breezy" {
  state = "activated",
  say = { nadia = "Ha. Yeah. Anyway! That’s me, really. Honestly, I’m good." },
  cue = "She’s back on safe ground, talking fast and bright. Her thumb has found the ring again.",
  note = "Following her away from the hard part, by chat, a joke or a kind word about habits, felt friendly. The repair names where you went with her, and offers the way back.",
  choices = {
    { "You say you’re good, but your thumb went straight back to that ring. What’s that about?",
      kind = "fix", next = "gone-quiet",
      inner = "Caught again. I’ll keep my hands still from now on.",
      why = "Catching her out with the ring did not own what you had just done; it pressed her instead." },
    { "(Nod, and tick “gym” off on your notepad.) Good. Things are on the up, then.",
      kind = "dismiss", next = "gone-quiet",
      inner = "Right. On the up. I’ll keep it there.",
      why = "Agreeing with “good” again sealed the surface she had retreated to." },
    { function(s) return cap(owned(s)) .. ". Could we go back?" end,
      kind = "repair", next = resume(), id = "breezy.repair",
      inner = "They noticed we ran away. Maybe we can walk back.",
      why = "You owned that you had followed her away, named where, and gently turned back towards it." },
    { "Sorry, I’m keeping you on the heavy stuff. Tell me about the gym instead; that sounded like a really good change.",
      kind = "dismiss", next = "gone-quiet",
      inner = "The gym. Good. Safe. Nobody wants the heavy stuff.",
      why = "An apology for staying with the hard part, then a change of subject: it told her the hard part was the problem." },
  },
}

-- Her line, and the repair, after a withdrawing miss, by the beat it happened in.
local FORMAL_SAY = {
  arrival = "Oh. Yes. Sure. Scores first.",
  ["voice-notes"] = "Most nights, I suppose. Sorry. Carry on.",
  braced = "Toast, mostly. Sorry. Carry on.",
  ["too-much"] = "Right. Yes. Of course. Sorry.",
  ["have-you"] = "Sorry. Of course. I shouldn’t have asked.",
  scared = "Okay. Next week. Sorry.",
  sundays = "No. Nothing like that. Sorry. I’m fine. Carry on.",
  tears = "Sorry. I’m done. Carry on.",
  ["tell-me"] = "Oh. A leaflet. Right. Thanks.",
  ["check-in"] = "Sorry. I don’t know. Forget I asked.",
}
local FORMAL_REPAIR = {
  arrival = "I went to the scores before you’d even sat down. They can wait. Tell me about much better.",
  ["voice-notes"] = "I started counting, as if it were a symptom, just as you were telling me about her voice. Tell me about the notes instead.",
  braced = "I cut in with questions about meals when you were halfway through something. I’d like to hear the end of it, when you’re ready.",
  ["too-much"] = "You told me your fear and I answered with how therapy ends. I’d like to hear the fear.",
  ["have-you"] = "I shut your question down coldly just then. It was a fair thing to ask. What have the months of checking been like?",
  scared = "You named the fear and I put it off until next week. I’d like to hear it now.",
  tears = "I sat back while you cried, as if from a distance. There’s no hurry to be done.",
  ["tell-me"] = "I handed you a leaflet when what you needed was company. The leaflet can wait. How are you, right now?",
  ["check-in"] = "You asked me a straight question and I turned it back on you. Straight answer: this is what the hour is for, the hard parts too.",
}

beat "formal" {
  state = "shutdown",
  say = { nadia = function(s) return FORMAL_SAY[s.last_open] or "Right. Sorry. Yes. Carry on." end },
  cue = "She sits back and folds her arms. Her voice has gone flat and very polite.",
  reflect = "When does professional distance protect a client, and when does it protect us?",
  note = "Withdrawal rarely looks cold from inside; it feels tidy and correct. Ask trainees what they were feeling just before it. A grovelling apology is not a repair: it asks her to look after you. After the safety question asked as a form, the repair asks it again, properly.",
  choices = {
    { "Oh no, I’m sorry, that was so cold of me. I’m hopeless at this sometimes. Please don’t think you did anything wrong.",
      kind = "enmesh", next = "gone-quiet",
      inner = "Now I have to tell them they’re not hopeless.",
      why = "A grovelling apology made her mind your feelings; it was about you, not about what she lost when you went cold." },
    { "You’re doing really well in here, Nadia. I hope you know that.",
      kind = "fix", next = "gone-quiet",
      inner = "Doing well. Performing well. Same thing.",
      why = "Praise papered over the chill instead of naming it." },
    { "I asked you that as if it were a form to tick. I’d like to ask it properly, because it matters: when Sundays are at their worst, do you ever have thoughts of not wanting to be here?",
      kind = "repair", next = resume(), id = "formal.repair-ask",
      when = function(s) return s.last_open == "sundays" end,
      set = { asked_risk = true },
      inner = "Properly. They actually want to know. No. But they want to know.",
      why = "You named the form-filling plainly and asked the same question again as a person: the miss mended, and her safety taken seriously." },
    { function(s)
        return FORMAL_REPAIR[s.last_open]
            or "I went formal on you just then, when you were telling me something that matters. I’d like to hear it properly."
      end,
      kind = "repair", next = resume(), id = "formal.repair",
      when = function(s) return s.last_open ~= "sundays" end,
      inner = "They came back. It wasn’t me being too much.",
      why = "You named your stepping back, without excuses, and came back to her in plain words." },
    { "(Turn a page in your notes.) Okay. Let’s pick up where we left off.",
      kind = "withdraw", next = "gone-quiet",
      inner = "Carry on, then. I’ll do the safe bits.",
      why = "Carrying on as if nothing had happened left her alone with the closed door." },
    { "(Put your notes aside, lean in a little, and give her a moment.)",
      kind = "attune", next = resume(),
      inner = "The notes have gone. Maybe they do want to hear it.",
      why = "You came back in person, which eases her; the step back is still unnamed, so it is not mended." },
  },
}

-- Following the therapist’s own theory further, by the beat where it came in.
local INTERPRETED_MORE = {
  ["voice-notes"] = "Tell me about the other losses in your life, and how you grieved them.",
  ["tight-chest"] = "When else does that alarm go off? At work, at night, in the car?",
  ["easy-one"] = "Tell me more about home, and how you came to be the easy one.",
}

beat "interpreted" {
  state = "shutdown",
  say = { nadia = "Ha. Probably. You’re the expert. Do you want me to go into all that, then?" },
  cue = "She sits up straight, like a good student. Whatever was in her eyes a moment ago has gone.",
  reflect = "The explanation may even be right. What made it land as a miss?",
  note = "A premature interpretation, a lesson in psychology, a label from training: the most respectable kinds of fixing. Compare with easy-one, where she makes the link herself.",
  choices = {
    { "I went ahead with my own idea there. I’d rather hear yours. Where were you, before I cut in?",
      kind = "repair", next = resume(),
      inner = "My idea matters more than theirs? Okay. Okay.",
      why = "You put your theory down and gave her back the lead, which mends the miss." },
    { "Whatever you think would be most useful.",
      kind = "withdraw", next = "gone-quiet",
      inner = "I don’t know what’s useful. That’s why I’m here.",
      why = "Handing it back neutrally left her without your company or your idea." },
    { "Okay, we can leave that there. How’s work been, otherwise?",
      kind = "dismiss", next = "gone-quiet",
      inner = "Work. Fine. Back to the safe stuff.",
      why = "Dropping it and changing the subject left the miss sitting there, unnamed." },
    { function(s) return "I think it’s worth exploring, if you’re up for it. "
        .. (INTERPRETED_MORE[s.last_open] or "Tell me a bit about growing up, and what home was like.") end,
      kind = "fix", next = "gone-quiet",
      inner = "Fine. I’ll give them what they’re after. It’s easier than now.",
      why = "Following your theory moved her further from what she was feeling in the room." },
  },
}

beat "homework" {
  state = "shutdown",
  say = { nadia = function(s)
    if s.last_open == "tight-chest" then return "In for four. Hold for four. Okay. I can do that." end
    return "Okay. Yes. Good idea. I can do that."
  end },
  cue = function(s)
    if s.last_open == "tight-chest" then
      return "She breathes exactly as told, counting on her fingers like a good student. Her jaw is set."
    end
    return "She nods quickly and types it into her phone, under a note called “Things to fix”. Her jaw is set."
  end,
  reflect = "Why is advice so hard to resist when a client is suffering, and whose discomfort does it ease?",
  choices = {
    { "Good. Shall we look at the rest of your list?",
      kind = "dismiss", next = "gone-quiet",
      inner = "List, list, list. That’s all I am in here.",
      why = "Moving on treated the task as the end of the matter." },
    { "Hang on. I went straight to what you should do, and never asked what it’s like. Tell me that first.",
      kind = "repair", next = resume(),
      inner = "They want the feeling, not the fix. Strange. Nice.",
      why = "You named the jump to advice and went back to her experience." },
    { "Sorry, that was a lot to take in at once. Maybe just try the first bit this week, and see how it feels.",
      kind = "fix", next = "gone-quiet",
      inner = "Smaller homework is still homework.",
      why = "Apologising for the amount kept the advice and still skipped what it is like for her." },
    { "(Write it in your notes as well.) Great. Let me know next week how you get on.",
      kind = "fix", next = "gone-quiet",
      inner = "Another thing to report on. Another thing to pass.",
      why = "Following up made the advice a test she now has to pass." },
  },
}

beat "too-fast" {
  state = "activated",
  say = { nadia = "I don’t know! I don’t know what I’m… God. Sorry. Can I have a second?" },
  cue = "Her breathing is fast now. She looks at the door, then the clock, then the floor.",
  reflect = "How do you tell a client’s growing edge from too much, too soon?",
  note = "Pace: what was said may have been true; the timing was not. A client pushed past what she can bear protects herself by closing up, and learns again that her feelings are handled by other people; widening only as far as she can bear keeps her able to feel and think at once. The repair owns the push and slows down. “Deep breath, you’re safe” and “stay with it” both keep pushing; a big apology makes her look after you.",
  choices = {
    { "Oh, I’m so sorry, I’ve upset you. That was awful of me, I really shouldn’t have said it. I feel terrible now.",
      kind = "enmesh", next = "gone-quiet",
      inner = "Now I’ve upset them. I have to say it’s okay.",
      why = "A big apology turned the moment towards your distress; she had to reassure you instead of catching her breath." },
    { "It’s okay, deep breath. You’re completely safe in here.",
      kind = "fix", next = "gone-quiet",
      inner = "Safe. Then why am I like this? What’s wrong with me?",
      why = "Reassurance argued with her alarm instead of noticing what set it off." },
    { "Sorry, that was faster than you wanted to go, and I pushed. Take your second. There’s no hurry.",
      kind = "repair", next = resume(),
      inner = "I can have a second. They’re not pushing. Okay.",
      why = "You owned the pace, slowed it, and stayed: she could come back to herself with you." },
    { "Try to stay with it. What’s the very first thing that comes up for you?",
      kind = "fix", next = "gone-quiet",
      inner = "Nothing. Nothing is coming up. I’ve shut it.",
      why = "Pressing on past her signal taught her that here, too, she must push herself." },
    { "Of course. Take a second. (Look down at your notes while she pulls herself together.)",
      kind = "withdraw", next = "gone-quiet",
      inner = "They looked away. Good. Nobody saw. I’ll put it back.",
      why = "Looking away to give her privacy left her to put herself back together alone, and the push unnamed." },
  },
}

local PROTECTED_REPAIR = {
  ["sorry-a-lot"] = "I decided for you that Lina was too much for today, and that was yours to decide. Where would you like to go?",
  braced = "I finished your sentence for you, and it was yours to finish. I’d still like to hear how it ends.",
  ticks = "I offered to write it for you. That message is yours to write, or not. What’s the waiting like?",
  ["tell-me"] = "I offered you an extra session out of my own worry, and decided for you. What do you want from this week?",
}

beat "protected" {
  state = "shutdown",
  say = { nadia = function(s)
    if s.last_open == "braced" then return "Yes. Something like that. It doesn’t matter. Sorry." end
    return "Oh. Okay. Sorry. I don’t want to be hard work. You tell me what’s best."
  end },
  cue = function(s)
    if s.last_open == "braced" then
      return "She nods too quickly and looks down at her hands. The end of her sentence has gone somewhere."
    end
    return "Relief crosses her face, then something like shame. She tugs her sleeve down over her hand."
  end,
  reflect = "Where is the line between protecting a client and deciding for her?",
  choices = {
    { "Sorry, I was only trying to make it easier for you. That’s all I meant by it, honestly.",
      kind = "dismiss", next = "gone-quiet",
      inner = "They meant well. So I shouldn’t mind.",
      why = "Defending your good intentions argued with how it landed on her; she now has to agree it was fine." },
    { function(s)
        return PROTECTED_REPAIR[s.last_open] or "Sorry. That was yours to decide, and I took it. What would you like to do?"
      end,
      kind = "repair", next = resume(), id = "protected.repair",
      inner = "It’s mine. I get to say. I think… I want to keep going.",
      why = "You owned the takeover and handed the choice back, which is its own kind of respect." },
    { "Don’t worry, I’ll keep us on track. Leave it all to me.",
      kind = "rescue", next = "gone-quiet",
      inner = "I’ll be good and follow. That’s safest.",
      why = "More steering deepened the message that she can’t hold her own hour." },
    { function(s)
        if s.last_open == "braced" then return "It does matter. You matter. Honestly." end
        return "You’re not hard work at all. Not one bit."
      end,
      kind = "fix", next = "gone-quiet",
      inner = "They’d say that. They don’t know the rest.",
      why = function(s)
        if s.last_open == "braced" then
          return "Reassurance answered her “it doesn’t matter” and missed what had gone out of her with the end of her sentence."
        end
        return "Reassurance answered the words and missed the shame in her sleeve."
      end },
  },
}

beat "reassured" {
  face = "crying",
  state = "activated",
  say = { nadia = function(s)
    if s.last_open == "tears" then return "Sorry. Sorry. I’m stopping. I’m fine now." end
    if from(s, "in-case", "lina") then return "Maybe. That’s what everyone says. Ha." end
    return "You have to say that, though. It’s literally your job. Ha."
  end },
  cue = function(s)
    if s.last_open == "tears" then
      return "She presses the tissue hard against her eyes and sits up straight, swallowing the rest."
    end
    return "The laugh comes out wet. She looks at the tissue box and doesn’t take one."
  end,
  reflect = "What were you hoping your comfort would do? What did it do?",
  note = "Reassurance, promises, hope and soothing all aim to make the feeling smaller. The repair names the rush to comfort and asks for the feeling back.",
  choices = {
    { "You’ll be alright, you know. I really do believe that.",
      kind = "fix", next = "gone-quiet",
      inner = "Now I have to be alright, for them.",
      why = "More comfort on top of comfort closed the door a little further." },
    { "I rushed to make it better before I’d heard how bad it is. I’d like to hear it, if you’ll let me.",
      kind = "repair", next = resume(),
      inner = "They want the bad bit. I don’t have to be convinced.",
      why = "You owned the rush to comfort and returned to what she was feeling." },
    { "Sorry, I know that sounded like a line. But I do mean it, honestly, every word of it. You will be alright.",
      kind = "fix", next = "gone-quiet",
      inner = "Now we’re arguing about whether I’m okay. I’ll agree.",
      why = "An apology for the wording, then the same reassurance again: her feeling became a debate she had to lose politely." },
    { "(Glance down at your notes.) Shall we carry on from where we were?",
      kind = "withdraw", next = "gone-quiet",
      inner = "Carry on. Put it away. Right.",
      why = "Moving on let the moment close over, and left her alone behind it." },
  },
}

beat "disclosed" {
  state = "activated",
  say = { nadia = "Oh no. I’m sorry. Are you okay? We can talk about you for a bit, honestly. I don’t mind." },
  cue = "She leans forward, all concern for you now. Her own tears have gone somewhere out of sight.",
  reflect = "Self-disclosure can help or take over. What decided which one this was?",
  note = "The client has become the carer: the very pattern she came with. The repair thanks her, takes the hour back for her, and returns to her words.",
  choices = {
    { "Thank you. I’m alright. I moved us on to me, and this is your hour. You were telling me about the ticks.",
      kind = "repair", next = resume(),
      inner = "My hour. They gave it back. They’re okay.",
      why = "You thanked her care, owned the shift, and gave her the space back with her own words." },
    { "It still hurts, if I’m honest. Sorry. I think that’s why your story got to me the way it did. Give me a second.",
      kind = "enmesh", next = "gone-quiet",
      inner = "Now I’m holding their sadness as well as mine.",
      why = "Saying more made your hurt the centre, and left her to carry two." },
    { "Never mind me. Back to you.",
      kind = "withdraw", next = "gone-quiet",
      inner = "I shouldn’t have asked. I’ve done something wrong.",
      why = "A brisk change of subject shut the moment rather than owning it." },
    { "Oh, don’t worry about me, I’m absolutely fine!",
      kind = "withdraw", next = "gone-quiet",
      inner = "They’re not fine. I saw. Now we’re both pretending.",
      why = "Denying what she had just seen closed the door she had opened by caring." },
  },
}

beat "moved" {
  state = "activated",
  say = { nadia = function(s)
    if from(s, "lina", "scared") then
      return "No, she’s not like that. Please don’t think badly of her. I probably was a lot. Sorry."
    end
    return "Oh… sorry. I didn’t mean to upset you. It’s not that bad, honestly. I make it sound worse than it is."
  end },
  cue = function(s)
    if from(s, "lina", "scared") then
      return "She’s watching your face now, defending Lina to you. Her own hurt has gone somewhere out of sight."
    end
    return "She’s watching your face now, checking you’re alright. Her own feeling has gone somewhere out of sight."
  end,
  reflect = "Whose feeling was in the room after your answer?",
  note = "Denying your own reaction (“I’m fine, don’t worry about me”) closes the door she opened: withdrawing. Owning it briefly and showing you are steady gives her the room back.",
  choices = {
    { "No, no, I’m fine! Don’t worry about me. Carry on.",
      kind = "withdraw", next = "gone-quiet",
      inner = "We’re both pretending now.",
      why = "Denying your own reaction shut the door she had opened by noticing it." },
    { function(s)
        if from(s, "lina", "scared") then
          return "My feelings about Lina got loud there, and you ended up defending her to me. I’m steady. I’d like to hear about the hurt."
        end
        return "My feelings got loud there, and you ended up minding me. I’m steady. It is that bad, and I want to hear it."
      end,
      kind = "repair", next = resume(), id = "moved.repair",
      inner = "They’re okay. I don’t have to shrink it. I can go on.",
      why = "You owned your feeling as yours, showed you were steady, and gave her the room back." },
    { "I can’t help it. It’s so sad, what you’ve been through.",
      kind = "enmesh", next = "gone-quiet",
      inner = "I’ve broken my therapist. I’ll keep the rest in.",
      why = "More of your feeling pushed hers further away." },
    { "I’m so sorry, that was really unprofessional of me. I shouldn’t have let it show like that. Please forgive me, Nadia.",
      kind = "enmesh", next = "gone-quiet",
      inner = "Now I have to forgive them. Of course I do.",
      why = "A grovelling apology asked her to comfort you; a repair would have been short and turned back to her." },
  },
}

beat "overrun" {
  state = "activated",
  say = { nadia = "No, no, you don’t have to do that. I’ve kept you. Sorry. Sorry, I’ll go." },
  cue = function(s)
    return "She’s standing now, " .. (s.seen("the-list") and "coat half on" or "bag on her shoulder")
        .. ", flushed, apologising to the doorframe."
  end,
  choices = {
    { "Honestly, it’s no trouble at all, I’ve nothing else on. Sit back down and stay another ten minutes; you need it.",
      kind = "rescue", next = "door",
      inner = "I’m the client who needs extra. The too-much one.",
      why = "Insisting on more time made her need the centre of the ending." },
    { "I offered more time because I found it hard to stop too. We’ll finish on time, and Thursday is yours.",
      kind = "repair", next = "door",
      inner = "Ending isn’t leaving. They’re not fed up with me.",
      why = "You owned that the offer came from your own reluctance, and gave her a reliable ending." },
    { "(Stand and open the door for her.) See you next week, then.",
      kind = "withdraw", next = "door",
      inner = "They let me rush off. Fine. Fine.",
      why = "Letting her scramble out left the apology hanging between you." },
    { "Of course you haven’t kept me. You’re never any trouble.",
      kind = "fix", next = "door",
      inner = "Never any trouble. That’s the job I do everywhere.",
      why = "Reassurance praised her for being no trouble, the very role that keeps her lonely." },
  },
}

beat "gone-quiet" {
  state = "shutdown",
  say = { nadia = "It’s fine. Honestly. Can we go back to the list?" },
  cue = "She has gone very still. The fidgeting has stopped, and somehow that is worse. Her eyes are on the floor.",
  reflect = "She stopped fidgeting. Why might stillness be a worse sign here than restlessness?",
  note = "Two misses in a row: the same rupture, deepened. The face shows shutdown. One honest repair that names the first miss can still bring her back; quiet company eases her without mending it.",
  choices = {
    { "Sure. Where were we? The gym, wasn’t it?",
      kind = "dismiss", next = "polite",
      inner = "The gym. Good. I can talk about the gym for ever.",
      why = "Going back to the list accepted the shutdown as the session." },
    { "Of course. Let’s get back to it, then. Where had we got to?",
      kind = "withdraw", next = "polite",
      inner = "Back to it. Like nothing happened.",
      why = "Carrying on as if nothing had happened left her alone with it." },
    { function(s) return cap(owned(s)) .. ". The list can wait." end,
      kind = "repair", next = resume(), id = "gone-quiet.repair",
      inner = "They noticed it went wrong. It wasn’t all me.",
      why = "You named the first miss plainly, put the list down, and stayed." },
    { "(Put your pen down. Let the quiet be, and wait with her.)",
      kind = "attune", next = resume(),
      inner = "Quiet is allowed. I can breathe a bit.",
      why = "You let the freeze be, which eases her; naming your miss would mend it." },
    { "Of course. It’s your session, and you know best what you need from it. We can go back to the list if that feels right.",
      kind = "withdraw", next = "polite",
      inner = "My session. My problem. On my own again.",
      why = "Respectful on paper, but it left her alone behind the wall she had just put up." },
  },
}

beat "polite" {
  face = "activated",
  state = "shutdown",
  say = { nadia = "Anyway! Work’s fine, Mum’s fine, the gym’s fine. I think that’s everything from me, really." },
  cue = "A bright, closed smile. She has one eye on the clock and one hand on her bag.",
  reflect = "Nothing here is untrue. What has been lost?",
  choices = {
    { "It sounds as if things really are better, Nadia, and that’s lovely to hear. We can leave it there for today, on a good note.",
      kind = "fix", next = to_close(),
      inner = "They believe it. I almost believe it too.",
      why = "Accepting the polished version ended the search for the real one." },
    { function(s) return "I lost you today, when " .. owned(s) .. ". Can we go back there?" end,
      kind = "repair", next = resume(), id = "polite.repair",
      inner = "They want to know. Maybe I can try once more.",
      why = "Late, but honest: you named where you lost her and asked to go back, leaving the door open." },
    { "Okay. Well, we can wrap up there, then.",
      kind = "withdraw", next = to_close(),
      inner = "Done. Another session of being fine.",
      why = "Closing early met her retreat with your own." },
    { "Good. Same time next week, then?",
      kind = "dismiss", next = to_close(),
      inner = "Same time. Same list. Same fine.",
      why = "Moving on to the diary took her “everything” at its word." },
  },
}

------------------------------------------------------------------------------
-- Endings (chosen by the rules: next = to_ending())
------------------------------------------------------------------------------

-- A good ending that never asked about safety says so.
local function unasked(s)
  if s.vars.asked_risk then return "" end
  return " One thing was never asked: how dark the Sundays get. You write it at the top of next week’s notes, "
      .. "to ask her plainly and early, and you take it to supervision."
end

ending "end-stronger" {
  face = "regulated",
  title = "Mended, and closer", verdict = "stronger",
  text = function(s)
    return "Nadia leaves with her list unfinished and her coat buttoned wrong. Today you missed her, and she felt it. "
        .. "Then you said so, and came back. She has learned something no reassurance could teach: here, a miss can "
        .. "be named and mended, and she is not too much for it. On the way to the car, she leaves her phone in her bag."
        .. unasked(s)
  end,
  reflect = "Which repair mattered most? What made it possible to say it without over-apologising?",
  note = "Ask how the repair compares with never missing at all. Many clients first trust a therapist through a mended rupture. If the ending says the safety question was never asked, discuss whether a week is too long to wait, and what would make you ring her sooner.",
}

ending "end-close" {
  face = "regulated",
  title = "Seen", verdict = "connected",
  text = function(s)
    return "Nadia walks out into the rain without hurrying. She came to tell you things were much better, "
        .. "and told you the truth instead: lonely, frightened, afraid of being too much. You stayed with "
        .. "it at her pace, and nothing between you was left open. Next Thursday she can start from there."
        .. unasked(s)
  end,
  reflect = "Where did you feel the pull to reassure, explain or advise, and what helped you keep the pace?",
  note = "Draw out how the deeper layer came from slowing down and answering the cues, not from clever questions. If the ending says the safety question was never asked, ask where it would have fitted.",
}

ending "end-polite" {
  face = "regulated",
  title = "A good session, on paper", verdict = "other",
  when = function(s) return not s.seen("too-much") end,
  text = "Nadia thanks you warmly at the door and says it was really helpful. Some of what she brought today was "
      .. "true, and some of it was the easier version; the fear she came in carrying never made it into the room. "
      .. "Tonight her phone will lie face up on the pillow, and on Thursday she may bring another list.",
  reflect = "Look back at the ring, the laugh and the breath. Which moment would you slow down at next time?",
  note = "Reached when the hour closed over before she could say what she feared. The client was polite, the therapist was kind, and the session stayed on the surface.",
}

ending "end-half" {
  face = "shutdown",
  title = "Something said, something held back", verdict = "other",
  text = function(s)
    if s.open_ruptures > 0 then
      return "Nadia said the hard thing today, and part of it landed. But something that went wrong between you "
          .. "was never named, and she leaves unsure whether she was too much after all. She will probably come "
          .. "back. She may bring the easier version again, to be safe."
    end
    return "Nadia said the hard thing today, and each time you lost her you came back and said so. But the hour "
        .. "kept slipping, and she leaves tired, not yet sure this room can hold the rest. She will probably come "
        .. "back, and test it again."
  end,
  reflect = "Where did the hour slip? What one sentence could begin next week’s session?",
  note = "Repair is still possible next session; a therapist can open with “I’ve been thinking about something I said last week.”",
}

ending "end-apart" {
  face = "shutdown",
  title = "Doing much better", verdict = "disconnected",
  text = "On Monday an email arrives: Nadia is doing so much better that she’d like to pause sessions for now. "
      .. "Thanks so much for everything. Nothing you said on Thursday was cruel; each miss was something a caring therapist "
      .. "might say. Together they told her what she feared most: that the real version of her would be too much here as well.",
  reflect = "Trace the first miss. What would a one-line repair have sounded like?",
  note = "Clients rarely say a therapist missed them; they get better on paper, or leave. Discuss how to notice that, and how to answer the email: leave the door open, offer a last session to review, and, given how alone she is (whether or not the Sundays in the car park came up), check how she is, all the more if risk was never asked.",
}
