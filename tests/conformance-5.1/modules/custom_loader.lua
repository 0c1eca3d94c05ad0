local sources = {
  greet = "local M = {} function M.hi(n) return 'hi ' .. n end return M",
  cfg = "module(..., package.seeall) level = 3",
}
table.insert(package.loaders, 2, function(name)
  local src = sources[name]
  if not src then return "\n\tno virtual source '" .. name .. "'" end
  return assert(loadstring(src, "=" .. name))
end)
print(require("greet").hi("there"))
print(require("cfg").level, cfg._NAME)
local ok, err = pcall(require, "absent_mod")
print(ok, err:match("no virtual source 'absent_mod'") ~= nil)
