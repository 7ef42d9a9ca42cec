/**
 * Onset words the date recognizer leaves unplaced (knowledge/triage/onset-times.yaml):
 * meals as times of day and the event leads read back as "around". Read and
 * checked once, on first use; a malformed file stops start-up naming the field.
 */
import { PATHS } from '../paths';
import { TextPatternCompiler } from '../language/patterns';
import { load } from './vocabularyFile';

export interface OnsetTimes {
  /** A meal as a whole word ("since lunch"); the match is a key of `mealHours`. */
  meals: RegExp;
  /** The local hour of each meal (12.5: half past twelve). */
  mealHours: ReadonlyMap<string, number>;
  /** An event's lead word at the start of its words, read back as "around". */
  aroundLead: RegExp;
}

const ONE_WORD = /^[a-z]+$/;
const HOURS_IN_DAY = 24;

export function loadOnsetTimes(dir: string = PATHS.triage): OnsetTimes {
  const { raw, r } = load(dir, 'onset-times.yaml');
  r.object(raw, '(file)', ['meals', 'aroundLeads']);
  const mealsRaw = r.object(raw.meals, 'meals', Object.keys((raw.meals ?? {}) as object));
  const mealHours = new Map<string, number>();
  for (const [meal, hour] of Object.entries(mealsRaw)) {
    if (!ONE_WORD.test(meal)) r.fail(`meals.${meal}`, 'must be one lower-case word');
    const valid = typeof hour === 'number' && hour >= 0 && hour < HOURS_IN_DAY;
    mealHours.set(meal, valid ? hour : r.fail(`meals.${meal}`, 'must be an hour from 0 to under 24'));
  }
  if (mealHours.size === 0) r.fail('meals', 'must name at least one meal');
  const leads = r.strings(raw.aroundLeads, 'aroundLeads');
  const c = new TextPatternCompiler();
  return {
    meals: r.compile('meals', () => c.any([...mealHours.keys()], '')),
    mealHours,
    aroundLead: r.compile('aroundLeads', () => c.atStart(leads)),
  };
}

let loaded: OnsetTimes | undefined;

/** The onset times from knowledge/triage, loaded on first use. */
export function onsetTimes(): OnsetTimes {
  loaded ??= loadOnsetTimes();
  return loaded;
}
