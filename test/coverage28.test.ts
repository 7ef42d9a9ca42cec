import { emptyAnswerState } from '../src/knowledge/answerState';
import { runSteps, testContent, type Step } from './support/botHarness';

// The clinical notes' facts that people ask about, each asked plainly (questions written
// from /work/shared/clinical-notes.md, not passage examples): the question reaches the
// passage that carries the fact. The audit behind this table is docs/coverage.md.
describe('a plain question about a fact of the clinical notes reaches its passage', () => {
  const { answers, understander } = testContent();
  const planned = (q: string): string => {
    const u = understander.understand(q);
    const { plan } = answers.planner.plan({ text: u.text, intent: u.intent, score: u.score, ranked: u.ranked ?? [], aboutBack: true }, emptyAnswerState());
    return 'passage' in plan && plan.passage ? plan.passage.id : plan.kind;
  };
  test.each<[string, string]>([
    // What to watch for: the same-day signs and when to book, not only the emergency ones.
    ['what symptoms should I look out for', 'doctor-what-to-watch'],
    ['what should I watch out for', 'doctor-what-to-watch'],
    ['what would mean I need to get checked', 'doctor-what-to-watch'],
    // Evidence for a named treatment.
    ['is there any evidence that heat works', 'ice-heat-evidence'],
    ['how much does heat actually help', 'ice-heat-evidence'],
    ['what does the evidence say about massage', 'alt-massage-manipulation'],
    ['does acupuncture work for back pain', 'alt-acupuncture'],
    ['does paracetamol work for back pain', 'med-paracetamol'],
    ['do muscle relaxants help', 'med-muscle-relaxants'],
    // Why a stronger drug is not the answer.
    ["why won't the doctor give me something stronger", 'med-stronger-why'],
    ["why isn't codeine recommended", 'med-stronger-why'],
    // Medicines with conditions and other drugs.
    ['I have haemophilia, can I take ibuprofen', 'med-bleeding-disorder'],
    ['can I take ibuprofen with lisinopril', 'med-blood-pressure'],
    ['I take furosemide, is ibuprofen ok', 'med-blood-pressure'],
    ["I'm on clopidogrel, can I take naproxen", 'med-blood-thinners'],
    ['can I take ibuprofen while breastfeeding', 'med-breastfeeding'],
    ['is it against the law to drive on tablets that make me sleepy', 'med-drowsy-drive'],
    // Routine review, recurrence, course.
    ['when should I see a GP about my back', 'doctor-routine'],
    ['it keeps coming back, is it worth getting checked', 'doctor-recurring'],
    ['I keep getting back spasms, should I get it checked', 'doctor-recurring'],
    ['are these spasms likely to return', 'recovery-recurrence'],
    ['how long until I\'m back to normal', 'recovery-how-long'],
    // Work, sleep, exercise.
    ['can I go back to work on light duties', 'rest-heavy-job'],
    ['what mattress is best for back pain', 'sleep-mattress'],
    ['my back is stiff every morning for months and loosens up when I exercise', 'sleep-morning-stiffness'],
    ['can I exercise with a back spasm', 'rest-gym'],
  ])('%s -> %s', (q, passage) => {
    expect(planned(q)).toBe(passage);
  });
});

// A follow-up reaches the new facts, and a fact the person states changes the answer.
describe('follow-ups reach the facts', () => {
  test.each<[string, Step[], string?]>([
    ['after the heat answer, what to watch for: the same-day signs', [
      ['is heat or ice better for my back?', [/better evidence/]],
      ['ok and what should I look out for?', [/[Gg]et seen today/, /fever/], [/hands and knees/]],
    ], 'en-GB'],
    ['after the codeine answer, why not: the trial and what helps more', [
      ['can I take codeine for my back?', [/dummy pill/]],
      ['why not, surely stronger is better', [/Stronger isn't better/]],
    ], 'en-GB'],
    ['a bleeding disorder stated after a painkiller answer: its warning, then the answer for it', [
      ['what painkiller is best for a back spasm?', [/ibuprofen/i]],
      ['I have a bleeding disorder', [/With a bleeding disorder/, /[Pp]aracetamol/]],
      ['so what can I take?', [/[Pp]aracetamol/], [/^If it's safe for you, an anti-inflammatory/]],
    ], 'en-GB'],
    ['weeks already lasted: the routine visit is now, not "after a few weeks"', [
      ["it's been hurting for 4 weeks now and isn't improving, should I see a doctor?", [/A few weeks in, book a GP or physio now/]],
    ], 'en-GB'],
    ['a few days in: no such line', [
      ['it started 2 days ago, should I see a doctor?', [/[Bb]ook a GP/], [/A few weeks in/]],
    ], 'en-GB'],
    ["someone else's bleeding disorder is not the person's", [
      ['my brother has haemophilia, is ibuprofen ok for my back?', [/ibuprofen/i], [/With a bleeding disorder/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});
