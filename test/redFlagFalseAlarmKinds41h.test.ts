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
      ['A guy on my shift went down with chest pain on Monday, his heart apparently. Mine\'s a back spasm, van seat did it, chest is fine. Best way to sit?', 'none'],
      ['a lady at the day centre where I volunteer wet herself today. my back is just sore from lifting chairs', 'none'],
      ['A guy on my shift went down with chest pain on Monday. I have crushing chest pain too now and my back hurts', 'emergency'],
      ['a bloke from our depot was off with a slipped disc, now both my legs are numb', 'emergency'],
      ['one of the patients at the surgery where I volunteer lost control of her bladder, and I have wet myself twice today too and my back is agony', 'emergency'],
    ],
  ],
  [
    'someone else back at work now, beside the writer\'s ordinary stiffness',
    [
      ['my cousin\'s legs went numb with a disc problem and she had an operation, she\'s back at work now. i\'m only stiff from a long drive, low back', 'none'],
      ['my brother in law had a slipped disc and both legs went numb, he\'s back at work now. today my own legs are both numb as well', 'emergency'],
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
      ['Back in 2015 my back played up and I ran a fever with it, there\'s nothing like that now, only the stiffness', 'none'],
      ['years ago I had a temperature with a bad back, nothing like that now, but my bum has gone numb since this morning', 'emergency'],
    ],
  ],
  [
    'a wetting feared, answered "no", then put down to the vessel that leaked',
    [
      ['woke up with the bed wet and thought I\'d peed, but nope, it was my ice pack that burst. back still sore', 'none'],
      ['the sheets were soaked and I feared I had wet the bed, but no, it was the hot water bottle. Also I can\'t feel when I need to pee now', 'emergency'],
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
      ['my legs keep giving way, ended up leaning on the trolley like a zimmer frame round the shop', 'emergency'],
      ['had to push the trolley like an old man round the shop after my back went, both legs numb and weak since', 'emergency'],
    ],
  ],
]);

describe('readings the learned stage\'s guesses are held to', () => {
  test.each([
    'my uncle\'s heart attack began as pain in his back, so I\'m nervous, though mine\'s a standard spasm after rowing',
    'my boss fainted on site a few days ago. Mine\'s a back spasm, lifting at the depot, nothing else',
  ])('"mine" told as a plain spasm sets the writer\'s own back apart: %s', (text) => {
    expect(detector.setsSelfApart(text)).toBe(true);
  });

  test('"mine\'s the same" sets nothing apart', () => {
    expect(detector.setsSelfApart('my uncle\'s heart attack began as pain in his back, and mine\'s the same')).toBe(false);
  });

  test('a trolley leant on like a walking frame is a likeness the learned stage does not read', () => {
    const reading = detector.read('my back locked at the supermarket so I pushed the trolley like a walker up to the checkout');
    expect(reading.result).toBeNull();
    expect(reading.modelText).toBeDefined();
    expect(reading.modelText).not.toMatch(/walker/);
    expect(reading.modelText).toMatch(/my back locked at the supermarket/);
  });
});
