import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { SavedCheck } from './checkOptions';

/**
 * The pain heard outside a running check, as src/bot/patientReading.ts may touch it: the details heard
 * for a check not yet run and the cause told (TriageDialog's state). One narrow door, so the reading of
 * whose message it is never reaches into the check's state by its accessors' names.
 */
export interface HeardPain {
  /** Told the pain so far was another person's: the details heard and the cause go (a paused check stays to resume). */
  setAside(context: TurnContext): Promise<void>;
}

/** The door over the TriageDialog's own accessors (src/app.ts passes the same ones to both). */
export function heardPain(saved: StatePropertyAccessor<SavedCheck | undefined>, causes: StatePropertyAccessor<string | undefined>): HeardPain {
  return {
    async setAside(context) {
      if ((await saved.get(context))?.status === 'heard') await saved.delete(context);
      await causes.delete(context);
    },
  };
}
