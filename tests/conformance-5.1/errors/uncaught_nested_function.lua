local function level3() local x; return x.field end
local function level2() return level3() + 1 end
local function level1() return level2() end
level1()
