import { levelsEach } from './support/screenTables';

// The notes' night pain is pain at rest at night that does not ease; pain on moving (rolling or
// turning over in bed, carrying boxes while moving house) is movement pain and anchors no
// night-pain question (check-anchors.yaml). Pain told at rest or at night still does.

levelsEach([
  [
    'pain on moving or turning over is no night pain',
    [
      ['Hurt my back moving boxes at the warehouse. Yelling each time I roll over. Help', 'none'],
      ['Did my back in carrying bags up the stairs. I shout every time I turn over. Advice?', 'none'],
      ['back went at the gym, agony each time I roll over, what do I do', 'none'],
    ],
  ],
  [
    'night pain told as rest pain is still raised',
    [
      ['my back aches all night and nothing eases it, not even lying still', 'urgent'],
      ['it wakes me every night, no position helps, constant ache', 'urgent'],
      ["I can't get comfy in any position and it's worse at night", 'urgent'],
    ],
  ],
]);
