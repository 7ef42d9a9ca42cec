import { normalizer, quietEach, raisesEach } from './support/screenTables';

// Kinds of missed emergencies and urgents from the twenty-third round, each mended by a
// general mechanism: Caribbean and West African "can't" in the language layer, "'d" before a
// past participle read as "had" (not a supposition), a call that reported an event ("rang to
// say") is no supposition, insects on the skin as a leg sensation, something escaping out the
// back unfelt, nothing felt told beside sex, a curved spine said to be new, the back told beside
// the side in colic, and helper framing by staff of a care home and by someone posting for a friend.
// Phrasings our own.

raisesEach('emergencies told in the kinds the screen missed', 'emergency', [
  ['back been bad since friday and mi cyaan pass water since morning', 'bladder'],
  ['my lower back is terrible and I no fit hold my urine again', 'bladder'],
  ['since my back went, things come out the back and I do not notice till later', 'bowel'],
  ['after the spasm on sunday my husband and I made love and I felt nothing at all down below or anywhere', 'sexual_dysfunction'],
  ['back went monday, me and my wife tried last night and I could not feel anything, completely numb', 'sexual_dysfunction'],
  ['my back is killing me and both my legs feel like bugs are crawling under the skin', 'bilateral_leg_symptoms'],
  ['a creeping sensation in both my legs today along with my back pain', 'bilateral_leg_symptoms'],
  ['my grandad is 83, he phoned me this morning to say he had fallen down the whole flight of stairs and his back is sore', 'major_trauma'],
  ['I am 86 and I\'d fallen all the way down the stairs, my back is very sore now', 'major_trauma'],
  // framing by the writer's role, with a dated past told last ("... years ago"), which alone keeps a story someone else's
  ['posting for a teammate. He wet himself at the game and did not realise, and his back went on monday. He had the same knee op last year.', 'bladder'],
  ["I'm a senior carer. Mrs P is 84 and has had back pain for days, she soiled herself in bed and did not notice. She broke her hip years ago.", 'bowel'],
  ['I am a night nurse in a care home. A gentleman of 79 with back ache suddenly has severe belly and back pain, he is grey and sweaty and nearly fainted', 'abdominal_aortic'],
  ['my aunt is 80, she texted me this morning to say she had had a fall down the stairs, her back hurts', 'major_trauma'],
  // earlier rounds' kinds: the climax without the word sex, the bladder letting go by itself, the
  // seat area told as where one would sit on a bike, a partner's touch felt as on someone else
  ['since this back went I cannot come any more, is that the nerves', 'sexual_dysfunction'],
  ['my bladder gave way in the middle of the supermarket, and my back has been awful since tuesday', 'bladder'],
  ['the part you would sit on if you were on a horse has gone numb since lunch, my back is killing me', 'saddle_numbness'],
  ['back is bad, and me and my husband tried again last night, when he touched me it felt like it was somebody else', 'sexual_dysfunction'],
]);

raisesEach('urgents told in the kinds the screen missed', 'raised', [
  ['my back aches and my wife says my spine has gone crooked lately', 'back_lump'],
  ['my son has bad pain in his left side and lower back, it comes in waves, and he cannot sit still today', 'urinary_infection_signs'],
  // a person's back said to change shape up to now
  ['my dad\'s spine has gone bent lately and his back hurts', 'back_lump'],
  // colic told over several clauses, fine only between bouts
  ['it is on my right side under the ribs, round towards my back, and it comes in horrible waves so I cannot keep still, then it is fine for five minutes', 'urinary_infection_signs'],
]);

quietEach('the same words that tell no sign stay quiet', [
  'I nipped out the back to the bins and twisted my back',
  'the ants are crawling all over the patio again and my back is stiff from weeding',
  'I would say my back is just stiff, what stretches help?',
  'my back spasms come in waves and I can not sit still',
  'my bladder lets go a bit when I sneeze, it has done for years, and my back is stiff today',
  'my back looks hunched in photos, I know, but it just aches from the desk',
  'I used to be a night nurse in a care home, years ago, and my back has never been great, any stretches?',
]);

describe('the language layer', () => {
  test.each<[string, string]>([
    ["she'd had a fall", 'she had had a fall'],
    ["he'd been sick", 'he had been sick'],
    ["i'd need help", 'i would need help'],
    ['mi cyaan sleep', 'mi can not sleep'],
  ])('%s', (text, words) => {
    expect(normalizer.language.words(text).join(' ')).toBe(words);
  });
});
