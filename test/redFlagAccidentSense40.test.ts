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
    'lower back agony since friday, had an accident and did not notice until I stood up',
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
