-- §4.1 stack overflow inside a coroutine is an ordinary error
local co = coroutine.create(function() local function r() return 1 + r() end return r() end)
local ok, e = coroutine.resume(co)
print(ok, e:find("stack overflow", 1, true) ~= nil, coroutine.status(co))
