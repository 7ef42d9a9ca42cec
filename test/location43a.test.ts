import { parseLocation } from '../src/triage/symptomParser';

// mend43a: a place told by the belt or waistband is the lower back (so the check does not ask where again);
// a belt named for something else is no place.
describe('the lower back told by the belt', () => {
  test.each([['down low, just above my belt'], ['sore right around the waistband'], ['it is on the left near my belt, maybe a 6']])('%j -> lower', (text) => {
    expect(parseLocation(text)?.region).toBe('lower');
  });

  test.each([['I bought a new belt'], ['a lifting belt might help?']])('%j -> no place', (text) => {
    expect(parseLocation(text)).toBeUndefined();
  });
});
