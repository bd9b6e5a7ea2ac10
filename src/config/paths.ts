/** Every route of the course, in one place. Pages link with these, never with hand-written strings. */
export const paths = {
  home: { pattern: '/', to: () => '/' },
  lesson: {
    pattern: '/lessons/:slug',
    to: (slug: string, section?: string) =>
      `/lessons/${encodeURIComponent(slug)}${section ? `#${section}` : ''}`,
  },
  /** A lesson's one-page job aid, printable. */
  lessonCard: {
    pattern: '/lessons/:slug/card',
    to: (slug: string) => `/lessons/${encodeURIComponent(slug)}/card`,
  },
  activities: { pattern: '/activities', to: () => '/activities' },
  assessment: { pattern: '/assessment', to: () => '/assessment' },
  /** The spaced review set due now, on its own page (home offers it too). */
  review: { pattern: '/review', to: () => '/review' },
  certificate: { pattern: '/certificate', to: () => '/certificate' },
  trainer: { pattern: '/trainer', to: () => '/trainer' },
  trainerGuide: { pattern: '/trainer/guide', to: () => '/trainer/guide' },
  reports: { pattern: '/reports', to: () => '/reports' },
  /** An assignment link carries the assignment after `#`; without one, the learner's own assignments. */
  assignment: {
    pattern: '/assignment',
    to: (token?: string) => (token ? `/assignment#${token}` : '/assignment'),
  },
} as const;
