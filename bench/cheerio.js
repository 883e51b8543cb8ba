#!/usr/bin/env node
// Node and cheerio, as a JavaScript user would write it: one page after another, the legend items
// selected with a CSS selector, and the same reading rules as nutriscan (decimal comma, multi-word
// names, any space, either dash). Writes the same records as the Python tools (see records.py).
//
// usage: node cheerio.js FILES_TXT BASE_DIR   (cheerio from npm: npm install cheerio)
'use strict';
const fs = require('fs');
const path = require('path');
const cheerio = require('cheerio');

const zlib = require('zlib');

const ITEM = /^(.+?)\s*[\u2013\u2014]\s*([0-9]+(?:,[0-9]+)?)(?:\s*(\p{L}+|%))?(?:\s*[,.;:])?$/u;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)/i;

// Decoded as the page declares, gzip undone, as records.py's page_text does.
function pageText(raw) {
  const data = raw[0] === 0x1f && raw[1] === 0x8b ? zlib.gunzipSync(raw) : raw;
  const m = META_CHARSET.exec(data.subarray(0, 4096).toString('latin1'));
  for (const charset of [m ? m[1] : null, 'utf-8', 'windows-1251']) {
    if (!charset) continue;
    try {
      return [new TextDecoder(charset, { fatal: true }).decode(data), data];
    } catch (e) {
      // the next charset
    }
  }
  return [data.toString('utf8'), data];
}

function parse(file) {
  try {
    const raw = fs.readFileSync(file);
    if (raw.length === 0) return { values: null, error: 'empty file' };
    const [text, data] = pageText(raw);
    const $ = cheerio.load(text);
    const block = $('div#him_bx').first();
    if (block.length === 0) return { values: null, error: 'no div#him_bx block' };
    if (!data.subarray(-64).includes('</html>')) return { values: null, error: 'truncated' };
    const values = {};
    for (const span of block.find('span.him_bx__legend.pr__fl').toArray()) {
      const text = $(span).text().split(/\s+/).filter(Boolean).join(' ');
      const m = ITEM.exec(text);
      if (!m) return { values: null, error: 'legend value is not a number: ' + text };
      const name = m[1].trim();
      values[name.charAt(0).toUpperCase() + name.slice(1)] = parseFloat(m[2].replace(',', '.'));
    }
    return { values };
  } catch (e) {
    return { values: null, error: `${e.name}: ${e.message}` };
  }
}

const [listing, base] = process.argv.slice(2);
const sources = fs.readFileSync(listing, 'utf8').split('\n').filter((line) => line.trim());
const out = ['[\n'];
sources.forEach((source, k) => {
  const record = { source, ...parse(path.join(base, source)) };
  out.push(JSON.stringify(record) + (k < sources.length - 1 ? ',\n' : '\n'));
});
out.push(']\n');
process.stdout.write(out.join(''));
