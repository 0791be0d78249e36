story { id = "syntax-error", title = "Broken", start = "one" }

beat "one" {
  say = "Hello",
  choices = { { "Hi", kind = "attune", next = "one" why = "x" } },
}
