-- Homework Night: an eight-year-old, a column subtraction sheet, and a long
-- Wednesday evening. The player is Maya's parent.
--
-- Shape of the story
--   spine:     kitchen → torn-page → school-fine → hedgehogs → try-again →
--              thrown (pressure) → after-storm → checking-face → bedroom → nightlight
--   ruptures:  snap, quiet, rescued, done-for-her, dont-ring, cold, each with a repair
--   steadying: thrown → breath (the player's own steady answer)
--   cue beats: school-fine, quiet, rescued, cold, checking-face (the body tells the truth)
--
-- Story variables record what kind of miss happened, so a late repair at
-- bedtime can name it: rushed (fix, dismiss), took_over (rescue),
-- lost_it (enmesh, withdraw).

story { id = "homework-night", title = "Homework Night",
        relationship = "parent-child", minutes = 10, start = "kitchen",
        summary = "It’s Wednesday, nearly eight o’clock, and the maths sheet is due tomorrow. "
               .. "Maya has snapped her pencil and is close to tears at the kitchen table.",
        content_note = "A child’s meltdown: tears, shouting and a thrown book.",
        you = "You are Maya’s parent. Her little brother Theo is asleep upstairs.",
        with = "maya" }

character "maya" { name = "Maya", about = "your daughter, 8, in Mrs Okafor’s class",
  state = "activated",
  portraits = { regulated = "images/maya-regulated.svg",
                activated = "images/maya-activated.svg",
                shutdown  = "images/maya-shutdown.svg" } }

-- Every path ends at the last bedroom beat, which routes by how the evening went.
local function to_ending()
  return {
    { "end-stronger", when = function(s)
        return s.repairs > 0 and s.open_ruptures == 0 and s.connection >= 65 end },
    { "end-close", when = function(s)
        return s.open_ruptures == 0 and s.connection >= 65 end },
    { "end-done", when = function(s) return s.connection >= 45 end },
    { "end-apart" },
  }
end

local RUSHED    = { rushed = true }
local TOOK_OVER = { took_over = true }
local LOST_IT   = { lost_it = true }

------------------------------------------------------------------------------
-- The kitchen table
------------------------------------------------------------------------------

beat "kitchen" {
  background = "images/kitchen.svg", music = "evening", state = "activated",
  say = { maya = "I’m not doing it. Column take-away is stupid, and Mrs Okafor only gives it to us to be mean." },
  cue = "Her fox pencil lies snapped in two. She has rubbed out one answer so hard the paper has torn through.",
  choices = {
    { "You’ve rubbed right through the paper. That sum’s really been fighting you, hasn’t it?",
      kind = "attune", next = "torn-page",
      inner = "They saw the hole. They know I tried really, really hard.",
      why = "You noticed the torn page before the sums, so she felt her effort had been seen." },
    { "It’s not stupid, it’s easy once you see it! Look — cross out the five, make it a four…",
      kind = "fix", next = "snap", set = RUSHED,
      inner = "Easy? So I’m the only one who can’t do an easy thing.",
      why = "Showing the method is loving, but it came before the feeling, and “easy” made her feel slow." },
    { "Mrs Okafor isn’t mean. It’s only twelve sums — get them done and it’s bath time.",
      kind = "dismiss", next = "snap", set = RUSHED,
      inner = "Nobody cares how horrible it is. Only about bath time.",
      why = "Standing up for the teacher and counting the sums skipped over how she feels right now." },
    { "Oh, sweetheart. Give it here — I’ll do the tricky ones and you copy them out neatly.",
      kind = "rescue", next = "rescued", set = TOOK_OVER,
      inner = "Phew. But… it must be too hard for me, if a grown-up has to do it.",
      why = "Taking over eases the moment but quietly tells her she can’t. The sheet is hers to try." },
  },
}

beat "torn-page" {
  say = { maya = "I did number three three times and got a different answer every time. And when I add it back it doesn’t *match*." },
  cue = "Her voice cracks on the last word. She presses the heels of her hands into her eyes.",
  choices = {
    { "Three tries, three different answers. No wonder you want to put the whole thing in the bin.",
      kind = "attune", next = "school-fine",
      inner = "Yes! That’s exactly it. They get it.",
      why = "You said back what happened and how it felt, without rushing to mend it." },
    { "That means you’re nearly there! Fourth time lucky — come on, one more go.",
      kind = "fix", next = "snap", set = RUSHED,
      inner = "I don’t WANT one more go. Nobody’s listening to me.",
      why = "Cheering her on is kind, but she needed the frustration heard before she could try again." },
    { "Let me see… it’s twenty-five. There, done. Now the next one will be easy.",
      kind = "rescue", next = "rescued", set = TOOK_OVER,
      inner = "I didn’t get it. They did. Like always.",
      why = "Giving the answer stops the tears for now, but it takes the sum — and the win — away from her." },
    { "I can’t help you while you’re crying about it. Call me when you’re ready.",
      kind = "withdraw", next = "quiet", set = LOST_IT,
      inner = "Crying makes people go away. I’d better stop feeling things.",
      why = "Wanting her calm first is understandable, but waiting apart left her alone at the hardest moment." },
  },
}

------------------------------------------------------------------------------
-- Ruptures early in the evening, and their repairs
------------------------------------------------------------------------------

beat "snap" {
  state = "activated",
  say = { maya = "You ALWAYS say that! You don’t even know how we do it. Mrs Okafor does it a different way and you’re making it WORSE!" },
  cue = "She shoves the sheet so hard it skids off the table. Her chin is wobbling.",
  reflect = "She pushed back hard. What did her push-back tell you about your last answer?",
  note = "A good place to pause. The miss was small and well meant; the skill is noticing her reaction and owning it simply, not getting it right first time.",
  choices = {
    { "You’re right. I jumped in with how to do it and never asked how you were. Sorry, love.",
      kind = "repair", next = "school-fine",
      inner = "Oh. A grown-up said sorry. To me. Maybe I can tell them stuff.",
      why = "You named your miss and owned it without fuss. That shows her a break between you can mend." },
    { "I’m only trying to help! If you’d let me explain, you’d see it’s really simple.",
      kind = "fix", next = "quiet", set = RUSHED,
      inner = "Now I’m in trouble for being upset. I’ll just stop talking.",
      why = "Defending your help is natural, but it made her upset the problem. She needed you to hear it." },
    { "Please don’t shout at me. I’ve had an awful day too, and I can’t cope with this.",
      kind = "enmesh", next = "quiet", set = LOST_IT,
      inner = "I made them sad. Now I have to look after them. I’ll be quiet.",
      why = "Your tiredness is real, but handing it to her made her your carer. Steady yourself first." },
    { "Fine. Do it on your own, then. I’ll be in the other room.",
      kind = "withdraw", next = "quiet", set = LOST_IT,
      inner = "They left. I’m on my own with it. Again.",
      why = "Needing space is human, but leaving as she pushed told her big feelings drive people away." },
  },
}

beat "quiet" {
  state = "shutdown",
  say = { maya = "Whatever. I don’t care about stupid maths. Just go away." },
  cue = "Her head is down on her arms, but she grips the broken pencil so tightly her knuckles have gone white.",
  choices = {
    { "I’m not going anywhere. I got that wrong just now, and I’m sorry. This matters to you.",
      kind = "repair", next = "school-fine",
      inner = "They came back. They said sorry. I can lift my head a bit.",
      why = "You came back, owned the miss in one line, and stayed. That is what repair sounds like." },
    { "You’re holding that pencil so tight. I don’t think you don’t care. I think you care loads.",
      kind = "attune", next = "school-fine",
      inner = "How did they know? I do care. I care so much it hurts.",
      why = "Her words said “go away”; her hand said the opposite. You answered the hand." },
    { "Come on, no sulking! Let’s get it done together and then it’s hot chocolate. Deal?",
      kind = "fix", next = "try-again", set = RUSHED,
      inner = "Hot chocolate won’t make it better. They don’t even know what’s wrong.",
      why = "A treat to cheer her up skipped the hurt underneath; she might have told you more if you’d waited." },
    { "Okay. If you don’t care, we’ll leave it. Bed in ten minutes.",
      kind = "withdraw", next = "bedroom", set = LOST_IT,
      inner = "They believed me. I didn’t mean it. I did care.",
      why = "Taking “I don’t care” at its word was easy, but her white knuckles were asking you to stay." },
  },
}

beat "rescued" {
  say = { maya = "Okay. Can you do four and five as well? You’re faster than me." },
  cue = "She copies your numbers without reading them. Her shoulders have dropped, but she’s chewing the cuff of her sleeve.",
  choices = {
    { "Wait — I took over, and I’m sorry. That’s your sheet, and I think you can do it.",
      kind = "repair", next = "school-fine",
      inner = "They think I can? Then why does it feel so hard?",
      why = "You caught yourself taking over, said so plainly, and handed the pencil — and the belief — back." },
    { "I’m going to stop writing now, love. I’ll stay right here while you try number four.",
      kind = "attune_boundary", next = "try-again",
      inner = "Oh no. On my own? …No — they’re still here.",
      why = "You gave the work back and kept your warmth beside her. Owning the takeover too would mend it fully." },
    { "Course I will. Let’s just get it finished so you can get to bed.",
      kind = "rescue", next = "done-for-her", set = TOOK_OVER,
      inner = "Good. I don’t have to try. I’m not a trying sort of person.",
      why = "Getting it finished feels like care, but each sum you do tells her a little more that she can’t." },
    { "See? Easy when you watch someone do it! Now you just copy the method for five.",
      kind = "fix", next = "try-again", set = RUSHED,
      inner = "It wasn’t easy. I watched and I still don’t get it.",
      why = "Calling it easy after doing it yourself widened the gap she already felt." },
  },
}

beat "done-for-her" {
  state = "shutdown",
  say = { maya = "Can I go now? I’ll put it in my bag." },
  cue = "She turns the finished sheet face down without looking at it. She doesn’t look pleased. She doesn’t look anything.",
  choices = {
    { "Hang on. I did all that for you, and I don’t think it helped. Sorry. Will you try one with me beside you?",
      kind = "repair", next = "after-storm",
      inner = "They noticed it felt bad. Maybe one. If they stay.",
      why = "You noticed her flatness, named what you had done, and offered the work back with you beside her." },
    { "Yep, off you go. I’ll pop it in your book bag for you.",
      kind = "rescue", next = "bedroom", set = TOOK_OVER,
      inner = "It’s done, but it isn’t mine. Nothing about tonight is mine.",
      why = "Sorting it all out for her was kind in intent, but she went to bed feeling less able, not more." },
    { "All done! See, that wasn’t so bad, was it? Big smile!",
      kind = "fix", next = "bedroom", set = RUSHED,
      inner = "It was bad. Smiling is just another thing I have to do right.",
      why = "Asking for a smile covered over a flat, quiet child. Her face was telling you something else." },
  },
}

------------------------------------------------------------------------------
-- What happened at school
------------------------------------------------------------------------------

beat "school-fine" {
  say = { maya = "It doesn’t matter. I was good at maths in Mr Bell’s class. Now I’m just rubbish. School was fine, okay? *Fine*." },
  cue = "She says “fine” to the table, not to you. Her thumb keeps rubbing the little fox on the broken pencil.",
  reflect = "Her words and her body said different things. Which did you answer, and how did you decide?",
  note = "This beat can only be answered well from the cue. Ask the group what they saw before what they heard.",
  choices = {
    { "You said “fine” to the table, not to me. And you said “now”. I wonder if something happened today.",
      kind = "attune", next = "hedgehogs",
      inner = "They noticed. Maybe it’s okay to tell.",
      why = "You answered what her body showed and wondered aloud gently, with no pressure to tell." },
    { "Good, I’m glad school was fine. Right — let’s crack on with number three.",
      kind = "dismiss", next = "try-again", set = RUSHED,
      inner = "They believed “fine”. I’ll keep the bad bit inside, then.",
      why = "Taking “fine” at face value is easy to do; the clue was in how she said it." },
    { "You’re not rubbish! You’re brilliant at maths. Remember your times-tables certificate?",
      kind = "fix", next = "try-again", set = RUSHED,
      inner = "That was ages ago. They don’t know what it’s like now.",
      why = "Arguing with “I’m rubbish” felt loving, but it told her the feeling was wrong, so she kept the rest back." },
  },
}

beat "hedgehogs" {
  say = { maya = "Mrs Okafor moved me to Hedgehogs table. That’s where you go if you can’t do it. Isla said it’s the baby table, and she laughed." },
  cue = "Her eyes fill. She pulls her sleeves down over her hands and waits to see what you’ll do.",
  choices = {
    { "Oh, love. Moved tables, and then your friend laughing. That really stung, didn’t it?",
      kind = "attune", next = "try-again",
      inner = "It did sting. And now someone knows. It feels a tiny bit smaller.",
      why = "You named both hurts — the move and the laugh — and let them be as big as they felt." },
    { "The baby table? That’s awful! I’m emailing Mrs Okafor tonight. She can’t do that to you!",
      kind = "enmesh", next = "dont-ring", set = LOST_IT,
      inner = "Uh-oh. Now it’s a big grown-up thing, and it’s all because of me.",
      why = "Your anger on her behalf is love, but it swept her feeling away and made it yours." },
    { "Hedgehogs is just for a bit of extra help. That’s a good thing! You’ll move back in no time.",
      kind = "fix", next = "try-again", set = RUSHED,
      inner = "It’s not a good thing. It’s the baby table. They don’t get it.",
      why = "That may well be true, but it came too soon; she needed the sting felt first." },
    { "Isla says lots of silly things. Just ignore her. Now, where were we?",
      kind = "dismiss", next = "try-again", set = RUSHED,
      inner = "Telling them was a mistake. I won’t next time.",
      why = "Brushing it off was meant to shrink the hurt, but it taught her not to bring hurts to you." },
  },
}

beat "dont-ring" {
  state = "activated",
  say = { maya = "No! Don’t email her! Then everyone will know I cried. You’re making it into a massive thing!" },
  cue = "She’s up on her knees on the chair, tugging at your sleeve with both hands.",
  choices = {
    { "You’re right. I got so upset I made it about me. I won’t email. I’m sorry, love.",
      kind = "repair", next = "try-again",
      inner = "Phew. They listened. It’s still mine to tell.",
      why = "You noticed you’d been swept up, owned it plainly, and handed her feeling back to her." },
    { "I just can’t bear anyone being unkind to you. It makes me feel sick.",
      kind = "enmesh", next = "try-again", set = LOST_IT,
      inner = "Now they feel sick because of me. I shouldn’t have said anything.",
      why = "Showing how much it hurts you made her worry about you instead of being looked after." },
    { "Fine. I won’t do anything, then. You sort it out yourself.",
      kind = "withdraw", next = "try-again", set = LOST_IT,
      inner = "I ruined it. Now they’re cross with me as well.",
      why = "Stepping back after being told off is understandable, but it left her holding the hurt alone." },
  },
}

------------------------------------------------------------------------------
-- Back to the sheet: warmth, and the work stays hers
------------------------------------------------------------------------------

beat "try-again" {
  say = { maya = "Do I *have* to finish it? Can’t you just write a note saying I had a tummy ache?" },
  cue = "She slides the sheet across to you with one finger, looking up from under her fringe.",
  reflect = "Which answer felt kindest in the moment? Which would help her most by Friday?",
  note = "Attunement with a boundary: warmth does not mean taking the homework over. Ask the group where kindness tips into rescuing, and whether an honest note to the teacher is different from an excuse.",
  choices = {
    { "I won’t write that, love — it isn’t true. But I’ll sit right here while you have another go.",
      kind = "attune_boundary", next = "thrown",
      inner = "Ugh. But they’re staying. I’m not on my own with it.",
      why = "You held the limit and stayed close: the sheet stays hers, and so does your company." },
    { "It’s been a long day. Two more sums, then we stop, and I’ll write that you worked hard and got stuck.",
      kind = "attune_boundary", next = "thrown",
      inner = "Only two. And they’ll tell Mrs Okafor the true thing. I can do two.",
      why = "You shrank the task to a size she could manage, and kept it both hers and honest." },
    { "Oh, all right. Just this once — I’ll say you weren’t feeling well.",
      kind = "rescue", next = "bedroom", set = TOOK_OVER,
      inner = "Yay! …But I’ll be even more behind. And it’s a fib.",
      why = "Letting her off eases tonight but leaves her more stuck tomorrow, and still alone with it." },
    { "If you’d started when I asked at six, you’d have finished ages ago.",
      kind = "dismiss", next = "thrown", set = RUSHED,
      inner = "So it’s my fault. Everything is always my fault.",
      why = "It may be true, but a lesson right now piles blame on top of frustration." },
  },
}

beat "thrown" {
  state = "activated", pressure = 35,
  say = { maya = function(s)
    local wrong = s.seen("rescued") and "Wrong AGAIN!" or "Thirty-five AGAIN!"
    local hate = s.seen("hedgehogs") and "Hedgehogs table" or "Mrs Okafor"
    return wrong .. " I HATE take-aways and I HATE " .. hate .. " and I hate YOU!"
  end },
  cue = "The maths book flies across the kitchen and smacks into the fridge. Upstairs, a floorboard creaks.",
  reflect = "What happens in your body when a child shouts “I hate you”? What helps you come back to yourself?",
  note = "Entering this beat costs the player steadiness and may flood them. Steadying first is a real answer, not a delay; ask what steadies each person in the room.",
  choices = {
    { "Say nothing yet. Let one long breath out, and unclench your hands.",
      kind = "steady", next = "breath",
      inner = "They went still. Not shouting. Not leaving. …Are they cross?",
      why = "You can only meet her from a steady place. One slow breath is part of the skill." },
    { "You’re so, so cross. I won’t let you throw things — and I’m staying right here.",
      kind = "attune_boundary", next = "after-storm",
      inner = "My cross didn’t scare them. They’re still here.",
      why = "You met the fury, held the line on throwing, and stayed: warmth and authority together." },
    { "Right, that’s it. Bed. No tablet tomorrow. I’m not dealing with this.",
      kind = "withdraw", next = "cold", set = LOST_IT,
      inner = "I’m too big. When I’m big, they shut the door.",
      why = "Limits matter, but one given coldly in the heat of it left her alone with a feeling too big to hold." },
    { "Maya! You’ll wake Theo! Why do you always do this to me?",
      kind = "enmesh", next = "cold", set = LOST_IT,
      inner = "I’m bad. I hurt them. I hurt everybody.",
      why = "Being rattled is human; making it about what she does to you turned her anger into shame." },
  },
}

beat "breath" {
  say = { maya = "Now Theo’s going to wake up and it’ll be my fault. Everything is always my fault." },
  cue = "She’s crouched by the fridge, hugging her knees, watching you through her fingers.",
  choices = {
    { "Kneel down beside her. “That was a really big cross. It’s okay. I’m still here.”",
      kind = "attune", next = "after-storm",
      inner = "They came down to me. My cross didn’t make them go.",
      why = "Getting low and staying calm let her borrow your steadiness until she found her own." },
    { "We’ll listen for Theo. First, pick the book up, then come and sit by me.",
      kind = "attune_boundary", next = "after-storm",
      inner = "I have to pick it up. But they’re not shouting. Okay.",
      why = "She put right her own mess and you stayed kind: responsibility without punishment." },
    { "It’s not your fault, sweetheart! Nothing’s your fault. Let’s forget it happened.",
      kind = "fix", next = "after-storm", set = RUSHED,
      inner = "But I DID throw it. Forgetting doesn’t make it not happen.",
      why = "Wiping it away with reassurance meant she couldn’t look at what happened together with you." },
    { "Theo’s fine. Come on, up you get — back to the table, we’ve wasted enough time.",
      kind = "dismiss", next = "after-storm", set = RUSHED,
      inner = "They just want the sheet done. Not me.",
      why = "Moving straight on skipped the moment she needed you to see how bad she felt." },
  },
}

beat "cold" {
  state = "shutdown",
  say = { maya = "I know. I’m bad. I’m going." },
  cue = "She walks out very slowly, as if waiting to be called back. She stops on the bottom stair, her back to you.",
  choices = {
    { "Maya, wait. I lost my cool just then, and that wasn’t fair. You’re not bad. Come back?",
      kind = "repair", next = "after-storm",
      inner = "They want me back. Even after the book.",
      why = "You answered her slow steps, not her words, and owned your part without a speech." },
    { "Go and sit on the stair just below her. Don’t say anything yet.",
      kind = "attune", next = "after-storm",
      inner = "They came. They’re just sitting with me. That’s nice.",
      why = "Your quiet company answered her waiting. Naming your part as well would mend it fully." },
    { "You’re not bad! Come on, chin up — let’s just get it finished together.",
      kind = "fix", next = "after-storm", set = RUSHED,
      inner = "Chin up. So my sad is wrong as well.",
      why = "The reassurance was true, but hurrying her back to the sheet skipped what had just happened between you." },
    { "Teeth, then bed. We’ll talk about it in the morning.",
      kind = "withdraw", next = "bedroom", set = LOST_IT,
      inner = "They let me go. I’ll just be quiet now.",
      why = "She was hoping to be called back; waiting until morning let the hurt settle in overnight." },
  },
}

beat "after-storm" {
  say = { maya = "Fifty-two take away twenty-seven. I can’t do two take away seven. It doesn’t go." },
  cue = "The pencil stub is back in her hand. It trembles a little, and she’s breathing fast.",
  choices = {
    { "Your hand’s a bit shaky. Shall we both shake our hands out first, then have a look?",
      kind = "attune", next = "checking-face",
      inner = "Wiggly hands. That’s silly. My tummy’s less tight now.",
      why = "You noticed her body and helped it settle before asking her brain to work." },
    { "It doesn’t go, does it? So what can you do when the ones are too small? You tell me.",
      kind = "attune_boundary", next = "checking-face",
      inner = "Oh — exchange! I can swap a ten. I know that bit.",
      why = "You agreed it was tricky and handed the thinking back, trusting her to find the way." },
    { "Easy! Cross out the five, make it four, and the two becomes twelve. Go!",
      kind = "fix", next = "checking-face", set = RUSHED,
      inner = "Too fast. I just do what they say and I still don’t get it.",
      why = "The steps are right, but going at your speed meant she followed instead of understood." },
    { "Here, I’ll do the borrowing bit and you do the easy bit.",
      kind = "rescue", next = "checking-face", set = TOOK_OVER,
      inner = "The hard part is theirs. The baby part is mine.",
      why = "Keeping only the easy part for her confirmed her fear that the real work is beyond her." },
  },
}

beat "checking-face" {
  say = { maya = "Twenty-five. It’s probably wrong. It’s always wrong." },
  cue = "Her eyes aren’t on the page but on your face, waiting. The rubber is already in her other hand.",
  choices = {
    { "You’re watching my face for the answer. What happens when you add it back?",
      kind = "attune_boundary", next = "bedroom",
      inner = "Twenty-five and twenty-seven… fifty-two! It matches! *I* did that.",
      why = "You saw she was reading your face and gave the checking back to her, so the win is hers." },
    { "You look ready for bad news. Waiting to hear “wrong” again is horrible, isn’t it?",
      kind = "attune", next = "bedroom",
      inner = "Yeah. I hate that waiting feeling. They know about it.",
      why = "You named the dread her eyes were showing, so she didn’t have to hide it." },
    { "It’s RIGHT! See? You’re a maths superstar! I knew you could do it!",
      kind = "fix", next = "bedroom", set = RUSHED,
      effects = { connection = -5, state = false },
      inner = "Phew! It’s right because they said so. Next time I’ll need them to say it again.",
      why = "Your delight is lovely, but quick praise kept her checking your face instead of her work." },
    { "Let me check it on my phone for you.",
      kind = "rescue", next = "bedroom", set = TOOK_OVER,
      inner = "The phone knows. I don’t.",
      why = "Checking it for her was quick, but it left the knowing with you, not with her." },
  },
}

------------------------------------------------------------------------------
-- Bedtime
------------------------------------------------------------------------------

beat "bedroom" {
  background = "images/bedroom.svg",
  say = { maya = function(s)
    if s.seen("hedgehogs") then
      return "Do you think I’ll be a Hedgehog forever?"
    end
    return "Mrs Okafor moved me to Hedgehogs table today. It’s for people who can’t do it. Isla said it’s the baby table."
  end },
  cue = "She has pulled the duvet up to her nose, so only her eyes show. They are fixed on you.",
  choices = {
    { "That’s been sitting heavy on you all day, hasn’t it? Come here.",
      kind = "attune", next = "nightlight",
      inner = "It has. It feels lighter now it’s out.",
      why = "You didn’t predict or promise; you let her worry be heard before sleep." },
    { "No way! Keep practising and you’ll be back on the top table by Christmas.",
      kind = "fix", next = "nightlight", set = RUSHED,
      inner = "What if I’m not? Then I’ll have let them down as well.",
      why = "A cheerful promise can’t be kept, and it gave her one more thing to live up to." },
    { "Tables don’t matter, sweetheart. Sleep now — it’s very late.",
      kind = "dismiss", next = "nightlight", set = RUSHED,
      inner = "They matter to me. I’ll think about it in the dark by myself.",
      why = "Wanting her asleep is fair, but the worry needed a moment of company first." },
    -- A late repair, shown only while a rupture is open; its words name the miss.
    { "I did some of your work for you tonight. I think it made you feel you can’t. You can. I’m sorry.",
      kind = "repair", next = "nightlight", id = "bedroom.repair-took-over",
      when = function(s) return s.open_ruptures > 0 and s.vars.took_over end,
      inner = "Grown-ups get it wrong too. And then they say so. Oh.",
      why = "Owning your part at bedtime, simply and without a speech, lets the day end in trust." },
    { "I lost my footing with you tonight, and that wasn’t fair on you. I’m sorry, love.",
      kind = "repair", next = "nightlight", id = "bedroom.repair-lost-it",
      when = function(s) return s.open_ruptures > 0 and not s.vars.took_over and s.vars.lost_it end,
      inner = "It wasn’t just me being bad. They’re saying sorry too.",
      why = "Naming that you wobbled, without blaming her, shows her what owning a mistake looks like." },
    { "I kept rushing you tonight instead of listening. I’m sorry. I’m listening now.",
      kind = "repair", next = "nightlight", id = "bedroom.repair-rushed",
      when = function(s) return s.open_ruptures > 0 and not s.vars.took_over and not s.vars.lost_it end,
      inner = "They’re listening now. I can tell them the real stuff.",
      why = "A short, honest sorry brought you back to her side before the day closed." },
  },
}

beat "nightlight" {
  say = { maya = function(s)
    if s.seen("thrown") then
      return "Are you still cross with me? About the book?"
    end
    return "Are you cross with me? For being rubbish at homework?"
  end },
  cue = "She says it so quietly you nearly miss it. Under the duvet she’s holding both halves of the fox pencil.",
  choices = {
    { "No, love. You had a really hard night, and I’m right here. Not cross.",
      kind = "attune", next = to_ending(),
      inner = "Not cross. Still here. I can go to sleep now.",
      why = "Plain, warm words answered the question under her question: are we still okay?" },
    { "Cross? Course not! Big smile — tomorrow’s a brand new day!",
      kind = "fix", next = to_ending(), set = RUSHED,
      inner = "They didn’t really hear me. Big smiles are hard when your tummy hurts.",
      why = "Brightness skated past her worry; a quiet “we’re okay” would have reached it." },
    { "A bit, honestly. Nights like this wear me right out.",
      kind = "enmesh", next = to_ending(), set = LOST_IT,
      inner = "I wear them out. I need to be less trouble.",
      why = "Your tiredness is yours to feel, but handing it to her at bedtime made it her job." },
    { "Not cross. But I think I left you on your own with it tonight, and I’m sorry.",
      kind = "repair", next = to_ending(), id = "nightlight.repair",
      when = function(s) return s.open_ruptures > 0 end,
      inner = "They noticed. I wasn’t on my own after all.",
      why = "Even at the last moment, naming the miss lets her fall asleep knowing you’re on her side." },
  },
}

------------------------------------------------------------------------------
-- Endings
------------------------------------------------------------------------------

ending "end-stronger" {
  title = "Mended", verdict = "stronger", background = "images/bedroom.svg",
  text = "Maya falls asleep holding your hand. It wasn’t a smooth evening: you got some of it wrong, "
      .. "and she felt it. Then you came back, said so, and stayed. Tomorrow she’ll hand Mrs Okafor a "
      .. "half-finished sheet, and carry something worth more — knowing that when things break between you, "
      .. "they can be put right.",
  reflect = "Which moment of repair mattered most, and what made it possible for you to find the words?",
}

ending "end-close" {
  title = "Side by side", verdict = "connected", background = "images/bedroom.svg",
  text = "By the time the landing light clicks off, Maya is asleep with one arm flung over her book bag. "
      .. "The sheet inside isn’t perfect, but every answer on it is hers. Tonight she found out that even "
      .. "her biggest, crossest feelings don’t send you away.",
  reflect = "Where did you feel the pull to fix or take over, and what helped you stay with her instead?",
}

ending "end-done" {
  title = "Done, not quite together", verdict = "other", background = "images/bedroom.svg",
  text = "The bag is packed and the light is off, and on paper the evening worked. But Maya went to sleep "
      .. "with the Hedgehogs table still sitting on her chest, and part of her learned to keep a little back. "
      .. "There’s always breakfast, and a chance to say, “I’ve been thinking about last night…”",
  reflect = "Which miss was never mended? What one sentence could mend it tomorrow morning?",
}

ending "end-apart" {
  title = "Lights out", verdict = "disconnected", background = "images/bedroom.svg",
  text = "You say goodnight to the back of her head, and she doesn’t answer. Downstairs, the kitchen light "
      .. "is still on over an empty table. Nothing dreadful happened tonight — only a run of small misses, each one kindly "
      .. "meant — and Maya fell asleep sure that her feelings were too big for this house. Repair is still possible "
      .. "tomorrow. It always is.",
  reflect = "Look back at the first miss. What would a one-line repair have sounded like?",
}
