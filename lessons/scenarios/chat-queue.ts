import type { Scenario } from '../../src/domain/activities/scenario-types';

/**
 * Live chat with a queue: the customer types, the counter of people waiting climbs, and the
 * pull is to paste a script and move on. Technology (order history, address history, contact
 * preferences) helps only when the adviser uses it for the person in front of them.
 */
export const chatQueue: Scenario = {
  id: 'chat-queue',
  title: 'Two pairs left and a flight on Saturday',
  summary:
    'A customer opens a live chat about an order that never came, while the queue of people waiting grows behind her. You type every reply, and every second shows.',
  role: 'You are Dev, on live chat at Lumen Optical, an online contact-lens supplier. You can see each customer’s orders, delivery tracking and address history. You can resend an order for free by next-day courier, reserve lenses for collection at a partner optician, and add free delivery to a customer’s next order.',
  channel: { kind: 'live-chat', queue: 4 },
  caseKind: 'company-error',
  persona: {
    name: 'Hana Sato',
    description: 'A physiotherapist on short work placements, who orders daily lenses every three months.',
    situation:
      'Hana’s three-month box of lenses was due on Tuesday. It is Thursday afternoon, she flies to a week-long course early on Saturday, and she has two pairs left. She opens the chat window on Lumen’s help page.',
    startingMood: -1,
    startingTrust: 2,
  },
  start: 'cq-open',
  nodes: [
    {
      kind: 'turn',
      id: 'cq-open',
      narration: 'A new chat drops into your window. The counter above it says four more people are waiting.',
      customer:
        'hi, my lenses still havent come. order 55817. i fly on saturday morning and ive only got 2 pairs left',
      choices: [
        {
          id: 'cq-open-script',
          text: 'Hello and welcome to Lumen Optical live chat! My name is Dev and I am delighted to be helping you today. To get started, could you please confirm your full name, date of birth, postcode and order number?',
          feedback:
            'A friendly script, but she has already given the order number, and four questions before any help feels like a form. In chat, a long opener is a wall of text to read while she worries.',
          effects: { mood: -1, score: 0 },
          next: 'cq-found',
        },
        {
          id: 'cq-open-direct',
          text: 'Hi Hana, I’m Dev. I have order 55817 open now. Let me see where it is.',
          feedback:
            'Short, personal and already moving. You used the order number she gave and told her what you are doing, which is what a worried person in a chat window needs to see.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'cq-found',
          best: true,
        },
        {
          id: 'cq-open-guess',
          text: 'Hi! Deliveries can take up to five working days, so it may well turn up tomorrow.',
          feedback:
            'You answered before you looked. A guess dressed as reassurance is risky when she has a flight on Saturday, and the tracking is one click away.',
          effects: { trust: -1, score: 0 },
          next: 'cq-found',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'cq-found',
      queue: 6,
      narration:
        'Tracking shows the box was delivered on Tuesday to 14 Mill Road. Her account shows she changed her address to 3 Quay Street last Friday, the day after the order was packed. While you read, two minutes pass with nothing on her screen.',
      customer: 'hello? are you still there?',
      choices: [
        {
          id: 'cq-found-waffle',
          text: 'Thank you so much for your patience, and I do apologise for the delay in responding. We are very busy at the moment, and I am doing my very best to help everyone as quickly as I possibly can. Sorry again!',
          feedback:
            'Two apologies and a paragraph about how busy you are, but not one word about her lenses. Apologising more is not the same as helping more.',
          effects: { mood: -1, score: 0 },
          next: 'cq-explain',
        },
        {
          id: 'cq-found-yes',
          text: 'Yes.',
          feedback:
            'True, and quick, but it leaves her guessing what is happening. In chat she cannot see you working, so a bare “yes” reads as cold.',
          effects: { score: 0 },
          next: 'cq-explain',
        },
        {
          id: 'cq-found-update',
          text: 'Still here! I’ve found it: the box was delivered on Tuesday, but to 14 Mill Road.',
          feedback:
            'In chat, silence feels like being forgotten. You told her you are there and gave her the news straight away, so she knows where she stands.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'cq-explain',
          best: true,
        },
      ],
    },
    {
      kind: 'turn',
      id: 'cq-explain',
      freeText: {
        actions: [
          'acknowledge-feeling',
          'apologise',
          'own-problem',
          'explain',
          'offer-remedy',
          'commit-time',
          'check-agreement',
        ],
        essential: ['offer-remedy'],
        goodAt: 3,
      },
      customer:
        'mill road?? i moved out of there last week. i changed my address on my account on friday. so where are my lenses now',
      choices: [
        {
          id: 'cq-explain-own',
          text: 'You’re right, you changed it on Friday. The box had already been packed, so it went to your old address. That’s our mistake, and I can see how stressful that is before a flight. I’ll send a new box by next-day courier to Quay Street today. Does that work?',
          feedback:
            'You confirmed she was right, explained in one line, owned the error for the company, named how it feels and fixed it with a clear next step. That is the whole job, in five short sentences.',
          effects: { mood: 2, trust: 2, score: 3 },
          next: 'cq-promise',
          best: true,
          reads: {
            actions: ['acknowledge-feeling', 'own-problem', 'offer-remedy', 'commit-time', 'check-agreement'],
          },
        },
        {
          id: 'cq-explain-process',
          text: 'Basically, once an order goes to our warehouse it is packed up to two days before it ships, and the label is printed with whatever address was on the account at that point, which in your case was still Mill Road, and after that the parcel is handed to the courier.',
          feedback:
            'Every word is accurate, and none of it helps. A long account of how the warehouse works leaves her still asking the only question that matters: where are my lenses, and what happens now?',
          effects: { mood: -1, score: 1 },
          next: 'cq-promise',
          reads: { actions: ['explain'] },
        },
        {
          id: 'cq-explain-blame',
          text: 'The box was packed before you changed your address, so it isn’t our fault it went to Mill Road. You should have checked your open orders before updating your account.',
          feedback:
            'It puts the fault on her for something the company’s system should have caught. Blame in writing is worse than blame out loud: she can read it again, and screenshot it.',
          effects: { mood: -2, trust: -2, score: -1 },
          next: 'cq-cross',
          reads: { actions: [], faults: ['blame-customer', 'blame-other'] },
        },
      ],
    },
    {
      kind: 'turn',
      id: 'cq-cross',
      mood: -3,
      customer:
        'are you serious. i updated my address like you tell people to and now its my fault? can i talk to someone else',
      choices: [
        {
          id: 'cq-cross-retract',
          text: 'You’re right, and I’m sorry: that was our system, not you. I’ll send a new box to Quay Street by next-day courier now.',
          feedback:
            'Taking it back quickly and plainly is the best repair left. She is still shaken, but you turned the chat back towards her lenses.',
          effects: { mood: 1, trust: 1, score: 1 },
          next: 'cq-promise',
          best: true,
        },
        {
          id: 'cq-cross-transfer',
          text: 'I’ll transfer you to the complaints team. The wait is currently about forty minutes.',
          feedback:
            'Passing her on, with a forty-minute wait, after blaming her, tells her nobody here will own it. She has a flight to pack for.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'cq-end-closed',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'cq-promise',
      queue: 9,
      narration:
        'The counter jumps to nine. Your team leader posts in the team channel: “Queue’s climbing, keep chats moving please.” The courier’s next-day service arrives by 1pm.',
      customer: 'ok. will it definitely come tomorrow? i cant go away without them',
      choices: [
        {
          id: 'cq-promise-guarantee',
          text: 'Yes, 100% guaranteed, don’t worry!',
          feedback:
            'It is what she wants to hear, and you cannot promise it: couriers miss slots. If it does not come, this promise becomes the thing she remembers.',
          effects: { mood: 1, trust: -1, score: 0 },
          next: 'cq-backup',
        },
        {
          id: 'cq-promise-honest',
          text: 'It’s booked for delivery by 1pm tomorrow. I’ll send you the tracking link.',
          feedback:
            'Plain and honest: what is booked, by when, and how she can watch it herself. You did not overpromise, and you did not hide behind “couriers can be unreliable”.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'cq-backup',
          best: true,
        },
        {
          id: 'cq-promise-shrug',
          text: 'I can’t guarantee anything once it’s with the courier, I’m afraid. That’s up to them.',
          feedback:
            'Honest about the limit, but it stops there and hands the worry back to her. To Hana, the courier is part of Lumen.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'cq-backup',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'cq-backup',
      freeText: {
        actions: [
          'acknowledge-feeling',
          'apologise',
          'offer-remedy',
          'commit-time',
          'check-agreement',
          'keep-informed',
        ],
        essential: ['offer-remedy'],
        goodAt: 3,
        cues: {
          // The backup the role allows: lenses held for her at the partner optician.
          'offer-remedy': [
            '!hold|keep|save|reserve ~4 lenses|supply|pack|box|pairs|week|worth',
            'lenses|supply|box|pack ~3 !waiting ~3 for ~1 you',
          ],
        },
      },
      customer: 'and if it doesnt come? im away for five days and 2 pairs wont last',
      choices: [
        {
          id: 'cq-backup-plan',
          text: 'I understand, two pairs won’t cover five days. I’m sorry it’s come to this. As a backup I’ll book a week’s lenses for you to collect from our partner optician on Quay Street, free, and I’ll text you the details in the next ten minutes. Does that work?',
          feedback:
            'A backup plan takes the fear out of “what if”. You acknowledged the worry, used the authority you have, and gave her a time for the next step.',
          effects: { mood: 1, trust: 1, score: 3 },
          next: 'cq-old-box',
          best: true,
          reads: {
            actions: [
              'acknowledge-feeling',
              'apologise',
              'offer-remedy',
              'commit-time',
              'check-agreement',
              'keep-informed',
            ],
          },
        },
        {
          id: 'cq-backup-hope',
          text: 'Fingers crossed it will arrive on time. Most of them do.',
          feedback:
            'Hope is not a plan. She asked what happens if it goes wrong, and you had a way to make sure she is covered.',
          effects: { mood: -1, score: 0 },
          next: 'cq-old-box',
          reads: { actions: [] },
        },
        {
          id: 'cq-backup-refuse',
          text: 'There’s nothing I can do about the courier, so you would need to buy some locally if it is late.',
          feedback:
            'It shuts the door and sends her shopping for lenses the day before a flight, when you could reserve some for her in a minute.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'cq-old-box',
          reads: { actions: [], faults: ['refuse'] },
        },
      ],
    },
    {
      kind: 'turn',
      id: 'cq-old-box',
      queue: 11,
      narration: 'Eleven waiting now. A saved reply about misdelivered parcels sits one click away.',
      customer: 'and what about the box that went to mill road? someone else has got my lenses',
      choices: [
        {
          id: 'cq-old-box-easy',
          text: 'You don’t need to do anything. We’ll cancel that box and ask the courier to collect it.',
          feedback:
            'You took the loose end off her hands in two short sentences. Speed in a queue comes from clear answers, not from cutting the customer short.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'cq-prefs',
          best: true,
        },
        {
          id: 'cq-old-box-macro',
          text: 'For information about lost or misdelivered parcels, please see our Delivery Help page at lumen-optical.example/help/delivery, where you will find answers to our most frequently asked questions.',
          feedback:
            'The saved reply was quick for you and useless for her: she has to leave the chat to read a page that does not know her situation.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'cq-prefs',
        },
        {
          id: 'cq-old-box-neighbour',
          text: 'Could you pop round to Mill Road and pick it up? That would be quickest.',
          feedback:
            'Quickest for Lumen, perhaps, but it gives her a job to fix the company’s mistake, two days before she travels.',
          effects: { mood: -1, score: 0 },
          next: 'cq-prefs',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'cq-prefs',
      narration:
        'Her record shows she has changed address three times this year, and she prefers texts to emails.',
      customer: 'great. can you make sure this doesnt happen again? i move around a lot for placements',
      choices: [
        {
          id: 'cq-prefs-promise',
          text: 'It won’t happen again. It was a one-off.',
          feedback:
            'A promise with nothing behind it. Her record shows she moves often, so the same thing could happen next quarter.',
          effects: { trust: -1, score: 0 },
          next: 'cq-goodwill',
        },
        {
          id: 'cq-prefs-note',
          text: 'I’ve set your account to text you the delivery address before each box is packed, so you can change it in time.',
          feedback:
            'This is what customer records are for: you used what the system knows about her to stop the problem coming back, in the channel she prefers.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'cq-goodwill',
          best: true,
        },
        {
          id: 'cq-prefs-homework',
          text: 'Just remember to update your address at least a week before your next order is due.',
          feedback:
            'Not wrong, but it leaves the fix to her memory, when the system could remind her and she has just been let down by it.',
          effects: { score: 1 },
          next: 'cq-goodwill',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'cq-goodwill',
      customer: 'thanks. is there anything you can do on the cost? this has been a stressful afternoon',
      choices: [
        {
          id: 'cq-goodwill-lavish',
          text: 'Absolutely! I’ll give you 50% off your next three orders to make up for it.',
          feedback:
            'Generous, but well beyond what you are allowed to give and not something the company could afford for every late box. Good service has to be cost-effective to last.',
          effects: { mood: 1, trust: -1, score: 0 },
          next: 'cq-close',
        },
        {
          id: 'cq-goodwill-elsewhere',
          text: 'I’m not able to do discounts on chat, but you could email the customer relations team and ask them.',
          feedback:
            'Sending her to another team for something you can do yourself adds a second contact to an already stressful day.',
          effects: { mood: -1, score: 0 },
          next: 'cq-close',
        },
        {
          id: 'cq-goodwill-fair',
          text: 'I’ve added free delivery to your next order, with our apologies for today.',
          feedback:
            'A fair, real gesture inside your authority, offered plainly. It says sorry in a way she will notice next time she orders.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'cq-close',
          best: true,
        },
      ],
    },
    {
      kind: 'turn',
      id: 'cq-close',
      queue: 8,
      customer: 'ok brilliant. anything else i need to do?',
      choices: [
        {
          id: 'cq-close-script',
          text: 'Is there anything else I can help you with today? Please take a moment to rate this chat once you close the window. Thank you for choosing Lumen Optical!',
          feedback:
            'She asked a direct question and got a closing script. It does not answer her, and it makes the last thing she reads sound like everyone else’s chat.',
          effects: { score: 0 },
          next: 'cq-outcome',
        },
        {
          id: 'cq-close-plain',
          text: 'Nothing. Tracking link and text are on their way. Safe flight!',
          feedback:
            'A clear answer and a human goodbye, in one line. Closing cleanly is how you help the queue: she has no reason to come back with questions.',
          effects: { mood: 1, score: 2 },
          next: 'cq-outcome',
          best: true,
        },
        {
          id: 'cq-close-drop',
          text: '(End the chat without replying, to take the next customer in the queue.)',
          feedback:
            'The queue is real, but leaving her question unanswered means she will open another chat, or worry all evening. Ten seconds now would have saved both.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'cq-outcome',
        },
      ],
    },
    {
      kind: 'branch',
      id: 'cq-outcome',
      rules: [
        {
          when: {
            all: [
              { variable: 'trust', is: '>=', value: 4 },
              { variable: 'mood', is: '>=', value: 2 },
              // A promoter needs the best path's score (20) but for a slip or two: trust and mood reach
              // their ceilings early, so on their own they would forgive several weak replies.
              { variable: 'score', is: '>=', value: 18 },
            ],
          },
          next: 'cq-end-promoter',
        },
        {
          when: {
            any: [
              { variable: 'mood', is: '<=', value: -2 },
              { variable: 'trust', is: '<=', value: 0 },
            ],
          },
          next: 'cq-end-lost',
        },
      ],
      otherwise: 'cq-end-satisfied',
    },
  ],
  endings: [
    {
      id: 'cq-end-promoter',
      outcome: 'promoter',
      title: 'Sorted in one chat',
      customer: 'honestly thank you, that was so easy. have a good evening dev',
      narration:
        'The box reaches Quay Street at 11.40 the next morning. On her course Hana hears a colleague moaning about his lens supplier and sends him a link to Lumen: “their chat people actually fix things.”',
      debrief:
        'A great chat adviser uses the customer’s name and the details she already gave, never leaves a silence unexplained, owns the company’s error, promises only what is true, gives a backup for the worst case and stops the problem coming back. Short, clear replies kept the queue moving better than scripts would have.',
    },
    {
      id: 'cq-end-satisfied',
      outcome: 'satisfied',
      title: 'Lenses arrived, chat forgotten',
      narration:
        'The new box arrives in time and Hana flies with her lenses. She does not think about Lumen again until the next order, when she checks a few other suppliers first.',
      debrief:
        'The problem was fixed. A great adviser would also have made the chat easy: the order number she gave used at once, an honest delivery time, a backup plan for five days away, the old box dealt with, and a text before the next box is packed.',
    },
    {
      id: 'cq-end-lost',
      outcome: 'lost',
      title: 'Switched supplier',
      narration:
        'Hana buys a week of lenses at an airport pharmacy at twice the price. When she gets back she cancels her Lumen subscription and orders from a rival.',
      debrief:
        'Under queue pressure, it is tempting to paste scripts, guess, promise or push the work back to the customer. A great adviser does the opposite: reads the record, tells her what is happening, owns the error, promises only what is true, covers the worst case and closes with a clear answer.',
    },
    {
      id: 'cq-end-closed',
      outcome: 'lost',
      title: 'Chat closed by customer',
      customer: 'forget it',
      narration:
        'Hana closes the chat window before the transfer connects. She posts a screenshot of “you should have checked your open orders” with the comment: “Lumen blames you for their mistakes.”',
      debrief:
        'Written words last: a customer can reread them, quote them and share them. A great adviser never blames the customer for a gap in the company’s own system, and if a reply goes wrong, takes it back at once and fixes the problem rather than passing it on.',
    },
  ],
};
