import { level, levelsAt, named, screen } from './support/screenTables';

// Issue 10 (recall): the kinds of emergency and urgent flags that were missed,
// in this file's own wording: sexual function told in lay words, a wee told in
// slang, a helper naming the person first and saying they are here afterwards,
// fever misspelt with confusion, a fever told only as a reading, injecting in
// everyday words, urine told by its colour, a first-ever back pain "in all my life".

const read = (text: string) => screen.detect(text);

describe('a new loss of sexual function in lay words is an emergency', () => {
  levelsAt('emergency', [
    'my back seized on tuesday and since then my willy just will not get hard with my partner',
    'lower back agony and the little fella has stopped working, which never happened before',
    'my penis does not stand up at all now, back has been bad all week',
    'cannot get an erection any more and my back is wrecked, it was all fine a fortnight ago',
    'back went on saturday. down there has stopped working too',
    'no morning erections since my back went',
  ]);

  test('"it was fine last week" says the change is new, not that it is over', () => {
    expect(level('my back gave out and I cannot keep an erection, it was fine last week')).toBe('emergency');
    expect(level('I had a numb bum after the long drive but it is fine now')).not.toBe('emergency');
  });
});

describe('not having passed urine, in slang', () => {
  levelsAt('emergency', [
    'back is killing me and I have not had a leak since lunchtime yesterday',
    'not had a wazz all day even though I feel like I need one, my back is in spasm',
  ]);
});

describe('a helper who names the person first and says they are here afterwards', () => {
  test('an osteoporotic relative after a small bump is urgent, for her', () => {
    const r = read('My grandma has thin bones and she bumped down onto the edge of the bed last night, her back hurts now. She is here with me.');
    expect(r?.level).toBe('urgent');
    expect(r?.subject).toBe('other_present');
  });
  test('a relative on chemotherapy with new back pain, sat beside the writer', () => {
    const r = read('My uncle is having chemo for his prostate and has new back pain, he is sitting here with me');
    expect(r?.level).toBe('urgent');
    expect(r?.subject).toBe('other_present');
  });
  test('a tearing pain told as what it felt like to him', () => {
    expect(read("My husband's next to me, he says it felt like something tore him apart through the chest into his back")?.level).toBe('emergency');
  });
  test('a relative with fever who is confused now', () => {
    expect(read('my dad has a temperature and a sore back and is confused, keeps asking where he is')?.level).toBe('emergency');
  });
  test('a past brought up to now ("... last year, and now he has ...") is the person now', () => {
    const r = read('My grandad had treatment for a melanoma two years ago and now he has this new ache in his back');
    expect(r?.level).toBe('urgent');
    expect(r?.subject).toBe('other_present');
  });
  named([
    ['a past told last stays a story', 'my brother has had a fever on and off, he is all better now', 'none'],
    ['another person told of in the past stays theirs', 'my aunt was on chemo years ago and is fine now; my own back is just stiff from gardening', 'none'],
  ]);
});

describe('fever', () => {
  test('misspelt, with confusion in plain or non-native words, is an emergency', () => {
    expect(level('feaverish with back ache, and my head is all foggy, I get confuse')).toBe('emergency');
    expect(level('high temp and sore back and i cant think straight at all')).toBe('emergency');
  });
  test('a reading in the fever range without the word "fever" is urgent', () => {
    expect(level('back aches and I was 38.9 when I checked, otherwise fine')).toBe('urgent');
    expect(level('running a temperature and my lower back hurts')).toBe('urgent');
  });
  test('a decimal that is not a temperature is nothing', () => {
    expect(level('I sit 38.5 hours a week at a desk and my back is stiff')).toBe('none');
  });
});

describe('injecting drugs in everyday words', () => {
  levelsAt('urgent', [
    'I have been using needles for a while and my back has been agony for days',
    'my back is really sore, I am still injecting most days',
  ]);
  test('needles for a medicine are not drug use', () => {
    expect(level('I use needles for my insulin and my back is sore after moving furniture')).toBe('none');
    expect(level('been injecting my ozempic weekly, my back aches after gardening')).toBe('none');
  });
});

describe('kidney signs', () => {
  test('urine told by its colour is urgent', () => {
    expect(level('pain under my ribs on the right and my pee has turned a pinkish colour')).toBe('urgent');
  });
});

describe('a first-ever back pain late in life', () => {
  test('"never have back pain in all my life" with an age over 50 is urgent', () => {
    expect(level('I am 72, I never have back pain in all my life, now ten days of it')).toBe('urgent');
  });
});

describe('a crash told in slang is an emergency', () => {
  named([
    ['stacking a motorbike', 'stacked my motorbike on a bend yesterday and my back is stiff', 'emergency'],
    ['dropping a bike off is nothing', 'dropped the bike off at the shop and my back is sore from the ride', 'none'],
  ]);
});

describe('pain worse at night in plain words', () => {
  test('"the ache is more at night" is urgent', () => {
    expect(level('my lower back ache is more at night time and nothing I do settles it, two weeks now')).toBe('urgent');
  });
  test('needing the loo more at night is not night pain', () => {
    expect(level('I need the loo more at night these days and my back is stiff in the mornings')).not.toBe('urgent');
  });
});
