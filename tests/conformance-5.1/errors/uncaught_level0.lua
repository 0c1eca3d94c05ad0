io.write("partial output")
error("plain message", 0)
