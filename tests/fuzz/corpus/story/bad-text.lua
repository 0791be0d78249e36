story { id = "bad-text", title = "Bad text", start = "one" }

beat "one" {
  say = "café in latin-1",
  choices = { { "Hi.", kind = "attune", next = "end", inner = "x", why = "x" } },
}

ending "end" { title = "End", text = "End.", verdict = "other" }
