import { toldAsOrdinary } from '../src/triage/denials';
import { levels, quietEach, raisesEach } from './support/screenTables';

// Kinds of missed emergencies from round 38, each mended by a general reading, with twins
// that must stay as they were. Phrasings our own.
// - An aside that says the sign is new ("..., which has never happened before") was read as
//   its denial by every stage: the screen reads a message without it (knowledge/safety/novelty.yaml).
// - A "not" after a finding told as a likeness ("feel like they are asleep, but they are not")
//   denies the likeness, not the feeling (context.yaml backDenial.likeness).
// - The person the writer was talking to when a sign began is nobody whose sign it is
//   (context.yaml pseudo).
// - The inner thighs with the spoken "me" for "my", the feeling dulled when wiping, marks
//   found with no knowing when, a toilet visit whose passing was not felt, and the bladder
//   going without meaning to (lexicon and knowledge/safety/concept-floors.yaml).
// - Night pain that "nothing I try ... or turning over" eases is no ordinary kind
//   (knowledge/triage/denials.yaml nothingEases).

raisesEach('a sign told with an aside that says it is new', 'emergency', [
  ['we tried to make love on sunday and I felt nothing at all, which has never happened to me before', 'sexual_dysfunction'],
  ['my back has been wrecked since the weekend. got intimate with my girlfriend and could not feel anything, which i have never had before, so odd', 'sexual_dysfunction'],
  ['since the back went I cannot feel my bum when I sit, this has never happened before', 'saddle_numbness'],
]);

quietEach(
  'a sign denied with "never" stays denied',
  [
    'I have never had numbness down there, which is good, my back is only stiff',
    'never had any bladder trouble, the back is just stiff from the garden',
    'my back aches after the gym, which has never been a problem before, what stretches help?',
  ],
  'check',
);

raisesEach('a feeling told as a likeness, its literal sense denied', 'emergency', [
  ['both my feet feel like they are numb but they are not, if you know what I mean, since my back went', 'bilateral_leg_symptoms'],
  ['both my feet feel like they are tingling but they are not, it started when my back went', 'bilateral_leg_symptoms'],
  ['my legs both feel like they have gone dead but they are not, since the back went', 'bilateral_leg_symptoms'],
]);

quietEach(
  'legs said to be fine after a sign stay denied',
  [
    'both my legs went tingly at the gym yesterday but they are fine now',
    'I wondered if both legs were numb, they are not, it is only my back',
  ],
  'check',
);

raisesEach('a sign that began while talking to someone is the writer\'s', 'emergency', [
  ['I was chatting to my manager when a tearing pain shot through my back out of the blue', 'tearing_pain'],
  ['speaking to a client on the phone an hour ago when a ripping pain started in my back, now it is moving down', 'tearing_pain'],
]);

levels([
  // the person talked to, with a sign of their own
  ['I was talking to a friend who had a tearing pain in his back years ago, mine is a mild ache from lifting', 'none'],
]);

raisesEach('the inner thighs, wiping, soiling and the bladder, told in new words', 'emergency', [
  ['the insides of me thighs have gone completely numb since my back went', 'saddle_numbness'],
  ['wiping after the loo this morning felt muffled, like through a glove', 'saddle_numbness'],
  ['I keep seeing stains in my pants and I never know when it happens, my back is bad', 'bowel'],
  ['sat on the toilet earlier and could not feel it coming out, had to look to see', 'bowel'],
  ['my bladder has gone funny since the back went. I wet the bed without meaning to last night', 'bladder'],
]);

quietEach(
  'the same words without the sign',
  [
    'wiping down the kitchen counters hurts my back, what can I do?',
    'I found a stain on my pants from the coffee this morning, and my back is sore',
    'went to the shops without meaning to buy anything, my back is stiff from the car',
    'the insides of my thighs are sore from riding the horse, my back too',
  ],
  'check',
);

describe('night pain that nothing tried eases is not the ordinary kind', () => {
  test.each<[string, string[]]>([
    ['worse at night and nothing I try with cushions or rolling over helps', []],
    ['the ache is worst in bed, none of the positions or turning over eases it', []],
    ['it is worse at night but turning over helps', ['night_pain']],
    ['bad at night, though it eases when I roll over', ['night_pain']],
  ])('%s', (text, ordinary) => {
    expect(toldAsOrdinary(text, ['night_pain'])).toEqual(ordinary);
  });
});
