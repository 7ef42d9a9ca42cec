import { levels } from './support/screenTables';

// Both legs are an emergency, however each side is told: each side told apart
// ("left ... right ...") is both. Our own wording.
levels(
  [
    ['my right leg has gone numb and my left leg is tingling', 'emergency'],
    ['tingling down my right leg and numbness down my left leg', 'emergency'],
    ['it was just my right leg but since lunch the left leg has started going numb too', 'emergency'],
    ['numb left leg, and the other one is going weak', 'emergency'],
    ['I have had a numb right thigh for a week from sciatica, the physio gave me exercises and I use heat at night, I drive for work so sitting hurts. Since I woke up today the left thigh has gone numb as well.', 'emergency'],
  ],
  '"%s": %s',
);
