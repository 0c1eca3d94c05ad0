-- §3.3.5 generic for: iterator function, state, control; closing value
local function range(n)
  return function(s, c) if c < n then return c + 1 end end, nil, 0
end
for i in range(3) do io.write(i, " ") end print()
local function chars(s)
  local i = 0
  return function() i = i + 1; if i <= #s then return i, s:sub(i, i) end end
end
for i, c in chars("abc") do io.write(i, c, " ") end print()
for k, v in next, {10, 20} do io.write(k, "=", v, " ") end print()
print(pcall(function() for x in 5 do end end))
