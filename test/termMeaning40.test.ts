// A term from the warning signs asked about ("the saddle area") gets what it means in plain words and
// what to do if it is there, not a menu; a report of the sign itself is still the emergency.
// Phrasings are this suite's own (none is a passage example, none a blind round's).
import { wholeBotSteps } from './support/botHarness';
import { describePassageTables } from './support/passageTables';

const REACH: [string, string][] = [
  ['which bit of me is the saddle area, exactly?', 'doctor-saddle-area'],
  ['you keep saying saddle, what part is that', 'doctor-saddle-area'],
];

const KEEP: [string, string][] = [
  ['what are the warning signs i should look out for', 'doctor-emergency'],
  // a question frame with another word in it keeps that word's passage
  ['what do you mean by lighter duties at work', 'rest-heavy-job'],
];

describePassageTables('a warning-sign term asked about', REACH, KEEP);

describe('asking about the term is no report of the sign', () => {
  test('the meaning is answered with no alarm; numbness there is still the emergency', async () => {
    await wholeBotSteps([
      ['which bit of me is the saddle area, exactly?', [/bike saddle/, /inner\s+thighs/], [/Please call 999 now/]],
      ['ok, it does feel numb there since this morning', [/Please call 999 now/]],
    ], 'en-GB');
  });
});

describe('a numb saddle area told beside a question stays the emergency', () => {
  test.each<string>([
    'saddle area gone numb since lunch, what counts as serious',
    'the saddle region is tingly, which part of the body does that nerve supply',
  ])('%s', async (said) => {
    await wholeBotSteps([[said, [/Please call 999 now/]]], 'en-GB');
  });
});

