import { quietEach, raisesEach } from './support/screenTables';

// Kinds of emergencies and urgents the screen missed in spent round 26, each mended by a
// general reading: a second leg joining after a one-leg past ("used to be one leg, but now
// ..."), the other leg told by its onset; a helper's report on the person's word, in the
// present though the telling is past ("said it feels like ..."); a loss of erection whose own
// "no" follows a comma after another negation; a bowel slipping out in slang, not felt; the
// saddle area named with who calls it so; a cancer history told with a disclosure frame
// ("I should mention I ...") in a message about something else. Every reading has twins that
// must stay quiet: denied, supposed, someone else's past story, over. Phrasings our own.

raisesEach('emergencies told in the kinds round 26 missed', 'emergency', [
  // one leg in the past, the second one now
  ['the nerve pain used to run down my right leg only, but now the left one has got it as well', 'bilateral_leg_symptoms'],
  ['it used to be my left calf that tingled and now the right leg is tingling too', 'bilateral_leg_symptoms'],
  ['shooting pain in my right leg since october, and on tuesday the other one kicked in as well', 'bilateral_leg_symptoms'],
  ['my sciatica sat in one leg for a fortnight, this morning it started in the other leg', 'bilateral_leg_symptoms'],
  // a helper's report on the person's word, now
  ['my husband just clutched his chest and said it feels like something is ripping towards his back', 'tearing_pain'],
  ['grandad just grabbed at his chest and said it is like a tearing going right through to his back', 'tearing_pain'],
  // an erection gone, its own "no" after a comma
  ['since the back pain began I am not able to make love, no erection comes any more', 'sexual_dysfunction'],
  ['my back went in march and I cannot perform in bed, no erection at all now', 'sexual_dysfunction'],
  // bowel slang, not felt
  ['I followed through without even noticing, my back is in bits', 'bowel'],
  ['I sharted at work and did not feel it happen, my lower back has been agony since monday', 'bowel'],
  // the saddle area named, with who calls it so
  ['the saddle area, as the nurse described it, has gone numb since breakfast and my back is killing me', 'saddle_numbness'],
  ['my saddle area as my osteopath calls it has gone all fizzy today, back very sore', 'saddle_numbness'],
]);

raisesEach('urgents told in the kinds round 26 missed', 'raised', [
  ['Which chair is best for a sore back at my desk? I am 61 and it has nagged for a fortnight. I ought to mention I had bowel cancer treated three years ago. Any tips for the chair?', 'cancer_history'],
  ['I forgot to say I had a lymphoma treated a few years back. Anyway, is walking good for a stiff lower back?', 'cancer_history'],
]);

quietEach('the same words that tell no sign stay quiet', [
  // denied
  'the nerve pain used to run down my right leg, but now the left one is fine as well',
  'pain in my left leg, the other leg is fine too',
  'my saddle area, as the nurse described it, is not numb at all, only my back aches',
  'no erection problems, my lower back is just stiff',
  'I am not numb anywhere, no erection trouble, just a sore back',
  'I did not follow through and my back aches',
  'I should probably say I have never had cancer, my back is stiff from digging',
  // supposed
  'what if the pain in my left leg started in the other leg too?',
  'sciatica in my left leg, I wonder whether the other one will kick in as well',
  'what if I followed through and did not notice?',
  'what if the saddle area as doctors call it went fuzzy, would that be bad?',
  'suppose I had no erection because of my back, what would that mean?',
  // someone else's past story
  'my sister\'s sciatica started in the other leg too last year, mine is only in my left leg',
  'years ago my dad grabbed his chest and said it felt like tearing into his back, he recovered fully and my back just aches',
  'I should mention my mum had breast cancer, my back aches from lifting boxes',
  'my mate followed through and did not notice, we all laughed, my back is just stiff from football',
  // over
  'years ago my sciatica went from my left leg to the right one too, but that all cleared up',
  'sciatica in my left leg and the other one started last year too, but that settled long ago',
], 'none');
