-- §6.4.1 upper-case classes are complements
print(("a1 !"):gsub("%A", "_"), ("a1 !"):gsub("%D", "_"), ("a1 !"):gsub("%S", "_"))
print(("a1 !"):gsub("%W", "_"), ("a1 !"):gsub("%P", "_"), ("aB"):gsub("%L", "_"), ("aB"):gsub("%U", "_"))
print(("a\1"):gsub("%C", "_"), ("fg"):gsub("%X", "_"), ("a b"):gsub("%G", "_"))
