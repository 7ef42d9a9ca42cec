/**
 * Round 31's missed kinds, in our own words: soiling told in the -ing form or as "the back end"
 * misbehaving, a shy pause inside the words for not climaxing, the genitals "not having worked since",
 * a dragging foot with its side named, drowsiness or muddle beside a fever, a stoop that has grown,
 * a motorbike that "came off" at speed played down by its rider, a relative's former habit told after
 * a sign of now, and "used to" meaning accustomed.
 */
import { levels, quiet, raisesEach } from './support/screenTables';

raisesEach('bowel control lost, in plain or coy words', 'emergency', [
  ['my husband keeps messing himself since his back went and says he never feels it', 'bowel'],
  ['since the spasm my back end has been misbehaving and I only notice afterwards', 'bowel'],
]);

raisesEach('sexual function lost, with a pause or a euphemism', 'emergency', [
  ['since my back went I cannot, um, climax with my wife at all', 'sexual_dysfunction'],
  ['my tackle has not worked since the back pain started, bit worried', 'sexual_dysfunction'],
]);

raisesEach('a dragging foot with its side named', 'emergency', [
  ['my daughter says I have been dragging my left foot on the walk to school', 'progressive_weakness'],
]);

raisesEach('fever with drowsiness or muddle', 'emergency', [
  ['I have had a fever since tuesday and keep nodding off in the middle of a conversation', 'fever_unwell'],
  ['running a temperature tonight and my flatmate says I am really hard to get through to', 'fever_unwell'],
]);

raisesEach('a stoop that has grown', 'urgent', [
  ['my upper back has got more hunched over than it was at christmas and aches in the middle', 'back_lump'],
]);

raisesEach('a fast road spill played down', 'emergency', [
  ['honestly all good apart from my back, my scooter went down on the dual carriageway at about 40', 'major_trauma'],
]);

raisesEach("a relative's former habit told after a sign of now", 'emergency', [
  ['My husband is 71. Half an hour ago he said it was like someone tore something inside his chest and back. He used to get cramps a lot.', 'tearing_pain'],
]);

raisesEach('"used to" as accustomed, before a new sign', 'emergency', [
  ['I am well used to a stiff back in winter. Since this morning I have been wetting myself and I do not feel it coming.', 'bladder'],
]);

raisesEach("a relative's stoop compared with a few weeks back", 'urgent', [
  ['My grandad is 80. He is far more hunched over than a few weeks ago and grumbles about his upper back.', 'back_lump'],
]);

describe('ordinary uses of the same words stay quiet', () => {
  quiet([
    'my kids are always messing about when I try to do my stretches',
    'stop messing yourself up over it, said my physio about the posture worry',
    'the gym equipment has not worked since the refit so I stretch at home',
    'I nodded off in the middle of a film last night, back is stiff this morning',
    'the bike slid off its stand at about 10 in the morning and I jarred my back lifting it',
    'my grandad used to get bad backs, now mine aches after the allotment',
    'My uncle is 66. He came off a ladder more than a year ago and now his back is just stiff in the mornings.',
  ]);
  levels([['the back end of my spine aches after gardening', 'none']]);
});
