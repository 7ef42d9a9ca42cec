import type { DialogInstance } from './dialogLibrary';

/**
 * A multi-turn dialog stopped by "stop" or "bye", kept in conversation state
 * so that "let's carry on" resumes it exactly where it was: its inner dialog
 * stack (the waterfall's step and values, the pending prompt) is saved as is
 * and put back by CancelAndHelpDialog when MainDialog begins it with
 * `resumeOptions(paused)`.
 */
export interface PausedDialog {
  dialogId: string;
  stack: DialogInstance[];
  at: string;
}

const RESUME = 'resumeStack';

export interface ResumeOptions {
  [RESUME]: DialogInstance[];
}

export function resumeOptions(paused: PausedDialog): ResumeOptions {
  return { [RESUME]: paused.stack };
}

/** The saved stack, when a dialog is begun to resume. */
export function savedStack(options: unknown): DialogInstance[] | undefined {
  const stack = options && typeof options === 'object' ? (options as Partial<ResumeOptions>)[RESUME] : undefined;
  return Array.isArray(stack) ? stack : undefined;
}
