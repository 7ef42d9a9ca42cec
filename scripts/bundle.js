// Bundles the bot (src/index.ts and everything it imports) into one file,
// dist/bundle/index.js: node reads one file instead of resolving and compiling
// about 900 modules one by one. `npm start` runs the start-up snapshot made
// from the same sources (scripts/snapshot.js, with these options), and this
// bundle only when node cannot build the snapshot; `node dist/bundle/index.js`
// runs it by hand. Run by `npm run build`.
// Plain JavaScript: it must run before anything is compiled.
'use strict';
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const OUTFILE = path.join(root, 'dist', 'bundle', 'index.js');

/** How both bundles are made (this one and the snapshot's, scripts/snapshot.js). */
const ESBUILD_OPTIONS = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Left to node_modules: loaded only when used (Redis with STORAGE=redis,
  // the recognizers on the first date reading), or read as files (Web Chat's
  // script is served from its package folder).
  external: ['redis', '@microsoft/recognizers-text-*', 'botframework-webchat'],
  minifyWhitespace: true,
  minifySyntax: true,
  keepNames: true, // error names and stack traces keep the source's names
  sourcemap: 'linked', // `node --enable-source-maps dist/bundle/index.js` maps stacks to src/
  logLevel: 'warning',
};

/** Builds the bundle; throws (with esbuild's message) on an error. */
function bundle(outfile = OUTFILE) {
  esbuild.buildSync({ ...ESBUILD_OPTIONS, entryPoints: ['src/index.ts'], outfile });
  return outfile;
}

module.exports = { bundle, OUTFILE, ESBUILD_OPTIONS };

if (require.main === module) bundle(process.argv[2] ? path.resolve(process.argv[2]) : OUTFILE); // `node scripts/bundle.js [outfile]`
