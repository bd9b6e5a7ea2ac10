import type { Scenario } from '../../src/domain/activities/scenario-types';
import { abusiveGuest } from './abusive-guest';
import { billingError } from './billing-error';
import { chatQueue } from './chat-queue';
import { distressedCaller } from './distressed-caller';
import { emailComplaint } from './email-complaint';
import { exceedExpectations } from './exceed-expectations';
import { internalItHelp } from './internal-it-help';
import { policyNo } from './policy-no';
import { returnedProduct } from './returned-product';
import { risingTension } from './rising-tension';

/**
 * Every role-play in the course, by id. Lessons name one with `<RolePlay scenario="billing-error" />`.
 * Each scenario is checked by `scenarios.test.ts` with the validator before it can ship.
 */
export const scenarios: Record<string, Scenario> = {
  [returnedProduct.id]: returnedProduct,
  [internalItHelp.id]: internalItHelp,
  [billingError.id]: billingError,
  [risingTension.id]: risingTension,
  [exceedExpectations.id]: exceedExpectations,
  [chatQueue.id]: chatQueue,
  [emailComplaint.id]: emailComplaint,
  [policyNo.id]: policyNo,
  [abusiveGuest.id]: abusiveGuest,
  [distressedCaller.id]: distressedCaller,
};
