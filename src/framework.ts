/**
 * React, its DOM renderer and the router: the larger part of the course's code, loaded and run on its own
 * before the rest (see boot.ts), so a slow phone runs two shorter tasks instead of one long one.
 */
export { createRoot, hydrateRoot } from 'react-dom/client';
export { createElement } from 'react';
export { BrowserRouter } from 'react-router';
