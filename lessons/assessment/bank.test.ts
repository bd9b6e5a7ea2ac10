// @vitest-environment node
import { readdirSync } from 'node:fs';
import { formatFinding, lintContent } from '../../src/domain/activities/item-quality';
import { checkBankCoverage, isNewSituation } from '../../src/domain/assessment/bank-coverage';
import { collectContent } from '../../scripts/content-sources';
import { bankFiles } from './index';

describe('the course content', () => {
  it('lists every bank file in the index', () => {
    const onDisk = readdirSync('lessons/assessment').filter((f) => /^\d\d-.*\.ts$/.test(f));
    expect(Object.keys(bankFiles).sort()).toEqual(onDisk.sort());
  });

  it('passes the item-quality gate (npm run lint:content)', async () => {
    const content = await collectContent();
    const findings = [...lintContent(content), ...checkBankCoverage(content.bankItems, content.lessons)];
    expect(findings.map(formatFinding)).toEqual([]);
    expect(content.bankItems.length).toBeGreaterThanOrEqual(90);
    expect(content.bankItems.filter(isNewSituation).length / content.bankItems.length).toBeGreaterThanOrEqual(
      0.4,
    );
  }, 30_000);
});
