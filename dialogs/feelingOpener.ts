/**
 * "I'm terrified", "third time this year", "writing for my son, he's in tears": what the person
 * feels or the situation they are in is read once a turn (knowledge/feelings.yaml), and the turn's
 * first reply opens with one short sentence that shows it was heard (and, for a fear of something
 * serious, that serious causes are rare and which signs would change that). Never before a safety
 * instruction: a turn that raises a sign, answers a worry, or comes after an escalation gets none,
 * and a reply that is an escalation or opens with the emergency number ends the turn's chance.
 * An answer from a passage takes the opener inside its own word limit (takeOpener, AnswerComposer);
 * any other reply gets it when it still fits the limit.
 */
import type { Activity, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { FeelingOpener, Feelings, OpenedReply } from '../src/knowledge/feelings';
import type { DialogServices } from './services';
import { getUnderstanding } from './turnUnderstanding';
import { patientOf } from './routeReadings';
import { sentencesAsTyped } from '../src/language/sentences';

/** What the dialogs need to open a reply with a feeling heard: the reader and the openers said so far. */
export interface FeelingServices {
  reader: Feelings;
  /** Conversation state: keys of the openers said, so that none is said twice. */
  said: StatePropertyAccessor<string[] | undefined>;
}

interface Pending {
  opener: FeelingOpener;
  /** Taken by a reply (or given up on): no later message of the turn gets it. */
  done: boolean;
}

const KEY = Symbol('feelingOpener');

/**
 * Reads this turn's message and, when it tells a feeling or situation, opens the turn's first
 * text reply with it. Call once a turn, after the message is understood and before any reply.
 */
export async function openWithFeeling(context: TurnContext, services: DialogServices, escalation: StatePropertyAccessor<unknown>): Promise<void> {
  const feelings = services.feelings;
  const understanding = getUnderstanding(context);
  if (!feelings || !understanding || understanding.redFlag || understanding.flagRaised || understanding.worry) return;
  if (await escalation.get(context)) return;
  // Only a person named (her, him), and not beside the writer's own pain ("my dad had cancer and now my back..."):
  // "for me pal" or an unnamed someone is no one else to speak of.
  const helper = patientOf(services, understanding.text);
  const forOther = helper === 'her' || helper === 'him' ? helper : undefined;
  const reading = feelings.reader.read(understanding.text);
  if (!reading) return;
  const said = (await feelings.said.get(context)) ?? [];
  const { emergency } = services.numbers.forLocale(context.activity.locale);
  const opener = feelings.reader.opener(reading, forOther, said, emergency);
  if (!opener) return;
  const pending: Pending = { opener, done: false };
  context.turnState.set(KEY, pending);
  context.onSendActivities(async (ctx, activities, next) => {
    if (!pending.done) {
      const at = activities.findIndex((a) => a.type === 'message' && (Boolean(a.text) || Boolean(a.speak)));
      if (at >= 0) {
        pending.done = true;
        const opened = openActivity(feelings.reader, activities[at]!, opener, emergency);
        if (opened) {
          activities[at] = { ...activities[at]!, text: opened.text };
          if (opened.before) activities.splice(at, 0, { type: 'message', text: opened.before });
          await remember(ctx, feelings, opened.said);
        }
      }
    }
    return next();
  });
}

/**
 * The opener for a passage answer: a short one goes inside the answer's word limit (AnswerComposer);
 * one with the serious-causes sentence is `alone`, a message of its own before the answer. That
 * sentence is left out when the passage says so already. `openerTaken` once the answer is composed.
 */
export function pendingOpener(context: TurnContext, services: DialogServices, passageText: string): FeelingOpener | undefined {
  const pending = context.turnState.get(KEY) as Pending | undefined;
  if (!pending || pending.done || !services.feelings) return undefined;
  return services.feelings.reader.fitted(passageText, pending.opener);
}

/** The answer carries the opener: no other message of the turn gets it. */
export function openerTaken(context: TurnContext): void {
  const pending = context.turnState.get(KEY) as Pending | undefined;
  if (pending) pending.done = true;
}

/** Keeps the keys of the opener sentences a reply said. */
export async function openerSaid(context: TurnContext, services: DialogServices, keys: readonly string[]): Promise<void> {
  if (services.feelings && keys.length) await remember(context, services.feelings, keys);
}

async function remember(context: TurnContext, feelings: FeelingServices, keys: readonly string[]): Promise<void> {
  const said = (await feelings.said.get(context)) ?? [];
  await feelings.said.set(context, [...said, ...keys]);
}

function openActivity(reader: Feelings, activity: Partial<Activity>, opener: FeelingOpener, emergency: string): OpenedReply | undefined {
  // An escalation (the only reply with speech) or a reply that opens with the emergency number keeps its first line.
  if (activity.speak || !activity.text) return undefined;
  const firstSentence = sentencesAsTyped(activity.text)[0] ?? '';
  if (firstSentence.includes(emergency)) return undefined;
  return reader.openReply(activity.text, opener);
}
