import { quietEach, raisesEach, screen } from './support/screenTables';

// A carer's terse note: the person named with their age, what happened to them, and the back's
// state with no owner before it ("back sore"). Every statement is of the person, so the back is
// theirs now and the fall at their age is the same-day row, as it is when "her back" is written.
// The writer's own back hurt handling the person ("from lifting him") stays the writer's, and a
// note that tells of the writer's own back is not read as the person's. Phrasings our own.

raisesEach('a bare back state in a note about an older relative who fell', 'urgent', [
  ['my gran is 91, she slipped off the commode this morning, back sore', 'steroids_osteoporosis'],
  ['my grandad is 88 and he tripped on the rug, back is hurting', 'steroids_osteoporosis'],
  ['my mum is 84, she slipped in the kitchen yesterday, back aching', 'steroids_osteoporosis'],
]);

describe('the bare back of such a note is read as the person told of', () => {
  test.each(['my gran is 91, she slipped off the commode this morning, back sore', 'my grandad is 88 and he tripped on the rug, back is hurting'])('%s', (text) => {
    expect(screen.detect(text)?.subject).toBe('other_present');
  });
});

quietEach(
  "the writer's own back beside a relative's history stays quiet",
  [
    'my dad has lung cancer, back sore from lifting him',
    'my gran is 92 and has osteoporosis, back aching from helping her up',
    'my grandad is 88 and my back is sore from the garden',
  ],
  'none',
);
