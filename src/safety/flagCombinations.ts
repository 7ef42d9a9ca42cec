/**
 * The lexicon's findings made into a result: its `when` combinations folded in ("fever" + "very unwell" ->
 * fever_unwell) and the flags ranked by level. Apart from redFlagDetector.ts because it is one job of its own
 * that needs no message, only the flags found. `holds` is how every reader of a combination tells whether it
 * is made (here, across turns, a supposed sign beside a standing alarm).
 */
import type { RedFlagResult } from './lexiconReading';
import type { Combination, EntryDef } from './redFlagData';

/** The combination is made by what `has` finds: every `all` part found and none of its `none` parts. */
export function holds(combo: Combination, has: (id: string) => boolean): boolean {
  return combo.all.every(has) && !combo.none.some(has);
}

/**
 * Every way of making a flag is closed: each has a part it needs denied, or a part it must go
 * without told. A part that must be absent and is denied closes nothing ("not constipated"
 * leaves the bladder's little-passed way open). No ways at all close nothing.
 */
export function everyWayClosed(ways: readonly Combination[], denied: (id: string) => boolean, told: (id: string) => boolean): boolean {
  return ways.length > 0 && ways.every((c) => c.all.some(denied) || c.none.some(told));
}

/** The result of the entries found (`present` gains the flags the combinations make), or null when no flag is. */
export function combinedResult(entries: readonly EntryDef[], flagsById: ReadonlyMap<string, EntryDef>, present: Set<string>): RedFlagResult | null {
  // Combinations ("fever" + "very unwell" -> fever_unwell); repeat so that a flag
  // made by one combination can feed another.
  const consumed = new Set<string>();
  const has = (id: string) => present.has(id);
  for (let changed = true, pass = 0; changed && pass < 5; pass++) {
    changed = false;
    for (const def of entries) {
      for (const combo of def.when) {
        if (!holds(combo, has)) continue;
        if (!present.has(def.id)) {
          present.add(def.id);
          changed = true;
        }
        // "fever" inside "fever with confusion" is said better by the combined flag.
        for (const id of combo.all) if (id !== def.id && flagsById.has(id) && def.level === 'emergency') consumed.add(id);
      }
    }
  }
  const flags = [...flagsById.values()].filter((f) => present.has(f.id) && !consumed.has(f.id));
  if (flags.length === 0) return null;
  const emergency = flags.filter((f) => f.level === 'emergency').map((f) => f.id);
  const urgent = flags.filter((f) => f.level === 'urgent').map((f) => f.id);
  return { level: emergency.length > 0 ? 'emergency' : 'urgent', flags: [...emergency, ...urgent] };
}
