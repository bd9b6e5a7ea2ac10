import type { BankFile } from '../../src/domain/assessment/assessment';

/** Final-assessment items for the lesson "service-environment". Schema and rules: lessons/README.md. */
export const serviceEnvironment: BankFile = {
  lesson: 'service-environment',
  items: [
    {
      id: 'a-l2-01',
      section: 'five-parts-of-one-environment',
      objective: 1,
      demand: 'recall',
      kind: 'single',
      prompt: 'Which of these is not one of the five components of the service environment?',
      options: [
        {
          id: 'a',
          text: 'Market share',
          correct: true,
          feedback:
            'Right. Market share may follow from good service, but it is not a component of the environment.',
        },
        {
          id: 'b',
          text: 'Human resources',
          correct: false,
          feedback: 'Human resources, meaning the employees, is one of the five components.',
        },
        {
          id: 'c',
          text: 'Delivery systems',
          correct: false,
          feedback: 'Delivery systems, the routes by which products reach customers, are one of the five.',
        },
        {
          id: 'd',
          text: 'Organisational culture',
          correct: false,
          feedback: 'Culture is one of the five: it sets the tone for every interaction.',
        },
      ],
    },
    {
      id: 'a-l2-02',
      section: 'the-customer-at-the-centre',
      objective: 1,
      demand: 'understanding',
      kind: 'single',
      prompt: 'Why is the customer described as the central component of the service environment?',
      options: [
        {
          id: 'a',
          text: 'No organisation can exist without customers, and every job relies on their satisfaction',
          correct: true,
          feedback: 'Right. The other four components exist to serve the customer.',
        },
        {
          id: 'b',
          text: 'Customers control the other four components',
          correct: false,
          feedback: 'The reverse: the customer is the one component the organisation cannot control.',
        },
        {
          id: 'c',
          text: 'Only front-line staff ever deal with customers',
          correct: false,
          feedback: 'Every employee deals with a customer of some kind, inside or outside the organisation.',
        },
      ],
    },
    {
      id: 'a-l2-03',
      section: 'culture-and-people',
      objective: 2,
      demand: 'understanding',
      kind: 'truefalse',
      prompt:
        "From the customer's side, organisational culture includes every part of the organisation they come into contact with.",
      answer: true,
      feedbackTrue:
        'Correct. The website, the hold message, the shop floor and the way staff speak all add to the impression of the culture.',
      feedbackFalse:
        'It is true. Customers read the culture from everything they meet, not from a values statement on the wall.',
    },
    {
      id: 'a-l2-04',
      section: 'culture-and-people',
      objective: 2,
      demand: 'recall',
      kind: 'multiple',
      prompt:
        'Where do customer-centred organisations put effort when it comes to their people? Select all that apply.',
      options: [
        {
          id: 'a',
          text: 'Finding people with the right knowledge and skills',
          correct: true,
          feedback: 'Yes. The right people are hard to find but worth the search.',
        },
        {
          id: 'b',
          text: 'Training them to serve customers professionally',
          correct: true,
          feedback: 'Yes. Skills grow with training, and customers notice the difference.',
        },
        {
          id: 'c',
          text: 'Keeping good staff once they have them',
          correct: true,
          feedback: 'Yes. Holding on to capable people protects the service customers rely on.',
        },
        {
          id: 'd',
          text: 'Writing longer policy manuals instead of hiring well',
          correct: false,
          feedback: 'No. Policies are useless without motivated, capable people to carry them out.',
        },
      ],
    },
    {
      id: 'a-l2-05',
      section: 'five-parts-of-one-environment',
      objective: 1,
      demand: 'application',
      kind: 'matching',
      prompt: 'Match each component of the service environment to an example of it.',
      pairs: [
        {
          id: 'customer',
          left: 'The customer',
          right: 'The shopper asking where to find a charger',
        },
        {
          id: 'culture',
          left: 'Organisational culture',
          right: 'Shared values that make every member of staff greet visitors',
        },
        {
          id: 'people',
          left: 'Human resources',
          right: 'A trained, motivated adviser on the help desk',
        },
        {
          id: 'deliverable',
          left: 'Deliverables',
          right: 'The laptop the customer takes home',
        },
        {
          id: 'delivery',
          left: 'Delivery systems',
          right: 'The courier that brings the parcel to the door',
        },
      ],
      explanation:
        'The customer is who it is all for; culture and people shape how they are treated; deliverables are what they receive; delivery systems are how it reaches them.',
    },
    {
      id: 'a-l2-06',
      section: 'deliverables-quality-and-quantity',
      objective: 3,
      demand: 'understanding',
      kind: 'single',
      prompt:
        'A customer receives a poorly made product. Apart from being unhappy, what are they likely to do?',
      options: [
        {
          id: 'a',
          text: 'Take their business elsewhere and perhaps warn others off',
          correct: true,
          feedback: 'Right. A substandard deliverable can cost you the customer and the people they talk to.',
        },
        {
          id: 'b',
          text: 'Buy more from you to make up for it',
          correct: false,
          feedback: 'Unlikely. Disappointed customers tend to leave, not spend more.',
        },
        {
          id: 'c',
          text: 'Nothing, as long as the price was low',
          correct: false,
          feedback: 'A low price does not cancel out poor quality; customers still feel let down.',
        },
      ],
    },
    {
      id: 'a-l2-07',
      section: 'how-streaming-changed-delivery',
      objective: 4,
      demand: 'recall',
      kind: 'ordering',
      prompt: 'Put the stages of the video-rental example in the order they happened.',
      items: [
        {
          id: 'dvds',
          text: 'DVDs are ordered online and sent by post',
        },
        {
          id: 'streaming',
          text: 'Films are offered for streaming as well',
        },
        {
          id: 'original',
          text: 'More streaming titles and original programmes are added',
        },
        {
          id: 'rivals',
          text: 'Rivals launch as streaming-only services',
        },
      ],
      explanation:
        'Customer expectations moved from discs to streaming, and once streaming became the norm, newcomers skipped discs entirely because that was now the industry standard.',
    },
    {
      id: 'a-l2-08',
      section: 'choosing-a-delivery-system',
      objective: 4,
      demand: 'recall',
      kind: 'short',
      prompt:
        'Which of the five delivery-system factors asks how your delivery methods compare with what competitors offer? (two words)',
      accept: ['industry standards', 'industry standard', 'standards'],
      feedbackCorrect:
        'Yes: industry standards. Your delivery should at least keep pace with the competition.',
      feedbackIncorrect:
        'The factor is industry standards: what the competition offers, and whether your methods keep pace with it.',
    },
  ],
};
