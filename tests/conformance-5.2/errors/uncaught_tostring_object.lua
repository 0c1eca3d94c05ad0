local E = setmetatable({msg = "custom error object"}, {__tostring = function(e) return "E: " .. e.msg end})
print("raising")
error(E)
