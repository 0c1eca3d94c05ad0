-- §3.3.4 goto out of nested loops; break exits the innermost
for i = 1, 3 do
  for j = 1, 3 do
    if i * j == 4 then goto out end
    io.write(i * j, " ")
  end
end
::out::
print()
for i = 1, 3 do
  while true do break end
  io.write(i, " ")
end
print()
print(load("break"))
