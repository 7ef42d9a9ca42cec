import { levelsEach } from './support/screenTables';

// Round 24 (mend n), false alarms by kind, phrasings our own: each mechanism with
// messages that must not escalate and a nearby real emergency that still must.

levelsEach([
  [
    'a present denial of the sign\'s own body part, told later, cancels it',
    [
      ['Suppose I got up and my leg was dragging behind me, is that ambulance territory? Leg fine for now, just a grumpy back.', 'none'],
      ['I keep prodding to see if my feet are cold and numb. They are not. It is just the back muscles.', 'none'],
      ['My back has gone completely wooden today after scrubbing the floors and I cannot twist. Legs fine, only the back.', 'none'],
      ['My leg is dragging behind me since lunch and getting weaker', 'emergency'],
      ['Both my legs are numb and they are not getting any better', 'emergency'],
      ['My doctor thinks my legs are fine but they have gone numb and weak since this morning', 'emergency'],
    ],
  ],
  [
    'a sensation of a moment, over as it is told, is no sign',
    [
      ['sat on the toilet too long reading and my foot went dead, tingling for a few seconds then normal. back a bit sore too', 'none'],
      ['I cannot feel my bum or between my legs since this morning', 'emergency'],
      ['numb round my bottom for a minute then fine, then it came back and now it stays numb', 'emergency'],
    ],
  ],
  [
    'a clarification opening the next sentence says the last was a figure',
    [
      ['Feels like I was run over by a bus, my whole lower back is shouting. (No actual bus, I lifted a laundry basket.)', 'none'],
      ['I was knocked down by a bus this morning and my back is agony', 'emergency'],
      ['I was knocked off my scooter by a van this morning. No real head injury, but my back is agony', 'emergency'],
    ],
  ],
  [
    'an event dated long ago, or checked and found unhurt, stays in the past',
    [
      ['Fell off a horse at a gallop a few summers ago, was seen, no harm done. This ache is from hoovering the stairs.', 'none'],
      ['Fell off a horse at a gallop this morning and landed on my back, it is agony', 'emergency'],
    ],
  ],
  [
    'other people\'s serious events beside the writer\'s own ordinary back stay theirs',
    [
      ['My old man needed surgery for a burst aneurysm last spring. I am 28 and only strained my back lifting weights.', 'none'],
      ['My grandmother fell and fractured her spine, she is 82. I am 40 and my own pain is just from gardening.', 'none'],
      ['My old man has collapsed with a tearing pain in his back and he is grey', 'emergency'],
      ['I fell down the stairs this morning and landed on my back, I am 82', 'emergency'],
    ],
  ],
  [
    'someone mistaking the writer\'s noise for a heart attack is no chest sign',
    [
      ['I yelled so loud when it locked up that my flatmate thought I was having a heart attack from the racket. Just a back spasm.', 'none'],
      ['My flatmate thought I was having a heart attack, I have crushing pain in my chest and I am sweating', 'emergency'],
      ['I think I am having a heart attack, my chest is tight and my left arm aches', 'emergency'],
    ],
  ],
]);
