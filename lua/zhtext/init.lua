--- zhtext: analysing Chinese official documents.
-- The public API gathers functions from the modules that own them, so
-- `require "zhtext"` is the one thing a script or the REPL needs.
local text     = require "zhtext.text"
local document = require "zhtext.document"
local number   = require "zhtext.number"
local analyze  = require "zhtext.analyze"
local format   = require "zhtext.format"

return {
  _VERSION     = "zhtext scm",
  -- text (C core: validation, normalisation, width, decoding)
  validate     = text.validate,
  normalize    = text.normalize,
  width        = text.width,
  decode       = text.decode,
  -- documents and sentences
  read         = document.read,
  document     = document.new,
  sentences    = document.sentences,
  split        = document.split,
  -- numbers
  numbers      = number.numbers,
  parse_number = number.parse,
  -- analyses
  analyze      = analyze.analyze,
  rules        = analyze.list,
  -- output
  write        = format.write,
  show         = format.show,
  formats      = format.list,
}
