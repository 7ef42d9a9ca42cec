// `npm start`: builds the TypeScript only when a source changed since the last
// build (the first start after `npm install` builds once), then runs the bot in
// this same process, so a start with a fresh build costs node's start-up alone.
// Plain JavaScript: it must run before anything is compiled.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const stamp = path.join(root, 'dist', '.build-stamp');
const sources = ['src', 'dialogs', 'scripts', 'tsconfig.json', 'tsconfig.build.json'];

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

function builtAt() {
  try {
    return fs.statSync(stamp).mtimeMs;
  } catch {
    return -1;
  }
}

const changed = Math.max(...sources.map((s) => newest(path.join(root, s))));
if (changed >= builtAt()) {
  process.stderr.write('Building the TypeScript (sources changed since the last build)...\n');
  // A clean build: a module renamed or moved must not leave its old output to be loaded instead.
  fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  fs.writeFileSync(stamp, `${new Date().toISOString()}\n`);
}
require(path.join(root, 'dist', 'src', 'index.js'));
