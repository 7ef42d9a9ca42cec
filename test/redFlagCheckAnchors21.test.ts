import { lacksEach, raisesEach } from './support/screenTables';

// Issue 10, after set 12's replay (phrasings our own): the learned stage's unsure
// question about injecting drugs is asked only when the message has a word of
// needles, injecting or drugs; a sure reading and the lexicon are untouched.
lacksEach('no injecting-drugs question without a word of it', 'iv_drug_use', [
  "I've got an interview on Friday",
  'got my driving test on thursday and my back is stiff',
]);

raisesEach('injecting drugs told plainly still counts', 'urgent', [
  ['i use needles, not for insulin', 'iv_drug_use'],
  ['I have been injecting heroin for a year and my back is agony', 'iv_drug_use'],
]);
