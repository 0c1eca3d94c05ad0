-- §3.5 upvalues are closed at the end of each iteration, also on break
local fs = {}
for i = 1, 5 do
  local x = i * 10
  fs[#fs + 1] = function() x = x + 1; return x end
  if i == 3 then break end
end
print(fs[1](), fs[1](), fs[2](), fs[3]())
local r = {}
local i = 0
repeat
  i = i + 1
  local y = i
  r[i] = function() return y end
until y >= 3
print(r[1](), r[2](), r[3]())
