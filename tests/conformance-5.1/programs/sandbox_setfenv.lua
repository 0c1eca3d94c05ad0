local function sandbox(code, allowed)
  local env = {}
  for _, name in ipairs(allowed) do env[name] = _G[name] end
  local fn, err = loadstring(code, "=sandbox")
  if not fn then return false, err end
  setfenv(fn, env)
  return pcall(fn)
end
print(sandbox("print('inside'); return 1 + 1", {"print"}))
print(sandbox("return os.exit()", {"print"}))
print(sandbox("x = 5; return x * 2", {}))
print(x)
print(sandbox("return string.rep('ab', 2)", {"string"}))
print(sandbox("syntax error here", {}))
local counter = 0
local env = setmetatable({}, {__index = function(_, k) counter = counter + 1; return _G[k] end})
local f = loadstring("local a = tostring(1) .. tostring(2); return type(a)")
setfenv(f, env)
print(f(), counter)
