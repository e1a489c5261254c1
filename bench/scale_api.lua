-- bench/scale_api.lua FILE: the streaming path a script over a huge file
-- would use: read it, decode, count sentences with the iterator and numbers
-- with number.numbers. Prints "sentences N numbers M". Run by bench/scale.sh
-- under /usr/bin/time -v for the peak memory.
package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
package.cpath = "build/?.so;" .. package.cpath
local zt = require "zhtext"
local number = require "zhtext.number"

local f = assert(io.open(arg[1], "rb"))
local bytes = f:read("a")
f:close()
local text = assert(zt.decode(bytes, { name = arg[1] }))
bytes = nil -- luacheck: ignore (let the collector have it when decoding copied)
local ns = 0
for _ in zt.sentences(text) do ns = ns + 1 end
local nn = 0
for _ in number.numbers(text) do nn = nn + 1 end
print(("sentences %d numbers %d"):format(ns, nn))
