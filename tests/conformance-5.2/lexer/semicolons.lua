local a = 1; local b = 2;
print(a + b);
do ; end
local function f() return 1 end
print(f());
for i = 1, 2 do print(i); end
