-- Inside a finalizer the collector refuses every collectgarbage option: each returns a single fail (nil).
local results = {}
setmetatable({}, {__gc = function ()
  for _, opt in ipairs{"collect", "count", "step", "isrunning", "incremental", "stop"} do
    local r = table.pack(collectgarbage(opt))
    results[#results + 1] = opt .. "=" .. r.n .. ":" .. tostring(r[1])
  end
end})
collectgarbage()
print(table.concat(results, " "))
print(collectgarbage("isrunning"))
-- invalid options are still errors there
setmetatable({}, {__gc = function () results.err = select(2, pcall(collectgarbage, "nope")) end})
collectgarbage()
print(results.err)
