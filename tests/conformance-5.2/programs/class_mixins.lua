package.path = "lib/?.txt;" .. package.path
local class = require("class")
local Comparable = {
  __lt = function(a, b) return a:compare(b) < 0 end,
  __le = function(a, b) return a:compare(b) <= 0 end,
  max = function(a, b) if a < b then return b end return a end,
}
local Serializable = {
  serialize = function(self)
    local keys = {}
    for k in pairs(self) do keys[#keys + 1] = k end
    table.sort(keys)
    local out = {}
    for _, k in ipairs(keys) do out[#out + 1] = k .. "=" .. tostring(self[k]) end
    return getmetatable(self).name .. "{" .. table.concat(out, ";") .. "}"
  end,
  included = function(cls) print("Serializable included in " .. cls.name) end,
}
local Version = class("Version"):include(Comparable):include(Serializable)
function Version:init(major, minor) self.major, self.minor = major, minor end
function Version:compare(o)
  if self.major ~= o.major then return self.major - o.major end
  return self.minor - o.minor
end
local v1, v2, v3 = Version(1, 2), Version(1, 10), Version(0, 99)
print(v1 < v2, v2 < v1, v3 <= v1, v1 > v3, v1 >= v1)
print(v1:max(v2):serialize(), v3:serialize())
print(Version:includes(Comparable), Version:includes({}))
local list = {v2, v1, v3}
table.sort(list)
for _, v in ipairs(list) do io.write(v.major, ".", v.minor, " ") end
print()
local Sub = class("Sub", Version)
print(Sub:includes(Serializable), Sub(2, 0):serialize())
