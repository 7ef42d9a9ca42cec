/**
 * The recorder's hooks for what dialogs report (dialogs/turnEvents.ts): a
 * declined disambiguation keeps its question for review (masked), offered and
 * taken ones are counted, and a low-confidence intent outside a dialog is kept
 * as such. Driven through botbuilder's TestAdapter with a stand-in bot.
 */
import { ConversationState, MemoryStorage, TestAdapter, type TurnContext } from 'botbuilder';
import { noteDisambiguation, rateable } from '../dialogs/turnEvents';
import { setUnderstanding } from '../dialogs/turnUnderstanding';
import { loadFeedbackWording } from '../src/bot/feedback';
import { ReviewRecorder } from '../src/bot/reviewRecorder';
import { createMetrics } from '../src/observability/metrics';
import { FileReviewStore } from '../src/review/fileReviewStore';
import { PersonalDataMasker } from '../src/review/masking';
import type { StoredReviewItem } from '../src/review/types';
import { Pseudonymizer } from '../src/review/userHash';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const T0 = Date.parse('2026-11-19T15:00:00Z');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'review-recorder-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('disambiguation and low confidence reach the store and the metrics', async () => {
  const store = new FileReviewStore({ path: join(dir, 'r.jsonl'), ttlMs: 86_400_000, clock: () => T0 });
  const metrics = createMetrics({ collectDefaultMetrics: false });
  const state = new ConversationState(new MemoryStorage());
  const recorder = new ReviewRecorder(state, {
    store,
    masker: PersonalDataMasker.fromFile(),
    pseudonymizer: Pseudonymizer.create('salt').pseudonymizer,
    wording: loadFeedbackWording(),
    metrics,
    lowConfidence: 0.5,
  });
  // A stand-in for the bot: the understanding as the middleware would set it, then what a dialog would do.
  const adapter = new TestAdapter(async (context: TurnContext) => {
    recorder.startTurn(context, false);
    const text = context.activity.text ?? '';
    if (text.startsWith('offer')) {
      setUnderstanding(context, { text, intent: 'none', score: 0.9, redFlag: null });
      noteDisambiguation(context, 'offered');
      await context.sendActivity('Did you mean stretches or exercise?');
    } else if (text === 'neither') {
      setUnderstanding(context, { text, intent: 'none', score: 0.9, redFlag: null });
      noteDisambiguation(context, 'declined', 'my name is Ann, what about pilates');
      await context.sendActivity('OK.');
    } else {
      setUnderstanding(context, { text, intent: 'stretches', score: 0.3, redFlag: null });
      await context.sendActivity(rateable({ type: 'message', text: 'Stretches...' }, 'stretches#knee-to-chest'));
    }
    await recorder.endTurn(context);
    await state.saveChanges(context);
  });
  await adapter.send('offer').assertReply('Did you mean stretches or exercise?');
  await adapter.send('neither').assertReply('OK.');
  const answer = adapter.send('loosen up?');
  await answer.assertReply((a) => expect(a.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive'));
  await recorder.flush();

  const kept = (await store.list()).filter((i): i is Extract<StoredReviewItem, { kind: 'unplaced' }> => i.kind === 'unplaced');
  expect(kept.map((i) => [i.reason, i.text])).toEqual([
    ['declined_disambiguation', 'my name is [name], what about pilates'],
    ['low_confidence', 'loosen up?'],
  ]);
  const text = await metrics.registry.metrics();
  expect(text).toMatch(/disambiguations_total\{outcome="offered"\} 1/);
  expect(text).toMatch(/disambiguations_total\{outcome="declined"\} 1/);
  expect(text).toMatch(/answers_total\{topic="stretches"\} 1/);
});
