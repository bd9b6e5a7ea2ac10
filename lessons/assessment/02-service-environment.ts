import type { BankFile } from '../../src/domain/assessment/assessment';

/** Final-assessment items for the lesson "service-environment". How to write them: lessons/README.md. */
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
        {
          id: 'a',
          text: 'No organisation can exist without customers, and every job relies on their satisfaction',
          correct: true,
          feedback: 'Right. The other four components exist to serve the customer.',
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
          id: 'e',
          text: 'Cutting front-line staff costs first, since those roles are easy to fill',
          correct: false,
          feedback: 'No. The lesson calls that a false economy: customers notice and value good people.',
        },
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
      demand: 'understanding',
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
          id: 'b',
          text: 'Buy more from you to make up for it',
          correct: false,
          feedback: 'Unlikely. Disappointed customers tend to leave, not spend more.',
        },
        {
          id: 'a',
          text: 'Take their business elsewhere and perhaps warn others off',
          correct: true,
          feedback: 'Right. A substandard deliverable can cost you the customer and the people they talk to.',
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
          text: 'Later entrants launch as streaming-only services',
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
    {
      id: 'a-l2-09',
      section: 'culture-and-people',
      objective: 2,
      demand: 'application',
      situation: {
        channel: 'phone',
        industry: 'fitness',
      },
      kind: 'single',
      prompt:
        "A gym chain's phone line is answered by staff who were never trained and plainly do not want to be there. Which component of the service environment is letting members down?",
      options: [
        {
          id: 'a',
          text: 'Delivery systems',
          correct: false,
          feedback:
            'The phone line is a delivery route, but the problem described is the people answering it.',
        },
        {
          id: 'b',
          text: 'Deliverables',
          correct: false,
          feedback: 'The membership itself may be fine. The problem is the people serving the members.',
        },
        {
          id: 'c',
          text: 'Human resources',
          correct: true,
          feedback:
            'Right. Untrained, unmotivated staff are a people problem, and no policy can make up for it.',
        },
        {
          id: 'd',
          text: 'The customer',
          correct: false,
          feedback: 'The members are not the problem here; they are the ones being let down.',
        },
      ],
    },
    {
      id: 'a-l2-10',
      section: 'deliverables-quality-and-quantity',
      objective: 3,
      demand: 'application',
      situation: {
        channel: 'counter',
        industry: 'hardware retail',
      },
      kind: 'single',
      prompt:
        'At a hardware store counter, a customer opens a box sold as "50 screws" and counts 42. Which side of the deliverable has disappointed them?',
      options: [
        {
          id: 'a',
          text: 'Quantity: they received less than they expected',
          correct: true,
          feedback:
            'Right. Getting less than expected leaves people feeling short-changed, however good each screw is.',
        },
        {
          id: 'b',
          text: 'Quality: the screws must be badly made',
          correct: false,
          feedback: 'Nothing says the screws are poor. The shortfall is in how many they got.',
        },
        {
          id: 'c',
          text: 'Delivery: the box reached them the wrong way',
          correct: false,
          feedback: 'They bought it at the counter as planned. What fell short was the amount.',
        },
        {
          id: 'd',
          text: 'Culture: the store does not value its customers',
          correct: false,
          feedback: 'Perhaps, but the disappointment described is the amount they received.',
        },
      ],
    },
    {
      id: 'a-l2-11',
      section: 'deliverables-quality-and-quantity',
      objective: 3,
      demand: 'application',
      situation: {
        channel: 'email',
        industry: 'printing',
      },
      kind: 'single',
      prompt:
        'A printing firm emails a client their 500 brochures on time, but the colours are smudged. What is the client most likely to do next time?',
      options: [
        {
          id: 'a',
          text: 'Order again, because the job arrived on the promised day',
          correct: false,
          feedback:
            'Arriving on time does not rescue a shoddy deliverable. Quality decides whether they come back.',
        },
        {
          id: 'b',
          text: 'Try another printer, and perhaps warn colleagues about this one',
          correct: true,
          feedback:
            'Right. A poor-quality deliverable sends customers elsewhere, and they often tell others.',
        },
        {
          id: 'c',
          text: 'Order more brochures to replace the smudged ones',
          correct: false,
          feedback: 'They may need replacements, but not from the firm that let them down.',
        },
        {
          id: 'd',
          text: 'Ask for a larger order at the same price',
          correct: false,
          feedback: 'More of a poor product does not fix quality.',
        },
      ],
    },
    {
      id: 'a-l2-12',
      section: 'choosing-a-delivery-system',
      objective: 4,
      demand: 'application',
      situation: {
        channel: 'chat',
        industry: 'pet supplies',
      },
      kind: 'single',
      prompt:
        'A pet-food subscription service sees that every rival now offers next-day delivery, while it takes three days. Which delivery-system factor is this?',
      options: [
        {
          id: 'a',
          text: 'Capabilities',
          correct: false,
          feedback: 'Capabilities ask whether the firm has the means. This is about what competitors offer.',
        },
        {
          id: 'b',
          text: 'Costs',
          correct: false,
          feedback: 'Costs come into it later. The observation itself is about competitors.',
        },
        {
          id: 'c',
          text: 'Current and projected requirements',
          correct: false,
          feedback:
            "That asks whether today's options will keep satisfying customers. The clue here is what rivals do.",
        },
        {
          id: 'd',
          text: 'Industry standards',
          correct: true,
          feedback: "Right. Comparing your methods with competitors' is the industry-standards question.",
        },
      ],
    },
    {
      id: 'a-l2-13',
      section: 'choosing-a-delivery-system',
      objective: 4,
      demand: 'application',
      situation: {
        channel: 'help-desk',
        industry: 'higher education',
      },
      kind: 'single',
      prompt:
        'A university\'s IT service desk wants to add live chat through the night. Someone asks, "Have we enough trained staff to cover the night shifts?" Which factor are they weighing?',
      options: [
        {
          id: 'a',
          text: 'Capabilities',
          correct: true,
          feedback:
            'Right. Capabilities ask whether you have the people, money and equipment to offer the option.',
        },
        {
          id: 'b',
          text: 'Customer expectations',
          correct: false,
          feedback:
            "Expectations ask what students and staff want. This question is about the desk's own means.",
        },
        {
          id: 'c',
          text: 'Industry standards',
          correct: false,
          feedback: 'Standards look at what other universities offer, not at your own staff.',
        },
        {
          id: 'd',
          text: 'Costs',
          correct: false,
          feedback: 'Close, but the question asked is about people to do it, not whether it pays.',
        },
      ],
    },
    {
      id: 'a-l2-14',
      section: 'culture-and-people',
      objective: 2,
      demand: 'application',
      situation: {
        channel: 'in-person',
        industry: 'car sales',
      },
      kind: 'truefalse',
      prompt:
        'In a car showroom, two salespeople complaining about their manager where buyers can hear them are part of the culture those buyers see.',
      answer: true,
      feedbackTrue:
        "Correct. From the customer's side, culture is everything they come into contact with, including how staff talk within earshot.",
      feedbackFalse:
        'Not so. Culture, as customers see it, includes how staff behave within earshot, not just what is written in the values.',
    },
    {
      id: 'a-l2-15',
      section: 'deliverables-quality-and-quantity',
      objective: 3,
      demand: 'application',
      situation: {
        channel: 'counter',
        industry: 'cinema',
      },
      kind: 'single',
      prompt:
        'A cinema wants its snack counter to do well on the quantity side of what it hands over. Which change does that?',
      options: [
        {
          id: 'a',
          text: 'Free parking vouchers with every ticket',
          correct: false,
          feedback:
            'A pleasant extra, but it is not more of what the customer bought. Quantity is about the amount of the deliverable itself.',
        },
        {
          id: 'b',
          text: 'Staff greeting each customer by the screen number',
          correct: false,
          feedback: 'That is about people and culture, not the amount received.',
        },
        {
          id: 'c',
          text: 'Popcorn tubs filled to the top, as big as the menu photo',
          correct: true,
          feedback:
            'Right. Quantity means receiving at least what was expected, or a little more, of the thing bought.',
        },
        {
          id: 'd',
          text: 'A shorter queue thanks to a second till',
          correct: false,
          feedback: 'That improves delivery, not the amount of popcorn in the tub.',
        },
      ],
    },
  ],
};
