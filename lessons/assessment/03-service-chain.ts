import type { BankFile } from '../../src/domain/assessment/assessment';

/** Final-assessment items for the lesson "service-chain". How to write them: lessons/README.md. */
export const serviceChain: BankFile = {
  lesson: 'service-chain',
  items: [
    {
      id: 'a-l3-01',
      section: 'perception-is-the-only-reality',
      objective: 1,
      demand: 'application',
      situation: {
        channel: 'counter',
        industry: 'banking',
      },
      kind: 'single',
      prompt:
        'Two branches take the same five days to process a request. One updates the customer halfway through; the other stays silent. Which is true?',
      options: [
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
        {
          id: 'a',
          text: 'The customer who was kept informed is more likely to call the service good',
          correct: true,
          feedback:
            "Right. The work is identical, but the customer's perception of it is not, and perception is what counts.",
        },
      ],
    },
    {
      id: 'a-l3-02',
      section: 'internal-and-external-customers',
      objective: 2,
      demand: 'understanding',
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
          id: 'e',
          text: 'Nobody behind the scenes, since customers never see them',
          correct: false,
          feedback: 'No. Every role is a link, whether or not the customer ever sees it.',
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
          id: 'b',
          text: 'It lets the customer service team pass difficult cases to others',
          correct: false,
          feedback: 'The point is shared ownership, not passing problems around.',
        },
        {
          id: 'a',
          text: 'Customers see the company as one whole and blame it by name when anything goes wrong',
          correct: true,
          feedback: 'Right. Customers neither know nor care how the departments are divided.',
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
      situation: {
        channel: 'email',
        industry: 'online retail',
      },
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
      demand: 'understanding',
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
        {
          id: 'a',
          text: 'What can this company do for me today?',
          correct: true,
          feedback:
            'Right. Whatever your role, the customer is who you really work for, and this is what they want to know.',
        },
      ],
    },
    {
      id: 'a-l3-09',
      section: 'perception-is-the-only-reality',
      objective: 1,
      demand: 'application',
      situation: {
        channel: 'chat',
        industry: 'airline',
      },
      kind: 'single',
      prompt:
        'An airline chat agent follows every step of the delay procedure, but the passenger ends the chat saying the service was poor. Whose view decides whether the service was good?',
      options: [
        {
          id: 'a',
          text: "The procedure's: every step was followed",
          correct: false,
          feedback: 'Following procedure matters, but service is judged by what the customer experiences.',
        },
        {
          id: 'b',
          text: "The agent's supervisor, who reviews the chat later",
          correct: false,
          feedback: "A review can help the agent learn, but the passenger's perception is what decides.",
        },
        {
          id: 'c',
          text: "The passenger's, because perception is the measure",
          correct: true,
          feedback: 'Right. Service is as good as the customer believes it is.',
        },
        {
          id: 'd',
          text: "Nobody's: delays are outside the agent's control",
          correct: false,
          feedback: 'The delay may be, but how the passenger felt about the help is what they will remember.',
        },
      ],
    },
    {
      id: 'a-l3-10',
      section: 'internal-and-external-customers',
      objective: 2,
      demand: 'application',
      situation: {
        channel: 'help-desk',
        industry: 'legal services',
      },
      kind: 'single',
      prompt: 'You work on the IT help desk of a law firm. Which are your internal customers?',
      options: [
        {
          id: 'a',
          text: "The firm's clients who email the solicitors",
          correct: false,
          feedback: 'Clients are external customers. Your work reaches them through the solicitors.',
        },
        {
          id: 'b',
          text: "The firm's software suppliers",
          correct: false,
          feedback: 'Suppliers serve the firm; they are not your customers.',
        },
        {
          id: 'c',
          text: 'Members of the public visiting reception',
          correct: false,
          feedback: 'They are external to the firm.',
        },
        {
          id: 'd',
          text: 'The solicitors and secretaries who rely on their laptops',
          correct: true,
          feedback: 'Right. Colleagues who depend on your work are your internal customers.',
        },
      ],
    },
    {
      id: 'a-l3-11',
      section: 'every-role-is-a-link',
      objective: 3,
      demand: 'application',
      situation: {
        channel: 'email',
        industry: 'online bookselling',
      },
      kind: 'ordering',
      prompt:
        'An online bookshop gets an email complaint. Put the links in the chain in order, from the first behind-the-scenes step to the reader.',
      items: [
        {
          id: 'buy',
          text: 'Purchasing orders books from the publisher',
        },
        {
          id: 'stock',
          text: 'The warehouse checks them in and shelves them',
        },
        {
          id: 'pack',
          text: "A packer picks and packs the customer's order",
        },
        {
          id: 'reader',
          text: 'The reader opens the parcel at home',
        },
      ],
      explanation:
        "Purchasing never meets a reader, yet its choices end up in the reader's hands. Every link's work reaches the external customer in the end.",
    },
    {
      id: 'a-l3-12',
      section: 'what-service-means-today',
      objective: 4,
      demand: 'application',
      situation: {
        channel: 'counter',
        industry: 'car hire',
      },
      kind: 'multiple',
      prompt:
        'At a car-hire counter, a customer finds the car dirty, an unexplained £30 on the bill, and nobody mentioned the fuel policy. Which expectations were missed? Select all that apply.',
      options: [
        {
          id: 'a',
          text: 'Quality products',
          correct: true,
          feedback: 'Yes. A dirty car is not the product as promised.',
        },
        {
          id: 'b',
          text: 'The lowest price in town',
          correct: false,
          feedback: 'Customers want value, but cheapest is not on the list of what service includes.',
        },
        {
          id: 'c',
          text: 'Accurate billing',
          correct: true,
          feedback: 'Yes. An unexplained charge is a billing failure.',
        },
        {
          id: 'd',
          text: 'Clear communication',
          correct: true,
          feedback: 'Yes. Nobody explained the fuel policy.',
        },
        {
          id: 'e',
          text: 'Being offered extra insurance',
          correct: false,
          feedback: 'Selling extras is not one of the service expectations.',
        },
        {
          id: 'f',
          text: 'Answering the phone within three rings',
          correct: false,
          feedback: 'Speed of answering was once the measure, and it has nothing to do with this visit.',
        },
      ],
    },
    {
      id: 'a-l3-13',
      section: 'the-customer-sees-one-company',
      objective: 3,
      demand: 'application',
      situation: {
        channel: 'phone',
        industry: 'furniture retail',
      },
      kind: 'single',
      prompt:
        "A furniture company's warehouse sent a sofa in the wrong colour. The customer rings you in customer care. What do you say first?",
      options: [
        {
          id: 'a',
          text: '"The warehouse picked the wrong one; I\'ll pass that on to them."',
          correct: false,
          feedback:
            'Accurate, but the customer sees one company. Blaming a department makes it sound like not your problem.',
        },
        {
          id: 'b',
          text: '"I\'m sorry we sent the wrong colour. Let me arrange the right one."',
          correct: true,
          feedback: 'Right. To the customer there is one company: own it and put it right.',
        },
        {
          id: 'c',
          text: '"Are you sure? Colours can look different in some lights."',
          correct: false,
          feedback: "Doubting the customer before checking puts them on trial for the company's error.",
        },
        {
          id: 'd',
          text: '"You\'ll need to email the warehouse directly about that."',
          correct: false,
          feedback: 'Sending the customer to another department is the opposite of one company.',
        },
      ],
    },
    {
      id: 'a-l3-14',
      section: 'every-role-is-a-link',
      objective: 3,
      demand: 'application',
      situation: {
        channel: 'in-person',
        industry: 'logistics',
      },
      kind: 'truefalse',
      prompt:
        "When a worker in a courier's sorting depot labels parcels carefully, they are serving the external customer, even though they do not meet them.",
      answer: true,
      feedbackTrue:
        'Correct. Every role is a link, and careful work behind the scenes reaches the customer at the end of the chain.',
      feedbackFalse:
        'Not so. The chain ends at the external customer, so careful work in the depot is service to them.',
    },
  ],
};
