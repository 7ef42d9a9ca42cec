import { wholeBotSteps, type Step } from './support/botHarness';

// Morning stiffness told as the whole pattern the clinical notes name (more than half an hour every
// morning, for months, eased by exercise and not by rest): a routine pointer to a doctor, not an alarm
// and not the general activity answer (morningStiffnessPattern in knowledge/fact-concerns.yaml).
// Ordinary morning stiffness still gets the ordinary answer. Wordings are this file's own.

const ROUTINE = /worth mentioning to a (GP|doctor): a routine appointment, not an urgent one/;
const ALARM = /call (999|911|112|000)|emergency department|today/i;

describe('the morning stiffness pattern', () => {
  test.each<[string, Step[], string?]>([
    ['months of long morning stiffness that a workout eases', [
      ['every day i wake up stiff as anything for a good hour, been like that for 5 months, better after exercise though. should i worry?', [ROUTINE, /inflammatory/], [ALARM]],
    ], 'en-GB'],
    ['told the other way round: worse with rest', [
      ['mornings are the worst, my lower back is so stiff, going on a year now and resting makes it worse', [ROUTINE], [ALARM]],
      ['tell me more', [/exercise helps but rest doesn't/]],
    ], 'en-US'],
    ['plain morning stiffness is the ordinary answer', [
      ['why is my back so stiff when i wake up', [/warm shower/], [ROUTINE]],
    ], 'en-AU'],
    ['stiff mornings that a run does not ease are not the pattern', [
      ['stiff every morning for months, even exercise does not help', [], [ROUTINE]],
    ], 'en-IE'],
  ])('%s', async (...[, steps, locale]) => {
    await wholeBotSteps(steps, locale ?? 'en-US');
  });
});
