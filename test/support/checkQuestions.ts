// The symptom check's questions as dialog tests look for them: one place, so a rewording of a
// question (knowledge/triage) changes one file of tests, not every table that walks the check.
export const WHERE = /where is the pain\?/i;
export const WHEN = /when did it start\?/i;
export const HOW_BAD = /how bad is it right now/i;
export const SET_OFF = /did anything set it off\?/i;
export const BLADDER = /new trouble peeing/i;
export const LEGS = /weakness in both legs, a leg that is getting weaker/i;
