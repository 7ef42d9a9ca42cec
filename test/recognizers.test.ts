import { CHUNK_CHARS, inChunks, recognizeDateTime, recognizeNumber } from '../src/triage/recognizers';

// Local fields (see test/symptomParser.test.ts): the same on any time zone.
const NOW = new Date(2026, 10, 19, 15, 0, 0);

describe('long text is read in pieces, with offsets into the whole text', () => {
  const filler = 'My back has been stiff and sore and I have been walking around the house a lot. ';
  const long = `${filler.repeat(4)}It started two days ago at work. ${filler.repeat(4)}I lifted 3 boxes yesterday. ${filler.repeat(3)}`;

  test('a short text is one call', () => {
    const calls: string[] = [];
    inChunks('two days ago', (chunk) => (calls.push(chunk), []));
    expect(calls).toEqual(['two days ago']);
  });

  test('pieces are at most CHUNK_CHARS long, cut at sentence ends, and cover the text exactly', () => {
    const calls: string[] = [];
    inChunks(long, (chunk) => (calls.push(chunk), []));
    expect(long.length).toBeGreaterThan(2 * CHUNK_CHARS);
    expect(calls.length).toBeGreaterThan(2);
    expect(calls.join('')).toBe(long);
    for (const c of calls) expect(c.length).toBeLessThanOrEqual(CHUNK_CHARS);
    for (const c of calls.slice(0, -1)) expect(c).toMatch(/\.$/);
  });

  test('dates and numbers far into a long message are found where they are', () => {
    const dates = recognizeDateTime(long, 'en-us', NOW);
    const twoDays = dates.find((r) => r.text === 'two days ago');
    expect(twoDays).toBeDefined();
    expect(long.slice(twoDays!.start, twoDays!.end + 1)).toBe('two days ago');
    expect(dates.some((r) => r.text === 'yesterday' && long.slice(r.start, r.end + 1) === 'yesterday')).toBe(true);
    const seven = recognizeNumber(long, 'en-us').find((r) => long.slice(r.start, r.end + 1) === '3');
    expect(seven?.resolution).toMatchObject({ value: '3' });
  });
});
