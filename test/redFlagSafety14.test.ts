import { readLexicon } from '../src/safety/redFlagData';
import { levels, quietEach, screen } from './support/screenTables';

// Issue 14 (phrasings our own): the KINDS of miss round 12 showed. Raised: an
// accident told of the toilet or not felt coming, a wait at the toilet with nothing,
// a changed feeling told with a degree word, the other leg "now the same", a fall
// told with more words, a workmate with the writer now, dialect ("me", "meself").
// Not raised: a supposition over a verb of noticing, "say it moved", a bare relation
// as the subject, a general question asked for others, a sign one might have
// unawares, a self-test with a normal result, an age under 50 or back pain told as
// recurring (the learned stage cannot weigh either), a fall onto something soft, and
// "but now I'm worried" told by the writer after someone else's story.

describe('raised', () => {
  levels([
    ['had an accident before I got to the toilet this morning, my back has been agony since Tuesday', 'emergency'],
    ['I had another accident today and did not feel it happening, my back is terrible', 'emergency'],
    ['been sat on the toilet for ages trying to go but nothing, my back has been bad all week', 'emergency'],
    ['my groin feels a bit weird today, ever since my back went on Sunday', 'emergency'],
    ['since the back pain started I cannot feel the toilet seat under me properly', 'emergency'],
    ['the sciatica was only in my left leg but the right leg now has the same tingling', 'emergency'],
    ['came off the top of the old barn roof yesterday and landed on my back', 'emergency'],
    ['pins and needles round me ring since the weekend and my back is killing', 'emergency'],
    ['I messed meself in the night and never knew till morning, back is in bits', 'emergency'],
    // a self-test whose result is not normal is still told
    ['I tested whether I can feel my bum with a tissue and I cannot feel a thing', 'emergency'],
    // "never had it before" is no recurrence, and the learned stage still reads it
    ["my mum is 72, she's never had a bad back before and now her lower back has hurt for ten days", 'urgent'],
    ['found a small lump about two fingers to the right of my spine, the back has ached since', 'urgent'],
  ], '%s');

  test('a workmate with the writer now is the patient', () => {
    const r = screen.detect('one of my lads slipped off the scaffolding this morning and landed flat on his back, he is sat with me now, what should we do');
    expect(r?.level).toBe('emergency');
    expect(r?.subject).toBe('other_present');
  });
});

quietEach('not raised', [
  "if I found I was dribbling urine or couldn't feel the paper when I wipe, would I need A&E? I've none of that",
  "say the ache spread up to my shoulder blades, would I need to be seen? at the moment it's low down",
  'Neighbour had a heart attack that began as back ache, she is fine now. I have just got a sore back from gardening, no chest pain',
  'Could you give me a quick overview of which back symptoms need A&E? Things like losing bladder control or numbness down below. My own back is fine, it is for the staff at my nursery.',
  'can you have numbness round your bottom and not realise? I have just checked and I can feel everything',
  'I pressed a cold spoon on my inner thighs to test the feeling, all normal. Back is sore from the gym. Am I okay?',
  'stood on my heels and then my toes to check my legs, fine. it is just a stiff back',
  "I'm 38 and my back has been sore for a week after painting the ceiling, what can I take?",
  "I'm 64 and it's the usual flare after a long drive, what helps?",
  'slipped on the wet grass and landed on my backside, no harm done, but my back has been stiff since the weekend',
  'fell backwards onto the sofa cushions playing with my nephew, my back was already sore, will it be worse now?',
  "my uncle told me about a man he worked with who couldn't walk after a back op last year, but now I'm nervous about my own sore back",
], 'none');

describe('rulesOut in the lexicon', () => {
  const lexicon = (rulesOut: unknown) => ({
    flags: [{ id: 'major_trauma', level: 'emergency', description: 'd', reason: 'r', patterns: ['crash'] }],
    signs: [{ id: 'soft_landing', rulesOut, patterns: ['onto the sofa'] }],
  });

  test('names the flags a sign rules out for the learned stage', () => {
    expect(readLexicon(lexicon(['major_trauma']), 'red-flags.yaml').signs[0]!.rulesOut).toEqual(['major_trauma']);
  });

  test('an unknown flag names the file and field', () => {
    expect(() => readLexicon(lexicon(['fall_of_doom']), 'red-flags.yaml')).toThrow(/red-flags\.yaml.*rulesOut\[0\].*fall_of_doom/);
  });
});
