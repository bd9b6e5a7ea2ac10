// The item-quality gate: checks every lesson quiz, the final-assessment bank and every role-play for
// cues that give answers away (key position, length, absolute words, true/false balance…) and for what
// the bank must cover. Usage: npm run lint:content. Exits 1 with one line per finding.
import { formatFinding, lintContent } from '../src/domain/activities/item-quality';
import { checkBankCoverage } from '../src/domain/assessment/bank-coverage';
import { collectContent } from './content-sources';

const content = await collectContent();
const findings = [...lintContent(content), ...checkBankCoverage(content.bankItems, content.lessons)];
const questions = content.quizzes.reduce((n, q) => n + q.questions.length, 0);
console.log(
  `Checked ${content.quizzes.length} lesson quizzes (${questions} questions), ${content.bankItems.length} final-assessment items and ${content.scenarios.length} role-plays.`,
);
if (findings.length === 0) {
  console.log('No findings: nothing in the order, length or wording of answers gives them away.');
} else {
  console.log(`\n${findings.length} finding${findings.length === 1 ? '' : 's'}:\n`);
  for (const finding of findings) console.log(`- ${formatFinding(finding)}\n`);
  process.exitCode = 1;
}
