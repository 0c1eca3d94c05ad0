-- §3.3.4 a label at the end of a block is visible even past local declarations
do
  goto done
  local x = 1
  print("skipped", x)
  ::done::
end
print("after")
local function f(n)
  if n > 0 then goto positive end
  do return "non-positive" end
  ::positive::
  return "positive"
end
print(f(1), f(-1))
