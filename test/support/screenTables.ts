/**
 * Table tests of the red-flag screen, one shape for every round's kinds: messages that must be
 * raised with a flag, messages that must stay quiet, and messages with the level each must get.
 * One screen per test file (jest loads this module once per file).
 */
import { TextNormalizer } from '../../src/nlu/textNormalizer';
import { PATHS } from '../../src/paths';
import { RedFlagScreen, type ScreenLevel } from '../../src/safety/redFlagScreen';

export type Level = ScreenLevel | 'none';
export type Case = [string, Level];

export const normalizer = TextNormalizer.fromDirectory(PATHS.lexicon);
export const screen = RedFlagScreen.fromDirectory(PATHS.safety, normalizer);
export const level = (text: string): Level => screen.detect(text)?.level ?? 'none';

/**
 * How a raised message is raised: at that level, or `raised` (urgent or emergency: a sign whose
 * message may also tell a worse one).
 */
export type Raised = 'emergency' | 'urgent' | 'raised';

/** Each [message, flag] is raised as `as` with that flag among its flags; named by `title` ("%s": the message). */
export function raises(as: Raised, rows: readonly [string, string][], title = '%s'): void {
  test.each<[string, string]>([...rows])(title, (text, flag) => {
    const r = screen.detect(text);
    if (as === 'raised') expect(r && r.level !== 'check').toBeTruthy();
    else expect(r?.level).toBe(as);
    expect(r?.flags).toContain(flag);
  });
}

/** `raises` in a describe of its own. */
export function raisesEach(describeTitle: string, as: Raised, rows: readonly [string, string][]): void {
  describe(describeTitle, () => raises(as, rows));
}

/**
 * Each message stays at `most` or below: 'none' (nothing at all), 'check' (at most the unsure
 * reading, the default) or 'urgent' (no emergency).
 */
export function quiet(rows: readonly string[] | readonly [string][], most: 'none' | 'check' | 'urgent' = 'check', title = '%s'): void {
  test.each<string>(rows.map((r) => (typeof r === 'string' ? r : r[0])))(title, (text) => {
    if (most === 'none') expect(level(text)).toBe('none');
    else if (most === 'check') expect(['none', 'check']).toContain(level(text));
    else expect(level(text)).not.toBe('emergency');
  });
}

/** `quiet` in a describe of its own. */
export function quietEach(describeTitle: string, rows: readonly string[] | readonly [string][], most: 'none' | 'check' | 'urgent' = 'check'): void {
  describe(describeTitle, () => quiet(rows, most));
}

/** Each [message, level] gets that level; named by `title` (message, then level). */
export function levels(cases: readonly Case[], title = '%s -> %s'): void {
  test.each<Case>([...cases])(title, (text, expected) => {
    expect(level(text)).toBe(expected);
  });
}

/** Kinds of messages, each a describe named by the kind, with the level every message of the kind gets. */
export function levelsEach(kinds: readonly [string, readonly Case[]][], title = '%s -> %s'): void {
  describe.each<[string, readonly Case[]]>([...kinds])('%s', (_kind, cases) => levels(cases, title));
}

/**
 * Each message gets exactly `expected`: `levels` for a list that shares one level (named by
 * `title`, "%s": the message).
 */
export function levelsAt(expected: Level, rows: readonly string[], title = '%s'): void {
  test.each<string>([...rows])(title, (text) => {
    expect(level(text)).toBe(expected);
  });
}

/**
 * Each [message, flag] is raised at exactly `as` with that flag as its only flag: for a sign
 * that must be read as itself and not beside another (`raises` allows others).
 */
export function raisesAlone(as: ScreenLevel, rows: readonly [string, string][], title = '%s'): void {
  test.each<[string, string]>([...rows])(title, (text, flag) => {
    expect(screen.detect(text)).toMatchObject({ level: as, flags: [flag] });
  });
}

/**
 * Each message does not carry `flag` (it may be raised for another): words that look like the
 * flag's own and must not be read as it.
 */
export function lacks(flag: string, rows: readonly string[], title = '%s'): void {
  test.each<string>([...rows])(title, (text) => {
    expect(screen.detect(text)?.flags ?? []).not.toContain(flag);
  });
}

/** `lacks` in a describe of its own. */
export function lacksEach(describeTitle: string, flag: string, rows: readonly string[]): void {
  describe(describeTitle, () => lacks(flag, rows));
}

/**
 * Each [message, level, pronoun?] is raised at exactly that level for someone else who is with
 * the writer now (subject `other_present`), referred to by that pronoun when one is given.
 */
export function theirs(rows: readonly [string, ScreenLevel, string?][], title = '%s'): void {
  // A rest parameter: jest would take a third parameter missing from a row for `done`.
  test.each<[string, ScreenLevel, string?]>([...rows])(title, (...row) => {
    const [text, as, pronoun] = row;
    const r = screen.detect(text);
    expect(r?.level).toBe(as);
    expect(r?.subject).toBe('other_present');
    if (pronoun !== undefined) expect(r?.pronoun).toBe(pronoun);
  });
}

/**
 * Cases each with its own reason, [why, message, level]: one test a row, named by why the
 * message gets exactly that level (a twin beside a table, or a mechanism told case by case).
 */
export function named(rows: readonly [string, string, Level][]): void {
  test.each<[string, string, Level]>([...rows])('%s', (_why, text, expected) => {
    expect(level(text)).toBe(expected);
  });
}
