import { levelsEach } from './support/screenTables';

// Round 39 (mend helper h), false alarms by kind, phrasings our own: signs denied as a
// checklist with "zero" or "nothing in my legs" (red-flags.yaml legs_named, a both-legs
// checklist item); what an activity or the pain could do, asked ahead (context.yaml
// hypothetical pre: "could sitting ... make my feet go numb?", "is it possible it turns into
// ...", "could this still be a kidney infection?"); someone else's illness beside the
// writer's own denial (long_term_steroids scopeFor immunosuppression); the writer's own
// long-past episode ("long time ago", a clinician's verdict as a clause of its own, and a
// story told before "twenty years later": laterAnchors); a form's tick boxes asked about
// (hypothetical pre); a harmless moment told with alarming words: a foot gone to sleep from
// kneeling, tight laces or too long on the toilet, a cramp after sport (ordinary-causes.yaml
// `+pressure`, `+cramp` groups), a wetting feared and found to be a hot water bottle
// (averted), "thought I was dying", "whole body locked", "falling apart" (figureWhole).
// Each kind with twins that tell a real sign and must still be raised.

levelsEach([
  [
    'signs denied as a checklist with "zero" or "nothing in my legs"',
    [
      ['zero pain in my legs, zero tingling anywhere. my lower back locked up after lifting a crate', 'none'],
      ['nothing in my legs, no numbness either, just a tight lower back from the garden', 'none'],
      ['both my legs have gone numb since this morning', 'emergency'],
      ['no leg pain but both legs feel weak and wobbly', 'emergency'],
    ],
  ],
  [
    'what an activity or the pain could do, asked ahead',
    [
      ['Flying to Perth on Friday with a sore back. Could sitting on the plane that long make my feet go numb? Just checking what to watch for.', 'none'],
      ["My gran says a bad back can end in a wheelchair. Is it possible that it turns into paralysis? I'm up and about, just stiff.", 'none'],
      ["My gran keeps saying back pain can put you in a wheelchair. Is it possible it becomes paralysis? I'm walking fine, just slowly.", 'none'],
      ["Could this still be a kidney infection? My wee is totally normal and I've no temperature, the ache is from hoovering.", 'none'],
      ['I can barely make my legs go where I want them, they keep giving way', 'emergency'],
      ["could it be a UTI? it stings when I wee and I've got a temperature", 'urgent'],
      ["I think I've got a kidney infection", 'urgent'],
    ],
  ],
  [
    "someone else's illness beside the writer's own denial",
    [
      ["My aunt took steroid tablets for years for her arthritis and fractured her spine. I have never taken those, only ibuprofen now for a back I strained at tennis.", 'none'],
      ["I've been on prednisolone every day for six years and my back is killing me", 'urgent'],
    ],
  ],
  [
    "the writer's own long-past episode",
    [
      ["Long time ago I came off a motorbike and hurt my back. Now it's sore again from painting the ceiling, no accident. Which stretches?", 'none'],
      ['I came off my horse when I was 19. Bruised, nothing broken. This is a different ache from weeding, twenty years later.', 'none'],
      ['I crashed my car when I was 19. Whiplash, nothing broken. This is a separate ache from weeding, twenty years later.', 'none'],
      ["after my c-section i could not feel when i needed to pee for about a day, the midwife said it happens. that was 3 years ago, this is just a strained back from gardening", 'none'],
      ["when i had my son i couldn't feel when i needed a wee for a day after the spinal block, nurse said that was normal. he's 6 now, this is a sore back from lifting him", 'none'],
      ['I fell off a ladder this morning and landed on my back', 'emergency'],
      ["Years ago I hurt my back. This morning I couldn't feel when I needed a wee", 'emergency'],
      ['I had a back op. Now both my legs are numb, two years later.', 'emergency'],
    ],
  ],
  [
    "a form's tick boxes asked about",
    [
      ["The physio's questionnaire has tick boxes for numbness in the groin, trouble peeing and past cancer. I don't have any of them. Why do they ask?", 'none'],
      ["The gym's health questionnaire has boxes for 'bladder problems', 'unexplained weight loss' and 'cancer'. I ticked none. Why do gyms ask that?", 'none'],
      ["I ticked the box for trouble peeing because I really can't pee since last night", 'emergency'],
    ],
  ],
  [
    'a harmless moment told with alarming words',
    [
      ["Knelt on the floor for ages grouting the bathroom and my left foot went to sleep, stamped it and it was fine. My lower back's still stiff, any tips?", 'none'],
      ["My toes went numb because my trainers were laced way too tight, loosened them and they're fine. Back still aches from the run", 'none'],
      ["Spent too long on the toilet reading and my leg went dead lol, came back after a minute. Back's sore from the gym, what stretches?", 'none'],
      ["Spent too long on the toilet reading and got a dead leg lol, came back after a minute. Back's sore from the gym, what stretches?", 'none'],
      ["Woke up with the bed damp and thought I'd wet the bed, but it was my gel heat pack that had burst. The spasm in my lower back hasn't gone though.", 'none'],
      ['Honestly thought I was dying when it seized, whole body locked halfway through tying my shoes. Easing now.', 'none'],
      ["Woke with a cramp in my calf after football, and my back's sore too. Am I falling apart?", 'none'],
      ["sat on the loo for ages and nothing came out, I can't pee at all", 'emergency'],
      ['my toes are numb and both legs keep giving way', 'emergency'],
      ["woke up and I'd wet the bed without noticing", 'emergency'],
      ["both my legs have been numb for hours since I crossed them, and now they're weak", 'emergency'],
      ['I thought I was dying, my chest is crushing and my left arm is numb', 'emergency'],
    ],
  ],
]);
