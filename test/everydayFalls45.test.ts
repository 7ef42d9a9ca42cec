import { levels } from './support/screenTables';

// A fall told in everyday British words ("went over on the path", "came a cropper") is read like
// a slip: on the level at 70 or over it is the same-day check, told plainly it keeps the safer
// emergency reading, and the words about walking somewhere raise nothing. Found as a user at the
// thirty-sixth merge; phrasings our own.

levels([
  ['my nan is 91, she went over on the bathroom lino last night and her back is bad now', 'urgent'],
  ["I'm 79 and I went over on the frosty pavement, my back has been sore since", 'urgent'],
  ["I'm 74 and came a cropper on the wet grass, lower back aching", 'urgent'],
  // told plainly, with no ground: the safer reading of a fall at that age
  ["I'm 81 and came a cropper this morning, my back is agony", 'emergency'],
  // younger, on the level: an ordinary strain
  ["I'm 38 and went over on the ice outside work, back is stiff", 'none'],
  // walking somewhere, not falling
  ['we went over on the footpath to see the neighbours and my back started to ache', 'none'],
]);
