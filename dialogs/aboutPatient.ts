/**
 * Someone writing for the person in pain ("asking for my mum", "my husband's back has gone"): the
 * replies that speak of the patient say her, him or them, never "you" (knowledge/language/
 * person-words.yaml through src/content/personWording.ts). The person is the one the reply's own
 * dialog knows (a check's pronoun), else the person BackReliefBot noted the writer writes for.
 */
import type { TurnContext } from 'botbuilder';
import type { Pronoun } from '../src/safety/helperSubject';
import type { DialogServices } from './services';

/** Who the conversation is about when a helper writes for them; undefined for the writer's own back. */
export async function patientPronoun(context: TurnContext, services: DialogServices, known?: Pronoun): Promise<Pronoun | undefined> {
  const pronoun = known ?? (await services.person?.writingFor.get(context))?.pronoun;
  // Only a person named (her, him), as for the feeling openers: "my mate says ice first" also reads as
  // someone else ("them") while the back is the writer's own.
  return pronoun === 'her' || pronoun === 'him' ? pronoun : undefined;
}

/**
 * `text` said of the patient when the conversation is about someone else; as it is otherwise. `said`: parts
 * of it already written to the one helping (a carer's view, "Don't lift them"), left as they are.
 */
export async function aboutPatient(context: TurnContext, services: DialogServices, text: string, known?: Pronoun, said: readonly string[] = []): Promise<string> {
  const pronoun = await patientPronoun(context, services, known);
  if (!pronoun || !services.person) return text;
  const kept = said.filter((part) => part && text.includes(part));
  // Each kept part stands aside as a mark no wording reads, and comes back after.
  let marked = text;
  kept.forEach((part, i) => {
    marked = marked.split(part).join(`\u0000${i}\u0000`);
  });
  const worded = services.person.wording.aboutThem(marked, pronoun);
  return worded.replace(/\u0000(\d+)\u0000/g, (_, i: string) => kept[Number(i)]!);
}
