import type { Scenario } from '../../src/domain/activities/scenario-types';
import { billingError } from './billing-error';
import { exceedExpectations } from './exceed-expectations';
import { internalItHelp } from './internal-it-help';
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
};
