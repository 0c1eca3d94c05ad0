-- Base functions are called from Lua closures here: called straight from pcall, Lua 5.2.4 names them
-- "_G.f" or "f" depending on the hash order of _G, which is seeded at random per run.
local function try(f, ...) print(select(2, pcall(f, ...))) end
try(string.rep)
try(string.sub)
try(string.char, "x")
try(math.floor, "a")
try(function() return setmetatable(1, {}) end)
try(function() return setmetatable({}, 1) end)
try(table.concat, 1)
try(table.insert, nil, 1)
try(function() return ipairs() end)
try(function() return tostring() end)
try(string.format, "%y", 1)
try(("x").rep, "x", {})
try(math.max)
try(function() return select("x") end)
try(string.byte, "a", "b")
