import type { Scenario } from '../../src/domain/activities/scenario-types';

/**
 * A customer in distress, and vulnerable for now: frightened, ashamed and struggling to take
 * things in. Putting her at the centre means slowing down, acting to protect her first, never
 * blaming, being honest about what cannot be promised, and arranging support with her consent.
 */
export const distressedCaller: Scenario = {
  id: 'distressed-caller',
  title: 'I think I’ve done something stupid',
  summary:
    'A frightened older customer rings after a scam call emptied part of her savings. What she needs most is not speed or a script, but someone steady who acts for her.',
  role: 'You are Sasha, on the phone team at Northway Building Society. You can stop cards and online banking at once, open a fraud claim, and, if the customer agrees, add a note asking colleagues to give her extra time and to call her back rather than keep her waiting.',
  channel: { kind: 'phone' },
  caseKind: 'vulnerable',
  persona: {
    name: 'Margaret Hollis',
    description: 'A widow of 79 who has saved with Northway for forty years.',
    situation:
      'Yesterday a man who said he was from Northway’s fraud team told Margaret her account was under attack and talked her into moving £2,400 to a “safe account”. This morning her neighbour said it sounded like a scam. Margaret has rung the number on the back of her card. She is close to tears.',
    startingMood: -2,
    startingTrust: 2,
  },
  start: 'dc-open',
  nodes: [
    {
      kind: 'turn',
      id: 'dc-open',
      customer:
        'Hello? I think I’ve done something very stupid. I’ve given my money away, and I don’t know what to do.',
      choices: [
        {
          id: 'dc-open-steady',
          text: 'You’ve done the right thing ringing us. I’m Sasha, and I’m going to help you.',
          feedback:
            'Calm, warm and steady. You did not agree that she was stupid, and you told her straight away that she is no longer on her own with this.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'dc-security',
          best: true,
        },
        {
          id: 'dc-open-security',
          text: 'Before I can discuss any account I’ll need to take you through security. Can I have your full name, date of birth and the first line of your address?',
          feedback:
            'Security checks matter, but leading with a list of questions to someone in tears tells her the process comes before her. A sentence of reassurance first costs nothing.',
          effects: { mood: -1, score: 0 },
          next: 'dc-security',
        },
        {
          id: 'dc-open-pity',
          text: 'Oh no, oh I’m so sorry, that’s awful. You poor thing, I’m so sorry that’s happened to you. How terrible.',
          feedback:
            'Heartfelt, but pity is not help. Three apologies and “you poor thing” match her panic instead of steadying it.',
          effects: { score: 0 },
          next: 'dc-security',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'dc-security',
      customer:
        'It’s Margaret Hollis. But how do I know you’re really the bank? He said he was the bank too.',
      choices: [
        {
          id: 'dc-security-insist',
          text: 'Yes, I am really from Northway. Now, I need your date of birth and your postcode.',
          feedback:
            'This is exactly what the scammer said. Telling her to trust you, without a reason, cannot reassure someone who has just been fooled that way.',
          effects: { trust: -1, score: 0 },
          next: 'dc-how',
        },
        {
          id: 'dc-security-reason',
          text: 'That’s a very good question. You rang the number on the back of your card, so you know it’s us. We’ll never ask you to move money.',
          feedback:
            'You praised her caution and gave her a reason she can check for herself. That rebuilds her confidence as well as her trust in you.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'dc-how',
          best: true,
        },
        {
          id: 'dc-security-script',
          text: 'For security purposes, please confirm your full date of birth, your postcode and the last three digits of the long number on your card.',
          feedback:
            'Correct procedure, and it ignores her question. She needed a reason to believe you before she gives anything more away.',
          effects: { score: 0 },
          next: 'dc-how',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'dc-how',
      narration: 'Security is passed. The £2,400 left her account yesterday at 3.12pm.',
      customer:
        'It was two thousand four hundred pounds. He said my account was being attacked and I had to move it somewhere safe.',
      choices: [
        {
          id: 'dc-how-why',
          text: 'Why did you move it? We would never ask you to do that.',
          feedback:
            'It is true that you would never ask, and right now it sounds like an accusation. She already blames herself; she needs you to act, not to question her.',
          effects: { mood: -1, trust: -1, score: -1 },
          next: 'dc-hurt',
        },
        {
          id: 'dc-how-details',
          text: 'Can you tell me exactly what he said, word for word, and what time he called, and whether he gave you a name or a number, and which account you sent it to?',
          feedback:
            'These details matter for the claim, but four questions at once to a frightened caller is too much, and nothing has been done yet to protect her.',
          effects: { mood: -1, score: 0 },
          next: 'dc-claim',
        },
        {
          id: 'dc-how-protect',
          text: 'First, I’m stopping your card and online banking now, so nothing else can leave.',
          feedback:
            'Protecting her first is the most caring thing you can do. One clear action, said plainly, also tells her that someone is in control now.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'dc-claim',
          best: true,
        },
      ],
    },
    {
      kind: 'turn',
      id: 'dc-hurt',
      mood: -3,
      customer: 'I know. I know that now. I feel such a fool. Maybe I should just put the phone down.',
      choices: [
        {
          id: 'dc-hurt-repair',
          text: 'Please don’t. That came out wrong, and I’m sorry. You’re not a fool. Let me stop your card first.',
          feedback:
            'You noticed the harm and repaired it quickly, then moved to action. She stays on the line, though she is more shaken than before.',
          effects: { mood: 1, trust: 1, score: 1 },
          next: 'dc-claim',
          best: true,
        },
        {
          id: 'dc-hurt-fine',
          text: 'That’s up to you, but we can’t do anything unless you stay on the line.',
          feedback:
            'Cold and true. A vulnerable customer hanging up is a real risk, and this reply makes it more likely.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'dc-end-hung-up',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'dc-claim',
      freeText: {
        actions: [
          'acknowledge-feeling',
          'apologise',
          'explain',
          'offer-remedy',
          'commit-time',
          'ask-need',
          'check-agreement',
          'keep-informed',
        ],
        essential: ['offer-remedy'],
        goodAt: 3,
        cues: {
          // What Sasha can do now: a fraud claim, and chasing the bank the money went to.
          'offer-remedy': [
            '!open|start|raise|lodge|log|make|process|file ~3 claim|case|report',
            'contact|call|ring|chase|ask ~4 !bank',
            '!freeze|trace|recover',
          ],
          // Being honest about what cannot be promised is part of the answer.
          explain: [
            '-i|we can|could ~2 !promise|guarantee|say|tell',
            '-i|we will ~2 !pretend',
            '!depends ~2 on',
          ],
          // Whether the money comes back is not hers to promise.
          overpromise: [
            'i am ~1 !sure|certain|confident ~6 back|sorted|recover|fine|return',
            'you will ~2 !get ~4 every|all|penny|everything ~3 back',
            '!definitely|certainly ~4 back',
            '+!always|nearly ~3 get|gets|got ~2 sorted|back',
          ],
          'blame-customer': [
            'you ~3 !authorised|authorized|approved|transferred|handed|gave|agreed',
            '+you ~1 did ~2 !give|hand|send|move|transfer ~2 it|that|away',
            '+!fall ~2 for ~1 that|it|this',
            '+obviously|clearly ~2 a ~1 !scam',
          ],
        },
      },
      narration: 'Her card and online banking are stopped. You can open a fraud claim now.',
      customer: 'Will I get it back? That money was for my husband’s headstone.',
      choices: [
        {
          id: 'dc-claim-soothe',
          text: 'Oh, don’t you worry about that, these things nearly always get sorted out in the end, and I am sure it will all come back to you.',
          feedback:
            'Kindly meant, and not yours to promise. If the money does not come back, this is the sentence she will remember.',
          effects: { trust: -1, score: 0 },
          next: 'dc-shame',
          reads: { actions: [], faults: ['overpromise'] },
        },
        {
          id: 'dc-claim-blame',
          text: 'We do warn customers never to move money to a safe account, and it’s on our website. You should have called us first.',
          feedback:
            'Blame, at the moment she mentions her husband’s headstone. Warnings on a website do not help someone who has just been tricked.',
          effects: { mood: -2, trust: -2, score: -1 },
          next: 'dc-shame',
          reads: { actions: [], faults: ['blame-customer'] },
        },
        {
          id: 'dc-claim-honest',
          text: 'I understand how much that money means, and I’m so sorry to hear that. I can’t promise it all comes back, but I’ll process a fraud claim now, and we’ll contact the bank it went to today. I’ll call you by Friday with news. Is that OK?',
          feedback:
            'Honest about what you cannot promise, clear about what you are doing, and specific about when she will hear. Certainty about the next step steadies people more than false hope.',
          effects: { mood: 1, trust: 2, score: 3 },
          next: 'dc-shame',
          best: true,
          reads: {
            actions: [
              'acknowledge-feeling',
              'apologise',
              'explain',
              'offer-remedy',
              'commit-time',
              'check-agreement',
              'keep-informed',
            ],
          },
        },
      ],
    },
    {
      kind: 'turn',
      id: 'dc-shame',
      customer: 'My son will be so cross with me. I don’t want to tell him.',
      choices: [
        {
          id: 'dc-shame-must',
          text: 'You’ll need to tell him. He may want to look after your banking for you from now on.',
          feedback:
            'It takes a decision out of her hands and suggests she can no longer manage her own money. Being vulnerable today does not mean losing her say.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'dc-pace',
        },
        {
          id: 'dc-shame-others',
          text: 'These callers fool careful people every day. Who tells him is up to you.',
          feedback:
            'You lifted some of the shame with a plain fact and left the choice with her. Respect for her independence is part of caring for her.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'dc-pace',
          best: true,
        },
        {
          id: 'dc-shame-dismiss',
          text: 'Don’t worry about it. Honestly, it’s not a big deal, it happens all the time.',
          feedback:
            'Meant to comfort, but “not a big deal” brushes aside something that is a very big deal to her, and makes her feel less heard.',
          effects: { score: 0 },
          next: 'dc-pace',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'dc-pace',
      narration:
        'You have four things to tell her: her claim number, when her new card will come, the letter she will get, and that Northway never asks anyone to move money. She has gone quiet.',
      customer: 'Sorry, dear, can you say that again? I’ve lost track.',
      choices: [
        {
          id: 'dc-pace-louder',
          text: '(Repeat all four points again, in the same order, a little louder.)',
          feedback:
            'She did not miss it because it was quiet; she missed it because it was too much at once. Louder does not help someone who is overwhelmed.',
          effects: { mood: -1, score: 0 },
          next: 'dc-support',
        },
        {
          id: 'dc-pace-letter',
          text: 'Don’t worry about remembering any of it. Everything will be in the letter we send you, so you can just read it when it arrives.',
          feedback:
            'A letter helps, but it leaves her with nothing to hold on to today, when she is anxious and waiting.',
          effects: { score: 1 },
          next: 'dc-support',
        },
        {
          id: 'dc-pace-slow',
          text: 'Of course. One thing at a time. Have you got a pen?',
          feedback:
            'Slowing down and letting her write it down gives her control back. Short pieces, one at a time, are how people take things in when they are upset.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'dc-support',
          best: true,
        },
      ],
    },
    {
      kind: 'turn',
      id: 'dc-support',
      customer: 'Thank you, dear. You’ve been very patient with me.',
      choices: [
        {
          id: 'dc-support-flag',
          text: 'I’m adding a vulnerability flag to your account so our staff know.',
          feedback:
            'The support may be right, but a label added without asking her takes away her choice and can feel like being marked.',
          effects: { trust: -1, score: 0 },
          next: 'dc-callback',
        },
        {
          id: 'dc-support-offer',
          text: 'Would it help if I noted on your account that you’d like a bit more time, and that we should ring you back rather than keep you waiting? Only if you’re happy for me to.',
          feedback:
            'Support offered, explained in plain words, and left for her to accept. That keeps her at the centre of decisions about her own account.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'dc-callback',
          best: true,
        },
        {
          id: 'dc-support-nothing',
          text: 'No problem at all. Is there anything else today?',
          feedback:
            'Polite, and you missed the chance to make her next call easier. She may struggle the same way next time.',
          effects: { score: 0 },
          next: 'dc-callback',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'dc-callback',
      customer: 'Yes, please. And will it be you who rings me on Friday?',
      choices: [
        {
          id: 'dc-callback-me',
          text: 'Yes. Friday at ten, me, Sasha.',
          feedback:
            'A name, a day and a time: a small promise you control and will keep. To a frightened customer, knowing who will call matters a great deal.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'dc-close',
          best: true,
        },
        {
          id: 'dc-callback-rota',
          text: 'I can’t say who, I’m afraid. It depends on the rota.',
          feedback:
            'Honest, and it leaves her unsure who to expect, which is exactly what a scammer could use. You could have booked the call yourself.',
          effects: { trust: -1, score: 0 },
          next: 'dc-close',
        },
        {
          id: 'dc-callback-course',
          text: 'Someone from our fraud team will be in touch with you in due course, once the claim has been reviewed.',
          feedback:
            'Vague on who and when. After what happened yesterday, she needs to know exactly who will ring and when, so she can tell the real call from a fake one.',
          effects: { score: 0 },
          next: 'dc-close',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'dc-close',
      customer: 'My neighbour Joan is here now. She’s putting the kettle on.',
      choices: [
        {
          id: 'dc-close-lecture',
          text: 'Good. And remember, never give your details to anyone on the phone again, will you?',
          feedback:
            'The warning is right and the timing is wrong. Ending on a telling-off leaves her with shame rather than relief.',
          effects: { mood: -1, score: 0 },
          next: 'dc-outcome',
        },
        {
          id: 'dc-close-glad',
          text: 'I’m glad you’re not on your own. Speak to you on Friday at ten.',
          feedback:
            'You noticed what matters, that she has company, and repeated the one thing she needs to remember. A gentle ending for a hard call.',
          effects: { mood: 1, score: 2 },
          next: 'dc-outcome',
          best: true,
        },
        {
          id: 'dc-close-script',
          text: 'Lovely. Thank you for calling Northway Building Society. You may receive a short survey about this call by text message.',
          feedback:
            'A survey text is the last thing she needs today, and she may now be wary of any unexpected message from the bank.',
          effects: { score: 0 },
          next: 'dc-outcome',
        },
      ],
    },
    {
      kind: 'branch',
      id: 'dc-outcome',
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
          next: 'dc-end-promoter',
        },
        {
          when: {
            any: [
              { variable: 'mood', is: '<=', value: -2 },
              { variable: 'trust', is: '<=', value: 0 },
            ],
          },
          next: 'dc-end-lost',
        },
      ],
      otherwise: 'dc-end-satisfied',
    },
  ],
  endings: [
    {
      id: 'dc-end-promoter',
      outcome: 'promoter',
      title: 'Someone steady on the line',
      customer: 'Thank you, Sasha. Friday at ten. I’ve written it on the calendar.',
      narration:
        'On Friday at ten you ring her. The receiving bank has returned £1,900, and the claim for the rest is still open. At her lunch club Margaret tells her friends to ring the number on their card if anyone calls about a “safe account”, and that Northway “looked after me like family”.',
      debrief:
        'With a distressed, vulnerable customer, a great representative slows down, reassures before asking questions, gives reasons she can check, protects her money first, never blames, is honest about what cannot be promised, breaks information into small pieces, offers support with her consent, and makes a callback with a name and a time.',
    },
    {
      id: 'dc-end-satisfied',
      outcome: 'satisfied',
      title: 'Protected, still shaken',
      narration:
        'Her accounts are safe and the claim goes ahead. Margaret feels she was dealt with properly, but for weeks she dreads the phone, and she leaves the next letter from Northway unopened for days.',
      debrief:
        'The practical steps were done. A great representative would also have put her at the centre: a steady first sentence, a reason to trust the call, no questions that sound like blame, one piece at a time, support offered and not imposed, and a named person calling at a set time.',
    },
    {
      id: 'dc-end-lost',
      outcome: 'lost',
      title: 'Too ashamed to call again',
      narration:
        'Margaret stops answering the phone. When the fraud team calls she hangs up, unsure who it is. Her son moves her savings to another bank.',
      debrief:
        'A frightened customer judges the whole organisation by one call. Blame, scripts, false promises and information dumped all at once leave her more alone. A great representative steadies, protects, explains honestly and slowly, and arranges a callback she can trust.',
    },
    {
      id: 'dc-end-hung-up',
      outcome: 'lost',
      title: 'The line goes dead',
      narration:
        'Margaret puts the phone down. Her card is not stopped until her son rings the next evening, and by then the scammer has tried to use it twice.',
      debrief:
        'When a customer is vulnerable, the first job is to protect them, and the worst outcome is that they stop talking to you. A great representative never asks “why did you?”, repairs a clumsy word at once, and keeps the customer on the line while the account is made safe.',
    },
  ],
};
