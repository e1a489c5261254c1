-- Writes zhtext.units' lexicon for the number fuzzer: "u WORD" (units) and
-- "s WORD" (stop words), one a line. Run from the checkout root.
package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
local units = require "zhtext.units"
for _, w in ipairs(units.words()) do print("u " .. w) end
for _, w in ipairs(units.stopwords()) do print("s " .. w) end
