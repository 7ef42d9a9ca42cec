import { levelsEach } from './support/screenTables';

// Set 40 (my own phrasings): two check questions asked on one word of where it hurts or of the
// belly. A neck that hurts from a screen got "do you have chest pain ...?" (the learned stage unsure
// of a heart attack, anchored only by "neck", which the row does not name: check-anchors.yaml
// askedWhenOnly words anchor no question), and a stomach ulcer told as a history got the aneurysm
// question (ordinary-causes.yaml: an ulcer, gastritis or reflux explains the guess when no word of
// the aortic row is told). The row's own words keep the alarm.
levelsEach([
  [
    'a neck or a belly word alone asks nothing',
    [
      // both asked the heart-attack question before
      ['also i have neck pain from the computer', 'none'],
      ['for me also neck pain from the phone', 'none'],
      // asked the aneurysm question before
      ['me, I have stomach problems, an ulcer', 'none'],
      // quiet before too: it must stay so
      ['my gut is bad, gastritis, and stomach ulcer', 'none'],
    ],
  ],
  [
    'with a word of the row beside it, the emergency stands',
    [
      ['neck pain since the long drive and my left arm is numb and heavy', 'emergency'],
      ['my shoulder hurts and I am sweating and short of breath', 'emergency'],
      ['I had a stomach ulcer, now my stomach is throbbing and I feel faint', 'emergency'],
      ['I have reflux and now sudden agony in my belly and back, feel faint', 'emergency'],
    ],
  ],
]);
