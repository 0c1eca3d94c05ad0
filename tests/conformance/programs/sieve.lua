-- §3.3 a sieve of Eratosthenes (loops, tables, integer arithmetic)
local N = 10000
local composite = {}
local primes = {}
for i = 2, N do
  if not composite[i] then
    primes[#primes + 1] = i
    for j = i * i, N, i do composite[j] = true end
  end
end
print(#primes, primes[1], primes[100], primes[#primes])
