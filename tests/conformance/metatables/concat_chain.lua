-- §3.4.6 concatenation is right associative; __concat sees partial results
local mt = {__concat = function(a, b)
  local function s(x) return type(x) == "table" and "[" .. x.n .. "]" or x end
  return s(a) .. s(b)
end}
local o = setmetatable({n = "o"}, mt)
print("a" .. "b" .. o .. "c" .. "d")
print(o .. 1 .. 2)
