/**
 * Location: region (lower/middle/upper back, from knowledge/triage/body-regions.yaml),
 * side, and whether the pain spreads into the leg ("shooting down my leg",
 * "sciatica"), with plain words for the summary.
 */
import { isNegated, prepare, TRAILING_PUNCTUATION_RE } from './text';
import type { BackRegion, BackSide, LocationResult } from './types';
import { vocabulary } from './vocabulary';

const MY = String.raw`(?:my |the |your |his |her )?`;

const SIDE_PARTS = String.raw`(?:hand|sided?|side|hip|leg|buttock|butt|bum|glute|thigh|calf|knee|foot|shoulder|lower|upper|mid|middle|back|flank|lumbar|sciatic|sciatica|kidney|part|half|rib|ribs|shoulder\s*blade|lat|si|s\.i\.|sacroiliac|sacrum|of ${MY}(?:spine|back))`;
function sideRe(word: 'left' | 'right'): RegExp {
  // "right" is also "right now", "right in the middle", "all right": only
  // count it next to a body word or after "on the"/"my".
  return new RegExp(
    String.raw`\b(?:on|to|at|towards?|in|down)\s+(?:the|my)\s+${word}\b|\b${word}(?:[\s-]+${SIDE_PARTS})\b|\bmy ${word}\b|\b(?:lower|upper|mid|middle|low|bottom|top)[\s-]+${word}\b|^(?:the |my |on the |it'?s on the |its on the )?${word}(?: one| side)?$`,
  );
}
const LEFT_RE = sideRe('left');
const RIGHT_RE = sideRe('right');
const BOTH_SIDES_RE =
  /\bboth(?: sides?| hips| legs| buttocks|$)|\b(?:either|each) side\b|\ball (?:across|along|over)\b|\bacross (?:my |the )?(?:whole |entire )?(?:lower |upper |mid(?:dle)? )?back\b|\b(?:whole|entire) (?:lower |upper |mid(?:dle)? )?back\b|\bbilateral|\beverywhere\b|\ball over\b/;
// "the middle of my lower back": centre of that region, not the middle back.
const CENTRE_OF_REGION_RE = /\b(?:middle|centre|center) of (?:my |the )?(?:lower|upper) back\b/;
const CENTRE_RE =
  /\b(?:in the )?(?:middle|centre|center|central|midline)\b(?![\s-]*back\b|\s+of\s+(?:my |the )?back\b)|\b(?:on|along|down|over|in|of|near) (?:my |the )?spine\b|^(?:my |the )?spine$/;

// Spreading into the leg or buttock: "shooting down my leg", "sciatica", "into my thigh".
const LEG_WORDS = String.raw`(?:legs?|thighs?|buttocks?|butt|bum|glutes?|hamstrings?|calf|calves|knees?|foot|feet|groin|hip to (?:the|my) knee)`;
// All global: every mention is checked for negation ("doesn't go down my leg").
const RADIATION_RES: readonly RegExp[] = [
  /\bsciatica\b|\bsciatic\b|\bnerve pain\b(?=[^.]*\b(?:leg|thigh|foot)\b)/g,
  // Verbs that only mean spreading; plain "goes"/"went" are left to "down/into my leg"
  // below, so "it hurts when I go to lift my leg" is not radiation.
  new RegExp(
    String.raw`\b(?:shoot(?:s|ing)?|shot|radiat(?:es|ing|e|ed)|spread(?:s|ing)?|travel(?:s|led|ling|ing)?|extends?|extending|refers?|referred|referring|streaks?|zings?|zaps?)\b[^.,;!?]{0,25}?\b(?:down|into|to|through|in|along)\b[^.,;!?]{0,18}?\b${LEG_WORDS}\b`,
    'g',
  ),
  new RegExp(String.raw`\b(?:down|into) (?:the back of )?(?:my |the |both |one |either |each )?(?:left |right )?${LEG_WORDS}\b`, 'g'),
  new RegExp(
    String.raw`\b(?:pain|ache|aching|tingling|tingles|numb(?:ness)?|pins and needles|burning|shooting|electric)\b[^.,;!?]{0,12}?\b(?:in|down|through|into|on) (?:my |the |both |one )?(?:left |right )?${LEG_WORDS}\b`,
    'g',
  ),
  new RegExp(String.raw`\b(?:left |right )?(?:leg|thigh|buttock|glute|calf) (?:pain|ache|tingling|numbness|symptoms)\b`, 'g'),
];
const PLURAL_LEG_RE = /\b(?:legs|both|thighs|buttocks|calves|feet)\b/;

/** true / false (explicitly denied) / undefined (not mentioned). */
// "it doesn't radiate", "not spreading anywhere": a no, even without naming the leg.
const NO_RADIATION_RE =
  /\b(?:doesn'?t|does not|don'?t|do not|not|no|never|isn'?t|is not|without)\s+(?:\w+\s+)?(?:radiat\w*|spread\w*|shoot\w*|travel\w*|go(?:es|ing)? (?:anywhere|elsewhere|down|into)|move (?:anywhere|around))\b/;

function legRadiation(text: string): { radiates: boolean; plural: boolean } | undefined {
  let sawNegated = NO_RADIATION_RE.test(text);
  for (const re of RADIATION_RES) {
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

export function locationFromPrepared(text: string): LocationResult | undefined {
  const t = text.replace(TRAILING_PUNCTUATION_RE, '').trim();
  // Regions, in the order mentioned; the first one is the answer.
  const regionHits: Array<{ index: number; value: BackRegion; label?: string }> = [];
  const { regions, regionAnswers } = vocabulary();
  for (const p of [...regions, ...regionAnswers]) {
    const m = p.re.exec(t);
    if (m) regionHits.push({ index: m.index, value: p.region, ...(p.label ? { label: p.label } : {}) });
  }
  regionHits.sort((a, b) => a.index - b.index);
  const region = regionHits[0]?.value;
  const landmark = regionHits.find((h) => h.label)?.label;

  const left = LEFT_RE.test(t);
  const right = RIGHT_RE.test(t);
  let side: BackSide | undefined;
  if (BOTH_SIDES_RE.test(t) || (left && right)) side = 'both';
  else if (left) side = 'left';
  else if (right) side = 'right';
  else if (CENTRE_RE.test(t) && region !== 'middle') side = 'centre';
  else if (CENTRE_RE.test(t) && CENTRE_OF_REGION_RE.test(t)) side = 'centre';

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
 * the text names none of these.
 */
export function parseLocation(text: string): LocationResult | undefined {
  return locationFromPrepared(prepare(text));
}
