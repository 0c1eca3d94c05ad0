local function sandbox(code, allowed)
  local env = {}
  for _, name in ipairs(allowed) do env[name] = _G[name] end
  local fn, err = load(code, "=sandbox", "t", env)
  if not fn then return false, err end
  return pcall(fn)
end
print(sandbox("print('inside'); return 1 + 1", {"print"}))
print(sandbox("return os.exit()", {"print"}))
print(sandbox("x = 5; return x * 2", {}))
print(x)
print(sandbox("return string.rep('ab', 2)", {"string"}))
print(sandbox("syntax error here", {}))
print(sandbox("\27Lua", {}))
local counter = 0
local env = setmetatable({}, {__index = function(_, k) counter = counter + 1; return _G[k] end})
local f = load("local a = tostring(1) .. tostring(2); return type(a)", "=c", "t", env)
print(f(), counter)
