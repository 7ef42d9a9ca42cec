import { levelsEach } from './support/screenTables';

// A checklist of denials ("no numbness, no bladder trouble, no fever") is the lexicon's to read:
// the learned stage reads the message without the denied words, each with its "no" and the
// words that finish its item, so a denied "numbness" anchors no question about a flag the writer
// never named (the sexual-function check), and "no numb feeling" does not leave "no feeling"
// behind. One denial alone is still read whole. A sign told beside the checklist is raised as before.

levelsEach([
  [
    'a checklist of denials beside an ordinary back',
    [
      ['Back pain since 3 days. No numbness, no bladder issues, no fever. Is yoga ok?', 'none'],
      ['back pain since 4 days, no numb feeling, no problem peeing, no weakness. is walking ok?', 'none'],
      ['Lower back pain since 6 days. No numbness, no fever, no bladder problems. Can I go to office?', 'none'],
    ],
  ],
  [
    'a sign told beside the checklist still counts',
    [
      ['no fever, no numbness, but I cannot control my bladder since this morning and my back is agony', 'emergency'],
      ["no injury, no fever, I've lost feeling in my privates and can't get an erection since my back went", 'emergency'],
      ['no fever, no leaking, but both my legs have gone numb since lunch and my back is terrible', 'emergency'],
    ],
  ],
]);
