import { lacks, raisesAlone } from './support/screenTables';

// A first episode over about 50 is told in idiom as often as plainly: a back that
// has "never given me a day's bother" or "never caused me any grief" is a back
// that has never hurt before (the notes' urgent row, first episode over 50-60).
describe('a back that has never given trouble, over 50', () => {
  raisesAlone(
    'urgent',
    [
      ["I'm 63 and my back has never given me a moment's bother, till it started aching last week for nothing", 'age_first_episode'],
      ['aged 57, back never once caused me any grief in my life and now it aches every day', 'age_first_episode'],
      ["I'm 66, my back's never given me problems, but a fortnight ago it started for no reason", 'age_first_episode'],
    ],
    'urgent: %s',
  );

  lacks(
    'age_first_episode',
    ["I'm 34 and my back has never given me bother before this", 'my grandad is 80 and his back never gave him a day of trouble'],
    'not a first episode over 50 in the writer: %s',
  );
});
