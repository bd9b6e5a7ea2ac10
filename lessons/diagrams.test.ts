import {
  completeDefinition,
  deliveryFactors,
  serviceChain,
  serviceEnvironment,
  tensionCycle,
} from './diagrams';

const ids = (parts: { id: string }[]) => parts.map((p) => p.id);

describe('diagram content', () => {
  it('puts the customer at the centre of four parts the organisation controls', () => {
    expect(serviceEnvironment.centre.id).toBe('customer');
    expect(ids(serviceEnvironment.parts)).toEqual(['culture', 'people', 'deliverables', 'delivery']);
  });

  it('names the five delivery-system factors, each with a question and an example', () => {
    expect(ids(deliveryFactors.factors)).toEqual([
      'standards',
      'expectations',
      'capabilities',
      'costs',
      'requirements',
    ]);
    for (const f of deliveryFactors.factors) {
      expect(f.question).toMatch(/\?$/);
      expect(f.example.length).toBeGreaterThan(0);
    }
  });

  it('runs the chain from a back-office team to the paying customer', () => {
    expect(serviceChain.links[0]?.role).toBe('Back office');
    expect(serviceChain.links.at(-1)?.role).toBe('Paying customer');
  });

  it('breaks the tension cycle at a stage it has', () => {
    expect(ids(tensionCycle.stages)).toContain(tensionCycle.breakAt);
  });

  it('assembles the definition only from its own parts, using every part', () => {
    const used = new Set(completeDefinition.sentence.flatMap((s) => (s.part ? [s.part] : [])));
    expect([...used].sort()).toEqual(ids(completeDefinition.parts).sort());
  });

  it.each([
    ['serviceEnvironment', [serviceEnvironment.centre, ...serviceEnvironment.parts]],
    ['deliveryFactors', deliveryFactors.factors],
    ['serviceChain', serviceChain.links],
    ['tensionCycle', [...tensionCycle.stages, tensionCycle.breakPart]],
    ['completeDefinition', completeDefinition.parts],
  ])('%s: unique ids, and every part has a label, summary and detail', (_name, parts) => {
    expect(new Set(ids(parts)).size).toBe(parts.length);
    for (const p of parts) {
      expect(p.label.trim()).not.toBe('');
      expect(p.summary.trim()).not.toBe('');
      expect(p.detail.trim()).not.toBe('');
    }
  });
});
