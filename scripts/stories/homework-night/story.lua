-- SPDX-License-Identifier: CC-BY-4.0
-- SPDX-FileCopyrightText: 2026 The Attune contributors
-- Homework Night: an eight-year-old, a column subtraction sheet, a long
-- Wednesday evening and the Thursday morning after. The player is Maya’s parent.
--
-- Shape of the story
--   evening:   kitchen → torn-page → school-fine → hedgehogs → try-again →
--              thrown (pressure) → after-storm → checking-face → the-note
--   bedtime:   bath → isla → pyjamas → bedroom → nightlight →
--              theo-door (pressure: Theo, 4, wakes) → theo-after → door-open
--   morning:   breakfast → second-chance → book-bag → theo-juice (pressure) →
--              shoes → school-gate → the-line ⇄ turn-back → endings
--   side beats after a miss, each with a repair: snap, quiet, rescued,
--              done-for-her, dont-ring, cold; turn-back after a miss at the line
--   steadying: thrown → breath (the player’s own steady answer)
--   cue_only:  school-fine, quiet, cold, theo-after, school-gate (the words
--              say one thing, the body another)
--   routing:   breakfast’s misses go straight to book-bag (she does not bring
--              last night back to a parent who has just brushed her off), so
--              second-chance always follows an attuned breakfast answer.
--   pictures:  the kitchen, her bedroom (the bath is told from her bedroom
--              rug), the hall where she does up her shoes, the school gate.
--
-- Naming the miss. Every miss remembers, in the parent’s own words, what it
-- did (`own(...)` sets own_<beat> and cat_<beat>). A repair names the latest
-- miss still open (s.open_at), the one it mends, with where it happened
-- (“After your bath, I said no more school talk...”), never “sorry about
-- earlier”, and then turns back to her. Repairs are offered only while a
-- rupture is open; then, in most late beats, the plain attuned answer the
-- repair stands beside is hidden (`calm`; in school-gate a miss), so that a
-- beat shows one or two attuned answers among four or five whatever is open.
-- snap’s line and second-chance’s line also follow the miss that led there
-- (at breakfast: rushed, took_over, lost_it or went_away; the Hedgehogs
-- table when nothing is open).
--
-- Continuity: every line is true on every road that reaches it.
--   the sum    number three is 52 − 27; where you did it for her (rescued,
--              without done-for-her) she is on 61 − 34 after the storm.
--   the table  after-storm says how she got back to it (from the stairs in
--              cold, from the fridge after breath, or turning the sheet back
--              over after done-for-her); quiet says you came back in, when
--              the miss before it had you leave the room.
--   the note   `note_promised` (try-again) or the parent’s own idea: the-note
--              sets up which; its honest answer follows the road (did_sheet,
--              rescued, dont-ring’s “no email”, the Hedgehogs table).
--   the sheet  `did_sheet` (the parent did her sums), `note_honest` (the-note
--              said so) and `fib_note` (try-again let her off with a “poorly”
--              note) change what the book bag is about in the morning.
--   Theo       only asks about shouting when the book was thrown.
--
-- The last beat, the-line, offers a repair for any miss still open. A miss
-- made there leads to turn-back (a miss is never the last word), and the
-- misses are hidden on the way back, so every road reaches an ending; met
-- again, the-line has a new line and cue (she asks “Will you be here at
-- three?”), not the Hedgehog question twice. The rules choose the ending by
-- verdict (to_ending()); “On her own” has its own text for a play where
-- every miss was mended but the connection stayed low.

story { id = "homework-night", title = "Homework Night",
        relationship = "parent-child", minutes = 20, start = "kitchen",
        summary = "It’s Wednesday, nearly eight o’clock, and the maths sheet is due tomorrow. "
               .. "Maya has snapped her pencil and is close to tears at the kitchen table, and tomorrow there’s the school gate.",
        content_note = "A child’s meltdown (tears, shouting “I hate you”, a thrown book) and a falling-out with a friend at school.",
        you = "You are Maya’s parent. Her little brother Theo is asleep upstairs.",
        with = "maya" }

character "theo" { name = "Theo", about = "Maya’s little brother, 4", state = "regulated",
  portraits = { regulated = "images/theo-regulated.svg",
                activated = "images/theo-activated.svg",
                shutdown  = "images/theo-shutdown.svg",
                crying    = "images/theo-crying.svg" } }

character "maya" { name = "Maya", about = "your daughter, 8, in Mrs Okafor’s class",
  state = "activated",
  portraits = { regulated = "images/maya-regulated.svg",
                activated = "images/maya-activated.svg",
                shutdown  = "images/maya-shutdown.svg",
                crying    = "images/maya-crying.svg" } }

------------------------------------------------------------------------------
-- Naming a miss later
------------------------------------------------------------------------------

-- The beats in the order a play meets them.
local ORDER = { "kitchen", "torn-page", "snap", "quiet", "rescued", "done-for-her",
  "school-fine", "hedgehogs", "dont-ring", "try-again", "thrown", "breath", "cold",
  "after-storm", "checking-face", "the-note", "bath", "isla", "pyjamas", "bedroom",
  "nightlight", "theo-door", "theo-after", "door-open", "breakfast", "second-chance",
  "book-bag", "theo-juice", "shoes", "school-gate", "the-line", "turn-back" }
local INDEX, OWN = {}, {}
for i, id in ipairs(ORDER) do INDEX[id], OWN[id] = i, "own_" .. id end

-- Where a miss happened, as a parent would say it later.
local PLACE = {
  kitchen = "At the table", ["torn-page"] = "At the table", snap = "At the table",
  quiet = "At the table", rescued = "At the table", ["done-for-her"] = "At the table",
  ["school-fine"] = "At the table", hedgehogs = "At the table", ["dont-ring"] = "At the table",
  ["try-again"] = "At the table", thrown = "When the book went flying", breath = "After the book",
  cold = "After the book", ["after-storm"] = "Over the sums", ["checking-face"] = "Over the sums",
  ["the-note"] = "Over the note", bath = "After your bath", isla = "When you told me about Isla",
  pyjamas = "At pyjama time", bedroom = "At bedtime", nightlight = "At bedtime",
  ["theo-door"] = "When Theo came in", ["theo-after"] = "When Theo came in",
  ["door-open"] = "At lights out", breakfast = "At breakfast", ["second-chance"] = "At breakfast",
  ["book-bag"] = "With your book bag", ["theo-juice"] = "When Theo spilt his juice",
  shoes = "When you asked about the baby table", ["school-gate"] = "At the gate",
  ["the-line"] = "In the line", ["turn-back"] = "In the line",
}

-- What a miss sets: its words as the parent would own them later, and which
-- of the child’s four complaints it belongs to (second-chance uses them):
-- rushed (fixing, dismissing: “you weren’t really listening”), took_over
-- (rescuing), lost_it (getting swept up, shouting) and went_away
-- (withdrawing, sending her off).
local function own(beat, cat, words, more)
  local t = { ["own_" .. beat] = words, ["cat_" .. beat] = cat }
  if more then for k, v in pairs(more) do t[k] = v end end
  return t
end

-- The latest miss still open before the repair offered at beat `here` (nil
-- if none): the one a repair there mends. Every beat is met once, in ORDER,
-- except the-line, which a repair can meet again after turn-back.
local function latest_miss(s, here)
  for i = (here == "the-line" and #ORDER or INDEX[here] - 1), 1, -1 do
    local id = ORDER[i]
    if s.vars[OWN[id]] and s.open_at(id) then return id end
  end
  return nil
end

local function still_open(s) return s.open_ruptures > 0 end
local function calm(s) return s.open_ruptures == 0 end

-- The sum she is stuck on after the storm. Number three is 52 − 27; on a road
-- where you did number three for her (rescued) and she kept her own sheet
-- (no done-for-her), she is on number four, 61 − 34, instead.
local function on_four(s) return s.seen("rescued") and not s.seen("done-for-her") end

-- The open miss in the parent’s words. With `place`, it says where it
-- happened, and “last night” once it is morning; without, it is the miss
-- just made. A miss at the beat just before this one in ORDER was the answer
-- just given (no beat lies between them on any road), so it needs no place.
local function named(s, here, place)
  local id = latest_miss(s, here)
  if not id then return "" end
  local what = s.vars["own_" .. id]
  if not place or INDEX[id] == INDEX[here] - 1 then return what .. "." end
  local where = PLACE[id]
  if INDEX[here] >= INDEX["breakfast"] and INDEX[id] < INDEX["breakfast"] then
    where = where .. " last night"
  end
  return where .. ", " .. what .. "."
end

-- A repair at beat `here` that names the open miss, then turns back to her
-- with `turn`. `just_now`: the miss was the answer before, so no place.
local function repair(here, turn, next, inner, why, just_now)
  return { function(s) return named(s, here, not just_now) .. " " .. turn end,
           kind = "repair", next = next, id = here .. ".repair", when = still_open,
           inner = inner, why = why }
end

------------------------------------------------------------------------------
-- The kitchen table
------------------------------------------------------------------------------

beat "kitchen" {
  background = "images/kitchen.svg", music = "evening", state = "activated",
  say = { maya = "I’m not doing it. Column take-away is stupid, and Mrs Okafor only gives it to us to be mean." },
  cue = "Her fox pencil lies snapped in two. She has rubbed out one answer so hard the paper has torn through.",
  choices = {
    { "It’s not stupid, it’s easy once you see the trick. Look, cross out the five and make it a four, then the two turns into a twelve.",
      kind = "fix", next = "snap",
      set = own("kitchen", "rushed", "I went straight to how to do it and never asked how you were", { pushed = "method" }),
      inner = "Easy? So I’m the only one who can’t do an easy thing.",
      why = "Showing the method is loving, but it came before the feeling, and “easy” made her feel slow." },
    { "That sum’s really been fighting you tonight, love, hasn’t it?",
      kind = "attune", next = "torn-page",
      inner = "It has. It’s been fighting me for ages. They saw.",
      why = "You started with what the evening has been like for her, before a single sum." },
    { "Mrs Okafor isn’t mean, and it’s only twelve sums.",
      kind = "dismiss", next = "snap",
      set = own("kitchen", "rushed", "I said it was only twelve sums, as if it was nothing", { pushed = "sums" }),
      inner = "Nobody cares how horrible it is. It’s only sums to them.",
      why = "Standing up for the teacher and counting the sums argued with how she feels right now." },
    { "Oh, sweetheart. Give it here. I’ll do the tricky ones and you copy them out neatly.",
      kind = "rescue", next = "rescued",
      set = own("kitchen", "took_over", "I took over and started doing your sums for you"),
      inner = "Phew. But it must be too hard for me, if a grown-up has to do it.",
      why = "Taking over eases the moment but quietly tells her she can’t. The sheet is hers to try." },
  },
}

beat "torn-page" {
  face = "crying",
  say = { maya = "I did number three three times and got a different answer every time. And when I add it back it doesn’t *match*." },
  cue = "Her voice cracks on the last word. She presses the heels of her hands into her eyes.",
  choices = {
    { "Three goes, three different answers! No wonder you’ve had enough.",
      kind = "attune", next = "school-fine",
      inner = "Yes! That’s exactly it. They get it.",
      why = "You said back what happened and how maddening it was, without rushing to mend it." },
    { "(Take the pencil, write 25 in the box, and slide the sheet back to her.)",
      kind = "rescue", next = "rescued",
      set = own("torn-page", "took_over", "I gave you the answer instead of letting you find it"),
      inner = "I didn’t get it. They did. Like always.",
      why = "Giving the answer stops the tears for now, but it takes the sum, and the win, away from her." },
    { "Hey, hey, shh. No tears now, sweetheart. Shh, shh, it’s all right.",
      kind = "fix", next = "snap", face = "crying",
      set = own("torn-page", "rushed", "I shushed you when you were upset", { pushed = "shush" }),
      inner = "No tears allowed. But they’re coming anyway.",
      why = "Shushing is meant kindly, but its aim was fewer tears, not a less lonely girl." },
    { "Call me when you’ve stopped crying.",
      kind = "withdraw", next = "quiet",
      set = own("torn-page", "went_away", "I told you to call me when you’d stopped crying, and left you on your own"),
      inner = "When I cry they go away. I’ll stop crying, then.",
      why = "Wanting her calm first is understandable, but waiting apart left her alone at the hardest moment." },
    { "That means you’re nearly there. Fourth time lucky, come on, one more go and you’ll have it.",
      kind = "fix", next = "snap",
      set = own("torn-page", "rushed", "I told you to have another go when you’d had enough", { pushed = "cheer" }),
      inner = "I don’t WANT one more go. Nobody’s listening to me.",
      why = "Cheering her on is kind, but she needed the frustration heard before she could try again." },
  },
}

------------------------------------------------------------------------------
-- Ruptures early in the evening, and their repairs
------------------------------------------------------------------------------

beat "snap" {
  state = "activated",
  say = { maya = function(s)
    local p = s.vars.pushed
    if p == "sums" then return "It’s NOT only twelve sums! It’s twelve HORRIBLE sums, and you don’t even care!" end
    if p == "shush" then return "Stop shushing me! I’m not a baby! It’s NOT all right!" end
    if p == "cheer" then return "I don’t WANT one more go! You’re not even listening to me!" end
    return "You ALWAYS do it your way! Mrs Okafor does it a different way, and you’re making it WORSE!"
  end },
  cue = "She shoves the sheet so hard it skids off the table. Her chin is wobbling.",
  reflect = "She pushed back hard. What did her push-back tell you about your last answer?",
  note = "A good place to pause. The miss was small and well meant; the skill is noticing her reaction and owning it simply. “I’m only trying to help” is a defence of your help, so it is dismissing; a flood of “sorry, sorry” that she has to soothe is getting swept up.",
  choices = {
    { "I’m only trying to help, Maya. There’s no need to shout at me like that.",
      kind = "dismiss", next = "quiet",
      set = own("snap", "lost_it", "I said I was only trying to help, and told you off for shouting"),
      inner = "Now I’m in trouble for being upset. I’ll stop talking.",
      why = "Defending your help is natural, but it argued with her experience of you. She needed it heard." },
    { "Oh no, I’m sorry, I’m so sorry. I always get this wrong. Please don’t be cross with me, I can’t bear it.",
      kind = "enmesh", next = "quiet",
      set = own("snap", "lost_it", "I got so upset about getting it wrong that you had to look after me"),
      inner = "Now they’re sad. I made them sad. I have to be nice now.",
      why = "A flood of sorry hands her your upset to look after. A repair is short and turns back to her." },
    repair("snap", "No wonder you’re cross with me.", "school-fine",
      "They saw what they did. Maybe I can tell them stuff.",
      "You named your miss and owned it without fuss. That shows her a break between you can mend.", true),
    { "Fine. Do it on your own, then. I’ll be in the other room.",
      kind = "withdraw", next = "quiet",
      set = own("snap", "went_away", "I said “do it on your own” and walked off"),
      inner = "They left. I’m on my own with it. Again.",
      why = "Needing space is human, but leaving as she pushed told her big feelings drive people away." },
    { "(Pick the sheet up, put it to one side, and sit down next to her.)",
      kind = "attune", next = "school-fine",
      inner = "They didn’t shout back. They’re sitting here.",
      why = "Staying close and calm met her anger. The miss itself is still unnamed, so the rupture stays open." },
  },
}

beat "quiet" {
  state = "shutdown", cue_only = true,
  say = { maya = "Whatever. I don’t care about stupid maths. Go away." },
  cue = function(s)
    -- After “call me when you’ve stopped crying” or “do it on your own”, you
    -- had left the room. Two whole lines, so each translates as a sentence.
    if s.vars["cat_torn-page"] == "went_away" or s.vars.cat_snap == "went_away" then
      return "When you come back a few minutes later, her head is down on her arms, but she grips her pencil so tightly her knuckles have gone white."
    end
    return "Her head is down on her arms, but she grips her pencil so tightly her knuckles have gone white."
  end,
  reflect = "Her words said “go away”. What told you whether to believe them?",
  note = "Cue-only beat. Ask the group what they saw before what they heard, and what pointing the cue out (“look at your knuckles”) would have done to her.",
  choices = {
    { "Look at your knuckles, they’ve gone white. You obviously do care, so let’s stop pretending and get on with it.",
      kind = "fix", next = "try-again",
      set = own("quiet", "rushed", "I pointed at your hands to prove you cared"),
      inner = "They caught me out. Now I have to do the stupid sums as well.",
      why = "The cue was right, but using it to win the point cornered her instead of making room." },
    { "Okay. If you don’t care, we’ll leave it. Bed in ten minutes.",
      kind = "withdraw", next = "bath",
      set = own("quiet", "went_away", "I took “I don’t care” at its word and sent you off to bed"),
      inner = "They believed me. I didn’t mean it. I did care.",
      why = "Taking “I don’t care” at its word was easy, but her grip was asking you to stay." },
    { "(Pull a chair up beside her and sit, saying nothing for now.)",
      kind = "attune", next = "school-fine",
      inner = "They didn’t go. They’re just there. I can lift my head a bit.",
      why = "Her words said “go away”; everything else said stay. You stayed, without a speech." },
    repair("quiet", "I’m staying put.", "school-fine",
      "They came back and said what they did. Maybe it’s safe.",
      "You came back, owned the miss in one line, and stayed. That is what [[repair]] sounds like.", true),
    { "Tell you what. We’ll get it done together, and then there’s hot chocolate with marshmallows. Deal?",
      kind = "fix", next = "try-again",
      set = own("quiet", "rushed", "I tried to cheer you up with hot chocolate instead of listening"),
      inner = "Hot chocolate won’t make it better. They don’t even know what’s wrong.",
      why = "A treat to cheer her up skipped the hurt underneath; she might have told you more if you’d waited." },
  },
}

beat "rescued" {
  face = "shutdown",
  say = { maya = "Okay. Can you do four and five as well? You’re faster than me." },
  cue = "She looks at your numbers on the sheet without really reading them. Her shoulders have dropped, but she’s chewing the cuff of her sleeve.",
  choices = {
    { "Course I will. Let’s get it finished so you can get to bed.",
      kind = "rescue", next = "done-for-her",
      set = own("rescued", "took_over", "I kept doing your sums for you, when they were yours to do", { did_sheet = true }),
      inner = "Good. I don’t have to try. I’m not a trying sort of person.",
      why = "Getting it finished feels like care, but each sum you do tells her a little more that she can’t." },
    { "See? It’s easy when you watch someone do it. Now copy the method for five.",
      kind = "fix", next = "try-again",
      set = own("rescued", "rushed", "I said it was easy, when it wasn’t easy for you"),
      inner = "It wasn’t easy. I watched and I still don’t get it.",
      why = "Calling it easy after doing it yourself widened the gap she already felt." },
    { "Hang on. I’m doing your sheet for you, and it’s yours. Has that made it feel even harder?",
      kind = "repair", next = "school-fine",
      inner = "It has. It’s like I’m too stupid for my own homework.",
      why = "You caught yourself taking over, said so plainly, and asked what it had been like for her." },
    { "I’m putting my pen down. Four is your go, and I’ll keep you company.",
      kind = "attune_boundary", next = "try-again",
      inner = "Oh no. On my own? No, they’re still here.",
      why = "You gave the work back and kept your warmth beside her. Naming the takeover as well would mend it." },
    { "Sorry, love, I know it’s late. I’ll do four and five, and you can do the last one on your own.",
      kind = "rescue", next = "done-for-her",
      set = own("rescued", "took_over", "I kept doing your sums for you, when they were yours to do", { did_sheet = true }),
      inner = "The last one’s the baby one. They’re keeping the real ones.",
      why = "Saying sorry while taking over more is still taking over: the hard work stays with you." },
  },
}

beat "done-for-her" {
  state = "shutdown",
  say = { maya = "Can I go now? I’ll put it in my bag." },
  cue = "She turns the finished sheet face down without looking at it. She doesn’t look pleased. She doesn’t look anything.",
  choices = {
    { "All done! See, that wasn’t so bad, was it? Big smile for me.",
      kind = "fix", next = "bath",
      set = own("done-for-her", "rushed", "I asked you for a big smile when you didn’t feel like smiling"),
      inner = "It was bad. Smiling is another thing I have to do right.",
      why = "Asking for a smile covered over a flat, quiet child. Her face was telling you something else." },
    { "Hang on. I did your sheet for you, and I don’t think that helped you one bit. What’s it like, having it done that way?",
      kind = "repair", next = "after-storm",
      inner = "Horrible, actually. It’s not even mine. Maybe I can do one.",
      why = "You noticed her flatness, named what you had done, and asked about her, not the sheet." },
    { "(Slip the sheet into her book bag for her and zip it up.)",
      kind = "rescue", next = "bath",
      set = own("done-for-her", "took_over", "I did your sheet for you and packed it away"),
      inner = "It’s done, but it isn’t mine. Nothing about tonight is mine.",
      why = "[[Rescuing]] her by sorting it all out was kind in intent, but she went to bed feeling less able, not more." },
  },
}

------------------------------------------------------------------------------
-- What happened at school
------------------------------------------------------------------------------

beat "school-fine" {
  face = "shutdown",
  cue_only = true,
  say = { maya = "It doesn’t matter. I was good at maths in Mr Bell’s class. Now I’m rubbish. School was fine, okay? *Fine*." },
  cue = "She says “fine” to the table, not to you. Her thumb keeps rubbing the little fox on her pencil.",
  reflect = "Her words and her body said different things. Which did you answer, and how did you decide?",
  note = "Cue-only beat. Ask the group what they saw before what they heard. Pointing the cue out to prove her wrong is a miss too: too exposing, however accurate.",
  choices = {
    { "Good, glad it was fine. Number three, then.",
      kind = "dismiss", next = "try-again",
      set = own("school-fine", "rushed", "I took “fine” at its word and went straight back to the sums"),
      inner = "They believed “fine”. I’ll keep the bad bit inside, then.",
      why = "Taking “fine” at face value is easy to do; the clue was in how she said it." },
    { "You’re not rubbish! You’re brilliant at maths. Remember your times-tables certificate?",
      kind = "fix", next = "try-again",
      set = own("school-fine", "rushed", "I argued when you said you were rubbish, instead of asking why"),
      inner = "That was ages ago. They don’t know what it’s like now.",
      why = "Arguing with “I’m rubbish” felt loving, but it told her the feeling was wrong, so she kept the rest back." },
    { "“Now” you’re rubbish? Did something happen at school?",
      kind = "attune", next = "hedgehogs",
      inner = "They heard the “now”. Maybe it’s okay to tell.",
      why = "You didn’t take “fine” at its word; you picked up one small word and left her room to tell." },
    { "You say it’s fine, but your thumb’s rubbing that little fox so hard it’ll wear away. That’s not fine, is it?",
      kind = "fix", next = "try-again",
      set = own("school-fine", "rushed", "I picked on how you were fiddling with your pencil to prove you weren’t fine"),
      inner = "Stop looking at me. I’m not telling now.",
      why = "Naming her body to prove a point cornered her. Noticing is attuned only at a pace she can bear." },
  },
}

beat "hedgehogs" {
  face = "crying",
  say = { maya = "Mrs Okafor moved me to Hedgehogs table. That’s where you go if you can’t do it. Isla said it’s the baby table, and she laughed." },
  cue = "Her eyes fill. She pulls her sleeves down over her hands and waits to see what you’ll do.",
  note = "Contacting the school. An email written in the first minute, to make the hurt stop, is rescuing: it takes her story out of her hands. Talking to the teacher after hearing her out, and with her say in it, is the parent’s own job (see `the-note`).",
  choices = {
    { "Oh, love. Moved to another table, and then Isla laughing at you.",
      kind = "attune", next = "try-again",
      inner = "Both of them. Yes. Someone knows now. It feels a tiny bit smaller.",
      why = "You named both hurts, the move and the laugh, and let them be as big as they felt." },
    { "Right. I’m emailing Mrs Okafor tonight and asking her to move you back. You shouldn’t have to sit there another day.",
      kind = "rescue", next = "dont-ring",
      set = own("hedgehogs", "took_over", "I rushed to email Mrs Okafor before I’d even heard how it was for you"),
      inner = "Uh-oh. Now it’s a big grown-up thing, and everyone will know.",
      why = "Writing to the teacher tonight was meant to protect her, but it took her hurt out of her hands before it was heard." },
    { "Hedgehogs is only for a bit of extra help, you know. That’s a good thing, and you’ll be back with the others in no time.",
      kind = "fix", next = "try-again",
      set = own("hedgehogs", "rushed", "I told you Hedgehogs was a good thing before I’d heard how it felt"),
      inner = "It’s not a good thing. It’s the baby table. They don’t get it.",
      why = "That may well be true, but it came too soon; she needed the sting felt first." },
    { "Isla says lots of silly things. Ignore her. Now, where were we?",
      kind = "dismiss", next = "try-again",
      set = own("hedgehogs", "rushed", "I told you to ignore Isla and moved on"),
      inner = "Telling them was a mistake. I won’t next time.",
      why = "Brushing it off was meant to shrink the hurt, but it taught her not to bring hurts to you." },
  },
}

beat "dont-ring" {
  state = "activated",
  say = { maya = "No! Don’t email her! Then everyone will know I cried. You’re making it into a massive thing!" },
  cue = "She’s up on her knees on the chair, tugging at your sleeve with both hands.",
  choices = {
    { "Sorry, sorry, love. I won’t say you cried. I’ll only ask her to move you back, that’s all.",
      kind = "rescue", next = "try-again",
      set = own("dont-ring", "took_over", "I still wanted to sort out Mrs Okafor for you, when you’d asked me not to"),
      inner = "They’re still doing it. Nobody listens to what I want.",
      why = "The apology came with the same plan: her “no” was heard as a detail, not as her say." },
    { "I can’t bear anyone being unkind to you. It makes me feel sick.",
      kind = "enmesh", next = "try-again",
      set = own("dont-ring", "lost_it", "I made it about how upset I was"),
      inner = "Now they feel sick because of me. I shouldn’t have said anything.",
      why = "Showing how much it hurts you made her worry about you instead of being looked after." },
    { "I went straight to emailing before I’d even listened to you. No email tonight. The table and Isla, all in one day.",
      kind = "repair", next = "try-again",
      inner = "Phew. They stopped. And they get that it was a lot.",
      why = "You named the rush to fix it, said what you will and won’t do tonight, and turned back to her day." },
    { "Fine. I won’t do anything, then. You sort it out yourself.",
      kind = "withdraw", next = "try-again",
      set = own("dont-ring", "went_away", "I said “sort it out yourself” when you asked me not to email"),
      inner = "I ruined it. Now they’re cross with me as well.",
      why = "Stepping back after being told off is understandable, but it left her holding the hurt alone." },
  },
}

------------------------------------------------------------------------------
-- Back to the sheet: warmth, and the work stays hers
------------------------------------------------------------------------------

beat "try-again" {
  face = "regulated",
  say = { maya = "Do I *have* to finish it? Can’t you write a note saying I had a tummy ache?" },
  cue = "She slides the sheet across to you with one finger, looking up from under her fringe.",
  reflect = "Which answer felt kindest in the moment? Which would help her most by Friday?",
  note = "Attunement with a boundary: warmth does not mean taking the homework over. Ask where kindness tips into rescuing, and whether an honest note to the teacher is different from an excuse.",
  choices = {
    { "Come on, you’re nearly there! Think how proud you’ll feel tomorrow when it’s all done and you can hand it in.",
      kind = "fix", next = "thrown",
      set = own("try-again", "rushed", "I hurried you on about how proud you’d be tomorrow"),
      inner = "Proud tomorrow. But now is horrible, and they skipped now.",
      why = "Looking ahead to the good feeling skipped the bad one she was in." },
    { "No fib notes. But I’ll sit here while you have another go.",
      kind = "attune_boundary", next = "thrown",
      inner = "Ugh. But they’re staying. I’m not on my own with it.",
      why = "You held the limit and stayed close: the sheet stays hers, and so does your company." },
    { "Oh, all right. Just this once, I’ll say you weren’t feeling well.",
      kind = "rescue", next = "bath",
      set = own("try-again", "took_over", "I let you off and said I’d tell Mrs Okafor you were poorly", { fib_note = true }),
      inner = "Yay! But I’ll be even more behind. And it’s a fib.",
      why = "Letting her off eases tonight but leaves her more stuck tomorrow, and still alone with it." },
    { "It’s late and you’re worn out. Two more, then we stop, and I’ll write that you worked hard and got stuck.",
      kind = "attune_boundary", next = "thrown", set = { note_promised = true },
      inner = "Only two. And they’ll tell Mrs Okafor the true thing. I can do two.",
      why = "You shrank the task to a size she could manage, and kept it both hers and honest." },
    { "You should have started at six.",
      kind = "dismiss", next = "thrown",
      set = own("try-again", "rushed", "I told you off for not starting at six"),
      inner = "So it’s my fault. Everything is always my fault.",
      why = "It may be true, but a lesson right now piles blame on top of frustration." },
  },
}

beat "thrown" {
  state = "activated", pressure = 35,
  say = { maya = function(s)
    local wrong = s.seen("rescued") and "Wrong AGAIN!" or "Thirty-five AGAIN!"
    local hate = s.seen("hedgehogs") and "stupid Hedgehogs" or "Mrs Okafor"
    return wrong .. " I HATE take-aways and I HATE " .. hate .. " and I hate YOU!"
  end },
  cue = "The maths book flies across the kitchen and smacks into the fridge. Upstairs, a floorboard creaks.",
  reflect = "What happens in your body when a child shouts “I hate you”? What helps you come back to yourself?",
  note = "Entering this beat costs the player steadiness and may flood them. Steadying first is a real answer, not a delay. “Calm down, then we’ll talk”, said while you stay, is an instruction to stop feeling (dismissing); sending her to bed to calm down on her own is withdrawing; your own slow breath is for you. At eight, “I hate you” is the size of the feeling, not a verdict: the limit goes on the throwing, not on the anger.",
  choices = {
    { "Calm down. Take a deep breath, and when you’ve calmed down we can talk about it properly.",
      kind = "dismiss", next = "cold",
      set = own("thrown", "rushed", "I told you to calm down before I’d listen"),
      inner = "I can’t calm down. So I can’t talk to them.",
      why = "It sounds reasonable, but it made your company wait until the feeling was gone." },
    { "Right, that’s it. Bed. No tablet tomorrow. I’m not dealing with this.",
      kind = "withdraw", next = "cold",
      set = own("thrown", "went_away", "I sent you to bed and took your tablet away, right at your crossest"),
      inner = "I’m too big. When I’m big, they shut the door.",
      why = "Limits matter, but one given coldly in the heat of it left her alone with a feeling too big to hold." },
    { "(Say nothing yet. Let one long breath out, and unclench your hands.)",
      kind = "steady", next = "breath",
      inner = "They went still. Not shouting. Not leaving. Are they cross?",
      why = "You can only meet her from a steady place. One slow breath is part of the skill." },
    { "I won’t let you throw things. Be as cross as you like, and I’m staying.",
      kind = "attune_boundary", next = "after-storm",
      inner = "My cross didn’t scare them. They’re still here.",
      why = "You met the fury, held the line on throwing, and stayed: warmth and authority together." },
    { "Maya! You’ll wake Theo! Why do you always do this to me?",
      kind = "enmesh", next = "cold",
      set = own("thrown", "lost_it", "I shouted that you always do this to me"),
      inner = "I’m bad. I hurt them. I hurt everybody.",
      why = "Being rattled is human; making it about what she does to you turned her anger into shame." },
  },
}

beat "breath" {
  face = "shutdown",
  say = { maya = "Now Theo’s going to wake up and it’ll be my fault. Everything is always my fault." },
  cue = "She’s crouched by the fridge, hugging her knees, watching you through her fingers.",
  note = "Breathing together. Kneeling near her and breathing slowly where she can hear it, with no demand that she join in, is co-regulation. “Take a deep breath” as an order is not.",
  choices = {
    { "It’s not your fault, sweetheart, nothing’s your fault. Let’s forget it ever happened and start again, shall we?",
      kind = "fix", next = "after-storm",
      set = own("breath", "rushed", "I said we should forget it happened, when you needed to talk about it"),
      inner = "But I DID throw it. Forgetting doesn’t make it not happen.",
      why = "Wiping it away with reassurance meant she couldn’t look at what happened together with you." },
    { "(Kneel down a little way off.) Shall we do a big slow breath together? Only if you want.",
      kind = "attune", next = "after-storm",
      inner = "They came down low. They’re breathing slow. Mine’s going slower too.",
      why = "You got low and offered a slow breath together, hers to join or not: [[co-regulation]], not an order to calm down." },
    { "Theo’s fine. Up you get, back to the table. We’ve wasted enough time.",
      kind = "dismiss", next = "after-storm",
      set = own("breath", "rushed", "I hurried you back to the table when you felt so bad"),
      inner = "They only want the sheet done. Not me.",
      why = "Moving straight on skipped the moment she needed you to see how bad she felt." },
    { "We’ll listen out for Theo. Pick the book up, then come and sit by me.",
      kind = "attune_boundary", next = "after-storm",
      inner = "I have to pick it up. But they’re not shouting. Okay.",
      why = "She put right her own mess and you stayed kind: responsibility without punishment." },
  },
}

beat "cold" {
  state = "shutdown", cue_only = true,
  say = { maya = "I know. I’m bad. I’m going." },
  cue = "She walks out very slowly, as if waiting to be called back. She stops on the bottom stair, her back to you.",
  choices = {
    { "(Let her go, and start clearing the table.)",
      kind = "withdraw", next = "bath",
      set = own("cold", "went_away", "I let you go off on your own and started clearing up"),
      inner = "They let me go. I’ll be quiet now.",
      why = "She was hoping to be called back; letting her go left the hurt to settle in overnight." },
    repair("cold", "That part was mine. Will you come and sit with me?", "after-storm",
      "They want me back. Even after the book.",
      "You answered her slow steps, not her words, and owned your part without a speech.", true),
    { "You’re walking so slowly. You’re waiting for me to call you back, aren’t you? Come on then, chin up.",
      kind = "fix", next = "after-storm",
      set = own("cold", "rushed", "I said out loud that you were waiting to be called back"),
      inner = "They saw and they said it out loud. That’s worse.",
      why = "The cue was right, but saying it out loud, with a “chin up”, exposed her instead of reaching her." },
    { "(Go and sit on the step below her. Don’t say anything yet.)",
      kind = "attune", next = "after-storm",
      inner = "They came. They’re sitting with me. That’s nice.",
      why = "Your quiet company answered her waiting. Naming your part as well would mend it fully." },
    { "You’re not bad! Let’s get it finished together, and then it’s all forgotten.",
      kind = "fix", next = "after-storm",
      set = own("cold", "rushed", "I hurried you back to the sheet as if nothing had happened"),
      inner = "All forgotten. So my sad is wrong as well.",
      why = "The reassurance was true, but hurrying her back to the sheet skipped what had just happened between you." },
  },
}

beat "after-storm" {
  face = "activated",
  say = { maya = function(s)
    if on_four(s) then return "Sixty-one take away thirty-four. I can’t do one take away four. It doesn’t go." end
    local start = s.seen("done-for-her") and "Can I rub out number three and do it myself? " or ""
    return start .. "Fifty-two take away twenty-seven. I can’t do two take away seven. It doesn’t go."
  end },
  cue = function(s)
    local lead = "She turns the sheet back over."                      -- after done-for-her
    if s.seen("cold") then lead = "After a while she comes back from the stairs and sits down again."
    elseif s.seen("breath") then lead = "She picks the book up and comes back to the table."
    elseif s.seen("thrown") then lead = "The storm passes. The maths book is back on the table."
    end
    return lead .. " As she looks at the sum, her pencil trembles and her breathing quickens."
  end,
  note = "Two ways to meet a shaky body: an order (“take a deep breath and calm down”) asks her to stop feeling and is dismissing; shaking hands out together, as play she can join or not, lends her your calm.",
  choices = {
    { "It doesn’t go, does it? So what can you do when the ones are too small?",
      kind = "attune_boundary", next = "checking-face",
      inner = "Oh, exchange! I can swap a ten. I know that bit.",
      why = "You agreed it was tricky and handed the thinking back, trusting her to find the way." },
    { "Your hand’s shaking. Take a deep breath and calm down, or you’ll never get it.",
      kind = "dismiss", next = "checking-face",
      set = own("after-storm", "rushed", "I told you to calm down when you were shaky"),
      inner = "I can’t make my hand stop. Now I’m doing that wrong too.",
      why = "An order to breathe asks her to stop feeling; breathing with her would have lent her your calm." },
    { function(s)
        if on_four(s) then return "Easy. Cross out the six, make it a five, and the one becomes eleven. Go on." end
        return "Easy. Cross out the five, make it a four, and the two becomes twelve. Go on."
      end,
      kind = "fix", next = "checking-face",
      set = own("after-storm", "rushed", "I rushed you through the steps at my speed"),
      inner = "Too fast. I do what they say and I still don’t get it.",
      why = "The steps are right, but going at your speed meant she followed instead of understood." },
    { "Shall we shake our hands out together first? Wiggly fingers!",
      kind = "attune", next = "checking-face",
      inner = "Wiggly fingers. That’s silly. My tummy’s less tight now.",
      why = "You noticed her body and helped it settle, playfully and with her, before asking her brain to work." },
    { "Here, I’ll do the exchanging bit.",
      kind = "rescue", next = "checking-face",
      set = own("after-storm", "took_over", "I did the hard bit of the sum, as if you couldn’t"),
      inner = "The hard part is theirs. The baby part is mine.",
      why = "Keeping only the easy part for her confirmed her fear that the real work is beyond her." },
  },
}

beat "checking-face" {
  face = "activated",
  say = { maya = function(s)
    return (on_four(s) and "Twenty-seven" or "Twenty-five") .. ". It’s probably wrong. It’s always wrong."
  end },
  cue = "Her eyes aren’t on the page but on your face, waiting. The rubber is already in her other hand.",
  choices = {
    { "You’re watching my face instead of the sum. Look at the page, not at me, and check it properly.",
      kind = "fix", next = "the-note",
      set = own("checking-face", "rushed", "I told you off for watching my face"),
      inner = "I was only checking. Now I’m wrong about looking as well.",
      why = "You saw what she was doing, but a correction met it, not her dread of being wrong." },
    { "It’s RIGHT! See? You’re a maths superstar! I knew you could do it!",
      kind = "fix", next = "the-note",
      set = own("checking-face", "rushed", "I said it was right before you could check it yourself"),
      inner = "Phew! It’s right because they said so. Next time I’ll need them to say it again.",
      why = "Your delight is lovely, but quick praise kept her checking your face instead of her work." },
    { "What happens when you add it back?",
      kind = "attune_boundary", next = "the-note",
      inner = function(s)
        if on_four(s) then return "Twenty-seven and thirty-four... sixty-one! It matches! *I* did that." end
        return "Twenty-five and twenty-seven... fifty-two! It matches! *I* did that."
      end,
      why = "You gave the checking back to her, so the win is hers." },
    { "Waiting to hear “wrong” again is horrible.",
      kind = "attune", next = "the-note",
      inner = "Yeah. I hate that waiting feeling. They know about it.",
      why = "You named the dread her eyes were showing, so she didn’t have to hide it." },
    { "(Get your phone out and check it on the calculator.)",
      kind = "rescue", next = "the-note",
      set = own("checking-face", "took_over", "I checked it on my phone instead of letting you"),
      inner = "The phone knows. I don’t.",
      why = "Checking it for her was quick, but it left the knowing with you, not with her." },
  },
}

beat "the-note" {
  say = { maya = function(s)
    local leave_out = s.seen("thrown") and "Don’t put that I threw my book." or "Don’t put that I got upset."
    return "What are you going to write to Mrs Okafor? " .. leave_out
  end },
  cue = function(s)
    if s.vars.note_promised then
      return "You uncap a pen to write the note you promised. She hovers at your elbow, ready to read it upside down."
    end
    return "You open her homework diary to write Mrs Okafor a line about tonight. She hovers at your elbow, reading upside down."
  end,
  note = "Contacting the school, done well: after hearing her out, the parent decides their own part (a note, a word with the teacher) and gives her a say in it. That is holding a limit, not rescuing; sorting it all out for her is. If the table move goes on hurting, a talk with Mrs Okafor is the parent’s job: ask Maya first what she would want said.",
  choices = {
    { "Teachers love a trier, don’t worry!",
      kind = "fix", next = "bath",
      set = own("the-note", "rushed", "I told you not to worry, when you’d asked me what I’d write"),
      inner = "They’re not listening. I only asked them to leave that bit out.",
      why = "Cheering her past the worry skipped what she actually asked for: a say in the note." },
    { "It’s a note for grown-ups, Maya. You don’t need to read it.",
      kind = "dismiss", next = "bath",
      set = own("the-note", "rushed", "I said the note was for grown-ups, when it was about you"),
      inner = "It’s about ME. And I don’t even get to know what it says.",
      why = "Keeping grown-up business grown-up sounds sensible, but it brushed aside the one thing she asked." },
    { function(s)
        if s.vars.did_sheet then
          return "Let’s put that I helped too much, and you did number three yourself. You can read it first."
        end
        if s.seen("dont-ring") then
          return "Just that the sums were hard. The table can wait. What would you want her to know?"
        end
        if s.seen("hedgehogs") then
          return "I’d like to tell Mrs Okafor the table move has been hard for you. What would you want her to know?"
        end
        if s.seen("rescued") then
          return "Let’s put that I helped with number three, and the rest is yours. You can read it first."
        end
        return "Let’s put that you worked hard and got stuck on exchanging. You can read it before it goes in."
      end,
      kind = "attune_boundary", next = "bath", id = "the-note.say", set = { note_honest = true },
      inner = function(s)
        if s.vars.did_sheet then return "The true thing. And the number three bit is mine." end
        if s.seen("hedgehogs") then return "They’re asking me. I want her to know I’m not a baby." end
        return "She’ll know I tried. And it’s true. And I get to see it first."
      end,
      why = function(s)
        if s.seen("hedgehogs") then
          return "Talking to the teacher is your job as a parent; asking what she wants said keeps her in it."
        end
        return "The note stays honest, and she keeps a say in what is told about her."
      end },
    { "Leave the note to me. I’ll sort it all out with Mrs Okafor, so you don’t have to think about it.",
      kind = "rescue", next = "bath",
      set = own("the-note", "took_over", "I took it over and said I’d sort it all out with Mrs Okafor"),
      inner = "Now it’s a grown-up thing. I don’t even get a say.",
      why = "Taking it all off her is protective, but it leaves her out of what is said about her." },
    { "You’d rather she didn’t know how bad tonight got.",
      kind = "attune", next = "bath", when = calm,
      inner = "Yes. Some things are mine, and they get that.",
      why = "You heard the worry under the request, so she felt her privacy mattered to you." },
    repair("the-note", "Tell me what you don’t want in it.", "bath",
      "They said what they did. And they’re asking me about my note.",
      "You named the miss that was still open, then gave her a say in what is told about her."),
  },
}

------------------------------------------------------------------------------
-- Bath and bedtime: the day comes back once she is warm and still
------------------------------------------------------------------------------

beat "bath" {
  face = "activated",
  background = "images/bedroom.svg",
  say = { maya = function(s)
    if s.seen("hedgehogs") then
      return "What if Isla tells everyone it’s the baby table? Then they’ll all call me a baby at lunch."
    end
    return "I’m not going to school tomorrow. Not ever again, actually."
  end },
  cue = "Wrapped in her towel on the bedroom rug, she winds a strand of wet hair round her finger, tighter and tighter.",
  reflect = "The feelings from the table came back once she was warm and quiet. Why might bath time bring them back?",
  note = "Children often bring the day’s hurts back when the body slows down. Ask the group when this happens at home, and what pulls them to hurry it along.",
  choices = {
    { "You’ll feel loads better after a good sleep, you know. Come on, let’s get that hair dried and you tucked up in bed.",
      kind = "fix", next = "isla",
      set = own("bath", "rushed", "I said you’d feel better after a sleep, as if the worry would go by itself"),
      inner = "Sleep won’t change what happened. They want me to feel better so they can stop.",
      why = "Cheering her towards tomorrow skipped the worry she was holding out to you tonight." },
    { "It’s all come back now you’re warm and still.",
      kind = "attune", next = "isla",
      inner = "It has. It was hiding in the bath with me the whole time.",
      why = "You noticed the feeling had returned as she slowed down, and let it come back without alarm." },
    { "No more school talk tonight, love. It’s time to wind down now.",
      kind = "dismiss", next = "isla",
      set = own("bath", "rushed", "I said no more school talk, when you had a worry to tell me"),
      inner = "School talk isn’t allowed. I’ll take it to bed on my own, then.",
      why = "Wanting a calm bedtime is fair, but closing the subject left the worry nowhere to go." },
    { "Pyjamas on while you tell me, sweetheart. I want to hear all of it.",
      kind = "attune_boundary", next = "isla", when = calm,
      inner = "Buttons and talking. I can do both of those.",
      why = "You kept bedtime moving and made room for the worry inside it: routine and company together." },
    repair("bath", "Tell me about tomorrow.", "isla",
      "They remember. They’re listening now. I can say it.",
      "Naming the earlier miss at a quiet moment let her bring the worry back to you."),
  },
}

beat "isla" {
  face = "shutdown",
  say = { maya = function(s)
    if s.seen("hedgehogs") then
      return "Isla’s meant to be my best friend. We’ve got matching hair clips. So why did she laugh at me?"
    end
    return "Isla didn’t save me a seat at lunch. She sat with Poppy. We’ve got matching hair clips and everything."
  end },
  cue = "She takes the green hair clip out of her wash bag and turns it over and over, not looking at you.",
  note = "Side-taking feels loyal, but it fills the room with the parent’s anger, and she still loves Isla.",
  choices = {
    { "I never liked the way that girl talks to you. After everything we did for her birthday, too.",
      kind = "enmesh", next = "pyjamas",
      set = own("isla", "lost_it", "I got cross with her, and she’s your friend"),
      inner = "Now they don’t like Isla. But I still do. Am I allowed to?",
      why = "Taking her side so hotly made the friendship your fight, and left her torn between you and Isla." },
    { "Tomorrow, tell Isla it made you sad. Good friends say sorry, and then it’s all sorted.",
      kind = "fix", next = "pyjamas",
      set = own("isla", "rushed", "I told you what to say to Isla before I’d heard how it hurt"),
      inner = "I can’t SAY that. They make it sound so easy.",
      why = "A plan for tomorrow may help later; tonight it jumped over the hurt she was showing you." },
    { "Oh, sweetheart. Your best friend. That makes it hurt even more.",
      kind = "attune", next = "pyjamas",
      inner = "Even more. Yes. That’s the worst kind of hurt, from a friend.",
      why = "You named why this hurt was sharper: it came from someone she trusts." },
    { "Girls fall out all the time, sweetheart. Don’t let it get to you.",
      kind = "dismiss", next = "pyjamas",
      set = own("isla", "rushed", "I said girls fall out all the time, as if it was nothing"),
      inner = "It does get to me. It’s Isla. It feels like forever.",
      why = "Fall-outs are common, but saying so made a hurt that felt huge sound small and not worth feeling." },
    repair("isla", "Tell me about Isla.", "pyjamas",
      "They said what they did. Maybe I can tell the whole thing.",
      "A short, plain repair cleared the way for the hurt she had been carrying about her friend."),
  },
}

beat "pyjamas" {
  face = "activated",
  say = { maya = "My tummy hurts. A real hurt, not a pretend one. I think I should stay home tomorrow." },
  cue = "She has one pyjama leg on and one off, and she’s pressing a hand flat against her tummy.",
  reflect = "A tummy ache the night before school: how do you take the body seriously without letting it decide?",
  note = "Attunement with a boundary again. The ache is real and worth believing; school can still happen. Telling her what the ache “is really about” before she gets there is an interpretation arriving first.",
  choices = {
    { "I think that tummy ache is really about Isla, love, don’t you? Worries can sit in your tummy.",
      kind = "fix", next = "bedroom",
      set = own("pyjamas", "rushed", "I told you what your tummy ache was about before you’d told me"),
      inner = "It HURTS. It’s not just about Isla. They’ve decided what it is.",
      why = "The link may be right, but it was yours, not hers, and it arrived before she had been believed." },
    { "Oh, poor thing. Let’s see how you feel in the morning. Maybe a day at home would do you good.",
      kind = "rescue", next = "bedroom",
      set = own("pyjamas", "took_over", "I said maybe you could stay home, as if school was too much for you"),
      inner = "Home is safe. School must be too scary for me. Even grown-ups think so.",
      why = "Offering a day off eases tonight, but it tells her school is something she can’t face." },
    { "A real hurt. Show me where.",
      kind = "attune", next = "bedroom", when = calm,
      inner = "Here. Right in the middle. They believe it’s real.",
      why = "You took the ache seriously, in her words, and let her show you." },
    { "Nice try, missy. That tummy will be right as rain by breakfast.",
      kind = "dismiss", next = "bedroom",
      set = own("pyjamas", "rushed", "I said “nice try” about your tummy ache"),
      inner = "It really does hurt. They think I’m fibbing.",
      why = "Teasing was meant lightly, but she heard that her body’s signals don’t count." },
    { "I believe it hurts. You’re still going tomorrow, and we’ll see how it is at breakfast.",
      kind = "attune_boundary", next = "bedroom",
      inner = "Still going. But they believe me. Maybe it’ll shrink.",
      why = "You believed her body and held the line on school." },
    repair("pyjamas", "Tell me about this ache.", "bedroom",
      "They’re not rushing now. I can go slower too.",
      "You owned the miss that was still open, slowed down, and met the ache she was showing you."),
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
    { "That’s a heavy thing to take to bed.",
      kind = "attune", next = "nightlight",
      inner = "It is heavy. It feels lighter now it’s out.",
      why = "You didn’t predict or promise; you let her worry be heard before sleep." },
    { "Not for long. Keep practising a bit every night and you’ll be off that table by Christmas, I promise you.",
      kind = "fix", next = "nightlight",
      set = own("bedroom", "rushed", "I promised you’d be off the Hedgehogs table by Christmas, and I can’t promise that"),
      inner = "What if I’m not? Then I’ll have let them down as well.",
      why = "A cheerful promise can’t be kept, and it gave her one more thing to live up to." },
    { "Tables don’t matter, sweetheart. Sleep now, it’s very late.",
      kind = "dismiss", next = "nightlight",
      set = own("bedroom", "rushed", "I said tables don’t matter, when it matters to you"),
      inner = "They matter to me. I’ll think about it in the dark by myself.",
      why = "Wanting her asleep is fair, but the worry needed a moment of company first." },
    repair("bedroom", "What’s it like, thinking about the table?", "nightlight",
      "Grown-ups get it wrong too. And then they say so. Oh.",
      "Owning your part at bedtime, simply and without a speech, lets the day end in trust."),
  },
}

beat "nightlight" {
  face = "shutdown",
  say = { maya = function(s)
    if s.seen("thrown") then
      return "Are you still cross with me? About the book?"
    end
    return "Are you cross with me? For being rubbish at homework?"
  end },
  cue = "She says it so quietly you nearly miss it. Under the duvet she’s holding both halves of the fox pencil.",
  choices = {
    { "Cross? Course not! Big smile, tomorrow’s a brand new day.",
      kind = "fix", next = "theo-door",
      set = own("nightlight", "rushed", "I told you to put on a big smile when you were worried"),
      inner = "They didn’t really hear me. Big smiles are hard when you’re worried.",
      why = "Brightness skated past her worry; a quiet, true answer would have reached it." },
    { "No, love, I’m not cross with you. Have you been lying here worrying that I was?",
      kind = "attune", next = "theo-door",
      inner = "Not cross. And they want to know about my worry. I can go to sleep now.",
      why = "A plain, true answer to her question, then room for the worry under it." },
    { "A bit, honestly. Nights like this wear me right out.",
      kind = "enmesh", next = "theo-door",
      set = own("nightlight", "lost_it", "I said nights like this wear me out, and that’s not yours to carry"),
      inner = "I wear them out. I need to be less trouble.",
      why = "Your tiredness is yours to feel, but handing it to her at bedtime made it her job." },
    { "I’m fine, love. Go to sleep now.",
      kind = "withdraw", next = "theo-door",
      set = own("nightlight", "went_away", "I said I was fine and told you to go to sleep"),
      inner = "That’s not an answer. I’ll lie here and wonder.",
      why = "“I’m fine” closed the door she had opened; her question was never answered." },
    repair("nightlight", "Is that why you’re asking? I’m not cross with you.", "theo-door",
      "They noticed. I wasn’t on my own after all.",
      "Even at the last moment, naming the miss lets her fall asleep knowing you’re on her side."),
  },
}

beat "theo-door" {
  pressure = 15,
  say = { theo = function(s)
    if s.seen("thrown") then return "Maya was shouting. Is she in big trouble?" end
    return "Why is Maya still awake? Is she sad?"
  end },
  cue = "Theo stands in the doorway, clutching his rabbit. Under the duvet, Maya goes completely still, listening.",
  reflect = "Maya hears every word you say about her to her brother. What would you want her to overhear?",
  note = "The answer is spoken to Theo, but the inner voice is Maya’s. Ask the group how a child hears herself described to a sibling, and what a tired parent reaches for.",
  choices = {
    { "Silly fuss about homework, darling. Bed.",
      kind = "dismiss", next = "theo-after",
      set = own("theo-door", "rushed", "I called your evening a silly fuss"),
      inner = "A silly fuss. That’s all tonight was to them.",
      why = "Shrinking it for Theo’s sake was quick, but Maya heard her big evening called silly." },
    { function(s)
        if s.seen("thrown") then return "Maya had a hard evening, Theo. She isn’t in trouble. We’re all okay." end
        return "Maya had a hard evening, Theo. We’re all okay."
      end,
      kind = "attune", next = "theo-after", id = "theo-door.hard-evening",
      inner = function(s)
        if s.seen("thrown") then return "Not in trouble. They said it out loud, to Theo. We’re okay." end
        return "A hard evening. They said it kindly, to Theo. We’re okay."
      end,
      why = "You told the truth kindly in front of her, so she heard herself described with care." },
    { "Oh, Theo, not you as well. I can’t do both of you tonight, I really can’t, I’m done in.",
      kind = "enmesh", next = "theo-after",
      set = own("theo-door", "lost_it", "I said I couldn’t cope with you both, and you heard it"),
      inner = "Everybody is too much for them. I made it like this.",
      why = "Your tiredness spilled out in front of both children, and Maya took it as her fault." },
    { "Back to bed, Theo. I’m with Maya just now, and I’ll come and tuck you in after.",
      kind = "attune_boundary", next = "theo-after",
      inner = "They’re staying with me first. I matter right now.",
      why = "You held the bedtime limit for Theo and kept your attention with Maya until she was done." },
  },
}

beat "theo-after" {
  face = "shutdown",
  cue_only = true,
  say = { maya = "Theo never gets things wrong. You like him better." },
  cue = "She says it to the wall. But one hand has crept out from under the duvet and is holding on to your sleeve.",
  reflect = "Her words pushed you away while her hand held on. Which one did your answer speak to?",
  note = "Cue-only beat: the words invite an argument, the hand asks a question. Ask the group what they noticed first, and what pointing it out would have done.",
  choices = {
    { "That’s not true! I love you both exactly the same, you know I do.",
      kind = "fix", next = "door-open",
      set = own("theo-after", "rushed", "I argued with you about liking Theo better"),
      inner = "They said the right words, really fast. It doesn’t feel the same.",
      why = "The reassurance is true, but arguing with the feeling left the question under it unanswered." },
    { "You say that, but you’re holding on to my sleeve. So you don’t really think it, do you?",
      kind = "fix", next = "door-open",
      set = own("theo-after", "rushed", "I used you holding my sleeve to prove you didn’t mean it"),
      inner = "I’ll let go, then. I won’t show them anything.",
      why = "You read her hand rightly, then used it to win the argument; she had to pull it back." },
    { "Is that how tonight’s felt? Like he’s the favourite?",
      kind = "attune", next = "door-open",
      inner = "Yes. And they didn’t say I was wrong. They want to know.",
      why = "You answered the question under the words, about belonging, with curiosity rather than a rebuttal." },
    { "Theo gets plenty wrong, believe me. Now, eyes shut.",
      kind = "dismiss", next = "door-open",
      set = own("theo-after", "rushed", "I said Theo gets plenty wrong and told you to shut your eyes"),
      inner = "That’s not what I meant. They didn’t hear me at all.",
      why = "Correcting the facts missed the feeling she was showing you." },
    repair("theo-after", "Is that part of why it feels that way?", "door-open",
      "It wasn’t me being unlovable. They missed, and they came back.",
      "You owned the miss plainly, so her doubt about being loved had somewhere to land."),
  },
}

beat "door-open" {
  face = "regulated",
  say = { maya = "Leave the door open. A bit more. More. And the landing light on." },
  cue = "Her eyes are closing, but her fingers stay curled over the edge of the duvet, ready to call you back.",
  choices = {
    { "This much, and the landing light on. I’ll come and check on you in ten minutes.",
      kind = "attune_boundary", next = "breakfast",
      inner = "Not all the way. But they’re coming back. That’s nearly as good.",
      why = "You set a limit warmly and said what you will do, so the gap between you felt bridged." },
    { "You’re eight now, love. You don’t need the door open any more. Night night.",
      kind = "dismiss", next = "breakfast",
      set = own("door-open", "rushed", "I said you were too old to need the door open"),
      inner = "Big girls don’t need things. I’ll try to stop needing.",
      why = "Appealing to her age was meant to encourage her, but it told her that needing you is babyish." },
    { "(Open it wide and switch the landing light on.) I’ll be downstairs.",
      kind = "attune", next = "breakfast", when = calm,
      inner = "Light. Door. Them downstairs. I can let go now.",
      why = "A small, visible sign that you were near helped her let go into sleep." },
    { "(Say a quick goodnight and pull the door to behind you.)",
      kind = "withdraw", next = "breakfast",
      set = own("door-open", "went_away", "I said a quick goodnight and pulled the door to, when you wanted it open"),
      inner = "The dark came fast. They wanted to get away from me.",
      why = "Wanting the evening over is human, but the closed door felt like the last word on the night." },
    repair("door-open", "I don’t want you going to sleep with that. Door open, light on.", "breakfast",
      "They remembered. I can fall asleep with that.",
      "Mending before sleep meant the last thing she heard from you was about her, not the homework."),
  },
}

------------------------------------------------------------------------------
-- Thursday morning: a second chance, and the school gate
------------------------------------------------------------------------------

beat "breakfast" {
  face = "shutdown",
  background = "images/kitchen.svg",
  say = { maya = "I dreamed Isla was the teacher, and she made the whole Hedgehogs table sit on the floor." },
  cue = "She pushes soggy cereal round the bowl. Her school jumper is on inside out, and she hasn’t noticed.",
  choices = {
    { "Leave the cereal, I’ll do you toast. And I’ll pack your bag and brush your hair for you, so you’ve nothing to think about.",
      kind = "rescue", next = "book-bag",
      set = own("breakfast", "took_over", "I started doing everything for you, your bag and your hair"),
      inner = "They’re doing everything. I must be too wobbly to do anything.",
      why = "Doing it all for her comes from tenderness, but it quietly agrees she can’t manage today." },
    { "Ugh, what a horrible dream.",
      kind = "attune", next = "second-chance",
      inner = "It WAS horrible. It’s still stuck to me a bit.",
      why = "You let the dream matter, so the feeling it left behind didn’t have to be hidden." },
    { "Dreams can’t hurt you, sweetheart. Eat up. Today’s going to be a great day.",
      kind = "fix", next = "book-bag",
      set = own("breakfast", "rushed", "I said dreams can’t hurt you, when it still felt real"),
      inner = "But it DID feel real. It still does.",
      why = "Reassurance was meant to comfort, but it came before the fear the dream left behind had been heard." },
    { "That sounds awful. Three more spoonfuls while you tell me about it. You need fuel today.",
      kind = "attune_boundary", next = "second-chance",
      inner = "Three spoonfuls. And they want to hear about it. Okay.",
      why = "You listened and kept the morning on track, so the dream and breakfast could both fit." },
  },
}

beat "second-chance" {
  face = "shutdown",
  say = { maya = function(s)
    local id = latest_miss(s, "second-chance")
    if id then
      local cat = s.vars["cat_" .. id]
      if cat == "took_over" then return "Do you think I can’t do things by myself? Last night it seemed like you did." end
      if cat == "lost_it" then return "Last night you got all upset. Are you still like that?" end
      if cat == "went_away" then return "Last night when I was upset, you left me on my own. Why did you?" end
      return "Last night you weren’t really listening to me. Not properly."
    end
    return "I woke up in the night and thought about the Hedgehogs table again."
  end },
  cue = "She says it into her cereal bowl, glances up at your face, then quickly looks down again.",
  reflect = "Children often come back to a hurt the morning after. What makes a next-day repair hard to say?",
  note = "She brings last night back: an open miss if there is one, otherwise the table. A repair appears only while a miss is still open, and it names that miss. Ask the group to put it in their own words.",
  choices = {
    { "That was yesterday. Let’s leave it there and think about today, shall we?",
      kind = "dismiss", next = "book-bag",
      set = own("second-chance", "rushed", "I said to leave last night behind, when you’d brought it up"),
      inner = "So we pretend it didn’t happen. I’ll keep the rest inside.",
      why = "Moving on closed the door she had just opened on last night." },
    { "Oh, don’t. I was awake half the night worrying about you, you know.",
      kind = "enmesh", next = "book-bag",
      set = own("second-chance", "lost_it", "I told you how worried I’d been, and you had my worry to carry too"),
      inner = "Now I’ve upset them again. I shouldn’t have said it.",
      why = "Your worry is real, but handing it to her turned her hurt into your hurt, and she had to carry it." },
    { "You’ve had that on your mind since you woke up.",
      kind = "attune", next = "book-bag",
      inner = "I have. They get that it stayed.",
      why = "You welcomed her bringing last night back, so she learns that hard things can be picked up again in the morning." },
    { "Hey, no gloomy faces at breakfast. It’ll all look better once you’re at school with your friends.",
      kind = "fix", next = "book-bag",
      set = own("second-chance", "rushed", "I said it would all look better at school"),
      inner = "It won’t look better. Isla will be there.",
      why = "Cheering her up at breakfast skipped what she had carried down from the night." },
    repair("second-chance", "I’m glad you brought it up. What was that like for you?", "book-bag",
      "They heard what I said. They want the real bit now.",
      "You took her words as true, named the miss, and asked again, this time ready to listen."),
  },
}

beat "book-bag" {
  face = "activated",
  say = { maya = function(s)
    if s.vars.did_sheet then
      return "Can the sheet stay at home? Please? Mrs Okafor will know I didn’t do it myself."
    end
    if s.vars.fib_note then
      return "Can the sheet stay at home? Please? You said you’d tell Mrs Okafor I was poorly."
    end
    return "Can the sheet stay at home? Please? I don’t want Mrs Okafor to see it."
  end },
  cue = "She hugs the book bag to her chest with both arms, as if someone might try to take it.",
  choices = {
    { "She’ll be proud of you for trying! What’s on it doesn’t matter, honestly.",
      kind = "fix", next = "theo-juice",
      set = own("book-bag", "rushed", "I said what’s on your sheet doesn’t matter, when it matters to you"),
      inner = function(s)
        if s.vars.did_sheet then return "It does matter. It isn’t even mine. That’s the bit I’m scared of." end
        return "It DOES matter. The stuck bits are the Hedgehogs bits."
      end,
      why = "Reassurance about the teacher came before the fear she was hugging to her chest." },
    { "All right, it can stay at home today.",
      kind = "rescue", next = "theo-juice",
      set = own("book-bag", "took_over", "I said the sheet could stay at home, as if being stuck was something to hide"),
      inner = "Phew. So being stuck is something you hide.",
      why = "Keeping the sheet at home spares her this morning, but teaches her that being stuck must be covered up." },
    { function(s)
        if s.vars.did_sheet and s.vars.note_honest then
          return "It’s going in, with my note saying I helped too much. Getting stuck is allowed."
        elseif s.vars.did_sheet then
          return "It’s going in, and I’ll tell Mrs Okafor I helped too much. Getting stuck is allowed."
        elseif s.vars.fib_note then
          return "It’s going in as it is. I’ll tell Mrs Okafor the truth: you got stuck, and that’s allowed."
        end
        return "It’s going in. It shows you worked hard and got stuck, and getting stuck is allowed."
      end,
      kind = "attune_boundary", next = "theo-juice",
      inner = function(s)
        if s.vars.did_sheet then return "They’ll tell her the true thing. It’s not my secret any more. Okay." end
        if s.vars.fib_note then return "No fib, then. Just the true thing. Stuck is allowed. Okay." end
        return "Stuck is allowed. Okay. It can go in."
      end,
      why = "You kept the sheet going in, kept it honest, and made getting stuck something she needn’t hide." },
    { "What’s the worst bit about her seeing it?",
      kind = "attune", next = "theo-juice", when = calm,
      inner = function(s)
        if s.vars.did_sheet then return "That she’ll know it’s not mine. And think I’m a baby." end
        return "The stuck ones. And that she’ll think I’m a baby."
      end,
      why = "You asked about the fear instead of arguing with it, so it could be talked about, not hidden." },
    repair("book-bag", "What scares you about the sheet?", "theo-juice",
      "They want to know what scares me. Not only pack the bag.",
      "You named the miss that was still open and turned back towards the fear she was hugging."),
  },
}

beat "theo-juice" {
  face = "activated",
  pressure = 20,
  say = { maya = "Will you walk me right to the line today? Not just the gate. Please?" },
  cue = "Behind you Theo knocks his juice over and starts to wail. Maya, coat on, watches to see who you turn to.",
  reflect = "Two children need you at once. How can you answer both without one of them feeling in the way?",
  note = "A pressure beat: a spill and a wail cost steadiness. Ask what helps each person stay warm when two needs arrive together.",
  choices = {
    { "Not today, Maya. Can’t you see I’ve got my hands full?",
      kind = "dismiss", next = "shoes",
      set = own("theo-juice", "rushed", "I snapped “not today” at you"),
      inner = "Theo’s mess wins. My worry doesn’t count.",
      why = "Being stretched is real, but the snap told her that her need was one thing too many." },
    { "Why does everything happen at once in this house? I can’t do it all.",
      kind = "enmesh", next = "shoes",
      set = own("theo-juice", "lost_it", "I said I couldn’t do it all, and made your asking feel like too much"),
      inner = "They’re falling apart. I shouldn’t have asked.",
      why = "Your overwhelm is understandable, but voicing it to her made her need feel like the problem." },
    { "(Turn to Theo and the juice, and leave her question hanging.)",
      kind = "withdraw", next = "shoes",
      set = own("theo-juice", "went_away", "I turned to Theo and left your question hanging"),
      inner = "They didn’t even answer. I’ll walk to the gate on my own, then.",
      why = "Going to the louder need is natural, but silence told her that her worry could wait for ever." },
    { "Yes! Right to the line. Give me one minute to mop up Theo, then I’m all yours.",
      kind = "attune_boundary", next = "shoes", when = calm,
      inner = "Yes. One minute. They’ll come back to me.",
      why = "You said yes to her need and were honest about the wait, so she didn’t have to compete." },
    { "(Crouch to her height for a second.) Right to the line. (Then reach for a cloth.)",
      kind = "attune", next = "shoes",
      inner = "They came down to me first, even with Theo crying.",
      why = "A few seconds of full attention told her she still counted in the middle of the mess." },
    repair("theo-juice", "Yes, right to the line. One minute for Theo.", "shoes",
      "They said what they did, and yes. I don’t have to fight Theo for them.",
      "Even in the rush you named the open miss and said yes to her, so she did not have to compete."),
  },
}

beat "shoes" {
  background = "images/hall.svg",
  face = "shutdown",
  say = { maya = "Were you ever on the baby table? When you were little?" },
  cue = "She’s sitting on the doormat doing up her shoes, taking much longer over the buckles than she needs to.",
  note = "A question about your own childhood. A short, true answer that hands the focus straight back can be attuned; a long one moves the story to you.",
  choices = {
    { "What’s got you thinking about that this morning?",
      kind = "attune", next = "school-gate", when = calm,
      inner = "They want to know what I think, not tell me theirs.",
      why = "Curiosity about her question kept the focus on her, instead of on your own story." },
    { "I was! It was awful. I cried every night for a month. I still remember it.",
      kind = "enmesh", next = "school-gate",
      set = own("shoes", "lost_it", "I went on about how awful it was for me"),
      inner = "Oh no. It lasts forever. And now they’re sad about it too.",
      why = "Sharing so much of your own old hurt made it about you, and told her the pain never fades." },
    { "Einstein was rubbish at school, you know.",
      kind = "fix", next = "school-gate",
      set = own("shoes", "rushed", "I told you about Einstein instead of asking about you"),
      inner = "I’m not Einstein. I’m just me, and I’m still a Hedgehog.",
      why = "The inspiring story was meant to lift her, but it skipped how she feels this morning." },
    { "I was, for reading, when I was about your age. I hated it at first. What’s it like for you?",
      kind = "attune", next = "school-gate",
      inner = "They had it too. And they turned it back to me. I can tell them.",
      why = "A short, true answer to her question, then straight back to her: company without a takeover." },
    repair("shoes", "What made you think of it?", "school-gate",
      "They said what they did, and then asked about me. I can tell them.",
      "You mended before the gate and let her question lead you back to what she feels."),
  },
}

beat "school-gate" {
  face = "shutdown",
  background = "images/school-gate.svg",
  cue_only = true,
  say = { maya = "I’m fine. You can go now. Honestly." },
  cue = "Isla is by the gate with two other girls. Maya has stopped walking, and her hand has gone tight round yours.",
  reflect = "“You can go now” and a hand gripping yours. How do you decide which one to trust?",
  note = "Cue-only beat, the morning echo of “school was fine” at the kitchen table. Ask whether they trusted the words or the hand, and what saying the cue out loud at the gate would have cost her. “Shall I have a quiet word with Isla’s mum?” is rescuing: a calm offer to make the problem go away, taking the friendship out of her hands. Marching over in anger would be getting swept up.",
  choices = {
    { "Your hand’s gone all tight and you’ve stopped walking. You’re not fine at all, are you? It’s Isla, isn’t it?",
      kind = "fix", next = "the-line",
      set = own("school-gate", "rushed", "I pointed out your hand to prove you weren’t fine"),
      inner = "Shh! Everyone can hear. Now Isla will know too.",
      why = "You read her rightly, then said it out loud at the gate, where she most needed cover." },
    { "Okay, if you’re fine. Love you. Have a good day.",
      kind = "dismiss", next = "the-line",
      set = own("school-gate", "rushed", "I said “have a good day” when you weren’t ready"),
      inner = "They believed “fine”. Now I have to go past her by myself.",
      why = "Taking “fine” at its word was easy, but her grip was asking you to stay a moment longer." },
    { "Shall I go over and have a quiet word with Isla’s mum for you?",
      kind = "rescue", next = "the-line", when = calm,
      set = own("school-gate", "took_over", "I offered to sort it out with Isla’s mum, when it’s your friendship"),
      inner = "Then everyone would see a grown-up fighting for me. That’s worse.",
      why = "Stepping in feels protective, but it takes her friendship out of her own hands." },
    { "There’s a few minutes before the bell, love. I’ll wait here with you.",
      kind = "attune", next = "the-line",
      inner = "They’re not going yet. I can do this with them next to me.",
      why = "You answered what her body was doing, not her words, and gave her a few minutes of cover." },
    { "Go and say hi to Isla! I bet she’s forgotten all about yesterday.",
      kind = "fix", next = "the-line",
      set = own("school-gate", "rushed", "I sent you off to say hi to Isla before I’d asked how you were"),
      inner = "I can’t just go over. What if she laughs again?",
      why = "A cheerful push towards Isla skipped the fear that had stopped her feet." },
    repair("school-gate", "I’ll wait a minute with you.", "the-line",
      "They noticed. And they’re staying. I can breathe.",
      "You owned the miss, then answered her body rather than her words."),
  },
}

beat "the-line" {
  -- Met again after turn-back: she has asked her question already, so she asks
  -- what she needs now, and the scene moves on.
  say = { maya = function(s)
    if s.seen("turn-back") then return "Okay. I’m going. Will you be here at three?" end
    return "The bell’s going. What if I’m still a Hedgehog at home time?"
  end },
  cue = function(s)
    if s.seen("turn-back") then
      return "She lets go of your coat, wipes her face on her sleeve and walks back to the end of the line."
    end
    return "The class is lining up by the door and Mrs Okafor waves. Maya lets go of your hand one finger at a time."
  end,
  reflect = "At a goodbye, what does a child most need to carry in with her?",
  note = "The last beat. She asks a real question: a pep talk that steps past it is fixing, however warm. A miss still open from earlier can be named here; a miss made here leads to turn-back, where it can still be mended, and on the way back the misses are not offered again.",
  choices = {
    { "In you go, love. You can do hard things, you know you can, and I want to hear all about your day at three o’clock.",
      kind = "fix", next = "turn-back",
      when = function(s) return not s.seen("turn-back") end,
      set = own("the-line", "rushed", "I gave you a pep talk and never answered your question"),
      inner = "That’s not what I asked. They didn’t hear the Hedgehog bit.",
      why = "A warm pep talk, but it stepped past her question as she walked in with it." },
    { function(s)
        if s.seen("turn-back") then return "I will. Right at this gate at three, Hedgehog or not." end
        return "You might be, love. Hedgehog or not, I’ll be at this gate at three."
      end,
      kind = "attune_boundary", next = to_ending(), id = "the-line.three",
      inner = function(s)
        if s.seen("turn-back") then return "At the gate at three. Whatever table. I can go in." end
        return "Maybe. But they’ll be here whatever table. I can go in."
      end,
      why = "You answered her plainly, with no promise you can’t keep, and said what you will do." },
    { "Quick, in you go, or you’ll be last in the line. Bye, love!",
      kind = "dismiss", next = "turn-back",
      when = function(s) return not s.seen("turn-back") end,
      set = own("the-line", "rushed", "I hurried you into the line without answering you"),
      inner = "They want me gone. My worry didn’t even get a goodbye.",
      why = "Hurrying her in is practical, but it left her question standing at the door unanswered." },
    { "That’s a big worry to walk in with.",
      kind = "attune", next = to_ending(), when = calm,
      inner = "It is big. And they know. I can hold it till three.",
      why = "You named the worry and let it be real, without rushing to shrink it." },
    { function(s)
        local id = latest_miss(s, "the-line")
        local turn = s.seen("turn-back") and " And yes, I’ll be right here at three."
          or " It’s a big thing to walk in with."
        return named(s, "the-line", id ~= "the-line" and id ~= "turn-back") .. turn
      end,
      kind = "repair", next = to_ending(), id = "the-line.repair", when = still_open,
      inner = "They remembered, and they said it. I can go in now.",
      why = "At the goodbye you named the miss still open, owned it in one line, and let her go in mended." },
  },
}

beat "turn-back" {
  face = "crying",
  state = "activated",
  say = { maya = "I don’t want to go in." },
  cue = "She runs back out of the line and presses her face into your coat. You can feel her breathing hard.",
  note = "Breathing with her while she holds on, so she can feel your slow breath, is co-regulation. “Take a deep breath, everyone’s watching” is an instruction to stop feeling, with shame added.",
  choices = {
    { "Come on, big girl, everyone’s watching. Take a deep breath and off you go.",
      kind = "dismiss", next = "the-line",
      set = own("turn-back", "rushed", "I told you to take a deep breath because everyone was watching"),
      inner = "Everyone’s watching me be a baby. I’m even more of a Hedgehog now.",
      why = "Pointing at the watching crowd added embarrassment to fear, just when she needed cover." },
    repair("turn-back", "It’s a big morning, and I’ve got you.", to_ending(),
      "They noticed what they did. I can breathe a bit.",
      "You read her running back as a message about your last answer, and owned it simply.", true),
    { "Oh, don’t, you’ll set me off as well. Please go in.",
      kind = "enmesh", next = "the-line", face = "shutdown",
      set = own("turn-back", "lost_it", "I said you’d set me off too, and you had to look after me"),
      inner = "I’m making them cry. I’d better go in and hide it.",
      why = "Your own wobble was real, but showing it made her the one holding you up." },
    { "You don’t want to, and you’re going in. I’ll walk you to the door, and I’ll be here at three.",
      kind = "attune_boundary", next = to_ending(),
      inner = "I still have to. But they’re walking me. I can do the door.",
      why = "You met the feeling and held the limit kindly. Naming your miss at the line as well would mend it." },
    { "(Hold her, and let your own breathing go slow and deep.)",
      kind = "attune", next = to_ending(),
      inner = "Their breathing is slow. Mine’s catching up. Okay.",
      why = "She could borrow your calm through your body: [[co-regulation]]. The miss itself is still unnamed." },
  },
}

------------------------------------------------------------------------------
-- Endings (the rules choose among them by verdict)
------------------------------------------------------------------------------

ending "end-stronger" {
  face = "regulated",
  title = "Mended", verdict = "stronger", background = "images/school-gate.svg",
  text = function(s)
    local missed = s.repairs > 1
      and "you missed her more than once, and she felt it. Each time, you came back, said what you had done, and stayed."
      or "you missed her, and she felt it. Then you came back, said what you had done, and stayed."
    return "Maya goes in, and at the door she turns and gives you a proper wave, the whole arm. "
      .. "It wasn’t all smooth: " .. missed .. " That night at the kitchen table she tells you, without "
      .. "being asked, that Isla saved her a seat. She has learned something worth more than column take-away: when "
      .. "things go wrong between you, they can be put right."
  end,
  reflect = "Which moment of repair mattered most, and what made it possible for you to find the words?",
  note = "Reached when every miss was mended and connection ended high. Ask the group which repair felt hardest to say, and which felt most natural.",
}

ending "end-close" {
  face = "regulated",
  title = "Side by side", verdict = "connected", background = "images/school-gate.svg",
  text = "Maya walks in with the line and looks back once from the classroom door, just to check you’re there. "
      .. "You are. The sheet in her bag isn’t perfect, but every answer on it is hers. Over one long evening and "
      .. "a wobbly morning she found out that even her biggest, crossest feelings don’t send you away.",
  reflect = "Where did you feel the pull to fix or take over, and what helped you stay with her instead?",
  note = "Reached with no miss at all and connection high. Ask where the pull to fix or take over was strongest, and what a repair would have sounded like if it had won.",
}

ending "end-done" {
  face = "shutdown",
  title = "Done, not quite together", verdict = "other", background = "images/school-gate.svg",
  text = function(s)
    local t = "The bell has gone. The evening and the morning got done, but Maya walks in carrying "
      .. "the Hedgehogs table on her own, and part of her has learned to keep a little back from you."
    if s.open_ruptures > 0 then
      return t .. " Tonight there is still time to name what was missed."
    end
    return t .. " You came back after each miss, and she noticed, but the misses cost her something, and she is still a little wary."
  end,
  reflect = "Which miss was never mended? What one sentence could mend it tonight?",
  note = "The task got done; the bond did not grow. Reached with a miss still open (the ending names it), or with every miss mended but the connection low. Invite the group to write the missing repair together.",
}

ending "end-apart" {
  face = "shutdown",
  title = "On her own", verdict = "disconnected", background = "images/school-gate.svg",
  text = function(s)
    if s.open_ruptures > 0 then
      return "Maya goes in without looking back. Nothing dreadful happened: only a run of misses, each one the kind "
        .. "of thing a tired, loving parent says, carried from one moment to the next and through the classroom door. She "
        .. "walks in sure that her feelings are too big for your house. Repair is still possible tonight. It always is."
    end
    -- Every rupture was mended, but the connection stayed low.
    local again = s.repairs > 1 and ", more than once," or ","
    return "Maya goes in without looking back. You came back and named what you had done" .. again
      .. " and she heard it: nothing is left open between you. But the misses came so often that, for most of "
      .. "the evening and the morning, she was not really heard, and the mending could not make up for all of it. "
      .. "She walks in not yet sure that her big feelings are welcome with you. Tonight, some time simply being "
      .. "with her is where to start."
  end,
  reflect = "Look back at the first miss. What would staying with her, or a one-line repair straight after, have sounded like?",
  note = "No blame here: each miss on this road is something a loving parent says. Reached when connection ended low: with misses left open, or with every miss mended in the end but so many of them that mending could not make up the ground. Ask which misses felt most natural to choose, and why.",
}
