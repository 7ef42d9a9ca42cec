// `npm start`: bundles the bot (scripts/bundle.js) only when a source changed
// since the bundle was made (the first start after `npm install` makes it),
// then runs the bundle in this same process, so a start with a fresh bundle
// costs node's start-up alone. Content (knowledge/, intents/) is read at
// start-up, so a change there needs no build.
// Plain JavaScript: it must run before anything is compiled.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const BUNDLE = path.join(root, 'dist', 'bundle', 'index.js');
const sources = ['src', 'dialogs', 'scripts/bundle.js', 'package-lock.json', 'tsconfig.json'];

/** The newest modification time of a file or anything under a folder. */
function newest(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs; // a deleted file changes its folder
  for (const entry of fs.readdirSync(p)) latest = Math.max(latest, newest(path.join(p, entry)));
  return latest;
}

function bundledAt() {
  try {
    return fs.statSync(BUNDLE).mtimeMs;
  } catch {
    return -1;
  }
}

if (Math.max(...sources.map((s) => newest(path.join(root, s)))) >= bundledAt()) {
  process.stderr.write('Bundling the bot (sources changed since the last bundle)...\n');
  try {
    require('./bundle').bundle(BUNDLE);
  } catch (err) {
    // esbuild has printed what is wrong, with file and line.
    process.stderr.write(`${err.message.split('\n')[0]}\n`);
    process.exit(1);
  }
}
require(BUNDLE);
