import { CARD_PAGE, importSection, showMoreText } from './report-layout';

describe('the import section', () => {
  it('is open, as "Import records", when there are no records', () => {
    expect(importSection(0, null)).toEqual({ title: 'Import records', open: true });
  });

  it('folds into "Import more records" once records are saved', () => {
    expect(importSection(3, null)).toEqual({ title: 'Import more records', open: false });
  });

  it('keeps the choice HR made, either way', () => {
    expect(importSection(3, true).open).toBe(true);
    expect(importSection(0, false).open).toBe(false);
  });
});

describe('learner cards on a narrow screen', () => {
  it('offers the next page until every learner is shown', () => {
    expect(showMoreText(CARD_PAGE, 30)).toBe(`Show 5 more (${CARD_PAGE} of 30 shown)`);
    expect(showMoreText(CARD_PAGE, 1200)).toBe(`Show ${CARD_PAGE} more (${CARD_PAGE} of 1,200 shown)`);
    expect(showMoreText(30, 30)).toBeNull();
    expect(showMoreText(CARD_PAGE, 3)).toBeNull();
  });
});
