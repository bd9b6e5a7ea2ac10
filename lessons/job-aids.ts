import type { JobAid } from '../src/domain/course/job-aid-types';

/** One printable card per lesson, shown at /lessons/<slug>/card. Checked by src/content/job-aid-schema.ts. */
export const jobAids: JobAid[] = [
  {
    slug: 'what-is-customer-service',
    title: 'What is customer service?',
    ideas: [
      'Your customers are everyone who relies on your work: people who pay, and colleagues you support.',
      'Customers notice poor service in a big company as much as in a small shop.',
      'Good service makes your own day better; poor service makes it worse.',
      'A customer who expects a fight will start one. A calm first reply from you breaks the cycle.',
      'Service is everyone’s job. Own the handover even when someone else has the answer.',
      'Service takes practice and a shared way of working; it does not happen by itself.',
    ],
    phrasesThatWork: [
      {
        say: '“Let’s get this sorted for you.”',
        why: 'Calm and practical: it tells an angry customer this time is different.',
      },
      {
        say: '“I’ll find the right person and check they’ve picked it up.”',
        why: 'You own the handover instead of passing the problem back.',
      },
      {
        say: '“Here is what I can do within the policy.”',
        why: 'Starts from the rules and looks for the best outcome.',
      },
      { say: '“Thanks for bearing with me.”', why: 'Acknowledges their time without sounding defensive.' },
    ],
    phrasesToAvoid: [
      {
        say: '“That’s not my department.”',
        instead: '“I’ll put you in touch with the team that handles it and make sure they call you.”',
      },
      {
        say: '“Well, if you’d kept the receipt…”',
        instead: '“Let’s see what we can do. Do you have the card you paid with?”',
      },
      {
        say: '“It’s company policy.” (and nothing else)',
        instead: '“The policy is…, so here is what I can offer instead.”',
      },
    ],
  },
  {
    slug: 'service-environment',
    title: 'The service environment',
    ideas: [
      'Five components: the customer, culture, people, deliverables, delivery systems.',
      'The customer is at the centre and is the one part you cannot choose; the other four are shaped every day.',
      'Customers meet the culture in every detail: the website, the hold message, how staff talk within earshot.',
      'Deliverables are judged on quality and on quantity. Giving at least what was expected satisfies.',
      'Delivery systems are chosen on five factors: industry standards, customer expectations, capabilities, costs, and current and projected requirements.',
      'Expectations move. Pass on comments like “Why can’t I do this online?”.',
    ],
    phrasesThatWork: [
      {
        say: '“Who is this for, and what do they need from it?”',
        why: 'A question to ask yourself at the start of any task.',
      },
      {
        say: '“I’ll pass that suggestion on to the team that decides.”',
        why: 'Customer comments feed future delivery choices.',
      },
      {
        say: '“Let me check that’s everything you were expecting.”',
        why: 'Checks quantity as well as quality before they leave.',
      },
    ],
    phrasesToAvoid: [
      {
        say: 'Complaining about the company within a customer’s earshot',
        instead: 'Save it for your team leader; in front of customers you are the culture.',
      },
      {
        say: '“We don’t do that.”',
        instead: '“We don’t offer that yet. Here is the closest option, and I’ll pass on your request.”',
      },
      {
        say: '“That’s all you get for that price.”',
        instead: '“This is what’s included. Would one of these extras help?”',
      },
    ],
  },
  {
    slug: 'service-chain',
    title: 'The service chain',
    ideas: [
      'Service is as good as the customer feels it was. Their perception is what counts.',
      'Internal customers are colleagues who rely on your work; external customers buy or use what you sell.',
      'Every chain ends at an external customer, so serving a colleague well serves the customer.',
      'Customers see one company and blame it by name, whichever team slipped.',
      'Today’s expectations: quality products, on-time delivery, quick responses to complaints, support after the sale, accurate billing, clear communication.',
    ],
    phrasesThatWork: [
      {
        say: '“I’ll update you by Thursday, even if it’s not fixed yet.”',
        why: 'Keeping people informed shapes how the same work feels.',
      },
      {
        say: '“I’m sorry we got that wrong. I’ll put it right now.”',
        why: 'Says “we”: the customer sees one company, and so do you.',
      },
      {
        say: '“When do you need it, and in what form?”',
        why: 'Treats a colleague’s request as a customer’s request.',
      },
    ],
    phrasesToAvoid: [
      {
        say: '“That was the warehouse’s mistake, not mine.”',
        instead: '“I’m sorry about that. Let me sort it out for you.”',
      },
      {
        say: '“I followed the procedure, so there’s nothing wrong.”',
        instead: '“I can see this didn’t feel right for you. Let’s fix it.”',
      },
      {
        say: '“I’ll get to your request when I’ve done the real work.”',
        instead: '“I can have it to you by noon tomorrow. Does that work?”',
      },
    ],
  },
  {
    slug: 'definitions',
    title: 'Defining customer service',
    ideas: [
      'How you define customer and service shapes how you treat people at work.',
      'A customer is anyone who needs your products or services, paying or not.',
      'Service is any action that creates value for your customers.',
      'Delivery: consistently, on time, with quality, accuracy and support after the sale.',
      'Excellence: more value than expected, consistently, cost-effectively and without bias.',
      'Common definitions each catch something true; none catches everything.',
    ],
    phrasesThatWork: [
      { say: '“Is there anything else you need from this?”', why: 'Looks for value beyond the request.' },
      {
        say: '“I’ll call you next week to check it’s working.”',
        why: 'Delivery includes support after the sale.',
      },
      { say: '“Let me double-check the figures before I send them.”', why: 'Accuracy is part of delivery.' },
    ],
    phrasesToAvoid: [
      {
        say: '“You’re not really a customer, you’re from head office.”',
        instead: '“Happy to help. What do you need, and by when?”',
      },
      {
        say: '“Once you’ve paid, it’s out of our hands.”',
        instead: '“If anything goes wrong after today, here is who to contact.”',
      },
      {
        say: 'Doing extra only for customers you like',
        instead: 'Give every customer the same standard: excellence is without bias.',
      },
    ],
  },
  {
    slug: 'exceeding-expectations',
    title: 'Exceeding expectations',
    ideas: [
      'Meeting expectations keeps customers; exceeding them makes service memorable.',
      'You can only exceed an expectation you understand, so find out what they need first.',
      'The best extras cost little and mean a lot: a follow-up call, a clear explanation, a useful link.',
      'Satisfied is the minimum. Promoters recommend you, and that is earned with consistent, outstanding service.',
      'Customers often cannot say what they really want. Watch, and ask open questions.',
      'After a mistake: acknowledge, apologise, put it right, learn.',
    ],
    phrasesThatWork: [
      {
        say: '“What would make this work best for you?”',
        why: 'An open question finds the need behind the request.',
      },
      {
        say: '“I made a mistake there, and I’m sorry. Here’s how I’ll fix it.”',
        why: 'Owns the error, apologises and moves straight to the fix.',
      },
      {
        say: '“While I have your account open, I’ve also checked…”',
        why: 'A small extra the customer did not ask for.',
      },
    ],
    phrasesToAvoid: [
      {
        say: '“The system must have done that.”',
        instead: '“I booked that wrongly. I’m sorry. The earliest I can move it to is…”',
      },
      {
        say: 'Explaining every feature when they asked for one thing',
        instead: '“Is there anything else you’d like to know about it?”',
      },
      {
        say: '“You should have told us what you wanted.”',
        instead: '“Let me make sure I understand what you need.”',
      },
    ],
  },
  {
    slug: 'service-culture',
    title: 'Service culture as a strategic advantage',
    ideas: [
      'Great service is hard to copy because it lives in many people’s daily choices.',
      'Service varies between people, between moments and between locations. Hold your standard when you are tired or rushed.',
      'A service culture is built through recruitment, training, empowerment and accountability.',
      'A service ideology: purpose (why we are here) and values (what we stand for).',
      'Technology supports service; people make it work.',
    ],
    phrasesThatWork: [
      { say: '“I’ll sort this out.”', why: 'Personal responsibility, one of the core service values.' },
      {
        say: '“I’ll call you back at three, as promised.”',
        why: 'Reliability is doing what you said, when you said.',
      },
      {
        say: '“I’ve noticed this complaint comes up a lot. Could we change how we handle it?”',
        why: 'Continuous improvement in practice.',
      },
    ],
    phrasesToAvoid: [
      {
        say: '“It’s nearly closing time, can you come back tomorrow?”',
        instead: '“Let’s see what I can do for you now.”',
      },
      {
        say: '“I’d need my manager to approve that.” (when you can act)',
        instead: '“I can offer you a replacement now.”',
      },
      { say: '“The computer says no.”', instead: '“The system shows…, so here is what I can do.”' },
    ],
  },
];
