local sources = {
  greet = "local M = {} function M.hi(n) return 'hi ' .. n end return M",
  cfg = "local name, extra = ... return {level = 3, name = name, extra = extra}",
}
table.insert(package.searchers, 2, function(name)
  local src = sources[name]
  if not src then return "\n\tno virtual source '" .. name .. "'" end
  return assert(load(src, "=" .. name)), "extra-value"
end)
print(require("greet").hi("there"))
local cfg = require("cfg")
print(cfg.level, cfg.name, cfg.extra)
local ok, err = pcall(require, "absent_mod")
print(ok, err:match("no virtual source 'absent_mod'") ~= nil)
print(package.loaders == package.searchers)
print(package.searchpath("counter", "mods/?.txt"))
print(package.searchpath("nope", "mods/?.txt;mods/?.lua"))
