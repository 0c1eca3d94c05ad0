-- §7 a number error object is printed as a number
error(3.5)
