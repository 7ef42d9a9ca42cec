import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { buildBot } from '../src/app';
import { UnderstandingMiddleware } from '../src/bot/understandingMiddleware';
import { testContent } from './support/botHarness';

// Where the user says they are, not the channel's locale, gives the emergency number,
// in every dialog and in the same turn as the country is told.
function chat(locale: string) {
  const c = testContent();
  const { bot } = buildBot(c, { storage: new MemoryStorage() });
  const adapter = new TestAdapter((context) => bot.run(context), { channelId: 'test', locale } as Partial<Activity>);
  adapter.use(new UnderstandingMiddleware(c.understander));
  return adapter;
}

describe('a country the user states', () => {
  test.each<[string, string, string[], RegExp, RegExp]>([
    ['a visitor from Britain, later escalated', 'en-GB', ["I'm in the US at the moment, staying with my sister", 'since this morning both my legs have gone weak and wobbly'], /call 911/i, /999/],
    ['the country and the emergency in one message', 'en-GB', ["we are in australia on holiday and my back went, now I can't feel anything when I wipe"], /call 000/i, /999/],
    ['where they are, not where they are from', 'en-GB', ["I'm from England but visiting canada for my son's wedding, is heat ok for a back spasm?", 'now my legs are both numb and weak'], /call 911/i, /999/],
    ['after a practical answer, the push-back reply', 'en-US', ["I'm in the UK, what painkiller should I try?", 'it is probably nothing serious though right?'], /999/, /911/],
  ])('%s', async (_name, locale, says, want, never) => {
    const replies: string[] = [];
    const record = (a: Partial<Activity>) => void replies.push(a.text ?? '');
    const [first, ...rest] = says;
    let flow = chat(locale).send(first!).assertReply(record);
    for (const text of rest) flow = flow.send(text).assertReply(record);
    await flow;
    const last = replies[replies.length - 1]!;
    expect(last).toMatch(want);
    expect(last).not.toMatch(never);
  });

  test('without a stated country the channel locale decides', async () => {
    const replies: string[] = [];
    await chat('en-GB')
      .send('both my legs have gone numb since this morning')
      .assertReply((a) => void replies.push(a.text ?? ''));
    expect(replies[0]).toMatch(/call 999/i);
  });
});
