-- §7 an error with level 0 has no position
io.write("partial line ")
error("no position", 0)
