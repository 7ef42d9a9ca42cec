/**
 * Red-flag combinations whose parts come in different messages of one
 * conversation (knowledge/safety/across-turns.yaml): "I'm 71" early on and,
 * later, "this is the first time my back has ever done this" is a first
 * episode over 50, as it would be in one message. The screen reads each
 * message alone; this keeps, for the conversation only, the parts told of the
 * patient now, and raises a listed flag once every part of one of its
 * combinations has been told, one of them in this message.
 */
import { readYamlFile } from '../util/yamlFile';
import { isObject } from '../util/isObject';
import type { RedFlagResult } from './redFlagScreen';

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
  combinations(flag: string): string[][];
  level(flag: string): 'emergency' | 'urgent';
}

/** Parts kept between messages, at most this many (the oldest go first). */
const KEPT = 24;

export class AcrossTurns {
  private constructor(private readonly combos: ReadonlyArray<{ flag: string; level: 'emergency' | 'urgent'; parts: string[][] }>) {}

  static fromFile(file: string, screen: CombinationSource): AcrossTurns {
    const data = readYamlFile(file);
    const flags = isObject(data) ? data.flags : undefined;
    if (!Array.isArray(flags) || !flags.every((f): f is string => typeof f === 'string')) throw new Error(`${file}: "flags" must be a list of flag ids`);
    return new AcrossTurns(
      flags.map((flag) => {
        const parts = screen.combinations(flag);
        // A listed flag with no combination could never be raised here: a mistake in the file.
        if (parts.length === 0) throw new Error(`${file}: "${flag}" is not a flag with a \`when\` combination in red-flags.yaml`);
        return { flag, level: screen.level(flag), parts };
      }),
    );
  }

  /**
   * The parts to keep after this message, and the flag their combination raises now
   * (null when none, or when the message itself already raises it or rules it out).
   */
  read(kept: readonly string[], now: ToldNow): { kept: string[]; raised: RedFlagResult | null } {
    const before = kept.filter((id) => !now.denied.includes(id) && !now.present.includes(id));
    const told = new Set([...before, ...now.present]);
    const raised = this.combos.filter(
      (c) =>
        !now.present.includes(c.flag) &&
        !now.ruledOut.includes(c.flag) &&
        !now.denied.includes(c.flag) &&
        // Every part told, at least one of them now and one before: a combination
        // told in one message is the screen's own reading of it.
        c.parts.some((parts) => parts.every((id) => told.has(id)) && parts.some((id) => now.present.includes(id)) && parts.some((id) => before.includes(id))),
    );
    const emergency = raised.filter((c) => c.level === 'emergency');
    const first = emergency[0] ?? raised[0];
    return {
      kept: [...before, ...now.present].slice(-KEPT),
      raised: first ? { level: first.level, flags: [first.flag, ...raised.filter((c) => c !== first).map((c) => c.flag)] } : null,
    };
  }
}
