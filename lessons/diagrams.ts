import type {
  AssemblyDiagramContent,
  ChainDiagramContent,
  CycleDiagramContent,
  FactorsDiagramContent,
  HubDiagramContent,
} from '../src/domain/course/diagram-types';

/**
 * The words of the course's diagrams. The pictures are drawn by src/components/diagrams/; a lesson places
 * one with its tag (e.g. `<ServiceEnvironmentDiagram />`), mapped in src/content/diagram-tags.tsx.
 */

export const serviceEnvironment: HubDiagramContent = {
  title: 'The five components of a service environment',
  caption:
    'The customer sits at the centre. The organisation shapes the four parts around them; the customer is the one part it cannot choose.',
  centre: {
    id: 'customer',
    label: 'The\ncustomer',
    summary: 'The person the whole effort is for, and the one part the organisation cannot choose.',
    detail:
      'You cannot pick who walks in, calls or emails. You can learn what each of them needs, and every other part of the environment exists to meet that need.',
  },
  ringLabel: 'The organisation controls these four',
  parts: [
    {
      id: 'culture',
      label: 'Organisational\nculture',
      summary: 'The values and habits that set the tone customers feel.',
      detail:
        'Customers meet the culture everywhere: the website, the hold message, the state of the shop floor, the way staff talk to each other within earshot. It decides what feels normal.',
    },
    {
      id: 'people',
      label: 'Human\nresources',
      summary: 'The people who serve, and how they are found, trained and kept.',
      detail:
        'A policy manual does nothing on its own. Motivated, capable people put it into practice, so cutting corners on the staff who meet customers most is a false economy.',
    },
    {
      id: 'deliverables',
      label: 'Deliverables',
      summary: 'What the customer receives, judged on quality and on quantity.',
      detail:
        'A repair, a report, a meal or a cleaning contract. Customers notice how good it is and whether they got at least as much as they expected.',
    },
    {
      id: 'delivery',
      label: 'Delivery\nsystems',
      summary: 'The routes by which deliverables reach the customer.',
      detail:
        'Couriers, click-and-collect, an app, a phone line, a video call. The organisation picks them by weighing five factors, covered later in this lesson.',
    },
  ],
};

export const deliveryFactors: FactorsDiagramContent = {
  title: 'Five factors behind a delivery system',
  caption:
    'Each factor asks its own question; the answers together decide which ways of delivering an organisation offers. The bakery from this lesson shows each one.',
  decision: 'Which ways\nto deliver?',
  exampleHeading: 'At the bakery',
  factors: [
    {
      id: 'standards',
      label: 'Industry standards',
      question: 'What do competitors offer, and are our methods at least as good?',
      example: 'Every other bakery in town now delivers.',
      summary: 'Looks outward at what competitors offer.',
      detail:
        'If rivals deliver to the door and you do not, customers notice the gap before they notice your bread.',
    },
    {
      id: 'expectations',
      label: 'Customer\nexpectations',
      question: 'How, and how fast, do customers want what we sell?',
      example: 'Regulars keep asking to order online.',
      summary: 'Looks at how and how fast customers want it.',
      detail:
        'Requests and complaints are the clearest signal: when people keep asking for a channel, it is an expectation.',
    },
    {
      id: 'capabilities',
      label: 'Capabilities',
      question: 'Have we got the people, money and equipment to offer more?',
      example: 'It already owns a van for catering jobs.',
      summary: 'Looks inward at people, money and equipment.',
      detail:
        'A new channel needs someone to run it and the kit to do it. What you already have can make it cheap to start.',
    },
    {
      id: 'costs',
      label: 'Costs',
      question: 'Can we afford it, does it add value, and will customers pay?',
      example: 'Would a delivery fee cover the driver’s time?',
      summary: 'Weighs the price against the value it adds.',
      detail: 'An option customers love but nobody will pay for can sink the business that offers it.',
    },
    {
      id: 'requirements',
      label: 'Current and projected\nrequirements',
      question: 'Do today’s options satisfy customers, and will they next year?',
      example: 'Will online orders keep growing?',
      summary: 'Looks ahead to what customers will need.',
      detail:
        'What delights customers today becomes the minimum they expect tomorrow, so the choice is never final.',
    },
  ],
};

export const serviceChain: ChainDiagramContent = {
  title: 'A service chain, from a back-office team to the paying customer',
  caption:
    'Each link serves the next. The IT team never meets the shopper, yet a slow fix at the top of the chain reaches them at the bottom.',
  links: [
    {
      id: 'it',
      label: 'IT team',
      role: 'Back office',
      summary: 'Keeps the order system running for the sales team, its internal customer.',
      detail:
        'If a fix takes two days, nobody outside the company sees it happen, but every link below it feels the delay.',
    },
    {
      id: 'sales',
      label: 'Sales adviser',
      role: 'Internal customer of IT',
      summary: 'Relies on the order system to take orders from shops.',
      detail: 'With the system down, the adviser cannot process orders, however good they are on the phone.',
    },
    {
      id: 'shop',
      label: 'The shop',
      role: 'External customer',
      summary: 'Buys from the sales team and sells to the public.',
      detail:
        'Late orders mean empty shelves, and the shop starts to wonder whether another supplier would be safer.',
    },
    {
      id: 'shopper',
      label: 'The shopper',
      role: 'Paying customer',
      summary: 'The person at the end of the chain, who pays for everything above.',
      detail:
        'They leave empty-handed and blame the brand on the box. They never knew the IT team existed, but they felt its work.',
    },
  ],
};

export const tensionCycle: CycleDiagramContent = {
  title: 'The tension cycle, and where an employee breaks it',
  caption:
    'Each reaction provokes the next, and the loop restarts with the next customer. The employee’s reply is the one step they control: a calm, helpful answer there stops the loop.',
  stages: [
    {
      id: 'expect',
      label: 'Customer expects\nbad treatment',
      summary: 'Let down before, the customer arrives braced for a fight.',
      detail:
        'The history is not yours, but the customer brings it to your desk, counter or chat window anyway.',
    },
    {
      id: 'attack',
      label: 'Customer goes\non the attack',
      summary: 'To protect themselves, they are short, suspicious or rude.',
      detail: 'The sharpness is self-defence, aimed at what they expect from you, not at who you are.',
    },
    {
      id: 'push',
      label: 'Employee\npushes back',
      summary: 'Stung, the employee answers in the same tone.',
      detail:
        'This is the step that turns one customer’s bad day into a pattern. It is also the only step the employee chooses.',
    },
    {
      id: 'rise',
      label: 'Tension rises\non both sides',
      summary:
        'The customer’s fears look justified; both sides harden, and the next customer meets an employee on edge.',
      detail:
        'Staff who live in this loop get stressed, defensive and tired, and the cycle starts again with someone new.',
    },
  ],
  breakAt: 'push',
  breakPart: {
    id: 'calm',
    label: 'Calm, helpful\nfirst reply',
    summary: 'Instead of pushing back, the employee answers calmly and starts solving the problem.',
    detail:
      'A steady greeting and one useful step tell the customer that this time will be different. With nothing to push against, the attack has nowhere to go.',
  },
};

export const completeDefinition: AssemblyDiagramContent = {
  title: 'A complete definition, assembled from its parts',
  caption:
    'Four parts, each defined on its own, combine into one definition. Delivery and excellence are the two that common definitions leave out.',
  resultLabel: 'The complete definition',
  parts: [
    {
      id: 'customer',
      label: 'Customer',
      short: 'anyone who needs you',
      summary: 'Anyone who needs your products or services, paying or not.',
      detail:
        'Colleagues count: anyone who needs what you provide, funds your wages or helps the company grow is a customer.',
    },
    {
      id: 'service',
      label: 'Service',
      short: 'creates value',
      summary: 'Any action that creates value for your customers.',
      detail:
        'If an action adds no value for anyone, it is hard to call it service. This is what the definition calls providing.',
    },
    {
      id: 'delivery',
      label: 'Delivery',
      short: 'on time, accurate',
      summary: 'Handing over consistently and on time, with quality, accuracy and support after the sale.',
      detail:
        'The first missing element: service does not stop at the till. What happens after the sale is part of it.',
    },
    {
      id: 'excellence',
      label: 'Excellence',
      short: 'beyond expectations',
      summary: 'More value than expected, given consistently, cost-effectively and without bias.',
      detail:
        'The second missing element: going beyond expectations every time, in a way the business can sustain, for every customer.',
    },
  ],
  sentence: [
    { text: 'Customer service means ' },
    { text: 'providing', part: 'service' },
    { text: ' and ' },
    { text: 'delivering', part: 'delivery' },
    { text: ' ' },
    { text: 'more value than expected', part: 'excellence' },
    { text: ' ' },
    { text: 'to anyone who needs your products or services', part: 'customer' },
    { text: ': ' },
    { text: 'consistently, cost-effectively, without bias', part: 'excellence' },
    { text: ' and ' },
    { text: 'on time, with quality, accuracy and outstanding support after the sale', part: 'delivery' },
    { text: '.' },
  ],
};
