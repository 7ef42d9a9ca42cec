import { level, levelsAt, named, quiet, screen, theirs } from './support/screenTables';

// Scope that reaches past one clause (context.yaml pastAnchors, present,
// selfContrast), suppositions, questions about a sign, tests that came back
// clear and family words without "my". Each false alarm is paired with the
// same symptom told as the writer's (or the patient's) present, which must
// still escalate.

describe('a distant time reaches every clause of its sentence that has no present word', () => {
  quiet([
    'Back when I was at college, after a rugby tackle, both my legs tingled for a week. This is just a stiff back from gardening',
    'in 2016 I came off my motorbike and broke my wrist, and my back went today lifting a box',
  ], 'none', 'told as the past: %s');

  levelsAt('emergency', [
    'Ten years ago I had a disc operation, and both my legs are numb',
    "Years ago I hurt it and since this morning I can't feel my bum",
    'When I was lifting the sofa this morning both my legs went numb',
    'When I was at school I broke my back falling off a wall, and now both my legs are numb',
    "In 2016 I came off my motorbike and today I can't feel my legs",
  ], 'the present or the current episode stays an emergency: %s');
});

describe('a writer who sets their own back apart from other people\'s stories', () => {
  quiet([
    'My cousin had a tumour in her spine and lost feeling in both legs, mine is just a stiff back from digging',
    "My neighbour is on chemo and can't feel her legs at the moment. As for me, it's just a pulled muscle",
    "grandad's mate was on chemo for years, I just pulled my back",
  ], 'none', 'the other person\'s symptoms stay theirs: %s');

  theirs(
    [
      ["my husband can't feel his legs and he's on the floor", 'emergency', 'him'],
      ["my wife collapsed and her legs won't move, me, I hurt my back lifting her", 'emergency', 'her'],
    ],
    'a helper with the person in front of them still escalates for the patient: %s',
  );
});

describe('suppositions, questions about a sign, tests that came back clear', () => {
  quiet([
    'say I slipped on the ice tomorrow, would I need an x-ray',
    'would a numb patch on the thigh be a worrying sign?',
    'they checked for a kidney infection and the urine test came back clear',
    'what do you mean by a weakened immune system?',
    "I don't have back pain myself, it's only for my revision. Which signs mean A&E, like numbness around the bottom?",
  ], 'none', 'not a finding: %s');

  levelsAt('emergency', [
    'I slipped on the ice an hour ago and landed on my back, now I can not move my legs',
    'there is a numb patch around my bottom since yesterday, would that be a worrying sign?',
    'the urine test was clear last week but today I can not pee at all',
  ], 'the writer\'s own present stays an emergency: %s');
});

describe('a bare "no" answers the whole list of signs it follows', () => {
  quiet([
    'numb bum, weak legs, wetting myself? none of that thankfully',
    'numbness between my legs, trouble peeing, legs giving way? no',
  ], 'none', 'denied: %s');

  levelsAt('emergency', [
    "I can't pee and my legs are numb, is that serious? no idea",
    "since this morning I can't feel my bum. Is that a spasm? no",
  ], 'a question the writer asks about their own sign is not a denial: %s');
});

describe("whose history: a relative's in a message about the writer's own back", () => {
  test("told in passing, it is family history", () => {
    expect(level("my auntie had breast cancer and now I'm worried about my back")).toBe('none');
  });

  test('a helper writing for the patient, or telling of them now, keeps it', () => {
    expect(level('writing for my mum, she had breast cancer and her back is agony today')).toBe('urgent');
    expect(level('my dad is on chemo right now and his back is agony today')).toBe('urgent');
  });
});

describe('"both sides" of the back is not both legs', () => {
  test('the back on both sides', () => {
    expect(level('the ache is low down on both sides of my spine, worse in the mornings')).toBe('none');
  });

  test('both legs, or sciatica reaching the other side, stay emergencies', () => {
    expect(level('sciatica down both legs since this morning')).toBe('emergency');
    expect(level('my sciatica has gone to the other side as well now')).toBe('emergency');
  });
});

describe('a list answered after a colon, "long since", and a report with "I\'d say"', () => {
  test('a colon answer denies the list before it', () => {
    expect(level('the nurse asked about bladder trouble, bowel trouble, numbness down below and weak legs: none of them')).toBe('none');
    expect(level('one thing: no feeling in my bum since lunch')).toBe('emergency');
  });

  named([
    ['"long since sorted" does not bring an old episode into the present', 'When I was at uni I had a month where I could not wee properly after a rugby injury, long since sorted', 'none'],
    ['"I\'d say" reports what happened; it supposes nothing', "I'd say I lost all feeling down there yesterday", 'emergency'],
  ]);
});

describe('the unsure question is not asked of a writer who says their own back is ordinary', () => {
  test('a story about someone else, then "mine is just...", gets no check question', () => {
    expect(screen.detect("my uncle's mate was on steroids for years and his spine crumbled. mine is just a stiff back from the long drive")).toBeNull();
  });

  test('a sure finding of their own still escalates', () => {
    expect(level("mine is just a stiff back, but since this morning I can't pee")).toBe('emergency');
  });
});
