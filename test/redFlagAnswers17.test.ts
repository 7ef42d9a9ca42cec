import { levels, quietEach } from './support/screenTables';

// Answers set 17 (our own phrasings): false alarms the clinical notes do not support.
// An age told "years of age" or a blood thinner is no weakened immune system; a chest
// said to have been fine is no chest pain; pain eased by exercise and not by rest is
// the inflammatory pattern (routine), not pain that nothing eases; a slip off the
// lowest step is a minor fall, urgent only with osteoporosis or long-term steroids.
// The real flags next to them still count.

quietEach('not raised', [
  ['I am 69 years of age and my back seized up carrying logs'],
  ['I am 81 years of age and take rivaroxaban; my back has gone like this before, on and off for years'],
  ['on warfarin for my heart and I pulled my back moving a sofa'],
  ['last time I took ibuprofen my chest felt fine, can I take it again'],
  ['stiff every morning for ages, it eases once I get moving on the bike but resting does nothing'],
  ['resting makes no difference but it loosens up after a walk'],
  ['my gran tripped off the last stair yesterday, only a little fall, now her back aches'],
], 'none');

describe('still raised', () => {
  levels([
    ['I am on methotrexate and my back is sore', 'urgent'],
    ['the pain never eases even lying still in bed at night', 'urgent'],
    ['I fell down a full flight of stairs and my back is agony', 'emergency'],
    ['I have osteoporosis and tripped off the bottom step, my back hurts', 'urgent'],
  ], '%s');
});
