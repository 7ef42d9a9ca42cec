import { main } from './main';

// `npm start` without the snapshot (tests, `node dist/bundle/index.js`): content is read from the files here.
main();
