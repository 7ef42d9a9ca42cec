/**
 * Round 31's missed kinds, in our own words: soiling told in the -ing form or as "the back end"
 * misbehaving, a shy pause inside the words for not climaxing, the genitals "not having worked since",
 * a dragging foot with its side named, drowsiness or muddle beside a fever, and a stoop that has grown.
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

describe('ordinary uses of the same words stay quiet', () => {
  quiet([
    'my kids are always messing about when I try to do my stretches',
    'stop messing yourself up over it, said my physio about the posture worry',
    'the gym equipment has not worked since the refit so I stretch at home',
    'I nodded off in the middle of a film last night, back is stiff this morning',
  ]);
  levels([['the back end of my spine aches after gardening', 'none']]);
});
