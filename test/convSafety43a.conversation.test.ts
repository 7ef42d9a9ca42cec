import { wholeBotSteps, type Step } from './support/botHarness';

// Safety across a conversation, in our own wording (mend43a): a gerund's "'s" typed without its
// apostrophe still tells a sign; a person named by a word with no gender ("my workmate") is told of
// later as "he"; a "what if" about a sign that would make a same-day alarm an emergency is told so;
// a slip put right (how it happened, and the sign now fine) is a correction, not a relayed play-down;
// a one-sided tingle from a hard seat with wiping as usual takes the alarm back; a relative's
// cancer said with "own" ("her own father") is still the relative's.

const EMERGENCY = /please call (999|000|111|112|911)( for (him|her))? now/i;
const SAME_DAY = /get (her |him )?seen today|seen by a doctor today/i;
const TAKEN_BACK = /don't need to (get seen today|call)|taken your answer as no/i;

const cases: Array<[name: string, locale: string, steps: Step[]]> = [
  [
    'trouble starting to pee, typed with the apostrophe dropped, is an emergency',
    'en-NZ',
    [
      ['bad back and a sharp pain running down my right leg', [/./], [EMERGENCY]],
      ['peeings gone funny since lunch, really hard to start', [EMERGENCY]],
    ],
  ],
  [
    'a workmate named without a gendered word, then told of as he, is the one in the alarm',
    'en-AU',
    [
      ['a workmate of mine just wrecked his back moving a pallet', [/./]],
      ['he says both his legs have gone numb', [EMERGENCY, /him/i]],
    ],
  ],
  [
    'a "what if" about confusion after a fever alarm is told it would mean the emergency number',
    'en-AU',
    [
      ['my lower back aches and I have had a temperature of 38.6 since this morning', [SAME_DAY]],
      ['what happens if I get muddled or start shivering?', [/emergency: call 000/i, SAME_DAY]],
    ],
  ],
  [
    'a relayed "he says he is fine" said as the writer misreading his message takes the alarm back',
    'en-AU',
    [
      ['my brother texted me, both his legs are tingling after he hurt his back at work', [EMERGENCY]],
      ['oh sorry, I misread his text, he says they are fine', [TAKEN_BACK], [/wasting anyone's time/i]],
    ],
  ],
  [
    'a one-sided tingle from a hard seat, gone on standing, with wiping as usual, stands the alarm down',
    'en-GB',
    [
      ['my back has ached since I moved house last week', [/./]],
      ['my bottom goes tingly now and then, probably from sitting', [EMERGENCY]],
      ['no, just a prickle in one buttock after the long train ride, it goes away when I get up and wiping feels normal', [TAKEN_BACK], [/don't force it/i]],
    ],
  ],
  [
    'a grandparent\'s cancer, told as the patient\'s "own father", is no same-day alarm for the patient',
    'en-IE',
    [
      ['asking for my mum, her back seized up after carrying laundry upstairs. her own father had lung cancer so she is fretting', [/./], [SAME_DAY]],
    ],
  ],
];

describe('safety across a conversation (mend43a)', () => {
  test.each(cases)('%s', async (_name, locale, steps) => {
    await wholeBotSteps(steps, locale);
  });
});
