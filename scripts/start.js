// `npm start`: resumes the bot from its start-up snapshot (scripts/snapshot.js:
// modules loaded and content compiled ahead of time) in a child node, which
// then only reads the settings and opens the server. The snapshot is remade
// first when a source or the content (knowledge/, intents/) changed since it
// was made, or node did (the first start after `npm install` makes it, or
// `npm run build`). Should node be unable to build it, the bot's bundle runs
// in this process instead, with the content read at start (slower, same bot).
// Plain JavaScript: it must run before anything is compiled.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const sources = ['src', 'dialogs', 'knowledge', 'intents', 'scripts/bundle.js', 'scripts/snapshot.js', 'scripts/snapshotBanner.js', 'package-lock.json', 'tsconfig.json'];
const SNAPSHOT = path.join(root, 'dist', 'bundle', 'snapshot.blob');

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

function madeAt(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/** Runs the plain bundle here (no snapshot), bundling it first. */
function runBundle() {
  try {
    require(require('./bundle').bundle());
  } catch (err) {
    // esbuild has printed what is wrong, with file and line.
    process.stderr.write(`${err.message.split('\n')[0]}\n`);
    process.exit(1);
  }
}

/**
 * The bot from the snapshot, in a child node (a snapshot is only read at a
 * node's start) in this process group, so a terminal's Ctrl-C reaches it
 * directly. A signal sent to this process alone (npm forwards SIGINT and
 * SIGTERM to it) is passed on once; this process ends as the bot did.
 */
function runSnapshot() {
  const bot = spawn(process.execPath, ['--snapshot-blob', SNAPSHOT], { stdio: 'inherit' });
  const forwarded = new Set();
  const forward = (signal) => {
    if (forwarded.has(signal)) return;
    forwarded.add(signal);
    bot.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward);
  bot.on('error', (err) => {
    process.stderr.write(`could not start node: ${err.message}\n`);
    process.exit(1);
  });
  bot.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
}

const snapshot = require('./snapshot');
const stale = Math.max(...sources.map((s) => newest(path.join(root, s)))) >= madeAt(SNAPSHOT) || !snapshot.usable();
if (stale) {
  process.stderr.write('Building the start-up snapshot (sources or content changed since the last one)...\n');
  try {
    snapshot.buildSnapshot();
  } catch (err) {
    process.stderr.write(`${err.message}\nRunning the bundle without a snapshot.\n`);
    runBundle();
    return;
  }
}
runSnapshot();
