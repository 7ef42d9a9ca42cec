import { parseSeverity } from '../src/triage/severity';

// A message of many numbers is read the same as its start: each number's cues are read from the few
// words beside it, never from the whole text before it, so a long message costs each number the same.
// (Only what it returns is asserted here; `npm run bench` measures speed.)
describe('severity in long messages of repeated numbers', () => {
  test.each([
    ['7 '.repeat(1500), 7],
    ['it is a 4, '.repeat(300), 4],
    ['6 out of 10 '.repeat(250), 6],
  ])('%#: the repeated score', (text, value) => {
    expect(parseSeverity(text)?.value).toBe(value);
  });

  test('a word cut at the edge of what is read is not read as a cue ("blast" is no "last")', () => {
    const pad = 'x'.repeat(75);
    // "since 3" rejects the 3 as a time; a long word ending in "since" cut at the window edge must not.
    expect(parseSeverity(`${pad} convince 3`)?.value).toBe(parseSeverity(`convince 3`)?.value);
  });
});
