story { id = "unknown-next", title = "Unknown next", start = "kitchen" }

beat "kitchen" {
  say = "Hello.",
  choices = {
    { "Go on.", kind = "attune", next = "argu", inner = "x", why = "x" },
    { "Stop.", kind = "fix", next = "argue", inner = "x", why = "x" },
  },
}

ending "argue" { title = "End", text = "The end.", verdict = "other" }
