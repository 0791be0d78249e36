story { id = "no-os", title = "No os", start = "one" }

os.execute("echo escaped")
