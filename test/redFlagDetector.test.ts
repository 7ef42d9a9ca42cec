import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { RedFlagDetector, RedFlagResult } from '../src/safety/redFlagDetector';
import { EmergencyNumbers } from '../src/safety/emergencyNumbers';

const SAFETY_DIR = path.join(__dirname, '..', 'knowledge', 'safety');
const FIXTURE = path.join(__dirname, 'fixtures', 'red-flag-cases.yaml');

type Expect = 'emergency' | 'urgent' | 'none';
interface Case { text: string; expect: Expect; flags?: string[] }

const detector = RedFlagDetector.fromDirectory(SAFETY_DIR);
const cases: Case[] = (parseYaml(fs.readFileSync(FIXTURE, 'utf8')) as { cases: Case[] }).cases;
const levelOf = (r: RedFlagResult | null): Expect => (r ? r.level : 'none');
const rawLexicon = () => parseYaml(fs.readFileSync(path.join(SAFETY_DIR, 'red-flags.yaml'), 'utf8')) as Record<string, any>;
const rawContext = () => parseYaml(fs.readFileSync(path.join(SAFETY_DIR, 'context.yaml'), 'utf8')) as Record<string, any>;

describe('red-flag fixture', () => {
  const results = cases.map((c) => ({ c, r: detector.detect(c.text) }));
  const of = (e: Expect) => results.filter((x) => x.c.expect === e);

  test('fixture is big enough and well formed', () => {
    expect(cases.length).toBeGreaterThanOrEqual(220);
    for (const c of cases) {
      expect(typeof c.text).toBe('string');
      expect(['emergency', 'urgent', 'none']).toContain(c.expect);
    }
    expect(of('none').length).toBeGreaterThanOrEqual(60);
  });

  test('recall and false-alarm rate', () => {
    const emergency = of('emergency');
    const urgent = of('urgent');
    const none = of('none');
    const emergencyHits = emergency.filter((x) => levelOf(x.r) === 'emergency');
    const urgentHits = urgent.filter((x) => levelOf(x.r) !== 'none');
    const falseAlarms = none.filter((x) => x.r !== null);
    // Failures name the phrasings; `npm run eval` writes the full report (docs/eval.md).
    expect(emergency.filter((x) => levelOf(x.r) !== 'emergency').map((x) => `${x.c.text} -> ${levelOf(x.r)}`)).toEqual([]);
    expect(urgent.filter((x) => levelOf(x.r) === 'none').map((x) => x.c.text)).toEqual([]);
    expect(falseAlarms.length / none.length).toBeLessThanOrEqual(0.03);
  });

  test('expected flag ids are present', () => {
    const missing = results
      .filter(({ c, r }) => c.flags && !c.flags.every((f) => r?.flags.includes(f)))
      .map(({ c, r }) => `${c.text}: want ${c.flags!.join(',')} got ${r?.flags.join(',') ?? 'none'}`);
    expect(missing).toEqual([]);
  });

  test('every flag in the lexicon is exercised by the fixture', () => {
    const named = new Set(cases.flatMap((c) => c.flags ?? []));
    expect(detector.flagIds().filter((id) => !named.has(id))).toEqual([]);
  });
});

describe('RedFlagDetector', () => {
  const flags = (text: string) => detector.detect(text)?.flags ?? [];

  test('the required flags exist with a level, description and reason', () => {
    const required = ['bladder', 'bowel', 'saddle_numbness', 'sexual_dysfunction', 'bilateral_leg_symptoms', 'progressive_weakness',
      'major_trauma', 'chest_pain', 'tearing_pain', 'abdominal_aortic', 'fever_unwell', 'fever', 'cancer_history', 'weight_loss',
      'night_pain', 'immunosuppression', 'iv_drug_use', 'steroids_osteoporosis', 'back_lump', 'urinary_infection_signs'];
    for (const id of required) {
      expect(detector.flagIds()).toContain(id);
      expect(detector.describe(id).length).toBeGreaterThan(5);
      expect(detector.reason(id).length).toBeGreaterThan(5);
    }
    expect(detector.level('bladder')).toBe('emergency');
    expect(detector.level('fever')).toBe('urgent');
    expect(detector.describe('bladder')).toMatch(/urine|bladder/);
    expect(() => detector.describe('no_such_flag')).toThrow(/no_such_flag/);
  });

  test('result: emergency flags first, no duplicates', () => {
    const r = detector.detect('I had breast cancer. I wet myself and I keep wetting myself, and I cannot pee now');
    expect(r).toEqual({ level: 'emergency', flags: ['bladder', 'cancer_history'] });
    expect(detector.detect('')).toBeNull();
    expect(detector.detect('   ')).toBeNull();
  });

  test('a message read again, after others, reads as it did the first time (recent parses are per message)', () => {
    const texts = ['no numbness between my legs, peeing fine', 'i can not feel my bum when i wipe', 'my dad can not pee', 'no numbness between my legs, peeing fine'];
    const fresh = () => RedFlagDetector.fromDirectory(SAFETY_DIR);
    const once = texts.map((t) => ({ read: fresh().read(t), denied: fresh().denied(t), words: fresh().findingWords(t) }));
    // More texts than the detector keeps, so that the last one is parsed again after being dropped.
    const many = [...texts, ...Array.from({ length: 10 }, (_, i) => `back pain day ${i}`), ...texts];
    const shared = many.map((t) => ({ read: detector.read(t), denied: detector.denied(t), words: detector.findingWords(t) }));
    for (const [i, t] of many.entries()) {
      const j = texts.indexOf(t);
      if (j >= 0) expect({ text: t, ...shared[i] }).toEqual({ text: t, ...once[j] });
    }
    expect(once[0]!.denied.length).toBeGreaterThan(0);
    expect(once[1]!.read.result?.level).toBe('emergency');
    expect(once[2]!.read.result).toBeNull();
  });

  test('clause scoping: termination ends a negation', () => {
    expect(flags('no numbness but I can\'t pee')).toEqual(['bladder']);
    expect(flags('no fever however my legs keep giving way')).toContain('progressive_weakness');
    expect(flags('no fever. I wet myself')).toEqual(['bladder']);
    expect(flags('No fever, I wet myself')).toEqual(['bladder']);
    expect(flags("I don't have a temperature and my legs are numb")).toEqual(['bilateral_leg_symptoms']);
    // ...while a list stays negated
    expect(detector.detect('no numbness, tingling or weakness in my legs')).toBeNull();
    expect(detector.detect('no numbness or tingling down there and no leaking')).toBeNull();
    expect(detector.detect('I have no problems peeing or pooing')).toBeNull();
    // negation only reaches a few words
    expect(flags('nothing helps and both legs are numb')).toEqual(['bilateral_leg_symptoms']);
  });

  test('clause scoping for hypotheticals, other people and the past', () => {
    expect(detector.detect('what if I lose bladder control?')).toBeNull();
    expect(flags('what if it is serious? I cannot feel my bum')).toEqual(['saddle_numbness']);
    expect(flags('If I stand up my legs give way')).toContain('progressive_weakness');
    expect(detector.detect('if my legs give way should I go to A&E?')).toBeNull();
    expect(detector.detect('my dad had cancer')).toBeNull();
    expect(flags('my dad had cancer and now I cannot pee')).toEqual(['bladder']);
    expect(flags('my wife says I have been wetting myself')).toEqual(['bladder']);
    expect(detector.detect('I fell off a ladder years ago')).toBeNull();
    expect(flags('I fell off a ladder years ago but today I came off my bike')).toEqual(['major_trauma']);
    // history flags count when historical
    expect(flags('I had cancer 10 years ago')).toEqual(['cancer_history']);
    // a general question wraps around the symptom; a personal one does not
    expect(detector.detect('is incontinence a sign of something serious?')).toBeNull();
    expect(flags('is numbness in my groin serious?')).toEqual(['saddle_numbness']);
    expect(flags("I can't pee, is that serious?")).toEqual(['bladder']);
    // a worry about a named disease is not a history of it
    expect(detector.detect('could this be cancer?')).toBeNull();
    expect(flags("I'm worried because I had cancer")).toEqual(['cancer_history']);
  });

  test('apostrophe-less and curly-apostrophe contractions', () => {
    for (const t of ["can't pee", 'cant pee', 'can’t pee', 'cannot pee', 'i cant wee', 'CANT PEE']) expect(flags(t)).toEqual(['bladder']);
    expect(flags('dont know if my bladder is full')).toEqual(['bladder']);
    expect(flags('i havent peed since yesterday')).toEqual(['bladder']);
    expect(flags('my legs wont hold me up')).toContain('progressive_weakness');
    expect(flags('my foot doesnt lift')).toEqual(['progressive_weakness']);
    expect(flags('my bladder isnt working')).toEqual(['bladder']);
    expect(detector.detect('i didnt fall')).toBeNull();
    expect(detector.detect('i havent wet myself')).toBeNull();
    expect(detector.detect('I don’t have a fever')).toBeNull();
  });

  test('loss-of-function phrases stay positive; ordinary "can\'t" does not flag', () => {
    expect(flags('cannot feel my bum')).toEqual(['saddle_numbness']);
    expect(flags('no feeling down there')).toEqual(['saddle_numbness']);
    expect(flags('not able to hold my wee')).toEqual(['bladder']);
    expect(flags("don't know when my bladder is full")).toEqual(['bladder']);
    expect(flags('unable to pass urine')).toEqual(['bladder']);
    expect(flags('no bladder control')).toEqual(['bladder']);
    expect(detector.detect('no bladder control issues')).toBeNull();
    expect(detector.detect('no numbness down there')).toBeNull();
    for (const t of ["I can't bend over", "I can't sleep because of the pain", "can't get comfortable", "can't stand up straight", "I can't sit for long"]) {
      expect(detector.detect(t)).toBeNull();
    }
    expect(flags("I can't stand, my legs give way")).toContain('progressive_weakness');
  });

  test('combinations: fever with a nerve symptom or confusion is an emergency', () => {
    expect(detector.detect('I have a fever')).toEqual({ level: 'urgent', flags: ['fever'] });
    expect(detector.detect('I have a fever and I am confused')).toEqual({ level: 'emergency', flags: ['fever_unwell'] });
    expect(detector.detect('fever and my foot has gone numb')?.level).toBe('emergency');
    expect(detector.detect('no fever, my foot is a bit numb')).toBeNull();
    expect(flags('on long-term steroids and I slipped')).toEqual(['immunosuppression', 'steroids_osteoporosis']);
  });

  // Speed is measured by `npm run bench`, not asserted here: these check that
  // huge, odd and hostile input still gets a correct answer and never throws.
  test('huge, odd and hostile input is handled', () => {
    const filler = 'my lower back hurts when I bend 😩 ça fait mal — 背中が痛い, ';
    const big = filler.repeat(Math.ceil(100_000 / filler.length)) + ' and now I cannot feel my bum';
    expect(big.length).toBeGreaterThan(100_000);
    expect(flags(big)).toEqual(['saddle_numbness']);
    const hostile = [
      'numb '.repeat(20_000),
      'no '.repeat(30_000) + 'pee',
      'a'.repeat(100_000),
      '(((('.repeat(25_000),
      'can\'t '.repeat(15_000),
      'both legs '.repeat(10_000),
      '\u0000\uFFFF\uD800 ' .repeat(20_000),
      '🔥'.repeat(50_000),
      ' , . ! ? '.repeat(10_000),
      'if what if my my my '.repeat(5_000),
    ];
    for (const h of hostile) expect(() => detector.detect(h)).not.toThrow();
    expect(detector.detect('no '.repeat(30_000) + 'pee')).toBeNull();
    expect(detector.detect('🔥'.repeat(50_000))).toBeNull();
  });

  test('the same message always gets the same answer (no state carried between calls)', () => {
    const msgs = ['my lower back went into spasm this morning and it really hurts when I bend over',
      'no numbness but I cannot pee', 'should I use ice or heat?', 'I fell off a ladder years ago, now it aches'];
    const first = msgs.map((m) => detector.detect(m));
    expect(first).toEqual([null, { level: 'emergency', flags: ['bladder'] }, null, null]);
    for (let i = 0; i < 50; i++) for (const [j, m] of msgs.entries()) expect(detector.detect(m)).toEqual(first[j]);
  });

  describe('load-time validation names the file and the field', () => {
    const load = (mutLex?: (l: any) => void, mutCtx?: (c: any) => void) => () => {
      const lex = rawLexicon();
      const ctx = rawContext();
      mutLex?.(lex);
      mutCtx?.(ctx);
      return RedFlagDetector.fromData(lex, ctx);
    };
    test('valid data loads', () => expect(load()).not.toThrow());
    test('bad level', () => expect(load((l) => (l.flags[0].level = 'high'))).toThrow(/red-flags\.yaml: flags\[0\] \(bladder\)\.level: must be "emergency" or "urgent"/));
    test('missing description', () => expect(load((l) => delete l.flags[1].description)).toThrow(/red-flags\.yaml: flags\[1\] \(bowel\)\.description/));
    test('bad id', () => expect(load((l) => (l.flags[2].id = 'Saddle Numbness'))).toThrow(/flags\[2\]\.id: "Saddle Numbness" must be snake_case/));
    test('duplicate id', () => expect(load((l) => (l.flags[3].id = 'bladder'))).toThrow(/flags\[3\] \(bladder\)\.id: duplicate id/));
    test('unbalanced pattern', () => expect(load((l) => (l.flags[0].patterns[0] = 'numb (bum'))).toThrow(/flags\[0\] \(bladder\)\.patterns\[0\]: pattern "numb \(bum": missing "\)"/));
    test('unknown term', () => expect(load((l) => l.flags[0].patterns.push('{nope}'))).toThrow(/patterns\[\d+\]: unknown term \{nope\}/));
    test('misspelt option', () => expect(load((l) => (l.flags[8].historycounts = true))).toThrow(/flags\[8\] \(.*\)\.historycounts: unknown field/));
    test('unknown id in a combination', () => expect(load((l) => (l.flags[0].when = [['fevr']]))).toThrow(/flags\[0\] \(bladder\)\.when\[0\]\[0\]: unknown flag or sign "fevr"/));
    test('context: missing termination list', () => expect(load(undefined, (c) => delete c.termination)).toThrow(/context\.yaml: termination: must be a list/));
    test('context: bad trigger pattern', () => expect(load(undefined, (c) => c.negation.pre.push('(no'))).toThrow(/context\.yaml: negation\.pre\[\d+\]: pattern "\(no"/));
    test('context: a word list now in knowledge/language', () => expect(load(undefined, (c) => (c.spelling = { bladdr: 'bladder' }))).toThrow(/context\.yaml: spelling: has moved to knowledge\/language\/spelling\.yaml/));
    test('context: an answer word the language layer reads otherwise', () => expect(load(undefined, (c) => c.answerWords.push('dont'))).toThrow(/context\.yaml: answerWords\[\d+\]: "dont" is read as "do not" by the language layer/));
    test('context: bad window', () => expect(load(undefined, (c) => (c.windows.preNegation = -1))).toThrow(/context\.yaml: windows\.preNegation/));
    test('missing folder names the file', () => expect(() => RedFlagDetector.fromDirectory('/nonexistent-dir')).toThrow(/red-flags\.yaml: cannot read/));
  });

  describe('context-triggers.yaml: which context list is which trigger', () => {
    const rawTriggers = () => parseYaml(fs.readFileSync(path.join(SAFETY_DIR, 'context-triggers.yaml'), 'utf8')) as { triggers: Array<{ list: string; kind: string; dir: string }> };
    const withTriggers = (mut: (t: ReturnType<typeof rawTriggers>) => void) => () => {
      const t = rawTriggers();
      mut(t);
      const triggersFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'triggers-')), 'context-triggers.yaml');
      fs.writeFileSync(triggersFile, stringifyYaml(t));
      return RedFlagDetector.fromData(rawLexicon(), rawContext(), { triggersFile });
    };
    test.each<[string, (t: ReturnType<typeof rawTriggers>) => void, RegExp]>([
      ['a list context.yaml does not have', (t) => t.triggers.push({ list: 'negation.before', kind: 'negation', dir: 'pre' }), /context-triggers\.yaml: triggers\[\d+\]\.list: "negation\.before" is no phrase list of context\.yaml/],
      ['a group, not a list', (t) => t.triggers.push({ list: 'negation', kind: 'negation', dir: 'pre' }), /triggers\[\d+\]\.list: "negation" is no phrase list/],
      ['an unknown kind', (t) => (t.triggers[0]!.kind = 'denial'), /context-triggers\.yaml: triggers\[0\]\.kind: "denial" is not one of /],
      ['an unknown direction', (t) => (t.triggers[0]!.dir = 'before'), /context-triggers\.yaml: triggers\[0\]\.dir: must be one of pre, post, around, any/],
      ['a misspelt field', (t) => Object.assign(t.triggers[0]!, { kinds: 'pseudo' }), /context-triggers\.yaml: triggers\[0\]\.kinds: unknown field/],
    ])('%s names the file and the field', (_, mut, error) => expect(withTriggers(mut)).toThrow(error));

    test('the table decides how a list is read: without the negation lists a denied sign is read as told', () => {
      const text = 'no numbness in my groin';
      expect(withTriggers(() => undefined)().detect(text)).toBeNull();
      expect(withTriggers((t) => (t.triggers = t.triggers.filter((r) => r.kind !== 'negation')))().detect(text)?.flags).toContain('saddle_numbness');
    });
  });
});

describe('EmergencyNumbers', () => {
  const numbersFile = path.join(SAFETY_DIR, 'emergency-numbers.yaml');
  const numbers = EmergencyNumbers.fromFile(numbersFile, 'en-GB');

  test.each([
    ['en-US', '911', undefined],
    ['en-CA', '911', '811'],
    ['en-GB', '999', 'NHS 111'],
    ['en-IE', '112 or 999', 'a GP out-of-hours service'],
    ['en-AU', '000', 'healthdirect 1800 022 222'],
    ['en-NZ', '111', 'Healthline 0800 611 116'],
    ['en-IN', '112', undefined],
    ['de-DE', '112', undefined],
    ['fr-FR', '112', undefined],
    ['es-ES', '112', undefined],
    ['it-IT', '112', undefined],
    ['nl-NL', '112', undefined],
    ['pl-PL', '112', undefined],
    ['sv-SE', '112', undefined],
  ])('%s', (locale, emergency, urgentAdvice) => {
    const n = numbers.forLocale(locale);
    expect(n.locale).toBe(locale);
    expect(n.emergency).toBe(emergency);
    expect(n.urgentAdvice).toBe(urgentAdvice);
  });

  test.each([
    ['en_GB', 'en-GB'],
    ['en-gb', 'en-GB'],
    ['en_GB.UTF-8', 'en-GB'],
    ['GB', 'en-GB'],
    ['AU', 'en-AU'],
    ['in', 'en-IN'],
    ['fr-CA', 'en-CA'], // numbers belong to the country
    ['en-DE', 'de-DE'],
    ['de', 'de-DE'],
    ['fr', 'fr-FR'],
    ['en-Latn-US', 'en-US'],
    ['en', 'en-GB'], // default
    ['es-MX', 'en-GB'], // unknown country: default, not Spain
    ['xx-YY', 'en-GB'],
    ['nonsense locale!', 'en-GB'],
    ['', 'en-GB'],
    [undefined, 'en-GB'],
  ])('fallback %s -> %s', (locale, want) => {
    expect(numbers.forLocale(locale).locale).toBe(want);
  });

  test('the default locale is configurable', () => {
    expect(EmergencyNumbers.fromFile(numbersFile, 'en-US').forLocale('zz').emergency).toBe('your local emergency number (911)');
    expect(EmergencyNumbers.fromFile(numbersFile, 'en_AU').forLocale(undefined).emergency).toBe('your local emergency number (000)');
    expect(() => EmergencyNumbers.fromFile(numbersFile, 'xx-XX')).toThrow(/default locale "xx-XX"/);
  });

  test('returned objects are copies', () => {
    const a = numbers.forLocale('en-GB');
    a.emergency = 'changed';
    expect(numbers.forLocale('en-GB').emergency).toBe('999');
  });

  test('validation names the file and the field', () => {
    expect(() => EmergencyNumbers.fromData({ locales: { 'en-AU': { emergency: 0 } } }, 'en-AU', 'nums.yaml')).toThrow(/nums\.yaml: locales\.en-AU\.emergency: must be a non-empty quoted string/);
    expect(() => EmergencyNumbers.fromData({ locales: { 'en-GB': { emergency: '999', urgent: '111' } } }, 'en-GB', 'nums.yaml')).toThrow(/locales\.en-GB\.urgent: unknown field/);
    expect(() => EmergencyNumbers.fromData({ locales: { english: { emergency: '999' } } }, 'en-GB', 'nums.yaml')).toThrow(/locales\.english: locale must look like/);
    expect(() => EmergencyNumbers.fromData({ locales: { 'en-GB': { emergency: '999' } }, languages: { fr: 'fr-FR' } }, 'en-GB', 'nums.yaml')).toThrow(/languages\.fr: must name a locale/);
    expect(() => EmergencyNumbers.fromFile('/nonexistent.yaml', 'en-GB')).toThrow(/nonexistent\.yaml/);
  });
});
