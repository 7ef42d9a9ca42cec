import { quietEach, raisesAlone, raisesEach } from './support/screenTables';

// Kinds of missed emergencies and urgents from round 33, each mended by a general reading in
// knowledge/safety/red-flags.yaml: the saddle area told as the part of the body that meets a
// seat (and buried in a long question); a cough or sneeze told with a likeness of sudden pain
// in the back (the notes' urgent "worse with sneezing": urgent alone, never an emergency); a
// lump beside the spine with its size told between; the back's shape changing over months, two
// shapes joined by "and". Every reading has twins that stay quiet. Phrasings our own.

raisesEach('the saddle area told as the part that meets a seat', 'emergency', [
  ['we drive to Cornwall on friday and my back is stiff. Since this morning the part of me that sits on a bicycle saddle feels numb and tingly. Should I stop every hour?', 'saddle_numbness'],
  ['the area of my body that rests on a chair has gone all numb since my back went', 'saddle_numbness'],
  ['since yesterday the bits of me that touch the toilet seat are tingling, my back is agony', 'saddle_numbness'],
]);

describe('a cough or sneeze told as a sudden pain in the back is urgent, never an emergency', () => {
  raisesAlone('urgent', [
    ['every cough is like an electric shock through my back', 'cough_sneeze_strain'],
    ['each sneeze sends a bolt of lightning up my spine haha', 'cough_sneeze_strain'],
    ['every sneeze is a thunderbolt in my lower back since I lifted the sofa', 'cough_sneeze_strain'],
  ]);
});

raisesEach('a lump beside the spine, its size told between; the shape changing over months', 'urgent', [
  ['my wife spotted a firm lump the size of a pea just beside my spine when she massaged me, what exercises are ok?', 'back_lump'],
  ['there is a swelling about as big as a grape close to my backbone', 'back_lump'],
  ['my mum\'s spine has got stooped and rounded over the past year and her back aches', 'back_lump'],
  ['my posture has become hunched over the last few weeks and my back is getting more bent', 'back_lump'],
]);

quietEach('the same words without the sign stay quiet', [
  'the bit of me that would touch a bike seat is fine, no numbness at all',
  'my back aches and the bit of me that touches the chair is sore after a long day at the desk',
  'a lightning bolt in my back when I bent over this morning',
  'the thunder and lightning kept me awake and my back is sore',
  'my sneezes are fine, no lightning bolt in my back any more',
  'my son got a bad cough and a lightning bolt of a headache',
  'no lump next to my spine, the physio checked',
  'I have a tight knot next to my spine from sitting at the desk',
  'my back went bent over this morning when I lifted the box and now I cannot straighten up',
  'I have been hunched over my laptop for the last few weeks and my back hurts',
  'my back got stiff over the last few days from gardening',
  'I am not getting hunched over the years, my back is straight, just sore',
], 'none');
