import { wholeBotSteps, type Step } from './support/botHarness';

// Set 13 acts kinds, in our own wording: a sign the notes say not to alarm about
// (a cough or sneeze jolting the back) gets a calm note, never a check question or
// a "get seen today" that holds later answers back; a sign named only to say they
// don't know what it would feel like is described and asked, not alarmed.

const ALARM = /call (999|000|111|911|112) now|get seen today|treating that as a yes/i;
const CALM = /common with a back spasm/i;
const CHECK_QUESTION = /just to check: does coughing/i;
const HELD_BACK = /until a doctor has seen you|remember: because you mentioned/i;

const botSteps = (steps: Step[], locale = 'en-GB') => wholeBotSteps(steps, locale);

describe('pain jolted by a cough or sneeze is calm advice, not an alarm', () => {
  test('the note once, then later answers are not held back', async () => {
    await botSteps([
      ['my back is agony each time i sneeze', [CALM, /111/], [ALARM, CHECK_QUESTION]],
      ['is heat or ice better for it', [/heat/i], [HELD_BACK, CALM, /get seen today/i]],
      ['can I still go swimming', [/./], [HELD_BACK, /get seen today/i]],
    ]);
  });

  test('asked about again, the note is said again, still calm', async () => {
    await botSteps(
      [
        ['my back is agony each time i sneeze', [CALM], [ALARM, CHECK_QUESTION]],
        ['sneezing is the worst, my spine feels like it snaps', [CALM], [ALARM, CHECK_QUESTION]],
      ],
      'en-AU',
    );
  });
});

describe('not knowing what a sign feels like is no yes', () => {
  test('the sign is asked about, not alarmed', async () => {
    await botSteps([
      ['tingling around my privates? no clue what that might feel like', [/just to check/i], [/call 999 now/i]],
      ['no, nothing like that at all', [/./], [/call 999 now/i]],
    ]);
  });
});
