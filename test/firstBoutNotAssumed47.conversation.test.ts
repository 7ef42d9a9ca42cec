import { wholeBotSteps } from './support/botHarness';

// A first bout of back pain over about 50 is a history the notes' urgent row needs told: asked once
// when an older person's pain is told with no cause, and a "not sure" (or no answer twice) is never
// taken as yes, as it is for a sign. The notes' row is said as a condition instead. A yes keeps the
// same-day advice. Our own wording.

const steps = (s: Parameters<typeof wholeBotSteps>[0]) => wholeBotSteps(s, 'en-GB');
const ASKED = /first time (she|he) has ever had back pain/i;
const SAME_DAY = /seen today/i;
const NOT_ASSUMED = /won't assume/i;

const cases: Array<[string, Parameters<typeof wholeBotSteps>[0]]> = [
  [
    'a daughter who cannot say whether it is the first time',
    [
      ['my dad is 74 and his back has been sore since the weekend', [ASKED], [SAME_DAY]],
      // what the question means, not the other signs of its screen group
      ['not sure', [ASKED, /never having had back pain/i], [SAME_DAY, /osteoporosis|fragile bones/i]],
      ['honestly no idea, I only see him on sundays', [NOT_ASSUMED, /today or tomorrow/i], [SAME_DAY]],
    ],
  ],
  [
    'no answer twice',
    [
      ['my dad is 74 and his back has been sore since the weekend', [ASKED], [SAME_DAY]],
      ['middle of his back', [ASKED], [SAME_DAY]],
      ['about a 6', [NOT_ASSUMED], [SAME_DAY]],
    ],
  ],
  [
    'a first bout told is the same-day advice',
    [
      ['my dad is 74 and his back has been sore since the weekend', [ASKED], [SAME_DAY]],
      ['yes, never had it before', [SAME_DAY], [NOT_ASSUMED]],
    ],
  ],
];

describe('a first bout over 50 is told or asked, never assumed', () => {
  test.each(cases)('%s', async (_name, table) => {
    await steps(table);
  });
});
