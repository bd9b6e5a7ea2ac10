import { scenarios } from '../../lessons/scenarios/index';
import { loadScenario } from './scenario-loading';

describe('loadScenario', () => {
  it.each(Object.keys(scenarios))(
    'loads "%s" from its own file, the same scenario the course lists',
    async (id) => {
      await expect(loadScenario(id)).resolves.toBe(scenarios[id]);
    },
  );

  it('gives undefined for an id no scenario has (the role-play says the scenario is missing)', async () => {
    await expect(loadScenario('no-such-scenario')).resolves.toBeUndefined();
  });

  it('loads each scenario once', () => {
    expect(loadScenario('billing-error')).toBe(loadScenario('billing-error'));
  });
});
