import { levelsEach } from './support/screenTables';

// Round 47 (mend helper h), false alarms by kind, phrasings our own. Each kind with twins of
// the same shape that tell a real sign now and must still be raised.

levelsEach([
  [
    'what a disc could one day do to the writer, asked ahead (context.yaml hypothetical: a modal, a thing, "make me")',
    [
      ['Is there a chance the prolapse leaves me unable to hold my bowels at some point? For now all is fine down there.', 'none'],
      ['could this disc make me wet myself in years to come? I go to the loo normally today', 'none'],
      ['will the bulge leave me unable to hold my wee eventually?', 'none'],
      ['I can not control my bladder since this morning, could the disc make me lose control of my bowels too?', 'emergency'],
      ['I wet myself on the way to work and could not stop it, my back is agony', 'emergency'],
    ],
  ],
  [
    "someone else's operation told in a learner's English, beside the writer's own ordinary back (context.yaml selfContrast)",
    [
      ['Uncle of me in Poland is operated, he was not holding wee because disc. I have only stiff back from football. It is same for me?', 'none'],
      ['My sister she have operation because she not control her toilet from disc. Me I have just back ache from carrying. Same thing?', 'none'],
      ['My sister can not control her wee since this morning and her back is agony', 'emergency'],
      ['I have only back ache but since this morning I can not control my wee', 'emergency'],
    ],
  ],
  [
    'feeling lost before an operation long ago, said to have come back after it (context.yaml resolvedNow)',
    [
      ['Before my decompression I had no feeling in my feet. After the surgery the feeling came back fully and that was nine years ago. Is a hot bath fine for a sore back?', 'none'],
      ['Before my discectomy I could not feel my feet. Since the operation it all came back. Now only an ache after digging.', 'none'],
      ['Before my discectomy I could not feel my feet. After the operation it has come back and I can not feel them again.', 'emergency'],
      ['I can not feel my feet since this morning, I had a discectomy years ago', 'emergency'],
    ],
  ],
  [
    'legs like jelly after exercise told first, the likeness only (red-flags.yaml excepts)',
    [
      ['squats and lunges on Monday and now my legs are like jelly on the stairs, back a bit tight too', 'none'],
      ['went to a spin class yesterday and my thighs feel like rubber today, lower back stiff. just sore muscles?', 'none'],
      ['did squats yesterday and my legs keep buckling on the stairs', 'emergency'],
      ['went to the gym and now both my legs are numb and weak', 'emergency'],
      ['my legs feel like jelly and keep giving way, back has hurt since Sunday', 'emergency'],
    ],
  ],
  [
    'the back or the spasm "paralysing" the writer, a figure of speech for the pain (red-flags.yaml excepts)',
    [
      ['this lower back spasm is paralysing me haha, can hardly get off the sofa', 'none'],
      ['my back has me totally paralysed in bed lol, pulled it lifting a crate', 'none'],
      ['my legs are paralysed since I fell', 'emergency'],
      ['my back spasm is paralysing me and both my legs have gone numb', 'emergency'],
    ],
  ],
  [
    'a foot gone to sleep from the toilet seat, with the back told "now" after it (ordinary-causes.yaml pressure_named)',
    [
      ['was on the toilet for ages reading, my left foot went to sleep and now my back aches a bit', 'none'],
      ['sat on the toilet for too long, my foot went to sleep and now it will not wake up', 'emergency'],
      ['sat on the toilet for ages and now my foot is weak and dragging', 'emergency'],
    ],
  ],
]);
