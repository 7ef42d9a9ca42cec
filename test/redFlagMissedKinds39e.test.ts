import { quietEach, raisesEach } from './support/screenTables';

// Kinds of missed emergencies and urgent signs from round 39, each mended by a general
// reading, with twins that must stay as they were. Phrasings our own.
// - "nothing's working downstairs" denied nothing: the loss told after it stands (context.yaml
//   pseudo); "nothing's working down there" with the language layer's dropped "is" is the sign.
// - Someone else's emergency told now: a body left where it is ("he's just sat on the landing",
//   read for the helper as "i am just sat") is no contrast with the writer's own back
//   (context.yaml selfContrast); the people the writer works under are people (helpers.yaml).
// - A warm pack to lie down with is a remedy, not the punchline that explains a wet bed
//   (context.yaml pseudo), so a known aneurysm with a sudden severe pain stays told.
// - A slip told with where it began, then the tumble down the flight (red-flags.yaml major_trauma).
// - "everything is normal, just hot and the back": the whole said fine with the exceptions
//   named at once after it is everything else (context.yaml backDenial.wholeSubjects).
// - "w/o trying", night pain in learners' grammar ("more in night", "when I rest it is not
//   better"), a swelling on one side told with its size, and colic that makes the writer pace.
// - Someone handling the writer's back who finds a swelling found it on the writer (pseudo).

raisesEach('emergencies told in the kinds round 39 missed', 'emergency', [
  ['my back has been bad since Friday and since this morning nothing\'s working downstairs, I can\'t get hard at all', 'sexual_dysfunction'],
  ['put my back out on Monday, and now nothing\'s working down there', 'sexual_dysfunction'],
  ['My lodger strained his back on Sunday. Just now he tried to stand and his legs won\'t hold him, he\'s just sat on the landing. Do I call someone?', 'progressive_weakness'],
  ['My supervisor just came in, he has chest pain going into his back and he\'s sweating buckets. What should I do?', 'chest_pain'],
  ['Our oga has pain in his chest and back and he is sweating heavily right now, what do we do?', 'chest_pain'],
  ['My doctor has been watching a widened aorta for a couple of years. This evening terrible back pain came on all at once and goes through to my stomach, and I feel faint. Can I rest with a warm wheat bag?', 'abdominal_aortic'],
  ['Slipped at the top of our stairs yesterday and bumped down every step to the bottom. My back aches, should I rest today?', 'major_trauma'],
]);

raisesEach('urgent signs told in the kinds round 39 missed', 'urgent', [
  ['I\'ve had back pain and a temperature of 38.7 since this morning. I can walk and everything is fine, just the heat and the back.', 'fever'],
  ['back sore for a month + lost about 4kg w/o trying, weird right', 'weight_loss'],
  ['Pain in back is more in night, I wake many times. When I lie down it is not better.', 'night_pain'],
  ['My girlfriend was massaging my back and said there\'s a lump on the left side, about the size of a marble, sore when she pressed', 'back_lump'],
  ['Got a pain on the left under my ribs at the back, it comes in waves and makes me pace the landing, fine in between. Pulled muscle?', 'urinary_infection_signs'],
]);

quietEach(
  'their twins stay quiet',
  [
    'the boiler has packed in, nothing working downstairs, and my back is stiff from crawling under the sink',
    'my back is tight after the weekend, fine to lie on the sofa with a heat pad?',
    'My lodger strained his back on Sunday and he\'s just sat on the sofa watching telly, what stretches can I show him?',
    'me, I\'m just sat at a desk all day and my back is stiff',
    'My boss has a bad back too, he is sat down most of the day. Any tips for office chairs?',
    'I walked down the stairs carefully this morning and my back is stiff',
    'I tripped on the bottom step yesterday but caught the rail, my back is a bit sore',
    'I took my temperature, it was 36.8 and everything is normal, just a stiff back',
    'no fever, no numbness, everything is normal, just a stiff back from gardening',
    'I worried I had a fever but I checked and everything is normal, only the back ache',
    'I lost 5kg w/ the diet and gym, back sore from deadlifts',
    'when I rest it is better, it is only sore when I bend',
    'My physio was massaging my back and said the muscles on one side are really tight',
    'there\'s a swelling on one side of my ankle from the sprain, and my back aches from limping',
    'I pace the room when I\'m on the phone and my back gets stiff',
    'My partner was rubbing my back and said she has had a cold all week',
  ],
  'none',
);
