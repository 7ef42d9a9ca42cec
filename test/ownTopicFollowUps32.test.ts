import { runSteps, type Step } from './support/botHarness';

// A follow-up's own topic and what it asks (how often, how to do a thing) win over the last answer's topic; the last
// answer only fills in what the follow-up leaves out ("them", "getting in"). Each table is a conversation: [user says,
// the reply must match all of these, and none of these].
describe('a follow-up is answered for its own topic, with the context filling in what it leaves out', () => {
  test.each<[string, Step[], string?]>([
    ['getting into a car after a lying-down answer is the car answer, not bed or driving', [
      ['what position should I lie in while my back is this bad?', [/on your side/]],
      ['ok, and how do I climb into my car without it hurting?', [/sideways on the seat/], [/on your side with your knees/, /react fast/]],
    ]],
    ['"what about" the car after the getting-out-of-bed answer switches to the car', [
      ['what is the easiest way to roll out of bed in the morning?', [/log roll/]],
      ['what about getting out of the car?', [/swing both legs/], [/sit on the edge of the bed/]],
    ], 'en-GB'],
    ['a follow-up naming nothing new goes on with the car answer, not the bed one', [
      ['how do I get out of a car when my back is like this?', [/sideways on the seat/]],
      ['and getting in?', [/(seat|swivel)/i], [/edge of the bed/, /log roll/]],
    ], 'en-AU'],
    ['the bed answer still goes on for its own getting-in follow-up', [
      ['what is the gentlest way to get up out of bed?', [/log roll/]],
      ['and getting back into bed?', [/in reverse/], [/sideways on the seat/]],
    ]],
    ['how often to stop after the driving answer is about stops on the drive, not stretching or tablets', [
      ['can I drive over to my sister\'s, it is four hours away?', [/react fast/]],
      ['how often do I need to stop?', [/every hour/], [/Hold each stretch/, /label/, /Go gentler/]],
    ], 'en-GB'],
    ['after the long-sitting answer, how often to stop asks of its stops, not of stretching', [
      ['any tips for sitting in a lorry cab all day with a sore back?', [/every hour/]],
      ['how often do I need to stop?', [/stop/], [/Hold each stretch/]],
    ], 'en-IE'],
    ['pulling over is a stop on the road, not a pulled muscle', [
      ['can I do a long drive to see my brother with my back like this?', [/move freely/]],
      ['how often should I pull over?', [/stops?\b/], [/Hold each stretch/, /mild pull/, /Go gentler/]],
    ], 'en-NZ'],
    ['"them" after ice or heat points back at them: how often to use them, not how often to stretch', [
      ['is a heat pack or an ice pack better?', [/^Heat has the better evidence/]],
      ['how often should I swap between them?', [/at a time/], [/Do you mean/, /Hold each stretch/]],
    ]],
    ['sleeping after the prevention answer gets the sleeping answer, not prevention again', [
      ['how do I stop this happening again in the future?', [/Staying active/]],
      ['what about sleeping tonight?', [/(on your side|pillow)/], [/As I said/, /Staying active/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});
