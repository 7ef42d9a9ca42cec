/**
 * A short yes that points back at a sign of the safety line the previous reply
 * gave ("yes, the bladder one" under "if you get ... bladder or bowel trouble
 * ... call 999 now"): that line asked, in effect, "do you have any of these?",
 * so the yes is that sign told, and its emergency. Words are data
 * (knowledge/triage/safety-line-picks.yaml).
 */
import { foldCharacters } from '../language';
import { TextPatternCompiler } from '../language/patterns';
import { PATHS } from '../paths';
import { holdsNegator, prepare } from './text';
import { asksSomething, parseYesNo } from './yesNo';
import { load } from './vocabularyFile';

interface Picks {
  signs: ReadonlyArray<{ flag: string; re: RegExp }>;
  maxWords: number;
  shownWith: number;
}

let loaded: Picks | undefined;

export function loadSafetyLinePicks(dir: string = PATHS.triage): Picks {
  const { raw, r } = load(dir, 'safety-line-picks.yaml');
  r.object(raw, '(file)', ['signs', 'maxWords', 'shownWith']);
  const c = new TextPatternCompiler();
  const signs = raw.signs;
  if (typeof signs !== 'object' || signs === null || Array.isArray(signs)) return r.fail('signs', 'must map flag ids to patterns');
  const whole = (field: string): number => {
    const v = raw[field];
    return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : r.fail(field, 'must be a positive whole number');
  };
  return {
    signs: Object.entries(signs as Record<string, unknown>).map(([flag, p]) => ({ flag, re: r.compile(`signs.${flag}`, () => c.any([r.string(p, `signs.${flag}`)], '')) })),
    maxWords: whole('maxWords'),
    shownWith: whole('shownWith'),
  };
}

function picks(): Picks {
  loaded ??= loadSafetyLinePicks();
  return loaded;
}

/** The reply gave the safety line: the emergency number with words of several of its signs. */
export function givesSafetyLine(reply: string, emergency: string): boolean {
  if (!emergency || !reply.includes(emergency)) return false;
  const t = foldCharacters(reply).toLowerCase();
  return picks().signs.filter((s) => s.re.test(t)).length >= picks().shownWith;
}

/**
 * The safety-line sign a yes points at, if the message is one: a yes, short,
 * no question, no denial ("yes, but not the bladder one"), and a sign's words.
 */
export function pointedSafetySign(text: string, locale?: string): string | undefined {
  const t = prepare(text).toLowerCase();
  const words = t.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > picks().maxWords || holdsNegator(words) || asksSomething(text)) return undefined;
  if (parseYesNo(text, locale) !== true) return undefined;
  return picks().signs.find((s) => s.re.test(t))?.flag;
}
