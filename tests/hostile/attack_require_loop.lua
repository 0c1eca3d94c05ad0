-- limits: instructions=10000000 timeout=1
-- expect: C stack overflow
-- within: 1.5
-- env: safe
package.preload.a = function() return require('b') end
package.preload.b = function() return require('a') end
return require('a')
