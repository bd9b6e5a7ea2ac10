import type { Scenario } from '../../src/domain/activities/scenario-types';

/**
 * "Your company messed up." The customer sees one organisation, not departments: own the
 * mistake, apologise, correct it.
 */
export const billingError: Scenario = {
  id: 'billing-error',
  title: '£212 instead of £34.99',
  summary:
    'A long-standing customer has been overcharged, went overdrawn because of it, and was promised a call back that never came. You are not in billing, but to him you are the company.',
  role: 'You are Chris, answering calls in the customer contact centre at Brightwave Broadband. You can see accounts, issue refunds and add goodwill credits of up to £30.',
  persona: {
    name: 'Colin Mercer',
    description: 'A retired teacher who has been a Brightwave customer for nine years.',
    situation:
      'This month his direct debit took £212.40 instead of his usual £34.99. It pushed his bank account overdrawn and his bank charged him £25. He rang last Tuesday and was told billing would call him back. Nobody did.',
    startingMood: -2,
    startingTrust: 1,
  },
  start: 'be-open',
  nodes: [
    {
      kind: 'turn',
      id: 'be-open',
      customer:
        'Your company has taken two hundred and twelve pounds out of my account. My bill is thirty-four ninety-nine. I rang about this last Tuesday, someone promised billing would call me back, and nobody did. So here I am again.',
      choices: [
        {
          id: 'be-open-security',
          text: 'Can I take your account number and the first line of your address, please?',
          feedback:
            'Security checks are necessary, but starting with them, before a word about his second call on the same problem, makes him feel like a case number rather than a person.',
          effects: { mood: -1, score: 0 },
          next: 'be-account',
        },
        {
          id: 'be-open-own',
          text: "Two hundred and twelve pounds instead of thirty-four ninety-nine, and a call back that never came. I'm sorry, Mr Mercer, that isn't good enough. I'll stay with this until it's sorted. May I bring up your account?",
          feedback:
            'You repeated the facts, apologised for both failures and promised to stay with it. To him there is one company that took his money, and you have just become its face.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'be-account',
          best: true,
        },
        {
          id: 'be-open-department',
          text: "I'm in customer services, so billing queries go to the billing team. Let me put you through. They're the ones who can see the payment history and raise a refund, and they'll have the notes from last week's call too, so it's honestly quicker than me trying to piece it together.",
          feedback:
            'To Mr Mercer there is no billing team, only Brightwave, and Brightwave took his money. Sending him to another department repeats exactly what went wrong last week.',
          effects: { mood: -1, trust: -1, score: -1 },
          next: 'be-transfer',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'be-transfer',
      mood: -3,
      narration: 'There is a short silence on the line. You can hear him breathe in.',
      customer:
        "No. That's exactly what happened last time. I was put through, held for forty minutes, and then told someone would ring me. Do not transfer me.",
      choices: [
        {
          id: 'be-transfer-insist',
          text: "I understand, but I can't make billing adjustments myself. Transferring you really is the quickest way. Billing have the system access for refunds, and they'll pick it up straight away this time.",
          feedback:
            '"I understand, but" cancels the understanding. You do have access to refunds; insisting on the handover protects your process at his expense.',
          effects: { mood: -1, trust: -1, score: -1 },
          next: 'be-patience',
        },
        {
          id: 'be-transfer-stay',
          text: "You're right, and I'm sorry. I won't transfer you. I'll look at the account myself and deal with billing on your behalf.",
          feedback:
            'Agreeing, apologising and taking it on yourself is what he needed. Internal handovers are the company’s job, not the customer’s.',
          effects: { mood: 1, trust: 1, score: 1 },
          next: 'be-account',
          best: true,
        },
      ],
    },
    {
      kind: 'turn',
      id: 'be-account',
      narration:
        'On screen you find it: an engineer visit (£95.00) and a router (£82.41) charged to his account. The job notes give the address as 14 Mill Lane. He lives at 41 Mill Lane.',
      customer: 'Well? What is it?',
      choices: [
        {
          id: 'be-account-explain',
          text: "I've found it. An engineer visit and a router meant for 14 Mill Lane were charged to you at 41 Mill Lane. That's our mistake, not yours, and I'm sorry.",
          feedback:
            'Saying plainly what went wrong and calling it "our mistake" is the moment the call turns. Customers forgive an organisation that admits an error far more readily than one that denies it.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'be-correct',
          best: true,
        },
        {
          id: 'be-account-vague',
          text: 'There seem to be a couple of extra charges on there. It might be a system thing.',
          feedback:
            '"A system thing" dodges responsibility, and he cannot tell whether you have found the problem. He wants to know what happened and who is putting it right.',
          effects: { score: 1 },
          next: 'be-correct',
        },
        {
          id: 'be-account-doubt',
          text: "Our records show an engineer visit on the third. Are you sure nobody came to the house? Sometimes a neighbour lets them in, or someone else in the house books it, so it's worth checking before we go any further.",
          feedback:
            'Questioning the customer before checking the address puts him on trial for the company’s error. The evidence was on your screen.',
          effects: { mood: -1, trust: -1, score: -1 },
          next: 'be-correct',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'be-correct',
      customer:
        'So what are you going to do about it? My bank has charged me twenty-five pounds for going overdrawn as well, thanks to you.',
      freeText: {
        actions: [
          'acknowledge-feeling',
          'apologise',
          'own-problem',
          'offer-remedy',
          'add-extra',
          'commit-time',
          'keep-informed',
        ],
        essential: ['offer-remedy', 'add-extra'],
        goodAt: 3,
        cues: {
          'add-extra': [
            'cover|credit|pay|refund|add|reimburse|sort|take ~6 !bank|overdraft|£25|25|fee|fees',
            '£25|25 ~4 !bank|charge|fee|overdraft',
          ],
        },
        creditLimit: 30,
      },
      choices: [
        {
          id: 'be-correct-full',
          text: "I can see the overdraft came from our error, and I can imagine how worrying it was to find your account overdrawn. I'm sorry. I'll refund the £177.41 today and add a £25 credit for the bank charge. You'll get an email confirming both within the hour. Does that work for you?",
          feedback:
            'You connected his bank charge to the company’s mistake, apologised, and corrected all of it, with a time and a confirmation. Putting right the knock-on cost as well as the error is what ownership means.',
          effects: { mood: 2, trust: 2, score: 3 },
          next: 'be-promise',
          best: true,
          reads: {
            actions: [
              'acknowledge-feeling',
              'apologise',
              'own-problem',
              'offer-remedy',
              'add-extra',
              'commit-time',
              'keep-informed',
              'check-agreement',
            ],
          },
        },
        {
          id: 'be-correct-part',
          text: "I'll refund the two charges. The bank fee is between you and your bank, though.",
          feedback:
            'The refund is right, but the bank fee only exists because of the company’s error. Leaving him to pay it means he is still out of pocket for your mistake.',
          effects: { score: 1 },
          next: 'be-promise',
          reads: { actions: ['offer-remedy'] },
        },
        {
          id: 'be-correct-policy',
          text: "Policy says refunds take up to ten working days, and we don't cover bank charges.",
          feedback:
            'Two rules and no apology. He is hearing that the company’s procedures matter more than the money it wrongly took from him, and that is how customers decide to leave.',
          effects: { mood: -2, trust: -2, score: -1 },
          next: 'be-patience',
          reads: { actions: [], faults: ['refuse', 'hide-behind-policy'] },
        },
      ],
    },
    {
      kind: 'branch',
      id: 'be-patience',
      rules: [{ when: { variable: 'trust', is: '<=', value: 0 }, next: 'be-complaint' }],
      otherwise: 'be-second-chance',
    },
    {
      kind: 'turn',
      id: 'be-second-chance',
      mood: -2,
      customer:
        "Ten working days? You took it in a second. I'm not paying for your mistake, and I'm not sitting overdrawn for a fortnight.",
      choices: [
        {
          id: 'be-second-refuse',
          text: "I'm sorry, but that's how long it takes. I can't change the system. Refunds go through a separate payments run at the end of each week, and nobody on the phones can speed that up, even the supervisors.",
          feedback:
            'An apology followed by "but" and a shrug is not an apology. He asked you to own the problem, and you handed it to "the system".',
          effects: { mood: -1, trust: -1, score: -1 },
          next: 'be-end-lost',
        },
        {
          id: 'be-second-recover',
          text: "You're right, and I'm sorry, that was the wrong answer. I'll send the refund today and add a £25 credit to cover the bank charge.",
          feedback:
            'Admitting the wrong answer and correcting it straight away can still rescue the call. It would have landed better the first time.',
          effects: { mood: 1, trust: 1, score: 1 },
          next: 'be-promise',
          best: true,
        },
      ],
    },
    {
      kind: 'turn',
      id: 'be-complaint',
      mood: -3,
      customer:
        "Right. I want to make a formal complaint, and I want the number for the ombudsman. Nine years I've been with you.",
      choices: [
        {
          id: 'be-complaint-own',
          text: "You're entitled to, and I'll log it for you now with everything you've told me, so you don't have to repeat it. I'm sorry. While I do, I'll put the refund through myself so you're not out of pocket while it's looked at.",
          feedback:
            'Helping a customer complain about you is still service. Logging it for him and fixing the money at the same time shows the company is listening, even this late.',
          effects: { mood: 1, trust: 1, score: 1 },
          next: 'be-end-complaint',
          best: true,
        },
        {
          id: 'be-complaint-link',
          text: "Complaints are handled by a separate team by email. I'll send you the link. They take everything in writing so there's a proper record, and they reply within eight weeks, which is the standard timescale, so you'll need to set it all out for them again.",
          feedback:
            'Another department, another wait, and still no refund. You have made the complaint process one more thing he has to fight.',
          effects: { mood: -1, trust: -1, score: -1 },
          next: 'be-end-lost',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'be-promise',
      narration: 'The refund and the credit show on his account.',
      customer:
        "Fine. But how do I know this won't happen again next month? Your lot can't even get the house number right.",
      choices: [
        {
          id: 'be-promise-cause',
          text: "Fair question. I've asked for the engineer booking to be moved to the right account, and I've put a note on yours about the 14 and 41 mix-up. I'll check your next bill myself on the 3rd and ring you to confirm it's £34.99.",
          feedback:
            'You fixed the cause, not just the symptom, and made a specific promise you can personally keep. That is how trust comes back after a company has let someone down.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'be-close',
          best: true,
        },
        {
          id: 'be-promise-hope',
          text: "It shouldn't happen again now that it's been corrected.",
          feedback:
            'Reassuring words with nothing behind them. He has been told things would happen before, and they did not.',
          effects: { score: 1 },
          next: 'be-close',
        },
        {
          id: 'be-promise-overpromise',
          text: "I guarantee nothing like this will ever happen to you again, and I'll give you three months free as well.",
          feedback:
            'You cannot guarantee every system in the company, and three free months is beyond what you can authorise. If either promise breaks, it will be the third time he has been let down.',
          effects: { trust: -1, score: 0 },
          next: 'be-close',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'be-close',
      customer: "Well. Thank you. That's the first time anyone has actually said sorry.",
      choices: [
        {
          id: 'be-close-brisk',
          text: 'No problem. Is there anything else I can help with today?',
          feedback:
            'Polite and standard. He is sorted, but nothing in the goodbye tells him the company has learned anything from this.',
          effects: { score: 1 },
          next: 'be-outcome',
        },
        {
          id: 'be-close-warm',
          text: "You should have heard it the first time. Here's my name and a reference number, so if anything looks wrong on the 3rd you won't have to explain it all again. Thank you for your patience, Mr Mercer.",
          feedback:
            'A named person and a reference turn a one-off fix into a relationship. Thanking him for his patience recognises the extra work the company’s mistake cost him.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'be-outcome',
          best: true,
        },
        {
          id: 'be-close-excuse',
          text: "To be fair, billing is really stretched at the moment, so these things happen. We've lost three people this year and the new system keeps throwing up errors like this one, so honestly it's nobody's fault in particular.",
          feedback:
            'Excusing the company straight after apologising undoes the apology. To him, "these things happen" means "it will happen again".',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'be-outcome',
        },
      ],
    },
    {
      kind: 'branch',
      id: 'be-outcome',
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
          next: 'be-end-promoter',
        },
        {
          when: {
            any: [
              { variable: 'mood', is: '<=', value: -2 },
              { variable: 'trust', is: '<=', value: 0 },
            ],
          },
          next: 'be-end-lost',
        },
      ],
      otherwise: 'be-end-satisfied',
    },
  ],
  endings: [
    {
      id: 'be-end-promoter',
      outcome: 'promoter',
      title: 'Nine years, and counting',
      customer: 'I was ready to leave today. I’m glad I got you.',
      narration:
        'On the 3rd you check his bill and ring him: £34.99. A week later he posts a review: “They made a mess of my bill, but the person who answered owned it, fixed all of it in one call and rang back when they said they would.”',
      debrief:
        'A great representative speaks for the whole company, because that is how the customer sees it. They acknowledge both failures, the overcharge and the missing call back, say plainly what went wrong, call it “our mistake” and apologise. Then they correct everything, including the bank charge the error caused, fix the cause, and make one specific promise they can personally keep.',
    },
    {
      id: 'be-end-satisfied',
      outcome: 'satisfied',
      title: 'Refunded, not reassured',
      narration:
        'His money comes back and the account is right. He stays for now, but when a rival offers him a deal next spring, he will think about it.',
      debrief:
        'The error was corrected, which matters. A great representative would also have owned it in so many words (“that’s our mistake, and I’m sorry”), refunded the bank charge it caused without being pushed, fixed the cause rather than hoping, and closed with a name and a reference so he never has to start again.',
    },
    {
      id: 'be-end-complaint',
      outcome: 'satisfied',
      title: 'Kept, just',
      narration:
        'The complaint is upheld and his money comes back. He stays with Brightwave, but “I had to make a formal complaint to get my own money back” is the story he tells his friends.',
      debrief:
        'Logging the complaint and fixing the money at once was the right recovery. A great representative would never have reached that point: they would have owned the error as the company’s, refused to pass him between departments, and refunded both the overcharge and the bank fee on the first call.',
    },
    {
      id: 'be-end-lost',
      outcome: 'lost',
      title: 'Nine years, ended',
      customer: "I'm cancelling. I'll go to someone who can at least say sorry.",
      narration:
        'Mr Mercer switches provider the same week, and tells his neighbours on Mill Lane, several of them Brightwave customers, exactly why.',
      debrief:
        'Customers see one company, so “that’s billing’s job” or “policy says” sounds like the company refusing to own its own mistake. A great representative would have acknowledged the overcharge and the broken promise, said “that’s our mistake, I’m sorry”, refunded the charges and the bank fee that same day, and made sure it could not happen again.',
    },
  ],
};
