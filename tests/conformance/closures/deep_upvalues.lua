-- §3.5 upvalues through many nesting levels
local function make()
  local v = 0
  return function()
    return function()
      return function()
        v = v + 1
        return v
      end
    end
  end
end
local f = make()()()
print(f(), f(), f())
local x = 1
local function g() local function h() return x end; x = x + 1; return h() end
print(g(), g(), x)
