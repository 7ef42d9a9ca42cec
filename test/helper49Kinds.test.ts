import { runSteps, type Step } from './support/botHarness';
import { levelsEach } from './support/screenTables';

// Round 49 (helper49): what the red-flag screen takes from a message, by kind, phrasings our own.
// Each kind with twins of the same shape that tell a real sign now and must still be raised.

levelsEach([
  [
    'a list of denials that repeats its frame, the lexicon knowing a sign in only one item (denialList.ts)',
    [
      ['no problem passing urine, no problem holding it', 'none'],
      ['no trouble weeing, no trouble holding it in', 'none'],
      ['no issue passing water, no issue holding it', 'none'],
      // an item that tells the sign, or brings in something else
      ['no problem passing urine, but I cannot hold it', 'emergency'],
      ['no problem passing urine, no control over it though', 'emergency'],
      ['no problem passing urine, no problem holding it, but both legs went numb this morning', 'emergency'],
    ],
  ],
  [
    "a carer's terse note naming the person with no \"my\" (helpers.yaml bareBack, helperPatterns presentTense)",
    [
      ['gran is 88, slipped off the commode, back sore', 'urgent'],
      ['my gran is 88, slipped off the commode, back sore', 'urgent'],
      // read as the same note with "my" is: a fall at 91 is raised as it is with "my grandad"
      ['grandad is 91. fell getting out of his chair. back hurts', 'emergency'],
      ['my grandad is 91. fell getting out of his chair. back hurts', 'emergency'],
    ],
  ],
]);

describe('a check asked for someone named before, by their pronoun (helpers.yaml framing)', () => {
  const forHim = /questions about him/i;
  const askedOfHim = /has he had any new trouble peeing/i;
  const askedOfYou = /have you had any new trouble peeing/i;
  test.each<[string, Step[]]>([
    ['"can you check his symptoms"', [
      ['my brother put his back out, can you check his symptoms please', [forHim], [/let's check your symptoms/i]],
      ['low down', [/when did it start/i]],
      ['2 days ago', [/worst he can imagine/i]],
      ['7', [/anything set it off/i]],
      ['moving a wardrobe', [askedOfHim], [askedOfYou]],
    ]],
    ['"do the check for her"', [
      ['my wife has hurt her back, could you do the check for her', [/questions about her/i], [/let's check your symptoms/i]],
    ]],
    ['the writer\'s own check is still asked of them', [
      ['my brother says I should get my back looked at, can you check my symptoms', [/let's check your symptoms/i], [forHim]],
    ]],
  ])('%s', async (_name, steps) => {
    await runSteps(steps);
  });
});
