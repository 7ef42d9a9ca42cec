import { levelsEach } from './support/screenTables';

// Set 39 (my own phrasings): the learned stage read "neck and upper back" as a sure heart attack and
// sent a stiff neck to the emergency number. The row names the arm and the jaw; a message whose only
// words of it say where it hurts gets the direct question (check-anchors.yaml askedWhenOnly), and any
// other word of the row keeps the emergency.
levelsEach([
  [
    'where it hurts, and nothing else of the heart-attack row',
    [
      // both raised the emergency before askedWhenOnly
      ['my neck and upper back both hurt', 'check'],
      ['neck and upper back, kind of both', 'check'],
    ],
  ],
  [
    'with a word of the row beside it, the emergency stands',
    [
      ['my neck and upper back hurt and I am sweating buckets', 'emergency'],
      ['pain in my jaw and neck and my back', 'emergency'],
      ['neck and upper back and my left arm feels heavy', 'emergency'],
      ['upper back pain and a crushing feeling in my chest', 'emergency'],
    ],
  ],
]);
