import type { BankFile } from '../../src/domain/assessment/assessment';

/** Final-assessment items for the lesson "exceeding-expectations". Schema and rules: lessons/README.md. */
export const exceedingExpectations: BankFile = {
  lesson: 'exceeding-expectations',
  items: [
    {
      id: 'a-l5-01',
      section: 'meeting-versus-exceeding',
      objective: 1,
      demand: 'application',
      kind: 'single',
      prompt:
        'A customer brings in a phone for a quick screen repair. Which response exceeds their expectations?',
      options: [
        {
          id: 'a',
          text: 'Repair it on time, then clean the phone and mention the battery looks healthy',
          correct: true,
          feedback: 'Right. The need is met and a little extra value is added, with no wasted time.',
        },
        {
          id: 'b',
          text: 'Talk them through every feature of the latest handset first',
          correct: false,
          feedback: 'This ignores what they came for. Going further only works when you understand the need.',
        },
        {
          id: 'c',
          text: 'Repair it within the quoted time and hand it back',
          correct: false,
          feedback: 'This meets expectations, which matters, but does not go beyond them.',
        },
      ],
    },
    {
      id: 'a-l5-02',
      section: 'meeting-versus-exceeding',
      objective: 1,
      demand: 'understanding',
      kind: 'truefalse',
      prompt: "You can exceed a customer's expectations without first understanding what they need.",
      answer: false,
      feedbackTrue:
        "Not so. Extras that miss the need waste the customer's time. Find out who they are and what they want first.",
      feedbackFalse: 'Correct. You can only go beyond an expectation you understand.',
    },
    {
      id: 'a-l5-03',
      section: 'what-excellence-looks-like',
      objective: 2,
      demand: 'recall',
      kind: 'matching',
      prompt: 'Match each part of excellence to what it looks like on the job.',
      pairs: [
        {
          id: 'value',
          left: 'More value than expected',
          right: 'The customer leaves with more than they came for',
        },
        {
          id: 'consistent',
          left: 'Consistently',
          right: 'The same standard late on Friday as first thing on Monday',
        },
        {
          id: 'cost',
          left: 'Cost-effectively',
          right: 'Extras that cost little but mean a lot',
        },
        {
          id: 'bias',
          left: 'Without bias',
          right: 'Every customer gets your best, not only the regulars',
        },
      ],
      explanation:
        'Excellence is not a one-off gesture. It is extra value that can be sustained, given every time and to everyone.',
    },
    {
      id: 'a-l5-04',
      section: 'value-you-can-count',
      objective: 2,
      demand: 'understanding',
      kind: 'multiple',
      prompt: 'Which of these show the quantity side of value? Select all that apply.',
      options: [
        {
          id: 'a',
          text: 'Sending the two extra links the customer will need next',
          correct: true,
          feedback: 'Yes. The customer gets a little more than they asked for.',
        },
        {
          id: 'b',
          text: 'Adding a short cost breakdown to an invoice',
          correct: true,
          feedback: 'Yes. It saves the customer a phone call they would otherwise have made.',
        },
        {
          id: 'c',
          text: 'Serving a generous portion with every meal',
          correct: true,
          feedback: 'Yes. Getting at least as much as expected leaves customers feeling well treated.',
        },
        {
          id: 'd',
          text: 'Upgrading the customer to a larger size and charging for it without asking',
          correct: false,
          feedback:
            'No. More that the customer pays for without agreeing is not extra value; it breaks trust.',
        },
      ],
    },
    {
      id: 'a-l5-05',
      section: 'from-satisfied-to-promoter',
      objective: 3,
      demand: 'understanding',
      kind: 'single',
      prompt: 'Why are promoters so valuable to a business that wants to grow?',
      options: [
        {
          id: 'a',
          text: 'They bring in new customers without extra marketing cost',
          correct: true,
          feedback:
            'Right. A recommendation from someone people trust does what advertising would otherwise have to pay for.',
        },
        {
          id: 'b',
          text: 'They never complain',
          correct: false,
          feedback: 'Promoters can still raise problems; what marks them out is that they recommend you.',
        },
        {
          id: 'c',
          text: 'They always pay higher prices',
          correct: false,
          feedback: 'Their value lies in the customers they bring, not in paying more.',
        },
      ],
    },
    {
      id: 'a-l5-06',
      section: 'from-satisfied-to-promoter',
      objective: 3,
      demand: 'understanding',
      kind: 'truefalse',
      prompt: 'In a competitive market, satisfied customers are all a business needs in order to grow.',
      answer: false,
      feedbackTrue:
        'Not so. Competitors satisfy customers too. Growth comes from turning customers into promoters who recommend you.',
      feedbackFalse:
        'Correct. Satisfaction is only the minimum; promoters are what bring growth without extra acquisition cost.',
    },
    {
      id: 'a-l5-07',
      section: 'when-customers-cannot-say-what-they-want',
      objective: 3,
      demand: 'understanding',
      kind: 'single',
      prompt: 'Why can surveys and focus groups give a misleading picture of what customers want?',
      options: [
        {
          id: 'a',
          text: 'People report what they believe drives them, or ought to, rather than their real motives',
          correct: true,
          feedback:
            'Right. Much decision-making happens below awareness, so stated reasons can miss the real ones.',
        },
        {
          id: 'b',
          text: 'Customers deliberately lie to researchers',
          correct: false,
          feedback:
            'It is rarely deliberate. People simply do not always know why they choose what they choose.',
        },
        {
          id: 'c',
          text: 'They cost too much to be useful',
          correct: false,
          feedback: 'Cost is not the issue here; the issue is the gap between stated and real motives.',
        },
      ],
    },
    {
      id: 'a-l5-08',
      section: 'when-customers-cannot-say-what-they-want',
      objective: 3,
      demand: 'recall',
      kind: 'short',
      prompt: 'What do designers call the short portraits of a typical customer that sum up their research?',
      accept: ['persona', 'personas'],
      feedbackCorrect:
        'Yes: personas. They keep the real customer in view while a product or service is designed.',
      feedbackIncorrect:
        'The term is personas: short descriptions of the typical customer, built from research into what people actually need.',
    },
    {
      id: 'a-l5-09',
      section: 'owning-your-mistakes',
      objective: 4,
      demand: 'application',
      kind: 'multiple',
      prompt:
        "You realise you booked a customer's delivery for the wrong week. Which actions show you owning the mistake? Select all that apply.",
      options: [
        {
          id: 'a',
          text: 'Tell the customer plainly that you made the error, and apologise',
          correct: true,
          feedback: 'Yes. Customers forgive an honest admission far more readily than a denial.',
        },
        {
          id: 'b',
          text: 'Offer the earliest available slot and confirm it in writing',
          correct: true,
          feedback: 'Yes. Putting it right is the other half of taking responsibility.',
        },
        {
          id: 'c',
          text: 'Explain that the booking system caused it',
          correct: false,
          feedback: 'No. Shifting the blame looks like denial, which customers forgive least.',
        },
        {
          id: 'd',
          text: 'Say nothing and hope the customer does not notice',
          correct: false,
          feedback: 'No. The customer will notice, and discovering a hidden mistake destroys trust.',
        },
      ],
    },
  ],
};
