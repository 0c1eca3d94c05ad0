-- §6.4.1 ranges with escapes and single characters
print(("a-z"):gsub("[a%-z]", "!"))
print(("0123456789"):gsub("[2-5]", "#"))
print(("abc"):gsub("[%a-c]", "!"))
print(("]"):gsub("[%]]", "!"), ("^"):gsub("[%^]", "!"), ("^"):gsub("[^^]", "!"))
print(("a^"):gsub("[^%^]", "!"))
