/** How each question of the symptom check is recognised in the bot's replies. */
export const ASK = {
  location: /where is the pain/i,
  onset: /when did it start/i,
  severity: /from 0 .*to 10/i,
  trigger: /anything set it off/i,
  bladder: /trouble peeing/i,
  saddle: /between your legs/i,
  legs: /both legs/i,
  trauma: /serious fall or accident/i,
  fever: /fever/i,
  cancer: /had cancer/i,
};
