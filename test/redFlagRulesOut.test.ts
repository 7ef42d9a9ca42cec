import { levels } from './support/screenTables';

// A qualifier that rules a flag out for the learned stage (red-flags.yaml `rulesOut`)
// never hides what the lexicon reads itself. Asthma on its own is no weakened immune
// system; steroid tablets told with it still are. Our own wording.
levels([
  ['by the way I am asthmatic', 'none'],
  ['forgot to say, I use an inhaler for asthma', 'none'],
  ['I have asthma and have been on steroid tablets every day for months, back sore for a week', 'urgent'],
  ['asthmatic, and I am on methotrexate for my arthritis', 'urgent'],
]);
