import type { BankFile } from '../../src/domain/assessment/assessment';

/** Final-assessment items for the lesson "exceeding-expectations". How to write them: lessons/README.md. */
export const exceedingExpectations: BankFile = {
  lesson: 'exceeding-expectations',
  items: [
    {
      id: 'a-l5-01',
      section: 'meeting-versus-exceeding',
      objective: 1,
      demand: 'application',
      situation: {
        channel: 'counter',
        industry: 'phone repair',
      },
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
          text: 'Talk them through every feature of the latest handset first, in case they want to upgrade',
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
      section: 'meeting-versus-exceeding',
      objective: 1,
      demand: 'understanding',
      kind: 'truefalse',
      prompt: "You can exceed a customer's expectations without first understanding what they need.",
      answer: false,
      feedbackTrue:
        "Not so. Extras that miss the need waste the customer's time. Find out who they are and what they want first.",
      feedbackFalse: 'Correct. You can only go beyond an expectation you understand.',
    },
    {
      id: 'a-l5-03',
      section: 'what-excellence-looks-like',
      objective: 2,
      demand: 'recall',
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
        {
          id: 'cost',
          left: 'Cost-effectively',
          right: 'Extras that cost little but mean a lot',
        },
        {
          id: 'bias',
          left: 'Without bias',
          right: 'Every customer gets your best, not only the regulars',
        },
      ],
      explanation:
        'Excellence is not a one-off gesture. It is extra value that can be sustained, given every time and to everyone.',
    },
    {
      id: 'a-l5-04',
      section: 'value-you-can-count',
      objective: 2,
      demand: 'understanding',
      kind: 'multiple',
      prompt:
        'A café wants to do well on the quantity side of what it serves. Which of these are about quantity? Select all that apply.',
      options: [
        {
          id: 'a',
          text: 'Adding a short cost breakdown to every receipt',
          correct: false,
          feedback:
            'A helpful extra, but it says nothing about how much of the meal the customer gets. Quantity is about the amount of the deliverable itself.',
        },
        {
          id: 'b',
          text: 'A portion of chips at least as big as the menu photo suggests',
          correct: true,
          feedback:
            'Yes. Receiving at least what they expected, or a little more, is the quantity side of value.',
        },
        {
          id: 'c',
          text: "Staff who remember regulars' names",
          correct: false,
          feedback: 'Lovely, but that is people and culture, not the amount received.',
        },
        {
          id: 'd',
          text: 'Cups filled to the top rather than two-thirds full',
          correct: true,
          feedback: 'Yes. Getting the full amount expected is quantity.',
        },
      ],
    },
    {
      id: 'a-l5-05',
      section: 'from-satisfied-to-promoter',
      objective: 3,
      demand: 'understanding',
      kind: 'single',
      prompt: 'Why are promoters so valuable to a business that wants to grow?',
      options: [
        {
          id: 'b',
          text: 'They never complain',
          correct: false,
          feedback: 'Promoters can still raise problems; what marks them out is that they recommend you.',
        },
        {
          id: 'a',
          text: 'They bring in new customers without extra marketing cost',
          correct: true,
          feedback:
            'Right. A recommendation from someone people trust does what advertising would otherwise have to pay for.',
        },
        {
          id: 'c',
          text: 'They are always willing to pay higher prices than other customers',
          correct: false,
          feedback: 'Their value lies in the customers they bring, not in paying more.',
        },
      ],
    },
    {
      id: 'a-l5-06',
      section: 'from-satisfied-to-promoter',
      objective: 3,
      demand: 'understanding',
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
      section: 'when-customers-cannot-say-what-they-want',
      objective: 3,
      demand: 'understanding',
      kind: 'single',
      prompt: 'Why can surveys and focus groups give a misleading picture of what customers want?',
      options: [
        {
          id: 'b',
          text: 'Customers deliberately mislead researchers to get vouchers and free samples',
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
        {
          id: 'a',
          text: 'People say what they think drives them, not their real motives',
          correct: true,
          feedback:
            'Right. Much decision-making happens below awareness, so stated reasons can miss the real ones.',
        },
      ],
    },
    {
      id: 'a-l5-08',
      section: 'when-customers-cannot-say-what-they-want',
      objective: 3,
      demand: 'recall',
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
      section: 'owning-your-mistakes',
      objective: 4,
      demand: 'understanding',
      kind: 'multiple',
      prompt:
        "You realise you booked a customer's delivery for the wrong week. Which actions show you owning the mistake? Select all that apply.",
      options: [
        {
          id: 'd',
          text: 'Say nothing and hope the customer does not notice',
          correct: false,
          feedback: 'No. The customer will notice, and discovering a hidden mistake destroys trust.',
        },
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
      ],
    },
    {
      id: 'a-l5-10',
      section: 'meeting-versus-exceeding',
      objective: 1,
      demand: 'application',
      situation: {
        channel: 'phone',
        industry: 'home services',
      },
      kind: 'single',
      prompt:
        "A boiler engineer is booked to fix a leak by noon. Which visit exceeds the customer's expectations?",
      options: [
        {
          id: 'a',
          text: 'Fixing the leak by noon and leaving',
          correct: false,
          feedback: 'That meets the expectation: good, but not more.',
        },
        {
          id: 'b',
          text: 'Fixing it by noon and showing the customer how to top up the pressure',
          correct: true,
          feedback: 'Right. More value than expected, tied to what the customer needs.',
        },
        {
          id: 'c',
          text: 'Arriving at three, then giving a long and detailed explanation of why the van was late',
          correct: false,
          feedback: 'A late fix falls short, however well explained.',
        },
        {
          id: 'd',
          text: 'Fixing it by noon and trying to sell a new boiler',
          correct: false,
          feedback: 'An unwanted sales pitch adds nothing the customer needs.',
        },
      ],
    },
    {
      id: 'a-l5-11',
      section: 'meeting-versus-exceeding',
      objective: 1,
      demand: 'application',
      situation: {
        channel: 'chat',
        industry: 'fashion retail',
      },
      kind: 'single',
      prompt:
        "An online clothing shop's chat adviser is asked whether a jacket runs small. Which reply exceeds expectations?",
      options: [
        {
          id: 'a',
          text: '"It\'s true to size."',
          correct: false,
          feedback: 'Accurate and quick: it meets the need, but no more.',
        },
        {
          id: 'b',
          text: '"Here\'s a discount code for our shoes."',
          correct: false,
          feedback:
            'An extra they did not ask for and cannot use; it does not show understanding of their need.',
        },
        {
          id: 'c',
          text: '"It runs small. What size do you usually take? I\'ll check."',
          correct: true,
          feedback: 'Right. Understanding the real need first, then going a step beyond it.',
        },
        {
          id: 'd',
          text: '"Please see the size guide on the product page; it has all the measurements."',
          correct: false,
          feedback: 'That sends them away to do the work themselves.',
        },
      ],
    },
    {
      id: 'a-l5-12',
      section: 'what-excellence-looks-like',
      objective: 2,
      demand: 'application',
      situation: {
        channel: 'counter',
        industry: 'optometry',
      },
      kind: 'single',
      prompt:
        "An optician's weekday staff explain every test; the Saturday temps rush customers through. Which part of excellence is missing?",
      options: [
        {
          id: 'a',
          text: 'Cost-effectiveness',
          correct: false,
          feedback: 'Nothing here is about cost.',
        },
        {
          id: 'b',
          text: 'Consistency',
          correct: true,
          feedback: 'Right. Excellence means the same standard on a Saturday as on a Tuesday.',
        },
        {
          id: 'c',
          text: 'Without bias',
          correct: false,
          feedback:
            'Everyone on a Saturday gets the same rushed service, so it is not about favouring some customers.',
        },
        {
          id: 'd',
          text: 'More value than expected',
          correct: false,
          feedback: 'Weekdays may add value, but the problem is the standard changing by day.',
        },
      ],
    },
    {
      id: 'a-l5-13',
      section: 'what-excellence-looks-like',
      objective: 2,
      demand: 'application',
      situation: {
        channel: 'email',
        industry: 'accountancy',
      },
      kind: 'single',
      prompt:
        'An accountancy firm wants its emails to clients to add value cost-effectively. Which change fits best?',
      options: [
        {
          id: 'a',
          text: 'A free hour of consultancy with every email',
          correct: false,
          feedback: 'Generous, but it costs the firm a lot; excellence looks for extras that cost little.',
        },
        {
          id: 'b',
          text: 'A gift hamper sent with every tax return',
          correct: false,
          feedback: 'Costly and unrelated to what clients need.',
        },
        {
          id: 'c',
          text: 'Longer emails that set out every tax rule that might possibly apply to the client',
          correct: false,
          feedback: 'More words are not more value; they can bury what matters.',
        },
        {
          id: 'd',
          text: 'A one-line reminder of the next deadline at the end of each email',
          correct: true,
          feedback: 'Right. It costs almost nothing and saves clients a missed deadline.',
        },
      ],
    },
    {
      id: 'a-l5-14',
      section: 'from-satisfied-to-promoter',
      objective: 3,
      demand: 'application',
      situation: {
        channel: 'social',
        industry: 'hospitality',
      },
      kind: 'single',
      prompt: 'Which of these coffee-shop customers is a promoter?',
      options: [
        {
          id: 'a',
          text: 'One who posts, "Best flat white in town, go and try it", and tags friends',
          correct: true,
          feedback: 'Right. Promoters recommend you and put their own reputation on the line.',
        },
        {
          id: 'b',
          text: 'One who comes in every single day but has never mentioned the place to anyone',
          correct: false,
          feedback: 'Loyal and satisfied, but not yet recommending you to others.',
        },
        {
          id: 'c',
          text: 'One who fills in every feedback card with top marks',
          correct: false,
          feedback: 'High scores are good, but a promoter brings others in.',
        },
        {
          id: 'd',
          text: 'One who complains about the prices but keeps buying',
          correct: false,
          feedback: 'Satisfied enough to stay, not enough to recommend.',
        },
      ],
    },
    {
      id: 'a-l5-15',
      section: 'owning-your-mistakes',
      objective: 4,
      demand: 'application',
      situation: {
        channel: 'phone',
        industry: 'broadband',
      },
      kind: 'multiple',
      prompt:
        'On the phone to a broadband customer, you realise you gave them the wrong installation date last week. Which steps own the mistake? Select all that apply.',
      options: [
        {
          id: 'a',
          text: 'Say the installation system must have changed the date',
          correct: false,
          feedback:
            'Blaming the system denies the mistake, and customers forgive denial far less readily than an apology.',
        },
        {
          id: 'b',
          text: 'Tell them plainly that you gave the wrong date, and apologise',
          correct: true,
          feedback: 'Yes. Admitting it and apologising is where owning a mistake starts.',
        },
        {
          id: 'c',
          text: 'Offer the earliest slot and confirm it to them in writing',
          correct: true,
          feedback: 'Yes. Putting it right is the other half.',
        },
        {
          id: 'd',
          text: 'Wait to see whether they notice before raising it',
          correct: false,
          feedback: 'Hoping it goes unnoticed makes it worse when they do notice.',
        },
        {
          id: 'e',
          text: 'Explain at length how busy the installation team has been',
          correct: false,
          feedback: 'An explanation that sounds like an excuse undoes the apology.',
        },
      ],
    },
    {
      id: 'a-l5-16',
      section: 'owning-your-mistakes',
      objective: 4,
      demand: 'application',
      situation: {
        channel: 'help-desk',
        industry: 'healthcare',
      },
      kind: 'truefalse',
      prompt:
        'A hospital IT technician who says "I set that up wrong; I\'m sorry, I\'ll fix it now" is likely to lose more trust than one who blames the software.',
      answer: false,
      feedbackTrue:
        'Not so. People forgive someone who admits an error and puts it right far more readily than someone who denies it.',
      feedbackFalse: 'Correct. Owning the mistake builds trust; blaming the software erodes it.',
    },
  ],
};
