import type { BankFile } from '../../src/domain/assessment/assessment';

/** Final-assessment items for the lesson "service-culture". Schema and rules: lessons/README.md. */
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
          id: 'a',
          text: 'It is hard to control, and therefore hard for rivals to copy',
          correct: true,
          feedback:
            'Right. It lives in thousands of daily decisions, not in a specification competitors can read.',
        },
        {
          id: 'b',
          text: 'It costs nothing to provide',
          correct: false,
          feedback: 'Consistent service takes investment in people, technology and processes.',
        },
        {
          id: 'c',
          text: 'It can be protected by a patent',
          correct: false,
          feedback: 'Service cannot be patented; its protection comes from being so hard to imitate.',
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
      demand: 'application',
      kind: 'matching',
      prompt: 'Match each situation to the way of building a service culture it shows.',
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
      demand: 'application',
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
      kind: 'single',
      prompt:
        "You promised to ring a customer back at three o'clock, and you do. Which service value does this show most clearly?",
      options: [
        {
          id: 'a',
          text: 'Reliability',
          correct: true,
          feedback: 'Right. Doing what you said, when you said, is reliability in action.',
        },
        {
          id: 'b',
          text: 'Continuous improvement',
          correct: false,
          feedback:
            'Continuous improvement is about finding better ways of working, not keeping a single promise.',
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
          text: 'Hide complaints from managers',
          correct: false,
          feedback: 'The opposite: it makes problems visible so they can be fixed.',
        },
      ],
    },
  ],
};
