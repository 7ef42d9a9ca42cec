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
    ['told as progress while the check waits: the check goes on, no heat note', [
      ['please run the symptom questions, my back seized yesterday', [/Where is the pain/]],
      ['low down in the middle, maybe a 5', [/\?/]],
      ['feeling heaps better today since I used the electric heat pad', [/\?/], [/A heating pad can help|paused/]],
    ], 'en-AU'],
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

// A low-dose aspirin named by its strength is a blood thinner ("aspirin 81 mg"): the bleeding point comes first;
// a painkiller strength is not one (user-facts.yaml blood_thinners, numbers with maxNumber).
describe('aspirin named by its strength', () => {
  test.each<[string, Step[], string?]>([
    ['a low dose, then a painkiller question', [
      ['the cardiologist keeps me on aspirin 81 mg. is motrin ok for my back?', [/(With|If you take) a blood thinner, don't take/]],
    ], 'en-US'],
    ['the strength before the name', [['I take 75mg aspirin for the heart, which painkiller is safest?', [/(With|If you take) a blood thinner, don't take/]]], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

// Where the person says they are (a chair, a desk) or what they choose between (sitting or standing): the answer
// for that, not the floor stretches or the general desk tips (stretches.yaml stretch-seated, rest-standing-desk).
describe('stretches and work positions for where they are', () => {
  test.each<[string, Step[], string?]>([
    ['stretches without lying down', [['got any stretches I can manage from my work chair?', [/In a chair/], [/child's pose/]]], 'en-GB'],
    ['the floor stretches when nothing is said of a chair', [['which stretches would loosen a tight back?', [/knee-to-chest/]]], 'en-US'],
    ['standing or sitting to work', [['at work, am I better off sitting or standing while my back is sore?', [/switch between sitting and standing/]]], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});
