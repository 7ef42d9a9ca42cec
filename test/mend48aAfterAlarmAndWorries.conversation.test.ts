import { runSteps } from './support/botHarness';

// Set 40's acts, by kind (mend48a), phrasings our own.

// After an emergency, the call named only to be played down ("don't want to be the one who rings
// 999 for indigestion", "embarrassed to call") is reluctance: a firm, kind repeat of the
// instruction, never "good, that's the right thing to do". A real call under way is still backed.
describe('reluctance that names the call, after an emergency', () => {
  const opening = 'my back is aching between the shoulders and now my chest feels tight and I am sweating';
  test.each<[string, string]>([
    ['en-GB', "I don't want to be that bloke who rings 999 for indigestion"],
    ['en-US', 'honestly I would be so embarrassed calling an ambulance over this'],
    ['en-AU', 'feel silly calling 000 about a bit of heartburn'],
  ])('%s: "%s" is not praised', async (locale, reply) => {
    await runSteps([
      [opening, [/now/i]],
      [reply, [/(999|911|000) now/i], [/right thing to do/i, /while you wait/i]],
    ], locale);
  });

  test('a call under way is still backed', async () => {
    await runSteps([
      [opening, [/now/i]],
      ['ok I am calling 999 now', [/right thing to do/i]],
    ], 'en-GB');
  });
});

// A driver stopping after an emergency: backed, with the call once stopped and no driving on;
// never "I won't ask anything more".
describe('pulling over after an emergency', () => {
  test.each<[string, string]>([
    ['en-CA', 'ok ok pulling over at the next exit'],
    ['en-GB', 'right, pulled into a layby'],
  ])('%s: "%s"', async (locale, reply) => {
    await runSteps([
      ['driving and my back hurts, now my chest is tight and my left arm aches', [/now/i]],
      [reply, [/once you're safely stopped|stopped/i, /don't drive on/i], [/won't ask anything more/i]],
    ], locale);
  });
});

// A what-if about losing control of the bladder, or a condition read about, with no sign told:
// the calm worry answer with its signs, not the out-of-scope refusal and not an alarm.
describe('a what-if about the nerve emergency', () => {
  test.each<[string, string]>([
    ['en-US', 'been reading online about cauda equina, could that happen to me?'],
    ['en-GB', 'my back is sore and I keep thinking, what if I end up losing control of my bladder'],
  ])('%s: "%s"', async (locale, text) => {
    await runSteps([
      [text, [/understandable to worry/i, /bladder/i], [/not something I can help with/i, /please call (911|999) now/i]],
    ], locale);
  });

  test('bladder control lost, told, is still the emergency', async () => {
    await runSteps([
      ['my back went this morning and I have lost control of my bladder', [/now/i], [/understandable to worry/i]],
    ], 'en-GB');
  });
});

describe('a South African thanks with a mate word', () => {
  test('"shot boet" after an answer is a close', async () => {
    await runSteps([
      ['is heat good for a back spasm', [/heat/i]],
      ['shot boet', [/welcome|take care|glad/i], [/heat/i]],
    ], 'en-ZA');
  });
});
