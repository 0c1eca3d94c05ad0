-- §3.3.7 local attributes <const> and <close>
local x <const> = 10
print(x)
print(load("local y <const> = 1; y = 2"))
print(load("local z <foo> = 1"))
local n <close> = nil
print(n)
print(type(load("local a <const>, b <close> = 1, 2")))
print(load("local a <close>, b <close> = 1, 2"))
