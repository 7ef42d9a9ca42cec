import { TextNormalizer } from '../src/nlu/textNormalizer';
import { PATHS } from '../src/paths';
import { RedFlagDetector } from '../src/safety/redFlagDetector';

// safety18pos: signs told by what the person notices or can no longer do, and an
// onset dated "a week ago" that is not the past. Wording is this suite's own.
const normalizer = TextNormalizer.fromDirectory(PATHS.lexicon);
const detector = RedFlagDetector.fromDirectory(PATHS.safety, normalizer.language);
const lexicon = (text: string) => detector.detect(text)?.level ?? 'none';

describe('signs told by what the person notices', () => {
  test('an onset "since ... a week ago" dates a sign that is still going on', () => {
    expect(lexicon('ever since I strained my back two weeks ago I can not pee properly')).toBe('emergency');
    // The past stays the past when nothing ties it to now.
    expect(lexicon('two weeks ago I could not pee for an hour after surgery, fine since')).toBe('none');
  });

  test('none passed, told as drops', () => {
    expect(lexicon('not a single drop of wee since breakfast, my back is bad')).toBe('emergency');
    expect(lexicon('not a drop of rain all month, my back is stiff from digging')).toBe('none');
  });

  test('the bowel that no longer holds, or soiling not felt', () => {
    expect(lexicon('my back passage will not stay closed since my back went')).toBe('emergency');
    expect(lexicon('I pooed in bed with no feeling of it at all')).toBe('emergency');
  });

  test('wet clothing is a leak unless the message says where the wet came from', () => {
    expect(lexicon('my tights were damp again when I got home and my back is agony')).toBe('emergency');
    expect(lexicon('my joggers were soaked from the downpour and my back aches')).toBe('none');
  });

  test('the other driver told as a person, and heights on a farm', () => {
    expect(lexicon('a driver went straight into the side of us on the roundabout, my back is sore')).toBe('emergency');
    expect(lexicon('I slipped off the rafters in the barn onto the floor below, my back hurts')).toBe('emergency');
  });

  test('weight and rest pain told by the body and by what the pain stops', () => {
    expect(lexicon('looking gaunt lately without trying and my back aches')).toBe('urgent');
    expect(lexicon('the pain in my back never lets me lie still in bed')).toBe('urgent');
  });
});
