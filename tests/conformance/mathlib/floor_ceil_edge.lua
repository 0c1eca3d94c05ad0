-- §6.7 floor/ceil near integer limits and with strings
print(math.floor(-0.0), math.ceil(-0.5), math.floor(2^62 + 0.0), math.ceil(2^63))
print(pcall(math.floor, "3.7"), math.floor("3"))
print(math.fmod(5, math.huge), pcall(math.fmod, 1, 0))
print(math.fmod(1, 0.0) ~= math.fmod(1, 0.0), math.fmod(math.mininteger, -1))
