// The symptom check's questions as dialog tests look for them: one place, so a rewording of a
// question (knowledge/triage) changes one file of tests, not every table that walks the check.
export const WHERE = /where is the pain\?/i;
export const WHEN = /when did it start\?/i;
export const HOW_BAD = /how bad is it right now/i;
export const SET_OFF = /did anything set it off\?/i;
export const BLADDER = /new trouble peeing/i;
export const LEGS = /weakness in both legs, a leg that is getting weaker/i;

/** Walks a check from its request to the bladder and bowel question, one ordinary answer a step. */
export const CHECK_TO_BLADDER: [string, RegExp[]][] = [
  ['check my symptoms', [/where is the pain/i]],
  ['lower back', [/when did it start/i]],
  ['since yesterday', [/how bad/i]],
  ['5', [/set it off/i]],
  ['reaching into the boot of the car', [/trouble peeing/i]],
];
