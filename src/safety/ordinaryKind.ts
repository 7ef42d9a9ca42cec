/**
 * A sign told together with what makes it the ordinary kind, in the same message (or, for a flag the
 * notes define by "no clear cause", the cause it was told with):
 * pain worse at night that eases when the person turns over is mechanical, not the
 * night pain of the clinical notes (worse at night, or not eased by rest or a change
 * of position). The words are the symptom check's denials (knowledge/triage/denials.yaml
 * `sameMessage`), passed in by the composition root so that src/safety stays free of
 * src/triage. Never an emergency: only a same-day or asked-about reading is changed.
 */
import type { MessageScreen } from './acrossTurns';

/** The flags of `flags` the text itself makes the ordinary kind. */
export type OrdinaryKind = (text: string, flags: readonly string[]) => string[];

export function withOrdinaryKinds(screen: MessageScreen, ordinary: OrdinaryKind): MessageScreen {
  return {
    read: (text) => {
      const reading = screen.read(text);
      const flag = reading.redFlag;
      if (!flag || flag.level === 'emergency') return reading;
      const ordinaryFlags = ordinary(text, flag.flags);
      if (!ordinaryFlags.length) return reading;
      const kept = flag.flags.filter((f) => !ordinaryFlags.includes(f));
      return { ...reading, redFlag: kept.length ? { ...flag, flags: kept } : null };
    },
    toldNow: (text, asPatient) => screen.toldNow(text, asPatient),
    toldOfPatient: (text) => screen.toldOfPatient(text),
  };
}

/** The flags of `flags` that a cause the text tells rules out (check-dialogue.yaml `clearCause`). */
export type CauseRulesOut = (text: string, flags: readonly string[]) => string[];

/**
 * A flag the notes define by "no clear cause" (a first bout of back pain over about 50), told with the
 * cause that set the pain off ("I'm 62, first time ever, I was lifting a heavy box"): not that row, so not
 * raised. The reading says so (`causeCleared`) when nothing else is left raised, for the note that says
 * what would still matter (dialogs/redFlagCheck.ts). Never an emergency.
 */
export function withCausesTold(screen: MessageScreen, rulesOut: CauseRulesOut): MessageScreen {
  return {
    read: (text) => {
      const reading = screen.read(text);
      const flag = reading.redFlag;
      if (!flag || flag.level === 'emergency') return reading;
      const cleared = rulesOut(text, flag.flags);
      if (!cleared.length) return reading;
      const kept = flag.flags.filter((f) => !cleared.includes(f));
      if (kept.length) return { ...reading, redFlag: { ...flag, flags: kept } };
      // Only an alarm that would have been raised gets the note; an unsure guess ("I'm 55, lifted a case") is just set aside.
      return { ...reading, redFlag: null, ...(flag.level === 'urgent' ? { causeCleared: cleared } : {}) };
    },
    toldNow: (text, asPatient) => screen.toldNow(text, asPatient),
    toldOfPatient: (text) => screen.toldOfPatient(text),
  };
}
