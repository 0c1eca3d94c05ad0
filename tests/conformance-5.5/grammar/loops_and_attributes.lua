-- Lua 5.5 manual §3.3.5: read-only control variables; §3.3.7: prefixed attributes
local function try(src)
  local f, err = load(src)
  if not f then print("compile:", err) return end
  print("run:", pcall(f))
end
try("for i = 1, 2 do i = 3 end")
try("for k in pairs{} do k = 1 end")
try("for k, v in pairs{1} do v = 2 end return 'ok'")
try("for i = 1, 2 do local i = i * 2 end return 'shadow ok'")
try("for i = 1, 3 do local f = function() i = 1 end end")
try("local <const> a, b = 1, 2; b = 3")
try("local <const> a, b <close> = 1, nil; return a")
try("local <close> a, b\n")
try("local a <close>, b <close>\n")
try("local x <const> = {}\nx\n=\n2")
try("::L1::\n::L1::\n")
try("if\nmath.sin(1)\nthen\n  a=1\nelse\n  a=2\nend")
try("while true do if true then break end end return 'broke'")
