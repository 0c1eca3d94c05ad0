local Account = {}
Account.__index = Account
function Account.new(b) return setmetatable({balance = b}, Account) end
function Account:withdraw(n)
  if n > self.balance then error("insufficient funds", 2) end
  self.balance = self.balance - n
end
local acc = Account.new(100)
print(pcall(acc.withdraw, acc, 500))
print(pcall(function() acc:withdraw(500) end))
acc:withdraw(30)
print(acc.balance)
acc:withdraw(1000)
