import { TextNormalizer } from '../src/nlu/textNormalizer';
import { PATHS } from '../src/paths';
import { CheckAnchors } from '../src/safety/checkAnchors';
import { HelperReader } from '../src/safety/helperSubject';
import { levelsEach } from './support/screenTables';

// Round 25 (mend n), false alarms and needless check questions by kind, phrasings
// our own: each mechanism with messages that must stay quiet (no escalation, no
// check question) and nearby real signs that must still be raised.

levelsEach([
  [
    'a denial over a list of signs covers every sign in it',
    [
      ['I have never had anything like cancer and no temperature. My back hurts when I bend to tie my laces.', 'none'],
      ['no tingling in my groin, no trouble with the toilet, no fever, and both my legs are as strong as normal. Just a stiff lower back from gardening.', 'none'],
      ['Nothing odd down below, waterworks normal, no fever, and both legs are as strong as usual. My lower back is tight from decorating.', 'none'],
      ['Both legs feel as steady as before. It is only my lower back that aches after the gym.', 'none'],
      ['Denies temperature, numb groin, trouble passing urine. 41F, lifting strain, since Monday.', 'none'],
      ['not feverish, not losing weight, never had cancer, I am 33. is a hot bath a good idea', 'none'],
      ['no trouble holding my wee, no trouble peeing either, I know those matter. it is a muscle ache from a new chair.', 'none'],
      ['I have never had pain like this and I cannot feel my bum or my groin', 'emergency'],
      ['not able to control my bladder since this morning, no fever, no numbness in my legs', 'emergency'],
      ['for two days I have been getting shivers and sweats at night, otherwise I feel alright in myself', 'urgent'],
      ['both my legs are numb and not as strong as normal', 'emergency'],
      ['I have had cancer before and my back has ached for weeks', 'urgent'],
    ],
  ],
  [
    'a list of normal function is no sign to ask about',
    [
      ['Bowels fine, weeing fine, feeling fine in my privates. My back locked up after squash yesterday.', 'none'],
      ['Peeing normally, walking fine, can feel everything. Back went this morning picking up the baby.', 'none'],
      ['Weeing fine, bowels fine, erections fine. Back went at football.', 'none'],
      ['I have not been able to pee since last night and my back is killing me', 'emergency'],
    ],
  ],
  [
    'someone else\'s serious condition beside the writer\'s ordinary pain stays theirs',
    [
      ['My old swimming coach had an aortic dissection a couple of seasons ago. Mine is just a sore lower back from the breaststroke kick.', 'none'],
      ['Brother in law is having chemotherapy and I have been driving him to hospital every day. My back is aching from the car seat.', 'none'],
      ['Friend from my choir had foot drop after his disc surgery. My legs are fine, my back is only stiff from standing.', 'none'],
      ['Father in law is on chemo so I have been lifting him in and out of bed. Now my back hurts.', 'none'],
      ['Mate from my five a side team had foot drop after a disc op. My legs are fine, just a stiff back after the match.', 'none'],
      ['I have a tearing pain going through to my back and I feel faint', 'emergency'],
      ['I am having chemotherapy for breast cancer and my back has started aching', 'urgent'],
      ['My foot is dropping and slapping the floor since this morning and getting worse', 'emergency'],
    ],
  ],
  [
    'a sign told as over, with today\'s ordinary pain, is in the past',
    [
      ['I had a temperature in the half term holiday but it has been better for a fortnight. My back started aching today after moving furniture.', 'none'],
      ['I had a temperature a month ago with a cold but it has been fine for weeks. Back hurts since I moved a wardrobe yesterday.', 'none'],
      ['I cannot feel my legs, it has been gone for a week, the feeling', 'emergency'],
      ['my legs stopped working and the fever has gone', 'emergency'],
      ['I have had a high temperature since yesterday and my back is aching', 'urgent'],
    ],
  ],
  [
    'a fear of cancer with no sign of it is a worry, not a history',
    [
      ['I keep talking myself into thinking it is a tumour. It started after I dug the allotment and otherwise I am well.', 'none'],
      ['My health anxiety is spiralling with kidney failure and cancer. Realistically I slept funny on the sofa.', 'none'],
      ['I keep convincing myself it is bone cancer. It started after rowing and I feel fine otherwise.', 'none'],
      ['I had bowel cancer three years ago and now my back aches at night', 'urgent'],
      ['my doctor talked me through my cancer results last year and now my back aches at night', 'urgent'],
    ],
  ],
  [
    'a question whether something is a warning sign neither escalates nor asks',
    [
      ['Is it true that pain at night is one of the warning signs? My neighbour says both ways.', 'none'],
      ['I heard it both ways from my friends, does it matter?', 'none'],
      ['Both my legs have gone numb and tingly since this morning', 'emergency'],
    ],
  ],
  [
    'a sign supposed in a "would it matter if" question, with the pain or ache as its subject, is no sign',
    [
      ['Could it be serious if the ache spread into both thighs? For now it is only a stiff lower back from weeding.', 'none'],
      ['Would it be worse if this numbness went into my bum? Right now I only have a sore back.', 'none'],
      ['Both my thighs have gone numb since lunch and my back is agony', 'emergency'],
      ['Does it matter that I cannot feel my legs since this morning?', 'emergency'],
    ],
  ],
  [
    'someone else\'s story beside the writer\'s ordinary back stays theirs',
    [
      ['Ma mate\'s da had cancer in his bones, it took ages to find. Mine is only a day old, from lifting a sofa.', 'none'],
      ['A client this morning had numbness in her saddle area, we sent her straight to A&E. Now my own back is sore from the hoist.', 'none'],
      ['My brother can\'t feel his feet properly since his diabetes got worse. Nothing to do with me, I just strained my back moving his bed.', 'none'],
      ['My son came off his bike on the skate ramp last week and he is totally fine. I have gone and tweaked my own back carrying his bike home.', 'none'],
      ['Saw a hospital drama where a nurse could not wee and it was a spinal bleed. Scary stuff. Anyway my lower back is just stiff from painting, any tips?', 'none'],
      ['My client this morning cannot pee and is in agony, she is here with me and my back hurts too', 'emergency'],
      ['My husband can\'t feel his legs and he\'s here with me, nothing to do with my back', 'emergency'],
      ['My son was hit by a car this afternoon and I hurt my own back lifting him', 'emergency'],
      ['I have had prostate cancer and my back has been sore for a month', 'urgent'],
    ],
  ],
  [
    'a figure of speech or a joke\'s punchline is no sign',
    [
      ['The whole weekend was a train wreck of a camping trip and my back aches from the tent.', 'none'],
      ['Soaked the sheets last night! ...from a leaking water bottle. My back is still stiff, is heat ok?', 'none'],
      ['I was in a car crash on the motorway this morning and my back hurts', 'emergency'],
      ['I soaked the sheets last night without realising and my back hurts', 'emergency'],
    ],
  ],
  [
    'a fear of a state to come is a worry, not a sign',
    [
      ['I\'m terrified of ending up in a wheelchair because of my back. It went on Tuesday picking up a box.', 'none'],
      ['I\'m terrified because my legs are getting weaker and weaker', 'emergency'],
    ],
  ],
]);

describe('a check question about both legs needs a word of the legs or their feeling', () => {
  const anchors = CheckAnchors.fromFile(`${PATHS.safety}/check-anchors.yaml`, TextNormalizer.fromDirectory(PATHS.lexicon).language);
  it.each<[string, boolean]>([
    ['people have told me both ways, who is right?', false],
    ['both of my kids have colds', false],
    ['both my calves ache', true],
    ['tingling down both sides', true],
  ])('%s -> anchored: %s', (text, anchored) => {
    expect(anchors.anchors('bilateral_leg_symptoms', text)).toBe(anchored);
  });
});

describe('the helper reading\'s vocabulary comes from helpers.yaml', () => {
  const helpers = HelperReader.fromFile(`${PATHS.safety}/helpers.yaml`);
  it.each<[string, 'her' | 'him', boolean]>([
    ['she is lying on the sofa and cannot move today', 'her', true],
    ['he had a fever last month, all gone', 'him', false],
    ['she has had pain between her shoulders for a week', 'her', true],
  ])('%s (%s) -> told now: %s', (text, pronoun, now) => {
    expect(helpers.speaksOfNow(text, pronoun)).toBe(now);
  });

  it.each<[string, boolean]>([
    ['my aunt had a fall and they sent her straight to casualty last week, my back is sore from the drive', true],
    ['my aunt is in hospital, she is with me now and my back is sore', false],
    ['my aunt is here with me and my back is sore', false],
  ])('%s -> someone else in care: %s', (text, inCare) => {
    expect(helpers.othersInCare(text)).toBe(inCare);
  });

  it.each<[string, boolean]>([
    ['he fell off the wall on saturday but he is completely fine, my back hurts from carrying him', true],
    ['he fell off the wall this morning but he is fine, my back hurts from carrying him', false],
    ['he was fine until he fell off the wall, my back hurts from carrying him', false],
  ])('%s -> someone else well now: %s', (text, well) => {
    expect(helpers.othersWell(text)).toBe(well);
  });

  it('hears no company in a phrase such as "nothing to do with me"', () => {
    expect(helpers.withWriter('my uncle has a fever, nothing to do with me')).toBe(false);
    expect(helpers.withWriter('my uncle has a fever and is sitting with me')).toBe(true);
  });

  it('takes a person word without a gender from the message\'s pronoun', () => {
    expect(helpers.read('my flatmate is with me now, her legs have gone numb')?.pronoun).toBe('her');
  });
});
