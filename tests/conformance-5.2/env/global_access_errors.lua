local function run(src, env)
  local f = load(src, "=e", "t", env)
  print(pcall(f))
end
run("return undefined_global.x", {})
run("undefined_fn()", {})
run("local _ENV = nil; return x")
run("return _ENV.a.b", {a = {}})
