package.path = "mods/?.txt;" .. package.path
local s = require("util.strings")
print(s == util.strings, type(util), s._NAME, s._PACKAGE)
local parts = s.split("a,b,,c", ",")
print(#parts, s.join(parts, "|"))
print("[" .. s.trim("  padded  ") .. "]")
print(package.loaded["util.strings"] == s)
