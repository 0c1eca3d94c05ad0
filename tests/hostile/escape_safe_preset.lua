-- limits: instructions=1000000 timeout=5
-- expect: contained
-- within: 3
-- env: safe
assert(io == nil and dofile == nil and loadfile == nil)
assert(os.execute == nil and os.remove == nil and os.rename == nil and os.exit == nil and os.getenv == nil and os.tmpname == nil)
assert(debug.getinfo == nil and debug.sethook == nil and debug.traceback)
assert(package.loadlib == nil and #package.searchers == 1)
assert(not pcall(require, 'nonexistent_file_module'))
assert(not pcall(collectgarbage, 'stop'))
assert(getmetatable('') == false)
assert(load(string.dump(function() end)) == nil)
error('contained', 0)
