/**
 * "Accident" is the toilet's word as often as the road's: an accident believed for a moment (a
 * wetting scare) or one not felt coming is no crash, while a crash told plainly stays an emergency.
 * The check's trigger reading follows the same sense: a scare or a soiled bed set nothing off.
 */
import { levels, screen } from './support/screenTables';
import { parseTrigger } from '../src/triage/trigger';

describe('an accident of the toilet is no serious accident', () => {
  levels([
    ['for a second there I was afraid I had had an accident, but I was dry', 'none'],
    ['panicked that I had an accident on the bus, it was only the rain on my jeans', 'none'],
    ['my back is stiff after gardening and I thought I had an accident in the night', 'none'],
  ]);
  test.each([
    'I had an accident and never felt it coming, my back has been bad all week',
    'lower back agony since friday, had an accident and never felt it happen',
  ])('%s', (text) => {
    const r = screen.detect(text);
    expect(r?.level).toBe('emergency');
    expect(r?.flags).not.toContain('major_trauma');
  });
});

describe('a crash told plainly is still a serious accident', () => {
  levels([
    ['was in an accident on the ring road last night and my back is killing me', 'emergency'],
    ['had a bad accident at work, got thrown off the forklift', 'emergency'],
    ['I had an accident yesterday and my back hurts', 'emergency'],
  ]);
});

describe('what set the pain off: a scare or a soiled bed is no accident', () => {
  test.each([
    'last night I was scared I had had an accident, my back went the day before',
    'had an accident in the bed, my back is sore',
  ])('%s', (text) => {
    expect(parseTrigger(text)?.description ?? '').not.toMatch(/accident/);
  });
  test.each(['car accident on tuesday', 'had an accident at work'])('%s', (text) => {
    expect(parseTrigger(text)?.description).toMatch(/accident/);
  });
});

describe('a sudden tearing told as what the pain does to the back', () => {
  levels([
    ['something is ripping through my upper back, it came on out of the blue an hour ago', 'emergency'],
    ['the pain tore into my back all of a sudden while I was reading', 'emergency'],
    // how bad a spasm feels, with no sudden start
    ['bending to the dishwasher is tearing my back to pieces', 'none'],
  ]);
});

describe("a person's own words passed on a moment ago are theirs, now", () => {
  test.each([
    ['my flatmate has a bad back and just told me both his legs have gone numb and heavy', 'bilateral_leg_symptoms'],
    ['my sister just said her back is agony and she cannot pee at all today', 'bladder'],
  ])('%s', (text, flag) => {
    const r = screen.detect(text);
    expect(r?.level).toBe('emergency');
    expect(r?.flags).toContain(flag);
    expect(r?.subject).toBe('other_present');
  });
  // a story passed on about the past, or beside the writer's own ordinary back, stays quiet
  levels([
    ['my uncle just told me he broke his back in a crash years ago, mine is just sore from digging', 'none'],
    ['my neighbour just told me about her slipped disc, my own back is only stiff', 'none'],
  ]);
});
