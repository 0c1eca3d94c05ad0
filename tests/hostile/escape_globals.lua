-- limits: instructions=1000000 timeout=5
-- expect: contained
-- within: 3
-- env: tenant
assert(io == nil and debug == nil and package == nil and dofile == nil and loadfile == nil)
assert(os.execute == nil and os.exit == nil and os.getenv == nil and os.remove == nil)
assert(_G == _ENV)
error('contained', 0)
