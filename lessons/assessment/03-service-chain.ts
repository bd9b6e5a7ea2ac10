import type { BankFile } from '../../src/domain/assessment/assessment';

/** Final-assessment items for the lesson "service-chain". Schema and rules: lessons/README.md. */
export const serviceChain: BankFile = {
  lesson: 'service-chain',
  items: [
    {
      id: 'a-l3-01',
      section: 'perception-is-the-only-reality',
      objective: 1,
      demand: 'application',
      kind: 'single',
      prompt:
        'Two branches take the same five days to process a request. One updates the customer halfway through; the other stays silent. Which is true?',
      options: [
        {
          id: 'a',
          text: 'The customer who was kept informed is more likely to call the service good',
          correct: true,
          feedback:
            "Right. The work is identical, but the customer's perception of it is not, and perception is what counts.",
        },
        {
          id: 'b',
          text: 'Both gave the same service, because the work was the same',
          correct: false,
          feedback:
            'Service is judged by how it feels to the customer, not only by what was done behind the scenes.',
        },
        {
          id: 'c',
          text: 'The silent branch did better because it did not bother the customer',
          correct: false,
          feedback: 'Silence usually feels like neglect. A short update shapes a much better perception.',
        },
      ],
    },
    {
      id: 'a-l3-02',
      section: 'internal-and-external-customers',
      objective: 2,
      demand: 'application',
      kind: 'matching',
      prompt: 'Match each role to the customers it serves.',
      pairs: [
        {
          id: 'payroll',
          left: 'Payroll clerk',
          right: 'Colleagues waiting to be paid',
        },
        {
          id: 'helpdesk',
          left: 'IT helpdesk',
          right: 'Staff whose laptops will not start',
        },
        {
          id: 'assistant',
          left: 'Shop assistant',
          right: 'Shoppers at the till',
        },
        {
          id: 'driver',
          left: 'Delivery driver',
          right: 'People receiving parcels at home',
        },
      ],
      explanation:
        'Payroll and IT serve internal customers; the shop assistant and driver serve external ones. Each is a link in the same chain.',
    },
    {
      id: 'a-l3-03',
      section: 'internal-and-external-customers',
      objective: 2,
      demand: 'understanding',
      kind: 'truefalse',
      prompt:
        'If your work only ever goes to colleagues, the chain you are part of never reaches an external customer.',
      answer: false,
      feedbackTrue:
        'Not so. Follow the chain far enough and it always ends at someone outside the organisation.',
      feedbackFalse:
        'Correct. Even work that passes only between colleagues eventually reaches an external customer.',
    },
    {
      id: 'a-l3-04',
      section: 'every-role-is-a-link',
      objective: 3,
      demand: 'recall',
      kind: 'multiple',
      prompt: 'Which of these are part of the customer service chain? Select all that apply.',
      options: [
        {
          id: 'a',
          text: 'The legal team',
          correct: true,
          feedback: 'Yes. Contracts and terms the legal team writes shape what customers experience.',
        },
        {
          id: 'b',
          text: 'The warehouse',
          correct: true,
          feedback: 'Yes. How an order is packed is part of what the customer receives.',
        },
        {
          id: 'c',
          text: 'Accounting',
          correct: true,
          feedback: 'Yes. Clear, correct invoices are part of good service.',
        },
        {
          id: 'd',
          text: 'Only the team with "customer service" in its name',
          correct: false,
          feedback: 'No. Every department plays a part; service cannot be boxed into one team.',
        },
      ],
    },
    {
      id: 'a-l3-05',
      section: 'the-customer-sees-one-company',
      objective: 3,
      demand: 'understanding',
      kind: 'single',
      prompt: 'Why does an organisation-wide approach to service matter?',
      options: [
        {
          id: 'a',
          text: 'Customers see the company as one whole and blame it by name when anything goes wrong',
          correct: true,
          feedback: 'Right. Customers neither know nor care how the departments are divided.',
        },
        {
          id: 'b',
          text: 'It lets the customer service team pass difficult cases to others',
          correct: false,
          feedback: 'The point is shared ownership, not passing problems around.',
        },
        {
          id: 'c',
          text: 'Departments can compete for customer praise',
          correct: false,
          feedback: 'Customers do not credit departments; they credit or blame the company.',
        },
      ],
    },
    {
      id: 'a-l3-06',
      section: 'what-service-means-today',
      objective: 4,
      demand: 'application',
      kind: 'short',
      prompt:
        'A customer is charged twice for one order. Which modern service expectation has failed? (two words)',
      accept: ['accurate billing', 'billing', 'correct billing'],
      feedbackCorrect: 'Yes: accurate billing. A wrong invoice is one of the quickest ways to lose trust.',
      feedbackIncorrect:
        'It is accurate billing. Customers now expect invoices to be right first time, alongside quality, delivery and support.',
    },
    {
      id: 'a-l3-07',
      section: 'internal-and-external-customers',
      objective: 3,
      demand: 'application',
      kind: 'ordering',
      prompt:
        'Trace the chain: put these links in order, from the first internal step to the external customer.',
      items: [
        {
          id: 'it',
          text: 'IT keeps the order system running',
        },
        {
          id: 'sales',
          text: "A sales adviser processes a shop's order",
        },
        {
          id: 'shop',
          text: 'The shop restocks its shelves',
        },
        {
          id: 'shopper',
          text: 'A shopper finds what they came for',
        },
      ],
      explanation:
        'Each link serves the next. If IT is slow, the delay travels down the chain until a shopper leaves empty-handed.',
    },
    {
      id: 'a-l3-08',
      section: 'every-role-is-a-link',
      objective: 3,
      demand: 'understanding',
      kind: 'single',
      prompt: 'What question is a customer really asking when they call or walk in?',
      options: [
        {
          id: 'a',
          text: 'What can this company do for me today?',
          correct: true,
          feedback:
            'Right. Whatever your role, the customer is who you really work for, and this is what they want to know.',
        },
        {
          id: 'b',
          text: 'What can I do for this company today?',
          correct: false,
          feedback: 'No customer arrives asking how to help you. They come because they need something.',
        },
        {
          id: 'c',
          text: 'Which department should I be speaking to?',
          correct: false,
          feedback:
            'Customers rarely think in departments; finding the right person is your job, not theirs.',
        },
      ],
    },
  ],
};
