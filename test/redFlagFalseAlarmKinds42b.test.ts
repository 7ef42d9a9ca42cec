import { levelsEach } from './support/screenTables';

// mend42b, false alarms of the screen on one message, by kind, phrasings our own:
// - a medicine named then its strength ("take <brand> 40 now and then") is a dose, not a
//   temperature (ordinary-causes.yaml fever+dose): the learned stage's fever guess is explained
//   unless a word of the fever itself is told;
// - stiffness that eases once moving is not pain that nothing eases (clinical-notes "Morning
//   stiffness": a routine GP visit), unless night or constant pain is told (night_pain+moving);
// - numb feet put down to diabetes told just before ("I'm diabetic, so my toes are numb from
//   that"): red-flags.yaml bilateral_leg_symptoms except, as "numb from my diabetes" already was.
// - a medicine taken at night ("on a cold remedy at night") tells when a dose is taken, not
//   pain at night (night_pain+dose), unless the pain at night itself is told;
// Each kind with twins of the same shape that tell a real sign and must still be raised.
levelsEach([
  [
    'a medicine named with its strength',
    [
      ['my stomach plays up so I take rabi 20 when it burns, and my lower back went this week', 'none'],
      ['back seized up on monday. I take my acid tablet 40 now and then', 'none'],
      ['I took 2 paracetamol but I still feel shivery and hot and my back is agony', 'urgent'],
      ['took ibuprofen, my temp was 39 last night and my back aches', 'urgent'],
    ],
  ],
  [
    'stiffness that eases once moving',
    [
      ['for months my back is stiff as a board when I get up, loosens up after I have been walking a while, a lie in makes no difference', 'none'],
      ['stiff every morning since the summer, it gets easier once I am active, sitting still does not help', 'none'],
      ['the pain wakes me every night and lying still does not help, it only gets easier once I am moving', 'urgent'],
      ['my back never eases with rest, it is constant, whatever I do', 'urgent'],
    ],
  ],
  [
    'numb feet put down to diabetes told just before',
    [
      ["I'm diabetic, so my toes are numb from that. can I use a heat pad on my back?", 'none'],
      ['type 1 diabetes and my feet have been numb with it for ages, back spasm since lifting', 'none'],
      ['I have diabetes and both my legs went numb this morning with my back pain', 'emergency'],
      ['diabetic, and my feet went numb today, now I cannot feel my bum', 'emergency'],
    ],
  ],
  [
    'a medicine taken at night',
    [
      ['got the flu and I have a cold and flu sachet at bedtime. can I add ibuprofen for my back', 'none'],
      ['taking my hay fever tablet at night, is paracetamol ok for back ache', 'none'],
      ['I take a sleeping tablet at night and still the back pain wakes me every night', 'urgent'],
      ['taking codeine at night but the pain keeps me up, nothing helps', 'urgent'],
    ],
  ],
]);
