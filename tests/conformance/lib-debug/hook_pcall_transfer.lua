-- §6.10 debug.getinfo 'r': the return hook of pcall/xpcall sees lua's layout of their results: true and the
-- results from index 1, or false and the error above the arguments.
local out = {}
debug.sethook(function (ev)
  local t = debug.getinfo(2, "nr")
  if t.name == "pcall" or t.name == "xpcall" then out[#out + 1] = ev .. " " .. t.ftransfer .. " " .. t.ntransfer end
end, "cr")
pcall(function () return 1, 2 end)
pcall(error, "x")
xpcall(function () return 1 end, print)
xpcall(error, function (m) return m end, "y")
debug.sethook()
print(table.concat(out, "; "))
