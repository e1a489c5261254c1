// Microsoft Recognizers-Text (zh-cn) as the numbers bench's peer:
// number + ordinal + percentage models, the same three zhtext.number covers.
//   node recognizers.js speed FILE   -> {"bytes":..,"seconds":..,"count":..}
//   node recognizers.js sample < phrases.json
//        -> [[{"text","value","kind"}...] per phrase], merged: a match inside a
//           longer one (7.1 inside 7.1%) is dropped, as a reader would.
'use strict';
const fs = require('fs');
const R = require('@microsoft/recognizers-text-suite');
const culture = R.Culture.Chinese;
const KIND = { number: 'number', percentage: 'percent', ordinal: 'ordinal' };

function recognize(s) {
  const all = [
    ...R.recognizeNumber(s, culture),
    ...R.recognizeOrdinal(s, culture),
    ...R.recognizePercentage(s, culture),
  ];
  all.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const out = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (last && m.start >= last.start && m.end <= last.end) continue;
    out.push(m);
  }
  return out.map((m) => ({
    text: m.text,
    value: parseFloat(String(m.resolution && m.resolution.value).replace('%', '')),
    kind: KIND[m.typeName] || m.typeName,
  }));
}

const mode = process.argv[2];
if (mode === 'speed') {
  const text = fs.readFileSync(process.argv[3], 'utf8');
  const bytes = Buffer.byteLength(text, 'utf8');
  // one call per line, as a user would feed paragraphs; long lines are cut
  // at sentence ends so the models see sentence-sized input
  const pieces = text.split(/(?<=[。！？\n])/);
  const t0 = process.hrtime.bigint();
  let count = 0;
  for (const p of pieces) if (p.trim()) count += recognize(p).length;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  process.stdout.write(JSON.stringify({ bytes, seconds, count }) + '\n');
} else if (mode === 'sample') {
  const phrases = JSON.parse(fs.readFileSync(0, 'utf8'));
  process.stdout.write(JSON.stringify(phrases.map(recognize)) + '\n');
} else {
  process.stderr.write('usage: node recognizers.js speed FILE | sample < phrases.json\n');
  process.exit(2);
}
