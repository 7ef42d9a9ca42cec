import { Language } from '../src/language';
import { levelsEach, screen } from './support/screenTables';

// Round 24, false alarms by kind (phrasings our own): each mechanism with messages
// that must not escalate and a nearby real emergency that still must.

levelsEach([
  [
    'a figure of speech said to be one scopes back over its clause, never forwards',
    [
      ['this spasm has me crippled, not literally of course, I am just slow getting up', 'none'],
      ['My legs have turned to stone after the gym, so to speak, the hamstrings are rock hard', 'none'],
      ['The pain has paralysed me today (figuratively speaking), I just shuffle about', 'none'],
      ['I literally cannot feel my legs, I am not exaggerating', 'emergency'],
      ['I am paralysed with this spasm, not literally numb but my legs are weak and getting weaker', 'emergency'],
      ['I thought it was a figure of speech at first, but I really cannot feel my bum now', 'emergency'],
    ],
  ],
  [
    'a near miss told after it is no fall',
    [
      ['I almost came off my bike on the ice but caught myself, back is a bit tweaked', 'none'],
      ['I slipped on the wet steps and grabbed the handrail, did not actually fall, back twinged', 'none'],
      ['I fell off the ladder from about 3 metres and landed on my back', 'emergency'],
      ['I was about to topple off the stool but steadied myself on the worktop, my lower back aches now', 'none'],
      ['I tried to grab the railing but fell down the whole flight of stairs onto my back', 'emergency'],
      ['I fell down the stairs, caught myself halfway, and hit my back hard on the edge', 'emergency'],
    ],
  ],
  [
    'a numbness from sitting, gone on standing, is over',
    [
      ['both legs went numb sitting cross-legged at the concert, gone once I stood up', 'none'],
      ['my bum went numb on the long coach trip, disappeared as soon as I got up and walked', 'none'],
      ['my legs went numb when I stood up and now they keep giving way', 'emergency'],
      ['numb between my legs since this morning and I cannot feel the toilet paper', 'emergency'],
      ['numb between my legs, gone when I stand but back straight away when I sit', 'emergency'],
      ['my bum went numb at my desk and it has not come back even after I stood up', 'emergency'],
    ],
  ],
  [
    'someone else\'s story told beside the writer\'s own ordinary back stays theirs',
    [
      ['My brother was in a car crash and broke his back. I have only got a sore back from the hospital chairs.', 'none'],
      ['Someone at my gym fell off the rings and fractured his spine. All I have is a stiff lower back from squats.', 'none'],
      ['My brother was in a car crash and broke his back, and now I cannot feel my legs either', 'emergency'],
      ['my husband is on the floor, his legs will not hold him', 'emergency'],
    ],
  ],
  [
    'dialect negatives and the spoken "me" are read as the standard words',
    [
      ['Nae numbness, legs are grand, just sair after digging', 'none'],
      ['me brother came off his bike and broke his back, I have only got a stiff back', 'none'],
      ['I have nae feeling between my legs since yesterday', 'emergency'],
      ['I didnae feel myself wet the bed last night', 'emergency'],
      ['me back is killing me and I cannot feel me legs', 'emergency'],
      ['me mam is on the floor and cannot feel her legs', 'emergency'],
    ],
  ],
  [
    'a sign supposed or asked about in general is not told',
    [
      ['would it matter if i had a fever with this? i do not, just asking', 'none'],
      ['is it true that numbness in your bum is an emergency with back pain?', 'none'],
      ['any chest pain would be bad right', 'none'],
      ['any loss of feeling round the back passage would need an ambulance, yes?', 'none'],
      ['does it matter if I cannot pee since this morning?', 'emergency'],
      ['would it matter that I have got a temperature of 39 and I feel awful?', 'emergency'],
      ['I have got chest pain, any chest pain would be bad right?', 'emergency'],
      ['is it true? my bum has gone numb and I cannot feel the toilet paper', 'emergency'],
    ],
  ],
  [
    'a long-standing condition named as the cause of a sign is not a new sign',
    [
      ['my feet have been numb for years from my diabetes, my back is just sore', 'none'],
      ['my feet are numb from my diabetes and now both legs have gone weak', 'emergency'],
    ],
  ],
]);

describe('the helper reading hears the spoken "me" as "my"', () => {
  test.each([
    ['me husband is on the floor, his legs will not hold him', 'him'],
    ['me mam is on the floor and cannot feel her legs', 'her'],
  ])('%s', (text, pronoun) => {
    const read = screen.detect(text);
    expect(read?.level).toBe('emergency');
    expect(read?.subject).toBe('other_present');
    expect(read?.pronoun).toBe(pronoun);
  });
});

describe('the language layer reads dialect words once for every reader', () => {
  const language = Language.fromDirectory();
  test.each([
    ['nae bother', 'no bother'],
    ['it didnae help', 'it did not help'],
    ['me mate is fine', 'my mate is fine'],
    ['tell me about heat', 'tell me about heat'],
  ])('%s', (text, words) => {
    expect(language.words(text).join(' ')).toBe(words);
  });
});
