-- spec/regress/run.lua CPATH FILE: feeds a reproducer through every C entry
-- point (decode, validate, normalize, width, sentences, numbers) and prints
-- a summary. regress_spec runs it in a child process, with the ASan build
-- too, so a sanitizer report fails that spec instead of killing the suite.
package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
package.cpath = arg[1] .. ";" .. package.cpath
local zt = require "zhtext"
local number = require "zhtext.number"
local f = assert(io.open(arg[2], "rb"))
local s = f:read("a")
f:close()
local t = zt.decode(s, { replace = true, binary = true })
zt.validate(s)
zt.width(s)
for _, form in ipairs { "NFC", "NFD", "NFKC", "NFKD", "NFKC_Casefold" } do zt.normalize(t, form) end
local ns, nn = #zt.split(s), #number.scan(s)
for _ in zt.sentences(s, { clauses = true }) do end
print(("ok %d sentences %d numbers"):format(ns, nn))
