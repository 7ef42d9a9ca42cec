import { TurnContext } from 'botbuilder';
import type { Understanding } from '../src/nlu/messageUnderstander';

// The message is understood once per turn (by MainDialog.run) and read by
// every dialog from turn state, so the classifier never runs twice.
const KEY = Symbol('understanding');

export function setUnderstanding(context: TurnContext, understanding: Understanding): void {
  context.turnState.set(KEY, understanding);
}

export function getUnderstanding(context: TurnContext): Understanding | undefined {
  return context.turnState.get(KEY) as Understanding | undefined;
}
