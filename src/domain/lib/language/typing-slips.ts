/**
 * Slips people make when typing fast in a chat box or on a phone: apostrophes left out ("ill send",
 * "thats"), text-speak ("u", "tmrw") and common misspellings of the words a service reply leans on
 * ("sory", "tomorow", "recieve"). They are put right before a text is read, so "Ill send it tomorow"
 * is read as "I'll send it tomorrow". Only whole words are changed, and only where the slip cannot be
 * read another way: "ill" stays "ill" after "I'm", "feel", "was" and the like ("I'm ill").
 */

const SLIPS: Record<string, string> = {
  // Apostrophes left out.
  im: "I'm",
  ive: "I've",
  youre: "you're",
  youll: "you'll",
  youve: "you've",
  theyre: "they're",
  theyll: "they'll",
  weve: "we've",
  thats: "that's",
  theres: "there's",
  whats: "what's",
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  cant: "can't",
  couldnt: "couldn't",
  wont: "won't",
  wouldnt: "wouldn't",
  shouldnt: "shouldn't",
  isnt: "isn't",
  arent: "aren't",
  wasnt: "wasn't",
  werent: "weren't",
  havent: "haven't",
  hasnt: "hasn't",
  // Text-speak.
  u: 'you',
  ur: 'your',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmrrw: 'tomorrow',
  asap: 'as soon as possible',
  // Misspellings of words replies lean on.
  sory: 'sorry',
  sorrry: 'sorry',
  soory: 'sorry',
  appologise: 'apologise',
  appologize: 'apologize',
  appologies: 'apologies',
  apologys: 'apologies',
  tomorow: 'tomorrow',
  tommorow: 'tomorrow',
  tommorrow: 'tomorrow',
  tomorrrow: 'tomorrow',
  excange: 'exchange',
  exhange: 'exchange',
  exchnage: 'exchange',
  wich: 'which',
  whcih: 'which',
  colect: 'collect',
  detials: 'details',
  adress: 'address',
  addres: 'address',
  recieve: 'receive',
  recieved: 'received',
  definately: 'definitely',
  definatly: 'definitely',
  replacment: 'replacement',
  immediatly: 'immediately',
  immediatley: 'immediately',
  untill: 'until',
  garantee: 'guarantee',
  guarentee: 'guarantee',
  arive: 'arrive',
  refud: 'refund',
  refnud: 'refund',
  seperate: 'separate',
  beleive: 'believe',
  thier: 'their',
  becuase: 'because',
  becasue: 'because',
  realy: 'really',
  sytem: 'system',
  frustating: 'frustrating',
  frustraiting: 'frustrating',
  stressfull: 'stressful',
  understnad: 'understand',
  undersand: 'understand',
  mistak: 'mistake',
  mistke: 'mistake',
  opticien: 'optician',
  resturant: 'restaurant',
  enginer: 'engineer',
  engeneer: 'engineer',
  apointment: 'appointment',
  appointmnet: 'appointment',
};

/** Words after which "ill" means unwell, not "I'll". */
const BEFORE_ILL = new Set([
  "i'm",
  'im',
  'am',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'feel',
  'feels',
  'feeling',
  'felt',
  'fell',
  'very',
  'so',
  'too',
  'quite',
  'really',
  'seriously',
  'got',
  'falls',
  'became',
  'mentally',
  'terminally',
]);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

function keepCase(typed: string, fix: string): string {
  if (fix.startsWith('I') && /^I'/.test(fix)) return fix;
  return typed[0] && typed[0] !== typed[0].toLowerCase() ? fix[0]?.toUpperCase() + fix.slice(1) : fix;
}

/** The text with typing slips put right, word by word. */
export function fixTypingSlips(text: string): string {
  let previous = '';
  return text.replace(WORD, (typed) => {
    const lower = typed.toLowerCase();
    let fix: string | undefined = Object.hasOwn(SLIPS, lower) ? SLIPS[lower] : undefined;
    if (lower === 'ill' && !BEFORE_ILL.has(previous)) fix = "I'll";
    previous = lower;
    return fix === undefined || fix === lower ? typed : keepCase(typed, fix);
  });
}
