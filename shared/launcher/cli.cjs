#!/usr/bin/env node
'use strict';
// The bounce-doctor command as built into dist/: this file, the bundled program (main.cjs) and the
// program's V8 code cache (main.cjs.v8cache), written at build time by write-code-cache.cjs.
//
// Why a cache: on a one-file run, compiling the ~250 KB bundle and then each function as it is first
// called cost node more than the diagnosis itself. Scripts are compiled through node:vm so V8 can take
// their bytecode from the cache instead. The cache only saves time: when it is missing, stale or
// rejected (another node version, other V8 flags), V8 compiles the source as usual and the result is
// the same. CommonJS on purpose: an ES module entry makes node start its ES module loader first.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

/** Our bundles, by absolute path: main.cjs and the chunks it loads with require('./...'). */
const loaded = new Map();

/**
 * The cache beside `file`, if it was made for this very build of it. V8 itself only compares the
 * source's length, so the cache's first line repeats the build stamp that ends the bundle.
 */
function cacheFor(file, source) {
  let buf;
  try {
    buf = fs.readFileSync(file + '.v8cache');
  } catch {
    return undefined;
  }
  const nl = buf.indexOf(10);
  if (nl <= 0) return undefined;
  return source.endsWith(buf.toString('latin1', 0, nl)) ? buf.subarray(nl + 1) : undefined;
}

/**
 * Loads one of our CommonJS bundles the way node's require would, but compiled through node:vm with
 * its code cache. `compiled`, when given, collects each script so a build step can write its cache.
 */
function loadBundle(file, compiled) {
  const known = loaded.get(file);
  if (known) return known.exports;
  const source = fs.readFileSync(file, 'utf8');
  // Same line as the source's first line, so stack traces keep the bundle's line numbers.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData: cacheFor(file, source),
  });
  const module = { exports: {} };
  loaded.set(file, module);
  const dir = path.dirname(file);
  const requireHere = (id) => (id.startsWith('./') ? loadBundle(path.join(dir, id), compiled) : require(id));
  script.runInThisContext()(module.exports, requireHere, module, file, dir);
  if (compiled) compiled.push({ file, script, source });
  return module.exports;
}

function start() {
  loadBundle(path.join(__dirname, 'main.cjs')).main();
}

module.exports = { loadBundle, start };
if (require.main === module) start();
