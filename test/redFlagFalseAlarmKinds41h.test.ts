import { PATHS } from '../src/paths';
import { RedFlagDetector } from '../src/safety/redFlagDetector';
import { levelsEach, normalizer } from './support/screenTables';

// Round 41 (mend helper h), false alarms by kind, phrasings our own: another person's sign told
// beside the writer's own plain spasm ("mine's a standard spasm", a workmate named by the shift or
// by the place the writer works, someone back at work now), an old fever said to be absent now,
// water from a vessel or the building on a bed, and a trolley leant on like a walking frame. Each
// kind with twins where the writer also tells a real sign, which must still be raised.

const detector = RedFlagDetector.fromDirectory(PATHS.safety, normalizer.language);

levelsEach([
  [
    'a workmate named by the shift or place the writer shares with them, beside the writer\'s plain spasm',
    [
      ['A guy on my shift went down with chest pain on Monday, they said it was his heart. Mine\'s a back spasm from the van seat, chest is fine. How should I sit?', 'none'],
      ['a lady at the day centre where I volunteer wet herself today. my back is just sore from lifting chairs', 'none'],
      ['A guy on my shift went down with chest pain on Monday. I have crushing chest pain too now and my back hurts', 'emergency'],
      ['a bloke from our depot was off with a slipped disc, now both my legs are numb', 'emergency'],
      ['one of the patients at the surgery where I volunteer lost control of her bladder, and I have wet myself twice today too and my back is agony', 'emergency'],
    ],
  ],
  [
    'someone else back at work now, beside the writer\'s ordinary stiffness',
    [
      ['my cousin lost feeling in both legs from a disc and had an operation, she\'s back at work now. i\'m just stiff after a long drive, lower back only', 'none'],
      ['my brother in law had a slipped disc and both legs went numb, he\'s back at work now. today both my legs have gone numb too', 'emergency'],
    ],
  ],
  [
    '"mine" told as a plain spasm after someone else\'s sign, and still a sign of the writer\'s own',
    [
      ['my neighbour had a stroke, mine\'s just a back spasm but I\'ve got crushing chest pain spreading to my arm right now', 'emergency'],
      ['a lady on the ward where I work collapsed with chest pain last month. mine\'s a standard back spasm but now I can\'t feel my bum when I wipe', 'emergency'],
    ],
  ],
  [
    'an old fever said to be absent now',
    [
      ['Last time my back went (2016) I had flu and a temperature with it, but nothing like that now. Just the spasm.', 'none'],
      ['years ago I had a temperature with a bad back, nothing like that now, but my bum has gone numb since this morning', 'emergency'],
    ],
  ],
  [
    'a wetting feared, answered "no", then put down to the vessel that leaked',
    [
      ['woke up with the bed wet and thought I\'d peed, but nope, it was my ice pack that burst. back still sore', 'none'],
      ['I woke up soaked and thought I\'d wet myself, but no, it was the hot water bottle. But I also can\'t feel when I need to pee now', 'emergency'],
    ],
  ],
  [
    'water leaking from the building onto the bed',
    [
      ['rain leaking through the roof onto my pillow, moved the bed and now my lower back has gone', 'none'],
      ['water dripping through the ceiling onto the sofa, then I lifted the sofa and now I\'ve wet myself without feeling it', 'emergency'],
    ],
  ],
  [
    'a trolley leant on like a walking frame, with legs told as failing beside it',
    [
      ['my legs keep giving way, I had to lean on the trolley like a zimmer frame to get round the shop', 'emergency'],
      ['had to push the trolley like an old man round the shop after my back went, both legs numb and weak since', 'emergency'],
    ],
  ],
]);

describe('readings the learned stage\'s guesses are held to', () => {
  test.each([
    'my dad had a heart attack that started as back pain so I am on edge, but mine\'s a standard spasm from rowing',
    'my boss collapsed at work last week. Mine\'s a back spasm from the forklift, nothing else',
  ])('"mine" told as a plain spasm sets the writer\'s own back apart: %s', (text) => {
    expect(detector.setsSelfApart(text)).toBe(true);
  });

  test('"mine\'s the same" sets nothing apart', () => {
    expect(detector.setsSelfApart('my dad had a heart attack that started as back pain, and mine\'s the same')).toBe(false);
  });

  test('a trolley leant on like a walking frame is a likeness the learned stage does not read', () => {
    const reading = detector.read('my back went at the shop and I had to lean on the trolley like a walker all the way to the till');
    expect(reading.result).toBeNull();
    expect(reading.modelText).toBeDefined();
    expect(reading.modelText).not.toMatch(/walker/);
    expect(reading.modelText).toMatch(/my back went at the shop/);
  });
});
