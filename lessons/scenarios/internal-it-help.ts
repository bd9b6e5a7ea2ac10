import type { Scenario } from '../../src/domain/activities/scenario-types';

/**
 * An internal customer: a colleague in Finance needs IT, and four hundred people further down the
 * service chain are waiting to be paid.
 */
export const internalItHelp: Scenario = {
  id: 'internal-it-help',
  title: 'Payroll at two o’clock',
  summary:
    'A colleague from Finance is locked out of the payroll system an hour before the file is due at the bank. She is your customer, and so is everyone waiting to be paid.',
  role: 'You are Jordan, on the IT service desk at Northfield Foods, a food wholesaler with four hundred warehouse and delivery staff. Tickets normally wait in a queue, but you can drop everything for a genuine emergency.',
  persona: {
    name: 'Grace Adeyemi',
    description: 'A payroll officer in Finance who has been let down by IT before.',
    situation:
      'The payroll file must reach the bank by 3pm today so that staff are paid tomorrow. Grace was locked out this morning, logged a ticket at 9am and received an automatic reply promising a response within three working days. It is now 1.40pm.',
    startingMood: -2,
    startingTrust: 1,
  },
  start: 'it-open',
  nodes: [
    {
      kind: 'turn',
      id: 'it-open',
      narration:
        'Grace from Finance arrives at the IT desk holding her open laptop out in front of her like a tray.',
      customer:
        "I logged a ticket at nine this morning and got an automatic email saying three working days. Three days! I'm locked out of the payroll system and the file has to be with the bank by three o'clock today.",
      choices: [
        {
          id: 'it-open-urgent',
          text: "Payroll to the bank by three, and you're locked out. That's urgent, and a three-day email was no use to you at all. Let's look at it right now. Pull up a chair.",
          feedback:
            'You repeated the deadline, admitted the ticket system had failed her, and dropped the queue for a genuine emergency. A colleague is a customer too, and this one serves everyone who is waiting to be paid.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'it-diagnose',
          best: true,
        },
        {
          id: 'it-open-queue',
          text: "Everything has to go through the ticket queue, I’m afraid. I can see whether yours can be moved up the list. I can't promise anything, though: everyone who rings says theirs is urgent, and we have to be fair to the people already waiting.",
          feedback:
            'The queue keeps things fair, but it is a tool, not a wall. Treating a payroll deadline like any other ticket shows you have not asked what her work is for, or who depends on it.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'it-queue',
        },
        {
          id: 'it-open-portal',
          text: "You should have picked 'urgent' on the portal. Just log it again with the right priority.",
          feedback:
            'Blaming the way she filled in a form sends her back to the system that has already failed her, and wastes time she does not have. The portal is IT’s design, not her responsibility.',
          effects: { mood: -2, trust: -1, score: -1 },
          next: 'it-queue',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'it-queue',
      customer:
        "Do you understand that if this doesn't go today, four hundred people in the warehouse don't get paid tomorrow? Including your mates on the loading bay.",
      choices: [
        {
          id: 'it-queue-rethink',
          text: "You're right, that changes everything. Sorry, I should have asked what it was for. Let's fix it now.",
          feedback:
            'Once you see who depends on her work, the priority is obvious. A quick apology and a change of course show you understand where your job sits in the service chain.',
          effects: { mood: 1, trust: 1, score: 1 },
          next: 'it-diagnose',
          best: true,
        },
        {
          id: 'it-queue-pass',
          text: "If the payroll software has disabled your account, that's not really an IT problem. You'd need to talk to the software supplier.",
          feedback:
            'Sending her to a supplier she has never dealt with, an hour before a deadline, is deflection. Whoever owns the fault, she came to IT, and IT has the contacts to act for her.',
          effects: { mood: -1, trust: -1, score: -1 },
          next: 'it-escalation',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'it-diagnose',
      narration:
        'You look. Last night’s security update forced a new Windows password on everyone in Finance, and the payroll system locked her account after three sign-ins with the old one.',
      customer:
        "I tried my password three times this morning because it wouldn't take it. Is that what's done it?",
      choices: [
        {
          id: 'it-diagnose-jargon',
          text: "Looks like the directory sync pushed a credential rotation, your SSO token went stale and the app's lockout threshold kicked in. Basically the identity provider and the old directory disagree about your user name until the next sync runs.",
          feedback:
            'Accurate, but she can do nothing with it. Explaining in her terms is part of the service; jargon makes an internal customer feel shut out of her own problem.',
          effects: { score: 1 },
          next: 'it-fix',
        },
        {
          id: 'it-diagnose-blame',
          text: 'Yes, three wrong tries locks you out. You should have called us after the first one.',
          feedback:
            'Technically true, and still unhelpful: the password change was IT’s doing, not her mistake. Blaming users teaches them not to ask for help early, which makes the next problem worse.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'it-fix',
        },
        {
          id: 'it-diagnose-explain',
          text: "Partly, but it isn't your fault. Our update changed your password overnight and nobody told you, so that's on us. I'll unlock the payroll account and set up a new password with you now.",
          feedback:
            'You explained what happened in plain words and took ownership of IT’s part. She learns it was not her doing, which is what rebuilds trust between departments.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'it-fix',
          best: true,
        },
      ],
    },
    {
      kind: 'turn',
      id: 'it-fix',
      narration:
        'It is 1.55pm. The account is unlocked and Grace signs in with her new password. Then a red banner appears.',
      customer:
        "OK, I'm in. But now the payroll file says 'submission service unavailable'. I've got an hour. What happens now?",
      freeText: {
        actions: [
          'acknowledge-feeling',
          'apologise',
          'own-problem',
          'offer-remedy',
          'commit-time',
          'keep-informed',
          'check-agreement',
        ],
        essential: ['offer-remedy'],
        goodAt: 3,
        cues: {
          'own-problem': ['i|we will|can ~2 !stay ~3 with ~1 you', '!stay ~2 on ~2 with'],
          'offer-remedy': ['i|we ~4 !chase|call|ring|phone|contact ~3 supplier|them|line'],
        },
      },
      choices: [
        {
          id: 'it-fix-own',
          text: "I can see the error, and with an hour left that must be stressful. I'm sorry. I'll sort it out with the supplier myself on their priority line, and I'll stay with you until the file is sent. I'll update you every fifteen minutes. Does that work?",
          feedback:
            'The fault may sit with the supplier, but you made it yours: you acknowledged the pressure, took the call off her hands and agreed how she will hear from you. That is what owning an internal customer’s problem looks like.',
          effects: { mood: 2, trust: 2, score: 3 },
          next: 'it-deadline',
          best: true,
          reads: {
            actions: [
              'acknowledge-feeling',
              'apologise',
              'own-problem',
              'offer-remedy',
              'commit-time',
              'keep-informed',
              'check-agreement',
            ],
          },
        },
        {
          id: 'it-fix-ticket',
          text: "Right, that's a different issue. I'll log a second ticket for it and mark it high priority.",
          feedback:
            'Logging it properly is not wrong, but with an hour to go a ticket is not a plan. She needs someone to own the next sixty minutes, not another reference number.',
          effects: { score: 1 },
          next: 'it-deadline',
          reads: { actions: ['refer-onward'] },
        },
        {
          id: 'it-fix-refuse',
          text: "That's not an IT fault, that's the supplier's system. There's nothing I can do about their servers.",
          feedback:
            'Perhaps the fault is theirs, but she has no relationship with the supplier and you do. "Nothing I can do" leaves a colleague alone with a deadline that affects hundreds of people.',
          effects: { mood: -2, trust: -2, score: -1 },
          next: 'it-escalation',
          reads: { actions: [], faults: ['refuse', 'blame-other'] },
        },
      ],
    },
    {
      kind: 'branch',
      id: 'it-escalation',
      rules: [{ when: { variable: 'trust', is: '<=', value: 0 }, next: 'it-director' }],
      otherwise: 'it-last-chance',
    },
    {
      kind: 'turn',
      id: 'it-last-chance',
      mood: -2,
      customer:
        "Please. I'm not asking you to fix their servers. I'm asking you to help me get this file to the bank.",
      choices: [
        {
          id: 'it-last-chance-help',
          text: "You're right, I'm sorry. I'll phone the supplier's priority line now and stay with you until it's gone.",
          feedback:
            'She told you exactly what she needed. Owning the next hour, even though the fault sits elsewhere, puts you back in the service chain where you belong.',
          effects: { mood: 1, trust: 1, score: 1 },
          next: 'it-deadline',
          best: true,
        },
        {
          id: 'it-last-chance-number',
          text: "Here's their support number. They're usually quite quick. If you explain that it's payroll and give them the error code from your screen, they can usually escalate it on their side.",
          feedback:
            'A phone number is not help when you are the one with the contacts and the know-how. She walks away to fight the deadline on her own, and the warehouse staff pay for it.',
          effects: { mood: -1, trust: -1, score: -1 },
          next: 'it-end-lost',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'it-director',
      mood: -3,
      narration: 'Your phone rings. It is Tom Hale, the Finance Director. Grace is standing beside him.',
      customer:
        "Tom Hale here. Grace tells me payroll is stuck and IT says it's not your problem. Four hundred people expect to be paid tomorrow. Is that really IT's position?",
      choices: [
        {
          id: 'it-director-policy',
          text: "Our policy is that users raise third-party faults with the supplier. I can email Grace their number. That way there's a clear record of who raised what and when, which is how we're audited, and Grace can chase them herself.",
          feedback:
            'Quoting policy to a director while payroll is stuck tells the whole organisation that IT sees itself outside the service chain. The people on the loading bay are the ones who pay for it.',
          effects: { mood: -1, trust: -1, score: -1 },
          next: 'it-end-lost',
        },
        {
          id: 'it-director-own',
          text: "No, it isn't, and I'm sorry I gave that impression. I'm calling the supplier's priority line now, and I'll come up to Finance and stay with Grace until the file has gone.",
          feedback:
            'Owning the mistake without excuses, and turning up in person, is the fastest way back. It still took a director to get you there, and Grace will remember that.',
          effects: { mood: 1, trust: 1, score: 1 },
          next: 'it-end-rescued',
          best: true,
        },
      ],
    },
    {
      kind: 'turn',
      id: 'it-deadline',
      narration:
        '2.40pm. The supplier restarts the service, the file goes through, and at 2.47pm the bank confirms it has arrived.',
      customer:
        "It's gone. Oh, thank goodness. I honestly thought four hundred people weren't getting paid tomorrow.",
      choices: [
        {
          id: 'it-deadline-close',
          text: "Great, glad that's sorted. I'll close the ticket.",
          feedback:
            'Polite and correct. The job is done, but the cause is still sitting there, waiting for the next payroll run.',
          effects: { score: 1 },
          next: 'it-follow-up',
        },
        {
          id: 'it-deadline-lecture',
          text: "Good. Next time, log it as urgent and you'll get a faster response. The portal has a priority drop-down on the second page, and if you pick 'payroll critical' it goes straight to the top of our queue.",
          feedback:
            'After a stressful hour, a lesson on the ticket form lands as blame. The form was not why she nearly missed the deadline; IT’s unannounced change was.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'it-follow-up',
        },
        {
          id: 'it-deadline-prevent',
          text: "Brilliant. Before you go: payroll runs every other Thursday, so I'll make sure Finance gets a day's warning before any future password change. Would that help?",
          feedback:
            'Fixing today’s problem is good service; stopping it from happening again is excellent service. You thought about her work, not just her ticket.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'it-follow-up',
          best: true,
        },
      ],
    },
    {
      kind: 'turn',
      id: 'it-follow-up',
      narration: 'Friday morning. The warehouse staff have been paid. An email from Grace arrives.',
      customer: '“Thanks again for yesterday. Is there anything I can do so this doesn’t happen again?”',
      choices: [
        {
          id: 'it-follow-up-chain',
          text: '(Reply thanking her, explain in two plain sentences what went wrong, and ask your team lead to flag payroll as a named priority in the ticket system, copying Grace in.)',
          feedback:
            'You closed the loop and fixed the process, so the next person in Finance will not hit the same wall. Every department is a link in the service chain, and the chain is only as strong as its handovers.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'it-outcome',
          best: true,
        },
        {
          id: 'it-follow-up-short',
          text: '(Reply: “No problem! Just log a ticket next time.”)',
          feedback:
            'Friendly, but it sends her back to the system that failed her. The cause of yesterday’s panic is still in place for next time.',
          effects: { score: 1 },
          next: 'it-outcome',
        },
        {
          id: 'it-follow-up-ignore',
          text: '(Leave it. The ticket is closed and there is a queue waiting.)',
          feedback:
            'Ignoring a colleague who is offering to help prevent the next problem throws away the goodwill you earned yesterday, and the chance to fix the cause.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'it-outcome',
        },
      ],
    },
    {
      kind: 'branch',
      id: 'it-outcome',
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
          next: 'it-end-promoter',
        },
        {
          when: {
            any: [
              { variable: 'mood', is: '<=', value: -2 },
              { variable: 'trust', is: '<=', value: 0 },
            ],
          },
          next: 'it-end-lost',
        },
      ],
      otherwise: 'it-end-satisfied',
    },
  ],
  endings: [
    {
      id: 'it-end-promoter',
      outcome: 'promoter',
      title: 'IT’s biggest fan in Finance',
      customer: 'I’ve told the whole team: if anything breaks, ask for Jordan.',
      narration:
        'At the next managers’ meeting, the Finance Director thanks IT by name. Payroll is now a named priority in the ticket system, and nobody in Finance has been caught out by a password change since.',
      debrief:
        'A great representative treats a colleague as a customer and asks what the request is for. Here that meant seeing the chain (IT serves payroll, payroll serves four hundred staff, and they serve the company’s customers) and dropping the queue for a real emergency. They explain without jargon, own IT’s part, take over the supplier call, keep the colleague updated, and then fix the cause so it does not happen again.',
    },
    {
      id: 'it-end-satisfied',
      outcome: 'satisfied',
      title: 'Paid on time, nothing more',
      narration:
        'The file reached the bank and everyone was paid. Grace is relieved, but she still expects the worst whenever she has to contact IT.',
      debrief:
        'The deadline was met, which mattered most. A great representative would have spotted the emergency from the first sentence, explained the cause in plain words and owned IT’s part, kept Grace updated while the supplier worked, and then changed the process so Finance is warned before the next password change.',
    },
    {
      id: 'it-end-rescued',
      outcome: 'satisfied',
      title: 'Rescued from above',
      narration:
        'You reach the supplier, the file goes at 2.55pm, and everyone is paid. But the story around the office is that IT only moved once a director rang.',
      debrief:
        'Owning it when the director called was right, but it should never have come to that. A great representative would have asked what the request was for, seen that four hundred people depended on it, and taken ownership of the supplier call without needing to be told. Internal customers remember who helped only when pushed.',
    },
    {
      id: 'it-end-lost',
      outcome: 'lost',
      title: 'Payroll missed',
      narration:
        'The file reaches the bank at 3.20pm, too late. Four hundred warehouse and delivery staff are paid on Monday instead of Friday. Some miss rent and bills; deliveries run late as tempers fray. In Finance, “IT” has become a sigh.',
      debrief:
        'Service is everyone’s job, including departments that never meet a paying customer. A great representative would have treated Grace’s deadline as their own: dropped the queue, explained the lockout plainly, owned IT’s part, and phoned the supplier for her. Deflecting to a form, a policy or a supplier broke the chain, and people at the far end of it paid the price.',
    },
  ],
};
