-- An error in a __gc finalizer calls no message handler: the collector runs finalizers protected, without one
-- (lgc.c GCTM). In 5.3 the "error in __gc metamethod" it raises after is thrown past handlers too (LUA_ERRGCMM);
-- in 5.4 the error is a warning (off here).
local calls = 0
local function handler (m) calls = calls + 1; return "handled: " .. tostring(m) end

setmetatable({}, {__gc = function () error("boom") end})
print(xpcall(collectgarbage, handler))
print("handler calls", calls)

-- a protected call inside a finalizer keeps its own handler
setmetatable({}, {__gc = function ()
  print("inside", xpcall(error, function (m) return "own: " .. m end, "x", 0))
end})
print(xpcall(collectgarbage, handler))
print("handler calls", calls)

-- through a function that runs the collector
setmetatable({}, {__gc = function () error({}) end})
local function collect () collectgarbage(); return "collected" end
local ok, msg = xpcall(collect, handler)
print(ok, (tostring(msg):gsub("table: 0x%x+", "table")), "handler calls", calls)
