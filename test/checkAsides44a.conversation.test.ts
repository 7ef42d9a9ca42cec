import { checkBandClient } from './support/botHarness';

// mend44a (own wording): at a pending red-flag check question, a request for tips with no
// question word ("any tips for ...") is a question beside it: answered, with the check question
// after it, never met with "I need a clear answer".

const OPENER = 'my back has been sore for three days, it started after a long weekend of gardening';
const RETRY = /need a clear answer/i;

describe('a request for tips at a pending check question is answered beside it', () => {
  test.each([
    'any tips for setting up my desk chair',
    'got any advice for sleeping with it',
  ])('%s', async (text) => {
    await checkBandClient({ [OPENER]: 'sexual_dysfunction' })([
      [OPENER, [/just to check/i]],
      [text, [/still need to know/i], [RETRY]],
    ]);
  });
});
