package.path = "lib/?.txt;" .. package.path
local json = require("json")
local Date = {}
Date.__index = Date
Date.__tojson = function(d) return json.encode(string.format("%04d-%02d-%02d", d.y, d.m, d.d)) end
local function date(y, m, d) return setmetatable({y = y, m = m, d = d}, Date) end
local events = {
  {title = "launch", when = date(2009, 5, 1)},
  {title = "review", when = date(2010, 12, 24)},
}
print(json.encode(events))
print(json.encode({when = date(1999, 1, 2)}, "\t"))
local decoded = json.decode(json.encode(events))
for i, e in ipairs(decoded) do print(i, e.title, e.when) end
