/**
 * Starting the symptom check from routing: apart from mainDialog.ts because every way routing starts
 * it (a request, an offer taken up, details told, a score) does the same two things first.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { patientPronoun } from './aboutPatient';
import { patientOf } from './routeReadings';
import type { DialogServices } from './services';
import { TriageDialog, type TriageOptions } from './triageDialog';

/** Where the check reads who it is for: the words that may name the patient ("can you do the check for my dad"). */
export interface PatientIn {
  text: string;
  /** When the words name no one, the person the writer was noted writing for ("she") is the patient. */
  orNoted?: boolean;
}

/**
 * Starts the symptom check with `options`. A new check replaces a paused one, so "carry on" never brings
 * back an older check. With `patient`, the check is framed for someone else when the words name them:
 * its questions and any alarm speak of that person.
 */
export async function startCheck(step: WaterfallStepContext, services: DialogServices, options: TriageOptions, patient?: PatientIn): Promise<DialogTurnResult> {
  await services.paused.delete(step.context);
  const forOther = patient && (patientOf(services, patient.text) ?? (patient.orNoted ? await patientPronoun(step.context, services) : undefined));
  return step.beginDialog(TriageDialog.ID, { ...options, ...(forOther ? { forOther } : {}) } satisfies TriageOptions);
}
