-- objects as closures, a common Lua 5.1 idiom (PiL 16.4): private state without metatables
local function new_account(owner, balance)
  balance = balance or 0
  local history = {}
  local self = {}
  local function record(kind, amount) history[#history + 1] = kind .. ":" .. amount end
  function self.deposit(v)
    if type(v) ~= "number" or v <= 0 then error("invalid amount", 2) end
    balance = balance + v
    record("dep", v)
  end
  function self.withdraw(v)
    if v > balance then return false, "insufficient funds" end
    balance = balance - v
    record("wd", v)
    return true
  end
  function self.balance() return balance end
  function self.owner() return owner end
  function self.history() return table.concat(history, ",") end
  return self
end
local a = new_account("ann", 100)
a.deposit(50)
print(a.withdraw(500))
print(a.withdraw(30))
print(a.owner(), a.balance(), a.history())
print(pcall(a.deposit, -5))
print(pcall(function() a.deposit("x") end))
print(a.balance == a.balance, rawget(a, "balance") ~= nil, a.secret)
