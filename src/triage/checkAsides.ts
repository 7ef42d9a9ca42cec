/**
 * What people say in the middle of the symptom check besides an answer: a
 * sign-off, "what does that mean?", a question about the 0-10 scale, a wish
 * for the verdict, and "worse when I stand" (what moves the pain, not a
 * change). Words are data: knowledge/triage/check-asides.yaml.
 */
import { PATHS } from '../paths';
import { TextPatternCompiler } from '../language/patterns';
import { load } from './vocabulary';
import { prepare } from './text';
import type { ActResult } from '../nlu/acts';
import type { ActCheck } from '../nlu/messageUnderstander';

export type ClosingKind = 'thanks' | 'goodbye' | 'apology';
const CLOSING_KINDS: readonly ClosingKind[] = ['thanks', 'goodbye', 'apology'];

export interface CheckAsideWords {
  closing: ReadonlyMap<ClosingKind, RegExp>;
  meaning: RegExp;
  scaleQuestion: RegExp;
  verdict: RegExp;
  conditionalChange: RegExp;
  realChange: RegExp;
}

export function loadCheckAsides(dir: string = PATHS.triage): CheckAsideWords {
  const { raw, r } = load(dir, 'check-asides.yaml');
  r.object(raw, '(file)', ['closing', 'meaning', 'scaleQuestion', 'verdict', 'conditionalChange', 'realChange']);
  const c = new TextPatternCompiler();
  const any = (key: string, v: unknown) => r.compile(key, () => c.any(r.strings(v, key), ''));
  const closing = r.object(raw.closing, 'closing', CLOSING_KINDS);
  return {
    closing: new Map(CLOSING_KINDS.map((k) => [k, any(`closing.${k}`, closing[k])])),
    meaning: any('meaning', raw.meaning),
    scaleQuestion: any('scaleQuestion', raw.scaleQuestion),
    verdict: r.compile('verdict', () => c.whole(r.strings(raw.verdict, 'verdict'))),
    conditionalChange: any('conditionalChange', raw.conditionalChange),
    realChange: any('realChange', raw.realChange),
  };
}

let loaded: CheckAsideWords | undefined;
function words(): CheckAsideWords {
  loaded ??= loadCheckAsides();
  return loaded;
}

/** The kind of sign-off the message makes (the first that matches: an apology opens the close), if any. */
export function closingKind(text: string): ClosingKind | undefined {
  const t = prepare(text);
  const order: ClosingKind[] = ['apology', 'goodbye', 'thanks'];
  return order.find((k) => words().closing.get(k)!.test(t));
}

/** "what does that mean?", "what counts as weakness?". */
export function asksMeaning(text: string): boolean {
  return words().meaning.test(prepare(text));
}

/** "what even is a 7?", "how do I rate it?". */
export function asksAboutScale(text: string): boolean {
  return words().scaleQuestion.test(prepare(text));
}

/** "what's the verdict?", "so what do I do?" as the whole message. */
export function asksVerdict(text: string): boolean {
  return words().verdict.test(prepare(text).replace(/[.!?]+$/, '').trim());
}

/** "worse when I stand up": what moves the pain, not a change since before ("getting worse when I walk" is one). */
export function conditionalChange(text: string): boolean {
  const t = prepare(text);
  return words().conditionalChange.test(t) && !words().realChange.test(t);
}

/**
 * The act classifier, with "worse when I stand up" and "better if I lie
 * down" read as no act: they say what moves the pain, not that it is
 * getting worse or better.
 */
export function withoutConditionalChange(acts: ActCheck): ActCheck {
  return {
    classify(text: string): ActResult {
      const r = acts.classify(text);
      return (r.act === 'better' || r.act === 'worse') && conditionalChange(text) ? { act: 'none', score: r.score } : r;
    },
  };
}
