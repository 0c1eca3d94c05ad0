print(table.getn({1, 2}))
print(table.getn("not a table"))
