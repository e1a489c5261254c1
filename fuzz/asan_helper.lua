-- busted --helper for make test-asan: fail loudly unless the suite loads the
-- sanitized module (a stale build/ or ./zhtext/core.so would pass silently).
local want = "build/asan/zhtext/core.so"
local got = package.searchpath("zhtext.core", package.cpath)
if got ~= want then
  error(("test-asan: zhtext.core resolves to %s, not %s"):format(tostring(got), want))
end
require "zhtext.core"
io.stderr:write("test-asan: suite runs against ", got, "\n")
