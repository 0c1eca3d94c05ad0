error(3.5, 0)
