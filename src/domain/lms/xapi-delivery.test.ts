import { DELIVERY_TEXT, deliveryLines, rejectedLaunchLines } from './xapi-delivery';

const facts = (over: Partial<Parameters<typeof deliveryLines>[0]> = {}) =>
  deliveryLines({ state: { kind: 'ok' }, setAside: 0, waitingElsewhere: 0, ...over });

describe('what the learner is told about xAPI reporting', () => {
  it('says nothing when all is well', () => {
    expect(facts()).toEqual([]);
  });

  it('reassures while records wait for the connection', () => {
    expect(facts({ state: { kind: 'waiting' } })).toEqual([
      { id: 'waiting', text: 'Your progress is saved here and will be sent when the connection returns.' },
    ]);
  });

  it('says the tracking address was rejected, for a refused connection or launch', () => {
    expect(facts({ state: { kind: 'rejected' } })[0]?.text).toMatch(
      /^Your organisation’s tracking address was rejected\./,
    );
    expect(rejectedLaunchLines()).toEqual([{ id: 'rejected', text: DELIVERY_TEXT.rejected }]);
  });

  it('says some records could not be sent, and how many wait for another course link', () => {
    expect(facts({ setAside: 2, waitingElsewhere: 1 }).map((l) => l.text)).toEqual([
      DELIVERY_TEXT.setAside,
      '1 record from another course link on this browser is kept for that link and will be sent only when it is opened again.',
    ]);
    expect(facts({ waitingElsewhere: 6 })[0]?.text).toMatch(/^6 records .* are kept/);
  });
});
