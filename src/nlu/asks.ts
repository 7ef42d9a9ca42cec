import { clausesKeepingBreaks, clauseWords } from '../language/clauses';

/**
 * A message cut into its asks: people put two questions in one message ("ice or heat? also how long will this last",
 * "can I take X with my pills and is heat ok at night") and each deserves its answer. An ask is a clause (cut at
 * punctuation, joiners and turns, by the shared clause splitter) that is a question by its form: a "?" after it, or a
 * question word first once the words that only lead into it ("also", "plus", "oh and": clauses.yaml `leads`) are
 * dropped. "heat or ice?" stays one ask: "or" joins two things named side by side, not two questions.
 */
export interface Ask {
  /** The ask as typed, trimmed, without its lead words, with a "?" when one ended it. */
  text: string;
  /** Its place among the message's clauses (0 = the first clause), so asks are answered in the order asked. */
  at: number;
}

/** What the splitter needs of the reader: its words (the language layer's) and the words a question starts with. */
export interface AskReader {
  words: (text: string) => string[];
  questionWords: readonly string[];
}

/** The asks of `text`, in order; a message with one question gives one (or none, for a statement). */
export function asksIn(text: string, reader: AskReader): Ask[] {
  const leads = new Set(clauseWords().leads);
  const fillers = new Set(clauseWords().fillers);
  const questions = new Set(reader.questionWords);
  const pieces = clausesKeepingBreaks(text, { breakingWords: ['joiners', 'turns'] });
  const out: Ask[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const clause = withoutLeads(pieces[i]!.trim(), leads);
    if (!clause) continue;
    // The break after the clause: a "?" there says it asks, whatever its words.
    const marked = (pieces[i + 1] ?? '').includes('?');
    const words = reader.words(clause);
    const first = words[0];
    if (first === undefined || !(marked || questions.has(first))) continue;
    // "..., do you think?": a clause that names nothing (question words and fillers alone) asks nothing of its own.
    if (words.every((w) => questions.has(w) || fillers.has(w))) continue;
    // After a joiner ("can I take them and drive?"), a clause with no question word of its own goes on the ask before it.
    const byWord = i > 0 && /^\s*[A-Za-z]+\s*$/.test(pieces[i - 1]!);
    const before = out[out.length - 1];
    if (byWord && !questions.has(first)) {
      if (before && before.at === i / 2 - 1) out[out.length - 1] = { ...before, text: `${before.text.replace(/\?$/, '')} ${pieces[i - 1]!.trim()} ${clause}${marked ? '?' : ''}` };
      continue;
    }
    out.push({ text: marked ? `${clause}?` : clause, at: i / 2 });
  }
  return out;
}

/**
 * The message without the words that only lead into its opening question ("like what are the signs" -> "what are the
 * signs"), so the answer is matched on the ask's own words ("like" is no word of a spasm's feel); unchanged when no
 * question word follows them.
 */
export function withoutLeadIn(text: string, reader: AskReader): string {
  const rest = withoutLeads(text.trim(), new Set(clauseWords().leads));
  if (rest === text.trim()) return text;
  const first = reader.words(rest)[0];
  return first !== undefined && reader.questionWords.some((q) => reader.words(q)[0] === first) ? rest : text;
}

/** The clause without the words at its start that only lead into it ("oh and also is heat ok" -> "is heat ok"). */
function withoutLeads(clause: string, leads: ReadonlySet<string>): string {
  let rest = clause;
  for (;;) {
    // One plain word at a time, with the comma or space after it: bounded, no backtracking.
    const m = /^([A-Za-z]+)[\s,]*/.exec(rest);
    if (!m || !leads.has(m[1]!.toLowerCase()) || m[0].length === rest.length) return rest;
    rest = rest.slice(m[0].length);
  }
}
