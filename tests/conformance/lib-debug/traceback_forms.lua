-- §6.10 debug.traceback with messages and levels
print(debug.traceback("msg", 1):gsub("\n.*", ""))
print(debug.traceback(nil) ~= nil, type(debug.traceback()))
print(debug.traceback({}) ~= nil, type(debug.traceback({})))
print(debug.traceback(12):match("^12\nstack traceback:") ~= nil)
local function lvl() return debug.traceback("x", 1) end
print(select(2, lvl():gsub("\n", "\n")))
print(debug.traceback("m", 50))
