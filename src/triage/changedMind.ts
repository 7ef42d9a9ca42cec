import { prepare } from './text';
import { vocabulary } from './vocabulary';

/** Fewer words after the change of mind say no plan of their own ("changed my mind, sorry"). */
const MIN_PLAN_WORDS = 3;

/**
 * "actually I changed my mind, I will skip the match and rest till Monday": the
 * change-of-mind words (check-control.yaml `changedMind`) would make the whole read
 * as a request to stop the bot, but what follows tells what the person will do
 * instead, so that is what the classifiers read. Undefined when nothing of their own
 * follows, or what follows is a stop ("changed my mind, stop this"): a cancel after all.
 * The red-flag screen still reads every word typed.
 */
export function planAfterChangeOfMind(text: string): string | undefined {
  const t = prepare(text);
  const { changedMind, stop, planJoiners } = vocabulary().control;
  const m = changedMind.exec(t);
  if (!m) return undefined;
  // The joining words and marks between the change of mind and the plan: ", so I'll ...", ": I will ...".
  const rest = t.slice(m[0].length).replace(planJoiners, '').trim();
  if (rest.split(/\s+/).length < MIN_PLAN_WORDS || stop.test(rest)) return undefined;
  return rest;
}
