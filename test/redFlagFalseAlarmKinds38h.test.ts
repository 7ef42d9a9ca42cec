import { levelsEach, raisesEach } from './support/screenTables';

// Round 38 (mend helper h), false alarms by kind, phrasings our own: a denial list whose
// learned-stage guess names a time of day the message never speaks of (check-anchors.yaml
// heldWhenSure: night_pain); an act feared for what it might set off ("in case it sets my
// back off", context.yaml hypothetical post); what the back could turn into, asked ahead, and
// "nothing like that has happened" (hypothetical pre, conditional disclaim); a question about
// what the bot would do if told a sign (conditional supposeOpen); someone else's sign beside the
// writer's own back set apart with a hedge or an everyday cause (selfContrast); a programme's
// subject (experiencer) set against "mine's a dull ache" (selfContrast); whether a sign belongs
// to something ordinary, asked in general (hypothetical around); an old, fixed leak and a
// weight-loss guess with no word of weight (check-anchors.yaml weight_loss); numb to advice
// (figureWhole). Each kind with twins that tell a real sign and must still be raised.

levelsEach([
  [
    'a denial list read by the learned stage as night pain',
    [
      ["It doesn't hurt any more when I cough, and it isn't up by my shoulder blades, it's right down low by my jeans. Happened lifting a boat trailer. Thoughts?", 'none'],
      ["coughing doesn't make it worse and it's not up by my shoulder blades, it's low on the left above my hip. Did it loading the dishwasher", 'none'],
      ['it wakes me every night and no position in bed helps, been like this a month', 'urgent'],
      ['the pain never lets up even when I lie completely still', 'urgent'],
      ["i can't get comfortable in any position at night, the pain wakes me at 3am", 'urgent'],
    ],
  ],
  [
    'an act feared for what it might set off',
    [
      ["Scared to cough in case it puts my back out again haha. Is that a thing? It hasn't happened, I'm just careful while it's sore from mopping.", 'none'],
      ["Terrified to sneeze in case it sets off my back. It hasn't, just being careful while it's sore from vacuuming.", 'none'],
      ['every time I sneeze a pain shoots through my back', 'urgent'],
    ],
  ],
  [
    'what the back could turn into, asked ahead, with nothing like it happening',
    [
      ["Could my back pain turn into something where I can't control my bowels? Nothing like that has happened. Just want the warning signs.", 'none'],
      ['Can this develop into losing control of my bladder? nothing like that has happened so far, I want to know what to watch for', 'none'],
      ['I have wet myself twice today and my back is agony', 'emergency'],
      ["this morning I couldn't feel the toilet paper when I wiped", 'emergency'],
    ],
  ],
  [
    'a question about what the bot would do if told a sign',
    [
      ["if I tell the app I've got bladder trouble will it phone an ambulance by itself? just wondering how it works", 'none'],
      ["if I tell the bot I'm losing control of my bowels does it call an ambulance on its own? just curious how it works", 'none'],
      ["my legs are numb and I can't pee, do I call 999?", 'emergency'],
    ],
  ],
  [
    "someone else's sign beside the writer's own back, set apart with a hedge or an everyday cause",
    [
      ["My housemate has a fever and a bad back and he's seeing the GP tomorrow. I've got back pain as well but no fever, mine's from carrying his boxes up three flights. What should I do for mine?", 'none'],
      ["I'm a support worker and one of the people I look after has bladder problems linked to her spine. For me though, it's just a sore back from the transfers. What exercises keep support workers' backs strong?", 'none'],
      ['my back hurts and I have a temperature of 39 and shivers', 'urgent'],
      ["I can't control my bladder since this morning and my back is killing me", 'emergency'],
    ],
  ],
  [
    "a programme's subject set against the writer's own mild pain",
    [
      ["Watched a programme about aortic aneurysms and that tearing pain. Mine's a dull ache low down that comes and goes. Definitely not that, right?", 'none'],
      ["Saw a documentary on a burst aorta and that ripping pain thing. Mine's a dull ache when I bend. Not that, right?", 'none'],
      ['sudden tearing pain going through to my back, I feel faint', 'emergency'],
    ],
  ],
  [
    'whether a sign belongs to something ordinary, asked in general',
    [
      ['Is a fever ever part of a normal back strain, or does it always mean something else? General question.', 'none'],
      ['Can a temperature ever come with an ordinary back strain, or is it always something else? Asking generally', 'none'],
      ['I have a fever and my back is really sore on one side', 'urgent'],
    ],
  ],
  [
    'an old leak put right years ago, and weight-loss guesses with no word of weight',
    [
      ["I had some leaking after my son was born but pelvic floor physio sorted it out, that was eight years ago. My back aches from lifting him now he's huge. What exercises can I do? I'm 38 and fairly fit.", 'none'],
      ["I've lost a stone without trying and my back aches all the time", 'urgent'],
    ],
  ],
  [
    'numb to advice, a figure of speech',
    [
      ["I've gone numb to all the conflicting advice out there haha. Heat? Ice? Walk? Lie down? I tweaked my back lifting a sack of compost, what does the research say?", 'none'],
      ["honestly I've gone numb to all the mixed advice. heat or ice? I tweaked my back hoovering the stairs", 'none'],
      ['my bum has gone numb since this morning', 'emergency'],
    ],
  ],
]);

// A numbness told "to the touch" or "to the knee" is a feeling lost, not a figure.
raisesEach('numb to the touch or to a place stays a sign', 'raised', [
  ['both my legs have gone numb to the knees since this afternoon', 'bilateral_leg_symptoms'],
  ['my groin and bum are numb to the touch since I lifted the sofa', 'saddle_numbness'],
]);
