-- §6.4 numeric constants keep their subtype through dump
local function nums() return 1, 1.0, -0.0, math.mininteger, 2^63, 0.1, 1/0, -1/0 end
local r = {load(string.dump(nums))()}
for i = 1, #r do io.write(tostring(r[i]), ":", math.type(r[i]), " ") end print()
local n = load(string.dump(function() return 0/0 end))()
print(n ~= n)
