import type { Scenario } from '../../src/domain/activities/scenario-types';

/**
 * A regular brings back a product that failed. Good service after a bad product decides whether
 * she comes back and what she tells people.
 */
export const returnedProduct: Scenario = {
  id: 'returned-product',
  title: 'The food processor that gave up',
  summary:
    'A regular customer brings back a food processor that died after six weeks. The next five minutes decide whether she ever shops with you again.',
  role: 'You are Sam, on the customer service desk at Hearth & Home, a homeware shop on the high street. You can refund or exchange anything up to £150 without asking a manager.',
  persona: {
    name: 'Maya Okafor',
    description: 'A regular who has furnished most of her kitchen from your shop.',
    situation:
      'Maya paid £89 for a food processor six weeks ago. On Sunday it gave off a burning smell halfway through a batch of soup and stopped, and now it will not switch on. She has the box and the receipt, and she is wondering whether to take her custom elsewhere.',
    startingMood: -1,
    startingTrust: 2,
  },
  start: 'rp-open',
  nodes: [
    {
      kind: 'turn',
      id: 'rp-open',
      narration:
        'Maya sets the box on the counter and turns her phone round to show you the receipt before you have said a word.',
      customer:
        "Hi. I bought this here six weeks ago and it's died. I was halfway through a pan of soup on Sunday, there was a burning smell, and it just stopped. It won't even switch on now.",
      choices: [
        {
          id: 'rp-open-receipt',
          text: 'Have you got the receipt and all the parts?',
          feedback:
            'You will need proof of purchase, but leading with it tells Maya you suspect her before you have heard her. She had already shown you the receipt, so asking again says you were not listening.',
          effects: { mood: -1, score: 0 },
          next: 'rp-test',
        },
        {
          id: 'rp-open-listen',
          text: "A burning smell halfway through the soup? That's not what you bought it for. Thanks for bringing it straight in. Shall we plug it in here so I can see what it's doing?",
          feedback:
            'You said back what happened in her own words and thanked her for coming in. Checking the machine with her, not behind her back, tells her she is the centre of this conversation.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'rp-test',
          best: true,
        },
        {
          id: 'rp-open-misuse',
          text: "Were you putting hot soup in it? They're not really made for that. A lot of people don't realise the seals on these can't take boiling liquid. It does say in the leaflet to let it cool first, so it may not count as a fault.",
          feedback:
            'Guessing at misuse before you have even looked turns a faulty product into an argument about her. The most likely cause is the thing the shop sold her, and she knows it.',
          effects: { mood: -2, trust: -1, score: -1 },
          next: 'rp-defend',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'rp-defend',
      customer:
        "It's got a picture of soup on the box! I followed the instructions. Are you saying this is my fault?",
      choices: [
        {
          id: 'rp-defend-recover',
          text: "No, and I'm sorry, that came out wrong. You used it exactly as the box shows. Let's plug it in and find out what's happened.",
          feedback:
            'A quick, plain apology for your own words stops the tension climbing. Moving straight to the machine puts the attention back on her problem instead of on who is to blame.',
          effects: { mood: 1, trust: 1, score: 1 },
          next: 'rp-test',
          best: true,
        },
        {
          id: 'rp-defend-insist',
          text: "I'm only saying hot liquids can damage the seals. It might not be covered. The warranty is quite strict about that sort of thing, and I'd hate to promise you something and then have the manufacturer turn it down afterwards.",
          feedback:
            'Repeating the blame, and hinting that she may not be covered, forces her to defend herself. She came in unsure about the shop; now she has a reason to leave.',
          effects: { mood: -1, trust: -1, score: -1 },
          next: 'rp-patience',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'rp-test',
      narration: 'You plug it in. Nothing: no hum, not even the little safety light.',
      customer:
        "See? Completely dead. And it wasn't cheap. I've bought half my kitchen here, but honestly, I'm starting to wonder.",
      freeText: {
        actions: ['acknowledge-feeling', 'apologise', 'offer-remedy', 'offer-choice', 'commit-time'],
        essential: ['offer-remedy'],
        goodAt: 3,
        creditLimit: 150,
      },
      choices: [
        {
          id: 'rp-test-own',
          text: "I can see it's completely dead, and after six weeks that must be really frustrating. I'm sorry: it should have lasted for years. I can replace it or refund you today. Which would you prefer?",
          feedback:
            'You acknowledged the fault, named how it feels, apologised and offered a concrete fix on the spot. Customers often remember how a failure was handled longer than the failure itself.',
          effects: { mood: 2, trust: 2, score: 3 },
          next: 'rp-choose',
          best: true,
          reads: {
            actions: [
              'acknowledge-feeling',
              'apologise',
              'own-problem',
              'offer-remedy',
              'offer-choice',
              'commit-time',
            ],
          },
        },
        {
          id: 'rp-test-process',
          text: "Sorry about that. It'll need to go back to the manufacturer for testing first. That usually takes about three weeks.",
          feedback:
            'The apology helps, but sending it away for three weeks leaves Maya with no food processor and no answer. That process suits the shop, not the customer standing in front of you.',
          effects: { score: 1 },
          next: 'rp-wait',
          reads: { actions: ['apologise', 'refer-onward', 'make-wait'] },
        },
        {
          id: 'rp-test-deflect',
          text: "Look, it's not our fault the manufacturer's motors fail. You can take it up with them directly.",
          feedback:
            'To Maya, the shop sold her the machine, so the shop let her down. Passing her to the manufacturer treats service as somebody else’s job, and she will tell people how that felt.',
          effects: { mood: -2, trust: -2, score: -1 },
          next: 'rp-patience',
          reads: { actions: [], faults: ['blame-other'] },
        },
      ],
    },
    {
      kind: 'turn',
      id: 'rp-wait',
      customer:
        "Three weeks? I use it every day. So I've paid eighty-nine pounds for a box I can't use. What am I meant to do in the meantime?",
      choices: [
        {
          id: 'rp-wait-hold',
          text: "I'm afraid that's the process. I can give you a reference number to track it. If you ring the helpline in a couple of weeks, they should be able to tell you where it has got to in the queue.",
          feedback:
            'A reference number is something, but "that\'s the process" puts a rule between you and her. She hears that the shop’s convenience matters more than her kitchen.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'rp-patience',
        },
        {
          id: 'rp-wait-rethink',
          text: "You're right, that's far too long. It's clearly faulty, so let's skip the testing and sort it today. Would you like a replacement or your money back?",
          feedback:
            'Changing course once the customer shows you what your process costs her is a strength, not a climb-down. You have the authority to fix this today, so use it.',
          effects: { mood: 1, trust: 1, score: 1 },
          next: 'rp-choose',
          best: true,
        },
      ],
    },
    {
      kind: 'branch',
      id: 'rp-patience',
      rules: [{ when: { variable: 'trust', is: '<=', value: 1 }, next: 'rp-manager' }],
      otherwise: 'rp-last-try',
    },
    {
      kind: 'turn',
      id: 'rp-last-try',
      mood: -2,
      customer: "I'm not getting anywhere, am I? Just tell me straight: can you do something today or not?",
      choices: [
        {
          id: 'rp-last-try-fix',
          text: "Yes, I can. I'm sorry I made that harder than it needed to be. I can swap it for a new one or refund you right now. Which would you like?",
          feedback:
            'A direct question deserves a direct answer. Owning the runaround and offering a fix on the spot can still win her back, even though it took longer than it should have.',
          effects: { mood: 1, trust: 1, score: 1 },
          next: 'rp-choose',
          best: true,
        },
        {
          id: 'rp-last-try-no',
          text: "Not today, no. The form has to go off first. Then the manufacturer decides whether it's a fault or misuse, and only after that can we swap it or give you your money back.",
          feedback:
            'She gave you a last, clear chance. Refusing without offering anything else ends the relationship, and it was avoidable: you had the authority to help.',
          effects: { mood: -1, trust: -1 },
          next: 'rp-end-lost',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'rp-manager',
      mood: -3,
      narration: 'Maya’s voice carries. Two people queuing behind her look up from their phones.',
      customer: "I'd like to speak to a manager, please. Now.",
      choices: [
        {
          id: 'rp-manager-block',
          text: "She'll only tell you the same as me. There's nothing more we can do. She's in a meeting anyway, and she always backs the returns procedure, so you'd just be waiting around for the same answer.",
          feedback:
            'Standing between an upset customer and a manager turns a complaint into a grievance. "Nothing more we can do" is rarely true, and it is the line customers quote when they warn others.',
          effects: { mood: -1, trust: -1, score: -1 },
          next: 'rp-end-lost',
        },
        {
          id: 'rp-manager-brief',
          text: "Of course. I'll fetch her now and explain what's happened, so you don't have to go through it all again. And I'm sorry, I handled that badly.",
          feedback:
            'Asking for a manager is a request, not an insult. Fetching one quickly, briefing them so the customer need not repeat herself, and owning your part all limit the damage.',
          effects: { mood: 1, trust: 1, score: 1 },
          next: 'rp-end-manager',
          best: true,
        },
      ],
    },
    {
      kind: 'turn',
      id: 'rp-choose',
      customer:
        "I don't know. If I take another one, what's to stop it doing exactly the same thing in six weeks?",
      choices: [
        {
          id: 'rp-choose-confidence',
          text: "Fair question. Let's open a new one now and run it here, so you leave knowing it works. The guarantee starts again from today, and if anything goes wrong, bring it straight to this desk and I'll swap it, no forms.",
          feedback:
            'You answered her real worry, whether she can trust the product, with something she can see and a promise you can keep. That is what turns a return into a reason to come back.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'rp-swap',
          best: true,
        },
        {
          id: 'rp-choose-refund',
          text: "Probably best to take the refund, then. I'll put it back on your card.",
          feedback:
            'A refund is fair and quick, but you have waved her off to another shop. She leaves with her money and no reason to come back.',
          effects: { score: 1 },
          next: 'rp-refund',
        },
        {
          id: 'rp-choose-care-plan',
          text: "You could add our three-year care plan for £19.99. Then you're covered whatever happens. It covers motor failure, accidental damage, even dropping it on the floor. Most people who've had one go wrong take it, and it pays for itself the first time anything happens.",
          feedback:
            'Selling cover against a fault the shop should stand behind sounds like asking her to pay for its failure. An upsell in the middle of a complaint feels like being taken advantage of.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'rp-swap',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'rp-refund',
      narration: 'You process the refund. The till says it will reach her card within five working days.',
      customer: "Right. Well, that's that, I suppose.",
      choices: [
        {
          id: 'rp-refund-flat',
          text: "That's all gone through. Anything else?",
          feedback:
            'Correct and polite, but flat. She has her money and no feeling about the shop either way, and that is exactly how regulars drift off to the competition.',
          effects: { score: 0 },
          next: 'rp-outcome',
        },
        {
          id: 'rp-refund-open-door',
          text: "It's all done, and you'll see it on your card within five working days. I'm sorry it let you down. If you'd like another processor one day, the one on the end shelf has a stronger motor, and I'd happily run it for you first.",
          feedback:
            'Saying exactly when the money arrives, and leaving the door open with no pressure, gives her a reason to think well of the shop even though she bought nothing today.',
          effects: { mood: 1, trust: 1, score: 1 },
          next: 'rp-outcome',
          best: true,
        },
      ],
    },
    {
      kind: 'turn',
      id: 'rp-swap',
      narration:
        'You fetch a new processor from the stockroom and start unpacking it. Maya keeps one eye on the till.',
      customer:
        'Do I have to fill anything in for the old one? Last time I brought something back here it took twenty minutes.',
      choices: [
        {
          id: 'rp-swap-form',
          text: 'Just the manufacturer’s returns form, I’m afraid: your name, address, what went wrong and roughly when, then a signature at the bottom. It helps them trace faulty batches, and it shouldn’t take more than ten minutes or so.',
          feedback:
            'The paperwork is the shop’s job, not hers. Handing a customer a form to make up for a product that failed her adds effort at the very moment you are trying to win her back.',
          effects: { mood: -1, score: 0 },
          next: 'rp-extra',
        },
        {
          id: 'rp-swap-none',
          text: 'No, nothing. I’ll do the swap on the till while this runs. It takes a minute.',
          feedback:
            'A short, plain answer to a plain question. You took the effort on yourself and told her how long it will take, which is all she wanted to know.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'rp-extra',
          best: true,
        },
        {
          id: 'rp-swap-system',
          text: 'Depends what the system asks for. Head office changes it all the time.',
          feedback:
            'Blaming the system and head office tells her nobody here is in charge of her return. She asked a simple question and got uncertainty back.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'rp-extra',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'rp-extra',
      narration: 'The new processor hums smoothly on the counter. Maya watches it for a good ten seconds.',
      customer: 'OK. That sounds much better. Thanks for actually sorting it.',
      choices: [
        {
          id: 'rp-extra-plain',
          text: "You're welcome. Have a good day.",
          feedback:
            'Friendly and perfectly fine. She is satisfied, but you missed the small extra touch that would make her recommend you.',
          effects: { score: 1 },
          next: 'rp-outcome',
        },
        {
          id: 'rp-extra-upsell',
          text: 'Great. While you’re here, can I show you our new range of pans? They’re twenty per cent off this week.',
          feedback:
            'Trust you have only just repaired is spent the moment it turns into a sales pitch. This moment called for a warm close, not a new transaction.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'rp-outcome',
        },
        {
          id: 'rp-extra-value',
          text: "My pleasure. I've registered the guarantee in your name from today, so you won't need to keep the receipt. And if you ever have any trouble, just ask for me, I'm Sam.",
          feedback:
            'A small, useful extra and a named person to come back to give her a little more than she expected, without promising anything you cannot deliver. That is the kind of visit people tell their friends about.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'rp-outcome',
          best: true,
        },
      ],
    },
    {
      kind: 'branch',
      id: 'rp-outcome',
      rules: [
        {
          when: {
            all: [
              { variable: 'trust', is: '>=', value: 4 },
              { variable: 'mood', is: '>=', value: 2 },
              // Only a flawless conversation makes a promoter (the best path scores 11): with five decisions
              // on the way, one weak reply is a fifth of it, and pressing buttons at random must seldom win.
              { variable: 'score', is: '>=', value: 11 },
            ],
          },
          next: 'rp-end-promoter',
        },
        {
          when: {
            any: [
              { variable: 'mood', is: '<=', value: -2 },
              { variable: 'trust', is: '<=', value: 0 },
            ],
          },
          next: 'rp-end-lost',
        },
      ],
      otherwise: 'rp-end-satisfied',
    },
  ],
  endings: [
    {
      id: 'rp-end-promoter',
      outcome: 'promoter',
      title: 'A regular again, and telling her friends',
      customer: "Thanks, Sam. I'll be honest, I came in ready to give up on this place.",
      narration:
        'Three weeks later a woman comes to the desk to buy a kettle. “My sister Maya said to ask for you,” she says.',
      debrief:
        'A great representative listens first and says back what happened, treats the fault as the shop’s to fix rather than the customer’s to prove, and uses the authority they have to put it right there and then. They answer the worry behind the complaint (will it happen again?) and add a small extra the customer did not expect. Handled like this, a failed product can leave a customer more loyal than before.',
    },
    {
      id: 'rp-end-satisfied',
      outcome: 'satisfied',
      title: 'Sorted, but not won over',
      narration:
        'Maya leaves with what she came for. She might come back; she might not. Nothing about the visit gives her a reason to choose you over the shop next door.',
      debrief:
        'The problem was solved, which matters. A great representative would also have acknowledged how the failure felt, fixed it on the spot without making her push, answered her worry about it happening again, and closed warmly with a small extra and a name to ask for. That is the difference between a satisfied customer and one who comes back.',
    },
    {
      id: 'rp-end-manager',
      outcome: 'satisfied',
      title: 'Rescued by the manager',
      customer: 'Thank you. That’s all I wanted in the first place.',
      narration:
        'The manager swaps the processor in two minutes. Maya thanks her warmly, then walks past you without a word.',
      debrief:
        'It ended well, but someone else had to make it so. A great representative would never have needed the manager: they would have looked at the machine with the customer, apologised for the fault, and used their own authority to replace or refund it straight away. When a customer does ask for a manager, fetching one quickly and briefing them, as you did, is the right call.',
    },
    {
      id: 'rp-end-lost',
      outcome: 'lost',
      title: 'She won’t be back',
      customer: "Forget it. I'll buy one online.",
      narration:
        'Maya takes the box and leaves. That evening she posts in her neighbourhood group: “Don’t buy appliances at Hearth & Home. They won’t stand behind them.” Fourteen people reply.',
      debrief:
        'A great representative would have treated the dead machine as the shop’s problem from the first sentence: listen, say back what happened, apologise, and replace or refund it on the spot, which you had the authority to do. Blaming the customer, pointing to the manufacturer or hiding behind a process all tell her the shop cares more about itself than about her, and she will share that with everyone she knows.',
    },
  ],
};
