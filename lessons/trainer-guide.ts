import type { TrainerGuide } from '../src/domain/course/job-aid-types';

/** The trainer guide at /trainer/guide. Checked by src/content/job-aid-schema.ts. */
export const trainerGuide: TrainerGuide = {
  intro:
    'Run one session per module, ideally after learners have worked through the lesson on their own. Each plan leaves time for the role-play and a debrief, because talking through a conversation is where the ideas start to stick. Print the job aid cards for each session.',
  sessions: [
    {
      slug: 'what-is-customer-service',
      title: 'What is customer service?',
      minutes: 45,
      goal: 'Learners see that colleagues are customers too, and can break a tension cycle with a calm first reply.',
      steps: [
        {
          minutes: 5,
          what: 'Warm-up: each person names one place they went back to because of how they were treated.',
        },
        {
          minutes: 10,
          what: 'Draw the tension cycle together. Ask where, in their own experience, it could have been broken.',
        },
        {
          minutes: 15,
          what: 'In pairs, play the “rising tension” role-play; swap roles and compare the endings reached.',
        },
        {
          minutes: 10,
          what: 'Debrief: which first replies calmed the customer, and which made things worse?',
        },
        {
          minutes: 5,
          what: 'Hand out the job aid card and agree one phrase each person will try this week.',
        },
      ],
      questions: [
        'Who are your internal customers, and what do they need from you on a normal day?',
        'When did you last say, or hear, “that’s not my department”? What could have been said instead?',
        'Why might a large company hide the cost of poor service for longer than a small shop?',
      ],
    },
    {
      slug: 'service-environment',
      title: 'The service environment',
      minutes: 45,
      goal: 'Learners can name the five components and use the five factors to reason about a delivery choice.',
      steps: [
        {
          minutes: 5,
          what: 'Warm-up: list every point of contact a customer has with us before they speak to anyone.',
        },
        {
          minutes: 10,
          what: 'Walk through the five-components diagram; ask which part each warm-up item belongs to.',
        },
        {
          minutes: 15,
          what: 'Small groups: apply the five factors to a channel we do not offer yet (for example, video calls).',
        },
        {
          minutes: 10,
          what: 'Play the “returned product” role-play and discuss how quality and quantity showed up.',
        },
        { minutes: 5, what: 'Hand out the job aid card; collect customer suggestions heard this month.' },
      ],
      questions: [
        'What does a customer learn about our culture in the first minute of contact?',
        'Where do we give customers less than they expect, even if only slightly?',
        'Which delivery option do customers ask for that we do not offer, and which factor stands in the way?',
      ],
    },
    {
      slug: 'service-chain',
      title: 'The service chain',
      minutes: 50,
      goal: 'Learners can trace their own work to the external customer and judge service by the customer’s perception.',
      steps: [
        {
          minutes: 10,
          what: 'Each learner draws their own service chain, from their desk to the paying customer.',
        },
        {
          minutes: 10,
          what: 'Compare chains: where do they cross, and where does a delay in one team show up later?',
        },
        { minutes: 15, what: 'Play the “internal IT help” and “billing error” role-plays in pairs.' },
        {
          minutes: 10,
          what: 'Debrief: in each role-play, how did the customer’s perception change, and when?',
        },
        {
          minutes: 5,
          what: 'Hand out the job aid card; each person names one internal customer to check in with.',
        },
      ],
      questions: [
        'Describe a time the work was right but the customer still felt badly served. What was missing?',
        'Which of the six things customers now expect is hardest for us, and which team holds it?',
        'How do you speak about another team’s mistake to a customer?',
      ],
    },
    {
      slug: 'definitions',
      title: 'Defining customer service',
      minutes: 50,
      goal: 'Learners can explain each element of the complete definition and spot what a shorter one leaves out.',
      steps: [
        {
          minutes: 10,
          what: 'Learners read out (or share anonymously) their own first definitions of customer and service.',
        },
        { minutes: 10, what: 'Sort the seven common definitions by what each catches and what it misses.' },
        {
          minutes: 15,
          what: 'Build the complete definition on the board from its four parts, using the diagram.',
        },
        {
          minutes: 10,
          what: 'Pairs rewrite one of our own policies so it meets every element of the definition.',
        },
        {
          minutes: 5,
          what: 'Hand out the job aid card; each person notes the element their first definition missed.',
        },
      ],
      questions: [
        'Which element of the complete definition did your own first attempt leave out?',
        'What does “without bias” look like on a busy day with a difficult customer?',
        'Where does our support after the sale fall short?',
      ],
    },
    {
      slug: 'exceeding-expectations',
      title: 'Exceeding expectations',
      minutes: 45,
      goal: 'Learners can find the need behind a request, add value cheaply, and respond to a mistake well.',
      steps: [
        {
          minutes: 5,
          what: 'Warm-up: the last time a business gave you slightly more than you expected. What did it cost them?',
        },
        {
          minutes: 10,
          what: 'Practise open questions in pairs: one plays a customer with an unspoken need.',
        },
        {
          minutes: 15,
          what: 'Play the “exceed expectations” role-play; compare extras that cost little with ones that cost a lot.',
        },
        {
          minutes: 10,
          what: 'Walk through acknowledge, apologise, put it right, learn, with a real (anonymised) mistake.',
        },
        {
          minutes: 5,
          what: 'Hand out the job aid card; agree one low-cost extra the team will offer every customer.',
        },
      ],
      questions: [
        'What would it take for a customer to recommend us to a friend?',
        'When does “going above and beyond” miss what the customer wanted?',
        'What stops people admitting a mistake to a customer, and how can the team make it easier?',
      ],
    },
    {
      slug: 'service-culture',
      title: 'Service culture as a strategic advantage',
      minutes: 40,
      goal: 'Learners see how their daily consistency builds an advantage competitors cannot copy.',
      steps: [
        { minutes: 10, what: 'Map where our service varies: between people, times of day and locations.' },
        {
          minutes: 10,
          what: 'Choose one value (for example reliability) and list what it looks like in a normal shift.',
        },
        {
          minutes: 10,
          what: 'Discuss what learners are empowered to decide on their own, and where they are unsure.',
        },
        {
          minutes: 10,
          what: 'Hand out the job aid card; each person writes one commitment for their first month.',
        },
      ],
      questions: [
        'At what time of day, or in which situations, does your own service slip?',
        'Which decision would you like the authority to make on the spot?',
        'Which tool we use helps customers most, and which gets in the way?',
      ],
    },
  ],
  checklist: [
    {
      behaviour: 'Greets the customer or colleague promptly and calmly',
      lookFor: 'Eye contact or a clear greeting within the first few seconds, even when busy.',
      slug: 'what-is-customer-service',
    },
    {
      behaviour: 'Keeps a calm tone when the customer is sharp',
      lookFor: 'No raised voice or sarcasm; the first reply moves towards a solution.',
      slug: 'what-is-customer-service',
    },
    {
      behaviour: 'Owns the handover',
      lookFor: 'Finds the right person, explains the case, and checks it was picked up.',
      slug: 'what-is-customer-service',
    },
    {
      behaviour: 'Checks quantity as well as quality',
      lookFor: 'Confirms the customer has everything they expected before they leave.',
      slug: 'service-environment',
    },
    {
      behaviour: 'Passes on customer suggestions',
      lookFor: 'Notes requests for new channels or products and shares them with the team.',
      slug: 'service-environment',
    },
    {
      behaviour: 'Treats colleagues’ requests as customer work',
      lookFor: 'Agrees a time, delivers in a usable form, and says so if it will be late.',
      slug: 'service-chain',
    },
    {
      behaviour: 'Speaks for the whole company',
      lookFor: 'Uses “we” about mistakes; does not blame another team to the customer.',
      slug: 'service-chain',
    },
    {
      behaviour: 'Keeps the customer informed',
      lookFor: 'Gives a time for the next update and keeps to it.',
      slug: 'service-chain',
    },
    {
      behaviour: 'Gives the same standard to every customer',
      lookFor: 'No change in effort or tone with customers they like less.',
      slug: 'definitions',
    },
    {
      behaviour: 'Asks open questions to find the need',
      lookFor: '“What would help most?” rather than a string of yes/no questions.',
      slug: 'exceeding-expectations',
    },
    {
      behaviour: 'Admits and fixes mistakes',
      lookFor: 'Acknowledges, apologises, offers a fix, and follows up.',
      slug: 'exceeding-expectations',
    },
    {
      behaviour: 'Holds the standard at busy times',
      lookFor: 'Service at the end of the shift matches the start.',
      slug: 'service-culture',
    },
  ],
  followUp: [
    {
      day: 1,
      title: 'The day after the course',
      actions: [
        'Give each learner the job aid cards for their role and ask where they will keep them.',
        'Confirm the one phrase and one commitment each person chose in the sessions.',
      ],
    },
    {
      day: 7,
      title: 'First week',
      actions: [
        'Observe each learner for 20 minutes with the checklist; note two strengths and one thing to try.',
        'Hold a 10-minute huddle: one conversation that went well, one that did not, and why.',
      ],
    },
    {
      day: 14,
      title: 'Second week',
      actions: [
        'Replay one role-play the learner found hard, in the course or in person, and compare with their first attempt.',
        'Ask each learner which internal customer they checked in with and what they learned.',
      ],
    },
    {
      day: 30,
      title: 'One month on',
      actions: [
        'Observe again with the checklist and compare with day 7.',
        'Review customer comments and complaints for the team against the six expectations.',
        'Agree with each learner one behaviour to keep and one to build next, and record it.',
      ],
    },
  ],
};
