story { id = "include-escape", title = "Escape", start = "one" }

include "../tiny/story.lua"
