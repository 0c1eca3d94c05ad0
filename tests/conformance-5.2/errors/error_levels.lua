local function lvl1() error("at level 1", 1) end
local function lvl2() error("at level 2", 2) end
local function lvl0() error("no position", 0) end
local function caller() lvl2() end
print(pcall(lvl1))
print(pcall(caller))
print(pcall(lvl0))
print(pcall(error))
print(pcall(error, nil))
print(pcall(error, "msg", 3))
local function deep() error("deep", 3) end
local function mid() deep() end
local function top() mid() end
print(pcall(top))
