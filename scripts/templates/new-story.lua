-- {{TITLE}}: a new story. Start writing here; `attune check {{DIR}}` tells you
-- what is missing, `attune play --text {{DIR}}` plays it in the terminal, and
-- F5 in the game reloads it. The story API is in docs/writing-stories.md.

story { id = "{{ID}}", title = "{{TITLE}}", relationship = "parent-child",
        minutes = 5, start = "opening", with = "sam",
        summary = "One or two sentences for the story card.",
        you = "You are Sam's parent." }

character "sam" { name = "Sam", about = "your son, 7", state = "activated" }

beat "opening" {
  say = { sam = "I’m *never* going back to swimming. Never." },
  cue = "His towel is still dry. He is holding the car door handle and not letting go.",
  choices = {
    { "Something at the pool felt really bad today.", kind = "attune", next = "why",
      inner = "They can tell. I don’t have to explain it all.",
      why = "You named the feeling his body was showing before asking for reasons." },
    { "You loved it last week! You’ll feel better once you’re in the water.", kind = "fix",
      next = "shut", inner = "They don’t care what happened.",
      why = "Cheering him on skipped over how scared he is right now." },
    { "Fine, you don’t have to go. I’ll tell the coach you’re ill.", kind = "rescue",
      next = "shut", inner = "Even they think I can’t do it.",
      why = "Taking the problem away tells him he can’t face it." },
  },
}

beat "shut" {
  say = { sam = "Whatever." },
  cue = "He turns to the window. His shoulders come up to his ears.",
  choices = {
    { "I rushed in just now. I’d like to hear what happened, if you want to tell me.",
      kind = "repair", next = "why", inner = "Oh. They noticed. Maybe I can say it.",
      why = "You named your miss and came back to his experience." },
    { "Don’t ‘whatever’ me.", kind = "dismiss", next = "end-apart",
      inner = "I knew it. Better not to say anything.",
      why = "Correcting his tone closed the door he had left open a crack." },
  },
}

beat "why" {
  say = { sam = "Everyone could already do the deep end. I just held the side." },
  cue = "His voice goes very small on the last word.",
  choices = {
    { "Holding the side while everyone else swims — that sounds lonely.", kind = "attune",
      next = { { "end-stronger", when = function(s) return s.repairs > 0 end },
               { "end-close" } },
      inner = "Yes. That’s exactly it.",
      why = "You stayed with the feeling instead of solving the swimming." },
    { "Next week you’ll do it too, I know you will.", kind = "fix", next = "end-apart",
      inner = "They don’t get it.",
      why = "Reassurance came before he felt understood." },
  },
}

ending "end-close" { title = "Side by side", verdict = "connected",
  text = "He lets go of the door handle and tells you the rest on the way home." }

ending "end-stronger" { title = "Back again", verdict = "stronger",
  text = "After the bumpy start, he talks all the way home. You came back, and he noticed." }

ending "end-apart" { title = "A quiet drive", verdict = "disconnected",
  text = "The drive home is quiet. He keeps the rest to himself for now." }
