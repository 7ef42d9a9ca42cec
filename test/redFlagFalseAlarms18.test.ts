import { levels, quietEach } from './support/screenTables';

// The learned stage's unsure guess must stand on the writer's own clauses: a
// pet's or another person's story told beside the writer's own back is not
// asked about. A message only about someone else is still read whole (it may be
// a helper's), and the writer's own signs still count.
quietEach(
  "someone else's clauses do not carry an unsure guess",
  [
    'my pony tripped over a log on the hack, he is fine, but I have been grooming him a lot and my back is stiff',
    'the kitten can not hold her wee yet so I am bending over the litter tray all day and my back is sore',
  ],
  'none',
);

describe("the writer's own signs still count", () => {
  levels(
    [
      ['my pony is fine, but since this morning I can not feel my bottom on the saddle or when I wipe', 'emergency'],
      ['my husband is on the floor and says his legs will not hold him, his back is agony', 'emergency'],
    ],
    '%s',
  );
});
