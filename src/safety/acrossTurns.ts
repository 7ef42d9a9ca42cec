/**
 * Red-flag combinations whose parts come in different messages of one
 * conversation (knowledge/safety/across-turns.yaml): "I'm 71" early on and,
 * later, "never had my back go like this before" is a first
 * episode over 50, as it would be in one message. The screen reads each
 * message alone; this keeps, for the conversation only, the parts told of the
 * patient now, and raises a listed flag once every part of one of its
 * combinations has been told, one of them in this message.
 *
 * It also keeps the learned stage from raising such a flag on one part alone
 * (`askedWithout`): with no age told, "first time my back has done this" is
 * asked about, not escalated.
 */
import { readYamlFile } from '../util/yamlFile';
import { isObject } from '../util/isObject';
import type { RedFlagResult, ScreenReading } from './redFlagScreen';
import type { Combination } from './redFlagData';
import { holds } from './flagCombinations';

/** What the screen reads of one message for this (RedFlagScreen.toldNow, RedFlagScreen.denied). */
export interface ToldNow {
  /** Sign and flag ids told of the patient now, in this message. */
  present: string[];
  /** Flags a sign in this message rules out ("I'm 41"). */
  ruledOut: string[];
  /** Flags and signs the message denies ("no fever now"): dropped from what was kept. */
  denied: string[];
}

/** The screen's answers this needs. */
export interface CombinationSource {
  combinations(flag: string): Combination[];
  level(flag: string): 'emergency' | 'urgent';
  ruledOutBy(flag: string): string[];
}

/** The red-flag screen as the message understander reads it. */
export interface MessageScreen {
  read(text: string): ScreenReading;
  toldNow(text: string, asPatient: boolean): { present: string[]; ruledOut: string[] };
  toldOfPatient(text: string): string[];
}

interface AcrossFlag {
  flag: string;
  level: 'emergency' | 'urgent';
  parts: Combination[];
  /**
   * Only some combinations listed (`onlyAcross`): the flag denied by one of its other signs
   * ("no chest pain") leaves these open; only a part of them denied drops it.
   */
  partsOnly: boolean;
}

/** Parts kept between messages, at most this many (the oldest go first). */
const KEPT = 24;

export class AcrossTurns {
  private constructor(
    private readonly combos: readonly AcrossFlag[],
    /** Flag -> the parts without which the learned stage's reading of it is asked about. */
    private readonly asked: ReadonlyMap<string, readonly string[]>,
    private readonly source: CombinationSource,
  ) {}

  static fromFile(file: string, source: CombinationSource): AcrossTurns {
    const data = readYamlFile(file);
    const flags = isObject(data) ? data.flags : undefined;
    if (!Array.isArray(flags) || !flags.every((f): f is string => typeof f === 'string')) throw new Error(`${file}: "flags" must be a list of flag ids`);
    const only = onlyCombinations(file, isObject(data) ? data.onlyAcross : undefined, flags);
    const combos = flags.map((flag) => {
      const parts = source.combinations(flag);
      // A listed flag with no combination could never be raised here: a mistake in the file.
      if (parts.length === 0) throw new Error(`${file}: "${flag}" is not a flag with a \`when\` combination in red-flags.yaml`);
      const listed = only.get(flag);
      return { flag, level: source.level(flag), parts: listed ? acrossOnly(file, flag, parts, listed) : parts, partsOnly: listed !== undefined };
    });
    const askedWithout = isObject(data) && data.askedWithout !== undefined ? data.askedWithout : {};
    if (!isObject(askedWithout)) throw new Error(`${file}: "askedWithout" must map flag ids to lists of parts`);
    const asked = new Map<string, string[]>();
    for (const [flag, parts] of Object.entries(askedWithout)) {
      if (!combos.some((c) => c.flag === flag)) throw new Error(`${file}: askedWithout."${flag}" must be one of "flags"`);
      if (!Array.isArray(parts) || !parts.every((p): p is string => typeof p === 'string') || parts.length === 0) throw new Error(`${file}: askedWithout."${flag}" must be a list of parts`);
      asked.set(flag, parts);
    }
    return new AcrossTurns(combos, asked, source);
  }

  /**
   * One message alone: a flag of `askedWithout` raised with none of its parts told
   * (and not by the lexicon's own words for it) becomes the check question about it.
   */
  single(result: RedFlagResult | null, told: Pick<ToldNow, 'present'>, ofPatient: readonly string[] = []): RedFlagResult | null {
    if (!result || result.level === 'check' || result.flags.length !== 1) return result;
    const flag = result.flags[0]!;
    const needs = this.asked.get(flag);
    // The whole combination told of someone the writer speaks for ("my uncle is 70, he has never had
    // back trouble"): the lexicon's own reading in their words, nothing left to ask.
    if (!needs || told.present.includes(flag) || ofPatient.includes(flag) || needs.some((p) => told.present.includes(p))) return result;
    return { ...result, level: 'check', flags: [flag] };
  }

  /**
   * The parts to keep after this message, and what the turn's reading becomes
   * with the parts told before: a listed flag raised, a check on one of them
   * answered by what was told (raised, or dropped when ruled out), or unchanged.
   */
  read(kept: readonly string[], now: ToldNow, reading: RedFlagResult | null): { kept: string[]; redFlag: RedFlagResult | null } {
    const before = kept.filter((id) => !now.denied.includes(id) && !now.present.includes(id));
    const next = [...before, ...now.present].slice(-KEPT);
    const told = new Set(next);
    const open = (c: AcrossFlag) =>
      !now.present.includes(c.flag) && !now.ruledOut.includes(c.flag) && (c.partsOnly || !now.denied.includes(c.flag)) && !this.ruledOutBefore(c.flag, before);
    // Every part told, at least one of them now and one before, and no part it must go without
    // told so far: a combination told in one message is the screen's own reading of it.
    const raised = this.combos.filter(
      (c) => open(c) && c.parts.some((parts) => holds(parts, (id) => told.has(id)) && parts.all.some((id) => now.present.includes(id)) && parts.all.some((id) => before.includes(id))),
    );
    const checked = reading?.level === 'check' ? reading.flags[0] : undefined;
    const asked = checked !== undefined && this.asked.get(checked);
    if (asked && checked !== undefined) {
      // "first time my back has done this" asked about: the age told before answers it.
      if (this.ruledOutBefore(checked, before)) return { kept: next, redFlag: null };
      if (asked.some((p) => before.includes(p)) && !raised.some((c) => c.flag === checked)) raised.push(this.combos.find((c) => c.flag === checked)!);
    }
    const emergency = raised.filter((c) => c.level === 'emergency');
    const first = emergency[0] ?? raised[0];
    if (!first) return { kept: next, redFlag: reading };
    const flags = [...new Set([first.flag, ...raised.map((c) => c.flag)])];
    const own = reading && reading.level !== 'check' ? reading : null;
    // Only a higher level than the message's own reading changes it.
    if (own && RANK[own.level] >= RANK[first.level]) return { kept: next, redFlag: own };
    return { kept: next, redFlag: { ...(reading ?? {}), level: first.level, flags: [...flags, ...(own?.flags ?? [])] } };
  }

  /** A sign told before rules the flag out ("I'm 34" before "first time my back has done this"). */
  private ruledOutBefore(flag: string, before: readonly string[]): boolean {
    return this.source.ruledOutBy(flag).some((s) => before.includes(s));
  }
}

/**
 * `onlyAcross`: flag -> the combinations of it whose parts may come in different
 * messages; the flag's other combinations describe one moment and must come together.
 */
function onlyCombinations(file: string, raw: unknown, flags: readonly string[]): Map<string, string[][]> {
  const only = new Map<string, string[][]>();
  if (raw === undefined) return only;
  if (!isObject(raw)) throw new Error(`${file}: "onlyAcross" must map flag ids to lists of combinations`);
  for (const [flag, list] of Object.entries(raw)) {
    if (!flags.includes(flag)) throw new Error(`${file}: onlyAcross."${flag}" must be one of "flags"`);
    const ok = Array.isArray(list) && list.length > 0 && list.every((c) => Array.isArray(c) && c.length > 0 && c.every((p) => typeof p === 'string'));
    if (!ok) throw new Error(`${file}: onlyAcross."${flag}" must be a list of combinations (lists of parts)`);
    only.set(flag, list as string[][]);
  }
  return only;
}

/**
 * The listed combinations (by the parts they need), each one of the flag's own `when` combinations
 * (a mistake in the file otherwise), kept with the parts it must go without.
 */
function acrossOnly(file: string, flag: string, parts: readonly Combination[], listed: readonly string[][]): Combination[] {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((p) => b.includes(p));
  return listed.map((c) => {
    const own = parts.find((p) => same(p.all, c));
    if (!own) throw new Error(`${file}: onlyAcross."${flag}" [${c.join(', ')}] is not one of its \`when\` combinations in red-flags.yaml`);
    return own;
  });
}

/** Escalation levels by how much they ask of the person. */
const RANK = { check: 0, urgent: 1, emergency: 2 } as const;

/** The screen as the understander reads it, with `askedWithout` applied to each message alone. */
export function askingHalfCombinations(screen: MessageScreen, across: AcrossTurns): MessageScreen {
  return {
    read: (text) => {
      const reading = screen.read(text);
      // Someone else's flag is told with their words read as the first person ("my father is 75 ..."):
      // the part that raises it (the age) is theirs too, and so is the whole combination in their words.
      const redFlag =
        reading.redFlag &&
        across.single(reading.redFlag, screen.toldNow(text, reading.redFlag.subject === 'other_present'), screen.toldOfPatient(text));
      return redFlag === reading.redFlag ? reading : { ...reading, redFlag };
    },
    toldNow: (text, asPatient) => screen.toldNow(text, asPatient),
    toldOfPatient: (text) => screen.toldOfPatient(text),
  };
}
