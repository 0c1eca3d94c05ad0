-- §3.3.4 while and repeat; repeat's condition sees the body's locals
local i = 0
while i < 3 do i = i + 1 end
print(i)
repeat local x = i; i = i - 1 until x <= 1
print(i)
local n = 0
while true do n = n + 1; if n == 5 then break end end
print(n)
