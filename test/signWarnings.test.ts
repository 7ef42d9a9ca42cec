import { runSteps, type Step } from './support/botHarness';

// A warning sign only supposed or asked about raises no alarm, but the answer first says
// what to do if it happens, at the sign's level and with the locale's number.
describe('what to do if a supposed sign happens', () => {
  test.each<[string, Step[], string?]>([
    ['a spreading leg pain supposed after a stretches answer', [
      ['which stretches are good for a sore lower back?', [/knee-to-chest/]],
      ['and if the pain ever spread into both of my legs?', [/^If that happens \(pain, numbness, tingling or weakness in both legs\), it's an emergency: call 999/], [/^Please call 999 now/]],
    ], 'en-GB'],
    ['a bladder question in general', [
      ['would not being able to wee be a bad sign with back pain?', [/^If that happens \(.*urine.*\), it's an emergency: call 911/]],
    ], 'en-US'],
    ['an urgent sign supposed gets the same-day route, not the emergency number first', [
      ['what if I end up with a temperature as well?', [/^If that happens \(.*fever.*\), get seen today: urgent care or your doctor/]],
    ], 'en-US'],
    ['a sign denied is not turned into a warning', [
      ['my legs are fine and I can pee normally, is heat ok?', [], [/^If that happens/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale) => {
    await runSteps(steps, locale);
  });
});
