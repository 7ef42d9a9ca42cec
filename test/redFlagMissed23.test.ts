import { levels, quietEach, screen } from './support/screenTables';

// Mend 23 (phrasings our own): red flags missed in round 18 and conversation set 14.
// Wet found, with a newness told as the person's doing; the bladder said with "your";
// sweating with feeling unwell whatever the sweat is put down to; a helper's story with
// "all at once", an earlier state dated ("only one leg last week"), a span up to now, a
// person with a word before them ("my elderly dad"); a lump on the "low back"; a cough
// told as a hard jolt; and a
// cause feared by name ("could it be my heart?") read as a worry with its signs.

describe('raised', () => {
  levels([
    ['the mattress has been damp two mornings running, it never used to be like that', 'emergency'],
    ['my pyjamas are wet when I get up, and I never did that before this week', 'emergency'],
    ['is it usual with sciatica to not be able to hold your wee? it keeps escaping', 'emergency'],
    ['I am clammy and feeling a bit faint, my upper back aches', 'emergency'],
    ['sweating a lot and I look grey, though the kitchen is warm', 'emergency'],
    ["my dad's sciatica has gone into both his legs now, he says pins and needles in each. it was just the right one last week", 'emergency'],
    ['my nan went white and said her back felt like it ripped open inside, all at once. she is 84', 'emergency'],
    ['my elderly dad has had a nagging ache between his shoulder blades for ten days', 'urgent'],
    ['noticed a squashy bump on the left side of my low back, about golf ball size', 'urgent'],
    // a hard jolt on coughing is the notes' urgent row (answered calmly, flag-wording.yaml)
    ['each time I sneeze it is like being stabbed low in my back', 'urgent'],
  ], '%s');
});

quietEach('not raised', [
  // sweat alone, put down to the heat, with no feeling unwell
  'roasting in this heatwave and sweating, otherwise I feel fine, the back is just stiff',
  // a relative's sciatica told as before, the writer's own back now
  'my brother has had sciatica in both legs before, does it run in families? my back aches',
  // a cough that only hurts a bit more: common with a spasm
  'it is a bit sorer when I cough, otherwise fine',
  // a relative's heart history, a medicine question
  'my dad had a heart attack years ago, could I take ibuprofen for my back?',
], 'none');

describe('a cause feared by name', () => {
  test.each([
    'my husband keeps saying this could all be my heart',
    'should I be worried that the ache is coming from my heart?',
    'is it my heart, do you think?',
  ])('%s is a worry about the heart', (text) => {
    expect(screen.read(text)).toMatchObject({ redFlag: null, worry: true, fears: ['chest_pain'] });
  });

  test.each([
    'can I use a heat pad with my heart condition?',
    'I had a heart attack two years ago, is ibuprofen safe?',
  ])('%s is no fear', (text) => {
    expect(screen.read(text).fears).toBeUndefined();
  });

  test('a sign told with the fear is raised, not answered as a worry', () => {
    expect(screen.read("I think it's my heart, there is a weight on my chest").redFlag?.level).toBe('emergency');
  });
});
