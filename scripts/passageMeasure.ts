/**
 * The answer-passage measure: which passage answers every user turn of spent conversation sets.
 *
 *   npx tsx scripts/passageMeasure.ts run OUT.tsv [22 23 ... 36]
 *     plays each set's conversations (acts and answers) through the whole bot on a fixed clock and writes one
 *     row a user turn: set, conversation, turn, what the planner gave (kind:passage, "-" when no answer was
 *     planned, as in a red-flag check), the matcher's best passage for the turn alone with its score and the
 *     runner-up's, whether the first-run judges called the turn OFF ("an answer to a different question"),
 *     and the text.
 *   npx tsx scripts/passageMeasure.ts off OUT.tsv
 *     the table of the turns judged OFF: where each is, what answers it now, and the question.
 *   npx tsx scripts/passageMeasure.ts compare BEFORE.tsv AFTER.tsv
 *     counts the turns whose answer or whose matcher's best passage changed, lists them with the question
 *     (for reading each against it), and the OFF turns whose answer changed.
 *
 * A regression check on spent material, not a score: it tells what a matching change moves.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { buildBot, loadContent } from '../src/app';
import { UnderstandingMiddleware } from '../src/bot/understandingMiddleware';
import type { AnswerInput, Planned } from '../src/knowledge/answerPlan';
import { readYamlFile } from '../src/util/yamlFile';

const ROUNDS = 'docs/blind-rounds';
const NOW = new Date('2026-11-19T15:00:00Z');
const KINDS = ['acts', 'answers'] as const;

interface Conversation {
  id: string;
  locale?: string;
  turns: { user: string }[];
}

/** The turns the first-run judges marked [OFF], as "set/kind/conversation/T<n>". */
function offTurns(set: string, kind: string): Set<string> {
  const out = new Set<string>();
  for (const judge of ['1', '2']) {
    const file = join(ROUNDS, `conversations${set}-${kind}-${judge}-first-run-verdicts.md`);
    if (!existsSync(file)) continue;
    let conversation = '';
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const heading = /^##\s+(\S+)/.exec(line);
      if (heading) conversation = heading[1]!;
      const row = /^\|\s*(T\d+)\s*\|([^|]*)\|/.exec(line);
      if (row && /\bOFF\b/.test(row[2]!)) out.add(`${set}/${kind}/${conversation}/${row[1]}`);
    }
  }
  return out;
}

/** What a plan answers with: its kind and passage. */
function planned(p: Planned | undefined): string {
  if (!p) return '-';
  const plan = p.plan;
  return 'passage' in plan && plan.passage ? `${plan.kind}:${plan.passage.id}` : plan.kind;
}

async function run(out: string, sets: string[]): Promise<void> {
  const content = loadContent({ defaultLocale: 'en-US' });
  const planner = content.answers.planner;
  const plan = planner.plan.bind(planner);
  let last: Planned | undefined;
  // The planner is asked once for the answer a turn gives (and by a few dialogs to probe): the last plan of the turn is kept.
  planner.plan = (input: AnswerInput, before) => (last = plan(input, before));
  const matcher = content.answers.planner['parts'].matcher;
  const rows = ['set\tconversation\tturn\tanswer\tbest\tscore\tsecond\tsecondScore\toff\ttext'];
  for (const set of sets) {
    for (const kind of KINDS) {
      const file = join(ROUNDS, `conversations${set}-${kind}.yaml`);
      if (!existsSync(file)) continue;
      const off = offTurns(set, kind);
      for (const c of (readYamlFile(file) as { conversations: Conversation[] }).conversations) {
        const locale = c.locale ?? 'en-US';
        const { bot } = buildBot(content, { now: () => NOW, storage: new MemoryStorage() });
        const adapter = new TestAdapter((context) => bot.run(context), { channelId: 'test', locale } as Partial<Activity>);
        adapter.use(new UnderstandingMiddleware(content.understander));
        for (const [n, t] of c.turns.entries()) {
          last = undefined;
          await adapter.receiveActivity({ type: 'message', text: t.user, locale } as Partial<Activity>);
          adapter.activeQueue.splice(0);
          const [best, second] = matcher.rank(t.user);
          const turn = `T${n + 1}`;
          const text = t.user.replace(/\s+/g, ' ');
          rows.push([`${set}-${kind}`, c.id, turn, planned(last), best?.passage.id ?? '-', (best?.score ?? 0).toFixed(3), second?.passage.id ?? '-', (second?.score ?? 0).toFixed(3), off.has(`${set}/${kind}/${c.id}/${turn}`) ? 'OFF' : '', text].join('\t'));
        }
      }
      process.stderr.write(`${set}-${kind} done\n`);
    }
  }
  writeFileSync(out, `${rows.join('\n')}\n`);
  process.stdout.write(`wrote ${out}: ${rows.length - 1} turns\n`);
}

type Row = Record<'set' | 'conversation' | 'turn' | 'answer' | 'best' | 'score' | 'second' | 'secondScore' | 'off' | 'text', string>;

function readRows(file: string): Map<string, Row> {
  const [head, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const keys = head!.split('\t') as (keyof Row)[];
  const out = new Map<string, Row>();
  for (const line of lines) {
    const cells = line.split('\t');
    const row = Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? ''])) as Row;
    out.set(`${row.set}/${row.conversation}/${row.turn}`, row);
  }
  return out;
}

function compare(beforeFile: string, afterFile: string): void {
  const before = readRows(beforeFile);
  const after = readRows(afterFile);
  let answers = 0;
  let bests = 0;
  const lines: string[] = [];
  for (const [key, b] of before) {
    const a = after.get(key);
    if (!a) continue;
    const answerMoved = a.answer !== b.answer;
    if (answerMoved) answers++;
    if (a.best !== b.best) bests++;
    if (answerMoved) lines.push(`${b.off ? 'OFF ' : ''}${key}\n  Q: ${b.text}\n  before: ${b.answer} (${b.best} ${b.score})\n  after:  ${a.answer} (${a.best} ${a.score})`);
  }
  const offs = [...before.values()].filter((r) => r.off);
  const offMoved = offs.filter((r) => after.get(`${r.set}/${r.conversation}/${r.turn}`)?.answer !== r.answer).length;
  process.stdout.write(`${before.size} turns; answer changed ${answers}; matcher's best passage changed ${bests}; OFF turns ${offs.length}, their answer changed ${offMoved}\n\n${lines.join('\n')}\n`);
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'run' && rest[0]) {
  const sets = rest.slice(1).length ? rest.slice(1) : Array.from({ length: 15 }, (_, i) => String(22 + i));
  run(rest[0], sets).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
} else if (mode === 'off' && rest[0]) {
  const offs = [...readRows(rest[0]).values()].filter((r) => r.off);
  process.stdout.write(`| turn | answer now | matcher's best (score) | question |\n|---|---|---|---|\n${offs.map((r) => `| ${r.set}/${r.conversation}/${r.turn} | ${r.answer} | ${r.best} (${r.score}) | ${r.text.replace(/\|/g, '/')} |`).join('\n')}\n`);
} else if (mode === 'compare' && rest[0] && rest[1]) {
  compare(rest[0], rest[1]);
} else {
  process.stderr.write('usage: passageMeasure.ts run OUT.tsv [sets...] | off OUT.tsv | compare BEFORE.tsv AFTER.tsv\n');
  process.exit(1);
}
