local tb = debug.traceback("msg")
print(tb:match("^msg\nstack traceback:\n") ~= nil)
print(debug.traceback(42), debug.traceback(nil))
local function lvl() return debug.traceback("here", 1) end
print((lvl():gsub("\n.*", "")))
