-- Variable info in error messages as Lua 5.4.8 derives it (ldebug.c), and where the parser reports.
local function msg(src)
  local f, e = load(src)
  if not f then return e end
  local ok, e2 = pcall(f)
  return e2
end

-- only a local or upvalue called _ENV makes an access global; a field or a string constant does not
print(msg("print(('_ENV').x + 1)"))
print(msg("a = {_ENV = {}}; print(a._ENV.x + 1)"))
print(msg("local _ENV = {print = print}; print(y + 1)"))
-- names are C strings: an embedded zero ends them
print(msg("local a = {}; a['x\\0y'].z = 1"))
print(msg("local t = {}; t:m\\u{41}()"))
-- a call is on the line of its arguments' first token
print(msg("a\n(     -- <<\n23)\n"))
print(msg("local a = {x = 13}\na\n.\nx\n(     -- <<\n23\n)"))
print(msg("local s = 'x'\ns\n:\nfoo\n(\n)"))
-- the local-variable limit is raised while parsing, before a later syntax error
local s = "\nfunction foo ()\n  local "
for j = 1, 300 do s = s .. "a" .. j .. ", " end
print(msg(s .. "b\n"))
s = "for i = 1, 2 do local "
for j = 1, 197 do s = s .. "a" .. j .. ", " end
print(msg(s .. "b\n"))
print(msg("local function f(a, b, ...) local x1, x2, x3 end local " .. string.rep("y, ", 199) .. "z"))
-- upvalue ids stand for light userdata; a file's __gc checks its argument
local id = debug.upvalueid(function () return s end, 1)
print(pcall(debug.setuservalue, id, {}))
print(msg("getmetatable(io.stdin).__gc()"))
