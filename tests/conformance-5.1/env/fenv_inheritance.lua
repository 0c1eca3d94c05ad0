local env = {print = print}
local function outer()
  local function inner() return marker end
  return inner
end
setfenv(outer, env)
env.marker = "env marker"
marker = "global marker"
local inner = outer()
print(inner())
local function caller() return getfenv(2) end
local function callee() local e = caller(); return e end
setfenv(callee, env)
print(callee() == env)
