import { wholeBotSteps } from './support/botHarness';

// "is that bad?", "should I be concerned?" asked on its own is a question whether what was told is
// serious: a direct answer (what an ordinary spasm feels like and the signs that would change that, or
// the signs already ruled out), never the "pick one" menu or the out-of-scope refusal. A question about
// something named ("is it bad to use heat every day?") is not it, and a sign told with it still raises
// its alarm. Our own wording.

const steps = (s: Parameters<typeof wholeBotSteps>[0], locale = 'en-GB') => wholeBotSteps(s, locale);
const DIRECT = /Most back pain is not serious/;
const DENIED = /you've said there's no/i;
const MENU = /not something I can help with|pick one|which of these you mean/i;

const EVENT_AHEAD = /first day or two are usually the worst/i;

const cases: Array<[string, Parameters<typeof wholeBotSteps>[0]]> = [
  [
    'asked after an answer, it is answered directly',
    [
      ['is a hot water bottle good for a back spasm', [/heat/i]],
      ['it catches every time I turn over in bed. is that serious?', [DIRECT, /999/], [MENU]],
    ],
  ],
  [
    'asked first, with a filler after it',
    [['my lower back has been stiff and sore since yesterday, should i be concerned though?', [DIRECT], [MENU]]],
  ],
  [
    'with signs ruled out before, it names them',
    [
      ['my lower back went this morning, no numbness anywhere, no bladder problems, legs are fine', [/.+/]],
      ['is that bad then', [DENIED], [MENU, DIRECT]],
    ],
  ],
  [
    'a question about something named is not it',
    [['is it bad to use heat every day?', [/heat/i], [DIRECT]]],
  ],
  [
    'a sign told with it raises its alarm',
    [['my back hurts and I can\'t feel anything when I wipe, is that bad?', [/999/], [DIRECT]]],
  ],
];

// "will I be right for the choir concert on Thursday?": being ready for something ahead, whatever it is,
// is the question of an event ahead, answered as such, never the out-of-scope refusal.
const ready: Array<[string, Parameters<typeof wholeBotSteps>[0]]> = [
  [
    'after a thanks, an event no activity names',
    [['ta for that. will I be right for the choir concert on thursday?', [EVENT_AHEAD], [MENU]]],
  ],
  [
    'asked on its own, no thanks before it',
    [['Will I be alright for the school open day on Saturday?', [EVENT_AHEAD], [MENU, /Most back spasms are not serious/]]],
  ],
];

describe('"will I be right for ... on Friday?" is asked as an event ahead', () => {
  test.each(ready)('%s', async (_name, table) => {
    await steps(table);
  });
});

describe('"is that bad?" gets a direct answer', () => {
  test.each(cases)('%s', async (_name, table) => {
    await steps(table);
  });
});
