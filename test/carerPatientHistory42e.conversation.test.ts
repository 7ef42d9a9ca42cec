import { wholeBotSteps } from './support/botHarness';

// Set 34's kind, phrasings our own: a nurse or carer who writes for one person named by who they
// are ("an elderly gentleman") makes that person the patient, so their treated cancer, told later
// in their pronoun, is their own history beside their back pain (urgent), never a relative's.

test('a carer\'s patient\'s own treated cancer told later is urgent, not family history', async () => {
  await wholeBotSteps([
    ['I am a visiting nurse for an older gentleman, 80, his lower back went yesterday when he bent to pick up the post. Is heat ok for him?', [/./]],
    ['No temperature. He had bowel cancer some years back, all treated. Does that matter?', [/seen today|urgent/i], [/relative's illness/i]],
  ], 'en-GB');
});
