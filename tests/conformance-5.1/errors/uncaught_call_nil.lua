print("start")
local config = {}
config.load()
