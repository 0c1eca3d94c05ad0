-- §6.8 more number-reading edge cases
local name = os.tmpname()
local function try(text)
  local f = assert(io.open(name, "w")) f:write(text) f:close()
  f = assert(io.open(name))
  local a, b = f:read("n", "l")
  f:close()
  print(string.format("%q", text), a, math.type(a), b)
end
try("  \t\n 12") try("-0x10") try("0X1P4") try("1.5E-2x") try("inf") try("nan") try("--1")
try("9223372036854775807") try("9223372036854775808") try("0x7fffffffffffffffff") try("1e400")
try("") try("-") try(".") try("0x") try("1..2") try("  +.5e+1rest")
os.remove(name)
