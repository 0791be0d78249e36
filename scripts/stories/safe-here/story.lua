-- Safe Here: a fourth session. Nadia Haddad, 34, a pharmacist, arrives to say
-- things are “much better” and that she feels safe. Her hands, her breath and
-- her laugh say something else. The player is her therapist.
--
-- Shape of the story
--   spine:     arrival → the-list → face-up → in-case → lina → voice-notes →
--              pathetic → sorry-a-lot → tight-chest → braced (rain) → too-much →
--              have-you (pressure) → ticks → easy-one → sundays → scared →
--              tears → tell-me → check-in → time → door
--   ruptures:  cheered, breezy, formal, interpreted, homework, too-fast,
--              protected, reassured, disclosed, moved, overrun; a second miss
--              leads to gone-quiet, a third to polite (the session closes over)
--   steadying: have-you, where her question touches the therapist’s own history
--   cue beats: the-list, in-case, sorry-a-lot, tight-chest, check-in (her
--              words say “fine” and “safe”; her body does not)
--
-- Every repair goes back to the spine at the next beat not yet seen, so a
-- mended miss picks the session up where it left off.

story { id = "safe-here", title = "Safe Here",
        relationship = "therapist-client", minutes = 16, start = "arrival",
        summary = "Nadia’s fourth session. She says she feels safe and things are “much better”. "
               .. "Her hands are telling a different story.",
        content_note = "Loneliness after the end of a close friendship, and a client’s fear of being "
                    .. "“too much”. Tears; nothing graphic.",
        you = "You are Nadia’s therapist.",
        with = "nadia" }

character "nadia" { name = "Nadia", about = "Nadia Haddad, 34, a high-street pharmacist; fourth session",
  state = "activated",
  portraits = { regulated = "images/nadia-regulated.svg",
                activated = "images/nadia-activated.svg",
                shutdown  = "images/nadia-shutdown.svg" } }

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

-- Stronger: misses were mended and the bond ends high. Connected: nothing
-- left open and the bond holds, whether or not there were misses on the way.
local function to_ending()
  return {
    { "end-stronger", when = function(s)
        return s.repairs > 0 and s.open_ruptures == 0 and s.connection >= 80 and s.seen("too-much") end },
    { "end-close", when = function(s)
        return s.open_ruptures == 0 and s.connection >= 65 and s.seen("too-much") end },
    { "end-apart", when = function(s) return s.connection < 40 end },
    { "end-polite", when = function(s) return not s.seen("too-much") end },
    { "end-half" },
  }
end

-- A last line at the door costs connection but opens no rupture: there is
-- no more session in which to mend it.
local LAST_LINE = { rupture = false, connection = -15 }

-- A second miss inside an open rupture deepens it (connection, state)
-- rather than opening another: the repair that follows mends both.
local DEEPEN = { rupture = false }

------------------------------------------------------------------------------
-- The first layer: “much better”
------------------------------------------------------------------------------

beat "arrival" {
  background = "images/therapy-room.svg", music = "room", state = "activated",
  say = { nadia = "Right! Good news first. I think things are much better. I’m sleeping, I’m back at the gym, and honestly? I feel really safe here. I nearly cancelled. Ha." },
  cue = "She’s smiling, still in her coat. Her thumb turns the silver ring on her right hand, round and round.",
  reflect = "She says she feels safe. What in your own body tells you whether to believe it yet?",
  note = "Let the group sit with the opening before answering. Nothing here is wrong to say; the question is pace.",
  choices = {
    { "Come in properly first. There’s no rush — I’d like to hear all of it, slowly.",
      kind = "attune", next = "the-list",
      inner = "Slowly. Oh. I had it all ready to say quickly.",
      why = "You welcomed the good news without sealing it, and set a slower pace for whatever is underneath." },
    { "That’s wonderful, Nadia. It sounds like the work is really paying off.",
      kind = "fix", next = "cheered",
      inner = "Good. They’re pleased. I’d better keep it that way.",
      why = "Celebrating is warm, but it took the words at face value and told her which answer you prefer." },
    { "Good. Let’s see how that fits with the goals we set in our first session.",
      kind = "withdraw", next = "formal",
      inner = "Goals. Right. This is a review, not a conversation.",
      why = "Reaching for the structure felt professional, but it met her as a case, not a person." },
  },
}

beat "the-list" {
  state = "activated",
  say = { nadia = "I even made a list, so I don’t waste your time. One: sleep. Two: gym. Three: I’ve stopped checking my phone at night. Mostly. Ha!" },
  cue = "She laughs at “mostly” and scrolls past it fast. Her breath sits high in her chest, quick and shallow.",
  reflect = "What did you notice first: the list, or the laugh? Which did you answer?",
  note = "A cue-only beat. Her words are tidy and good; the laugh and the breath are the invitation.",
  choices = {
    { "You laughed at “mostly”, and moved on quickly. Could we stay with number three a moment?",
      kind = "attune", next = "face-up",
      inner = "They caught that. I didn’t think anyone would catch that.",
      why = "You answered the laugh and the speed, not the list, and asked rather than pushed." },
    { "A list is a great idea. Let’s take them in order — tell me about the sleep.",
      kind = "dismiss", next = "breezy",
      inner = "Phew. Sleep is an easy one. I can do sleep.",
      why = "Going in order followed her words politely and let the laugh slip past unheard." },
    { "You don’t need to prepare for me, Nadia. Put the list away — I’ll do the steering.",
      kind = "rescue", next = "protected",
      inner = "I got it wrong. Even the list was wrong.",
      why = "Meant to lighten her load, it took her way of coping from her before you knew what it held." },
  },
}

beat "face-up" {
  say = { nadia = "It’s nothing. I just keep it face up on the pillow. In case. Anyway — work’s been mad. Flu jabs all week. I’ve done about three hundred arms." },
  cue = "She’s onto flu jabs before “in case” has landed. The ring goes round again.",
  choices = {
    { "You slipped past “in case” quite quickly. I’m curious about it, if you’re okay to go back.",
      kind = "attune", next = "in-case",
      inner = "I could say no. But I don’t think I want to.",
      why = "You named the swerve and left her the choice, so going back was hers to do." },
    { "Phones by the bed really keep us wired. Could you try charging it in the kitchen this week?",
      kind = "fix", next = "homework",
      inner = "Another thing to get right. I’ll add it to the list.",
      why = "Good sleep advice, but it treated the phone as the problem and skipped whatever she’s waiting for." },
    { "Three hundred! No wonder you’re tired. How’s the team coping?",
      kind = "dismiss", next = "breezy",
      inner = "Good, we’re off it. Safe ground.",
      why = "Following her onto flu jabs was friendly, but it went where she fled, not where she hurt." },
    { "Waiting by the phone… I wonder if that goes back to waiting for someone as a child.",
      kind = "fix", next = "interpreted",
      inner = "Oh. Is that what this is? I don’t know. They must know.",
      why = "An interpretation this early was your idea, not her experience; it sent her into her head." },
  },
}

beat "in-case" {
  state = "activated",
  say = { nadia = "In case Lina texts. Which she won’t. It’s been seven months. Honestly, it’s fine — I’ve made my peace with it. Ha." },
  cue = "Her eyes have gone bright and wet while she laughs. She is picking at a loose thread on her cuff.",
  reflect = "Her words close the subject. Her eyes open it. How do you name that without catching her out?",
  note = "A cue-only beat. The attuned answer holds both layers at once rather than correcting her words.",
  choices = {
    { "You say you’ve made peace with it — and your eyes have filled. Maybe both are true?",
      kind = "attune", next = "lina",
      inner = "Both. Yes. I didn’t know I was allowed both.",
      why = "You named the mismatch gently and made room for both layers, without calling her words false." },
    { "Seven months is a long time. It sounds like you really have started to move on.",
      kind = "fix", next = "cheered",
      inner = "Right. I should be over it. I’ll act over it.",
      why = "Agreeing with “fine” was kind, but her wet eyes were asking you not to." },
    { "Would it help to write her a message together, here? We could get the wording right.",
      kind = "rescue", next = "protected",
      inner = "They think I need help even to text my own friend.",
      why = "Doing something felt caring, but it jumped to action and made her reaching out your project." },
    { "What do you think it says about you, that she stopped replying?",
      kind = "fix", next = "too-fast",
      inner = "That I’m too much. But I can’t say that. Not yet.",
      why = "A deep question, but it reached for the bottom layer before the first one had been met." },
  },
}

beat "lina" {
  say = { nadia = "She’s my oldest friend. Since we were eleven. At her birthday in March she said I was “a lot”, and she needed some space. So I gave her space. I’m good at space." },
  cue = "Her voice goes flat on “good at space”. Her shoulders have crept up towards her ears.",
  choices = {
    { "“I’m good at space.” That sounds like a lonely thing to have to be good at.",
      kind = "attune", next = "voice-notes",
      inner = "Lonely. Nobody has said that word. It is.",
      why = "You took her own flat words and gave back the feeling they carried." },
    { "That’s so unfair. After twenty-odd years? I’m honestly a bit angry for you.",
      kind = "enmesh", next = "moved",
      inner = "Oh no. Now they’re upset. I need to calm this down.",
      why = "Your anger is loyal, but it filled the room, and she moved to managing you." },
    { "Making yourself smaller for others… I wonder where you first learned to do that.",
      kind = "fix", next = "interpreted",
      inner = "Is this a test? What am I meant to say?",
      why = "It may be true, but it was your map laid over her pain before she had shown you it." },
    { "Friendships do shift in our thirties — people marry, move, have kids. It happens.",
      kind = "dismiss", next = "breezy",
      inner = "It happens. So it’s normal. So I shouldn’t mind.",
      why = "Making it ordinary meant to comfort, but it made her loss small." },
  },
}

beat "voice-notes" {
  say = { nadia = "She used to send me voice notes walking her dog. Eleven minutes about nothing. A pigeon. Her boss. I’ve still got them all. I don’t play them. Well. Sometimes." },
  cue = "She smiles at the pigeon, then presses her lips together, hard.",
  choices = {
    { "Eleven minutes about nothing — and they meant everything. You miss her voice.",
      kind = "attune", next = "pathetic",
      inner = "I do. I miss her voice so much.",
      why = "You stayed with what the voice notes meant to her and named the missing simply." },
    { "It might help to stop playing them. Some people archive old messages, to let it heal.",
      kind = "fix", next = "homework",
      inner = "So I’m doing grief wrong as well.",
      why = "A tidy suggestion, but it was about ending the pain before anyone had felt it with her." },
    { "Mm. And how often would you say “sometimes” is, in a typical week?",
      kind = "withdraw", next = "formal",
      inner = "They’re measuring it. Like a symptom.",
      why = "The question is reasonable, but its clinical tone stepped back just as she came forward." },
  },
}

beat "pathetic" {
  say = { nadia = "God, listen to me. It’s pathetic. I’m thirty-four and crying about a friend. People go through actual divorces." },
  cue = "She wipes her face roughly with her sleeve, as if she’s cross with it.",
  choices = {
    { "Not pathetic. She was your person for twenty-three years. Of course this hurts.",
      kind = "attune", next = "sorry-a-lot",
      inner = "My person. Yes. That’s what she was.",
      why = "You answered her shame with the size of the loss, not with praise." },
    { "You’re being so hard on yourself. You’re not pathetic — you’re doing brilliantly.",
      kind = "fix", next = "reassured",
      inner = "Brilliantly. So I can’t tell them how bad it is.",
      why = "Arguing with “pathetic” was kind, but it argued with her instead of meeting the hurt." },
    { "Research shows friendship endings can hurt as much as break-ups. It’s well documented.",
      kind = "withdraw", next = "formal",
      inner = "A fact. I wanted a person.",
      why = "Information felt validating to say, but it came from a distance, not from beside her." },
    { "Well, you’re allowed a wobble. Shall we look at what’s been going well?",
      kind = "dismiss", next = "breezy",
      inner = "A wobble. Right. Back to the good stuff.",
      why = "“A wobble” shrank it, and the bright side gave her a way out she didn’t need." },
  },
}

beat "sorry-a-lot" {
  state = "activated",
  say = { nadia = "Sorry. I came in to tell you I’m better, and now I’m going on and on about Lina. I’m fine. Really. I’m fine." },
  cue = "The thread on her cuff snaps in her fingers. Her breathing is fast and high, as if she’s climbed stairs.",
  reflect = "She said “I’m fine” three times. What was her body saying, and which did you answer?",
  note = "A cue-only beat. Two temptations pull in opposite directions: to go back to the list, or to protect her by stopping.",
  choices = {
    { "No need for sorry. Can we pause a second? I notice your breath has gone quite high.",
      kind = "attune", next = "tight-chest",
      inner = "Has it? …It has. I hadn’t noticed.",
      why = "You set the apology aside and brought her gently into her body, where the truth was." },
    { "Let’s leave Lina there for today. I don’t want this getting too much for you.",
      kind = "rescue", next = "protected",
      inner = "Too much. Even here. I knew it.",
      why = "Protecting her felt kind, but deciding what she can bear confirmed her oldest fear." },
    { "Of course. Let’s go back to your list — where were we, the gym?",
      kind = "dismiss", next = "breezy",
      inner = "Thank God. And also… oh.",
      why = "Taking “I’m fine” at its word let her off the hook and left her alone on it." },
    { "You’re not going on at all. This is exactly what therapy is for!",
      kind = "fix", next = "cheered",
      inner = "They’re being nice. I still feel like I’m too much.",
      why = "Warm permission, but cheerful, and it talked over the alarm in her breathing." },
  },
}

beat "tight-chest" {
  state = "activated",
  say = { nadia = "My chest is tight. Like I’ve run for a bus. That’s weird, isn’t it? Because I *do* feel safe here. I do. Ha." },
  cue = "She says “safe” to the rug. The ring is turning fast now, her knuckle white around it.",
  reflect = "How do you welcome the part of her that doesn’t feel safe without calling her a liar?",
  note = "A cue-only beat, close to the seed article’s moment. Slowing down here lets the next layer come by itself.",
  choices = {
    { "Maybe part of you feels safe here, and part of you is still braced. Both are welcome.",
      kind = "attune", next = "braced",
      inner = "Braced. That’s the word. I’ve been braced for months.",
      why = "You made room for both parts, so the braced one didn’t have to hide." },
    { "Let’s try some breathing together. In for four, hold for four, out for four…",
      kind = "fix", next = "homework",
      inner = "I’ll do it right. Then I won’t have to say anything.",
      why = "A technique can help, but here it calmed the signal before anyone had listened to it." },
    { "What do you think you’re afraid of, here with me?",
      kind = "fix", next = "too-fast",
      inner = "I don’t know. I do know. I can’t.",
      why = "The right question, asked too soon: it went further than she could yet bear." },
    { "You are safe here, Nadia. Nothing bad is going to happen in this room.",
      kind = "fix", next = "reassured",
      inner = "Then why does it feel like this? Something must be wrong with me.",
      why = "Reassurance told her body it was mistaken, instead of asking what it knew." },
  },
}

------------------------------------------------------------------------------
-- The second layer: “too much” (the rain starts)
------------------------------------------------------------------------------

beat "braced" {
  background = "images/therapy-room-rain.svg",
  say = { nadia = "Braced. Yes. Since March. I eat standing at the sink. I talk back to the radio. And I come here and tell you it’s all much better, because…" },
  cue = "She stops mid-sentence. Rain has begun against the window. She looks at the door, then at her hands.",
  reflect = "What makes a silence feel like company rather than pressure?",
  note = "The attuned answer is silence. Invite trainees to notice how long they can let a pause be before they fill it.",
  choices = {
    { "(Stay quiet. Let the rain fill the pause, and keep your face soft and open.)",
      kind = "attune", next = "too-much",
      inner = "They’re waiting. Not pushing. I could actually say it.",
      why = "Your quiet presence left the end of the sentence to her, at her pace." },
    { "Because you wanted to bring me good news?",
      kind = "rescue", next = "protected",
      inner = "Yes. No. That’s not quite it. Never mind.",
      why = "Finishing her sentence saved her the hard part, and took the real ending away from her." },
    { "Oh, Nadia. Eating at the sink on your own — that really breaks my heart.",
      kind = "enmesh", next = "moved",
      inner = "I’ve made them sad. I should lighten this up.",
      why = "Your feeling was genuine, but it arrived bigger than hers and she moved to look after it." },
    { "Let’s just note the time: we’ve about twenty minutes left today.",
      kind = "withdraw", next = "formal",
      inner = "Twenty minutes. Not enough for this. Leave it.",
      why = "Timekeeping matters, but here it closed the door she was halfway through." },
  },
}

beat "too-much" {
  state = "activated",
  say = { nadia = "Because if I tell you how bad it really is, you’ll think I’m too much as well. And then you’ll need space. And I won’t have Thursdays." },
  cue = "She laughs, and it cracks in the middle. She puts her hand over her mouth.",
  reflect = "“You’ll think I’m too much.” What is the pull in you when a client says this?",
  note = "The deeper layer. Every tempting answer here is kind: reassurance, promise, theory. Ask what each would tell her about her fear.",
  choices = {
    { "So you’ve been bringing me the easier version, to keep me. That sounds so lonely.",
      kind = "attune", next = "have-you",
      inner = "They’re not leaving. They understood why I did it.",
      why = "You understood the “much better” as protection, not deceit, and named the loneliness in it." },
    { "I would never think that! You’re not too much, Nadia. Not at all.",
      kind = "fix", next = "reassured",
      inner = "They’d have to say that. They haven’t seen the bad bits.",
      why = "Quick reassurance argued with the fear and closed it before she could show it to you." },
    { "I’m not going anywhere. I’ll be here as long as you need me — I promise.",
      kind = "enmesh", next = "moved",
      inner = "That’s a big promise. Now I have to be worth it.",
      why = "A promise no one can keep came from your wish to soothe her, and made her fear your job." },
    { "Worries about the therapist are very common. It’s something we can explore over time.",
      kind = "withdraw", next = "formal",
      inner = "Common. I’m a type. They didn’t hear me.",
      why = "True, but it filed her bravest sentence under a category instead of receiving it." },
  },
}

beat "have-you" {
  pressure = 35,
  say = { nadia = "Has anyone ever done that to you? Just stopped answering? You keep checking for the two blue ticks. For months." },
  cue = "She looks right at you. It lands on an old bruise of yours: a friend who went silent, years ago. Your face goes hot.",
  reflect = "Her question touched your own history. What do you do with that in the room — and after it?",
  note = "Entering this beat costs steadiness and can flood a player who has already wobbled. The steady answer is real work, not delay. Name supervision as the place for the therapist’s own story.",
  choices = {
    { "(Feel your feet. Breathe out slowly. Your own story can wait for supervision.)",
      kind = "steady", next = "have-you",
      inner = "They went quiet for a moment, but they didn’t look away.",
      why = "You noticed your own pull and steadied first; from there you can choose what to say." },
    { "You want to know if I’d understand. I think I can. What have the ticks been like for you?",
      kind = "attune", next = "ticks",
      inner = "They get it. And they’re still on my side of the room.",
      why = "You heard the question under the question, answered it briefly, and went back to her." },
    { "I have, actually. A close friend, years ago. I still don’t really know why she stopped.",
      kind = "enmesh", next = "disclosed",
      inner = "Oh no. I’ve upset them. Now I have to look after this.",
      why = "Honest, and human, but your story took the middle of the room and she moved to care for you." },
    { "I’d rather we kept the focus on you, Nadia.",
      kind = "withdraw", next = "formal",
      inner = "I overstepped. I shouldn’t have asked. Stupid.",
      why = "A sound boundary, said coldly to cover your own jolt; it felt like a door closing." },
  },
}

beat "ticks" {
  say = { nadia = "Every morning I check. Grey ticks, still. I know she’s seen it — she’s been online. I just… I wanted to know what I did." },
  cue = "Her voice drops almost to nothing. For the first time today, her hands are still in her lap.",
  choices = {
    { "Checking every morning, and never knowing what you did. That’s a painful kind of not-knowing.",
      kind = "attune", next = "easy-one",
      inner = "It is painful. It’s allowed to be painful.",
      why = "You stayed with the not-knowing itself, without trying to solve it." },
    { "You might never get that answer. Part of healing can be letting go of needing it.",
      kind = "fix", next = "homework",
      inner = "Let go. Another thing I’m failing at.",
      why = "Perhaps true one day, but offered now it asked her to be past a feeling she’s still inside." },
    { "Would you like me to help you write to her, and ask her straight out?",
      kind = "rescue", next = "protected",
      inner = "They think I can’t even do that on my own.",
      why = "Helping her act felt generous, but it took the next step out of her hands." },
  },
}

beat "easy-one" {
  say = { nadia = "It’s like home, a bit. I was the eldest — the easy one. Mum had enough with the twins. I did my crying in the bath, so nobody had to deal with it." },
  cue = "She says it lightly, like a funny story. Her eyes are on the rain, not on you.",
  reflect = "She made the link to childhood herself. How is that different from the therapist making it for her?",
  note = "If a trainee interpreted earlier, contrast it here: the same link, arriving from her, at her pace.",
  choices = {
    { "The easy one, crying where no one had to hear. And here, too, you’ve been being easy.",
      kind = "attune", next = "sundays",
      inner = "Oh. I have. I do it here too.",
      why = "You joined her own link and brought it gently into the room between you." },
    { "So that’s where it comes from — fearing you’re too much goes back to being the easy one.",
      kind = "fix", next = "interpreted",
      inner = "Sorted, then. Filed. I’d rather not feel it now.",
      why = "Tying her link into a neat bow turned a felt moment into an explanation." },
    { "Lots of eldest children take on that role. It makes you very capable.",
      kind = "dismiss", next = "breezy",
      inner = "Capable. Yes. That’s what I’m for.",
      why = "Praising the capable part passed over the girl crying in the bath." },
  },
}

beat "sundays" {
  say = { nadia = "Sundays are the worst. No shift, no voice notes. Sometimes I drive to the big Tesco and just sit in the car park. To be near people." },
  cue = "She gives a small, embarrassed laugh and glances up quickly, to check your face.",
  choices = {
    { "Sitting in the car park, just to be near people. You’ve been so alone with this.",
      kind = "attune", next = "scared",
      inner = "They didn’t laugh. They didn’t look sorry for me. They saw it.",
      why = "Your face and words stayed steady, so the embarrassing part could be true here." },
    { "Have you thought about a class or a club on Sundays? Somewhere to meet people?",
      kind = "fix", next = "homework",
      inner = "I know I should. That’s not what I was saying.",
      why = "A sensible idea, but it answered loneliness with a timetable." },
    { "Oh, that’s heartbreaking. I hate to think of you sitting there on your own.",
      kind = "enmesh", next = "moved",
      inner = "I’ve made them hurt. I’ll make it sound nicer.",
      why = "Your distress was louder than hers, and she checked your face and started to shrink it." },
  },
}

beat "scared" {
  say = { nadia = "I don’t think I’m sad, actually. I’m scared. Scared it’s me. That I’m the kind of person people need space from." },
  cue = "She has let go of the ring. Her hands lie open on her knees, trembling slightly.",
  reflect = "She named the fear herself. What in the session’s pace made room for it?",
  choices = {
    { "Scared that it’s something about you. That’s been a heavy thing to carry on your own.",
      kind = "attune", next = "tears",
      inner = "Heavy. Yes. And I’m not carrying it on my own right now.",
      why = "You reflected the fear as she said it, without correcting it or rushing past." },
    { "What Lina said tells us more about Lina than about you, you know.",
      kind = "fix", next = "reassured",
      inner = "They’re on my side. But they’ve skipped the scared bit.",
      why = "A loyal reframe, but it came before the fear had been felt with her." },
    { "That’s quite a core belief. Next session, we could look at the evidence for it.",
      kind = "withdraw", next = "formal",
      inner = "Next session. Not now. Now I just hold it.",
      why = "A sound method, but postponing it left her alone with the fear she had just named." },
  },
}

beat "tears" {
  say = "Nadia cries: quietly at first, then properly. The rain keeps on.",
  cue = "She reaches for a tissue herself. Between breaths she glances up, to see if you’re still there.",
  choices = {
    { "(Stay with her. Nudge the tissues a little nearer, and let her cry without filling the quiet.)",
      kind = "attune", next = "tell-me",
      inner = "Still there. I can cry and they’re still there.",
      why = "You let her feel it with company, which is exactly what she has not had since March." },
    { "Take your time. (Glance at the clock, and pick up your notes.)",
      kind = "withdraw", next = "formal",
      inner = "They’re getting on with things. I should hurry up.",
      why = "Your words allowed it, but your eyes and hands moved away from her." },
    { "(Feel your own eyes fill, and let the tears spill over with hers.)",
      kind = "enmesh", next = "moved",
      inner = "Oh no, I’ve made them cry. Pull it together, Nadia.",
      why = "Being moved is human, but tears bigger than hers made her the one who had to cope." },
    { "Shh, it’s alright, it’s alright. (Pass tissue after tissue.)",
      kind = "rescue", next = "protected",
      inner = "They want it to stop. I should stop.",
      why = "Soothing was kind, but it hurried the crying towards an end she didn’t need yet." },
  },
}

------------------------------------------------------------------------------
-- Towards the end of the hour
------------------------------------------------------------------------------

beat "tell-me" {
  say = { nadia = "So what do I do? Seriously. Tell me what to do and I’ll do it. I’m very good at instructions." },
  cue = "She sits up, the tissue balled in her fist, already reaching for her phone and her list.",
  choices = {
    { "I hear how much you want a way out. I won’t hand you a list yet — let’s stay with this a bit.",
      kind = "attune_boundary", next = "check-in",
      inner = "No list. That’s scary. But they’re staying in it with me.",
      why = "You met the urge to escape and kept the pace, without taking the answers from her." },
    { "Three things this week: text one friend, plan your Sunday, and write down how you feel.",
      kind = "fix", next = "homework",
      inner = "Good. Tasks. I can be good at tasks again.",
      why = "Instructions were what she asked for, and they let the feeling turn back into a to-do list." },
    { "Leave it with me. I’ll put a plan together for you for next week.",
      kind = "rescue", next = "protected",
      inner = "They’ll sort me out. I’ll wait to be told.",
      why = "Taking it on felt generous, but it told her the way through is yours, not hers." },
    { "I rushed you earlier, and I’m sorry. I don’t want to do it again now. Can we stay with this first?",
      kind = "repair", next = "check-in", id = "tell-me.repair",
      when = function(s) return s.open_ruptures > 0 end,
      inner = "They remember. They’re not rushing me now either.",
      why = "You owned the earlier rush at the very moment she asked to be rushed again." },
  },
}

beat "check-in" {
  state = "activated",
  say = { nadia = "Is this okay? Sorry. I don’t know what’s normal. Am I being… is this too much? For here?" },
  cue = "She is watching your face very closely, and she has stopped breathing while she waits.",
  reflect = "She tests the relationship directly. What makes an honest answer feel safe rather than flattering?",
  note = "A cue-only beat: the held breath is the question. Note how “one of the easiest” repeats her childhood role.",
  choices = {
    { "It isn’t too much for this room. And if we ever need to slow down, I’ll say so honestly.",
      kind = "attune_boundary", next = "time",
      inner = "They’d tell me. So when they don’t, I can believe it.",
      why = "You answered plainly and promised honesty, not comfort: warmth with a real edge to lean on." },
    { "You’re holding your breath, waiting for my answer. Breathe. I’m still here.",
      kind = "attune", next = "time",
      inner = "I was. I am. …Out. Okay. Still here.",
      why = "You met the held breath before the question, and let your steadiness answer first." },
    { "Not at all! Honestly, you’re one of the easiest people I see.",
      kind = "fix", next = "reassured",
      inner = "Easy. Of course. I’m always the easy one.",
      why = "Meant as a compliment, it praised the very role that has kept her lonely." },
    { "What do *you* think is normal, for here?",
      kind = "withdraw", next = "formal",
      inner = "They won’t say. I’ve got it wrong again.",
      why = "Handing the question back can be useful, but here it left her holding her breath alone." },
  },
}

beat "time" {
  say = { nadia = "Oh God, is that the time? I’m sorry. I didn’t even get through the list." },
  cue = "She’s half out of her chair, gathering coat, bag and phone all at once.",
  choices = {
    { "We need to stop in a few minutes. What you told me today matters, and it’ll be here next week.",
      kind = "attune_boundary", next = "door",
      inner = "It’ll be here. I don’t have to finish it all today.",
      why = "You kept the end of the hour and kept what she’d said: a boundary that holds, not one that drops her." },
    { "Before you go — this week, could you try one small thing? Message one friend.",
      kind = "fix", next = "homework",
      inner = "A task. Let’s just end on a task.",
      why = "A small step sounds kind, but it turned her feelings into homework on the way out." },
    { "Don’t worry about the time. I’ve no one after you — let’s keep going.",
      kind = "rescue", next = "overrun",
      inner = "I’ve taken too much. I’ve made them stay late.",
      why = "Running over meant to give her more, but it confirmed she needs more than others can give." },
    { "Before we stop: earlier I missed you for a bit. I’m sorry. I did hear what you said.",
      kind = "repair", next = "door", id = "time.repair",
      when = function(s) return s.open_ruptures > 0 end,
      inner = "They noticed too. It wasn’t just me.",
      why = "A short, plain owning before the end lets her leave with the bond mended." },
  },
}

beat "door" {
  say = { nadia = "Same time next week? You’ll… still be here?" },
  cue = "Coat on, hand on the door. She asks it lightly, but she doesn’t turn the handle.",
  reflect = "What do the last words of a session need to carry?",
  choices = {
    { "Same time, same chair. I’ll be here, and so will everything you told me today.",
      kind = "attune", next = to_ending(),
      inner = "Same chair. I can hold on to that until Thursday.",
      why = "You answered the question under the question simply, with no big promise." },
    { "Of course! And well done today — you did really well.",
      kind = "fix", next = to_ending(), effects = LAST_LINE,
      inner = "Did really well. So next week I have to do well again.",
      why = "Praise graded her session; she asked whether you’d still be there." },
    { "Yes, Thursday at six. The invoice will come by email as usual.",
      kind = "withdraw", next = to_ending(), effects = LAST_LINE,
      inner = "Right. Business. I’m an appointment.",
      why = "Practical, but it answered her fear of being left with admin." },
    { "I will. And I’m sorry for the moments today when I didn’t quite hear you.",
      kind = "repair", next = to_ending(), id = "door.repair",
      when = function(s) return s.open_ruptures > 0 end,
      inner = "They’re sorry. They’re coming back. So am I.",
      why = "Owning the miss at the door, without fuss, let the session end mended." },
  },
}

------------------------------------------------------------------------------
-- Ruptures and their repairs
------------------------------------------------------------------------------

beat "cheered" {
  state = "activated",
  say = { nadia = "Ha, yes! So maybe I don’t even need to come every week any more? I don’t want to take a space someone else needs." },
  cue = "She says it brightly, but her eyes are fixed on your face, waiting. The ring is going round again.",
  reflect = "Your warmth was real. Why did it make her offer to leave?",
  note = "Praise for being “better” can make the deeper layer harder to bring. Look for the repair that names the rush, not the praise.",
  choices = {
    { "I jumped to “well done” before I’d really listened. Can we slow down? What’s it like, saying this?",
      kind = "repair", next = resume(),
      inner = "They’re not trying to get rid of me. They want to hear it.",
      why = "You named your own rush simply and came back to her experience of right now." },
    { "You’re watching my face as you say that. I wonder what you’re hoping I’ll say.",
      kind = "attune", next = resume(),
      inner = "I’m hoping you’ll say stay. I can’t say that.",
      why = "You noticed her checking you, which opens a door; owning your rush would also mend the miss." },
    { "Fortnightly could work, if that feels right. You’ve clearly made a lot of progress.",
      kind = "fix", next = "gone-quiet", effects = DEEPEN,
      inner = "They agreed. They’re glad to have less of me.",
      why = "Going along with her offer rewarded the brave face and missed the question behind it." },
    { "That’s entirely your decision. We can review frequency at the end.",
      kind = "withdraw", next = "gone-quiet", effects = DEEPEN,
      inner = "They don’t mind either way. I don’t matter here.",
      why = "Neutrality respected her choice on paper, but felt like not caring whether she stayed." },
  },
}

beat "breezy" {
  state = "activated",
  say = { nadia = "Ha, yeah. It’s chaos. Anyway! That’s me. Honestly, I’m good." },
  cue = "She’s back on safe ground, talking fast and bright. Her thumb has found the ring again.",
  choices = {
    { "I think I followed you away from something just then. I’m sorry. Can we go back to it?",
      kind = "repair", next = resume(),
      inner = "They noticed we ran away. Maybe we can walk back.",
      why = "You owned that you had followed her flight, and gently turned back towards it." },
    { "You said “I’m good”, and your thumb went straight back to the ring. What’s happening now?",
      kind = "attune", next = resume(),
      inner = "My thumb? Oh. It knows, doesn’t it.",
      why = "You caught the cue this time; naming your earlier miss would mend it too." },
    { "Great. It sounds like things really are on the up.",
      kind = "dismiss", next = "gone-quiet", effects = DEEPEN,
      inner = "Right. On the up. I’ll keep it there.",
      why = "Agreeing with “good” again sealed the surface she had retreated to." },
  },
}

beat "formal" {
  state = "shutdown",
  say = { nadia = "No. Sorry. You’re right. I went off on one. Carry on." },
  cue = "She sits back and folds her arms over her coat. Her voice has gone flat and very polite.",
  reflect = "When does professional distance protect a client, and when does it protect us?",
  note = "Withdrawal rarely looks cold from inside; it feels tidy and correct. Ask trainees what they were feeling just before it.",
  choices = {
    { "I went a bit formal just then, and I think it left you on your own. I’m sorry. I’m here.",
      kind = "repair", next = resume(),
      inner = "They came back. It wasn’t me being too much.",
      why = "You named your stepping back, without excuses, and came back to her in plain words." },
    { "No need to apologise! You’re doing really well in here.",
      kind = "fix", next = "gone-quiet", effects = DEEPEN,
      inner = "Doing well. Performing well. Same thing.",
      why = "Praise papered over the chill instead of naming it." },
    { "Okay. Let’s pick up where we were.",
      kind = "withdraw", next = "gone-quiet", effects = DEEPEN,
      inner = "Carry on, then. I’ll just do the safe bits.",
      why = "Carrying on as if nothing happened left her alone with the closed door." },
  },
}

beat "interpreted" {
  state = "shutdown",
  say = { nadia = "Ha. Probably. You’re the expert. Do you want me to talk about that, then?" },
  cue = "She sits up straight, like a good student. The wet shine has gone from her eyes.",
  reflect = "The interpretation may even be right. What made it land as a miss?",
  note = "Premature interpretation is the most respectable kind of fixing. Compare with easy-one, where she makes the link herself.",
  choices = {
    { "I rushed ahead with my own idea. I’d rather hear yours. Can we go back to what you were saying?",
      kind = "repair", next = resume(),
      inner = "My idea matters more than theirs? Okay. Okay.",
      why = "You put your theory down and gave her back the lead, which mends the miss." },
    { "I think it’s worth exploring. Tell me about growing up.",
      kind = "fix", next = "gone-quiet", effects = DEEPEN,
      inner = "Fine. I’ll give them childhood. It’s easier than now.",
      why = "Following your theory moved her further from what she was feeling in the room." },
    { "Whatever you think would be most useful.",
      kind = "withdraw", next = "gone-quiet", effects = DEEPEN,
      inner = "I don’t know what’s useful. That’s why I’m here.",
      why = "Handing it back neutrally left her without your company or your idea." },
  },
}

beat "homework" {
  state = "shutdown",
  say = { nadia = "Okay. Yes. Good idea. I’ll do that." },
  cue = "She types it into her phone under a heading that says “Things to fix”. Her jaw is tight.",
  reflect = "Why is advice so hard to resist when a client is suffering — and whose discomfort does it ease?",
  choices = {
    { "Hang on. I jumped to what to do before I’d heard what it’s like. Sorry. Tell me more?",
      kind = "repair", next = resume(),
      inner = "They want the feeling, not the fix. Strange. Nice.",
      why = "You named the jump to advice and went back to her experience." },
    { "Great. Let me know next week how it goes.",
      kind = "fix", next = "gone-quiet", effects = DEEPEN,
      inner = "Another thing to report on. Another thing to pass.",
      why = "Following up made the advice a test she now has to pass." },
    { "Good. Shall we look at the rest of your list?",
      kind = "dismiss", next = "gone-quiet", effects = DEEPEN,
      inner = "List, list, list. That’s all I am in here.",
      why = "Moving on treated the task as the end of the matter." },
  },
}

beat "too-fast" {
  state = "activated",
  say = { nadia = "I don’t know! I don’t know what I’m— God. Sorry. Can I just have a second?" },
  cue = "Her breathing is fast now. She looks at the door, then at the clock, then at the floor.",
  reflect = "How do you tell a client’s growing edge from too much, too soon?",
  note = "Pace: the question was good, the timing was not. The repair slows down and widens only as far as she can bear.",
  choices = {
    { "That was too fast of me. Let’s slow right down. Take your second — I’m not going anywhere.",
      kind = "repair", next = resume(),
      inner = "I can have a second. They’re not pushing. Okay.",
      why = "You owned the pace, slowed it, and stayed: she could come back to herself with you." },
    { "It’s okay — deep breath. You’re completely safe here.",
      kind = "fix", next = "gone-quiet", effects = DEEPEN,
      inner = "Safe. Then why am I like this? What’s wrong with me?",
      why = "Reassurance argued with her alarm instead of noticing what set it off." },
    { "Try to stay with it. What’s the very first thing that comes up?",
      kind = "fix", next = "gone-quiet", effects = DEEPEN,
      inner = "Nothing. Nothing is coming up. I’ve shut it.",
      why = "Pressing on past her signal taught her that here, too, she must push herself." },
  },
}

beat "protected" {
  state = "shutdown",
  say = { nadia = "Oh. Okay. Sorry — I don’t want to be hard work. You tell me what’s best." },
  cue = "Relief crosses her face, then something like shame. She tugs her sleeve down over her hand.",
  reflect = "Where is the line between protecting a client and deciding for her?",
  choices = {
    { "I stepped in and took over there, and that wasn’t mine to decide. I’m sorry. What do *you* want?",
      kind = "repair", next = resume(),
      inner = "It’s mine. I get to say. I think… I want to keep going.",
      why = "You owned the takeover and handed the choice back, which is its own kind of respect." },
    { "Don’t worry, I’ll keep us on track. Just leave it to me.",
      kind = "rescue", next = "gone-quiet", effects = DEEPEN,
      inner = "I’ll be good and follow. That’s safest.",
      why = "More steering deepened the message that she can’t hold her own session." },
    { "You’re not hard work at all! Not one bit.",
      kind = "fix", next = "gone-quiet", effects = DEEPEN,
      inner = "They’d say that. I am, though.",
      why = "Reassurance answered the words and missed the shame in her sleeve." },
  },
}

beat "reassured" {
  state = "activated",
  say = { nadia = "You have to say that, though. It’s literally your job. Ha." },
  cue = "The laugh comes out wet. She looks at the tissue box and doesn’t take one.",
  choices = {
    { "You’re right — I rushed to reassure you and skipped how frightening this is. I’m listening.",
      kind = "repair", next = resume(),
      inner = "They get that it’s frightening. I don’t have to be convinced.",
      why = "You agreed with her challenge, owned the rush, and returned to the fear itself." },
    { "No, I really mean it. I wouldn’t say it if it wasn’t true.",
      kind = "fix", next = "gone-quiet", effects = DEEPEN,
      inner = "Now we’re arguing about whether I’m okay. I’ll just agree.",
      why = "Insisting turned her feeling into a debate she had to lose politely." },
    { "I can only tell you what I observe in our sessions.",
      kind = "withdraw", next = "gone-quiet", effects = DEEPEN,
      inner = "Observe. Like a specimen.",
      why = "Retreating to careful wording felt safe for you, and cold to her." },
  },
}

beat "disclosed" {
  state = "activated",
  say = { nadia = "Oh no. I’m sorry. Are you okay? We can talk about you for a bit — honestly, I don’t mind." },
  cue = "She leans forward, all concern for you now. Her own tears have gone somewhere out of sight.",
  reflect = "Self-disclosure can help or take over. What decided which one this was?",
  note = "The client has become the carer: the very pattern she came with. The repair thanks her, reclaims the space for her, and returns to her words.",
  choices = {
    { "Thank you — I’m alright. I moved us on to me, and this is your time. You were telling me about the ticks.",
      kind = "repair", next = resume(),
      inner = "My time. They gave it back. They’re okay.",
      why = "You thanked her care, owned the shift, and gave her the space back with her own words." },
    { "It still hurts, if I’m honest. I think that’s why your story got to me.",
      kind = "enmesh", next = "gone-quiet", effects = DEEPEN,
      inner = "Now I’m holding their sadness as well as mine.",
      why = "Saying more made your hurt the centre, and left her to carry two." },
    { "Never mind me. Let’s get back to you.",
      kind = "withdraw", next = "gone-quiet", effects = DEEPEN,
      inner = "I shouldn’t have asked. I’ve done something wrong.",
      why = "A brisk change of subject shut the moment rather than owning it." },
  },
}

beat "moved" {
  state = "activated",
  say = { nadia = "Oh… sorry. I didn’t mean to upset you. It’s not that bad, honestly. I make it sound worse than it is." },
  cue = "She’s watching your face now, checking you’re alright. Her own feeling has gone somewhere out of sight.",
  choices = {
    { "You don’t need to look after me. My feelings got loud for a moment. I’m steady — tell me more.",
      kind = "repair", next = resume(),
      inner = "They’re okay. I don’t have to shrink it. I can go on.",
      why = "You owned your feeling as yours, showed you were steady, and gave her the room back." },
    { "I can’t help it — it’s just so sad, what you’ve been through.",
      kind = "enmesh", next = "gone-quiet", effects = DEEPEN,
      inner = "I’ve broken my therapist. I’ll keep the rest in.",
      why = "More of your feeling pushed hers further away." },
    { "No, no, I’m fine! Anyway — you’re doing so well.",
      kind = "fix", next = "gone-quiet", effects = DEEPEN,
      inner = "We’re both pretending now.",
      why = "Brightening hid the wobble rather than owning it, and she learned to do the same." },
  },
}

beat "overrun" {
  state = "activated",
  say = { nadia = "No — no, you don’t have to do that. I’ve kept you. Sorry. Sorry, I’ll go." },
  cue = "She’s standing now, coat half on, flushed, apologising to the doorframe.",
  choices = {
    { "You’re right, and I’m sorry — I didn’t want to stop either. We’ll end on time. You’ll be back.",
      kind = "repair", next = "door",
      inner = "Ending isn’t leaving. They’re not fed up with me.",
      why = "You owned that the offer came from your own reluctance, and gave her a reliable ending." },
    { "Honestly, it’s no trouble. Sit down — stay another ten minutes.",
      kind = "rescue", next = "door", effects = DEEPEN,
      inner = "I’m the client who needs extra. The too-much one.",
      why = "Insisting on more time made her need the centre of the ending." },
    { "Alright. See you next week, then.",
      kind = "withdraw", next = "door", effects = DEEPEN,
      inner = "They let me rush off. Fine. Fine.",
      why = "Letting her scramble out left the apology hanging between you." },
  },
}

beat "gone-quiet" {
  state = "shutdown",
  say = { nadia = "It’s fine. Honestly. Can we just go back to the list?" },
  cue = "She has gone very still. The fidgeting has stopped, and somehow that is worse. Her eyes are on the floor.",
  reflect = "She stopped fidgeting. Why might stillness be a worse sign here than restlessness?",
  note = "Two misses in a row. The face shows shutdown. One honest repair can still bring her back.",
  choices = {
    { "I’ve missed you a couple of times now, and I’m sorry. The list can wait. I’m still here.",
      kind = "repair", next = resume(),
      inner = "They noticed it went wrong. It wasn’t all me.",
      why = "You named the misses plainly, put the list down, and stayed." },
    { "You’ve gone very still. That’s okay. We don’t need to do anything for a moment.",
      kind = "attune", next = resume(),
      inner = "Still is allowed. I can breathe a bit.",
      why = "You noticed the freeze and let it be, which eases her; naming your miss would mend it." },
    { "Sure. Where were we — number two, the gym?",
      kind = "dismiss", next = "polite", effects = DEEPEN,
      inner = "The gym. Good. I can talk about the gym for ever.",
      why = "Going back to the list accepted the shutdown as the session." },
    { "Of course. It’s your session.",
      kind = "withdraw", next = "polite", effects = DEEPEN,
      inner = "My session. My problem. On my own again.",
      why = "Respectful on paper, but it left her alone behind the wall she’d just put up." },
  },
}

beat "polite" {
  state = "shutdown",
  say = { nadia = "Anyway! Work’s fine, Mum’s fine, gym’s fine. I think that’s everything from me, really." },
  cue = "A bright, closed smile. She has one eye on the clock and one hand on her bag.",
  reflect = "Nothing here is untrue. What has been lost?",
  choices = {
    { "Before we go on — I think I lost you somewhere today, and that’s on me. I’m sorry. What did I miss?",
      kind = "repair", next = resume(),
      inner = "They want to know. Maybe I can try once more.",
      why = "Late, but honest: you owned losing her and asked, leaving the door open." },
    { "It sounds like things really are better. That’s great to hear.",
      kind = "fix", next = to_close(), effects = DEEPEN,
      inner = "They believe it. I almost believe it too.",
      why = "Accepting the polished version ended the search for the real one." },
    { "Okay. Well, we can wrap up there, then.",
      kind = "withdraw", next = to_close(), effects = DEEPEN,
      inner = "Done. Another session of being fine.",
      why = "Closing early met her retreat with your own." },
  },
}

------------------------------------------------------------------------------
-- Endings
------------------------------------------------------------------------------

ending "end-stronger" {
  title = "Mended, and closer", verdict = "stronger",
  text = "Nadia leaves with her list unfinished and her coat buttoned wrong. Today you missed her, and she felt it. "
      .. "Then you said so, and came back. She has learned something no reassurance could teach: here, a miss can "
      .. "be named and mended, and she is not too much for it. On the bus, she leaves her phone in her bag.",
  reflect = "Which repair mattered most? What made it possible to say it without over-apologising?",
  note = "Ask how the repair compares with never missing at all. Many clients first trust a therapist through a mended rupture.",
}

ending "end-close" {
  title = "Seen", verdict = "connected",
  text = "Nadia walks out into the rain without hurrying. She came to tell you things were much better, "
      .. "and instead she told you the truth: lonely, frightened, and afraid of being too much. You stayed with "
      .. "it, at her pace, and nothing between you was left open. Next Thursday she can start from there.",
  reflect = "Where did you feel the pull to reassure, explain or advise, and what helped you keep the pace?",
  note = "Draw out how the deeper layer came from slowing down and answering the cues, not from clever questions.",
}

ending "end-polite" {
  title = "A good session, on paper", verdict = "other",
  text = "Every item on Nadia’s list got a tick. She thanks you warmly at the door. Nothing untrue was said "
      .. "all hour, and nothing real was either. Tonight her phone will lie face up on the pillow, and on "
      .. "Thursday she will bring another list.",
  reflect = "Look back at the ring, the laugh and the breath. Which cue would you answer first next time?",
  note = "A useful ending to discuss: the client was polite, the therapist was kind, and the session stayed on the surface.",
}

ending "end-half" {
  title = "Something said, something held back", verdict = "other",
  text = "Nadia said the hard thing today, and part of it landed. But one of the misses was never named, and she "
      .. "leaves unsure whether it was too much after all. She will probably come back. She may bring the easy "
      .. "version again, to be safe.",
  reflect = "Which miss was left open? What one sentence could begin next week’s session?",
  note = "Repair is still possible next session; a therapist can open with “I’ve been thinking about last week…”.",
}

ending "end-apart" {
  title = "Doing much better", verdict = "disconnected",
  text = "On Monday an email arrives: Nadia is doing so much better that she’d like to pause sessions for now. "
      .. "Thanks so much for everything. Each answer today was kind, or careful, or correct, and together they "
      .. "told her what she feared most: that the real version would be too much here too.",
  reflect = "Trace the first miss. What would a one-line repair have sounded like?",
  note = "Clients rarely say a therapist missed them; they get better on paper, or leave. Discuss how to notice that.",
}
