/**
 * An answer to the check's yes/no question said in one sentence of a longer
 * message: after an acknowledgement ("ah, I see. no, all normal"), or beside a
 * question ("no to all of those. what should I do tonight?"). The sentence
 * that answers is found here; what the answer means stays the check's
 * (checkScreenAnswers.ts, symptomCheckTurns.ts).
 */
import { asksSomething, opensWithPlainNo, withoutAcknowledgements } from '../src/triage/yesNo';
import { parseYesNo } from '../src/triage/symptomParser';
import { prepare } from '../src/triage/text';
import { vocabulary } from '../src/triage/vocabulary';
import { Language, firstClause, sentences } from '../src/language';
import { clauseWords } from '../src/language/clauses';
import { saysNoToEveryOne } from './checkMessages';

/** A sentence as said after its acknowledgements ("oh right", "ah ok"), prepared. */
function spoken(sentence: string): string {
  return withoutAcknowledgements(prepare(sentence));
}

/**
 * Whether some sentence of the message opens with a plain no ("no", "nope", with no sign named
 * in that clause) or a clause saying none of it applies ("that's all normal"): a no to the
 * question asked, whatever the message's other sentences deny of later questions.
 */
export function saysPlainNoInASentence(text: string, deniedIn: (part: string) => ReadonlySet<string>, locale?: string): boolean {
  return sentences(text).some((s) => {
    const said = spoken(s);
    if (said === '') return false;
    return opensWithPlainNo(said, deniedIn, locale) || vocabulary().control.deniesSign.test(prepare(firstClause(said)));
  });
}

/** Whether any word of the text turns against what went before ("but", "though"): then a blanket no may have exceptions. */
function turnsAgainst(text: string): boolean {
  const { turns, contrasts } = clauseWords();
  const words = new Set(Language.fromDirectory().words(prepare(text)));
  return [...turns, ...contrasts].some((w) => words.has(w));
}

/**
 * "no to all of them" said as the whole message, or as one sentence of it beside others that
 * neither say yes nor turn against it ("no to all of those. how long will it last?"): a no to
 * every safety question left. "none of them. but my foot's been tingly" is not one.
 */
export function noToEveryOneIn(text: string, locale?: string): boolean {
  if (saysNoToEveryOne(text)) return true;
  const parts = sentences(text);
  const blanket = parts.filter((s) => saysNoToEveryOne(spoken(s)));
  if (parts.length < 2 || blanket.length === 0) return false;
  const rest = parts.filter((s) => !blanket.includes(s));
  // "did I hit yes on the first one?" beside it asks about their own answer: no yes to any question.
  const ownAnswerAsked = (s: string) => vocabulary().control.ownAnswerAsked.test(prepare(s));
  return rest.every((s) => ownAnswerAsked(s) || (!turnsAgainst(s) && (asksSomething(s) || parseYesNo(s, locale) !== true)));
}

/** The sentences of a message that ask nothing ("none of those" of "none of those. what now?"), joined; '' when none. */
export function sentencesNotAsking(text: string): string {
  const parts = sentences(text);
  if (parts.length < 2) return '';
  return parts.filter((s) => !asksSomething(s)).join(' ').trim();
}
