import { LazyMotion } from 'framer-motion';
import type { ComponentType } from 'react';
import { RolePlay } from '../../components/activities/role-play/role-play';
import { lazyFrom } from '../../components/load-once';
import { loadScenario } from '../scenario-loading';

/** The role-play's animations load after it is on screen: only a move makes anything animate. */
const loadMotionFeatures = () => import('../motion-features').then((module) => module.domAnimation);

type Player = ComponentType<{ id?: string }>;
const players = new Map<string, Player>();

/** The role-play of one scenario, once its scenario (its own chunk) has loaded. */
function playerOf(scenario: string): Player {
  let player = players.get(scenario);
  if (!player) {
    player = lazyFrom(
      () => loadScenario(scenario),
      (found) =>
        function ScenarioPlayer({ id }: { id?: string }) {
          return (
            <LazyMotion features={loadMotionFeatures} strict>
              <RolePlay scenarioId={scenario} scenario={found} {...(id === undefined ? {} : { id })} />
            </LazyMotion>
          );
        },
    );
    players.set(scenario, player);
  }
  return player;
}

/** `<RolePlay scenario="billing-error" />` in a lesson: the scenario is looked up here, in the content layer. */
function RolePlayTag({ scenario, id }: { scenario: string; id?: string }) {
  const Player = playerOf(scenario);
  return <Player {...(id === undefined ? {} : { id })} />;
}

/** Loaded only by lessons that play a role-play (src/content/tag-chunks.ts). */
export const tags = { RolePlay: RolePlayTag };
