import { startupSnapshot } from 'node:v8';
import { loadContent } from './app';
import { loadConfig } from './config';
import { main } from './main';
import { PATHS } from './paths';
import { EmergencyNumbers } from './safety/emergencyNumbers';

// The start-up snapshot's entry (scripts/snapshot.js builds it with `node
// --build-snapshot`): every module is evaluated and the content read and
// compiled here, once, and the heap saved; `npm start` then resumes from that
// heap and only runs main(), which reads the environment, so no setting is
// fixed at build time. The emergency numbers depend on DEFAULT_LOCALE: read
// again at run time.
const content = loadContent({ defaultLocale: loadConfig({}).defaultLocale });
startupSnapshot.setDeserializeMainFunction(() =>
  main((config) => ({ ...content, numbers: EmergencyNumbers.fromFile(PATHS.emergencyNumbers, config.defaultLocale) })),
);
