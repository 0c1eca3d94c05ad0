local print = print
do
  local _ENV = {x = 1}
  y = 2
  print(x, y, _ENV.y)
end
local function sandboxed(_ENV) return a + b end
print(sandboxed({a = 1, b = 2}))
local env = setmetatable({}, {__index = _G})
local f = load("z = 10; return z + (w or 0)", "chunk", "t", env)
print(f(), env.z, rawget(_G, "z"))
print(_ENV == _G)
