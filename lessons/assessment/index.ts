import type { BankFile } from '../../src/domain/assessment/assessment';
import { whatIsCustomerService } from './01-what-is-customer-service';
import { serviceEnvironment } from './02-service-environment';
import { serviceChain } from './03-service-chain';
import { definitions } from './04-definitions';
import { exceedingExpectations } from './05-exceeding-expectations';
import { serviceCulture } from './06-service-culture';

/**
 * The final-assessment bank, one file per lesson, by file name. `src/content/assessment-schema.ts`
 * checks every file against its schema and names the file and item of anything wrong; a test checks
 * that this list matches the folder.
 */
export const bankFiles: Record<string, BankFile> = {
  '01-what-is-customer-service.ts': whatIsCustomerService,
  '02-service-environment.ts': serviceEnvironment,
  '03-service-chain.ts': serviceChain,
  '04-definitions.ts': definitions,
  '05-exceeding-expectations.ts': exceedingExpectations,
  '06-service-culture.ts': serviceCulture,
};
