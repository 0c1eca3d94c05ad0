local function f()
  local _ENV = {}
  return print("unreachable")
end
f()
