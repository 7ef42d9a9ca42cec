/**
 * Plain words per red flag from knowledge/safety/flag-wording.yaml: the one
 * check question the bot asks in the `check` band, the lay sentence that says
 * why a flag matters, and the definition of flags only the learned stage
 * raises (level, description, reason). Answers that say no to a flag's question
 * in other words are denials (knowledge/triage/denials.yaml).
 */
import { readYamlFile } from '../util/yamlFile';

export interface FlagWords {
  question: string;
  /**
   * The question when one part of the flag's combination is already told ("she is 79"): only what is
   * missing is asked. Part id -> question.
   */
  known?: Readonly<Record<string, string>>;
  explain: string;
  level?: 'emergency' | 'urgent';
  description?: string;
  reason?: string;
  /**
   * A flag the clinical notes say not to alarm about ("also common with disc pain"): never asked
   * about and never escalated; this note is said instead, with or without the advice line.
   */
  calm?: CalmNote;
  /** The note that takes a same-day alarm back when an everyday cause is told after it (dialogs/alarmExplained.ts), in place of the general one. */
  explainedNote?: string;
}

/**
 * A calm note, with or without the locale's urgent-advice line; `underAlarm` is said instead while an
 * escalation of this conversation stands ({instruction}: what it told them to do), so that the note's
 * routine "see a doctor if it isn't settling" never contradicts a same-day or emergency instruction.
 */
export interface CalmNote {
  withLine: string;
  noLine: string;
  underAlarm?: string;
}

export class FlagWording {
  private constructor(private readonly flags: ReadonlyMap<string, FlagWords>) {}

  static fromFile(path: string): FlagWording {
    const data = readYamlFile(path) as { flags?: unknown } | null;
    const raw = data?.flags;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${path}: field "flags" must be a mapping of flag ids`);
    const flags = new Map<string, FlagWords>();
    for (const [id, v] of Object.entries(raw as Record<string, unknown>)) {
      const o = (v ?? {}) as Record<string, unknown>;
      if (o.answersNo !== undefined) throw new Error(`${path}: field "flags.${id}.answersNo" has moved to knowledge/triage/denials.yaml (asAnswer)`);
      const text = (field: string, optional = false): string | undefined => {
        const s = o[field];
        if (s === undefined && optional) return undefined;
        if (typeof s !== 'string' || !s.trim()) throw new Error(`${path}: field "flags.${id}.${field}" must be a non-empty string`);
        return s.trim();
      };
      const level = o.level;
      if (level !== undefined && level !== 'emergency' && level !== 'urgent') throw new Error(`${path}: field "flags.${id}.level" must be emergency or urgent`);
      const calm = o.calm as Record<string, unknown> | undefined;
      const known = o.known as Record<string, unknown> | undefined;
      if (known !== undefined && (typeof known !== 'object' || Array.isArray(known) || !Object.values(known).every((q) => typeof q === 'string' && q.trim()))) throw new Error(`${path}: field "flags.${id}.known" must map part ids to questions`);
      if (calm !== undefined && (typeof calm.withLine !== 'string' || typeof calm.noLine !== 'string')) throw new Error(`${path}: field "flags.${id}.calm" needs withLine and noLine`);
      flags.set(id, {
        question: text('question')!,
        explain: text('explain')!,
        level,
        description: text('description', true),
        reason: text('reason', true),
        ...(o.explainedNote !== undefined ? { explainedNote: text('explainedNote')! } : {}),
        ...(known ? { known: Object.fromEntries(Object.entries(known).map(([part, q]) => [part, String(q).trim()])) } : {}),
        ...(calm ? { calm: { withLine: String(calm.withLine).trim(), noLine: String(calm.noLine).trim(), ...(typeof calm.underAlarm === 'string' && calm.underAlarm.trim() ? { underAlarm: calm.underAlarm.trim() } : {}) } } : {}),
      });
    }
    return new FlagWording(flags);
  }

  has(flag: string): boolean {
    return this.flags.has(flag);
  }

  ids(): string[] {
    return [...this.flags.keys()];
  }

  get(flag: string): FlagWords {
    const w = this.flags.get(flag);
    if (!w) throw new Error(`flag-wording.yaml: no wording for red flag "${flag}"`);
    return w;
  }
}
