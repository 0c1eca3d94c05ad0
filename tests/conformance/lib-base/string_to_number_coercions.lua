-- §3.4.3 automatic coercions
print(10 .. "", "10" + 0, "0x10" + 0, "1e1" + 0, " 10 " * 1)
print(pcall(function() return "10" < 11 end))
print("10" == 10, 10 == 10.0)
print(math.max(1, 2), ("5"):rep("2"))
