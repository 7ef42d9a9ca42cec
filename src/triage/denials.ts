/**
 * Warning signs denied in passing ("no fever, bladder's fine", "no tingling,
 * nothing like that"): which signs of the safety screen a message denies, and
 * which screen groups that answers no. Words are data:
 * knowledge/triage/denials.yaml; the red-flag lexicon's negated findings come
 * from the caller (src/safety, `denied`), so the negation reading is the one
 * the red-flag screen uses. A denial must be said: nothing here reads silence.
 */
import { PATHS } from '../paths';
import { answersFirst } from '../language/listAnswers';
import { TextPatternCompiler } from '../language/patterns';
import { clauseBefore, isNegated, prepare } from './text';
import { type ScreenGroup } from './vocabulary';
import { load } from './vocabularyFile';

export interface DenialWords {
  /** Phrases denying one sign, by red-flag id. */
  signs: ReadonlyMap<string, RegExp>;
  /** Phrases denying one sign only as the answer to its own check question ("just the one"). */
  asAnswer: ReadonlyMap<string, RegExp>;
  /** A general sign's denial also denies these. */
  implies: ReadonlyMap<string, readonly string[]>;
  /** Per group id: sets of signs whose denial answers the group no. */
  enough: ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
  /** "nothing like that", "none of those". */
  allOfThem: RegExp;
  /** Doubt before a denial in its clause ("not sure my bladder's fine"). */
  doubt: RegExp;
  /** Another episode or back named before a same-message easing ("my usual bad back eases when ..."): not this pain. */
  otherEpisode: RegExp;
  /** The easing said of nothing the person does ("nothing I do with pillows or turning over helps"): no easing told. */
  nothingEases: RegExp;
  /** Phrases that, in the same message as the sign, make it the ordinary kind (night pain that eases on turning), by red-flag id. */
  sameMessage: ReadonlyMap<string, RegExp>;
}

export function loadDenials(dir: string = PATHS.triage): DenialWords {
  const { raw, r } = load(dir, 'denials.yaml');
  r.object(raw, '(file)', ['signs', 'asAnswer', 'implies', 'enough', 'allOfThem', 'doubt', 'sameMessage', 'otherEpisode', 'nothingEases']);
  const c = new TextPatternCompiler();
  const byFlag = (field: 'signs' | 'asAnswer' | 'sameMessage'): Map<string, RegExp> => {
    const o = r.object(raw[field] ?? {}, field, Object.keys((raw[field] ?? {}) as object));
    return new Map(Object.entries(o).map(([id, v]) => [id, r.compile(`${field}.${id}`, () => c.any(r.strings(v, `${field}.${id}`), 'g'))]));
  };
  const implies = r.object(raw.implies, 'implies', Object.keys((raw.implies ?? {}) as object));
  const enough = r.object(raw.enough, 'enough', Object.keys((raw.enough ?? {}) as object));
  return {
    signs: byFlag('signs'),
    asAnswer: byFlag('asAnswer'),
    implies: new Map(Object.entries(implies).map(([id, v]) => [id, r.strings(v, `implies.${id}`)])),
    enough: new Map(
      Object.entries(enough).map(([id, v]) => {
        if (!Array.isArray(v)) r.fail(`enough.${id}`, 'must be a list of lists of flag ids');
        return [id, (v as unknown[]).map((set, i) => r.strings(set, `enough.${id}[${i}]`))];
      }),
    ),
    allOfThem: r.compile('allOfThem', () => c.any(r.strings(raw.allOfThem, 'allOfThem'), '')),
    doubt: r.compile('doubt', () => c.any(r.strings(raw.doubt, 'doubt'), '')),
    otherEpisode: r.compile('otherEpisode', () => c.any(r.strings(raw.otherEpisode, 'otherEpisode'), '')),
    nothingEases: r.compile('nothingEases', () => c.any(r.strings(raw.nothingEases, 'nothingEases'), '')),
    sameMessage: byFlag('sameMessage'),
  };
}

let loaded: DenialWords | undefined;
function words(): DenialWords {
  loaded ??= loadDenials();
  return loaded;
}

/** Whether `re` matches `t` somewhere neither asked about nor said with doubt. */
function saidPlainly(t: string, re: RegExp): boolean {
  for (const m of t.matchAll(re)) {
    // Only doubt takes a denial back: "no tingling, no wee problems" is two denials, not a double negative.
    const at = m.index ?? 0;
    const asked = /^[^.!?]*\?/.test(t.slice(at));
    if (!asked && !words().doubt.test(clauseBefore(t, at))) return true;
  }
  return false;
}

/**
 * The signs the text denies: the lexicon's negated findings (`lexiconDenied`)
 * and the phrases of denials.yaml not said with doubt ("not sure my
 * bladder's fine"), with the signs a general denial covers. `asked`: the sign
 * whose check question the text answers, whose answer-only phrases count too.
 */
export function deniedSigns(text: string, lexiconDenied: readonly string[], asked?: string): Set<string> {
  // "bladder no, bowels no": a list's answers are read before their items.
  const t = prepare(answersFirst(text));
  const out = new Set(lexiconDenied);
  for (const [flag, re] of words().signs) if (saidPlainly(t, re)) out.add(flag);
  const answer = asked === undefined ? undefined : words().asAnswer.get(asked);
  if (asked !== undefined && answer && saidPlainly(t, answer)) out.add(asked);
  for (const flag of [...out]) for (const more of words().implies.get(flag) ?? []) out.add(more);
  return out;
}

/** The signs a denial of `flags` covers beyond themselves (denials.yaml `implies`: "no fever" covers a fever with feeling very unwell). */
export function impliedByDenial(flags: Iterable<string>): Set<string> {
  return new Set([...flags].flatMap((f) => words().implies.get(f) ?? []));
}

/**
 * The flags of `flags` that the same message makes the ordinary kind (denials.yaml
 * `sameMessage`): their denial said plainly, neither asked, doubted nor negated ("worse
 * at night, but once I roll over it's fine"; never "it doesn't ease when I turn").
 */
export function toldAsOrdinary(text: string, flags: readonly string[]): string[] {
  const t = prepare(answersFirst(text));
  return flags.filter((flag) => {
    const re = words().sameMessage.get(flag);
    if (re === undefined) return false;
    return [...t.matchAll(re)].some((m) => {
      const at = m.index ?? 0;
      const before = clauseBefore(t, at);
      return !/^[^.!?]*\?/.test(t.slice(at)) && !words().doubt.test(before) && !words().otherEpisode.test(before) && !words().nothingEases.test(before) && !isNegated(t, at);
    });
  });
}

/** "nothing like that", "no to all of those" anywhere in the text. */
export function deniesAllOfThem(text: string): boolean {
  return words().allOfThem.test(prepare(text));
}

/**
 * The groups `denied` answers no: every sign of one of the group's sets
 * (denials.yaml `enough`; all its signs when it has none). With "nothing
 * like that" (`all`) a group with any sign denied counts too, and so does
 * the group asked (`asked`).
 */
export function groupsDenied(groups: readonly ScreenGroup[], denied: ReadonlySet<string>, all: boolean, asked?: number): number[] {
  const out: number[] = [];
  groups.forEach((group, index) => {
    const flags = group.items.map((i) => i.flag);
    const sets = words().enough.get(group.id) ?? [flags];
    const some = flags.some((f) => denied.has(f));
    if (sets.some((set) => set.every((f) => denied.has(f))) || (all && (some || index === asked))) out.push(index);
  });
  return out;
}

/** The sign ids the data names, for a start-up check against the screen and the lexicon. */
export function denialFlagIds(): string[] {
  const w = words();
  return [...w.signs.keys(), ...w.asAnswer.keys(), ...w.sameMessage.keys(), ...[...w.implies].flatMap(([k, v]) => [k, ...v]), ...[...w.enough.values()].flat(2)];
}
