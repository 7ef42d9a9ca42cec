import { levelsEach } from './support/screenTables';

// Round 34 (helper triage34), false alarms of the screen on one message, by kind, phrasings our own:
// - a sign told as over in the very words after it, the sign their subject ("the sweats stopped",
//   "the tingling wore off years ago"): context.yaml resolvedSign ends that finding only, and not
//   when it is told of again right after ("went away. it came back") or when something else follows
//   ("stopped me sleeping");
// - a disease named as what the writer's anxiety or a web search says, or as one possibility:
//   context.yaml speculation (cancer and the other `speculation` flags only; a history told stays one).
// Each kind with twins of the same shape that tell a real sign and must still be raised.
levelsEach([
  [
    'a sign whose own resolution follows it',
    [
      ['my night sweats stopped. back sore from gardening', 'none'],
      ['the fever subsided. now my back hurts from carrying boxes', 'none'],
      ['the sweating at night has stopped, my back aches from digging', 'none'],
      ['the fever subsided. then it came back last night', 'urgent'],
      ['my night sweats stopped me sleeping all week', 'urgent'],
      ['soaking the sheets with sweat every night this week and my back aches', 'urgent'],
      ['the numbness round my bottom stopped. then it started again this morning', 'emergency'],
      ['both my legs went numb and the pins and needles stopped, my back is agony', 'emergency'],
      ['the numbness in my saddle area went away but came back worse today', 'emergency'],
    ],
  ],
  [
    "a disease named as anxiety's or a search's guess",
    [
      ['my health anxiety keeps telling me my sore back means a tumour', 'none'],
      ['my anxiety says every twinge is a tumour', 'none'],
      ['put my symptoms into an app and it listed possible bone cancer, my back is just stiff from the gym', 'none'],
      ['my anxiety has gone through the roof since my cancer came back and my back is sore', 'urgent'],
      ['I was treated for bowel cancer two years ago and my back is aching', 'urgent'],
    ],
  ],
]);
