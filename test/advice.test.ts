import { ADVICE_RULES, adviceLines, type AdviceInput, type AdviceKey } from '../src/triage/advice';

const flat = (d: AdviceInput): AdviceKey[] => adviceLines(d).flat();
const onset = (hours: number) => ({ hours, description: '' });
const severity = (value: number) => ({ value, text: String(value) });

describe('advice rules', () => {
  test.each<[string, AdviceInput, AdviceKey[], AdviceKey[]]>([
    ['nothing said: not fresh, mild stretches, recent', {}, ['notFresh', 'stretchesMild', 'seeDoctorRecent', 'watchFor'], ['fresh', 'severe', 'leg']],
    ['48 h is still fresh', { onset: onset(ADVICE_RULES.freshHours) }, ['fresh'], ['notFresh']],
    ['49 h is not', { onset: onset(49) }, ['notFresh'], ['fresh']],
    ['6 weeks exactly is still recent', { onset: onset(ADVICE_RULES.longHours) }, ['seeDoctorRecent'], ['seeDoctorLong']],
    ['over 6 weeks: book a GP', { onset: onset(ADVICE_RULES.longHours + 1) }, ['seeDoctorLong'], ['seeDoctorRecent']],
    ['7/10: stretches gently', { severity: severity(7) }, ['stretchesMild'], ['stretchesSevere', 'severe']],
    ['8/10: hold off stretches', { severity: severity(8) }, ['stretchesSevere'], ['stretchesMild', 'severe']],
    ['9/10: be seen today if unbearable', { severity: severity(9) }, ['stretchesSevere', 'severe'], []],
    ['spreading into the leg', { location: { radiatesToLeg: true, description: '' } }, ['leg'], ['upperBack']],
    ['upper back', { location: { region: 'upper', description: '' } }, ['upperBack'], ['leg']],
  ])('%s', (_name, input, present, absent) => {
    const keys = flat(input);
    for (const k of present) expect(keys).toContain(k);
    for (const k of absent) expect(keys).not.toContain(k);
  });

  test('heat safety always follows the heat-or-cold line, and the warning signs come last', () => {
    const lines = adviceLines({ onset: onset(2) });
    expect(lines[0]).toEqual(['fresh', 'heatSafety']);
    expect(lines[lines.length - 1]).toEqual(['watchFor']);
  });
});
