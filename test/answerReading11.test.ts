import { runSteps, type Step } from './support/botHarness';

// Answers read for what the person asks and has told: denied words do not pick the passage.
describe('answers read what is asked, not what is denied', () => {
  test.each<[string, Step[], string?]>([
    ['a denied symptom does not choose the passage: the question does', [
      ["my legs aren't numb and peeing is normal, is naproxen ok for a spasm?", [/NSAID|anti-inflammator/i], [/lidocaine/i]],
    ], 'en-GB'],
    ['a denial with the question in the same breath', [
      ['no tingling, bladder is fine. ibuprofen ok?', [/ibuprofen/i], [/lidocaine/i, /^Please call/]],
    ], 'en-GB'],
    ["a cold pack answer for someone with Raynaud's leads with avoiding cold", [
      ['what can I use as a cold compress on my back?', [/frozen peas/]],
      ["I have Raynaud's", [/^With Raynaud's, avoid ice/], [/frozen peas/]],
    ], 'en-GB'],
    ['pregnancy leads an answer about a class done lying down', [
      ["I'm 22 weeks pregnant with a sore back", []],
      ['is it ok to do pilates this week?', [/pilates/i, /avoid lying flat on your back/]],
    ], 'en-GB'],
    ['a match or game is a sport to return to', [
      ['pulled my back, I have a match on Sunday, can I play?', [/^You can play in your match/]],
    ], 'en-GB'],
    ['a combination tablet for someone whose facts rule out NSAIDs: what it contains, then their own answer', [
      ['expecting a baby at 30 weeks, would Combiflam be ok for my lower back?', [/^Combiflam contains ibuprofen/, /pregnancy/i, /paracetamol/i], [/it can help/]],
    ], 'en-IN'],
    ['the same on a blood thinner', [
      ["I'm on warfarin. Is Combiflam alright for a back spasm?", [/^Combiflam contains ibuprofen/, /blood thinner/i], [/it can help/]],
    ], 'en-IN'],
    // A statement, not a question: acknowledged and asked which would help (answers.yaml heardStatement.ask), not "no answer".
    ['a short remark after an answer that nothing fits: the closest answers as buttons, not a refusal', [
      ['heat or cold for a tight lower back?', [/^Heat has the better evidence/]],
      ['my cousin arrives friday though', [/^Thanks for telling me\. Would one of these help/], [/not something I can help with/, /don't have an answer/]],
    ], 'en-GB'],
    ['pregnancy leads a sleep answer, and a usual class is still the class', [
      ["I'm 19 weeks pregnant, my back's in spasm", []],
      ['can I still go to my regular yoga class?', [/yoga/i, /avoid lying flat on your back/]],
      ['any tips on a mattress?', [/^As you're pregnant: from about 16 weeks/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});
