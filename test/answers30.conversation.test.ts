import { wholeBotSteps } from './support/botHarness';

// The one-NSAID answer says in its first sentence that the other kind of painkiller can go with
// it: someone taking ibuprofen and acetaminophen together is never told only "don't double up".
describe('an NSAID and paracetamol taken together', () => {
  test.each<[string, string, RegExp]>([
    ["i'm taking ibuprofen and paracetamol together, is that fine?", 'en-GB', /paracetamol can go with it/i],
    ['been having motrin and tylenol at the same time, ok?', 'en-US', /acetaminophen \(Tylenol\) can go with it|together or alternate/i],
  ])('%s', async (text, locale, allowed) => {
    await wholeBotSteps([[text, [allowed]]], locale);
  });
});
