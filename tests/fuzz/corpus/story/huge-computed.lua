-- A text function that returns an enormous string: the engine caps it.
story { id = "huge-computed", title = "Huge computed text", start = "one" }

beat "one" {
  say = function(s) return string.rep("very ", 100000) end,
  choices = { { "Hi.", kind = "attune", next = "end", inner = "x", why = "x" } },
}

ending "end" { title = "End", text = "End.", verdict = "other" }
