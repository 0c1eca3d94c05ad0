-- §6.4.1 classes inside sets and escaped specials
print(("a1 B2_"):gsub("[%a%d]", "x"))
print(("a1 B2_"):gsub("[^%s%p]", "x"))
print(("[]^-"):gsub("[%[%]%^%-]", "!"))
print(("a-z"):gsub("[%a-z]", "!"))
print(("tab\there"):gsub("[\t]", "T"))
print(("x.y"):gsub("[.]", "!"))
print(("\1\2\3a"):gsub("[\1-\3]", "c"))
print(("\200\250"):gsub("[\128-\255]", "h"))
