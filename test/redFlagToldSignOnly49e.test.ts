import { lacksEach, levelsEach, raisesAlone } from './support/screenTables';

// An alarm's stated reason must be a sign the writer told. The learned stage reads the sexual row
// from everyday words ("when I get there" is a place, "my back is in bits" is broken): a sure guess
// of that row with none of the row's own words (check-anchors.yaml, now `heldWhenSure`) is set
// aside, and "in bits" is an everyday phrase that anchors no question. Phrasings our own; the
// function told in lay words is still raised.

lacksEach('everyday words read as the sexual row name no sign', 'sexual_dysfunction', [
  "my shift ends at 6, can't I just go to urgent care when I get there after",
  "I've a delivery due in Leeds by 7, can't I just see a doctor when I get there",
  'can I not wait and get checked once I get there tomorrow',
  "can't reach the top shelf anymore, back is in bits",
  "can't stand on tiptoe on the right since this morning, my lower back is in bits",
]);

levelsEach([
  [
    'the function told in lay words is still the sexual row',
    [
      ["couldn't get there with my gf last night, nothing happened, back went on monday", 'emergency'],
      ['since the back went I get hard but it goes soft straight away', 'emergency'],
      ["can't finish any more, never had that before, back's been bad since saturday", 'emergency'],
      ['making love felt like nothing last night, back is agony', 'emergency'],
    ],
  ],
]);

// Signs the learned stage had read as the sexual row, now read by the lexicon as the sign told.
describe('the sign told is the one named, not the sexual row', () => {
  raisesAlone('emergency', [['each time I go I cannot feel it coming out, I only know from the sound, back went on monday', 'bladder']]);
  raisesAlone('urgent', [['pain under my left ribs that comes in waves and has me doubled over, I cannot get comfortable at all', 'urinary_infection_signs']]);
});
