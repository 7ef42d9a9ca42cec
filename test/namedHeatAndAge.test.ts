import { runSteps, type Step } from './support/botHarness';

// A heat device named beside another question ("can I take X? the heating pad is on") or told on its own:
// the answer gives that device's safety point (a cloth, a low setting, never asleep on it), once, and not on
// the heat answers, which already say it (knowledge/user-facts.yaml heat_pad, heat_bag).
describe('a heat device the person names', () => {
  test.each<[string, Step[], string?]>([
    ['a heat pad beside a question about work', [
      ['can I work through a spasm? I was thinking of taking my heat pad to the office', [/never fall asleep on it/, /work/i]],
    ], 'en-US'],
    ['a hot water bottle beside a question about resting', [
      ['should I rest or keep moving? the hot water bottle is ready', [/never fall asleep with it on/, /moving|walk/i]],
    ], 'en-GB'],
    ['a wheat bag told with thanks: its safety point, not only "you\'re welcome"', [
      ['my back went this morning', [/./]],
      ['thanks, I will use my wheat bag', [/fall asleep with it on/], [/welcome/i]],
    ], 'en-AU'],
    ['said once: the next question does not get it again', [
      ['is it fine to take paracetamol? the electric blanket is on', [/never fall asleep on it/, /paracetamol/i]],
      ['and could I go for a short walk later?', [/./], [/With a heating pad/]],
    ], 'en-GB'],
    ['a heat question: the heat answer, no lead before it', [
      ['how long should the heating pad stay on each time?', [/15 to 20 minutes/], [/With a heating pad/]],
    ], 'en-US'],
    ['a device they do not have: nothing about it', [
      ["I haven't got a heating pad, what else can I do for a tight back?", [/./], [/With a heating pad/]],
    ], 'en-US'],
    ['a hot back with a fever is still a same-day check, whatever device', [
      ['my lower back is hot to the touch and I have a fever since the electric blanket was on last night', [/today/i], [/With a heating pad/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

// An age over 65 told with a question about how long it lasts: the answer says the course is much the same at
// that age (user-facts.yaml age, leadingOn: only the recovery answers; the painkiller answers have their own line).
describe('an older age told with a question', () => {
  test.each<[string, Step[], string?]>([
    ['over 65, how long it takes', [
      ['I turned 81 last month, how many days till a pulled back calms down?', [/At your age it usually eases/, /weeks/]],
    ], 'en-GB'],
    ['over 65, a stretch question: no age lead there', [
      ['I am 70 years old, which stretches suit a back in spasm?', [/./], [/At your age/]],
    ], 'en-US'],
    ['under 65: no age lead', [
      ['I am 45, how long do these spasms normally go on for?', [/weeks/], [/At your age/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});
