local function tokenize(s)
  local t = {}
  for tok in s:gsub("%(", " ( "):gsub("%)", " ) "):gmatch("%S+") do t[#t + 1] = tok end
  return t
end
local function parse(tokens, i)
  i = i or 1
  local tok = tokens[i]
  if tok == nil then error("unexpected end", 0) end
  if tok == "(" then
    local list = {}
    i = i + 1
    while tokens[i] ~= ")" do
      if tokens[i] == nil then error("missing )", 0) end
      local v
      v, i = parse(tokens, i)
      list[#list + 1] = v
    end
    return list, i + 1
  elseif tok == ")" then error("unexpected )", 0)
  end
  return tonumber(tok) or tok, i + 1
end
local global = {
  ["+"] = function(a, b) return a + b end, ["-"] = function(a, b) return a - b end,
  ["*"] = function(a, b) return a * b end, ["<"] = function(a, b) return a < b end,
  ["="] = function(a, b) return a == b end,
}
local function eval(x, env)
  if type(x) == "string" then
    local e = env
    while e do if e.vars[x] ~= nil then return e.vars[x] end e = e.outer end
    error("unbound symbol " .. x, 0)
  elseif type(x) == "number" then return x end
  local op = x[1]
  if op == "if" then
    if eval(x[2], env) then return eval(x[3], env) else return eval(x[4], env) end
  elseif op == "define" then env.vars[x[2]] = eval(x[3], env); return nil
  elseif op == "lambda" then
    local params, body = x[2], x[3]
    return function(...)
      local vars = {}
      for k, p in ipairs(params) do vars[p] = select(k, ...) end
      return eval(body, {vars = vars, outer = env})
    end
  end
  local f = eval(op, env)
  local args = {}
  for k = 2, #x do args[k - 1] = eval(x[k], env) end
  return f(unpack(args, 1, #x - 1))
end
local unpack = unpack or table.unpack
_G.unpack = unpack
local top = {vars = global}
local function run(src) return (eval((parse(tokenize(src))), top)) end
run("(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))")
run("(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))")
print(run("(fact 10)"), run("(fib 15)"), run("((lambda (x y) (* x y)) 6 7)"))
print(pcall(run, "(undefined 1)"))
print(pcall(run, "(+ 1 2"))
print(pcall(run, ")"))
