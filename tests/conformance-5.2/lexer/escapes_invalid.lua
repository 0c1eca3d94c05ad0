local load = loadstring or load
print(select(2, load([[return "\q"]])))
print(select(2, load([[return "\xZZ"]])))
print(select(2, load([[return "\400"]])))
print(select(2, load([[return "\u{41}"]])))
