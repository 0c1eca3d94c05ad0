-- A 'break' out of a generic for closes its fourth value, also when the body captures a loop variable
-- (Lua 5.4.4 emitted the break's CLOSE above that value's register).
local function closer(name)
  return setmetatable({}, {__close = function(_, e) print("close", name, e) end})
end

local function test(capture)
  for k, v in next, {1, 2}, nil, closer(capture and "captured" or "plain") do
    if capture then local function f() return k, v end end
    print("body", k)
    break
  end
  print("after loop")
end
test(false)
test(true)

-- numeric for and while with captured locals, leaving through break and goto
for i = 1, 3 do
  local x <close> = closer("numeric " .. i)
  local function f() return i, x end
  if i == 2 then break end
end
local n = 0
while true do
  n = n + 1
  local y <close> = closer("while " .. n)
  local function g() return y end
  if n == 2 then goto out end
end
::out::
print("done")
