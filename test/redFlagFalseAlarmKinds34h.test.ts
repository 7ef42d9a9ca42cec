import { levelsEach } from './support/screenTables';

// Round 34 (helper h), false alarms by kind, phrasings our own: toilet trips put down to an
// upset stomach or to rehydrating (ordinary-causes.yaml), a rumbling stomach put down to
// hunger, a seat-area numbness that came back on getting up (context.yaml resolvedNow), a
// foot asleep on the loo or a buttock tingling from a wallet (red-flags.yaml excepts),
// the writer's own pain placed low or the question turned to themselves after a story
// (context.yaml selfContrast), and someone else's trouble that a doctor is seeing to
// (helpers.yaml inCare). Each kind with twins that tell a real sign and must still be raised.

levelsEach([
  [
    'toilet trips put down to an upset stomach or to drinking to rehydrate',
    [
      ['my lower back aches and I keep dashing to the loo, but it must be that iffy curry I had', 'none'],
      ['lower back aches and I have been back and forth to the toilet all day, blaming a stomach bug from the kids', 'none'],
      ['in and out of the toilet all morning after some off prawns last night, and my back is stiff from the sofa', 'none'],
      ['after a heavy weekend I have been peeing all day, but I have been downing litres of water and electrolytes to recover, back is sore from the drive', 'none'],
      ['I think it was a bad curry, but my back hurts and I can not pee at all since this morning', 'emergency'],
      ['rehydrating after a bug, but I have wet myself twice today without noticing and my back is agony', 'emergency'],
    ],
  ],
  [
    'a rumbling stomach put down to hunger, beside a sore back',
    [
      ['tummy keeps rumbling and my lower back aches, I have skipped lunch and been bent over the desk all day', 'none'],
      ['my belly keeps gurgling and my back hurts, I reckon I am just hungry after missing breakfast and slouching at my desk', 'none'],
      ['stomach growling and back sore, probably just starving after a long shift on the tills', 'none'],
      ['I am starving but there is a throbbing pain in my belly going through to my back and I feel faint', 'emergency'],
    ],
  ],
  [
    'a seat-area numbness from sitting that came back on getting up, told in the next sentence',
    [
      ['my backside went numb on the hard pew during the wedding. Came right back once I stood up. back a bit stiff now', 'none'],
      ['both my buttocks went numb on the coach trip. Came back as soon as we got off and walked about', 'none'],
      ['my backside went numb on the pew and it is still numb hours later, my back aches', 'emergency'],
      ['my bum is numb. It never came back after I stood up and I can not feel the toilet paper', 'emergency'],
    ],
  ],
  [
    'a foot gone to sleep on the loo, a buttock tingling from a wallet in the back pocket',
    [
      ['my leg went to sleep while I was sat on the loo reading, back stiff from hunching', 'none'],
      ['pins and needles in one buttock after sitting on my phone in my back pocket on the drive, lower back aches', 'none'],
      ['I go numb when I sit on the toilet, like it is not my bum', 'emergency'],
      ['my bum is numb and tingly all the time now, I took my wallet out of my pocket and it made no difference', 'emergency'],
    ],
  ],
  [
    'another person\'s sign told as a story, the writer\'s own pain set apart or the question turned to themselves',
    [
      ['a film I watched had a man with a ripping pain in his chest from a torn aorta. mine is low down and came on after tennis', 'none'],
      ['my neighbour is numb down both legs after her op and is seeing the doctors about it. this one is about me though, my back is stiff from gardening', 'none'],
      ['my brother in law cant feel his legs properly since his spinal op, he is seeing the doctors about it. this is about me though, my lower back is sore from the sofa', 'none'],
      ['a film had a man with a ripping pain in his chest. mine is low down but it is a tearing pain going through to my back right now', 'emergency'],
      ['my neighbour is numb down both legs. this one is about me though, both my legs have gone numb too since this morning', 'emergency'],
    ],
  ],
]);
