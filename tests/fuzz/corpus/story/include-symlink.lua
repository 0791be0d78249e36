story { id = "include-symlink", title = "Symlink", start = "one" }

include "outside.lua"
