-- §6.4 long and binary strings survive a dump
local function strs() return ("x"):rep(300), "\0\1\2\255", "", ("long string"):rep(20) end
local a, b, c, d = load(string.dump(strs))()
print(#a, b == "\0\1\2\255", c == "", #d)
local function withtbc()
  local t <close> = setmetatable({}, {__close = function() print("closed") end})
  return "body"
end
print(load(string.dump(withtbc))())
