import { levelsEach } from './support/screenTables';

// Round 38 (safety helper), false alarms by kind, in our own wording: someone else already
// admitted to hospital or booked for an operation, told beside the writer's own ordinary
// strain (helpers.yaml inCare); a bodily function told going on without trouble (context.yaml
// `able`, flag-areas.yaml: the part named works now); a writer doing coursework on the subject
// who asks about the signs in general (context.yaml generalQuestion.selfDenial). Each kind with
// twins that tell a real sign now and must still be raised.

levelsEach([
  [
    'someone else admitted or booked for an operation, beside the writer\'s own strain',
    [
      ['my flatmate is in for surgery because she can not pee, and my back is stiff from mowing the lawn', 'none'],
      ['my brother is having surgery after his legs went weak, my back is sore from moving his furniture', 'none'],
      ['my husband was admitted to hospital on Friday and now I can not feel my legs and my back is agony', 'emergency'],
      ['my dad is being admitted right now, he can not feel his legs, and my back is sore from lifting him', 'emergency'],
    ],
  ],
  [
    'a bodily function told going on without trouble',
    [
      ['urinating with no difficulty, zero tingling. my back is sore from decorating', 'none'],
      ['passing urine without any problem, sore back from painting', 'none'],
      ['weeing without any trouble until yesterday, now nothing comes out at all and my back is agony', 'emergency'],
      ['bladder with no problems but my bum has gone numb since this morning', 'emergency'],
    ],
  ],
  [
    'coursework on the subject, asking about the signs in general',
    [
      ['I am a nursing student writing an essay on spinal warning signs. Could you explain how night pain differs from a numb saddle area in urgency?', 'none'],
      ['writing a report on back care for my sports science module. Can you explain when fever with back pain becomes a worry?', 'none'],
      ['I am writing an essay for uni but both my legs have gone weak since this morning and my back is agony', 'emergency'],
      ['I am doing a project on back pain and since yesterday I can not feel when I need to pee', 'emergency'],
    ],
  ],
]);
