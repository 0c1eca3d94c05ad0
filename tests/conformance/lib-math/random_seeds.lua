-- §6.7 randomseed with one or two integers, floats
for _, s in ipairs({0, 1, -1, math.maxinteger, math.mininteger}) do
  math.randomseed(s)
  print(s, math.random(0), math.random(1000))
end
math.randomseed(1, 2) print(math.random(0))
math.randomseed(1, 0) print(math.random(0))
math.randomseed(1.0) print(math.random(0))
print(pcall(math.randomseed, 2.5))
print(pcall(math.randomseed, "x"))
