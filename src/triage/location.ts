/**
 * Location: region (lower/middle/upper back) and side, from
 * knowledge/triage/body-regions.yaml, and whether the pain spreads into the
 * leg ("shooting down my leg", "sciatica"), with plain words for the summary.
 */
import { isNegated, prepare, TRAILING_PUNCTUATION_RE } from './text';
import type { BackRegion, BackSide, LocationResult } from './types';
import { vocabulary } from './vocabulary';

// Spreading into the leg or buttock: "shooting down my leg", "sciatica", "into my thigh".
// The words are data (knowledge/triage/body-regions.yaml, `spreading`); this is the grammar.
// All global: every mention is checked for negation ("doesn't go down my leg").
let radiationRes: readonly RegExp[] | undefined;
function radiationPatterns(): readonly RegExp[] {
  if (radiationRes) return radiationRes;
  const { legWords, verbs, symptoms } = vocabulary().spreading;
  radiationRes = [
    /\bsciatica\b|\bsciatic\b|\bnerve pain\b(?=[^.]*\b(?:leg|thigh|foot)\b)/g,
    new RegExp(String.raw`${verbs}[^.,;!?]{0,25}?\b(?:down|into|to|through|in|along)\b[^.,;!?]{0,18}?${legWords}`, 'g'),
    new RegExp(String.raw`\b(?:down|into) (?:the back of )?(?:my |the |both |one |either |each )?(?:left |right )?${legWords}`, 'g'),
    new RegExp(String.raw`${symptoms}[^.,;!?]{0,12}?\b(?:in|down|through|into|on) (?:my |the |both |one )?(?:left |right )?${legWords}`, 'g'),
    new RegExp(String.raw`\b(?:left |right )?(?:leg|thigh|buttock|glute|calf) (?:pain|ache|tingling|numbness|symptoms)\b`, 'g'),
  ];
  return radiationRes;
}
const PLURAL_LEG_RE = /\b(?:legs|both|thighs|buttocks|calves|feet)\b/;

/** true / false (explicitly denied) / undefined (not mentioned). */
// "it doesn't radiate", "not spreading anywhere": a no, even without naming the leg.
const NO_RADIATION_RE =
  /\b(?:doesn'?t|does not|don'?t|do not|not|no|never|isn'?t|is not|without)\s+(?:\w+\s+)?(?:radiat\w*|spread\w*|shoot\w*|travel\w*|go(?:es|ing)? (?:anywhere|elsewhere|down|into)|move (?:anywhere|around))\b/;

function legRadiation(text: string): { radiates: boolean; plural: boolean } | undefined {
  let sawNegated = NO_RADIATION_RE.test(text);
  for (const re of radiationPatterns()) {
    for (const m of text.matchAll(re)) {
      const isPlural = PLURAL_LEG_RE.test(m[0]);
      if (isNegated(text, m.index)) sawNegated = true;
      else return { radiates: true, plural: isPlural };
    }
  }
  return sawNegated ? { radiates: false, plural: false } : undefined;
}

const REGION_LABELS: Readonly<Record<BackRegion, string>> = { lower: 'lower back', middle: 'middle back', upper: 'upper back' };
const SIDE_LABELS: Readonly<Record<BackSide, string>> = { left: 'left side', right: 'right side', both: 'both sides', centre: 'centre' };

/** The sentences and clauses of a text, each without its closing punctuation, with where it starts. */
function sentences(t: string): Array<{ index: number; sentence: string }> {
  const out: Array<{ index: number; sentence: string }> = [];
  for (const m of t.matchAll(/[^.?!,;]+/g)) {
    const sentence = m[0].trim();
    if (sentence) out.push({ index: m.index ?? 0, sentence });
  }
  return out;
}

/**
 * `asAnswer`: the text answers "where is it?", so a short answer may be one
 * clause of several ("idk, lower? it's across the whole thing"); elsewhere only
 * the whole text is one ("high, like an 8" answers how bad, not where).
 */
export function locationFromPrepared(text: string, asAnswer = false): LocationResult | undefined {
  const t = text.replace(TRAILING_PUNCTUATION_RE, '').trim();
  // Regions, in the order mentioned; the first one is the answer.
  const regionHits: Array<{ index: number; value: BackRegion; label?: string }> = [];
  const { regions, regionAnswers } = vocabulary();
  for (const p of regions) {
    const m = p.re.exec(t);
    if (m) regionHits.push({ index: m.index, value: p.region, ...(p.label ? { label: p.label } : {}) });
  }
  for (const { index, sentence } of asAnswer ? sentences(t) : [{ index: 0, sentence: t }]) {
    for (const p of regionAnswers) if (p.re.test(sentence)) regionHits.push({ index, value: p.region, ...(p.label ? { label: p.label } : {}) });
  }
  regionHits.sort((a, b) => a.index - b.index);
  const region = regionHits[0]?.value;
  const landmark = regionHits.find((h) => h.label)?.label;

  // Side words are data (knowledge/triage/body-regions.yaml, `sides`).
  const { sides } = vocabulary();
  const left = sides.left.test(t);
  const right = sides.right.test(t);
  let side: BackSide | undefined;
  if (sides.both.test(t) || (left && right)) side = 'both';
  else if (left) side = 'left';
  else if (right) side = 'right';
  else if (sides.centre.test(t) && region !== 'middle') side = 'centre';
  // "the middle of my lower back": the centre of that region, not the middle back.
  else if (sides.centre.test(t) && sides.centreOfRegion.test(t)) side = 'centre';

  const radiation = legRadiation(t);
  if (region === undefined && side === undefined && radiation === undefined) return undefined;

  const parts: string[] = [];
  const regionDistinct = [...new Set(regionHits.map((h) => h.value))];
  if (regionDistinct.length > 1) {
    parts.push(`${regionDistinct.join(' and ')} back`);
  } else if (region) {
    parts.push(REGION_LABELS[region]);
  } else if (side) {
    parts.push('back');
  }
  // Buttock pain that spreads is told as spreading, not as a landmark.
  if (landmark && !(radiation?.radiates && landmark === 'near the buttock')) parts[parts.length - 1] = `${parts[parts.length - 1] ?? 'back'} (${landmark})`;
  if (side) parts.push(SIDE_LABELS[side]);
  if (radiation) {
    const leg = radiation.plural ? 'the legs' : 'the leg';
    parts.push(radiation.radiates ? `spreading into ${leg}` : 'not spreading into the leg');
  }
  const result: LocationResult = { description: parts.join(', ') };
  if (region) result.region = region;
  if (side) result.side = side;
  if (radiation) result.radiatesToLeg = radiation.radiates;
  return result;
}

/**
 * Where the pain is: region (lower/middle/upper back), side, and whether it
 * spreads into the leg ("shooting down my leg", "sciatica"). Undefined when
 * the text names none of these. Read as the answer to "where is it?".
 */
export function parseLocation(text: string): LocationResult | undefined {
  return locationFromPrepared(prepare(text), true);
}

/** A location with its side changed ("the other side", "right not left"): region and spreading kept. */
export function withSide(location: LocationResult, side: NonNullable<LocationResult['side']>): LocationResult {
  const parts = location.description.split(', ');
  const old = location.side ? parts.indexOf(SIDE_LABELS[location.side]) : -1;
  if (old >= 0) parts[old] = SIDE_LABELS[side];
  else parts.splice(1, 0, SIDE_LABELS[side]);
  return { ...location, side, description: parts.join(', ') };
}
