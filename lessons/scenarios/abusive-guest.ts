import type { Scenario } from '../../src/domain/activities/scenario-types';

/**
 * Anger that crosses into abuse. Calm empathy comes first, but when a customer insults a member of
 * staff the right move is a clear, calm limit, and if the abuse goes on, a manager: nobody handles
 * abuse alone, and the team is what makes that possible.
 */
export const abusiveGuest: Scenario = {
  id: 'abusive-guest',
  title: 'A table for four, the wrong Saturday',
  summary:
    'A diner arrives for his wife’s birthday to find his booking is for next week. His anger turns into insults aimed at you. Helping him and protecting yourself are both part of the job.',
  role: 'You are Kai, the host at The Linden Tree, a busy neighbourhood restaurant. The house rule is clear: if a guest is abusive, say calmly that you will not be spoken to that way, and if it carries on, call the duty manager. Nobody deals with abuse alone.',
  channel: { kind: 'in-person' },
  caseKind: 'abusive',
  persona: {
    name: 'Gareth Vance',
    description: 'A sales manager who has booked a table for his wife’s fiftieth birthday.',
    situation:
      'It is 7.55 on a Saturday night and every table is taken. Gareth booked online for four people at 8pm, but he picked next Saturday’s date by mistake. He has had a long week, and his wife, his son and his daughter-in-law are standing behind him.',
    startingMood: 0,
    startingTrust: 2,
  },
  start: 'ab-open',
  nodes: [
    {
      kind: 'turn',
      id: 'ab-open',
      narration: 'You search for his name. The booking is there: four at 8pm, next Saturday, the 21st.',
      customer: 'Evening. Vance, table for four at eight. It’s my wife’s birthday.',
      choices: [
        {
          id: 'ab-open-blunt',
          text: 'You’ve booked the wrong week.',
          feedback:
            'True, but it lands as an accusation in front of his family, on her birthday. The fact needed saying; the way you say it decides how the next minute goes.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'ab-shock',
        },
        {
          id: 'ab-open-wrong',
          text: 'I’m sorry, I’ve looked twice and there’s no booking under Vance for tonight. Are you sure it was with us and not somewhere nearby?',
          feedback:
            'There is a booking, just for another date. Saying there is none is inaccurate, hints that he has the wrong restaurant, and makes him feel the restaurant has lost it.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'ab-shock',
        },
        {
          id: 'ab-open-gentle',
          text: 'Happy birthday! I have a booking for four under Vance, but it’s showing for next Saturday, the 21st. Let me see what I can do tonight.',
          feedback:
            'You gave the facts without blame and moved straight to what you can do. It is the best possible way to deliver unwelcome news.',
          effects: { trust: 1, score: 2 },
          next: 'ab-shock',
          best: true,
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ab-shock',
      freeText: {
        actions: ['acknowledge-feeling', 'apologise', 'offer-remedy', 'commit-time', 'check-agreement'],
        essential: ['offer-remedy'],
        goodAt: 3,
        cues: {
          // What is really possible tonight: the bar now, the first table that frees up.
          'offer-remedy': [
            '!bar|drink|drinks|stool|stools',
            'first|next ~3 !table',
            'keep|hold|save ~3 !table',
          ],
          // Nobody else's table is the host's to give away.
          overpromise: [
            '!cancel|move|bump|kick|give ~3 another|other|someone|somebody|their ~2 party|table|booking|guests|people|family',
            '+give ~2 you ~1 !their',
          ],
        },
      },
      mood: -2,
      narration:
        'The restaurant is full. The bar has four stools free, and a table should clear in about half an hour.',
      customer: 'Next Saturday? No. I booked it for tonight. Your website’s a joke. Sort it out.',
      choices: [
        {
          id: 'ab-shock-offer',
          text: 'I can see how stressful that is on her birthday, and I’m sorry it’s come as a shock. I’ll get you drinks at the bar now and I’ll get you the first table that frees up, in the next 30 minutes. Does that work?',
          feedback:
            'You met his anger with calm, named how it feels and offered the best that is really possible tonight, with a time. Whatever comes next, you started well.',
          effects: { mood: 1, trust: 1, score: 3 },
          next: 'ab-insult',
          best: true,
          reads: {
            actions: ['acknowledge-feeling', 'apologise', 'offer-remedy', 'commit-time', 'check-agreement'],
          },
        },
        {
          id: 'ab-shock-explain',
          text: 'The booking page asks for the date and then shows it again on the confirmation screen, and the email that goes out straight afterwards has the date in the subject line and at the top of the message.',
          feedback:
            'All correct and all beside the point. A detailed account of how the booking page works reads as “this is your fault”, and it offers his family nowhere to sit.',
          effects: { mood: -1, score: 0 },
          next: 'ab-insult',
          reads: { actions: [] },
        },
        {
          id: 'ab-shock-blame',
          text: 'It’s not our fault you booked the wrong date. You should have checked your confirmation email.',
          feedback:
            'Blame, out loud, in front of his family. You have handed him a reason to be angry with you rather than with himself.',
          effects: { mood: -1, trust: -1, score: -1 },
          next: 'ab-insult',
          reads: { actions: [], faults: ['blame-customer'] },
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ab-insult',
      mood: -3,
      narration: 'He leans over the host stand. The table nearest the door goes quiet.',
      customer: 'Are you thick? I don’t want the bar. I want a table, you useless little idiot.',
      choices: [
        {
          id: 'ab-insult-grovel',
          text: 'I’m so sorry, I’m really sorry, please don’t be upset. I do apologise. Let me see if I can squeeze you in somewhere, I’m so sorry.',
          feedback:
            'Apologising for being insulted, and then trying to give in, teaches him that abuse works. It does not protect you or the guests who booked.',
          effects: { trust: -1, score: 0 },
          next: 'ab-again',
        },
        {
          id: 'ab-insult-fight',
          text: 'Don’t you call me an idiot! Who do you think you are?',
          feedback:
            'Completely understandable, and it turns his abuse into a shouting match you are part of. The tension cycle now runs on both sides.',
          effects: { mood: -1, trust: -1, score: -1 },
          next: 'ab-shouting',
        },
        {
          id: 'ab-insult-limit',
          text: 'I want to help you, and I will. But I won’t be spoken to like that.',
          feedback:
            'A clear, calm limit that names the behaviour, not the person, and keeps the offer of help open. You do not have to accept abuse to give good service.',
          effects: { trust: 1, score: 2 },
          next: 'ab-again',
          best: true,
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ab-shouting',
      customer: 'Who do I think I am? I’m the customer! Get me your manager. Now.',
      choices: [
        {
          id: 'ab-shouting-breathe',
          text: '(Take a breath.) I’ll get the duty manager.',
          feedback:
            'Stepping back from the argument and bringing in the manager is the right move, even this late. It stops the exchange getting worse.',
          effects: { score: 1 },
          next: 'ab-handover',
          best: true,
        },
        {
          id: 'ab-shouting-argue',
          text: 'The manager will tell you exactly what I told you.',
          feedback:
            'Another jab keeps the fight going in front of a full room. By now nobody is listening to anybody.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'ab-end-walkout',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ab-again',
      customer: 'Oh, you won’t, will you? I’ll speak to you how I like. I’m the one paying your wages.',
      narration: 'He jabs a finger towards you. His wife says quietly, “Gareth, please.”',
      choices: [
        {
          id: 'ab-again-manager',
          text: 'I’m going to ask my manager to come over now.',
          feedback:
            'The limit did not hold, so you followed the house rule: calm, short, and not alone. Calling the manager is not failing; it is how a team deals with abuse.',
          effects: { score: 2 },
          next: 'ab-handover',
          best: true,
        },
        {
          id: 'ab-again-police',
          text: 'If you carry on like this, I’ll call the police.',
          feedback:
            'Jumping to the police raises the stakes before the manager has had a chance to calm things. Threats make people defend their pride.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'ab-handover',
        },
        {
          id: 'ab-again-absorb',
          text: '(Say nothing, look down at the booking screen, and hope he calms down.)',
          feedback:
            'Taking it in silence leaves you alone with the abuse and teaches him it is allowed. The rule says you call someone, for good reason.',
          effects: { trust: -1, score: 0 },
          next: 'ab-handover',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ab-handover',
      narration: 'Nadia, the duty manager, is beside you within a minute.',
      customer: '(To Nadia) Your host has been incredibly rude to me.',
      choices: [
        {
          id: 'ab-handover-facts',
          text: '(To Nadia) Mr Vance’s booking is for next Saturday, and tonight is his wife’s birthday. I offered the bar now and the first free table. He called me an idiot, so I asked you over.',
          feedback:
            'A calm, factual handover: the booking, the occasion, what you offered and why you called her. Nadia can help at once without anyone repeating the story.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'ab-server',
          best: true,
        },
        {
          id: 'ab-handover-vent',
          text: '(To Nadia) He’s been shouting at me and calling me names since he walked in. I want him out.',
          feedback:
            'Your feelings are fair, and Nadia needs to hear about the insults, but this handover leaves out the booking and what you offered, and asks for a decision that is hers to make.',
          effects: { mood: -1, score: 0 },
          next: 'ab-server',
        },
        {
          id: 'ab-handover-sorry',
          text: '(To Nadia) Sorry, Nadia, sorry. I didn’t know what to do. Sorry to drag you over.',
          feedback:
            'You have nothing to apologise for: calling her was the rule. And she still does not know what has happened.',
          effects: { score: 0 },
          next: 'ab-server',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ab-server',
      narration:
        'Nadia offers the family drinks at the bar and the corner table at 8.30. Mr Vance accepts, stiffly.',
      customer: '(To Nadia) Fine. Half eight. But I don’t want him anywhere near our table.',
      choices: [
        {
          id: 'ab-server-petty',
          text: '(To Mr Vance) Don’t worry, I wasn’t planning to be.',
          feedback: 'A parting shot feels good for a second and reopens everything Nadia has just settled.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'ab-apology',
        },
        {
          id: 'ab-server-fine',
          text: '(To Nadia) Of course. I’ll ask Sam to look after table 12.',
          feedback:
            'You let it go and made it happen. Not taking his request personally keeps the evening calm for everyone, including you.',
          effects: { mood: 1, score: 2 },
          next: 'ab-apology',
          best: true,
        },
        {
          id: 'ab-server-storm',
          text: '(Walk off towards the kitchen without a word, and leave Nadia to sort out the table and the seating plan on her own.)',
          feedback:
            'Understandable, and it leaves Nadia to sort out the table on her own. A short reply would have closed the moment cleanly.',
          effects: { score: 0 },
          next: 'ab-apology',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ab-apology',
      narration: 'An hour later he stops at the host stand on his way back from the bathroom.',
      customer:
        'Look, about earlier. It’s been a rotten week, and I was out of order. I shouldn’t have called you that.',
      choices: [
        {
          id: 'ab-apology-accept',
          text: 'Thank you for saying so. I hope you’re all having a lovely evening.',
          feedback:
            'Gracious, short and final. You accepted the apology without pretending the insult was fine and without scoring a point.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'ab-candle',
          best: true,
        },
        {
          id: 'ab-apology-own',
          text: 'No, honestly, it was my fault really. I should have handled it better. I’m sorry too.',
          feedback:
            'Kind, but you are taking on blame that is not yours. You set a fair limit; you do not need to apologise for it.',
          effects: { mood: 1, score: 0 },
          next: 'ab-candle',
        },
        {
          id: 'ab-apology-point',
          text: 'Well, you did ruin my night a bit.',
          feedback:
            'Honest, perhaps, but it turns his apology into a new argument. Letting it go is a gift to yourself as much as to him.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'ab-candle',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ab-candle',
      customer: 'Is there any chance of a candle in her dessert? I know I probably don’t deserve it.',
      choices: [
        {
          id: 'ab-candle-grudge',
          text: 'After how you spoke to me earlier? I’ll see.',
          feedback:
            'It holds the insult over him, and it is his wife’s birthday, not his. The limit you set earlier has already done its job.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'ab-after',
        },
        {
          id: 'ab-candle-yes',
          text: 'Of course. I’ll let Sam know.',
          feedback:
            'Plain and generous. Once abuse has stopped and been apologised for, you go back to serving the table like any other.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'ab-after',
          best: true,
        },
        {
          id: 'ab-candle-over',
          text: 'Absolutely, and we’ll have the whole team sing, bring out a complimentary bottle of prosecco and knock twenty per cent off your bill for all the trouble tonight.',
          feedback:
            'Over-giving after abuse sends the wrong signal to him and to the staff who saw it, and it is not your call to make. A candle was what he asked for.',
          effects: { mood: 1, trust: -1, score: 0 },
          next: 'ab-after',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ab-after',
      narration: 'At closing, Nadia asks how you are and reminds you to write up the incident.',
      customer: '(On his way out, holding the door for his wife) Thanks. She loved the candle. Sorry again.',
      choices: [
        {
          id: 'ab-after-skip',
          text: '(Nod goodbye, then tell Nadia there’s no need for a note, since he apologised and it’s all over now.)',
          feedback:
            'The apology was good, but the note still matters: it protects you if he complains later, and it shows the restaurant whether abuse at the door is becoming a pattern.',
          effects: { score: 0 },
          next: 'ab-outcome',
        },
        {
          id: 'ab-after-vent',
          text: '(Nod goodbye, then post about “the worst customer ever” in the staff group chat.)',
          feedback:
            'You need to talk about it, and a post about a named guest is not the place. It can travel further than you intend.',
          effects: { trust: -1, score: 0 },
          next: 'ab-outcome',
        },
        {
          id: 'ab-after-note',
          text: '(Say goodnight, then write a short, factual note with Nadia and take five minutes.)',
          feedback:
            'A factual record protects you and helps the team, and a short break after abuse is not a luxury. Looking after yourself is part of keeping the service good tomorrow.',
          effects: { mood: 1, score: 2 },
          next: 'ab-outcome',
          best: true,
        },
      ],
    },
    {
      kind: 'branch',
      id: 'ab-outcome',
      rules: [
        {
          when: {
            all: [
              { variable: 'trust', is: '>=', value: 4 },
              { variable: 'mood', is: '>=', value: 2 },
              // A promoter needs the best path's score (19) but for a slip or two: trust and mood reach
              // their ceilings early, so on their own they would forgive several weak replies.
              { variable: 'score', is: '>=', value: 17 },
            ],
          },
          next: 'ab-end-promoter',
        },
        {
          when: {
            any: [
              { variable: 'mood', is: '<=', value: -2 },
              { variable: 'trust', is: '<=', value: 0 },
            ],
          },
          next: 'ab-end-lost',
        },
      ],
      otherwise: 'ab-end-satisfied',
    },
  ],
  endings: [
    {
      id: 'ab-end-promoter',
      outcome: 'promoter',
      title: 'Back next Saturday, asking for you',
      narration:
        'Gareth keeps his booking for the 21st and comes back with two friends. At the stand he says, a little sheepishly, “You were better to me than I deserved,” and leaves a review that praises “a host who kept his cool.”',
      debrief:
        'A great host starts with calm facts and a real offer. When anger turns into insults, they set one short, calm limit that names the behaviour, and if it goes on they call the manager and hand over the facts. Afterwards they accept an apology gracefully, serve the table like any other, and write the incident up.',
    },
    {
      id: 'ab-end-satisfied',
      outcome: 'satisfied',
      title: 'Dinner served, evening survived',
      narration:
        'The family eat, the birthday is rescued, and the Vances leave without a scene. Gareth quietly cancels next Saturday’s booking.',
      debrief:
        'The evening held together. A great host would have delivered the news without blame, offered the bar and the next table with a time, set a calm limit at the first insult, called the manager when it continued, and let the apology close the matter.',
    },
    {
      id: 'ab-end-lost',
      outcome: 'lost',
      title: 'A bad night on both sides',
      narration:
        'The Vances eat in silence and leave a one-star review about “a rude host”. You go home shaken and dread the next Saturday shift.',
      debrief:
        'Abuse is never part of the job, and neither giving in nor fighting back stops it. A great host stays calm, offers what is possible, sets a short and clear limit at the first insult, calls the manager if it continues, hands over the facts, and records the incident afterwards.',
    },
    {
      id: 'ab-end-walkout',
      outcome: 'lost',
      title: 'Shown the door',
      customer: 'We’re leaving. You’ll be hearing about this.',
      narration:
        'Nadia arrives to a shouting match and asks the family to leave. Mrs Vance is in tears on the pavement. The story reaches the local paper’s website the next week, and it mentions you.',
      debrief:
        'Answering abuse with anger makes you part of the fight, and the guests at every other table watch it. A great host sets a calm limit instead and calls the manager before the exchange boils over.',
    },
  ],
};
