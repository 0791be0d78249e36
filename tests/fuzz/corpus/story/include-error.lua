story { id = "include-error", title = "Error in an included file", start = "one" }

include "scenes/bad.lua"
