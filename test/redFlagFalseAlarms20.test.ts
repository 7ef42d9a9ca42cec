import { level, named, quiet } from './support/screenTables';

// Round 16's must-not misses, by the general gap behind each (phrasings our own):
// a clinician's list of questions answered "no to all"; a sign a clinician only
// mentioned; a worker's patient or client beside their own ordinary back; another
// person's trouble already in hospital hands; numbness that came back on standing;
// legs worn out by a day on them; the weather's temperature; a hot water bottle.
// Each has its positive twin, which must still escalate.

describe('a list of signs answered no all at once', () => {
  quiet([
    'the nurse on 111 asked about feeling round my bottom, wetting myself and weak legs, it was a no to each of them. any stretches?',
    'my GP ran through the checks (saddle numbness, bladder, both legs) and I said no to all of them, so what now?',
  ], 'none');
  named([
    ['a "no to all" with an exception keeps the exception', 'she asked about numbness round my bum, bladder and legs, no to all of them except the numbness', 'emergency'],
    ['a sign told after the "no" still counts', 'they asked about the scary stuff and it was no to all, but since lunch I cannot feel the toilet paper', 'emergency'],
  ]);
});

describe('a sign a clinician or the internet only named', () => {
  quiet([
    'my osteopath mentioned cauda equina in passing and I have not slept since worrying, my back is just sore',
    'Everything online says it could be a tumour. It is a sore back from gardening really.',
  ], 'none');
  test('what a clinician saw is still a sign', () => {
    expect(level('the physio mentioned my foot is slapping down when I walk and it is worse than last week')).toBe('emergency');
  });
});

describe("a worker's patient or client beside their own back", () => {
  quiet([
    'I am a student nurse and one of the patients on the ward today had no feeling in his saddle area. Unrelated, my back is sore from the shift.',
    'we had a patient in today with chest pain and back pain, paramedics took him. Anyway, my own back aches from the desk.',
    'I am a support worker and one of my clients has weakness in both legs, she is being looked after by the hospital team. My back is sore from the hoist.',
    'my uncle has not been able to pee properly since his op, he is under urology. unrelated, but my lower back is stiff',
  ], 'none');
  named([
    ['someone with the writer now is still the patient', 'my husband has collapsed on the floor and cannot feel his legs, my back is sore from trying to lift him', 'emergency'],
    ['a helper beside the patient since this morning is still heard', 'my gran has not peed since this morning and she is being looked after by me, my back is sore from lifting her', 'emergency'],
  ]);
});

describe('everyday numbness and tiredness', () => {
  quiet([
    'my bum went numb on the long coach ride, came straight back when I got up. lower back a bit tight',
    'on my feet all day at the market in new boots, legs are dead and my back aches',
  ], 'none');
  named([
    ['numbness that returns is still a sign', 'my bum went numb sitting down and the numbness came back when I sat again, it is still numb', 'emergency'],
    ['legs going numb after standing still escalate', 'after standing all day both my legs went numb and I cannot feel my bum', 'emergency'],
  ]);
});

describe('heat that is not a fever', () => {
  test.each([
    'it is 42 degrees outside and I am dripping, my back hurts from the bus seat',
    'the wheat bag and hot water bottle on my back were roasting, felt great. fine to use daily?',
  ])('%s', (text) => expect(level(text)).not.toBe('urgent'));
  test('a temperature reading is still a fever', () => {
    expect(level('took my temperature and it said 39 degrees, my back is agony')).toBe('urgent');
  });
});
