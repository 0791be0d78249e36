-- I’m Fine: a fifteen-year-old, a group chat he isn’t in, and the drive home.
-- The player is Jonah’s parent.
--
-- Shape of the story
--   car:   pickup → pull-out (cue) → radio (cue) → the-chat → year-three →
--          confession → skip-school → slam (pressure) → doorstep
--   room:  ivy-hall (cue) → door (cue) → typing (cue) → ask → real-thing →
--          ivy-charger (cue) → tomorrow → goodnight → endings
--   side beats (ruptures, each with a repair): cheered, told-off, grilled,
--          shut-window, dont-you-dare, not-the-point, your-story, lecture,
--          email, day-off, headphones, ghostwriter, old-wound, exposed
--   closing: goodnight’s misses lead to doorway, then landing, before an ending.
--
-- Side beats only ever lead forward, so no strategy can loop. Variables:
--   day_off   the parent agreed he could skip school (undone by a later answer)
--   went_behind  the parent offered to contact another adult behind his back
--   swept     the parent made it about their own old hurt

story { id = "im-fine", title = "I’m Fine",
        relationship = "parent-child", minutes = 15, start = "pickup",
        summary = "Thursday, after band practice. Jonah, 15, gets into the car, says he’s fine, "
               .. "and stares at a phone full of a plan he wasn’t asked to.",
        content_note = "A teenager left out by his friends: hurt, swearing (not spelled out), a slammed door.",
        you = "You are Jonah’s parent. His sister Ivy is nine; the dog, Pickle, is older than she is.",
        with = "jonah" }

character "jonah" { name = "Jonah", about = "your son, 15, bass player, Year 11",
  state = "shutdown",
  portraits = { regulated = "images/jonah-regulated.svg",
                activated = "images/jonah-activated.svg",
                shutdown  = "images/jonah-shutdown.svg" } }

character "ivy" { name = "Ivy", about = "Jonah’s sister, 9" }

-- Every road reaches "goodnight" (or its closing beats), which route by how the evening went.
-- Stronger: misses happened, all were mended, and he ends closer than he began.
-- Close: he ends close, with at most one small miss left unspoken.
local function to_ending()
  return {
    { "end-day-off", when = function(s) return s.vars.day_off end },
    { "end-stronger", when = function(s)
        return s.repairs > 0 and s.open_ruptures == 0 and s.connection >= 80 end },
    { "end-close", when = function(s)
        return s.open_ruptures <= 1 and s.connection >= 65 end },
    { "end-done", when = function(s) return s.connection >= 40 end },
    { "end-apart" },
  }
end

-- The first of these beats not yet entered (the last one otherwise): side
-- beats use it to rejoin the evening wherever it had got to.
local function onward(...)
  local ids = { ... }
  local list = {}
  for i = 1, #ids - 1 do
    local id = ids[i]
    list[#list + 1] = { id, when = function(s) return not s.seen(id) end }
  end
  list[#list + 1] = { ids[#ids] }
  return list
end

local open = function(s) return s.open_ruptures > 0 end

------------------------------------------------------------------------------
-- The car park
------------------------------------------------------------------------------

beat "pickup" {
  background = "images/car-evening.svg", music = "drive", state = "shutdown",
  say = { jonah = "Yeah. Fine. Can we go?" },
  cue = "He drops into the seat with his bass case jammed between his knees. Hood up. One earbud in, nothing playing.",
  choices = {
    { "“Fine” sounds like it was a long one. We can just drive for a bit.",
      kind = "attune", next = "pull-out",
      inner = "They’re not going to make me talk. Okay. Maybe later.",
      why = "You let “fine” stand without believing it, and left the door open without pushing on it." },
    { "Fine? It’s nearly Friday! Chippy tea tonight — that’ll sort you out.",
      kind = "fix", next = "cheered",
      inner = "Chips. Great. That’ll fix it.",
      why = "Cheering him up came before anyone knew what he felt, so his mood became a thing to get rid of." },
    { "Hood down and a proper hello first, please. I’m not a taxi.",
      kind = "dismiss", next = "told-off",
      inner = "Right. Manners. That’s what matters today.",
      why = "A hello matters, but asking for it now told him his mood was the problem, not whatever caused it." },
    { "You’re not fine, I can see it. What’s happened? Has someone done something?",
      kind = "enmesh", next = "grilled",
      inner = "Oh god, they’re panicking. Now I can’t tell them anything.",
      why = "Your worry arrived bigger than his hurt, and he had to manage yours instead of feeling his." },
  },
}

beat "cheered" {
  state = "activated",
  say = { jonah = "I said I’m fine. God. Can you just drive?" },
  cue = "He pushes the second earbud in, hard, and turns to the window.",
  choices = {
    { "Sorry — I went straight to cheering you up. Something’s heavy. I’ll drive.",
      kind = "repair", next = "pull-out",
      inner = "Huh. They noticed they did it. Fine. Okay.",
      why = "One plain line owned the rush to cheer him, and gave him back the quiet he asked for." },
    { "Okay. No chips talk. I’m just here.",
      kind = "attune", next = "pull-out",
      inner = "Good. Quiet’s better.",
      why = "You stopped and stayed. Naming what you did would mend it more fully." },
    { "All right, no need to bite my head off. I was only being nice.",
      kind = "dismiss", next = "pull-out",
      inner = "Now I’m the mean one. Brilliant.",
      why = "Defending your kindness turned his mood into something he’d done to you." },
  },
}

beat "told-off" {
  state = "shutdown",
  say = { jonah = "Hello. Happy now?" },
  cue = "He shoves the hood back. His face is blank, but his ears have gone red.",
  choices = {
    { "That came out like a telling-off, and you look done in. Sorry. Let’s get you home.",
      kind = "repair", next = "pull-out",
      inner = "They saw it. Okay. I don’t have to fight them too.",
      why = "You owned the tone without a speech, and turned back to how he looked, not how he greeted you." },
    { "I still want a hello — and I can see today wasn’t great. Both things.",
      kind = "attune_boundary", next = "pull-out",
      inner = "Both things. Yeah. That’s… fair, actually.",
      why = "You kept the small standard and noticed the red ears: warmth and a limit together." },
    { "Drive off without another word.",
      kind = "withdraw", next = "pull-out",
      inner = "Cool. So we’re both angry now.",
      why = "A cold silence after a telling-off left him alone with whatever he’d brought into the car." },
  },
}

beat "grilled" {
  state = "activated",
  say = { jonah = "Nobody’s done anything. Why are you being so weird? Stop interrogating me." },
  cue = "His hand has gone to the door handle, though the car hasn’t moved.",
  choices = {
    { "You’re right, I jumped on you. I got worried. You don’t have to say anything.",
      kind = "repair", next = "pull-out",
      inner = "They backed off. I can breathe again.",
      why = "You named your worry as yours, took it back, and left him room." },
    { "His hand’s on the handle. Say nothing more. Start the car, slowly.",
      kind = "attune", next = "pull-out",
      inner = "They’re not chasing me. Okay.",
      why = "You read his hand, not his words: he needed space, and you gave it without a fuss." },
    { "I’m your parent, I’m allowed to worry! If something’s wrong, you tell me.",
      kind = "enmesh", next = "pull-out",
      inner = "So now I’ve got to look after their worry as well.",
      why = "Your worry is real, but putting it first made him responsible for calming you." },
  },
}

beat "pull-out" {
  say = { jonah = "Can you just go. Please." },
  cue = "Two spaces down, Callum and Sami are laughing by Callum’s mum’s car. Jonah slides lower and tugs his hood forward.",
  reflect = "He only asked you to drive. What told you more than his words did?",
  note = "A cue beat: the answer that lands responds to what he does when he sees his friends, not to what he says.",
  choices = {
    { "You slid right down when you saw them. We’re going.",
      kind = "attune", next = "radio",
      inner = "They saw. They didn’t make a thing of it. Just drove.",
      why = "You noticed the slide and answered it lightly, without making him explain." },
    { "Oh, there’s Nina. I’ll nip over and ask her what’s going on with the boys.",
      kind = "rescue", next = "dont-you-dare", set = { went_behind = true },
      inner = "NO. Oh my god. That would be the worst thing ever.",
      why = "Sorting it with another parent takes over something that belongs to him, and shames him in public." },
    { "There’s Callum! Give him a wave — you two still on for Saturday?",
      kind = "dismiss", next = "shut-window",
      inner = "Saturday. Yeah. The thing I’m not invited to.",
      why = "You didn’t read the slide, so your cheerful question landed right on the sore spot." },
  },
}

beat "dont-you-dare" {
  state = "activated",
  say = { jonah = function(s)
    if s.seen("the-chat") then
      return "Do NOT text Nina. Are you serious? That’s the most embarrassing thing you could possibly do to me."
    end
    return "Don’t you DARE go over there. Are you serious? Everyone would see. Just drive."
  end },
  cue = "He’s grabbed your sleeve. His face has gone white, then blotchy.",
  reflect = "Where is the line between standing up for your child and taking his problem off him?",
  note = "The rescue here is loving and common. Ask the group what it would tell Jonah about whether he can handle his own friendships.",
  choices = {
    { "Okay. I won’t contact anyone behind your back. It’s yours to sort — and I’m on your side.",
      kind = "attune_boundary", next = onward("radio", "year-three", "confession"), set = { went_behind = false },
      inner = "It’s mine. But they’re with me. That’s… actually okay.",
      why = "You put the problem back in his hands and kept your warmth in the car with him." },
    { "You’re right. I jumped in to fix it for you. Sorry. I’m listening instead.",
      kind = "repair", next = onward("radio", "year-three", "confession"), set = { went_behind = false },
      inner = "They get it. They’re not going to humiliate me.",
      why = "You named the takeover simply and came back to him, which is what mends it." },
    { "She’s a friend! I’ll just have a quiet word. She won’t say it came from you.",
      kind = "rescue", next = onward("radio", "year-three", "confession"),
      inner = "They’re going to do it anyway. I can’t trust them with anything.",
      why = "Insisting kept the takeover going and taught him to tell you less next time." },
  },
}

beat "radio" {
  say = { jonah = "Can you put the radio on or something." },
  cue = "The phone on his knee lights up, again and again. He turns it face down without looking. His thumb keeps tapping the case.",
  reflect = "What is the phone telling you that Jonah isn’t?",
  note = "A cue beat. Teens often say the most with what they do with their phones. Naming the cue gently, without grabbing for it, is the skill.",
  choices = {
    { "Your phone keeps going and you keep turning it over. Something in there?",
      kind = "attune", next = "the-chat",
      inner = "They noticed. I could… I could just say it.",
      why = "You named what his hands were doing and asked, without reaching for the phone." },
    { "If the group chat’s annoying you, just mute it. Problem solved.",
      kind = "fix", next = "shut-window",
      inner = "Mute it. Like it’s that easy. They don’t get it.",
      why = "A quick fix skipped the question of why the chat hurts so much." },
    { "Radio on. You’re on that phone too much anyway, it’s not good for you.",
      kind = "dismiss", next = "shut-window",
      inner = "Now it’s a lecture about screen time. Forget it.",
      why = "A lecture about phones changed the subject just as the phone showed you where it hurt." },
    { "Who keeps messaging you? Show me. Is someone being nasty to you?",
      kind = "enmesh", next = "shut-window",
      inner = "No way am I showing them. They’d lose it.",
      why = "Your alarm reached for his phone before he had chosen to share anything." },
  },
}

beat "shut-window" {
  state = "shutdown",
  say = { jonah = "Whatever. It doesn’t matter. It’s literally nothing." },
  cue = "His forehead is on the window. He draws a small square in the fog of his breath, then wipes it out with his sleeve.",
  reflect = "“It doesn’t matter” — what would make you believe it, and what makes you doubt it?",
  choices = {
    { "I didn’t listen just then, I’m sorry. It doesn’t sound like nothing. I’m here.",
      kind = "repair", next = onward("the-chat", "year-three"),
      inner = "They came back. Maybe I can say it.",
      why = "You owned the miss in one breath and returned to what he was carrying." },
    { "You keep saying it doesn’t matter. You don’t look like it doesn’t matter.",
      kind = "attune", next = onward("the-chat", "year-three"),
      inner = "Because it does matter. It matters loads.",
      why = "His words said nothing; his face and his finger on the glass said a lot. You answered those." },
    { "Fine. If it’s nothing, it’s nothing. Put the radio on and drive.",
      kind = "withdraw", next = onward("the-chat", "year-three"),
      inner = "They believed me. Course they did. Nobody looks properly.",
      why = "Taking “nothing” at face value felt respectful but left him alone behind the glass." },
  },
}

beat "the-chat" {
  say = { jonah = "It’s Cal’s birthday Saturday. Bowling, then everyone’s sleeping at his. There’s a whole separate chat. I’m not in it. I saw it on Sami’s phone." },
  cue = "He says it fast and flat, straight at the windscreen, as if reading it off a list.",
  choices = {
    { "A whole other chat, and you found out by accident. That’s a punch in the stomach.",
      kind = "attune", next = "year-three",
      inner = "Yeah. That’s exactly what it felt like.",
      why = "You named the hurt and how he found out, and didn’t hurry past it." },
    { "Honestly? If that’s how they treat you, they weren’t real friends anyway.",
      kind = "fix", next = "not-the-point",
      inner = "They don’t even know them. And now I’m stupid for caring.",
      why = "Writing his friends off to ease the sting made his hurt something he shouldn’t feel." },
    { "I’ll text Nina tonight. I’m sure it’s a mix-up — she’ll make Callum include you.",
      kind = "rescue", next = "dont-you-dare", set = { went_behind = true },
      inner = "Invited because his mum made him. That’s worse than not going.",
      why = "Getting an adult to sort it would take the friendship out of his hands and shame him." },
    { "Oh, love. That happened to me — Claire Dawson’s party. I still remember it.",
      kind = "enmesh", next = "your-story", set = { swept = true },
      inner = "Right. So now it’s their story.",
      why = "Your old hurt woke up and took the floor, just as he had finally put his down." },
  },
}

beat "not-the-point" {
  state = "activated",
  say = { jonah = "They ARE my friends. Since Year Three. You don’t even know them. That’s not the point anyway." },
  cue = "His jaw is tight. He jabs at the heater button twice.",
  choices = {
    { "You’re right. I rushed to make it smaller. They matter to you. That’s why it hurts.",
      kind = "repair", next = onward("year-three", "confession"),
      inner = "Yeah. That’s the point. They do matter.",
      why = "You owned the rush to shrink it and came back to why it hurts: they matter." },
    { "Okay. Tell me what the point is. I’m listening.",
      kind = "attune", next = onward("year-three", "confession"),
      inner = "They actually want to know. Okay.",
      why = "You let him correct you and asked him to lead. Owning the miss too would mend it fully." },
    { "You’ll make new friends at sixth form. Better ones, I promise.",
      kind = "fix", next = onward("year-three", "confession"),
      inner = "I don’t want new friends. I want mine.",
      why = "A hopeful promise about later walked straight past what he was losing now." },
  },
}

beat "your-story" {
  state = "shutdown",
  say = { jonah = "Cool. So now it’s about you." },
  cue = "Both earbuds go in. He turns the volume up until you can hear the tinny drums.",
  reflect = "When a child’s hurt wakes up one of your own, what helps you keep the two apart?",
  note = "Enmeshing often starts as empathy. The repair is short: notice that your story took the floor, and hand it back.",
  choices = {
    { "You’re right, I made it about me. Sorry. It’s your Saturday. Tell me about yours.",
      kind = "repair", next = "year-three", set = { swept = false },
      inner = "They gave it back. Okay. It’s mine again.",
      why = "You noticed your story had taken over and handed the moment back to him." },
    { "Tap his knee and wait until he takes an earbud out.",
      kind = "attune", next = "year-three",
      inner = "They’re waiting for me. Not talking at me.",
      why = "A touch and a wait said “I’m still here for yours” without more words." },
    { "I’m only trying to show you I understand. I know exactly how it feels.",
      kind = "enmesh", next = "year-three",
      inner = "They don’t. It’s not the same. It’s MINE.",
      why = "Insisting you know exactly how it feels kept your hurt in the middle of his." },
  },
}

beat "year-three" {
  say = { jonah = "Me and Cal built a den behind the science block in Year Three. We had a password. It was “sausage.” …Whatever. That’s so stupid." },
  cue = "He laughs, but nothing else in his face moves.",
  choices = {
    { "It’s not stupid. Seven years is a long time to be mates. No wonder this hurts.",
      kind = "attune", next = "confession",
      inner = "Seven years. Yeah. It is a long time.",
      why = "You honoured the history instead of laughing along, and the hurt made more sense to him." },
    { "Ha! Bit old for dens now, though. People drift apart. It’s normal at your age.",
      kind = "dismiss", next = "not-the-point",
      inner = "Normal. So I should just get over it.",
      why = "Calling it normal is true, but it filed his loss away before it had been felt." },
    { "I know Cal’s mum well. I’m sure we could sort this out between us.",
      kind = "rescue", next = "dont-you-dare", set = { went_behind = true },
      inner = "Oh my god, the parents sorting out my friends. Kill me.",
      why = "Fixing it through the parents would take the friendship, and the dignity, out of his hands." },
  },
}

beat "confession" {
  say = { jonah = "And I’ve got detention tomorrow. Lunch, with Adeyemi. I told Cal to eff off in the lunch hall and knocked his tray flying. Everyone saw." },
  cue = "He watches you sideways, shoulders up near his ears, braced.",
  reflect = "He has been hurt, and he has done something wrong. How do you hold both?",
  note = "Here the boundary matters: the detention is a fair consequence and his to face. Attunement joins the hurt without taking the consequence away.",
  choices = {
    { "You were really hurt and it came out sideways. The tray wasn’t okay — and I get it.",
      kind = "attune_boundary", next = "skip-school",
      inner = "They’re not pretending it was fine. But they get it.",
      why = "You named the hurt and the wrong in one breath, so neither cancelled the other." },
    { "You look like you’re waiting for me to go off. I’m not going to.",
      kind = "attune", next = "skip-school",
      inner = "They saw me bracing. Shoulders down. Okay.",
      why = "You answered the bracing, not the story, and he could stop defending himself." },
    { "Jonah! You can’t go round swearing at people. What were you thinking?",
      kind = "dismiss", next = "lecture",
      inner = "There it is. Like I didn’t already know.",
      why = "The lecture was true, but it came before anyone asked what it cost him." },
    { "After what they did? I’ll email Mr Adeyemi tonight and explain. He’ll drop it.",
      kind = "rescue", next = "email",
      inner = "For a second, relief. Then: everyone’ll know my parent rang in.",
      why = "Getting him off the consequence felt loyal, but it took it out of his hands." },
  },
}

beat "lecture" {
  state = "activated",
  say = { jonah = "Yeah, thanks. Really helpful. I know. I KNOW, okay? I’m not an idiot." },
  cue = "He kicks the bass case and grips the seat belt with both hands.",
  choices = {
    { "I jumped straight to a lecture. Sorry. You already know. Tell me what happened first.",
      kind = "repair", next = "skip-school",
      inner = "They stopped. They actually want my side.",
      why = "You owned the lecture and asked for his side, which is what he was waiting for." },
    { "You know it wasn’t okay. And I can see you’re gutted. Both.",
      kind = "attune_boundary", next = "skip-school",
      inner = "Gutted. Yeah. And I know it was bad.",
      why = "You kept the line and met the feeling underneath the shouting." },
    { "Don’t take that tone with me. You’re the one with the detention.",
      kind = "dismiss", next = "skip-school",
      inner = "Right. I’m just the kid who messed up.",
      why = "Defending your authority made the argument about tone and left the hurt untouched." },
  },
}

beat "email" {
  state = "shutdown",
  say = { jonah = "…No. Actually don’t. Then Adeyemi’ll think I went crying home. Everyone’ll know. Just leave it." },
  cue = "The relief on his face lasted about two seconds. He’s picking at the rubber round the window.",
  choices = {
    { "You’re right. That’s yours to face, not mine to fix. I’m sorry — I wanted to protect you.",
      kind = "repair", next = "skip-school",
      inner = "It is mine. That’s horrible. But it’s better.",
      why = "You named the urge to protect and gave the consequence back to him, gently." },
    { "Okay. No email. The detention’s yours — and I’m in your corner.",
      kind = "attune_boundary", next = "skip-school",
      inner = "My corner. Okay. I can do a detention.",
      why = "You kept the problem his and your warmth his too." },
    { "It’s no trouble, honestly. I know how to word it so it doesn’t look like that.",
      kind = "rescue", next = "skip-school",
      inner = "They’re not listening. They’re going to do it anyway.",
      why = "Pressing on past his “no” kept the takeover going and told him you doubt he can cope." },
  },
}

beat "skip-school" {
  say = { jonah = "Can I just not go in tomorrow? Say I’m ill. Please. Just tomorrow." },
  cue = "His voice cracks on “please.” He coughs to cover it.",
  reflect = "What does kindness look like when a teenager asks to be let off?",
  note = "The heart of the story: the parent can want the hurt gone and still hold the limit. Ask the group which answer felt kindest tonight and which is kindest by Monday.",
  choices = {
    { "I get why you’d want to hide. You’re going in. I’ll be thinking of you at lunch.",
      kind = "attune_boundary", next = "slam",
      inner = "I have to go. But they get why I don’t want to.",
      why = "You joined the dread and held the line. Facing tomorrow stays his, and so does your care." },
    { "Okay. Just this once. I’ll ring in first thing and say you’ve got a temperature.",
      kind = "rescue", next = "day-off", set = { day_off = true },
      inner = "Yes! …But then Monday’s the same, only worse.",
      why = "Letting him off soothes tonight but tells him he can’t cope, and moves the dread to Monday." },
    { "It’ll have blown over by tomorrow! Nobody will even remember.",
      kind = "fix", next = "slam",
      inner = "Everyone will remember. They weren’t there.",
      why = "Reassurance you can’t back up made him feel more alone with what he knows." },
    { "Ill? You’re not ill. Don’t be so dramatic.",
      kind = "dismiss", next = "slam",
      inner = "Dramatic. Right. Never telling them anything again.",
      why = "Holding the line is right; mocking the ask made the feeling the thing on trial." },
  },
}

beat "day-off" {
  say = { jonah = "Really? …Cool. So I just stay home and Cal tells everyone I’m scared. Great." },
  cue = "He’s relieved for a breath, then goes quiet. He’s turning the phone over and over.",
  choices = {
    { "I said yes too fast — I hate seeing you hurt. But you’re going in. I’m sorry.",
      kind = "repair", next = "slam", set = { day_off = false },
      inner = "Ugh. They’re right. Hiding would make it worse.",
      why = "You owned the quick yes, named why, and gave tomorrow back to him." },
    { "I can hear you don’t want to look scared. So: you’re going in. And I’m behind you.",
      kind = "attune_boundary", next = "slam", set = { day_off = false },
      inner = "Going in. Okay. Not on my own, though.",
      why = "You heard the worry under his “great” and turned the rescue into a limit." },
    { "Duvet day. Pizza, films, and we’ll think about school on Monday.",
      kind = "rescue", next = "slam",
      inner = "Nice. But my stomach still hurts about Monday.",
      why = "A cosy day off is loving, and it leaves the hard thing waiting, bigger." },
  },
}

------------------------------------------------------------------------------
-- Home: the slam
------------------------------------------------------------------------------

beat "slam" {
  state = "activated", pressure = 35,
  say = { jonah = function(s)
    if s.vars.day_off then
      return "You don’t GET it! Monday’s just going to be WORSE! You never get ANYTHING!"
    end
    return "You don’t GET it! Everyone’s going to be staring at me tomorrow and you just — forget it! You never get it!"
  end },
  cue = "You pull onto the drive. He’s out before the engine stops, and the car door slams so hard the mirror shakes. Ivy’s face at the window.",
  reflect = "What happens in your body when your child slams a door on you? What brings you back?",
  note = "This beat costs the player steadiness and may flood them. The steady answer is real: a breath before following him in. Ask what steadies each person in the room.",
  choices = {
    { "Stay in the seat. Hands off the wheel. One long breath out before you follow him.",
      kind = "steady", next = "doorstep",
      inner = "They’re not chasing me, shouting. Just… sitting there.",
      why = "You can only meet him from a steady place. A breath first is part of the skill." },
    { "Get out. “You’re furious, and that’s allowed. Not the car door. I’m coming in.”",
      kind = "attune_boundary", next = "doorstep",
      inner = "They didn’t lose it. They’re still coming.",
      why = "You met the fury, held a line about the door, and didn’t leave: warmth and authority together." },
    { "“Fine! Don’t bother coming down for tea, then!”",
      kind = "withdraw", next = "doorstep",
      inner = "When I’m too much, they shut me out. Noted.",
      why = "A cold limit shouted in the heat of it left him alone with a feeling too big to hold." },
    { "Grip the wheel. “Why does everything have to be so hard with you?”",
      kind = "enmesh", next = "doorstep",
      inner = "I make everything hard. I’m the problem.",
      why = "His anger flooded you, and your own hurt came out as blame he will carry to bed." },
  },
}

beat "doorstep" {
  state = "activated",
  say = { jonah = "Just open the door." },
  cue = "He’s stuck at the locked front door, no key, hood up, forehead nearly on the glass. Pickle is barking inside.",
  choices = {
    { "Unlock it. “Angry’s allowed. Slamming isn’t. I’ll come up after tea.”",
      kind = "attune_boundary", next = "ivy-hall",
      inner = "They’re not shouting. And they’re coming up. Okay.",
      why = "You kept it calm and short, held the line, and promised to come back." },
    { "Some of what I said in the car wasn’t fair. I’m sorry. I’ll come up in a bit.",
      kind = "repair", next = "ivy-hall", id = "doorstep.repair",
      when = open,
      inner = "They said it. Huh. Maybe it’s not all me.",
      why = "Owning your part at once, before the anger settled in, kept the door between you open." },
    { "Not until you apologise for that door. I mean it.",
      kind = "dismiss", next = "ivy-hall",
      inner = "Sorry for the door. Nobody’s sorry for anything else.",
      why = "An apology can come later; demanding it now made the door the only thing that counted." },
    { "Open it without a word and go straight to the kitchen.",
      kind = "withdraw", next = "ivy-hall",
      inner = "Fine. Nobody’s coming. I’ll sort myself out.",
      why = "Silence after a slam can feel like punishment; he was hoping you’d come back." },
  },
}

beat "ivy-hall" {
  say = { ivy = "Why did Jonah stomp up the stairs? He kicked his shoes at the wall. Is he in trouble?" },
  cue = "Above you, a stair creaks and stops. Jonah is sitting just out of sight on the landing, listening.",
  reflect = "He isn’t in the room, but he can hear you. How does that change what you say?",
  note = "A cue beat: the words come from Ivy, but the creak tells you who is really listening. What is said about a teenager within earshot lands as if said to him.",
  choices = {
    { "He’s had a rotten day. He’s not in trouble with me. I’m going up to see him later.",
      kind = "attune", next = "door",
      inner = "Not in trouble. Rotten day. Yeah. They get it.",
      why = "You spoke for the one on the landing: honest, kind, and no gossip about his business." },
    { "Your brother’s being a nightmare. Ignore him — he’ll snap out of it.",
      kind = "dismiss", next = "door",
      inner = "A nightmare. That’s what I am to them.",
      why = "Said to Ivy, heard by him: his hurt became a nuisance in the family story." },
    { "Oh, Ivy, his friends have left him out of Callum’s party. It’s awful.",
      kind = "enmesh", next = "door",
      inner = "Now Ivy knows. Now EVERYONE knows.",
      why = "Sharing his story to ease your worry spent something that was his to tell." },
  },
}

------------------------------------------------------------------------------
-- His room
------------------------------------------------------------------------------

beat "door" {
  background = "images/jonah-room.svg", music = "evening",
  say = { jonah = "I said I’m fine. You can go." },
  cue = "He’s on the bed with his bass, playing the same four notes over and over, hard enough that the string buzzes. Pickle is on his feet.",
  reflect = "What does the riff tell you that “I’m fine” doesn’t?",
  note = "A cue beat. The attuned answer responds to the playing, not to the invitation to leave.",
  choices = {
    { "Sit on the floor by the door. “That riff’s taking a beating.”",
      kind = "attune", next = "typing",
      inner = "Ha. It is. They’re just… sitting there. Okay.",
      why = "You answered the hard playing, lightly, and stayed low and close without demanding talk." },
    { "I’ll go, and I’ll come back — I can hear you’re not fine. Tea’s at seven.",
      kind = "attune_boundary", next = "typing",
      inner = "They heard it. And they’ll come back. Good.",
      why = "You respected his “go” without believing his “fine,” and kept a small normal rule." },
    { "Some of tonight came out wrong from me. I’m sorry. I’m not here to tell you off.",
      kind = "repair", next = "typing", id = "door.repair", when = open,
      inner = "Okay. So this isn’t round two.",
      why = "Naming your part first told him this visit was safe." },
    { "Okay. If you’re fine, I’ll leave you to it.",
      kind = "withdraw", next = "headphones",
      inner = "They believed it. Nobody ever checks twice.",
      why = "Taking “fine” at its word looked like respect, and felt like being left." },
    { "Come down for some food — you’ll feel better with something in you.",
      kind = "fix", next = "headphones",
      inner = "Food. Because that’s what this is about.",
      why = "A practical comfort before the feeling was met made it a problem to solve." },
  },
}

beat "headphones" {
  state = "shutdown",
  say = "He doesn’t answer.",
  cue = "He puts the bass down, pulls on his big headphones and turns his face to the wall. Pickle looks from him to you.",
  choices = {
    { "Wait until he slides one side off. “I got that wrong just now. I’d like to stay a bit.”",
      kind = "repair", next = "typing",
      inner = "They came back. They’re staying. Fine. Okay.",
      why = "You waited for him, owned the miss in a line, and asked rather than pushed." },
    { "Sit down on the end of the bed next to Pickle, and just be there.",
      kind = "attune", next = "typing",
      inner = "They’re not going. And they’re not talking at me.",
      why = "Quiet company answered the turned back better than words would have." },
    { "Right. Well, I’m here if you need me.",
      kind = "withdraw", next = "typing",
      inner = "They say that, then they go.",
      why = "A kind line said from the doorway still left him on his own." },
  },
}

beat "typing" {
  say = { jonah = "What." },
  cue = "His thumbs fly over the phone, then hold down delete. He types again. Deletes again. His jaw is working.",
  reflect = "How do you respond to what he is doing with his hands, not to the word he says?",
  note = "A cue beat. The drafting and deleting is the truth of this moment: something he wants to say and can’t.",
  choices = {
    { "You’ve written something and rubbed it out three times. Tough one to word.",
      kind = "attune", next = "ask",
      inner = "It’s SO hard to word. How did they know?",
      why = "You named what his thumbs were doing, so he didn’t have to say it first." },
    { "Before you answer anyone: I’ve got a few things wrong tonight. Sorry. I’m listening now.",
      kind = "repair", next = "ask", id = "typing.repair", when = open,
      inner = "They know they messed up. Okay. Maybe I’ll ask them.",
      why = "Naming the earlier misses, briefly, cleared the way for him to bring you the hard part." },
    { "Want me to help you word it? Give it here, I’m good at this stuff.",
      kind = "rescue", next = "ghostwriter",
      inner = "Great. My parent writing my texts. I’m five.",
      why = "Offering to write it took over a conversation that belongs between him and Callum." },
    { "Don’t send anything when you’re angry. Sleep on it. Phone down.",
      kind = "fix", next = "ghostwriter",
      inner = "I wasn’t even going to send it. They don’t know anything.",
      why = "The advice is wise, but it arrived before you knew what he was trying to say." },
    { "Is that to Callum? What did he say? Let me see.",
      kind = "enmesh", next = "ghostwriter",
      inner = "Why do they need to see everything?",
      why = "Your need to know reached for his phone before he offered it." },
  },
}

beat "ghostwriter" {
  state = "activated",
  say = { jonah = "Oh my god. This is why I don’t tell you stuff. Can you not?" },
  cue = "He pulls the phone to his chest with both hands.",
  choices = {
    { "Fair. I took it off you again. Sorry. It’s yours. I’ll just listen.",
      kind = "repair", next = "ask",
      inner = "They gave it back. Maybe I can ask them something.",
      why = "You owned the grab in a few words and put the message back in his hands." },
    { "Okay — hands off. I’m curious what you want to say, that’s all.",
      kind = "attune_boundary", next = "ask",
      inner = "Just curious. Not taking over. Okay.",
      why = "You backed off his phone and stayed interested in him." },
    { "Don’t be like that. I’m trying to help you here.",
      kind = "dismiss", next = "ask",
      inner = "Help. Sure.",
      why = "Defending your help made his push-back the problem." },
  },
}

beat "ask" {
  say = { jonah = "He messaged. “u ok? sorry about earlier.” Like nothing happened. What would you even say? Seriously. What would you do?" },
  cue = "For the first time tonight he looks straight at you.",
  reflect = "He asked for advice. Why might giving it still miss him?",
  note = "The pull to fix is strongest when a young person asks directly. Curiosity keeps the problem his while staying close.",
  choices = {
    { "I don’t know what I’d say to Cal. I think you’ll find it. What do you want him to know?",
      kind = "attune_boundary", next = "real-thing",
      inner = "What do I want him to know? …That it hurt.",
      why = "You stayed with him and handed the thinking back, trusting he has the words." },
    { "It sounds like you want him to know it hurt, without sounding needy.",
      kind = "attune", next = "real-thing",
      inner = "YES. That’s exactly the problem.",
      why = "You named the bind he was stuck in, which helped more than a script would." },
    { "Earlier I kept jumping in. I’m sorry. I’d rather hear what you think first.",
      kind = "repair", next = "real-thing", id = "ask.repair", when = open,
      inner = "They want what I think. Nobody asks that.",
      why = "You owned the earlier rushing and turned the question back to him with respect." },
    { "Easy: tell him straight he hurt you. If he can’t handle that, move on.",
      kind = "fix", next = "real-thing",
      inner = "Easy. Right. For them maybe.",
      why = "A neat answer skipped how hard and risky it feels to say that at fifteen." },
    { "Give me the phone — I’ll write something you can copy.",
      kind = "rescue", next = "real-thing",
      inner = "Then it’s their words. He’d know. It wouldn’t be me.",
      why = "Writing it for him would take his friendship out of his hands." },
  },
}

beat "real-thing" {
  say = { jonah = "It’s not even the sleepover. It’s like… they had a whole conversation about me not being there. Like they decided." },
  cue = "His voice goes small. He’s pulling a long thread out of his hoodie cuff.",
  reflect = "“It’s not even the sleepover.” What helped the deeper layer come out?",
  note = "Truth comes in layers. Ask what the parent did earlier that made this sentence possible.",
  choices = {
    { "Like they decided you didn’t count. That’s the part that really hurts, isn’t it?",
      kind = "attune", next = "ivy-charger",
      inner = "Yeah. That’s it. That’s the bit.",
      why = "You put words to the deepest part and let it be true, without arguing with it." },
    { "Maybe they just forgot to add you? I’m sure nobody decided anything.",
      kind = "fix", next = "ivy-charger",
      inner = "They don’t believe me. I saw it.",
      why = "Hoping it was a mistake argued with what he saw, so he felt unbelieved." },
    { "That’s the feeling. I had it at your age. It never really goes away, you know.",
      kind = "enmesh", next = "old-wound", set = { swept = true },
      inner = "It never goes away? Great. And they look upset now.",
      why = "Your old hurt came up with his, and he ended up worrying about you." },
  },
}

beat "old-wound" {
  state = "shutdown",
  say = { jonah = "…Are you okay? You look weird." },
  cue = "He’s stopped pulling the thread. He’s watching your face now, not his phone.",
  reflect = "He has started to look after you. What happened, and how do you hand the evening back to him?",
  choices = {
    { "I’m okay. Your hurt woke up an old one of mine. That’s mine to deal with. Back to you.",
      kind = "repair", next = "ivy-charger", set = { swept = false },
      inner = "They’re okay. They’re handling it. I can have mine.",
      why = "You named what happened, kept it yours, and returned to him without a long story." },
    { "I’m fine, love. This is about you, not me.",
      kind = "attune_boundary", next = "ivy-charger",
      inner = "Okay. If they say so.",
      why = "You kept the focus on him; owning what he saw would mend it more." },
    { "It just brings it all back. Sorry. Give me a minute.",
      kind = "enmesh", next = "ivy-charger",
      inner = "Now I’ve upset them. I should stop talking.",
      why = "Your hurt is real, but leaning on him for comfort made him your carer." },
  },
}

beat "ivy-charger" {
  say = { ivy = "Jonah, can I borrow your charger? Mine’s broken. Why’s everyone being weird?" },
  cue = "Ivy’s in the doorway. Jonah turns his face to the wall fast and drags his sleeve across his eyes.",
  note = "A cue beat: the answer that attunes protects what his face is doing, not what Ivy asked.",
  choices = {
    { "Here — take mine, Ivy. Tell Pickle it’s tea time. I’ll be down in a bit.",
      kind = "attune", next = "tomorrow",
      inner = "They got her out. She didn’t see.",
      why = "You saw the sleeve and quietly covered for him, guarding his dignity." },
    { "Ivy, your brother’s had a horrid day — go and give him a hug.",
      kind = "enmesh", next = "exposed",
      inner = "Now she knows I’m crying. Brilliant.",
      why = "You meant to comfort him, but it put his tears on show to his little sister." },
    { "Not now, Ivy! Can’t you see we’re busy?",
      kind = "dismiss", next = "exposed",
      inner = "Now Ivy’s upset and it’s my fault as well.",
      why = "Snapping at Ivy drew more attention to the room and left a second child hurt." },
  },
}

beat "exposed" {
  state = "activated",
  say = { jonah = "Oh my god, get OUT, Ivy! Everyone just get out of my room!" },
  cue = "Ivy bolts. Jonah is on his feet, eyes wet, fists in his hoodie pocket.",
  choices = {
    { "That put you on show. I’m sorry. I’ll sort Ivy out. Can I stay a minute?",
      kind = "repair", next = "tomorrow",
      inner = "They saw it was bad. They asked, not told.",
      why = "You named the exposure, took care of it, and asked to stay rather than assuming." },
    { "You’re allowed to be this upset. Shouting at Ivy isn’t fine. I’m staying.",
      kind = "attune_boundary", next = "tomorrow",
      inner = "I know. I shouldn’t have. They’re still here though.",
      why = "You made room for the feeling and held a line about his sister, and stayed." },
    { "Don’t you talk to your sister like that. She was only asking.",
      kind = "dismiss", next = "tomorrow",
      inner = "Of course. Ivy’s feelings count.",
      why = "Protecting Ivy matters; doing it first left his humiliation untouched." },
  },
}

beat "tomorrow" {
  say = { jonah = function(s)
    if s.vars.day_off then
      return "Adeyemi’s going to make me sit with Cal and ‘talk about it.’ So that’s Monday now. Great."
    end
    return "Adeyemi’s going to make me sit with Cal in his office and ‘talk about it.’ Restorative whatever. Tomorrow."
  end },
  cue = "He’s sitting on the edge of the bed now, elbows on his knees, hood down.",
  choices = {
    { "Sitting across from him will be hard. It’s your conversation — want to think out loud?",
      kind = "attune_boundary", next = "goodnight",
      inner = "Mine. But I can practise. Out loud. Okay.",
      why = "You named how hard it will be and kept the conversation his, with you alongside." },
    { "I’ve changed my mind about tomorrow. You’re going in. I’m sorry — I said yes too fast.",
      kind = "repair", next = "goodnight", id = "tomorrow.undo-day-off",
      set = { day_off = false },
      when = function(s) return s.vars.day_off end,
      inner = "Ugh. But… yeah. Better tomorrow than Monday.",
      why = "You took back the rescue, owned it simply, and gave tomorrow back to him." },
    { "I’ve not listened well tonight. I’m sorry. I’d like to hear how you want it to go.",
      kind = "repair", next = "goodnight", id = "tomorrow.repair",
      when = function(s) return s.open_ruptures > 0 and not s.vars.day_off end,
      inner = "They’re asking me. Not telling me. Okay.",
      why = "A short sorry, then his plan, not yours: that is how the repair returns to him." },
    { "Just say sorry first and get it over with. Ten minutes and it’s done.",
      kind = "fix", next = "goodnight",
      inner = "Sorry first. Like it’s all me.",
      why = "A quick script skipped that he has something true to say, too." },
    { "Do you want me to come in with you? I could do the talking.",
      kind = "rescue", next = "goodnight",
      inner = "My parent in the meeting. I’d actually die.",
      why = "Doing the talking for him would take away a hard thing he can do, and needs to." },
  },
}

beat "goodnight" {
  say = { jonah = function(s)
    if s.vars.day_off then
      return "So I don’t need an alarm tomorrow, right?"
    end
    return "I should probably say sorry. About the tray. Even though he’s the one who — whatever. Can you wake me at seven?"
  end },
  cue = "Pickle has climbed up beside him. One of his hands is buried in the dog’s fur.",
  reflect = "What would you want him to take to sleep with him tonight?",
  note = "The last beat routes by how the evening went. Its misses lead to closing beats, where a repair is still possible.",
  choices = {
    { "Both can be true: he hurt you, and the tray was on you. Seven it is.",
      kind = "attune_boundary", next = to_ending(),
      inner = "Both. Yeah. I can say both.",
      why = "You held both halves for him, so he can walk in tomorrow owning his part without losing his hurt." },
    { "You’ve had a rotten day and you’re still thinking about doing the right thing. Night, Jonah.",
      kind = "attune", next = to_ending(),
      inner = "They see me. Not just the detention.",
      why = "You noticed what he was doing with his hurt, which is what he can carry into tomorrow." },
    { "I got some of tonight wrong. I’m sorry. I’m on your side — tomorrow too.",
      kind = "repair", next = to_ending(), id = "goodnight.repair", when = open,
      inner = "They said it. We’re okay.",
      why = "A short, honest sorry at the end of the day lets him go to sleep knowing you’re together." },
    { "Sorry? He should be saying sorry to YOU. Don’t let them walk all over you.",
      kind = "fix", next = "doorway",
      inner = "Now I don’t know what to do at all.",
      why = "Taking his side that hard argued him out of his own good instinct." },
    { "Course. Now sleep. Tomorrow’s a new day — it’ll all be forgotten by Christmas.",
      kind = "dismiss", next = "doorway",
      inner = "Forgotten. Sure. It won’t be.",
      why = "A cheerful send-off hurried past what he was trying to work out." },
  },
}

beat "doorway" {
  state = "shutdown",
  say = { jonah = "Yeah. Night." },
  cue = "He’s put his headphones back on before you reach the door. He doesn’t look up.",
  choices = {
    { "Go back and sit on the bed. “That came out wrong. You’re doing something hard. Sorry.”",
      kind = "repair", next = to_ending(), id = "doorway.repair", when = open,
      inner = "They came back. I didn’t think they would.",
      why = "You noticed the headphones, came back, and owned the miss before the night closed." },
    { "Night, Jonah. Come and find me if you can’t sleep.",
      kind = "attune", next = to_ending(),
      inner = "Maybe. Probably not. But maybe.",
      why = "A warm line at the door keeps it open, even if it doesn’t mend what went wrong." },
    { "Click the light off and go downstairs.",
      kind = "withdraw", next = "landing",
      inner = "Done, then.",
      why = "Leaving without a word closed the evening on the headphones." },
  },
}

beat "landing" {
  say = "The landing is dark. Behind his door, very quietly, the same four notes on the bass.",
  cue = function(s)
    if s.vars.nearly_texted then
      return "A message to Nina sits typed and unsent on your screen. Behind the door, the four notes stop."
    end
    return "Your phone is in your hand. Nina’s number is right there."
  end,
  note = "The pull to rescue often comes back when we are alone. The repair is still possible after the door has closed.",
  choices = {
    { "Knock again. “I keep walking off when it gets hard. Sorry. I’m proud of you for tomorrow.”",
      kind = "repair", next = to_ending(), id = "landing.repair", when = open,
      inner = "They knocked again. They meant it.",
      why = "You went back and named the pattern, not just the moment, without making a big thing of it." },
    { "Text him: “Here if you need me. Whatever you say to Cal, I’m on your side.” Then leave it.",
      kind = "attune_boundary", next = to_ending(),
      inner = "On my side. Whatever I say. Okay.",
      why = "A small message kept you close without taking the problem off him." },
    { "Start typing to Nina: “Bit of a falling out between the boys — can we talk?”",
      kind = "rescue", next = "landing", id = "landing.nina",
      when = function(s) return not s.vars.nearly_texted end,
      set = { nearly_texted = true, went_behind = true },
      inner = "(He doesn’t know yet. He would hate it.)",
      why = "Alone on the landing, the pull to sort it behind his back came back. It would take his problem off him." },
  },
}

------------------------------------------------------------------------------
-- Endings
------------------------------------------------------------------------------

ending "end-stronger" {
  title = "Mended", verdict = "stronger", background = "images/jonah-room.svg",
  text = "At seven you knock, and he’s already up. At the car he says, “If it goes badly, can you not ask "
      .. "me about it straight away?” and you say yes. Tonight wasn’t smooth: you missed him more than once, "
      .. "and he felt it. Each time you came back and said so, and he learned something worth more than a "
      .. "sleepover — that things can go wrong between you and still get put right.",
  reflect = "Which repair mattered most? What made it possible to say it simply, without a speech?",
  note = "Invite people to say their repair line aloud. Short, owned and returned to him is the shape.",
}

ending "end-close" {
  title = "Hood down", verdict = "connected", background = "images/jonah-room.svg",
  text = function(s)
    local t = "He sends Callum four words and deletes none of them. You don’t ask what they were. At seven you "
      .. "knock and he groans, which is normal. He still isn’t going bowling on Saturday. But he walks into "
      .. "tomorrow knowing the worst of it has been seen by someone who stayed, and left it his to carry."
    if s.open_ruptures > 0 then
      t = t .. " One moment from tonight still sits a little crooked between you. It could be put right in the car."
    end
    return t
  end,
  reflect = "Where did you feel the pull to fix, rescue or phone someone, and what helped you stay with him instead?",
  note = "Attunement did not make the problem go away; it kept Jonah company while it stayed his.",
}

ending "end-done" {
  title = "Sorted, not shared", verdict = "other", background = "images/jonah-room.svg",
  text = "He goes to school, does the detention, and sits through the meeting with Callum. On paper, it all "
      .. "got handled. But the part about being decided against stayed behind his headphones, and he’s a little "
      .. "surer now that “I’m fine” is the safest thing to say at home. There’s always the drive on Friday, "
      .. "and a sentence that starts, “I’ve been thinking about last night…”",
  reflect = "Which miss was never mended? What one sentence could mend it in the car tomorrow?",
}

ending "end-day-off" {
  title = "A day off", verdict = "other", background = "images/jonah-room.svg",
  text = "He sleeps in. You ring the school and say he has a temperature, and it feels kind. The house is "
      .. "quiet and he’s calmer all day. But Monday is still there, now with the detention and the meeting and "
      .. "a rumour that he was too scared to come in. The hard thing wasn’t taken off him; it was only moved.",
  reflect = "Letting him off felt loving. What did it tell him about what he can face?",
  note = "Rescuing feels like care and often is care. Discuss the difference between protecting a young person and taking away what is theirs to do.",
}

ending "end-apart" {
  title = "Headphones on", verdict = "disconnected", background = "images/jonah-room.svg",
  text = "The bass goes quiet around eleven. Tomorrow he’ll go to school, or he won’t, and either way he’ll "
      .. "tell you it was fine. Nothing terrible happened tonight: just a run of caring, well-meant misses, each "
      .. "one a little door closing. He is fifteen, and he is learning to carry things on his own. It isn’t "
      .. "too late. A short, honest sorry in the car tomorrow would still reach him.",
  reflect = "Look back at the first miss. What would a one-line repair have sounded like?",
  note = "Treat this ending gently: every answer that led here is something loving parents say. The point is noticing, not blame.",
}
