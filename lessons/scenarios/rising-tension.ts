import type { Scenario } from '../../src/domain/activities/scenario-types';

/**
 * The tension cycle: a customer who expects poor treatment arrives hostile. Defensiveness feeds
 * the cycle; calm empathy breaks it.
 */
export const risingTension: Scenario = {
  id: 'rising-tension',
  title: 'Let me guess, it’s not here either',
  summary:
    'A customer who has come to expect the worst from your company arrives at the counter ready for a fight. Every reply either feeds the tension or lets it out.',
  role: 'You are Ben, on the collection counter at the Swiftline Parcels depot. It is late afternoon and the queue is six deep. Parcels can be released with photo ID or the PIN from the customer’s delivery text.',
  persona: {
    name: 'Ray Donnelly',
    description: 'A self-employed electrician who has had three failed deliveries from Swiftline this year.',
    situation:
      'Ray waited in all day for a circuit board he needs for a job at 8am tomorrow. The driver left a “Sorry we missed you” card without knocking. Ray lost half a day’s work and drove twenty-five minutes to the depot, expecting to be fobbed off again.',
    startingMood: -2,
    startingTrust: 0,
  },
  start: 'rt-open',
  nodes: [
    {
      kind: 'turn',
      id: 'rt-open',
      narration: 'It is 4.50pm. The man at the front of the queue slaps a red card down on the counter.',
      customer:
        "Let me guess. You're going to tell me it's not here either. Your driver never even knocked. I was in all day, and I've lost half a day's work for this.",
      choices: [
        {
          id: 'rt-open-procedure',
          text: 'Card and photo ID, please.',
          feedback:
            'Efficient, but it skips the person. He arrived expecting to be processed rather than helped, and you have done exactly what he expected.',
          effects: { mood: -1, score: 0 },
          next: 'rt-search',
        },
        {
          id: 'rt-open-snap',
          text: "There's no need to take that tone with me. I wasn't the driver.",
          feedback:
            'True, and it is natural to feel stung. But answering his tone with yours is the next turn of the cycle: he expected poor treatment, and you have just confirmed it.',
          effects: { mood: -1, trust: -1, score: -1 },
          next: 'rt-escalate',
        },
        {
          id: 'rt-open-calm',
          text: "That sounds like a really frustrating day, and if you were in, the driver should have knocked. Let's find it now. Can I take the card?",
          feedback:
            'You met anger with calm and took his account seriously. He came in braced for a fight and got help instead, which is the first break in the tension cycle.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'rt-search',
          best: true,
        },
      ],
    },
    {
      kind: 'turn',
      id: 'rt-escalate',
      mood: -3,
      narration: 'His voice rises. The woman behind him takes a step back.',
      customer:
        "Don't you tell me about tone! You lot are all the same: nobody is ever responsible for anything. I want my parcel, now.",
      choices: [
        {
          id: 'rt-escalate-reset',
          text: "You're right that you shouldn't have had to come here at all, and I'm sorry I snapped. Let's get your parcel. Can I see the card?",
          feedback:
            'Apologising for your own part is not weakness; it is the quickest way to stop the cycle. You lowered the temperature and moved straight to the task.',
          effects: { mood: 1, trust: 1, score: 1 },
          next: 'rt-search',
          best: true,
        },
        {
          id: 'rt-escalate-threaten',
          text: "If you keep shouting, I'll have to ask you to leave. We have a policy on abusive behaviour, it's on the sign by the door, and I don't have to be spoken to like that by anyone.",
          feedback:
            'A firm limit is right if someone becomes abusive, but leading with a threat when he is angry, not threatening, raises the stakes. Now he is defending his pride, not asking for a parcel.',
          effects: { mood: -1, trust: -1, score: -1 },
          next: 'rt-boiling',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'rt-search',
      narration:
        'You scan the card. The system shows the parcel was put on tomorrow’s van for redelivery instead of being kept for collection. It is in the cage out the back.',
      customer:
        "What does that mean? Is it here or isn't it? I need that part for a job at eight tomorrow morning.",
      freeText: {
        actions: [
          'acknowledge-feeling',
          'apologise',
          'own-problem',
          'explain',
          'offer-remedy',
          'commit-time',
        ],
        essential: ['offer-remedy'],
        goodAt: 3,
        cues: {
          explain: [
            'it|parcel|board|part is|be ~2 !here|in',
            '!put|booked|loaded|marked|sent ~4 van|redelivery|list',
          ],
        },
      },
      choices: [
        {
          id: 'rt-search-own',
          text: "I can see the parcel is still here, but it's been put on tomorrow's van by mistake. That's our error, and I can imagine how maddening that is when you need it for eight o'clock. I'll fetch it from the cage myself right now. Is that OK?",
          feedback:
            'You told him the truth, owned the error for the company, named how it feels and acted at once. Every one of those moves lowers the tension, and together they leave him nothing to fight.',
          effects: { mood: 2, trust: 2, score: 3 },
          next: 'rt-id',
          best: true,
          reads: {
            actions: [
              'acknowledge-feeling',
              'own-problem',
              'explain',
              'offer-remedy',
              'commit-time',
              'check-agreement',
            ],
          },
        },
        {
          id: 'rt-search-vague',
          text: "It's probably out the back somewhere. You'll have to wait while I look.",
          feedback:
            'You are helping, but "probably somewhere" sounds like the runaround he expected. He needed to hear that the parcel is here and that you are getting it.',
          effects: { mood: -1, score: 1 },
          next: 'rt-id',
          reads: { actions: ['make-wait'] },
        },
        {
          id: 'rt-search-defend',
          text: "It's not my fault the system put it on the van. I just work here.",
          feedback:
            'Defending yourself is understandable after being shouted at, but to Ray you are Swiftline. "I just work here" tells him nobody is responsible, which is exactly the belief that made him angry.',
          effects: { mood: -1, trust: -2, score: -1 },
          next: 'rt-boiling',
          reads: { actions: [], faults: ['blame-other'] },
        },
      ],
    },
    {
      kind: 'branch',
      id: 'rt-boiling',
      rules: [{ when: { variable: 'mood', is: '<=', value: -3 }, next: 'rt-supervisor' }],
      otherwise: 'rt-second-wind',
    },
    {
      kind: 'turn',
      id: 'rt-second-wind',
      customer:
        "Unbelievable. So nobody's responsible. Do you know what it's like to ring a customer and tell them you can't do their job because of a parcel?",
      choices: [
        {
          id: 'rt-second-shrug',
          text: "Look, I can only tell you what the screen says. If it says the van, it's on the van. I don't load them and I can't see inside the cage from here, so there's not much more I can do.",
          feedback:
            'Hiding behind the screen is another way of saying it is not your problem. His anger climbs, and so does yours: both of you are now locked in the cycle.',
          effects: { mood: -1, trust: -1, score: -1 },
          next: 'rt-supervisor',
        },
        {
          id: 'rt-second-own',
          text: "You're right, it's our responsibility, and I'm sorry I put it like that. I'll get it from the cage myself now.",
          feedback:
            'Taking back a defensive line quickly can stop the cycle before it takes hold. You swapped self-protection for action, which is what he needed all along.',
          effects: { mood: 1, trust: 1, score: 1 },
          next: 'rt-id',
          best: true,
        },
      ],
    },
    {
      kind: 'turn',
      id: 'rt-supervisor',
      mood: -3,
      narration:
        'Jo, your supervisor, comes over. The queue has gone quiet, and someone near the back is filming on their phone.',
      customer: '(To Jo) Are you in charge? Your colleague here says it’s not his problem. I’ve had enough.',
      choices: [
        {
          id: 'rt-supervisor-handover',
          text: "(To Jo) Mr Donnelly's parcel went on tomorrow's van by mistake and he needs it for an eight o'clock job. I handled it badly. Could you take over while I fetch it from the cage?",
          feedback:
            'A short, honest handover, including your own part, lets your supervisor help without Ray telling the story again. It calms things down, though the video is already out there.',
          effects: { mood: 1, trust: 1, score: 1 },
          next: 'rt-end-rescued',
          best: true,
        },
        {
          id: 'rt-supervisor-justify',
          text: "(To Jo) He's been shouting since he walked in. I told him it's the system's fault. He was rude to me and to the man behind him in the queue, and he wouldn't listen when I tried to explain how the vans work.",
          feedback:
            'Making your case against the customer in front of him, and in front of a queue with a camera, hardens everyone. This is how one bad exchange becomes a public story and a bad week for the whole team.',
          effects: { mood: -1, trust: -1, score: -1 },
          next: 'rt-end-lost',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'rt-id',
      narration:
        'You come back with a small box. To release a parcel you need photo ID or the PIN from the delivery text.',
      customer:
        "ID? My wallet's in the van, two streets away. You've got the card, you've got my name on the screen. Come on.",
      choices: [
        {
          id: 'rt-id-pin',
          text: 'No problem, we can use the PIN from your delivery text instead. Have you got your phone on you?',
          feedback:
            'You kept the check that protects his parcel and found the route within it that works for him. Good service is knowing the rules well enough to help, not dropping them.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'rt-found',
          best: true,
        },
        {
          id: 'rt-id-waive',
          text: 'Oh, go on then, just take it.',
          feedback:
            'It feels kind, but releasing a parcel without any check puts the next customer at risk of their parcel going to a stranger. Helping well means working within the safeguards, not around them.',
          effects: { mood: 1, score: 0 },
          next: 'rt-found',
        },
        {
          id: 'rt-id-rules',
          text: "Sorry, rules are rules. You'll need to go and get your ID. I know it's a pain, but without photo ID I can't release anything, whatever the reason.",
          feedback:
            'The rule is real, but "rules are rules" stops at no. He walks back to his van more certain than ever that you are against him, when the PIN on his phone would have done.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'rt-found',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'rt-found',
      narration: 'He checks the label on the box. It is the circuit board.',
      customer:
        "That's it. Right. Look, sorry I went off at you. It's been a long week, and every time I deal with you lot it's a battle.",
      choices: [
        {
          id: 'rt-found-nod',
          text: "That's all right. Here you go.",
          feedback:
            'Gracious enough: you accepted the apology. You missed the chance to show him it does not have to be a battle every time.',
          effects: { score: 1 },
          next: 'rt-prevent',
        },
        {
          id: 'rt-found-gracious',
          text: "Honestly, I'd have been fed up too. I'm sorry it keeps being a battle. Let's make sure it isn't next time.",
          feedback:
            'Accepting his apology gracefully, without scoring a point, closes the cycle. He came in expecting a fight and leaves having been treated well, and that changes what he expects next time.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'rt-prevent',
          best: true,
        },
        {
          id: 'rt-found-point',
          text: "Well, shouting doesn't make it come any faster. We're all doing our best back here, and it would have been quicker if you'd let me look instead of arguing.",
          feedback:
            'It may be true, but scoring a point now restarts the cycle you had just broken. He will remember the last thing you said, not the parcel you found.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'rt-prevent',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'rt-prevent',
      customer: 'How do I stop this happening again? I get parts delivered every week.',
      choices: [
        {
          id: 'rt-prevent-app',
          text: 'You can set delivery preferences in the app.',
          feedback:
            'True and useful up to a point, but it hands the work back to him. Offering to set it up together would have shown more care.',
          effects: { score: 1 },
          next: 'rt-outcome',
        },
        {
          id: 'rt-prevent-promise',
          text: "It won't happen again, I promise. I'll have a word with the driver.",
          feedback:
            'You cannot promise what you do not control, and "a word with the driver" is vague. If it happens again, the broken promise will confirm everything he believed about Swiftline.',
          effects: { trust: -1, score: 0 },
          next: 'rt-outcome',
        },
        {
          id: 'rt-prevent-practical',
          text: "Let's set it up now: I'll note on your address that it's a business and someone is always in, and add a safe place or a neighbour as a backup. Here's the depot's direct number, so you can ring us rather than the call centre.",
          feedback:
            'Concrete steps that fit his work, done with him rather than left to him, show you see him as a regular customer with a business, not a one-off complaint.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'rt-outcome',
          best: true,
        },
      ],
    },
    {
      kind: 'branch',
      id: 'rt-outcome',
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
          next: 'rt-end-promoter',
        },
        {
          when: {
            any: [
              { variable: 'mood', is: '<=', value: -2 },
              { variable: 'trust', is: '<=', value: 0 },
            ],
          },
          next: 'rt-end-lost',
        },
      ],
      otherwise: 'rt-end-satisfied',
    },
  ],
  endings: [
    {
      id: 'rt-end-promoter',
      outcome: 'promoter',
      title: 'The cycle broken',
      customer: 'Cheers, Ben. You’re the first person at Swiftline who’s actually sorted something for me.',
      narration:
        'The following week Ray is back to collect a parcel he asked the depot to hold. He nods at you like an old friend and tells the man behind him: “Ask for Ben, he sorts things out.”',
      debrief:
        'A customer who expects poor treatment often attacks first, in self-defence. A great representative does not take the bait: they stay calm, take the complaint seriously, own the error for the company, act at once, and accept an apology gracefully. Each calm reply lowers the tension, which protects the customer relationship and the representative’s own day.',
    },
    {
      id: 'rt-end-satisfied',
      outcome: 'satisfied',
      title: 'Parcel collected, guard still up',
      narration:
        'Ray leaves with his circuit board and makes his 8am job. He is not angry any more, but next time he comes to the depot he will still arrive expecting a fight.',
      debrief:
        'The problem was solved. A great representative would also have broken the pattern Ray expected: calm empathy at the first angry line, a clear admission of the company’s error, a way within the rules that worked for him, and practical help so it does not happen again.',
    },
    {
      id: 'rt-end-rescued',
      outcome: 'satisfied',
      title: 'Calmed down by your supervisor',
      narration:
        'Jo calms things down and Ray gets his parcel. He is civil to Jo and does not look at you. The clip from the queue gets a few hundred views.',
      debrief:
        'Handing over honestly was right once things had boiled over. A great representative would have stopped the cycle much earlier: answer the first angry line with calm and empathy rather than a rebuke, own the error for the company rather than “I just work here”, and go and get the parcel.',
    },
    {
      id: 'rt-end-lost',
      outcome: 'lost',
      title: 'A story on social media',
      narration:
        'Ray moves his trade account to another courier. The video of the row is shared across local groups. That evening you are exhausted, and the next morning a colleague phones in sick rather than face the counter.',
      debrief:
        'Tension has costs on both sides: stress and exhaustion for staff, people leaving, harder recruitment, a worse public reputation, and more defensiveness in the next conversation. A great representative breaks the cycle at the first turn by staying calm, showing empathy, owning the company’s error and acting at once, and sets firm limits only if a customer becomes genuinely abusive.',
    },
  ],
};
