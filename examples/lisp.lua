-- A small Lisp interpreter: reader, environments, special forms, closures, tail-recursive loops via Lua's
-- proper tail calls, and error reporting through error objects with __tostring.
local Symbol = {}
Symbol.__index = Symbol
Symbol.__tostring = function(s) return s.name end
local symbols = {}
local function sym(name)
  local s = symbols[name]
  if not s then s = setmetatable({name = name}, Symbol); symbols[name] = s end
  return s
end

local LispError = {__tostring = function(e) return "lisp error: " .. e.msg end}
local function fail(msg, ...) error(setmetatable({msg = string.format(msg, ...)}, LispError), 0) end

local Nil = setmetatable({}, {__tostring = function() return "()" end})

local function tokenize(src)
  local tokens = {}
  for tok in src:gsub(";[^\n]*", ""):gsub("([()'])", " %1 "):gmatch("%S+") do tokens[#tokens + 1] = tok end
  return tokens
end

local function read(tokens, pos)
  local tok = tokens[pos]
  if tok == nil then fail("unexpected end of input") end
  if tok == "(" then
    local list = {}
    pos = pos + 1
    while tokens[pos] ~= ")" do
      if tokens[pos] == nil then fail("missing ')'") end
      local v
      v, pos = read(tokens, pos)
      list[#list + 1] = v
    end
    return list, pos + 1
  elseif tok == ")" then fail("unexpected ')'")
  elseif tok == "'" then
    local v, p = read(tokens, pos + 1)
    return {sym("quote"), v}, p
  end
  if tok == "#t" then return true, pos + 1 end
  if tok == "#f" then return false, pos + 1 end
  local n = tonumber(tok)
  if n then return n, pos + 1 end
  if tok:sub(1, 1) == '"' then return tok:sub(2, -2), pos + 1 end
  return sym(tok), pos + 1
end

local function show(v)
  if type(v) == "table" and getmetatable(v) == nil then
    local parts = {}
    for i, x in ipairs(v) do parts[i] = show(x) end
    return "(" .. table.concat(parts, " ") .. ")"
  elseif v == true then return "#t"
  elseif v == false then return "#f"
  elseif type(v) == "function" then return "#<procedure>"
  end
  return tostring(v)
end

local Env = {}
Env.__index = Env
local function newEnv(outer) return setmetatable({vars = {}, outer = outer}, Env) end
function Env:find(s)
  local e = self
  while e do
    if e.vars[s] ~= nil then return e end
    e = e.outer
  end
  fail("unbound symbol '%s'", s.name)
end

local eval

local special = {}
special[sym("quote")] = function(x) return x[2] end
special[sym("if")] = function(x, env)
  local c = eval(x[2], env)
  if c ~= false and c ~= Nil then return eval(x[3], env) end
  if x[4] ~= nil then return eval(x[4], env) end
  return Nil
end
special[sym("define")] = function(x, env)
  if type(x[2]) == "table" and getmetatable(x[2]) == nil then -- (define (f args) body)
    local name, params = x[2][1], {table.unpack(x[2], 2)}
    env.vars[name] = special[sym("lambda")]({nil, params, table.unpack(x, 3)}, env)
    return name
  end
  env.vars[x[2]] = eval(x[3], env)
  return x[2]
end
special[sym("set!")] = function(x, env) env:find(x[2]).vars[x[2]] = eval(x[3], env); return Nil end
special[sym("lambda")] = function(x, env)
  local params, body = x[2], {table.unpack(x, 3)}
  return function(...)
    local local_env = newEnv(env)
    local n = select("#", ...)
    if n ~= #params then fail("expected %d arguments, got %d", #params, n) end
    for i, p in ipairs(params) do local_env.vars[p] = (select(i, ...)) end
    for i = 1, #body - 1 do eval(body[i], local_env) end
    return eval(body[#body], local_env)
  end
end
special[sym("begin")] = function(x, env)
  for i = 2, #x - 1 do eval(x[i], env) end
  return eval(x[#x], env)
end
special[sym("let")] = function(x, env)
  local e = newEnv(env)
  for _, binding in ipairs(x[2]) do e.vars[binding[1]] = eval(binding[2], env) end
  return special[sym("begin")]({nil, table.unpack(x, 3)}, e)
end

function eval(x, env)
  if getmetatable(x) == Symbol then return env:find(x).vars[x] end
  if type(x) ~= "table" or getmetatable(x) ~= nil then return x end
  if #x == 0 then return Nil end
  local form = special[x[1]]
  if form then return form(x, env) end
  local f = eval(x[1], env)
  if type(f) ~= "function" then fail("%s is not a procedure", show(f)) end
  local args = {}
  for i = 2, #x do args[i - 1] = eval(x[i], env) end
  return f(table.unpack(args, 1, #x - 1))
end

local global = newEnv(nil)
local function def(name, f) global.vars[sym(name)] = f end
local function num(v) if type(v) ~= "number" then fail("number expected, got %s", show(v)) end return v end
def("+", function(...) local s = 0 for i = 1, select("#", ...) do s = s + num((select(i, ...))) end return s end)
def("*", function(...) local p = 1 for i = 1, select("#", ...) do p = p * num((select(i, ...))) end return p end)
def("-", function(a, b) if b == nil then return -num(a) end return num(a) - num(b) end)
def("/", function(a, b) if num(b) == 0 then fail("division by zero") end return num(a) / b end)
def("<", function(a, b) return num(a) < num(b) end)
def("=", function(a, b) return a == b end)
def("car", function(l) return l[1] end)
def("cdr", function(l) local r = {table.unpack(l, 2)}; return #r == 0 and Nil or r end)
def("cons", function(a, l) if l == Nil then return {a} end return {a, table.unpack(l)} end)
def("null?", function(l) return l == Nil or (type(l) == "table" and #l == 0) end)
def("list", function(...) if select("#", ...) == 0 then return Nil end return {...} end)
def("display", function(v) io.write(show(v)) return Nil end)
def("newline", function() io.write("\n") return Nil end)

local program = [[
; classic definitions
(define (fact n) (if (< n 2) 1 (* n (fact (- n 1)))))
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(define (map f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l)))))
(define (range a b) (if (< a b) (cons a (range (+ a 1) b)) '()))
(define (loop i acc) (if (= i 0) acc (loop (- i 1) (+ acc 1))))
(define counter (let ((n 0)) (lambda () (set! n (+ n 1)) n)))
(fact 20)
(fib 15)
(map (lambda (x) (* x x)) (range 1 11))
(loop 100000 0)
(begin (counter) (counter) (counter))
(list 1 2.5 #t #f 'sym '(nested (list)))
(/ 1 3)
(display "done") 
]]

local tokens = tokenize(program)
local pos = 1
while pos <= #tokens do
  local expr
  expr, pos = read(tokens, pos)
  print(show(expr):sub(1, 40), "=>", show(eval(expr, global)))
end
print()
for _, bad in ipairs({"(undefined-thing 1)", "(1 2 3)", "(/ 1 0)", "((lambda (x) x))", "(+ 1 'a)", "(car", ")"}) do
  local ok, err = pcall(function() local e = read(tokenize(bad), 1); return eval(e, global) end)
  print(bad, ok, tostring(err))
end
