import { levelsEach } from './support/screenTables';

// Round 35 (helper i), false alarms by kind, phrasings our own: a shiver from open water the
// writer has just left (red-flags.yaml fever excepts) is the cold, not a temperature. Twins that
// tell a real temperature or a shiver with no cold water behind it must still be raised.

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
]);
