-- Differential fuzzing driver: runs every generated program of a batch file under the interpreter running this
-- script and prints what each one printed, so the same batch run by the oracle (Lua 5.4.8) and by Tycho can be
-- compared program by program. Usage: <interpreter> driver.lua batch.lua
--
-- A batch file returns a list of program sources. Each program gets its own environment whose `print` writes to
-- this driver's buffer (so a program cannot disturb the others' output) and is loaded as chunk "=prog" (manual
-- §6.1 load), then run under pcall; a load error or a runtime error is printed as a line of its own.

local batch = assert(loadfile(arg[1]))()
local write = io.write

local function show(v)
  -- Addresses differ between interpreters and runs: print only the type of tables, functions, threads, userdata.
  local t = type(v)
  if t == "table" or t == "function" or t == "thread" or t == "userdata" then return t end
  return tostring(v)
end

for i, src in ipairs(batch) do
  local lines = {}
  local env = setmetatable({}, {__index = _G})
  env.print = function (...)
    local n = select("#", ...)
    local parts = {}
    for k = 1, n do parts[k] = show((select(k, ...))) end
    lines[#lines + 1] = table.concat(parts, "\t")
  end
  local f, lerr = load(src, "=prog", "t", env)
  if not f then
    lines[#lines + 1] = "LOAD ERROR: " .. show(lerr)
  else
    local ok, rerr = pcall(f)
    if not ok then lines[#lines + 1] = "ERROR: " .. show(rerr) end
  end
  write("=== ", i, "\n", table.concat(lines, "\n"), "\n")
end
write("=== end\n")
