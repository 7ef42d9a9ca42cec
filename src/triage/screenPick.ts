/**
 * Which one sign of a grouped safety question an answer points at: "yes, the
 * bowel one", "the 2nd", "the last bit". Pointer words are data
 * (knowledge/triage/screen-pointers.yaml); sign words are the items' labels.
 */
import { TextPatternCompiler } from '../language/patterns';
import { PATHS } from '../paths';
import { pickItem } from './symptomCheck';
import { holdsNegator } from './text';
import { asksSomething } from './yesNo';
import type { ScreenGroup, ScreenItem } from './vocabulary';
import { load } from './vocabularyFile';

/** `item`: one sign picked; `unclear`: a pick, but not which sign; `none`: no pick at all. */
export type ScreenPick = { kind: 'item'; item: ScreenItem } | { kind: 'unclear' } | { kind: 'none' };

interface Pointers {
  ordinals: readonly RegExp[];
  last: RegExp;
  nouns: RegExp;
}

let loaded: Pointers | undefined;

/** "only the one at the end, I think": longer, and it is a sentence about something else. */
const MAX_POINTER_WORDS = 7;

export function loadPointers(dir: string = PATHS.triage): Pointers {
  const { raw, r } = load(dir, 'screen-pointers.yaml');
  r.object(raw, '(file)', ['ordinals', 'last', 'nouns']);
  const c = new TextPatternCompiler();
  return {
    ordinals: r.strings(raw.ordinals, 'ordinals').map((p, i) => r.compile(`ordinals[${i}]`, () => c.any([p], ''))),
    last: r.compile('last', () => c.any([r.string(raw.last, 'last')], '')),
    nouns: r.compile('nouns', () => c.any([r.string(raw.nouns, 'nouns')], '')),
  };
}

function pointers(): Pointers {
  loaded ??= loadPointers();
  return loaded;
}

/**
 * The sign `text` points at. `saidYes`: the message also says yes, so naming a
 * sign is enough; without a yes only a place ("the third") or a pointing noun
 * ("the ... one") makes a pick. Two signs named is unclear, never the worse
 * one guessed: the check asks which.
 */
export function pointedSign(group: ScreenGroup, text: string, saidYes: boolean): ScreenPick {
  const t = text.trim().toLowerCase();
  const words = t.split(/\s+/).filter(Boolean);
  // Without a yes, a pick is a short pointer, never a question ("am I too old for this one?").
  // A denial among the words ("not the second one") picks nothing.
  if (words.length === 0 || holdsNegator(words) || (!saidYes && (asksSomething(text) || words.length > MAX_POINTER_WORDS))) return { kind: 'none' };
  const p = pointers();
  const place = p.ordinals.findIndex((re) => re.test(t));
  if (place >= 0 && place < group.items.length) return { kind: 'item', item: group.items[place]! };
  if (p.last.test(t)) return { kind: 'item', item: group.items[group.items.length - 1]! };
  const pointing = place >= 0 || p.nouns.test(t);
  if (!saidYes && !pointing) return { kind: 'none' };
  const named = group.items.filter((item) => pickItem({ ...group, items: [item] }, t) !== undefined);
  if (named.length === 1) return { kind: 'item', item: named[0]! };
  return pointing || named.length > 1 ? { kind: 'unclear' } : { kind: 'none' };
}
