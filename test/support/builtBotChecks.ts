import { type BotProcess, repliesText } from './botProcess';

/**
 * What every built form of the bot (the bundle, the start-up snapshot) must
 * still do when started as a process: answer from the knowledge base with
 * sources, and read a date in the symptom check (the recognizers stay in
 * node_modules and load on first use).
 */
export function builtBotAnswers(bot: () => BotProcess, idPrefix: string): void {
  test('answers a question from the knowledge base, with its sources', async () => {
    const { status, replies } = await bot().send({ conversation: { id: `${idPrefix}-1` }, text: 'ice or heat for a back spasm?' });
    expect(status).toBe(200);
    expect(repliesText(replies)).toMatch(/heat/i);
    expect(repliesText(replies)).toMatch(/Sources:/);
  });

  test('reads when it started in the symptom check (recognizers loaded from node_modules)', async () => {
    const text = repliesText((await bot().send({ conversation: { id: `${idPrefix}-2` }, text: 'can you do a symptom check? my lower back went yesterday morning' })).replies);
    // Where and when were both taken from the message: the next question is how bad it is.
    expect(text).toMatch(/how bad/i);
    expect(text).not.toMatch(/when did|didn't catch when/i);
  });
}
