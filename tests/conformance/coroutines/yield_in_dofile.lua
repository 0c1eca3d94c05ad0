-- dofile calls the chunk with lua_callk: the chunk may yield through it.
local file = os.tmpname()
local f = assert(io.open(file, "w"))
f:write[[
local x, z = coroutine.yield(10)
local y = coroutine.yield(20)
return x + y * z, "done"
]]
assert(f:close())

local co = coroutine.wrap(dofile)
print(co(file))
print(co(100, 101))
print(co(200))

-- inside a Lua body too, with the results adjusted by the caller
co = coroutine.wrap(function(name)
  local a = dofile(name)
  local t = {dofile(name)}
  return a, #t, t[1], t[2]
end)
print(co(file)); print(co(1, 2)); print(co(3)); print(co(4, 5)); print(co(6))

-- errors in the chunk and in loading propagate
f = assert(io.open(file, "w")); f:write("coroutine.yield(1) error('boom')"); f:close()
co = coroutine.wrap(function(name) return pcall(dofile, name) end)
print(co(file))
local ok, msg = co()
print(ok, (string.gsub(msg, "^.-:(%d+:)", "FILE:%1")))
os.remove(file)
print(pcall(dofile, file) == false)
