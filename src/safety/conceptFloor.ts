/**
 * A safety floor under the red-flag screen (knowledge/safety/concept-floors.yaml):
 * an emergency flag told as a composition of lay concepts ("[bladder] + [let go]",
 * "[erections] + [gone]", "[stabbing] + [through to the chest]") in a piece of the
 * message that nothing sets aside (no negation, "if", other person, past time,
 * worry or general question) is at least asked about, even when neither the
 * lexicon nor the learned stage knows the wording. The model's own unsure guess
 * of the same flag, with its composition told, is raised to the flag's level.
 *
 * The concepts are model-cues.yaml's (the learned stage's) plus the file's own,
 * read by the same featurizer, so a concept phrase holding a negation word
 * ("can not") is a finding and opens no scope; the floor's own concepts are not
 * features of the model (adding one would need a retrained model).
 */
import type { TextNormalizer } from '../nlu/textNormalizer';
import { readYamlFile } from '../util/yamlFile';
import { findPhrase } from '../language';
import { Cues, RedFlagFeaturizer, segments } from './redFlagFeatures';

/** Cues whose presence anywhere in a sentence sets the whole sentence aside ("years ago, ..."). */
const SENTENCE_BLOCKERS = ['<cue:negation>', '<cue:hypothetical>', '<cue:past>', '<cue:worry>'];
/**
 * Cues that set aside only the piece (between commas) they are in: "..., what's going on?"
 * still tells the sign, and a friend named early in a long story ("at my mate's stag do, ...,
 * I came off the top of the wall") does not make the writer's own fall theirs.
 */
const PIECE_BLOCKERS = ['<cue:question>', '<cue:other>'];

export interface FloorFile {
  concepts: Record<string, string[]>;
  floors: Record<string, string[][]>;
  /** Compositions that are the clinical notes' own definition of the flag: escalated at its level, not only asked about. */
  raise: Record<string, string[][]>;
  /**
   * Raises whose concepts may be told in different pieces of a sentence and the one before ("the
   * leg is getting worse, ..., now I can hardly lift it"): three concepts or more, so the two are
   * one story; "a+b" is two concepts told in one piece.
   */
  raiseAcross: Record<string, string[][]>;
  /** Likenesses that name a person but tell of the writer ("like someone stabbed me"): read without them. */
  likenesses: string[];
  /** Words that call something fine ("works fine"): a piece with one is not read together with its neighbour. */
  settled: string[];
  /** Flags whose composition makes the learned stage's unsure guess of the same flag sure. */
  confirms: string[];
}

/** Reads the floor file; every concept a floor names must be the file's or model-cues.yaml's. */
export function readFloors(path: string, cues: Cues): FloorFile {
  const data = readYamlFile(path) as Record<string, unknown> | null;
  const concepts = (data?.concepts ?? {}) as Record<string, unknown>;
  for (const [name, list] of Object.entries(concepts)) {
    if (!/^[a-z][a-z_]*$/.test(name) || name in cues.concepts || !Array.isArray(list) || list.some((p) => typeof p !== 'string' || !p.trim())) {
      throw new Error(`${path}: concept "${name}" must be a new snake_case name with a list of words or phrases`);
    }
  }
  const groupsOf = (field: 'floors' | 'raise' | 'raiseAcross'): Record<string, string[][]> => {
    const map = data?.[field] ?? (field === 'floors' ? undefined : {});
    if (!map || typeof map !== 'object' || Array.isArray(map)) throw new Error(`${path}: field "${field}" must map flags to lists of concept groups`);
    for (const [flag, groups] of Object.entries(map)) {
      // In `raiseAcross`, "leg+worsening" is two concepts told in one piece.
      const known = (c: unknown) => typeof c === 'string' && c.split('+').every((k) => k in concepts || k in cues.concepts);
      const ok = Array.isArray(groups) && groups.length > 0 && groups.every((g) => Array.isArray(g) && g.length >= 2 && g.every(known));
      if (!ok) throw new Error(`${path}: ${field}.${flag} must be a list of groups of two or more known concepts`);
    }
    return map as Record<string, string[][]>;
  };
  const floors = groupsOf('floors');
  const raise = groupsOf('raise');
  const raiseAcross = groupsOf('raiseAcross');
  for (const [flag, groups] of Object.entries(raiseAcross)) {
    if (groups.some((g) => g.join('+').split('+').length < 3)) throw new Error(`${path}: raiseAcross.${flag} groups must hold three or more concepts`);
  }
  const phrases = (field: 'likenesses' | 'settled' | 'confirms'): string[] => {
    const list = data?.[field] ?? [];
    if (!Array.isArray(list) || list.some((p) => typeof p !== 'string' || !p.trim())) throw new Error(`${path}: field "${field}" must be a list of phrases`);
    return list as string[];
  };
  return { concepts: concepts as Record<string, string[]>, floors, raise, raiseAcross, likenesses: phrases('likenesses'), settled: phrases('settled'), confirms: phrases('confirms') };
}

/** What one read of a message finds: the flags asked about (`floors`) and those raised (`raised`). */
export interface FloorReading {
  floors: string[];
  raised: string[];
}

export class ConceptFloor {
  private readonly featurizer: RedFlagFeaturizer;
  private readonly likenesses: string[][];
  private readonly settled: string[][];

  constructor(
    normalizer: TextNormalizer,
    cues: Cues,
    private readonly file: FloorFile,
  ) {
    this.featurizer = new RedFlagFeaturizer(normalizer, { ...cues, concepts: { ...cues.concepts, ...file.concepts } });
    this.likenesses = file.likenesses.map((p) => normalizer.words(p)).filter((w) => w.length > 0);
    this.settled = file.settled.map((p) => normalizer.words(p)).filter((w) => w.length > 0);
  }

  /** The sentence's words without its likenesses. */
  private plain(sentence: string): string {
    const words = sentence.split(' ');
    for (const phrase of this.likenesses) {
      for (let at = findPhrase(words, phrase)[0]; at !== undefined; at = findPhrase(words, phrase)[0]) words.splice(at, phrase.length);
    }
    return words.join(' ');
  }

  /** The flags with a floor. */
  listed(): string[] {
    return [...new Set([...Object.keys(this.file.floors), ...Object.keys(this.file.raise), ...Object.keys(this.file.raiseAcross)])];
  }

  /**
   * One read of the text for both lists: `floors`, the flags whose composition some sentence
   * tells outside any scope, and `raised`, those told by a composition that is the flag's own
   * definition (`raise`); each in the file's order. The screen needs both, so the sentences
   * are split and featurized once.
   */
  read(text: string): FloorReading {
    const found = { floors: new Set<string>(), raised: new Set<string>() };
    const parts = segments(this.featurizer.language, text);
    // The whole message comes first; with more than one clause, each clause is a sentence of its own.
    let before: Set<string>[] = [];
    for (const told of parts.length > 1 ? parts.slice(1) : parts) {
      const sentence = this.plain(told);
      const whole = this.featurizer.features(sentence);
      // Across a sentence and the one before, only the pieces free of every scope are told
      // together: "earlier I could walk fine" is the state before, not a past that sets aside the rest.
      const free = sentence.split(/\s*,\s*/).map((p) => new Set(this.featurizer.features(p))).filter((f) => ![...SENTENCE_BLOCKERS, ...PIECE_BLOCKERS].some((b) => f.has(b)));
      const across = [...before, ...free];
      const holds = (c: string) => across.some((f) => c.split('+').every((k) => f.has(`%${k}`)));
      for (const [flag, groups] of Object.entries(this.file.raiseAcross)) if (groups.some((g) => g.every(holds))) found.raised.add(flag);
      before = free;
      if (SENTENCE_BLOCKERS.some((b) => whole.includes(b))) continue;
      for (const piece of this.pieces(sentence)) {
        const features = new Set(this.featurizer.features(piece));
        if (PIECE_BLOCKERS.some((b) => features.has(b))) continue;
        const tells = (groups: string[][]) => groups.some((g) => g.every((c) => features.has(`%${c}`)));
        for (const [flag, groups] of Object.entries(this.file.floors)) if (tells(groups)) found.floors.add(flag);
        for (const [flag, groups] of Object.entries(this.file.raise)) if (tells(groups)) found.raised.add(flag);
      }
    }
    return {
      floors: Object.keys(this.file.floors).filter((f) => found.floors.has(f)),
      raised: [...new Set([...Object.keys(this.file.raise), ...Object.keys(this.file.raiseAcross)])].filter((f) => found.raised.has(f)),
    };
  }

  /** The flags whose composition some sentence of the text tells, outside any scope; in the file's order. */
  flags(text: string): string[] {
    return this.read(text).floors;
  }

  /** Does the flag's composition make the learned stage's unsure guess of it sure? */
  confirms(flag: string): boolean {
    return this.file.confirms.includes(flag);
  }

  /** Of those, the flags told by a composition that is the flag's own definition (`raise`). */
  raised(text: string): string[] {
    return this.read(text).raised;
  }

  /**
   * A sentence's pieces between commas, and each two neighbours read together ("like a dagger
   * between my shoulders, right through to the chest"); a pair with a piece that calls
   * something fine ("everything works fine in the bedroom, I just can't bend") is not joined.
   */
  private pieces(sentence: string): string[] {
    const pieces = sentence.split(/\s*,\s*/).filter((p) => p.trim());
    const pairs = pieces.slice(1).map((p, i) => [pieces[i]!, p]).filter((pair) => !pair.some((p) => this.settles(p)));
    return [...pieces, ...pairs.map((pair) => pair.join(' , '))];
  }

  /** Does the piece call something fine ("works fine", "all normal")? */
  private settles(piece: string): boolean {
    const words = piece.split(' ');
    return this.settled.some((phrase) => findPhrase(words, phrase).length > 0);
  }
}
