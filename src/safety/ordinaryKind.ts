/**
 * A sign told together with what makes it the ordinary kind, in the same message:
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
