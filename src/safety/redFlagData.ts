/**
 * Reading and validating the red-flag lexicon (knowledge/safety/red-flags.yaml): its flags, signs and terms.
 * The context triggers' file is read by contextData.ts; the checks both share are in dataChecks.ts.
 */

import { asBool, asObject, asString, asStrings, fail } from './dataChecks';

export type RedFlagLevel = 'emergency' | 'urgent';

/**
 * A sign's name asked about as a term ("foot drop, what is that?", "is cauda equina the
 * thing where ..."): `names` of signs, `cues` that ask what a name means, `notWith` words
 * that tell the writer's own sign now, `linkWords` and `signWords` that tell a sign right after
 * a name ("the saddle area is numb"), `askFillers` that may stand around a name asked about
 * with no cue and no "?" ("where is the saddle area"), `cueFillers` that may stand inside a cue
 * ("what does that REALLY mean") (see signQuestions.ts `termQuestions`).
 */
export interface TermQuestionDef { names: string[]; cues: string[]; notAfterCue: string[]; notWith: string[]; linkWords: string[]; signWords: string[]; askFillers: string[]; cueFillers: string[] }

/**
 * One way a flag is made (a `when` entry): every `all` part found and no `none` part found, in the
 * same message (flagCombinations.ts) or, for the flags of across-turns.yaml, told so far. "Little
 * passed, belly pressed" is the bladder's only with no stool or constipation told beside it; a fall
 * at 70 is a serious accident only when not told as a slip onto something soft. Every reader of
 * combinations takes this one type, so an absent part is never read as a part that is missing.
 */
export interface Combination {
  all: string[];
  none: string[];
}

/** A flag, or a "sign": a named finding with no level that only feeds `when` combinations. */
export interface EntryDef {
  id: string;
  level?: RedFlagLevel;
  description?: string;
  reason?: string;
  patterns: string[];
  except: string[];
  when: Combination[];
  historyCounts: boolean;
  speculation: boolean;
  /**
   * Signs only: flags that this sign, read in the writer's own scope, rules out for the
   * learned stage ("I'm 34" rules out a first episode over 50; a fall onto a sofa, a
   * major accident). The lexicon's own findings of those flags still count.
   */
  rulesOut: string[];
  /**
   * Signs only: flags whose words this sign's are, when it is not the writer's own
   * ("it never wakes me at night"): that flag counts as read and set aside, so the
   * learned stage may ask about it but not raise it.
   */
  scopeFor: string[];
  /**
   * Signs only: one half of a pair (a sign in one leg, of bilateral_leg_symptoms): set aside
   * (past, someone else's), it sets aside no flag made from it and hides no words from the
   * learned stage, which still reads the message as it would without the sign.
   */
  pairPart: boolean;
  /**
   * The sign is something had (a fever), so "gone for days" tells it over (context.yaml `resolvedGone`);
   * for a sign that is something lost (feeling, control) "gone" is the sign itself, and this stays false.
   */
  goneIsOver: boolean;
  /**
   * Signs only: words the learned stage misreads as another sign's (an age of 39 read as a
   * temperature). Read in the writer's own scope, a guess of a flag a thermometer answers must
   * hold on the message without them (`LexiconReading.withoutHidden`).
   */
  hiddenFromModel: boolean;
  field: string;
}

export interface Lexicon {
  terms: Map<string, string>;
  flags: EntryDef[];
  signs: EntryDef[];
}

// The options a red-flags.yaml entry may set, one a line: a branch that adds or drops one touches one line, so
// branches that each change the list still merge.
const FLAG_KEYS = [
  'id',
  'level',
  'description',
  'reason',
  'patterns',
  'except',
  'when',
  'historyCounts',
  'speculation',
  'goneIsOver',
];
const SIGN_KEYS = [
  'id',
  'patterns',
  'except',
  'when',
  'historyCounts',
  'speculation',
  'rulesOut',
  'scopeFor',
  'pairPart',
  'goneIsOver',
  'hiddenFromModel',
];

function readEntry(raw: unknown, file: string, field: string, isFlag: boolean): EntryDef {
  const o = asObject(raw, file, field);
  const id = asString(o.id, file, `${field}.id`);
  if (!/^[a-z][a-z0-9_]*$/.test(id)) fail(file, `${field}.id`, `"${id}" must be snake_case`);
  const at = `${field} (${id})`;
  asObject(raw, file, at, isFlag ? FLAG_KEYS : SIGN_KEYS); // a misspelt option would otherwise be silently ignored
  const entry: EntryDef = {
    id,
    patterns: asStrings(o.patterns, file, `${at}.patterns`, true),
    except: asStrings(o.except, file, `${at}.except`, true),
    when: [],
    historyCounts: asBool(o.historyCounts, file, `${at}.historyCounts`),
    speculation: asBool(o.speculation, file, `${at}.speculation`),
    rulesOut: asStrings(o.rulesOut, file, `${at}.rulesOut`, true),
    scopeFor: asStrings(o.scopeFor, file, `${at}.scopeFor`, true),
    pairPart: asBool(o.pairPart, file, `${at}.pairPart`),
    goneIsOver: asBool(o.goneIsOver, file, `${at}.goneIsOver`),
    hiddenFromModel: asBool(o.hiddenFromModel, file, `${at}.hiddenFromModel`),
    field: at,
  };
  if (o.when !== undefined) {
    if (!Array.isArray(o.when)) fail(file, `${at}.when`, 'must be a list of lists of ids');
    entry.when = o.when.map((c, i) => readCombination(c, file, `${at}.when[${i}]`));
  }
  if (entry.patterns.length === 0 && entry.when.length === 0) fail(file, `${at}.patterns`, 'needs at least one pattern (or a `when` combination)');
  if (isFlag) {
    if (o.level !== 'emergency' && o.level !== 'urgent') fail(file, `${at}.level`, `must be "emergency" or "urgent", got ${JSON.stringify(o.level)}`);
    entry.level = o.level;
    entry.description = asString(o.description, file, `${at}.description`);
    entry.reason = asString(o.reason, file, `${at}.reason`);
  }
  return entry;
}

/** Combinations written as a bare list of parts: their errors name the parts by place alone (when[0][1]). */
const writtenBare = new WeakSet<Combination>();

/**
 * A `when` entry: a list of parts that must all be found ([fever, very_unwell]), or a mapping
 * `{ all: [...], none: [...] }` when the combination holds only without some sign.
 */
function readCombination(raw: unknown, file: string, field: string): Combination {
  if (Array.isArray(raw)) {
    const all = asStrings(raw, file, field);
    if (all.length === 0) fail(file, field, 'must name at least one id');
    // The old "!id" way of writing an absent part: it would be read as a sign never found.
    all.forEach((id, j) => id.startsWith('!') && fail(file, `${field}[${j}]`, `write an absent part under \`none\` ({ all: [...], none: [${id.slice(1)}] })`));
    const combo = { all, none: [] };
    writtenBare.add(combo);
    return combo;
  }
  const o = asObject(raw, file, field, ['all', 'none']);
  const all = asStrings(o.all, file, `${field}.all`);
  // A combination of absent parts alone would raise the flag on a message that tells nothing.
  if (all.length === 0) fail(file, `${field}.all`, 'must name at least one id');
  const none = asStrings(o.none, file, `${field}.none`, true);
  const both = none.find((id) => all.includes(id));
  if (both) fail(file, `${field}.none`, `"${both}" is in \`all\` as well`);
  return { all, none };
}

export function readLexicon(raw: unknown, file: string): Lexicon {
  const root = asObject(raw, file, '(top level)', ['terms', 'flags', 'signs']);
  if (!Array.isArray(root.flags) || root.flags.length === 0) fail(file, 'flags', 'must be a non-empty list');
  const flags = root.flags.map((f, i) => readEntry(f, file, `flags[${i}]`, true));
  const signs = root.signs === undefined ? [] : (Array.isArray(root.signs) ? root.signs : fail(file, 'signs', 'must be a list'))
    .map((s, i) => readEntry(s, file, `signs[${i}]`, false));
  const seen = new Set<string>();
  for (const e of [...flags, ...signs]) {
    if (seen.has(e.id)) fail(file, `${e.field}.id`, `duplicate id "${e.id}"`);
    seen.add(e.id);
  }
  for (const e of [...flags, ...signs]) {
    e.when.forEach((combo, i) => {
      // A bare list is written and reported as the parts themselves (when[0][1]); a mapping by its keys.
      const at = (key: 'all' | 'none', j: number) => `${e.field}.when[${i}]${writtenBare.has(combo) ? '' : `.${key}`}[${j}]`;
      combo.all.forEach((id, j) => seen.has(id) || fail(file, at('all', j), `unknown flag or sign "${id}"`));
      combo.none.forEach((id, j) => seen.has(id) || fail(file, at('none', j), `unknown flag or sign "${id}"`));
    });
  }
  const flagIds = new Set(flags.map((f) => f.id));
  for (const e of signs) {
    e.rulesOut.forEach((id, i) => {
      if (!flagIds.has(id)) fail(file, `${e.field}.rulesOut[${i}]`, `unknown flag "${id}"`);
    });
    e.scopeFor.forEach((id, i) => {
      if (!flagIds.has(id)) fail(file, `${e.field}.scopeFor[${i}]`, `unknown flag "${id}"`);
    });
  }
  const terms = new Map<string, string>();
  if (root.terms !== undefined) {
    for (const [k, v] of Object.entries(asObject(root.terms, file, 'terms'))) terms.set(k, asString(v, file, `terms.${k}`));
  }
  return { terms, flags, signs };
}
