import { createContext } from 'react';

export interface Launch {
  /** Whether the trainer and HR pages are offered (see offersStaffPages): not inside an LMS or an xAPI launch. */
  staffPages: boolean;
}

/** How the course was launched, settled in main.tsx once tracking has started; stand-alone by default. */
export const LaunchContext = createContext<Launch>({ staffPages: true });
