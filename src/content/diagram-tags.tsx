import {
  completeDefinition,
  deliveryFactors,
  serviceChain,
  serviceEnvironment,
  tensionCycle,
} from '../../lessons/diagrams';
import { AssemblyDiagram } from '../components/diagrams/assembly-diagram';
import { ChainDiagram } from '../components/diagrams/chain-diagram';
import { CycleDiagram } from '../components/diagrams/cycle-diagram';
import { FactorsDiagram } from '../components/diagrams/factors-diagram';
import { HubDiagram } from '../components/diagrams/hub-diagram';

/**
 * The diagram tags a lesson may write, each bound to its words in lessons/diagrams.ts.
 * Loaded lazily by mdx-components.tsx, so only lessons that place a diagram load this chunk.
 */
export const diagramTags = {
  ServiceEnvironmentDiagram: () => <HubDiagram content={serviceEnvironment} />,
  DeliveryFactorsDiagram: () => <FactorsDiagram content={deliveryFactors} />,
  ServiceChainDiagram: () => <ChainDiagram content={serviceChain} />,
  TensionCycleDiagram: () => <CycleDiagram content={tensionCycle} />,
  CompleteDefinitionDiagram: () => <AssemblyDiagram content={completeDefinition} />,
};
