import type { Scenario } from '../domain/activities/scenario-types';
import { loadOnce } from '../components/load-once';
import type { Settling } from '../components/load-once';

/**
 * Each role-play scenario is its own chunk (lessons/scenarios/<id>.ts), so a lesson downloads only the
 * conversations it plays. scenarios.test.ts checks each file's scenario has the file's name as its id.
 */
const files = import.meta.glob<Record<string, unknown>>([
  '../../lessons/scenarios/*.ts',
  '!../../lessons/scenarios/index.ts',
  '!../../lessons/scenarios/*.test.ts',
]);

const isScenario = (value: unknown): value is Scenario =>
  typeof value === 'object' && value !== null && 'id' in value && 'nodes' in value;

const loaders = new Map<string, () => Settling<Scenario | undefined>>();
for (const [file, load] of Object.entries(files)) {
  const id = file.slice(file.lastIndexOf('/') + 1, -'.ts'.length);
  loaders.set(
    id,
    loadOnce(() => load().then((module) => Object.values(module).find(isScenario))),
  );
}

const none = loadOnce(() => Promise.resolve(undefined));

/** The scenario with this id, loading it the first time; undefined when no scenario has that id. */
export function loadScenario(id: string): Settling<Scenario | undefined> {
  return (loaders.get(id) ?? none)();
}
