import { levelsEach, screen } from './support/screenTables';

// Round 36 (safety36), false alarms and misreads by kind, phrasings our own:
// - the sense of a full bladder told as still there is an ability, no loss (red-flags.yaml bladder except);
// - what a text the writer read lists is reported, not told of the writer (context.yaml storyFrame);
// - "mine though is ..." sets the writer's own back apart from another person's accident (selfContrast);
// - a cancer history is never raised at full confidence from a message with no word of cancer
//   (check-anchors.yaml heldWhenSure);
// - pain in the side in waves with sickness is the notes' kidney row (urgent), told across clauses.
// Twins that tell the real sign of the writer must still be raised.

levelsEach([
  [
    'the sense of a full bladder told as still there, beside a twin that tells it lost',
    [
      ['I can still sense when my bladder is getting full, wees normal, just a stiff back', 'none'],
      ['I can feel when my bladder needs emptying same as ever, just the ache low down', 'none'],
      ['since yesterday I cannot tell when my bladder is full and my back is agony', 'emergency'],
      ['I still know when I need a wee, but now nothing comes out when I try', 'emergency'],
    ],
  ],
  [
    'a list of signs reported from something the writer read, beside the writer telling a sign of their own',
    [
      ['Just asking in general, not for me. Read a blog post that listed weight loss, sweats at night and pain at night as cancer signs, and I wondered how likely that really is', 'none'],
      ['I read a leaflet that lists fevers, losing weight and pain at night as signs of something serious and wondered how common that is, my own back is just stiff from gardening', 'none'],
      ['I read an article about back pain last week. Since Monday I have a temperature of 39 and my back aches', 'urgent'],
    ],
  ],
  [
    'another person\'s accident, the writer\'s own back set apart by "mine though"',
    [
      ['My brother came off his motorbike on Sunday and cracked a vertebra, he is in the Royal. Mine though is from carrying the sofa, it eases when I walk about', 'none'],
      ['My brother came off his motorbike on Sunday and so did I, I landed on my back and now I cannot feel my legs', 'emergency'],
    ],
  ],
  [
    'a worry with no word of cancer is no cancer history; a cancer told still is',
    [
      ['Bit of a worrier here. Now I have back pain and my head jumps straight there. It came on after moving boxes', 'none'],
      ['I had breast cancer three years ago and now my back has started aching for no reason', 'urgent'],
    ],
  ],
  [
    'pain in the side in waves with sickness, told over clauses joined by "and"',
    [
      ['pain round my side and low back since this morning, it keeps coming in waves and I feel sick with it', 'urgent'],
      ['my lower back is stiff from the gym, and I feel a bit sick from the protein shake', 'none'],
    ],
  ],
]);

describe('the kidney picture is read as the kidney row, not a sexual-function flag', () => {
  test('side pain in waves with sickness raises urinary_infection_signs', () => {
    const r = screen.detect('pain round my side and low back since this morning, it keeps coming in waves and I feel sick with it');
    expect(r?.flags).toContain('urinary_infection_signs');
    expect(r?.flags).not.toContain('sexual_dysfunction');
  });
});
