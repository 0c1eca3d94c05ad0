-- §2.2 _ENV is an upvalue of every chunk and can be replaced
local function sandbox()
  local _ENV = {print = print}
  y = 1
  return y, x_undefined
end
print(sandbox())
print(y)
local env = setmetatable({}, {__index = _G})
local f = load("z = 42; return z", "c", "t", env)
print(f(), env.z, z)
do local _ENV = {tostring = tostring}; result = tostring(_ENV.result) end
print(result)
