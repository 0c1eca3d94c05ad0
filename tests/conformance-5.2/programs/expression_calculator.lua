local function calc(src)
  local pos = 1
  local function peek() return src:match("^%s*(%S)", pos) end
  local function skip() pos = src:find("%S", pos) or #src + 1 end
  local expr
  local function atom()
    skip()
    local c = src:sub(pos, pos)
    if c == "(" then
      pos = pos + 1
      local v = expr()
      skip()
      if src:sub(pos, pos) ~= ")" then error("expected ')' at " .. pos, 0) end
      pos = pos + 1
      return v
    elseif c == "-" then pos = pos + 1; return -atom()
    end
    local num = src:match("^%d+%.?%d*", pos)
    if not num then error("unexpected '" .. c .. "' at " .. pos, 0) end
    pos = pos + #num
    return tonumber(num)
  end
  local function power()
    local base = atom()
    if peek() == "^" then skip(); pos = pos + 1; return base ^ power() end
    return base
  end
  local function term()
    local v = power()
    while true do
      local op = peek()
      if op == "*" or op == "/" or op == "%" then
        skip(); pos = pos + 1
        local r = power()
        if op == "*" then v = v * r elseif op == "/" then
          if r == 0 then error("division by zero", 0) end
          v = v / r
        else v = v % r end
      else return v end
    end
  end
  function expr()
    local v = term()
    while true do
      local op = peek()
      if op == "+" then skip(); pos = pos + 1; v = v + term()
      elseif op == "-" then skip(); pos = pos + 1; v = v - term()
      else return v end
    end
  end
  local v = expr()
  skip()
  if pos <= #src then error("trailing input at " .. pos, 0) end
  return v
end
for _, e in ipairs({"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "7 % 3 + 0.5", "1 / 0", "2 * (3 + 4", "3 + x", "1 2"}) do
  print(e, pcall(calc, e))
end
