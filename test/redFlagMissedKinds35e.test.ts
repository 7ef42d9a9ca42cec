import { quietEach, raisesEach } from './support/screenTables';
import { wholeBotText } from './support/botHarness';

// Kinds of missed emergencies and urgents from round 35, each mended by a general reading:
// a sign told as a reading with no "I" before a denial relative to it ("fine otherwise");
// speech reported with its speaker before "say" (a report, not a supposition); "my back
// went since <activity>" as the onset, not a resolution; an attempt that failed ("nothing
// happened") denies nothing after it; learners' grammar for a helper's present ("now the
// back hurts") and for weight lost while eating as usual; a cancer named by its type; the
// height told by the shoulder blades; several acts that make the back worse, or not daring to
// sneeze; a lifetime without even a twinge; limp legs likened to noodles; and sciatica in one
// leg, then a sign in the other in a later message. Twins stay quiet. Phrasings our own.

raisesEach('emergencies told in the kinds the screen missed', 'emergency', [
  ['numbness all over the saddle area today. my back gone since digging the veg patch', 'saddle_numbness'],
  ['my uncle rang, he says he has not been able to wee since yesterday teatime, his back went on monday', 'bladder'],
  ['we tried last night and nothing happened, could not get hard at all, back has been bad since the move', 'sexual_dysfunction'],
  ['writing for my sister, she is on the kitchen floor, her legs were like limp spaghetti when she tried to get up', 'progressive_weakness'],
  ['my husband, 50, he say the pain in his back is like tearing, started twenty minutes ago, he is grey and sweaty', 'tearing_pain'],
  ['my back went on friday and I have not managed a pee since breakfast', 'bladder'],
  // one leg told as past beside the other leg now: the past half sets nothing aside
  ['writing for my brother. his sciatica was in his right leg for a month but today it has gone into his left leg as well and both are numb', 'bilateral_leg_symptoms'],
]);

raisesEach('urgent signs told in the kinds the screen missed', 'urgent', [
  ['temperature reads 38.9 on the digital one, lower back sore since tuesday. otherwise I feel alright', 'fever'],
  ['back aching two days, thermometer at 39. nothing else going on really', 'fever'],
  ['had non-Hodgkin lymphoma treated in 2012, lower back has started aching this month', 'cancer_history'],
  ['glioblastoma survivor, new back pain for three weeks', 'cancer_history'],
  ['my weight drop 7 kilo since spring, I eat same as always, and now my back is sore', 'weight_loss'],
  ['my grandad have osteoporosis, he slip from the bed this morning, now the back is very painful', 'steroids_osteoporosis'],
  ['my mum is 76 and has never had back trouble but now has it out of the blue', 'age_first_episode'],
  ["I'm 64, never had so much as a niggle in my back, it started aching last week", 'age_first_episode'],
  ['is it normal to have a spasm up high near my shoulder blades instead of low down?', 'thoracic_pain'],
  ['is it normal that sneezing and laughing make my back much worse?', 'cough_sneeze_strain'],
  ['I dare not cough, my back is that sore', 'cough_sneeze_strain'],
]);

quietEach('the same words that tell no sign stay quiet', [
  // the back gone better since a day: a resolution still
  "both legs tingled on the long coach trip. gone now, my back is just stiff",
  // a denial relative to nothing alarming told before it
  'sore lower back from moving boxes, I feel fine otherwise',
  // a supposition opened by "say" is still one
  'say I could not wee one day, would that mean A&E? my back is fine at the moment',
  // weight lost on purpose
  'lost 6 kilos on my diet this spring, now my back aches after the gym',
  // one leg only, twice
  'sciatica down my right leg again, and the right foot tingles at night',
  // the low back, not high up
  'spasm low down in my back, nowhere near the shoulder blades',
], 'check');

describe('sciatica in one leg, then a sign in the other leg later', () => {
  const CALL = /^Please call 999/m;
  test('the other leg told in a later message is both legs', async () => {
    const say = wholeBotText('en-GB');
    expect(await say('sciatica running down my left leg since the weekend, any stretches?')).not.toMatch(CALL);
    expect(await say('now the right foot has started going numb as well')).toMatch(CALL);
  });
  test('the same leg told again is not', async () => {
    const say = wholeBotText('en-GB');
    expect(await say('sciatica running down my left leg since the weekend, any stretches?')).not.toMatch(CALL);
    expect(await say('the left foot is a bit tingly today too')).not.toMatch(CALL);
  });
});
