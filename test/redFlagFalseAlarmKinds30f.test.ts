import { levelsEach } from './support/screenTables';

// Round 30 (helper falsealarm30), false alarms by kind, phrasings our own:
// - a story on screen or in a book, framed by who reads, watches or plays it ("in the novel
//   I'm reading", "in the game my character", "watched a drama where ...": context.yaml
//   storyFrame; the frame's own "I"/"my" is not the writer, contextScope), whose clauses the
//   learned stage's lone guess must hold without (screenStages, LexiconReading.storyless);
// - the distant past told beside the present ("when I was 19 ... I'm 40 now"): an emergency
//   guess of the learned stage alone must hold without the past's clauses (LexiconReading.nowText);
// - a sign told as over, said short ("never since") or after a treatment ("all of it went
//   after physio"): context.yaml resolved;
// - a question in general opened by "when" before a question word ("when should ... be
//   looked at?"): signQuestion lead words;
// - the writer's own answer, with when it would be, to a sign asked about ("is pain at night
//   bad? mine doesn't come at night at all"): backDenial predicates;
// - a sign told in the past and denied now ("had flu with a fever ..., no fever now"):
//   context.yaml deniedNow (not when the sign was told in the present: "a fever since yesterday").
// And one kind of round 28's missed emergencies: the time before a new sign said with a
// denial's words ("..., before it was fine"), a pseudo-trigger that now also silences the
// post-negation inside it (contextScope); "as strong as before" is still a denial.
// Each kind with twins of the same shape that tell a real sign and must still be raised.
levelsEach([
  [
    'a story in a book, a film or a game, with who reads, watches or plays it',
    [
      ['In the thriller I am reading the detective collapses with a ripping pain through to his back. My own back is just sore from the sofa', 'none'],
      ['in the novel we are reading for book club the old farmer loses control of his bladder, is that a real thing? my back aches from gardening', 'none'],
      ['in the game my avatar got his spine crushed by a boulder, meanwhile my lower back is stiff from the chair', 'none'],
      ["In the novel I'm reading the old sailor's legs buckle from a growth on his spine. Is that how it really goes? My back is sore from sitting up in bed", 'none'],
      ['in the novel I am reading the heroine has back pain, and now I have lost control of my bladder', 'emergency'],
      ['in the game my character fell off a tower, and since then I cannot feel my legs or my bottom', 'emergency'],
    ],
  ],
  [
    'a screen story told by the watching, with the scene told',
    [
      ['watched a medical drama last night where the patient had a tear in his aorta, my back is only stiff from the sofa', 'none'],
      ['been watching a documentary about a woman whose legs gave way from a tumour, my back twinged hoovering', 'none'],
      ['binged that hospital series and a man had crushing chest pain going into his back, is that realistic? my back aches from work', 'none'],
      ['watched the match last night and woke up unable to pee at all', 'emergency'],
      ['watched the film, then both legs went numb and weak', 'emergency'],
      ['saw the GP where he said my disc is bulging, since then both legs are numb', 'emergency'],
    ],
  ],
  [
    'the distant past told beside the present',
    [
      ["When I was 19 I had bronchitis and my chest and back hurt with every cough. I'm 40 now and it only hurts after football.", 'none'],
      ['In my twenties I had a crushing chest infection with back pain. Today it is just a twinge from lifting boxes.', 'none'],
      ['When I was 19 I had pneumonia. Now I have crushing chest pain going through to my back and I feel sweaty', 'emergency'],
      ['Years ago I had a disc operation, and now both my legs are numb and weak', 'emergency'],
      ['I had breast cancer five years ago. Now my back has started aching for no reason', 'urgent'],
    ],
  ],
  [
    'a sign told as over, said short or after a treatment',
    [
      ['After my knee operation ages ago I could not pee for a day on the ward, never since', 'none'],
      ["After my hip op years back I couldn't wee for hours on the ward, never since", 'none'],
      ["When I was expecting my son (he's 9 now) I leaked every time I coughed, all of it went after physio. Today my back is stiff from the drive.", 'none'],
      ['When I was at uni I had months of leaking when I laughed, all of it went after physio. Today my back is stiff from the drive.', 'none'],
      ['could not pee after the op, never since been right, still cannot go properly', 'emergency'],
      ['I had leaking years ago that went after physio, and since yesterday I cannot control my bladder at all', 'emergency'],
    ],
  ],
  [
    'a question in general opened by "when" before a question word',
    [
      ['When should back pain with a temperature be looked at by a doctor?', 'none'],
      ['When does a lump on the back need checking?', 'none'],
      ['When should pain in the back with a high temperature be seen by someone?', 'none'],
      ['when walking both legs give way?', 'emergency'],
      ['When should I worry? I have a fever of 39 and my back is killing me', 'urgent'],
    ],
  ],
  [
    'the writer\'s own answer, with when it would be, to a sign asked about',
    [
      ['is back pain at night a warning sign? mine does not come at night at all, it is only when I lift', 'none'],
      ['do people get pain overnight with a slipped disc? mine is not at night, just in the mornings', 'none'],
      ["do I need to worry about night pain? mine isn't at night at all, only asking because my physio brought it up", 'none'],
      ['is pain at night a bad sign? mine is worst at night and wakes me every time', 'urgent'],
    ],
  ],
  [
    'a sign told in the past and denied now',
    [
      ["Had a chest bug about three weeks back, fever and shivers the lot. Back's only sore now from digging the allotment, no fever now.", 'none'],
      ['picked up a bug over Easter with a fever and shivers. my back is sore from moving house, no fever now', 'none'],
      ['I have had a fever since yesterday and my back is killing me, no fever now after paracetamol', 'urgent'],
      ['had a fever over Easter, no fever now, but today I cannot feel my legs or my bottom', 'emergency'],
    ],
  ],
  [
    'the time before a new sign, said with a denial\'s words',
    [
      ['both my legs keep giving way since Tuesday, before it was fine', 'emergency'],
      ['lost all feeling down below when we tried last night, before that was never a problem', 'emergency'],
      ['my bladder is leaking on its own now, previously it was fine', 'emergency'],
      ['legs as strong as before, only my back is stiff', 'none'],
      ['bladder was fine before and it is fine now, back just aches', 'none'],
    ],
  ],
]);
