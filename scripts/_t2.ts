import { extractSymptomDetails } from '../src/triage/symptomParser';
const clock = new Date('2026-12-03T10:00:00Z');
for (const t of ['hey my lower back just seized up when i bent to get the laundry basket.', 'my back just went', 'it only just happened', "ugh no clue honestly. maybe a 6? it's like a 3 sitting still and then a 9 when i try to stand up straight"])
  console.log(t, JSON.stringify(extractSymptomDetails(t, clock, 'en-US')));
