package.path = "mods/?.txt;" .. package.path
local counter = require("counter")
print(counter == package.loaded.counter, counter == _G.counter)
print(counter._NAME, counter._PACKAGE == "", counter._M == counter)
print(counter.increment(), counter.increment())
counter.step = 5
print(counter.increment(), counter.describe())
counter.reset()
print(counter.describe(), require("counter") == counter)
print(rawget(counter, "string"), counter.string == string)
