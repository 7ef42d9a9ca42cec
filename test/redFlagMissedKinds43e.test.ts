import { quietEach, raisesEach } from './support/screenTables';

// Kinds of missed emergencies and urgents from spent round 43, each mended by a general reading:
// a toilet visit told in a clause of its own and the flow slow to start or stopping part way;
// urine going out "by itself", in learners' words too; a feverish relative who takes the writer for
// someone else (confusion); pain told as "strong" at night and not changed by rest, with the
// helper verb left out, or set against a day when "it is better" (no ending); the back's height told bare or hedged by the bra strap or the armpits;
// injecting drugs admitted after playing it down, the way named on its own. Each has twins that
// must stay quiet: another subject for the slow start, a place part way down the leg, a medicine
// injected, a height denied. Phrasings our own.

raisesEach('emergencies told in the kinds the screen missed', 'emergency', [
  ['when I go to the loo I wait and wait, it takes ages to come, and then it cuts off midway. my back went three days ago', 'bladder'],
  ['ever since my back locked up, I sit on the loo and it takes a long time to come', 'bladder'],
  ['back bad all week and now in the bathroom it takes minutes to come out', 'bladder'],
  ['standing at the urinal, the flow stopped part way and would not restart. my lower back is killing me', 'bladder'],
  ['back sore since Friday and this morning urine came out of me on its own', 'bladder'],
  ['my grandad is 78 and burning up with a temperature, back sore for days, today he thought I was his brother', 'fever_unwell'],
  ['my dad has fever, back pain, and since lunch he thinks I am his wife', 'fever_unwell'],
  ['gran is 90, back bad since friday, tonight she is burning hot and does not know who I am', 'fever_unwell'],
  ['mum has a fever and a bad back, she keeps mistaking me for her sister since this afternoon', 'fever_unwell'],
]);

raisesEach('urgent signs told in the kinds the screen missed', 'urgent', [
  ['pain in back 3 weeks, it is stronger at night, when I lie down it not change at all', 'night_pain'],
  ['my back pain is very strong in night and in day is less', 'night_pain'],
  ['night more strong than the day for my back, 3 weeks like this', 'night_pain'],
  ['lower back bad two weeks, when I rest the pain not different', 'night_pain'],
  ['when I lie down it not change, back pain 5 weeks', 'night_pain'],
  // the better time of day set against the night is no ending of the night's pain
  ['my back hurts more at night, during the day it is better', 'night_pain'],
  ["the ache gets worse at night, in the daytime it's fine", 'night_pain'],
  ['aching, kind of bra strap level, for a week', 'thoracic_pain'],
  ['nah i stopped... well, still do, injecting. back hurts in one spot', 'iv_drug_use'],
  ['I said no earlier but yeah, still do now and then, injecting. my back has hurt for a fortnight', 'iv_drug_use'],
]);

quietEach('the same words that tell no sign stay quiet', [
  // the slow start said of something else, a place part way along the leg
  'I go to the toilet a lot at work and my old car takes forever to start in the mornings, my back aches from driving',
  'the pain stops halfway down my thigh, I went to the loo earlier and it was fine',
  'mornings are the worst, I get up, go to the loo, and it takes ages to get going',
  // water going by itself that is not the writer's
  'the water in the hot tub drains out by itself, my back feels better after a soak',
  // a relative's fondness, not confusion; nobody feverish
  'my mum thinks I am her favourite, my back hurts after moving her sofa',
  // a sign over, with no time of day set against it
  'had a temperature with my sore back last week, it is better now',
  // rest that helps
  'my back hurts more after work, when I rest it gets better',
  // a medicine injected; a height denied
  'my nurse is injecting my b12, my back aches',
  'I am a practice nurse, I do injecting and dressings all day and my back aches',
  "my back's been sore at waist level for a week, nothing up at bra strap level",
], 'check');

// A fever told beside a stranger not known is the fever only: nobody is confused.
quietEach('a fever beside someone the writer did not know stays a fever', [
  'new physio today, I did not know who she was, and I have a slight temperature with my sore back',
], 'urgent');
