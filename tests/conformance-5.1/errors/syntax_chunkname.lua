local load = loadstring or load
print(select(2, load("x = ", "=custom name")))
print(select(2, load("x = ", "@file.lua")))
print(select(2, load("x = ")))
print(select(2, load("\n\nx = ", "a much longer chunk source string that goes on and on beyond the limit of the id")))
print(select(2, load("local x = 1\nx = ", "multi\nline")))
