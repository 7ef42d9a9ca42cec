import * as path from 'node:path';
import { PATHS } from '../src/paths';
import { readCues } from '../src/safety/redFlagFeatures';
import { RedFlagModel } from '../src/safety/redFlagModel';
import { FILES } from '../src/safety/redFlagScreen';
import { lacks, normalizer, raisesAlone, screen } from './support/screenTables';

// A spasm or cramp between the shoulder blades is pain there: the notes' urgent row
// for thoracic pain, read by the lexicon's sign whatever the learned stage makes of it.
// A heart stent, its antiplatelet, a pacemaker or gout are everyday facts
// (model-cues.yaml everyday_medicine), not a history of cancer.
const model = RedFlagModel.load(path.join(PATHS.safety, FILES.model), normalizer, readCues(path.join(PATHS.safety, FILES.cues)));
const found = (text: string) => screen.detect(text);

describe('a spasm between the shoulder blades is thoracic pain', () => {
  raisesAlone(
    'urgent',
    [
      ['a spasm between my shoulder blades since breakfast', 'thoracic_pain'],
      ['cramping between the shoulder blades since I woke up', 'thoracic_pain'],
      ['my back seized up between my shoulder blades reaching for the top shelf', 'thoracic_pain'],
    ],
    'urgent: %s',
  );

  lacks('thoracic_pain', [
    'the spasm is low down, not between my shoulder blades',
    'my son has spasms between his shoulder blades after rowing',
    'I used to get cramps between my shoulder blades years ago, now it is my lower back',
  ], 'not the writer’s present thoracic pain: %s');
});

describe('a heart stent and its medicines are not a cancer history', () => {
  test.each([
    'sore back from the garden. I had a stent last year and I am on clopidogrel',
    'I had a heart stent put in last winter and take clopidogrel daily, now my back is in spasm',
    'I had a pacemaker fitted two years ago and I take allopurinol for gout, my back locked bending over',
  ])('the learned stage does not read cancer: %s', (text) => {
    const reading = model.read(text);
    expect(reading.flag === 'cancer_history' && reading.probability >= model.thresholds.check).toBe(false);
    expect(found(text)).toBeNull();
  });

  test('beside a spasm between the shoulder blades, the reason given is the thoracic pain', () => {
    expect(found('my back is in spasm up between the shoulder blades since lunch; I have a stent and take clopidogrel, what can I take?'))
      .toMatchObject({ level: 'urgent', flags: ['thoracic_pain'] });
  });

  test('a cancer history told beside a stent still counts', () => {
    expect(found('I had a stent last year and also had bowel cancer three years ago, now my back aches')).toMatchObject({ level: 'urgent', flags: ['cancer_history'] });
  });
});
