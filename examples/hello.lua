-- Hello from Tycho: a first taste of Lua 5.4 (run: dotnet run --project src/Tycho.Cli -c Release -- examples/hello.lua)
print("Hello from " .. _VERSION .. "!")

local function greet(name, times)
  local parts = {}
  for i = 1, times do parts[#parts + 1] = string.format("%d. hello, %s", i, name) end
  return table.concat(parts, "\n")
end
print(greet("world", 3))

-- integers and floats are distinct subtypes (§2.1)
print(7 // 2, 7 / 2, math.type(7 // 2), math.type(7 / 2), 2^53, math.maxinteger)

-- closures, varargs and coroutines
local function counter() local n = 0; return function() n = n + 1; return n end end
local c = counter(); c(); c()
print("counter:", c(), select("#", 1, nil, 3))
local gen = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i * i) end end)
print("squares:", gen(), gen(), gen())
