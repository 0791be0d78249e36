story { id = "include-loop", title = "Loop", start = "one" }

include "again.lua"
