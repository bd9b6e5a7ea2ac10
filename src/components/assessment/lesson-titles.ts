/** Lesson titles as a sentence names them: “A”, “B” and “C”. */
export const lessonTitles = (lessons: readonly { title: string }[]): string => {
  const names = lessons.map((l) => `“${l.title}”`);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
};
