import { TextNormalizer } from '../src/nlu/textNormalizer';
import { PATHS } from '../src/paths';
import { answerKind, readCheckDialogue } from '../src/safety/checkAnswers';
import { RedFlagScreen } from '../src/safety/redFlagScreen';
import { progressTakenOut } from '../src/triage/checkAsides';
import { deniedSigns } from '../src/triage/denials';
import { wholeBotSteps } from './support/botHarness';

// Safety round 23, in our own words: long-term steroids told in a relative clause; the
// writer's own back set apart by "mine" after a story; the serious-accident question needs
// a word of an accident; pain jolted by a cough or sneeze is read in the writer's scope and
// answered calmly; one leg named after a yes, or after an alarm, is a no to both legs.

const screen = RedFlagScreen.fromDirectory(PATHS.safety, TextNormalizer.fromDirectory(PATHS.lexicon), { withoutProgress: progressTakenOut });
const level = (text: string) => screen.detect(text)?.level ?? 'none';

describe('long-term steroids with a sudden pain', () => {
  test('a relative clause between the drug and how long it has been taken', () => {
    const read = screen.detect('my dad takes prednisone, which he has needed for years for his lungs, and yesterday he turned to reach the kettle and got a sudden sharp pain in his back');
    expect(read?.level).toBe('urgent');
    expect(read?.flags).toContain('steroids_osteoporosis');
  });

  test('a short course is still not long-term', () => {
    expect(screen.detect('I had a five day course of prednisolone for my chest last month, sudden twinge in my back today')?.flags ?? []).not.toContain('steroids_osteoporosis');
  });
});

describe("'mine' after someone else's story sets the writer's back apart", () => {
  test.each([
    'Saw a documentary where a man had back pain from a ripped artery in his chest. Mine is low down and eases when I walk about.',
    'A character in the series I watch had a heart attack that started as back pain, whereas mine came on after shovelling snow.',
  ])('%s', (text) => {
    expect(['emergency', 'urgent']).not.toContain(level(text));
  });

  test('"mine is the same" keeps the story the writer\'s own', () => {
    expect(screen.detect('my brother has crushing chest pain going into his back and mine is the same since an hour ago')).not.toBeNull();
  });
});

describe('the serious-accident question needs a word of an accident or a fall', () => {
  test.each(['spent Sunday tearing out the old kitchen units and my back is destroyed. ice or heat?', 'pulling up floorboards all day, lower back is shot'])('%s', (text) => {
    expect(screen.detect(text)?.flags ?? []).not.toContain('major_trauma');
  });

  test('a fall told plainly is still raised', () => {
    expect(level('I fell off the roof of the shed onto concrete and my back is agony')).toBe('emergency');
  });
});

describe('the immune-system question needs a word of the immune system or its treatments', () => {
  test('stuck on the floor is no sign of it', () => {
    expect(screen.detect('flat on the bathroom floor, my back locked when I reached for the towel and I cannot get up')?.flags ?? []).not.toContain('immunosuppression');
  });

  test('a treatment named still is', () => {
    expect(screen.detect('I am on methotrexate for my joints and my back has been really bad this week')?.flags).toContain('immunosuppression');
  });
});

describe('pain made worse by a cough, a sneeze or straining', () => {
  test.each([
    'my lower back shoots with pain whenever I cough',
    'straining on the loo makes my back much worse',
    'every sneeze sends a jolt through my low back',
  ])('%s is the row, raised calmly', (text) => {
    const read = screen.detect(text);
    expect(read?.flags).toEqual(['cough_sneeze_strain']);
    expect(screen.calm('cough_sneeze_strain')).toBeDefined();
  });

  test.each([
    'it does not hurt when I cough',
    'would it be bad if sneezing hurt my back?',
    'my sister says her back hurts when she sneezes, mine is just stiff',
    'I think it is a muscle strain and it hurts',
  ])('%s is not the writer\'s own', (text) => {
    expect(screen.detect(text)?.flags ?? []).not.toContain('cough_sneeze_strain');
  });
});

describe('one leg named after a yes to the both-legs question', () => {
  const dialogue = readCheckDialogue(PATHS.checkDialogue);
  const flag = 'bilateral_leg_symptoms';
  const question = screen.question(flag);
  const kind = (text: string) => answerKind(dialogue, text, question, !screen.detect(text) && deniedSigns(text, [], flag).has(flag));

  test.each(['yes, only the left one', 'yeah, just my right leg', 'yes. left side only'])('%s -> no', (text) => {
    expect(kind(text)).toBe('no');
  });

  test.each(['yes, both, but only the right is bad at night', 'yes, the left as well now', 'yes'])('%s -> yes', (text) => {
    expect(kind(text)).toBe('yes');
  });
});

describe('in conversation', () => {
  const RAISED = /please call 999 now/i;

  test('"yes, only the right one" at the both-legs question raises nothing', async () => {
    await wholeBotSteps(
      [
        ['sore back, pins and needles in my leg, maybe in both legs', [/both legs, not just one/i]],
        ['yes, only the right one', [/good to hear/i], [RAISED]],
      ],
      'en-GB',
    );
  });

  test('"no, only my left leg" after an alarm from the message takes it back', async () => {
    await wholeBotSteps(
      [
        ['my lower back has gone and the pain runs down both legs', [RAISED]],
        ['no, only my left leg', [/don't need to call 999/i]],
      ],
      'en-GB',
    );
  });

  test('"oh ok then no" answers the check question', async () => {
    await wholeBotSteps(
      [
        ['my back hurts and my bum feels a bit numb maybe', [/just to check/i]],
        ['oh ok then no, nothing like that', [/good to hear/i], [/just to check/i]],
      ],
      'en-GB',
    );
  });
});
