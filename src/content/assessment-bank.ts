import type { Question } from '../domain/activities/quiz-types';

/**
 * A final-assessment question, tagged with the lesson it tests (the lesson's slug) and the section that
 * teaches it (the section id, as slugify() makes it from the heading), so a wrong answer can point the
 * learner back to the right place.
 */
export type BankQuestion = Question & { lesson: string; section: string };

export const assessmentBank: BankQuestion[] = [
  // what-is-customer-service (lesson 1)
  {
    id: 'a-l1-01',
    lesson: 'what-is-customer-service',
    section: 'everyone-who-keeps-the-business-going',
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
        feedback: 'A policy is a tool. Service is the way you treat people, which no policy can do for you.',
      },
    ],
  },
  {
    id: 'a-l1-02',
    lesson: 'what-is-customer-service',
    section: 'why-it-matters-in-a-small-shop-and-a-large-company',
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
    lesson: 'what-is-customer-service',
    section: 'what-is-in-it-for-you',
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
    lesson: 'what-is-customer-service',
    section: 'what-is-in-it-for-you',
    kind: 'single',
    prompt: 'You have been feeling fed up at work for weeks. What does the lesson suggest you look at first?',
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
    lesson: 'what-is-customer-service',
    section: 'service-does-not-happen-by-itself',
    kind: 'ordering',
    prompt: 'Service does not happen by chance. Put these steps for making it happen in order.',
    items: [
      { id: 'notice', text: 'Notice that a customer needs service' },
      { id: 'process', text: 'Agree a way of working that meets that need' },
      { id: 'practise', text: 'Practise it until it becomes a habit' },
      { id: 'every-time', text: 'Deliver it every time, whoever is on shift' },
    ],
    explanation:
      'Service is neither instinctive nor accidental. It starts with awareness of the need, then a process, then practice, so that good service no longer depends on who is working.',
  },
  {
    id: 'a-l1-06',
    lesson: 'what-is-customer-service',
    section: 'the-tension-cycle',
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
    lesson: 'what-is-customer-service',
    section: 'a-philosophy-not-a-department',
    kind: 'short',
    prompt: 'Fill the gap with one word: service is a ____, not a department, a programme or a policy.',
    accept: ['philosophy', 'a philosophy'],
    feedbackCorrect: 'Yes: philosophy. It is a way of thinking shared by everyone, not a job for one team.',
    feedbackIncorrect:
      'The word is philosophy. Service is a shared way of thinking, so it cannot be handed to one department or reduced to a policy.',
  },
  {
    id: 'a-l1-08',
    lesson: 'what-is-customer-service',
    section: 'the-tension-cycle',
    kind: 'matching',
    prompt: 'Match each cost of a long-running tension cycle to what it looks like at work.',
    pairs: [
      { id: 'turnover', left: 'Higher turnover', right: 'Colleagues resign and their posts need filling' },
      { id: 'absence', left: 'Absenteeism', right: 'More staff off sick or worn out' },
      { id: 'recruiting', left: 'Recruitment difficulty', right: 'Good candidates avoid the vacancies' },
      {
        id: 'defensiveness',
        left: 'Defensiveness',
        right: 'Staff brace for conflict, which breeds more of it',
      },
    ],
    explanation:
      'Tension does not stay at the counter. It shows up in sickness, resignations, hiring problems and a defensive mood that feeds the cycle.',
  },

  // service-environment (lesson 2)
  {
    id: 'a-l2-01',
    lesson: 'service-environment',
    section: 'five-parts-of-one-environment',
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
    lesson: 'service-environment',
    section: 'the-customer-at-the-centre',
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
    lesson: 'service-environment',
    section: 'culture-and-people',
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
    lesson: 'service-environment',
    section: 'culture-and-people',
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
    lesson: 'service-environment',
    section: 'five-parts-of-one-environment',
    kind: 'matching',
    prompt: 'Match each component of the service environment to an example of it.',
    pairs: [
      { id: 'customer', left: 'The customer', right: 'The shopper asking where to find a charger' },
      {
        id: 'culture',
        left: 'Organisational culture',
        right: 'Shared values that make every member of staff greet visitors',
      },
      { id: 'people', left: 'Human resources', right: 'A trained, motivated adviser on the help desk' },
      { id: 'deliverable', left: 'Deliverables', right: 'The laptop the customer takes home' },
      { id: 'delivery', left: 'Delivery systems', right: 'The courier that brings the parcel to the door' },
    ],
    explanation:
      'The customer is who it is all for; culture and people shape how they are treated; deliverables are what they receive; delivery systems are how it reaches them.',
  },
  {
    id: 'a-l2-06',
    lesson: 'service-environment',
    section: 'deliverables-quality-and-quantity',
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
    lesson: 'service-environment',
    section: 'how-streaming-changed-delivery',
    kind: 'ordering',
    prompt: 'Put the stages of the video-rental example in the order they happened.',
    items: [
      { id: 'dvds', text: 'DVDs are ordered online and sent by post' },
      { id: 'streaming', text: 'Films are offered for streaming as well' },
      { id: 'original', text: 'More streaming titles and original programmes are added' },
      { id: 'rivals', text: 'Rivals launch as streaming-only services' },
    ],
    explanation:
      'Customer expectations moved from discs to streaming, and once streaming became the norm, newcomers skipped discs entirely because that was now the industry standard.',
  },
  {
    id: 'a-l2-08',
    lesson: 'service-environment',
    section: 'choosing-a-delivery-system',
    kind: 'short',
    prompt:
      'Which of the five delivery-system factors asks how your delivery methods compare with what competitors offer? (two words)',
    accept: ['industry standards', 'industry standard', 'standards'],
    feedbackCorrect: 'Yes: industry standards. Your delivery should at least keep pace with the competition.',
    feedbackIncorrect:
      'The factor is industry standards: what the competition offers, and whether your methods keep pace with it.',
  },

  // service-chain (lesson 3)
  {
    id: 'a-l3-01',
    lesson: 'service-chain',
    section: 'perception-is-the-only-reality',
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
    lesson: 'service-chain',
    section: 'internal-and-external-customers',
    kind: 'matching',
    prompt: 'Match each role to the customers it serves.',
    pairs: [
      { id: 'payroll', left: 'Payroll clerk', right: 'Colleagues waiting to be paid' },
      { id: 'helpdesk', left: 'IT helpdesk', right: 'Staff whose laptops will not start' },
      { id: 'assistant', left: 'Shop assistant', right: 'Shoppers at the till' },
      { id: 'driver', left: 'Delivery driver', right: 'People receiving parcels at home' },
    ],
    explanation:
      'Payroll and IT serve internal customers; the shop assistant and driver serve external ones. Each is a link in the same chain.',
  },
  {
    id: 'a-l3-03',
    lesson: 'service-chain',
    section: 'internal-and-external-customers',
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
    lesson: 'service-chain',
    section: 'every-role-is-a-link',
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
    lesson: 'service-chain',
    section: 'the-customer-sees-one-company',
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
    lesson: 'service-chain',
    section: 'what-service-means-today',
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
    lesson: 'service-chain',
    section: 'internal-and-external-customers',
    kind: 'ordering',
    prompt:
      'Trace the chain: put these links in order, from the first internal step to the external customer.',
    items: [
      { id: 'it', text: 'IT keeps the order system running' },
      { id: 'sales', text: "A sales adviser processes a shop's order" },
      { id: 'shop', text: 'The shop restocks its shelves' },
      { id: 'shopper', text: 'A shopper finds what they came for' },
    ],
    explanation:
      'Each link serves the next. If IT is slow, the delay travels down the chain until a shopper leaves empty-handed.',
  },
  {
    id: 'a-l3-08',
    lesson: 'service-chain',
    section: 'every-role-is-a-link',
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
        feedback: 'Customers rarely think in departments; finding the right person is your job, not theirs.',
      },
    ],
  },

  // definitions (lesson 4)
  {
    id: 'a-l4-01',
    lesson: 'definitions',
    section: 'why-definitions-matter',
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
    lesson: 'definitions',
    section: 'write-your-own-definitions',
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
    lesson: 'definitions',
    section: 'what-common-definitions-leave-out',
    kind: 'matching',
    prompt: 'Match each common definition of customer service to its weak spot.',
    pairs: [
      {
        id: 'wants',
        left: 'Supplying what customers want and need',
        right: 'Says nothing about how well or how consistently',
      },
      { id: 'exceed', left: 'Exceeding expectations again and again', right: 'Stops at the moment of sale' },
      {
        id: 'perceive',
        left: 'What the customer perceives and remembers',
        right: 'True about perception, but not a full definition',
      },
      { id: 'experience', left: 'A positive, helpful experience', right: 'Ignores expectations and value' },
    ],
    explanation:
      'Each common definition catches something true but leaves gaps, which is why the complete definition adds delivery and excellence.',
  },
  {
    id: 'a-l4-04',
    lesson: 'definitions',
    section: 'building-a-complete-definition',
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
    lesson: 'definitions',
    section: 'building-a-complete-definition',
    kind: 'single',
    prompt: 'Which two elements do most common definitions of customer service leave out?',
    options: [
      {
        id: 'a',
        text: 'Delivery and excellence',
        correct: true,
        feedback: 'Right. These are the missing factors that turn a partial definition into a complete one.',
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
    lesson: 'definitions',
    section: 'building-a-complete-definition',
    kind: 'short',
    prompt:
      'Excellence must be consistent, cost-effective and what else, so that every customer gets the same standard? (two words)',
    accept: ['without bias', 'non bias', 'nonbias', 'non-bias', 'unbiased', 'no bias'],
    feedbackCorrect: 'Yes: without bias. Every customer gets your best, not only the ones you like.',
    feedbackIncorrect: 'The answer is without bias. Excellence is for every customer, whoever they are.',
  },
  {
    id: 'a-l4-07',
    lesson: 'definitions',
    section: 'building-a-complete-definition',
    kind: 'ordering',
    prompt: 'Put the steps for building a complete definition of customer service in order.',
    items: [
      { id: 'split', text: 'Break the phrase into its parts' },
      { id: 'customer', text: 'Define who the customer is' },
      { id: 'service', text: 'Define what service is' },
      { id: 'missing', text: 'Add the missing elements: delivery and excellence' },
      { id: 'combine', text: 'Combine everything into one definition' },
    ],
    explanation:
      'There is no short answer, so you take the phrase apart, define each piece, add what the common versions miss, and then put it back together.',
  },
  {
    id: 'a-l4-08',
    lesson: 'definitions',
    section: 'what-common-definitions-leave-out',
    kind: 'truefalse',
    prompt: 'The common definitions of customer service are simply wrong and can be ignored.',
    answer: false,
    feedbackTrue:
      'Not so. Each one captures something true, such as needs, expectations or perception; none captures everything.',
    feedbackFalse: 'Correct. They are incomplete rather than wrong: each gets part of the picture.',
  },

  // exceeding-expectations (lesson 5)
  {
    id: 'a-l5-01',
    lesson: 'exceeding-expectations',
    section: 'meeting-versus-exceeding',
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
    lesson: 'exceeding-expectations',
    section: 'meeting-versus-exceeding',
    kind: 'truefalse',
    prompt: "You can exceed a customer's expectations without first understanding what they need.",
    answer: false,
    feedbackTrue:
      "Not so. Extras that miss the need waste the customer's time. Find out who they are and what they want first.",
    feedbackFalse: 'Correct. You can only go beyond an expectation you understand.',
  },
  {
    id: 'a-l5-03',
    lesson: 'exceeding-expectations',
    section: 'what-excellence-looks-like',
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
      { id: 'cost', left: 'Cost-effectively', right: 'Extras that cost little but mean a lot' },
      { id: 'bias', left: 'Without bias', right: 'Every customer gets your best, not only the regulars' },
    ],
    explanation:
      'Excellence is not a one-off gesture. It is extra value that can be sustained, given every time and to everyone.',
  },
  {
    id: 'a-l5-04',
    lesson: 'exceeding-expectations',
    section: 'value-you-can-count',
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
        feedback: 'No. More that the customer pays for without agreeing is not extra value; it breaks trust.',
      },
    ],
  },
  {
    id: 'a-l5-05',
    lesson: 'exceeding-expectations',
    section: 'from-satisfied-to-promoter',
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
    lesson: 'exceeding-expectations',
    section: 'from-satisfied-to-promoter',
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
    lesson: 'exceeding-expectations',
    section: 'when-customers-cannot-say-what-they-want',
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
    lesson: 'exceeding-expectations',
    section: 'when-customers-cannot-say-what-they-want',
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
    lesson: 'exceeding-expectations',
    section: 'owning-your-mistakes',
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

  // service-culture (lesson 6)
  {
    id: 'a-l6-01',
    lesson: 'service-culture',
    section: 'a-difference-rivals-cannot-copy',
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
    lesson: 'service-culture',
    section: 'a-difference-rivals-cannot-copy',
    kind: 'truefalse',
    prompt: 'The overall standard of service in an industry tends to rise when competition becomes fiercer.',
    answer: true,
    feedbackTrue:
      'Correct. When buyers have more choice, sellers must serve them better; when competition fades, service tends to slip.',
    feedbackFalse:
      'It is true. Service quality follows the balance of power: more competition pushes it up, less lets it fall.',
  },
  {
    id: 'a-l6-03',
    lesson: 'service-culture',
    section: 'a-difference-rivals-cannot-copy',
    kind: 'ordering',
    prompt: 'Put these stages in the history of customer service in order.',
    items: [
      { id: 'craft', text: 'Small craft makers compete for public custom in the 1800s' },
      { id: 'global', text: 'International competition in the 1970s pushes up product and service quality' },
      { id: 'sector', text: 'The service sector comes to dominate much of the world economy' },
    ],
    explanation:
      'Service grew from craft competition, was sharpened by international rivalry, and became central as services took over more of the economy.',
  },
  {
    id: 'a-l6-04',
    lesson: 'service-culture',
    section: 'why-service-varies',
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
    lesson: 'service-culture',
    section: 'building-the-culture',
    kind: 'matching',
    prompt: 'Match each situation to the way of building a service culture it shows.',
    pairs: [
      {
        id: 'recruitment',
        left: 'Recruitment',
        right: 'An interviewer asks candidates about a time they helped a stranger',
      },
      { id: 'training', left: 'Training', right: 'A new adviser shadows an expert on difficult calls' },
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
    lesson: 'service-culture',
    section: 'building-the-culture',
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
    lesson: 'service-culture',
    section: 'service-ideology-purpose-and-values',
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
    lesson: 'service-culture',
    section: 'service-ideology-purpose-and-values',
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
    lesson: 'service-culture',
    section: 'technology-that-supports-service',
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
    lesson: 'service-culture',
    section: 'technology-that-supports-service',
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
];
