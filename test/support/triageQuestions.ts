/** How each question of the symptom check is recognised in the bot's replies. */
export const ASK = {
  location: /where is the pain/i,
  onset: /when did it start/i,
  severity: /from 0 .*to 10/i,
  trigger: /anything set it off/i,
  // The safety screen, in the order of knowledge/triage/screen.yaml (6 groups).
  bladder: /new trouble peeing or leaking/i,
  saddle: /numbness, tingling, pain or weakness in both legs/i,
  legs: /serious accident or fall/i,
  trauma: /fever or feel hot and shivery/i,
  fever: /ever had cancer/i,
  cancer: /osteoporosis or take steroid/i,
};

/** The screen's questions by group id, for new tests. */
export const SCREEN = {
  nerves: ASK.bladder,
  legs: ASK.saddle,
  accidentHeart: ASK.legs,
  infection: ASK.trauma,
  cancer: ASK.fever,
  bones: ASK.cancer,
};
