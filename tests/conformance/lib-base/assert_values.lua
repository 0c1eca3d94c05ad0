-- §6.1 assert
print(assert(1, 2, 3))
print(pcall(assert, false))
print(pcall(assert, nil, "custom message"))
print(type(select(2, pcall(assert, false, {}))))
print(select(2, pcall(assert, false, 42)))
print(pcall(assert))
print(assert("v"), select("#", assert(true, nil, nil)))
