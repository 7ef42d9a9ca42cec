/**
 * What the review loop does to text and counts: masking of personal details,
 * grouping of similar questions, the report's sections and the export.
 */
import { PersonalDataMasker } from '../src/review/masking';
import { groupSimilar, jaccard, questionStems } from '../src/review/grouping';
import { BEFORE_FIRST_QUESTION, buildReport, exportUnplaced, formatReport } from '../src/review/report';
import type { ReviewItem, StoredReviewItem } from '../src/review/types';

const masker = PersonalDataMasker.fromFile();

describe('masking', () => {
  test.each([
    ['my name is Ann Lee and my back hurts', 'my name is [name] and my back hurts'],
    ["My name's bob, is heat ok", "My name's [name], is heat ok"],
    ["I'm Sam, can I take ibuprofen", "I'm [name], can I take ibuprofen"],
    ['Hi, this is Dr Jones', 'Hi, this is [name]'],
    ['thanks, Maria', 'thanks, [name]'],
    ['email me at ann@example.org', 'email me at [email]'],
    ['ring 07700 900123 please', 'ring [phone] please'],
    ['my record number is 1234-5678-90', 'my record number is [number]'],
    // Not names, not long numbers: left as they are.
    ["I'm sore and I am really tired", "I'm sore and I am really tired"],
    ['pain 7/10 since 2024, 3 days', 'pain 7/10 since 2024, 3 days'],
    ['', ''],
  ])('%j -> %j', (text, masked) => {
    expect(masker.mask(text)).toBe(masked);
  });
});

describe('grouping similar questions', () => {
  test('stems without stop words, so wording variants share features', () => {
    expect([...questionStems('Can you book tables for dinner?')].sort()).toEqual(['book', 'dinner', 'tabl']);
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
  });

  test('similar questions form one group, largest first', () => {
    const texts = ['is it going to rain tomorrow', 'book a table for dinner', 'can you book a dinner table', 'please book me a table for dinner', 'will it rain tomorrow'];
    const groups = groupSimilar(texts, (t) => t);
    expect(groups.map((g) => g.members.length)).toEqual([3, 2]);
    expect(groups[0]!.example).toBe('book a table for dinner');
    expect(groups[1]!.members).toEqual(['is it going to rain tomorrow', 'will it rain tomorrow']);
  });
});

let seq = 0;
const at = (minute: number, item: ReviewItem): StoredReviewItem => ({ ...item, id: `i${++seq}`, at: minute * 60_000, expiresAt: 1e15 });
const turn = (minute: number, conversation: string, extra: Partial<Extract<ReviewItem, { kind: 'turn' }>> = {}) =>
  at(minute, { kind: 'turn', userHash: 'u', conversation, ...extra });

describe('the report', () => {
  const items: StoredReviewItem[] = [
    at(1, { kind: 'unplaced', userHash: 'u', text: 'can you book a table', intent: 'none', score: 0.1, reason: 'none' }),
    at(2, { kind: 'unplaced', userHash: 'v', text: 'book a table please', intent: 'help', score: 0.4, reason: 'low_confidence' }),
    at(3, { kind: 'unplaced', userHash: 'v', text: 'what is the weather', intent: 'none', score: 0.1, reason: 'none' }),
    at(4, { kind: 'feedback', userHash: 'u', answerId: 'stretches', reaction: 'dislike', comment: 'Too long' }),
    at(5, { kind: 'feedback', userHash: 'v', answerId: 'stretches', reaction: 'like' }),
    at(6, { kind: 'feedback', userHash: 'v', answerId: 'ice-or-heat#cold', reaction: 'dislike' }),
    at(7, { kind: 'comment', userHash: 'v', answerId: 'ice-or-heat#cold', comment: 'Nothing on ice packs' }),
    // Conversation a: a finished check. b: abandoned at onset. c: ended by an escalation. d: restarted, the first abandoned before its first question.
    turn(10, 'a', { intent: 'report_symptoms', check: ['started', 'location'] }),
    turn(11, 'a', { intent: 'none', check: ['onset', 'severity', 'trigger', 'bladder', 'finished'], answers: ['symptom-check'] }),
    turn(12, 'b', { intent: 'report_symptoms', check: ['started', 'location'] }),
    turn(13, 'b', { intent: 'none', check: ['onset'] }),
    turn(14, 'c', { intent: 'report_symptoms', check: ['started', 'location'] }),
    turn(15, 'c', { intent: 'none', escalation: 'emergency' }),
    turn(16, 'd', { intent: 'report_symptoms', check: ['started'] }),
    turn(17, 'd', { intent: 'report_symptoms', check: ['started', 'location'], disambiguation: ['offered'] }),
    turn(18, 'e', { intent: 'stretches', answers: ['stretches'], escalation: 'urgent', disambiguation: ['taken'] }),
  ];
  const report = buildReport(items);

  test('unplaced questions grouped, with their reasons', () => {
    expect(report.unplaced.total).toBe(3);
    expect(report.unplaced.groups[0]).toEqual({ example: 'can you book a table', count: 2, reasons: { none: 1, low_confidence: 1 }, texts: ['book a table please', 'can you book a table'] });
  });

  test('answers rated down with their comments, most disliked first', () => {
    expect(report.ratedDown).toEqual([
      { answerId: 'ice-or-heat#cold', dislikes: 1, likes: 0, comments: ['Nothing on ice packs'] },
      { answerId: 'stretches', dislikes: 1, likes: 1, comments: ['Too long'] },
    ]);
    expect(report.feedback).toEqual({ likes: 1, dislikes: 2 });
  });

  test('volumes: intents, answers, escalations, disambiguations', () => {
    expect(report.turns).toBe(9);
    expect(report.intents[0]).toEqual(['report_symptoms', 5]);
    expect(report.answers).toEqual([['stretches', 1], ['symptom-check', 1]]);
    expect(report.escalations).toEqual({ emergency: 1, urgent: 1 });
    expect(report.disambiguations).toEqual({ offered: 1, taken: 1, declined: 0 });
  });

  test('symptom checks: started, finished, ended by escalation, abandoned and where', () => {
    expect(report.checks).toEqual({
      started: 5,
      finished: 1,
      escalated: 1,
      abandoned: 3,
      abandonedAt: [[BEFORE_FIRST_QUESTION, 1], ['location', 1], ['onset', 1]],
    });
  });

  test('the text report and the export', () => {
    const text = formatReport(report);
    expect(text).toMatch(/## Questions the bot could not place \(3\)\n\s+2 {2}"can you book a table" {2}\(none 1, low_confidence 1\)/);
    expect(text).toMatch(/1 down, 1 up {2}stretches\n\s+comment: "Too long"/);
    expect(text).toMatch(/at onset: 1/);
    expect(exportUnplaced(report)).toBe('none\tbook a table please\nnone\tcan you book a table\nnone\twhat is the weather\n');
    expect(formatReport(buildReport([]))).toMatch(/Nothing kept yet/);
  });
});
