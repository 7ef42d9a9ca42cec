// Two questions routing answers by their words, with no model reading needed: "is that bad?" asked on its
// own, and "will I be right for ... on Friday?" (acts.yaml seriousAsked, readyAsked).
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { fill } from '../src/content/responses';
import { sentences } from '../src/language/clauses';
import { findPhrase, phraseAt } from '../src/language/phrases';
import { asksSomething } from '../src/triage/yesNo';
import { Language, foldCharacters } from '../src/language';
import { reassurance } from './deniedRecord';
import { PASSAGE_FIT } from './actAnswers';
import type { EscalationRecord } from './escalationDialog';
import { labelsFor, withSuggestions } from './replies';
import type { DialogServices } from './services';

/** Whether `words` end with `phrase`. */
function endsWith(words: readonly string[], phrase: readonly string[]): boolean {
  return phrase.length > 0 && phrase.length <= words.length && phraseAt(words, phrase, words.length - phrase.length);
}

/**
 * "is that bad?", "Goodness, should I be alarmed?": a message that ends asking whether what was told is serious
 * (acts.yaml seriousAsked), with at most fillers after it ("is it serious though?"). Read at the end only:
 * "is it bad to use heat?" asks about heat.
 */
export function asksIfSerious(services: DialogServices, text: string): boolean {
  const { phraseWords, fillerWords } = services.acts.seriousAsked;
  const language = Language.fromDirectory();
  // The message's last sentence: asked after what it refers to. "should I be worried? it goes into my thigh" asks
  // about what follows, which the answers read.
  let words = language.words(foldCharacters(sentences(text).at(-1) ?? ''));
  // Trailing fillers come off one at a time; each takes at least one word, so this ends.
  for (let filler = fillerWords.find((f) => endsWith(words, f)); filler; filler = fillerWords.find((f) => endsWith(words, f))) {
    words = words.slice(0, words.length - filler.length);
  }
  const asked = phraseWords.find((p) => endsWith(words, p));
  if (!asked) return false;
  // "when do I need to worry?": asks when, which the worry answer takes.
  const before = words.slice(0, words.length - asked.length);
  // "what position should I lie in while my back is this bad?": the sentence asks its own question.
  const { askWhenWords } = services.acts.seriousAsked;
  return !askWhenWords.some((w) => endsWith(before, w) || (w.length <= before.length && phraseAt(before, w, 0)));
}

/**
 * "will I be right for a school tour on Friday?": a question whether they will be ready for something ahead
 * (acts.yaml readyAsked.frames), whatever it is: the question of the passage for an event ahead, to be answered
 * as that; undefined when the message asks no such thing.
 */
export function readyQuestion(services: DialogServices, text: string): string | undefined {
  const { frameWords, passage } = services.acts.readyAsked;
  if (!asksSomething(text)) return undefined;
  const said = Language.fromDirectory().words(foldCharacters(text));
  if (!frameWords.some((f) => findPhrase(said, f).length > 0)) return undefined;
  return services.answers.library.get(passage)?.question;
}

/**
 * Answers "is that bad?" asked with no sign raised (the caller's test) and no escalation on record: the signs
 * ruled out, when some were, or what an ordinary spasm feels like and the signs that would change that.
 * False, saying nothing, when the message does not ask it, after an escalation (its own replies keep the
 * instruction), or after a medicine answer, where it asks about what was taken: the answers' to read.
 */
export async function answerSeriousAsked(
  context: TurnContext,
  services: DialogServices,
  escalation: StatePropertyAccessor<EscalationRecord | undefined>,
  text: string,
): Promise<boolean> {
  if (!asksIfSerious(services, text) || (await escalation.get(context))) return false;
  // "my brother had cauda equina, should I be worried?": what was told is an answer's to place (a relative's history).
  if (services.answers.planner.bestFit(text) >= PASSAGE_FIT) return false;
  if ((await services.answerState.get(context))?.topic === 'medication') return false;
  const { emergency } = services.numbers.forLocale(context.activity.locale);
  const reply = (await reassurance(context, services, emergency)) ?? fill(services.acts.seriousAsked.text, { emergency });
  await context.sendActivity(withSuggestions(reply, labelsFor(services.responses, ['report_symptoms']), context.activity.channelId));
  return true;
}
