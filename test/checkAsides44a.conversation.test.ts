import { checkBandClient, wholeBotSteps } from './support/botHarness';

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

describe('an everyday cause told after "get seen today" for a history is not met with the history question', () => {
  test('a cancer history told, then the pain put down to carrying', async () => {
    await wholeBotSteps([
      ["writing for my mum, she's 66 and had breast cancer a few years back, her lower back started hurting last week", [/today/i]],
      ["she thinks it's only from carrying the shopping", [/why it matters/i, /today/i], [/just to check/i, /had cancer/i]],
    ], 'en-GB');
  });
});
