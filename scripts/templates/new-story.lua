-- {{TITLE}}: a new story. Start writing here; `attune check {{DIR}}` tells you
-- what is missing, `attune play --text {{DIR}}` plays it in the terminal, and
-- F5 in the game reloads it. The story API is in docs/writing-stories.md.

story { id = "{{ID}}", title = "{{TITLE}}", relationship = "parent-child",
        minutes = 5, start = "opening", with = "sam", connection = 80,
        summary = "One or two sentences for the story card.",
        you = "You are Sam's parent." }

character "sam" { name = "Sam", about = "your son, 7", state = "activated" }

-- Write so that only reading the scene tells the attuned answer: the misses
-- here are the longer, warmer-sounding ones, and no answer quotes the cue
-- (`attune check` and `attune simulate` look for such tells).
beat "opening" {
  say = { sam = "I’m *never* going back to swimming. Never." },
  cue = "His towel is still dry. He is holding the car door handle and not letting go.",
  choices = {
    { "You loved it last week! Once you’re in the water you’ll feel better, you’ll see.",
      kind = "fix", next = "shut", inner = "They don’t care what happened.",
      why = "Cheering him on skipped over how scared he is right now." },
    { "Something at the pool was horrible.", kind = "attune", next = "why",
      inner = "They can tell. I don’t have to explain it all.",
      why = "You named the feeling his body was showing before asking for reasons." },
    { "Fine, no more swimming. I’ll tell the coach you’re ill.", kind = "rescue",
      next = "shut", inner = "Even they think I can’t do it.",
      why = "Taking the problem away tells him he can’t face it." },
  },
}

beat "shut" {
  say = { sam = "Whatever." },
  cue = "He turns to the window. His shoulders come up to his ears.",
  choices = {
    { "Don’t ‘whatever’ me, Sam. I asked you a question and I’d like a proper answer, please.",
      kind = "dismiss", next = "why", inner = "I knew it. Better not to say anything.",
      why = "Correcting his tone closed the door he had left open a crack." },
    { "I rushed in just now. What happened?", kind = "repair", next = "why",
      inner = "Oh. They noticed. Maybe I can say it.",
      why = "You named your miss and came back to his experience." },
  },
}

beat "why" {
  say = { sam = "Everyone could already do the deep end. I just held the side." },
  cue = "His voice goes very small on the last word.",
  choices = {
    { "Next week you’ll do it too. I know you will, and I’ll be right there cheering you on.",
      kind = "fix", next = "home", inner = "They don’t get it.",
      why = "Reassurance came before he felt understood." },
    { "Holding the side while everyone else swims. Lonely.", kind = "attune",
      next = to_ending(), inner = "Yes. That’s exactly it.",
      why = "You stayed with the feeling instead of solving the swimming." },
    { "Before, I told you off for your tone. You were upset, and I didn’t ask why.",
      kind = "repair", repairs = "shut", next = to_ending(),
      when = function(s) return s.open_at("shut") end,
      inner = "They remembered. I can tell them the rest.",
      why = "A late repair that names the miss still mends it." },
  },
}

beat "home" {
  say = "The car pulls into the drive. He doesn’t move to get out.",
  choices = {
    { "I jumped to next week. Today was the hard bit, wasn’t it?", kind = "repair",
      next = to_ending(), inner = "They came back to it.",
      why = "You owned the rush and went back to today." },
    { "(Turn the engine off and wait with him.)", kind = "attune", next = to_ending(),
      inner = "They’re not hurrying me.",
      why = "Staying put let him come to it in his own time." },
    -- A miss may end the story: it leads straight to an ending apart, and the
    -- debrief names it (docs/writing-stories.md, "Endings straight from a miss").
    { "Right, inside. Tea’s getting cold and I’ve still got emails to do tonight.",
      kind = "withdraw", next = "end-apart", inner = "It doesn’t matter. I don’t matter.",
      why = "Going back to your evening left him alone with it." },
  },
}

-- to_ending() picks one of these by how the play went (docs/writing-stories.md,
-- "How a story ends"); "end-apart" is also reached straight from a miss above.
ending "end-close" { title = "Side by side", verdict = "connected",
  text = "He lets go of the door handle and tells you the rest on the way home." }

ending "end-stronger" { title = "Back again", verdict = "stronger",
  text = "After the bumpy start, he talks all the way home. You came back, and he noticed." }

ending "end-unsaid" { title = "Nearly", verdict = "other",
  text = "He tells you some of it. Something from the drive stays between you." }

ending "end-apart" { title = "A quiet drive", verdict = "disconnected",
  text = "The drive home is quiet. He keeps the rest to himself for now." }
