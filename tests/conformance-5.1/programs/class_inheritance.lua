package.path = "lib/?.txt;" .. package.path
local class = require("class")
local Animal = class("Animal")
function Animal:init(name, sound) self.name = name; self.sound = sound or "..." end
function Animal:speak() return self.name .. " says " .. self.sound end
function Animal:describe() return "an animal called " .. self.name end
local Dog = class("Dog", Animal)
function Dog:init(name, breed) Dog.super.init(self, name, "woof"); self.breed = breed end
function Dog:describe() return Animal.describe(self) .. " (a " .. self.breed .. ")" end
function Dog:fetch() return self.name .. " fetches" end
local Puppy = Dog:subclass("Puppy")
function Puppy:speak() return Puppy.super.speak(self) .. " (squeaky)" end
local a, d, p = Animal("generic"), Dog("rex", "collie"), Puppy("bit", "pug")
for _, x in ipairs({a, d, p}) do print(x:speak(), "|", x:describe(), "|", tostring(x)) end
print(p:fetch(), p:is_a(Dog), p:is_a(Animal), d:is_a(Puppy), a:is_a(Dog))
print(#Animal.subclasses, #Dog.subclasses, Puppy.super.super == Animal)
print(pcall(function() return a:fetch() end))
print(rawget(Puppy, "describe"), Puppy.describe == Dog.describe)
