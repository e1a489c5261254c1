-- bench/scale_doc.lua FILE: the document layer's streaming path over a huge
-- file: zt.read, then doc:each() (sentence objects made one at a time, not
-- kept) and each sentence's numbers. Prints "sentences N numbers M". Run by
-- bench/scale.sh under /usr/bin/time -v for the peak memory.
package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
package.cpath = "build/?.so;" .. package.cpath
local zt = require "zhtext"

-- a cycle once garbage is a fifth of the live heap (the text, mostly), as
-- the CLI does: the default pause lets garbage grow to the text's size
collectgarbage("incremental", 120)
local doc = assert(zt.read(arg[1]))
local ns, nn = 0, 0
for s in doc:each() do
  ns = ns + 1
  nn = nn + #s:numbers()
end
print(("sentences %d numbers %d"):format(ns, nn))
