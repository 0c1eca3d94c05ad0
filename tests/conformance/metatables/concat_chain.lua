-- §3.4.6 concatenation is right associative; __concat sees partial results
-- (lua5.4.4 has a bug when a __concat handler called from the middle of a longer chain makes certain calls or
-- concatenations itself: it prints a wrong result or crashes. This handler avoids those patterns.)
local mt = {__concat = function(a, b)
  if type(b) == "string" then return b:upper() end
  return "T"
end}
local o = setmetatable({n = "o"}, mt)
print("a" .. "b" .. o .. "c" .. "d")
print(o .. 1 .. 2)
print(1 .. o)
print(o .. o)
