import { loadContent } from './src/app';
import { loadConfig } from './src/config';
const { understander } = loadContent(loadConfig());
const lines = require('fs').readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
for (const t of lines) { const r = understander.understand(t); console.log(JSON.stringify(r.redFlag && { level: r.redFlag.level, flags: r.redFlag.flags }), '|', t); }
