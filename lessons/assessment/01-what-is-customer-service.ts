import type { BankFile } from '../../src/domain/assessment/assessment';

/** Final-assessment items for the lesson "what-is-customer-service". Schema and rules: lessons/README.md. */
export const whatIsCustomerService: BankFile = {
  lesson: 'what-is-customer-service',
  items: [
    {
      id: 'a-l1-01',
      section: 'everyone-who-keeps-the-business-going',
      objective: 1,
      demand: 'recall',
      kind: 'single',
      prompt: 'Which statement best describes customer service as this course uses the term?',
      options: [
        {
          id: 'a',
          text: 'How you treat everyone the business relies on, from paying customers to the colleagues you support',
          correct: true,
          feedback: 'Right. Service covers anyone who depends on you, whether or not they pay.',
        },
        {
          id: 'b',
          text: 'The work done by the team that answers customer calls',
          correct: false,
          feedback: "That team matters, but service is everyone's job, not one department's.",
        },
        {
          id: 'c',
          text: 'The rules set out in the refunds and returns policy',
          correct: false,
          feedback:
            'A policy is a tool. Service is the way you treat people, which no policy can do for you.',
        },
      ],
    },
    {
      id: 'a-l1-02',
      section: 'why-it-matters-in-a-small-shop-and-a-large-company',
      objective: 2,
      demand: 'understanding',
      kind: 'truefalse',
      prompt:
        "In a large company, one employee's poor service goes unnoticed, so it matters less than in a small shop.",
      answer: false,
      feedbackTrue:
        'Not so. Colleagues may not notice, but the customer always does, and customers who drift away cost jobs in big companies too.',
      feedbackFalse:
        'Correct. Size only hides the link between service and survival; customers still notice and still leave.',
    },
    {
      id: 'a-l1-03',
      section: 'what-is-in-it-for-you',
      objective: 2,
      demand: 'recall',
      kind: 'multiple',
      prompt: 'Which of these are benefits to you personally of giving good service? Select all that apply.',
      options: [
        {
          id: 'a',
          text: 'You feel better about your work and about yourself',
          correct: true,
          feedback: 'Yes. Helping people well brings a satisfaction that no bonus can supply.',
        },
        {
          id: 'b',
          text: 'It protects a job that customers ultimately pay for',
          correct: true,
          feedback: 'Yes. Every wage is funded by the people the business serves.',
        },
        {
          id: 'c',
          text: "Your own mood at work tends to improve along with your customers' mood",
          correct: true,
          feedback: 'Yes. How you feel at work usually mirrors how people feel after dealing with you.',
        },
        {
          id: 'd',
          text: 'You no longer need to follow company policy',
          correct: false,
          feedback: 'No. Good service works within the rules; it simply does not stop at quoting them.',
        },
      ],
    },
    {
      id: 'a-l1-04',
      section: 'what-is-in-it-for-you',
      objective: 2,
      demand: 'application',
      kind: 'single',
      prompt:
        'You have been feeling fed up at work for weeks. What does the lesson suggest you look at first?',
      options: [
        {
          id: 'a',
          text: 'How the people you serve feel after dealing with you',
          correct: true,
          feedback:
            'Right. Job satisfaction and customer satisfaction usually move together, so this is the place to start.',
        },
        {
          id: 'b',
          text: 'Which other department is making your job harder',
          correct: false,
          feedback:
            'Blaming another team may feel easier, but it leaves out the part you control: your own service.',
        },
        {
          id: 'c',
          text: 'Whether your customers deserve better treatment',
          correct: false,
          feedback: 'Every customer deserves good service. Rationing it only makes your own days worse.',
        },
      ],
    },
    {
      id: 'a-l1-05',
      section: 'service-does-not-happen-by-itself',
      objective: 4,
      demand: 'recall',
      kind: 'ordering',
      prompt: 'Service does not happen by chance. Put these steps for making it happen in order.',
      items: [
        {
          id: 'notice',
          text: 'Notice that a customer needs service',
        },
        {
          id: 'process',
          text: 'Agree a way of working that meets that need',
        },
        {
          id: 'practise',
          text: 'Practise it until it becomes a habit',
        },
        {
          id: 'every-time',
          text: 'Deliver it every time, whoever is on shift',
        },
      ],
      explanation:
        'Service is neither instinctive nor accidental. It starts with awareness of the need, then a process, then practice, so that good service no longer depends on who is working.',
    },
    {
      id: 'a-l1-06',
      section: 'the-tension-cycle',
      objective: 3,
      demand: 'application',
      kind: 'multiple',
      prompt:
        'A customer opens with: "I suppose you\'re going to say I can\'t have a refund." Which responses help break the tension cycle? Select all that apply.',
      options: [
        {
          id: 'a',
          text: 'Stay calm and acknowledge that they sound frustrated',
          correct: true,
          feedback: 'Yes. A calm first response tells the customer this time will be different.',
        },
        {
          id: 'b',
          text: 'Explain what you can do for them before anything else',
          correct: true,
          feedback: 'Yes. Leading with what is possible answers the fear behind their opening line.',
        },
        {
          id: 'c',
          text: 'Tell them they are being rude',
          correct: false,
          feedback: 'No. Pushing back is exactly the step that makes tension rise on both sides.',
        },
        {
          id: 'd',
          text: 'Match their tone so they know you will not be pushed around',
          correct: false,
          feedback: "No. Mirroring hostility confirms the customer's fears and keeps the cycle turning.",
        },
      ],
    },
    {
      id: 'a-l1-07',
      section: 'a-philosophy-not-a-department',
      objective: 4,
      demand: 'recall',
      kind: 'short',
      prompt: 'Fill the gap with one word: service is a ____, not a department, a programme or a policy.',
      accept: ['philosophy', 'a philosophy'],
      feedbackCorrect: 'Yes: philosophy. It is a way of thinking shared by everyone, not a job for one team.',
      feedbackIncorrect:
        'The word is philosophy. Service is a shared way of thinking, so it cannot be handed to one department or reduced to a policy.',
    },
    {
      id: 'a-l1-08',
      section: 'the-tension-cycle',
      objective: 3,
      demand: 'recall',
      kind: 'matching',
      prompt: 'Match each cost of a long-running tension cycle to what it looks like at work.',
      pairs: [
        {
          id: 'turnover',
          left: 'Higher turnover',
          right: 'Colleagues resign and their posts need filling',
        },
        {
          id: 'absence',
          left: 'Absenteeism',
          right: 'More staff off sick or worn out',
        },
        {
          id: 'recruiting',
          left: 'Recruitment difficulty',
          right: 'Good candidates avoid the vacancies',
        },
        {
          id: 'defensiveness',
          left: 'Defensiveness',
          right: 'Staff brace for conflict, which breeds more of it',
        },
      ],
      explanation:
        'Tension does not stay at the counter. It shows up in sickness, resignations, hiring problems and a defensive mood that feeds the cycle.',
    },
  ],
};
