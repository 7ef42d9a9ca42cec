// Answers read by whose story it is and by what a follow-up goes on from (answers42): a worry about cancer that names
// no one gets the cancer answer, never "a relative's illness" (passages tagged someone-elses-history need someone named,
// answers.yaml otherPeople); a question about arthritis has its own answer; the "how would I know it's affecting me?" answer (needs-medicine-context) is for a medicine or a
// follow-up to a medicine or driving answer, not for a worry; an NSAID taken daily beside "can I add another?" gets
// the one-NSAID answer (takes_nsaid redirects the daily-medicines passage).
// Phrasings are this suite's own (none is a passage example, none a blind round's).
import { wholeBotSteps, type Step } from './support/botHarness';

const RELATIVE = /relative's (illness|cauda equina)/;
const DROWSY_SIGNS = /You're affected if/;

describe('whose history a worry is about', () => {
  test.each<[string, Step[], string]>([
    ['a worry about cancer naming no one: the cancer answer', [
      ['is there a chance this backache is a tumour?', [/Cancer is very unlikely/, /same day/], [RELATIVE]],
    ], 'en-GB'],
    ['a relative named: their history is not the writer\'s sign', [
      ['my sister had cancer, does that change anything for my back?', [RELATIVE]],
    ], 'en-AU'],
    ['a disc asked about with pain into one leg: about the back, not a relative\'s nerve trouble', [
      ['might i have slipped a disc? it shoots into my right calf when i lean forward', [/./], [RELATIVE, /not something I can help with/]],
    ], 'en-ZA'],
  ])('%s', async (_name, steps, locale) => {
    await wholeBotSteps(steps, locale);
  });
});

describe('what a follow-up goes on from', () => {
  test.each<[string, Step[], string]>([
    ['after the cancer answer, how to tell is not about a medicine', [
      ['is there a chance this backache is a tumour?', [/Cancer is very unlikely/]],
      ['so how can i tell?', [], [DROWSY_SIGNS]],
    ], 'en-US'],
    ['after a drowsy-medicine answer, how to tell is', [
      ['will tramadol make me sleepy?', [/drowsy/]],
      ['how do i know?', [DROWSY_SIGNS]],
    ], 'en-GB'],
    // The alcohol answer is about drowsy medicines (needs-medicine-context, merge of session 42): a relayed question
    // about a game tonight, after helping someone up, names neither a drink nor a medicine.
    ['after helping a sister up, her game tonight is not about alcohol', [
      ['my sister has locked her back and cannot get out of bed, what should she do', [/./]],
      ["should she give tonight's hockey game a miss", [/./], [/alcohol/i]],
    ], 'en-GB'],
    ['a drink asked about with a drowsy medicine still gets the alcohol answer', [
      ['is it ok to have a beer on the muscle relaxants', [/alcohol/i, /drowsy/]],
    ], 'en-AU'],
  ])('%s', async (_name, steps, locale) => {
    await wholeBotSteps(steps, locale);
  });
});

describe('questions with their own answers', () => {
  test.each<[string, Step[], string]>([
    ['arthritis asked about: never confirmed, the pattern worth a routine visit', [
      ['do you reckon i have arthritis in my lower back?', [/Only a (GP|doctor) can say/, /routine visit/]],
    ], 'en-IE'],
    ['an NSAID taken daily and another asked for: no second one', [
      ["i'm on diclofenac every day for my knee, can i add something else for my back?", [/Don't double up/, /pharmacist/], [/to a medicine you take daily/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale) => {
    await wholeBotSteps(steps, locale);
  });
});
