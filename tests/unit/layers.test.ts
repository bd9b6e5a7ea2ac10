import { ESLint } from 'eslint';

/** Lints a file that does not exist yet, as if it were written at `filePath`, and returns the rule ids it breaks. */
async function brokenRules(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the import direction between floors', () => {
  it('refuses an import from src/components into lessons/', async () => {
    const rules = await brokenRules(
      'src/components/activities/probe.tsx',
      "import { scenarios } from '../../../lessons/scenarios/index';\nexport const probe = scenarios;\n",
    );
    expect(rules).toContain('import-x/no-restricted-paths');
  }, 60_000);

  it('refuses an import from src/domain into src/state', async () => {
    const rules = await brokenRules(
      'src/domain/lib/probe.ts',
      "import { useProgress } from '../../state/progress/progress-store';\nexport const probe = useProgress;\n",
    );
    expect(rules).toContain('import-x/no-restricted-paths');
  }, 60_000);

  it('lets src/content read lessons/', async () => {
    const rules = await brokenRules(
      'src/content/probe.ts',
      "import { scenarios } from '../../lessons/scenarios/index';\nexport const probe = scenarios;\n",
    );
    expect(rules).toEqual([]);
  }, 60_000);
});
