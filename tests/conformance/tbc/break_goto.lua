-- §3.3.8 leaving a block by break, goto or return closes variables
local function C(n) return setmetatable({}, {__close = function() io.write("close", n, " ") end}) end
for i = 1, 3 do
  local c <close> = C(i)
  if i == 2 then break end
end
print()
do
  local c <close> = C("g")
  goto out
end
::out::
print()
local function r() local c <close> = C("r"); return "ret" end
print(r())
