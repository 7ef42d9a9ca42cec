import { runSteps, type Step } from './support/botHarness';
import { pointedSign } from '../src/triage/screenPick';
import { vocabulary } from '../src/triage/vocabulary';

// A grouped warning-sign question answered by pointing at one of its signs: that sign
// escalates; a pick that doesn't say which sign is asked, never dropped.
const TO_GROUP: Step[] = [
  ['could you go through the symptom check with me', [/Where is the pain/]],
  ['middle of my low back, since Monday, moving a sofa, 4 out of 10', [/new trouble peeing or leaking/]],
];

describe('a pick of one sign at a grouped question', () => {
  test.each<[string, Step[]]>([
    ['a place in the list, with no yes word, escalates that sign', [
      ...TO_GROUP,
      ['the fourth one', [/^Please call 999 now/, /you mentioned new problems with erections/]],
    ]],
    ['a pointing noun with no sign named asks which', [
      ...TO_GROUP,
      ['hmm the one in the middle', [/Which of these is it/], [/^Please call/]],
    ]],
    ['a denied pick is no pick: the answer is read as before', [
      ...TO_GROUP,
      ['not the first one, none of those', [/weakness in both legs/], [/^Please call/]],
    ]],
  ])('%s', async (_name, steps) => {
    await runSteps(steps, 'en-GB');
  });
});

describe('pointedSign', () => {
  const infection = () => vocabulary().screen.find((g) => g.id === 'infection')!;
  test('a place picks by position; "last" needs a pointing noun', () => {
    expect(pointedSign(infection(), 'number 3rd i guess', false)).toMatchObject({ kind: 'item', item: { flag: 'immunosuppression' } });
    expect(pointedSign(infection(), 'the final bit', false)).toMatchObject({ kind: 'item', item: { flag: 'urinary_infection_signs' } });
    expect(pointedSign(infection(), 'yes to your last question', true)).toEqual({ kind: 'none' });
  });
  test('a sign named with a yes picks it; two named is unclear, never the worse one guessed', () => {
    expect(pointedSign(infection(), 'yes the drugs', true)).toMatchObject({ kind: 'item', item: { flag: 'iv_drug_use' } });
    expect(pointedSign(infection(), 'yes the fever', true)).toEqual({ kind: 'unclear' });
    expect(pointedSign(infection(), 'the drugs', false)).toEqual({ kind: 'none' });
  });
  test('a denial picks nothing', () => {
    expect(pointedSign(infection(), "it isn't the second one", false)).toEqual({ kind: 'none' });
  });
});

describe('pointedSign without a yes', () => {
  test('a question or a long sentence with a pointing word is no pick', () => {
    const group = vocabulary().screen.find((g) => g.id === 'accident_heart')!;
    expect(pointedSign(group, 'could this be a bad one', false)).toEqual({ kind: 'none' });
    expect(pointedSign(group, 'honestly I think it is just one of those days where everything aches', false)).toEqual({ kind: 'none' });
  });
});
