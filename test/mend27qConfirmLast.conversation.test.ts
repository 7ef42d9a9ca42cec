import { wholeBotSteps, type Step } from './support/botHarness';
import { confirmationOf } from '../dialogs/confirmLast';

// A check-back of the last answer ("so that's alright then?") gets a short yes
// or no that says the answer's first sentence again, never the closest topics;
// a check-back that names something new, adds a condition or turns the answer
// round is a question of its own.

const botSteps = (steps: Step[], locale = 'en-GB') => wholeBotSteps(steps, locale);
const MENU = /closest|don't have an answer/i;
const REPLIES = { confirmYes: 'YES {said}', confirmNo: 'NO {said}', confirmAsSaid: 'SAME {said}', yesLead: 'yes', noLead: 'no' } as unknown as Parameters<typeof confirmationOf>[2];

describe('a check-back straight after a medicine answer is a short yes with the answer said again', () => {
  test.each(['ok so taking them together is alright then', 'so both of them is ok yeah?', 'right so that is fine then'])('%s', async (said) => {
    await botSteps([
      ['is it ok to take paracetamol and ibuprofen at the same time', [/together/i]],
      [said, [/^yes, that's right: .*together/i], [MENU, /which painkiller first/i]],
    ]);
  });
});

describe('reading a check-back against the first sentence', () => {
  const yesLead = 'Yes, you can use a heat pad in the car on a low setting.';
  test.each<[string, string, string | undefined]>([
    ['so the heat pad is fine then', yesLead, 'YES you can use a heat pad in the car on a low setting.'],
    ['so a heat pad is ok yeah', yesLead, 'YES you can use a heat pad in the car on a low setting.'],
    // Something the answer did not name: asked for itself.
    ['so ice is fine then', yesLead, undefined],
    // A condition added, or the answer turned round.
    ['so it is fine even if I am pregnant then', yesLead, undefined],
    ['so that is not ok then', yesLead, undefined],
    // An acknowledgement asks nothing back.
    ['that is fine', yesLead, undefined],
    ['ok', yesLead, undefined],
    // A no said again as a no; a yes that turns on a "but" said as it was.
    ['so the sauna is ok then', 'No, skip the sauna while the spasm is bad.', 'NO skip the sauna while the spasm is bad.'],
    ['so the gym is ok then', 'Yes, the gym is fine but not heavy lifting yet.', 'SAME Yes, the gym is fine but not heavy lifting yet.'],
  ])('%s', (said, lead, reply) => {
    expect(confirmationOf(said, lead, REPLIES)).toBe(reply);
  });

  test('with no last answer there is nothing to check back', () => {
    expect(confirmationOf('so that is fine then', undefined, REPLIES)).toBeUndefined();
  });
});

describe('a walk-in clinic is a place to be seen, not a walk', () => {
  test.each(['Should I go to the walk-in centre or wait for my GP appointment?', 'Should I go to a walk-in clinic or see my own doctor?'])('%s', async (said) => {
    await botSteps([[said, [/GP|doctor/i], [/go for a walk/i]]]);
  });
});

describe('why the guidelines disagree, after an answer that says they differ', () => {
  test('the reason, not the causes of a spasm', async () => {
    await botSteps([
      ['is acupuncture worth a go for my back', [/guidelines differ/i]],
      ['how come they disagree', [/evidence is weak/i], [/strained or overworked muscle/i]],
    ]);
  });
});

describe('after "get seen today", how to get them up and to the car is answered, with the instruction', () => {
  test('a parent with thin bones after a fall', async () => {
    await botSteps([
      ['my mum is 85 and has osteoporosis, she slid off the bed onto the floor last night and her back hurts a lot', [/today/i]],
      ['how am I meant to get her off the sofa and into the car', [/roll onto the side/i, /today/i], [/I'm still here/i]],
    ], 'en-AU');
  });
});
