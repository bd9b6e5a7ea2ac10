import type { BankFile } from '../../src/domain/assessment/assessment';

/** Final-assessment items for the lesson "definitions". Schema and rules: lessons/README.md. */
export const definitions: BankFile = {
  lesson: 'definitions',
  items: [
    {
      id: 'a-l4-01',
      section: 'why-definitions-matter',
      objective: 1,
      demand: 'understanding',
      kind: 'single',
      prompt: 'Why does it matter how you define words like customer and service?',
      options: [
        {
          id: 'a',
          text: 'Your definitions quietly shape the way you treat people at work',
          correct: true,
          feedback:
            "Right. If a customer is only someone who pays, colleagues' requests start to feel like interruptions.",
        },
        {
          id: 'b',
          text: 'You will be marked on using the official wording',
          correct: false,
          feedback: 'The point is understanding, not memorising a form of words.',
        },
        {
          id: 'c',
          text: 'It does not matter, as long as you follow the procedures',
          correct: false,
          feedback: 'Procedures are carried out by people, and people act on what they believe service is.',
        },
      ],
    },
    {
      id: 'a-l4-02',
      section: 'write-your-own-definitions',
      objective: 1,
      demand: 'understanding',
      kind: 'truefalse',
      prompt:
        'When you first write your own definitions, the aim is to show where you are starting from, not to get them right.',
      answer: true,
      feedbackTrue:
        'Correct. An honest first attempt is useful precisely because it reveals the gaps you can then close.',
      feedbackFalse:
        'It is true. There are no wrong answers at the start; the exercise is there to show your starting point.',
    },
    {
      id: 'a-l4-03',
      section: 'what-common-definitions-leave-out',
      objective: 2,
      demand: 'understanding',
      kind: 'matching',
      prompt: 'Match each common definition of customer service to its weak spot.',
      pairs: [
        {
          id: 'wants',
          left: 'Supplying what customers want and need',
          right: 'Says nothing about how well or how consistently',
        },
        {
          id: 'exceed',
          left: 'Exceeding expectations again and again',
          right: 'Stops at the moment of sale',
        },
        {
          id: 'perceive',
          left: 'What the customer perceives and remembers',
          right: 'True about perception, but not a full definition',
        },
        {
          id: 'experience',
          left: 'A positive, helpful experience',
          right: 'Ignores expectations and value',
        },
      ],
      explanation:
        'Each common definition catches something true but leaves gaps, which is why the complete definition adds delivery and excellence.',
    },
    {
      id: 'a-l4-04',
      section: 'building-a-complete-definition',
      objective: 3,
      demand: 'recall',
      kind: 'multiple',
      prompt: 'Which of these are ways of defining who your customer is? Select all that apply.',
      options: [
        {
          id: 'a',
          text: 'Anyone who needs your services',
          correct: true,
          feedback: 'Yes. This is the broadest level and includes colleagues.',
        },
        {
          id: 'b',
          text: 'Anyone whose purchases help pay your wages',
          correct: true,
          feedback: 'Yes. Seen from your pay slip, buyers fund your job.',
        },
        {
          id: 'c',
          text: 'Anyone who helps the company grow',
          correct: true,
          feedback: 'Yes. Seen from the business, growth comes from customers.',
        },
        {
          id: 'd',
          text: 'Only people who have bought from you before',
          correct: false,
          feedback: 'No. That leaves out new customers and colleagues who need your work.',
        },
      ],
    },
    {
      id: 'a-l4-05',
      section: 'building-a-complete-definition',
      objective: 2,
      demand: 'recall',
      kind: 'single',
      prompt: 'Which two elements do most common definitions of customer service leave out?',
      options: [
        {
          id: 'a',
          text: 'Delivery and excellence',
          correct: true,
          feedback:
            'Right. These are the missing factors that turn a partial definition into a complete one.',
        },
        {
          id: 'b',
          text: 'Customer and service',
          correct: false,
          feedback:
            'Those are the two words every definition starts from; the missing pieces are added on top.',
        },
        {
          id: 'c',
          text: 'Price and promotion',
          correct: false,
          feedback: 'Those are marketing ideas, not the missing elements of the service definition.',
        },
      ],
    },
    {
      id: 'a-l4-06',
      section: 'building-a-complete-definition',
      objective: 3,
      demand: 'recall',
      kind: 'short',
      prompt:
        'Excellence must be consistent, cost-effective and what else, so that every customer gets the same standard? (two words)',
      accept: ['without bias', 'non bias', 'nonbias', 'non-bias', 'unbiased', 'no bias'],
      feedbackCorrect: 'Yes: without bias. Every customer gets your best, not only the ones you like.',
      feedbackIncorrect: 'The answer is without bias. Excellence is for every customer, whoever they are.',
    },
    {
      id: 'a-l4-07',
      section: 'building-a-complete-definition',
      objective: 3,
      demand: 'recall',
      kind: 'ordering',
      prompt: 'Put the steps for building a complete definition of customer service in order.',
      items: [
        {
          id: 'split',
          text: 'Break the phrase into its parts',
        },
        {
          id: 'customer',
          text: 'Define who the customer is',
        },
        {
          id: 'service',
          text: 'Define what service is',
        },
        {
          id: 'missing',
          text: 'Add the missing elements: delivery and excellence',
        },
        {
          id: 'combine',
          text: 'Combine everything into one definition',
        },
      ],
      explanation:
        'There is no short answer, so you take the phrase apart, define each piece, add what the common versions miss, and then put it back together.',
    },
    {
      id: 'a-l4-08',
      section: 'what-common-definitions-leave-out',
      objective: 2,
      demand: 'understanding',
      kind: 'truefalse',
      prompt: 'The common definitions of customer service are simply wrong and can be ignored.',
      answer: false,
      feedbackTrue:
        'Not so. Each one captures something true, such as needs, expectations or perception; none captures everything.',
      feedbackFalse: 'Correct. They are incomplete rather than wrong: each gets part of the picture.',
    },
  ],
};
