import type { Scenario } from '../../src/domain/activities/scenario-types';

/**
 * A complaint answered by email. In writing there is no tone of voice to soften a phrase, and
 * every word stays on the record, so accuracy, plain language and support after the sale carry
 * the reply. The learner builds the reply part by part, then answers the customer's reply.
 */
export const emailComplaint: Scenario = {
  id: 'email-complaint',
  title: 'Cold showers and no answer',
  summary:
    'A customer’s boiler failed again three days after your engineer repaired it, and nobody answered the emergency line. You answer his complaint by email, one part at a time.',
  role: 'You are Morgan, in the customer care team at Kestrel Home Heating, a firm of boiler engineers. You answer complaints by email, can reimburse up to £150 without asking a manager, and can book engineer visits.',
  channel: { kind: 'email' },
  caseKind: 'company-error',
  persona: {
    name: 'Daniel Osei',
    description: 'A secondary-school teacher with two young children, a Kestrel customer for four years.',
    situation:
      'On Tuesday a Kestrel engineer replaced a part in Daniel’s boiler for £185. By Friday evening it had failed again. Daniel rang Kestrel’s emergency line on Friday night and on Saturday morning; both calls went to voicemail and nobody rang back. On Sunday he paid another firm £95 to come out, and they found the new part had been fitted loose. On Monday morning his email is at the top of your inbox.',
    startingMood: -2,
    startingTrust: 1,
  },
  start: 'ec-subject',
  nodes: [
    {
      kind: 'turn',
      id: 'ec-subject',
      narration:
        'His email has the subject line “Cold showers and no answer”. You click Reply, and the first thing to decide is the subject line of your answer.',
      customer:
        '(His email) We paid £185 on Tuesday and by Friday we had no heating or hot water again. I rang your emergency line twice and nobody answered. I had to pay someone else £95 on Sunday. What are you going to do about it?',
      choices: [
        {
          id: 'ec-subject-keep',
          text: 'Re: Cold showers and no answer (your repair on Tuesday 8 April)',
          feedback:
            'Keeping his own subject line shows you are answering him, not opening a new case, and the repair date tells him at a glance that you know which job it was.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'ec-opening',
          best: true,
        },
        {
          id: 'ec-subject-ref',
          text: 'Your Enquiry [Ref: KHH-CC-20931] – Please Do Not Change This Subject Line',
          feedback:
            'It turns his complaint into a ticket number with an instruction. Nothing in it tells him a person has read what happened to his family.',
          effects: { mood: -1, score: 0 },
          next: 'ec-opening',
        },
        {
          id: 'ec-subject-cheer',
          text: 'We’re sorry! Let’s make things right :)',
          feedback:
            'A cheerful subject and a smiley clash with three cold days and two unanswered calls. In writing, tone is carried by every word and symbol you choose.',
          effects: { mood: -1, score: 0 },
          next: 'ec-opening',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ec-opening',
      narration:
        'Now the first lines of the email. He will read them before anything else, and they set the tone.',
      customer: '(His email) My children washed in water boiled in the kettle for two days.',
      choices: [
        {
          id: 'ec-opening-form',
          text: 'Dear Mr Osei, Thank you for your email dated 14 April regarding your recent service experience. Your comments have been noted and forwarded to the relevant department for review, and a member of our team will respond in due course.',
          feedback:
            'A form letter: long, polite and empty. It does not mention the boiler, the children or the phone calls, so it tells him nobody has really read his email.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'ec-why',
        },
        {
          id: 'ec-opening-specific',
          text: 'Dear Daniel, Two days of kettle-water washes, three days after we repaired your boiler, is not the service you paid for. I’m sorry.',
          feedback:
            'You named exactly what happened, in his own terms, and apologised once, plainly. He knows from the first line that a person read his email.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'ec-why',
          best: true,
        },
        {
          id: 'ec-opening-breezy',
          text: 'Hi Daniel! Thanks so much for reaching out, we always love hearing from our customers!',
          feedback:
            'Friendly words in the wrong place. “We love hearing from you” in reply to a complaint about cold children reads as if nobody read it.',
          effects: { mood: -1, score: 0 },
          next: 'ec-why',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ec-why',
      narration:
        'You check the rota. That weekend the emergency phone was diverted to an engineer who was off sick, and nobody checked its voicemail until Monday.',
      customer: '(His email) Why did nobody answer the emergency line? Isn’t that what it’s for?',
      choices: [
        {
          id: 'ec-why-vague',
          text: 'Unfortunately, due to unforeseen circumstances, the line was temporarily unavailable.',
          feedback:
            'Corporate fog. He asked a direct question, and “unforeseen circumstances” sounds like something is being hidden, which is worse than the truth.',
          effects: { trust: -1, score: 0 },
          next: 'ec-remedy',
        },
        {
          id: 'ec-why-contractor',
          text: 'Our out-of-hours line is run under a separate arrangement, so I am unable to comment on why your calls were not answered, but I will pass your concerns on.',
          feedback:
            'It keeps the company at arm’s length from its own phone line. To Daniel there is one company, Kestrel, and it did not answer.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'ec-remedy',
        },
        {
          id: 'ec-why-honest',
          text: 'It is, and it failed you. That weekend the phone was passed to an engineer who was off sick, and nobody checked the messages. From this week, two people hold it and calls are logged.',
          feedback:
            'A straight answer to a straight question: what went wrong, and what has changed. Customers forgive an honest mistake that is owned far more readily than one that is denied.',
          effects: { mood: 1, trust: 2, score: 2 },
          next: 'ec-remedy',
          best: true,
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ec-remedy',
      freeText: {
        actions: [
          'acknowledge-feeling',
          'apologise',
          'own-problem',
          'offer-remedy',
          'add-extra',
          'commit-time',
          'check-agreement',
        ],
        essential: ['offer-remedy', 'add-extra'],
        goodAt: 3,
        cues: {
          // Here the extra he asked for is knowing the boiler is safe: a check by an engineer.
          'add-extra': [
            '!check|inspect|service|test|look ~5 boiler|it|over|safe|everything|part|parts',
            '!safety ~1 check|inspection|visit',
            'engineer ~5 !check|inspect|visit|come|look',
            '!inspection|checkup|check-up',
            '!visit ~3 from|by ~3 engineer',
            'boiler ~2 is|be ~1 !safe',
          ],
          'offer-remedy': ['!reimburse|refund|repay|pay ~4 £95|95|back|invoice|bill|cost', '£95|95 ~4 !back'],
        },
        ownCues: ['add-extra'],
        creditLimit: 150,
      },
      narration: 'The next paragraph answers what he wants done. You may write it in your own words.',
      customer:
        '(His email) I want the £95 I paid the other engineer back, and I want to know the boiler is safe.',
      choices: [
        {
          id: 'ec-remedy-full',
          text: 'I understand, and you shouldn’t have had to pay anyone else. I’ve refunded the £95 to the card you paid us with, so you’ll see it within three working days. I’ll also send our senior engineer, Priya, to check the whole boiler free of charge. Would Thursday morning suit?',
          feedback:
            'Everything he asked for, stated as done rather than promised, with a time he can check, plus a safety check by someone senior. That is support after the sale, in writing.',
          effects: { mood: 2, trust: 1, score: 3 },
          next: 'ec-forms',
          best: true,
          reads: {
            actions: [
              'acknowledge-feeling',
              'own-problem',
              'offer-remedy',
              'add-extra',
              'commit-time',
              'check-agreement',
            ],
          },
        },
        {
          id: 'ec-remedy-goodwill',
          text: 'As a gesture of goodwill, and without admission of liability, Kestrel Home Heating is pleased to offer a credit of 10% against the value of your next service visit, valid for twelve months and subject to our standard terms and conditions of business.',
          feedback:
            'Long, legal and small. He asked for £95 back and a safe boiler; a voucher wrapped in “without admission of liability” answers neither, and reads as if you expect him to sue.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'ec-forms',
          reads: { actions: ['offer-remedy'] },
        },
        {
          id: 'ec-remedy-terms',
          text: 'Our terms say we don’t pay other firms’ invoices. You should have waited for one of our engineers to call you back.',
          feedback:
            'It blames him for not waiting, when nobody was ever going to call back. In an email, this sentence will be forwarded and quoted.',
          effects: { mood: -2, trust: -2, score: -1 },
          next: 'ec-dispute',
          reads: { actions: [], faults: ['refuse', 'blame-customer', 'hide-behind-policy'] },
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ec-dispute',
      mood: -3,
      narration: 'His answer arrives eleven minutes later.',
      customer:
        'Waited? For three days, with two children? I will be disputing the £185 with my bank, and I am posting your email online so people can see how you treat customers.',
      choices: [
        {
          id: 'ec-dispute-repair',
          text: 'You’re right, and my last email was wrong. I’m sorry. I’ve refunded the £95 today, and our senior engineer can check your boiler free on Thursday.',
          feedback:
            'A fast, plain correction is the best you can do once a bad reply has gone out. It may not undo the damage, but it stops it growing.',
          effects: { mood: 1, trust: 1, score: 1 },
          next: 'ec-forms',
          best: true,
        },
        {
          id: 'ec-dispute-previous',
          text: 'As previously stated, reimbursement of third-party invoices falls outside our terms of business.',
          feedback:
            '“As previously stated” repeats the mistake with a sharper edge. He now has two emails to post instead of one.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'ec-end-dispute',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ec-forms',
      customer: '(His email) And please don’t send me a form to fill in. I’ve already told you everything.',
      choices: [
        {
          id: 'ec-forms-sorry',
          text: 'I’m so sorry, I completely understand, and I do apologise, but I’m afraid we do need the attached form back before we can close your complaint. Sorry again for the extra step.',
          feedback:
            'Three apologies wrapped round exactly what he asked you not to do. Saying sorry more often does not make a needless form less annoying.',
          effects: { mood: -1, score: 0 },
          next: 'ec-signoff',
        },
        {
          id: 'ec-forms-form',
          text: 'To progress your complaint, please complete the attached Customer Feedback Form (CF-2) and return it within 14 days.',
          feedback:
            'He told you everything in his email. Asking for it again on a form makes the complaint his job.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'ec-signoff',
        },
        {
          id: 'ec-forms-none',
          text: 'No forms. I have everything I need from your email.',
          feedback:
            'Short and exactly what he asked for. Part of good written service is not making the customer write twice.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'ec-signoff',
          best: true,
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ec-signoff',
      narration: 'You come to the end of the email. How do you sign it off?',
      customer: '(His email) I’ll decide whether to leave a review once I hear back from you.',
      choices: [
        {
          id: 'ec-signoff-noreply',
          text: 'Please note that this mailbox is not monitored, so replies will not be read. Do not reply to this email.',
          feedback:
            'It shuts the conversation he is trying to have. A complaint reply should make the next step easier, not impossible.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'ec-proofread',
        },
        {
          id: 'ec-signoff-named',
          text: 'If anything here isn’t clear, reply to this email or call me on 01632 960418. Morgan, Customer Care',
          feedback:
            'A name and a direct line turn “the company” into a person he can reach. After two unanswered calls, that matters more than any phrase of regret.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'ec-proofread',
          best: true,
        },
        {
          id: 'ec-signoff-team',
          text: 'Kind regards, The Customer Care Team',
          feedback:
            'Polite and faceless. After being let down by an unanswered phone, he has nobody in particular to turn to if this goes wrong too.',
          effects: { score: 0 },
          next: 'ec-proofread',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ec-proofread',
      narration:
        'You read the draft once more. It says “your repair on Thursday” where the job was on Tuesday, and the refund reads £59 instead of £95.',
      customer: '(His email, still open beside yours) …on Tuesday 8 April… I had to pay someone else £95…',
      choices: [
        {
          id: 'ec-proofread-fix',
          text: '(Correct the day and the amount, check his name and the engineer’s, then send.)',
          feedback:
            'Accuracy is part of delivering service. One wrong figure in a complaint reply tells him you are still not paying attention, however warm the rest is.',
          effects: { trust: 1, score: 2 },
          next: 'ec-reply',
          best: true,
        },
        {
          id: 'ec-proofread-send',
          text: '(Send it now: he has waited long enough, and the details are close enough.)',
          feedback:
            'Speed matters, but a refund of “£59” in writing will start a second complaint. A minute of checking saves a day of putting it right.',
          effects: { trust: -1, score: 0 },
          next: 'ec-reply',
        },
        {
          id: 'ec-proofread-followup',
          text: '(Send it as it is, then send a second email straight after, correcting the day and the amount.)',
          feedback:
            'Better than leaving the errors, but two emails in a row looks careless, and he may act on the first before he reads the second.',
          effects: { score: 1 },
          next: 'ec-reply',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ec-reply',
      narration: 'Two days later he writes back.',
      customer:
        'Thanks for the straight answer. The money’s arrived and Priya came this morning. Our annual service is due next month. Should I still book it with you?',
      choices: [
        {
          id: 'ec-reply-book',
          text: 'I’d like you to, and I’ll book Priya again so the same person who checked it does the service. Which week suits you?',
          feedback:
            'You asked for his custom honestly and gave him a real reason to stay: continuity with the engineer he now trusts.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'ec-review',
          best: true,
        },
        {
          id: 'ec-reply-vague',
          text: 'Of course! I’m sure it will all be fine next time.',
          feedback:
            '“I’m sure it will be fine” is what he was told last time. A concrete reason to trust you would do far more.',
          effects: { score: 0 },
          next: 'ec-review',
        },
        {
          id: 'ec-reply-terms',
          text: 'Boilers are complex appliances and no engineer can guarantee they will never fail, as set out in our terms and conditions. You are of course free to choose any provider.',
          feedback:
            'True in a narrow way, and it pushes him towards the door at the moment he is offering to come back.',
          effects: { mood: -1, trust: -1, score: 0 },
          next: 'ec-review',
        },
      ],
    },
    {
      kind: 'turn',
      id: 'ec-review',
      customer:
        'Fair enough. One more thing: I wrote a one-star review on Saturday night but never posted it. Do you mind if I still do?',
      choices: [
        {
          id: 'ec-review-bribe',
          text: 'Please don’t! If you’d leave it unposted, I could add another 10% off your service next month.',
          feedback:
            'Paying for silence crosses an ethical line, and customers notice when a company buys its reviews. Good service solves the problem without compromising your own values.',
          effects: { trust: -2, score: 0 },
          next: 'ec-outcome',
        },
        {
          id: 'ec-review-steer',
          text: 'Reviews really help us improve, so we would be very grateful if you could also mention how quickly we replied and that we refunded you in full.',
          feedback:
            'Not a bribe, but it asks him to write your side of the story. It can make a fair outcome feel like a sales pitch.',
          effects: { score: 1 },
          next: 'ec-outcome',
        },
        {
          id: 'ec-review-honest',
          text: 'That’s your call. An honest review is welcome either way.',
          feedback:
            'Plain and fair. You leave the choice with him, which is the surest way to earn a review worth having.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'ec-outcome',
          best: true,
        },
      ],
    },
    {
      kind: 'branch',
      id: 'ec-outcome',
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
          next: 'ec-end-promoter',
        },
        {
          when: {
            any: [
              { variable: 'mood', is: '<=', value: -2 },
              { variable: 'trust', is: '<=', value: 0 },
            ],
          },
          next: 'ec-end-lost',
        },
      ],
      otherwise: 'ec-end-satisfied',
    },
  ],
  endings: [
    {
      id: 'ec-end-promoter',
      outcome: 'promoter',
      title: 'A four-star review that names you',
      customer: 'Thanks, Morgan. I’ll book the week of the 12th.',
      narration:
        'Daniel rewrites his review: four stars, “They got it badly wrong, then put it right properly. Ask for Morgan.” Two of his colleagues book Kestrel that winter.',
      debrief:
        'A great written reply keeps the customer’s subject line, opens with what happened to them, answers every question honestly, states what has been done rather than what might be, asks for nothing they already gave, signs with a name and a number, and is checked before it is sent. After the sale is when service is tested.',
    },
    {
      id: 'ec-end-satisfied',
      outcome: 'satisfied',
      title: 'Refunded, not won back',
      narration:
        'Daniel gets his £95 and a working boiler. He posts nothing, and next month he books his annual service with a different firm.',
      debrief:
        'The problem was fixed. A great reply would also have read as if a person wrote it: his own subject line, his children’s cold days named in the first line, a straight answer about the phone, no needless forms, a named contact and no mistakes in the figures.',
    },
    {
      id: 'ec-end-lost',
      outcome: 'lost',
      title: 'One star, with quotes',
      narration:
        'Daniel posts his one-star review, quoting two sentences from your email. The next three people who search for boiler engineers in his town read it first.',
      debrief:
        'In writing, vague phrases, form letters and blame stay on the record and can be quoted back. A great representative answers every question plainly, owns the company’s failure, states the fix and when it happens, checks every figure before sending, and leaves the customer free to review as they choose.',
    },
    {
      id: 'ec-end-dispute',
      outcome: 'lost',
      title: 'Payment disputed',
      narration:
        'Daniel’s bank reverses the £185. His post, with both of your emails as pictures, is shared in a local parents’ group.',
      debrief:
        'A reply that blames the customer, followed by “as previously stated”, turns a fixable complaint into a public one. A great representative owns the failure in the first email, refunds what the customer lost, and checks the boiler is safe.',
    },
  ],
};
