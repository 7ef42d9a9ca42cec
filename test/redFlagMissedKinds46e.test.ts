import { levels, quietEach, raisesEach, screen } from './support/screenTables';

// Kinds of missed emergencies from spent round 46, each mended by a general reading: urine
// told running out on its own in the progressive ("is coming out by itself"); not feeling
// when a stool or urine passes, in the -ing form; a passing known of only afterwards, by
// looking, in a clause of its own; stools called "motions"; sexual function told as things
// not having worked in bed, or a try to climax with no partner named and nothing felt; the
// spread to the second leg told as pain there "too" or pain and a nerve sign; a jump down
// from a roof or another real height; and a relative playing a sudden emergency down ("she's
// making out it's only her normal back"), which is that person's view, no setting of their own
// back apart. Every reading has twins that stay quiet. Phrasings our own.

raisesEach('emergencies told in the kinds round 46 missed, inside a longer story', 'emergency', [
  ['I drive a taxi in Nairobi and my back is paining since Sunday after changing a tyre. Since yesterday some water is dripping out by itself from down there and I do not feel it. Can I still drive?', 'bladder'],
  ['Hi, my back has hurt a lot since Saturday and now the stool is slipping out, I only see it later. Is this serious?', 'bowel'],
  ["Evening all. Retired postman, 63, back went on me lifting the grandkids' paddling pool. Been resting and taking paracetamol. The wife made me mention it, everything has stopped working in bed since then. Will it settle in a week?", 'sexual_dysfunction'],
  ['bit embarrassing but my back has been bad since the weekend. i tried to finish, but nope, i couldnt feel a thing. could that be my back?', 'sexual_dysfunction'],
  ["I'm a chef in Lyon, my English is not so good. My back hurts for one week after I carry a big fridge with my friend. Before, the pain was going down my right leg only. Today the left leg is sore too. Can I go back to the kitchen?", 'bilateral_leg_symptoms'],
]);

raisesEach('emergencies told in the kinds round 46 missed', 'emergency', [
  ['the wee is running out by itself and I cannot feel it, back pain since tuesday', 'bladder'],
  ['my urine keeps coming out on its own since my back went', 'bladder'],
  ["I'm not knowing when the poo is coming out, back has been bad all week", 'bowel'],
  ['back went on me friday and I am not feeling when my urine passes', 'bladder'],
  ['since the spasm the stool comes out of me, I am only finding it after.', 'bowel'],
  ['my back went on friday, urine is leaking, I only notice later.', 'bladder'],
  ['back gone, I cant hold my motions at all since yesterday', 'bowel'],
  ['lost control of my motions after the back spasm', 'bowel'],
  ['sorry this is embarrassing, but my bits have not worked in bed since my back seized', 'sexual_dysfunction'],
  ['tried to climax this morning and could not feel anything at all, back is killing me', 'sexual_dysfunction'],
  ['first it was my right leg, now the left leg is also sore and tingling', 'bilateral_leg_symptoms'],
  ['pain was going down my right leg for a week and now the left leg is sore too', 'bilateral_leg_symptoms'],
  ['my husband jumped off the shed roof and he is lying on the patio, I am with him', 'major_trauma'],
  ['my lad jumped down from the hayloft for a laugh and now says his back hurts, I am with him now', 'major_trauma'],
  ['my son was leaping off the garage roof onto a crash mat, missed it, and says his back hurts', 'major_trauma'],
]);

quietEach('the same words that tell no sign stay quiet', [
  // water from a source, and not feeling when something else comes
  'the tap water is coming out by itself, and my back hurts from fixing it',
  'I am not feeling when the bus comes, my back hurts from standing',
  // a movement in the gym, a bruise noticed later, and results seen after
  'I cannot control my motions in the gym, my back is stiff',
  'I only noticed it after, the bruise on my back',
  'stool softeners are working, I only see the results after',
  // a job not finished, a garden that has not worked
  'I tried to finish the report last night and my back was killing me',
  'I tried to finish and could not feel my fingers, the cold got to them, my back is sore from shovelling',
  'things have not worked in my garden this year, my back is sore from digging',
  // one leg, the other said to be well
  'my left leg aches and my right leg is fine',
  'pain was going down my left leg, the right leg is not sore',
  // low jumps, and a car's roof
  'jumped off the wall and my back is a bit stiff',
  'jumped off the bed and tweaked my back',
  'I jumped off the roof of the car and my lower back twinged',
]);

describe("a relative's view of a sudden emergency does not set their back apart", () => {
  test.each([
    "My grandad is 79 and lives with us. His tummy and lower back suddenly hurt terribly after dinner and he's gone grey and sweaty and woozy. He's trying to make out it's just his ordinary backache. Can he have his normal tablets?",
    "Mum is 81, sudden awful pain in her belly and back, she's pale and clammy and feels faint. She keeps trying to tell me it's just her normal backache.",
    "My dad is 77. Out of nowhere his belly and low back are in agony and he's white and clammy and nearly fainting. He's making out it's his regular backache.",
  ])('%s', (text) => {
    const r = screen.detect(text);
    expect(r?.level).toBe('emergency');
    expect(r?.flags).toContain('abdominal_aortic');
    expect(r?.subject).toBe('other_present');
  });
});

levels([
  // the writer's own ordinary back, set apart from a relative's old story, stays quiet
  ["My uncle had a scan for his aorta years ago. I'm only asking for me, mine is just a stiff back from gardening", 'none'],
]);
