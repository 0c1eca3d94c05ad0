local Machine = {}
Machine.__index = Machine
function Machine.new(def)
  local m = setmetatable({state = def.initial, transitions = {}, log = {}}, Machine)
  for _, t in ipairs(def.events) do
    m.transitions[t.name .. ":" .. t.from] = t.to
  end
  m.callbacks = def.callbacks or {}
  return m
end
function Machine:can(event) return self.transitions[event .. ":" .. self.state] ~= nil end
function Machine:fire(event, ...)
  local to = self.transitions[event .. ":" .. self.state]
  if not to then return false, "invalid transition '" .. event .. "' from " .. self.state end
  local from = self.state
  local leave = self.callbacks["leave_" .. from]
  if leave and leave(self, event, ...) == false then return false, "cancelled" end
  self.state = to
  self.log[#self.log + 1] = from .. "->" .. to
  local enter = self.callbacks["enter_" .. to]
  if enter then enter(self, event, ...) end
  return true
end
local door = Machine.new{
  initial = "closed",
  events = {
    {name = "open", from = "closed", to = "opened"},
    {name = "close", from = "opened", to = "closed"},
    {name = "lock", from = "closed", to = "locked"},
    {name = "unlock", from = "locked", to = "closed"},
  },
  callbacks = {
    enter_locked = function(m, e, key) m.key = key; print("locked with " .. tostring(key)) end,
    leave_locked = function(m, e, key) if key ~= m.key then print("wrong key " .. tostring(key)); return false end end,
  },
}
print(door:fire("open"), door.state)
print(door:fire("lock"))
print(door:fire("close"), door:fire("lock", "k1"), door.state)
print(door:fire("unlock", "k2"))
print(door:fire("unlock", "k1"), door.state, door:can("open"), door:can("unlock"))
print(table.concat(door.log, " "))
