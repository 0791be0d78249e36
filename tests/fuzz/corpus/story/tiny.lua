-- A tiny story with known numbers, for the runtime tests.
story { id = "tiny", title = "Tiny", relationship = "parent-child", minutes = 1,
        start = "one", with = "kid", summary = "A test." }

character "kid" { name = "Kid", about = "a test child", state = "activated" }

beat "one" {
  say = { kid = "I *hate* this." }, cue = "Arms crossed.", shuffle = false,
  reflect = "What is under the hate?", note = "Test note.",
  choices = {
    { "That sounds hard.", kind = "attune", next = "two", inner = "Seen.", why = "Met the feeling." },
    { "Just do it.", kind = "fix", next = "hurt", inner = "Alone.", why = "Skipped the feeling." },
    { "I'll do it for you.", kind = "rescue", next = "two", inner = "Helpless.",
      why = "Took it over.", effects = { connection = -20 } },
  },
}

beat "hurt" {
  say = { kid = "Whatever." }, pressure = 50, shuffle = false,
  choices = {
    { "I rushed you. I'm sorry. Tell me again?", kind = "repair", next = "two",
      inner = "Back.", why = "Named the miss." },
    { "Don't whatever me.", kind = "dismiss", next = "two", inner = "Gone.", why = "Lectured." },
  },
}

beat "two" {
  say = { kid = "Okay." }, shuffle = false,
  choices = {
    { "Stay.", kind = "attune", inner = "Near.", why = "Stayed.",
      next = { { "good", when = function(s) return s.connection >= 60 end }, { "bad" } } },
  },
}

ending "good" { title = "Good", text = "Close.", verdict = "connected" }
ending "bad" { title = "Bad", text = "Apart.", verdict = "disconnected" }
