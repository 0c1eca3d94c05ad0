print("tab\tx", 'q\'q', "dq\"", "back\\slash")
print("\65\066\0677")
print(#"\0abc", ("a\0b"):byte(1, -1))
print("line1\
line2")
print([[long
string]], [==[with ]] inside]==])
print([[
first newline skipped]])
print("\a\b\f\v" == string.char(7, 8, 12, 11))
