/**
 * The typing indicator: sent while a message's turn works, never after its
 * reply, never to an expectReplies caller.
 */
import { ActivityTypes, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { TypingIndicatorMiddleware } from '../src/bot/typingIndicator';

/** An adapter whose bot answers once `release` is called (so the turn "takes time" for as long as the test wants). */
function slowBot(options: ConstructorParameters<typeof TypingIndicatorMiddleware>[0]) {
  let release!: () => void;
  const gate = new Promise<void>((done) => {
    release = done;
  });
  const adapter = new TestAdapter(async (context: TurnContext) => {
    if (context.activity.type !== ActivityTypes.Message) return;
    await gate;
    await context.sendActivity('the answer');
  });
  adapter.use(new TypingIndicatorMiddleware(options));
  return { adapter, release };
}

const types = (activities: Partial<Activity>[]) => activities.map((a) => a.type);

describe('TypingIndicatorMiddleware', () => {
  test('a turn that takes time shows typing before its answer, and nothing after it', async () => {
    const { adapter, release } = slowBot({ delayMs: 0, periodMs: 100_000 });
    const turn = adapter.receiveActivity('ice or heat?');
    // The typing activity is out while the bot is still working...
    while (adapter.activeQueue.length === 0) await new Promise((done) => setImmediate(done));
    expect(types(adapter.activeQueue)).toEqual([ActivityTypes.Typing]);
    release();
    await turn;
    expect(types(adapter.activeQueue)).toEqual([ActivityTypes.Typing, ActivityTypes.Message]);
    expect(adapter.activeQueue[0]!.conversation?.id).toBe(adapter.activeQueue[1]!.conversation?.id);
  });

  test('a turn repeats typing while it works and stops at the first message', async () => {
    const { adapter, release } = slowBot({ delayMs: 0, periodMs: 100 });
    const turn = adapter.receiveActivity('ice or heat?');
    while (adapter.activeQueue.filter((a) => a.type === ActivityTypes.Typing).length < 2) await new Promise((done) => setTimeout(done, 10));
    release();
    await turn;
    const sent = types(adapter.activeQueue);
    expect(sent.at(-1)).toBe(ActivityTypes.Message);
    expect(sent.slice(0, -1).every((t) => t === ActivityTypes.Typing)).toBe(true);
  });

  test('an expectReplies caller gets no typing, nor does a conversationUpdate', async () => {
    const { adapter, release } = slowBot({ delayMs: 0 });
    release();
    await adapter.receiveActivity({ type: ActivityTypes.Message, text: 'hi', deliveryMode: 'expectReplies' });
    await adapter.receiveActivity({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'user', name: 'User' }] });
    // The expectReplies answer is buffered for the HTTP response (not sent); a typing activity would go
    // straight to the adapter, so nothing at all may have been sent.
    expect(types(adapter.activeQueue)).toEqual([]);
  });
});
