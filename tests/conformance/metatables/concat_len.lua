-- §2.4 __concat and __len
local mt = {__concat = function(a, b)
  local x = type(a) == "table" and "T" or tostring(a)
  local y = type(b) == "table" and "T" or tostring(b)
  return x .. y
end, __len = function() return 42 end}
local o = setmetatable({}, mt)
print(o .. "a", "a" .. o, 1 .. o, o .. o, "x" .. "y" .. o)
print(#o, rawlen(o))
print(pcall(function() return {} .. "a" end))
