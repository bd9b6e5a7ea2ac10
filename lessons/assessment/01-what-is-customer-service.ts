import type { BankFile } from '../../src/domain/assessment/assessment';

/** Final-assessment items for the lesson "what-is-customer-service". How to write them: lessons/README.md. */
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
          text: 'The rules in the refunds and returns policy, applied the same way to every customer',
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
          id: 'e',
          text: "You will need to follow fewer of the company's procedures",
          correct: false,
          feedback: 'No. Good service works within the rules; it simply does not stop at quoting them.',
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
          text: 'Customers will overlook your mistakes once they like you',
          correct: false,
          feedback:
            'No. Goodwill helps, but customers still notice mistakes; good service means putting them right.',
        },
      ],
    },
    {
      id: 'a-l1-04',
      section: 'what-is-in-it-for-you',
      objective: 2,
      demand: 'understanding',
      kind: 'single',
      prompt:
        'You have been feeling fed up at work for weeks. What does the lesson suggest you look at first?',
      options: [
        {
          id: 'b',
          text: 'Which other department keeps making your job harder than it needs to be',
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
        {
          id: 'a',
          text: 'How the people you serve feel after dealing with you',
          correct: true,
          feedback:
            'Right. Job satisfaction and customer satisfaction usually move together, so this is the place to start.',
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
      demand: 'understanding',
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
          id: 'd',
          text: 'Match their tone so they know you will not be pushed around',
          correct: false,
          feedback: "No. Mirroring hostility confirms the customer's fears and keeps the cycle turning.",
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
    {
      id: 'a-l1-09',
      section: 'everyone-who-keeps-the-business-going',
      objective: 1,
      demand: 'application',
      situation: {
        channel: 'help-desk',
        industry: 'healthcare',
      },
      kind: 'single',
      prompt:
        'You work on the IT help desk of a hospital. A ward nurse rings because the printer for patient wristbands has jammed. Who is your customer in this call?',
      options: [
        {
          id: 'a',
          text: 'The nurse, who depends on you to keep the ward running',
          correct: true,
          feedback:
            'Right. Colleagues who rely on your work are your customers, even though they never pay you.',
        },
        {
          id: 'b',
          text: 'Nobody yet: customers are the patients, and you never meet them',
          correct: false,
          feedback:
            'The patients matter, but the nurse relying on you is a customer too. Service covers colleagues as well as the public.',
        },
        {
          id: 'c',
          text: 'The printer supplier, who will be asked to repair the fault',
          correct: false,
          feedback: 'The supplier may help, but the person depending on you right now is the nurse.',
        },
        {
          id: 'd',
          text: "The hospital's finance team, because it pays for the help desk",
          correct: false,
          feedback: 'Who funds a team does not decide who it serves. The nurse is relying on you.',
        },
      ],
    },
    {
      id: 'a-l1-10',
      section: 'why-it-matters-in-a-small-shop-and-a-large-company',
      objective: 2,
      demand: 'application',
      situation: {
        channel: 'phone',
        industry: 'energy',
      },
      kind: 'single',
      prompt:
        'You answer calls for an energy supplier with two thousand staff. A colleague says, "With this many calls, rushing one doesn\'t matter." What is the best reply?',
      options: [
        {
          id: 'a',
          text: 'Maybe not to the company, but it matters to the caller you rushed',
          correct: false,
          feedback:
            'Half right: the caller notices, and enough callers leaving does hurt the company and its jobs.',
        },
        {
          id: 'b',
          text: 'True, the quality team only listens to a few calls a month anyway',
          correct: false,
          feedback:
            'Whether anyone checks is not the point. The caller notices, and callers who leave cost jobs in large firms too.',
        },
        {
          id: 'c',
          text: 'Each caller notices, and enough of them leaving costs jobs here too',
          correct: true,
          feedback: 'Right. Size only hides the link between service and survival; it does not remove it.',
        },
        {
          id: 'd',
          text: 'It matters only in small firms, where the owners know every customer by name',
          correct: false,
          feedback:
            'That is the mistake the lesson warns about. In a big firm the link is harder to see, but it is still there.',
        },
      ],
    },
    {
      id: 'a-l1-11',
      section: 'the-tension-cycle',
      objective: 3,
      demand: 'application',
      situation: {
        channel: 'chat',
        industry: 'banking',
      },
      kind: 'multiple',
      prompt:
        'A customer opens an online banking chat with: "I bet you\'ll just send me a link to the FAQ again." Which replies help break the tension cycle? Select all that apply.',
      options: [
        {
          id: 'a',
          text: 'Send the FAQ link straight away, since it answers most questions',
          correct: false,
          feedback: 'That confirms the fear they opened with, and the cycle turns once more.',
        },
        {
          id: 'b',
          text: 'Say you will look at their problem yourself, then ask what has happened',
          correct: true,
          feedback:
            'Yes. Answering the fear behind their opening line tells them this time will be different.',
        },
        {
          id: 'c',
          text: 'Point out politely that the FAQ was written to save everyone time',
          correct: false,
          feedback:
            'Defending the FAQ pushes back at the customer, which is the step that keeps the cycle going.',
        },
        {
          id: 'd',
          text: 'Stay calm and say it sounds as if they have been passed around before',
          correct: true,
          feedback: 'Yes. Calm acknowledgement takes the heat out of the attack.',
        },
        {
          id: 'e',
          text: 'Match their tone so they know you will not be pushed around',
          correct: false,
          feedback:
            'Pushing back feels fair, but it proves their fears right and raises tension on both sides.',
        },
      ],
    },
    {
      id: 'a-l1-12',
      section: 'the-tension-cycle',
      objective: 3,
      demand: 'application',
      situation: {
        channel: 'counter',
        industry: 'pharmacy',
      },
      kind: 'single',
      prompt:
        'At a pharmacy counter, a customer snaps, "You lot always lose my prescription." The assistant snaps back, "Well, maybe you gave it to the wrong shop." Which step of the tension cycle is this?',
      options: [
        {
          id: 'a',
          text: 'The customer expecting to be treated badly',
          correct: false,
          feedback:
            "That came first, in the customer's opening line. The assistant's reply is the next step.",
        },
        {
          id: 'b',
          text: 'The employee feeling insulted and pushing back',
          correct: true,
          feedback: "Right. The pushback is what turns one customer's fear into tension on both sides.",
        },
        {
          id: 'c',
          text: 'The next customer meeting an employee already on edge',
          correct: false,
          feedback: 'That comes later, when the tension carries over to whoever is next in the queue.',
        },
        {
          id: 'd',
          text: 'None: the assistant is right to correct the customer',
          correct: false,
          feedback:
            'Whether or not the customer is mistaken, snapping back is the pushback step of the cycle.',
        },
      ],
    },
    {
      id: 'a-l1-13',
      section: 'everyone-who-keeps-the-business-going',
      objective: 1,
      demand: 'application',
      situation: {
        channel: 'email',
        industry: 'software',
      },
      kind: 'truefalse',
      prompt:
        "At a software company, a developer who answers the sales team's questions by email is giving customer service.",
      answer: true,
      feedbackTrue:
        "Correct. The sales team depends on the developer's answers, so they are customers and the way they are treated is service.",
      feedbackFalse:
        'Not so. The sales team relies on the developer, which makes them customers, even though no money changes hands.',
    },
    {
      id: 'a-l1-14',
      section: 'service-does-not-happen-by-itself',
      objective: 4,
      demand: 'application',
      situation: {
        channel: 'in-person',
        industry: 'hospitality',
      },
      kind: 'single',
      prompt:
        'A new hotel has no agreed way of handling guests who arrive after midnight: each night receptionist does it differently, and some guests wait outside. What is missing?',
      options: [
        {
          id: 'a',
          text: 'Friendlier receptionists',
          correct: false,
          feedback:
            'Friendliness helps, but without an agreed way of working, good service depends on who is on shift.',
        },
        {
          id: 'b',
          text: 'An agreed way of working, practised until every shift does it',
          correct: true,
          feedback:
            'Right. Service does not happen by itself: notice the need, agree a process, and practise it until it is a habit.',
        },
        {
          id: 'c',
          text: 'A sign asking guests to arrive before midnight',
          correct: false,
          feedback: 'That moves the problem onto the guests rather than meeting their need.',
        },
        {
          id: 'd',
          text: 'A manager who checks in late guests personally',
          correct: false,
          feedback: 'One person cannot cover every night. The need is a process everyone follows.',
        },
      ],
    },
    {
      id: 'a-l1-15',
      section: 'everyone-who-keeps-the-business-going',
      objective: 1,
      demand: 'application',
      situation: {
        channel: 'email',
        industry: 'furniture retail',
      },
      kind: 'single',
      prompt:
        'Service adds value to what buyers get from their purchase and from the steps that lead up to it. A furniture shop is answering an email from someone who has not bought yet. Which reply adds value before the sale?',
      options: [
        {
          id: 'a',
          text: 'A short note that prices are on the website',
          correct: false,
          feedback: 'Accurate, but it adds little: the customer could have found that alone.',
        },
        {
          id: 'b',
          text: 'A clear quote with delivery dates and how to measure the doorway',
          correct: true,
          feedback:
            'Right. Help before the purchase is part of service: it makes buying easier and the purchase better.',
        },
        {
          id: 'c',
          text: 'Nothing until they order, because service starts with the sale',
          correct: false,
          feedback:
            'That is the gap the definition closes: value also comes from the steps leading up to a purchase.',
        },
        {
          id: 'd',
          text: 'An automatic reply promising an answer within ten working days',
          correct: false,
          feedback: 'A slow holding reply adds little value to someone still deciding.',
        },
      ],
    },
  ],
};
