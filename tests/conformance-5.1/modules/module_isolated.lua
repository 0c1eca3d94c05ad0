package.path = "mods/?.txt;" .. package.path
local iso = require("isolated")
print(iso.get(), iso.value, iso.try_print())
print(pcall(function() return iso.print end))
