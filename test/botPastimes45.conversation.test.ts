import { wholeBotSteps } from './support/botHarness';

// Chat that asks the bot of its own pastimes or tastes ("seen the game last night?") is out of scope on
// its own, so it is no follow-up to the answer just given, whatever word it shares with one (a game, a
// match): a light reply, then back to their back. A real follow-up, or a question about playing, is still
// answered. Our own wording.

const steps = (s: Parameters<typeof wholeBotSteps>[0], locale = 'en-GB') => wholeBotSteps(s, locale);
const LIGHT = /only a program/i;
const SPORT_ANSWER = /lighter way|hold off on a match|contact sport/i;

const cases: Array<[string, Parameters<typeof wholeBotSteps>[0]]> = [
  [
    'after the heat answer, "seen the rugby game on saturday?" is chat, not the sport answer',
    [
      ['is a hot water bottle good for a back spasm', [/heat/i]],
      ['ha did you see the rugby game on saturday, what a finish', [LIGHT], [SPORT_ANSWER, /not something I can help with/i]],
    ],
  ],
  [
    'shorthand ("u follow the league?") is read the same way',
    [
      ['how should i sit at my desk with a sore back', [/.+/]],
      ['u follow the league? my team lost again', [LIGHT], [SPORT_ANSWER]],
    ],
  ],
  [
    'a question about playing after an answer is still answered',
    [
      ['is a hot water bottle good for a back spasm', [/heat/i]],
      ['can i still play my football game this weekend', [/.+/], [LIGHT]],
    ],
  ],
  [
    'asked about the bot but naming the back, it is about the back',
    [['do you like yoga for back pain', [/.+/], [LIGHT]]],
  ],
];

describe('chat about the bot\'s own pastimes is no follow-up', () => {
  test.each(cases)('%s', async (_name, table) => {
    await steps(table);
  });
});
