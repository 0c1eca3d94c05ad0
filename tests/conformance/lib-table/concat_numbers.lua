-- §6.6 table.concat formats numbers like tostring
print(table.concat({1, 1.0, -0.0, 1e100, 2^63, math.mininteger}, " "))
print(table.concat({0.1, 1/3}, " "))
