/**
 * Scores a blind red-flag round (see scripts/redFlagRound.ts for the file
 * format): single phrasings through the same path the bot uses (the
 * MessageUnderstander: lexicon + model + helper reading), and multi-turn cases
 * through the real bot in-process, starting with a symptom-check request.
 */
import { Activity, MemoryStorage, TestAdapter } from 'botbuilder';
import { buildBot, loadContent } from '../../src/app';
import { UnderstandingMiddleware } from '../../src/bot/understandingMiddleware';

export type Expect = 'emergency' | 'urgent' | 'none';
export type Got = 'emergency' | 'urgent' | 'check' | 'none';

export interface RoundCase { text: string; expect: Expect; row?: string }
export interface MultiTurnCase { id: string; turns: string[]; flagTurn: number; expect: 'emergency' | 'urgent' }
export interface Round { cases: RoundCase[]; multiTurn: MultiTurnCase[] }

export interface CaseResult extends RoundCase { got: Got; flags: string[] }
export interface MultiTurnResult extends MultiTurnCase {
  /** What the bot did on each user turn (after the opening request). */
  outcomes: Got[];
  /** The reply to the flag turn, shortened. */
  reply: string;
  escalatedOnFlagTurn: boolean;
  /** Escalated (or asked a check question) on an earlier turn that carried no flag. */
  early: boolean;
}

export interface RoundResult {
  cases: CaseResult[];
  multiTurn: MultiTurnResult[];
  locale: string;
}

type Content = ReturnType<typeof loadContent>;

export const OPENING = 'my back hurts, can you check my symptoms';

/** Reads and checks a round file's data (already parsed from YAML or JSON). */
export function readRound(data: unknown, file = 'round'): Round {
  const o = (data ?? {}) as { cases?: unknown; multiTurn?: unknown };
  const fail = (m: string): never => {
    throw new Error(`${file}: ${m}`);
  };
  const cases = (Array.isArray(o.cases) ? o.cases : fail('"cases" must be a list')) as RoundCase[];
  cases.forEach((c, i) => {
    if (typeof c?.text !== 'string' || !['emergency', 'urgent', 'none'].includes(c.expect)) fail(`cases[${i}] needs text and expect: emergency | urgent | none`);
  });
  const multiTurn = (o.multiTurn === undefined ? [] : Array.isArray(o.multiTurn) ? o.multiTurn : fail('"multiTurn" must be a list')) as MultiTurnCase[];
  multiTurn.forEach((m, i) => {
    if (!Array.isArray(m?.turns) || !m.turns.every((t) => typeof t === 'string')) fail(`multiTurn[${i}].turns must be a list of texts`);
    if (!Number.isInteger(m.flagTurn) || m.flagTurn < 1 || m.flagTurn > m.turns.length) fail(`multiTurn[${i}].flagTurn must be a 1-based index into turns`);
    if (m.expect !== 'emergency' && m.expect !== 'urgent') fail(`multiTurn[${i}].expect must be emergency or urgent`);
  });
  return { cases, multiTurn };
}

/** What one turn's replies amount to: an escalation (by its handoff event), a check question, or nothing. */
function outcomeOf(replies: Partial<Activity>[], questions: ReadonlySet<string>): Got {
  const handoff = replies.find((r) => r.type === 'event' && r.name === 'handoff.initiate');
  const level = (handoff?.value as { level?: string } | undefined)?.level;
  if (level === 'emergency' || level === 'urgent') return level;
  const texts = replies.map((r) => r.text ?? '').concat(replies.flatMap((r) => (r.attachments ?? []).map((a) => JSON.stringify(a.content ?? {}))));
  return texts.some((t) => [...questions].some((q) => t.includes(q))) ? 'check' : 'none';
}

async function runConversation(content: Content, turns: string[], locale: string, questions: ReadonlySet<string>) {
  const { bot } = buildBot(content, { storage: new MemoryStorage() });
  const adapter = new TestAdapter((context) => bot.run(context), { channelId: 'test', locale } as Partial<Activity>);
  adapter.use(new UnderstandingMiddleware(content.understander));
  const out: Array<{ got: Got; text: string }> = [];
  for (const text of [OPENING, ...turns]) {
    await adapter.receiveActivity({ type: 'message', text, locale } as Partial<Activity>);
    const replies = adapter.activeQueue.splice(0);
    out.push({ got: outcomeOf(replies, questions), text: replies.map((r) => r.text ?? '').filter(Boolean).join(' / ') });
  }
  return out.slice(1);
}

export async function scoreRound(round: Round, content: Content, locale = 'en-GB'): Promise<RoundResult> {
  const cases = round.cases.map((c) => {
    const r = content.understander.understand(c.text).redFlag;
    return { ...c, got: (r?.level ?? 'none') as Got, flags: r?.flags ?? [] };
  });
  const flagIds = [...new Set([...content.redFlags.flagIds(), ...content.redFlags.modelCategories()])];
  const questions = new Set(flagIds.map((f) => content.redFlags.question(f)));
  const multiTurn: MultiTurnResult[] = [];
  for (const m of round.multiTurn) {
    const turns = await runConversation(content, m.turns, locale, questions);
    const at = turns[m.flagTurn - 1]!;
    multiTurn.push({
      ...m,
      outcomes: turns.map((t) => t.got),
      reply: at.text.slice(0, 160),
      escalatedOnFlagTurn: at.got !== 'none',
      early: turns.slice(0, m.flagTurn - 1).some((t) => t.got !== 'none'),
    });
  }
  return { cases, multiTurn, locale };
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
const frac = (a: number, b: number) => `${a}/${b} (${pct(a, b)})`;

export interface RoundSummary {
  emergency: number;
  emergencyAsEmergency: number;
  emergencyAsEmergencyOrCheck: number;
  urgent: number;
  urgentRaisedOrCheck: number;
  none: number;
  noneRaised: number;
  noneCheck: number;
  multiTurn: number;
  multiTurnEscalated: number;
}

export function summarise(r: RoundResult): RoundSummary {
  const of = (e: Expect) => r.cases.filter((c) => c.expect === e);
  const [em, ur, no] = [of('emergency'), of('urgent'), of('none')];
  return {
    emergency: em.length,
    emergencyAsEmergency: em.filter((c) => c.got === 'emergency').length,
    emergencyAsEmergencyOrCheck: em.filter((c) => c.got === 'emergency' || c.got === 'check').length,
    urgent: ur.length,
    urgentRaisedOrCheck: ur.filter((c) => c.got !== 'none').length,
    none: no.length,
    noneRaised: no.filter((c) => c.got === 'emergency' || c.got === 'urgent').length,
    noneCheck: no.filter((c) => c.got === 'check').length,
    multiTurn: r.multiTurn.length,
    multiTurnEscalated: r.multiTurn.filter((m) => m.escalatedOnFlagTurn).length,
  };
}

const isMiss = (c: CaseResult) =>
  (c.expect === 'emergency' && c.got !== 'emergency') || (c.expect === 'urgent' && c.got === 'none') || (c.expect === 'none' && c.got !== 'none');
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

export function renderRoundReport(r: RoundResult, title: string): string {
  const s = summarise(r);
  const rows = new Map<string, CaseResult[]>();
  for (const c of r.cases) {
    const key = `${c.expect}: ${c.row ?? '(no row)'}`;
    rows.set(key, [...(rows.get(key) ?? []), c]);
  }
  const count = (list: CaseResult[], g: Got) => list.filter((c) => c.got === g).length;
  const lines = [
    `# ${title}`,
    '',
    `Single phrasings through the bot's own red-flag path (lexicon + learned stage + helper reading); multi-turn cases through the real bot in-process (locale ${r.locale}), opening with "${OPENING}".`,
    '',
    '| figure | result |',
    '|---|---|',
    `| emergency -> emergency | ${frac(s.emergencyAsEmergency, s.emergency)} |`,
    `| emergency -> emergency or check | ${frac(s.emergencyAsEmergencyOrCheck, s.emergency)} |`,
    `| urgent -> urgent, emergency or check | ${frac(s.urgentRaisedOrCheck, s.urgent)} |`,
    `| none -> emergency or urgent | ${frac(s.noneRaised, s.none)} |`,
    `| none -> check | ${frac(s.noneCheck, s.none)} |`,
    `| multi-turn: escalated (or asked the check question) on the flag turn | ${frac(s.multiTurnEscalated, s.multiTurn)} |`,
    '',
    '## Per row',
    '',
    '| expected: row | cases | emergency | urgent | check | none |',
    '|---|---|---|---|---|---|',
    ...[...rows.entries()].map(([k, list]) => `| ${cell(k)} | ${list.length} | ${count(list, 'emergency')} | ${count(list, 'urgent')} | ${count(list, 'check')} | ${count(list, 'none')} |`),
    '',
    '## Every miss',
    '',
    '(emergency not escalated as emergency; urgent not raised at all; none raised or asked the check question)',
    '',
    '| expected | got | flags | row | text |',
    '|---|---|---|---|---|',
    ...r.cases.filter(isMiss).map((c) => `| ${c.expect} | ${c.got} | ${c.flags.join(', ')} | ${cell(c.row ?? '')} | ${cell(c.text)} |`),
    '',
    '## Multi-turn',
    '',
    '| id | expected | flag turn | outcome per turn | escalated on flag turn | early | reply on the flag turn |',
    '|---|---|---|---|---|---|---|',
    ...r.multiTurn.map(
      (m) => `| ${cell(m.id)} | ${m.expect} | ${m.flagTurn} | ${m.outcomes.join(', ')} | ${m.escalatedOnFlagTurn ? 'yes' : '**no**'} | ${m.early ? 'yes' : 'no'} | ${cell(m.reply)} |`,
    ),
    '',
  ];
  return lines.join('\n');
}
