local flag = true
print("x" .. flag)
