import { levelsEach } from './support/screenTables';

// Round 48 (mend helper e), by kind, phrasings our own: the buttocks and the part between them
// named the long way round, numb; the bladder's fullness and the need to go not sensed, told
// without the bladder; accidents counted today, or not known to be happening; a car struck while
// the writer drove, or struck hard, with no word for a crash; a rider bucked or thrown off by a
// mount told as "he" or "she", landing hard; weight down, told as unmeant in a clause of its own.
// A baseline ("usually fine"), a closing "or not" and a reading the scales give deny or suppose
// nothing. Each with near misses that keep their level.

levelsEach([
  [
    'the buttocks and the part between them, numb, is the saddle area',
    [
      ['since yesterday afternoon my buttocks and the skin between them have felt numb on both sides', 'emergency'],
      ['the crease between my bum cheeks feels tingly and dead, started this morning with the back pain', 'emergency'],
      ['it feels like pins and needles in the bit between my buttocks since I woke up', 'emergency'],
      ['my backside and the area in between have gone sort of fuzzy, back went on Monday', 'emergency'],
      ['my bum cheeks ache from the spin class and the bit between them is sore', 'none'],
    ],
  ],
  [
    'not sensing whether the bladder is full, nor whether one needs to go, is the bladder',
    [
      ["back's been sore since the weekend. I honestly can't work out whether I'm full, and I've no idea if I need to go or not", 'emergency'],
      ['not sure if I need to go or not, I cannot tell whether I am full either, back went yesterday', 'emergency'],
      ["I'm not sure whether I want to go or not, can't work out if I'm full, my lower back seized on Saturday", 'emergency'],
      ["I'm not sure if I need to go to the GP or not, back has been sore for a week", 'none'],
    ],
  ],
  [
    'accidents counted today, or not known to be happening, are the bladder',
    [
      ['my husband has had three accidents since this morning and had no idea he was going, his back went on friday', 'emergency'],
      ["I've had a couple of accidents overnight, back has been terrible all week", 'emergency'],
      ['had an accident in the kitchen, I did not even know I was going, back has been bad since Sunday', 'emergency'],
      ['the kids had a few accidents with the paint today and I hurt my back cleaning up', 'none'],
      ['the dog had two accidents today and my back hurts from scrubbing the carpet', 'none'],
    ],
  ],
  [
    'a baseline of being well denies nothing told before it',
    [
      ["I've wet myself twice since lunch, I'm normally totally fine", 'emergency'],
      ["my back hurts, I'm usually totally fine", 'none'],
    ],
  ],
  [
    'a car struck while the writer drove, or struck hard, is a serious accident',
    [
      ['I was waiting at the lights when a van went into the back of my car, now my lower back is agony', 'emergency'],
      ['a taxi came through a red and hit us side on, my back has been sore since', 'emergency'],
      ['I was driving to work and a lorry clipped my car really hard, back is bad today', 'emergency'],
      ['someone hit my car in the supermarket car park while I was inside, back sore from lifting shopping', 'none'],
      ['I was driving home and my back seized up at the lights', 'none'],
    ],
  ],
  [
    'a rider bucked or thrown off by the mount, landing hard, is a fall from a horse',
    [
      ['the pony threw me off at the gate and I came down hard on my back, it hurts to breathe in', 'emergency'],
      ['he bucked me off going into the water jump and I landed flat on my back', 'emergency'],
      ['got bucked off first thing today and now my back is killing me', 'emergency'],
      ['the mechanical bull at the party bucked me off onto the crash mats, back a bit stiff', 'none'],
      ['that question threw me off, anyway my back is sore', 'none'],
      ['my horse is going well, we jumped clear today, my back aches from mucking out', 'none'],
    ],
  ],
  [
    'weight down, told as unmeant in a clause of its own, is weight lost without trying',
    [
      ['lost 6 kilos over the summer and I wasn\'t trying, back has ached for weeks', 'urgent'],
      ["my daughter says I look gaunt, I'm down nearly a stone since easter and it wasn't intentional", 'urgent'],
      ['my watch says I am down 5 kilos since June, which I never planned, and my back aches every day', 'urgent'],
      ['I\'m down 4 kilos since I started the diet in January, back sore from the gym', 'none'],
      ["I've got thinner since taking up running on purpose, my back is stiff", 'none'],
    ],
  ],
]);
