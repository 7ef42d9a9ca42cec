import { levelsEach } from './support/screenTables';

// mend43b, a false alarm of the screen on one message, phrasings our own:
// - numb feet told first, then a clause after "but" or a comma that says it has been so for
//   years with diabetes: a long-standing neuropathy, not a new sign of both legs
//   (red-flags.yaml bilateral_leg_symptoms except). A time alone ("it's been years") or numbness
//   that is new keeps the alarm.
levelsEach([
  [
    'numb feet said to have been so for years with diabetes, after a contrast',
    [
      ["I've got numb toes, but that has been going on for years with my sugar", 'none'],
      ['my toes are numb, it has been like that for years from the sugar', 'none'],
      ["I can't feel my feet properly, it's been years", 'emergency'],
      ["I can't feel my feet since this morning, I'm diabetic", 'emergency'],
    ],
  ],
]);
