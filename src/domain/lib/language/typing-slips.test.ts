import { fixTypingSlips } from './typing-slips';

describe('fixTypingSlips', () => {
  it('puts back apostrophes left out', () => {
    expect(fixTypingSlips('Im sorry, ill send it and thats that. We cant refund it.')).toBe(
      "I'm sorry, I'll send it and that's that. We can't refund it.",
    );
  });

  it('keeps “ill” when it means unwell', () => {
    expect(fixTypingSlips("I'm ill today and she was very ill.")).toBe("I'm ill today and she was very ill.");
  });

  it('corrects common misspellings, keeping a capital', () => {
    expect(fixTypingSlips('Sory, it will arrive tomorow. Wich do you prefer?')).toBe(
      'Sorry, it will arrive tomorrow. Which do you prefer?',
    );
  });

  it('leaves other words alone', () => {
    expect(fixTypingSlips('Bill will fill the till.')).toBe('Bill will fill the till.');
  });
});
