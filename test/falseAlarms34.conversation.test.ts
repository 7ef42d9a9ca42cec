import { TextNormalizer } from '../src/nlu/textNormalizer';
import { PATHS } from '../src/paths';
import { RedFlagScreen } from '../src/safety/redFlagScreen';
import { toldAsOrdinary } from '../src/triage/denials';
import { wholeBotSteps, type Step } from './support/botHarness';

// Alarms in conversation need the sign told of the person now, in the flag's sense:
// an activity is no accident without something that happened to the body, and pain
// worse at night that eases on turning over is mechanical, not the notes' night pain
// (worse at night, or not eased by rest or a change of position). Both directions:
// a crash or night pain that nothing eases is still raised. Our own wordings.
const screen = RedFlagScreen.fromDirectory(PATHS.safety, TextNormalizer.fromDirectory(PATHS.lexicon));

const ALARM = /^Please call|emergency department|get seen today|urgent appointment/i;
const ACCIDENT_QUESTION = /serious accident/i;
const NIGHT_ALARM = /worse at night or does not ease/i;

describe('an activity is no accident without an event', () => {
  // 'kept': the accident is still raised or asked about (the change sets aside only a guess with no event told).
  test.each<[string, 'emergency' | 'kept' | null]>([
    ['my back has ached since the weekend, loads of mountain biking', null],
    ['lower back stiff after three long days on the motorbike', null],
    ['skidded off my scooter on gravel this morning and hit the ground hard, now my back is agony', 'emergency'],
    ['a car pulled out on me while I was cycling and I went over the bonnet, back is killing me', 'kept'],
  ])('%s', (text, level) => {
    const read = screen.read(text).redFlag;
    if (level === null) expect(read?.flags ?? []).not.toContain('major_trauma');
    else if (level === 'kept') expect(read?.flags ?? []).toContain('major_trauma');
    else expect(read?.level).toBe(level);
  });
});

describe('night pain eased by a change of position is the ordinary kind', () => {
  test.each<[string, string[]]>([
    ['it is worse in the night, though whenever I roll onto my other side it gets better', ['night_pain']],
    ['nights are bad but if I turn over the pain eases off', ['night_pain']],
    // not eased: the warning sign stays
    ['worse at night and it does not ease when I turn over', []],
    ['nights are awful, nothing helps, turning over makes no difference', []],
    // asked, not told
    ['is it bad if it hurts at night but gets better when I move?', []],
  ])('%s', (text, ordinary) => {
    expect(toldAsOrdinary(text, ['night_pain'])).toEqual(ordinary);
  });
});

describe('in conversation', () => {
  test.each<[string, Step[]]>([
    ['a sport named is no emergency, and a score after it gets none', [
      ['sore low back since tuesday, been doing a lot of mountain biking', [], [ALARM, ACCIDENT_QUESTION]],
      ['around 6 out of 10', [], [ALARM, ACCIDENT_QUESTION]],
    ]],
    ['night pain that settles on turning over raises no same-day alarm', [
      ['my lower back went on friday carrying boxes, it hurts more at night but once I turn onto my side it gets ok', [], [ALARM, NIGHT_ALARM]],
    ]],
    ['night pain that nothing eases is still a same-day sign', [
      ['my lower back went on friday carrying boxes, it is worse at night and does not ease when I turn over', [/get seen today|urgent appointment/i]],
    ]],
    ['a crash told is still an emergency', [
      ['came off my motorbike at a roundabout an hour ago and landed on my back, it really hurts', [/^Please call/]],
    ]],
  ])('%s', async (_name, steps) => {
    await wholeBotSteps(steps, 'en-GB');
  });
});
