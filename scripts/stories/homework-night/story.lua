-- Homework Night: an eight-year-old, a column subtraction sheet, a long
-- Wednesday evening and the Thursday morning after. The player is Maya's parent.
--
-- Shape of the story
--   evening:   kitchen → torn-page → school-fine → hedgehogs → try-again →
--              thrown (pressure) → after-storm → checking-face → the-note
--   bedtime:   bath → isla → pyjamas → bedroom → nightlight →
--              theo-door (pressure: Theo wakes) → theo-after → door-open
--   morning:   breakfast → second-chance → book-bag → theo-juice (pressure) →
--              shoes → school-gate → the-line ⇄ turn-back → endings
--   ruptures:  snap, quiet, rescued, done-for-her, dont-ring, cold, turn-back,
--              each with a repair; late repairs at bedroom, nightlight,
--              theo-after, second-chance (a second chance to mend an old miss)
--              and the-line
--   steadying: thrown → breath (the player's own steady answer)
--   cue beats: school-fine, quiet, rescued, cold, checking-face, theo-after,
--              school-gate (the body tells the truth)
--   pictures:  only kitchen.svg and bedroom.svg: the bath is told from her
--              bedroom rug, and the morning (shoes, gate) keeps the kitchen.
--
-- Story variables record what kind of miss happened, so a late repair can
-- name it: rushed (fix, dismiss), took_over (rescue), lost_it (enmesh, withdraw).
--
-- The last beat, the-line, loops once through turn-back: its rushing answers
-- lead there (a miss is never the last word), and are hidden on the way back,
-- so every road reaches an ending.

story { id = "homework-night", title = "Homework Night",
        relationship = "parent-child", minutes = 20, start = "kitchen",
        summary = "It’s Wednesday, nearly eight o’clock, and the maths sheet is due tomorrow. "
               .. "Maya has snapped her pencil and is close to tears at the kitchen table, and tomorrow there’s the school gate.",
        content_note = "A child’s meltdown: tears, shouting and a thrown book.",
        you = "You are Maya’s parent. Her little brother Theo is asleep upstairs.",
        with = "maya" }

character "theo" { name = "Theo", about = "Maya’s little brother, 4", state = "regulated" }

character "maya" { name = "Maya", about = "your daughter, 8, in Mrs Okafor’s class",
  state = "activated",
  portraits = { regulated = "images/maya-regulated.svg",
                activated = "images/maya-activated.svg",
                shutdown  = "images/maya-shutdown.svg" } }

-- Every path ends at the school gate (the-line, or turn-back), which routes by
-- how the evening and the morning went. Mended: every miss repaired. Side by
-- side: close, with at most one small miss left unspoken (its text says so).
local function to_ending()
  return {
    { "end-stronger", when = function(s)
        return s.repairs > 0 and s.open_ruptures == 0 and s.connection >= 65 end },
    { "end-close", when = function(s)
        return s.open_ruptures <= 1 and s.connection >= 65 end },
    { "end-done", when = function(s) return s.connection >= 45 end },
    { "end-apart" },
  }
end

-- Later beats swap one temptation for a repair while a miss is still open:
-- the second chance to mend runs all through bedtime and the morning.
local function calm(s) return s.open_ruptures == 0 end
local function still_open(s) return s.open_ruptures > 0 end

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
      why = "You came back, owned the miss in one line, and stayed. That is what [[repair]] sounds like." },
    { "You’re holding that pencil so tight. I don’t think you don’t care. I think you care loads.",
      kind = "attune", next = "school-fine",
      inner = "How did they know? I do care. I care so much it hurts.",
      why = "Her words said “go away”; her hand said the opposite. You answered the hand." },
    { "Come on, no sulking! Let’s get it done together and then it’s hot chocolate. Deal?",
      kind = "fix", next = "try-again", set = RUSHED,
      inner = "Hot chocolate won’t make it better. They don’t even know what’s wrong.",
      why = "A treat to cheer her up skipped the hurt underneath; she might have told you more if you’d waited." },
    { "Okay. If you don’t care, we’ll leave it. Bed in ten minutes.",
      kind = "withdraw", next = "bath", set = LOST_IT,
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
      kind = "rescue", next = "bath", set = TOOK_OVER,
      inner = "It’s done, but it isn’t mine. Nothing about tonight is mine.",
      why = "[[Rescuing|Rescuing]] her by sorting it all out was kind in intent, but she went to bed feeling less able, not more." },
    { "All done! See, that wasn’t so bad, was it? Big smile!",
      kind = "fix", next = "bath", set = RUSHED,
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
      why = "Your anger on her behalf is love, but it swept her feeling away and made it yours (see [[enmeshment]])." },
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
      kind = "rescue", next = "bath", set = TOOK_OVER,
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
      why = "Getting low and staying calm let her borrow your steadiness until she found her own: [[co-regulation]]." },
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
      kind = "withdraw", next = "bath", set = LOST_IT,
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
      kind = "attune_boundary", next = "the-note",
      inner = "Twenty-five and twenty-seven… fifty-two! It matches! *I* did that.",
      why = "You saw she was reading your face and gave the checking back to her, so the win is hers." },
    { "You look ready for bad news. Waiting to hear “wrong” again is horrible, isn’t it?",
      kind = "attune", next = "the-note",
      inner = "Yeah. I hate that waiting feeling. They know about it.",
      why = "You named the dread her eyes were showing, so she didn’t have to hide it." },
    { "It’s RIGHT! See? You’re a maths superstar! I knew you could do it!",
      kind = "fix", next = "the-note", set = RUSHED,
      effects = { connection = -5, state = false },
      inner = "Phew! It’s right because they said so. Next time I’ll need them to say it again.",
      why = "Your delight is lovely, but quick praise kept her checking your face instead of her work." },
    { "Let me check it on my phone for you.",
      kind = "rescue", next = "the-note", set = TOOK_OVER,
      inner = "The phone knows. I don’t.",
      why = "Checking it for her was quick, but it left the knowing with you, not with her." },
  },
}

beat "the-note" {
  say = { maya = "That’s two done. What are you going to write to Mrs Okafor? Don’t put that I cried." },
  cue = "She hovers at your elbow as you uncap the pen, ready to read every word upside down.",
  choices = {
    { "I’ll write that you worked really hard and got stuck on exchanging. You can read it first.",
      kind = "attune_boundary", next = "bath",
      inner = "She’ll know I tried. And it’s true. And I get to see it before it goes.",
      why = "The note stays honest, and she keeps a say in what is told about her." },
    { "You don’t want her picturing you in tears. That feels private, doesn’t it?",
      kind = "attune", next = "bath",
      inner = "Yes. Private. Some things are just mine, and they get that.",
      why = "You heard the worry under the request, so she felt her privacy mattered to you." },
    { "Leave it with me, love. I’ll ask her to move you off Hedgehogs straight away.",
      kind = "rescue", next = "bath", set = TOOK_OVER,
      inner = "Now it’s a grown-up thing. I don’t even get to earn my way back.",
      why = "Sorting the table out for her is protective, but it takes away her chance to move back herself." },
    { "Don’t worry what she thinks! Teachers love a trier. She’ll be thrilled with you.",
      kind = "fix", next = "bath", set = RUSHED,
      when = calm,
      inner = "They’re not listening. I only asked them not to say I cried.",
      why = "Cheering her past the worry skipped what she actually asked for: a say in the note." },
    { "I’ve been hurrying you all evening. Sorry, love. You tell me what the note should say.",
      kind = "repair", next = "bath", id = "the-note.repair", when = still_open,
      inner = "They’re asking me. It’s my note about me.",
      why = "You owned the evening’s rushing and gave her the say she had asked for." },
  },
}

------------------------------------------------------------------------------
-- Bath and bedtime: the day comes back once she is warm and still
------------------------------------------------------------------------------

beat "bath" {
  background = "images/bedroom.svg",
  say = { maya = function(s)
    if s.seen("hedgehogs") then
      return "What if Isla tells everyone at lunch tomorrow? Then the whole class will know I’m a Hedgehog."
    end
    return "I’m not going to school tomorrow. Not ever again, actually."
  end },
  cue = "Wrapped in her towel on the bedroom rug, she winds a strand of wet hair round her finger, tighter and tighter.",
  reflect = "The feelings from the table came back once she was warm and quiet. Why might bath time bring them back?",
  note = "Children often bring the day’s hurts back when the body slows down. Ask the group when this happens at home, and what pulls them to hurry it along.",
  choices = {
    { "It’s all come back now you’re warm and still, hasn’t it? That worry was waiting for you.",
      kind = "attune", next = "isla",
      inner = "It was. It was hiding in the bath with me the whole time.",
      why = "You noticed the feeling had returned as her body slowed, and let it come back without alarm." },
    { "Let’s get you into pyjamas, and you can tell me all about it while we do the buttons.",
      kind = "attune_boundary", next = "isla",
      inner = "Buttons and talking. I can do both of those.",
      why = "You kept bedtime moving and made room for the worry inside it: routine and company together." },
    { "You’ll feel loads better after a good sleep! Come on, let’s get that hair dried.",
      kind = "fix", next = "isla", set = RUSHED,
      inner = "Sleep won’t change what Isla said. They want me to feel better so they can stop.",
      why = "Cheering her towards tomorrow skipped the worry she was holding out to you tonight." },
    { "No more school talk tonight, love. Bath time is for relaxing.",
      kind = "dismiss", next = "isla", set = RUSHED,
      when = calm,
      inner = "School talk isn’t allowed. I’ll take it to bed on my own, then.",
      why = "Wanting a calm bedtime is fair, but closing the subject left the worry nowhere to go." },
    { "Earlier I wasn’t really listening to you, and I’m sorry. I am now. What’s come back?",
      kind = "repair", next = "isla", id = "bath.repair", when = still_open,
      inner = "They remember not listening. They’re listening now. I can say it.",
      why = "Naming the earlier miss at a calm moment let her bring the worry back to you." },
  },
}

beat "isla" {
  say = { maya = function(s)
    if s.seen("hedgehogs") then
      return "Isla’s meant to be my best friend. We’ve got matching hair clips. So why did she laugh at me?"
    end
    return "Isla didn’t save me a seat at lunch. She sat with Poppy. We’ve got matching hair clips and everything."
  end },
  cue = "She takes the green hair clip out of her wash bag and turns it over and over, not looking at you.",
  choices = {
    { "It hurts extra when it’s your best friend, doesn’t it? You keep turning that clip over.",
      kind = "attune", next = "pyjamas",
      inner = "Extra. Yes. That’s the worst kind of hurt, from a friend.",
      why = "You named why this hurt was sharper: it came from someone she trusts." },
    { "Tomorrow, just tell Isla it made you sad. Good friends say sorry!",
      kind = "fix", next = "pyjamas", set = RUSHED,
      inner = "I can’t just SAY that. They make it sound so easy.",
      why = "A plan for tomorrow may help later; tonight it jumped over the hurt she was showing you." },
    { "I never liked the way that girl talks to you. After everything we did for her birthday!",
      kind = "enmesh", next = "pyjamas", set = LOST_IT,
      inner = "Now they don’t like Isla. But I still do. Am I allowed to?",
      why = "Taking her side so hotly made the friendship your fight, and left her torn between you and Isla." },
    { "Girls fall out all the time, sweetheart. It’ll all blow over.",
      kind = "dismiss", next = "pyjamas", set = RUSHED,
      when = calm,
      inner = "It doesn’t feel like blowing over. It feels like forever.",
      why = "It probably will blow over, but saying so made a hurt that felt huge sound small." },
    { "I got some of tonight wrong with you, and I’m sorry. Tell me about Isla. I’m really listening.",
      kind = "repair", next = "pyjamas", id = "isla.repair", when = still_open,
      inner = "Sorry, and then listening. Maybe I can tell the whole thing.",
      why = "A short, honest sorry cleared the way for the hurt she had been carrying about her friend." },
  },
}

beat "pyjamas" {
  say = { maya = "My tummy hurts. A real hurt, not a pretend one. I think I should stay home tomorrow." },
  cue = "She has one pyjama leg on and one off, and she’s pressing a hand flat against her tummy.",
  reflect = "A tummy ache the night before school: how do you take the body seriously without letting it decide?",
  note = "Attunement with a boundary again. The ache is real and worth believing; school can still happen. Ask where kindness turns into keeping her home.",
  choices = {
    { "Worries can sit right in your tummy. Can you show me where yours is sitting?",
      kind = "attune", next = "bedroom",
      inner = "Here. Right in the middle. They believe it’s real.",
      why = "You took the ache seriously and linked it gently to the worry, without calling it pretend." },
    { "I believe it hurts. You’re still going tomorrow, and I’ll walk you right to the gate.",
      kind = "attune_boundary", next = "bedroom",
      inner = "Still going. But they’ll be with me. Maybe the hurt will shrink.",
      why = "You believed her body and held the line on school, with your company as the bridge." },
    { "Oh, poor thing. Let’s see how you feel. Maybe a day at home would do you good.",
      kind = "rescue", next = "bedroom", set = TOOK_OVER,
      inner = "Home is safe. School must be too scary for me. Even grown-ups think so.",
      why = "Offering a day off eases tonight, but it tells her school is something she can’t face." },
    { "Nice try, missy! That tummy will be right as rain by breakfast.",
      kind = "dismiss", next = "bedroom", set = RUSHED,
      when = calm,
      inner = "It really does hurt. They think I’m fibbing.",
      why = "Teasing was meant lightly, but she heard that her body’s signals don’t count." },
    { "I’ve been rushing you all evening, and I’m sorry. Let’s sit a minute with that tummy.",
      kind = "repair", next = "bedroom", id = "pyjamas.repair", when = still_open,
      inner = "They’re not rushing now. My tummy can go slower too.",
      why = "You owned the hurry, slowed right down, and met the ache her body was showing you." },
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
      kind = "attune", next = "theo-door",
      inner = "Not cross. Still here. I can go to sleep now.",
      why = "Plain, warm words answered the question under her question: are we still okay?" },
    { "Cross? Course not! Big smile — tomorrow’s a brand new day!",
      kind = "fix", next = "theo-door", set = RUSHED,
      inner = "They didn’t really hear me. Big smiles are hard when your tummy hurts.",
      why = "Brightness skated past her worry; a quiet “we’re okay” would have reached it." },
    { "A bit, honestly. Nights like this wear me right out.",
      kind = "enmesh", next = "theo-door", set = LOST_IT,
      inner = "I wear them out. I need to be less trouble.",
      why = "Your tiredness is yours to feel, but handing it to her at bedtime made it her job." },
    { "Not cross. But I think I left you on your own with it tonight, and I’m sorry.",
      kind = "repair", next = "theo-door", id = "nightlight.repair",
      when = function(s) return s.open_ruptures > 0 end,
      inner = "They noticed. I wasn’t on my own after all.",
      why = "Even at the last moment, naming the miss lets her fall asleep knowing you’re on her side." },
  },
}

beat "theo-door" {
  pressure = 15,
  say = { theo = function(s)
    if s.seen("thrown") then return "Why was Maya shouting? Is she in big trouble?" end
    return "Is Maya sad? I heard crying."
  end },
  cue = "Theo stands in the doorway, clutching his rabbit. Under the duvet, Maya goes completely still, listening.",
  reflect = "Maya hears every word you say about her to her brother. What would you want her to overhear?",
  note = "The answer is spoken to Theo, but the inner voice is Maya’s. Ask the group how a child hears herself described to a sibling, and what a tired parent reaches for.",
  choices = {
    { "Maya had a really hard evening, and she isn’t in trouble. We’re all okay, Theo.",
      kind = "attune", next = "theo-after",
      inner = "Not in trouble. They said it out loud, to Theo. We’re okay.",
      why = "You told the truth kindly in front of her, so she heard herself described with care." },
    { "Back to bed, Theo. I’m with Maya just now, and I’ll come and tuck you in after.",
      kind = "attune_boundary", next = "theo-after",
      inner = "They’re staying with me first. I matter right now.",
      why = "You held the bedtime limit for Theo and kept your attention with Maya until she was done." },
    { "She’s fine, darling, just a silly fuss about homework. Back to bed now.",
      kind = "dismiss", next = "theo-after", set = RUSHED,
      inner = "A silly fuss. That’s all tonight was to them.",
      why = "Shrinking it for Theo’s sake was quick, but Maya heard her big evening called silly." },
    { "Oh Theo, not you as well. I can’t do both of you tonight, I really can’t.",
      kind = "enmesh", next = "theo-after", set = LOST_IT,
      when = calm,
      inner = "Everybody is too much for them. I made it like this.",
      why = "Your tiredness spilled out in front of both children, and Maya took it as her fault." },
    { "Maya isn’t in trouble, Theo. I got things wrong tonight, and I’m sorry, Maya. Now, bed.",
      kind = "repair", next = "theo-after", id = "theo-door.repair", when = still_open,
      inner = "They said sorry to me in front of Theo. I’m not the bad one.",
      why = "Owning your part in front of her brother told her the evening’s trouble was not all hers." },
  },
}

beat "theo-after" {
  say = { maya = "Theo never gets things wrong. You like him better." },
  cue = "She says it to the wall. But one hand has crept out from under the duvet and is holding on to your sleeve.",
  reflect = "Her words pushed you away while her hand held on. Which one did your answer speak to?",
  note = "Cue-only beat: the words invite an argument, the hand asks a question. Ask the group what they noticed first.",
  choices = {
    { "You’ve got hold of my sleeve. I think part of you wants to know you’re still mine.",
      kind = "attune", next = "door-open",
      inner = "I do want to know. They felt my hand.",
      why = "You answered the hand, not the words: under the accusation was a question about belonging." },
    { "That’s not true! I love you both exactly the same, you know I do.",
      kind = "fix", next = "door-open", set = RUSHED,
      inner = "They said the right words, really fast. It doesn’t feel the same.",
      why = "The reassurance is true, but arguing with the feeling left the question under it unanswered." },
    { "Theo gets plenty wrong, believe me. Now, eyes shut.",
      kind = "dismiss", next = "door-open", set = RUSHED,
      inner = "That’s not what I meant. They didn’t hear me at all.",
      why = "Correcting the facts missed the feeling she was showing you with her hand." },
    { "I kept missing you tonight, and that’s on me, not you. I love you exactly as you are.",
      kind = "repair", next = "door-open", id = "theo-after.repair",
      when = function(s) return s.open_ruptures > 0 end,
      inner = "It wasn’t me being unlovable. They missed, and they came back.",
      why = "You owned the evening’s misses plainly, so her doubt about being loved had somewhere to land." },
  },
}

beat "door-open" {
  say = { maya = "Leave the door open. A bit more. More. And the landing light on." },
  cue = "Her eyes are closing, but her fingers stay curled over the edge of the duvet, ready to call you back.",
  choices = {
    { "Open it wide and leave the landing light on. “I’ll be just downstairs.”",
      kind = "attune", next = "breakfast",
      inner = "Light. Door. Them downstairs. I can let go now.",
      why = "A small, visible sign that you were near helped her let go into sleep." },
    { "This much open, and the landing light on. I’ll pop back to check on you in ten minutes.",
      kind = "attune_boundary", next = "breakfast",
      inner = "Not all the way. But they’re coming back. That’s nearly as good.",
      why = "You set a limit warmly and promised to return, so the gap between you felt bridged." },
    { "You’re eight, love. You don’t need the door open any more. Night night.",
      kind = "dismiss", next = "breakfast", set = RUSHED,
      inner = "Big girls don’t need things. I’ll try to stop needing.",
      why = "Appealing to her age was meant to encourage her, but it told her that needing you is babyish." },
    { "Say a brisk goodnight and pull the door to. It’s been a long night for you as well.",
      kind = "withdraw", next = "breakfast", set = LOST_IT,
      when = calm,
      inner = "The dark came fast. They wanted to get away from me.",
      why = "Wanting the evening over is human, but the closed door felt like the last word on the night." },
    { "Before you sleep: I got things wrong with you tonight, and I’m sorry. Door wide open.",
      kind = "repair", next = "breakfast", id = "door-open.repair", when = still_open,
      inner = "Sorry and the door open. I can fall asleep with that.",
      why = "Mending before sleep meant the last thing she heard from you was about her, not the homework." },
  },
}

------------------------------------------------------------------------------
-- Thursday morning: a second chance, and the school gate
------------------------------------------------------------------------------

beat "breakfast" {
  background = "images/kitchen.svg", state = "activated",
  say = { maya = "I dreamed Isla was the teacher, and she made the whole Hedgehogs table sit on the floor." },
  cue = "She pushes soggy cereal round the bowl. Her school jumper is on inside out, and she hasn’t noticed.",
  choices = {
    { "What a horrible dream. It sounds like it’s still stuck to you a bit this morning.",
      kind = "attune", next = "second-chance",
      inner = "It is stuck. Like a cobweb. They can see it too.",
      why = "You let the dream matter, so the feeling it left behind didn’t have to be hidden." },
    { "That sounds awful. Three more spoonfuls while you tell me about it. You need fuel today.",
      kind = "attune_boundary", next = "second-chance",
      inner = "Three spoonfuls. And they want to hear about it. Okay.",
      why = "You listened and kept the morning on track, so the dream and breakfast could both fit." },
    { "It was only a dream, sweetheart! Eat up. Today’s going to be a great day.",
      kind = "fix", next = "second-chance", set = RUSHED,
      inner = "Only a dream. But it felt real, and it still does.",
      why = "Shrinking the dream was meant to comfort, but it told her the fear left over was silly." },
    { "Leave the cereal, I’ll do you toast. And I’ll pack your bag and brush your hair for you.",
      kind = "rescue", next = "second-chance", set = TOOK_OVER,
      inner = "They’re doing everything. I must be too wobbly to do anything.",
      why = "Doing it all for her comes from tenderness, but it quietly agrees she can’t manage today." },
  },
}

beat "second-chance" {
  say = { maya = function(s)
    if s.vars.took_over then
      return "Do you think I can’t do things? You keep doing them for me."
    elseif s.vars.lost_it then
      return "Last night you went all cross and far away. Are you still like that?"
    elseif s.vars.rushed then
      return "Last night, when I was sad, you kept saying it was fine. It wasn’t fine."
    end
    return "Were you cross last night? Even a tiny bit? You can tell me."
  end },
  cue = "She asks it into her cereal bowl, glances up at your face, then quickly looks down again.",
  reflect = "Children often come back to a hurt the morning after. What makes a next-day repair hard to say?",
  note = "The second chance to mend an old miss. A repair only appears while a rupture is still open, and it names the miss. Ask the group to put it in their own words.",
  choices = {
    { "You’ve been carrying that since last night. I’m really glad you told me.",
      kind = "attune", next = "book-bag",
      inner = "They’re glad. So telling them things is allowed.",
      why = "You welcomed her bringing it back, and that welcome is the door a repair walks through." },
    { "That was yesterday! New day, fresh start. Let’s not dwell on it, eh?",
      kind = "fix", next = "book-bag", set = RUSHED,
      inner = "So we just pretend it didn’t happen. I’ll keep the rest inside.",
      why = "Moving on brightly closed the door she had just opened on last night." },
    { "I was only trying to help! You’ve no idea how hard last night was for me.",
      kind = "enmesh", next = "book-bag", set = LOST_IT,
      inner = "Now I’ve upset them again. I shouldn’t have said it.",
      why = "Defending yourself is natural, but it turned her hurt into your hurt, and she had to look after it." },
    { "I kept doing things for you that you can do yourself. That was my worry, not you. I’m sorry.",
      kind = "repair", next = "book-bag", id = "second-chance.repair-took-over",
      when = function(s) return s.open_ruptures > 0 and s.vars.took_over end,
      inner = "Their worry, not me. So maybe I can do things.",
      why = "You named the takeover as yours and handed her belief in herself back to her." },
    { "I did go cross and far away last night, and that wasn’t fair. I’m sorry. I’m right here now.",
      kind = "repair", next = "book-bag", id = "second-chance.repair-lost-it",
      when = function(s) return s.open_ruptures > 0 and not s.vars.took_over and s.vars.lost_it end,
      inner = "They remember it too. And they’re not far away now.",
      why = "You agreed with what she saw, owned it without a speech, and showed her you are back." },
    { "You’re right. I kept saying it was fine instead of listening. I’m sorry. Will you tell me now?",
      kind = "repair", next = "book-bag", id = "second-chance.repair-rushed",
      when = function(s) return s.open_ruptures > 0 and not s.vars.took_over and not s.vars.lost_it end,
      inner = "They heard what I said. They want the real bit now.",
      why = "You took her words as true, owned the rushing, and asked again, this time ready to listen." },
  },
}

beat "book-bag" {
  say = { maya = "Can the sheet stay at home? Please? I don’t want Mrs Okafor to see it." },
  cue = "She hugs the book bag to her chest with both arms, as if someone might try to take it.",
  choices = {
    { "It’s going in, love. It shows you worked hard and got stuck, and getting stuck is allowed.",
      kind = "attune_boundary", next = "theo-juice",
      inner = "Stuck is allowed. Okay. It can go in.",
      why = "You kept the sheet hers to hand in, and made getting stuck something she needn’t hide." },
    { "You’re holding that bag so tight. Are you worried about the ones you got stuck on?",
      kind = "attune", next = "theo-juice",
      inner = "The stuck ones. Yes. They noticed how tight I’m holding it.",
      why = "You named what her arms were showing, so the fear could be talked about, not hidden." },
    { "All right. I’ll keep it here and tell her it got left on the kitchen table.",
      kind = "rescue", next = "theo-juice", set = TOOK_OVER,
      when = calm,
      inner = "Hiding is easier. But now it’s a secret and a fib.",
      why = "Hiding the sheet spares her this morning, but teaches her that being stuck must be covered up." },
    { "She’ll be proud of you! Most of it’s right, and the rest doesn’t matter.",
      kind = "fix", next = "theo-juice", set = RUSHED,
      inner = "The rest DOES matter. The rest is the Hedgehogs bit.",
      why = "Brushing off the wrong answers skipped the fear she was hugging to her chest." },
    { "I kept brushing your worries aside last night, and I’m sorry. What scares you about the sheet?",
      kind = "repair", next = "theo-juice", id = "book-bag.repair", when = still_open,
      inner = "They want to know what scares me. Not just pack the bag.",
      why = "You named yesterday’s miss and turned back towards the fear she was hugging." },
  },
}

beat "theo-juice" {
  pressure = 20,
  say = { maya = "Will you walk me right to the line today? Not just the gate. Please?" },
  cue = "Behind you Theo knocks his juice over and starts to wail. Maya, coat on, watches to see who you turn to.",
  reflect = "Two children need you at once. How can you answer both without one of them feeling in the way?",
  note = "A pressure beat: a spill and a wail cost steadiness. Ask what helps each person stay warm when two needs arrive together.",
  choices = {
    { "Yes, right to the line. Give me one minute to mop up Theo, then I’m all yours.",
      kind = "attune_boundary", next = "shoes",
      inner = "Yes. One minute. They’ll come back to me.",
      why = "You said yes to her need and were honest about the wait, so she didn’t have to compete." },
    { "Crouch to her height for a moment. “Right to the line. I promise.” Then reach for a cloth.",
      kind = "attune", next = "shoes",
      inner = "They came down to me first, even with Theo crying.",
      why = "A few seconds of full attention told her she still counted in the middle of the mess." },
    { "Not today, Maya! Can’t you see I’ve got my hands full?",
      kind = "dismiss", next = "shoes", set = RUSHED,
      inner = "Theo’s mess wins. My worry doesn’t count.",
      why = "Being stretched is real, but the snap told her that her need was one thing too many." },
    { "Why does everything happen at once in this house? I can’t do it all!",
      kind = "enmesh", next = "shoes", set = LOST_IT,
      when = calm,
      inner = "They’re falling apart. I shouldn’t have asked.",
      why = "Your overwhelm is understandable, but voicing it to her made her need feel like the problem." },
    { "I wasn’t fair to you last night, and I’m sorry. Yes, right to the line. One minute for Theo.",
      kind = "repair", next = "shoes", id = "theo-juice.repair", when = still_open,
      inner = "Sorry, and yes. I don’t have to fight Theo for them.",
      why = "Even in the rush you owned the old miss and said yes to her, so she did not have to compete." },
  },
}

beat "shoes" {
  say = { maya = "Were you ever on the baby table? When you were little?" },
  cue = "She’s sitting on the doormat doing up her shoes, taking much longer over the buckles than she needs to.",
  choices = {
    { "I was, for reading. It felt rubbish at first. How’s it feeling for you this morning?",
      kind = "attune", next = "school-gate",
      inner = "They had it too. And they turned it back to me. I can tell them.",
      why = "A short, true share from your own life, then straight back to her: company without a takeover." },
    { "Sounds like you’re wondering if anyone else has felt like you. What made you think of it?",
      kind = "attune", next = "school-gate",
      inner = "They want to know what I think, not just tell me theirs.",
      why = "Curiosity about her question kept the focus on her, instead of on your own story." },
    { "I was! I still remember how awful it was. I cried every single night for a month.",
      kind = "enmesh", next = "school-gate", set = LOST_IT,
      when = calm,
      inner = "Oh no. It lasts forever. And now they’re sad about it too.",
      why = "Sharing so much of your own old hurt made it about you, and told her the pain never fades." },
    { "Loads of clever people start on the bottom table. Einstein was rubbish at school!",
      kind = "fix", next = "school-gate", set = RUSHED,
      inner = "I’m not Einstein. I’m just me, and I’m still a Hedgehog.",
      why = "The inspiring story was meant to lift her, but it skipped how she feels this morning." },
    { "Before we go: I got some of last night wrong, and I’m sorry. Were you thinking about the table?",
      kind = "repair", next = "school-gate", id = "shoes.repair", when = still_open,
      inner = "They said sorry, and then asked about the table. I can tell them.",
      why = "You mended before the gate and let her question lead you back to what she feels." },
  },
}

beat "school-gate" {
  say = { maya = "I’m fine. You can go now. Honestly." },
  cue = "Isla is by the gate with two other girls. Maya has stopped walking, and her hand has gone tight round yours.",
  reflect = "“You can go now” and a hand gripping yours. How do you decide which one to trust?",
  note = "Cue-only beat, the morning echo of “school was fine” at the kitchen table. Ask the group whether they trusted the words or the hand, and why.",
  choices = {
    { "Your hand’s gone tight. I’ve seen Isla too. I’m not going anywhere yet.",
      kind = "attune", next = "the-line",
      inner = "They saw. I don’t have to walk past her on my own.",
      why = "You answered her grip, not her words, and stayed long enough for her to borrow your calm." },
    { "Okay, if you’re fine! Love you. Have a brilliant day!",
      kind = "dismiss", next = "the-line", set = RUSHED,
      inner = "They believed “fine”. Now I have to walk past Isla by myself.",
      why = "Taking “fine” at its word was easy, but her hand was asking you to stay a moment longer." },
    { "Go and say hi to Isla! I bet she’s forgotten all about yesterday.",
      kind = "fix", next = "the-line", set = RUSHED,
      inner = "I can’t just go over. What if she laughs again?",
      why = "A cheerful push towards Isla skipped the fear that had stopped her feet." },
    { "Shall I go over and have a quiet word with Isla’s mum for you?",
      kind = "rescue", next = "the-line", set = TOOK_OVER,
      when = calm,
      inner = "Then everyone would see a grown-up fighting for me. That’s worse.",
      why = "Stepping in feels protective, but it takes her friendship out of her own hands." },
    { "I haven’t been listening well this morning. I’m sorry. I can see your hand’s gone tight.",
      kind = "repair", next = "the-line", id = "school-gate.repair", when = still_open,
      inner = "They noticed my hand. And they said sorry. I can breathe.",
      why = "You owned the rushing, then answered her grip rather than her words." },
  },
}

beat "the-line" {
  say = { maya = function(s)
    if s.seen("turn-back") then return "Okay. I’m going. Will you really be here at home time?" end
    return "The bell’s going. What if I’m still a Hedgehog at home time?"
  end },
  cue = "The class is lining up by the door and Mrs Okafor waves. Maya lets go of your hand one finger at a time.",
  reflect = "At a goodbye, what does a child most need to carry in with her?",
  note = "The last beat. Ruptures opened here lead to a turn-back beat where they can still be mended; on the way back the rushing answers are not offered again.",
  choices = {
    { "That’s a big worry to carry in. I’ll be right here at three, whatever table you’re on.",
      kind = "attune", next = to_ending(),
      inner = "They’ll be here. Whatever table. I can hold it till three.",
      why = "You named the worry and gave her something solid to hold, without promising what you can’t." },
    { "In you go, love. You can do hard things, and I’ll want to hear all about it at three.",
      kind = "attune_boundary", next = to_ending(),
      inner = "I can do hard things. And they want to hear. I’ll go.",
      why = "You trusted her to walk in and kept your interest waiting for her at the end of the day." },
    { "You won’t be! Work hard today and you’ll be back on the top table in no time!",
      kind = "fix", next = "turn-back", set = RUSHED,
      when = function(s) return not s.seen("turn-back") end,
      inner = "What if I’m not? Then I’ll have let them down as well.",
      why = "A bright promise at the door gave her one more thing to live up to as she walked in." },
    { "Quick, in you go, or you’ll be last in the line! Bye, love!",
      kind = "dismiss", next = "turn-back", set = RUSHED,
      when = function(s) return not s.seen("turn-back") end,
      inner = "They want me gone. My worry didn’t even get a goodbye.",
      why = "Hurrying her in is practical, but it left her question standing at the door unanswered." },
    { "I hurried you just now instead of hearing you. Sorry, love. It’s a big thing to walk in with.",
      kind = "repair", next = to_ending(), id = "the-line.repair",
      when = function(s) return s.seen("turn-back") and s.open_ruptures > 0 end,
      inner = "They heard it this time. I can go in now.",
      why = "On the second goodbye you caught the miss, owned it in one line, and let her go in mended." },
  },
}

beat "turn-back" {
  state = "activated",
  say = { maya = "I don’t want to go in." },
  cue = "She runs back out of the line and presses her face into your coat. You can feel her breathing hard.",
  choices = {
    { "I rushed past your worry just then. I’m sorry. It’s a big morning, and I’m right here.",
      kind = "repair", next = to_ending(),
      inner = "They noticed they rushed. I can breathe a bit.",
      why = "You read her running back as a message about your last answer, and owned it simply." },
    { "You don’t want to, and you’re going in. I’ll hold your hand to the door, then see you at three.",
      kind = "attune_boundary", next = to_ending(),
      inner = "I still have to. But they’re walking me. I can do the door.",
      why = "You met the feeling and held the limit kindly. Naming your rush as well would mend it fully." },
    { "Come on, big girl! Everyone’s watching. Deep breath, and off you go!",
      kind = "fix", next = "the-line", set = RUSHED,
      inner = "Everyone’s watching me be a baby. I’m even more of a Hedgehog now.",
      why = "Pointing at the watching crowd added embarrassment to fear, just when she needed cover." },
    { "Oh, don’t, you’ll set me off as well. Please, just go in.",
      kind = "enmesh", next = "the-line", set = LOST_IT,
      inner = "I’m making them cry. I’d better go in and hide it.",
      why = "Your own wobble was real, but showing it made her the one holding you up." },
  },
}

------------------------------------------------------------------------------
-- Endings
------------------------------------------------------------------------------

ending "end-stronger" {
  title = "Mended", verdict = "stronger", background = "images/kitchen.svg",
  text = "Maya walks in with the line, and at the door she turns and gives you a proper wave, the whole arm. "
      .. "It wasn’t a smooth evening or a smooth morning: you got some of it wrong, and she felt it. Each time, "
      .. "you came back, said so, and stayed. That night at the kitchen table she tells you, without being asked, "
      .. "that Isla saved her a seat. She has learned something worth more than column take-away: when things "
      .. "break between you, they can be put right.",
  reflect = "Which moment of repair mattered most, and what made it possible for you to find the words?",
  note = "Reached when every miss was mended and connection ended high. Ask the group which repair felt hardest to say, and which felt most natural.",
}

ending "end-close" {
  title = "Side by side", verdict = "connected", background = "images/kitchen.svg",
  text = function(s)
    local t = "Maya lets go of your hand at the classroom door and looks back once, just to check you’re there. "
      .. "You are. The sheet in her bag isn’t perfect, but every answer on it is hers, and so is the true story "
      .. "in the note. Over one long evening and a wobbly morning she found out that even her biggest, crossest "
      .. "feelings don’t send you away."
    if s.open_ruptures > 0 then
      t = t .. " One small miss went unspoken. It hasn’t undone the rest, and tonight it is still there to mend."
    end
    return t
  end,
  reflect = "Where did you feel the pull to fix or take over, and what helped you stay with her instead?",
  note = "Reached when connection is high and at most one small miss is left open. If one was, ask what a one-line repair at tea time could sound like.",
}

ending "end-done" {
  title = "Done, not quite together", verdict = "other", background = "images/kitchen.svg",
  text = "The sheet is handed in and the bell has gone, and on paper it all worked. But Maya walks in carrying "
      .. "the Hedgehogs table on her own, and part of her has learned to keep a little back from you. Tonight, "
      .. "at the kitchen table, there’s still a chance to say, “I’ve been thinking about yesterday…”",
  reflect = "Which miss was never mended? What one sentence could mend it tonight?",
  note = "The task got done; the bond did not grow. Invite the group to find the first unmended miss in the debrief and write its repair together.",
}

ending "end-apart" {
  title = "On her own", verdict = "disconnected", background = "images/kitchen.svg",
  text = "Maya goes in without looking back. Nothing dreadful happened: only a run of small misses, each one "
      .. "kindly meant, carried from the kitchen table to the bath, to bed, and through the classroom door. She "
      .. "walks in sure that her feelings are too big for your house. Repair is still possible tonight. It always is.",
  reflect = "Look back at the first miss. What would a one-line repair have sounded like?",
  note = "No blame here: each answer on this road is something a loving parent says. Ask which misses felt most natural to choose, and why.",
}
