-- string.format-heavy output: many %d, %s, %5.2f, %x, %q-free fields formatted into a buffer (not printed per line).
local fmt = string.format
local names = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
local total = 0
for round = 1, 30 do
  local buf = {}
  for i = 1, 20000 do
    local name = names[i % #names + 1]
    local price = (i * 37 % 10000) / 100
    buf[#buf + 1] = fmt("%6d | %-8s | %5.2f | %08.3f | %x | %s=%d%%", i, name, price, price * round, i * round, name, i % 100)
  end
  local s = table.concat(buf, "\n")
  total = total + #s + s:byte(#s // 2)
  local small = {}
  for i = 1, 5000 do
    small[i] = fmt("%d/%d", i, round) .. fmt("%.3g", i / 7) .. fmt("%5s|%-5s|", "ab", "cd") .. fmt("%c", 65 + i % 26)
  end
  local t = table.concat(small)
  total = total + #t + t:byte(#t)
end
print(total, fmt("%10.4f", total / 3), fmt("%-12s|", "done"))
