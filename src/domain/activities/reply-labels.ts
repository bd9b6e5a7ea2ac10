/** How the reply coach names each action and fault to the learner. Small, so it can load with the page. */
import type { ReplyAction, ReplyFault } from './scenario-types';

export const ACTION_LABELS: Record<ReplyAction, { doing: string; tip: string }> = {
  'acknowledge-feeling': {
    doing: 'acknowledging how they feel',
    tip: 'name how this must feel for them',
  },
  apologise: { doing: 'apologising', tip: 'say sorry, even if you did not cause it' },
  'own-problem': {
    doing: 'owning the problem',
    tip: 'make the problem yours to fix (“leave it with me”)',
  },
  explain: { doing: 'explaining what happened', tip: 'explain what went wrong, in plain words' },
  'offer-remedy': { doing: 'offering to put it right', tip: 'say exactly what you will do to put it right' },
  'offer-choice': { doing: 'offering a choice', tip: 'let them choose between the ways you can fix it' },
  'commit-time': { doing: 'committing to a time', tip: 'say when it will happen' },
  'ask-need': { doing: 'asking what they need', tip: 'ask what matters most to them' },
  'check-agreement': { doing: 'checking they agree', tip: 'check the plan works for them' },
  'keep-informed': {
    doing: 'promising to keep them informed',
    tip: 'say how and when they will hear from you',
  },
  'add-extra': { doing: 'adding something extra', tip: 'add a small extra that helps with what is coming' },
  'refer-onward': {
    doing: 'passing the problem on',
    tip: 'keep the problem with you rather than passing it on',
  },
  'make-wait': { doing: 'asking them to wait', tip: 'shorten the wait if you can' },
};

export const FAULT_LABELS: Record<ReplyFault, { doing: string; why: string }> = {
  refuse: {
    doing: 'refusing without offering another way',
    why: 'a flat no with nothing instead ends the conversation',
  },
  'blame-customer': {
    doing: 'blaming the customer',
    why: 'it makes them defend themselves instead of trusting you',
  },
  'blame-other': {
    doing: 'blaming someone else (a department, a supplier, “the system”)',
    why: 'to the customer you are the organisation; pointing elsewhere says nobody is responsible',
  },
  overpromise: {
    doing: 'promising more than you can deliver',
    why: 'a promise beyond your authority becomes the next broken promise',
  },
  sarcasm: { doing: 'sounding sarcastic', why: 'sarcasm tells the customer you are mocking them' },
  insult: { doing: 'insulting the customer', why: 'an insult ends trust at once' },
  dismiss: { doing: 'brushing their feelings aside', why: 'being told to calm down makes people angrier' },
  'hide-behind-policy': {
    doing: 'hiding behind a rule',
    why: 'a rule with no way forward sounds like the organisation cares more about itself',
  },
};
