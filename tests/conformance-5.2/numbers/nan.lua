local nan = 0 / 0
print(nan ~= nan, nan == nan)
print(nan < 1, nan > 1, nan <= nan)
local t = {}
print(pcall(function() t[nan] = 1 end))
print(rawequal(nan, nan))
local inf = 1 / 0
print(inf, -inf, inf == math.huge, inf - inf ~= inf - inf)
print(math.floor(3.7), math.ceil(3.2), math.floor(-3.5), math.ceil(-3.5))
