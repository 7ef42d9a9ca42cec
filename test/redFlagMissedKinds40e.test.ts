import { quietEach, raisesEach } from './support/screenTables';

// Kinds of missed emergencies and urgent signs from round 40, each mended by a general
// reading (red-flag lexicon entries marked mend40e), with twins that must stay as they were.
// Phrasings our own.
// - Touch felt through a barrier ("like feeling it through mittens") is changed feeling ({numb}).
// - A wetting found afterwards with the place between ("wet the armchair and hadn't a clue") is
//   the unnoticed bladder sign, whoever tells it.
// - A leg weakening by degrees ("weaker and weaker", "more useless by the hour") is progressive weakness.
// - A whole staircase fallen ("down the stairs, every one of them", "all the way down"), and a
//   bike going from under the rider with the fall told after, are the notes' serious accidents.
// - Someone who no longer responds properly is very unwell: with a fever, sepsis (emergency).
// - Sweats told by the nights ("sweaty nights") are the fever row's sweats, unless the heat is
//   named as their reason.
// - The back's height told by the bra strap alone, or "upper-mid back", is pain high in the back.

raisesEach('emergencies told in the kinds round 40 missed', 'emergency', [
  ['Since my back went on Monday, drying myself down below after the bath feels like it is happening through oven mitts', 'saddle_numbness'],
  ['When I wiped my bottom it felt as though I was doing it through a layer of blanket', 'saddle_numbness'],
  ['My brother is here with me now, he pulled his back at football. He just stood up and found he had wet the armchair and had no clue', 'bladder'],
  ['My right leg keeps getting more and more wobbly since lunchtime and my back is killing me', 'progressive_weakness'],
  ['my back went yesterday, and today both knees are more and more useless by the hour', 'progressive_weakness'],
  ['my grandad has tumbled down the staircase, every one of them, and he is lying at the bottom saying his back hurts', 'major_trauma'],
  ['I rolled all the way down the stairs at work this morning and now my lower back is agony', 'major_trauma'],
  ['The scooter skidded and I came off on the wet corner, my back has hurt ever since', 'major_trauma'],
  ['My aunt had an operation on her back last month, she has a fever and is barely responsive this evening', 'fever_unwell'],
]);

raisesEach('urgent signs told in the kinds round 40 missed', 'urgent', [
  ['My lower back has ached for a week and I keep having sweaty nights, though I feel mostly fine', 'fever'],
  ['There is an ache in my back at bra line height that has been there for a fortnight', 'thoracic_pain'],
  ['Sore upper to mid back for two weeks now, no fall or knock', 'thoracic_pain'],
]);

quietEach(
  'their twins stay quiet',
  [
    'my back is stiff and the heatwave has given us sweaty nights all week',
    'I wear gloves for gardening and my lower back aches from the weeding',
    'my bra strap digs into my shoulders and my low back aches from the school run',
    'I walked down the stairs slowly this morning and my back twinged',
    'my bike slid on the gravel but I stayed on it, my back is stiff from the ride',
    'my teenager is not responding to my texts and my back is sore from the commute',
    'I fell asleep on the sofa and my back is stiff this morning',
  ],
  'none',
);
