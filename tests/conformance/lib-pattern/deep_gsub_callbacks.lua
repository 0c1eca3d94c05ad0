-- §6.4.1 nested gsub calls inside replacement functions
local r = ("a b c"):gsub("%a", function(c)
  return (c:rep(2):gsub(".", function(d) return d:upper() end))
end)
print(r)
print((("x"):rep(5)):gsub("x", function() return ("y"):gsub("y", "z") end))
