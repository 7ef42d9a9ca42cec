import { answersFirst } from '../src/language/listAnswers';
import type { Pronoun } from '../src/safety/helperSubject';
import { levelsEach, screen } from './support/screenTables';

// Set 24's safety failures by kind (helper mend32c), phrasings our own:
// - a question the writer repeats and then answers with a bare "no", perhaps after a
//   hesitation ("tingling down below? er no"): the echo is denied (src/language/listAnswers.ts,
//   list-answers.yaml hesitations), a "yes" or a told sign still raises;
// - pain going into the left shoulder and the arm named together: the chest row (clinical
//   notes: pain into the arm counts without the word chest), whatever the sweat is put down to;
// - worse in the morning, or on getting up, is no night pain: ordinary-causes.yaml
//   (night_pain, with the night and rest words of named_night_pain still read);
// - one slip or small fall, told as such, is no leg that keeps getting weaker: ordinary-causes.yaml
//   slip_or_fall (a negation inside the cause's own words, "not a big fall", denies nothing of the sign);
// - "he's been ..." said of the patient is "has been" (helpers.yaml firstPerson), not "is";
// - the first time ever told as its own clause beside the back pain: red-flags.yaml first_ever_back_pain.
levelsEach([
  [
    'an echoed question answered no',
    [
      ['tingling down below? er no. my waterworks are fine too', 'none'],
      ['numbness in my groin? no. legs ok', 'none'],
      ['numbness in my groin? yes, since this morning', 'emergency'],
      ['tingling down below? er no. but since lunch I cannot pee at all', 'emergency'],
    ],
  ],
  [
    'the left shoulder and the arm named together',
    [
      ['it started in my back and now goes up to my left shoulder and arm', 'emergency'],
      ['aching from my back up into my left shoulder and arm, bit sweaty but I was mowing', 'emergency'],
    ],
  ],
  [
    'the morning is not the night',
    [
      ['8. also why is it always worse in the mornings', 'none'],
      ['is it normal that it is stiffer first thing when i get up', 'none'],
      ['it is agony at night and worse again in the mornings', 'urgent'],
    ],
  ],
  [
    'one slip or small fall',
    [
      ['lost my footing in the bathroom this morning and landed on my bum, just a small tumble', 'none'],
      ['slipped in the bathroom and since then I cannot pee at all', 'emergency'],
      ['I keep falling because my legs give way and they are getting weaker every day', 'emergency'],
    ],
  ],
]);

describe('an echoed question answered no, as the language layer rewrites it', () => {
  test.each([
    ['weak legs? um no', 'no weak legs? um no'],
    ['bladder trouble? nope. all good', 'nope bladder trouble? nope. all good'],
  ])('%s', (text, read) => {
    expect(answersFirst(text)).toBe(read);
  });

  test.each(['weak legs? yes', 'why does it hurt? no idea', 'is this the worst pain you have ever had and does it spread down both legs? no'])('"%s" is left as typed', (text) => {
    expect(answersFirst(text)).toBe(text);
  });
});

describe("a helper's words about the patient", () => {
  test("\"he's been\" is read as \"has been\", not \"is been\"", () => {
    expect(screen.patientWords("he can't get comfortable. he's been lying down most of the time since Sunday")).toContain('i have been lying down');
  });

  test.each([
    ['her', "she's been running a high fever since yesterday", 'urgent'],
    ['him', "he's got a sore back and a temperature of 38.6", 'urgent'],
    ['him', "my grandad is 71, his back has ached for a fortnight, it's the first time ever, he did not lift or fall", 'urgent'],
  ])('%s: %s', (pronoun, text, want) => {
    expect(screen.readAsPatient(text, pronoun as Pronoun)?.level ?? 'none').toBe(want);
  });
});
