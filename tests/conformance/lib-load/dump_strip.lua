-- §6.4 string.dump with strip loses debug information
local function f(x)
  local y = x * 2
  error("oops")
end
local full = load(string.dump(f))
local stripped = load(string.dump(f, true))
print(pcall(full, 1))
print(pcall(stripped, 1))
print(#string.dump(f, true) < #string.dump(f))
local function g() local a = nil return a.b end
print(pcall(load(string.dump(g))))
print(pcall(load(string.dump(g, true))))
