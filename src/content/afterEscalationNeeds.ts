import { readYamlFile } from '../util/yamlFile';

export type EscalationLevelName = 'emergency' | 'urgent';

/** One everyday need after an escalation ("my GP can't see me till Thursday", "what do I tell them?"). */
export interface EscalationNeed {
  name: string;
  /** Whole words or phrases of the normalised message; any one names the need. */
  words: string[];
  /** When given, one of these must occur too ("till Monday", not "it started Monday"). */
  alongWith?: string[];
  /** When given, none of these may occur (the question is another passage's). */
  unless?: string[];
  /** Needs whose reply may follow this one in the same message. */
  also?: string[];
  /** A message a knowledge passage fits well is answered by the passage instead. */
  yieldsToTopic?: boolean;
  /** Read even when the message reads as an act ("ok pulling over now" is news, not a cancel). */
  overActs?: boolean;
  reply: Record<EscalationLevelName, string>;
}

export type RouteName = 'sameDayHelp' | 'transportHelp' | 'costHelp';
const ROUTE_NAMES: readonly RouteName[] = ['sameDayHelp', 'transportHelp', 'costHelp'];

/** knowledge/after-escalation.yaml, typed. */
export interface EscalationNeeds {
  needs: EscalationNeed[];
  /** Where to turn, by locale; `default` for the rest. */
  routes: Record<string, Record<RouteName, string>>;
  /** A statement no topic reads surely: news to pass on when they are seen. */
  noted: Record<EscalationLevelName, string>;
}

function isWordList(v: unknown): v is string[] {
  return Array.isArray(v) && v.length > 0 && v.every((w) => typeof w === 'string' && w.trim() !== '');
}

/** Loads and validates the file; a bad field stops start-up naming it. */
export function loadEscalationNeeds(path: string): EscalationNeeds {
  const data = readYamlFile(path) as Partial<EscalationNeeds> | undefined;
  const bad = (field: string, what: string): never => {
    throw new Error(`${path}: field "${field}" must be ${what}`);
  };
  if (!Array.isArray(data?.needs)) bad('needs', 'a list');
  const names = new Set(data!.needs!.map((n) => n?.name));
  data!.needs!.forEach((n, i) => {
    if (!n || typeof n.name !== 'string') bad(`needs[${i}].name`, 'a string');
    if (!isWordList(n.words)) bad(`needs.${n.name}.words`, 'a list of words or phrases');
    if (n.alongWith !== undefined && !isWordList(n.alongWith)) bad(`needs.${n.name}.alongWith`, 'a list of words or phrases');
    if (n.unless !== undefined && !isWordList(n.unless)) bad(`needs.${n.name}.unless`, 'a list of words or phrases');
    if (n.overActs !== undefined && typeof n.overActs !== 'boolean') bad(`needs.${n.name}.overActs`, 'true or false');
    if (n.also !== undefined && !(isWordList(n.also) && n.also.every((a) => names.has(a)))) bad(`needs.${n.name}.also`, 'a list of need names');
    for (const level of ['emergency', 'urgent'] as const) {
      if (typeof n.reply?.[level] !== 'string' || !n.reply[level].trim()) bad(`needs.${n.name}.reply.${level}`, 'a non-empty string');
    }
  });
  for (const level of ['emergency', 'urgent'] as const) {
    if (typeof data!.noted?.[level] !== 'string' || !data!.noted[level].trim()) bad(`noted.${level}`, 'a non-empty string');
  }
  const routes = data!.routes;
  if (!routes || typeof routes !== 'object' || !routes.default) bad('routes.default', 'present');
  for (const [locale, r] of Object.entries(routes!)) {
    for (const name of ROUTE_NAMES) if (typeof r?.[name] !== 'string' || !r[name].trim()) bad(`routes.${locale}.${name}`, 'a non-empty string');
  }
  return data as EscalationNeeds;
}

/** The routes for a locale: its own, else its country's, else `default` (as words-by-locale). */
export function routesFor(needs: EscalationNeeds, locale: string | undefined): Record<RouteName, string> {
  const clean = (locale ?? '').replace(/_/g, '-').split(/[.@]/)[0]!;
  const keys = Object.keys(needs.routes);
  const exact = keys.find((k) => k.toLowerCase() === clean.toLowerCase());
  if (exact) return needs.routes[exact]!;
  const region = clean.split('-').find((p, i) => i > 0 && p.length === 2)?.toLowerCase();
  const byRegion = region ? keys.find((k) => k.toLowerCase().endsWith(`-${region}`)) : undefined;
  return needs.routes[byRegion ?? 'default']!;
}
