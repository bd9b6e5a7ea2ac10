/** This course's id, carried by completion records so HR's reports never mix in another course's. */
export const COURSE_ID = 'servewell';
