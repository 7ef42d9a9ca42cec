// Answers read with what the person told (answers40): getting up from a seat and climbing to a top bunk have their own
// steps (not the car's or the floor's); a part of someone else's body named by a writer who speaks of themself is no
// complaint of theirs (the helper who can't help leaves them on their own); a host's home told with its city places the
// person in that country; weeks of pregnancy past the early stage leave out what holds only early on.
// Phrasings are this suite's own (none is a passage example, none a blind round's).
import { wholeBotSteps, type Step } from './support/botHarness';
import { describePassageTables } from './support/passageTables';

const REACH: [string, string][] = [
  ['what is the least painful way to stand up from the couch', 'getting-up-chair'],
  ['any tricks for standing out of a deep armchair', 'getting-up-chair'],
  ['any tips for getting up into a top bunk with this back', 'getting-up-bunk'],
  ['my ticket has the upper berth, how do i climb up', 'getting-up-bunk'],
];

const KEEP: [string, string][] = [
  ['what do i do if i fall and cannot get up off the floor', 'getting-up-floor'],
  ['how should i roll out of bed in the morning', 'getting-up-bed'],
  ['how do i get into the driving seat without twisting', 'getting-in-car'],
  ['would a rolled towel behind me help when i sit', 'rest-sitting-support'],
];

describePassageTables('getting up from a seat or a bunk', REACH, KEEP);

describe('answers read with what the person told', () => {
  test.each<[string, Step[], string]>([
    ["someone else's part, told by a writer who speaks of themself: no scope reply, and no one to help", [
      ['how can i get myself out of bed with this back', [/[Rr]oll onto your side/]],
      ['my son broke his wrist last week so he cannot help me', [/phone within reach/], [/wrist is giving you trouble|outside what I cover/]],
    ], 'en-GB'],
    ['my own part still gets the scope reply', [
      ['my wrist has been aching since yesterday', [/wrist/, /giving you trouble/]],
    ], 'en-GB'],
    ["a host's home with its city places the person there", [
      ["we're stopping at my cousin's in Brisbane for a fortnight and my back has gone, what is the emergency number here", [/000/], [/999/]],
    ], 'en-GB'],
    ['weeks past the early stage: no "early in pregnancy" line', [
      ["i'm 28 weeks pregnant with a sore back", [/./]],
      ['what is the best way to lie in bed at night', [/your side/], [/[Ee]arly in pregnancy/]],
    ], 'en-GB'],
    ['pregnancy with no weeks told keeps it', [
      ["i'm pregnant and my back is sore", [/./]],
      ['what is the best way to lie in bed at night', [/[Ee]arly in pregnancy/, /your side/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale) => {
    await wholeBotSteps(steps, locale);
  });
});
