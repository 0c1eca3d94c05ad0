local function iter(t, i)
  i = i + 1
  if t[i] then return i, t[i] end
end
for i, v in iter, {"x", "y"}, 0 do io.write(i, v, " ") end
print()
local function range(n) local i = 0 return function() i = i + 1; if i <= n then return i end end end
local s = 0
for v in range(100) do s = s + v end
print(s)
for a, b, c in function(_, x) if not x then return 1, 2, 3 end end do print(a, b, c) end
print(pcall(function() for x in 5 do end end))
print(pcall(function() for x in nil do end end))
