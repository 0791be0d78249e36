-- A story split across files: the beats live in scenes/.
story { id = "multi-file", title = "Two files", start = "hello", with = "kid" }

character "kid" { name = "Kid", state = "regulated" }

include "scenes/hello.lua"
