/**
 * The lexicon's findings made into a result: its `when` combinations folded in ("fever" + "very unwell" ->
 * fever_unwell) and the flags ranked by level. Apart from redFlagDetector.ts because it is one job of its own
 * that needs no message, only the flags found.
 */
import type { RedFlagResult } from './lexiconReading';
import type { EntryDef } from './redFlagData';

/** The result of the entries found (`present` gains the flags the combinations make), or null when no flag is. */
export function combinedResult(entries: readonly EntryDef[], flagsById: ReadonlyMap<string, EntryDef>, present: Set<string>): RedFlagResult | null {
  // Combinations ("fever" + "very unwell" -> fever_unwell); repeat so that a flag
  // made by one combination can feed another.
  const consumed = new Set<string>();
  for (let changed = true, pass = 0; changed && pass < 5; pass++) {
    changed = false;
    for (const def of entries) {
      // A sign that says the combination means less (a slip on the level for a fall at 70) keeps it from raising the flag.
      if (def.whenNot.some((id) => present.has(id))) continue;
      for (const combo of def.when) {
        if (!combo.every((id) => (isAbsentPart(id) ? !present.has(id.slice(1)) : present.has(id)))) continue;
        if (!present.has(def.id)) {
          present.add(def.id);
          changed = true;
        }
        // "fever" inside "fever with confusion" is said better by the combined flag.
        for (const id of combo) if (id !== def.id && flagsById.has(id) && def.level === 'emergency') consumed.add(id);
      }
    }
  }
  const flags = [...flagsById.values()].filter((f) => present.has(f.id) && !consumed.has(f.id));
  if (flags.length === 0) return null;
  const emergency = flags.filter((f) => f.level === 'emergency').map((f) => f.id);
  const urgent = flags.filter((f) => f.level === 'urgent').map((f) => f.id);
  return { level: emergency.length > 0 ? 'emergency' : 'urgent', flags: [...emergency, ...urgent] };
}

/**
 * A combination's part written "!id" holds when that sign is NOT found: "little passed, belly
 * pressed" is the bladder's only when no stool or constipation is told beside it.
 */
export function isAbsentPart(id: string): boolean {
  return id.startsWith('!');
}
