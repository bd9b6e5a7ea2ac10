import type { Scenario } from '../../src/domain/activities/scenario-types';

/**
 * The customer is wrong about the rules, and the answer to what he asks for is no. The work is to
 * say no clearly and kindly, find out what he actually needs (the question behind the question),
 * and offer what the rules do allow.
 */
export const policyNo: Scenario = {
  id: 'policy-no',
  title: 'It says so on your website',
  summary:
    'A loyal customer rings for a refund he is sure the rules allow. They do not. Saying no is the easy part; finding what he really needs is the job.',
  role: 'You are Robin, in the box office at the Corn Exchange Theatre. Tickets can be swapped for free to another performance up to 48 hours before the show; refunds are given only if a performance is cancelled. Unwanted tickets can go on the resale list, and the buyer is refunded if they sell. You can book tables in the theatre café.',
  channel: { kind: 'phone' },
  caseKind: 'customer-wrong',
  persona: {
    name: 'Malcolm Price',
    description:
      'A retired engineer who has booked the front stalls for most of the theatre’s musicals for twenty years.',
    situation:
      'Malcolm has two £59 tickets for Saturday evening’s musical. He read the theatre’s website, remembered “48 hours” and “refund” from it, and rang the box office on Wednesday certain that he is owed his money back.',
    startingMood: -1,
    startingTrust: 3,
  },
  start: 'pn-open',
  nodes: [
    {
      kind: 'turn',
      id: 'pn-open',
      customer:
        'I need to cancel my tickets for Saturday night and have my money back. Two in the front stalls, £118. Your website says I can do it up to 48 hours before.',
      choices: [
        {
          id: 'pn-open-yes',
          text: 'Of course, Mr Price. I’ll put that refund through for you now.',
          feedback:
            'Agreeing to keep him happy means promising something the rules do not allow. In a moment you will have to take it back, which is far worse than a careful answer now.',
          effects: { trust: 1, score: 0 },
          next: 'pn-retract',
        },
        {
          id: 'pn-open-flat',
          text: 'We don’t do refunds, I’m afraid. It’s in the terms and conditions you agreed to when you booked online.',
          feedback:
            'Accurate, but it closes the door before you know what he needs. A flat no with a rule attached invites a fight about the rule.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'pn-reason',
        },
        {
          id: 'pn-open-ask',
          text: 'Let me bring up your booking. Can I ask what’s changed for Saturday?',
          feedback:
            'You neither agreed nor refused. You looked at the facts and asked about his situation, because the best answer depends on what he actually needs.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'pn-reason',
          best: true,
        },
      ],
    },
    {
      kind: 'turn',
      id: 'pn-retract',
      narration:
        'The booking system will not refund a ticket for a performance that is going ahead. You have to tell him.',
      customer: 'Hello? Have you done it? You said you would.',
      choices: [
        {
          id: 'pn-retract-own',
          text: 'I’m sorry, Mr Price, I spoke too soon: I can’t refund these. Can I ask what’s changed for Saturday, so I can see what I can do?',
          feedback:
            'Owning your own mistake quickly is the only good way back. He is annoyed, but he has heard the truth from you rather than discovering it later.',
          effects: { trust: -1, score: 1 },
          next: 'pn-reason',
          best: true,
        },
        {
          id: 'pn-retract-system',
          text: 'The system won’t let me do it, so there’s nothing I can do.',
          feedback:
            'Blaming the computer for your own promise, and then stopping, leaves him with no answer and no reason to believe anything you say.',
          effects: { mood: -2, trust: -2, score: 0 },
          next: 'pn-end-hung-up',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'pn-reason',
      customer:
        'My granddaughter’s graduation has been moved to Saturday afternoon, in Leeds. We won’t be back in time. Anyway, why does it matter? The website says refunds up to 48 hours.',
      choices: [
        {
          id: 'pn-reason-misread',
          text: 'You’ve misread it. It clearly says exchanges, not refunds.',
          feedback:
            'He is wrong about the rule, but telling him he misread it makes the conversation about his mistake. Nobody gives ground after being told they cannot read.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'pn-push',
        },
        {
          id: 'pn-reason-clear',
          text: 'Congratulations to her! I can see why it reads that way. The 48 hours is for swapping to another performance, which is free. Refunds are only for cancelled shows.',
          feedback:
            'You showed you had listened, took his reading seriously, and stated the rule plainly without making him feel foolish. The “no” is clear, and so is the door that is open.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'pn-push',
          best: true,
        },
        {
          id: 'pn-reason-fudge',
          text: 'Oh, congratulations! Right, refunds… I’m not sure, it might be possible. Let me ask someone and call you back.',
          feedback:
            'You know the answer, and putting it off to avoid an awkward moment only moves the awkward moment to tomorrow, with his hopes raised.',
          effects: { trust: -1, score: 0 },
          next: 'pn-push',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'pn-push',
      mood: -2,
      customer:
        'That’s not what it says. I read it twice. I’ve been coming here for twenty years. Just refund it, will you?',
      choices: [
        {
          id: 'pn-push-firm',
          text: 'I can’t refund them, Mr Price. What I can do is move both seats to another performance, free.',
          feedback:
            'A clear no and a real alternative in two sentences. Being firm and kind together is possible; the alternative is what makes the no bearable.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'pn-options',
          best: true,
        },
        {
          id: 'pn-push-grovel',
          text: 'I’m so sorry, I really am, I completely understand, and I’m sorry it’s confusing. I do apologise, it’s just that I’m not able to refund it. I’m so sorry.',
          feedback:
            'Five apologies and no way forward. Piling on sorry makes the no sound shaky, as if pushing a little harder might change it.',
          effects: { mood: -1, score: 0 },
          next: 'pn-options',
        },
        {
          id: 'pn-push-cave',
          text: 'Well, as you’re such a regular, I’ll refund it just this once.',
          feedback:
            'Bending the rule for the customer who pushes hardest is not kindness; it is unfair to every customer who was told no. Service should be the same for everyone, without bias.',
          effects: { mood: 1, trust: -1, score: 0 },
          next: 'pn-options',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'pn-options',
      freeText: {
        actions: [
          'acknowledge-feeling',
          'apologise',
          'ask-need',
          'offer-remedy',
          'offer-choice',
          'commit-time',
          'check-agreement',
        ],
        essential: ['offer-remedy'],
        goodAt: 3,
        cues: {
          // What the rules do allow: a free swap to another performance, or the resale list.
          'offer-remedy': [
            '!resale|resell|matinee|matinees',
            '!swap|move|exchange|change|transfer ~5 ticket|tickets|seat|seats|you|them|performance|show|night|date',
            'afternoon|sunday|saturday|another|other|different ~1 !show|performance|night|date',
          ],
          'ask-need': [
            '?what|which|when ~4 !best|easier|better|suit|suits|work|works ~3 for|her|you|your|wife',
          ],
          // Bending the rule for the customer who pushes hardest is beyond the role.
          overpromise: [
            'i|we will|can ~3 !refund ~4 anyway|once|exception|this|them|it|you',
            '+just ~1 this ~1 !once',
            '+make ~1 an ~1 !exception',
          ],
        },
      },
      customer:
        'Another night? I don’t know. My wife has her physio on Friday mornings and she’s shattered afterwards. What if we can’t make any other night?',
      choices: [
        {
          id: 'pn-options-dates',
          text: 'Let me read you every performance we have. There is Tuesday evening, Wednesday afternoon and evening, Thursday evening, Friday evening, Saturday afternoon and evening and Sunday afternoon, and then the same pattern each week until the run finishes on the 28th.',
          feedback:
            'Every fact is right, and he now has a timetable to hold in his head on the phone. Listing everything is not the same as helping him choose.',
          effects: { mood: -1, score: 0 },
          next: 'pn-resale',
          reads: { actions: [] },
        },
        {
          id: 'pn-options-fit',
          text: 'I understand, and I’m sorry the refund isn’t possible. A matinee might be easier for her: I can swap you to Sunday at 2.30, or put the tickets on our resale list. Which would you prefer?',
          feedback:
            'You listened to the detail about his wife, turned it into a suggestion that fits, and gave him two real options to choose from. This is finding what the customer needs, not only what he asked for.',
          effects: { mood: 1, trust: 1, score: 3 },
          next: 'pn-resale',
          best: true,
          reads: {
            actions: ['acknowledge-feeling', 'apologise', 'offer-remedy', 'offer-choice', 'commit-time'],
          },
        },
        {
          id: 'pn-options-rules',
          text: 'Rules are rules, Mr Price. If you can’t make another night, that’s not our problem.',
          feedback:
            'It turns a clear no into a cold one and leaves him with nothing. He came for help with a family clash, and you answered with the rule book.',
          effects: { mood: -2, trust: -2, score: -1 },
          next: 'pn-resale',
          reads: { actions: [], faults: ['refuse', 'hide-behind-policy'] },
        },
      ],
    },
    {
      kind: 'turn',
      id: 'pn-resale',
      customer: 'And this resale list. How does that work? Do I get my money back?',
      choices: [
        {
          id: 'pn-resale-yes',
          text: 'Yes, you’ll get your money back.',
          feedback:
            'Only if the seats sell. Saying yes without the condition sets up a second disappointment, and this time he will feel misled.',
          effects: { trust: -1, score: 0 },
          next: 'pn-seats',
        },
        {
          id: 'pn-resale-honest',
          text: 'If someone buys them, yes, all of it. If they don’t sell, you keep the tickets. Saturday seats usually go.',
          feedback:
            'Honest about the condition and about the odds. He can now choose between a sure swap and a likely refund, knowing exactly what each means.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'pn-seats',
          best: true,
        },
        {
          id: 'pn-resale-website',
          text: 'It’s all explained on our website: go to Help, then Tickets, then Resale and Exchanges, where it sets out how the list works.',
          feedback:
            'He is on the phone because the website confused him. Sending him back to it is a polite way of not answering.',
          effects: { mood: -1, score: 0 },
          next: 'pn-seats',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'pn-seats',
      narration:
        'His booking history shows he has sat in row C, seats 14 and 15, for every musical since 2012.',
      customer: 'The Sunday matinee, then. Can we have the same seats? We always sit in the same place.',
      choices: [
        {
          id: 'pn-seats-any',
          text: 'I’ll put you wherever is free. The view is good from most of the stalls.',
          feedback:
            'Probably true, but he told you what matters to him and his record says the same. Ignoring both is a small way of saying you were not listening.',
          effects: { score: 0 },
          next: 'pn-website',
        },
        {
          id: 'pn-seats-transfer',
          text: 'For seat selection I’ll need to transfer you to our bookings team. Please hold.',
          feedback:
            'You can do this yourself. Passing him to another queue for the last step undoes the goodwill of the last few minutes.',
          effects: { mood: -1, score: 0 },
          next: 'pn-website',
        },
        {
          id: 'pn-seats-row-c',
          text: 'Row C, 14 and 15, are free on Sunday. Shall I book them?',
          feedback:
            'You checked his history and the plan, and gave him his usual seats in one line. Remembering what a regular likes is what makes him feel known.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'pn-website',
          best: true,
        },
      ],
    },
    {
      kind: 'turn',
      id: 'pn-website',
      customer:
        'Yes, please. Well, I still think your website is misleading. I won’t be the only one who reads it that way.',
      choices: [
        {
          id: 'pn-website-clear',
          text: 'Our website is perfectly clear if you read it carefully, and we’ve had very few complaints about that page.',
          feedback:
            'You won the argument and lost the point. He may be right that the page is confusing, and you have just told him his feedback is worthless.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'pn-lunch',
        },
        {
          id: 'pn-website-feelings',
          text: 'I’m sorry you feel that way.',
          feedback:
            'A non-apology: it regrets his feelings, not anything the theatre did. It sounds polite and changes nothing.',
          effects: { score: 0 },
          next: 'pn-lunch',
        },
        {
          id: 'pn-website-pass-on',
          text: 'You may well be right. I’ll send your exact words to our web team today so they can make it clearer.',
          feedback:
            'He was wrong about the rule but may be right about the page. Taking his feedback seriously is continuous improvement, and it shows him his call changed something.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'pn-lunch',
          best: true,
        },
      ],
    },
    {
      kind: 'turn',
      id: 'pn-lunch',
      customer:
        'Thank you. The whole family will be down on Sunday, actually. Is there anywhere near you to eat before a matinee?',
      choices: [
        {
          id: 'pn-lunch-google',
          text: 'There are plenty of restaurants in the town centre. It’s worth searching online for reviews before you come.',
          feedback:
            'Helpful in a general way, but you have a café in the building and the power to book it. The question behind his question is “can you make Sunday easy for us?”',
          effects: { score: 1 },
          next: 'pn-close',
        },
        {
          id: 'pn-lunch-cafe',
          text: 'Our café does lunch before matinees. Shall I book a table for the family at 12.30?',
          feedback:
            'You heard what he was really asking for, a good family day, and offered to arrange it on the spot. This is where a no turns into more than he expected.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'pn-close',
          best: true,
        },
        {
          id: 'pn-lunch-tickets',
          text: 'I’m afraid I can only help with tickets on this line.',
          feedback:
            'It is not true, and even if it were, one sentence about the café next door would have cost you nothing.',
          effects: { mood: -1, score: 0 },
          next: 'pn-close',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'pn-close',
      customer: 'Six of us, then. Thank you. I was ready to give you an earful when I rang.',
      choices: [
        {
          id: 'pn-close-glad',
          text: 'Glad we found a way. Congratulations to your granddaughter.',
          feedback:
            'Warm, short and about him. You let the good ending stand without adding a lesson or a script.',
          effects: { mood: 1, score: 2 },
          next: 'pn-outcome',
          best: true,
        },
        {
          id: 'pn-close-lecture',
          text: 'No problem! Just remember for next time that it’s exchanges, not refunds, so it’s worth reading the terms carefully before you book.',
          feedback:
            'A reminder he did not ask for, at the moment he was thanking you. Ending on his mistake undoes part of the warmth you built.',
          effects: { mood: -1, score: 0 },
          next: 'pn-outcome',
        },
        {
          id: 'pn-close-script',
          text: 'Thank you for calling the Corn Exchange box office. Is there anything else I can help you with today?',
          feedback:
            'Correct and lifeless. He just told you something human, and the script answered a different conversation.',
          effects: { score: 1 },
          next: 'pn-outcome',
        },
      ],
    },
    {
      kind: 'branch',
      id: 'pn-outcome',
      rules: [
        {
          when: {
            all: [
              { variable: 'trust', is: '>=', value: 5 },
              { variable: 'mood', is: '>=', value: 2 },
              // A promoter needs the best path's score (19) but for a slip or two: trust and mood reach
              // their ceilings early, so on their own they would forgive several weak replies.
              { variable: 'score', is: '>=', value: 17 },
            ],
          },
          next: 'pn-end-promoter',
        },
        {
          when: {
            any: [
              { variable: 'mood', is: '<=', value: -2 },
              { variable: 'trust', is: '<=', value: 1 },
            ],
          },
          next: 'pn-end-lost',
        },
      ],
      otherwise: 'pn-end-satisfied',
    },
  ],
  endings: [
    {
      id: 'pn-end-promoter',
      outcome: 'promoter',
      title: 'No refund, and a better Sunday',
      customer: 'Robin, is it? I’ll tell them at the box office you looked after us.',
      narration:
        'Six of the Price family have lunch in the café and watch the matinee from row C. At the graduation party Malcolm tells his daughter’s friends that the Corn Exchange “said no and still sorted everything”. The web team rewrites the page that week.',
      debrief:
        'When a customer is wrong about the rules, a great representative does not agree to keep the peace, argue about who misread what, or bend the rule for whoever pushes hardest. They ask what has changed, state the no once and plainly, offer what the rules do allow, listen for what the customer really needs, and take feedback about confusing rules seriously.',
    },
    {
      id: 'pn-end-satisfied',
      outcome: 'satisfied',
      title: 'Swapped, not delighted',
      narration:
        'Malcolm moves his tickets and comes to the matinee. He still feels the theatre got the better of him, and mentions the “misleading website” to anyone who asks.',
      debrief:
        'He got a fair outcome. A great representative would also have made him feel heard: asking what had changed before answering, saying no without making him wrong, matching the swap to his wife’s week, his usual seats, and a lunch table for the family.',
    },
    {
      id: 'pn-end-lost',
      outcome: 'lost',
      title: 'Subscription cancelled',
      narration:
        'Malcolm does not use the tickets. He writes to the theatre’s director, cancels the subscription he has held for twenty years, and tells his friends the box office treated him like a nuisance.',
      debrief:
        'A no can be delivered in a way that loses a customer of twenty years, or in a way that keeps him. A great representative says it once, clearly and kindly, without blaming the customer or hiding behind rules, and always puts an alternative beside it.',
    },
    {
      id: 'pn-end-hung-up',
      outcome: 'lost',
      title: 'Promised, then refused',
      customer: 'So you promise one thing and then hide behind a computer. Forget it.',
      narration:
        'He puts the phone down. By the evening he has emailed a complaint about “being lied to by the box office”.',
      debrief:
        'Promising what the rules do not allow and then blaming the system is the worst way to say no. A great representative checks before agreeing, owns any mistake at once, and pairs the no with what can be done.',
    },
  ],
};
