-- §7 uncaught non-string error objects are described by type
print("start")
error({code = 1})
