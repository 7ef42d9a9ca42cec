// The start-up snapshot `npm start` resumes from (scripts/start.js): the bot's
// bundle (src/snapshot.ts and everything it imports) evaluated by `node
// --build-snapshot`, with botbuilder, Express and the rest loaded and the
// content (knowledge/, intents/) read and compiled, and V8's heap saved to
// dist/bundle/snapshot.blob. Starting from it skips module evaluation and
// content compilation (about 1 s); what reads the environment, opens sockets
// or starts timers runs at start (src/main.ts). Node 20 cannot keep some of
// its own modules in a snapshot: scripts/snapshotBanner.js works around that.
// Run by `npm run build` and by scripts/start.js (when a source, the content
// or node changed). Plain JavaScript: it must run before anything is compiled.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const DIR = path.join(root, 'dist', 'bundle');

/**
 * Built-in modules the snapshot cannot hold, and packages left in
 * node_modules that a module imports when it loads: the banner gives those a
 * stand-in with the same export names, which loads the real one at run time.
 */
const DEFERRED = ['http', 'https', 'http2', 'tls', '@microsoft/recognizers-text-sequence'];

function banner() {
  const http = require('node:http');
  const exportNames = Object.fromEntries(DEFERRED.map((id) => [id, Object.keys(require(require.resolve(id, { paths: [root] })))]));
  const httpConstants = { METHODS: http.METHODS, STATUS_CODES: http.STATUS_CODES, maxHeaderSize: http.maxHeaderSize };
  return fs
    .readFileSync(path.join(__dirname, 'snapshotBanner.js'), 'utf8')
    .replace('Object.entries(__DEFERRED__)', `Object.entries(${JSON.stringify(exportNames)})`)
    .replace('...__HTTP_CONSTANTS__', `...${JSON.stringify(httpConstants)}`);
}

/** Paths of the snapshot's files in `dir`. */
function files(dir = DIR) {
  return { script: path.join(dir, 'snapshot.js'), blob: path.join(dir, 'snapshot.blob'), stamp: path.join(dir, 'snapshot.json') };
}

/** What a snapshot is only good for: this node (a blob is tied to the binary that made it), this folder (its paths are in the heap). */
function stampNow() {
  return { node: process.version, execPath: process.execPath, arch: process.arch, root };
}

/**
 * Bundles src/snapshot.ts and builds the blob; throws with node's or esbuild's
 * message when it fails. The blob is written under a temporary name and then
 * renamed, so a concurrent start never reads half a blob.
 */
function buildSnapshot(dir = DIR) {
  const { script, blob, stamp } = files(dir);
  // Loaded here: `npm start` with a fresh snapshot needs neither esbuild nor the bundle's options.
  const esbuild = require('esbuild');
  const { ESBUILD_OPTIONS } = require('./bundle');
  esbuild.buildSync({ ...ESBUILD_OPTIONS, entryPoints: ['src/snapshot.ts'], outfile: script, banner: { js: banner() } });
  const partial = `${blob}.${process.pid}.tmp`;
  // An empty environment: nothing from the building shell is kept in the heap (settings are read at start).
  const built = spawnSync(process.execPath, ['--snapshot-blob', partial, '--build-snapshot', script], { cwd: dir, env: {}, encoding: 'utf8' });
  if (built.status !== 0) {
    fs.rmSync(partial, { force: true });
    const output = `${built.stderr}${built.stdout}`.split('\n').filter((l) => l.length < 500 && !/^\s*\d+: 0x/.test(l));
    throw new Error(`node --build-snapshot failed (${built.status ?? built.signal}):\n${output.slice(-15).join('\n')}`);
  }
  fs.renameSync(partial, blob);
  fs.writeFileSync(stamp, `${JSON.stringify(stampNow())}\n`);
  return blob;
}

/** True when `dir` has a blob made by this node. */
function usable(dir = DIR) {
  const { blob, stamp } = files(dir);
  try {
    fs.accessSync(blob);
    return JSON.stringify(JSON.parse(fs.readFileSync(stamp, 'utf8'))) === JSON.stringify(stampNow());
  } catch {
    return false;
  }
}

module.exports = { buildSnapshot, files, usable, DIR };

if (require.main === module) {
  try {
    buildSnapshot(process.argv[2] ? path.resolve(process.argv[2]) : DIR); // `node scripts/snapshot.js [dir]`
  } catch (err) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
}
