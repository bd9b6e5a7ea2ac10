import type { BankFile } from '../../src/domain/assessment/assessment';

/** Final-assessment items for the lesson "service-culture". How to write them: lessons/README.md. */
export const serviceCulture: BankFile = {
  lesson: 'service-culture',
  items: [
    {
      id: 'a-l6-01',
      section: 'a-difference-rivals-cannot-copy',
      objective: 1,
      demand: 'understanding',
      kind: 'single',
      prompt: 'What makes excellent service a lasting strategic advantage?',
      options: [
        {
          id: 'b',
          text: 'It costs nothing to provide',
          correct: false,
          feedback: 'Consistent service takes investment in people, technology and processes.',
        },
        {
          id: 'c',
          text: 'Advertising makes it famous, so rivals cannot claim the same',
          correct: false,
          feedback: 'No. Rivals can advertise too; what they cannot easily copy is consistent service.',
        },
        {
          id: 'd',
          text: 'It costs less than improving products, so rivals cannot afford it',
          correct: false,
          feedback:
            'No. Excellent service takes a whole system of people, processes and technology; it is not cheap.',
        },
        {
          id: 'a',
          text: 'It is hard to control, and therefore hard for rivals to copy',
          correct: true,
          feedback:
            'Right. It lives in thousands of daily decisions, not in a specification competitors can read.',
        },
      ],
    },
    {
      id: 'a-l6-02',
      section: 'a-difference-rivals-cannot-copy',
      objective: 1,
      demand: 'understanding',
      kind: 'truefalse',
      prompt:
        'The overall standard of service in an industry tends to rise when competition becomes fiercer.',
      answer: true,
      feedbackTrue:
        'Correct. When buyers have more choice, sellers must serve them better; when competition fades, service tends to slip.',
      feedbackFalse:
        'It is true. Service quality follows the balance of power: more competition pushes it up, less lets it fall.',
    },
    {
      id: 'a-l6-03',
      section: 'a-difference-rivals-cannot-copy',
      objective: 1,
      demand: 'recall',
      kind: 'ordering',
      prompt: 'Put these stages in the history of customer service in order.',
      items: [
        {
          id: 'craft',
          text: 'Small craft makers compete for public custom in the 1800s',
        },
        {
          id: 'global',
          text: 'International competition in the 1970s pushes up product and service quality',
        },
        {
          id: 'sector',
          text: 'The service sector comes to dominate much of the world economy',
        },
      ],
      explanation:
        'Service grew from craft competition, was sharpened by international rivalry, and became central as services took over more of the economy.',
    },
    {
      id: 'a-l6-04',
      section: 'why-service-varies',
      objective: 2,
      demand: 'recall',
      kind: 'multiple',
      prompt: 'In which ways does service vary? Select all that apply.',
      options: [
        {
          id: 'e',
          text: 'It varies with the price the customer pays, and nothing else',
          correct: false,
          feedback: 'No. Service varies between people, moments and branches even at the same price.',
        },
        {
          id: 'a',
          text: 'Between two employees in the same organisation',
          correct: true,
          feedback: 'Yes. Colleagues trained together can still serve very differently.',
        },
        {
          id: 'b',
          text: 'From one moment to the next, even with the same employee',
          correct: true,
          feedback: 'Yes. Time of day, mood and pressure all affect service.',
        },
        {
          id: 'c',
          text: 'Between branches of the same business',
          correct: true,
          feedback: 'Yes. Multi-site businesses face variation within and between units.',
        },
        {
          id: 'd',
          text: 'It stops varying once staff have a script',
          correct: false,
          feedback:
            'No. A script helps, but people still deliver it differently; consistency takes a whole system.',
        },
      ],
    },
    {
      id: 'a-l6-05',
      section: 'building-the-culture',
      objective: 3,
      demand: 'understanding',
      kind: 'matching',
      prompt:
        'Each situation shows one of the four ways an organisation builds its service culture. Which way does each show?',
      pairs: [
        {
          id: 'recruitment',
          left: 'Recruitment',
          right: 'An interviewer asks candidates about a time they helped a stranger',
        },
        {
          id: 'training',
          left: 'Training',
          right: 'A new adviser shadows an expert on difficult calls',
        },
        {
          id: 'empowerment',
          left: 'Empowerment',
          right: 'A cashier may refund up to a set amount without asking a manager',
        },
        {
          id: 'accountability',
          left: 'Accountability',
          right: 'An employee who is rude to customers on purpose is let go',
        },
      ],
      explanation:
        'Culture is built by hiring for it, teaching it, giving people authority to act on it, and protecting its core values.',
    },
    {
      id: 'a-l6-06',
      section: 'building-the-culture',
      objective: 3,
      demand: 'understanding',
      kind: 'single',
      prompt:
        'A new hire makes an honest mistake with an unfamiliar refund process. How does a strong service culture respond?',
      options: [
        {
          id: 'a',
          text: 'Coach them so they learn from it',
          correct: true,
          feedback:
            'Right. Outstanding service organisations allow mistakes and expect people to learn from them.',
        },
        {
          id: 'b',
          text: 'Dismiss them at once',
          correct: false,
          feedback:
            'Zero tolerance is for breaches of core values, such as deliberate rudeness, not honest errors.',
        },
        {
          id: 'c',
          text: 'Ignore it so nobody feels awkward',
          correct: false,
          feedback: 'Ignoring it wastes the chance to learn, and the customer may still be affected.',
        },
      ],
    },
    {
      id: 'a-l6-07',
      section: 'service-ideology-purpose-and-values',
      objective: 4,
      demand: 'recall',
      kind: 'short',
      prompt:
        'A service ideology has a purpose, which answers "Why are we here?" Which part answers "What do we stand for?"',
      accept: ['values', 'the values', 'our values', 'value'],
      feedbackCorrect: 'Yes: values, such as integrity, reliability and respect.',
      feedbackIncorrect:
        'The answer is values. Purpose explains why the organisation exists; values describe what it stands for.',
    },
    {
      id: 'a-l6-08',
      section: 'service-ideology-purpose-and-values',
      objective: 4,
      demand: 'application',
      situation: {
        channel: 'phone',
        industry: 'insurance',
      },
      kind: 'single',
      prompt:
        "You promised to ring a customer back at three o'clock, and you do. Which service value does this show most clearly?",
      options: [
        {
          id: 'b',
          text: 'Continuous improvement',
          correct: false,
          feedback:
            'Continuous improvement is about finding better ways of working, not keeping a single promise.',
        },
        {
          id: 'a',
          text: 'Reliability',
          correct: true,
          feedback: 'Right. Doing what you said, when you said, is reliability in action.',
        },
        {
          id: 'c',
          text: 'Hard work',
          correct: false,
          feedback: 'Effort helps, but the value on show here is keeping your word.',
        },
      ],
    },
    {
      id: 'a-l6-09',
      section: 'technology-that-supports-service',
      objective: 5,
      demand: 'recall',
      kind: 'multiple',
      prompt: 'Which of these are examples of technology that supports service? Select all that apply.',
      options: [
        {
          id: 'a',
          text: 'Support websites where customers find answers themselves',
          correct: true,
          feedback: 'Yes. Self-service help saves customers time.',
        },
        {
          id: 'e',
          text: 'A chatbot that closes complaints before staff ever see them',
          correct: false,
          feedback:
            'No. Technology should support service, not keep problems away from the people who can fix them.',
        },
        {
          id: 'b',
          text: 'Live chat with technical staff',
          correct: true,
          feedback: 'Yes. Chat puts customers in touch with expert help quickly.',
        },
        {
          id: 'c',
          text: "Databases that record customers' preferences and buying patterns",
          correct: true,
          feedback: 'Yes. They let staff tailor products and responses to each person.',
        },
        {
          id: 'd',
          text: 'Software that makes a service culture unnecessary',
          correct: false,
          feedback: 'No. Technology supports the culture; it cannot replace people who want to serve well.',
        },
      ],
    },
    {
      id: 'a-l6-10',
      section: 'technology-that-supports-service',
      objective: 5,
      demand: 'understanding',
      kind: 'single',
      prompt: 'What does service-level tracking software help an organisation do?',
      options: [
        {
          id: 'a',
          text: 'Measure how well it serves people and spot where to improve',
          correct: true,
          feedback:
            'Right. It turns service into something the organisation can see and work on, often linked to its wider systems.',
        },
        {
          id: 'b',
          text: 'Replace front-line staff entirely',
          correct: false,
          feedback: 'Tracking tools inform people; they do not do the serving.',
        },
        {
          id: 'c',
          text: 'Set the standard itself, so a service culture is no longer needed',
          correct: false,
          feedback: 'No. Technology supports the culture; it does not replace people who care.',
        },
      ],
    },
    {
      id: 'a-l6-11',
      section: 'a-difference-rivals-cannot-copy',
      objective: 1,
      demand: 'application',
      situation: {
        channel: 'phone',
        industry: 'telecoms',
      },
      kind: 'single',
      prompt:
        "A mobile network's rival copies its new price plan within a week. What is hardest for the rival to copy as quickly?",
      options: [
        {
          id: 'a',
          text: 'The new handsets in its shop windows',
          correct: false,
          feedback: 'Handsets can be bought by anyone; features are quick to copy.',
        },
        {
          id: 'b',
          text: 'Its advertising slogan',
          correct: false,
          feedback: 'A slogan can be matched in days.',
        },
        {
          id: 'c',
          text: 'Consistently excellent service on every call',
          correct: true,
          feedback: 'Right. Service is hard to control, and so hard to imitate.',
        },
        {
          id: 'd',
          text: 'Its price list',
          correct: false,
          feedback: 'Prices are the easiest thing to copy, as the rival just showed.',
        },
      ],
    },
    {
      id: 'a-l6-12',
      section: 'why-service-varies',
      objective: 2,
      demand: 'application',
      situation: {
        channel: 'counter',
        industry: 'supermarkets',
      },
      kind: 'single',
      prompt:
        'Shoppers praise one branch of a supermarket chain and avoid another across town, though both follow the same manual. What does this show?',
      options: [
        {
          id: 'a',
          text: 'The manual is wrong and should be rewritten',
          correct: false,
          feedback: 'The manual may be fine; the point is that service varies in practice.',
        },
        {
          id: 'b',
          text: 'Service varies between units of the same organisation',
          correct: true,
          feedback: 'Right. In multi-unit operations, service varies among units as well as within them.',
        },
        {
          id: 'c',
          text: 'Shoppers in one area are harder to please',
          correct: false,
          feedback: 'That blames the customers rather than the variation the chain can manage.',
        },
        {
          id: 'd',
          text: 'A manual makes service the same everywhere',
          correct: false,
          feedback: 'That is exactly what the example disproves.',
        },
      ],
    },
    {
      id: 'a-l6-13',
      section: 'building-the-culture',
      objective: 3,
      demand: 'application',
      situation: {
        channel: 'help-desk',
        industry: 'banking',
      },
      kind: 'single',
      prompt:
        "A bank's IT help desk lets its staff replace a broken keyboard or mouse on the spot, up to £50, without asking a manager. Which way of building a service culture is this?",
      options: [
        {
          id: 'a',
          text: 'Recruitment',
          correct: false,
          feedback: 'Recruitment is about who is hired. This is about what staff may do.',
        },
        {
          id: 'b',
          text: 'Training',
          correct: false,
          feedback: 'Training builds skill; this gives authority.',
        },
        {
          id: 'c',
          text: 'Empowerment',
          correct: true,
          feedback: 'Right. Empowerment gives staff the authority to act on the spot.',
        },
        {
          id: 'd',
          text: 'Accountability',
          correct: false,
          feedback: 'Accountability is about consequences; this is about permission to act.',
        },
      ],
    },
    {
      id: 'a-l6-14',
      section: 'service-ideology-purpose-and-values',
      objective: 4,
      demand: 'application',
      situation: {
        channel: 'email',
        industry: 'charity',
      },
      kind: 'single',
      prompt:
        'A charity emails its volunteers: "We stand for respect, honesty and never giving up on anyone." Which part of a service ideology is this?',
      options: [
        {
          id: 'a',
          text: 'Its purpose',
          correct: false,
          feedback: 'Purpose answers "Why are we here?" This answers "What do we stand for?"',
        },
        {
          id: 'b',
          text: 'Its values',
          correct: true,
          feedback: 'Right. Values answer "What do we stand for?"',
        },
        {
          id: 'c',
          text: 'Its accountability rules',
          correct: false,
          feedback: 'Accountability is how a culture is kept, not what it stands for.',
        },
        {
          id: 'd',
          text: 'Its delivery system',
          correct: false,
          feedback: 'Delivery systems are how services reach people.',
        },
      ],
    },
    {
      id: 'a-l6-15',
      section: 'technology-that-supports-service',
      objective: 5,
      demand: 'application',
      situation: {
        channel: 'chat',
        industry: 'online retail',
      },
      kind: 'single',
      prompt:
        "When a customer starts a chat with an online retailer, the adviser's screen shows their last three orders and preferred delivery slot. What is this technology doing?",
      options: [
        {
          id: 'a',
          text: 'Replacing the need for a service culture',
          correct: false,
          feedback: 'Technology supports the culture; it does not replace people who care.',
        },
        {
          id: 'b',
          text: "Watching the adviser's productivity",
          correct: false,
          feedback: 'Tracking tools exist, but this one is about the customer.',
        },
        {
          id: 'c',
          text: 'Helping the adviser tailor the response to this customer',
          correct: true,
          feedback: 'Right. Databases of preferences and buying patterns let staff tailor service.',
        },
        {
          id: 'd',
          text: 'Cutting the cost of each chat to nothing',
          correct: false,
          feedback: 'It may save time, but its purpose here is better service.',
        },
      ],
    },
    {
      id: 'a-l6-16',
      section: 'building-the-culture',
      objective: 3,
      demand: 'application',
      situation: {
        channel: 'in-person',
        industry: 'hospitality',
      },
      kind: 'truefalse',
      prompt:
        'A hotel group that hires receptionists partly for how they treat strangers is using recruitment to build its service culture.',
      answer: true,
      feedbackTrue:
        'Correct. Hiring for attitude is recruitment, the first of the four ways of building a service culture.',
      feedbackFalse:
        'Not so. Choosing people for how they treat others is recruitment, one of the four ways of building a service culture.',
    },
    {
      id: 'a-l6-17',
      section: 'service-ideology-purpose-and-values',
      objective: 4,
      demand: 'application',
      situation: {
        channel: 'phone',
        industry: 'airline',
      },
      kind: 'single',
      prompt:
        "An airline's phone team meets every month to study the calls that went badly and change one thing. Which value does this show?",
      options: [
        {
          id: 'a',
          text: 'Continuous improvement',
          correct: true,
          feedback: 'Right. Learning from what went wrong and changing something is continuous improvement.',
        },
        {
          id: 'b',
          text: 'Reliability',
          correct: false,
          feedback: 'Reliability is keeping promises; this is about getting better over time.',
        },
        {
          id: 'c',
          text: 'Hard work',
          correct: false,
          feedback: 'They may work hard, but the habit described is improving.',
        },
        {
          id: 'd',
          text: 'Personal responsibility',
          correct: false,
          feedback: 'Close, but the team habit of learning and changing is improvement.',
        },
      ],
    },
  ],
};
