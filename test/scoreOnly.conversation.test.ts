import { runSteps } from './support/botHarness';
import { scoreOnly } from '../dialogs/checkMessages';

// A pain score said on its own, outside the check, is a detail for the check, never out of scope.
describe('a pain score on its own', () => {
  test('after a report, it starts the check with the report and the score', async () => {
    await runSteps([
      ['my low back locked up on the left when I was gardening on Saturday', [/If you'd like, I can also check/]],
      ['maybe an 8', [/Let's check your symptoms/, /8 out of 10/], [/not something I can help with/]],
    ], 'en-GB');
  });
  test('as the first message, it starts the check with the score kept', async () => {
    await runSteps([['3ish', [/Let's check your symptoms/, /3 out of 10/, /Where is the pain/]]], 'en-GB');
  });
  test('a number in a longer message or a question is no score', () => {
    expect(scoreOnly('around a 6 I reckon', 'en-GB')).toMatchObject({ value: 6 });
    expect(scoreOnly('is a 6 bad?', 'en-GB')).toBeUndefined();
    expect(scoreOnly('my daughter turned 7 last week and we had a party', 'en-GB')).toBeUndefined();
  });
});
