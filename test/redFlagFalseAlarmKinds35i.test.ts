import { levelsEach } from './support/screenTables';

// Round 35 (helper i), false alarms by kind, phrasings our own: a shiver from open water the
// writer has just left (red-flags.yaml fever excepts) is the cold, not a temperature; weight lost
// since taking up a sport, or told as the aim (intended_weight_loss), is no loss without trying.
// Twins that tell a real temperature, a shiver with no cold water behind it, or a loss the
// writer cannot explain must still be raised.

levelsEach([
  [
    'a shiver from cold open water just left, beside a back sore from the sport',
    [
      ['was shivering as I got out of the lake this morning, my lower back is tight from the rowing', 'none'],
      ['chilled through climbing out of the river after a dip, and my back aches from the kayak', 'none'],
      ['shivery after a winter swim at the lido, back stiff from the lengths', 'none'],
      ['shivering coming out of the pool and I have a temperature of 39 tonight, my back aches', 'urgent'],
      ['shivery all evening with no swim or anything, and my back aches', 'urgent'],
    ],
  ],
  [
    'weight lost since taking up a sport, or told as what the writer wanted',
    [
      ['down six kilos since I joined a gym in March, which was the idea, and my back twinges after squats', 'none'],
      ['I have dropped a stone since I started running, that was the goal, but my lower back is stiff after long runs', 'none'],
      ['lost a stone since I started swimming, but now I am losing more weight without trying, my back aches', 'urgent'],
      ['I have lost a stone in two months and I have no idea why, my back aches', 'urgent'],
    ],
  ],
]);
