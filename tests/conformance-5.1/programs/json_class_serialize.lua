package.path = "lib/?.txt;" .. package.path
local json = require("json")
local class = require("class")
local Person = class("Person")
function Person:init(name, age, friends) self.name, self.age, self.friends = name, age, friends or {} end
function Person:to_table()
  local names = {}
  for i, f in ipairs(self.friends) do names[i] = f.name end
  return {name = self.name, age = self.age, friends = names}
end
function Person.from_table(t) return Person(t.name, t.age) end
Person.__tojson = function(p) return json.encode(p:to_table()) end
local ann, bob = Person("Ann", 31), Person("Bob", 27)
ann.friends = {bob}
bob.friends = {ann}
local text = json.encode({people = {ann, bob}, count = 2})
print(text)
local data = json.decode(text)
local people = {}
for i, t in ipairs(data.people) do people[i] = Person.from_table(t) end
for _, p in ipairs(people) do print(tostring(p), p.name, p.age, p:is_a(Person)) end
print(data.people[1].friends[1], #data.people[2].friends)
