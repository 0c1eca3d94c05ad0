-- §2.5.3 finalizers run while the program keeps allocating, and getinfo names them "metamethod '__gc'"
-- (ldebug.c funcnamefromcall, CIST_FIN).
local name, namewhat
setmetatable({}, {__gc = function ()
  local t = debug.getinfo(1, "n")
  name, namewhat = t.name, t.namewhat
end})
repeat local a = {} until name
print(name, namewhat)
