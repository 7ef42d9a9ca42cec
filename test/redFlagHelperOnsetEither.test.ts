import { levels, theirs } from './support/screenTables';

// A past time that dates the person's back trouble ("her back went last week") is no
// story that is over: a sign told of them now is theirs. A story that is over stays
// someone else's. Phrasings our own.
theirs([
  ['my mum says both her legs feel numb now, her back went last week', 'emergency'],
  ['my brother has wet himself twice this morning, his back has been bad since a month ago', 'emergency'],
  ['my husband cannot feel his bottom when he wipes today, he did his back in a week ago', 'emergency'],
]);
levels(
  [
    ['my mum had numb legs last week, she is fine now', 'none'],
    ['my sister had her back op last year and her legs were numb then', 'none'],
    ['my grandad lost control of his bladder years ago, my own back is just stiff', 'none'],
  ],
  '%s',
);

// "Either" after not feeling or moving is both legs; said of being fine or in a supposition it is nothing.
levels(
  [
    ["since I got up I can't feel either of my feet properly", 'emergency'],
    ['my dad can hardly lift either leg off the bed this morning', 'emergency'],
    ['I can feel either foot fine, it is only my back', 'none'],
    ["what if one day I couldn't move either leg?", 'none'],
  ],
  '%s',
);
