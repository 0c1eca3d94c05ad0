-- §6.4.1 . matches every byte including \0 and newlines
print(("a\0b\nc"):gsub(".", "x"))
print(("\0"):match("."):byte(), ("\n"):find("."))
print(("a\0b"):match("a(.)b"):byte())
print(("a\0b"):find("%z"), ("a\0b"):find("[\0]"))
print(#("a\0b\0c"):gsub("%Z", ""))
