import { PATHS } from '../src/paths';
import { RedFlagDetector } from '../src/safety/redFlagDetector';
import { level, levels, levelsAt, normalizer, quiet, screen } from './support/screenTables';

// Mechanisms for whole classes of false alarms and misses (issue 10): a denial
// told after the finding, words the lexicon set aside hidden from the learned
// stage, not-knowing is not a supposition, a fall from anything onto the back, and
// a helper's reading heard out over the writer's own `urgent`. Each false alarm is
// paired with the same symptom told as present, which must still escalate.
const detector = RedFlagDetector.fromDirectory(PATHS.safety, normalizer.language);

describe('a denial after the finding, of the same thing', () => {
  quiet([
    'been poking my feet for pins and needles every hour, they are fine lol',
    'spent the night reading up on numbness around the bum. Everything is normal. My back is sore from the climbing wall',
  ], 'none', 'denied: %s');

  test('the denied flag is set aside for the learned stage too', () => {
    const reading = detector.read('I keep feeling both my legs for numbness since the scare. They feel fine though');
    expect(reading.result).toBeNull();
    expect(reading.dismissed).toContain('bilateral_leg_symptoms');
    expect(reading.modelText).not.toMatch(/numbness/);
  });

  levels([
    // not the writer's present denial, or not of the same thing
    ['both legs have been numb since lunch, they are fine when I lie down', 'emergency'],
    ['both my legs are tingling and my physio says they are fine', 'emergency'],
    ['I wet myself twice this morning, otherwise everything is fine', 'emergency'],
    ['my bum has gone numb and both legs are weak, everything is normal with my bladder', 'emergency'],
    ["my legs keep giving way, they were fine yesterday", 'emergency'],
    ["I can't feel my bum when I wipe, everything else is fine", 'emergency'],
  ], 'still escalates: %s');
});

describe('not knowing is a finding, not a supposition', () => {
  levelsAt('emergency', [
    'since my back went I have no clue if my bladder is full or not',
    'honestly no idea whether my bladder is full any more, back has been terrible since Sunday',
  ], 'escalates: %s');

  test('a real supposition stays one', () => {
    expect(level('what if I have no clue whether my bladder is full, is that an emergency')).toBe('none');
  });
});

describe('a fall from anything onto the back', () => {
  levelsAt('emergency', [
    'fell off the climbing frame at the park onto my back and it hurts to move',
    'writing for my son, he tumbled out of the top bunk onto his back and is lying on the floor crying',
    'toppled off the hay bales straight onto my spine this afternoon',
  ], 'is serious trauma: %s');

  quiet(['rolled off the sofa onto my back while stretching', 'I slid off the gym ball onto my back, bit sore'], 'none', 'not a fall from a height: %s');
});

describe('words the lexicon set aside are not read again by the learned stage', () => {
  test('a past accident is hidden from the model, the present is not', () => {
    const reading = detector.read('got knocked off my bike by a car in my twenties, no trouble since. Yesterday my back went hoovering the stairs');
    expect(reading.result).toBeNull();
    expect(reading.dismissed).toContain('major_trauma');
    expect(reading.modelText).toBeDefined();
    expect(reading.modelText).not.toMatch(/knocked off/);
    expect(reading.modelText).toMatch(/hoovering the stairs/);
  });

  test('nothing set aside: the model reads the message as it is', () => {
    expect(detector.read('my back went hoovering the stairs').modelText).toBeUndefined();
  });
});

describe('a helper reading heard out over the writer\'s own urgent', () => {
  test('fever read as the writer\'s, fever with confusion as the patient\'s', () => {
    const r = screen.detect('My nan is 81, sore back all week and since tea time a high temperature, and she is talking gibberish and does not know who I am');
    expect(r?.level).toBe('emergency');
    expect(r?.flags).toContain('fever_unwell');
    expect(r?.subject).toBe('other_present');
  });

  test('an urgent of the writer\'s own stays when the other person has nothing worse', () => {
    const r = screen.detect('my husband is here with me, I have had a high temperature since yesterday and my back hurts');
    expect(r?.level).toBe('urgent');
  });
});
