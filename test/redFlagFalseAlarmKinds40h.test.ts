import * as path from 'node:path';
import { PATHS } from '../src/paths';
import { CheckAnchors } from '../src/safety/checkAnchors';
import { RedFlagDetector } from '../src/safety/redFlagDetector';
import { levelsEach, normalizer } from './support/screenTables';

// Round 40 (mend helper h), false alarms and check questions by kind, phrasings our own:
// a twin's sign, someone's questions given as examples ("such as whether ..."), a wetting
// explained by a vessel that gave way, a past sign asked about as such ("does that old ...
// count"), a numb part said to come back, a web search that lands on a disease, how much of a
// sign counts asked in general, a normal thermometer reading. Each kind with twins that tell a
// real sign and must still be raised. Then the data the learned stage's guesses are held to:
// everyday phrases that anchor no check question, the categories a thermometer answers, and the
// heel-and-toe walk read as the legs' area said to be fine.

levelsEach([
  [
    'a twin is someone else',
    [
      ['my twin got numb feet from her slipped disc when she was 28. I am 28 now, back sore from the gym, no numbness for me. does it run in twins?', 'none'],
      ['my twin and I both hurt our backs lifting a sofa, and now both my legs have gone numb', 'emergency'],
    ],
  ],
  [
    'a clinician\'s questions given as examples after "such as" are asked, not told',
    [
      ['the nurse at the walk in centre asked me loads of things, such as whether I had any numbness around my bottom. it was just a pulled muscle', 'none'],
      ['the nurse asked if anything had changed, and yes, my bottom has gone numb since this morning', 'emergency'],
    ],
  ],
  [
    'a wetting feared, then explained by a vessel that gave way',
    [
      ['jumped out of bed in a panic thinking I had wet myself. Turned out the ice pack had split under me. my back is still stiff', 'none'],
      ['woke up soaked and panicked I had wet myself, but the water bottle had leaked in the bed. back is achy', 'none'],
      ['I woke up and had wet the bed without knowing, my back is killing me', 'emergency'],
    ],
  ],
  [
    'a past sign asked about as such',
    [
      ['Years ago after my first baby I leaked a little when I laughed, physio sorted it. My back aches from lifting boxes now. Does that old leaking count?', 'none'],
      ['I have started leaking when I laugh since this morning and my bum feels numb', 'emergency'],
    ],
  ],
  [
    'a numbness whose part is said to come back ("it" read as that part)',
    [
      ['my backside went numb on a long coach journey but it came back after I walked about a bit. lower back stiff now, any tips for the return trip?', 'none'],
      ['my bottom went numb on the coach and it came back worse after I walked, I can not feel the toilet paper', 'emergency'],
    ],
  ],
  [
    'a web search that always lands on a disease is a worry, not a history',
    [
      ['whatever I search online it comes up with a tumour, my back has ached since I moved desks. how worried should I be?', 'none'],
      ['I had bowel cancer three years ago and my back has ached for a month', 'urgent'],
    ],
  ],
  [
    'how much of a sign counts, asked in general',
    [
      ['my friend asked me this and I did not know: does it have to be a high temperature, or is a slight one with back pain enough to see someone?', 'none'],
      ['I have got a slight temperature and shivers and my back is killing me', 'urgent'],
    ],
  ],
  [
    'a thermometer reading in the normal range answers the fever question',
    [
      ['temperature is normal, 36.6 on the thermometer this morning and again tonight. my back aches from shifting furniture at the weekend, what helps?', 'none'],
      ['my back is sore and I feel hot, thermometer says 38.9', 'urgent'],
    ],
  ],
]);

describe('data the learned stage\'s guesses are held to', () => {
  const anchors = CheckAnchors.fromFile(path.join(PATHS.safety, 'check-anchors.yaml'), normalizer.language);
  const detector = RedFlagDetector.fromDirectory(PATHS.safety, normalizer.language);

  test.each<[string, string, boolean]>([
    ['chest_pain', 'my back is that bad I phoned in sick today', false],
    ['chest_pain', 'off sick with my back since Tuesday', false],
    ['chest_pain', 'I feel sick and my back aches', true],
    ['night_pain', 'the GP said it should ease within a fortnight', false],
    ['night_pain', 'the physio thinks it will settle in a couple of weeks', false],
    ['night_pain', 'nothing I do makes it settle', true],
  ])('%s anchored by "%s": %s', (flag, text, expected) => {
    expect(anchors.anchors(flag, text)).toBe(expected);
  });

  test('an everyday phrase is no category', () => expect(anchors.listed()).not.toContain('everyday'));

  test('a thermometer answers the fever question, not the accident one', () => {
    expect(anchors.measured('fever')).toBe(true);
    expect(anchors.measured('major_trauma')).toBe(false);
  });

  test.each<[string, boolean]>([
    ['checked twice, 36.6 and 36.9', true],
    ['36.9 this morning but 38.4 tonight', false],
    ['no thermometer here, I just feel hot', false],
  ])('only normal readings in "%s": %s', (text, expected) => {
    expect(detector.normalReadingsOnly(text)).toBe(expected);
  });

  const areas = CheckAnchors.fromFile(path.join(PATHS.safety, 'flag-areas.yaml'), normalizer.language);
  test.each<[string, boolean]>([
    ['sciatica down my left leg. I can stand on my toes and on my heels, checked just now', true],
    ['I can walk on my toes but not on my heels', false],
    ['I can walk on my heels and toes but my foot slaps down', false],
  ])('the heel-and-toe walk told as done in "%s": %s', (text, expected) => {
    const denied = detector.read(text).deniedAreas ?? [];
    expect(areas.anchors('progressive_weakness', denied.join(' , '))).toBe(expected);
  });
});
