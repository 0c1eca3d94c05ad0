-- §6.4 a dumped function keeps its source name for errors
local f = load("local x = ... if x then error('in chunk') end return 'ok'", "=origin")
local g = load(string.dump(f))
print(g())
print(pcall(g, true))
local h = load(string.dump(f, true))
print(pcall(h, true))
