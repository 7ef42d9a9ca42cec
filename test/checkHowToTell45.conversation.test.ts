import { wholeBotSteps } from './support/botHarness';

// At a safety question of the symptom check, a person who does not know how they would tell
// ("no idea, how am I meant to know?") is answered with what the signs feel like and the same
// question again: a hedge about the question, not a new topic (no "Do you mean ..." menu). Our own wording.

const ASKS_GROUP = /since the pain started, have you had/i;
const DESCRIBES = /what that can feel like/i;
const MENU = /do you mean/i;

const opening: Parameters<typeof wholeBotSteps>[0] = [
  ['my lower back went this morning lifting a laundry basket, can you check me over', [/0 \(no pain\)|how bad/i]],
  ['about a 5 i think', [ASKS_GROUP]],
];

const hedges: string[] = [
  'no clue? how do i even check that',
  'hmm, how would someone even know that?',
  'unsure. how am i supposed to tell',
];

describe('not knowing how to tell, at a safety question', () => {
  test.each(hedges)('"%s" gets what the signs feel like, then the question again', async (hedge) => {
    await wholeBotSteps([...opening, [hedge, [DESCRIBES, ASKS_GROUP], [MENU]]], 'en-US');
  });
});
