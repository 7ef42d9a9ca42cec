import { groupSimilar } from './grouping';
import type { DisambiguationOutcome, StoredReviewItem, UnplacedReason } from './types';

export interface UnplacedGroup {
  example: string;
  count: number;
  reasons: Partial<Record<UnplacedReason, number>>;
  /** Distinct texts in the group, most frequent first. */
  texts: string[];
}

export interface RatedAnswer {
  answerId: string;
  dislikes: number;
  likes: number;
  comments: string[];
}

export interface ReviewReport {
  items: number;
  from?: number;
  to?: number;
  unplaced: { total: number; groups: UnplacedGroup[] };
  /** Answers with at least one thumbs-down, most disliked first. */
  ratedDown: RatedAnswer[];
  feedback: { likes: number; dislikes: number };
  turns: number;
  intents: Array<[string, number]>;
  answers: Array<[string, number]>;
  escalations: { emergency: number; urgent: number };
  checks: { started: number; finished: number; escalated: number; abandoned: number; abandonedAt: Array<[string, number]> };
  disambiguations: Record<DisambiguationOutcome, number>;
}

/** 'started' reached but no question asked yet. */
export const BEFORE_FIRST_QUESTION = 'before the first question';

const byCount = (counts: Map<string, number>): Array<[string, number]> =>
  [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
const bump = (counts: Map<string, number>, key: string, by = 1) => counts.set(key, (counts.get(key) ?? 0) + by);

/** Everything `npm run review` prints, computed from the stored items. */
export function buildReport(all: readonly StoredReviewItem[]): ReviewReport {
  const items = [...all].sort((a, b) => a.at - b.at);
  const unplaced = items.flatMap((i) => (i.kind === 'unplaced' ? [i] : []));
  const groups = groupSimilar(unplaced, (i) => i.text).map((g): UnplacedGroup => {
    const reasons: Partial<Record<UnplacedReason, number>> = {};
    const texts = new Map<string, number>();
    for (const m of g.members) {
      reasons[m.reason] = (reasons[m.reason] ?? 0) + 1;
      bump(texts, m.text);
    }
    return { example: g.example, count: g.members.length, reasons, texts: byCount(texts).map(([t]) => t) };
  });

  const rated = new Map<string, RatedAnswer>();
  const answerFor = (answerId: string) => {
    let r = rated.get(answerId);
    if (!r) rated.set(answerId, (r = { answerId, dislikes: 0, likes: 0, comments: [] }));
    return r;
  };
  const feedback = { likes: 0, dislikes: 0 };
  const intents = new Map<string, number>();
  const answers = new Map<string, number>();
  const escalations = { emergency: 0, urgent: 0 };
  const disambiguations: Record<DisambiguationOutcome, number> = { offered: 0, taken: 0, declined: 0 };
  const checks = { started: 0, finished: 0, escalated: 0, abandoned: 0 };
  const abandonedAt = new Map<string, number>();
  /** Per conversation: the last step of the check in progress. */
  const open = new Map<string, string>();
  let turns = 0;

  for (const item of items) {
    if (item.kind === 'feedback') {
      const r = answerFor(item.answerId);
      if (item.reaction === 'like') {
        r.likes += 1;
        feedback.likes += 1;
      } else {
        r.dislikes += 1;
        feedback.dislikes += 1;
      }
      if (item.comment) r.comments.push(item.comment);
    } else if (item.kind === 'comment') {
      answerFor(item.answerId).comments.push(item.comment);
    } else if (item.kind === 'turn') {
      turns += 1;
      if (item.intent) bump(intents, item.intent);
      for (const a of item.answers ?? []) bump(answers, a);
      if (item.escalation) escalations[item.escalation] += 1;
      for (const d of item.disambiguation ?? []) disambiguations[d] += 1;
      for (const step of item.check ?? []) {
        if (step === 'started') {
          const previous = open.get(item.conversation);
          if (previous !== undefined) {
            checks.abandoned += 1;
            bump(abandonedAt, previous);
          }
          checks.started += 1;
          open.set(item.conversation, BEFORE_FIRST_QUESTION);
        } else if (step === 'finished') {
          if (open.delete(item.conversation)) checks.finished += 1;
        } else if (open.has(item.conversation)) {
          open.set(item.conversation, step);
        }
      }
      if (item.escalation && open.delete(item.conversation)) checks.escalated += 1;
    }
  }
  for (const step of open.values()) {
    checks.abandoned += 1;
    bump(abandonedAt, step);
  }

  return {
    items: items.length,
    from: items[0]?.at,
    to: items.at(-1)?.at,
    unplaced: { total: unplaced.length, groups },
    ratedDown: [...rated.values()].filter((r) => r.dislikes > 0).sort((a, b) => b.dislikes - a.dislikes || a.answerId.localeCompare(b.answerId)),
    feedback,
    turns,
    intents: byCount(intents),
    answers: byCount(answers),
    escalations,
    checks: { ...checks, abandonedAt: byCount(abandonedAt) },
    disambiguations,
  };
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
const quote = (t: string) => JSON.stringify(t);

/** The report as plain text for a terminal. `top` limits each list. */
export function formatReport(r: ReviewReport, top = 20): string {
  const out: string[] = [];
  const section = (title: string) => out.push('', `## ${title}`);
  out.push('# Back Relief review report');
  out.push(r.items ? `${r.items} items kept, ${day(r.from!)} to ${day(r.to!)} UTC (text masked; older items have expired)` : 'Nothing kept yet.');

  section(`Questions the bot could not place (${r.unplaced.total})`);
  if (!r.unplaced.groups.length) out.push('none');
  for (const g of r.unplaced.groups.slice(0, top)) {
    const reasons = Object.entries(g.reasons).map(([k, v]) => `${k} ${v}`).join(', ');
    out.push(`${String(g.count).padStart(4)}  ${quote(g.example)}  (${reasons})`);
    for (const t of g.texts.filter((t) => t !== g.example).slice(0, 3)) out.push(`        also: ${quote(t)}`);
  }

  section(`Answers rated down (${r.feedback.dislikes} down, ${r.feedback.likes} up in all)`);
  if (!r.ratedDown.length) out.push('none');
  for (const a of r.ratedDown.slice(0, top)) {
    out.push(`${String(a.dislikes).padStart(4)} down, ${a.likes} up  ${a.answerId}`);
    for (const c of a.comments.slice(0, 10)) out.push(`        comment: ${quote(c)}`);
  }

  section(`Intents by volume (${r.turns} turns)`);
  out.push(...(r.intents.length ? r.intents.slice(0, top).map(([k, v]) => `${String(v).padStart(4)}  ${k}`) : ['none']));
  section('Answers (topics and passages) by volume');
  out.push(...(r.answers.length ? r.answers.slice(0, top).map(([k, v]) => `${String(v).padStart(4)}  ${k}`) : ['none']));

  section('Escalations by level');
  out.push(`${String(r.escalations.emergency).padStart(4)}  emergency`, `${String(r.escalations.urgent).padStart(4)}  urgent`);

  section('Symptom checks');
  const c = r.checks;
  out.push(`${String(c.started).padStart(4)}  started`, `${String(c.finished).padStart(4)}  finished`);
  out.push(`${String(c.escalated).padStart(4)}  ended by an escalation`, `${String(c.abandoned).padStart(4)}  abandoned (cancelled, or not answered since)`);
  for (const [q, n] of c.abandonedAt) out.push(`        at ${q}: ${n}`);

  section('Disambiguations');
  const d = r.disambiguations;
  out.push(`${String(d.offered).padStart(4)}  offered`, `${String(d.taken).padStart(4)}  taken`, `${String(d.declined).padStart(4)}  declined`);
  return `${out.join('\n')}\n`;
}

/**
 * The unplaced questions as `none<TAB>text` lines, one per distinct text,
 * grouped: ready to be given their intent and moved into intents/<intent>.yaml.
 */
export function exportUnplaced(r: ReviewReport): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const g of r.unplaced.groups) {
    for (const t of g.texts) {
      const text = t.replace(/\s+/g, ' ').trim();
      if (!text || seen.has(text.toLowerCase())) continue;
      seen.add(text.toLowerCase());
      lines.push(`none\t${text}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
