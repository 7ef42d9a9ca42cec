// Practical, on-topic asks that had no answer of their own (answers39): they were met with a menu, a refusal or
// a near neighbour (a gel's "how often" with the stretches' how often, cold weather with the cold pack, an ice bath
// with frozen peas, a topper with a question back). Each reaches its own passage now, and the near questions beside
// them keep theirs. An activity word read in the sense the message gives it (a fast bowler's "bowl" is cricket) and
// snow to clear get their own advice. Phrasings are this suite's own (none is a passage example, none a blind round's).
import { runSteps, type Step } from './support/botHarness';
import { describePassageTables } from './support/passageTables';

const REACH: [string, string][] = [
  ['how many times a day can i smear the gel on', 'med-gel-how-often'],
  ['how many times a day is the gel allowed on my back', 'med-gel-how-often'],
  ['is winter weather bad for back spasms', 'ice-heat-cold-weather'],
  ['does the cold make my back spasm worse', 'ice-heat-cold-weather'],
  ['my friend swears by ice baths, would one help my back', 'ice-heat-ice-bath'],
  ['how many days am i meant to keep the heat pads going', 'ice-heat-how-many-days'],
  ['should i let my husband crack my back for me', 'alt-self-cracking'],
  ['is it harmful to click my own spine', 'alt-self-cracking'],
  ['would rolling on a foam roller help the knot', 'alt-foam-roller'],
  ['is a mattress topper worth it or should i save for a new mattress', 'sleep-topper'],
  ['is it worth me paying for an mri privately', 'diag-private-scan'],
  ['the vibration on the tractor seat all day, will it make my back worse', 'rest-jolting-ride'],
  ['i only have my bed to work from, no desk or chair', 'rest-no-proper-chair'],
  ['best way to feed the baby without hurting my back', 'rest-feeding-position'],
  ['are pilates classes worth the money', 'prevention-classes'],
  ['would sleeping on the floor fix my back', 'sleep-floor'],
  ['i do not think my doctor is taking my back pain seriously', 'diag-not-listened-to'],
  ['would a standing desk be worth buying', 'rest-standing-desk'],
];

const KEEP: [string, string][] = [
  ['ice or heat for a back spasm', 'ice-heat-which'],
  ['how long should i keep the heat on each time', 'ice-heat-how-long'],
  ['how do i make a cold pack at home', 'ice-heat-cold-pack'],
  ['is a chiropractor any good for this', 'alt-massage-manipulation'],
  ['what mattress is best for back pain', 'sleep-mattress'],
  ['do i need an mri for my back', 'diag-scans'],
  ['how should i set up my desk for my back', 'prevention-desk'],
  ['how much ibuprofen can i take in a day', 'med-how-often'],
  ['do pain relief gels actually work', 'med-creams'],
  ['how can i stop it happening again', 'prevention-habits'],
];

describePassageTables('practical asks reach their own passage', REACH, KEEP);

// In conversation: the activity read in the message's own sense, and a work day asked about by the job booked.
describe('activities and plans asked in their own words', () => {
  test.each<[string, Step[], string?]>([
    ["a fast bowler's bowl is cricket, not lawn bowls", [
      ["i'm a fast bowler and my back went in the nets, can i bowl on saturday?", [/You can bowl/, /run, twist and bend/], [/play bowls/]],
    ], 'en-IN'],
    ['surfing: what paddling and getting up ask of a back, not the game-day check', [
      ['waves look good tomorrow, can i go surfing with this back?', [/go surfing/, /paddling/], [/game or hard session/]],
    ], 'en-AU'],
    ['heels: short spells and a lower heel, not "no specific advice"', [
      ['is it ok to wear high heels to a party on friday with my back?', [/wear heels/, /block heel/], [/don't have specific advice/]],
    ], 'en-GB'],
    ['lawn bowls keeps its own answer', [
      ['is it ok to play bowls this weekend with my back?', [/play bowls/]],
    ], 'en-GB'],
    ['snow to clear: push, small loads, not the gardening answer', [
      ['is it ok to shovel the path today?', [/clear snow/, /[Pp]ush the snow/], [/kneel or sit/]],
    ], 'en-CA'],
    ['positions asked after the sex answer stay about sex, not feeding', [
      ['is sex ok with a back spasm?', [/won't damage your back/]],
      ['which positions are kindest to my back then', [/side/], [/baby|feed/]],
    ], 'en-GB'],
    ['the floor asked after another sleep answer gets the floor answer', [
      ['is my old mattress to blame for this', [/medium-firm/]],
      ['would a topper sort it', [/topper/]],
      ['my brother reckons the floor is best', [/no evidence that sleeping on the floor helps/]],
    ], 'en-GB'],
    ['a bare "how often" after the tablets answer keeps the tablets, not the gel', [
      ['is it ok to take paracetamol and ibuprofen at the same time?', [/together/]],
      ['and how often?', [/[Ff]ollow the label/], [/gel/]],
    ], 'en-GB'],
    ['a job booked for a day: the work answer, not a menu', [
      ['a kitchen fitting is booked for thursday, am i ok to do it or do i stay home', [/work/], [/don't have an answer/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});
