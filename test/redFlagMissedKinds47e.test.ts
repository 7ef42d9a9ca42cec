import { levelsEach } from './support/screenTables';

// Round 47 (mend helper e), by kind, phrasings our own: a parent's report of a fall from a bike
// or a horse, the child home now and saying their back hurts (the story is now, not over); a
// tearing told of the high back or spine torn open, or torn from the inside; a checklist of
// denials beside a plain ache does not make the learned stage's unsure guess a question; and a
// first bout over 50 is asked about only on a word of age or of a first time, not on earlier bad
// backs. Each with twins that tell a real sign, or a story that is over, and must keep their level.

levelsEach([
  [
    'a fall told of someone home now, who says their back hurts, is now',
    [
      ['my daughter got thrown off her pony at a canter yesterday, she is back home now but keeps saying her lower back is agony', 'emergency'],
      ['my lad flipped his quad bike in the field this afternoon, he is home now and says his back really hurts', 'emergency'],
      ['my brother crashed his car last year, he is home now and back at work', 'none'],
      ['my mum fell down the stairs last spring, she is fine now and says her back is grand', 'none'],
    ],
  ],
  [
    'the high back or spine torn open, or torn from the inside, is the tearing pain',
    [
      ['all at once it felt as if somebody had torn my mid back open, and it has not let up', 'emergency'],
      ['out of nowhere it was like my spine was being ripped apart from within', 'emergency'],
      ['I think I tore a muscle in my upper back lifting the sofa, it aches when I move', 'none'],
    ],
  ],
  [
    'a checklist of denials beside a plain ache asks nothing; a sign told beside them still counts',
    [
      ['no blood in my pee, no burning, no fever, not in waves either, it is a constant ache in the centre of my lower back that got worse after weeding. so not my kidneys?', 'none'],
      ['no fever, no numbness, no bladder problems, but it wakes me every night and nothing eases it', 'urgent'],
    ],
  ],
  [
    'earlier bad backs and no age ask nothing of a first bout over 50',
    [
      ["Which signs mean hospital rather than my doctor for back pain? I've had several bad backs over the years and I'm never sure where to go.", 'none'],
      ['I am 58 and this is the first time I have ever had back pain', 'urgent'],
      ["I'm 63, back pain came on for no reason, never had it before", 'urgent'],
    ],
  ],
]);
