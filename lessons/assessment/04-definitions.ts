import type { BankFile } from '../../src/domain/assessment/assessment';

/** Final-assessment items for the lesson "definitions". How to write them: lessons/README.md. */
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
          id: 'e',
          text: 'Competitors who browse your prices',
          correct: false,
          feedback: 'No. Rivals researching you do not need your services or fund your wages.',
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
        {
          id: 'a',
          text: 'Delivery and excellence',
          correct: true,
          feedback:
            'Right. These are the missing factors that turn a partial definition into a complete one.',
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
        'Excellence must be consistent, cost-effective and what else, so that every customer gets the same standard? (a word or two)',
      accept: [
        'without bias',
        'non bias',
        'nonbias',
        'non-bias',
        'unbiased',
        'no bias',
        'not biased',
        'fair',
        'fairly',
        'fairness',
        'impartial',
        'impartially',
        'equal',
        'equally',
        'without favouritism',
        'no favouritism',
        'without favoritism',
      ],
      feedbackCorrect:
        'Yes: without bias, or fairly. Every customer gets your best, not only the ones you like or the ones who spend most.',
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
    {
      id: 'a-l4-09',
      section: 'what-common-definitions-leave-out',
      objective: 2,
      demand: 'application',
      situation: {
        channel: 'email',
        industry: 'IT consultancy',
      },
      kind: 'single',
      prompt:
        'A new colleague at an IT consultancy emails you their definition: "Customer service is answering tickets quickly." What does a complete definition add?',
      options: [
        {
          id: 'a',
          text: 'Nothing: speed is what clients notice and remember most, so that is all it needs',
          correct: false,
          feedback: 'Speed matters, but a complete definition also covers delivery and excellence.',
        },
        {
          id: 'b',
          text: 'A target time for every ticket',
          correct: false,
          feedback: 'A target adds detail about speed, not the missing elements.',
        },
        {
          id: 'c',
          text: 'How the work is delivered, and excellence: more value, consistently, fairly',
          correct: true,
          feedback: 'Right. Delivery and excellence are the elements common definitions leave out.',
        },
        {
          id: 'd',
          text: "A list of the consultancy's products",
          correct: false,
          feedback: 'Products are what is served; a definition of service needs how and how well.',
        },
      ],
    },
    {
      id: 'a-l4-10',
      section: 'building-a-complete-definition',
      objective: 3,
      demand: 'application',
      situation: {
        channel: 'counter',
        industry: 'postal services',
      },
      kind: 'single',
      prompt:
        'Service is any action that creates value for your customers. Which action at a post office counter is service in that sense?',
      options: [
        {
          id: 'a',
          text: 'Stamping every form, although the customer gains nothing from it',
          correct: false,
          feedback: 'An action that adds no value for anyone is hard to call service, however correct it is.',
        },
        {
          id: 'b',
          text: 'Pointing out a cheaper way to send the parcel that arrives on the same day',
          correct: true,
          feedback: 'Right. It creates value for the customer, which is what service is.',
        },
        {
          id: 'c',
          text: 'Reading the price list aloud to everyone in the queue',
          correct: false,
          feedback: 'Busy, but it creates little value for anyone.',
        },
        {
          id: 'd',
          text: 'Asking the customer to fill in a satisfaction card first',
          correct: false,
          feedback: "That serves the post office's records more than the customer.",
        },
      ],
    },
    {
      id: 'a-l4-11',
      section: 'building-a-complete-definition',
      objective: 3,
      demand: 'application',
      situation: {
        channel: 'help-desk',
        industry: 'education',
      },
      kind: 'truefalse',
      prompt:
        "Under the course's complete definition, a teacher asking the school office to book a room is one of the office's customers.",
      answer: true,
      feedbackTrue: 'Correct. A customer is anyone who needs your services, and that includes colleagues.',
      feedbackFalse:
        'Not so. The definition counts anyone who needs your services, so the teacher is a customer of the office.',
    },
    {
      id: 'a-l4-12',
      section: 'building-a-complete-definition',
      objective: 3,
      demand: 'application',
      situation: {
        channel: 'phone',
        industry: 'insurance',
      },
      kind: 'single',
      prompt:
        "An insurer's phone team rings back only its premium customers; everyone else is told to wait in the queue. Which element of excellence does this break?",
      options: [
        {
          id: 'a',
          text: 'Cost-effectiveness',
          correct: false,
          feedback: 'Call-backs may cost money, but the rule described treats customers differently.',
        },
        {
          id: 'b',
          text: 'Delivering more value than expected',
          correct: false,
          feedback: 'The problem is not how much value but who gets it.',
        },
        {
          id: 'c',
          text: 'Consistency',
          correct: false,
          feedback: 'Close, but the clearest breach is treating customers unequally.',
        },
        {
          id: 'd',
          text: 'Without bias',
          correct: true,
          feedback: 'Right. Excellence means every customer gets the same standard, whoever they are.',
        },
      ],
    },
    {
      id: 'a-l4-13',
      section: 'building-a-complete-definition',
      objective: 3,
      demand: 'application',
      situation: {
        channel: 'chat',
        industry: 'telecoms',
      },
      kind: 'single',
      prompt:
        "A telecoms chat adviser solves each customer's problem exactly as asked and nothing more. By the complete definition, what is still missing?",
      options: [
        {
          id: 'a',
          text: 'Going beyond expectations: more value than the customer expected',
          correct: true,
          feedback: 'Right. Meeting the request is good; excellence means adding value beyond it.',
        },
        {
          id: 'b',
          text: 'A faster typing speed',
          correct: false,
          feedback: 'Speed may help, but it is not an element of the definition.',
        },
        {
          id: 'c',
          text: 'A script for every question',
          correct: false,
          feedback: 'A script can help consistency but cannot add value on its own.',
        },
        {
          id: 'd',
          text: 'A satisfaction survey at the end of each chat, so the team can see its scores',
          correct: false,
          feedback: 'Measuring service is not the same as delivering excellence.',
        },
      ],
    },
    {
      id: 'a-l4-14',
      section: 'write-your-own-definitions',
      objective: 1,
      demand: 'understanding',
      kind: 'multiple',
      prompt:
        'You are about to write your own definitions of customer, service, delivery and excellence. Which habits make the exercise worth doing? Select all that apply.',
      options: [
        {
          id: 'a',
          text: 'Copy the textbook wording so that yours is correct',
          correct: false,
          feedback: 'Copying hides where you are starting from, which is what the exercise is for.',
        },
        {
          id: 'b',
          text: 'Write them before reading the complete definition',
          correct: true,
          feedback: 'Yes. Writing first shows you your own starting point.',
        },
        {
          id: 'c',
          text: 'Compare them afterwards and note what yours left out',
          correct: true,
          feedback: 'Yes. The gaps you find are what you learn from.',
        },
        {
          id: 'd',
          text: 'Skip any word you think everyone already understands',
          correct: false,
          feedback: 'The familiar words are where hidden assumptions live; define them too.',
        },
      ],
    },
  ],
};
