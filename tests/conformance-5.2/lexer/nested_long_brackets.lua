local load = loadstring or load
print(select(2, load("return [[ a [[ b ]]")))
print(select(2, load("--[[ x [[ y ]]\nreturn 1")))
print(load("return [==[ a [[ b ]] c ]==]")())
print(load("return [=[ ]] ]=]")())
