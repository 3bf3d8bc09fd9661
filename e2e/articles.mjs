// Articles the end-to-end tests paste, with the dates the timeline must show for them.

/** A short news article with its own date line, dated by month, day, season and year. */
export const HARBOR_BRIDGE = [
  'Council approves new harbor bridge',
  '',
  'Tuesday, October 15, 2024',
  '',
  'The city council voted on Monday to approve a new harbor bridge, ending a debate that began in March 2019.',
  '',
  'Construction is expected to start next spring. The old bridge, opened in 1931, will close on Friday.',
].join('\n');

/** The events' `data-date`s of HARBOR_BRIDGE's timeline, in date order. */
export const HARBOR_BRIDGE_DATES = ['1931', '2019-03', '2024-10-14', '2024-10-18', '2025-SP'];
