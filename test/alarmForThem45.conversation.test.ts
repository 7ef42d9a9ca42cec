import { wholeBotSteps } from './support/botHarness';

// An emergency told of someone the writer is with ("she can't stand, legs give way, I'm with her"),
// where the writer tells no sign of their own, is that person's: "call 999 for her", and the replies
// after it (push-back, thanks, a question) keep speaking of her, never "don't drive yourself".
// A sign the writer tells of themself beside the person stays the writer's. Our own wording.

const steps = (s: Parameters<typeof wholeBotSteps>[0]) => wholeBotSteps(s, 'en-GB');
const FOR_HER = /call 999 for her/i;
const FOR_HIM = /call 999 for him/i;
const TO_WRITER = /don't drive yourself/i;

const cases: Array<[string, Parameters<typeof wholeBotSteps>[0]]> = [
  [
    'a gran who cannot stand, legs giving way, told without "her legs"; then push-back and thanks',
    [
      ["gran is 81, she's had a sore back all week and since lunch she can't get up, legs just give way under her. I'm at her flat with her", [FOR_HER], [TO_WRITER]],
      ['she keeps saying it is nothing and she will be fine after a nap', [FOR_HER], [TO_WRITER]],
      ['right, thank you', [/for her/i], [TO_WRITER]],
    ],
  ],
  [
    'an uncle whose legs went numb, then a question about him',
    [
      ['my uncle is 66, he hurt his back gardening and now he cannot feel either leg and keeps falling, I am with him now', [FOR_HIM], [TO_WRITER]],
      ['he is quite fit though, does that change anything', [/for him/i], [TO_WRITER]],
    ],
  ],
  [
    'the writer\'s own sign beside a person who is with them stays the writer\'s',
    [['my sister is sat here with me, since this morning I cannot feel my legs and they keep buckling', [/call 999/i], [/for her/i]]],
  ],
];

describe('an emergency told of someone the writer is with is said for them', () => {
  test.each(cases)('%s', async (_name, table) => {
    await steps(table);
  });
});
