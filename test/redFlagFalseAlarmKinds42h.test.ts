import { PATHS } from '../src/paths';
import { RedFlagDetector } from '../src/safety/redFlagDetector';
import { toldAsOrdinary } from '../src/triage/denials';
import { levelsEach, normalizer } from './support/screenTables';

// Round 42 (mend helper h), false alarms and check questions by kind, phrasings our own: whether
// any of a list's signs could come from a cause, asked with examples after "like" (context.yaml
// hypothetical); a case a teacher told a class (storyFrame); the hours spent standing told before
// "on my feet" (figureWhole); a lecture "went through" quickly (no accident word: check-anchors.yaml);
// a move the pain stops, "can't move without it grabbing" (figureCause); an age of 37 to 42 that the
// learned stage reads as degrees (red-flags.yaml hiddenFromModel); pain eased now the person lies
// down (denials.yaml sameMessage). Each kind with twins where the writer tells a real sign now.

const detector = RedFlagDetector.fromDirectory(PATHS.safety, normalizer.language);

levelsEach([
  [
    'whether any of a list\'s signs could come from a cause, the examples after "like"',
    [
      ['The antenatal leaflet has a list of warning signs. Can any of those things like bladder trouble be caused by the baby sitting low? Mine is just a normal ache.', 'none'],
      ['Can any of those things like leg weakness come from the bump? Both my legs have gone weak since this morning', 'emergency'],
      ['could any of those signs like bladder problems be from the baby? I have not been able to pee at all since last night', 'emergency'],
    ],
  ],
  [
    'a case a teacher told the class, beside the writer\'s ordinary back',
    [
      ['In my nursing lecture the tutor told us about a man whose backache turned out to be a burst aorta. I\'m 24 with a stiff back from rowing. How would anyone tell?', 'none'],
      ['Our tutor told us about a patient whose sore back was really a heart attack. My back aches after the gym, nothing else.', 'none'],
      ['At a CPR class the trainer told us about a lady who died of a heart attack that felt like backache. Right now my own chest is crushing and my left arm is heavy', 'emergency'],
    ],
  ],
  [
    'the time spent standing told before "on my feet"',
    [
      ['Chef, 34: twelve hour shifts on my feet at the pass and the back is stiff by close. Normal?', 'none'],
      ['Sprained an ankle at school, fine for decades. These days my back gets tired after whole shifts on my feet behind the till. Could the ankle be why?', 'none'],
      ['long shifts on my feet and now both my legs are numb and weak', 'emergency'],
      ['on my feet all day at the warehouse and now both feet are numb and tingling', 'emergency'],
    ],
  ],
  [
    'a lecture gone through quickly, asked about for an exam',
    [
      ['revising for my physio finals: what does numbness in both legs mean, as opposed to one? the tutor went through it far too quickly and I missed it', 'none'],
      ['I went through the windscreen when the car rolled last night and now my back is agony', 'emergency'],
    ],
  ],
  [
    'a move the pain stops: "can\'t move without it grabbing"',
    [
      ['Can\'t bend without it grabbing. One-sided sciatica to the left knee, right leg absolutely fine, same as two years back.', 'none'],
      ['can\'t turn over without the spasm catching, it\'s only the left leg with the sciatica', 'none'],
      ['can\'t move without it grabbing me and now both my legs are numb', 'emergency'],
      ['can\'t stand without it hurting, and my right leg keeps giving way more each day', 'emergency'],
    ],
  ],
  [
    'an age the learned stage reads as degrees',
    [
      ['Aged 38 and my back locked loading the dishwasher. Are ibuprofen and paracetamol ok together?', 'none'],
      ['Carrying the twins up the stairs did it. I\'m 40, this is the third time, worst one yet. Should I use heat?', 'none'],
      ['I\'m 38 and I\'ve been shivering with a temperature of 39 since last night, back aching', 'urgent'],
      ['I\'m 39, burning up and shivery since yesterday with this back pain', 'urgent'],
    ],
  ],
]);

describe('an age hidden from the learned stage', () => {
  test('the writer\'s own age is left out of the text a measured guess must hold on', () => {
    const reading = detector.read('I\'m 39, it went again lifting the bins');
    expect(reading.withoutHidden).toBeDefined();
    expect(reading.withoutHidden).not.toMatch(/39/);
    expect(reading.withoutHidden).toMatch(/lifting the bins/);
  });

  test('someone else\'s age is not hidden', () => {
    expect(detector.read('my son is 39 and he says hi').withoutHidden).toBeUndefined();
  });
});

describe('pain eased now the person lies or rests is the ordinary kind', () => {
  test.each<[string, string[]]>([
    ['tweaked it hoovering, it\'s calmed right down now I\'m lying on the sofa', ['night_pain']],
    ['it was awful getting up but it\'s eased off a lot now that I\'m resting', ['night_pain']],
    // not eased: negated, or told with a turn after it
    ['it hasn\'t settled down now I\'m lying down, wakes me every night', []],
    ['it\'s settled a bit now I\'m lying down, but it still wakes me every night', []],
    ['it\'s better now I\'m lying on my side and it still wakes me at 3am', []],
  ])('%s', (text, ordinary) => {
    expect(toldAsOrdinary(text, ['night_pain'])).toEqual(ordinary);
  });
});
