import { levelsEach } from './support/screenTables';

// Round 47 (safety helper), kinds in our own phrasings: a helper's fall from a height told with the
// pain in the present tense of the back itself ("and his back hurts"), with no "now", is that
// person's pain now, whatever they landed on; a fall out of bed or off a chair at 70 or over is
// the notes' minor fall (same day at once), not their serious accident, nor nothing. Twins that
// must stay as they are beside each.

levelsEach([
  [
    'a helper\'s fall from a height, the back told in the present',
    [
      ['my husband fell off the ladder and his back hurts', 'emergency'],
      ['my brother came off the scaffolding, he landed on the lawn luckily but his back aches', 'emergency'],
      ['our son jumped from the garage roof onto the grass and his back hurts', 'emergency'],
      // the person's back with no fall stays a question about them
      ['my partner\'s back hurts after golf, can he take ibuprofen?', 'none'],
      // a story told as past stays theirs
      ['my dad fell off a ladder years ago, his back aches in the cold', 'none'],
    ],
  ],
  [
    'a fall out of bed or off a chair at 70 or over',
    [
      ['my patient is 91, she rolled out of bed overnight and her lower back is sore', 'urgent'],
      ['I am 79 and slid off the armchair yesterday, my back hurts', 'urgent'],
      // at a younger age it is no flag
      ['I am 33 and fell out of bed this morning, my back is stiff', 'none'],
      // a fall told plainly at that age keeps the emergency reading
      ['I am 80 and had a fall yesterday, my back is very sore', 'emergency'],
    ],
  ],
]);
